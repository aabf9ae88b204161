"""tests/typecheck/seam.py pairs every family's generated Protocol with the runtime class that
implements it; mypy checks each pairing, this checks that none is missing. A new stream family
or WebSocket endpoint in the spec fails here until seam.py pairs it."""

from __future__ import annotations

from pathlib import Path

from coze_api import sockets
from coze_api.events import EVENT_MAPS

SEAM = (Path(__file__).parent / "typecheck" / "seam.py").read_text()


def test_every_stream_family_is_paired() -> None:
    assert EVENT_MAPS
    for family in EVENT_MAPS:
        for protocol in (f"{family}Stream", f"Async{family}Stream"):
            assert f": {protocol} = " in SEAM, (
                f"tests/typecheck/seam.py does not pair {protocol} with its runtime class"
            )


def test_every_websocket_endpoint_is_paired() -> None:
    protocols = [name for name in sockets.__all__ if name.endswith("Socket")]
    assert len(protocols) >= 8
    for protocol in protocols:
        assert f"        {protocol},\n" in SEAM.split("checked: tuple[", 1)[1].split("] = (", 1)[0], (
            f"tests/typecheck/seam.py does not pair {protocol} with its runtime class"
        )
