"""Failures become one typed hierarchy, chosen by Coze code and HTTP status, with the logid."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from loopback import LoopbackServer, json_reply

from coze_ext import (
    COZE_CN_BASE_URL,
    COZE_COM_BASE_URL,
    APIConnectionError,
    APIError,
    APITimeoutError,
    AsyncCoze,
    AuthenticationError,
    BadRequestError,
    Coze,
    GatewayError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestTimeoutError,
)


def client(response: httpx.Response | Exception, base_url: str = "https://api.coze.test") -> Coze:
    def handler(request: httpx.Request) -> httpx.Response:
        if isinstance(response, Exception):
            raise response
        return response

    return Coze(
        "tok", base_url=base_url, http_client=httpx.Client(transport=httpx.MockTransport(handler)), max_retries=0
    )


def call(coze: Coze) -> Any:
    return coze.chat.create(bot_id="b", user_id="u")


@pytest.mark.parametrize(
    ("status", "code", "expected"),
    [
        (200, 4000, BadRequestError),
        (200, 4100, AuthenticationError),
        (200, 4101, PermissionDeniedError),
        (200, 4200, NotFoundError),
        (200, 4013, RateLimitError),
        (400, None, BadRequestError),
        (401, None, AuthenticationError),
        (403, None, PermissionDeniedError),
        (404, None, NotFoundError),
        (408, None, RequestTimeoutError),
        (429, None, RateLimitError),
        (500, None, InternalServerError),
        (502, None, GatewayError),
        (503, None, GatewayError),
        (520, None, InternalServerError),
        (418, None, APIError),
        (200, 4016, APIError),
        (400, 4100, AuthenticationError),
    ],
)
def test_status_and_code_choose_the_class(status: int, code: int | None, expected: type[APIError]) -> None:
    body: dict[str, Any] = {"msg": "went wrong", "detail": {"logid": "body-logid"}}
    if code is not None:
        body["code"] = code
    with pytest.raises(expected) as caught:
        call(client(httpx.Response(status, json=body, headers={"x-tt-logid": "header-logid"})))
    error = caught.value
    assert type(error) is expected
    assert error.status_code == status
    assert error.code == code
    assert error.msg == "went wrong"
    assert error.logid == "header-logid"
    assert error.body == body
    assert "header-logid" in str(error)


def test_logid_falls_back_to_the_body_detail() -> None:
    response = httpx.Response(200, json={"code": 4200, "msg": "no bot", "detail": {"logid": "from-body"}})
    with pytest.raises(NotFoundError) as caught:
        call(client(response))
    assert caught.value.logid == "from-body"


def test_html_gateway_page_is_a_typed_error_not_a_parse_error() -> None:
    page = "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>"
    with pytest.raises(GatewayError) as caught:
        call(client(httpx.Response(502, text=page, headers={"content-type": "text/html"})))
    assert caught.value.status_code == 502
    assert caught.value.code is None
    assert "502 Bad Gateway" in str(caught.value)
    assert caught.value.body == page


def test_empty_body_error_is_typed() -> None:
    with pytest.raises(InternalServerError) as caught:
        call(client(httpx.Response(500, content=b"")))
    assert caught.value.status_code == 500
    assert "Internal Server Error" in str(caught.value)


def test_non_json_success_body_is_a_typed_error() -> None:
    with pytest.raises(APIError) as caught:
        call(client(httpx.Response(200, text="not json at all")))
    assert caught.value.status_code == 200
    assert caught.value.body == "not json at all"


def test_debug_url_is_kept() -> None:
    body = {"code": 4000, "msg": "bad", "debug_url": "https://www.coze.test/debug/1"}
    with pytest.raises(BadRequestError) as caught:
        call(client(httpx.Response(200, json=body)))
    assert caught.value.debug_url == "https://www.coze.test/debug/1"


def test_auth_error_on_coze_com_hints_at_coze_cn() -> None:
    response = httpx.Response(401, json={"code": 4100, "msg": "authentication is invalid"})
    with pytest.raises(AuthenticationError) as caught:
        call(client(response, base_url=COZE_COM_BASE_URL))
    assert "COZE_CN_BASE_URL" in str(caught.value)
    with pytest.raises(AuthenticationError) as caught:
        call(client(response, base_url=COZE_CN_BASE_URL))
    assert "COZE_CN_BASE_URL" not in str(caught.value)


def test_connection_and_timeout_errors_are_typed() -> None:
    with pytest.raises(APIConnectionError) as caught:
        call(client(httpx.ConnectError("refused")))
    assert not isinstance(caught.value, APITimeoutError)
    with pytest.raises(APITimeoutError):
        call(client(httpx.ReadTimeout("slow")))


async def test_async_errors_match_sync() -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"code": 4101, "msg": "no permission"}, headers={"x-tt-logid": "L"})

    coze = AsyncCoze("tok", http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)), max_retries=0)
    with pytest.raises(PermissionDeniedError) as caught:
        await coze.chat.create(bot_id="b", user_id="u")
    assert caught.value.logid == "L"
    assert caught.value.code == 4101


def test_stream_call_answered_with_json_error_raises_typed_error() -> None:
    response = httpx.Response(200, json={"code": 4100, "msg": "token expired"}, headers={"x-tt-logid": "S"})
    with pytest.raises(AuthenticationError) as caught:
        client(response).chat.stream(bot_id="b", user_id="u")
    assert caught.value.logid == "S"


class _ToLoopback(httpx.BaseTransport):
    """Sends every request to a loopback server, whatever host it names, so the client
    believes it talks to api.coze.com or api.coze.cn while a real server answers."""

    def __init__(self, server: LoopbackServer) -> None:
        self._server = httpx.URL(server.base_url)
        self._inner = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        target = request.url.copy_with(scheme="http", host=self._server.host, port=self._server.port)
        return self._inner.handle_request(
            httpx.Request(request.method, target, headers=request.headers, content=request.read())
        )


@pytest.mark.parametrize(
    ("code", "status", "error"), [(4100, 401, AuthenticationError), (4101, 403, PermissionDeniedError)]
)
@pytest.mark.parametrize(
    ("base_url", "hint"), [(COZE_COM_BASE_URL, "COZE_CN_BASE_URL"), (COZE_CN_BASE_URL, "COZE_COM_BASE_URL")]
)
def test_auth_and_permission_errors_say_which_site_to_use(
    code: int, status: int, error: type[APIError], base_url: str, hint: str
) -> None:
    with LoopbackServer() as server:
        server.routes["/v3/chat"] = lambda request: json_reply({"code": code, "msg": "no"}, status)
        http = httpx.Client(transport=_ToLoopback(server))
        with pytest.raises(error) as caught:
            call(Coze("tok", base_url=base_url, http_client=http, max_retries=0))
        assert hint in str(caught.value) and caught.value.code == code
        with pytest.raises(error) as caught:
            call(Coze("tok", base_url=server.base_url, max_retries=0))
        assert "BASE_URL" not in str(caught.value)
