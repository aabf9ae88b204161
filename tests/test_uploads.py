"""File uploads (`files.upload`) and binary downloads (`audio.speech.create`) on a real server.

The server parses each multipart body itself, so every check is on what went over the
wire: file name, content type, bytes. Memory use with 100 MB files is measured by
bench/memory.py, not here.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from loopback import LOGID, LoopbackServer, Reply, Request, data_reply, json_reply
from runtime_support import FakeSleep, make, resolve

from coze_ext import AsyncCoze, BadRequestError, FileUpload, GatewayError

MODES = ["sync", "async"]
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
PDF = b"%PDF-1.7\n" + os.urandom(3000)


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with LoopbackServer() as running:
        running.routes["/v1/files/upload"] = store
        yield running


def parse_multipart(body: bytes) -> dict[str, tuple[str | None, str | None, bytes]]:
    """{field: (filename, content type, data)} of a multipart/form-data body."""
    boundary = body.split(b"\r\n", 1)[0]
    fields = {}
    for part in body.split(boundary)[1:-1]:
        head, _, data = part[2:].partition(b"\r\n\r\n")
        lines = head.decode("utf-8").split("\r\n")
        name = re.search(r'\bname="([^"]*)"', lines[0])
        filename = re.search(r'\bfilename="([^"]*)"', lines[0])
        content_type = next(
            (line.split(": ", 1)[1] for line in lines[1:] if line.lower().startswith("content-type")), None
        )
        assert name is not None
        fields[name.group(1)] = (filename.group(1) if filename else None, content_type, data[:-2])
    return fields


def store(request: Request) -> Reply:
    filename, _, data = parse_multipart(request.body)["file"]
    return data_reply({"id": "file1", "file_name": filename, "bytes": len(data)})


def received(server: LoopbackServer, index: int = -1) -> tuple[str | None, str | None, bytes]:
    return parse_multipart(server.requests[index].body)["file"]


def open_paths() -> set[str]:
    """The files this process has open (Linux)."""
    paths = set()
    for fd in os.listdir("/proc/self/fd"):
        with contextlib.suppress(OSError):
            paths.add(os.readlink(f"/proc/self/fd/{fd}"))
    return paths


# --- uploads --------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "kind",
    ["str path", "Path", "bytes", "named file", "nameless file", "tuple", "tuple with type", "FileUpload overrides"],
)
async def test_every_file_input_arrives_named_and_typed(
    mode: str, kind: str, server: LoopbackServer, tmp_path: Path
) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(PDF)
    handle = path.open("rb")
    value: Any = {
        "str path": str(path),
        "Path": path,
        "bytes": PNG,
        "named file": handle,
        "nameless file": io.BytesIO(PDF),
        "tuple": ("notes.txt", b"hello"),
        "tuple with type": ("clip.bin", PNG, "image/png"),
        "FileUpload overrides": FileUpload(path, filename="renamed.md", content_type="text/markdown"),
    }[kind]
    expected = {
        "str path": ("report.pdf", "application/pdf", PDF),
        "Path": ("report.pdf", "application/pdf", PDF),
        "bytes": ("upload.png", "image/png", PNG),
        "named file": ("report.pdf", "application/pdf", PDF),
        "nameless file": ("upload.pdf", "application/pdf", PDF),
        "tuple": ("notes.txt", "text/plain", b"hello"),
        "tuple with type": ("clip.bin", "image/png", PNG),
        "FileUpload overrides": ("renamed.md", "text/markdown", PDF),
    }[kind]
    coze = make(mode, server.base_url)
    uploaded = await resolve(coze.files.upload(file=value))
    assert received(server) == expected
    assert (uploaded.id, uploaded.file_name, uploaded.bytes) == ("file1", expected[0], len(expected[2]))
    assert not handle.closed  # the caller's file stays the caller's to close
    handle.close()


@pytest.mark.parametrize("mode", MODES)
async def test_a_non_ascii_file_name_round_trips(mode: str, server: LoopbackServer, tmp_path: Path) -> None:
    path = tmp_path / "测试 报告.pdf"
    path.write_bytes(PDF)
    coze = make(mode, server.base_url)
    assert (await resolve(coze.files.upload(file=path))).file_name == "测试 报告.pdf"
    assert (await resolve(coze.files.upload(file=("ünïcödé.txt", b"x")))).file_name == "ünïcödé.txt"
    assert received(server, 0)[:2] == ("测试 报告.pdf", "application/pdf")


@pytest.mark.parametrize("mode", MODES)
async def test_files_the_sdk_opens_are_closed_after_success_and_failure(
    mode: str, server: LoopbackServer, tmp_path: Path
) -> None:
    path = tmp_path / "data.pdf"
    path.write_bytes(PDF)
    coze = make(mode, server.base_url)
    await resolve(coze.files.upload(file=path))
    assert str(path) not in open_paths()
    server.routes["/v1/files/upload"] = lambda request: json_reply({"code": 4000, "msg": "bad file"}, 400)
    with pytest.raises(BadRequestError):
        await resolve(coze.files.upload(file=FileUpload(path)))
    assert str(path) not in open_paths()


@pytest.mark.parametrize("mode", MODES)
async def test_a_retried_upload_sends_the_whole_file_again(mode: str, server: LoopbackServer, tmp_path: Path) -> None:
    path = tmp_path / "data.pdf"
    path.write_bytes(PDF)
    answers = [json_reply({"code": 503, "msg": "busy"}, 503), json_reply({"code": 503, "msg": "busy"}, 503)]
    server.routes["/v1/files/upload"] = lambda request: answers.pop(0) if answers else store(request)
    coze = make(mode, server.base_url, retry_unsafe=True)
    FakeSleep().install(coze)
    caller_file = io.BytesIO(PNG)
    await resolve(coze.files.upload(file=path))
    assert [received(server, i)[2] for i in range(3)] == [PDF, PDF, PDF]  # two 503s, then stored
    answers.append(json_reply({"code": 503, "msg": "busy"}, 503))
    await resolve(coze.files.upload(file=("a.png", caller_file)))
    assert [received(server, i)[2] for i in (3, 4)] == [PNG, PNG]
    assert str(path) not in open_paths()


@pytest.mark.parametrize("mode", MODES)
async def test_an_upload_is_not_retried_without_opt_in(mode: str, server: LoopbackServer) -> None:
    server.routes["/v1/files/upload"] = lambda request: json_reply({"code": 503, "msg": "busy"}, 503)
    coze = make(mode, server.base_url)
    with pytest.raises(GatewayError):
        await resolve(coze.files.upload(file=("a.txt", b"x")))
    assert len(server.requests) == 1


@pytest.mark.parametrize("mode", MODES)
async def test_progress_is_reported_chunk_by_chunk(mode: str, server: LoopbackServer, tmp_path: Path) -> None:
    size = 1_000_000
    path = tmp_path / "big.mp3"
    path.write_bytes(os.urandom(size))
    reports: list[tuple[int, int | None, int]] = []
    upload = FileUpload(path, on_progress=lambda sent, total: reports.append((sent, total, threading.get_ident())))
    coze = make(mode, server.base_url)
    await resolve(coze.files.upload(file=upload))

    sent = [r[0] for r in reports]
    assert sent[-1] == size and {r[1] for r in reports} == {size}
    steps = [b - a for a, b in zip([0, *sent], sent, strict=False)]
    assert all(0 < step <= 64 * 1024 for step in steps)  # read from disk in chunks, never whole
    assert received(server)[:2] == ("big.mp3", "audio/mpeg") and len(received(server)[2]) == size
    if isinstance(coze, AsyncCoze):
        # The disk reads happen in a worker thread, not on the event loop.
        assert threading.get_ident() not in {r[2] for r in reports}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("value", "error", "match"),
    [
        (b"\x00\x01\x02\x03", ValueError, "cannot tell what kind of file"),
        ("/no/such/file.pdf", ValueError, "no such file"),
        (("", b"x"), TypeError, "a file tuple is"),
        (("a.txt", 42), TypeError, "bytes or a binary file object"),
        (12, TypeError, "expected a path, bytes"),
    ],
)
async def test_bad_file_inputs_fail_before_anything_is_sent(
    mode: str, value: object, error: type[Exception], match: str, server: LoopbackServer
) -> None:
    coze = make(mode, server.base_url)
    with pytest.raises(error, match=match):
        await resolve(coze.files.upload(file=value))  # type: ignore[arg-type]
    assert server.requests == []


def test_a_text_mode_file_is_refused(server: LoopbackServer, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("hi")
    coze = make("sync", server.base_url)
    with path.open() as text, pytest.raises(TypeError, match="binary mode"):
        coze.files.upload(file=text)  # type: ignore[arg-type]
    assert server.requests == []


# --- downloads ------------------------------------------------------------------------


AUDIO = os.urandom(3 * 1024 * 1024 + 17)


def audio_reply(chunks: Any) -> Reply:
    return Reply(content_type="audio/mpeg", chunks=chunks)


async def speech(coze: Any) -> Any:
    return await resolve(coze.audio.speech.create(input="hello", voice_id="v1"))


@pytest.mark.parametrize("mode", MODES)
async def test_write_to_file_saves_every_byte(mode: str, server: LoopbackServer, tmp_path: Path) -> None:
    server.routes["/v1/audio/speech"] = lambda request: audio_reply(
        [AUDIO[i : i + 100_000] for i in range(0, len(AUDIO), 100_000)]
    )
    coze = make(mode, server.base_url)
    answer = await speech(coze)
    assert answer.logid == LOGID and answer.content_type == "audio/mpeg"
    await resolve(answer.write_to_file(tmp_path / "out.mp3"))
    assert (tmp_path / "out.mp3").read_bytes() == AUDIO
    assert answer.response.is_closed


@pytest.mark.parametrize("mode", MODES)
async def test_iter_bytes_hands_out_chunks_while_the_server_is_still_sending(mode: str, server: LoopbackServer) -> None:
    first_seen = threading.Event()
    waited: list[bool] = []

    def slow_audio(request: Request) -> Reply:
        def chunks() -> Iterator[bytes]:
            yield AUDIO[:1000]
            # The rest only follows once the client has the first chunk: a client that
            # buffered the whole body would make this wait time out.
            waited.append(first_seen.wait(10))
            yield AUDIO[1000:]

        return audio_reply(chunks())

    server.routes["/v1/audio/speech"] = slow_audio
    answer = await speech(make(mode, server.base_url))
    received_bytes = b""
    iterator = answer.iter_bytes()
    if hasattr(iterator, "__aiter__"):
        async for chunk in iterator:
            received_bytes += chunk
            first_seen.set()
    else:
        for chunk in iterator:
            received_bytes += chunk
            first_seen.set()
    assert waited == [True] and received_bytes == AUDIO


@pytest.mark.parametrize("mode", MODES)
async def test_read_returns_the_bytes(mode: str, server: LoopbackServer) -> None:
    server.routes["/v1/audio/speech"] = lambda request: audio_reply([AUDIO])
    answer = await speech(make(mode, server.base_url))
    assert await resolve(answer.read()) == AUDIO


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [200, 400])
async def test_a_json_error_instead_of_audio_raises_the_typed_error(
    mode: str, status: int, server: LoopbackServer
) -> None:
    server.routes["/v1/audio/speech"] = lambda request: json_reply({"code": 4000, "msg": "voice_id is invalid"}, status)
    with pytest.raises(BadRequestError) as caught:
        await speech(make(mode, server.base_url))
    assert (caught.value.status_code, caught.value.code, caught.value.msg) == (status, 4000, "voice_id is invalid")
    assert caught.value.logid == LOGID
