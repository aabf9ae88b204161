from enum import StrEnum


class ApiAppEventType(StrEnum):
    BENEFIT_PLUGIN_SCALE_EXPIRED = "benefit.plugin.scale.expired"
    BENEFIT_PLUGIN_SCALE_REQUESTED = "benefit.plugin.scale.requested"
    BENEFIT_USAGE = "benefit.usage"
    BOT_DELETED = "bot.deleted"
    BOT_PUBLISHED = "bot.published"
    BOT_UNPUBLISHED = "bot.unpublished"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ApiAppEventType | None":
        # Coze: enums stay open. A value this SDK does not know yet becomes a member of its
        # own (cached), so parsing never fails when the server adds one.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value).upper()
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)  # type: ignore[return-value]
