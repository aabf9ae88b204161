"""Base URLs, defaults and environment variable names."""

from __future__ import annotations

import os
import sys

import httpx

from ._version import __version__

COZE_COM_BASE_URL = "https://api.coze.com"
COZE_CN_BASE_URL = "https://api.coze.cn"
COZE_COM_WS_BASE_URL = "wss://ws.coze.com"
COZE_CN_WS_BASE_URL = "wss://ws.coze.cn"

ENV_TOKEN = "COZE_API_TOKEN"
ENV_BASE_URL = "COZE_API_BASE"

# Connecting should be quick; a non-streaming chat or workflow may think for minutes.
# Waiting for a free connection of the pool is queueing, not a failure: it has no limit.
DEFAULT_TIMEOUT = httpx.Timeout(600.0, connect=10.0, pool=None)
# A stream may pause while the bot thinks or a tool runs; five quiet minutes means it died.
DEFAULT_STREAM_IDLE_TIMEOUT = 300.0
# httpx's default keeps only 20 idle connections: under fan-out every answer beyond those
# closed its connection and the next queued call opened a new one (a TLS handshake each).
# Keeping the whole pool alive lets queued calls take over finished connections.
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100)
# AsyncCoze's own pool: a slow answer (a chat thinks for seconds) holds its connection that
# long, so many calls at once need more connections than one thread's calls ever do; at
# 100, 1,000 calls at once against a 200 ms server ran at 452/s where cozepy (up to 1,000
# connections) ran at 553/s. Its slot pool costs the same per call at 256 as at 100
# (bench/fanout.py). The aiohttp extra keeps DEFAULT_LIMITS: what a cap on connections is for.
DEFAULT_ASYNC_LIMITS = httpx.Limits(max_connections=256, max_keepalive_connections=256)
DEFAULT_MAX_RETRIES = 2
# The most a JSON answer may hold (decoded): far above any real one, low enough that a
# runaway or decompression-bomb answer cannot exhaust memory. Streams and binary answers
# are read piece by piece and have no cap.
DEFAULT_MAX_RESPONSE_SIZE = 100 * 1024 * 1024
LOGID_HEADER = "x-tt-logid"


def user_agent() -> str:
    """The `User-Agent` of every request: the SDK, Python and the OS."""
    python = ".".join(map(str, sys.version_info[:3]))
    return f"coze-ext/{__version__} python/{python} {_system()}"


def _system() -> str:
    """`linux/6.1.0`: the OS and its release (os.uname where there is one: importing
    `platform` costs a millisecond of every start-up)."""
    if hasattr(os, "uname"):
        uname = os.uname()
        return f"{uname.sysname.lower()}/{uname.release}"
    import platform  # Windows

    return f"{platform.system().lower()}/{platform.release()}"
