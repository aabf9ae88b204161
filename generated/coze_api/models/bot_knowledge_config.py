from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.bot_knowledge_config_search_strategy import BotKnowledgeConfigSearchStrategy
from ..types import UNSET, Unset

T = TypeVar("T", bound="BotKnowledgeConfig")


@_attrs_define(repr=False)
class BotKnowledgeConfig(CozeModel):
    """Knowledge bases to attach to a bot; the list replaces the current one.

    Attributes:
        dataset_ids (list[str] | Unset): Ids of Coze knowledge bases to attach, at most 150.
        auto_call (bool | Unset): True (server default) to search knowledge on every turn, false to search only when the
            prompt says so.
        search_strategy (BotKnowledgeConfigSearchStrategy | Unset): Search strategy; 0 semantic (server default), 1
            hybrid, 20 full text.
    """

    dataset_ids: list[str] | Unset = UNSET
    auto_call: bool | Unset = UNSET
    search_strategy: BotKnowledgeConfigSearchStrategy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset_ids: list[str] | Unset = UNSET
        if not isinstance(self.dataset_ids, Unset):
            dataset_ids = self.dataset_ids

        auto_call = self.auto_call

        search_strategy: int | Unset = UNSET
        if not isinstance(self.search_strategy, Unset):
            search_strategy = self.search_strategy.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dataset_ids is not UNSET:
            field_dict["dataset_ids"] = dataset_ids
        if auto_call is not UNSET:
            field_dict["auto_call"] = auto_call
        if search_strategy is not UNSET:
            field_dict["search_strategy"] = search_strategy

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.auto_call = UNSET if (value := get("auto_call")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        dataset_ids = cast(list[str], d.pop("dataset_ids", UNSET))

        auto_call = d.pop("auto_call", UNSET)

        _search_strategy = d.pop("search_strategy", UNSET)
        search_strategy: BotKnowledgeConfigSearchStrategy | Unset
        if isinstance(_search_strategy, Unset):
            search_strategy = UNSET
        else:
            search_strategy = BotKnowledgeConfigSearchStrategy(_search_strategy)

        bot_knowledge_config = cls(
            dataset_ids=dataset_ids,
            auto_call=auto_call,
            search_strategy=search_strategy,
        )

        bot_knowledge_config.additional_properties = d
        return bot_knowledge_config

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
