"""Coverage of the Coze REST surface: every operation the reference sources know, and
whether openapi/coze.yaml has it.

Sources: the inventory of what the official SDKs call (api-surface.md) and the official
reference pages (api-docs/*.md), both under shared/reference beside the repository
(override with COZE_REFERENCE_DIR). An operation the spec leaves out must be listed under
`x-coze-excluded` in the spec, with a reason; otherwise this exits non-zero.

Usage: python codegen/spec_coverage.py [--markdown]
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
SURFACE_ROW = re.compile(r"^\|\s*(\d+)\s*\|\s*([A-Z]+)[^|]*\|\s*`([^`]+)`")
DOC_METHOD = re.compile(r"\*\*请求方式\*\*\s*\|\s*([A-Z]+)")
DOC_URL = re.compile(r"\*\*请求地址\*\*.*?https://api\.coze\.(?:cn|com)(/[^\s<`]+)")
WEBSOCKET = re.compile(r"wss://")


@dataclass
class Known:
    method: str
    path: str
    sources: list[str] = field(default_factory=list)


def normalise(path: str) -> str:
    """Path templates compared by shape: `{bot_id}`, `:bot_id` and `{id}` are all `{}`."""
    path = path.replace("*", "").split("?", 1)[0].rstrip("/")
    path = re.sub(r"\{[^}]+\}", "{}", path)
    return re.sub(r":[A-Za-z_]+", "{}", path)


def reference_dir() -> Path:
    return Path(os.environ.get("COZE_REFERENCE_DIR", ROOT.parent / "shared" / "reference"))


def known_operations(reference: Path) -> dict[tuple[str, str], Known]:
    known: dict[tuple[str, str], Known] = {}

    def add(method: str, path: str, source: str) -> None:
        if not path.startswith("/"):
            return  # a browser URL (OAuth authorize), not an API call
        key = (method, normalise(path))
        known.setdefault(key, Known(method, path)).sources.append(source)

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
    return known


def spec_operations(spec: dict[str, Any]) -> dict[tuple[str, str], str]:
    found = {}
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                found[(method.upper(), normalise(path))] = str(item[method]["operationId"])
    return found


def main() -> int:
    markdown = "--markdown" in sys.argv
    spec = yaml.safe_load((ROOT / "openapi" / "coze.yaml").read_text(encoding="utf-8"))
    reference = reference_dir()
    if not (reference / "api-surface.md").is_file():
        print(f"coverage: reference sources not found in {reference} (set COZE_REFERENCE_DIR)", file=sys.stderr)
        return 2
    known = known_operations(reference)
    found = spec_operations(spec)
    excluded = {
        (str(item["method"]).upper(), normalise(str(item["path"]))): str(item["reason"])
        for item in spec.get("x-coze-excluded", [])
    }
    rows = []
    missing = 0
    for key in sorted(known, key=lambda k: (k[1], k[0])):
        entry = known[key]
        if key in found:
            status = found[key]
        elif key in excluded:
            status = f"excluded: {excluded[key]}"
        else:
            status = "MISSING"
            missing += 1
        rows.append((entry.method, entry.path, status, ", ".join(entry.sources)))
    extra = sorted(set(found) - set(known))
    if markdown:
        print("| method | path | spec | sources |\n|---|---|---|---|")
        for row in rows:
            print("| " + " | ".join(row) + " |")
    else:
        width = max(len(row[1]) for row in rows)
        for method, path, status, sources in rows:
            print(f"{method:6} {path:{width}}  {status:40}  {sources}")
    covered = sum(1 for row in rows if not row[2].startswith(("MISSING", "excluded")))
    print(
        f"\n{len(rows)} operations in the reference sources: {covered} in the spec, "
        f"{sum(1 for r in rows if r[2].startswith('excluded'))} excluded with a reason, {missing} missing; "
        f"{len(extra)} spec operations beyond them."
    )
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
