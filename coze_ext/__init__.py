"""The Coze Python SDK: a typed client for the Coze Open API, sync and async.

    from coze_ext import Coze, COZE_CN_BASE_URL, Message
    coze = Coze(token="pat_...", base_url=COZE_CN_BASE_URL)
    chat = coze.chat.create(bot_id="...", user_id="me", additional_messages=[Message.user("Hi")])

Every name below is loaded on first use, so `import coze_ext` costs next to nothing and
an application pays (httpx, the models it reads) only for what it touches. Models and
enums live in `coze_ext.types`.
"""

from ._version import __version__ as __version__

# Not `typing.TYPE_CHECKING`: importing typing would cost more than the rest of this module.
# Type checkers treat any module-level TYPE_CHECKING name as true.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from coze_api._events import SocketEvent as SocketEvent
    from coze_api._events import StreamEvent as StreamEvent
    from coze_api._events import UnknownSocketEvent as UnknownSocketEvent
    from coze_api._events import UnknownStreamEvent as UnknownStreamEvent
    from coze_api.events import ChatEventType as ChatEventType
    from coze_api.events import WorkflowEventType as WorkflowEventType
    from coze_api.models import ChatStatus as ChatStatus
    from coze_api.models import MessageContentType as MessageContentType
    from coze_api.models import MessageType as MessageType
    from coze_api.models import RoleType as RoleType
    from coze_api.sockets import WsChatEventType as WsChatEventType
    from coze_api.sockets import WsSimultInterpretationEventType as WsSimultInterpretationEventType
    from coze_api.sockets import WsSpeechEventType as WsSpeechEventType
    from coze_api.sockets import WsTranscriptionsEventType as WsTranscriptionsEventType
    from coze_api.types import UNSET as UNSET
    from coze_api.types import Unset as Unset

    from ._auth import NO_AUTH as NO_AUTH
    from ._auth import NoAuth as NoAuth
    from ._auth import TokenAuth as TokenAuth
    from ._auth import TokenSource as TokenSource
    from ._binary import AsyncBinaryResponse as AsyncBinaryResponse
    from ._binary import BinaryResponse as BinaryResponse
    from ._chat import ChatPoll as ChatPoll
    from ._client import AsyncCoze as AsyncCoze
    from ._client import Coze as Coze
    from ._constants import COZE_CN_BASE_URL as COZE_CN_BASE_URL
    from ._constants import COZE_CN_WS_BASE_URL as COZE_CN_WS_BASE_URL
    from ._constants import COZE_COM_BASE_URL as COZE_COM_BASE_URL
    from ._constants import COZE_COM_WS_BASE_URL as COZE_COM_WS_BASE_URL
    from ._constants import DEFAULT_MAX_RESPONSE_SIZE as DEFAULT_MAX_RESPONSE_SIZE
    from ._constants import DEFAULT_MAX_RETRIES as DEFAULT_MAX_RETRIES
    from ._constants import DEFAULT_STREAM_IDLE_TIMEOUT as DEFAULT_STREAM_IDLE_TIMEOUT
    from ._constants import DEFAULT_TIMEOUT as DEFAULT_TIMEOUT
    from ._errors import AccessDeniedError as AccessDeniedError
    from ._errors import APIConnectionError as APIConnectionError
    from ._errors import APIError as APIError
    from ._errors import APITimeoutError as APITimeoutError
    from ._errors import AuthenticationError as AuthenticationError
    from ._errors import AuthorizationPendingError as AuthorizationPendingError
    from ._errors import BadRequestError as BadRequestError
    from ._errors import ChatFailedError as ChatFailedError
    from ._errors import CozeError as CozeError
    from ._errors import ExpiredTokenError as ExpiredTokenError
    from ._errors import GatewayError as GatewayError
    from ._errors import InternalServerError as InternalServerError
    from ._errors import InvalidClientError as InvalidClientError
    from ._errors import InvalidGrantError as InvalidGrantError
    from ._errors import NotFoundError as NotFoundError
    from ._errors import OAuthError as OAuthError
    from ._errors import PaginationError as PaginationError
    from ._errors import PermissionDeniedError as PermissionDeniedError
    from ._errors import PollTimeout as PollTimeout
    from ._errors import RateLimitError as RateLimitError
    from ._errors import RequestTimeoutError as RequestTimeoutError
    from ._errors import ResponseTooLargeError as ResponseTooLargeError
    from ._errors import ResponseValidationError as ResponseValidationError
    from ._errors import SlowDownError as SlowDownError
    from ._errors import StreamError as StreamError
    from ._errors import StreamIncomplete as StreamIncomplete
    from ._errors import WebSocketEventError as WebSocketEventError
    from ._errors import WorkflowRunError as WorkflowRunError
    from ._files import FileUpload as FileUpload
    from ._files import ProgressCallback as ProgressCallback
    from ._flow import RetryInfo as RetryInfo
    from ._messages import Message as Message
    from ._messages import audio_part as audio_part
    from ._messages import file as file
    from ._messages import image as image
    from ._messages import text as text
    from ._pagination import AsyncPage as AsyncPage
    from ._pagination import SyncPage as SyncPage
    from ._raw import RawResponse as RawResponse
    from ._results import ResultList as ResultList
    from ._streaming import AsyncStream as AsyncStream
    from ._streaming import Stream as Stream
    from .auth import AsyncDeviceOAuthApp as AsyncDeviceOAuthApp
    from .auth import AsyncJWTOAuthApp as AsyncJWTOAuthApp
    from .auth import AsyncPKCEOAuthApp as AsyncPKCEOAuthApp
    from .auth import AsyncWebOAuthApp as AsyncWebOAuthApp
    from .auth import DeviceAuthCode as DeviceAuthCode
    from .auth import DeviceOAuthApp as DeviceOAuthApp
    from .auth import FileTokenStore as FileTokenStore
    from .auth import JWTAuth as JWTAuth
    from .auth import JWTOAuthApp as JWTOAuthApp
    from .auth import OAuthToken as OAuthToken
    from .auth import OAuthTokenAuth as OAuthTokenAuth
    from .auth import PKCEOAuthApp as PKCEOAuthApp
    from .auth import Scope as Scope
    from .auth import TokenStore as TokenStore
    from .auth import WebOAuthApp as WebOAuthApp
    from .auth import code_challenge as code_challenge
    from .auth import generate_code_verifier as generate_code_verifier

# Where each public name lives (a module relative to this package, or an absolute one).
_EXPORTS: dict[str, str] = {
    "ChatEventType": "coze_api.events",
    "WorkflowEventType": "coze_api.events",
    "WsChatEventType": "coze_api.sockets",
    "WsSpeechEventType": "coze_api.sockets",
    "WsTranscriptionsEventType": "coze_api.sockets",
    "WsSimultInterpretationEventType": "coze_api.sockets",
    "ChatStatus": "coze_api.models",
    "MessageContentType": "coze_api.models",
    "MessageType": "coze_api.models",
    "RoleType": "coze_api.models",
    "UNSET": "coze_api.types",
    "Unset": "coze_api.types",
    "TokenAuth": "._auth",
    "TokenSource": "._auth",
    "AsyncBinaryResponse": "._binary",
    "BinaryResponse": "._binary",
    "ChatFailedError": "._errors",
    "ChatPoll": "._chat",
    "AsyncCoze": "._client",
    "Coze": "._client",
    "COZE_CN_BASE_URL": "._constants",
    "COZE_CN_WS_BASE_URL": "._constants",
    "COZE_COM_BASE_URL": "._constants",
    "COZE_COM_WS_BASE_URL": "._constants",
    "DEFAULT_MAX_RETRIES": "._constants",
    "DEFAULT_STREAM_IDLE_TIMEOUT": "._constants",
    "DEFAULT_TIMEOUT": "._constants",
    "APIConnectionError": "._errors",
    "APIError": "._errors",
    "APITimeoutError": "._errors",
    "AuthenticationError": "._errors",
    "BadRequestError": "._errors",
    "CozeError": "._errors",
    "GatewayError": "._errors",
    "InternalServerError": "._errors",
    "NotFoundError": "._errors",
    "PermissionDeniedError": "._errors",
    "RateLimitError": "._errors",
    "RequestTimeoutError": "._errors",
    "ResponseValidationError": "._errors",
    "SocketEvent": "coze_api._events",
    "StreamEvent": "coze_api._events",
    "UnknownSocketEvent": "coze_api._events",
    "UnknownStreamEvent": "coze_api._events",
    "FileUpload": "._files",
    "ProgressCallback": "._files",
    "RetryInfo": "._flow",
    "Message": "._messages",
    "audio_part": "._messages",
    "file": "._messages",
    "image": "._messages",
    "text": "._messages",
    "AsyncPage": "._pagination",
    "SyncPage": "._pagination",
    "PollTimeout": "._errors",
    "RawResponse": "._raw",
    "ResultList": "._results",
    "AsyncStream": "._streaming",
    "Stream": "._streaming",
    "StreamError": "._errors",
    "StreamIncomplete": "._errors",
    "WorkflowRunError": "._errors",
    "NO_AUTH": "._auth",
    "NoAuth": "._auth",
    "DEFAULT_MAX_RESPONSE_SIZE": "._constants",
    "ResponseTooLargeError": "._errors",
    "PaginationError": "._errors",
    "AccessDeniedError": "._errors",
    "AsyncDeviceOAuthApp": ".auth",
    "AsyncJWTOAuthApp": ".auth",
    "AsyncPKCEOAuthApp": ".auth",
    "AsyncWebOAuthApp": ".auth",
    "AuthorizationPendingError": "._errors",
    "DeviceAuthCode": ".auth",
    "DeviceOAuthApp": ".auth",
    "ExpiredTokenError": "._errors",
    "FileTokenStore": ".auth",
    "InvalidClientError": "._errors",
    "InvalidGrantError": "._errors",
    "JWTAuth": ".auth",
    "JWTOAuthApp": ".auth",
    "OAuthError": "._errors",
    "OAuthToken": ".auth",
    "OAuthTokenAuth": ".auth",
    "PKCEOAuthApp": ".auth",
    "Scope": ".auth",
    "SlowDownError": "._errors",
    "TokenStore": ".auth",
    "WebOAuthApp": ".auth",
    "code_challenge": ".auth",
    "generate_code_verifier": ".auth",
    "WebSocketEventError": "._errors",
}

if not TYPE_CHECKING:  # hidden from type checkers, so a misspelt name is an error, not Any
    from ._lazy import lazy_exports

    _SUBMODULES = ("__version__", "audio", "types", "testing", "websockets")
    __getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, also=_SUBMODULES)


__all__ = sorted([*_EXPORTS, "__version__"])
