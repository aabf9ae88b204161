"""Chat-stream throughput: coze_ext against the official SDK (cozepy) and a raw httpx loop.

    .venv/bin/python bench/stream.py [--deltas 50000] [--rounds 5]

A server in a separate process (so it does not compete for the GIL) answers every POST
/v3/chat with the same pre-built chat stream: created, in_progress, N message deltas shaped
like Coze's, the completed message, chat.completed, done. Each client reads the whole
stream and reads `message.content` from every delta; the best of `--rounds` runs counts.
cozepy (0.20.0) is optional: without it, its line is skipped.

Targets (issue 6): coze_ext >= 2x cozepy, and >= 0.7x the raw httpx line loop.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import socket
import sys
import time
import warnings
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx

CONV, CHAT, BOT, MSG, SECTION = (
    "7492837465019283746",
    "7492837465019284001",
    "7481029384756102938",
    "7492837465019284112",
    "7492837465019283750",
)


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
    words = ["Once ", "upon ", "a ", "time, ", "一个", "小", "机器人 ", "learned ", "to ", "talk. "]
    parts = [
        event("conversation.chat.created", {**chat, "status": "created"}),
        event("conversation.chat.in_progress", {**chat, "status": "in_progress"}),
    ]
    parts += [event("conversation.message.delta", {**message, "content": words[i % len(words)]}) for i in range(deltas)]
    full = "".join(words[i % len(words)] for i in range(deltas))
    parts.append(event("conversation.message.completed", {**message, "content": full}))
    parts.append(event("conversation.chat.completed", {**chat, "status": "completed", "usage": {"token_count": 9}}))
    parts.append('event:done\ndata:"[DONE]"\n\n')
    return "".join(parts).encode()


def serve(body: bytes, port_out: Any) -> None:
    chunk = 16 * 1024

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: Any) -> None:
            pass

        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("content-length") or 0))
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("x-tt-logid", "bench")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for start in range(0, len(body), chunk):
                part = body[start : start + chunk]
                self.wfile.write(b"%x\r\n%s\r\n" % (len(part), part))
            self.wfile.write(b"0\r\n\r\n")

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    port_out.send(server.server_address[1])
    server.serve_forever()


def raw_httpx(base_url: str) -> Callable[[], int]:
    client = httpx.Client()

    def run() -> int:
        count = 0
        with client.stream("POST", base_url + "/v3/chat", json={"stream": True}) as response:
            for line in response.iter_lines():
                if line.startswith("data:"):
                    data = json.loads(line[5:])
                    if isinstance(data, dict) and data.get("content") is not None:
                        count += 1
        return count

    return run


def coze_ext_client(base_url: str) -> Callable[[], int]:
    from coze_ext import ChatEventType, Coze

    coze = Coze(token="bench", base_url=base_url)
    delta = ChatEventType.CONVERSATION_MESSAGE_DELTA

    def run() -> int:
        count = 0
        for event in coze.chat.stream(bot_id=BOT, user_id="bench"):
            if event.event == delta and event.message is not None and event.message.content is not None:
                count += 1
        return count

    return run


def cozepy_client(base_url: str) -> Callable[[], int] | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import cozepy
    except ImportError:
        return None
    coze = cozepy.Coze(auth=cozepy.TokenAuth("bench"), base_url=base_url)
    delta = cozepy.ChatEventType.CONVERSATION_MESSAGE_DELTA

    def run() -> int:
        count = 0
        for event in coze.chat.stream(bot_id=BOT, user_id="bench"):
            if event.event == delta and event.message.content is not None:
                count += 1
        return count

    return run


def best_rates(clients: dict[str, Callable[[], int]], deltas: int, rounds: int) -> dict[str, float]:
    """Events per second of each client's best run. Rounds interleave the clients, so a
    busy moment of the machine slows all of them rather than one."""
    best = dict.fromkeys(clients, float("inf"))
    for _ in range(rounds):
        for name, run in clients.items():
            started = time.perf_counter()
            count = run()
            elapsed = time.perf_counter() - started
            if count < deltas:
                raise SystemExit(f"{name} saw {count} deltas, expected {deltas}")
            best[name] = min(best[name], elapsed)
    return {name: (deltas + 6) / seconds for name, seconds in best.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--deltas", type=int, default=50_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    body = chat_stream_body(args.deltas)
    receive, send = multiprocessing.Pipe(duplex=False)
    server = multiprocessing.Process(target=serve, args=(body, send), daemon=True)
    server.start()
    try:
        port = receive.recv()
        socket.create_connection(("127.0.0.1", port)).close()
        base_url = f"http://127.0.0.1:{port}"
        python = sys.version.split()[0]
        print(f"{args.deltas} deltas, {len(body) / 1e6:.1f} MB per stream, best of {args.rounds}, Python {python}")
        clients = {"raw httpx iter_lines + json.loads": raw_httpx(base_url), "coze_ext": coze_ext_client(base_url)}
        cozepy = cozepy_client(base_url)
        if cozepy is None:
            print("cozepy is not installed: its comparison is skipped")
        else:
            clients["cozepy"] = cozepy
        rates = best_rates(clients, args.deltas, args.rounds)
        for name, rate in rates.items():
            print(f"{name:>34}: {rate:>10,.0f} events/s")
        ours = rates["coze_ext"]
        print(f"coze_ext / raw httpx loop: {ours / rates['raw httpx iter_lines + json.loads']:.2f}x (target >= 0.7x)")
        if "cozepy" in rates:
            print(f"coze_ext / cozepy:         {ours / rates['cozepy']:.2f}x (target >= 2x)")
    finally:
        server.terminate()
        server.join()


if __name__ == "__main__":
    main()
