"""The plain HTTP answers the emulator gives outside an operation's own answer: Coze error
bodies and injected faults. Shared by the REST routes and the WebSocket handshakes.
"""

from __future__ import annotations

import json
from typing import Any

from starlette.responses import Response

from ._answers import error_body
from ._faults import Fault, default_error_code

__all__ = ["JSON_TYPE", "fault_response", "json_response"]

JSON_TYPE = "application/json; charset=utf-8"
_GATEWAY_PAGE = (
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>emulated gateway</center>\r\n</body>\r\n</html>\r\n"
)


def json_response(body: Any, status: int, logid: str, headers: dict[str, str] | None = None) -> Response:
    return Response(
        json.dumps(body, ensure_ascii=False).encode(),
        status,
        headers={"x-tt-logid": logid, **(headers or {})},
        media_type=JSON_TYPE,
    )


def fault_response(fault: Fault, logid: str) -> Response:
    """The answer a fault gives instead of the real one: a gateway page, a fixed body or a Coze error."""
    headers = {"x-tt-logid": logid, **fault.headers}
    status = fault.status if fault.status is not None else 200
    if fault.html:
        return Response(_GATEWAY_PAGE, status, headers=headers, media_type="text/html")
    if fault.body is not None:
        return Response(fault.body, status, headers=headers, media_type=fault.content_type or "text/plain")
    code = fault.code if fault.code is not None else default_error_code(status)
    msg = fault.msg or f"emulated error (HTTP {status}, code {code})"
    return json_response(error_body(code, msg, logid), status, logid, dict(fault.headers))
