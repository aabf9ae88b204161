from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.usage import Usage
    from ..models.workflow_message_event_ext import WorkflowMessageEventExt


T = TypeVar("T", bound="WorkflowMessageEvent")


@_attrs_define(repr=False)
class WorkflowMessageEvent(CozeModel):
    """Data of a Message event, one piece of a node's output.

    Attributes:
        content (str | Unset): The output text of this piece.
        content_type (str | Unset): How to read the content, such as text.
        node_title (str | Unset): Title of the node that produced it.
        node_id (str | Unset): Id of the node that produced it.
        node_execute_uuid (str | Unset): Id of this execution of the node.
        node_seq_id (str | Unset): Position of this piece within the node's output, counting from 0.
        node_is_finish (bool | Unset): Whether this is the node's last piece.
        ext (WorkflowMessageEventExt | Unset): Extra fields.
        usage (Usage | Unset): Token counts of a chat.
        cost (str | Unset): Reserved.
        token (int | str | Unset): Reserved.
    """

    content: str | Unset = UNSET
    content_type: str | Unset = UNSET
    node_title: str | Unset = UNSET
    node_id: str | Unset = UNSET
    node_execute_uuid: str | Unset = UNSET
    node_seq_id: str | Unset = UNSET
    node_is_finish: bool | Unset = UNSET
    ext: WorkflowMessageEventExt | Unset = UNSET
    usage: Usage | Unset = UNSET
    cost: str | Unset = UNSET
    token: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        content_type = self.content_type

        node_title = self.node_title

        node_id = self.node_id

        node_execute_uuid = self.node_execute_uuid

        node_seq_id = self.node_seq_id

        node_is_finish = self.node_is_finish

        ext: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ext, Unset):
            ext = self.ext.to_dict()

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        cost = self.cost

        token: int | str | Unset
        if isinstance(self.token, Unset):
            token = UNSET
        else:
            token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content is not UNSET:
            field_dict["content"] = content
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if node_title is not UNSET:
            field_dict["node_title"] = node_title
        if node_id is not UNSET:
            field_dict["node_id"] = node_id
        if node_execute_uuid is not UNSET:
            field_dict["node_execute_uuid"] = node_execute_uuid
        if node_seq_id is not UNSET:
            field_dict["node_seq_id"] = node_seq_id
        if node_is_finish is not UNSET:
            field_dict["node_is_finish"] = node_is_finish
        if ext is not UNSET:
            field_dict["ext"] = ext
        if usage is not UNSET:
            field_dict["usage"] = usage
        if cost is not UNSET:
            field_dict["cost"] = cost
        if token is not UNSET:
            field_dict["token"] = token

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.content = UNSET if (value := get("content")) is None else value
        instance.content_type = UNSET if (value := get("content_type")) is None else value
        instance.node_title = UNSET if (value := get("node_title")) is None else value
        instance.node_id = UNSET if (value := get("node_id")) is None else value
        instance.node_execute_uuid = UNSET if (value := get("node_execute_uuid")) is None else value
        instance.node_seq_id = UNSET if (value := get("node_seq_id")) is None else value
        instance.node_is_finish = UNSET if (value := get("node_is_finish")) is None else value
        instance.cost = UNSET if (value := get("cost")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.usage import Usage  # noqa: PLC0415
        from ..models.workflow_message_event_ext import WorkflowMessageEventExt  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        content = d.pop("content", UNSET)

        content_type = d.pop("content_type", UNSET)

        node_title = d.pop("node_title", UNSET)

        node_id = d.pop("node_id", UNSET)

        node_execute_uuid = d.pop("node_execute_uuid", UNSET)

        node_seq_id = d.pop("node_seq_id", UNSET)

        node_is_finish = d.pop("node_is_finish", UNSET)

        _ext = d.pop("ext", UNSET)
        ext: WorkflowMessageEventExt | Unset
        if isinstance(_ext, Unset):
            ext = UNSET
        else:
            ext = WorkflowMessageEventExt.from_dict(_ext)

        _usage = d.pop("usage", UNSET)
        usage: Usage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = Usage.from_dict(_usage)

        cost = d.pop("cost", UNSET)

        def _parse_token(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        token = _parse_token(d.pop("token", UNSET))

        workflow_message_event = cls(
            content=content,
            content_type=content_type,
            node_title=node_title,
            node_id=node_id,
            node_execute_uuid=node_execute_uuid,
            node_seq_id=node_seq_id,
            node_is_finish=node_is_finish,
            ext=ext,
            usage=usage,
            cost=cost,
            token=token,
        )

        workflow_message_event.additional_properties = d
        return workflow_message_event

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
