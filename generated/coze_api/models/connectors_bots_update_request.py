from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.connector_bot_audit_status import ConnectorBotAuditStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectorsBotsUpdateRequest")


@_attrs_define(repr=False)
class ConnectorsBotsUpdateRequest(CozeModel):
    """Body of connectors_bots_update.

    Attributes:
        audit_status (ConnectorBotAuditStatus | Unset): A review state: 1 in review, 2 approved, 3 rejected.
        reason (str | Unset): Why the bot was rejected; expected when audit_status is 3.
    """

    audit_status: ConnectorBotAuditStatus | Unset = UNSET
    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audit_status: int | Unset = UNSET
        if not isinstance(self.audit_status, Unset):
            audit_status = self.audit_status.value

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if audit_status is not UNSET:
            field_dict["audit_status"] = audit_status
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.reason = UNSET if (value := get("reason")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        _audit_status = d.pop("audit_status", UNSET)
        audit_status: ConnectorBotAuditStatus | Unset
        if isinstance(_audit_status, Unset):
            audit_status = UNSET
        else:
            audit_status = ConnectorBotAuditStatus(_audit_status)

        reason = d.pop("reason", UNSET)

        connectors_bots_update_request = cls(
            audit_status=audit_status,
            reason=reason,
        )

        connectors_bots_update_request.additional_properties = d
        return connectors_bots_update_request

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
