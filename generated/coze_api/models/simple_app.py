from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="SimpleApp")


@_attrs_define(repr=False)
class SimpleApp(CozeModel):
    """A low-code app as it appears in an app list.

    Attributes:
        id (str): The app id.
        name (str | Unset): The app name.
        description (str | Unset): What the app does.
        icon_url (str | Unset): URL of the app's icon.
        is_published (bool | Unset): Whether the app has been published.
        updated_at (int | Unset): Last update time, unix seconds.
        published_at (int | None | Unset): Last publish time, unix seconds; empty for apps never published.
        owner_user_id (str | Unset): Coze user id of the app's creator.
        folder_id (str | Unset): The folder the app is in.
    """

    id: str
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    icon_url: str | Unset = UNSET
    is_published: bool | Unset = UNSET
    updated_at: int | Unset = UNSET
    published_at: int | None | Unset = UNSET
    owner_user_id: str | Unset = UNSET
    folder_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        icon_url = self.icon_url

        is_published = self.is_published

        updated_at = self.updated_at

        published_at: int | None | Unset
        if isinstance(self.published_at, Unset):
            published_at = UNSET
        else:
            published_at = self.published_at

        owner_user_id = self.owner_user_id

        folder_id = self.folder_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if icon_url is not UNSET:
            field_dict["icon_url"] = icon_url
        if is_published is not UNSET:
            field_dict["is_published"] = is_published
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if published_at is not UNSET:
            field_dict["published_at"] = published_at
        if owner_user_id is not UNSET:
            field_dict["owner_user_id"] = owner_user_id
        if folder_id is not UNSET:
            field_dict["folder_id"] = folder_id

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
        instance.description = UNSET if (value := get("description")) is None else value
        instance.icon_url = UNSET if (value := get("icon_url")) is None else value
        instance.is_published = UNSET if (value := get("is_published")) is None else value
        instance.updated_at = UNSET if (value := get("updated_at")) is None else value
        instance.owner_user_id = UNSET if (value := get("owner_user_id")) is None else value
        instance.folder_id = UNSET if (value := get("folder_id")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None or k in ("published_at",)}
        _id_raw = d.pop("id", None)
        id = _id_raw

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        icon_url = d.pop("icon_url", UNSET)

        is_published = d.pop("is_published", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        def _parse_published_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        published_at = _parse_published_at(d.pop("published_at", UNSET))

        owner_user_id = d.pop("owner_user_id", UNSET)

        folder_id = d.pop("folder_id", UNSET)

        simple_app = cls(
            id=id,
            name=name,
            description=description,
            icon_url=icon_url,
            is_published=is_published,
            updated_at=updated_at,
            published_at=published_at,
            owner_user_id=owner_user_id,
            folder_id=folder_id,
        )

        simple_app.additional_properties = d
        return simple_app

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
