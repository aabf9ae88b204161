"""Sequential requests: 1,000 `chat.retrieve` calls through coze_ext, cozepy and a raw httpx client.

    .venv/bin/python bench/request.py [--calls 1000] [--rounds 20] [--quick] [--smoke]

A canned-answer server in a child process (bench/common.py) answers every POST
/v3/chat/retrieve with the same completed chat. In each round each client is built, makes
`--calls` calls one after the other on its kept-alive connection, reads the chat's status
from each answer, and is closed:
- coze_ext: `Coze(token=...)`, `coze.chat.retrieve(conversation_id=..., chat_id=...)`;
- cozepy 0.20.0: the same call;
- raw httpx (the floor): `httpx.Client`, `client.post(url, params=...)`, `.json()["data"]`:
  no models, no checks.
Figures are client CPU time per call; ratios are the median of the per-round ratios.

Targets (issue 22): coze_ext >= 1.0x cozepy and >= 0.95x the raw httpx floor.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable

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
    url = base_url + "/v3/chat/retrieve"
    params = {"conversation_id": CONV, "chat_id": CHAT_ID}

    def run() -> None:
        with httpx.Client(headers={"Authorization": "Bearer bench"}) as client:
            for _ in range(calls):
                assert client.post(url, params=params).json()["data"]["status"] == "completed"

    return run


def coze_ext_client(base_url: str, calls: int) -> Callable[[], None]:
    from coze_ext import Coze

    def run() -> None:
        with Coze(token="bench", base_url=base_url) as coze:
            for _ in range(calls):
                assert coze.chat.retrieve(conversation_id=CONV, chat_id=CHAT_ID).status == "completed"

    return run


def cozepy_client(base_url: str, calls: int) -> Callable[[], None]:
    cozepy = import_cozepy()

    def run() -> None:
        coze = cozepy.Coze(auth=cozepy.TokenAuth("bench"), base_url=base_url)
        for _ in range(calls):
            assert coze.chat.retrieve(conversation_id=CONV, chat_id=CHAT_ID).status == "completed"
        # cozepy has no close(); closing its httpx client keeps rounds from piling up connections.
        coze._requester._sync_client.close()

    return run


def main() -> None:
    parser = parser_for(__doc__)
    parser.add_argument("--calls", type=int, help="calls per round (default 1000, smoke: 20)")
    args = parser.parse_args()
    run = options(args, full=20, quick=5)
    calls = args.calls or (20 if run.smoke else 1000)
    with canned_server({"POST /v3/chat/retrieve": json_answer(ANSWER)}) as server:
        runs = {
            "coze_ext": coze_ext_client(server.url, calls),
            "cozepy": cozepy_client(server.url, calls),
            "raw httpx": raw_httpx(server.url, calls),
        }
        seconds = cpu_rounds(runs, run.rounds)
    print(f"{calls} sequential chat.retrieve calls per round, {run.rounds} interleaved rounds, {machine()}")
    for name, values in seconds.items():
        print(f"{name:>10}: {micros(statistics.median(values), calls, 'call')} client CPU (median round)")
    cost = {name: micros(statistics.median(values), calls, "call") for name, values in seconds.items()}
    vs_cozepy = speedup(seconds["coze_ext"], seconds["cozepy"])
    vs_floor = speedup(seconds["coze_ext"], seconds["raw httpx"])
    label = f"{calls:,} sequential chat.retrieve"
    emit(
        [
            Row(
                f"{label} vs cozepy",
                cost["coze_ext"],
                cost["cozepy"],
                f"{vs_cozepy:.3f}x",
                ">= 1.00x",
                at_least(vs_cozepy, 1.0),
            ),
            Row(
                f"{label} vs raw httpx",
                cost["coze_ext"],
                cost["raw httpx"],
                f"{vs_floor:.3f}x",
                ">= 0.95x",
                at_least(vs_floor, 0.95),
            ),
        ],
        run.results,
    )


if __name__ == "__main__":
    main()
