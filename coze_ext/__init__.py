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
if TYPE_CHECKING:  # written by `make gen` from _EXPORTS below (codegen/exports.py): never edit by hand
    from coze_api._events import SocketEvent as SocketEvent
    from coze_api._events import StreamEvent as StreamEvent
    from coze_api._events import UnknownSocketEvent as UnknownSocketEvent
    from coze_api._events import UnknownStreamEvent as UnknownStreamEvent
    from coze_api._runtime import AsyncBinaryResponse as AsyncBinaryResponse
    from coze_api._runtime import AsyncPage as AsyncPage
    from coze_api._runtime import AsyncStream as AsyncStream
    from coze_api._runtime import BinaryResponse as BinaryResponse
    from coze_api._runtime import RawResponse as RawResponse
    from coze_api._runtime import Stream as Stream
    from coze_api._runtime import SyncPage as SyncPage
    from coze_api.events import AsyncChatEventStream as AsyncChatEventStream
    from coze_api.events import AsyncWorkflowChatEventStream as AsyncWorkflowChatEventStream
    from coze_api.events import AsyncWorkflowEventStream as AsyncWorkflowEventStream
    from coze_api.events import ChatEvent as ChatEvent
    from coze_api.events import ChatEventStream as ChatEventStream
    from coze_api.events import ChatEventType as ChatEventType
    from coze_api.events import ChatPoll as ChatPoll
    from coze_api.events import WorkflowChatEvent as WorkflowChatEvent
    from coze_api.events import WorkflowChatEventStream as WorkflowChatEventStream
    from coze_api.events import WorkflowEvent as WorkflowEvent
    from coze_api.events import WorkflowEventStream as WorkflowEventStream
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

    from ._aiohttp import AioHttpClient as AioHttpClient
    from ._auth import NO_AUTH as NO_AUTH
    from ._auth import NoAuth as NoAuth
    from ._auth import TokenAuth as TokenAuth
    from ._auth import TokenSource as TokenSource
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
    from ._errors import AudioPlaybackError as AudioPlaybackError
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
    from ._errors import OAuthStateError as OAuthStateError
    from ._errors import PaginationError as PaginationError
    from ._errors import PermissionDeniedError as PermissionDeniedError
    from ._errors import PollTimeout as PollTimeout
    from ._errors import RateLimitError as RateLimitError
    from ._errors import RedirectError as RedirectError
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
    from ._results import ResultList as ResultList
    from .auth import AsyncDeviceOAuthApp as AsyncDeviceOAuthApp
    from .auth import AsyncJWTOAuthApp as AsyncJWTOAuthApp
    from .auth import AsyncPKCEOAuthApp as AsyncPKCEOAuthApp
    from .auth import AsyncWebOAuthApp as AsyncWebOAuthApp
    from .auth import AuthorizationURL as AuthorizationURL
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
    from .auth import verify_oauth_state as verify_oauth_state
    from .websockets import AsyncWsChatClient as AsyncWsChatClient
    from .websockets import AsyncWsSimultInterpretationClient as AsyncWsSimultInterpretationClient
    from .websockets import AsyncWsSpeechClient as AsyncWsSpeechClient
    from .websockets import AsyncWsTranscriptionClient as AsyncWsTranscriptionClient
    from .websockets import WsChatClient as WsChatClient
    from .websockets import WsSimultInterpretationClient as WsSimultInterpretationClient
    from .websockets import WsSpeechClient as WsSpeechClient
    from .websockets import WsTranscriptionClient as WsTranscriptionClient

# Every public name, by the module it lives in: the one list to edit when a name is added.
_EXPORTS: dict[str, tuple[str, ...]] = {
    "._client": ("AsyncCoze", "Coze"),
    "._aiohttp": ("AioHttpClient",),
    "._auth": ("NO_AUTH", "NoAuth", "TokenAuth", "TokenSource"),
    "._constants": (
        "COZE_CN_BASE_URL",
        "COZE_CN_WS_BASE_URL",
        "COZE_COM_BASE_URL",
        "COZE_COM_WS_BASE_URL",
        "DEFAULT_MAX_RESPONSE_SIZE",
        "DEFAULT_MAX_RETRIES",
        "DEFAULT_STREAM_IDLE_TIMEOUT",
        "DEFAULT_TIMEOUT",
    ),
    "._errors": (
        "APIConnectionError",
        "APIError",
        "APITimeoutError",
        "AccessDeniedError",
        "AudioPlaybackError",
        "AuthenticationError",
        "AuthorizationPendingError",
        "BadRequestError",
        "ChatFailedError",
        "CozeError",
        "ExpiredTokenError",
        "GatewayError",
        "InternalServerError",
        "InvalidClientError",
        "InvalidGrantError",
        "NotFoundError",
        "OAuthError",
        "OAuthStateError",
        "PaginationError",
        "PermissionDeniedError",
        "PollTimeout",
        "RateLimitError",
        "RedirectError",
        "RequestTimeoutError",
        "ResponseTooLargeError",
        "ResponseValidationError",
        "SlowDownError",
        "StreamError",
        "StreamIncomplete",
        "WebSocketEventError",
        "WorkflowRunError",
    ),
    "._files": ("FileUpload", "ProgressCallback"),
    "._flow": ("RetryInfo",),
    "._messages": ("Message", "audio_part", "file", "image", "text"),
    "._results": ("ResultList",),
    ".auth": (
        "AsyncDeviceOAuthApp",
        "AsyncJWTOAuthApp",
        "AsyncPKCEOAuthApp",
        "AsyncWebOAuthApp",
        "AuthorizationURL",
        "DeviceAuthCode",
        "DeviceOAuthApp",
        "FileTokenStore",
        "JWTAuth",
        "JWTOAuthApp",
        "OAuthToken",
        "OAuthTokenAuth",
        "PKCEOAuthApp",
        "Scope",
        "TokenStore",
        "WebOAuthApp",
        "code_challenge",
        "generate_code_verifier",
        "verify_oauth_state",
    ),
    ".websockets": (
        "AsyncWsChatClient",
        "AsyncWsSimultInterpretationClient",
        "AsyncWsSpeechClient",
        "AsyncWsTranscriptionClient",
        "WsChatClient",
        "WsSimultInterpretationClient",
        "WsSpeechClient",
        "WsTranscriptionClient",
    ),
    # What calls return, to annotate with: `stream: Stream[WorkflowEvent] = coze.workflows.runs.stream(...)`.
    "coze_api._runtime": (
        "AsyncBinaryResponse",
        "AsyncPage",
        "AsyncStream",
        "BinaryResponse",
        "RawResponse",
        "Stream",
        "SyncPage",
    ),
    "coze_api._events": ("SocketEvent", "StreamEvent", "UnknownSocketEvent", "UnknownStreamEvent"),
    "coze_api.events": (
        "AsyncChatEventStream",
        "AsyncWorkflowChatEventStream",
        "AsyncWorkflowEventStream",
        "ChatEvent",
        "ChatEventStream",
        "ChatEventType",
        "ChatPoll",
        "WorkflowChatEvent",
        "WorkflowChatEventStream",
        "WorkflowEvent",
        "WorkflowEventStream",
        "WorkflowEventType",
    ),
    "coze_api.models": ("ChatStatus", "MessageContentType", "MessageType", "RoleType"),
    "coze_api.sockets": (
        "WsChatEventType",
        "WsSimultInterpretationEventType",
        "WsSpeechEventType",
        "WsTranscriptionsEventType",
    ),
    "coze_api.types": ("UNSET", "Unset"),
}

if not TYPE_CHECKING:  # hidden from type checkers, so a misspelt name is an error, not Any
    from ._lazy import lazy_exports

    __getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, also=("audio", "types", "testing", "websockets"))


__all__ = sorted([name for names in _EXPORTS.values() for name in names] + ["__version__"])
