"""A fast keep-alive HTTP server for fan-out tests, run in its own process (so it does not
compete with the client for the GIL): `python echo_server.py DELAY` prints its port, then
answers every GET, DELAY seconds later, with a chat whose id is the request's `chat_id`.
It counts the connections it accepted and reports the count for a GET of /connections."""

from __future__ import annotations

import asyncio
import sys
from urllib.parse import parse_qs, urlsplit

connections = 0


class Echo(asyncio.Protocol):
    def __init__(self, delay: float) -> None:
        global connections
        connections += 1
        self._delay = delay
        self._buffer = b""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        while b"\r\n\r\n" in self._buffer:
            head, _, self._buffer = self._buffer.partition(b"\r\n\r\n")
            url = urlsplit(head.split(b" ", 2)[1].decode())
            if url.path == "/connections":
                body, delay = str(connections).encode(), 0.0
            else:
                chat_id = parse_qs(url.query)["chat_id"][0]
                body, delay = (
                    b'{"code": 0, "data": {"id": "%s", "conversation_id": "c"}}' % chat_id.encode(),
                    self._delay,
                )
            answer = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(body)
            asyncio.get_running_loop().call_later(delay, self._transport.write, answer + body)


async def main(delay: float) -> None:
    server = await asyncio.get_running_loop().create_server(lambda: Echo(delay), "127.0.0.1", 0, backlog=1024)
    print(server.sockets[0].getsockname()[1], flush=True)
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main(float(sys.argv[1])))
