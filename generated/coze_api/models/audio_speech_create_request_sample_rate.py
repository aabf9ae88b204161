from enum import IntEnum


class AudioSpeechCreateRequestSampleRate(IntEnum):
    VALUE_8000 = 8000
    VALUE_16000 = 16000
    VALUE_22050 = 22050
    VALUE_24000 = 24000
    VALUE_32000 = 32000
    VALUE_44100 = 44100
    VALUE_48000 = 48000

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AudioSpeechCreateRequestSampleRate | None":
        # Coze: enums stay open. A value this SDK does not know yet becomes a member of its
        # own (cached), so parsing never fails when the server adds one.
        if not isinstance(value, int):
            return None
        member = int.__new__(cls, value)
        member._name_ = str(value).upper()
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)  # type: ignore[return-value]
