from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bot_workflow_id_info import BotWorkflowIdInfo


T = TypeVar("T", bound="BotWorkflowIdList")


@_attrs_define(repr=False)
class BotWorkflowIdList(CozeModel):
    """Workflows to bind to a bot.

    Attributes:
        ids (list[BotWorkflowIdInfo] | Unset): The workflows.
    """

    ids: list[BotWorkflowIdInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = []
            for ids_item_data in self.ids:
                ids_item = ids_item_data.to_dict()
                ids.append(ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ids is not UNSET:
            field_dict["ids"] = ids

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bot_workflow_id_info import BotWorkflowIdInfo  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _ids = d.pop("ids", UNSET)
        ids: list[BotWorkflowIdInfo] | Unset = UNSET
        if _ids is not UNSET:
            ids = []
            for ids_item_data in _ids:
                ids_item = BotWorkflowIdInfo.from_dict(ids_item_data)

                ids.append(ids_item)

        bot_workflow_id_list = cls(
            ids=ids,
        )

        bot_workflow_id_list.additional_properties = d
        return bot_workflow_id_list

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
