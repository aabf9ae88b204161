"""Many voice sessions in one process: N concurrent WebSocket chats replaying a recorded voice
chat at its real pace, coze_ext's `AsyncCoze` against cozepy's async websockets chat client.

    .venv/bin/python bench/voice_sessions.py [--sessions 500] [--rounds 3] [--recording PATH] [--quick] [--smoke]

The recording is a real Coze voice chat (`ws-sessions/websocket_chat_success.txt` in the
reference folder beside the repository, or $COZE_REFERENCE_DIR, or `--recording`): the
client's `conversation.message.create`, then the server's frames (message deltas, base64
audio deltas, chat.completed), each with its `respond_at` time. It is read at run time and
never copied; without it the benchmark says so and exits with status 2.

A `websockets` server in a child process replays it to every connection: when the client's
first recorded frame type arrives, each server frame is sent at its recorded offset (the
real pace: about 2.5 s for the whole answer). In each round each client runs in a fresh
process of its own (so memory and threads are its own), with one client object for all
sessions: one warm-up session first (imports, first-use caches; replayed without pauses),
then N sessions arriving evenly over `--stagger` seconds (default: the recording's length,
so that at the end all N are open at once). Each session sends its message, decodes every
audio delta (base64) and reads every text delta, and once the chat completed stays open
until every session has, then closes. Reported per client, the median over rounds:
- event-loop lag: p99 and max of a 5 ms ticker's delays, from the first session to the last;
- memory per session: the process's peak resident memory during the sessions, less its
  resident memory before them, over N;
- threads: the most the process had at once.

Targets (issue 22): lag p99 <= 10 ms and max <= 50 ms, <= 64 KiB per session, no thread per
session (at most 16 threads).
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import gc
import json
import multiprocessing
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from common import Row, Ticker, at_most, emit, import_cozepy, machine, options, parser_for, percentile, reference_dir
from websockets.asyncio.server import ServerConnection, serve
from websockets.exceptions import ConnectionClosed

BOT = "7496347519799787557"
QUESTION = {"role": "user", "content_type": "text", "content": "今天天气真不错"}
AUDIO, TEXT, COMPLETED = "conversation.audio.delta", "conversation.message.delta", "conversation.chat.completed"
WARM = "/warm"  # a path prefix the server replays without pauses
TIMEOUT = 300.0
MAX_THREADS = 16
KIB = 1024


@dataclass(frozen=True)
class Recording:
    """The frames of a recorded session: the client's (`send`) and the server's (`receive`),
    in order, each server frame with its offset in seconds from the first."""

    frames: list[tuple[str, str, float]]  # (direction, JSON text, offset)

    @property
    def length(self) -> float:
        return max(offset for _, _, offset in self.frames)

    @property
    def first_sent(self) -> str:
        """The event type of the client's first frame: the one the replay waits for."""
        return next(str(json.loads(text)["event_type"]) for direction, text, _ in self.frames if direction == "send")

    def expected(self) -> tuple[int, int]:
        """What a session should read: the audio bytes (decoded) and the text length."""
        audio = text = 0
        for direction, frame_text, _ in self.frames:
            frame = json.loads(frame_text)
            if direction == "receive" and frame["event_type"] == AUDIO:
                audio += len(base64.b64decode(frame["data"]["content"]))
            elif direction == "receive" and frame["event_type"] == TEXT:
                text += len(frame["data"]["content"])
        return audio, text


def read_recording(path: Path) -> Recording:
    """A recording: lines alternating `send` / `receive` and one JSON frame."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    frames: list[tuple[str, str, float]] = []
    first: int | None = None
    offset = 0.0
    for direction, text in zip(lines[::2], lines[1::2], strict=True):
        respond_at = json.loads(text).get("detail", {}).get("respond_at")
        if direction.strip() == "receive" and respond_at is not None:
            first = int(respond_at) if first is None else first
            offset = (int(respond_at) - first) / 1000
        frames.append((direction.strip(), text, offset))
    return Recording(frames)


# The server ------------------------------------------------------------------------------


def _serve(sock: socket.socket, recording: Recording) -> None:
    awaited = recording.first_sent

    async def replay(connection: ServerConnection) -> None:
        assert connection.request is not None
        paced = not connection.request.path.startswith(WARM)
        try:
            started = 0.0
            for direction, text, offset in recording.frames:
                if direction == "send":
                    while json.loads(await connection.recv()).get("event_type") != awaited:
                        pass
                    started = time.monotonic()
                    continue
                if paced:
                    await asyncio.sleep(max(0.0, started + offset - time.monotonic()))
                await connection.send(text)
            await connection.wait_closed()
        except ConnectionClosed:
            pass

    async def main() -> None:
        async with serve(replay, sock=sock, compression=None, max_size=None, ping_interval=None) as server:
            await server.serve_forever()

    asyncio.run(main())


@contextmanager
def replay_server(recording: Recording) -> Iterator[int]:
    """The replaying server in a child process; yields its port."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(4096)
    server = multiprocessing.get_context("fork").Process(target=_serve, args=(sock, recording), daemon=True)
    server.start()
    port = sock.getsockname()[1]
    sock.close()
    try:
        yield port
    finally:
        server.terminate()
        server.join()


# The client process ----------------------------------------------------------------------


@dataclass
class Tally:
    """What the sessions of one client process read, and how many are over."""

    sessions: int
    audio: int = 0
    text: int = 0
    over: int = 0
    errors: int = 0

    def __post_init__(self) -> None:
        self._all_over = asyncio.Event()

    def count(self) -> None:
        """One more session is over (its chat completed, or it failed)."""
        self.over += 1
        if self.over == self.sessions:
            self._all_over.set()

    async def arrive(self) -> None:
        """Count this session's chat as completed, and wait until every session's is."""
        self.count()
        await self._all_over.wait()


# A session of one client kind: (client object, base URL, tally, arrive) -> awaitable;
# `arrive()` is awaited once its chat completed, before it closes.
Session = Callable[[Any, str, Tally, Callable[[], Awaitable[None]]], Awaitable[None]]


def coze_ext_kind() -> tuple[Callable[[str], Any], Session, Callable[[Any], Awaitable[None]]]:
    from coze_ext import AsyncCoze
    from coze_ext.audio import decode_audio

    async def session(coze: Any, base_url: str, tally: Tally, arrive: Callable[[], Awaitable[None]]) -> None:
        async with coze.websockets.chat.connect(bot_id=BOT) as ws:
            await ws.send({"event_type": "conversation.message.create", "data": QUESTION})
            async for event in ws:
                if event.event_type == AUDIO:
                    tally.audio += len(decode_audio(event.data.content))
                elif event.event_type == TEXT:
                    tally.text += len(event.data.content)
                elif event.event_type == COMPLETED:
                    break
            await arrive()

    async def close(coze: Any) -> None:
        await coze.close()

    return lambda url: AsyncCoze(token="bench", base_url=url.replace("ws://", "http://")), session, close


def cozepy_kind() -> tuple[Callable[[str], Any], Session, Callable[[Any], Awaitable[None]]]:
    cozepy = import_cozepy()
    from cozepy.request import Requester
    from cozepy.websockets.chat import AsyncWebsocketsChatClient, ConversationMessageCreateEvent

    kinds = cozepy.WebsocketsEventType

    async def session(requester: Any, base_url: str, tally: Tally, arrive: Callable[[], Awaitable[None]]) -> None:
        completed = asyncio.Event()

        async def on_audio(client: Any, event: Any) -> None:
            tally.audio += len(event.data.get_audio())

        async def on_text(client: Any, event: Any) -> None:
            tally.text += len(event.data.content)

        async def on_completed(client: Any, event: Any) -> None:
            completed.set()

        # cozepy derives WebSocket URLs only from https:// base URLs: its client is built on
        # the loopback URL directly.
        client: Any = AsyncWebsocketsChatClient(
            base_url=base_url,
            requester=requester,
            bot_id=BOT,
            on_event={
                kinds.CONVERSATION_AUDIO_DELTA: on_audio,
                kinds.CONVERSATION_MESSAGE_DELTA: on_text,
                kinds.CONVERSATION_CHAT_COMPLETED: on_completed,
            },
        )
        await client.connect()
        await client.conversation_message_create(ConversationMessageCreateEvent.Data(**QUESTION))
        await completed.wait()
        await arrive()
        await client.close()

    async def close(requester: Any) -> None:
        pass  # cozepy's sessions hold nothing of the requester's to close

    return lambda url: Requester(auth=cozepy.AsyncTokenAuth("bench")), session, close


def resident() -> int:
    """The process's resident memory now, in bytes (Linux; elsewhere its peak so far)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except OSError:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * (1 if sys.platform == "darwin" else KIB)
    return pages * os.sysconf("SC_PAGE_SIZE")


def threads() -> int:
    """The process's threads now: every OS thread where Linux tells, else Python's."""
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return threading.active_count()


@dataclass(frozen=True)
class Outcome:
    """One client process's figures."""

    lag_p99: float
    lag_max: float
    per_session: float  # bytes
    threads: int
    completed: int
    errors: int
    seconds: float


async def run_sessions(client_name: str, port: int, sessions: int, stagger: float, recording: Recording) -> Outcome:
    build, session, close = coze_ext_kind() if client_name == "coze_ext" else cozepy_kind()
    url = f"ws://127.0.0.1:{port}"
    warm = Tally(1)
    warm_client = build(url + WARM)
    await asyncio.wait_for(session(warm_client, url + WARM, warm, warm.arrive), TIMEOUT)
    await close(warm_client)
    if warm.audio != recording.expected()[0]:
        raise SystemExit(
            f"{client_name}: the warm-up session decoded {warm.audio} audio bytes, not {recording.expected()[0]}"
        )

    client = build(url)
    gc.collect()
    before, peak, most_threads = resident(), resident(), threads()

    def sample() -> None:
        nonlocal peak, most_threads
        peak, most_threads = max(peak, resident()), max(most_threads, threads())

    tally = Tally(sessions)

    async def one(number: int) -> None:
        await asyncio.sleep(number * stagger / sessions)
        arrived = False

        async def arrive() -> None:
            nonlocal arrived
            arrived = True
            await tally.arrive()

        try:
            await session(client, url, tally, arrive)
        except Exception as error:
            tally.errors += 1
            if tally.errors == 1:
                print(f"{client_name}: a session failed: {type(error).__name__}: {error}", file=sys.stderr)
            if not arrived:
                tally.count()

    ticker = Ticker()
    ticking = asyncio.create_task(ticker.run(sample))
    started = time.monotonic()
    await asyncio.wait_for(asyncio.gather(*(one(number) for number in range(sessions))), TIMEOUT)
    elapsed = time.monotonic() - started
    ticker.stop()
    await ticking
    sample()
    await close(client)
    audio, text = recording.expected()
    if tally.errors == 0 and (tally.audio, tally.text) != (audio * sessions, text * sessions):
        raise SystemExit(f"{client_name}: the sessions read {tally.audio} audio bytes and {tally.text} characters")
    return Outcome(
        percentile(ticker.lags, 0.99),
        max(ticker.lags, default=0.0),
        (peak - before) / sessions,
        most_threads,
        tally.over - tally.errors,
        tally.errors,
        elapsed,
    )


def client_process(python: str, client_name: str, port: int, args: Any, recording_path: Path) -> Outcome:
    """One client's run in a fresh process of its own; its figures."""
    command = [
        python,
        __file__,
        "--client",
        client_name,
        "--port",
        str(port),
        "--sessions",
        str(args.sessions),
        "--stagger",
        str(args.stagger),
        "--recording",
        str(recording_path),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT * 2, check=False)
    if done.returncode != 0:
        raise SystemExit(f"the {client_name} process failed:\n{done.stdout}{done.stderr}")
    line = next(line for line in done.stdout.splitlines() if line.startswith("RESULT "))
    return Outcome(**json.loads(line.removeprefix("RESULT ")))


def shown(outcomes: list[Outcome], field: str) -> str:
    value = statistics.median(getattr(outcome, field) for outcome in outcomes)
    if field.startswith("lag"):
        return f"{value * 1000:.1f} ms"
    if field == "per_session":
        return f"{value / KIB:.1f} KiB"
    return f"{value:.0f}"


def main() -> None:
    parser = parser_for(__doc__)
    parser.add_argument("--sessions", type=int, help="concurrent sessions (default 500, smoke: 3)")
    parser.add_argument(
        "--stagger", type=float, help="seconds over which the sessions arrive (default: the recording's)"
    )
    default = reference_dir() / "ws-sessions" / "websocket_chat_success.txt"
    parser.add_argument("--recording", type=Path, default=default, help=f"the recorded session (default {default})")
    parser.add_argument("--client", choices=("coze_ext", "cozepy"), help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not args.recording.is_file():
        print(
            f"voice_sessions: the recorded voice chat {args.recording} is missing "
            "(set COZE_REFERENCE_DIR, or pass --recording): nothing to replay",
            file=sys.stderr,
        )
        sys.exit(2)
    recording = read_recording(args.recording)
    run = options(args, full=3, quick=1)
    args.sessions = args.sessions or (3 if run.smoke else 500)
    args.stagger = recording.length if args.stagger is None else args.stagger
    if args.client:  # a client process
        outcome = asyncio.run(run_sessions(args.client, args.port, args.sessions, args.stagger, recording))
        print("RESULT " + json.dumps(asdict(outcome)))
        return
    outcomes: dict[str, list[Outcome]] = {"coze_ext": [], "cozepy": []}
    with replay_server(recording) as port:
        for _ in range(run.rounds):
            for name, results in outcomes.items():
                results.append(client_process(sys.executable, name, port, args, args.recording))
                latest = results[-1]
                print(
                    f"{name:>9}: lag p99 {latest.lag_p99 * 1000:.1f} ms, max {latest.lag_max * 1000:.1f} ms,"
                    f" {latest.per_session / KIB:.1f} KiB/session, {latest.threads} threads,"
                    f" {latest.completed} completed, {latest.errors} errors, {latest.seconds:.1f} s",
                    flush=True,
                )
    print(
        f"{args.sessions} sessions over {args.stagger:.2f} s, recording {recording.length:.2f} s long,"
        f" {run.rounds} interleaved rounds, {machine()}"
    )
    ours, theirs = outcomes["coze_ext"], outcomes["cozepy"]
    label = f"{args.sessions} voice sessions at real pace"
    complete = all(o.errors == 0 and o.completed == args.sessions for o in ours)

    def row(what: str, field: str, bound: float, target: str) -> Row:
        mine = statistics.median(getattr(o, field) for o in ours)
        peer = statistics.median(getattr(o, field) for o in theirs)
        ratio = f"{mine / peer:.3f}x" if peer else "-"
        return Row(
            f"{label}: {what}",
            shown(ours, field),
            shown(theirs, field),
            ratio,
            target,
            complete and at_most(mine, bound),
        )

    emit(
        [
            row("loop lag p99", "lag_p99", 0.010, "<= 10 ms"),
            row("loop lag max", "lag_max", 0.050, "<= 50 ms"),
            row("memory per session", "per_session", 64 * KIB, "<= 64 KiB"),
            row("threads", "threads", MAX_THREADS, f"<= {MAX_THREADS} (none per session)"),
        ],
        run.results,
    )


if __name__ == "__main__":
    main()
