"""The emulator's view of `openapi/coze.yaml`: where to find it, and its route table.

Every operation of the spec becomes a route (method + path template), every entry of
`x-coze-websockets` a WebSocket endpoint. Nothing here names an operation: a new operation
or endpoint in the spec is served by the next emulator that starts.
"""

from __future__ import annotations

import copy
import functools
import importlib.resources
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

__all__ = ["MethodNotAllowed", "Spec", "SpecOperation", "WebSocketEndpoint", "default_spec_path", "load_spec"]

_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
_PARAM = re.compile(r"\{([^}/]+)\}")


def default_spec_path() -> Path:
    """The spec the emulator serves: the copy shipped in the wheel, else the repository's."""
    shipped = importlib.resources.files("coze_ext.testing").joinpath("coze.yaml")
    if shipped.is_file():
        return Path(str(shipped))
    repository = Path(__file__).resolve().parents[2] / "openapi" / "coze.yaml"
    if repository.is_file():
        return repository
    raise FileNotFoundError(
        "coze.yaml not found: neither in the coze_ext.testing package nor at openapi/coze.yaml; pass spec=..."
    )


@dataclass(frozen=True)
class SpecOperation:
    """One operation, as the emulator needs it to route, check and answer a request."""

    id: str
    method: str  # upper case
    template: str  # e.g. /v1/bots/{bot_id}
    raw: dict[str, Any] = field(repr=False, compare=False)
    pattern: re.Pattern[str] = field(repr=False, compare=False)
    stream: dict[str, Any] | None = field(default=None, repr=False, compare=False)
    """The `x-coze-stream` of a streaming operation, its event family resolved: `events`
    (name -> schema name, or None), `terminal`, `errors`, and the operation's `flag`."""

    @property
    def route(self) -> str:
        """`"POST /v3/chat"`: how faults and logs name the operation."""
        return f"{self.method} {self.template}"

    @property
    def response_types(self) -> list[str]:
        content = (self.raw.get("responses", {}).get("200") or {}).get("content") or {}
        return list(content)

    @property
    def streams_only(self) -> bool:
        """Answered with an event stream whatever the request says."""
        types = self.response_types
        return bool(types) and all(t.startswith("text/event-stream") for t in types)

    @property
    def binary_type(self) -> str | None:
        """The content type of a binary answer (speech audio), or None for JSON and streams."""
        if self.raw.get("x-coze-envelope") != "binary":
            return None
        types = [t for t in self.response_types if t != "application/json"]
        return types[0] if types else "application/octet-stream"

    def example(self) -> Any:
        """A fresh copy of the 200 JSON example (None when the spec gives none)."""
        content = (self.raw.get("responses", {}).get("200") or {}).get("content") or {}
        media = content.get("application/json") or {}
        if "example" in media:
            return copy.deepcopy(media["example"])
        examples = media.get("examples") or {}
        for item in examples.values():
            if isinstance(item, dict) and "value" in item:
                return copy.deepcopy(item["value"])
        return None

    def needs_auth(self, default_security: list[Any]) -> bool:
        security = self.raw.get("security", default_security)
        return bool(security) and all(requirement for requirement in security)


@dataclass(frozen=True)
class WebSocketEndpoint:
    """One entry of `x-coze-websockets`: where it sits in the tree, its handshake parameters and
    the events of both directions (event name -> data schema name, or None)."""

    resource: str
    path: str
    parameters: list[dict[str, Any]] = field(repr=False)
    upstream: dict[str, str | None] = field(repr=False)
    downstream: dict[str, str | None] = field(repr=False)

    @property
    def route(self) -> str:
        """`"WS /v1/chat"`: how faults name the endpoint."""
        return f"WS {self.path}"


class MethodNotAllowed(LookupError):
    """The path exists in the spec, but not with this method."""

    def __init__(self, allowed: list[str]) -> None:
        super().__init__(", ".join(allowed))
        self.allowed = allowed


class Spec:
    """The parsed spec and its route table (path templates -> operations)."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.operations: dict[str, SpecOperation] = {}
        for template, item in (document.get("paths") or {}).items():
            for method in _METHODS:
                raw = item.get(method)
                if not isinstance(raw, dict):
                    continue
                operation_id = raw.get("operationId") or f"{method}_{template}"
                self.operations[operation_id] = SpecOperation(
                    id=operation_id,
                    method=method.upper(),
                    template=template,
                    raw=raw,
                    pattern=_compile(template),
                    stream=self._stream(raw.get("x-coze-stream")),
                )
        self.websockets: dict[str, WebSocketEndpoint] = {}
        for resource, entry in (document.get("x-coze-websockets") or {}).items():
            endpoint = WebSocketEndpoint(
                resource=resource,
                path=entry["path"],
                parameters=list(entry.get("parameters") or []),
                upstream=self.event_family(entry["upstream"])["events"],
                downstream=self.event_family(entry["downstream"])["events"],
            )
            self.websockets[endpoint.path] = endpoint
        # Literal paths first, then by fewer parameters: /v1/bots/list beats /v1/bots/{bot_id}.
        self._routes = sorted(self.operations.values(), key=lambda op: (len(_PARAM.findall(op.template)), op.template))

    def _stream(self, stream: Any) -> dict[str, Any] | None:
        if not isinstance(stream, dict):
            return None
        return {**self.event_family(str(stream.get("events"))), **{k: v for k, v in stream.items() if k != "events"}}

    def event_family(self, name: str) -> dict[str, Any]:
        """An entry of `x-coze-event-maps` with its `extends` merged in; `events` maps names to schema names."""
        raw = (self.document.get("x-coze-event-maps") or {}).get(name) or {}
        family = self.event_family(raw["extends"]) if raw.get("extends") else {"events": {}}
        family = {**family, **{key: value for key, value in raw.items() if key not in ("events", "extends")}}
        events = dict(family["events"])
        for event, entry in (raw.get("events") or {}).items():
            events[event] = entry.get("data") if isinstance(entry, dict) else entry
        return {**family, "events": events}

    @property
    def security(self) -> list[Any]:
        return list(self.document.get("security") or [])

    @property
    def server_url(self) -> str:
        servers = self.document.get("servers") or []
        url = servers[0].get("url", "") if servers else ""
        return url if url.startswith(("http://", "https://")) else "http://localhost"

    def match(self, method: str, path: str) -> tuple[SpecOperation, dict[str, str]] | None:
        """The operation serving `method path` and its path parameters, or None.

        Raises `MethodNotAllowed` when the path is known but the method is not.
        """
        allowed: list[str] = []
        for operation in self._routes:
            found = operation.pattern.fullmatch(path)
            if found is None:
                continue
            if operation.method == method.upper():
                return operation, found.groupdict()
            allowed.append(operation.method)
        if allowed:
            raise MethodNotAllowed(sorted(set(allowed)))
        return None


def _compile(template: str) -> re.Pattern[str]:
    parts = _PARAM.split(template)
    # split() alternates literal text and parameter names.
    regex = "".join(re.escape(part) if i % 2 == 0 else f"(?P<{part}>[^/]+)" for i, part in enumerate(parts))
    return re.compile(regex)


@functools.lru_cache(maxsize=8)
def _read(path: Path, mtime: float) -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open("rb") as handle:
        document = yaml.load(handle, Loader=loader)
    if not isinstance(document, dict) or "paths" not in document:
        raise ValueError(f"{path} is not an OpenAPI document")
    return document


def load_spec(path: str | Path | None = None) -> Spec:
    """Read a spec file (the default one when `path` is None). Reads are cached per file version."""
    resolved = Path(path) if path is not None else default_spec_path()
    return Spec(_read(resolved.resolve(), resolved.stat().st_mtime))
