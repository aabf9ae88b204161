from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_info import UserInfo


T = TypeVar("T", bound="VoiceprintFeature")


@_attrs_define(repr=False)
class VoiceprintFeature(CozeModel):
    """A voiceprint, the stored voice signature of one speaker.

    Attributes:
        id (str): The voiceprint id.
        group_id (str | Unset): The group the voiceprint belongs to.
        name (str | Unset): Name of the voiceprint.
        desc (str | Unset): Description of the voiceprint.
        icon_url (str | Unset): URL of the voiceprint's icon.
        audio_url (str | Unset): URL of the original recording.
        created_at (int | Unset): Creation time, unix seconds.
        updated_at (int | Unset): Last update time, unix seconds.
        user_info (UserInfo | Unset): A Coze user as shown on resources they created.
    """

    id: str
    group_id: str | Unset = UNSET
    name: str | Unset = UNSET
    desc: str | Unset = UNSET
    icon_url: str | Unset = UNSET
    audio_url: str | Unset = UNSET
    created_at: int | Unset = UNSET
    updated_at: int | Unset = UNSET
    user_info: UserInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        group_id = self.group_id

        name = self.name

        desc = self.desc

        icon_url = self.icon_url

        audio_url = self.audio_url

        created_at = self.created_at

        updated_at = self.updated_at

        user_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_info, Unset):
            user_info = self.user_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if name is not UNSET:
            field_dict["name"] = name
        if desc is not UNSET:
            field_dict["desc"] = desc
        if icon_url is not UNSET:
            field_dict["icon_url"] = icon_url
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if user_info is not UNSET:
            field_dict["user_info"] = user_info

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.id = get("id")
        instance.group_id = UNSET if (value := get("group_id")) is None else value
        instance.name = UNSET if (value := get("name")) is None else value
        instance.desc = UNSET if (value := get("desc")) is None else value
        instance.icon_url = UNSET if (value := get("icon_url")) is None else value
        instance.audio_url = UNSET if (value := get("audio_url")) is None else value
        instance.created_at = UNSET if (value := get("created_at")) is None else value
        instance.updated_at = UNSET if (value := get("updated_at")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_info import UserInfo  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _id_raw = d.pop("id", None)
        id = _id_raw

        group_id = d.pop("group_id", UNSET)

        name = d.pop("name", UNSET)

        desc = d.pop("desc", UNSET)

        icon_url = d.pop("icon_url", UNSET)

        audio_url = d.pop("audio_url", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        _user_info = d.pop("user_info", UNSET)
        user_info: UserInfo | Unset
        if isinstance(_user_info, Unset):
            user_info = UNSET
        else:
            user_info = UserInfo.from_dict(_user_info)

        voiceprint_feature = cls(
            id=id,
            group_id=group_id,
            name=name,
            desc=desc,
            icon_url=icon_url,
            audio_url=audio_url,
            created_at=created_at,
            updated_at=updated_at,
            user_info=user_info,
        )

        voiceprint_feature.additional_properties = d
        return voiceprint_feature

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
