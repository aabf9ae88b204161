"""`AioHttpClient`: `AsyncCoze`'s connections through aiohttp (`pip install coze-ext[aiohttp]`).

httpx stays the client (requests, auth, redirects, cookies, content decoding and every
error the SDK handles); only the transport below it changes: `AioHttpTransport` sends each
request through an `aiohttp.ClientSession` and hands its answer back as an httpx response.
aiohttp's pool and parser cost a fraction of httpcore's per call, which is what a fan-out
of thousands of concurrent calls on one loop pays for.

What the transport keeps as httpx does it:
- errors: every aiohttp failure becomes the httpx error httpcore raises for the same
  failure (so retries decide alike: a refused connection may be retried even for a call
  that creates something, a disconnect after sending may not); no aiohttp exception
  escapes, nor is it chained (aiohttp's errors carry the request's headers);
- redirects are left to httpx (which drops the token on the way to another origin), content
  decoding too (the size cap counts decoded bytes), cookies too (aiohttp keeps none);
- no header is added that httpx did not send, and the URL is sent exactly as httpx encoded it;
- timeouts: connect, read (between two reads of the answer, so a stream's idle timeout)
  and pool (the wait for a free connection); aiohttp has no write timeout.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import AsyncIterable, AsyncIterator, Awaitable

import httpx

try:
    import aiohttp
    import yarl
except ImportError as error:  # the extra is not installed
    raise ImportError("AioHttpClient needs aiohttp: pip install 'coze-ext[aiohttp]'") from error

from ._pool import SdkAsyncClient

# httpx sends these itself; aiohttp would add its own (a Content-Type for bytes, say) when absent.
_SKIP_AUTO_HEADERS = ("Accept", "Accept-Encoding", "User-Agent", "Content-Type")
# What httpcore's parser accepts in an answer's head (100 KiB); aiohttp's default is 8 KiB a line.
_MAX_HEAD = 100 * 1024


class AioHttpClient(SdkAsyncClient):
    """An `httpx.AsyncClient` whose requests go through aiohttp: the optional transport of
    `AsyncCoze` for many concurrent calls (`pip install coze-ext[aiohttp]`)::

        async with AsyncCoze(http_client=AioHttpClient()) as coze:
            chats = await asyncio.gather(*(coze.chat.retrieve(...) for _ in range(2000)))

    Every call behaves as on the default transport (retries, timeouts, streams, uploads,
    errors); `AsyncCoze` treats this client as its own pool: at most `limits.max_connections`
    calls on it at once, and `coze.close()` closes it. Use one per `AsyncCoze`, on one event
    loop. `proxy` (http or https; not SOCKS) and `verify` are as for httpx.
    """

    def _new_transport(
        self, context: ssl.SSLContext, http1: bool, http2: bool, limits: httpx.Limits, proxy: httpx.Proxy | None
    ) -> httpx.AsyncBaseTransport:
        return AioHttpTransport(context, limits, proxy)  # HTTP/1.1, as the default transport


class AioHttpTransport(httpx.AsyncBaseTransport):
    """An httpx transport sending through one `aiohttp.ClientSession`, made at the first
    request (it belongs to the event loop running then)."""

    def __init__(self, context: ssl.SSLContext, limits: httpx.Limits, proxy: httpx.Proxy | None = None) -> None:
        if proxy is not None and proxy.url.scheme not in ("http", "https"):
            raise ValueError(f"the aiohttp transport takes http and https proxies, not {proxy.url.scheme}")
        self._context = context
        self._limits = limits
        self._proxy = None if proxy is None else str(proxy.url)
        # Credentials in the proxy URL: httpx.Proxy took them out, as for httpcore.
        self._proxy_auth = None if proxy is None or proxy.auth is None else aiohttp.BasicAuth(*proxy.auth)
        self._proxy_headers = None if proxy is None else proxy.headers.multi_items()
        self._session: aiohttp.ClientSession | None = None

    def _open(self) -> aiohttp.ClientSession:
        connector = aiohttp.TCPConnector(
            limit=self._limits.max_connections or 0,  # 0: no limit
            keepalive_timeout=self._limits.keepalive_expiry,
            ssl=self._context,
        )
        self._session = aiohttp.ClientSession(
            connector=connector,
            cookie_jar=aiohttp.DummyCookieJar(),
            skip_auto_headers=_SKIP_AUTO_HEADERS,
            auto_decompress=False,
            max_line_size=_MAX_HEAD,
            max_field_size=_MAX_HEAD,
        )
        return self._session

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        session = self._session or self._open()
        timeouts = request.extensions.get("timeout", {})
        pool, connect = timeouts.get("pool"), timeouts.get("connect")
        timeout = aiohttp.ClientTimeout(
            total=None,
            # aiohttp's `connect` bounds the wait for a free connection and the connecting together.
            connect=None if pool is None or connect is None else pool + connect,
            sock_connect=connect,
            sock_read=timeouts.get("read"),
        )
        encoding = request.headers.encoding
        headers = [
            (name.decode(encoding), value.decode(encoding))
            for name, value in request.headers.raw
            if name.lower() != b"transfer-encoding"  # aiohttp chunks a body of unknown length itself
        ]
        body = await _body(request)
        write = timeouts.get("write")
        sending = None if body is None or write is None else _Sending(write)

        def send(data: bytes | AsyncIterable[bytes] | None) -> Awaitable[aiohttp.ClientResponse]:
            return session.request(
                request.method,
                yarl.URL(str(request.url), encoded=True),
                headers=headers,
                data=data,
                allow_redirects=False,
                timeout=timeout,
                proxy=self._proxy,
                proxy_auth=self._proxy_auth,
                proxy_headers=self._proxy_headers,
                server_hostname=request.extensions.get("sni_hostname"),
            )

        try:
            if sending is None or body is None:
                response = await send(body)
            else:
                async with asyncio.timeout(None) as sending.deadline:
                    response = await send(sending.chunks(body))
        except (aiohttp.ClientError, TimeoutError) as error:
            failure = sending.failure(error) if sending is not None else _httpx_error(error)
        else:
            return _response(response)
        finally:
            if sending is not None:
                sending.deadline = None  # the answer came: what is left of the body goes at its own pace
        raise failure  # outside the `except`: the aiohttp error is neither its cause nor its context

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()


def _response(response: aiohttp.ClientResponse) -> httpx.Response:
    version = response.version
    extensions = {"http_version": f"HTTP/{version.major}.{version.minor}".encode() if version else b"HTTP/1.1"}
    if response.reason:
        extensions["reason_phrase"] = response.reason.encode()
    return httpx.Response(
        response.status, headers=list(response.raw_headers), stream=_Body(response), extensions=extensions
    )


async def _body(request: httpx.Request) -> bytes | httpx.AsyncByteStream | None:
    """What aiohttp sends: the bytes of a body in memory (also the empty one httpx passes on
    to a redirect, which aiohttp would otherwise send chunked), else the stream (multipart,
    uploads), whose length httpx put in the headers when it knows it."""
    stream = request.stream
    if isinstance(stream, httpx.ByteStream):
        return await request.aread() or None
    assert isinstance(stream, httpx.AsyncByteStream), "an async client's body is an async stream"
    return stream


class _Sending:
    """httpx's write timeout, which aiohttp has not: each chunk of a body must be taken by
    the connection within `seconds` of the one before, or the request is cancelled (a
    server that stops reading an upload would otherwise hold the call forever: aiohttp's
    read timeout starts only once the body is sent)."""

    __slots__ = ("deadline", "seconds")

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.deadline: asyncio.Timeout | None = None

    async def chunks(self, body: bytes | httpx.AsyncByteStream) -> AsyncIterator[bytes]:
        loop = asyncio.get_running_loop()
        async for chunk in _as_stream(body):
            self._due(loop.time() + self.seconds)
            yield chunk
        self._due(None)  # all sent: from here the answer's read timeout applies

    def _due(self, when: float | None) -> None:
        if self.deadline is not None:
            self.deadline.reschedule(when)

    def failure(self, error: BaseException) -> httpx.TransportError:
        """The httpx error for `error`, raised while this body was being sent."""
        if self.deadline is not None and self.deadline.expired():
            return httpx.WriteTimeout(f"no part of the body could be sent for {self.seconds} s")
        return _httpx_error(error)


async def _as_stream(body: bytes | httpx.AsyncByteStream) -> AsyncIterator[bytes]:
    if isinstance(body, bytes):
        yield body
    else:
        async for chunk in body:
            yield chunk


class _Body(httpx.AsyncByteStream):
    """An aiohttp answer's body as httpx reads it: chunks as they arrive, then released (the
    connection goes back to the pool if the body was read to its end, else it is closed)."""

    __slots__ = ("_response",)

    def __init__(self, response: aiohttp.ClientResponse) -> None:
        self._response = response

    async def __aiter__(self) -> AsyncIterator[bytes]:
        read = self._response.content.readany
        while True:
            try:
                chunk = await read()
            except (aiohttp.ClientError, TimeoutError) as error:
                failure = _httpx_error(error)
                break
            if not chunk:
                return
            yield chunk
        raise failure

    async def aclose(self) -> None:
        self._response.release()


def _httpx_error(error: BaseException) -> httpx.TransportError:
    """The httpx error httpcore raises for the failure aiohttp reported as `error`; its text
    says what aiohttp said, less anything of the request (a URL, its headers)."""
    name = type(error).__name__
    if isinstance(error, aiohttp.ClientHttpProxyError):  # the proxy refused the tunnel
        return httpx.ProxyError(f"{name}: {error.status} {error.message}")
    if isinstance(error, aiohttp.ClientResponseError):  # a malformed answer; its text has the URL
        return httpx.RemoteProtocolError(f"{name}: {error.message}")
    text = f"{name}: {error}" if str(error) else name
    if isinstance(error, aiohttp.ConnectionTimeoutError):  # connecting, or waiting for a connection
        return httpx.ConnectTimeout(text)
    if isinstance(error, TimeoutError):  # aiohttp's read timeout (`sock_read`) is one
        return httpx.ReadTimeout(text)
    if isinstance(error, aiohttp.ClientProxyConnectionError):
        return httpx.ProxyError(text)
    if isinstance(error, aiohttp.ClientConnectorError):  # refused, DNS, TLS handshake or certificate
        return httpx.ConnectError(text)
    if isinstance(error, aiohttp.ServerDisconnectedError | aiohttp.ClientPayloadError):
        # Closed before the whole answer came (h11 says "peer closed connection without ...").
        return httpx.RemoteProtocolError(text)
    if isinstance(error, aiohttp.ClientConnectionError):  # reset, broken pipe
        return httpx.ReadError(text)
    if isinstance(error, aiohttp.InvalidURL | aiohttp.NonHttpUrlClientError):
        return httpx.UnsupportedProtocol(text)
    return httpx.TransportError(text)
