"""The `websockets` resource group, sync and async, and its `with_raw_response` twins.

Generated from openapi/coze.yaml by `make gen`; never edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Literal

from .. import operations as _ops
from .._runtime import (
    AsyncRequester,
    RawGroup,
    RequestOptions,
    SocketOptions,
    SyncRequester,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..sockets import (
        AsyncChatSocket,
        AsyncSimultInterpretationSocket,
        AsyncSpeechSocket,
        AsyncTranscriptionsSocket,
        ChatSocket,
        SimultInterpretationSocket,
        SpeechSocket,
        TranscriptionsSocket,
    )
    from ..types import TimeoutInput

__all__ = [
    "AsyncRawWebsocketsAudioResource",
    "AsyncRawWebsocketsAudioSimultInterpretationResource",
    "AsyncRawWebsocketsAudioSpeechResource",
    "AsyncRawWebsocketsAudioTranscriptionsResource",
    "AsyncRawWebsocketsChatResource",
    "AsyncRawWebsocketsResource",
    "AsyncWebsocketsAudioResource",
    "AsyncWebsocketsAudioSimultInterpretationResource",
    "AsyncWebsocketsAudioSpeechResource",
    "AsyncWebsocketsAudioTranscriptionsResource",
    "AsyncWebsocketsChatResource",
    "AsyncWebsocketsResource",
    "RawWebsocketsAudioResource",
    "RawWebsocketsAudioSimultInterpretationResource",
    "RawWebsocketsAudioSpeechResource",
    "RawWebsocketsAudioTranscriptionsResource",
    "RawWebsocketsChatResource",
    "RawWebsocketsResource",
    "WebsocketsAudioResource",
    "WebsocketsAudioSimultInterpretationResource",
    "WebsocketsAudioSpeechResource",
    "WebsocketsAudioTranscriptionsResource",
    "WebsocketsChatResource",
    "WebsocketsResource",
]


class WebsocketsChatResource:
    """The `websockets.chat` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def connect(
        self,
        *,
        bot_id: str,
        workflow_id: str | None = None,
        device_id: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        ping_interval: float | None = 20.0,
        ping_timeout: float | None = 20.0,
        max_size: int | None = 1_048_576,
    ) -> ChatSocket:
        """Chat with a bot by voice or text in real time.

        A two-way session with one bot (or chatflow) over a WebSocket. The client sends
        text messages or audio and the server streams the answer as text deltas and,
        unless the session's event subscriptions leave them out, audio deltas; several
        chats can follow each other on one connection.

        Args:
            bot_id: The bot to chat with; it must be published as an API service and
                the token must reach its workspace.
            workflow_id: A chatflow to run for the answers instead of the bot's own
                logic.
            device_id: A number (as digits) identifying the client device, which
                helps Coze support trace problems.
            ping_interval: Send a ping every this many seconds, to keep the
                connection alive (None: never).
            ping_timeout: A server that has not answered a ping within this many
                seconds is gone: the session ends with APIConnectionError (None:
                wait for answers forever).
            max_size: The largest frame the server may send, in bytes (None: no
                limit); a larger one ends the session with APIConnectionError.
        """
        return self._requester.connect(
            _ops.WEBSOCKETS_CHAT_CONNECT,
            {"bot_id": bot_id, "workflow_id": workflow_id, "device_id": device_id},
            RequestOptions(timeout, extra_headers, extra_query),
            SocketOptions(ping_interval, ping_timeout, max_size),
        )


class AsyncWebsocketsChatResource:
    """The `websockets.chat` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    def connect(
        self,
        *,
        bot_id: str,
        workflow_id: str | None = None,
        device_id: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        ping_interval: float | None = 20.0,
        ping_timeout: float | None = 20.0,
        max_size: int | None = 1_048_576,
    ) -> AsyncChatSocket:
        """Chat with a bot by voice or text in real time.

        A two-way session with one bot (or chatflow) over a WebSocket. The client sends
        text messages or audio and the server streams the answer as text deltas and,
        unless the session's event subscriptions leave them out, audio deltas; several
        chats can follow each other on one connection.

        Args:
            bot_id: The bot to chat with; it must be published as an API service and
                the token must reach its workspace.
            workflow_id: A chatflow to run for the answers instead of the bot's own
                logic.
            device_id: A number (as digits) identifying the client device, which
                helps Coze support trace problems.
            ping_interval: Send a ping every this many seconds, to keep the
                connection alive (None: never).
            ping_timeout: A server that has not answered a ping within this many
                seconds is gone: the session ends with APIConnectionError (None:
                wait for answers forever).
            max_size: The largest frame the server may send, in bytes (None: no
                limit); a larger one ends the session with APIConnectionError.
        """
        return self._requester.connect(
            _ops.WEBSOCKETS_CHAT_CONNECT,
            {"bot_id": bot_id, "workflow_id": workflow_id, "device_id": device_id},
            RequestOptions(timeout, extra_headers, extra_query),
            SocketOptions(ping_interval, ping_timeout, max_size),
        )


class WebsocketsAudioSpeechResource:
    """The `websockets.audio.speech` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def connect(
        self,
        *,
        entity_type: Literal["bot", "workflow"] | None = None,
        entity_id: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        ping_interval: float | None = 20.0,
        ping_timeout: float | None = 20.0,
        max_size: int | None = 1_048_576,
    ) -> SpeechSocket:
        """Turn text into speech as it is typed.

        Text appended over the WebSocket is spoken in the session's voice; the audio
        comes back in base64 pieces as it is synthesised, each sentence announced by its
        text first.

        Args:
            entity_type: What the usage is billed to, bot or workflow (with
                entity_id).
            entity_id: The id of the bot or workflow named by entity_type.
            ping_interval: Send a ping every this many seconds, to keep the
                connection alive (None: never).
            ping_timeout: A server that has not answered a ping within this many
                seconds is gone: the session ends with APIConnectionError (None:
                wait for answers forever).
            max_size: The largest frame the server may send, in bytes (None: no
                limit); a larger one ends the session with APIConnectionError.
        """
        return self._requester.connect(
            _ops.WEBSOCKETS_AUDIO_SPEECH_CONNECT,
            {"entity_type": entity_type, "entity_id": entity_id},
            RequestOptions(timeout, extra_headers, extra_query),
            SocketOptions(ping_interval, ping_timeout, max_size),
        )


class AsyncWebsocketsAudioSpeechResource:
    """The `websockets.audio.speech` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    def connect(
        self,
        *,
        entity_type: Literal["bot", "workflow"] | None = None,
        entity_id: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        ping_interval: float | None = 20.0,
        ping_timeout: float | None = 20.0,
        max_size: int | None = 1_048_576,
    ) -> AsyncSpeechSocket:
        """Turn text into speech as it is typed.

        Text appended over the WebSocket is spoken in the session's voice; the audio
        comes back in base64 pieces as it is synthesised, each sentence announced by its
        text first.

        Args:
            entity_type: What the usage is billed to, bot or workflow (with
                entity_id).
            entity_id: The id of the bot or workflow named by entity_type.
            ping_interval: Send a ping every this many seconds, to keep the
                connection alive (None: never).
            ping_timeout: A server that has not answered a ping within this many
                seconds is gone: the session ends with APIConnectionError (None:
                wait for answers forever).
            max_size: The largest frame the server may send, in bytes (None: no
                limit); a larger one ends the session with APIConnectionError.
        """
        return self._requester.connect(
            _ops.WEBSOCKETS_AUDIO_SPEECH_CONNECT,
            {"entity_type": entity_type, "entity_id": entity_id},
            RequestOptions(timeout, extra_headers, extra_query),
            SocketOptions(ping_interval, ping_timeout, max_size),
        )


class WebsocketsAudioTranscriptionsResource:
    """The `websockets.audio.transcriptions` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def connect(
        self,
        *,
        entity_type: Literal["bot", "workflow"] | None = None,
        entity_id: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        ping_interval: float | None = 20.0,
        ping_timeout: float | None = 20.0,
        max_size: int | None = 1_048_576,
    ) -> TranscriptionsSocket:
        """Turn speech into text as it is spoken.

        Audio appended over the WebSocket is recognised as it arrives; each update
        carries the whole text so far, and a final event marks the end of the input.

        Args:
            entity_type: What the usage is billed to, bot or workflow (with
                entity_id).
            entity_id: The id of the bot or workflow named by entity_type.
            ping_interval: Send a ping every this many seconds, to keep the
                connection alive (None: never).
            ping_timeout: A server that has not answered a ping within this many
                seconds is gone: the session ends with APIConnectionError (None:
                wait for answers forever).
            max_size: The largest frame the server may send, in bytes (None: no
                limit); a larger one ends the session with APIConnectionError.
        """
        return self._requester.connect(
            _ops.WEBSOCKETS_AUDIO_TRANSCRIPTIONS_CONNECT,
            {"entity_type": entity_type, "entity_id": entity_id},
            RequestOptions(timeout, extra_headers, extra_query),
            SocketOptions(ping_interval, ping_timeout, max_size),
        )


class AsyncWebsocketsAudioTranscriptionsResource:
    """The `websockets.audio.transcriptions` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    def connect(
        self,
        *,
        entity_type: Literal["bot", "workflow"] | None = None,
        entity_id: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        ping_interval: float | None = 20.0,
        ping_timeout: float | None = 20.0,
        max_size: int | None = 1_048_576,
    ) -> AsyncTranscriptionsSocket:
        """Turn speech into text as it is spoken.

        Audio appended over the WebSocket is recognised as it arrives; each update
        carries the whole text so far, and a final event marks the end of the input.

        Args:
            entity_type: What the usage is billed to, bot or workflow (with
                entity_id).
            entity_id: The id of the bot or workflow named by entity_type.
            ping_interval: Send a ping every this many seconds, to keep the
                connection alive (None: never).
            ping_timeout: A server that has not answered a ping within this many
                seconds is gone: the session ends with APIConnectionError (None:
                wait for answers forever).
            max_size: The largest frame the server may send, in bytes (None: no
                limit); a larger one ends the session with APIConnectionError.
        """
        return self._requester.connect(
            _ops.WEBSOCKETS_AUDIO_TRANSCRIPTIONS_CONNECT,
            {"entity_type": entity_type, "entity_id": entity_id},
            RequestOptions(timeout, extra_headers, extra_query),
            SocketOptions(ping_interval, ping_timeout, max_size),
        )


class WebsocketsAudioSimultInterpretationResource:
    """The `websockets.audio.simult_interpretation` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def connect(
        self,
        *,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        ping_interval: float | None = 20.0,
        ping_timeout: float | None = 20.0,
        max_size: int | None = 1_048_576,
    ) -> SimultInterpretationSocket:
        """Interpret speech into another language as it is spoken.

        Audio appended over the WebSocket is recognised, translated and spoken in the
        target language; the recognised text, its translation and the translated audio
        come back as deltas.

        Args:
            ping_interval: Send a ping every this many seconds, to keep the
                connection alive (None: never).
            ping_timeout: A server that has not answered a ping within this many
                seconds is gone: the session ends with APIConnectionError (None:
                wait for answers forever).
            max_size: The largest frame the server may send, in bytes (None: no
                limit); a larger one ends the session with APIConnectionError.
        """
        return self._requester.connect(
            _ops.WEBSOCKETS_AUDIO_SIMULT_INTERPRETATION_CONNECT,
            {},
            RequestOptions(timeout, extra_headers, extra_query),
            SocketOptions(ping_interval, ping_timeout, max_size),
        )


class AsyncWebsocketsAudioSimultInterpretationResource:
    """The `websockets.audio.simult_interpretation` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    def connect(
        self,
        *,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        ping_interval: float | None = 20.0,
        ping_timeout: float | None = 20.0,
        max_size: int | None = 1_048_576,
    ) -> AsyncSimultInterpretationSocket:
        """Interpret speech into another language as it is spoken.

        Audio appended over the WebSocket is recognised, translated and spoken in the
        target language; the recognised text, its translation and the translated audio
        come back as deltas.

        Args:
            ping_interval: Send a ping every this many seconds, to keep the
                connection alive (None: never).
            ping_timeout: A server that has not answered a ping within this many
                seconds is gone: the session ends with APIConnectionError (None:
                wait for answers forever).
            max_size: The largest frame the server may send, in bytes (None: no
                limit); a larger one ends the session with APIConnectionError.
        """
        return self._requester.connect(
            _ops.WEBSOCKETS_AUDIO_SIMULT_INTERPRETATION_CONNECT,
            {},
            RequestOptions(timeout, extra_headers, extra_query),
            SocketOptions(ping_interval, ping_timeout, max_size),
        )


class WebsocketsAudioResource:
    """The `websockets.audio` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    @cached_property
    def speech(self) -> WebsocketsAudioSpeechResource:
        """The `websockets.audio.speech` resource group."""
        return WebsocketsAudioSpeechResource(self._requester)

    @cached_property
    def transcriptions(self) -> WebsocketsAudioTranscriptionsResource:
        """The `websockets.audio.transcriptions` resource group."""
        return WebsocketsAudioTranscriptionsResource(self._requester)

    @cached_property
    def simult_interpretation(self) -> WebsocketsAudioSimultInterpretationResource:
        """The `websockets.audio.simult_interpretation` resource group."""
        return WebsocketsAudioSimultInterpretationResource(self._requester)


class AsyncWebsocketsAudioResource:
    """The `websockets.audio` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def speech(self) -> AsyncWebsocketsAudioSpeechResource:
        """The `websockets.audio.speech` resource group."""
        return AsyncWebsocketsAudioSpeechResource(self._requester)

    @cached_property
    def transcriptions(self) -> AsyncWebsocketsAudioTranscriptionsResource:
        """The `websockets.audio.transcriptions` resource group."""
        return AsyncWebsocketsAudioTranscriptionsResource(self._requester)

    @cached_property
    def simult_interpretation(self) -> AsyncWebsocketsAudioSimultInterpretationResource:
        """The `websockets.audio.simult_interpretation` resource group."""
        return AsyncWebsocketsAudioSimultInterpretationResource(self._requester)


class WebsocketsResource:
    """The `websockets` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    @cached_property
    def chat(self) -> WebsocketsChatResource:
        """The `websockets.chat` resource group."""
        return WebsocketsChatResource(self._requester)

    @cached_property
    def audio(self) -> WebsocketsAudioResource:
        """The `websockets.audio` resource group."""
        return WebsocketsAudioResource(self._requester)


class AsyncWebsocketsResource:
    """The `websockets` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def chat(self) -> AsyncWebsocketsChatResource:
        """The `websockets.chat` resource group."""
        return AsyncWebsocketsChatResource(self._requester)

    @cached_property
    def audio(self) -> AsyncWebsocketsAudioResource:
        """The `websockets.audio` resource group."""
        return AsyncWebsocketsAudioResource(self._requester)


class RawWebsocketsChatResource(RawGroup):
    """The `websockets.chat` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    pass


class AsyncRawWebsocketsChatResource(RawGroup):
    """The `websockets.chat` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    pass


class RawWebsocketsAudioSpeechResource(RawGroup):
    """The `websockets.audio.speech` methods, each returning the raw HTTP answer (a
    `RawResponse`).
    """

    pass


class AsyncRawWebsocketsAudioSpeechResource(RawGroup):
    """The `websockets.audio.speech` methods, each returning the raw HTTP answer (a
    `RawResponse`).
    """

    pass


class RawWebsocketsAudioTranscriptionsResource(RawGroup):
    """The `websockets.audio.transcriptions` methods, each returning the raw HTTP answer (a
    `RawResponse`).
    """

    pass


class AsyncRawWebsocketsAudioTranscriptionsResource(RawGroup):
    """The `websockets.audio.transcriptions` methods, each returning the raw HTTP answer (a
    `RawResponse`).
    """

    pass


class RawWebsocketsAudioSimultInterpretationResource(RawGroup):
    """The `websockets.audio.simult_interpretation` methods, each returning the raw HTTP
    answer (a `RawResponse`).
    """

    pass


class AsyncRawWebsocketsAudioSimultInterpretationResource(RawGroup):
    """The `websockets.audio.simult_interpretation` methods, each returning the raw HTTP
    answer (a `RawResponse`).
    """

    pass


class RawWebsocketsAudioResource(RawGroup):
    """The `websockets.audio` methods, each returning the raw HTTP answer (a
    `RawResponse`).
    """

    @cached_property
    def speech(self) -> RawWebsocketsAudioSpeechResource:
        return RawWebsocketsAudioSpeechResource(self._resource.speech)

    @cached_property
    def transcriptions(self) -> RawWebsocketsAudioTranscriptionsResource:
        return RawWebsocketsAudioTranscriptionsResource(self._resource.transcriptions)

    @cached_property
    def simult_interpretation(self) -> RawWebsocketsAudioSimultInterpretationResource:
        return RawWebsocketsAudioSimultInterpretationResource(self._resource.simult_interpretation)


class AsyncRawWebsocketsAudioResource(RawGroup):
    """The `websockets.audio` methods, each returning the raw HTTP answer (a
    `RawResponse`).
    """

    @cached_property
    def speech(self) -> AsyncRawWebsocketsAudioSpeechResource:
        return AsyncRawWebsocketsAudioSpeechResource(self._resource.speech)

    @cached_property
    def transcriptions(self) -> AsyncRawWebsocketsAudioTranscriptionsResource:
        return AsyncRawWebsocketsAudioTranscriptionsResource(self._resource.transcriptions)

    @cached_property
    def simult_interpretation(self) -> AsyncRawWebsocketsAudioSimultInterpretationResource:
        return AsyncRawWebsocketsAudioSimultInterpretationResource(self._resource.simult_interpretation)


class RawWebsocketsResource(RawGroup):
    """The `websockets` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    @cached_property
    def chat(self) -> RawWebsocketsChatResource:
        return RawWebsocketsChatResource(self._resource.chat)

    @cached_property
    def audio(self) -> RawWebsocketsAudioResource:
        return RawWebsocketsAudioResource(self._resource.audio)


class AsyncRawWebsocketsResource(RawGroup):
    """The `websockets` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    @cached_property
    def chat(self) -> AsyncRawWebsocketsChatResource:
        return AsyncRawWebsocketsChatResource(self._resource.chat)

    @cached_property
    def audio(self) -> AsyncRawWebsocketsAudioResource:
        return AsyncRawWebsocketsAudioResource(self._resource.audio)
