"""Parsing a long message list: 5,000 messages through coze_ext and cozepy, end to end.

    .venv/bin/python bench/parse.py [--messages 5000] [--rounds 20] [--quick] [--smoke]

A canned-answer server in a child process (bench/common.py) answers GET
/v3/chat/message/list with `--messages` chat messages shaped like Coze's (ids, role, type,
content, content_type, reasoning_content, timestamps, meta_data). Each client reads
`content` and `meta_data` of every message:
- end to end (the target): in each round a client is built and makes the public call,
  `coze.chat.messages.list(conversation_id=..., chat_id=...)`, in coze_ext and in cozepy
  0.20.0, with a raw httpx + json line as the floor (for information);
- the model step alone (for information): the decoded JSON list (decoded once, before
  timing) turned into models by the class the public call returns (coze_ext `from_dict`,
  cozepy `model_validate`).
Figures are client CPU time per message; ratios are the median of the per-round ratios.

Target (issue 22): coze_ext >= 1.6x cozepy, end to end.
"""

from __future__ import annotations

import json
import statistics
from collections.abc import Callable, Iterable
from typing import Any

import httpx
from common import (
    Row,
    at_least,
    canned_server,
    cpu_rounds,
    emit,
    import_cozepy,
    json_answer,
    machine,
    micros,
    options,
    parser_for,
    speedup,
)

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


def counted(count: int, run: Callable[[], int]) -> Callable[[], None]:
    """`run`, failing loudly if it did not read every message."""

    def checked() -> None:
        if run() != count:
            raise SystemExit("a client did not read every message")

    return checked


def coze_ext_runs(base_url: str, decoded: list[dict[str, Any]]) -> tuple[Callable[[], int], Callable[[], int]]:
    from coze_ext import Coze

    def end_to_end() -> int:
        with Coze(token="bench", base_url=base_url) as coze:
            return read_fields(coze.chat.messages.list(conversation_id=CONV, chat_id=CHAT_ID))

    with Coze(token="bench", base_url=base_url) as coze:
        # from_dict of the class the public call returns: the one place to adapt when the
        # generated models change.
        parse = type(coze.chat.messages.list(conversation_id=CONV, chat_id=CHAT_ID)[0]).from_dict
    return end_to_end, lambda: read_fields([parse(item) for item in decoded])


def cozepy_runs(base_url: str, decoded: list[dict[str, Any]]) -> tuple[Callable[[], int], Callable[[], int]]:
    cozepy = import_cozepy()

    def end_to_end() -> int:
        coze = cozepy.Coze(auth=cozepy.TokenAuth("bench"), base_url=base_url)
        count = read_fields(coze.chat.messages.list(conversation_id=CONV, chat_id=CHAT_ID))
        coze._requester._sync_client.close()  # cozepy has no close()
        return count

    coze = cozepy.Coze(auth=cozepy.TokenAuth("bench"), base_url=base_url)
    parse = type(coze.chat.messages.list(conversation_id=CONV, chat_id=CHAT_ID)[0]).model_validate
    coze._requester._sync_client.close()
    return end_to_end, lambda: read_fields([parse(item) for item in decoded])


def raw_httpx_run(base_url: str) -> Callable[[], int]:
    url = base_url + "/v3/chat/message/list"

    def run() -> int:
        with httpx.Client(headers={"Authorization": "Bearer bench"}) as client:
            items = client.get(url, params={"conversation_id": CONV, "chat_id": CHAT_ID}).json()["data"]
            return sum(1 for item in items if item["content"] is not None and item["meta_data"] is not None)

    return run


def main() -> None:
    parser = parser_for(__doc__)
    parser.add_argument("--messages", type=int, help="messages in the list (default 5000, smoke: 50)")
    args = parser.parse_args()
    run = options(args, full=20, quick=5)
    count = args.messages or (50 if run.smoke else 5000)
    listed = messages(count)
    body = json_answer({"code": 0, "msg": "", "data": listed, "detail": {"logid": "bench"}})
    decoded = json.loads(json.dumps(listed))  # what a JSON decoder hands the model step
    with canned_server({"GET /v3/chat/message/list": body}) as server:
        ours, ours_models = coze_ext_runs(server.url, decoded)
        theirs, their_models = cozepy_runs(server.url, decoded)
        runs = {
            "coze_ext": ours,
            "cozepy": theirs,
            "raw httpx": raw_httpx_run(server.url),
            "coze_ext models": ours_models,
            "cozepy models": their_models,
        }
        seconds = cpu_rounds({name: counted(count, run) for name, run in runs.items()}, run.rounds)
    print(f"{count} messages, {len(body) / 1e6:.2f} MB answer, {run.rounds} interleaved rounds, {machine()}")
    cost = {name: micros(statistics.median(values), count, "msg") for name, values in seconds.items()}
    for name, shown in cost.items():
        print(f"{name:>16}: {shown} client CPU (median round)")
    label = f"parse a {count:,}-message list"
    e2e = speedup(seconds["coze_ext"], seconds["cozepy"])
    models = speedup(seconds["coze_ext models"], seconds["cozepy models"])
    floor = speedup(seconds["coze_ext"], seconds["raw httpx"])
    emit(
        [
            Row(f"{label} vs cozepy", cost["coze_ext"], cost["cozepy"], f"{e2e:.3f}x", ">= 1.60x", at_least(e2e, 1.6)),
            Row(
                f"{label}, model step alone vs cozepy",
                cost["coze_ext models"],
                cost["cozepy models"],
                f"{models:.3f}x",
                "none (information)",
                None,
            ),
            Row(
                f"{label} vs raw httpx + json",
                cost["coze_ext"],
                cost["raw httpx"],
                f"{floor:.3f}x",
                "none (information)",
                None,
            ),
        ],
        run.results,
    )


if __name__ == "__main__":
    main()
