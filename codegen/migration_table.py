"""Render the migration guide's table of every cozepy name from the mapping.

docs/migration.md holds, between two marker comments, one row per name of cozepy's
`__all__`: its equivalent here (or why none is needed) and the guide section about it.
The rows come from coze_ext/migrate/cozepy.toml, the same file the import hints and
`coze migrate` read, so the guide cannot drift from them: a test fails when the committed
table differs from this rendering.

Usage: python codegen/migration_table.py [--check]
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUIDE = ROOT / "docs" / "migration.md"
BEGIN = "<!-- cozepy-names:begin (rendered from coze_ext/migrate/cozepy.toml by codegen/migration_table.py) -->"
END = "<!-- cozepy-names:end -->"

sys.path.insert(0, str(ROOT))
from coze_ext.migrate._mapping import Migration, NameEntry, load  # noqa: E402


def section_titles(markdown: str) -> dict[str, str]:
    """Each heading's anchor (as mkdocs' toc makes it) and its text."""
    titles = {}
    for line in markdown.splitlines():
        heading = re.match(r"#{2,4} (.+)", line)
        if heading:
            title = heading.group(1).strip()
            slug = re.sub(r"[^\w\s-]", "", title).strip().lower()
            titles[re.sub(r"[-\s]+", "-", slug)] = title
    return titles


def cell(text: str) -> str:
    """Text made safe for one cell of a Markdown table."""
    return text.replace("|", "\\|").replace("\n", " ")


def row(entry: NameEntry, titles: dict[str, str]) -> str:
    if entry.section not in titles:
        raise ValueError(f"{entry.name}: the guide has no section #{entry.section}")
    here = f"`{entry.import_line}`" if entry.use else "not needed"
    why = entry.not_needed if entry.not_needed is not None else (entry.note or "")
    guide = f"[{titles[entry.section]}](#{entry.section})"
    return f"| `{entry.name}` | {cell(here)} | {cell(why)} | {guide} |"


def render_table(migration: Migration, markdown: str) -> str:
    """The table, between its markers."""
    titles = section_titles(markdown)
    rows = [row(migration.names[name], titles) for name in sorted(migration.names, key=str.lower)]
    header = ["| cozepy | here | notes | guide |", "|---|---|---|---|"]
    return "\n".join([BEGIN, *header, *rows, END])


def render(markdown: str, migration: Migration) -> str:
    """The guide with its table replaced by a fresh rendering."""
    start, end = markdown.index(BEGIN), markdown.index(END) + len(END)
    return markdown[:start] + render_table(migration, markdown) + markdown[end:]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed table is stale")
    args = parser.parse_args()
    current = GUIDE.read_text(encoding="utf-8")
    fresh = render(current, load())
    if args.check:
        if fresh != current:
            print("docs/migration.md's table of names is stale: run python codegen/migration_table.py")
            return 1
        return 0
    GUIDE.write_text(fresh, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
