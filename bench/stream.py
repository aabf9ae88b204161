"""A chat stream of 50,000 deltas through coze_ext, cozepy and a tight raw decoder.

    .venv/bin/python bench/stream.py [--deltas 50000] [--rounds 10] [--quick] [--smoke]

A canned-answer server in a child process (bench/common.py) answers every POST /v3/chat
with the same chat stream, sent chunked: created, in_progress, N message deltas shaped like
Coze's, the completed message, chat.completed, done. In each round each client is built,
reads the whole stream and reads the content of every delta:
- coze_ext: `coze.chat.stream(...)`, `event.message.content`;
- cozepy 0.20.0: the same;
- the floor: httpx's `iter_raw()` split into events at blank lines, `json.loads` of each
  `data:` line and its `content` read: what a hand-written decoder that trusts the server
  costs (no event types, no models, no checks).
Figures are client CPU time per delta; ratios are the median of the per-round ratios.

Targets (issue 22): coze_ext >= 3.2x cozepy and >= 0.95x the floor.
"""

from __future__ import annotations

import json
import statistics
from collections.abc import Callable
from typing import Any

import httpx
from common import (
    Row,
    at_least,
    canned_server,
    cpu_rounds,
    emit,
    event_stream_answer,
    import_cozepy,
    machine,
    micros,
    options,
    parser_for,
    speedup,
)

CONV, CHAT, BOT, MSG, SECTION = (
    "7492837465019283746",
    "7492837465019284001",
    "7481029384756102938",
    "7492837465019284112",
    "7492837465019283750",
)
WORDS = ["Once ", "upon ", "a ", "time, ", "一个", "小", "机器人 ", "learned ", "to ", "talk. "]


def chat_stream_body(deltas: int) -> bytes:
    def event(name: str, data: Any) -> str:
        return f"event:{name}\ndata:{json.dumps(data, ensure_ascii=False, separators=(',', ':'))}\n\n"

    chat = {"id": CHAT, "conversation_id": CONV, "bot_id": BOT, "created_at": 1749600000, "section_id": SECTION}
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
        "reasoning_content": "",
        "created_at": 1749600003,
    }
    parts = [
        event("conversation.chat.created", {**chat, "status": "created"}),
        event("conversation.chat.in_progress", {**chat, "status": "in_progress"}),
    ]
    parts += [event("conversation.message.delta", {**message, "content": WORDS[i % len(WORDS)]}) for i in range(deltas)]
    full = "".join(WORDS[i % len(WORDS)] for i in range(deltas))
    parts.append(event("conversation.message.completed", {**message, "content": full}))
    parts.append(event("conversation.chat.completed", {**chat, "status": "completed", "usage": {"token_count": 9}}))
    parts.append('event:done\ndata:"[DONE]"\n\n')
    return "".join(parts).encode()


def raw_decoder(base_url: str) -> Callable[[], int]:
    url = base_url + "/v3/chat"

    def run() -> int:
        count = 0
        pending = b""
        with (
            httpx.Client(headers={"Authorization": "Bearer bench"}) as client,
            client.stream("POST", url, json={"bot_id": BOT, "user_id": "bench", "stream": True}) as response,
        ):
            for chunk in response.iter_raw():
                *blocks, pending = (pending + chunk).split(b"\n\n")
                for block in blocks:
                    name, _, data = block.partition(b"\ndata:")
                    if name == b"event:conversation.message.delta" and json.loads(data)["content"] is not None:
                        count += 1
        return count

    return run


def coze_ext_client(base_url: str) -> Callable[[], int]:
    from coze_ext import ChatEventType, Coze

    delta = ChatEventType.CONVERSATION_MESSAGE_DELTA

    def run() -> int:
        count = 0
        with Coze(token="bench", base_url=base_url) as coze:
            for event in coze.chat.stream(bot_id=BOT, user_id="bench"):
                if event.event == delta and event.message is not None and event.message.content is not None:
                    count += 1
        return count

    return run


def cozepy_client(base_url: str) -> Callable[[], int]:
    cozepy = import_cozepy()
    delta = cozepy.ChatEventType.CONVERSATION_MESSAGE_DELTA

    def run() -> int:
        count = 0
        coze = cozepy.Coze(auth=cozepy.TokenAuth("bench"), base_url=base_url)
        for event in coze.chat.stream(bot_id=BOT, user_id="bench"):
            if event.event == delta and event.message.content is not None:
                count += 1
        coze._requester._sync_client.close()  # cozepy has no close()
        return count

    return run


def counted(deltas: int, name: str, run: Callable[[], int]) -> Callable[[], None]:
    def checked() -> None:
        if (seen := run()) != deltas:
            raise SystemExit(f"{name} saw {seen} deltas, expected {deltas}")

    return checked


def main() -> None:
    parser = parser_for(__doc__)
    parser.add_argument("--deltas", type=int, help="message deltas in the stream (default 50000, smoke: 100)")
    args = parser.parse_args()
    run = options(args, full=10, quick=3)
    deltas = args.deltas or (100 if run.smoke else 50_000)
    body = chat_stream_body(deltas)
    with canned_server({"POST /v3/chat": event_stream_answer(body)}) as server:
        runs = {
            "coze_ext": coze_ext_client(server.url),
            "cozepy": cozepy_client(server.url),
            "iter_raw + json.loads": raw_decoder(server.url),
        }
        seconds = cpu_rounds({name: counted(deltas, name, run) for name, run in runs.items()}, run.rounds)
    print(f"{deltas} deltas, {len(body) / 1e6:.1f} MB per stream, {run.rounds} interleaved rounds, {machine()}")
    cost = {name: micros(statistics.median(values), deltas, "delta") for name, values in seconds.items()}
    for name, shown in cost.items():
        print(f"{name:>22}: {shown} client CPU (median round)")
    vs_cozepy = speedup(seconds["coze_ext"], seconds["cozepy"])
    vs_floor = speedup(seconds["coze_ext"], seconds["iter_raw + json.loads"])
    label = f"SSE chat stream, {deltas:,} deltas"
    emit(
        [
            Row(
                f"{label} vs cozepy",
                cost["coze_ext"],
                cost["cozepy"],
                f"{vs_cozepy:.3f}x",
                ">= 3.20x",
                at_least(vs_cozepy, 3.2),
            ),
            Row(
                f"{label} vs iter_raw + json.loads",
                cost["coze_ext"],
                cost["iter_raw + json.loads"],
                f"{vs_floor:.3f}x",
                ">= 0.95x",
                at_least(vs_floor, 0.95),
            ),
        ],
        run.results,
    )


if __name__ == "__main__":
    main()
