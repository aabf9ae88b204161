"""What the names of a module refer to, as far as the source says with certainty.

`coze migrate` rewrites a call or an attribute only when it knows what it is looking at:
a name imported from cozepy (however aliased), a cozepy client (a name bound to `Coze(...)`
or a parameter annotated `Coze`), a value a client call returned, the items of such a
value, or a stream's events. Everything here reads libcst's scope analysis: a name whose
bindings disagree (assigned twice, differently; or bound elsewhere, say a parameter
without an annotation) is unknown, and unknown things are never rewritten.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import libcst as cst
from libcst.metadata import (
    Assignment,
    BaseAssignment,
    ImportAssignment,
    MetadataWrapper,
    ParentNodeProvider,
    Scope,
    ScopeProvider,
)

COZEPY = "cozepy"


@dataclass(frozen=True)
class Kind:
    """What a value is: a `client`, a `result` of the client call at `path` ("bots.list"),
    or an `item` of such a result (a page's items, a stream's events). An annotation names
    the path as "@WorkflowEvent"."""

    what: str
    path: str = ""


CLIENT = Kind("client")
OURS = Kind("ours")
"""A coze_ext client (code migrated already): calls on it are never flagged."""


def dotted(node: cst.BaseExpression) -> str | None:
    """`a.b.c` for a Name or an Attribute chain of Names; None for anything else."""
    if isinstance(node, cst.Name):
        return node.value
    if isinstance(node, cst.Attribute):
        head = dotted(node.value)
        return None if head is None else f"{head}.{node.attr.value}"
    return None


def code(node: cst.CSTNode) -> str:
    """The source text of a node."""
    return cst.Module(body=[]).code_for_node(node)


class Facts:
    """Answers about one module's nodes (the original tree, before any rewrite)."""

    def __init__(self, wrapper: MetadataWrapper) -> None:
        self.module = wrapper.module
        self.parents = wrapper.resolve(ParentNodeProvider)
        scopes = wrapper.resolve(ScopeProvider)
        self.scopes = scopes
        self.referents: dict[cst.CSTNode, frozenset[BaseAssignment]] = {}
        self.annotation_strings: set[cst.CSTNode] = set()
        for scope in {id(s): s for s in scopes.values() if s is not None}.values():
            for access in scope.accesses:
                self.referents[access.node] = frozenset(access.referents)
                if isinstance(access.node, cst.SimpleString):
                    self.annotation_strings.add(access.node)
        self._kinds: dict[BaseAssignment, Kind | None] = {}

    # -- names imported from cozepy ------------------------------------------------------

    def imported(self, node: cst.CSTNode) -> tuple[str, str, cst.CSTNode] | None:
        """For an access that certainly refers to an import: the module, the name imported
        from it ("" when the module itself is bound) and the import statement."""
        referents = self.referents.get(node)
        if not referents or len(referents) != 1:
            return None
        (assignment,) = referents
        if not isinstance(assignment, ImportAssignment):
            return None
        found = imported_name(assignment)
        return None if found is None else (*found, assignment.node)

    def cozepy_binding(self, node: cst.CSTNode) -> tuple[str, cst.CSTNode] | None:
        """For an access that certainly refers to a cozepy import: the cozepy name ("" for
        the `cozepy` module itself) and the import statement. None otherwise. A name
        imported from a submodule (`from cozepy.auth import TokenAuth`) is the same object
        as the public one (a test checks this against cozepy)."""
        found = self.imported(node)
        if found is None or found[0].split(".")[0] != COZEPY or (found[0] != COZEPY and not found[1]):
            return None
        return found[1], found[2]

    def cozepy_among(self, node: cst.CSTNode) -> tuple[str, cst.CSTNode] | None:
        """For an access whose bindings include a cozepy import and something else (the
        name is rebound): that cozepy name and import. Such a use is never rewritten."""
        referents = self.referents.get(node) or frozenset()
        if len(referents) < 2:
            return None
        for assignment in referents:
            if isinstance(assignment, ImportAssignment):
                found = imported_name(assignment)
                if found is not None and found[0].split(".")[0] == COZEPY and found[1]:
                    return found[1], assignment.node
        return None

    def cozepy_path(self, node: cst.BaseExpression) -> tuple[str, ...] | None:
        """`("Message", "build_user_question_text")` for `Message.build_user_question_text`
        (or `cozepy.Message.build_user_question_text`); `()` for the `cozepy` module; None
        for anything not rooted at a cozepy import."""
        if isinstance(node, cst.Name):
            found = self.cozepy_binding(node)
            if found is None:
                return None
            return (found[0],) if found[0] else ()
        if isinstance(node, cst.Attribute):
            head = self.cozepy_path(node.value)
            return None if head is None else (*head, node.attr.value)
        if isinstance(node, cst.SimpleString) and node in self.annotation_strings:  # "Coze"
            found = self.cozepy_binding(node)
            return (found[0],) if found and found[0] and node.evaluated_value == found[0] else None
        return None

    # -- clients, results, items ---------------------------------------------------------

    def kind(self, node: cst.BaseExpression) -> Kind | None:
        """What an expression is, when certain."""
        if isinstance(node, cst.Await):
            return self.kind(node.expression)
        if isinstance(node, cst.Name):
            return self._name_kind(node)
        if isinstance(node, cst.Call):
            if self.cozepy_path(node.func) in (("Coze",), ("AsyncCoze",)):
                return CLIENT
            if self._ours(node.func) in ("Coze", "AsyncCoze"):
                return OURS
            path = self.client_path(node.func)
            return None if path is None else Kind("result", path)
        return None

    def _ours(self, node: cst.BaseExpression) -> str | None:
        """The name a Name or `coze_ext.X` refers to when it is imported from coze_ext."""
        if isinstance(node, cst.Attribute) and isinstance(node.value, cst.Name):
            found = self.imported(node.value)
            return node.attr.value if found is not None and found[:2] == ("coze_ext", "") else None
        found = self.imported(node)
        return found[1] if found is not None and found[0] == "coze_ext" else None

    def client_path(self, func: cst.BaseExpression) -> str | None:
        """ "bots.list" for `coze.bots.list` where `coze` is certainly a cozepy client."""
        parts: list[str] = []
        while isinstance(func, cst.Attribute):
            parts.append(func.attr.value)
            func = func.value
        if not parts or self.kind(func) != CLIENT:
            return None
        return ".".join(reversed(parts))

    def item_kind(self, iterable: cst.BaseExpression) -> Kind | None:
        """The kind of what a `for` loop over `iterable` binds: the items of a result (of a
        page or stream, or of a list field of a result, as `resp.items`), or the pages of
        `result.iter_pages()`."""
        if isinstance(iterable, cst.Call) and isinstance(iterable.func, cst.Attribute):
            pages = self.kind(iterable.func.value)  # result.iter_pages(): its pages, results too
            if iterable.func.attr.value == "iter_pages" and pages is not None and pages.what == "result":
                return pages
        if isinstance(iterable, cst.Attribute):  # page.items, or a result's list field
            iterable = iterable.value
        found = self.kind(iterable)
        if found is not None and found.what == "result":
            return Kind("item", found.path)
        return None

    def _name_kind(self, node: cst.Name) -> Kind | None:
        referents = self.referents.get(node)
        if not referents:
            return None
        kinds = {self._binding_kind(assignment) for assignment in referents}
        return kinds.pop() if len(kinds) == 1 else None

    def _binding_kind(self, assignment: BaseAssignment) -> Kind | None:
        if assignment in self._kinds:
            return self._kinds[assignment]
        self._kinds[assignment] = None  # a cycle (x = y; y = x) stays unknown
        kind = None
        if isinstance(assignment, Assignment):
            kind = self._bound_kind(assignment.node)
        self._kinds[assignment] = kind
        return kind

    def _bound_kind(self, target: cst.CSTNode) -> Kind | None:
        """The kind of the value a binding target receives."""
        if isinstance(target, cst.Param):
            return self.annotation_kind(target.annotation)
        parent = self.parents.get(target)
        if isinstance(parent, cst.AssignTarget):
            assign = self.parents.get(parent)
            if isinstance(assign, cst.Assign) and len(assign.targets) == 1:
                return self.kind(assign.value)
        if isinstance(parent, cst.AnnAssign) and parent.target is target:
            return self.kind(parent.value) if parent.value is not None else self.annotation_kind(parent.annotation)
        if isinstance(parent, cst.For) and parent.target is target:
            return self.item_kind(parent.iter)
        if isinstance(parent, cst.CompFor) and parent.target is target:
            return self.item_kind(parent.iter)
        return None

    def annotation_kind(self, annotation: cst.Annotation | None) -> Kind | None:
        """`Coze` -> a client; `WorkflowEvent` -> an item; `Stream[WorkflowEvent]` -> a result."""
        if annotation is None:
            return None
        node = annotation.annotation
        path = self.cozepy_path(node)
        if path in (("Coze",), ("AsyncCoze",)):
            return CLIENT
        if self._ours(node) in ("Coze", "AsyncCoze"):
            return OURS
        if path is not None and len(path) == 1:
            return Kind("item", f"@{path[0]}")
        if isinstance(node, cst.Subscript) and self.cozepy_path(node.value) in (("Stream",), ("AsyncStream",)):
            element = node.slice[0].slice if len(node.slice) == 1 else None
            inner = self.cozepy_path(element.value) if isinstance(element, cst.Index) else None
            if inner is not None and len(inner) == 1:
                return Kind("result", f"@{inner[0]}")
        return None

    # -- where things are ----------------------------------------------------------------

    def statement(self, node: cst.CSTNode) -> cst.CSTNode:
        """The statement a node is part of (a simple line, or a compound statement's header)."""
        current: cst.CSTNode | None = node
        while current is not None:
            if isinstance(current, cst.SimpleStatementLine | cst.BaseCompoundStatement):
                return current
            current = self.parents.get(current)
        raise ValueError("a node outside any statement")

    def has_import(self, module: str) -> bool:
        """Whether the module already has `import <module>` (so a new one would repeat it)."""
        return any(
            isinstance(node, cst.Import)
            and any(alias.evaluated_name == module and alias.asname is None for alias in node.names)
            for node in self.parents
        )

    def bound_elsewhere(self, name: str) -> bool:
        """Whether `name` is bound anywhere in the module (so a new import of it would clash)."""
        return any(name in scope for scope in self._all_scopes())

    def _all_scopes(self) -> Iterator[Scope]:
        yield from {id(s): s for s in self.scopes.values() if s is not None}.values()


def imported_name(assignment: ImportAssignment) -> tuple[str, str] | None:
    """The module and the name an import binds ("" for a module); None for a relative import."""
    statement = assignment.node
    if isinstance(statement, cst.ImportFrom):
        if statement.relative or statement.module is None or isinstance(statement.names, cst.ImportStar):
            return None
        module = dotted(statement.module)
        for alias in statement.names:
            if (alias.evaluated_alias or alias.evaluated_name) == assignment.name and module is not None:
                return module, alias.evaluated_name
        return None
    if isinstance(statement, cst.Import):
        for alias in statement.names:
            if alias.evaluated_alias is not None:
                if alias.evaluated_alias == assignment.name:
                    return alias.evaluated_name, ""
            elif alias.evaluated_name.split(".")[0] == assignment.name:
                return assignment.name, ""
    return None
