"""Compile openapi/coze.yaml into the `coze_api` package.

One pass over the spec builds a description of every operation and event family; walking
their types discovers exactly the models and enums the package needs (nothing else is
emitted). Rendering writes:

- `models/<group>.py`: the models and enums of each resource group (`_shared.py` for those
  several groups use), with validating `from_dict` parsers; `models/__init__.py` loads them lazily;
- `events.py`: each stream family's event enum, event classes, union and stream Protocols;
- `operations.py`: every operation's wire description for the runtime; `params.py`: their
  arguments as TypedDicts;
- `resources/`: the typed resource tree, one module per group, with its raw twins;
- the static runtime interface from codegen/static (`_runtime.py`, `_model.py`, `_events.py`, `types.py`),
  each docstring ending with a line saying where it was copied from and never to edit the copy.

Then ruff formats the package, so the output is byte-for-byte deterministic.

Usage: python codegen/generate.py [--spec openapi/coze.yaml] [--out generated]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

from describe import Operation, describe_operation
from pytypes import SchemaTypeError, TypeMapper, enum_is_int
from render_api import build_tree, render_group, render_operations, render_params, render_root
from render_events import Family, event_names, read_families, register_data, render_events
from render_models import SHARED, Field, model_fields, render_module
from render_sockets import DETAIL_SCHEMA, Endpoint, describe_endpoints, render_sockets, socket_names
from render_text import header
from spec import iter_operations
from spec_rules import check, format_problems

ROOT = Path(__file__).resolve().parent.parent
CODEGEN = ROOT / "codegen"
PACKAGE = "coze_api"


class SpecError(Exception):
    """The spec breaks a rule the generator relies on."""


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--spec", type=Path, default=ROOT / "openapi" / "coze.yaml")
    parser.add_argument("--out", type=Path, default=ROOT / "generated")
    options = parser.parse_args()
    try:
        generate(options.spec, options.out)
    except SpecError as error:
        print(f"codegen: {error}", file=sys.stderr)
        return 1
    return 0


def generate(spec_path: Path, out_dir: Path) -> None:
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    problems = check(spec)
    if problems:
        raise SpecError("the spec breaks its rules:\n" + format_problems(problems))
    try:
        files = render(spec)
    except (SchemaTypeError, ValueError) as error:
        raise SpecError(str(error)) from error
    with tempfile.TemporaryDirectory() as tmp:
        package = Path(tmp) / PACKAGE
        for relative, source in files.items():
            target = package / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(source, encoding="utf-8")
        for static in sorted((CODEGEN / "static").glob("*.py")):
            (package / static.name).write_text(copied(static), encoding="utf-8")
        (package / "py.typed").write_text("", encoding="utf-8")
        format_package(package)
        target = out_dir / PACKAGE
        if target.exists():
            shutil.rmtree(target)
        out_dir.mkdir(parents=True, exist_ok=True)
        shutil.copytree(package, target, ignore=shutil.ignore_patterns("__pycache__", ".ruff_cache"))


def copied(static: Path) -> str:
    """A codegen/static module as generated/ holds it: its docstring ends with the never-edit
    line, so whoever opens the copy edits the source instead."""
    source = static.read_text(encoding="utf-8")
    if not source.startswith('"""'):
        raise SpecError(f"codegen/static/{static.name} must open with a docstring (the never-edit line goes there)")
    end = source.index('"""', 3)
    note = f"Copied from codegen/static/{static.name} by `make gen`; never edit by hand."
    return f'"""{source[3:end].rstrip()}\n\n{note}\n"""{source[end + 3 :]}'


def render(spec: dict[str, Any]) -> dict[str, str]:
    """Every generated file (path relative to the package -> source)."""
    mapper = TypeMapper(spec)
    operations = [describe_operation(spec, mapper, path, method, op) for path, method, op in iter_operations(spec)]
    families = read_families(spec)
    register_data(mapper, families)
    endpoints = describe_endpoints(spec, mapper, families)
    for name in spec.get("x-coze-models") or ():
        mapper.map({"$ref": f"#/components/schemas/{name}"}, owner="x-coze-models", field_name=name, side="response")
    fields = expand_models(mapper)
    home = assign_modules(spec, mapper, fields, operations, families, endpoints)
    tree = build_tree(operations, endpoints)

    files: dict[str, str] = {
        "__init__.py": header("The Coze Open API as typed Python: models, events and the resource tree.")
    }
    modules: dict[str, list[str]] = {}
    for name in mapper.classes:
        modules.setdefault(home[name], []).append(name)
    enum_kinds = {name: enum_is_int(cls.schema) for name, cls in mapper.classes.items() if cls.kind == "enum"}
    for module, names in sorted(modules.items()):
        classes = [mapper.classes[name] for name in sorted(names)]
        files[f"models/{module}.py"] = render_module(module, classes, fields, home, enum_kinds)
    files["models/__init__.py"] = render_models_index(home)
    streams = [family for family in families if family.kind == "sse"]
    files["events.py"] = render_events(streams, home)
    files["sockets.py"] = render_sockets(endpoints, home)
    files["names.py"] = render_names(sorted(home), event_names(streams), socket_names(endpoints))
    files["operations.py"] = render_operations(operations, endpoints, home)
    files["params.py"] = render_params(operations)
    files["resources/__init__.py"] = render_root(tree)
    for group, node in tree.children.items():
        files[f"resources/{group}.py"] = render_group(node, operations, endpoints)
    return files


def expand_models(mapper: TypeMapper) -> dict[str, list[Field]]:
    """Map the fields of every model, and of the models those fields name, until no new class appears."""
    fields: dict[str, list[Field]] = {}
    while True:
        pending = [cls for name, cls in mapper.classes.items() if cls.kind == "model" and name not in fields]
        if not pending:
            return fields
        for cls in pending:
            fields[cls.name] = model_fields(mapper, cls)


def assign_modules(
    spec: dict[str, Any],
    mapper: TypeMapper,
    fields: dict[str, list[Field]],
    operations: list[Operation],
    families: list[Family],
    endpoints: list[Endpoint],
) -> dict[str, str]:
    """The models module of every class: its resource group's, or `_shared` when several groups use it."""
    groups: dict[str, set[str]] = {name: set() for name in mapper.classes}
    pending: list[tuple[str, str]] = [(name, op.group) for op in operations for name in op.names]
    pending += [(name, SHARED) for name in spec.get("x-coze-models") or ()]
    for family in families:
        users = {op.group for op in operations if op.stream and op.stream["events"] == family.name}
        users |= {e.resource.split(".", 1)[0] for e in endpoints if family in (e.downstream, e.upstream)}
        pending += [(event.data, group) for event in family.events if event.data for group in users]
    for endpoint in endpoints:
        group = endpoint.resource.split(".", 1)[0]
        pending += [(name, group) for name in endpoint.names | {DETAIL_SCHEMA}]
    while pending:
        name, group = pending.pop()
        if group in groups[name]:
            continue
        groups[name].add(group)
        for item in fields.get(name, []):
            pending += [(dependency, group) for dependency in item.type.names]
    return {name: (next(iter(used)) if len(used) == 1 else SHARED) for name, used in groups.items()}


def render_models_index(home: dict[str, str]) -> str:
    names = sorted(home)
    out = [
        header("Every model and enum of the Coze API. Each module loads on first use."),
        "from __future__ import annotations\n\n",
        "import importlib\nfrom typing import TYPE_CHECKING\n\n",
        "if TYPE_CHECKING:\n",
    ]
    out += [f"    from .{home[name]} import {name} as {name}\n" for name in names]
    out.append("\n_MODULES = {\n")
    out += [f"    {name!r}: {home[name]!r},\n" for name in names]
    out.append("}\n\n")
    out.append(
        "if not TYPE_CHECKING:  # hidden from type checkers, so a misspelt name is an error, not Any\n\n"
        "    def __getattr__(name: str) -> object:\n"
        "        module = _MODULES.get(name)\n"
        "        if module is None:\n"
        '            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")\n'
        '        value = getattr(importlib.import_module(f".{module}", __name__), name)\n'
        "        globals()[name] = value\n"
        "        return value\n\n"
        "    def __dir__() -> list[str]:\n"
        "        return sorted(_MODULES)\n\n"
    )
    out.append(f"\n__all__ = {names!r}\n")
    return "".join(out)


def render_names(models: list[str], events: list[str], sockets: list[str]) -> str:
    """`names.py`: the public names of the `models`, `events` and `sockets` modules, so a
    re-export (`coze_ext.types`) can list them without importing any."""
    return (
        header("The public names of `models`, `events` and `sockets`, without importing them.")
        + f"MODEL_NAMES = {tuple(models)!r}\n\nEVENT_NAMES = {tuple(events)!r}\n\nSOCKET_NAMES = {tuple(sockets)!r}\n"
    )


def format_package(package_dir: Path) -> None:
    ruff = [sys.executable, "-m", "ruff"]
    config = ["--config", str(CODEGEN / "ruff.toml")]
    # The last step only checks: a name the generated code uses but never defines or imports
    # (a missed model import, say) fails generation instead of turning a type into Any.
    for command in (["check", "--fix-only", "--quiet"], ["format", "--quiet"], ["check", "--select", "F821,F811"]):
        done = subprocess.run([*ruff, *command, *config, str(package_dir)], capture_output=True, text=True)
        if done.returncode != 0:
            raise SpecError(f"ruff {command[0]} failed on the generated code:\n{done.stdout}{done.stderr}")


if __name__ == "__main__":
    sys.exit(main())
