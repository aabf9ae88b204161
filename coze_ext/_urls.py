"""Base URLs carry no credentials.

Coze authenticates with a bearer token, never with a user name and password in the URL
(`https://user:pass@host`). Such a URL would put the password where URLs go: into log
lines and error messages, and into an `Authorization: Basic` header that httpx and the
WebSocket library derive from it. So every base URL the SDK takes is refused with one:
before anything is sent, and without echoing the URL.
"""

from __future__ import annotations

import re

# The authority of a URL (`[user[:password]@]host[:port]`) ends at the first of these.
_AUTHORITY_END = re.compile(r"[/?#]")


def refuse_credentials(url: str, what: str) -> None:
    """Raise ValueError if `url` has a user name or password; `what` names the argument.

    Read without a URL parser, so even a URL no parser takes (or one parsers read
    differently) is refused if anything before its path could be credentials.
    """
    authority = _AUTHORITY_END.split(url.partition("://")[2] or url, maxsplit=1)[0]
    if "@" in authority:
        raise ValueError(
            f"{what} must not contain a user name or password (user:password@host): Coze never uses "
            "them, and they would be sent and logged; pass the credential as token= or auth= "
            "(the URL is not shown, to keep the password out of this message)"
        )
