"""Checking requests (and, in tests, responses) against the spec with openapi-core.

We call openapi-core's own validation API with small adapters for its request and
response protocols, so the checks are the library's and the routing stays ours.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from jsonschema.validators import extend  # type: ignore[import-untyped]
from openapi_core import Config, OpenAPI
from openapi_core.datatypes import RequestParameters
from openapi_core.validation.schemas.factories import SchemaValidatorsFactory
from openapi_schema_validator import OAS30ReadValidator, OAS31Validator
from werkzeug.datastructures import Headers, ImmutableMultiDict

from ._spec import Spec, SpecOperation

__all__ = ["CoreRequest", "CoreResponse", "Validator"]


@dataclass
class CoreRequest:
    """An HTTP request as openapi-core reads it (its `Request` + `SupportsPathPattern` protocols)."""

    host_url: str
    path: str
    path_pattern: str
    method: str  # lower case
    parameters: RequestParameters
    content_type: str
    body: bytes | None

    @classmethod
    def build(
        cls,
        spec: Spec,
        operation: SpecOperation,
        *,
        path: str,
        path_params: Mapping[str, str],
        query: list[tuple[str, str]],
        headers: Mapping[str, str] | list[tuple[str, str]],
        body: bytes | None,
    ) -> CoreRequest:
        header_map = Headers(list(headers.items()) if isinstance(headers, Mapping) else headers)
        return cls(
            host_url=spec.server_url,
            path=path,
            path_pattern=operation.template,
            method=operation.method.lower(),
            parameters=RequestParameters(query=ImmutableMultiDict(query), header=header_map, path=dict(path_params)),
            content_type=(header_map.get("content-type") or "").lower(),
            body=body or None,
        )


@dataclass
class CoreResponse:
    """An HTTP response as openapi-core reads it."""

    status_code: int
    content_type: str
    data: bytes | None
    headers: Headers = field(default_factory=Headers)


class Validator:
    """openapi-core validation for one spec."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        document = _server_view(spec.document)
        self.openapi = _openapi(document, _CONFIG)
        self.form_openapi = _openapi(document, _FORM_CONFIG)

    def request_errors(self, request: CoreRequest) -> list[str]:
        """What is wrong with the request, one readable line per problem (empty when valid)."""
        openapi = self.form_openapi if request.content_type.startswith("multipart/") else self.openapi
        return [_describe(error) for error in openapi.iter_request_errors(request)]

    def response_errors(self, request: CoreRequest, response: CoreResponse) -> list[str]:
        """What is wrong with a response to `request` (empty when it conforms)."""
        return [_describe(error) for error in self.openapi.iter_response_errors(request, response)]


# openapi-core hands multipart file parts to the schema check as bytes, which OAS 3.1's
# `type: string` refuses (`format: binary` is how the spec, and codegen, mark a file): let
# bytes count as strings, and check formats the 3.0 way, as openapi-core itself does for 3.1.
_BytesAsStrings = extend(
    OAS31Validator,
    type_checker=OAS31Validator.TYPE_CHECKER.redefine(
        "string", lambda _checker, instance: isinstance(instance, str | bytes)
    ),
)


# Every text part of a multipart form is a string on the wire; openapi-core does not cast
# them, so form bodies are checked with numbers and booleans also accepted in their text form
# (and numeric limits applied to the number that text spells).
def _on_number(keyword: Any) -> Any:
    def check(validator: Any, value: Any, instance: Any, schema: Any) -> Any:
        if isinstance(instance, str) and _is_number(instance, float):
            instance = float(instance)
        yield from keyword(validator, value, instance, schema)

    return check


_FormFields = extend(
    _BytesAsStrings,
    validators={
        name: _on_number(OAS31Validator.VALIDATORS[name])
        for name in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf")
    },
    type_checker=_BytesAsStrings.TYPE_CHECKER.redefine_many(
        {
            "integer": lambda _checker, instance: _is_number(instance, int),
            "number": lambda _checker, instance: _is_number(instance, float),
            "boolean": lambda _checker, instance: isinstance(instance, bool) or instance in ("true", "false"),
        }
    ),
)


def _is_number(instance: Any, kind: type) -> bool:
    if isinstance(instance, bool):
        return False
    if isinstance(instance, int | float):
        return kind is float or isinstance(instance, int)
    try:
        kind(instance)
    except (TypeError, ValueError):
        return False
    return True


def _config(validator: Any) -> Config:
    # `make lint-spec` checks the spec; skipping openapi-core's own check keeps start-up fast.
    return Config(
        spec_validator_cls=None,
        schema_validators_factory=SchemaValidatorsFactory(validator, OAS30ReadValidator.FORMAT_CHECKER),
    )


_CONFIG = _config(_BytesAsStrings)
_FORM_CONFIG = _config(_FormFields)
# (id(document), id(config)) -> (document, its OpenAPI); the document is kept so its id is never reused.
_OPENAPI: dict[tuple[int, int], tuple[dict[str, Any], OpenAPI]] = {}


# id(document) -> (document, the server's view of it); the document is kept so its id is never reused.
_SERVER_VIEWS: dict[int, tuple[dict[str, Any], dict[str, Any]]] = {}


def _server_view(document: dict[str, Any]) -> dict[str, Any]:
    """The document without the `default:` of required parameters. Such a default is what the
    SDK sends when the caller gives none (page_num=1); Coze itself still requires the
    parameter, but openapi-core would fill a missing one in from the default."""
    cached = _SERVER_VIEWS.get(id(document))
    if cached is None:
        view = copy.deepcopy(document)
        for item in (view.get("paths") or {}).values():
            for operation in [item, *(op for op in item.values() if isinstance(op, dict))]:
                for parameter in operation.get("parameters") or []:
                    if isinstance(parameter, dict) and parameter.get("required"):
                        (parameter.get("schema") or {}).pop("default", None)
        cached = _SERVER_VIEWS[id(document)] = (document, view)
    return cached[1]


def _openapi(document: dict[str, Any], config: Config) -> OpenAPI:
    key = (id(document), id(config))
    cached = _OPENAPI.get(key)
    if cached is None:
        cached = _OPENAPI[key] = (document, OpenAPI.from_dict(document, config=config))
    return cached[1]


def _describe(error: Exception) -> str:
    cause = error.__cause__
    schema_errors = getattr(cause, "schema_errors", None) or []
    if not schema_errors:
        return str(error) if cause is None or str(cause) in str(error) else f"{error}: {cause}"
    where = str(error).split(":", 1)[0]
    details = []
    for schema_error in schema_errors:
        location = ".".join(str(part) for part in getattr(schema_error, "absolute_path", ()))
        message = getattr(schema_error, "message", str(schema_error))
        details.append(f"{location}: {message}" if location else message)
    return f"{where}: " + "; ".join(details)
