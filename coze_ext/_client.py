"""`Coze` and `AsyncCoze`: the clients users create.

Each is the generated resource tree (`coze.chat.create(...)`) bound to a runtime
(`_runtime.py`) that sends its calls with blocking or async I/O; `chat` and `workflows`
are the tree's groups extended with polling. Everything else is shared.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from functools import cached_property
from typing import Generic, NamedTuple, Self, TypeVar, cast

import httpx
from coze_api._runtime import AsyncRequester, SyncRequester
from coze_api.resources import AsyncCozeResources, AsyncRawCozeResources, CozeResources, RawCozeResources
from coze_api.types import UNSET, TimeoutInput, Unset

from ._auth import TokenAuth, TokenSource
from ._chat import AsyncPollingChatResource, PollingChatResource
from ._constants import (
    COZE_COM_BASE_URL,
    DEFAULT_ASYNC_LIMITS,
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
from ._flow import CallSettings, Hooks, RetryInfo, check_max_retries, check_timeout
from ._headers import check_headers
from ._raw import AsyncRawRequester, RawRequester
from ._runtime import AsyncRuntime, Pool, SyncRuntime
from ._ssl import shared_ssl_context
from ._urls import check_ws_base_url, refuse_credentials, ws_base_url
from ._workflows import AsyncPollingWorkflowsResource, PollingWorkflowsResource

RuntimeT = TypeVar("RuntimeT", SyncRuntime, AsyncRuntime)
V = TypeVar("V")


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
    timeout: TimeoutInput,
    max_retries: int,
    default_headers: Mapping[str, str] | None,
    retry_unsafe: bool,
    hooks: Hooks,
    stream_idle_timeout: float | None,
    max_response_size: int | None,
) -> CallSettings:
    base = base_url or os.environ.get(ENV_BASE_URL) or COZE_COM_BASE_URL
    refuse_credentials(base, "base_url")
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
    check_headers(default_headers or {}, "default_headers")
    headers = {"User-Agent": user_agent(), **(default_headers or {})}
    return CallSettings(
        base.rstrip("/"), timeout, max_retries, headers, retry_unsafe, hooks, stream_idle_timeout, max_response_size
    )


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _hooks(
    on_request: Callable[[httpx.Request], object] | None,
    on_response: Callable[[httpx.Response], object] | None,
    on_retry: Callable[[RetryInfo], object] | None,
) -> Hooks:
    for name, hook in (("on_request", on_request), ("on_response", on_response), ("on_retry", on_retry)):
        if hook is None:
            continue
        import inspect  # here: a client without hooks (most) does not load it at start-up

        if not callable(hook) or inspect.iscoroutinefunction(hook):
            raise TypeError(f"{name} must be a plain function (hooks are called, never awaited)")
    return Hooks(
        on_request=(on_request,) if on_request else (),
        on_response=(on_response,) if on_response else (),
        on_retry=(on_retry,) if on_retry else (),
    )


class _ClientBase(Generic[RuntimeT]):
    """What `Coze` and `AsyncCoze` share: settings, their accessors, and copies."""

    _runtime: RuntimeT
    _owns_http: bool

    def _start(self, runtime: RuntimeT, owns_http: bool, base_ws_url: str | None) -> None:
        self._owns_http = owns_http
        runtime.given_base_ws_url = None if base_ws_url is None else check_ws_base_url(base_ws_url)
        self._bind(runtime)

    def _bind(self, runtime: RuntimeT) -> None:
        """Attach a runtime and the resource tree that calls it."""
        raise NotImplementedError

    @property
    def base_url(self) -> str:
        return self._runtime.settings.base_url

    @property
    def base_ws_url(self) -> str:
        """Where the WebSocket endpoints are: the `base_ws_url` given, else the one of the
        base URL (wss://ws.coze.com for api.coze.com, wss://ws.coze.cn for api.coze.cn, the
        same host with ws:// or wss:// for any other)."""
        return ws_base_url(self.base_url, self._runtime.given_base_ws_url)

    @property
    def max_retries(self) -> int:
        return self._runtime.settings.max_retries

    @property
    def timeout(self) -> TimeoutInput:
        return self._runtime.settings.timeout

    def _copy(self, token: TokenSource | None, auth: httpx.Auth | None, changes: _Changes) -> Self:
        current = self._runtime
        runtime = current.copy(_clone_auth(current.auth, token, auth), _clone_settings(current.settings, changes))
        clone = object.__new__(type(self))
        clone._owns_http = False
        clone._bind(runtime)
        return clone


def _check_proxy(proxy: str | httpx.Proxy | None, http_client: httpx.Client | httpx.AsyncClient | None) -> None:
    """A proxy goes to the pool the SDK makes (at the first call, so it is checked here)."""
    if proxy is not None and http_client is not None:
        raise ValueError("pass proxy to your own http_client (httpx.Client(proxy=...)), not to Coze")
    if isinstance(proxy, str):
        try:
            httpx.Proxy(proxy)
        except (ValueError, httpx.InvalidURL) as error:
            raise ValueError(f"proxy is not a proxy URL: {error}") from None


def _client_timeout(timeout: TimeoutInput, http_client: httpx.Client | httpx.AsyncClient | None) -> TimeoutInput:
    """A caller's own http client keeps its timeouts unless a timeout is passed explicitly."""
    if http_client is not None and timeout is DEFAULT_TIMEOUT:
        return http_client.timeout
    return timeout


class Coze(_ClientBase[SyncRuntime], CozeResources):
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
        on_request: Callable[[httpx.Request], object] | None = None,
        on_response: Callable[[httpx.Response], object] | None = None,
        on_retry: Callable[[RetryInfo], object] | None = None,
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
        pool = Pool(
            lambda: httpx.Client(
                headers=settings.headers,
                timeout=timeout,
                limits=DEFAULT_LIMITS,
                proxy=proxy,
                follow_redirects=True,
                verify=shared_ssl_context(),
            ),
            given=http_client,
            headers=None if http_client else settings.headers,
        )
        self._start(SyncRuntime(pool, _resolve_auth(token, auth), settings), http_client is None, base_ws_url)

    def _bind(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime
        CozeResources.__init__(self, runtime)

    @cached_property
    def chat(self) -> PollingChatResource:
        """The `chat` resource group, with `create_and_poll` and `poll`."""
        return PollingChatResource(self._runtime)

    @cached_property
    def workflows(self) -> PollingWorkflowsResource:
        """The `workflows` resource group, with `runs.create_and_poll`."""
        return PollingWorkflowsResource(self._runtime)

    @cached_property
    def with_raw_response(self) -> RawCozeResources:
        """The same methods, returning a `RawResponse` (status, headers, logid, `parse()`)."""
        # The raw requester answers every call with a RawResponse around the usual result:
        # not what the tree's own types say, but what the raw tree's descriptors retype it to.
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
        changes = _Changes(
            base_url, timeout, max_retries, retry_unsafe, stream_idle_timeout, max_response_size, default_headers
        )
        return self._copy(token, auth, changes)

    def close(self) -> None:
        """Close the connection pool (only if this client created it)."""
        if self._owns_http:
            http = self._runtime.pool.made
            if http is not None:
                http.close()

    def __enter__(self) -> Coze:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _new_async_http(
    headers: Mapping[str, str], timeout: TimeoutInput, proxy: str | httpx.Proxy | None
) -> httpx.AsyncClient:
    """The pool an `AsyncCoze` builds when given none (`_pool.py` says why it is not httpx's own)."""
    from ._pool import PooledAsyncClient

    return PooledAsyncClient(headers=headers, timeout=timeout, limits=DEFAULT_ASYNC_LIMITS, proxy=proxy)


class AsyncCoze(_ClientBase[AsyncRuntime], AsyncCozeResources):
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
        on_request: Callable[[httpx.Request], object] | None = None,
        on_response: Callable[[httpx.Response], object] | None = None,
        on_retry: Callable[[RetryInfo], object] | None = None,
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
        from ._pool import SdkAsyncClient

        pool = Pool(
            lambda: _new_async_http(settings.headers, timeout, proxy),
            given=http_client,
            headers=None if http_client else settings.headers,
        )
        runtime = AsyncRuntime(pool, _resolve_auth(token, auth), settings)
        # The SDK's own pool (made at the first call, or an `AioHttpClient`): gated to its
        # connections, closed with this client.
        owns_http = http_client is None or isinstance(http_client, SdkAsyncClient)
        places = getattr(http_client, "max_connections", None) if http_client else DEFAULT_ASYNC_LIMITS.max_connections
        if owns_http and places:
            runtime.gate = runtime.new_gate(places)
        self._start(runtime, owns_http, base_ws_url)

    def _bind(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime
        AsyncCozeResources.__init__(self, runtime)

    @cached_property
    def chat(self) -> AsyncPollingChatResource:
        """The `chat` resource group, with `create_and_poll` and `poll`."""
        return AsyncPollingChatResource(self._runtime)

    @cached_property
    def workflows(self) -> AsyncPollingWorkflowsResource:
        """The `workflows` resource group, with `runs.create_and_poll`."""
        return AsyncPollingWorkflowsResource(self._runtime)

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
        changes = _Changes(
            base_url, timeout, max_retries, retry_unsafe, stream_idle_timeout, max_response_size, default_headers
        )
        return self._copy(token, auth, changes)

    async def close(self) -> None:
        """Close the connection pool (only if this client created it, or it is an `AioHttpClient`)."""
        if self._owns_http:
            http = self._runtime.pool.made
            if http is not None:
                await http.aclose()

    async def __aenter__(self) -> AsyncCoze:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()


def _clone_auth(current: httpx.Auth, token: TokenSource | None, auth: httpx.Auth | None) -> httpx.Auth:
    if token is None and auth is None:
        return current
    return _resolve_auth(token, auth)


class _Changes(NamedTuple):
    """The settings a `with_options` call changes: those not UNSET, and not None where None
    means "unchanged" (`timeout=None` does mean no timeout)."""

    base_url: str | None
    timeout: TimeoutInput | Unset
    max_retries: int | None
    retry_unsafe: bool | None
    stream_idle_timeout: float | Unset | None
    max_response_size: int | Unset | None
    default_headers: Mapping[str, str] | None


def _clone_settings(settings: CallSettings, changes: _Changes) -> CallSettings:
    """`settings` with the `with_options` changes."""
    headers = {k: v for k, v in settings.headers.items() if k != "User-Agent"}
    return _settings(
        base_url=settings.base_url if changes.base_url is None else changes.base_url,
        timeout=settings.timeout if isinstance(changes.timeout, Unset) else changes.timeout,
        max_retries=settings.max_retries if changes.max_retries is None else changes.max_retries,
        default_headers={**headers, **(changes.default_headers or {})},
        retry_unsafe=settings.retry_unsafe if changes.retry_unsafe is None else changes.retry_unsafe,
        hooks=settings.hooks,
        stream_idle_timeout=_unless_unset(changes.stream_idle_timeout, settings.stream_idle_timeout),
        max_response_size=_unless_unset(changes.max_response_size, settings.max_response_size),
    )


def _unless_unset(value: V | Unset, current: V) -> V:
    return current if isinstance(value, Unset) else value
