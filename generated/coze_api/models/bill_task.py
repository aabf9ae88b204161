from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.bill_task_status import BillTaskStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="BillTask")


@_attrs_define(repr=False)
class BillTask(CozeModel):
    """A bill export task.

    Attributes:
        task_id (int | str | Unset): The task id (typed as a string by the docs, shown as a number in their examples).
        status (BillTaskStatus | Unset): The export state: init, running, succeed (files ready) or failed.
        started_at (int | Unset): Start of the billed period, in unix seconds.
        ended_at (int | Unset): End of the billed period, in unix seconds.
        created_at (int | Unset): When the task was created, in unix seconds.
        expires_at (int | Unset): When the files stop being downloadable (7 days after creation), in unix seconds.
        file_urls (list[str] | None | str | Unset): Download links of the CSV files (at most 500,000 rows each), once
            status is succeed; may be an empty string before that.
    """

    task_id: int | str | Unset = UNSET
    status: BillTaskStatus | Unset = UNSET
    started_at: int | Unset = UNSET
    ended_at: int | Unset = UNSET
    created_at: int | Unset = UNSET
    expires_at: int | Unset = UNSET
    file_urls: list[str] | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id: int | str | Unset
        if isinstance(self.task_id, Unset):
            task_id = UNSET
        else:
            task_id = self.task_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        started_at = self.started_at

        ended_at = self.ended_at

        created_at = self.created_at

        expires_at = self.expires_at

        file_urls: list[str] | None | str | Unset
        if isinstance(self.file_urls, Unset):
            file_urls = UNSET
        elif isinstance(self.file_urls, list):
            file_urls = self.file_urls

        else:
            file_urls = self.file_urls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if status is not UNSET:
            field_dict["status"] = status
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if ended_at is not UNSET:
            field_dict["ended_at"] = ended_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if file_urls is not UNSET:
            field_dict["file_urls"] = file_urls

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.started_at = UNSET if (value := get("started_at")) is None else value
        instance.ended_at = UNSET if (value := get("ended_at")) is None else value
        instance.created_at = UNSET if (value := get("created_at")) is None else value
        instance.expires_at = UNSET if (value := get("expires_at")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None or k in ("file_urls",)}

        def _parse_task_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        task_id = _parse_task_id(d.pop("task_id", UNSET))

        _status = d.pop("status", UNSET)
        status: BillTaskStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = BillTaskStatus(_status)

        started_at = d.pop("started_at", UNSET)

        ended_at = d.pop("ended_at", UNSET)

        created_at = d.pop("created_at", UNSET)

        expires_at = d.pop("expires_at", UNSET)

        def _parse_file_urls(data: object) -> list[str] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                file_urls_type_0 = cast(list[str], data)

                return file_urls_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | str | Unset, data)

        file_urls = _parse_file_urls(d.pop("file_urls", UNSET))

        bill_task = cls(
            task_id=task_id,
            status=status,
            started_at=started_at,
            ended_at=ended_at,
            created_at=created_at,
            expires_at=expires_at,
            file_urls=file_urls,
        )

        bill_task.additional_properties = d
        return bill_task

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
