"""`Coze` and `AsyncCoze`: the clients users create.

Each is the generated resource tree (`coze.chat.create(...)`) bound to a runtime that
drives `send_flow` with blocking or async I/O. Everything else is shared.
"""

from __future__ import annotations

import asyncio
import os
import platform
import sys
import time
from collections.abc import Callable, Generator, Mapping
from dataclasses import replace
from typing import Any

import httpx
from coze_api._runtime import Operation, RequestOptions
from coze_api.resources import AsyncCozeResources, CozeResources

from ._auth import TokenAuth, TokenSource
from ._binary import AsyncBinaryResponse, BinaryResponse
from ._constants import COZE_COM_BASE_URL, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, ENV_BASE_URL, ENV_TOKEN
from ._errors import APIError, CozeError
from ._flow import Action, CallSettings, Hooks, Read, RetryInfo, Send, Sent, Sleep, send_flow
from ._pagination import AsyncPage, SyncPage
from ._request import raise_for_failure, read_result
from ._streaming import AsyncStream, Stream
from ._version import __version__

_NOT_SET: Any = object()


def user_agent() -> str:
    python = ".".join(map(str, sys.version_info[:3]))
    return f"coze-ext/{__version__} python/{python} {platform.system().lower()}/{platform.release()}"


def _resolve_auth(token: TokenSource | None, auth: httpx.Auth | None) -> httpx.Auth:
    if auth is not None:
        if token is not None:
            raise ValueError("pass either token or auth, not both")
        if not isinstance(auth, httpx.Auth):
            raise TypeError(f"auth must be an httpx.Auth, not {type(auth).__name__}")
        return auth
    if token is None:
        token = os.environ.get(ENV_TOKEN) or None
    if token is None:
        raise CozeError(f"no token: pass token=... (or auth=...), or set {ENV_TOKEN}")
    return TokenAuth(token)


def _settings(
    base_url: str | None,
    timeout: Any,
    max_retries: int,
    default_headers: Mapping[str, str] | None,
    retry_unsafe: bool,
    hooks: Hooks,
) -> CallSettings:
    base = base_url or os.environ.get(ENV_BASE_URL) or COZE_COM_BASE_URL
    if not base.startswith(("http://", "https://")):
        raise ValueError(f"base_url must start with http:// or https://, not {base!r}")
    if not isinstance(max_retries, int) or isinstance(max_retries, bool) or max_retries < 0:
        raise ValueError("max_retries must be an int >= 0")
    headers = {"User-Agent": user_agent(), **(default_headers or {})}
    return CallSettings(base.rstrip("/"), timeout, max_retries, headers, retry_unsafe, hooks)


def _hooks(
    on_request: Callable[[httpx.Request], Any] | None,
    on_response: Callable[[httpx.Response], Any] | None,
    on_retry: Callable[[RetryInfo], Any] | None,
) -> Hooks:
    return Hooks(
        on_request=(on_request,) if on_request else (),
        on_response=(on_response,) if on_response else (),
        on_retry=(on_retry,) if on_retry else (),
    )


def _stream_response_or_raise(operation: Operation, sent: Sent) -> None:
    """A stream call answered with JSON (an error) or an HTML page raises the typed error."""
    if sent.content is None:
        return
    read_result(operation, sent.response, sent.content)
    raise APIError(
        f"{operation.id}: expected an event stream, got {sent.response.headers.get('content-type')!r}",
        status_code=sent.response.status_code,
        logid=sent.response.headers.get("x-tt-logid"),
        response=sent.response,
    )


class _SyncRuntime:
    """Drives `send_flow` with blocking I/O for `Coze`."""

    def __init__(self, http: httpx.Client, auth: httpx.Auth, settings: CallSettings) -> None:
        self.http = http
        self.auth = auth
        self.settings = settings
        self.sleep: Callable[[float], None] = time.sleep

    def _run(self, flow: Generator[Action, Any, Sent]) -> Sent:
        outcome: Any = None
        try:
            while True:
                action = flow.send(outcome)
                if isinstance(action, Send):
                    try:
                        outcome = self.http.send(
                            action.request, auth=self.auth if action.authenticated else None, stream=True
                        )
                    except httpx.TransportError as error:
                        outcome = error
                elif isinstance(action, Read):
                    try:
                        outcome = action.response.read()
                    finally:
                        action.response.close()
                elif isinstance(action, Sleep):
                    self.sleep(action.seconds)
                    outcome = None
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]

    def _send(self, operation: Operation, args: dict[str, Any], options: RequestOptions, stream: bool) -> Sent:
        return self._run(send_flow(self.settings, self.http, operation, args, options, stream=stream))

    def request(self, operation: Operation, args: dict[str, Any], options: RequestOptions) -> Any:
        sent = self._send(operation, args, options, stream=False)
        if operation.envelope == "binary":
            if sent.content is not None:
                raise_for_failure(sent.response, sent.content, None)
            return BinaryResponse(sent.response)
        assert sent.content is not None
        return read_result(operation, sent.response, sent.content)

    def stream(self, operation: Operation, args: dict[str, Any], options: RequestOptions) -> Any:
        sent = self._send(operation, args, options, stream=True)
        _stream_response_or_raise(operation, sent)
        return Stream[Any](sent.response, operation)

    def paginate(self, operation: Operation, args: dict[str, Any], options: RequestOptions) -> Any:
        assert operation.pagination is not None
        pagination = operation.pagination

        def fetch(page_args: dict[str, Any]) -> SyncPage[Any]:
            return SyncPage(pagination, page_args, self.request(operation, page_args, options), fetch)

        return fetch(args)


class _AsyncRuntime:
    """Drives `send_flow` with async I/O for `AsyncCoze`."""

    def __init__(self, http: httpx.AsyncClient, auth: httpx.Auth, settings: CallSettings) -> None:
        self.http = http
        self.auth = auth
        self.settings = settings
        self.sleep: Callable[[float], Any] = asyncio.sleep

    async def _run(self, flow: Generator[Action, Any, Sent]) -> Sent:
        outcome: Any = None
        try:
            while True:
                action = flow.send(outcome)
                if isinstance(action, Send):
                    try:
                        outcome = await self.http.send(
                            action.request, auth=self.auth if action.authenticated else None, stream=True
                        )
                    except httpx.TransportError as error:
                        outcome = error
                elif isinstance(action, Read):
                    try:
                        outcome = await action.response.aread()
                    finally:
                        await action.response.aclose()
                elif isinstance(action, Sleep):
                    await self.sleep(action.seconds)
                    outcome = None
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]

    async def _send(self, operation: Operation, args: dict[str, Any], options: RequestOptions, stream: bool) -> Sent:
        return await self._run(send_flow(self.settings, self.http, operation, args, options, stream=stream))

    async def request(self, operation: Operation, args: dict[str, Any], options: RequestOptions) -> Any:
        sent = await self._send(operation, args, options, stream=False)
        if operation.envelope == "binary":
            if sent.content is not None:
                raise_for_failure(sent.response, sent.content, None)
            return AsyncBinaryResponse(sent.response)
        assert sent.content is not None
        return read_result(operation, sent.response, sent.content)

    async def stream(self, operation: Operation, args: dict[str, Any], options: RequestOptions) -> Any:
        sent = await self._send(operation, args, options, stream=True)
        _stream_response_or_raise(operation, sent)
        return AsyncStream[Any](sent.response, operation)

    def paginate(self, operation: Operation, args: dict[str, Any], options: RequestOptions) -> Any:
        assert operation.pagination is not None
        return AsyncPage[Any](operation.pagination, args, lambda page_args: self.request(operation, page_args, options))


class Coze(CozeResources):
    """The Coze API client.

    `Coze()` reads the token from COZE_API_TOKEN and the base URL from COZE_API_BASE
    (default coze.com; pass `base_url=COZE_CN_BASE_URL` for coze.cn accounts).
    """

    def __init__(
        self,
        token: TokenSource | None = None,
        *,
        auth: httpx.Auth | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_unsafe: bool = False,
        default_headers: Mapping[str, str] | None = None,
        on_request: Callable[[httpx.Request], Any] | None = None,
        on_response: Callable[[httpx.Response], Any] | None = None,
        on_retry: Callable[[RetryInfo], Any] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        settings = _settings(
            base_url, timeout, max_retries, default_headers, retry_unsafe, _hooks(on_request, on_response, on_retry)
        )
        self._owns_http = http_client is None
        http = http_client or httpx.Client(timeout=timeout, follow_redirects=True)
        self._runtime = _SyncRuntime(http, _resolve_auth(token, auth), settings)
        super().__init__(self._runtime)

    @property
    def base_url(self) -> str:
        return self._runtime.settings.base_url

    @property
    def max_retries(self) -> int:
        return self._runtime.settings.max_retries

    @property
    def timeout(self) -> Any:
        return self._runtime.settings.timeout

    def with_options(
        self,
        *,
        token: TokenSource | None = None,
        auth: httpx.Auth | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = _NOT_SET,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> Coze:
        """A copy with some settings changed, sharing this client's connection pool."""
        clone = object.__new__(Coze)
        clone._owns_http = False
        clone._runtime = _SyncRuntime(
            self._runtime.http,
            _clone_auth(self._runtime.auth, token, auth),
            _clone_settings(self._runtime.settings, base_url, timeout, max_retries, default_headers),
        )
        clone._runtime.sleep = self._runtime.sleep
        CozeResources.__init__(clone, clone._runtime)
        return clone

    def close(self) -> None:
        """Close the connection pool (only if this client created it)."""
        if self._owns_http:
            self._runtime.http.close()

    def __enter__(self) -> Coze:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncCoze(AsyncCozeResources):
    """The async Coze API client: the same methods as `Coze`, awaited."""

    def __init__(
        self,
        token: TokenSource | None = None,
        *,
        auth: httpx.Auth | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_unsafe: bool = False,
        default_headers: Mapping[str, str] | None = None,
        on_request: Callable[[httpx.Request], Any] | None = None,
        on_response: Callable[[httpx.Response], Any] | None = None,
        on_retry: Callable[[RetryInfo], Any] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        settings = _settings(
            base_url, timeout, max_retries, default_headers, retry_unsafe, _hooks(on_request, on_response, on_retry)
        )
        self._owns_http = http_client is None
        http = http_client or httpx.AsyncClient(timeout=timeout, follow_redirects=True)
        self._runtime = _AsyncRuntime(http, _resolve_auth(token, auth), settings)
        super().__init__(self._runtime)

    @property
    def base_url(self) -> str:
        return self._runtime.settings.base_url

    @property
    def max_retries(self) -> int:
        return self._runtime.settings.max_retries

    @property
    def timeout(self) -> Any:
        return self._runtime.settings.timeout

    def with_options(
        self,
        *,
        token: TokenSource | None = None,
        auth: httpx.Auth | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = _NOT_SET,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> AsyncCoze:
        """A copy with some settings changed, sharing this client's connection pool."""
        clone = object.__new__(AsyncCoze)
        clone._owns_http = False
        clone._runtime = _AsyncRuntime(
            self._runtime.http,
            _clone_auth(self._runtime.auth, token, auth),
            _clone_settings(self._runtime.settings, base_url, timeout, max_retries, default_headers),
        )
        clone._runtime.sleep = self._runtime.sleep
        AsyncCozeResources.__init__(clone, clone._runtime)
        return clone

    async def close(self) -> None:
        """Close the connection pool (only if this client created it)."""
        if self._owns_http:
            await self._runtime.http.aclose()

    async def __aenter__(self) -> AsyncCoze:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()


def _clone_auth(current: httpx.Auth, token: TokenSource | None, auth: httpx.Auth | None) -> httpx.Auth:
    if token is None and auth is None:
        return current
    return _resolve_auth(token, auth)


def _clone_settings(
    settings: CallSettings,
    base_url: str | None,
    timeout: Any,
    max_retries: int | None,
    default_headers: Mapping[str, str] | None,
) -> CallSettings:
    changed = _settings(
        base_url or settings.base_url,
        settings.timeout if timeout is _NOT_SET else timeout,
        settings.max_retries if max_retries is None else max_retries,
        {**{k: v for k, v in settings.headers.items() if k != "User-Agent"}, **(default_headers or {})},
        settings.retry_unsafe,
        settings.hooks,
    )
    return replace(changed)
