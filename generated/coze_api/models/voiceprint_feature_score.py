from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="VoiceprintFeatureScore")


@_attrs_define(repr=False)
class VoiceprintFeatureScore(CozeModel):
    """How well a sample matches one voiceprint.

    Attributes:
        feature_id (str | Unset): The voiceprint id.
        feature_name (str | Unset): Name of the voiceprint.
        feature_desc (str | Unset): Description of the voiceprint.
        score (float | Unset): Similarity from 0 to 100; higher is a closer match.
    """

    feature_id: str | Unset = UNSET
    feature_name: str | Unset = UNSET
    feature_desc: str | Unset = UNSET
    score: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feature_id = self.feature_id

        feature_name = self.feature_name

        feature_desc = self.feature_desc

        score = self.score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if feature_id is not UNSET:
            field_dict["feature_id"] = feature_id
        if feature_name is not UNSET:
            field_dict["feature_name"] = feature_name
        if feature_desc is not UNSET:
            field_dict["feature_desc"] = feature_desc
        if score is not UNSET:
            field_dict["score"] = score

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.feature_id = UNSET if (value := get("feature_id")) is None else value
        instance.feature_name = UNSET if (value := get("feature_name")) is None else value
        instance.feature_desc = UNSET if (value := get("feature_desc")) is None else value
        instance.score = UNSET if (value := get("score")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        feature_id = d.pop("feature_id", UNSET)

        feature_name = d.pop("feature_name", UNSET)

        feature_desc = d.pop("feature_desc", UNSET)

        score = d.pop("score", UNSET)

        voiceprint_feature_score = cls(
            feature_id=feature_id,
            feature_name=feature_name,
            feature_desc=feature_desc,
            score=score,
        )

        voiceprint_feature_score.additional_properties = d
        return voiceprint_feature_score

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
