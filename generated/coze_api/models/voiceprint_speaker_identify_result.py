from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.voiceprint_feature_score import VoiceprintFeatureScore


T = TypeVar("T", bound="VoiceprintSpeakerIdentifyResult")


@_attrs_define(repr=False)
class VoiceprintSpeakerIdentifyResult(CozeModel):
    """The result of speaker identification.

    Attributes:
        feature_score_list (list[VoiceprintFeatureScore] | Unset): Scores against the group's voiceprints.
    """

    feature_score_list: list[VoiceprintFeatureScore] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feature_score_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.feature_score_list, Unset):
            feature_score_list = []
            for feature_score_list_item_data in self.feature_score_list:
                feature_score_list_item = feature_score_list_item_data.to_dict()
                feature_score_list.append(feature_score_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if feature_score_list is not UNSET:
            field_dict["feature_score_list"] = feature_score_list

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
        from ..models.voiceprint_feature_score import VoiceprintFeatureScore  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _feature_score_list = d.pop("feature_score_list", UNSET)
        feature_score_list: list[VoiceprintFeatureScore] | Unset = UNSET
        if _feature_score_list is not UNSET:
            feature_score_list = []
            for feature_score_list_item_data in _feature_score_list:
                feature_score_list_item = VoiceprintFeatureScore.from_dict(feature_score_list_item_data)

                feature_score_list.append(feature_score_list_item)

        voiceprint_speaker_identify_result = cls(
            feature_score_list=feature_score_list,
        )

        voiceprint_speaker_identify_result.additional_properties = d
        return voiceprint_speaker_identify_result

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
