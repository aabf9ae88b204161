"""`coze migrate`'s rewrite of one module: code written for cozepy in, code for coze_ext out.

Everything it rewrites comes from the mapping (cozepy.toml): the names, the calls of cozepy
names (client set-up, message builders), the calls on a client's tree, what changed on
results and on stream events. It rewrites only what it recognises with certainty (see
_resolve.py); anything else that needs a person gets a one-line `# coze migrate: ...`
comment above its statement, pointing at the guide. Comments and formatting survive
(libcst), a module without cozepy is returned as it is, and a second run changes nothing.
"""

from __future__ import annotations

import ast
import importlib
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

import libcst as cst
from libcst.codemod import CodemodContext
from libcst.codemod.visitors import AddImportsVisitor
from libcst.metadata import MetadataWrapper

from .._errors import MigrationError
from ._mapping import GUIDE, CallRule, MethodRule, Migration, NameEntry, ResultRule, load
from ._resolve import COZEPY, Facts, code, dotted

POINTER = "# coze migrate:"
KINDS = ("imports", "names", "client set-up", "calls", "methods", "results", "events", "members")
"""The kinds of rewrite the summary counts, in its order."""

_Node = TypeVar("_Node", bound=cst.CSTNode)
_VALUE = "__coze_migrate_value__"  # the placeholder for `{value}` in a result rule's template


@dataclass
class Outcome:
    """One module, migrated: the new code, the rewrites by kind, the pointers left."""

    source: str
    code: str
    rewrites: Counter[str] = field(default_factory=Counter)
    pointers: int = 0

    @property
    def changed(self) -> bool:
        return self.code != self.source


def migrate_source(source: str, migration: Migration | None = None) -> Outcome:
    """Migrate one module's source (unchanged when it does not use cozepy)."""
    if COZEPY not in source:  # the cheap answer for most files of a project
        return Outcome(source, source)
    try:
        module = cst.parse_module(source)
    except cst.ParserSyntaxError as error:
        raise MigrationError(f"does not parse: {error.message} (line {error.raw_line})") from error
    if not any(_is_cozepy_import(node) for node in _walk(module)):
        return Outcome(source, source)
    migration = migration or load()
    wrapper = MetadataWrapper(module)
    facts = Facts(wrapper)
    rewriter = _Rewriter(facts, migration)
    rewritten = wrapper.module.visit(rewriter)
    imports = _ImportRewriter(rewriter, _node_ids(rewritten))
    rewritten = rewritten.visit(imports)
    if rewriter.extra_imports:
        context = CodemodContext()
        for module_name, name in sorted(rewriter.extra_imports, key=lambda item: (item[0], item[1] or "")):
            AddImportsVisitor.add_needed_import(context, module_name, name)
        rewritten = AddImportsVisitor(context).transform_module(rewritten)
    new_code = rewritten.code
    try:
        ast.parse(new_code)
    except SyntaxError as error:  # a bug of ours: never hand back code that does not parse
        raise MigrationError(
            f"the rewrite would not parse ({error.msg}, line {error.lineno}); left unchanged"
        ) from None
    rewriter.rewrites["imports"] += imports.rewritten
    return Outcome(source, new_code, rewriter.rewrites, rewriter.pointer_count + imports.pointers)


def _is_cozepy_import(node: cst.CSTNode) -> bool:
    if isinstance(node, cst.ImportFrom) and not node.relative and node.module is not None:
        return (dotted(node.module) or "").split(".")[0] == COZEPY
    if isinstance(node, cst.Import):
        return any(alias.evaluated_name.split(".")[0] == COZEPY for alias in node.names)
    return False


def _walk(node: cst.CSTNode) -> Iterator[cst.CSTNode]:
    yield node
    for child in node.children:
        yield from _walk(child)


def _node_ids(node: cst.CSTNode) -> set[int]:
    return {id(n) for n in _walk(node)}


def _pointer(text: str, section: str) -> str:
    return f"{POINTER} {text} (see {GUIDE}#{section})"


@dataclass(frozen=True)
class _Binding:
    """A name an import of cozepy binds, and what its uses become."""

    statement: cst.CSTNode
    bound: str
    entry: NameEntry | None
    local: str | None  # what a use is written as now ("RoleType", "httpx.Client"); None: no equivalent
    module: str = ""  # the import the new uses need: `from module import name [as alias]`, or `import module`
    name: str | None = None
    alias: str | None = None


def _plan(facts: Facts, migration: Migration) -> dict[tuple[str, str], _Binding]:
    """For each name bound by `from cozepy import ...`: how its uses are written now."""
    plan = {}
    for node in _walk(facts.module):
        if (
            not isinstance(node, cst.ImportFrom)
            or not _is_cozepy_import(node)
            or isinstance(node.names, cst.ImportStar)
        ):
            continue
        if node.module is None:
            continue
        for alias in node.names:
            bound = alias.evaluated_alias or alias.evaluated_name
            entry = migration.names.get(alias.evaluated_name)
            plan[(code(node), bound)] = _binding(facts, node, alias.evaluated_name, bound, entry)
    return plan


def _binding(facts: Facts, statement: cst.CSTNode, name: str, bound: str, entry: NameEntry | None) -> _Binding:
    if entry is None or entry.use is None:
        return _Binding(statement, bound, entry, None)
    if not entry.module.startswith("coze_ext"):  # httpx.Client: used qualified, the module imported
        return _Binding(statement, bound, entry, entry.use, entry.module)
    if bound != name:  # the user's alias stays
        return _Binding(statement, bound, entry, bound, entry.module, entry.attr, bound)
    if entry.attr == name or not facts.bound_elsewhere(entry.attr):
        return _Binding(statement, bound, entry, entry.attr, entry.module, entry.attr)
    return _Binding(statement, bound, entry, name, entry.module, entry.attr, name)  # the new name would clash


def _origin(binding: _Binding) -> str:
    """`cozepy.log.log_info`: where a name without an entry came from."""
    statement = binding.statement
    module = dotted(statement.module) if isinstance(statement, cst.ImportFrom) and statement.module else COZEPY
    return f"{module}.{binding.bound}"


def _expression(text: str) -> cst.BaseExpression:
    return cst.parse_expression(text)


class _Substitute(cst.CSTTransformer):
    """Put nodes in place of placeholder names in a template."""

    def __init__(self, nodes: Mapping[str, cst.BaseExpression]) -> None:
        self.nodes = nodes

    def leave_Name(self, original_node: cst.Name, updated_node: cst.Name) -> cst.BaseExpression:
        node = self.nodes.get(updated_node.value)
        if node is None:
            return updated_node
        if node.lpar or isinstance(node, _ATOMS):
            return node
        return node.with_changes(lpar=[cst.LeftParen()], rpar=[cst.RightParen()])  # `a or b` -> `(a or b).x`


# Expressions that need no parentheses wherever a template puts them.
_ATOMS = (
    cst.Name,
    cst.Attribute,
    cst.Call,
    cst.Subscript,
    cst.BaseString,
    cst.Integer,
    cst.Float,
    cst.List,
    cst.Dict,
    cst.Set,
)


class _Rewriter(cst.CSTTransformer):
    """The rewrite of names, calls, attributes; pointers where it cannot be certain."""

    def __init__(self, facts: Facts, migration: Migration) -> None:
        super().__init__()
        self.facts = facts
        self.migration = migration
        self.plan = _plan(facts, migration)
        self.calls = {rule.name: rule for rule in migration.calls}
        self.methods: dict[str, list[MethodRule]] = {}
        for method in migration.methods:
            self.methods.setdefault(method.path, []).append(method)
        self.result_attributes = [rule for rule in migration.results if rule.attribute]
        self.result_methods = {rule.method: rule for rule in migration.results if rule.method}
        self.event_attributes: dict[str, dict[str, str]] = {}
        for event in migration.events:
            for stream in (*event.streams, *(f"@{a}" for a in event.annotations)):
                self.event_attributes[stream] = dict(event.attributes)
        self.never_seen = {member: rule for rule in migration.never_seen for member in rule.members}
        self.rewrites: Counter[str] = Counter()
        self.pointer_count = 0
        self.pending: dict[cst.CSTNode, list[tuple[str, int | None]]] = {}
        self.used: dict[int, tuple[str, str]] = {}  # id of a new use -> the binding it needs imported
        self.kept: dict[int, tuple[str, str]] = {}  # id of a use left as it was -> the binding it needs
        self.extra_uses: list[cst.Name] = []  # stand-in uses (in string annotations)
        # Every node whose id is recorded above is kept alive here, so that no id can be reused
        # by a later node while the result is checked for which of them survived.
        self.tracked: list[cst.CSTNode] = []
        self.module_uses: dict[int, str] = {}  # id of a new `coze_ext...` use -> the module to import
        self.module_kept: set[int] = set()  # ids of `cozepy.X` uses left as they were
        self.extra_imports: set[tuple[str, str | None]] = set()

    # -- pointers ------------------------------------------------------------------------

    def point(self, node: cst.CSTNode, text: str, section: str, anchor: cst.CSTNode | None = None) -> None:
        """Leave `text` above the statement of `node` (only if `anchor` is still in the result)."""
        statement = self.facts.statement(node)
        self.pending.setdefault(statement, []).append((_pointer(text, section), self.track(anchor) if anchor else None))

    def track(self, node: cst.CSTNode) -> int:
        """The id of a node checked for later; the node is kept alive so the id stays its own."""
        self.tracked.append(node)
        return id(node)

    def on_leave(
        self, original_node: _Node, updated_node: _Node
    ) -> _Node | cst.RemovalSentinel | cst.FlattenSentinel[_Node]:
        result = super().on_leave(original_node, updated_node)
        notes = self.pending.pop(original_node, None)
        if notes and isinstance(result, cst.SimpleStatementLine | cst.BaseCompoundStatement):
            alive = _node_ids(result) if any(anchor is not None for _, anchor in notes) else set()
            present = {line.comment.value for line in result.leading_lines if line.comment is not None}
            added = []
            for text, anchor in notes:
                if (anchor is None or anchor in alive) and text not in present:
                    present.add(text)
                    added.append(cst.EmptyLine(comment=cst.Comment(text)))
            if added:
                self.pointer_count += len(added)
                result = result.with_changes(leading_lines=[*result.leading_lines, *added])
        return result

    # -- names ---------------------------------------------------------------------------

    def binding_of(self, node: cst.CSTNode) -> _Binding | None:
        found = self.facts.cozepy_binding(node)
        if found is None or not found[0]:
            return None
        bound = node.value if isinstance(node, cst.Name) else ""
        return self.plan.get((code(found[1]), bound))

    def leave_Name(self, original_node: cst.Name, updated_node: cst.Name) -> cst.BaseExpression:
        binding = self.binding_of(original_node)
        if binding is None:
            rebound = self.facts.cozepy_among(original_node)
            if rebound is not None and (code(rebound[1]), original_node.value) in self.plan:
                self.kept[self.track(updated_node)] = (code(rebound[1]), original_node.value)
                text = f"{original_node.value} is bound by a cozepy import and again elsewhere: port it by hand"
                self.point(original_node, text, "every-cozepy-name", anchor=updated_node)
            return updated_node
        key = (code(binding.statement), binding.bound)
        if binding.local is None:
            self.kept[self.track(updated_node)] = key
            advice = binding.entry.advice() if binding.entry else f"{_origin(binding)} has no equivalent mapped here"
            section = binding.entry.section if binding.entry else "every-cozepy-name"
            self.point(original_node, advice, section, anchor=updated_node)
            return updated_node
        new = _expression(binding.local)
        if binding.local != original_node.value:
            self.rewrites["names"] += 1
        self.used[self.track(new)] = key
        return new

    def leave_SimpleString(self, original_node: cst.SimpleString, updated_node: cst.SimpleString) -> cst.SimpleString:
        # A string annotation ("AsyncWebsocketsChatClient") names the new class too.
        if original_node not in self.facts.annotation_strings:
            return updated_node
        found = self.facts.cozepy_binding(original_node)
        value = original_node.evaluated_value
        binding = self.plan.get((code(found[1]), value)) if found and found[0] and isinstance(value, str) else None
        if binding is None or binding.local is None or "." in binding.local:
            return updated_node
        if binding.local != binding.bound:
            self.rewrites["names"] += 1
            updated_node = updated_node.with_changes(value=updated_node.value.replace(binding.bound, binding.local))
        marker = cst.Name(binding.local)  # a stand-in use, so the import is kept
        self.used[self.track(marker)] = (code(binding.statement), binding.bound)
        self.extra_uses.append(marker)
        return updated_node

    # -- attributes ----------------------------------------------------------------------

    def leave_Attribute(self, original_node: cst.Attribute, updated_node: cst.Attribute) -> cst.BaseExpression:
        path = self.facts.cozepy_path(original_node)
        if path is not None:
            return self._cozepy_attribute(original_node, updated_node, path)
        kind = self.facts.kind(original_node.value)
        if kind is not None and kind.what == "item":
            renamed = self.event_attributes.get(kind.path, {}).get(original_node.attr.value)
            if renamed is not None:
                self.rewrites["events"] += 1
                return updated_node.with_changes(attr=cst.Name(renamed))
        for rule in self.result_attributes:
            rewritten = self._result_attribute(rule, original_node, updated_node)
            if rewritten is not None:
                return rewritten
        return updated_node

    def _cozepy_attribute(
        self, original: cst.Attribute, updated: cst.Attribute, path: tuple[str, ...]
    ) -> cst.BaseExpression:
        member = ".".join(path)
        if member in self.never_seen:
            rule = self.never_seen[member]
            self.point(original, rule.pointer, rule.section)
        if len(path) == 1:  # cozepy.X
            return self._module_attribute(original, updated, path[0])
        if len(path) != 2:
            return updated
        entry = self.migration.names.get(path[0])
        if entry is None:
            return updated
        if path[1] in entry.members:
            new = entry.members[path[1]]
            self.rewrites["members"] += 1
            if new.startswith("."):  # an attribute of the equivalent
                return updated.with_changes(attr=cst.Name(new[1:]))
            module, colon, name = new.partition(":")
            if colon:  # another name, imported
                self.extra_imports.add((module, name))
                return cst.Name(name)
            return _expression(new)  # a literal
        if entry.use is not None and member not in self.calls and not _has_attribute(entry, path[1]):
            self.point(original, f"cozepy's {member} has no twin on {entry.attr}", entry.section, anchor=updated)
        return updated

    def _module_attribute(self, original: cst.Attribute, updated: cst.Attribute, name: str) -> cst.BaseExpression:
        entry = self.migration.names.get(name)
        if entry is None or entry.use is None:
            self.module_kept.add(self.track(updated))
            advice = entry.advice() if entry else f"cozepy.{name} is not one of cozepy's public names"
            self.point(original, advice, entry.section if entry else "every-cozepy-name", anchor=updated)
            return updated
        new = _expression(entry.use)
        self.module_uses[self.track(new)] = entry.module
        self.rewrites["names"] += 1
        return new

    def _result_attribute(
        self, rule: ResultRule, original: cst.Attribute, updated: cst.Attribute
    ) -> cst.BaseExpression | None:
        parts = (rule.attribute or "").split(".")
        receiver: cst.BaseExpression = original
        new_receiver: cst.BaseExpression = updated
        for part in reversed(parts):
            if not isinstance(receiver, cst.Attribute) or receiver.attr.value != part:
                return None
            assert isinstance(new_receiver, cst.Attribute)
            receiver, new_receiver = receiver.value, new_receiver.value
        kind = self.facts.kind(receiver)
        if kind is None or kind.what not in ("result", "item"):
            self.point(original, rule.pointer, rule.section)
            return None
        self.rewrites["results"] += 1
        return cst.Attribute(value=new_receiver, attr=cst.Name(rule.to or ""))

    # -- calls ---------------------------------------------------------------------------

    def leave_Call(self, original_node: cst.Call, updated_node: cst.Call) -> cst.BaseExpression:
        path = self.facts.cozepy_path(original_node.func)
        if path and ".".join(path) in self.calls:
            return self._cozepy_call(self.calls[".".join(path)], original_node, updated_node)
        client_path = self.facts.client_path(original_node.func)
        if client_path is not None:
            return self._client_call(client_path, original_node, updated_node)
        unknown = self._unknown_client_call(original_node)
        if unknown is not None:
            rules = self.methods[unknown]
            text = rules[0].pointer or f"if this is a cozepy client, {_describe(unknown, rules)}"
            self.point(original_node, text, rules[0].section)
            return updated_node
        func = original_node.func
        if isinstance(func, cst.Attribute) and func.attr.value in self.result_methods:
            return self._result_call(self.result_methods[func.attr.value], original_node, updated_node)
        return updated_node

    def _cozepy_call(self, rule: CallRule, original: cst.Call, updated: cst.Call) -> cst.BaseExpression:
        bound = _bind(original.args, updated.args, rule.params)
        if bound is None:
            self.point(original, f"this call of cozepy's {rule.name} needs rewriting by hand", rule.section)
            return updated
        if rule.template:
            return self._templated(rule, original, updated, bound)
        positional = [
            bound[p][1].with_changes(keyword=None, equal=cst.MaybeSentinel.DEFAULT) for p in rule.args if p in bound
        ]
        keywords = []
        renamed = {old: new for new, old in rule.keywords.items()}
        for param, (original_arg, updated_arg) in bound.items():
            if param in rule.args:
                continue
            unwrap = rule.unwrap.get(param)
            inner = self._unwrapped(original_arg, updated_arg, unwrap.calls) if unwrap else None
            if unwrap is not None and inner is not None:
                keywords.append(_keyword(unwrap.keyword, inner, updated_arg))
            elif param in renamed:
                keywords.append(_keyword(renamed[param], updated_arg.value, updated_arg))
            else:
                self.point(original, f"cozepy's {rule.name}({param}=...) has no twin", rule.section)
                return updated
        self.rewrites["client set-up" if rule.name in ("Coze", "AsyncCoze") else "calls"] += 1
        args = _commas([*positional, *keywords], updated.args)
        return updated.with_changes(func=self._callee(rule, updated.func), args=args)

    def _templated(
        self, rule: CallRule, original: cst.Call, updated: cst.Call, bound: dict[str, tuple[cst.Arg, cst.Arg]]
    ) -> cst.BaseExpression:
        """A call written as the rule's template, each {param} the argument given (or its default)."""
        values: dict[str, cst.BaseExpression] = {}
        template = rule.template
        for index, param in enumerate(rule.params):
            if param in bound:
                value = bound[param][1].value
            elif param in rule.defaults:
                value = _expression(rule.defaults[param])
            else:
                self.point(original, f"cozepy's {rule.name} needs its {param} argument", rule.section)
                return updated
            placeholder = f"{_VALUE}{index}"
            values[placeholder] = value
            template = template.replace(f"{{{param}}}", placeholder)
        for needed in rule.imports:
            module, _, name = needed.partition(":")
            self.extra_imports.add((module, name or None))
        self.rewrites["calls"] += 1
        new = _expression(template)
        substituted = new.visit(_Substitute(values))
        assert isinstance(substituted, cst.BaseExpression)
        return substituted

    def _unwrapped(self, original: cst.Arg, updated: cst.Arg, calls: Sequence[str]) -> cst.BaseExpression | None:
        """The argument of `TokenAuth(x)` given as `original`, when it is one of `calls` with one argument."""
        value, new_value = original.value, updated.value
        if not isinstance(value, cst.Call) or not isinstance(new_value, cst.Call):
            return None
        path = self.facts.cozepy_path(value.func)
        if path is None or ".".join(path) not in calls or len(value.args) != 1 or value.args[0].star:
            return None
        return new_value.args[0].value

    def _callee(self, rule: CallRule, func: cst.BaseExpression) -> cst.BaseExpression:
        """The new function of a rewritten call: the old head, renamed, when it is the same class."""
        module, _, qualname = rule.to.partition(":")
        if not qualname:  # "logging.basicConfig": `import logging`
            self.extra_imports.add((rule.to.rpartition(".")[0], None))
            return _expression(rule.to)
        head, *rest = qualname.split(".")
        old_head, *old_rest = rule.name.split(".")
        entry = self.migration.names.get(old_head)
        if entry is not None and entry.use == f"{module}.{head}" and len(old_rest) == len(rest):
            for _ in old_rest:
                assert isinstance(func, cst.Attribute)
                func = func.value
            for part in rest:
                func = cst.Attribute(value=func, attr=cst.Name(part))
            return func
        if self.facts.bound_elsewhere(head) and head != old_head:
            self.extra_imports.add((module, None))
            return _expression(f"{module}.{qualname}")
        self.extra_imports.add((module, head))
        return _expression(qualname)

    def _client_call(self, path: str, original: cst.Call, updated: cst.Call) -> cst.BaseExpression:
        rules = self.methods.get(path, [])
        args = list(updated.args)
        changed = False
        if self.migration.client_keywords:
            args, changed = _rename_keywords(args, self.migration.client_keywords)
        if not rules:
            if changed:
                self.rewrites["methods"] += 1
            return updated.with_changes(args=_commas(args, updated.args)) if changed else updated
        rule = next((r for r in rules if _holds(r, original.args)), None)
        if rule is None or rule.pointer is not None:
            self.point(original, rule.pointer if rule and rule.pointer else _which(path, rules), rules[0].section)
            return updated
        args, _ = _rename_keywords([a for a in args if not _is_keyword(a, rule.drop)], rule.rename)
        func = updated.func
        if rule.to is not None and rule.to != path:
            for _ in path.split("."):
                assert isinstance(func, cst.Attribute)
                func = func.value
            for part in rule.to.split("."):
                func = cst.Attribute(value=func, attr=cst.Name(part))
        new: cst.BaseExpression = updated.with_changes(func=func, args=_commas(args, updated.args))
        if rule.suffix:
            new = _expression(f"{_VALUE}{rule.suffix}").visit(_Substitute({_VALUE: new}))  # type: ignore[assignment]
        if code(new) != code(updated):
            self.rewrites["methods"] += 1
        return new

    def _unknown_client_call(self, call: cst.Call) -> str | None:
        """The rule path a call ends with when its receiver is not known to be a client."""
        name = dotted(call.func) if isinstance(call.func, cst.Attribute) else None
        if name is None or self.facts.cozepy_path(call.func) is not None:
            return None
        for path in self.methods:
            if name.endswith(f".{path}") and name != path:
                root: cst.BaseExpression = call.func
                for _ in path.split("."):
                    assert isinstance(root, cst.Attribute)
                    root = root.value
                return path if self.facts.kind(root) is None else None
        return None

    def _result_call(self, rule: ResultRule, original: cst.Call, updated: cst.Call) -> cst.BaseExpression:
        assert isinstance(original.func, cst.Attribute) and isinstance(updated.func, cst.Attribute)
        kind = self.facts.kind(original.func.value)
        is_event = kind is not None and kind.what == "item" and kind.path in self.event_attributes
        if kind is None or kind.what not in ("result", "item") or is_event:
            self.point(original, rule.pointer, rule.section)
            return updated
        kept = []
        for arg in updated.args:
            keyword = arg.keyword.value if arg.keyword else None
            if keyword in rule.keep:
                kept.append(arg)
            elif keyword not in rule.drop:
                self.point(original, rule.pointer, rule.section)
                return updated
        template = (rule.template or "").replace("{value}", _VALUE)
        new = _expression(template).visit(_Substitute({_VALUE: updated.func.value}))
        if kept and isinstance(new, cst.Call):
            new = new.with_changes(args=_commas([*new.args, *kept], kept))
        self.extra_imports.update((module, None) for module in rule.imports)
        self.rewrites["results"] += 1
        assert isinstance(new, cst.BaseExpression)
        return new


class _ImportRewriter(cst.CSTTransformer):
    """Each `from cozepy import ...` and `import cozepy`, replaced in place by the imports its
    names need now; a name still used without an equivalent keeps its cozepy import."""

    def __init__(self, rewriter: _Rewriter, alive: set[int]) -> None:
        super().__init__()
        self.plan = rewriter.plan
        alive |= {id(marker) for marker in rewriter.extra_uses}
        self.used = {key for node, key in rewriter.used.items() if node in alive}
        self.kept = {key for node, key in rewriter.kept.items() if node in alive}
        self.modules = sorted({module for node, module in rewriter.module_uses.items() if node in alive})
        self.module_kept = any(node in alive for node in rewriter.module_kept)
        self.facts = rewriter.facts
        self.rewritten = 0
        self.pointers = 0

    def leave_Module(self, original_node: cst.Module, updated_node: cst.Module) -> cst.Module:
        return updated_node.with_changes(body=self._body(updated_node.body))

    def leave_IndentedBlock(
        self, original_node: cst.IndentedBlock, updated_node: cst.IndentedBlock
    ) -> cst.IndentedBlock:
        return updated_node.with_changes(body=self._body(updated_node.body) or [cst.SimpleStatementLine([cst.Pass()])])

    def _body(self, statements: Sequence[cst.BaseStatement]) -> list[cst.BaseStatement]:
        """A block's statements with each cozepy import replaced; the blank lines and
        comments above an import that goes away move to the statement after it."""
        body: list[cst.BaseStatement] = []
        carried: list[cst.EmptyLine] = []
        for statement in statements:
            replaced = self._statement(statement) if isinstance(statement, cst.SimpleStatementLine) else [statement]
            if not replaced:
                assert isinstance(statement, cst.SimpleStatementLine)
                carried += statement.leading_lines
                continue
            if carried:
                first = replaced[0]
                assert isinstance(first, cst.SimpleStatementLine | cst.BaseCompoundStatement)
                if first.leading_lines and all(line.comment is None for line in carried):
                    carried = []  # blank lines, where there are some already
                replaced[0] = first.with_changes(leading_lines=[*carried, *first.leading_lines])
                carried = []
            body += replaced
        return body

    def _statement(self, line: cst.SimpleStatementLine) -> list[cst.BaseStatement]:
        """The statements that replace one line: itself, unless it is a cozepy import."""
        if len(line.body) != 1 or not _is_cozepy_import(line.body[0]):
            return [line]
        statement = line.body[0]
        lines, note = self._replacement(statement)
        if lines == [code(statement)]:
            if note and not _has_comment(line, note):
                self.pointers += 1
                return [line.with_changes(leading_lines=[*line.leading_lines, _comment(note)])]
            return [line]
        self.rewritten += 1
        if not lines:
            return []
        new: list[cst.BaseStatement] = [cst.parse_statement(text + "\n") for text in lines]
        first = new[0]
        assert isinstance(first, cst.SimpleStatementLine)
        leading = list(line.leading_lines)
        if note:
            self.pointers += 1
            leading.append(_comment(note))
        new[0] = first.with_changes(leading_lines=leading, trailing_whitespace=line.trailing_whitespace)
        return new

    def _replacement(self, statement: cst.BaseSmallStatement) -> tuple[list[str], str | None]:
        """The import lines that replace a cozepy import, and a pointer for what stays."""
        if isinstance(statement, cst.Import):
            ours = [a for a in statement.names if a.evaluated_name.split(".")[0] == COZEPY]
            others = [a for a in statement.names if a not in ours]
            kept = others + (ours if self.module_kept else [])
            lines = [code(statement.with_changes(names=_commas_aliases(kept)))] if kept else []
            return lines + [f"import {module}" for module in self.modules if not self.facts.has_import(module)], None
        assert isinstance(statement, cst.ImportFrom) and statement.module is not None
        module = dotted(statement.module) or COZEPY
        if isinstance(statement.names, cst.ImportStar):
            text = f"a star import of {module}: import the names you use (each is in the guide's table)"
            return [code(statement)], _pointer(text, "every-cozepy-name")
        targets: dict[str, list[str]] = {}
        modules: list[str] = []
        residual = []
        for alias in statement.names:
            bound = alias.evaluated_alias or alias.evaluated_name
            key = (code(statement), bound)
            binding = self.plan.get(key)
            if key in self.kept or binding is None:
                residual.append(alias)
            elif key in self.used and binding.name is None:
                modules.append(binding.module)
            elif key in self.used and binding.name is not None:
                name = binding.name if binding.alias is None else f"{binding.name} as {binding.alias}"
                targets.setdefault(binding.module, []).append(name)
        lines = [_from_import(target, names) for target, names in targets.items()]
        lines += [f"import {name}" for name in dict.fromkeys(modules) if not self.facts.has_import(name)]
        if residual:
            still = [code(alias.with_changes(comma=cst.MaybeSentinel.DEFAULT)) for alias in residual]
            lines.append(_from_import(module, still))
        return lines, None


def _from_import(module: str, names: list[str]) -> str:
    line = f"from {module} import {', '.join(names)}"
    if len(line) <= 100:
        return line
    body = "".join(f"    {name},\n" for name in names)
    return f"from {module} import (\n{body})"


def _commas_aliases(aliases: list[cst.ImportAlias]) -> list[cst.ImportAlias]:
    return [a.with_changes(comma=cst.MaybeSentinel.DEFAULT) for a in aliases]


def _comment(text: str) -> cst.EmptyLine:
    return cst.EmptyLine(comment=cst.Comment(text))


def _has_comment(node: cst.SimpleStatementLine, text: str) -> bool:
    return any(line.comment is not None and line.comment.value == text for line in node.leading_lines)


def _has_attribute(entry: NameEntry, attribute: str) -> bool:
    """Whether the equivalent of a cozepy name has `attribute` (read from coze_ext itself)."""
    try:
        return hasattr(getattr(importlib.import_module(entry.module), entry.attr), attribute)
    except (ImportError, AttributeError):
        return True  # cannot tell: say nothing rather than guess


def _bind(
    original: Sequence[cst.Arg], updated: Sequence[cst.Arg], params: Sequence[str]
) -> dict[str, tuple[cst.Arg, cst.Arg]] | None:
    """The call's arguments by parameter name; None when one cannot be bound for certain."""
    bound: dict[str, tuple[cst.Arg, cst.Arg]] = {}
    position = 0
    for old, new in zip(original, updated, strict=True):
        if old.star:
            return None
        if old.keyword is None:
            if position >= len(params):
                return None
            name = params[position]
            position += 1
        else:
            name = old.keyword.value
            if name not in params:
                return None
        if name in bound:
            return None
        bound[name] = (old, new)
    return bound


def _keyword(name: str, value: cst.BaseExpression, like: cst.Arg) -> cst.Arg:
    equal = cst.AssignEqual(whitespace_before=cst.SimpleWhitespace(""), whitespace_after=cst.SimpleWhitespace(""))
    return like.with_changes(keyword=cst.Name(name), equal=equal, value=value, star="")


def _is_keyword(arg: cst.Arg, names: Sequence[str]) -> bool:
    return arg.keyword is not None and arg.keyword.value in names


def _which(path: str, rules: Sequence[MethodRule]) -> str:
    """What to do by hand with a call no rule of its path fits (an argument is not a literal)."""
    return f"cannot tell which call this is: {_describe(path, rules)}"


def _describe(path: str, rules: Sequence[MethodRule]) -> str:
    """How the calls of `path` are written here, from its rules."""
    cases = []
    for rule in rules:
        case = f"{path}(...) is {rule.to or path}(...) here"
        if rule.when:
            given = " and ".join(
                f"{k}={' or '.join(v or 'not given' for v in values)}" for k, values in rule.when.items()
            )
            case = f"with {given}, {case}"
        changes = [f"{old} is {new}" for old, new in rule.rename.items()] + [f"no {name}" for name in rule.drop]
        if rule.suffix:
            changes.append(f"then {rule.suffix}")
        cases.append(f"{case} ({', '.join(changes)})" if changes else case)
    return "; ".join(cases)


def _holds(rule: MethodRule, args: Sequence[cst.Arg]) -> bool:
    given = {arg.keyword.value: code(arg.value) for arg in args if arg.keyword is not None}
    return all(given.get(keyword, "") in values for keyword, values in rule.when.items())


def _rename_keywords(args: list[cst.Arg], renames: Mapping[str, str]) -> tuple[list[cst.Arg], bool]:
    changed = False
    result = []
    for arg in args:
        if arg.keyword is not None and arg.keyword.value in renames:
            arg = arg.with_changes(keyword=cst.Name(renames[arg.keyword.value]))
            changed = True
        result.append(arg)
    return result, changed


def _commas(args: Sequence[cst.Arg], like: Sequence[cst.Arg]) -> list[cst.Arg]:
    """Arguments with a comma between each, and after the last the comma (or none) that
    followed the last of the call's original arguments `like`, so its layout is kept."""
    fixed = []
    for index, arg in enumerate(args):
        if index == len(args) - 1:
            arg = arg.with_changes(comma=like[-1].comma if like else cst.MaybeSentinel.DEFAULT)
        elif not isinstance(arg.comma, cst.Comma):
            arg = arg.with_changes(comma=cst.Comma(whitespace_after=cst.SimpleWhitespace(" ")))
        fixed.append(arg)
    return fixed
