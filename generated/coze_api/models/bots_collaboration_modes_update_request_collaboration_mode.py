from enum import StrEnum


class BotsCollaborationModesUpdateRequestCollaborationMode(StrEnum):
    COLLABORATION = "collaboration"
    SINGLE = "single"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "BotsCollaborationModesUpdateRequestCollaborationMode | None":
        # Coze: enums stay open. A value this SDK does not know yet becomes a member of its
        # own (cached), so parsing never fails when the server adds one.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value).upper()
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)  # type: ignore[return-value]
