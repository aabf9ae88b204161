"""Models of the `audio` resource group.

Generated from openapi/coze.yaml by `make gen`; never edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, Self

from .. import _model as _m
from .._model import CozeModel, OpenStrEnum
from ._shared import ResponseDetail, UserInfo, VoiceEmotion

__all__ = [
    "AudioLiveInfo",
    "AudioLiveStreamInfo",
    "AudioLiveType",
    "AudioTranscription",
    "AudioVoiceprintGroupsDeleteResponse",
    "AudioVoiceprintGroupsFeaturesDeleteResponse",
    "AudioVoiceprintGroupsFeaturesUpdateResponse",
    "AudioVoiceprintGroupsUpdateResponse",
    "RoomAudioConfig",
    "RoomAudioConfigCodec",
    "RoomConfig",
    "RoomJoinInfo",
    "RoomMode",
    "RoomTranslateConfig",
    "RoomTurnDetection",
    "RoomTurnDetectionType",
    "RoomVideoConfig",
    "RoomVideoConfigCodec",
    "RoomVideoConfigStreamVideoType",
    "Voice",
    "VoiceCloneResult",
    "VoiceEmotionInfo",
    "VoiceEmotionInterval",
    "VoiceLanguage",
    "VoiceListResult",
    "VoiceModelType",
    "VoiceState",
    "VoiceprintFeature",
    "VoiceprintFeatureCreateResult",
    "VoiceprintFeatureListResult",
    "VoiceprintFeatureScore",
    "VoiceprintGroup",
    "VoiceprintGroupCreateResult",
    "VoiceprintGroupListResult",
    "VoiceprintSpeakerIdentifyResult",
]


class AudioLiveInfo(CozeModel):
    """A live session and its streams."""

    __slots__ = ("app_id", "stream_infos")
    _FIELDS = (("app_id", "app_id"), ("stream_infos", "stream_infos"))
    _KNOWN = frozenset(("app_id", "stream_infos"))

    app_id: str | None
    """The RTC application id."""
    stream_infos: list[AudioLiveStreamInfo] | None
    """The streams of the session."""

    def __init__(self, *, app_id: str | None = None, stream_infos: list[AudioLiveStreamInfo] | None = None) -> None:
        self.app_id = app_id
        self.stream_infos = stream_infos

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("app_id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "app_id")
        obj.app_id = v
        v = get("stream_infos")
        if v is not None:
            v = _c_AudioLiveInfo_stream_infos(v, "stream_infos")
        obj.stream_infos = v
        obj._src = src
        return obj


class AudioLiveStreamInfo(CozeModel):
    """One stream of a live session."""

    __slots__ = ("stream_id", "name", "live_type")
    _FIELDS = (("stream_id", "stream_id"), ("name", "name"), ("live_type", "live_type"))
    _KNOWN = frozenset(("stream_id", "name", "live_type"))

    stream_id: str
    """The stream id."""
    name: str | None
    """Display name of the stream."""
    live_type: AudioLiveType | None
    """Whether this is the original or a translated stream."""

    def __init__(
        self,
        *,
        stream_id: str,
        name: str | None = None,
        live_type: AudioLiveType | Literal["origin", "translation"] | None = None,
    ) -> None:
        self.stream_id = stream_id
        self.name = name
        self.live_type = None if live_type is None else AudioLiveType(live_type)

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("stream_id")
        if type(v) is not str:
            v = _m.to_str(v, "stream_id")
        obj.stream_id = v
        v = get("name")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "name")
        obj.name = v
        v = get("live_type")
        if v is not None:
            m_live_type = _AudioLiveType_values.get(v) if type(v) is str else None
            v = m_live_type if m_live_type is not None else AudioLiveType.parse(v, "live_type")
        obj.live_type = v
        obj._src = src
        return obj


class AudioLiveType(OpenStrEnum):
    """Kind of a live stream, the original audio or a translation."""

    ORIGIN = "origin"
    TRANSLATION = "translation"


class AudioTranscription(CozeModel):
    """The result of a transcription."""

    __slots__ = ("text",)
    _FIELDS = (("text", "text"),)
    _KNOWN = frozenset(("text",))

    text: str | None
    """The recognized text."""

    def __init__(self, *, text: str | None = None) -> None:
        self.text = text

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("text")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "text")
        obj.text = v
        obj._src = src
        return obj


class AudioVoiceprintGroupsDeleteResponse(CozeModel):
    """Envelope of audio_voiceprint_groups_delete."""

    __slots__ = ("code", "msg", "detail")
    _FIELDS = (("code", "code"), ("msg", "msg"), ("detail", "detail"))
    _KNOWN = frozenset(("code", "msg", "detail"))

    code: int | None
    msg: str | None
    detail: ResponseDetail | None

    def __init__(
        self, *, code: int | None = None, msg: str | None = None, detail: ResponseDetail | None = None
    ) -> None:
        self.code = code
        self.msg = msg
        self.detail = detail

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("code")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "code")
        obj.code = v
        v = get("msg")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "msg")
        obj.msg = v
        v = get("detail")
        if v is not None:
            v = _m.nested(ResponseDetail, v, "detail")
        obj.detail = v
        obj._src = src
        return obj


class AudioVoiceprintGroupsFeaturesDeleteResponse(CozeModel):
    """Envelope of audio_voiceprint_groups_features_delete."""

    __slots__ = ("code", "msg", "detail")
    _FIELDS = (("code", "code"), ("msg", "msg"), ("detail", "detail"))
    _KNOWN = frozenset(("code", "msg", "detail"))

    code: int | None
    msg: str | None
    detail: ResponseDetail | None

    def __init__(
        self, *, code: int | None = None, msg: str | None = None, detail: ResponseDetail | None = None
    ) -> None:
        self.code = code
        self.msg = msg
        self.detail = detail

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("code")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "code")
        obj.code = v
        v = get("msg")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "msg")
        obj.msg = v
        v = get("detail")
        if v is not None:
            v = _m.nested(ResponseDetail, v, "detail")
        obj.detail = v
        obj._src = src
        return obj


class AudioVoiceprintGroupsFeaturesUpdateResponse(CozeModel):
    """Envelope of audio_voiceprint_groups_features_update."""

    __slots__ = ("code", "msg", "detail")
    _FIELDS = (("code", "code"), ("msg", "msg"), ("detail", "detail"))
    _KNOWN = frozenset(("code", "msg", "detail"))

    code: int | None
    msg: str | None
    detail: ResponseDetail | None

    def __init__(
        self, *, code: int | None = None, msg: str | None = None, detail: ResponseDetail | None = None
    ) -> None:
        self.code = code
        self.msg = msg
        self.detail = detail

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("code")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "code")
        obj.code = v
        v = get("msg")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "msg")
        obj.msg = v
        v = get("detail")
        if v is not None:
            v = _m.nested(ResponseDetail, v, "detail")
        obj.detail = v
        obj._src = src
        return obj


class AudioVoiceprintGroupsUpdateResponse(CozeModel):
    """Envelope of audio_voiceprint_groups_update."""

    __slots__ = ("code", "msg", "detail")
    _FIELDS = (("code", "code"), ("msg", "msg"), ("detail", "detail"))
    _KNOWN = frozenset(("code", "msg", "detail"))

    code: int | None
    msg: str | None
    detail: ResponseDetail | None

    def __init__(
        self, *, code: int | None = None, msg: str | None = None, detail: ResponseDetail | None = None
    ) -> None:
        self.code = code
        self.msg = msg
        self.detail = detail

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("code")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "code")
        obj.code = v
        v = get("msg")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "msg")
        obj.msg = v
        v = get("detail")
        if v is not None:
            v = _m.nested(ResponseDetail, v, "detail")
        obj.detail = v
        obj._src = src
        return obj


class RoomAudioConfig(CozeModel):
    """Audio settings of a room."""

    __slots__ = ("codec",)
    _FIELDS = (("codec", "codec"),)
    _KNOWN = frozenset(("codec",))

    codec: RoomAudioConfigCodec | None
    """Audio codec; the server default is OPUS."""

    def __init__(
        self, *, codec: RoomAudioConfigCodec | Literal["AACLC", "G711A", "OPUS", "G722"] | None = None
    ) -> None:
        self.codec = None if codec is None else RoomAudioConfigCodec(codec)

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("codec")
        if v is not None:
            m_codec = _RoomAudioConfigCodec_values.get(v) if type(v) is str else None
            v = m_codec if m_codec is not None else RoomAudioConfigCodec.parse(v, "codec")
        obj.codec = v
        obj._src = src
        return obj


class RoomAudioConfigCodec(OpenStrEnum):
    """Audio codec; the server default is OPUS."""

    AACLC = "AACLC"
    G711A = "G711A"
    OPUS = "OPUS"
    G722 = "G722"


class RoomConfig(CozeModel):
    """Audio, video and behaviour settings of a room."""

    __slots__ = (
        "room_mode",
        "audio_config",
        "video_config",
        "turn_detection",
        "translate_config",
        "prologue_content",
        "prologue_delay_duration_ms",
    )
    _FIELDS = (
        ("room_mode", "room_mode"),
        ("audio_config", "audio_config"),
        ("video_config", "video_config"),
        ("turn_detection", "turn_detection"),
        ("translate_config", "translate_config"),
        ("prologue_content", "prologue_content"),
        ("prologue_delay_duration_ms", "prologue_delay_duration_ms"),
    )
    _KNOWN = frozenset(
        (
            "room_mode",
            "audio_config",
            "video_config",
            "turn_detection",
            "translate_config",
            "prologue_content",
            "prologue_delay_duration_ms",
        )
    )

    room_mode: RoomMode | None
    """Room mode; the server default is `default` (conversation)."""
    audio_config: RoomAudioConfig | None
    """Audio settings."""
    video_config: RoomVideoConfig | None
    """Video settings."""
    turn_detection: RoomTurnDetection | None
    """Turn detection settings."""
    translate_config: RoomTranslateConfig | None
    """Interpretation languages, for translate mode."""
    prologue_content: str | None
    """Custom opening line the bot speaks."""
    prologue_delay_duration_ms: int | None
    """Milliseconds to wait after joining before the opening line, 0 to 5000; the server default is 500."""

    def __init__(
        self,
        *,
        room_mode: RoomMode | Literal["default", "s2s", "podcast", "translate"] | None = None,
        audio_config: RoomAudioConfig | None = None,
        video_config: RoomVideoConfig | None = None,
        turn_detection: RoomTurnDetection | None = None,
        translate_config: RoomTranslateConfig | None = None,
        prologue_content: str | None = None,
        prologue_delay_duration_ms: int | None = None,
    ) -> None:
        self.room_mode = None if room_mode is None else RoomMode(room_mode)
        self.audio_config = audio_config
        self.video_config = video_config
        self.turn_detection = turn_detection
        self.translate_config = translate_config
        self.prologue_content = prologue_content
        self.prologue_delay_duration_ms = prologue_delay_duration_ms

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("room_mode")
        if v is not None:
            m_room_mode = _RoomMode_values.get(v) if type(v) is str else None
            v = m_room_mode if m_room_mode is not None else RoomMode.parse(v, "room_mode")
        obj.room_mode = v
        v = get("audio_config")
        if v is not None:
            v = _m.nested(RoomAudioConfig, v, "audio_config")
        obj.audio_config = v
        v = get("video_config")
        if v is not None:
            v = _m.nested(RoomVideoConfig, v, "video_config")
        obj.video_config = v
        v = get("turn_detection")
        if v is not None:
            v = _m.nested(RoomTurnDetection, v, "turn_detection")
        obj.turn_detection = v
        v = get("translate_config")
        if v is not None:
            v = _m.nested(RoomTranslateConfig, v, "translate_config")
        obj.translate_config = v
        v = get("prologue_content")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "prologue_content")
        obj.prologue_content = v
        v = get("prologue_delay_duration_ms")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "prologue_delay_duration_ms")
        obj.prologue_delay_duration_ms = v
        obj._src = src
        return obj


class RoomJoinInfo(CozeModel):
    """What an RTC client needs to join a room."""

    __slots__ = ("room_id", "app_id", "token", "uid")
    _FIELDS = (("room_id", "room_id"), ("app_id", "app_id"), ("token", "token"), ("uid", "uid"))
    _KNOWN = frozenset(("room_id", "app_id", "token", "uid"))

    room_id: str
    """The id of the created RTC room."""
    app_id: str
    """The RTC application id."""
    token: str
    """Token the user presents to join the room."""
    uid: str
    """The user id to join with; equals the uid sent, or one the server made up."""

    def __init__(self, *, room_id: str, app_id: str, token: str, uid: str) -> None:
        self.room_id = room_id
        self.app_id = app_id
        self.token = token
        self.uid = uid

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("room_id")
        if type(v) is not str:
            v = _m.to_str(v, "room_id")
        obj.room_id = v
        v = get("app_id")
        if type(v) is not str:
            v = _m.to_str(v, "app_id")
        obj.app_id = v
        v = get("token")
        if type(v) is not str:
            v = _m.to_str(v, "token")
        obj.token = v
        v = get("uid")
        if type(v) is not str:
            v = _m.to_str(v, "uid")
        obj.uid = v
        obj._src = src
        return obj


class RoomMode(OpenStrEnum):
    """How the bot behaves in a room."""

    DEFAULT = "default"
    S2S = "s2s"
    PODCAST = "podcast"
    TRANSLATE = "translate"


class RoomTranslateConfig(CozeModel):
    """Languages for simultaneous interpretation; used only in translate mode."""

    __slots__ = ("from_", "to")
    _FIELDS = (("from_", "from"), ("to", "to"))
    _KNOWN = frozenset(("from", "to"))

    from_: str | None
    """Source language, such as en-US."""
    to: str | None
    """Target language, such as zh-CN."""

    def __init__(self, *, from_: str | None = None, to: str | None = None) -> None:
        self.from_ = from_
        self.to = to

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("from")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "from")
        obj.from_ = v
        v = get("to")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "to")
        obj.to = v
        obj._src = src
        return obj


class RoomTurnDetection(CozeModel):
    """How the end of a user's turn is detected."""

    __slots__ = ("type",)
    _FIELDS = (("type", "type"),)
    _KNOWN = frozenset(("type",))

    type: RoomTurnDetectionType | None
    """Detection mode; the server default is server_vad."""

    def __init__(
        self,
        *,
        type: RoomTurnDetectionType
        | Literal["server_vad", "client_vad", "client_interrupt", "semantic_vad"]
        | None = None,
    ) -> None:
        self.type = None if type is None else RoomTurnDetectionType(type)

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("type")
        if v is not None:
            m_type = _RoomTurnDetectionType_values.get(v) if type(v) is str else None
            v = m_type if m_type is not None else RoomTurnDetectionType.parse(v, "type")
        obj.type = v
        obj._src = src
        return obj


class RoomTurnDetectionType(OpenStrEnum):
    """Detection mode; the server default is server_vad."""

    SERVER_VAD = "server_vad"
    CLIENT_VAD = "client_vad"
    CLIENT_INTERRUPT = "client_interrupt"
    SEMANTIC_VAD = "semantic_vad"


class RoomVideoConfig(CozeModel):
    """Video settings of a room; captured frames are fed to a vision model."""

    __slots__ = ("codec", "stream_video_type", "video_frame_rate", "video_frame_expire_duration")
    _FIELDS = (
        ("codec", "codec"),
        ("stream_video_type", "stream_video_type"),
        ("video_frame_rate", "video_frame_rate"),
        ("video_frame_expire_duration", "video_frame_expire_duration"),
    )
    _KNOWN = frozenset(("codec", "stream_video_type", "video_frame_rate", "video_frame_expire_duration"))

    codec: RoomVideoConfigCodec | None
    """Video codec; the server default is H264."""
    stream_video_type: RoomVideoConfigStreamVideoType | None
    """Which stream to capture, the camera (`main`) or screen sharing (`screen`)."""
    video_frame_rate: int | None
    """Frames captured per second, 1 to 24; the server default is 1."""
    video_frame_expire_duration: int | None
    """Seconds of frames before the user starts speaking to include, 1 to 10; the server default is 1."""

    def __init__(
        self,
        *,
        codec: RoomVideoConfigCodec | Literal["H264", "BYTEVC1"] | None = None,
        stream_video_type: RoomVideoConfigStreamVideoType | Literal["main", "screen"] | None = None,
        video_frame_rate: int | None = None,
        video_frame_expire_duration: int | None = None,
    ) -> None:
        self.codec = None if codec is None else RoomVideoConfigCodec(codec)
        self.stream_video_type = (
            None if stream_video_type is None else RoomVideoConfigStreamVideoType(stream_video_type)
        )
        self.video_frame_rate = video_frame_rate
        self.video_frame_expire_duration = video_frame_expire_duration

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("codec")
        if v is not None:
            m_codec = _RoomVideoConfigCodec_values.get(v) if type(v) is str else None
            v = m_codec if m_codec is not None else RoomVideoConfigCodec.parse(v, "codec")
        obj.codec = v
        v = get("stream_video_type")
        if v is not None:
            m_stream_video_type = _RoomVideoConfigStreamVideoType_values.get(v) if type(v) is str else None
            v = (
                m_stream_video_type
                if m_stream_video_type is not None
                else RoomVideoConfigStreamVideoType.parse(v, "stream_video_type")
            )
        obj.stream_video_type = v
        v = get("video_frame_rate")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "video_frame_rate")
        obj.video_frame_rate = v
        v = get("video_frame_expire_duration")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "video_frame_expire_duration")
        obj.video_frame_expire_duration = v
        obj._src = src
        return obj


class RoomVideoConfigCodec(OpenStrEnum):
    """Video codec; the server default is H264."""

    H264 = "H264"
    BYTEVC1 = "BYTEVC1"


class RoomVideoConfigStreamVideoType(OpenStrEnum):
    """Which stream to capture, the camera (`main`) or screen sharing (`screen`)."""

    MAIN = "main"
    SCREEN = "screen"


class Voice(CozeModel):
    """A system or cloned voice."""

    __slots__ = (
        "voice_id",
        "name",
        "state",
        "model_type",
        "model_name",
        "is_system_voice",
        "language_code",
        "language_name",
        "preview_text",
        "preview_audio",
        "available_training_times",
        "create_time",
        "update_time",
        "support_emotions",
    )
    _FIELDS = (
        ("voice_id", "voice_id"),
        ("name", "name"),
        ("state", "state"),
        ("model_type", "model_type"),
        ("model_name", "model_name"),
        ("is_system_voice", "is_system_voice"),
        ("language_code", "language_code"),
        ("language_name", "language_name"),
        ("preview_text", "preview_text"),
        ("preview_audio", "preview_audio"),
        ("available_training_times", "available_training_times"),
        ("create_time", "create_time"),
        ("update_time", "update_time"),
        ("support_emotions", "support_emotions"),
    )
    _KNOWN = frozenset(
        (
            "voice_id",
            "name",
            "state",
            "model_type",
            "model_name",
            "is_system_voice",
            "language_code",
            "language_name",
            "preview_text",
            "preview_audio",
            "available_training_times",
            "create_time",
            "update_time",
            "support_emotions",
        )
    )

    voice_id: str
    """The voice id."""
    name: str | None
    """Name of the voice."""
    state: VoiceState | None
    """Clone state of the voice (init or cloned)."""
    model_type: VoiceModelType | None
    """Model family of the voice."""
    model_name: str | None
    """Name of the underlying speech model."""
    is_system_voice: bool | None
    """Whether this is a built-in system voice rather than a cloned one."""
    language_code: str | None
    """Language code of the voice, such as zh or en."""
    language_name: str | None
    """Human-readable language name."""
    preview_text: str | None
    """Text spoken in the preview audio."""
    preview_audio: str | None
    """URL of a preview recording."""
    available_training_times: int | None
    """How many more times the voice may be retrained (10 in total, counting the first clone)."""
    create_time: int | None
    """Creation time, unix seconds."""
    update_time: int | None
    """Last update time, unix seconds."""
    support_emotions: list[VoiceEmotionInfo] | None
    """Emotions the voice supports; only present for multi-emotion voices."""

    def __init__(
        self,
        *,
        voice_id: str,
        name: str | None = None,
        state: VoiceState | Literal["init", "cloned", "all"] | None = None,
        model_type: VoiceModelType | Literal["big", "small"] | None = None,
        model_name: str | None = None,
        is_system_voice: bool | None = None,
        language_code: str | None = None,
        language_name: str | None = None,
        preview_text: str | None = None,
        preview_audio: str | None = None,
        available_training_times: int | None = None,
        create_time: int | None = None,
        update_time: int | None = None,
        support_emotions: list[VoiceEmotionInfo] | None = None,
    ) -> None:
        self.voice_id = voice_id
        self.name = name
        self.state = None if state is None else VoiceState(state)
        self.model_type = None if model_type is None else VoiceModelType(model_type)
        self.model_name = model_name
        self.is_system_voice = is_system_voice
        self.language_code = language_code
        self.language_name = language_name
        self.preview_text = preview_text
        self.preview_audio = preview_audio
        self.available_training_times = available_training_times
        self.create_time = create_time
        self.update_time = update_time
        self.support_emotions = support_emotions

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("voice_id")
        if type(v) is not str:
            v = _m.to_str(v, "voice_id")
        obj.voice_id = v
        v = get("name")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "name")
        obj.name = v
        v = get("state")
        if v is not None:
            m_state = _VoiceState_values.get(v) if type(v) is str else None
            v = m_state if m_state is not None else VoiceState.parse(v, "state")
        obj.state = v
        v = get("model_type")
        if v is not None:
            m_model_type = _VoiceModelType_values.get(v) if type(v) is str else None
            v = m_model_type if m_model_type is not None else VoiceModelType.parse(v, "model_type")
        obj.model_type = v
        v = get("model_name")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "model_name")
        obj.model_name = v
        v = get("is_system_voice")
        if v is not None and type(v) is not bool:
            v = _m.to_bool(v, "is_system_voice")
        obj.is_system_voice = v
        v = get("language_code")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "language_code")
        obj.language_code = v
        v = get("language_name")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "language_name")
        obj.language_name = v
        v = get("preview_text")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "preview_text")
        obj.preview_text = v
        v = get("preview_audio")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "preview_audio")
        obj.preview_audio = v
        v = get("available_training_times")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "available_training_times")
        obj.available_training_times = v
        v = get("create_time")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "create_time")
        obj.create_time = v
        v = get("update_time")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "update_time")
        obj.update_time = v
        v = get("support_emotions")
        if v is not None:
            v = _c_Voice_support_emotions(v, "support_emotions")
        obj.support_emotions = v
        obj._src = src
        return obj


class VoiceCloneResult(CozeModel):
    """The result of cloning a voice."""

    __slots__ = ("voice_id",)
    _FIELDS = (("voice_id", "voice_id"),)
    _KNOWN = frozenset(("voice_id",))

    voice_id: str
    """The id of the cloned voice; keep it for speech synthesis and retraining."""

    def __init__(self, *, voice_id: str) -> None:
        self.voice_id = voice_id

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("voice_id")
        if type(v) is not str:
            v = _m.to_str(v, "voice_id")
        obj.voice_id = v
        obj._src = src
        return obj


class VoiceEmotionInfo(CozeModel):
    """One emotion a voice supports."""

    __slots__ = ("emotion", "display_name", "emotion_scale_interval")
    _FIELDS = (
        ("emotion", "emotion"),
        ("display_name", "display_name"),
        ("emotion_scale_interval", "emotion_scale_interval"),
    )
    _KNOWN = frozenset(("emotion", "display_name", "emotion_scale_interval"))

    emotion: VoiceEmotion | None
    """Emotion identifier."""
    display_name: str | None
    """Human-readable name of the emotion."""
    emotion_scale_interval: VoiceEmotionInterval | None
    """Range of the emotion's strength."""

    def __init__(
        self,
        *,
        emotion: VoiceEmotion
        | Literal["happy", "sad", "angry", "surprised", "fear", "hate", "excited", "coldness", "neutral"]
        | None = None,
        display_name: str | None = None,
        emotion_scale_interval: VoiceEmotionInterval | None = None,
    ) -> None:
        self.emotion = None if emotion is None else VoiceEmotion(emotion)
        self.display_name = display_name
        self.emotion_scale_interval = emotion_scale_interval

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("emotion")
        if v is not None:
            m_emotion = _VoiceEmotion_values.get(v) if type(v) is str else None
            v = m_emotion if m_emotion is not None else VoiceEmotion.parse(v, "emotion")
        obj.emotion = v
        v = get("display_name")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "display_name")
        obj.display_name = v
        v = get("emotion_scale_interval")
        if v is not None:
            v = _m.nested(VoiceEmotionInterval, v, "emotion_scale_interval")
        obj.emotion_scale_interval = v
        obj._src = src
        return obj


class VoiceEmotionInterval(CozeModel):
    """The allowed range of an emotion's strength."""

    __slots__ = ("min", "max", "default")
    _FIELDS = (("min", "min"), ("max", "max"), ("default", "default"))
    _KNOWN = frozenset(("min", "max", "default"))

    min: float | None
    """Lowest strength."""
    max: float | None
    """Highest strength."""
    default: float | None
    """Strength used when none is given."""

    def __init__(self, *, min: float | None = None, max: float | None = None, default: float | None = None) -> None:
        self.min = min
        self.max = max
        self.default = default

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("min")
        if v is not None and type(v) is not float:
            v = _m.to_float(v, "min")
        obj.min = v
        v = get("max")
        if v is not None and type(v) is not float:
            v = _m.to_float(v, "max")
        obj.max = v
        v = get("default")
        if v is not None and type(v) is not float:
            v = _m.to_float(v, "default")
        obj.default = v
        obj._src = src
        return obj


class VoiceLanguage(OpenStrEnum):
    """A language code accepted for voice cloning."""

    ZH = "zh"
    EN = "en"
    JA = "ja"
    ES = "es"
    ID = "id"
    PT = "pt"


class VoiceListResult(CozeModel):
    """One page of voices."""

    __slots__ = ("voice_list", "has_more")
    _FIELDS = (("voice_list", "voice_list"), ("has_more", "has_more"))
    _KNOWN = frozenset(("voice_list", "has_more"))

    voice_list: list[Voice] | None
    """The voices on this page."""
    has_more: bool | None
    """Whether more voices follow this page."""

    def __init__(self, *, voice_list: list[Voice] | None = None, has_more: bool | None = None) -> None:
        self.voice_list = voice_list
        self.has_more = has_more

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("voice_list")
        if v is not None:
            v = _c_VoiceListResult_voice_list(v, "voice_list")
        obj.voice_list = v
        v = get("has_more")
        if v is not None and type(v) is not bool:
            v = _m.to_bool(v, "has_more")
        obj.has_more = v
        obj._src = src
        return obj


class VoiceModelType(OpenStrEnum):
    """The model family of a voice, large (`big`) or small."""

    BIG = "big"
    SMALL = "small"


class VoiceState(OpenStrEnum):
    """The clone state of a voice; `all` is only meaningful as a list filter."""

    INIT = "init"
    CLONED = "cloned"
    ALL = "all"


class VoiceprintFeature(CozeModel):
    """A voiceprint, the stored voice signature of one speaker."""

    __slots__ = ("id", "group_id", "name", "desc", "icon_url", "audio_url", "created_at", "updated_at", "user_info")
    _FIELDS = (
        ("id", "id"),
        ("group_id", "group_id"),
        ("name", "name"),
        ("desc", "desc"),
        ("icon_url", "icon_url"),
        ("audio_url", "audio_url"),
        ("created_at", "created_at"),
        ("updated_at", "updated_at"),
        ("user_info", "user_info"),
    )
    _KNOWN = frozenset(
        ("id", "group_id", "name", "desc", "icon_url", "audio_url", "created_at", "updated_at", "user_info")
    )

    id: str
    """The voiceprint id."""
    group_id: str | None
    """The group the voiceprint belongs to."""
    name: str | None
    """Name of the voiceprint."""
    desc: str | None
    """Description of the voiceprint."""
    icon_url: str | None
    """URL of the voiceprint's icon."""
    audio_url: str | None
    """URL of the original recording."""
    created_at: int | None
    """Creation time, unix seconds."""
    updated_at: int | None
    """Last update time, unix seconds."""
    user_info: UserInfo | None
    """The user who created the voiceprint."""

    def __init__(
        self,
        *,
        id: str,
        group_id: str | None = None,
        name: str | None = None,
        desc: str | None = None,
        icon_url: str | None = None,
        audio_url: str | None = None,
        created_at: int | None = None,
        updated_at: int | None = None,
        user_info: UserInfo | None = None,
    ) -> None:
        self.id = id
        self.group_id = group_id
        self.name = name
        self.desc = desc
        self.icon_url = icon_url
        self.audio_url = audio_url
        self.created_at = created_at
        self.updated_at = updated_at
        self.user_info = user_info

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("id")
        if type(v) is not str:
            v = _m.to_str(v, "id")
        obj.id = v
        v = get("group_id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "group_id")
        obj.group_id = v
        v = get("name")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "name")
        obj.name = v
        v = get("desc")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "desc")
        obj.desc = v
        v = get("icon_url")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "icon_url")
        obj.icon_url = v
        v = get("audio_url")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "audio_url")
        obj.audio_url = v
        v = get("created_at")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "created_at")
        obj.created_at = v
        v = get("updated_at")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "updated_at")
        obj.updated_at = v
        v = get("user_info")
        if v is not None:
            v = _m.nested(UserInfo, v, "user_info")
        obj.user_info = v
        obj._src = src
        return obj


class VoiceprintFeatureCreateResult(CozeModel):
    """The result of creating a voiceprint."""

    __slots__ = ("id",)
    _FIELDS = (("id", "id"),)
    _KNOWN = frozenset(("id",))

    id: str
    """The id of the new voiceprint."""

    def __init__(self, *, id: str) -> None:
        self.id = id

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("id")
        if type(v) is not str:
            v = _m.to_str(v, "id")
        obj.id = v
        obj._src = src
        return obj


class VoiceprintFeatureListResult(CozeModel):
    """One page of voiceprints."""

    __slots__ = ("items", "total")
    _FIELDS = (("items", "items"), ("total", "total"))
    _KNOWN = frozenset(("items", "total"))

    items: list[VoiceprintFeature] | None
    """The voiceprints on this page."""
    total: int | None
    """Total number of voiceprints in the group."""

    def __init__(self, *, items: list[VoiceprintFeature] | None = None, total: int | None = None) -> None:
        self.items = items
        self.total = total

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("items")
        if v is not None:
            v = _c_VoiceprintFeatureListResult_items(v, "items")
        obj.items = v
        v = get("total")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "total")
        obj.total = v
        obj._src = src
        return obj


class VoiceprintFeatureScore(CozeModel):
    """How well a sample matches one voiceprint."""

    __slots__ = ("feature_id", "feature_name", "feature_desc", "score")
    _FIELDS = (
        ("feature_id", "feature_id"),
        ("feature_name", "feature_name"),
        ("feature_desc", "feature_desc"),
        ("score", "score"),
    )
    _KNOWN = frozenset(("feature_id", "feature_name", "feature_desc", "score"))

    feature_id: str | None
    """The voiceprint id."""
    feature_name: str | None
    """Name of the voiceprint."""
    feature_desc: str | None
    """Description of the voiceprint."""
    score: float | None
    """Similarity from 0 to 100; higher is a closer match."""

    def __init__(
        self,
        *,
        feature_id: str | None = None,
        feature_name: str | None = None,
        feature_desc: str | None = None,
        score: float | None = None,
    ) -> None:
        self.feature_id = feature_id
        self.feature_name = feature_name
        self.feature_desc = feature_desc
        self.score = score

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("feature_id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "feature_id")
        obj.feature_id = v
        v = get("feature_name")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "feature_name")
        obj.feature_name = v
        v = get("feature_desc")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "feature_desc")
        obj.feature_desc = v
        v = get("score")
        if v is not None and type(v) is not float:
            v = _m.to_float(v, "score")
        obj.score = v
        obj._src = src
        return obj


class VoiceprintGroup(CozeModel):
    """A named set of voiceprints that speaker identification searches."""

    __slots__ = ("id", "name", "desc", "icon_url", "feature_count", "created_at", "updated_at", "user_info")
    _FIELDS = (
        ("id", "id"),
        ("name", "name"),
        ("desc", "desc"),
        ("icon_url", "icon_url"),
        ("feature_count", "feature_count"),
        ("created_at", "created_at"),
        ("updated_at", "updated_at"),
        ("user_info", "user_info"),
    )
    _KNOWN = frozenset(("id", "name", "desc", "icon_url", "feature_count", "created_at", "updated_at", "user_info"))

    id: str
    """The group id."""
    name: str | None
    """Group name."""
    desc: str | None
    """Group description."""
    icon_url: str | None
    """URL of the group's icon."""
    feature_count: int | None
    """Number of voiceprints in the group."""
    created_at: int | None
    """Creation time, unix seconds."""
    updated_at: int | None
    """Last update time, unix seconds."""
    user_info: UserInfo | None
    """The user who created the group."""

    def __init__(
        self,
        *,
        id: str,
        name: str | None = None,
        desc: str | None = None,
        icon_url: str | None = None,
        feature_count: int | None = None,
        created_at: int | None = None,
        updated_at: int | None = None,
        user_info: UserInfo | None = None,
    ) -> None:
        self.id = id
        self.name = name
        self.desc = desc
        self.icon_url = icon_url
        self.feature_count = feature_count
        self.created_at = created_at
        self.updated_at = updated_at
        self.user_info = user_info

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("id")
        if type(v) is not str:
            v = _m.to_str(v, "id")
        obj.id = v
        v = get("name")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "name")
        obj.name = v
        v = get("desc")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "desc")
        obj.desc = v
        v = get("icon_url")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "icon_url")
        obj.icon_url = v
        v = get("feature_count")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "feature_count")
        obj.feature_count = v
        v = get("created_at")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "created_at")
        obj.created_at = v
        v = get("updated_at")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "updated_at")
        obj.updated_at = v
        v = get("user_info")
        if v is not None:
            v = _m.nested(UserInfo, v, "user_info")
        obj.user_info = v
        obj._src = src
        return obj


class VoiceprintGroupCreateResult(CozeModel):
    """The result of creating a voiceprint group."""

    __slots__ = ("id",)
    _FIELDS = (("id", "id"),)
    _KNOWN = frozenset(("id",))

    id: str
    """The id of the new group."""

    def __init__(self, *, id: str) -> None:
        self.id = id

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("id")
        if type(v) is not str:
            v = _m.to_str(v, "id")
        obj.id = v
        obj._src = src
        return obj


class VoiceprintGroupListResult(CozeModel):
    """One page of voiceprint groups."""

    __slots__ = ("items", "total")
    _FIELDS = (("items", "items"), ("total", "total"))
    _KNOWN = frozenset(("items", "total"))

    items: list[VoiceprintGroup] | None
    """The groups on this page."""
    total: int | None
    """Total number of matching groups."""

    def __init__(self, *, items: list[VoiceprintGroup] | None = None, total: int | None = None) -> None:
        self.items = items
        self.total = total

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("items")
        if v is not None:
            v = _c_VoiceprintGroupListResult_items(v, "items")
        obj.items = v
        v = get("total")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "total")
        obj.total = v
        obj._src = src
        return obj


class VoiceprintSpeakerIdentifyResult(CozeModel):
    """The result of speaker identification."""

    __slots__ = ("feature_score_list",)
    _FIELDS = (("feature_score_list", "feature_score_list"),)
    _KNOWN = frozenset(("feature_score_list",))

    feature_score_list: list[VoiceprintFeatureScore] | None
    """Scores against the group's voiceprints."""

    def __init__(self, *, feature_score_list: list[VoiceprintFeatureScore] | None = None) -> None:
        self.feature_score_list = feature_score_list

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("feature_score_list")
        if v is not None:
            v = _c_VoiceprintSpeakerIdentifyResult_feature_score_list(v, "feature_score_list")
        obj.feature_score_list = v
        obj._src = src
        return obj


# Lookup tables and converters the parsers above use (defined last: they name classes).
_AudioLiveType_values = AudioLiveType.value_map()
_RoomAudioConfigCodec_values = RoomAudioConfigCodec.value_map()
_RoomMode_values = RoomMode.value_map()
_RoomTurnDetectionType_values = RoomTurnDetectionType.value_map()
_RoomVideoConfigCodec_values = RoomVideoConfigCodec.value_map()
_RoomVideoConfigStreamVideoType_values = RoomVideoConfigStreamVideoType.value_map()
_VoiceEmotion_values = VoiceEmotion.value_map()
_VoiceModelType_values = VoiceModelType.value_map()
_VoiceState_values = VoiceState.value_map()
_c_AudioLiveInfo_stream_infos = _m.list_of(_m.model_of(AudioLiveStreamInfo))
_c_Voice_support_emotions = _m.list_of(_m.model_of(VoiceEmotionInfo))
_c_VoiceListResult_voice_list = _m.list_of(_m.model_of(Voice))
_c_VoiceprintFeatureListResult_items = _m.list_of(_m.model_of(VoiceprintFeature))
_c_VoiceprintGroupListResult_items = _m.list_of(_m.model_of(VoiceprintGroup))
_c_VoiceprintSpeakerIdentifyResult_feature_score_list = _m.list_of(_m.model_of(VoiceprintFeatureScore))
