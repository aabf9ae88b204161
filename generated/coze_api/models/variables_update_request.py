from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.variable_assignment import VariableAssignment


T = TypeVar("T", bound="VariablesUpdateRequest")


@_attrs_define(repr=False)
class VariablesUpdateRequest(CozeModel):
    """Body of variables_update.

    Attributes:
        connector_uid (str): The end user whose values are set (the user_id used in chats or workflow runs).
        data (list[VariableAssignment]): The values to set; must not be empty.
        app_id (str | Unset): The app whose variables are set; give this or bot_id.
        bot_id (str | Unset): The bot whose variables are set; give this or app_id.
        connector_id (str | Unset): Channel of the bot or app, 1024 (API) or 999 (Chat SDK); the server default is 1024.
    """

    connector_uid: str
    data: list[VariableAssignment]
    app_id: str | Unset = UNSET
    bot_id: str | Unset = UNSET
    connector_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connector_uid = self.connector_uid

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        app_id = self.app_id

        bot_id = self.bot_id

        connector_id = self.connector_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "connector_uid": connector_uid,
                "data": data,
            }
        )
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if bot_id is not UNSET:
            field_dict["bot_id"] = bot_id
        if connector_id is not UNSET:
            field_dict["connector_id"] = connector_id

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.connector_uid = get("connector_uid")
        instance.app_id = UNSET if (value := get("app_id")) is None else value
        instance.bot_id = UNSET if (value := get("bot_id")) is None else value
        instance.connector_id = UNSET if (value := get("connector_id")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.variable_assignment import VariableAssignment  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _connector_uid_raw = d.pop("connector_uid", None)
        connector_uid = _connector_uid_raw

        _data_raw = d.pop("data", None)
        data: Any
        if _data_raw is None:
            data = None
        else:
            data = []
            _data = _data_raw
            for data_item_data in _data:
                data_item = VariableAssignment.from_dict(data_item_data)

                data.append(data_item)

        app_id = d.pop("app_id", UNSET)

        bot_id = d.pop("bot_id", UNSET)

        connector_id = d.pop("connector_id", UNSET)

        variables_update_request = cls(
            connector_uid=connector_uid,
            data=data,
            app_id=app_id,
            bot_id=bot_id,
            connector_id=connector_id,
        )

        variables_update_request.additional_properties = d
        return variables_update_request

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
