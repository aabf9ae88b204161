from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.plugin_store_category import PluginStoreCategory
    from ..models.plugin_store_user import PluginStoreUser


T = TypeVar("T", bound="PluginStoreMetainfo")


@_attrs_define(repr=False)
class PluginStoreMetainfo(CozeModel):
    """The store listing of a plugin.

    Attributes:
        entity_id (str | Unset): The plugin id, usable with plugins.retrieve and plugins.tools.call.
        entity_type (str | Unset): The kind of entity; always plugin today.
        entity_version (str | Unset): The plugin version.
        product_id (str | Unset): The store product id (not a plugin id).
        name (str | Unset): The plugin name.
        description (str | Unset): What the plugin does.
        icon_url (str | Unset): URL of the plugin's icon.
        listed_at (int | Unset): When the plugin was listed, in unix seconds.
        paid_type (str | Unset): The pricing; always paid for this list.
        is_official (bool | Unset): Whether Coze published the plugin (false for third-party plugins).
        category (PluginStoreCategory | Unset): A plugin store category.
        user_info (PluginStoreUser | Unset): The developer who published a store plugin.
    """

    entity_id: str | Unset = UNSET
    entity_type: str | Unset = UNSET
    entity_version: str | Unset = UNSET
    product_id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    icon_url: str | Unset = UNSET
    listed_at: int | Unset = UNSET
    paid_type: str | Unset = UNSET
    is_official: bool | Unset = UNSET
    category: PluginStoreCategory | Unset = UNSET
    user_info: PluginStoreUser | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity_id = self.entity_id

        entity_type = self.entity_type

        entity_version = self.entity_version

        product_id = self.product_id

        name = self.name

        description = self.description

        icon_url = self.icon_url

        listed_at = self.listed_at

        paid_type = self.paid_type

        is_official = self.is_official

        category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.to_dict()

        user_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_info, Unset):
            user_info = self.user_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if entity_id is not UNSET:
            field_dict["entity_id"] = entity_id
        if entity_type is not UNSET:
            field_dict["entity_type"] = entity_type
        if entity_version is not UNSET:
            field_dict["entity_version"] = entity_version
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if icon_url is not UNSET:
            field_dict["icon_url"] = icon_url
        if listed_at is not UNSET:
            field_dict["listed_at"] = listed_at
        if paid_type is not UNSET:
            field_dict["paid_type"] = paid_type
        if is_official is not UNSET:
            field_dict["is_official"] = is_official
        if category is not UNSET:
            field_dict["category"] = category
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
        instance.entity_id = UNSET if (value := get("entity_id")) is None else value
        instance.entity_type = UNSET if (value := get("entity_type")) is None else value
        instance.entity_version = UNSET if (value := get("entity_version")) is None else value
        instance.product_id = UNSET if (value := get("product_id")) is None else value
        instance.name = UNSET if (value := get("name")) is None else value
        instance.description = UNSET if (value := get("description")) is None else value
        instance.icon_url = UNSET if (value := get("icon_url")) is None else value
        instance.listed_at = UNSET if (value := get("listed_at")) is None else value
        instance.paid_type = UNSET if (value := get("paid_type")) is None else value
        instance.is_official = UNSET if (value := get("is_official")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.plugin_store_category import PluginStoreCategory  # noqa: PLC0415
        from ..models.plugin_store_user import PluginStoreUser  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        entity_id = d.pop("entity_id", UNSET)

        entity_type = d.pop("entity_type", UNSET)

        entity_version = d.pop("entity_version", UNSET)

        product_id = d.pop("product_id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        icon_url = d.pop("icon_url", UNSET)

        listed_at = d.pop("listed_at", UNSET)

        paid_type = d.pop("paid_type", UNSET)

        is_official = d.pop("is_official", UNSET)

        _category = d.pop("category", UNSET)
        category: PluginStoreCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = PluginStoreCategory.from_dict(_category)

        _user_info = d.pop("user_info", UNSET)
        user_info: PluginStoreUser | Unset
        if isinstance(_user_info, Unset):
            user_info = UNSET
        else:
            user_info = PluginStoreUser.from_dict(_user_info)

        plugin_store_metainfo = cls(
            entity_id=entity_id,
            entity_type=entity_type,
            entity_version=entity_version,
            product_id=product_id,
            name=name,
            description=description,
            icon_url=icon_url,
            listed_at=listed_at,
            paid_type=paid_type,
            is_official=is_official,
            category=category,
            user_info=user_info,
        )

        plugin_store_metainfo.additional_properties = d
        return plugin_store_metainfo

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
