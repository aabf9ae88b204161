"""Sequential request throughput: `chat.retrieve` through coze_ext, a bare httpx client, and cozepy.

    .venv/bin/python bench/request.py [--calls 2000] [--rounds 7] [--size small]

A canned-answer server in a separate process (bench/common.py) answers every POST
/v3/chat/retrieve with the same completed chat. Each client makes `--calls` calls one after
the other on one kept-alive connection and reads the chat's status from each answer:
- raw httpx: `client.post(url, params=...)`, `.json()["data"]` (the floor: no models, no checks);
- coze_ext: `coze.chat.retrieve(conversation_id=..., chat_id=...)`;
- cozepy (0.20.0): the same call; skipped when cozepy is not installed.
Rounds interleave the clients; figures are each client's best round (median beside it).

Target (issue 10): coze_ext >= 0.95x the raw httpx floor.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from collections.abc import Callable

import httpx
from common import canned_server, interleaved, json_answer, ratio

CONV, CHAT_ID, BOT = "7492837465019283746", "7492837465019284001", "7481029384756102938"
CHAT = {
    "id": CHAT_ID,
    "conversation_id": CONV,
    "bot_id": BOT,
    "section_id": "7492837465019283750",
    "created_at": 1749600000,
    "completed_at": 1749600004,
    "status": "completed",
    "usage": {"token_count": 1532, "output_count": 212, "input_count": 1320},
    "meta_data": {},
}
ANSWER = {"code": 0, "msg": "", "data": CHAT, "detail": {"logid": "bench"}}


def raw_httpx(base_url: str, calls: int) -> Callable[[], None]:
    client = httpx.Client(headers={"Authorization": "Bearer bench"})
    url = base_url + "/v3/chat/retrieve"
    params = {"conversation_id": CONV, "chat_id": CHAT_ID}

    def run() -> None:
        for _ in range(calls):
            assert client.post(url, params=params).json()["data"]["status"] == "completed"

    return run


def coze_ext_client(base_url: str, calls: int) -> Callable[[], None]:
    from coze_ext import Coze

    coze = Coze(token="bench", base_url=base_url)

    def run() -> None:
        for _ in range(calls):
            assert coze.chat.retrieve(conversation_id=CONV, chat_id=CHAT_ID).status == "completed"

    return run


def cozepy_client(base_url: str, calls: int) -> Callable[[], None] | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import cozepy
    except ImportError:
        return None
    coze = cozepy.Coze(auth=cozepy.TokenAuth("bench"), base_url=base_url)

    def run() -> None:
        for _ in range(calls):
            assert coze.chat.retrieve(conversation_id=CONV, chat_id=CHAT_ID).status == "completed"

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, help="calls per round (default 2000, small: 20)")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--size", choices=("full", "small"), default="full", help="small: a quick smoke run")
    args = parser.parse_args()
    calls = args.calls or (20 if args.size == "small" else 2000)
    with canned_server({"POST /v3/chat/retrieve": json_answer(ANSWER)}) as base_url:
        runs = {"raw httpx": raw_httpx(base_url, calls), "coze_ext": coze_ext_client(base_url, calls)}
        cozepy = cozepy_client(base_url, calls)
        if cozepy is None:
            print("cozepy is not installed: its comparison is skipped")
        else:
            runs["cozepy"] = cozepy
        for run in runs.values():
            run()  # warm up: imports, the connection, first-use caches
        timings = interleaved(runs, args.rounds)
    python = sys.version.split()[0]
    print(f"{calls} sequential chat.retrieve calls per round, best of {args.rounds} rounds, Python {python}")
    rates = {name: calls / timing.best for name, timing in timings.items()}
    for name, timing in timings.items():
        print(f"{name:>12}: {rates[name]:>8,.0f} calls/s best, {calls / timing.median:>8,.0f} median")
    ratio("coze_ext / raw httpx floor (calls/s)", rates["coze_ext"], rates["raw httpx"], ">= 0.95x")
    if "cozepy" in rates:
        ratio("coze_ext / cozepy (calls/s)", rates["coze_ext"], rates["cozepy"], "none; for reference")


if __name__ == "__main__":
    main()
