"""Small result containers that carry the response's logid."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


class ResultList(list[Any]):
    """A list result (e.g. the messages of a chat) that remembers its response's logid."""

    def __init__(self, items: Iterable[Any] = (), *, logid: str | None = None) -> None:
        super().__init__(items)
        self.logid = logid
