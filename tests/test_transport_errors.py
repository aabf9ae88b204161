"""Nothing untyped escapes a call: hostile servers on 127.0.0.1 (garbage instead of HTTP, a
redirect loop, a corrupt gzip body, a binary download that is cut or stalls, JSON or HTML
where audio was asked for) give `APIConnectionError`, `APITimeoutError` or `APIError`.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from loopback import LOGID, LoopbackServer, RawServer, Reply, data_reply, json_reply, read_request, serve
from runtime_support import make, resolve

from coze_ext import APIConnectionError, APIError, APITimeoutError, BadRequestError, CozeError

MODES = ["sync", "async"]
IDS = {"conversation_id": "7400000000000000001", "chat_id": "7400000000000000002"}


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    yield from serve()


async def retrieve(coze: Any) -> Any:
    return await resolve(coze.chat.retrieve(**IDS))


async def speech(coze: Any, **options: Any) -> Any:
    return await resolve(coze.audio.speech.create(input="hello", voice_id="v1", **options))


def not_httpx(error: BaseException) -> None:
    assert isinstance(error, CozeError) and not isinstance(error, httpx.HTTPError)


def garbage(connection: socket.socket, server: RawServer) -> None:
    read_request(connection)
    connection.sendall(b"SSH-2.0-OpenSSH_9.6\r\nthis is not HTTP\r\n\r\n")


@pytest.mark.parametrize("mode", MODES)
async def test_garbage_instead_of_http_is_a_connection_error(mode: str) -> None:
    with RawServer(garbage) as raw, pytest.raises(APIConnectionError) as caught:
        await retrieve(make(mode, raw.base_url, max_retries=1))
    not_httpx(caught.value)
    assert "RemoteProtocolError" in str(caught.value)


@pytest.mark.parametrize("mode", MODES)
async def test_a_redirect_loop_is_a_connection_error(mode: str, server: LoopbackServer) -> None:
    server.routes["/v3/chat/retrieve"] = lambda request: Reply(status=302, headers={"Location": "/v3/chat/retrieve"})
    with pytest.raises(APIConnectionError) as caught:
        await retrieve(make(mode, server.base_url))
    not_httpx(caught.value)
    assert "too many redirects" in str(caught.value)


@pytest.mark.parametrize("mode", MODES)
async def test_a_corrupt_gzip_body_is_a_connection_error(mode: str, server: LoopbackServer) -> None:
    server.routes["/v3/chat/retrieve"] = lambda request: Reply(
        body=b"\x1f\x8b\x08\x00 this is not deflate data", headers={"Content-Encoding": "gzip", "x-tt-logid": LOGID}
    )
    with pytest.raises(APIConnectionError) as caught:
        await retrieve(make(mode, server.base_url))
    not_httpx(caught.value)
    assert caught.value.logid == LOGID and "could not be decoded" in str(caught.value)


def leftovers(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


@pytest.mark.parametrize("mode", MODES)
async def test_a_dropped_download_raises_and_leaves_no_file(mode: str, server: LoopbackServer, tmp_path: Path) -> None:
    audio = Reply(content_type="audio/mpeg", chunks=[b"ID3" + b"\x00" * 50_000], cut=True)
    server.routes["/v1/audio/speech"] = lambda request: audio
    coze = make(mode, server.base_url)
    with pytest.raises(APIConnectionError) as caught:
        await resolve((await speech(coze)).write_to_file(tmp_path / "hello.mp3"))
    not_httpx(caught.value)
    assert caught.value.logid == LOGID
    assert leftovers(tmp_path) == []
    with pytest.raises(APIConnectionError):
        await resolve((await speech(coze)).read())


@pytest.mark.parametrize("mode", MODES)
async def test_reading_a_binary_answer_twice_says_so(mode: str, server: LoopbackServer, tmp_path: Path) -> None:
    server.routes["/v1/audio/speech"] = lambda request: Reply(content_type="audio/mpeg", chunks=[b"ID3 sound"])
    answer = await speech(make(mode, server.base_url))
    await resolve(answer.write_to_file(tmp_path / "hello.mp3"))
    assert (tmp_path / "hello.mp3").read_bytes() == b"ID3 sound"
    for again in (answer.read, lambda: answer.write_to_file(tmp_path / "again.mp3")):
        with pytest.raises(CozeError, match="already read or closed") as caught:
            await resolve(again())
        not_httpx(caught.value)
    assert leftovers(tmp_path) == ["hello.mp3"]


def stalled_audio(connection: socket.socket, server: RawServer) -> None:
    read_request(connection)
    connection.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Type: audio/mpeg\r\nContent-Length: 100000\r\nx-tt-logid: "
        + LOGID.encode()
        + b"\r\n\r\nID3 the first bytes"
    )
    server.stop.wait(30)


@pytest.mark.parametrize("mode", MODES)
async def test_a_stalled_download_times_out_and_leaves_no_file(mode: str, tmp_path: Path) -> None:
    with RawServer(stalled_audio) as raw:
        answer = await speech(make(mode, raw.base_url), timeout=0.5)
        with pytest.raises(APITimeoutError) as caught:
            await resolve(answer.write_to_file(tmp_path / "hello.mp3"))
    not_httpx(caught.value)
    assert caught.value.logid == LOGID
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("mode", MODES)
async def test_a_failed_download_keeps_the_file_that_was_there(
    mode: str, server: LoopbackServer, tmp_path: Path
) -> None:
    target = tmp_path / "hello.mp3"
    target.write_bytes(b"the previous recording")
    server.routes["/v1/audio/speech"] = lambda request: Reply(content_type="audio/mpeg", chunks=[b"ID3"], cut=True)
    with pytest.raises(APIConnectionError):
        await resolve((await speech(make(mode, server.base_url))).write_to_file(target))
    assert target.read_bytes() == b"the previous recording" and leftovers(tmp_path) == ["hello.mp3"]


GATEWAY_PAGE = b"<html><body><h1>Service Unavailable</h1></body></html>"
JSON_IN_CAPITALS = Reply(content_type="Application/JSON; Charset=UTF-8", body=b'{"code": 4000, "msg": "no"}')


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("reply", "error", "says"),
    [
        (json_reply({"code": 4000, "msg": "voice_id is invalid"}), BadRequestError, "voice_id is invalid"),
        (JSON_IN_CAPITALS, BadRequestError, "no"),
        (Reply(content_type="text/html", body=GATEWAY_PAGE), APIError, "Service Unavailable"),
        (data_reply({"id": "1"}), APIError, "expected a binary answer"),
    ],
    ids=["json error", "json in capitals", "html page", "json success"],
)
async def test_a_binary_call_answered_with_json_or_html_raises(
    mode: str, reply: Reply, error: type[APIError], says: str, server: LoopbackServer
) -> None:
    server.routes["/v1/audio/speech"] = lambda request: reply
    with pytest.raises(error) as caught:
        await speech(make(mode, server.base_url))
    assert says in str(caught.value) and caught.value.logid == LOGID and caught.value.status_code == 200
