"""Turning a resource-tree call into an `httpx.Request`, and an answer into a result.

Pure functions, no I/O: the sync and async clients share every line of this.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote, urlencode

import httpx
from coze_api import _model
from coze_api._model import CozeModel, ModelValidationError, to_jsonable
from coze_api._runtime import Operation, Param, RequestOptions
from coze_api.types import Unset

from ._errors import ResponseValidationError, make_api_error, response_logid
from ._files import OpenedFiles, add_file
from ._headers import check_headers
from ._json import loads
from ._results import ResultList

_ID_SUFFIXES = ("_id", "_ids")


def check_args(operation: Operation[object], args: Mapping[str, object]) -> dict[str, object]:
    """Validate arguments before anything is sent; returns the ones that were given.

    `None` means "not given" for optional arguments (as most Python callers expect);
    for required ones it is an error. An int given for an id is sent as its decimal string.
    """
    given: dict[str, object] = {}
    for param in operation.params:
        value = args.get(param.name)
        if value is None or isinstance(value, Unset):
            if param.required:
                raise TypeError(f"{operation.id}: {param.name} is required")
            continue
        given[param.name] = _check_kind(operation, param, value)
    return given


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


# A path segment that would change which resource the URL names (`..` climbs up a level).
_PATH_SEGMENTS_REFUSED = ("", ".", "..")
_PATH_CHARACTERS_REFUSED = ("/", "?", "#")


def _check_kind(operation: Operation[object], param: Param, value: Any) -> object:
    """The value to send for `param`; raises TypeError/ValueError for one it cannot take."""
    where = f"{operation.id}: {param.name}"
    kind = param.kind
    is_id = param.location == "path" or param.name.endswith(_ID_SUFFIXES)
    ok = True
    if kind == "string":
        if is_id and _is_int(value):
            value = str(value)
        ok = isinstance(value, str)
        if ok and is_id and not value.strip():
            raise ValueError(f"{where} must be a non-empty string")
        if (
            ok
            and param.location == "path"
            and (value in _PATH_SEGMENTS_REFUSED or any(c in value for c in _PATH_CHARACTERS_REFUSED))
        ):
            raise ValueError(f"{where} must be an id, not {value!r} (no '.', '..', '/', '?' or '#')")
    elif kind == "integer":
        ok = _is_int(value)
    elif kind == "number":
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
    elif kind == "boolean":
        ok = isinstance(value, bool)
    elif kind == "array":
        ok = isinstance(value, (list, tuple))
        if ok and param.name.endswith(_ID_SUFFIXES):
            if param.required and not value:
                raise ValueError(f"{where} must not be empty")
            value = [str(item) if _is_int(item) else item for item in value]
    elif kind == "object":
        ok = isinstance(value, (Mapping, CozeModel))
    if not ok:
        raise TypeError(f"{where} must be {_KIND_NAMES.get(kind, kind)}, not {type(value).__name__}")
    return value


_KIND_NAMES = {
    "string": "a str",
    "integer": "an int",
    "number": "a number",
    "boolean": "a bool",
    "array": "a list",
    "object": "a mapping or a model",
}


def _query_value(param: Param, value: object) -> str | list[str]:
    value = to_jsonable(value)
    if isinstance(value, list):
        return ",".join(_scalar_text(v) for v in value) if param.joined else [_scalar_text(v) for v in value]
    return _scalar_text(value)


def _items(value: str | list[str]) -> list[str]:
    """A query parameter's values: one, or each of a list sent as repeated parameters."""
    return value if isinstance(value, list) else [value]


def _scalar_text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def build_request(
    client: httpx.Client | httpx.AsyncClient,
    operation: Operation[object],
    args: Mapping[str, object],
    options: RequestOptions,
    *,
    base_url: str,
    stream: bool = False,
) -> tuple[httpx.Request, OpenedFiles]:
    """The request for one attempt. The caller closes the returned files after sending."""
    given = check_args(operation, args)
    path_values: dict[str, str] = {}
    query: dict[str, str | list[str]] = {}
    headers: dict[str, str] = dict(operation.headers)
    body: dict[str, Any] = {}
    form: dict[str, str] = {}
    files = OpenedFiles()
    try:
        for param in operation.params:
            if param.name not in given:
                continue
            value = given[param.name]
            if param.location == "path":
                path_values[param.wire] = quote(str(to_jsonable(value)), safe="")
            elif param.location == "query":
                query[param.wire] = _query_value(param, value)
            elif param.location == "header":
                headers[param.wire] = _scalar_text(to_jsonable(value))
            elif param.location == "body":
                body[param.wire] = to_jsonable(value)
            elif param.location == "form":
                form[param.wire] = _scalar_text(to_jsonable(value))
            else:
                add_file(files, param.wire, value)
        if options.extra_headers:
            headers.update(options.extra_headers)
        check_headers(headers, operation.id)
    except BaseException:
        files.close()
        raise
    if stream and operation.stream is not None and operation.stream.flag:
        body[operation.stream.flag] = True
    if options.extra_query:
        query.update({k: _scalar_text(to_jsonable(v)) for k, v in options.extra_query.items()})
    for key, value in (options.extra_body or {}).items():
        if operation.body == "multipart":
            form[key] = _scalar_text(to_jsonable(value))
        else:
            body[key] = to_jsonable(value)
    url = base_url.rstrip("/") + operation.path.format(**path_values)
    kwargs: dict[str, Any] = {}
    if operation.body == "json":
        kwargs["json"] = body
    elif operation.body == "multipart" and files.parts:
        kwargs["data"] = form
        kwargs["files"] = files.parts
    elif operation.body == "multipart":
        # Without a file httpx would send the fields form-urlencoded; as parts without a file
        # name they stay multipart/form-data, the only encoding the operation takes.
        kwargs["files"] = [(name, (None, value.encode())) for name, value in form.items()]
    if stream:
        headers.setdefault("Accept", "text/event-stream")
    if not isinstance(options.timeout, Unset):
        kwargs["timeout"] = options.timeout
    if query:
        # The query goes in the URL string: given as `params=`, httpx would parse the whole URL
        # a second time to merge them (a sixth of a call's CPU time); the encoding is its own.
        url += "?" + urlencode([(key, item) for key, value in query.items() for item in _items(value)])
    request = client.build_request(operation.method, url, headers=headers, **kwargs)
    request.extensions["coze_operation"] = operation.id
    return request, files


class _Undecodable:
    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


NOT_JSON: Any = _Undecodable("NOT_JSON")
"""What `json_body` gives for a body that is not JSON (an HTML gateway page, say)."""
TOO_DEEP: Any = _Undecodable("TOO_DEEP")
"""What `json_body` gives for JSON nested deeper than Python can decode."""


def json_body(content: bytes | None) -> Any:
    """A body decoded once: its JSON value, None when empty or unread, else NOT_JSON or TOO_DEEP."""
    if not content:
        return None
    try:
        return loads(content)
    except ValueError:
        return NOT_JSON
    except RecursionError:
        return TOO_DEEP


def raise_for_failure(response: httpx.Response, content: bytes, body: Any) -> None:
    """Raise the typed error if the answer is a failure: an HTTP error status, a non-zero
    Coze code, or a body that is not JSON where JSON was due (`body` is from `json_body`)."""
    if body is NOT_JSON:
        raise make_api_error(response, content)
    if body is TOO_DEEP:
        raise ResponseValidationError(
            f"HTTP {response.status_code}: the response JSON is nested too deeply to decode"
            + _logid_suffix(response_logid(response)),
            status_code=response.status_code,
            logid=response_logid(response),
            body=content.decode("utf-8", "replace"),
            response=response,
        )
    if response.status_code >= 400:
        raise make_api_error(response, content, body)
    if isinstance(body, dict):
        code = body.get("code")
        if code not in (None, 0, "0"):
            raise make_api_error(response, content, body)


def read_result(operation: Operation[object], response: httpx.Response, content: bytes, body: Any) -> Any:
    """The typed result of a JSON answer (`body` is `json_body(content)`), with the logid.

    A body that does not match the spec raises `ResponseValidationError` naming the field.
    """
    raise_for_failure(response, content, body)
    logid = response_logid(response) or _body_logid(body)
    unwrap = operation.envelope == "data" and operation.result is not None
    try:
        if unwrap and not isinstance(body, dict):
            raise ModelValidationError("", "an object with a data field", body)
        result = parse_result(operation, body["data"] if unwrap else body, "data" if unwrap else "")
    except ModelValidationError as error:
        raise ResponseValidationError(
            f"{operation.id}: the response does not match the API description: {error}" + _logid_suffix(logid),
            field=error.path or None,
            status_code=response.status_code,
            logid=logid,
            body=body,
            response=response,
        ) from None
    return attach_logid(result, logid)


def parse_result(operation: Operation[object], payload: object, path: str) -> object:
    """The payload checked and built into the operation's result type (the JSON as it is
    when the operation has no model)."""
    ref = operation.result
    if ref is None:
        return payload
    model = _model.model_of(ref.load())
    if ref.many:
        # A list the server sends as null (it does, for "no messages") is an empty list.
        return [] if payload is None else _model.list_of(model)(payload, path)
    return model(payload, path)


def _logid_suffix(logid: str | None) -> str:
    return f" (logid: {logid})" if logid else ""


def _body_logid(body: object) -> str | None:
    if isinstance(body, dict):
        detail = body.get("detail")
        if isinstance(detail, dict) and detail.get("logid"):
            return str(detail["logid"])
    return None


def attach_logid(result: object, logid: str | None) -> object:
    """The result carrying the response's logid; a list result and each model in it alike."""
    if isinstance(result, CozeModel):
        result._logid = logid
    elif isinstance(result, list):
        for item in result:
            if isinstance(item, CozeModel):
                item._logid = logid
        result = ResultList(result, logid=logid)
    return result
