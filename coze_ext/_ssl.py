"""One TLS context for every connection the SDK opens (REST, OAuth, WebSocket handshakes),
its trusted certificates loaded at the first TLS handshake rather than when a client is made.

httpx builds a context per client, loading certifi's bundle each time: about 15 ms, a good
part of a script's start-up, and paid again by every client a program makes. This context
is made once per process and is what httpx would have made: verification and host-name
checks on (as `ssl.create_default_context`), the roots of `SSL_CERT_FILE` or `SSL_CERT_DIR`
when set (as httpx trusts its environment), else certifi's, and `SSLKEYLOGFILE` honoured.
Only the loading waits: a client that never speaks TLS (a local emulator over http://) never
pays for it. TLS is never switched off here; a caller who wants other roots passes their
own `http_client`.
"""

from __future__ import annotations

import os
import ssl
import sys
import threading
from typing import Any

_lock = threading.Lock()
_contexts: dict[tuple[str | None, str | None], _DeferredRoots] = {}


class _DeferredRoots(ssl.SSLContext):
    """A client context whose trusted certificates load just before its first handshake
    (`wrap_socket` for blocking sockets, `wrap_bio` for asyncio and anyio)."""

    _cafile: str | None
    _capath: str | None
    _loaded: bool

    def wrap_socket(self, *args: Any, **kwargs: Any) -> ssl.SSLSocket:  # ssl's own signature
        self._load_roots()
        return super().wrap_socket(*args, **kwargs)

    def wrap_bio(self, *args: Any, **kwargs: Any) -> ssl.SSLObject:
        self._load_roots()
        return super().wrap_bio(*args, **kwargs)

    def _load_roots(self) -> None:
        if self._loaded:
            return
        with _lock:
            if self._loaded:
                return
            if self._cafile or self._capath:
                self.load_verify_locations(cafile=self._cafile, capath=self._capath)
            else:
                import certifi

                self.load_verify_locations(cafile=certifi.where())
            self._loaded = True


def shared_ssl_context() -> ssl.SSLContext:
    """The process's TLS context for the roots the environment names now (see the module)."""
    cafile = os.environ.get("SSL_CERT_FILE") or None
    capath = None if cafile else (os.environ.get("SSL_CERT_DIR") or None)
    key = (cafile, capath)
    context = _contexts.get(key)
    if context is None:
        with _lock:
            context = _contexts.get(key)
            if context is None:
                context = _contexts[key] = _new_context(cafile, capath)
    return context


def _new_context(cafile: str | None, capath: str | None) -> _DeferredRoots:
    context = _DeferredRoots(ssl.PROTOCOL_TLS_CLIENT)  # verifies certificates and host names
    context._cafile, context._capath, context._loaded = cafile, capath, False
    keylog = os.environ.get("SSLKEYLOGFILE")
    if keylog and not sys.flags.ignore_environment:
        context.keylog_filename = keylog
    return context
