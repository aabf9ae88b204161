"""Parsing a long message list: coze_ext against cozepy, end to end and the model step alone.

    .venv/bin/python bench/parse.py [--messages 5000] [--rounds 7] [--size small]

A canned-answer server in a separate process (bench/common.py) answers GET
/v3/chat/message/list with `--messages` chat messages shaped like Coze's (ids, role, type,
content, content_type, reasoning_content, timestamps, meta_data). Two measurements, each
reading `content` and `meta_data` of every message:
- end to end: the public call, `coze.chat.messages.list(conversation_id=..., chat_id=...)`,
  in coze_ext and in cozepy (0.20.0), with a raw httpx + json line as the floor;
- model step alone: the decoded JSON list (decoded once, before timing) turned into models
  by the class the public call returns (coze_ext `from_dict`, cozepy `model_validate`).
Rounds interleave the clients; figures are each client's best round (median beside it).

Target (issue 10): coze_ext >= 1.2x cozepy.
"""

from __future__ import annotations

import argparse
import json
import sys
import warnings
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import httpx
from common import Timing, canned_server, interleaved, json_answer, ratio

CONV, CHAT_ID, BOT, SECTION = "7492837465019283746", "7492837465019284001", "7481029384756102938", "7492837465019283750"
WORDS = ["Once ", "upon ", "a ", "time, ", "一个", "小", "机器人 ", "learned ", "to ", "talk. "]


def messages(count: int) -> list[dict[str, Any]]:
    """`count` messages of one chat, alternating questions and answers."""
    return [
        {
            "id": str(7492837465019290000 + i),
            "conversation_id": CONV,
            "bot_id": BOT,
            "chat_id": CHAT_ID,
            "section_id": SECTION,
            "role": "user" if i % 2 == 0 else "assistant",
            "type": "question" if i % 2 == 0 else "answer",
            "content": "".join(WORDS[(i + j) % len(WORDS)] for j in range(12)),
            "content_type": "text",
            "reasoning_content": "",
            "meta_data": {"source": "bench", "turn": str(i // 2)},
            "created_at": 1749600000 + i,
            "updated_at": 1749600000 + i,
        }
        for i in range(count)
    ]


def read_fields(items: Iterable[Any]) -> int:
    """What a caller does with the list: read each message's content and meta_data."""
    return sum(1 for item in items if item.content is not None and item.meta_data is not None)


def coze_ext_parser(result: Sequence[Any]) -> Callable[[dict[str, Any]], Any]:
    """How coze_ext builds one message model: `from_dict` of the class its public call returns
    (the one place to adapt when the generated models change)."""
    return type(result[0]).from_dict  # type: ignore[no-any-return]


def coze_ext_runs(base_url: str, decoded: list[dict[str, Any]]) -> tuple[Callable[[], int], Callable[[], int]]:
    from coze_ext import Coze

    coze = Coze(token="bench", base_url=base_url)
    parse = coze_ext_parser(coze.chat.messages.list(conversation_id=CONV, chat_id=CHAT_ID))
    return (
        lambda: read_fields(coze.chat.messages.list(conversation_id=CONV, chat_id=CHAT_ID)),
        lambda: read_fields([parse(item) for item in decoded]),
    )


def cozepy_runs(base_url: str, decoded: list[dict[str, Any]]) -> tuple[Callable[[], int], Callable[[], int]] | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import cozepy
    except ImportError:
        return None
    coze = cozepy.Coze(auth=cozepy.TokenAuth("bench"), base_url=base_url)
    parse = type(coze.chat.messages.list(conversation_id=CONV, chat_id=CHAT_ID)[0]).model_validate
    return (
        lambda: read_fields(coze.chat.messages.list(conversation_id=CONV, chat_id=CHAT_ID)),
        lambda: read_fields([parse(item) for item in decoded]),
    )


def raw_httpx_run(base_url: str) -> Callable[[], int]:
    client = httpx.Client(headers={"Authorization": "Bearer bench"})
    url = base_url + "/v3/chat/message/list"
    return lambda: sum(
        1
        for item in client.get(url, params={"conversation_id": CONV, "chat_id": CHAT_ID}).json()["data"]
        if item["content"] is not None
    )


def report(title: str, timings: dict[str, Timing], count: int) -> None:
    print(title)
    for name, timing in timings.items():
        print(
            f"{name:>12}: {timing.best * 1000:>8.1f} ms best, {timing.median * 1000:>8.1f} ms median,"
            f" {count / timing.best:>10,.0f} messages/s"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, help="messages in the list (default 5000, small: 50)")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--size", choices=("full", "small"), default="full", help="small: a quick smoke run")
    args = parser.parse_args()
    count = args.messages or (50 if args.size == "small" else 5000)
    listed = messages(count)
    answer = {"code": 0, "msg": "", "data": listed, "detail": {"logid": "bench"}}
    body = json_answer(answer)
    decoded = json.loads(json.dumps(listed))  # what a JSON decoder hands the model step
    with canned_server({"GET /v3/chat/message/list": body}) as base_url:
        ours = coze_ext_runs(base_url, decoded)
        end_to_end = {"raw httpx": raw_httpx_run(base_url), "coze_ext": ours[0]}
        parse_only = {"coze_ext": ours[1]}
        peer = cozepy_runs(base_url, decoded)
        if peer is None:
            print("cozepy is not installed: its comparison is skipped")
        else:
            end_to_end["cozepy"], parse_only["cozepy"] = peer
        for run in (*end_to_end.values(), *parse_only.values()):
            if run() != count:  # warm up, and check every client saw every message
                raise SystemExit("a client did not read every message")
        both = interleaved({**{f"e2e {k}": v for k, v in end_to_end.items()}, **parse_only}, args.rounds)
    python = sys.version.split()[0]
    print(
        f"{count} messages, {len(body) / 1e6:.2f} MB answer, best of {args.rounds} interleaved rounds, Python {python}"
    )
    e2e = {name.removeprefix("e2e "): timing for name, timing in both.items() if name.startswith("e2e ")}
    models = {name: timing for name, timing in both.items() if not name.startswith("e2e ")}
    report("end to end (chat.messages.list):", e2e, count)
    report("model step alone (decoded JSON -> models):", models, count)
    e2e_rates = {name: count / timing.best for name, timing in e2e.items()}
    model_rates = {name: count / timing.best for name, timing in models.items()}
    if "cozepy" in e2e:
        ratio("coze_ext / cozepy, end to end (messages/s)", e2e_rates["coze_ext"], e2e_rates["cozepy"], ">= 1.2x")
        ratio("coze_ext / cozepy, model step (messages/s)", model_rates["coze_ext"], model_rates["cozepy"], ">= 1.2x")
    ratio("coze_ext / raw httpx + json, end to end", e2e_rates["coze_ext"], e2e_rates["raw httpx"], "none; the floor")


if __name__ == "__main__":
    main()
