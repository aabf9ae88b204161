from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel

if TYPE_CHECKING:
    from ..models.o_auth_scope_account_permission import OAuthScopeAccountPermission
    from ..models.o_auth_scope_attribute_constraint import OAuthScopeAttributeConstraint


T = TypeVar("T", bound="OAuthScope")


@_attrs_define(repr=False)
class OAuthScope(CozeModel):
    """Narrows a channel app's JWT token to some permissions and bots; without it the token has all granted permissions.

    Attributes:
        account_permission (OAuthScopeAccountPermission): The permissions a channel token is limited to.
        attribute_constraint (OAuthScopeAttributeConstraint): Resource limits of a channel token.
    """

    account_permission: OAuthScopeAccountPermission
    attribute_constraint: OAuthScopeAttributeConstraint
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_permission = self.account_permission.to_dict()

        attribute_constraint = self.attribute_constraint.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_permission": account_permission,
                "attribute_constraint": attribute_constraint,
            }
        )

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
        from ..models.o_auth_scope_account_permission import OAuthScopeAccountPermission  # noqa: PLC0415
        from ..models.o_auth_scope_attribute_constraint import OAuthScopeAttributeConstraint  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _account_permission_raw = d.pop("account_permission", None)
        account_permission: Any
        if _account_permission_raw is None:
            account_permission = None
        else:
            account_permission = OAuthScopeAccountPermission.from_dict(_account_permission_raw)

        _attribute_constraint_raw = d.pop("attribute_constraint", None)
        attribute_constraint: Any
        if _attribute_constraint_raw is None:
            attribute_constraint = None
        else:
            attribute_constraint = OAuthScopeAttributeConstraint.from_dict(_attribute_constraint_raw)

        o_auth_scope = cls(
            account_permission=account_permission,
            attribute_constraint=attribute_constraint,
        )

        o_auth_scope.additional_properties = d
        return o_auth_scope

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
