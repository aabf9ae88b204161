"""The import graph of coze_ext has no cycles.

Every import statement of every module counts: at module level, inside functions (a lazy
import is still a dependency) and under `TYPE_CHECKING`. An edge goes to the module named, or
to the submodule when `from package import name` names one (importing a submodule also runs
its package's `__init__`, but that is Python's doing, not a dependency of the importer). Lazy exports that load a
module by its name at run time (`coze_ext/_lazy.py`) are not import statements and draw no
edge: nothing imports the package roots that hold them.
"""

from __future__ import annotations

import ast
from pathlib import Path

import coze_ext

ROOT = Path(coze_ext.__file__).parent
PACKAGE = "coze_ext"


def module_name(path: Path) -> str:
    parts = [PACKAGE, *path.relative_to(ROOT).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(ROOT.rglob("*.py"))}


def imports_of(name: str, path: Path, known: set[str]) -> set[str]:
    """The coze_ext modules `name` imports, anywhere in its code."""
    is_package = path.name == "__init__.py"
    package = name if is_package else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            submodules = {f"{target}.{alias.name}" for alias in node.names} & known
            found |= submodules
            if len(submodules) < len(node.names):  # some names are attributes of `target` itself
                found.add(target)
    return {module for module in found if module in known and module != name}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for successor in sorted(graph[node]):
            if successor not in index:
                visit(successor)
                low[node] = min(low[node], low[successor])
            elif successor in on_stack:
                low[node] = min(low[node], index[successor])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def import_graph() -> dict[str, set[str]]:
    known = modules()
    return {name: imports_of(name, path, set(known)) for name, path in known.items()}


def test_coze_ext_has_no_import_cycles() -> None:
    graph = import_graph()
    assert len(graph) > 50  # the walk found the package
    found = cycles(graph)
    details = [
        " -> ".join(cycle) + "\n    " + "\n    ".join(f"{a} imports {sorted(graph[a] & set(cycle))}" for a in cycle)
        for cycle in found
    ]
    assert not found, "import cycles in coze_ext:\n" + "\n".join(details)


def test_the_walk_sees_a_cycle() -> None:
    """The check itself works: a made-up graph with a cycle is reported."""
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_the_walk_reads_lazy_and_type_checking_imports() -> None:
    graph = import_graph()
    # A function-level import and a TYPE_CHECKING one are edges too.
    assert "coze_ext.websockets._sync" in graph["coze_ext._client"] | graph["coze_ext._runtime"]
    assert "coze_ext._aiohttp" in graph["coze_ext"]  # named only in its TYPE_CHECKING block
