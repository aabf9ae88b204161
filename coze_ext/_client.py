"""`Coze` and `AsyncCoze`: the clients users create.

Each is the generated resource tree (`coze.chat.create(...)`) bound to a runtime that
drives `send_flow` with blocking or async I/O. Everything else is shared.
"""

from __future__ import annotations

import asyncio
import inspect
import os
import time
from collections.abc import Callable, Generator, Mapping
from functools import cached_property
from typing import Any, cast

import httpx
from coze_api._runtime import AsyncRequester, Connected, Operation, Paged, RequestOptions, Streamed, SyncRequester
from coze_api.resources import AsyncCozeResources, AsyncRawCozeResources, CozeResources, RawCozeResources
from coze_api.types import UNSET, TimeoutInput, Unset

from ._auth import TokenAuth, TokenSource
from ._binary import AsyncBinaryResponse, BinaryResponse
from ._chat import AsyncChatResource, ChatResource
from ._constants import (
    COZE_COM_BASE_URL,
    DEFAULT_LIMITS,
    DEFAULT_MAX_RESPONSE_SIZE,
    DEFAULT_MAX_RETRIES,
    DEFAULT_STREAM_IDLE_TIMEOUT,
    DEFAULT_TIMEOUT,
    ENV_BASE_URL,
    ENV_TOKEN,
    user_agent,
)
from ._errors import CozeError
from ._files import offload_file_reads
from ._flow import (
    Action,
    Body,
    CallSettings,
    Hooks,
    Read,
    RetryInfo,
    Send,
    Sent,
    Sleep,
    check_max_retries,
    check_stream_answer,
    check_timeout,
    read_sent,
    send_flow,
)
from ._pagination import AsyncPage, SyncPage
from ._raw import AsyncRawRequester, RawRequester
from ._streaming import AsyncStream, Stream
from ._workflows import AsyncWorkflowsResource, WorkflowsResource
from .websockets._url import check_ws_base_url, ws_base_url

_NOT_SET: Any = object()
Args = Mapping[str, object]


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
        raise CozeError(
            f"no token: pass token=... (or auth=...), or set {ENV_TOKEN}; for a base URL that adds the "
            "token itself (your own proxy), pass auth=NO_AUTH"
        )
    return TokenAuth(token)


def _settings(
    *,
    base_url: str | None,
    timeout: Any,
    max_retries: int,
    default_headers: Mapping[str, str] | None,
    retry_unsafe: bool,
    hooks: Hooks,
    stream_idle_timeout: float | None,
    max_response_size: int | None,
) -> CallSettings:
    base = base_url or os.environ.get(ENV_BASE_URL) or COZE_COM_BASE_URL
    if not base.startswith(("http://", "https://")):
        raise ValueError(f"base_url must start with http:// or https://, not {base!r}")
    try:
        httpx.URL(base)
    except httpx.InvalidURL as error:
        raise ValueError(f"base_url {base!r} is not a valid URL: {error}") from None
    check_timeout(timeout)
    check_max_retries(max_retries)
    if stream_idle_timeout is not None and not (_is_number(stream_idle_timeout) and stream_idle_timeout > 0):
        raise ValueError(f"stream_idle_timeout must be a number of seconds > 0 or None, not {stream_idle_timeout!r}")
    if max_response_size is not None and not (
        isinstance(max_response_size, int) and _is_number(max_response_size) and max_response_size > 0
    ):
        raise ValueError(f"max_response_size must be a number of bytes > 0 or None, not {max_response_size!r}")
    headers = {"User-Agent": user_agent(), **(default_headers or {})}
    return CallSettings(
        base.rstrip("/"), timeout, max_retries, headers, retry_unsafe, hooks, stream_idle_timeout, max_response_size
    )


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _hooks(
    on_request: Callable[[httpx.Request], Any] | None,
    on_response: Callable[[httpx.Response], Any] | None,
    on_retry: Callable[[RetryInfo], Any] | None,
) -> Hooks:
    for name, hook in (("on_request", on_request), ("on_response", on_response), ("on_retry", on_retry)):
        if hook is not None and (not callable(hook) or inspect.iscoroutinefunction(hook)):
            raise TypeError(f"{name} must be a plain function (hooks are called, never awaited)")
    return Hooks(
        on_request=(on_request,) if on_request else (),
        on_response=(on_response,) if on_response else (),
        on_retry=(on_retry,) if on_retry else (),
    )


class _SyncRuntime:
    """Drives `send_flow` with blocking I/O for `Coze`."""

    def __init__(self, http: httpx.Client, auth: httpx.Auth, settings: CallSettings) -> None:
        self.http = http
        self.auth = auth
        self.settings = settings
        self.sleep: Callable[[float], None] = time.sleep
        self.given_base_ws_url: str | None = None

    def copy(self, auth: httpx.Auth, settings: CallSettings) -> _SyncRuntime:
        """The runtime of a `with_options` copy: the same pool, its own auth and settings."""
        runtime = _SyncRuntime(self.http, auth, settings)
        runtime.sleep = self.sleep
        runtime.given_base_ws_url = self.given_base_ws_url
        return runtime

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
                    except httpx.RequestError as error:
                        outcome = error
                elif isinstance(action, Read):
                    body = Body(action)
                    try:
                        for chunk in action.response.iter_bytes():
                            if not body.add(chunk):
                                break
                        outcome = body.outcome()
                    except httpx.RequestError as error:
                        outcome = error
                    finally:
                        action.response.close()
                elif isinstance(action, Sleep):
                    self.sleep(action.seconds)
                    outcome = None
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]
        except BaseException:
            if isinstance(outcome, httpx.Response):
                outcome.close()  # the flow failed (a hook raised, say) holding an open response
            raise
        finally:
            flow.close()

    def send(self, operation: Operation[Any], args: Args, options: RequestOptions, *, stream: bool) -> Sent:
        return self._run(send_flow(self.settings, self.http, operation, args, options, stream=stream))

    def result(self, operation: Operation[Any], sent: Sent) -> Any:
        return read_sent(operation, sent, BinaryResponse)

    def open_stream(self, operation: Operation[Any], sent: Sent) -> Stream[Any]:
        check_stream_answer(operation, sent)
        return Stream[Any](sent.response, operation, self)

    def page(self, operation: Operation[Any], args: Args, options: RequestOptions, result: Any) -> SyncPage[Any]:
        return SyncPage(operation, dict(args), result, lambda page_args: self.request(operation, page_args, options))

    def request(self, operation: Operation[Any], args: Args, options: RequestOptions) -> Any:
        return self.result(operation, self.send(operation, args, options, stream=False))

    def download(self, operation: Operation[Any], args: Args, options: RequestOptions) -> Any:
        return self.request(operation, args, options)

    def stream(self, streamed: Streamed[Any, Any], args: Args, options: RequestOptions) -> Any:
        operation = streamed.operation
        return self.open_stream(operation, self.send(operation, args, options, stream=True))

    def paginate(self, paged: Paged[Any], args: Args, options: RequestOptions) -> Any:
        operation = paged.operation
        return self.page(operation, args, options, self.request(operation, args, options))

    def connect(self, connected: Connected[Any, Any], args: Args, options: RequestOptions) -> Any:
        from .websockets._sync import open_socket

        base_ws_url = ws_base_url(self.settings.base_url, self.given_base_ws_url)
        return open_socket(self, connected.spec, args, options, base_ws_url)


class _AsyncRuntime:
    """Drives `send_flow` with async I/O for `AsyncCoze`."""

    def __init__(self, http: httpx.AsyncClient, auth: httpx.Auth, settings: CallSettings) -> None:
        self.http = http
        self.auth = auth
        self.settings = settings
        self.sleep: Callable[[float], Any] = asyncio.sleep
        # Calls in flight on a pool the SDK built, at most one per connection: the others
        # wait here, in order, instead of in httpcore's pool, whose bookkeeping grows with
        # the square of the calls waiting (2,000 concurrent calls took minutes) and which
        # would time them out.
        self.gate: asyncio.Semaphore | None = None
        self.given_base_ws_url: str | None = None

    def copy(self, auth: httpx.Auth, settings: CallSettings) -> _AsyncRuntime:
        """The runtime of a `with_options` copy: the same pool (and gate), its own auth and settings."""
        runtime = _AsyncRuntime(self.http, auth, settings)
        runtime.sleep = self.sleep
        runtime.gate = self.gate
        runtime.given_base_ws_url = self.given_base_ws_url
        return runtime

    async def _run(self, flow: Generator[Action, Any, Sent]) -> Sent:
        outcome: Any = None
        gate = self.gate
        held = False  # a place at the gate, from sending until the answer is read or the retry wait
        try:
            while True:
                action = flow.send(outcome)
                if isinstance(action, Send):
                    if gate is not None and not held:
                        await gate.acquire()
                        held = True
                    if action.reads_files:
                        offload_file_reads(action.request)
                    try:
                        outcome = await self.http.send(
                            action.request, auth=self.auth if action.authenticated else None, stream=True
                        )
                    except httpx.RequestError as error:
                        outcome = error
                elif isinstance(action, Read):
                    body = Body(action)
                    try:
                        async for chunk in action.response.aiter_bytes():
                            if not body.add(chunk):
                                break
                        outcome = body.outcome()
                    except httpx.RequestError as error:
                        outcome = error
                    finally:
                        await action.response.aclose()
                elif isinstance(action, Sleep):
                    if gate is not None and held:
                        gate.release()
                        held = False
                    await self.sleep(action.seconds)
                    outcome = None
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]
        except BaseException:
            if isinstance(outcome, httpx.Response):
                await outcome.aclose()  # the flow failed (a hook raised, say) holding an open response
            raise
        finally:
            if gate is not None and held:
                gate.release()
            flow.close()

    async def send(self, operation: Operation[Any], args: Args, options: RequestOptions, *, stream: bool) -> Sent:
        return await self._run(send_flow(self.settings, self.http, operation, args, options, stream=stream))

    def result(self, operation: Operation[Any], sent: Sent) -> Any:
        return read_sent(operation, sent, AsyncBinaryResponse)

    def open_stream(self, operation: Operation[Any], sent: Sent) -> AsyncStream[Any]:
        check_stream_answer(operation, sent)
        return AsyncStream[Any](sent.response, operation, self)

    def page(
        self, operation: Operation[Any], args: Args, options: RequestOptions, result: Any = _NOT_SET
    ) -> AsyncPage[Any]:
        """The first page; unloaded (await it) unless its `result` is given."""
        page = AsyncPage[Any](operation, dict(args), lambda page_args: self.request(operation, page_args, options))
        return page if result is _NOT_SET else page.loaded(result)

    async def request(self, operation: Operation[Any], args: Args, options: RequestOptions) -> Any:
        return self.result(operation, await self.send(operation, args, options, stream=False))

    async def download(self, operation: Operation[Any], args: Args, options: RequestOptions) -> Any:
        return await self.request(operation, args, options)

    async def stream(self, streamed: Streamed[Any, Any], args: Args, options: RequestOptions) -> Any:
        operation = streamed.operation
        return self.open_stream(operation, await self.send(operation, args, options, stream=True))

    def paginate(self, paged: Paged[Any], args: Args, options: RequestOptions) -> Any:
        return self.page(paged.operation, args, options)

    def connect(self, connected: Connected[Any, Any], args: Args, options: RequestOptions) -> Any:
        from .websockets._async import open_async_socket

        base_ws_url = ws_base_url(self.settings.base_url, self.given_base_ws_url)
        return open_async_socket(self, connected.spec, args, options, base_ws_url)


class _ClientBase:
    """What `Coze` and `AsyncCoze` share: settings, their accessors, and copies."""

    _runtime: Any
    _owns_http: bool

    def _start(
        self,
        runtime_class: Any,
        http: Any,
        owns_http: bool,
        token: TokenSource | None,
        auth: httpx.Auth | None,
        settings: CallSettings,
        base_ws_url: str | None,
    ) -> None:
        self._owns_http = owns_http
        runtime = runtime_class(http, _resolve_auth(token, auth), settings)
        runtime.given_base_ws_url = None if base_ws_url is None else check_ws_base_url(base_ws_url)
        self._bind(runtime)

    def _bind(self, runtime: Any) -> None:
        """Attach a runtime and the resource tree that calls it."""
        raise NotImplementedError

    @property
    def base_url(self) -> str:
        return str(self._runtime.settings.base_url)

    @property
    def base_ws_url(self) -> str:
        """Where the WebSocket endpoints are: the `base_ws_url` given, else the one of the
        base URL (wss://ws.coze.com for api.coze.com, wss://ws.coze.cn for api.coze.cn, the
        same host with ws:// or wss:// for any other)."""
        return ws_base_url(self.base_url, self._runtime.given_base_ws_url)

    @property
    def max_retries(self) -> int:
        return int(self._runtime.settings.max_retries)

    @property
    def timeout(self) -> Any:
        return self._runtime.settings.timeout

    def _copy(self, token: TokenSource | None, auth: httpx.Auth | None, changes: dict[str, Any]) -> Any:
        current = self._runtime
        runtime = current.copy(_clone_auth(current.auth, token, auth), _clone_settings(current.settings, changes))
        clone = object.__new__(type(self))
        clone._owns_http = False
        clone._bind(runtime)
        return clone


def _check_proxy(proxy: str | httpx.Proxy | None, http_client: httpx.Client | httpx.AsyncClient | None) -> None:
    if proxy is not None and http_client is not None:
        raise ValueError("pass proxy to your own http_client (httpx.Client(proxy=...)), not to Coze")


def _client_timeout(timeout: Any, http_client: httpx.Client | httpx.AsyncClient | None) -> Any:
    """A caller's own http client keeps its timeouts unless a timeout is passed explicitly."""
    if http_client is not None and timeout is DEFAULT_TIMEOUT:
        return http_client.timeout
    return timeout


class Coze(_ClientBase, CozeResources):
    """The Coze API client.

    `Coze()` reads the token from COZE_API_TOKEN and the base URL from COZE_API_BASE
    (default coze.com; pass `base_url=COZE_CN_BASE_URL` for coze.cn accounts). `proxy=`
    sends every request through an HTTP(S) proxy; `auth=NO_AUTH` sends no token, for a
    base URL (your own gateway) that adds it itself.
    """

    def __init__(
        self,
        token: TokenSource | None = None,
        *,
        auth: httpx.Auth | None = None,
        base_url: str | None = None,
        base_ws_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        stream_idle_timeout: float | None = DEFAULT_STREAM_IDLE_TIMEOUT,
        max_response_size: int | None = DEFAULT_MAX_RESPONSE_SIZE,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_unsafe: bool = False,
        default_headers: Mapping[str, str] | None = None,
        on_request: Callable[[httpx.Request], Any] | None = None,
        on_response: Callable[[httpx.Response], Any] | None = None,
        on_retry: Callable[[RetryInfo], Any] | None = None,
        proxy: str | httpx.Proxy | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        timeout = _client_timeout(timeout, http_client)
        hooks = _hooks(on_request, on_response, on_retry)
        settings = _settings(
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            retry_unsafe=retry_unsafe,
            hooks=hooks,
            stream_idle_timeout=stream_idle_timeout,
            max_response_size=max_response_size,
        )
        _check_proxy(proxy, http_client)
        http = http_client or httpx.Client(timeout=timeout, limits=DEFAULT_LIMITS, proxy=proxy, follow_redirects=True)
        self._start(_SyncRuntime, http, http_client is None, token, auth, settings, base_ws_url)

    def _bind(self, runtime: Any) -> None:
        self._runtime: _SyncRuntime = runtime
        CozeResources.__init__(self, runtime)

    @cached_property
    def chat(self) -> ChatResource:
        """The `chat` resource group, with `create_and_poll` and `poll`."""
        return ChatResource(self._runtime)

    @cached_property
    def workflows(self) -> WorkflowsResource:
        """The `workflows` resource group, with `runs.create_and_poll`."""
        return WorkflowsResource(self._runtime)

    @cached_property
    def with_raw_response(self) -> RawCozeResources:
        """The same methods, returning a `RawResponse` (status, headers, logid, `parse()`)."""
        # The raw requester answers every call with a RawResponse around the usual result,
        # which is what the raw tree's types say.
        return RawCozeResources(cast(SyncRequester, RawRequester(self._runtime)))

    def with_options(
        self,
        *,
        token: TokenSource | None = None,
        auth: httpx.Auth | None = None,
        base_url: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        max_retries: int | None = None,
        retry_unsafe: bool | None = None,
        stream_idle_timeout: float | Unset | None = UNSET,
        max_response_size: int | Unset | None = UNSET,
        default_headers: Mapping[str, str] | None = None,
    ) -> Coze:
        """A copy with some settings changed, sharing this client's connection pool.

        Arguments left out keep this client's values; `default_headers` are added to its own.
        """
        changes = {
            "base_url": base_url,
            "timeout": timeout,
            "max_retries": max_retries,
            "retry_unsafe": retry_unsafe,
            "stream_idle_timeout": stream_idle_timeout,
            "max_response_size": max_response_size,
            "default_headers": default_headers,
        }
        clone: Coze = self._copy(token, auth, changes)
        return clone

    def close(self) -> None:
        """Close the connection pool (only if this client created it)."""
        if self._owns_http:
            self._runtime.http.close()

    def __enter__(self) -> Coze:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncCoze(_ClientBase, AsyncCozeResources):
    """The async Coze API client: the same methods as `Coze`, awaited."""

    def __init__(
        self,
        token: TokenSource | None = None,
        *,
        auth: httpx.Auth | None = None,
        base_url: str | None = None,
        base_ws_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        stream_idle_timeout: float | None = DEFAULT_STREAM_IDLE_TIMEOUT,
        max_response_size: int | None = DEFAULT_MAX_RESPONSE_SIZE,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_unsafe: bool = False,
        default_headers: Mapping[str, str] | None = None,
        on_request: Callable[[httpx.Request], Any] | None = None,
        on_response: Callable[[httpx.Response], Any] | None = None,
        on_retry: Callable[[RetryInfo], Any] | None = None,
        proxy: str | httpx.Proxy | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        timeout = _client_timeout(timeout, http_client)
        hooks = _hooks(on_request, on_response, on_retry)
        settings = _settings(
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            retry_unsafe=retry_unsafe,
            hooks=hooks,
            stream_idle_timeout=stream_idle_timeout,
            max_response_size=max_response_size,
        )
        _check_proxy(proxy, http_client)
        http = http_client or httpx.AsyncClient(
            timeout=timeout, limits=DEFAULT_LIMITS, proxy=proxy, follow_redirects=True
        )
        self._start(_AsyncRuntime, http, http_client is None, token, auth, settings, base_ws_url)
        if http_client is None:
            self._runtime.gate = asyncio.Semaphore(DEFAULT_LIMITS.max_connections or 100)

    def _bind(self, runtime: Any) -> None:
        self._runtime: _AsyncRuntime = runtime
        AsyncCozeResources.__init__(self, runtime)

    @cached_property
    def chat(self) -> AsyncChatResource:
        """The `chat` resource group, with `create_and_poll` and `poll`."""
        return AsyncChatResource(self._runtime)

    @cached_property
    def workflows(self) -> AsyncWorkflowsResource:
        """The `workflows` resource group, with `runs.create_and_poll`."""
        return AsyncWorkflowsResource(self._runtime)

    @cached_property
    def with_raw_response(self) -> AsyncRawCozeResources:
        """The same methods, returning a `RawResponse` (status, headers, logid, `parse()`)."""
        return AsyncRawCozeResources(cast(AsyncRequester, AsyncRawRequester(self._runtime)))

    def with_options(
        self,
        *,
        token: TokenSource | None = None,
        auth: httpx.Auth | None = None,
        base_url: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        max_retries: int | None = None,
        retry_unsafe: bool | None = None,
        stream_idle_timeout: float | Unset | None = UNSET,
        max_response_size: int | Unset | None = UNSET,
        default_headers: Mapping[str, str] | None = None,
    ) -> AsyncCoze:
        """A copy with some settings changed, sharing this client's connection pool.

        Arguments left out keep this client's values; `default_headers` are added to its own.
        """
        changes = {
            "base_url": base_url,
            "timeout": timeout,
            "max_retries": max_retries,
            "retry_unsafe": retry_unsafe,
            "stream_idle_timeout": stream_idle_timeout,
            "max_response_size": max_response_size,
            "default_headers": default_headers,
        }
        clone: AsyncCoze = self._copy(token, auth, changes)
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


def _clone_settings(settings: CallSettings, changes: dict[str, Any]) -> CallSettings:
    """`settings` with the `with_options` arguments that were given: not UNSET, and not None
    for those where None means "unchanged" (`timeout=None` does mean no timeout)."""
    given = {
        name: value
        for name, value in changes.items()
        if not isinstance(value, Unset) and (value is not None or name in _NONE_IS_A_VALUE)
    }
    headers = {k: v for k, v in settings.headers.items() if k != "User-Agent"}
    return _settings(
        base_url=given.get("base_url", settings.base_url),
        timeout=given.get("timeout", settings.timeout),
        max_retries=given.get("max_retries", settings.max_retries),
        default_headers={**headers, **given.get("default_headers", {})},
        retry_unsafe=given.get("retry_unsafe", settings.retry_unsafe),
        hooks=settings.hooks,
        stream_idle_timeout=given.get("stream_idle_timeout", settings.stream_idle_timeout),
        max_response_size=given.get("max_response_size", settings.max_response_size),
    )


_NONE_IS_A_VALUE = frozenset({"timeout", "stream_idle_timeout", "max_response_size"})
