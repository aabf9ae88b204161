"""Coverage of the Coze REST surface: every operation the reference sources know, and
whether openapi/coze.yaml has it.

The operations come from codegen/reference_operations.json, a list of facts (method, path,
where it was seen) kept in the repository so the report runs in any clone. `--refresh`
rebuilds that list from the reference sources, the inventory of what the official SDKs
call (api-surface.md) and the official reference pages (api-docs/*.md), found in
shared/reference beside the repository (override with COZE_REFERENCE_DIR).

An operation the spec leaves out must be listed under `x-coze-excluded` in the spec, with a
reason; otherwise this exits non-zero.

Usage: python codegen/spec_coverage.py [--refresh] [--markdown]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
VENDORED = ROOT / "codegen" / "reference_operations.json"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
SURFACE_ROW = re.compile(r"^\|\s*(\d+)\s*\|\s*([A-Z]+)[^|]*\|\s*`([^`]+)`")
DOC_METHOD = re.compile(r"\*\*请求方式\*\*\s*\|\s*([A-Z]+)")
DOC_URL = re.compile(r"\*\*请求地址\*\*.*?https://api\.coze\.(?:cn|com)(/[^\s<`]+)")
WEBSOCKET = re.compile(r"wss://")
NOTE = (
    "Every REST operation the reference sources name: method, path as first seen, and where it was seen "
    "(api-surface = the official SDKs' call inventory, api-docs = the official reference pages). "
    "Written by `make coverage-refresh`; do not edit by hand."
)


@dataclass
class Known:
    """One operation of the reference sources."""

    method: str
    path: str
    seen_in: list[str] = field(default_factory=list)


def normalise(path: str) -> str:
    """Path templates compared by shape: `{bot_id}`, `:bot_id` and `{id}` are all `{}`."""
    path = path.replace("*", "").split("?", 1)[0].rstrip("/")
    path = re.sub(r"\{[^}]+\}", "{}", path)
    return re.sub(r":[A-Za-z_]+", "{}", path)


def reference_dir() -> Path:
    return Path(os.environ.get("COZE_REFERENCE_DIR", ROOT.parent / "shared" / "reference"))


def read_reference(reference: Path) -> list[Known]:
    """The operations of the reference sources, one per method and path shape, sorted."""
    known: dict[tuple[str, str], Known] = {}

    def add(method: str, path: str, source: str) -> None:
        if not path.startswith("/"):
            return  # a browser URL (OAuth authorize), not an API call
        known.setdefault((method, normalise(path)), Known(method, path)).seen_in.append(source)

    for line in (reference / "api-surface.md").read_text(encoding="utf-8").splitlines():
        match = SURFACE_ROW.match(line)
        if match:
            number, method, path = match.groups()
            add(method, path, f"api-surface #{number}")
    for page in sorted((reference / "api-docs").glob("*.md")):
        text = page.read_text(encoding="utf-8")
        method, url = DOC_METHOD.search(text), DOC_URL.search(text)
        if method and url and not WEBSOCKET.search(text.split("##", 2)[1] if "##" in text else ""):
            add(method.group(1), url.group(1), f"api-docs/{page.name}")
    return [known[key] for key in sorted(known, key=lambda k: (k[1], k[0]))]


def write_vendored(known: list[Known], path: Path = VENDORED) -> None:
    """The list as JSON, one operation a line so a refresh diffs line by line."""
    rows = ",\n".join(
        "    " + json.dumps({"method": k.method, "path": k.path, "seen_in": k.seen_in}, ensure_ascii=False)
        for k in known
    )
    path.write_text(f'{{\n  "note": {json.dumps(NOTE)},\n  "operations": [\n{rows}\n  ]\n}}\n', encoding="utf-8")


def load_vendored(path: Path = VENDORED) -> list[Known]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return [Known(str(op["method"]), str(op["path"]), list(op["seen_in"])) for op in data["operations"]]


def spec_operations(spec: dict[str, Any]) -> dict[tuple[str, str], str]:
    found = {}
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                found[(method.upper(), normalise(path))] = str(item[method]["operationId"])
    return found


@dataclass
class Report:
    """Each known operation as (method, path, status, seen in); status is the operationId,
    `excluded: <reason>` or MISSING. `extra` counts spec operations no source names."""

    rows: list[tuple[str, str, str, str]]
    extra: int

    def count(self, prefix: str) -> int:
        return sum(1 for row in self.rows if row[2].startswith(prefix))

    @property
    def missing(self) -> int:
        return self.count("MISSING")


def compare(spec: dict[str, Any], known: list[Known]) -> Report:
    found = spec_operations(spec)
    excluded = {
        (str(item["method"]).upper(), normalise(str(item["path"]))): str(item["reason"])
        for item in spec.get("x-coze-excluded", [])
    }
    rows = []
    for entry in known:
        key = (entry.method, normalise(entry.path))
        if key in found:
            status = found[key]
        elif key in excluded:
            status = f"excluded: {excluded[key]}"
        else:
            status = "MISSING"
        rows.append((entry.method, entry.path, status, ", ".join(entry.seen_in)))
    keys = {(entry.method, normalise(entry.path)) for entry in known}
    return Report(rows, len(set(found) - keys))


def print_report(report: Report, markdown: bool) -> None:
    if markdown:
        print("| method | path | spec | sources |\n|---|---|---|---|")
        for row in report.rows:
            print("| " + " | ".join(row) + " |")
    else:
        width = max(len(row[1]) for row in report.rows)
        for method, path, status, sources in report.rows:
            print(f"{method:6} {path:{width}}  {status:40}  {sources}")
    excluded = report.count("excluded")
    print(
        f"\n{len(report.rows)} operations in the reference sources: "
        f"{len(report.rows) - excluded - report.missing} in the spec, {excluded} excluded with a reason, "
        f"{report.missing} missing; {report.extra} spec operations beyond them."
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--refresh", action="store_true", help="rebuild the vendored list from the reference sources")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    options = parser.parse_args(argv)
    if options.refresh:
        reference = reference_dir()
        if not (reference / "api-surface.md").is_file():
            print(f"coverage: reference sources not found in {reference} (set COZE_REFERENCE_DIR)", file=sys.stderr)
            return 2
        write_vendored(read_reference(reference))
        print(f"coverage: wrote {VENDORED.relative_to(ROOT)} from {reference}\n")
    spec = yaml.safe_load((ROOT / "openapi" / "coze.yaml").read_text(encoding="utf-8"))
    report = compare(spec, load_vendored())
    print_report(report, options.markdown)
    return 1 if report.missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
