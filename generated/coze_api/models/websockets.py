"""Models of the `websockets` resource group.

Generated from openapi/coze.yaml by `make gen`; never edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, Self

from .. import _model as _m
from .._model import CozeModel, OpenStrEnum
from ..types import Base64Input, JsonValue
from ._shared import ChatToolOutput, MessageContentType, RoleType, VoiceEmotion

__all__ = [
    "WsAsrConfig",
    "WsAsrConfigUserLanguage",
    "WsAudioCodec",
    "WsAudioDelta",
    "WsAudioDump",
    "WsAudioSentence",
    "WsChatCanceled",
    "WsChatConfig",
    "WsChatUpdate",
    "WsEmotionConfig",
    "WsError",
    "WsGenerateAudio",
    "WsGenerateAudioMode",
    "WsGlossaryEntry",
    "WsInputAudio",
    "WsInputAudioFormat",
    "WsInterruptConfig",
    "WsInterruptConfigMode",
    "WsLimitConfig",
    "WsMessageCreate",
    "WsOpusConfig",
    "WsOutputAudio",
    "WsPcmConfig",
    "WsSimultInterpretationUpdate",
    "WsSpeechUpdate",
    "WsSubmitToolOutputs",
    "WsTextDelta",
    "WsTranscript",
    "WsTranscriptionsUpdate",
    "WsTranslateConfig",
    "WsTurnDetection",
    "WsTurnDetectionType",
    "WsVoicePrintConfig",
]


class WsAsrConfig(CozeModel):
    """Hints for recognising the user's speech."""

    __slots__ = ("hot_words", "context", "context_type", "user_language", "enable_ddc", "enable_itn", "enable_punc")
    _FIELDS = (
        ("hot_words", "hot_words"),
        ("context", "context"),
        ("context_type", "context_type"),
        ("user_language", "user_language"),
        ("enable_ddc", "enable_ddc"),
        ("enable_itn", "enable_itn"),
        ("enable_punc", "enable_punc"),
    )
    _KNOWN = frozenset(
        ("hot_words", "context", "context_type", "user_language", "enable_ddc", "enable_itn", "enable_punc")
    )

    hot_words: list[str] | None
    """Words to recognise more readily, at most 100 tokens in all."""
    context: str | None
    """Text that helps recognition, at most 800 tokens."""
    context_type: str | None
    """How the server should read `context`."""
    user_language: WsAsrConfigUserLanguage | None
    """The language spoken; common (the server default) recognises Chinese, English and Cantonese with the large model, the others pick a small model."""
    enable_ddc: bool | None
    """Remove filler words from the text; the server default is true."""
    enable_itn: bool | None
    """Write numbers, times and amounts as digits; the server default is true."""
    enable_punc: bool | None
    """Add punctuation; the server default is true."""

    def __init__(
        self,
        *,
        hot_words: list[str] | None = None,
        context: str | None = None,
        context_type: str | None = None,
        user_language: WsAsrConfigUserLanguage
        | Literal["common", "zh", "cant", "sc", "en", "ja", "ko", "fr", "id", "es", "pt", "ms", "ru"]
        | None = None,
        enable_ddc: bool | None = None,
        enable_itn: bool | None = None,
        enable_punc: bool | None = None,
    ) -> None:
        self.hot_words = hot_words
        self.context = context
        self.context_type = context_type
        self.user_language = None if user_language is None else WsAsrConfigUserLanguage(user_language)
        self.enable_ddc = enable_ddc
        self.enable_itn = enable_itn
        self.enable_punc = enable_punc

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("hot_words")
        if v is not None:
            v = _c_WsAsrConfig_hot_words(v, "hot_words")
        obj.hot_words = v
        v = get("context")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "context")
        obj.context = v
        v = get("context_type")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "context_type")
        obj.context_type = v
        v = get("user_language")
        if v is not None:
            m_user_language = _WsAsrConfigUserLanguage_values.get(v) if type(v) is str else None
            v = m_user_language if m_user_language is not None else WsAsrConfigUserLanguage.parse(v, "user_language")
        obj.user_language = v
        v = get("enable_ddc")
        if v is not None and type(v) is not bool:
            v = _m.to_bool(v, "enable_ddc")
        obj.enable_ddc = v
        v = get("enable_itn")
        if v is not None and type(v) is not bool:
            v = _m.to_bool(v, "enable_itn")
        obj.enable_itn = v
        v = get("enable_punc")
        if v is not None and type(v) is not bool:
            v = _m.to_bool(v, "enable_punc")
        obj.enable_punc = v
        obj._src = src
        return obj


class WsAsrConfigUserLanguage(OpenStrEnum):
    """The language spoken; common (the server default) recognises Chinese, English and
    Cantonese with the large model, the others pick a small model.
    """

    COMMON = "common"
    ZH = "zh"
    CANT = "cant"
    SC = "sc"
    EN = "en"
    JA = "ja"
    KO = "ko"
    FR = "fr"
    ID = "id"
    ES = "es"
    PT = "pt"
    MS = "ms"
    RU = "ru"


class WsAudioCodec(OpenStrEnum):
    """How audio on a WebSocket is encoded. For g711a and g711u input, use format pcm at
    8000 Hz.
    """

    PCM = "pcm"
    OPUS = "opus"
    G711A = "g711a"
    G711U = "g711u"


class WsAudioDelta(CozeModel):
    """A piece of audio, base64-encoded text in the session's audio format."""

    __slots__ = ("delta",)
    _FIELDS = (("delta", "delta"),)
    _KNOWN = frozenset(("delta",))
    _BASE64 = frozenset(("delta",))

    delta: str
    """The audio bytes, base64-encoded (a client may give the bytes, which are encoded for it)."""

    def __init__(self, *, delta: Base64Input) -> None:
        self.delta = _m.to_base64(delta)

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("delta")
        if type(v) is not str:
            v = _m.to_str(v, "delta")
        obj.delta = v
        obj._src = src
        return obj


class WsAudioDump(CozeModel):
    """Where the server stored the session's audio, for debugging."""

    __slots__ = ("url",)
    _FIELDS = (("url", "url"),)
    _KNOWN = frozenset(("url",))

    url: str | None
    """A download URL of the audio."""

    def __init__(self, *, url: str | None = None) -> None:
        self.url = url

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("url")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "url")
        obj.url = v
        obj._src = src
        return obj


class WsAudioSentence(CozeModel):
    """The text of the audio that follows, a subtitle for the next audio deltas."""

    __slots__ = ("text",)
    _FIELDS = (("text", "text"),)
    _KNOWN = frozenset(("text",))

    text: str | None
    """The sentence about to be spoken."""

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


class WsChatCanceled(CozeModel):
    """Why the bot stopped answering."""

    __slots__ = ("code", "msg")
    _FIELDS = (("code", "code"), ("msg", "msg"))
    _KNOWN = frozenset(("code", "msg"))

    code: int | None
    """1 when the user's speech interrupted it, 2 when the client sent conversation.chat.cancel, 3 when the client sent a new message."""
    msg: str | None
    """The reason in words."""

    def __init__(self, *, code: int | None = None, msg: str | None = None) -> None:
        self.code = code
        self.msg = msg

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
        obj._src = src
        return obj


class WsChatConfig(CozeModel):
    """How the chats of a WebSocket chat session run."""

    __slots__ = (
        "conversation_id",
        "user_id",
        "meta_data",
        "custom_variables",
        "extra_params",
        "auto_save_history",
        "parameters",
    )
    _FIELDS = (
        ("conversation_id", "conversation_id"),
        ("user_id", "user_id"),
        ("meta_data", "meta_data"),
        ("custom_variables", "custom_variables"),
        ("extra_params", "extra_params"),
        ("auto_save_history", "auto_save_history"),
        ("parameters", "parameters"),
    )
    _KNOWN = frozenset(
        (
            "conversation_id",
            "user_id",
            "meta_data",
            "custom_variables",
            "extra_params",
            "auto_save_history",
            "parameters",
        )
    )

    conversation_id: str | None
    """The conversation to chat in; without it the server starts a new one."""
    user_id: str | None
    """Your id for the user; memory and context are kept apart per user."""
    meta_data: dict[str, str] | None
    """Key-value pairs stored with the chats, at most 16."""
    custom_variables: dict[str, str] | None
    """Values of the variables the bot's prompt uses."""
    extra_params: dict[str, str] | None
    """Extra hints for the model; the keys it reads are latitude and longitude."""
    auto_save_history: bool | None
    """Store the chats' messages in the conversation; the server default is true."""
    parameters: dict[str, JsonValue] | None
    """Input parameters of a chatflow, by name."""

    def __init__(
        self,
        *,
        conversation_id: str | None = None,
        user_id: str | None = None,
        meta_data: dict[str, str] | None = None,
        custom_variables: dict[str, str] | None = None,
        extra_params: dict[str, str] | None = None,
        auto_save_history: bool | None = None,
        parameters: dict[str, JsonValue] | None = None,
    ) -> None:
        self.conversation_id = conversation_id
        self.user_id = user_id
        self.meta_data = meta_data
        self.custom_variables = custom_variables
        self.extra_params = extra_params
        self.auto_save_history = auto_save_history
        self.parameters = parameters

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("conversation_id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "conversation_id")
        obj.conversation_id = v
        v = get("user_id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "user_id")
        obj.user_id = v
        v = get("meta_data")
        if v is not None:
            v = _c_WsChatConfig_meta_data(v, "meta_data")
        obj.meta_data = v
        v = get("custom_variables")
        if v is not None:
            v = _c_WsChatConfig_custom_variables(v, "custom_variables")
        obj.custom_variables = v
        v = get("extra_params")
        if v is not None:
            v = _c_WsChatConfig_extra_params(v, "extra_params")
        obj.extra_params = v
        v = get("auto_save_history")
        if v is not None and type(v) is not bool:
            v = _m.to_bool(v, "auto_save_history")
        obj.auto_save_history = v
        v = get("parameters")
        if v is not None:
            v = _c_WsChatConfig_parameters(v, "parameters")
        obj.parameters = v
        obj._src = src
        return obj


class WsChatUpdate(CozeModel):
    """Settings of a chat session, sent in chat.update (every field optional; what is left
    out keeps its value) and echoed, in effect, by chat.updated.
    """

    __slots__ = (
        "chat_config",
        "input_audio",
        "output_audio",
        "turn_detection",
        "asr_config",
        "voice_print_config",
        "event_subscriptions",
        "need_play_prologue",
        "prologue_content",
    )
    _FIELDS = (
        ("chat_config", "chat_config"),
        ("input_audio", "input_audio"),
        ("output_audio", "output_audio"),
        ("turn_detection", "turn_detection"),
        ("asr_config", "asr_config"),
        ("voice_print_config", "voice_print_config"),
        ("event_subscriptions", "event_subscriptions"),
        ("need_play_prologue", "need_play_prologue"),
        ("prologue_content", "prologue_content"),
    )
    _KNOWN = frozenset(
        (
            "chat_config",
            "input_audio",
            "output_audio",
            "turn_detection",
            "asr_config",
            "voice_print_config",
            "event_subscriptions",
            "need_play_prologue",
            "prologue_content",
        )
    )

    chat_config: WsChatConfig | None
    input_audio: WsInputAudio | None
    output_audio: WsOutputAudio | None
    turn_detection: WsTurnDetection | None
    asr_config: WsAsrConfig | None
    voice_print_config: WsVoicePrintConfig | None
    event_subscriptions: list[str] | None
    """The server event types to receive; empty or left out means all of them."""
    need_play_prologue: bool | None
    """Have the bot speak its opening line first; the server default is false."""
    prologue_content: str | None
    """An opening line to use instead of the bot's own (with need_play_prologue)."""

    def __init__(
        self,
        *,
        chat_config: WsChatConfig | None = None,
        input_audio: WsInputAudio | None = None,
        output_audio: WsOutputAudio | None = None,
        turn_detection: WsTurnDetection | None = None,
        asr_config: WsAsrConfig | None = None,
        voice_print_config: WsVoicePrintConfig | None = None,
        event_subscriptions: list[str] | None = None,
        need_play_prologue: bool | None = None,
        prologue_content: str | None = None,
    ) -> None:
        self.chat_config = chat_config
        self.input_audio = input_audio
        self.output_audio = output_audio
        self.turn_detection = turn_detection
        self.asr_config = asr_config
        self.voice_print_config = voice_print_config
        self.event_subscriptions = event_subscriptions
        self.need_play_prologue = need_play_prologue
        self.prologue_content = prologue_content

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("chat_config")
        if v is not None:
            v = _m.nested(WsChatConfig, v, "chat_config")
        obj.chat_config = v
        v = get("input_audio")
        if v is not None:
            v = _m.nested(WsInputAudio, v, "input_audio")
        obj.input_audio = v
        v = get("output_audio")
        if v is not None:
            v = _m.nested(WsOutputAudio, v, "output_audio")
        obj.output_audio = v
        v = get("turn_detection")
        if v is not None:
            v = _m.nested(WsTurnDetection, v, "turn_detection")
        obj.turn_detection = v
        v = get("asr_config")
        if v is not None:
            v = _m.nested(WsAsrConfig, v, "asr_config")
        obj.asr_config = v
        v = get("voice_print_config")
        if v is not None:
            v = _m.nested(WsVoicePrintConfig, v, "voice_print_config")
        obj.voice_print_config = v
        v = get("event_subscriptions")
        if v is not None:
            v = _c_WsChatUpdate_event_subscriptions(v, "event_subscriptions")
        obj.event_subscriptions = v
        v = get("need_play_prologue")
        if v is not None and type(v) is not bool:
            v = _m.to_bool(v, "need_play_prologue")
        obj.need_play_prologue = v
        v = get("prologue_content")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "prologue_content")
        obj.prologue_content = v
        obj._src = src
        return obj


class WsEmotionConfig(CozeModel):
    """The emotion a multi-emotion voice speaks with (sent by @coze/api only)."""

    __slots__ = ("emotion", "emotion_scale")
    _FIELDS = (("emotion", "emotion"), ("emotion_scale", "emotion_scale"))
    _KNOWN = frozenset(("emotion", "emotion_scale"))

    emotion: VoiceEmotion | None
    emotion_scale: float | None
    """Strength of the emotion, 1.0 to 5.0."""

    def __init__(
        self,
        *,
        emotion: VoiceEmotion
        | Literal["happy", "sad", "angry", "surprised", "fear", "hate", "excited", "coldness", "neutral"]
        | None = None,
        emotion_scale: float | None = None,
    ) -> None:
        self.emotion = None if emotion is None else VoiceEmotion(emotion)
        self.emotion_scale = emotion_scale

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
        v = get("emotion_scale")
        if v is not None and type(v) is not float:
            v = _m.to_float(v, "emotion_scale")
        obj.emotion_scale = v
        obj._src = src
        return obj


class WsError(CozeModel):
    """What went wrong, in the data of an `error` event; the connection stays open."""

    __slots__ = ("code", "msg")
    _FIELDS = (("code", "code"), ("msg", "msg"))
    _KNOWN = frozenset(("code", "msg"))

    code: int
    """Coze error code (4100 for a bad token, 4101 for a missing permission, 4000 for a frame the server cannot read...)."""
    msg: str | None
    """Human-readable error message."""

    def __init__(self, *, code: int, msg: str | None = None) -> None:
        self.code = code
        self.msg = msg

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("code")
        if type(v) is not int:
            v = _m.to_int(v, "code")
        obj.code = v
        v = get("msg")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "msg")
        obj.msg = v
        obj._src = src
        return obj


class WsGenerateAudio(CozeModel):
    """Text for the bot's voice to speak without answering it (to fill a silence, say)."""

    __slots__ = ("mode", "text")
    _FIELDS = (("mode", "mode"), ("text", "text"))
    _KNOWN = frozenset(("mode", "text"))

    mode: WsGenerateAudioMode
    """Where the words come from; text is the only mode."""
    text: str | None
    """The words to speak, under 1024 bytes; required with mode text."""

    def __init__(self, *, mode: WsGenerateAudioMode | Literal["text"], text: str | None = None) -> None:
        self.mode = WsGenerateAudioMode(mode)
        self.text = text

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("mode")
        m_mode = _WsGenerateAudioMode_values.get(v) if type(v) is str else None
        v = m_mode if m_mode is not None else WsGenerateAudioMode.parse(v, "mode")
        obj.mode = v
        v = get("text")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "text")
        obj.text = v
        obj._src = src
        return obj


class WsGenerateAudioMode(OpenStrEnum):
    """Where the words come from; text is the only mode."""

    TEXT = "text"


class WsGlossaryEntry(CozeModel):
    """A fixed translation of one term."""

    __slots__ = ("original", "translation")
    _FIELDS = (("original", "original"), ("translation", "translation"))
    _KNOWN = frozenset(("original", "translation"))

    original: str
    """The term in the source language."""
    translation: str
    """Its translation."""

    def __init__(self, *, original: str, translation: str) -> None:
        self.original = original
        self.translation = translation

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("original")
        if type(v) is not str:
            v = _m.to_str(v, "original")
        obj.original = v
        v = get("translation")
        if type(v) is not str:
            v = _m.to_str(v, "translation")
        obj.translation = v
        obj._src = src
        return obj


class WsInputAudio(CozeModel):
    """The audio the client will send; every field has a server default."""

    __slots__ = ("format", "codec", "sample_rate", "channel", "bit_depth")
    _FIELDS = (
        ("format", "format"),
        ("codec", "codec"),
        ("sample_rate", "sample_rate"),
        ("channel", "channel"),
        ("bit_depth", "bit_depth"),
    )
    _KNOWN = frozenset(("format", "codec", "sample_rate", "channel", "bit_depth"))

    format: WsInputAudioFormat | None
    """Container of the input audio; the server default is wav."""
    codec: WsAudioCodec | None
    """Encoding of the input audio; the server default is pcm."""
    sample_rate: int | None
    """Samples per second (8000, 16000, 22050, 24000, 32000, 44100 or 48000); the server default is 24000."""
    channel: int | None
    """Number of channels, 1 or 2; the server default is 1."""
    bit_depth: int | None
    """Bits per sample, 8, 16 or 24; the server default is 16."""

    def __init__(
        self,
        *,
        format: WsInputAudioFormat | Literal["pcm", "wav", "ogg"] | None = None,
        codec: WsAudioCodec | Literal["pcm", "opus", "g711a", "g711u"] | None = None,
        sample_rate: int | None = None,
        channel: int | None = None,
        bit_depth: int | None = None,
    ) -> None:
        self.format = None if format is None else WsInputAudioFormat(format)
        self.codec = None if codec is None else WsAudioCodec(codec)
        self.sample_rate = sample_rate
        self.channel = channel
        self.bit_depth = bit_depth

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("format")
        if v is not None:
            m_format = _WsInputAudioFormat_values.get(v) if type(v) is str else None
            v = m_format if m_format is not None else WsInputAudioFormat.parse(v, "format")
        obj.format = v
        v = get("codec")
        if v is not None:
            m_codec = _WsAudioCodec_values.get(v) if type(v) is str else None
            v = m_codec if m_codec is not None else WsAudioCodec.parse(v, "codec")
        obj.codec = v
        v = get("sample_rate")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "sample_rate")
        obj.sample_rate = v
        v = get("channel")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "channel")
        obj.channel = v
        v = get("bit_depth")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "bit_depth")
        obj.bit_depth = v
        obj._src = src
        return obj


class WsInputAudioFormat(OpenStrEnum):
    """Container of the input audio; the server default is wav."""

    PCM = "pcm"
    WAV = "wav"
    OGG = "ogg"


class WsInterruptConfig(CozeModel):
    """Which user speech interrupts the bot while it talks (server_vad only)."""

    __slots__ = ("mode", "keywords")
    _FIELDS = (("mode", "mode"), ("keywords", "keywords"))
    _KNOWN = frozenset(("mode", "keywords"))

    mode: WsInterruptConfigMode | None
    """keyword_contains interrupts when the speech contains a keyword, keyword_prefix when it starts with one."""
    keywords: list[str] | None
    """Up to 5 keywords, each 6 to 24 bytes, without punctuation."""

    def __init__(
        self,
        *,
        mode: WsInterruptConfigMode | Literal["keyword_contains", "keyword_prefix"] | None = None,
        keywords: list[str] | None = None,
    ) -> None:
        self.mode = None if mode is None else WsInterruptConfigMode(mode)
        self.keywords = keywords

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("mode")
        if v is not None:
            m_mode = _WsInterruptConfigMode_values.get(v) if type(v) is str else None
            v = m_mode if m_mode is not None else WsInterruptConfigMode.parse(v, "mode")
        obj.mode = v
        v = get("keywords")
        if v is not None:
            v = _c_WsInterruptConfig_keywords(v, "keywords")
        obj.keywords = v
        obj._src = src
        return obj


class WsInterruptConfigMode(OpenStrEnum):
    """keyword_contains interrupts when the speech contains a keyword, keyword_prefix when
    it starts with one.
    """

    KEYWORD_CONTAINS = "keyword_contains"
    KEYWORD_PREFIX = "keyword_prefix"


class WsLimitConfig(CozeModel):
    """A cap on how fast the server sends audio packets; unlimited by default."""

    __slots__ = ("period", "max_frame_num")
    _FIELDS = (("period", "period"), ("max_frame_num", "max_frame_num"))
    _KNOWN = frozenset(("period", "max_frame_num"))

    period: int | None
    """Length of one period, in seconds."""
    max_frame_num: int | None
    """The most audio packets sent in one period."""

    def __init__(self, *, period: int | None = None, max_frame_num: int | None = None) -> None:
        self.period = period
        self.max_frame_num = max_frame_num

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("period")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "period")
        obj.period = v
        v = get("max_frame_num")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "max_frame_num")
        obj.max_frame_num = v
        obj._src = src
        return obj


class WsMessageCreate(CozeModel):
    """A message the client adds to the chat; a user message starts the bot's answer, an
    assistant message only joins the context.
    """

    __slots__ = ("role", "content_type", "content")
    _FIELDS = (("role", "role"), ("content_type", "content_type"), ("content", "content"))
    _KNOWN = frozenset(("role", "content_type", "content"))

    role: RoleType
    content_type: MessageContentType
    """text, or object_string for a JSON-encoded array of ObjectStringItem."""
    content: str
    """Plain text, or for object_string a JSON-encoded array of ObjectStringItem."""

    def __init__(
        self,
        *,
        role: RoleType | Literal["user", "assistant"],
        content_type: MessageContentType | Literal["text", "object_string", "card", "audio"],
        content: str,
    ) -> None:
        self.role = RoleType(role)
        self.content_type = MessageContentType(content_type)
        self.content = content

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("role")
        m_role = _RoleType_values.get(v) if type(v) is str else None
        v = m_role if m_role is not None else RoleType.parse(v, "role")
        obj.role = v
        v = get("content_type")
        m_content_type = _MessageContentType_values.get(v) if type(v) is str else None
        v = m_content_type if m_content_type is not None else MessageContentType.parse(v, "content_type")
        obj.content_type = v
        v = get("content")
        if type(v) is not str:
            v = _m.to_str(v, "content")
        obj.content = v
        obj._src = src
        return obj


class WsOpusConfig(CozeModel):
    """Settings of Opus output audio."""

    __slots__ = ("bitrate", "use_cbr", "frame_size_ms", "sample_rate", "limit_config")
    _FIELDS = (
        ("bitrate", "bitrate"),
        ("use_cbr", "use_cbr"),
        ("frame_size_ms", "frame_size_ms"),
        ("sample_rate", "sample_rate"),
        ("limit_config", "limit_config"),
    )
    _KNOWN = frozenset(("bitrate", "use_cbr", "frame_size_ms", "sample_rate", "limit_config"))

    bitrate: int | None
    """Bits per second; the server default is 48000."""
    use_cbr: bool | None
    """Encode at a constant bit rate; the server default is false."""
    frame_size_ms: float | None
    """Frame length in milliseconds (2.5, 5, 10, 20, 40 or 60); the server default is 10."""
    sample_rate: int | None
    """Samples per second of the output; the server default is 24000 (sent by @coze/api only)."""
    limit_config: WsLimitConfig | None

    def __init__(
        self,
        *,
        bitrate: int | None = None,
        use_cbr: bool | None = None,
        frame_size_ms: float | None = None,
        sample_rate: int | None = None,
        limit_config: WsLimitConfig | None = None,
    ) -> None:
        self.bitrate = bitrate
        self.use_cbr = use_cbr
        self.frame_size_ms = frame_size_ms
        self.sample_rate = sample_rate
        self.limit_config = limit_config

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("bitrate")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "bitrate")
        obj.bitrate = v
        v = get("use_cbr")
        if v is not None and type(v) is not bool:
            v = _m.to_bool(v, "use_cbr")
        obj.use_cbr = v
        v = get("frame_size_ms")
        if v is not None and type(v) is not float:
            v = _m.to_float(v, "frame_size_ms")
        obj.frame_size_ms = v
        v = get("sample_rate")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "sample_rate")
        obj.sample_rate = v
        v = get("limit_config")
        if v is not None:
            v = _m.nested(WsLimitConfig, v, "limit_config")
        obj.limit_config = v
        obj._src = src
        return obj


class WsOutputAudio(CozeModel):
    """The audio the server will send; every field has a server default."""

    __slots__ = ("codec", "pcm_config", "opus_config", "speech_rate", "voice_id", "emotion_config")
    _FIELDS = (
        ("codec", "codec"),
        ("pcm_config", "pcm_config"),
        ("opus_config", "opus_config"),
        ("speech_rate", "speech_rate"),
        ("voice_id", "voice_id"),
        ("emotion_config", "emotion_config"),
    )
    _KNOWN = frozenset(("codec", "pcm_config", "opus_config", "speech_rate", "voice_id", "emotion_config"))

    codec: WsAudioCodec | None
    """Encoding of the output audio; the server default is pcm."""
    pcm_config: WsPcmConfig | None
    opus_config: WsOpusConfig | None
    speech_rate: int | None
    """Speaking rate change, from -50 (half speed) to 100 (double speed); the server default is 0."""
    voice_id: str | None
    """The voice to speak with, as the voice list returns it; the server has a default voice."""
    emotion_config: WsEmotionConfig | None

    def __init__(
        self,
        *,
        codec: WsAudioCodec | Literal["pcm", "opus", "g711a", "g711u"] | None = None,
        pcm_config: WsPcmConfig | None = None,
        opus_config: WsOpusConfig | None = None,
        speech_rate: int | None = None,
        voice_id: str | None = None,
        emotion_config: WsEmotionConfig | None = None,
    ) -> None:
        self.codec = None if codec is None else WsAudioCodec(codec)
        self.pcm_config = pcm_config
        self.opus_config = opus_config
        self.speech_rate = speech_rate
        self.voice_id = voice_id
        self.emotion_config = emotion_config

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("codec")
        if v is not None:
            m_codec = _WsAudioCodec_values.get(v) if type(v) is str else None
            v = m_codec if m_codec is not None else WsAudioCodec.parse(v, "codec")
        obj.codec = v
        v = get("pcm_config")
        if v is not None:
            v = _m.nested(WsPcmConfig, v, "pcm_config")
        obj.pcm_config = v
        v = get("opus_config")
        if v is not None:
            v = _m.nested(WsOpusConfig, v, "opus_config")
        obj.opus_config = v
        v = get("speech_rate")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "speech_rate")
        obj.speech_rate = v
        v = get("voice_id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "voice_id")
        obj.voice_id = v
        v = get("emotion_config")
        if v is not None:
            v = _m.nested(WsEmotionConfig, v, "emotion_config")
        obj.emotion_config = v
        obj._src = src
        return obj


class WsPcmConfig(CozeModel):
    """Settings of PCM (and G.711) output audio."""

    __slots__ = ("sample_rate", "frame_size_ms", "limit_config")
    _FIELDS = (("sample_rate", "sample_rate"), ("frame_size_ms", "frame_size_ms"), ("limit_config", "limit_config"))
    _KNOWN = frozenset(("sample_rate", "frame_size_ms", "limit_config"))

    sample_rate: int | None
    """Samples per second of the output (8000 to 48000); the server default is 24000."""
    frame_size_ms: float | None
    """Length of each audio packet, in milliseconds; unlimited by default."""
    limit_config: WsLimitConfig | None

    def __init__(
        self,
        *,
        sample_rate: int | None = None,
        frame_size_ms: float | None = None,
        limit_config: WsLimitConfig | None = None,
    ) -> None:
        self.sample_rate = sample_rate
        self.frame_size_ms = frame_size_ms
        self.limit_config = limit_config

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("sample_rate")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "sample_rate")
        obj.sample_rate = v
        v = get("frame_size_ms")
        if v is not None and type(v) is not float:
            v = _m.to_float(v, "frame_size_ms")
        obj.frame_size_ms = v
        v = get("limit_config")
        if v is not None:
            v = _m.nested(WsLimitConfig, v, "limit_config")
        obj.limit_config = v
        obj._src = src
        return obj


class WsSimultInterpretationUpdate(CozeModel):
    """Settings of a simultaneous interpretation session, sent in
    simult_interpretation.update and echoed, in effect, by
    simult_interpretation.updated.
    """

    __slots__ = ("input_audio", "output_audio", "translate_config")
    _FIELDS = (
        ("input_audio", "input_audio"),
        ("output_audio", "output_audio"),
        ("translate_config", "translate_config"),
    )
    _KNOWN = frozenset(("input_audio", "output_audio", "translate_config"))

    input_audio: WsInputAudio | None
    output_audio: WsOutputAudio | None
    translate_config: WsTranslateConfig | None

    def __init__(
        self,
        *,
        input_audio: WsInputAudio | None = None,
        output_audio: WsOutputAudio | None = None,
        translate_config: WsTranslateConfig | None = None,
    ) -> None:
        self.input_audio = input_audio
        self.output_audio = output_audio
        self.translate_config = translate_config

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("input_audio")
        if v is not None:
            v = _m.nested(WsInputAudio, v, "input_audio")
        obj.input_audio = v
        v = get("output_audio")
        if v is not None:
            v = _m.nested(WsOutputAudio, v, "output_audio")
        obj.output_audio = v
        v = get("translate_config")
        if v is not None:
            v = _m.nested(WsTranslateConfig, v, "translate_config")
        obj.translate_config = v
        obj._src = src
        return obj


class WsSpeechUpdate(CozeModel):
    """Settings of a speech session, sent in speech.update and echoed, in effect, by
    speech.updated.
    """

    __slots__ = ("output_audio",)
    _FIELDS = (("output_audio", "output_audio"),)
    _KNOWN = frozenset(("output_audio",))

    output_audio: WsOutputAudio | None

    def __init__(self, *, output_audio: WsOutputAudio | None = None) -> None:
        self.output_audio = output_audio

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("output_audio")
        if v is not None:
            v = _m.nested(WsOutputAudio, v, "output_audio")
        obj.output_audio = v
        obj._src = src
        return obj


class WsSubmitToolOutputs(CozeModel):
    """The results of the tool calls a conversation.chat.requires_action event asked for."""

    __slots__ = ("chat_id", "tool_outputs")
    _FIELDS = (("chat_id", "chat_id"), ("tool_outputs", "tool_outputs"))
    _KNOWN = frozenset(("chat_id", "tool_outputs"))

    chat_id: str
    """The chat waiting for the results."""
    tool_outputs: list[ChatToolOutput]
    """One output per pending tool call."""

    def __init__(self, *, chat_id: str, tool_outputs: list[ChatToolOutput]) -> None:
        self.chat_id = chat_id
        self.tool_outputs = tool_outputs

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("chat_id")
        if type(v) is not str:
            v = _m.to_str(v, "chat_id")
        obj.chat_id = v
        v = get("tool_outputs")
        v = [] if v is None else _c_WsSubmitToolOutputs_tool_outputs(v, "tool_outputs")
        obj.tool_outputs = v
        obj._src = src
        return obj


class WsTextDelta(CozeModel):
    """A piece of text."""

    __slots__ = ("delta",)
    _FIELDS = (("delta", "delta"),)
    _KNOWN = frozenset(("delta",))

    delta: str
    """The text, to be appended to what came before."""

    def __init__(self, *, delta: str) -> None:
        self.delta = delta

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("delta")
        if type(v) is not str:
            v = _m.to_str(v, "delta")
        obj.delta = v
        obj._src = src
        return obj


class WsTranscript(CozeModel):
    """Text recognised from the user's audio; each update carries the whole text so far."""

    __slots__ = ("content",)
    _FIELDS = (("content", "content"),)
    _KNOWN = frozenset(("content",))

    content: str | None
    """The recognised text."""

    def __init__(self, *, content: str | None = None) -> None:
        self.content = content

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("content")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "content")
        obj.content = v
        obj._src = src
        return obj


class WsTranscriptionsUpdate(CozeModel):
    """Settings of a transcription session, sent in transcriptions.update and echoed, in
    effect, by transcriptions.updated.
    """

    __slots__ = ("input_audio",)
    _FIELDS = (("input_audio", "input_audio"),)
    _KNOWN = frozenset(("input_audio",))

    input_audio: WsInputAudio | None

    def __init__(self, *, input_audio: WsInputAudio | None = None) -> None:
        self.input_audio = input_audio

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("input_audio")
        if v is not None:
            v = _m.nested(WsInputAudio, v, "input_audio")
        obj.input_audio = v
        obj._src = src
        return obj


class WsTranslateConfig(CozeModel):
    """The languages and vocabulary of a simultaneous interpretation."""

    __slots__ = ("from_", "to", "hot_words", "glossary")
    _FIELDS = (("from_", "from"), ("to", "to"), ("hot_words", "hot_words"), ("glossary", "glossary"))
    _KNOWN = frozenset(("from", "to", "hot_words", "glossary"))

    from_: str
    """The language spoken, en or zh."""
    to: str
    """The language to interpret into, en or zh."""
    hot_words: list[str] | None
    """Words to recognise more readily."""
    glossary: list[WsGlossaryEntry] | None
    """Terms with a fixed translation."""

    def __init__(
        self, *, from_: str, to: str, hot_words: list[str] | None = None, glossary: list[WsGlossaryEntry] | None = None
    ) -> None:
        self.from_ = from_
        self.to = to
        self.hot_words = hot_words
        self.glossary = glossary

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("from")
        if type(v) is not str:
            v = _m.to_str(v, "from")
        obj.from_ = v
        v = get("to")
        if type(v) is not str:
            v = _m.to_str(v, "to")
        obj.to = v
        v = get("hot_words")
        if v is not None:
            v = _c_WsTranslateConfig_hot_words(v, "hot_words")
        obj.hot_words = v
        v = get("glossary")
        if v is not None:
            v = _c_WsTranslateConfig_glossary(v, "glossary")
        obj.glossary = v
        obj._src = src
        return obj


class WsTurnDetection(CozeModel):
    """How the server tells that the user has finished speaking."""

    __slots__ = ("type", "prefix_padding_ms", "silence_duration_ms", "interrupt_config")
    _FIELDS = (
        ("type", "type"),
        ("prefix_padding_ms", "prefix_padding_ms"),
        ("silence_duration_ms", "silence_duration_ms"),
        ("interrupt_config", "interrupt_config"),
    )
    _KNOWN = frozenset(("type", "prefix_padding_ms", "silence_duration_ms", "interrupt_config"))

    type: WsTurnDetectionType | None
    """server_vad lets the server detect speech; client_interrupt (the server default) leaves it to the client, which sends input_audio_buffer.complete; @coze/api calls that mode client_vad."""
    prefix_padding_ms: int | None
    """Audio kept from before detected speech, in milliseconds (server_vad; the server default is 600)."""
    silence_duration_ms: int | None
    """Silence that ends the user's turn, in milliseconds (server_vad; the server default is 500)."""
    interrupt_config: WsInterruptConfig | None

    def __init__(
        self,
        *,
        type: WsTurnDetectionType | Literal["server_vad", "client_interrupt", "client_vad"] | None = None,
        prefix_padding_ms: int | None = None,
        silence_duration_ms: int | None = None,
        interrupt_config: WsInterruptConfig | None = None,
    ) -> None:
        self.type = None if type is None else WsTurnDetectionType(type)
        self.prefix_padding_ms = prefix_padding_ms
        self.silence_duration_ms = silence_duration_ms
        self.interrupt_config = interrupt_config

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("type")
        if v is not None:
            m_type = _WsTurnDetectionType_values.get(v) if type(v) is str else None
            v = m_type if m_type is not None else WsTurnDetectionType.parse(v, "type")
        obj.type = v
        v = get("prefix_padding_ms")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "prefix_padding_ms")
        obj.prefix_padding_ms = v
        v = get("silence_duration_ms")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "silence_duration_ms")
        obj.silence_duration_ms = v
        v = get("interrupt_config")
        if v is not None:
            v = _m.nested(WsInterruptConfig, v, "interrupt_config")
        obj.interrupt_config = v
        obj._src = src
        return obj


class WsTurnDetectionType(OpenStrEnum):
    """server_vad lets the server detect speech; client_interrupt (the server default)
    leaves it to the client, which sends input_audio_buffer.complete; @coze/api calls
    that mode client_vad.
    """

    SERVER_VAD = "server_vad"
    CLIENT_INTERRUPT = "client_interrupt"
    CLIENT_VAD = "client_vad"


class WsVoicePrintConfig(CozeModel):
    """Tell speakers apart by voiceprint (sent by @coze/api only)."""

    __slots__ = ("group_id", "score", "reuse_voice_info")
    _FIELDS = (("group_id", "group_id"), ("score", "score"), ("reuse_voice_info", "reuse_voice_info"))
    _KNOWN = frozenset(("group_id", "score", "reuse_voice_info"))

    group_id: str | None
    """The voiceprint group to match speakers against."""
    score: float | None
    """The lowest similarity (0 to 100) that counts as a match."""
    reuse_voice_info: bool | None
    """Keep the identified speaker for later turns."""

    def __init__(
        self, *, group_id: str | None = None, score: float | None = None, reuse_voice_info: bool | None = None
    ) -> None:
        self.group_id = group_id
        self.score = score
        self.reuse_voice_info = reuse_voice_info

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("group_id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "group_id")
        obj.group_id = v
        v = get("score")
        if v is not None and type(v) is not float:
            v = _m.to_float(v, "score")
        obj.score = v
        v = get("reuse_voice_info")
        if v is not None and type(v) is not bool:
            v = _m.to_bool(v, "reuse_voice_info")
        obj.reuse_voice_info = v
        obj._src = src
        return obj


# Lookup tables and converters the parsers above use (defined last: they name classes).
_MessageContentType_values = MessageContentType.value_map()
_RoleType_values = RoleType.value_map()
_VoiceEmotion_values = VoiceEmotion.value_map()
_WsAsrConfigUserLanguage_values = WsAsrConfigUserLanguage.value_map()
_WsAudioCodec_values = WsAudioCodec.value_map()
_WsGenerateAudioMode_values = WsGenerateAudioMode.value_map()
_WsInputAudioFormat_values = WsInputAudioFormat.value_map()
_WsInterruptConfigMode_values = WsInterruptConfigMode.value_map()
_WsTurnDetectionType_values = WsTurnDetectionType.value_map()
_c_WsAsrConfig_hot_words = _m.list_of(_m.to_str)
_c_WsChatConfig_meta_data = _m.map_of(_m.to_str)
_c_WsChatConfig_custom_variables = _m.map_of(_m.to_str)
_c_WsChatConfig_extra_params = _m.map_of(_m.to_str)
_c_WsChatConfig_parameters = _m.json_object
_c_WsChatUpdate_event_subscriptions = _m.list_of(_m.to_str)
_c_WsInterruptConfig_keywords = _m.list_of(_m.to_str)
_c_WsSubmitToolOutputs_tool_outputs = _m.list_of(_m.model_of(ChatToolOutput))
_c_WsTranslateConfig_hot_words = _m.list_of(_m.to_str)
_c_WsTranslateConfig_glossary = _m.list_of(_m.model_of(WsGlossaryEntry))
