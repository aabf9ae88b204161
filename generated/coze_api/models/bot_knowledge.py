from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.bot_knowledge_search_strategy import BotKnowledgeSearchStrategy
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bot_knowledge_info import BotKnowledgeInfo


T = TypeVar("T", bound="BotKnowledge")


@_attrs_define(repr=False)
class BotKnowledge(CozeModel):
    """Knowledge bases attached to a bot, as the retrieve endpoints return them.

    Attributes:
        knowledge_infos (list[BotKnowledgeInfo] | Unset): The attached knowledge bases.
        dataset_ids (list[str] | Unset): Ids of the attached knowledge bases (the shape cozepy models).
        auto_call (bool | Unset): True if knowledge is searched on every turn, false if only when the prompt asks for
            it.
        search_strategy (BotKnowledgeSearchStrategy | Unset): Search strategy; 0 semantic, 1 hybrid, 20 full text.
    """

    knowledge_infos: list[BotKnowledgeInfo] | Unset = UNSET
    dataset_ids: list[str] | Unset = UNSET
    auto_call: bool | Unset = UNSET
    search_strategy: BotKnowledgeSearchStrategy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        knowledge_infos: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.knowledge_infos, Unset):
            knowledge_infos = []
            for knowledge_infos_item_data in self.knowledge_infos:
                knowledge_infos_item = knowledge_infos_item_data.to_dict()
                knowledge_infos.append(knowledge_infos_item)

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
        if knowledge_infos is not UNSET:
            field_dict["knowledge_infos"] = knowledge_infos
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
        from ..models.bot_knowledge_info import BotKnowledgeInfo  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _knowledge_infos = d.pop("knowledge_infos", UNSET)
        knowledge_infos: list[BotKnowledgeInfo] | Unset = UNSET
        if _knowledge_infos is not UNSET:
            knowledge_infos = []
            for knowledge_infos_item_data in _knowledge_infos:
                knowledge_infos_item = BotKnowledgeInfo.from_dict(knowledge_infos_item_data)

                knowledge_infos.append(knowledge_infos_item)

        dataset_ids = cast(list[str], d.pop("dataset_ids", UNSET))

        auto_call = d.pop("auto_call", UNSET)

        _search_strategy = d.pop("search_strategy", UNSET)
        search_strategy: BotKnowledgeSearchStrategy | Unset
        if isinstance(_search_strategy, Unset):
            search_strategy = UNSET
        else:
            search_strategy = BotKnowledgeSearchStrategy(_search_strategy)

        bot_knowledge = cls(
            knowledge_infos=knowledge_infos,
            dataset_ids=dataset_ids,
            auto_call=auto_call,
            search_strategy=search_strategy,
        )

        bot_knowledge.additional_properties = d
        return bot_knowledge

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
