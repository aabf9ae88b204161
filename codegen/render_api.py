"""`operations.py`, `params.py` and the `resources` package: the typed resource tree.

Each top-level group (`chat`, `bots`, ...) gets a module of its own holding its sync and
async classes and the `with_raw_response` twins, which are one line per method (a
descriptor around the same method), so raw access duplicates no code. The root module
imports a group only when the group is first used.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from describe import OPTION_NAMES, Arg, Method, Operation
from render_sockets import Endpoint
from render_text import builtin_safe, docstring, header, wrap

OPTIONS = (
    ("timeout", "TimeoutInput | Unset", "UNSET"),
    ("extra_headers", "Mapping[str, str] | None", "None"),
    ("extra_query", "Mapping[str, object] | None", "None"),
    ("extra_body", "Mapping[str, object] | None", "None"),
    ("max_retries", "int | None", "None"),
)
assert tuple(name for name, _, _ in OPTIONS) == OPTION_NAMES
# A WebSocket handshake is never retried and has no body: `connect` takes only these...
CONNECT_OPTIONS = OPTIONS[:3]
# ... and these, how the session watches its connection (`SocketOptions`): a ping every 20 s,
# answered within 20 s, and the websockets library's 1 MiB cap on a server frame (Coze's
# largest recorded frames are about 20 KB: base64 audio in pieces of a fraction of a second).
SOCKET_OPTIONS = (
    ("ping_interval", "float | None", "20.0"),
    ("ping_timeout", "float | None", "20.0"),
    ("max_size", "int | None", "1_048_576"),
)
SOCKET_OPTIONS_DOC = (
    ("ping_interval", "Send a ping every this many seconds, to keep the connection alive (None: never)."),
    (
        "ping_timeout",
        "A server that has not answered a ping within this many seconds is gone: the session "
        "ends with APIConnectionError (None: wait for answers forever).",
    ),
    (
        "max_size",
        "The largest frame the server may send, in bytes (None: no limit); a larger one ends "
        "the session with APIConnectionError.",
    ),
)


@dataclass
class Node:
    """A resource group: its methods and its subgroups."""

    path: tuple[str, ...]
    methods: list[Method] = field(default_factory=list)
    children: dict[str, Node] = field(default_factory=dict)

    @property
    def class_name(self) -> str:
        return "".join(part.title().replace("_", "") for part in self.path) + "Resource"

    def walk(self) -> Iterator[Node]:
        """Subgroups first, so a class is defined before the group that names it."""
        for child in self.children.values():
            yield from child.walk()
        yield self


def build_tree(operations: list[Operation], endpoints: list[Endpoint]) -> Node:
    root = Node(())
    placed: list[tuple[list[str], list[Method]]] = [(op.resource.split(".")[:-1], op.methods) for op in operations]
    placed += [(endpoint.resource.split("."), [connect_method(endpoint)]) for endpoint in endpoints]
    for groups, methods in placed:
        node = root
        for depth, group in enumerate(groups):
            node = node.children.setdefault(group, Node(tuple(groups[: depth + 1])))
        node.methods.extend(methods)
    return root


def connect_method(endpoint: Endpoint) -> Method:
    """`connect` of a WebSocket endpoint's group: its handshake parameters, its socket types."""
    return Method(
        "connect",
        "connect",
        endpoint.const,
        endpoint.socket,
        f"Async{endpoint.socket}",
        endpoint.summary,
        endpoint.description,
        endpoint.args,
    )


# --------------------------------------------------------------------------- operations.py


def model_ref(operation: Operation, home: dict[str, str]) -> str:
    result = operation.result
    if result is None:
        return "None"
    if result.kind == "model":
        return f"ModelRef({home[result.target or '']!r}, {result.target!r})"
    if result.kind == "list" and result.item is not None and result.item.kind == "model":
        target = result.item.target or ""
        return f"ModelRef({home[target]!r}, {target!r}, many=True)"
    return "None"


def result_annotation(operation: Operation) -> str:
    if operation.envelope == "binary" or operation.result is None:
        return "None"
    return operation.result.annotation


def render_operations(operations: list[Operation], endpoints: list[Endpoint], home: dict[str, str]) -> str:
    names = sorted(frozenset().union(*(op.names for op in operations), *(e.names for e in endpoints)))
    families = sorted({str(op.stream["events"]) for op in operations if op.stream})
    out = [
        header("Every Coze operation and WebSocket endpoint, as the runtime needs it."),
        "from __future__ import annotations\n\n",
        "from typing import TYPE_CHECKING, Any\n\n",
        "from ._runtime import (\n    Connected,\n    ModelRef,\n    Operation,\n    Paged,\n    Pagination,\n    Param,\n"
        "    SocketSpec,\n    Streamed,\n    StreamSpec,\n)\n\n",
        "if TYPE_CHECKING:\n",
    ]
    streams = [f"{family}Stream" for family in families] + [f"Async{family}Stream" for family in families]
    if streams:
        out.append(f"    from .events import {', '.join(sorted(streams))}\n")
    out += [f"    from .models import {name}\n" for name in names]
    sockets = sorted(name for e in endpoints for name in (e.socket, f"Async{e.socket}"))
    if sockets:
        out.append(f"    from .sockets import {', '.join(sockets)}\n")
    out.append("    from .types import JsonValue\n\n")
    for operation in operations:
        out.append("\n" + render_operation(operation, home))
    for endpoint in endpoints:
        out.append("\n" + render_endpoint(endpoint))
    out.append("\nOPERATIONS: dict[str, Operation[Any]] = {\n")
    out += [f"    {op.const}.id: {op.const},\n" for op in operations]
    out.append("}\n")
    return "".join(out)


def render_operation(operation: Operation, home: dict[str, str]) -> str:
    params = ",\n        ".join(render_param(arg) for arg in operation.args)
    if len(operation.args) == 1:
        params += ","
    fields = [
        f"id={operation.op_id!r}",
        f"method={operation.http_method!r}",
        f"path={operation.path!r}",
        f"params=({params})",
        f"body={operation.body!r}",
        f"envelope={operation.envelope!r}",
        f"retry_safe={operation.retry_safe!r}",
        f"result={model_ref(operation, home)}",
    ]
    pagination = operation.pagination
    if pagination:
        keys = ", ".join(f"{key}={value!r}" for key, value in pagination.items())
        fields.append(f"pagination=Pagination({keys})")
    if operation.stream:
        flag = operation.stream.get("flag")
        fields.append(f"stream=StreamSpec({operation.stream['events']!r}" + (f", flag={flag!r})" if flag else ")"))
    if operation.headers:
        fields.append(f"headers={operation.headers!r}")
    if not operation.authenticated:
        fields.append("authenticated=False")
    body = ",\n    ".join(fields)
    out = [f"{operation.const}: Operation[{result_annotation(operation)}] = Operation(\n    {body},\n)\n"]
    for method in operation.methods:
        if method.call == "paginate":
            out.append(
                f"{method.handle}: Paged[{operation.items.annotation if operation.items else ''}] = Paged({operation.const})\n"
            )
        elif method.call == "stream":
            out.append(
                f"{method.handle}: Streamed[{method.returns}, {method.async_returns}] = Streamed({operation.const})\n"
            )
    return "".join(out)


def render_endpoint(endpoint: Endpoint) -> str:
    params = ",\n        ".join(render_param(arg) for arg in endpoint.args)
    if len(endpoint.args) == 1:
        params += ","
    senders = (f"{endpoint.socket}Senders", f"Async{endpoint.socket}Senders")
    return (
        f"{endpoint.const}: Connected[{endpoint.socket}, Async{endpoint.socket}] = Connected(\n"
        "    SocketSpec(\n"
        f"        id={endpoint.op_id!r},\n"
        f"        path={endpoint.path!r},\n"
        f"        params=({params}),\n"
        f"        events={endpoint.downstream.name!r},\n"
        f"        upstream={endpoint.upstream.name!r},\n"
        f"        senders={senders!r},\n"
        "    )\n)\n"
    )


def render_param(arg: Arg) -> str:
    return (
        f"Param({arg.name!r}, {arg.wire!r}, {arg.location!r}, {arg.kind!r}, {arg.required!r}"
        + (", joined=True" if arg.joined else "")
        + ")"
    )


# --------------------------------------------------------------------------- params.py


def render_params(operations: list[Operation]) -> str:
    """Each operation's keyword arguments as a TypedDict, so hand-written wrappers
    (`create_and_poll`) can take `**params: Unpack[ChatCreateParams]` and stay typed."""
    names = sorted(frozenset().union(*(op.names for op in operations)))
    out = [
        header("The keyword arguments of every operation, as TypedDicts."),
        "from __future__ import annotations\n\n",
        "from collections.abc import Mapping, Sequence\n",
        "from typing import TYPE_CHECKING, Literal, Required, TypedDict\n\n",
        "from .types import FileInput, JsonValue, TimeoutInput, Unset\n\n",
        "if TYPE_CHECKING:\n",
    ]
    out += [f"    from .models import {name}\n" for name in names] or ["    pass\n"]
    for operation in operations:
        out.append(
            f"\n\nclass {''.join(p.title() for p in operation.op_id.split('_'))}Params(TypedDict, total=False):\n"
        )
        out.append(f'    """The arguments of `{operation.resource}`."""\n\n')
        for arg in operation.args:
            out.append(f"    {arg.name}: {f'Required[{arg.type.request}]' if arg.must_pass else arg.annotation}\n")
        out += [f"    {name}: {annotation}\n" for name, annotation, _ in OPTIONS]
    return "".join(out)


# --------------------------------------------------------------------------- resources


def method_docstring(method: Method, prefix: str) -> str:
    extra: list[str] = []
    if method.description:
        extra += wrap(method.description, 88 - len(prefix))
    documented = [(arg.name, arg.description) for arg in method.args if arg.description]
    if method.call == "connect":
        documented += SOCKET_OPTIONS_DOC
    if documented:
        extra += ["", "Args:"] if extra else ["Args:"]
        for name, description in documented:
            extra += wrap(f"{name}: {description}", 84 - len(prefix), first="    ", rest="        ")
    return docstring(method.summary.rstrip(".") + ".", prefix, extra)


def render_method(method: Method, is_async: bool, shadowed: set[str]) -> str:
    connects = method.call == "connect"
    options = CONNECT_OPTIONS if connects else OPTIONS
    params = ["self", "*"]
    for arg in sorted(method.args, key=lambda a: (not a.must_pass, not a.required)):
        annotation = builtin_safe(arg.annotation, shadowed)
        params.append(f"{arg.name}: {annotation}" + default_source(arg))
    params += [f"{name}: {annotation} = {default}" for name, annotation, default in options]
    socket_options = ""
    if connects:
        params += [f"{name}: {annotation} = {default}" for name, annotation, default in SOCKET_OPTIONS]
        socket_options = f"            SocketOptions({', '.join(name for name, _, _ in SOCKET_OPTIONS)}),\n"
    returns = builtin_safe(method.async_returns if is_async else method.returns, shadowed)
    # An async list returns its page at once (await it, or iterate it with `async for`), and
    # an async socket connects when entered (`async with`), so neither call is awaited.
    awaited = is_async and method.call not in ("paginate", "connect")
    args = "{" + ", ".join(f"{a.name!r}: {a.name}" for a in method.args) + "}"
    signature = ",\n        ".join(params)
    return (
        f"    {'async def' if awaited else 'def'} {method.name}(\n        {signature},\n    ) -> {returns}:\n"
        + method_docstring(method, "        ")
        + f"        return {'await ' if awaited else ''}self._requester.{method.call}(\n"
        f"            _ops.{method.handle},\n"
        f"            {args},\n"
        f"            RequestOptions({', '.join(name for name, _, _ in options)}),\n" + socket_options + "        )\n"
    )


def default_source(arg: Arg) -> str:
    """What follows an argument in the signature: nothing, `= None`, or the spec's default
    (a list as a tuple, so the default is not a shared mutable object)."""
    if arg.must_pass:
        return ""
    if not arg.has_default:
        return " = None"
    value = arg.default
    if isinstance(value, list):
        value = tuple(value)
    if not isinstance(value, str | int | float | bool | tuple):
        raise ValueError(f"{arg.name}: default {value!r} is not a scalar or a list")
    return f" = {value!r}"


def render_class(node: Node, is_async: bool) -> str:
    name = ("Async" if is_async else "") + node.class_name
    requester = "AsyncRequester" if is_async else "SyncRequester"
    shadowed = {method.name for method in node.methods} | set(node.children)
    out = [
        f"class {name}:\n",
        docstring(f"The `{'.'.join(node.path)}` resource group.", "    "),
        f"\n    def __init__(self, requester: {requester}) -> None:\n",
        "        self._requester = requester\n",
    ]
    for child_name, child in node.children.items():
        child_class = ("Async" if is_async else "") + child.class_name
        out.append(
            f"\n    @cached_property\n    def {child_name}(self) -> {child_class}:\n"
            f'        """The `{".".join(child.path)}` resource group."""\n'
            f"        return {child_class}(self._requester)\n"
        )
    for method in node.methods:
        out.append("\n" + render_method(method, is_async, shadowed))
    return "".join(out)


def render_raw_class(node: Node, is_async: bool) -> str:
    prefix = "Async" if is_async else ""
    name = f"{prefix}Raw{node.class_name}"
    out = [
        f"class {name}(RawGroup):\n",
        docstring(
            f"The `{'.'.join(node.path)}` methods, each returning the raw HTTP answer (a `RawResponse`).", "    "
        ),
    ]
    for child_name, child in node.children.items():
        child_class = f"{prefix}Raw{child.class_name}"
        out.append(
            f"\n    @cached_property\n    def {child_name}(self) -> {child_class}:\n"
            f"        return {child_class}(self._resource.{child_name})\n"
        )
    if node.methods:
        out.append("\n")
    raw_methods = [method for method in node.methods if method.call != "connect"]  # a socket has no HTTP answer
    if not raw_methods and node.methods:
        out.append("\n    pass\n")
    for method in raw_methods:
        wrapper = "RawMethod"
        if is_async:
            wrapper = "AsyncRawPagedMethod" if method.call == "paginate" else "AsyncRawMethod"
        out.append(f"    {method.name} = {wrapper}({prefix}{node.class_name}.{method.name})\n")
    return "".join(out)


def render_group(node: Node, operations: list[Operation], endpoints: list[Endpoint]) -> str:
    group = node.path[0]
    mine = [op for op in operations if op.group == group]
    sockets = [endpoint for endpoint in endpoints if endpoint.resource.split(".", 1)[0] == group]
    names = sorted(frozenset().union(*(op.names for op in mine), *(e.names for e in sockets)))
    families = sorted({str(op.stream["events"]) for op in mine if op.stream})
    out = [
        header(f"The `{group}` resource group, sync and async, and its `with_raw_response` twins."),
        "from __future__ import annotations\n\n",
        "import builtins\n",
        "from collections.abc import Mapping, Sequence\n",
        "from functools import cached_property\n",
        "from typing import TYPE_CHECKING, Literal\n\n",
        "from .. import operations as _ops\n",
        "from .._runtime import (\n    AsyncRawMethod,\n    AsyncRawPagedMethod,\n    AsyncRequester,\n    RawGroup,\n"
        "    RawMethod,\n    RequestOptions,\n    SocketOptions,\n    SyncRequester,\n)\n",
        "from ..types import UNSET, Unset\n\n",
        "if TYPE_CHECKING:\n",
        "    from .._runtime import AsyncBinaryResponse, AsyncPage, BinaryResponse, SyncPage\n",
    ]
    streams = [f"{family}Stream" for family in families] + [f"Async{family}Stream" for family in families]
    if streams:
        out.append(f"    from ..events import {', '.join(sorted(streams))}\n")
    out += [f"    from ..models import {name}\n" for name in names]
    socket_types = sorted(name for e in sockets for name in (e.socket, f"Async{e.socket}"))
    if socket_types:
        out.append(f"    from ..sockets import {', '.join(socket_types)}\n")
    out.append("    from ..types import FileInput, JsonValue, TimeoutInput\n")
    nodes = list(node.walk())
    exported = [prefix + n.class_name for n in nodes for prefix in ("", "Async", "Raw", "AsyncRaw")]
    out.append(f"\n__all__ = {sorted(exported)!r}\n")
    for each in nodes:
        out.append("\n\n" + render_class(each, is_async=False))
        out.append("\n\n" + render_class(each, is_async=True))
    for each in nodes:
        out.append("\n\n" + render_raw_class(each, is_async=False))
        out.append("\n\n" + render_raw_class(each, is_async=True))
    return "".join(out)


def render_root(root: Node) -> str:
    out = [
        header("The typed resource tree of the Coze API (`coze.chat.messages.list(...)`), sync and async."),
        "from __future__ import annotations\n\n",
        "from functools import cached_property\nfrom typing import TYPE_CHECKING\n\n",
        "from .._runtime import AsyncRequester, RawGroup, SyncRequester\n\n",
        "if TYPE_CHECKING:\n",
    ]
    for group, node in sorted(root.children.items()):
        classes = ", ".join(prefix + node.class_name for prefix in ("", "Async", "Raw", "AsyncRaw"))
        out.append(f"    from .{group} import {classes}\n")
    roots = ["AsyncCozeResources", "AsyncRawCozeResources", "CozeResources", "RawCozeResources"]
    out.append(f"\n__all__ = {roots!r}\n")
    for is_async in (False, True):
        prefix = "Async" if is_async else ""
        requester = "AsyncRequester" if is_async else "SyncRequester"
        out.append(f"\n\nclass {prefix}CozeResources:\n")
        out.append(
            docstring("The root of the resource tree: one attribute per group, each loaded on first use.", "    ")
        )
        out.append(f"\n    def __init__(self, requester: {requester}) -> None:\n")
        out.append("        self._requester = requester\n")
        for group, node in root.children.items():
            cls = prefix + node.class_name
            out.append(
                f"\n    @cached_property\n    def {group}(self) -> {cls}:\n"
                f'        """The `{group}` resource group."""\n'
                f"        from .{group} import {cls}\n\n        return {cls}(self._requester)\n"
            )
    for is_async in (False, True):
        prefix = "Async" if is_async else ""
        requester = "AsyncRequester" if is_async else "SyncRequester"
        out.append(f"\n\nclass {prefix}RawCozeResources(RawGroup):\n")
        out.append(
            docstring("The root of `with_raw_response`: the same tree, each method returning a `RawResponse`.", "    ")
        )
        out.append(f"\n    def __init__(self, requester: {requester}) -> None:\n")
        out.append(f"        super().__init__({prefix}CozeResources(requester))\n")
        for group, node in root.children.items():
            cls = f"{prefix}Raw{node.class_name}"
            out.append(
                f"\n    @cached_property\n    def {group}(self) -> {cls}:\n"
                f"        from .{group} import {cls}\n\n        return {cls}(self._resource.{group})\n"
            )
    return "".join(out)
