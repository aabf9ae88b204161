"""The Coze Python SDK: a typed client for the Coze Open API, sync and async.

from coze_ext import Coze, COZE_CN_BASE_URL
coze = Coze(token="pat_...", base_url=COZE_CN_BASE_URL)
chat = coze.chat.create(bot_id="...", user_id="me", additional_messages=[Message.user("Hi")])
"""

from __future__ import annotations

import logging

from coze_api.types import UNSET, Unset

from ._auth import NO_AUTH, NoAuth, TokenAuth, TokenSource
from ._binary import AsyncBinaryResponse, BinaryResponse
from ._chat import ChatFailedError, ChatPoll
from ._client import AsyncCoze, Coze
from ._constants import (
    COZE_CN_BASE_URL,
    COZE_CN_WS_BASE_URL,
    COZE_COM_BASE_URL,
    COZE_COM_WS_BASE_URL,
    DEFAULT_MAX_RESPONSE_SIZE,
    DEFAULT_MAX_RETRIES,
    DEFAULT_STREAM_IDLE_TIMEOUT,
    DEFAULT_TIMEOUT,
)
from ._errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    CozeError,
    GatewayError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestTimeoutError,
    ResponseTooLargeError,
)
from ._files import FileUpload, ProgressCallback
from ._flow import RetryInfo
from ._logging import setup_from_env
from ._messages import Message, audio, file, image, text
from ._pagination import AsyncPage, PaginationError, SyncPage
from ._polling import PollTimeout
from ._raw import RawResponse
from ._results import ResultList
from ._streaming import (
    AsyncStream,
    ChatEventType,
    Event,
    Stream,
    StreamError,
    StreamIncomplete,
    WorkflowEventType,
)
from ._version import __version__
from ._workflows import WorkflowRunError

# A library never configures logging for its user; it only makes its records available.
logging.getLogger("coze_ext").addHandler(logging.NullHandler())
# ...unless COZE_LOG=info|debug asks for request logging on stderr.
setup_from_env()

__all__ = [
    "COZE_CN_BASE_URL",
    "COZE_CN_WS_BASE_URL",
    "COZE_COM_BASE_URL",
    "COZE_COM_WS_BASE_URL",
    "DEFAULT_MAX_RESPONSE_SIZE",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_STREAM_IDLE_TIMEOUT",
    "DEFAULT_TIMEOUT",
    "NO_AUTH",
    "UNSET",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AsyncBinaryResponse",
    "AsyncCoze",
    "AsyncPage",
    "AsyncStream",
    "AuthenticationError",
    "BadRequestError",
    "BinaryResponse",
    "ChatEventType",
    "ChatFailedError",
    "ChatPoll",
    "Coze",
    "CozeError",
    "Event",
    "FileUpload",
    "GatewayError",
    "InternalServerError",
    "Message",
    "NoAuth",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "PollTimeout",
    "ProgressCallback",
    "RateLimitError",
    "RawResponse",
    "RequestTimeoutError",
    "ResponseTooLargeError",
    "ResultList",
    "RetryInfo",
    "Stream",
    "StreamError",
    "StreamIncomplete",
    "SyncPage",
    "TokenAuth",
    "TokenSource",
    "Unset",
    "WorkflowEventType",
    "WorkflowRunError",
    "__version__",
    "audio",
    "file",
    "image",
    "text",
]
