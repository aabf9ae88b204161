from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_info import UserInfo


T = TypeVar("T", bound="VoiceprintGroup")


@_attrs_define(repr=False)
class VoiceprintGroup(CozeModel):
    """A named set of voiceprints that speaker identification searches.

    Attributes:
        id (str): The group id.
        name (str | Unset): Group name.
        desc (str | Unset): Group description.
        icon_url (str | Unset): URL of the group's icon.
        feature_count (int | Unset): Number of voiceprints in the group.
        created_at (int | Unset): Creation time, unix seconds.
        updated_at (int | Unset): Last update time, unix seconds.
        user_info (UserInfo | Unset): A Coze user as shown on resources they created.
    """

    id: str
    name: str | Unset = UNSET
    desc: str | Unset = UNSET
    icon_url: str | Unset = UNSET
    feature_count: int | Unset = UNSET
    created_at: int | Unset = UNSET
    updated_at: int | Unset = UNSET
    user_info: UserInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        desc = self.desc

        icon_url = self.icon_url

        feature_count = self.feature_count

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
        if name is not UNSET:
            field_dict["name"] = name
        if desc is not UNSET:
            field_dict["desc"] = desc
        if icon_url is not UNSET:
            field_dict["icon_url"] = icon_url
        if feature_count is not UNSET:
            field_dict["feature_count"] = feature_count
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
        instance.name = UNSET if (value := get("name")) is None else value
        instance.desc = UNSET if (value := get("desc")) is None else value
        instance.icon_url = UNSET if (value := get("icon_url")) is None else value
        instance.feature_count = UNSET if (value := get("feature_count")) is None else value
        instance.created_at = UNSET if (value := get("created_at")) is None else value
        instance.updated_at = UNSET if (value := get("updated_at")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_info import UserInfo  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _id_raw = d.pop("id", None)
        id = _id_raw

        name = d.pop("name", UNSET)

        desc = d.pop("desc", UNSET)

        icon_url = d.pop("icon_url", UNSET)

        feature_count = d.pop("feature_count", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        _user_info = d.pop("user_info", UNSET)
        user_info: UserInfo | Unset
        if isinstance(_user_info, Unset):
            user_info = UNSET
        else:
            user_info = UserInfo.from_dict(_user_info)

        voiceprint_group = cls(
            id=id,
            name=name,
            desc=desc,
            icon_url=icon_url,
            feature_count=feature_count,
            created_at=created_at,
            updated_at=updated_at,
            user_info=user_info,
        )

        voiceprint_group.additional_properties = d
        return voiceprint_group

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
