"""WebSocket chat: 20,000 `conversation.message.delta` frames through coze_ext, cozepy and a raw loop.

    .venv/bin/python bench/ws.py [--frames 20000] [--rounds 15] [--quick] [--smoke]

A `websockets` server in a child process (so its work is not counted and it does not
compete for the GIL) waits for the client's `conversation.message.create`, then streams a
chat shaped like Coze's: chat.created, conversation.chat.created, in_progress, N message
deltas (each with an `id`, `event_type`, `data` holding a short content, and `detail` with
`logid` and `respond_at`), the completed message and conversation.chat.completed. The
frames are serialised once, before the first session, and written in one go, so the
server's cost per frame does not pace the client. In each round each client is built,
opens a session, sends its message, reads the content of every delta and closes at
conversation.chat.completed:
- coze_ext: `coze.websockets.chat.connect(bot_id=...)`, iterating its typed events;
- cozepy 0.20.0: its websockets chat client (`WebsocketsChatClient`, built on the loopback
  URL directly, since cozepy derives WebSocket URLs only from https:// base URLs) with a
  handler per event type;
- the floor: the `websockets` client's `recv()` and `json.loads`, the content read from the dict.
Sync clients (the target), then their asyncio twins (for information). Figures are client
CPU time per frame, every thread of the process counted; ratios are the median of the
per-round ratios.

Targets (issue 22): coze_ext >= 1.8x cozepy and >= 0.85x the raw loop.
"""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import socket
import statistics
import threading
from collections.abc import Callable, Coroutine, Iterator
from contextlib import contextmanager
from typing import Any

from common import Row, at_least, cpu_rounds, emit, import_cozepy, machine, micros, options, parser_for, speedup
from websockets.asyncio.client import connect as async_connect
from websockets.asyncio.server import ServerConnection, serve
from websockets.frames import Frame, Opcode
from websockets.sync.client import connect

CONV, CHAT, BOT, MSG, SECTION = (
    "7526821722323025972",
    "7526821559890198568",
    "7496347519799787557",
    "7526821714748293172",
    "7526821722323025972",
)
LOGID = "021752474748819fdbddc030017070c0000000000000029f6daa2"
WORDS = ["是啊", "\uff0c", "好", "天气", "让人", "心情", "也", "跟着", "明朗", "起来。"]
DELTA, COMPLETED = "conversation.message.delta", "conversation.chat.completed"
QUESTION = {"role": "user", "content_type": "text", "content": "Hi"}
CREATE = {"event_type": "conversation.message.create", "data": QUESTION}
# How long a session may take before the benchmark gives up (a regression fails, not hangs).
TIMEOUT = 120.0


def chat_frames(deltas: int) -> list[str]:
    """The server's frames of one chat, as JSON texts."""
    respond_at = 1752474749199

    def frame(number: int, event_type: str, data: dict[str, Any] | None = None) -> str:
        body: dict[str, Any] = {"id": f"6f1c{number:04x}-5cc0-4e52-a4a7-d633ebbf{number:04x}", "event_type": event_type}
        if data is not None:
            body["data"] = data
        body["detail"] = {"logid": LOGID, "respond_at": str(respond_at + number)}
        return json.dumps(body, ensure_ascii=False, separators=(",", ":"))

    chat = {"id": CHAT, "conversation_id": CONV, "bot_id": BOT, "created_at": 1752474749, "section_id": SECTION}
    usage = {"token_count": 0, "output_count": 0, "input_count": 0}
    message = {
        "id": MSG,
        "conversation_id": CONV,
        "bot_id": BOT,
        "role": "assistant",
        "type": "answer",
        "content": "",
        "content_type": "text",
        "chat_id": CHAT,
        "section_id": SECTION,
    }
    frames = [
        frame(0, "chat.created"),
        frame(1, "conversation.chat.created", {**chat, "status": "created", "usage": usage}),
        frame(2, "conversation.chat.in_progress", {**chat, "status": "in_progress", "usage": usage}),
    ]
    frames += [frame(3 + i, DELTA, {**message, "content": WORDS[i % len(WORDS)]}) for i in range(deltas)]
    full = "".join(WORDS[i % len(WORDS)] for i in range(deltas))
    frames.append(frame(deltas + 3, "conversation.message.completed", {**message, "content": full}))
    frames.append(frame(deltas + 4, COMPLETED, {**chat, "status": "completed", "usage": {**usage, "token_count": 9}}))
    return frames


def _serve(sock: socket.socket, frames: list[str]) -> None:
    wire = b"".join(Frame(Opcode.TEXT, text.encode()).serialize(mask=False) for text in frames)

    async def session(connection: ServerConnection) -> None:
        async for message in connection:
            if json.loads(message).get("event_type") == "conversation.message.create":
                # The pre-serialised frames, straight onto the transport: the protocol object
                # never needs to know, a server frame carrying no state.
                connection.transport.write(wire)

    async def main() -> None:
        async with serve(session, sock=sock, compression=None, max_size=None) as server:
            await server.serve_forever()

    asyncio.run(main())


@contextmanager
def chat_server(frames: list[str]) -> Iterator[int]:
    """A WebSocket chat server in a child process; yields its port."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)
    server = multiprocessing.get_context("fork").Process(target=_serve, args=(sock, frames), daemon=True)
    server.start()
    port = sock.getsockname()[1]
    sock.close()
    try:
        yield port
    finally:
        server.terminate()
        server.join()


# The sync clients ------------------------------------------------------------------------


def coze_ext_sync(port: int) -> Callable[[], int]:
    from coze_ext import Coze, WsChatEventType

    def run() -> int:
        count = 0
        with (
            Coze(token="bench", base_url=f"http://127.0.0.1:{port}") as coze,
            coze.websockets.chat.connect(bot_id=BOT) as ws,
        ):
            ws.send(CREATE)
            for event in ws:
                if event.event_type == WsChatEventType.CONVERSATION_MESSAGE_DELTA:
                    if event.data.content is not None:
                        count += 1
                elif event.event_type == WsChatEventType.CONVERSATION_CHAT_COMPLETED:
                    break
        return count

    return run


def cozepy_sync(port: int) -> Callable[[], int]:
    cozepy = import_cozepy()
    from cozepy.request import Requester
    from cozepy.websockets.chat import ConversationMessageCreateEvent, WebsocketsChatClient

    kinds = cozepy.WebsocketsEventType

    def run() -> int:
        count = 0
        done = threading.Event()

        def on_delta(client: Any, event: Any) -> None:
            nonlocal count
            if event.data.content is not None:
                count += 1

        client: Any = WebsocketsChatClient(
            base_url=f"ws://127.0.0.1:{port}",
            requester=Requester(auth=cozepy.TokenAuth("bench")),
            bot_id=BOT,
            on_event={
                kinds.CONVERSATION_MESSAGE_DELTA: on_delta,
                kinds.CONVERSATION_CHAT_COMPLETED: lambda *_: done.set(),
            },
        )
        client.connect()
        client.conversation_message_create(ConversationMessageCreateEvent.Data(**QUESTION))
        finished = done.wait(TIMEOUT)
        client.close()
        if not finished:
            raise SystemExit(f"cozepy: no {COMPLETED} within {TIMEOUT}s")
        return count

    return run


def raw_sync(port: int) -> Callable[[], int]:
    create = json.dumps(CREATE)

    def run() -> int:
        count = 0
        with connect(f"ws://127.0.0.1:{port}/v1/chat?bot_id={BOT}", max_size=None) as ws:
            ws.send(create)
            while True:
                frame = json.loads(ws.recv(TIMEOUT))
                if frame["event_type"] == DELTA:
                    if frame["data"]["content"] is not None:
                        count += 1
                elif frame["event_type"] == COMPLETED:
                    break
        return count

    return run


# The asyncio clients ---------------------------------------------------------------------


def in_loop(session: Callable[[], Coroutine[Any, Any, int]]) -> Callable[[], int]:
    """A run of an async session: its own event loop, as a script's `asyncio.run` would."""
    return lambda: asyncio.run(asyncio.wait_for(session(), TIMEOUT))


def coze_ext_async(port: int) -> Callable[[], int]:
    from coze_ext import AsyncCoze, WsChatEventType

    async def session() -> int:
        count = 0
        async with (
            AsyncCoze(token="bench", base_url=f"http://127.0.0.1:{port}") as coze,
            coze.websockets.chat.connect(bot_id=BOT) as ws,
        ):
            await ws.send(CREATE)
            async for event in ws:
                if event.event_type == WsChatEventType.CONVERSATION_MESSAGE_DELTA:
                    if event.data.content is not None:
                        count += 1
                elif event.event_type == WsChatEventType.CONVERSATION_CHAT_COMPLETED:
                    break
        return count

    return in_loop(session)


def cozepy_async(port: int) -> Callable[[], int]:
    cozepy = import_cozepy()
    from cozepy.request import Requester
    from cozepy.websockets.chat import AsyncWebsocketsChatClient, ConversationMessageCreateEvent

    kinds = cozepy.WebsocketsEventType

    async def session() -> int:
        count = 0
        done = asyncio.Event()

        async def on_delta(client: Any, event: Any) -> None:
            nonlocal count
            if event.data.content is not None:
                count += 1

        async def on_completed(client: Any, event: Any) -> None:
            done.set()

        client: Any = AsyncWebsocketsChatClient(
            base_url=f"ws://127.0.0.1:{port}",
            requester=Requester(auth=cozepy.AsyncTokenAuth("bench")),
            bot_id=BOT,
            on_event={kinds.CONVERSATION_MESSAGE_DELTA: on_delta, kinds.CONVERSATION_CHAT_COMPLETED: on_completed},
        )
        await client.connect()
        await client.conversation_message_create(ConversationMessageCreateEvent.Data(**QUESTION))
        await done.wait()
        await client.close()
        return count

    return in_loop(session)


def raw_async(port: int) -> Callable[[], int]:
    create = json.dumps(CREATE)

    async def session() -> int:
        count = 0
        async with async_connect(f"ws://127.0.0.1:{port}/v1/chat?bot_id={BOT}", max_size=None) as ws:
            await ws.send(create)
            while True:
                frame = json.loads(await ws.recv())
                if frame["event_type"] == DELTA:
                    if frame["data"]["content"] is not None:
                        count += 1
                elif frame["event_type"] == COMPLETED:
                    break
        return count

    return in_loop(session)


def counted(deltas: int, name: str, run: Callable[[], int]) -> Callable[[], None]:
    def checked() -> None:
        if (seen := run()) != deltas:
            raise SystemExit(f"{name} saw {seen} deltas, expected {deltas}")

    return checked


def rows(label: str, deltas: int, seconds: dict[str, list[float]], targets: bool) -> list[Row]:
    cost = {name: micros(statistics.median(values), deltas, "frame") for name, values in seconds.items()}
    for name, shown in cost.items():
        print(f"{label + ' ' + name:>26}: {shown} client CPU (median round)")
    vs_cozepy = speedup(seconds["coze_ext"], seconds["cozepy"])
    vs_floor = speedup(seconds["coze_ext"], seconds["recv + json.loads"])
    path = f"WebSocket chat ({label}), {deltas:,} deltas"
    return [
        Row(
            f"{path} vs cozepy",
            cost["coze_ext"],
            cost["cozepy"],
            f"{vs_cozepy:.3f}x",
            ">= 1.80x" if targets else "none (information)",
            at_least(vs_cozepy, 1.8) if targets else None,
        ),
        Row(
            f"{path} vs recv + json.loads",
            cost["coze_ext"],
            cost["recv + json.loads"],
            f"{vs_floor:.3f}x",
            ">= 0.85x" if targets else "none (information)",
            at_least(vs_floor, 0.85) if targets else None,
        ),
    ]


def main() -> None:
    parser = parser_for(__doc__)
    parser.add_argument("--frames", type=int, help="delta frames per session (default 20000, smoke: 50)")
    args = parser.parse_args()
    run = options(args, full=15, quick=3)
    deltas = args.frames or (50 if run.smoke else 20_000)
    with chat_server(chat_frames(deltas)) as port:
        sync = {"coze_ext": coze_ext_sync(port), "cozepy": cozepy_sync(port), "recv + json.loads": raw_sync(port)}
        sync_seconds = cpu_rounds({name: counted(deltas, name, go) for name, go in sync.items()}, run.rounds)
        aio = {"coze_ext": coze_ext_async(port), "cozepy": cozepy_async(port), "recv + json.loads": raw_async(port)}
        async_seconds = cpu_rounds({name: counted(deltas, name, go) for name, go in aio.items()}, run.rounds)
    print(f"{deltas} delta frames per session, {run.rounds} interleaved rounds, {machine()}")
    emit([*rows("sync", deltas, sync_seconds, True), *rows("async", deltas, async_seconds, False)], run.results)


if __name__ == "__main__":
    main()
