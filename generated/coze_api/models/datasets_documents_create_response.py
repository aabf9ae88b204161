from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_document import DatasetDocument
    from ..models.response_detail import ResponseDetail


T = TypeVar("T", bound="DatasetsDocumentsCreateResponse")


@_attrs_define(repr=False)
class DatasetsDocumentsCreateResponse(CozeModel):
    """Body of datasets_documents_create; the files sit at the top level, not under data.

    Attributes:
        code (int | Unset):
        msg (str | Unset):
        detail (ResponseDetail | Unset): Diagnostic details attached to every response.
        document_infos (list[DatasetDocument] | Unset): The files that were added.
    """

    code: int | Unset = UNSET
    msg: str | Unset = UNSET
    detail: ResponseDetail | Unset = UNSET
    document_infos: list[DatasetDocument] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        msg = self.msg

        detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.detail, Unset):
            detail = self.detail.to_dict()

        document_infos: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.document_infos, Unset):
            document_infos = []
            for document_infos_item_data in self.document_infos:
                document_infos_item = document_infos_item_data.to_dict()
                document_infos.append(document_infos_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if msg is not UNSET:
            field_dict["msg"] = msg
        if detail is not UNSET:
            field_dict["detail"] = detail
        if document_infos is not UNSET:
            field_dict["document_infos"] = document_infos

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
        from ..models.dataset_document import DatasetDocument  # noqa: PLC0415
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

        _document_infos = d.pop("document_infos", UNSET)
        document_infos: list[DatasetDocument] | Unset = UNSET
        if _document_infos is not UNSET:
            document_infos = []
            for document_infos_item_data in _document_infos:
                document_infos_item = DatasetDocument.from_dict(document_infos_item_data)

                document_infos.append(document_infos_item)

        datasets_documents_create_response = cls(
            code=code,
            msg=msg,
            detail=detail,
            document_infos=document_infos,
        )

        datasets_documents_create_response.additional_properties = d
        return datasets_documents_create_response

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
