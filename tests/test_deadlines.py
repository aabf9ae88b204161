"""Nothing hangs and nothing floods memory: a call's timeout is one deadline for the whole
answer (a server trickling bytes cannot stretch it), and an answer larger than
`max_response_size` (a decompression bomb too) is refused in bounded memory.
"""

from __future__ import annotations

import json
import socket
import tracemalloc
import zlib
from collections.abc import Iterator
from functools import cache
from typing import Any

import pytest
from loopback import LOGID, LoopbackServer, RawServer, Reply, data_reply, read_request, serve
from runtime_support import make, resolve

from coze_ext import DEFAULT_MAX_RESPONSE_SIZE, APITimeoutError, ResponseTooLargeError

MODES = ["sync", "async"]
IDS = {"conversation_id": "7400000000000000001", "chat_id": "7400000000000000002"}


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    yield from serve()


async def retrieve(coze: Any, **options: Any) -> Any:
    return await resolve(coze.chat.retrieve(**IDS, **options))


def trickle(connection: socket.socket, server: RawServer) -> None:
    """Headers at once, then the body one byte every 0.25 s: each read is quick, the whole never ends in time."""
    read_request(connection)
    body = json.dumps({"code": 0, "data": {"id": "1", "conversation_id": "2"}, "pad": " " * 200}).encode()
    head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n"
    connection.sendall(head.encode() + f"x-tt-logid: {LOGID}\r\n\r\n".encode())
    for byte in body:
        if server.stop.wait(0.25):
            return
        connection.sendall(bytes([byte]))


@pytest.mark.parametrize("mode", MODES)
async def test_a_trickling_answer_cannot_outlast_the_call_timeout(mode: str) -> None:
    with RawServer(trickle) as raw:
        coze = make(mode, raw.base_url, max_retries=0)
        with pytest.raises(APITimeoutError) as caught:
            await retrieve(coze, timeout=1.0)
        assert caught.value.logid == LOGID and "timeout ran out" in str(caught.value)
        with pytest.raises(APITimeoutError):
            await retrieve(make(mode, raw.base_url, max_retries=0, timeout=1.0))


@pytest.mark.parametrize("mode", MODES)
async def test_an_answer_within_its_deadline_is_read_whole(mode: str, server: LoopbackServer) -> None:
    chunks = [
        json.dumps({"code": 0, "data": {"id": "1", "conversation_id": "2"}}).encode()[i : i + 5]
        for i in range(0, 60, 5)
    ]
    server.routes["/v3/chat/retrieve"] = lambda request: Reply(chunks=chunks)
    hooked: list[Any] = []
    coze = make(mode, server.base_url, timeout=30, on_response=lambda response: hooked.append(response.json()))
    assert (await retrieve(coze)).id == "1"
    assert hooked[0]["data"]["id"] == "1"  # the body stays readable for hooks


@pytest.mark.parametrize("mode", MODES)
async def test_an_answer_over_the_size_cap_is_refused(mode: str, server: LoopbackServer) -> None:
    big = {"id": "1", "conversation_id": "2", "meta_data": {"pad": "x" * 5000}}
    server.routes["/v3/chat/retrieve"] = lambda request: data_reply(big)
    with pytest.raises(ResponseTooLargeError) as caught:
        await retrieve(make(mode, server.base_url, max_response_size=4096))
    assert (caught.value.logid, caught.value.status_code) == (LOGID, 200)
    assert len(server.requests) == 1  # refused, not retried
    assert (await retrieve(make(mode, server.base_url, max_response_size=None))).id == "1"
    assert (await retrieve(make(mode, server.base_url))).id == "1"
    assert DEFAULT_MAX_RESPONSE_SIZE >= 64 * 1024 * 1024


MIB = 1024 * 1024
BOMB_SIZE = 1024 * MIB


@cache
def gzip_bomb() -> bytes:
    """The start of a gzip body of 1 GiB of zeros, 1 MB on the wire: fully flushed 1 MiB blocks
    of zeros compress to identical bytes, so one is repeated (the trailer is never reached)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    zeros = bytes(MIB)
    first = compressor.compress(zeros) + compressor.flush(zlib.Z_FULL_FLUSH)
    block = compressor.compress(zeros) + compressor.flush(zlib.Z_FULL_FLUSH)
    return first + block * (BOMB_SIZE // MIB - 1)


@pytest.mark.parametrize("mode", MODES)
async def test_a_gzip_bomb_is_refused_in_bounded_memory(mode: str, server: LoopbackServer) -> None:
    bomb = gzip_bomb()
    server.routes["/v3/chat/retrieve"] = lambda request: Reply(
        body=bomb, headers={"Content-Encoding": "gzip", "x-tt-logid": LOGID}
    )
    coze = make(mode, server.base_url, max_response_size=8 * MIB)
    tracemalloc.start()
    try:
        with pytest.raises(ResponseTooLargeError) as caught:
            await retrieve(coze)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert caught.value.logid == LOGID
    # Reading stops at the first chunk past the cap: memory is the cap plus one decoded network
    # read (httpx decodes 64 KiB at a time, which zeros inflate a thousandfold), not the bomb.
    assert peak < 300 * MIB
