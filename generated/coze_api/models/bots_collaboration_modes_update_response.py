from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_detail import ResponseDetail


T = TypeVar("T", bound="BotsCollaborationModesUpdateResponse")


@_attrs_define(repr=False)
class BotsCollaborationModesUpdateResponse(CozeModel):
    """Envelope of bots_collaboration_modes_update.

    Attributes:
        code (int | Unset):
        msg (str | Unset):
        detail (ResponseDetail | Unset): Diagnostic details attached to every response.
    """

    code: int | Unset = UNSET
    msg: str | Unset = UNSET
    detail: ResponseDetail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        msg = self.msg

        detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.detail, Unset):
            detail = self.detail.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if msg is not UNSET:
            field_dict["msg"] = msg
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.code = UNSET if (value := get("code")) is None else value
        instance.msg = UNSET if (value := get("msg")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_detail import ResponseDetail  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        code = d.pop("code", UNSET)

        msg = d.pop("msg", UNSET)

        _detail = d.pop("detail", UNSET)
        detail: ResponseDetail | Unset
        if isinstance(_detail, Unset):
            detail = UNSET
        else:
            detail = ResponseDetail.from_dict(_detail)

        bots_collaboration_modes_update_response = cls(
            code=code,
            msg=msg,
            detail=detail,
        )

        bots_collaboration_modes_update_response.additional_properties = d
        return bots_collaboration_modes_update_response

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
