"""The `audio` resource group, sync and async, and its `with_raw_response` twins.

Generated from openapi/coze.yaml by `make gen`; never edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Literal

from .. import operations as _ops
from .._runtime import (
    AsyncRawMethod,
    AsyncRawPagedMethod,
    AsyncRequester,
    RawGroup,
    RawMethod,
    RequestOptions,
    SyncRequester,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .._runtime import AsyncBinaryResponse, AsyncPage, BinaryResponse, SyncPage
    from ..models import (
        AudioLiveInfo,
        AudioTranscription,
        AudioVoiceprintGroupsDeleteResponse,
        AudioVoiceprintGroupsFeaturesDeleteResponse,
        AudioVoiceprintGroupsFeaturesUpdateResponse,
        AudioVoiceprintGroupsUpdateResponse,
        RoomConfig,
        RoomJoinInfo,
        Voice,
        VoiceCloneResult,
        VoiceEmotion,
        VoiceLanguage,
        VoiceModelType,
        VoiceprintFeature,
        VoiceprintFeatureCreateResult,
        VoiceprintGroup,
        VoiceprintGroupCreateResult,
        VoiceprintSpeakerIdentifyResult,
        VoiceState,
    )
    from ..types import FileInput, TimeoutInput

__all__ = [
    "AsyncAudioLiveResource",
    "AsyncAudioResource",
    "AsyncAudioRoomsResource",
    "AsyncAudioSpeechResource",
    "AsyncAudioTranscriptionsResource",
    "AsyncAudioVoiceprintGroupsFeaturesResource",
    "AsyncAudioVoiceprintGroupsResource",
    "AsyncAudioVoicesResource",
    "AsyncRawAudioLiveResource",
    "AsyncRawAudioResource",
    "AsyncRawAudioRoomsResource",
    "AsyncRawAudioSpeechResource",
    "AsyncRawAudioTranscriptionsResource",
    "AsyncRawAudioVoiceprintGroupsFeaturesResource",
    "AsyncRawAudioVoiceprintGroupsResource",
    "AsyncRawAudioVoicesResource",
    "AudioLiveResource",
    "AudioResource",
    "AudioRoomsResource",
    "AudioSpeechResource",
    "AudioTranscriptionsResource",
    "AudioVoiceprintGroupsFeaturesResource",
    "AudioVoiceprintGroupsResource",
    "AudioVoicesResource",
    "RawAudioLiveResource",
    "RawAudioResource",
    "RawAudioRoomsResource",
    "RawAudioSpeechResource",
    "RawAudioTranscriptionsResource",
    "RawAudioVoiceprintGroupsFeaturesResource",
    "RawAudioVoiceprintGroupsResource",
    "RawAudioVoicesResource",
]


class AudioSpeechResource:
    """The `audio.speech` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def create(
        self,
        *,
        input: str,
        voice_id: str,
        response_format: Literal["wav", "pcm", "ogg_opus", "mp3"] | None = None,
        speed: float | None = None,
        sample_rate: Literal[8000, 16000, 22050, 24000, 32000, 44100, 48000] | None = None,
        emotion: VoiceEmotion
        | Literal["happy", "sad", "angry", "surprised", "fear", "hate", "excited", "coldness", "neutral"]
        | None = None,
        emotion_scale: float | None = None,
        loudness_rate: int | None = None,
        context_texts: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> BinaryResponse:
        """Synthesize speech.

        Turns a short text into spoken audio with the chosen voice and returns the audio
        bytes directly.

        Args:
            input: The text to speak, at most 1024 bytes of UTF-8.
            voice_id: The voice to speak with, as returned by the voice list.
            response_format: Audio encoding of the result; the server default is
                mp3.
            speed: Speaking rate multiplier, 0.2 to 3 for small-model voices and 0.5
                to 2 for large-model voices; the server default is 1.
            sample_rate: Sample rate of the result in Hz; the server default is
                24000.
            emotion: Emotion to speak with; only for multi-emotion voices, none by
                default.
            emotion_scale: Strength of the emotion, 1.0 to 5.0; the server default
                is 4.0.
            loudness_rate: Volume change in percent, -50 (half) to 100 (double); the
                server default is 0.
            context_texts: Free-text speaking instructions (mood, dialect, tone);
                only honoured by newer large-model voices.
        """
        return self._requester.download(
            _ops.AUDIO_SPEECH_CREATE,
            {
                "input": input,
                "voice_id": voice_id,
                "response_format": response_format,
                "speed": speed,
                "sample_rate": sample_rate,
                "emotion": emotion,
                "emotion_scale": emotion_scale,
                "loudness_rate": loudness_rate,
                "context_texts": context_texts,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncAudioSpeechResource:
    """The `audio.speech` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def create(
        self,
        *,
        input: str,
        voice_id: str,
        response_format: Literal["wav", "pcm", "ogg_opus", "mp3"] | None = None,
        speed: float | None = None,
        sample_rate: Literal[8000, 16000, 22050, 24000, 32000, 44100, 48000] | None = None,
        emotion: VoiceEmotion
        | Literal["happy", "sad", "angry", "surprised", "fear", "hate", "excited", "coldness", "neutral"]
        | None = None,
        emotion_scale: float | None = None,
        loudness_rate: int | None = None,
        context_texts: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> AsyncBinaryResponse:
        """Synthesize speech.

        Turns a short text into spoken audio with the chosen voice and returns the audio
        bytes directly.

        Args:
            input: The text to speak, at most 1024 bytes of UTF-8.
            voice_id: The voice to speak with, as returned by the voice list.
            response_format: Audio encoding of the result; the server default is
                mp3.
            speed: Speaking rate multiplier, 0.2 to 3 for small-model voices and 0.5
                to 2 for large-model voices; the server default is 1.
            sample_rate: Sample rate of the result in Hz; the server default is
                24000.
            emotion: Emotion to speak with; only for multi-emotion voices, none by
                default.
            emotion_scale: Strength of the emotion, 1.0 to 5.0; the server default
                is 4.0.
            loudness_rate: Volume change in percent, -50 (half) to 100 (double); the
                server default is 0.
            context_texts: Free-text speaking instructions (mood, dialect, tone);
                only honoured by newer large-model voices.
        """
        return await self._requester.download(
            _ops.AUDIO_SPEECH_CREATE,
            {
                "input": input,
                "voice_id": voice_id,
                "response_format": response_format,
                "speed": speed,
                "sample_rate": sample_rate,
                "emotion": emotion,
                "emotion_scale": emotion_scale,
                "loudness_rate": loudness_rate,
                "context_texts": context_texts,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AudioTranscriptionsResource:
    """The `audio.transcriptions` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def create(
        self,
        *,
        file: FileInput,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> AudioTranscription:
        """Transcribe an audio file.

        Uploads one audio file and returns the recognized text.

        Args:
            file: The audio file (ogg, mp3, wav, m4a and more), at most 10 MB and
                under 30 minutes.
        """
        return self._requester.request(
            _ops.AUDIO_TRANSCRIPTIONS_CREATE,
            {"file": file},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncAudioTranscriptionsResource:
    """The `audio.transcriptions` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def create(
        self,
        *,
        file: FileInput,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> AudioTranscription:
        """Transcribe an audio file.

        Uploads one audio file and returns the recognized text.

        Args:
            file: The audio file (ogg, mp3, wav, m4a and more), at most 10 MB and
                under 30 minutes.
        """
        return await self._requester.request(
            _ops.AUDIO_TRANSCRIPTIONS_CREATE,
            {"file": file},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AudioVoicesResource:
    """The `audio.voices` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def clone(
        self,
        *,
        file: FileInput,
        voice_name: str,
        audio_format: Literal["wav", "mp3", "ogg", "m4a", "aac", "pcm"],
        language: VoiceLanguage | Literal["zh", "en", "ja", "es", "id", "pt"] | None = None,
        voice_id: str | None = None,
        preview_text: str | None = None,
        text: str | None = None,
        space_id: str | None = None,
        description: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> VoiceCloneResult:
        """Clone a voice.

        Creates a custom voice from a recorded sample, or retrains an existing cloned
        voice when voice_id is given.

        Args:
            file: The voice sample, at most 10 MB; 10 to 30 seconds of one speaker
                works best.
            voice_name: Name of the voice, at most 128 bytes.
            audio_format: Format of the uploaded sample; pcm must be 24 kHz mono.
            language: Language spoken in the sample.
            voice_id: A previously cloned voice to retrain in place; omit to create
                a new voice.
            preview_text: Text for the preview audio generated after cloning; the
                server uses a stock sentence when omitted.
            text: Transcript of the sample, at most 1024 bytes; a large mismatch
                fails with code 1109.
            space_id: Workspace to store the voice in; the server default is the
                caller's personal workspace.
            description: Free-text description of the voice.
        """
        return self._requester.request(
            _ops.AUDIO_VOICES_CLONE,
            {
                "file": file,
                "voice_name": voice_name,
                "audio_format": audio_format,
                "language": language,
                "voice_id": voice_id,
                "preview_text": preview_text,
                "text": text,
                "space_id": space_id,
                "description": description,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def list(
        self,
        *,
        filter_system_voice: bool | None = None,
        model_type: VoiceModelType | Literal["big", "small"] | None = None,
        voice_state: VoiceState | Literal["init", "cloned", "all"] | None = None,
        page_num: int | None = None,
        page_size: int | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> SyncPage[Voice]:
        """List voices.

        Lists the voices available to the caller, both system voices and voices cloned
        in the caller's workspaces.

        Args:
            filter_system_voice: When true, system voices are left out; the server
                default is false.
            model_type: Only return voices of this model type; both types are
                returned when omitted.
            voice_state: Only return voices in this clone state (`all` for any); the
                server default is `cloned`.
            page_num: Page number, starting at 1 (the server default).
            page_size: Voices per page, 1 to 100; the server default is 100.
        """
        return self._requester.paginate(
            _ops.AUDIO_VOICES_LIST_PAGES,
            {
                "filter_system_voice": filter_system_voice,
                "model_type": model_type,
                "voice_state": voice_state,
                "page_num": page_num,
                "page_size": page_size,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncAudioVoicesResource:
    """The `audio.voices` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def clone(
        self,
        *,
        file: FileInput,
        voice_name: str,
        audio_format: Literal["wav", "mp3", "ogg", "m4a", "aac", "pcm"],
        language: VoiceLanguage | Literal["zh", "en", "ja", "es", "id", "pt"] | None = None,
        voice_id: str | None = None,
        preview_text: str | None = None,
        text: str | None = None,
        space_id: str | None = None,
        description: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> VoiceCloneResult:
        """Clone a voice.

        Creates a custom voice from a recorded sample, or retrains an existing cloned
        voice when voice_id is given.

        Args:
            file: The voice sample, at most 10 MB; 10 to 30 seconds of one speaker
                works best.
            voice_name: Name of the voice, at most 128 bytes.
            audio_format: Format of the uploaded sample; pcm must be 24 kHz mono.
            language: Language spoken in the sample.
            voice_id: A previously cloned voice to retrain in place; omit to create
                a new voice.
            preview_text: Text for the preview audio generated after cloning; the
                server uses a stock sentence when omitted.
            text: Transcript of the sample, at most 1024 bytes; a large mismatch
                fails with code 1109.
            space_id: Workspace to store the voice in; the server default is the
                caller's personal workspace.
            description: Free-text description of the voice.
        """
        return await self._requester.request(
            _ops.AUDIO_VOICES_CLONE,
            {
                "file": file,
                "voice_name": voice_name,
                "audio_format": audio_format,
                "language": language,
                "voice_id": voice_id,
                "preview_text": preview_text,
                "text": text,
                "space_id": space_id,
                "description": description,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def list(
        self,
        *,
        filter_system_voice: bool | None = None,
        model_type: VoiceModelType | Literal["big", "small"] | None = None,
        voice_state: VoiceState | Literal["init", "cloned", "all"] | None = None,
        page_num: int | None = None,
        page_size: int | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> AsyncPage[Voice]:
        """List voices.

        Lists the voices available to the caller, both system voices and voices cloned
        in the caller's workspaces.

        Args:
            filter_system_voice: When true, system voices are left out; the server
                default is false.
            model_type: Only return voices of this model type; both types are
                returned when omitted.
            voice_state: Only return voices in this clone state (`all` for any); the
                server default is `cloned`.
            page_num: Page number, starting at 1 (the server default).
            page_size: Voices per page, 1 to 100; the server default is 100.
        """
        return self._requester.paginate(
            _ops.AUDIO_VOICES_LIST_PAGES,
            {
                "filter_system_voice": filter_system_voice,
                "model_type": model_type,
                "voice_state": voice_state,
                "page_num": page_num,
                "page_size": page_size,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AudioRoomsResource:
    """The `audio.rooms` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def create(
        self,
        *,
        bot_id: str,
        conversation_id: str | None = None,
        voice_id: str | None = None,
        uid: str | None = None,
        workflow_id: str | None = None,
        connector_id: str | None = None,
        config: RoomConfig | Mapping[str, object] | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> RoomJoinInfo:
        """Create an RTC room.

        Creates a real-time voice room, puts the bot in it and returns what a client
        needs to join; billing starts at once.

        Args:
            bot_id: The bot that joins the room.
            conversation_id: Conversation to record the call in; the server creates
                one when omitted.
            voice_id: Voice the bot speaks with; the server uses a default voice
                when omitted.
            uid: Your own id for the end user; conversation memory is kept apart per
                uid.
            workflow_id: A workflow to drive the conversation instead of the bot's
                own logic.
            connector_id: The channel (connector) the call is attributed to.
            config: Room settings.
        """
        return self._requester.request(
            _ops.AUDIO_ROOMS_CREATE,
            {
                "bot_id": bot_id,
                "conversation_id": conversation_id,
                "voice_id": voice_id,
                "uid": uid,
                "workflow_id": workflow_id,
                "connector_id": connector_id,
                "config": config,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncAudioRoomsResource:
    """The `audio.rooms` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def create(
        self,
        *,
        bot_id: str,
        conversation_id: str | None = None,
        voice_id: str | None = None,
        uid: str | None = None,
        workflow_id: str | None = None,
        connector_id: str | None = None,
        config: RoomConfig | Mapping[str, object] | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> RoomJoinInfo:
        """Create an RTC room.

        Creates a real-time voice room, puts the bot in it and returns what a client
        needs to join; billing starts at once.

        Args:
            bot_id: The bot that joins the room.
            conversation_id: Conversation to record the call in; the server creates
                one when omitted.
            voice_id: Voice the bot speaks with; the server uses a default voice
                when omitted.
            uid: Your own id for the end user; conversation memory is kept apart per
                uid.
            workflow_id: A workflow to drive the conversation instead of the bot's
                own logic.
            connector_id: The channel (connector) the call is attributed to.
            config: Room settings.
        """
        return await self._requester.request(
            _ops.AUDIO_ROOMS_CREATE,
            {
                "bot_id": bot_id,
                "conversation_id": conversation_id,
                "voice_id": voice_id,
                "uid": uid,
                "workflow_id": workflow_id,
                "connector_id": connector_id,
                "config": config,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AudioLiveResource:
    """The `audio.live` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def retrieve(
        self,
        *,
        live_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> AudioLiveInfo:
        """Retrieve a live session.

        Returns the RTC app id and the audio streams (original and translated) of a live
        session.

        Args:
            live_id: The live session to look up.
        """
        return self._requester.request(
            _ops.AUDIO_LIVE_RETRIEVE,
            {"live_id": live_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncAudioLiveResource:
    """The `audio.live` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def retrieve(
        self,
        *,
        live_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> AudioLiveInfo:
        """Retrieve a live session.

        Returns the RTC app id and the audio streams (original and translated) of a live
        session.

        Args:
            live_id: The live session to look up.
        """
        return await self._requester.request(
            _ops.AUDIO_LIVE_RETRIEVE,
            {"live_id": live_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AudioVoiceprintGroupsFeaturesResource:
    """The `audio.voiceprint_groups.features` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        group_id: str,
        page_num: int | None = None,
        page_size: int | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> SyncPage[VoiceprintFeature]:
        """List voiceprints.

        Lists the voiceprints of a voiceprint group.

        Args:
            group_id: The voiceprint group whose voiceprints to list.
            page_num: Page number, starting at 1 (the server default).
            page_size: Voiceprints per page, 1 to 200; the server default is 10.
        """
        return self._requester.paginate(
            _ops.AUDIO_VOICEPRINT_GROUPS_FEATURES_LIST_PAGES,
            {"group_id": group_id, "page_num": page_num, "page_size": page_size},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def create(
        self,
        *,
        group_id: str,
        file: FileInput,
        name: str,
        desc: str | None = None,
        sample_rate: int | None = None,
        channel: int | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> VoiceprintFeatureCreateResult:
        """Create a voiceprint.

        Adds a voiceprint, built from an uploaded recording, to a voiceprint group (at
        most 10 per group).

        Args:
            group_id: The voiceprint group to add the voiceprint to.
            file: A recording of one speaker, wav or pcm (16 kHz, mono, 16-bit), at
                most 4 MB.
            name: Name of the voiceprint.
            desc: Description of the voiceprint.
            sample_rate: Sample rate of a pcm recording in Hz; the server default is
                16000.
            channel: Channel count of a pcm recording; the server default is 1
                (mono).
        """
        return self._requester.request(
            _ops.AUDIO_VOICEPRINT_GROUPS_FEATURES_CREATE,
            {
                "group_id": group_id,
                "file": file,
                "name": name,
                "desc": desc,
                "sample_rate": sample_rate,
                "channel": channel,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def update(
        self,
        *,
        group_id: str,
        feature_id: str,
        file: FileInput | None = None,
        name: str | None = None,
        desc: str | None = None,
        sample_rate: int | None = None,
        channel: int | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> AudioVoiceprintGroupsFeaturesUpdateResponse:
        """Update a voiceprint.

        Renames a voiceprint or replaces its recording; only its creator may do this.

        Args:
            group_id: The voiceprint group the voiceprint belongs to.
            feature_id: The voiceprint to update.
            file: A new recording to replace the old one, wav or pcm (16 kHz, mono,
                16-bit), at most 4 MB.
            name: New name of the voiceprint.
            desc: New description of the voiceprint.
            sample_rate: Sample rate of a pcm recording in Hz; the server default is
                16000.
            channel: Channel count of a pcm recording; the server default is 1
                (mono).
        """
        return self._requester.request(
            _ops.AUDIO_VOICEPRINT_GROUPS_FEATURES_UPDATE,
            {
                "group_id": group_id,
                "feature_id": feature_id,
                "file": file,
                "name": name,
                "desc": desc,
                "sample_rate": sample_rate,
                "channel": channel,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def delete(
        self,
        *,
        group_id: str,
        feature_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> AudioVoiceprintGroupsFeaturesDeleteResponse:
        """Delete a voiceprint.

        Removes a voiceprint from its group; only its creator may do this.

        Args:
            group_id: The voiceprint group the voiceprint belongs to.
            feature_id: The voiceprint to delete.
        """
        return self._requester.request(
            _ops.AUDIO_VOICEPRINT_GROUPS_FEATURES_DELETE,
            {"group_id": group_id, "feature_id": feature_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncAudioVoiceprintGroupsFeaturesResource:
    """The `audio.voiceprint_groups.features` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        group_id: str,
        page_num: int | None = None,
        page_size: int | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> AsyncPage[VoiceprintFeature]:
        """List voiceprints.

        Lists the voiceprints of a voiceprint group.

        Args:
            group_id: The voiceprint group whose voiceprints to list.
            page_num: Page number, starting at 1 (the server default).
            page_size: Voiceprints per page, 1 to 200; the server default is 10.
        """
        return self._requester.paginate(
            _ops.AUDIO_VOICEPRINT_GROUPS_FEATURES_LIST_PAGES,
            {"group_id": group_id, "page_num": page_num, "page_size": page_size},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def create(
        self,
        *,
        group_id: str,
        file: FileInput,
        name: str,
        desc: str | None = None,
        sample_rate: int | None = None,
        channel: int | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> VoiceprintFeatureCreateResult:
        """Create a voiceprint.

        Adds a voiceprint, built from an uploaded recording, to a voiceprint group (at
        most 10 per group).

        Args:
            group_id: The voiceprint group to add the voiceprint to.
            file: A recording of one speaker, wav or pcm (16 kHz, mono, 16-bit), at
                most 4 MB.
            name: Name of the voiceprint.
            desc: Description of the voiceprint.
            sample_rate: Sample rate of a pcm recording in Hz; the server default is
                16000.
            channel: Channel count of a pcm recording; the server default is 1
                (mono).
        """
        return await self._requester.request(
            _ops.AUDIO_VOICEPRINT_GROUPS_FEATURES_CREATE,
            {
                "group_id": group_id,
                "file": file,
                "name": name,
                "desc": desc,
                "sample_rate": sample_rate,
                "channel": channel,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def update(
        self,
        *,
        group_id: str,
        feature_id: str,
        file: FileInput | None = None,
        name: str | None = None,
        desc: str | None = None,
        sample_rate: int | None = None,
        channel: int | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> AudioVoiceprintGroupsFeaturesUpdateResponse:
        """Update a voiceprint.

        Renames a voiceprint or replaces its recording; only its creator may do this.

        Args:
            group_id: The voiceprint group the voiceprint belongs to.
            feature_id: The voiceprint to update.
            file: A new recording to replace the old one, wav or pcm (16 kHz, mono,
                16-bit), at most 4 MB.
            name: New name of the voiceprint.
            desc: New description of the voiceprint.
            sample_rate: Sample rate of a pcm recording in Hz; the server default is
                16000.
            channel: Channel count of a pcm recording; the server default is 1
                (mono).
        """
        return await self._requester.request(
            _ops.AUDIO_VOICEPRINT_GROUPS_FEATURES_UPDATE,
            {
                "group_id": group_id,
                "feature_id": feature_id,
                "file": file,
                "name": name,
                "desc": desc,
                "sample_rate": sample_rate,
                "channel": channel,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def delete(
        self,
        *,
        group_id: str,
        feature_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> AudioVoiceprintGroupsFeaturesDeleteResponse:
        """Delete a voiceprint.

        Removes a voiceprint from its group; only its creator may do this.

        Args:
            group_id: The voiceprint group the voiceprint belongs to.
            feature_id: The voiceprint to delete.
        """
        return await self._requester.request(
            _ops.AUDIO_VOICEPRINT_GROUPS_FEATURES_DELETE,
            {"group_id": group_id, "feature_id": feature_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AudioVoiceprintGroupsResource:
    """The `audio.voiceprint_groups` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    @cached_property
    def features(self) -> AudioVoiceprintGroupsFeaturesResource:
        """The `audio.voiceprint_groups.features` resource group."""
        return AudioVoiceprintGroupsFeaturesResource(self._requester)

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        name: str | None = None,
        group_id: str | None = None,
        user_id: str | None = None,
        coze_account_id: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> SyncPage[VoiceprintGroup]:
        """List voiceprint groups.

        Lists the voiceprint groups of the team or enterprise, optionally filtered by
        name prefix, group or creator.

        Args:
            page_num: Page number, starting at 1 (the server default).
            page_size: Groups per page, 1 to 200; the server default is 10.
            name: Only return groups whose name starts with this text.
            group_id: Only return the group with this id.
            user_id: Only return groups created by this Coze user; it may only be
                the caller's own user id.
            coze_account_id: The Coze account (team or enterprise) whose groups to
                list.
        """
        return self._requester.paginate(
            _ops.AUDIO_VOICEPRINT_GROUPS_LIST_PAGES,
            {
                "page_num": page_num,
                "page_size": page_size,
                "name": name,
                "group_id": group_id,
                "user_id": user_id,
                "coze_account_id": coze_account_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def create(
        self,
        *,
        name: str,
        desc: str | None = None,
        coze_account_id: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> VoiceprintGroupCreateResult:
        """Create a voiceprint group.

        Creates an empty voiceprint group that speaker identification searches in.

        Args:
            name: Group name, at most 20 characters.
            desc: Group description, at most 500 characters.
            coze_account_id: The Coze account (team or enterprise) to create the
                group in.
        """
        return self._requester.request(
            _ops.AUDIO_VOICEPRINT_GROUPS_CREATE,
            {"name": name, "desc": desc, "coze_account_id": coze_account_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def update(
        self,
        *,
        group_id: str,
        name: str | None = None,
        desc: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> AudioVoiceprintGroupsUpdateResponse:
        """Update a voiceprint group.

        Changes the name or description of a voiceprint group.

        Args:
            group_id: The voiceprint group to update.
            name: New group name, at most 20 characters.
            desc: New group description, at most 500 characters.
        """
        return self._requester.request(
            _ops.AUDIO_VOICEPRINT_GROUPS_UPDATE,
            {"group_id": group_id, "name": name, "desc": desc},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def delete(
        self,
        *,
        group_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> AudioVoiceprintGroupsDeleteResponse:
        """Delete a voiceprint group.

        Deletes a voiceprint group and every voiceprint in it; only its creator may do
        this.

        Args:
            group_id: The voiceprint group to delete.
        """
        return self._requester.request(
            _ops.AUDIO_VOICEPRINT_GROUPS_DELETE,
            {"group_id": group_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def speaker_identify(
        self,
        *,
        group_id: str,
        file: FileInput,
        top_k: int | None = None,
        sample_rate: int | None = None,
        channel: int | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> VoiceprintSpeakerIdentifyResult:
        """Identify a speaker.

        Compares a voice sample with the voiceprints of a group and returns a similarity
        score for each.

        Args:
            group_id: The voiceprint group to search.
            file: The voice sample, wav or pcm (16 kHz, mono, 16-bit), at most 4 MB.
            top_k: Return only the k best matches; all matches are returned when
                omitted.
            sample_rate: Sample rate of a pcm sample in Hz; the server default is
                16000.
            channel: Channel count of a pcm sample; the server default is 1 (mono).
        """
        return self._requester.request(
            _ops.AUDIO_VOICEPRINT_GROUPS_SPEAKER_IDENTIFY,
            {"group_id": group_id, "file": file, "top_k": top_k, "sample_rate": sample_rate, "channel": channel},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncAudioVoiceprintGroupsResource:
    """The `audio.voiceprint_groups` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def features(self) -> AsyncAudioVoiceprintGroupsFeaturesResource:
        """The `audio.voiceprint_groups.features` resource group."""
        return AsyncAudioVoiceprintGroupsFeaturesResource(self._requester)

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        name: str | None = None,
        group_id: str | None = None,
        user_id: str | None = None,
        coze_account_id: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> AsyncPage[VoiceprintGroup]:
        """List voiceprint groups.

        Lists the voiceprint groups of the team or enterprise, optionally filtered by
        name prefix, group or creator.

        Args:
            page_num: Page number, starting at 1 (the server default).
            page_size: Groups per page, 1 to 200; the server default is 10.
            name: Only return groups whose name starts with this text.
            group_id: Only return the group with this id.
            user_id: Only return groups created by this Coze user; it may only be
                the caller's own user id.
            coze_account_id: The Coze account (team or enterprise) whose groups to
                list.
        """
        return self._requester.paginate(
            _ops.AUDIO_VOICEPRINT_GROUPS_LIST_PAGES,
            {
                "page_num": page_num,
                "page_size": page_size,
                "name": name,
                "group_id": group_id,
                "user_id": user_id,
                "coze_account_id": coze_account_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def create(
        self,
        *,
        name: str,
        desc: str | None = None,
        coze_account_id: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> VoiceprintGroupCreateResult:
        """Create a voiceprint group.

        Creates an empty voiceprint group that speaker identification searches in.

        Args:
            name: Group name, at most 20 characters.
            desc: Group description, at most 500 characters.
            coze_account_id: The Coze account (team or enterprise) to create the
                group in.
        """
        return await self._requester.request(
            _ops.AUDIO_VOICEPRINT_GROUPS_CREATE,
            {"name": name, "desc": desc, "coze_account_id": coze_account_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def update(
        self,
        *,
        group_id: str,
        name: str | None = None,
        desc: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> AudioVoiceprintGroupsUpdateResponse:
        """Update a voiceprint group.

        Changes the name or description of a voiceprint group.

        Args:
            group_id: The voiceprint group to update.
            name: New group name, at most 20 characters.
            desc: New group description, at most 500 characters.
        """
        return await self._requester.request(
            _ops.AUDIO_VOICEPRINT_GROUPS_UPDATE,
            {"group_id": group_id, "name": name, "desc": desc},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def delete(
        self,
        *,
        group_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> AudioVoiceprintGroupsDeleteResponse:
        """Delete a voiceprint group.

        Deletes a voiceprint group and every voiceprint in it; only its creator may do
        this.

        Args:
            group_id: The voiceprint group to delete.
        """
        return await self._requester.request(
            _ops.AUDIO_VOICEPRINT_GROUPS_DELETE,
            {"group_id": group_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def speaker_identify(
        self,
        *,
        group_id: str,
        file: FileInput,
        top_k: int | None = None,
        sample_rate: int | None = None,
        channel: int | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> VoiceprintSpeakerIdentifyResult:
        """Identify a speaker.

        Compares a voice sample with the voiceprints of a group and returns a similarity
        score for each.

        Args:
            group_id: The voiceprint group to search.
            file: The voice sample, wav or pcm (16 kHz, mono, 16-bit), at most 4 MB.
            top_k: Return only the k best matches; all matches are returned when
                omitted.
            sample_rate: Sample rate of a pcm sample in Hz; the server default is
                16000.
            channel: Channel count of a pcm sample; the server default is 1 (mono).
        """
        return await self._requester.request(
            _ops.AUDIO_VOICEPRINT_GROUPS_SPEAKER_IDENTIFY,
            {"group_id": group_id, "file": file, "top_k": top_k, "sample_rate": sample_rate, "channel": channel},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AudioResource:
    """The `audio` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    @cached_property
    def speech(self) -> AudioSpeechResource:
        """The `audio.speech` resource group."""
        return AudioSpeechResource(self._requester)

    @cached_property
    def transcriptions(self) -> AudioTranscriptionsResource:
        """The `audio.transcriptions` resource group."""
        return AudioTranscriptionsResource(self._requester)

    @cached_property
    def voices(self) -> AudioVoicesResource:
        """The `audio.voices` resource group."""
        return AudioVoicesResource(self._requester)

    @cached_property
    def rooms(self) -> AudioRoomsResource:
        """The `audio.rooms` resource group."""
        return AudioRoomsResource(self._requester)

    @cached_property
    def live(self) -> AudioLiveResource:
        """The `audio.live` resource group."""
        return AudioLiveResource(self._requester)

    @cached_property
    def voiceprint_groups(self) -> AudioVoiceprintGroupsResource:
        """The `audio.voiceprint_groups` resource group."""
        return AudioVoiceprintGroupsResource(self._requester)


class AsyncAudioResource:
    """The `audio` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def speech(self) -> AsyncAudioSpeechResource:
        """The `audio.speech` resource group."""
        return AsyncAudioSpeechResource(self._requester)

    @cached_property
    def transcriptions(self) -> AsyncAudioTranscriptionsResource:
        """The `audio.transcriptions` resource group."""
        return AsyncAudioTranscriptionsResource(self._requester)

    @cached_property
    def voices(self) -> AsyncAudioVoicesResource:
        """The `audio.voices` resource group."""
        return AsyncAudioVoicesResource(self._requester)

    @cached_property
    def rooms(self) -> AsyncAudioRoomsResource:
        """The `audio.rooms` resource group."""
        return AsyncAudioRoomsResource(self._requester)

    @cached_property
    def live(self) -> AsyncAudioLiveResource:
        """The `audio.live` resource group."""
        return AsyncAudioLiveResource(self._requester)

    @cached_property
    def voiceprint_groups(self) -> AsyncAudioVoiceprintGroupsResource:
        """The `audio.voiceprint_groups` resource group."""
        return AsyncAudioVoiceprintGroupsResource(self._requester)


class RawAudioSpeechResource(RawGroup):
    """The `audio.speech` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    create = RawMethod(AudioSpeechResource.create)


class AsyncRawAudioSpeechResource(RawGroup):
    """The `audio.speech` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    create = AsyncRawMethod(AsyncAudioSpeechResource.create)


class RawAudioTranscriptionsResource(RawGroup):
    """The `audio.transcriptions` methods, each returning the raw HTTP answer (a
    `RawResponse`).
    """

    create = RawMethod(AudioTranscriptionsResource.create)


class AsyncRawAudioTranscriptionsResource(RawGroup):
    """The `audio.transcriptions` methods, each returning the raw HTTP answer (a
    `RawResponse`).
    """

    create = AsyncRawMethod(AsyncAudioTranscriptionsResource.create)


class RawAudioVoicesResource(RawGroup):
    """The `audio.voices` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    clone = RawMethod(AudioVoicesResource.clone)
    list = RawMethod(AudioVoicesResource.list)


class AsyncRawAudioVoicesResource(RawGroup):
    """The `audio.voices` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    clone = AsyncRawMethod(AsyncAudioVoicesResource.clone)
    list = AsyncRawPagedMethod(AsyncAudioVoicesResource.list)


class RawAudioRoomsResource(RawGroup):
    """The `audio.rooms` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    create = RawMethod(AudioRoomsResource.create)


class AsyncRawAudioRoomsResource(RawGroup):
    """The `audio.rooms` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    create = AsyncRawMethod(AsyncAudioRoomsResource.create)


class RawAudioLiveResource(RawGroup):
    """The `audio.live` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    retrieve = RawMethod(AudioLiveResource.retrieve)


class AsyncRawAudioLiveResource(RawGroup):
    """The `audio.live` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    retrieve = AsyncRawMethod(AsyncAudioLiveResource.retrieve)


class RawAudioVoiceprintGroupsFeaturesResource(RawGroup):
    """The `audio.voiceprint_groups.features` methods, each returning the raw HTTP answer
    (a `RawResponse`).
    """

    list = RawMethod(AudioVoiceprintGroupsFeaturesResource.list)
    create = RawMethod(AudioVoiceprintGroupsFeaturesResource.create)
    update = RawMethod(AudioVoiceprintGroupsFeaturesResource.update)
    delete = RawMethod(AudioVoiceprintGroupsFeaturesResource.delete)


class AsyncRawAudioVoiceprintGroupsFeaturesResource(RawGroup):
    """The `audio.voiceprint_groups.features` methods, each returning the raw HTTP answer
    (a `RawResponse`).
    """

    list = AsyncRawPagedMethod(AsyncAudioVoiceprintGroupsFeaturesResource.list)
    create = AsyncRawMethod(AsyncAudioVoiceprintGroupsFeaturesResource.create)
    update = AsyncRawMethod(AsyncAudioVoiceprintGroupsFeaturesResource.update)
    delete = AsyncRawMethod(AsyncAudioVoiceprintGroupsFeaturesResource.delete)


class RawAudioVoiceprintGroupsResource(RawGroup):
    """The `audio.voiceprint_groups` methods, each returning the raw HTTP answer (a
    `RawResponse`).
    """

    @cached_property
    def features(self) -> RawAudioVoiceprintGroupsFeaturesResource:
        return RawAudioVoiceprintGroupsFeaturesResource(self._resource.features)

    list = RawMethod(AudioVoiceprintGroupsResource.list)
    create = RawMethod(AudioVoiceprintGroupsResource.create)
    update = RawMethod(AudioVoiceprintGroupsResource.update)
    delete = RawMethod(AudioVoiceprintGroupsResource.delete)
    speaker_identify = RawMethod(AudioVoiceprintGroupsResource.speaker_identify)


class AsyncRawAudioVoiceprintGroupsResource(RawGroup):
    """The `audio.voiceprint_groups` methods, each returning the raw HTTP answer (a
    `RawResponse`).
    """

    @cached_property
    def features(self) -> AsyncRawAudioVoiceprintGroupsFeaturesResource:
        return AsyncRawAudioVoiceprintGroupsFeaturesResource(self._resource.features)

    list = AsyncRawPagedMethod(AsyncAudioVoiceprintGroupsResource.list)
    create = AsyncRawMethod(AsyncAudioVoiceprintGroupsResource.create)
    update = AsyncRawMethod(AsyncAudioVoiceprintGroupsResource.update)
    delete = AsyncRawMethod(AsyncAudioVoiceprintGroupsResource.delete)
    speaker_identify = AsyncRawMethod(AsyncAudioVoiceprintGroupsResource.speaker_identify)


class RawAudioResource(RawGroup):
    """The `audio` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    @cached_property
    def speech(self) -> RawAudioSpeechResource:
        return RawAudioSpeechResource(self._resource.speech)

    @cached_property
    def transcriptions(self) -> RawAudioTranscriptionsResource:
        return RawAudioTranscriptionsResource(self._resource.transcriptions)

    @cached_property
    def voices(self) -> RawAudioVoicesResource:
        return RawAudioVoicesResource(self._resource.voices)

    @cached_property
    def rooms(self) -> RawAudioRoomsResource:
        return RawAudioRoomsResource(self._resource.rooms)

    @cached_property
    def live(self) -> RawAudioLiveResource:
        return RawAudioLiveResource(self._resource.live)

    @cached_property
    def voiceprint_groups(self) -> RawAudioVoiceprintGroupsResource:
        return RawAudioVoiceprintGroupsResource(self._resource.voiceprint_groups)


class AsyncRawAudioResource(RawGroup):
    """The `audio` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    @cached_property
    def speech(self) -> AsyncRawAudioSpeechResource:
        return AsyncRawAudioSpeechResource(self._resource.speech)

    @cached_property
    def transcriptions(self) -> AsyncRawAudioTranscriptionsResource:
        return AsyncRawAudioTranscriptionsResource(self._resource.transcriptions)

    @cached_property
    def voices(self) -> AsyncRawAudioVoicesResource:
        return AsyncRawAudioVoicesResource(self._resource.voices)

    @cached_property
    def rooms(self) -> AsyncRawAudioRoomsResource:
        return AsyncRawAudioRoomsResource(self._resource.rooms)

    @cached_property
    def live(self) -> AsyncRawAudioLiveResource:
        return AsyncRawAudioLiveResource(self._resource.live)

    @cached_property
    def voiceprint_groups(self) -> AsyncRawAudioVoiceprintGroupsResource:
        return AsyncRawAudioVoiceprintGroupsResource(self._resource.voiceprint_groups)
