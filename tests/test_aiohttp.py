"""The aiohttp transport (`AioHttpClient`, the [aiohttp] extra) behaves as the default one.

The async suite runs on it as a whole (`make pytest-aiohttp`, see conftest.py); these tests
pin what that rests on, each against the default pool side by side: every failure below
HTTP becomes the httpx error httpcore raises for it (what retries decide on), with no
aiohttp exception in its chain; the bytes on the wire are the same; `AsyncCoze` gates and
closes an `AioHttpClient` as its own pool.
"""

from __future__ import annotations

import asyncio
import re
import socket
import struct
from collections.abc import Callable
from pathlib import Path

import aiohttp
import httpx
import pytest
from loopback import RawServer, read_request, read_request_and_body
from runtime_support import closed_port

from coze_ext import AioHttpClient, APIConnectionError, AsyncCoze, FileUpload
from coze_ext._pool import PooledAsyncClient

CLIENTS: dict[str, Callable[..., httpx.AsyncClient]] = {"httpx": PooledAsyncClient, "aiohttp": AioHttpClient}
Handler = Callable[[socket.socket, RawServer], None]
GUARD = 30.0  # seconds: a call that hangs fails the test instead of hanging it


async def test_the_tests_build_asynccoze_on_the_transport_chosen(transport: str) -> None:
    async with AsyncCoze(token="t") as coze:
        assert isinstance(coze._runtime.http, AioHttpClient if transport == "aiohttp" else PooledAsyncClient)


async def test_asynccoze_gates_and_closes_an_aiohttp_client_as_its_own_pool() -> None:
    http = AioHttpClient(limits=httpx.Limits(max_connections=7))
    coze = AsyncCoze(token="t", http_client=http)
    gate = coze._runtime.gate
    assert gate is not None and gate._value == 7
    await coze.close()
    assert http.is_closed


async def test_a_callers_own_http_client_is_neither_gated_nor_closed() -> None:
    async with httpx.AsyncClient() as http:
        coze = AsyncCoze(token="t", http_client=http)
        assert coze._runtime.gate is None
        await coze.close()
        assert not http.is_closed


def test_a_socks_proxy_is_refused_with_a_reason() -> None:
    with pytest.raises(ValueError, match="http and https proxies"):
        AioHttpClient(proxy="socks5://127.0.0.1:1080")


# Failures below HTTP -----------------------------------------------------------------------


def closes(connection: socket.socket, server: RawServer) -> None:
    read_request(connection)


def garbage(connection: socket.socket, server: RawServer) -> None:
    read_request(connection)
    connection.sendall(b"HELLO THERE\r\n\r\n")


def short_body(connection: socket.socket, server: RawServer) -> None:
    read_request(connection)
    connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nabc")


def cut_chunks(connection: socket.socket, server: RawServer) -> None:
    read_request(connection)
    connection.sendall(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n")


def bad_chunk(connection: socket.socket, server: RawServer) -> None:
    read_request(connection)
    connection.sendall(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\nabc\r\n0\r\n\r\n")


def huge_head(connection: socket.socket, server: RawServer) -> None:
    read_request(connection)
    connection.sendall(b"HTTP/1.1 200 OK\r\nX-Big: " + b"a" * 200_000 + b"\r\nContent-Length: 0\r\n\r\n")


def silent(connection: socket.socket, server: RawServer) -> None:
    read_request(connection)
    server.stop.wait()


def stalls_mid_body(connection: socket.socket, server: RawServer) -> None:
    read_request(connection)
    connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nabc")
    server.stop.wait()


def resets(connection: socket.socket, server: RawServer) -> None:
    read_request(connection)
    connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # RST, not FIN


FAILURES: dict[str, tuple[Handler | None, type[httpx.TransportError]]] = {
    # Retries tell "never sent" (ConnectError: even a chat.create is retried) from "sent, then
    # failed" (the rest: only calls safe to repeat are), so each must be the same on both.
    "refused": (None, httpx.ConnectError),
    "closed before answering": (closes, httpx.RemoteProtocolError),
    "garbage status line": (garbage, httpx.RemoteProtocolError),
    "body shorter than its length": (short_body, httpx.RemoteProtocolError),
    "chunked body cut": (cut_chunks, httpx.RemoteProtocolError),
    "malformed chunk": (bad_chunk, httpx.RemoteProtocolError),
    "head over 100 KiB": (huge_head, httpx.RemoteProtocolError),
    "no answer": (silent, httpx.ReadTimeout),
    "body stalls": (stalls_mid_body, httpx.ReadTimeout),
    "connection reset": (resets, httpx.ReadError),
}


def chain(error: BaseException) -> list[BaseException]:
    """The error and every cause and context behind it."""
    found: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in found:
        found.append(current)
        current = current.__cause__ or current.__context__
    return found


@pytest.mark.parametrize("client", CLIENTS)
@pytest.mark.parametrize("failure", FAILURES)
async def test_each_failure_is_the_httpx_error_httpcore_raises_for_it(failure: str, client: str) -> None:
    handler, expected = FAILURES[failure]
    with RawServer(handler or closes) as server:
        url = f"http://127.0.0.1:{closed_port()}/x" if handler is None else f"{server.base_url}/x"
        async with CLIENTS[client](timeout=httpx.Timeout(1.0)) as http:
            with pytest.raises(httpx.TransportError) as caught:
                await http.get(url)
    assert type(caught.value) is expected
    assert not any(isinstance(link, aiohttp.ClientError) for link in chain(caught.value))


def stops_reading(connection: socket.socket, server: RawServer) -> None:
    connection.recv(1024)
    server.stop.wait()


@pytest.mark.parametrize("client", CLIENTS)
async def test_a_server_that_stops_reading_a_body_is_a_write_timeout(client: str) -> None:
    # More than the sockets' buffers hold, so sending it blocks once the server stops reading.
    body = b"x" * 32_000_000
    with RawServer(stops_reading) as server:
        async with CLIENTS[client](timeout=httpx.Timeout(1.0)) as http:
            with pytest.raises(httpx.WriteTimeout):
                await asyncio.wait_for(http.post(f"{server.base_url}/x", content=body), GUARD)


async def test_no_aiohttp_error_reaches_a_caller_through_the_sdk() -> None:
    with RawServer(resets) as server:
        async with AsyncCoze(token="t", base_url=server.base_url, http_client=AioHttpClient()) as coze:
            with pytest.raises(APIConnectionError) as caught:
                await coze.chat.retrieve(conversation_id="c", chat_id="x")
    assert "ReadError" in str(caught.value)
    assert not any(isinstance(link, aiohttp.ClientError) for link in chain(caught.value))


# The wire ----------------------------------------------------------------------------------

FILE_ANSWER = b'{"code":0,"data":{"id":"f","bytes":5,"file_name":"a.txt","created_at":1}}'


def records(seen: list[bytes]) -> Handler:
    """A server that keeps every request it reads (head and body) and answers with a file."""

    def handle(connection: socket.socket, server: RawServer) -> None:
        while True:
            head, body = read_request_and_body(connection)
            if not head:
                return
            seen.append(head + b"\r\n\r\n" + body)
            connection.sendall(
                b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s"
                % (len(FILE_ANSWER), FILE_ANSWER)
            )

    return handle


async def send_three(http: httpx.AsyncClient, base_url: str, path: Path) -> None:
    """A JSON call and two uploads (a path, a path with progress) through an `AsyncCoze` on `http`."""
    async with AsyncCoze(token="t", base_url=base_url, http_client=http) as coze:
        await coze.files.retrieve(file_id="f")
        await coze.files.upload(file=path)
        await coze.files.upload(file=FileUpload(path, on_progress=lambda sent, total: None))


async def test_both_transports_send_the_same_bytes(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"hello")
    seen: list[bytes] = []
    with RawServer(records(seen)) as server:
        await send_three(PooledAsyncClient(), server.base_url, path)
        await send_three(AioHttpClient(), server.base_url, path)
    blanked = [re.sub(rb"[0-9a-f]{32}", b"BOUNDARY", request) for request in seen]  # multipart boundaries are random
    assert len(blanked) == 6
    assert blanked[3:] == blanked[:3]
