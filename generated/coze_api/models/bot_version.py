from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.bot_version_publish_status import BotVersionPublishStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_info import UserInfo


T = TypeVar("T", bound="BotVersion")


@_attrs_define(repr=False)
class BotVersion(CozeModel):
    """One version of a bot.

    Attributes:
        version (str): The version number.
        changelog (str | Unset): Release notes entered when the version was published.
        description (str | Unset): Description of the version (the field cozepy reads).
        publish_status (BotVersionPublishStatus | Unset): Whether this is a published version or a draft.
        created_at (int | str | Unset): Creation time, unix seconds (the docs send a number, cozepy expects a string of
            digits).
        updated_at (int | str | Unset): Last update time, unix seconds (a number or a string of digits).
        creator (UserInfo | Unset): A Coze user as shown on resources they created.
    """

    version: str
    changelog: str | Unset = UNSET
    description: str | Unset = UNSET
    publish_status: BotVersionPublishStatus | Unset = UNSET
    created_at: int | str | Unset = UNSET
    updated_at: int | str | Unset = UNSET
    creator: UserInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        changelog = self.changelog

        description = self.description

        publish_status: str | Unset = UNSET
        if not isinstance(self.publish_status, Unset):
            publish_status = self.publish_status.value

        created_at: int | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: int | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        creator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.creator, Unset):
            creator = self.creator.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
            }
        )
        if changelog is not UNSET:
            field_dict["changelog"] = changelog
        if description is not UNSET:
            field_dict["description"] = description
        if publish_status is not UNSET:
            field_dict["publish_status"] = publish_status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if creator is not UNSET:
            field_dict["creator"] = creator

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.version = get("version")
        instance.changelog = UNSET if (value := get("changelog")) is None else value
        instance.description = UNSET if (value := get("description")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_info import UserInfo  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _version_raw = d.pop("version", None)
        version = _version_raw

        changelog = d.pop("changelog", UNSET)

        description = d.pop("description", UNSET)

        _publish_status = d.pop("publish_status", UNSET)
        publish_status: BotVersionPublishStatus | Unset
        if isinstance(_publish_status, Unset):
            publish_status = UNSET
        else:
            publish_status = BotVersionPublishStatus(_publish_status)

        def _parse_created_at(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        _creator = d.pop("creator", UNSET)
        creator: UserInfo | Unset
        if isinstance(_creator, Unset):
            creator = UNSET
        else:
            creator = UserInfo.from_dict(_creator)

        bot_version = cls(
            version=version,
            changelog=changelog,
            description=description,
            publish_status=publish_status,
            created_at=created_at,
            updated_at=updated_at,
            creator=creator,
        )

        bot_version.additional_properties = d
        return bot_version

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
