from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflows_runs_create_request_ext import WorkflowsRunsCreateRequestExt
    from ..models.workflows_runs_create_request_parameters import WorkflowsRunsCreateRequestParameters


T = TypeVar("T", bound="WorkflowsRunsCreateRequest")


@_attrs_define(repr=False)
class WorkflowsRunsCreateRequest(CozeModel):
    """Body of workflows_runs_create.

    Attributes:
        workflow_id (str): The published workflow to run.
        parameters (WorkflowsRunsCreateRequestParameters | Unset): Values of the start node's inputs by name; files as a
            URL or as a JSON string with a file_id.
        bot_id (str | Unset): Bot to run the workflow for, needed by workflows with database or variable nodes; not
            together with app_id (error 4000).
        app_id (str | Unset): The app the workflow belongs to, only for workflows of an app.
        is_async (bool | Unset): Start the run and return at once with an execute_id (paid plans only, server default
            false).
        ext (WorkflowsRunsCreateRequestExt | Unset): Extra values some plugins read; supported keys are latitude,
            longitude and user_id.
        workflow_version (str | Unset): Version of a library workflow to run (server default the latest).
        connector_id (str | Unset): Channel to run on, such as 1024 for the API (server default 1024).
    """

    workflow_id: str
    parameters: WorkflowsRunsCreateRequestParameters | Unset = UNSET
    bot_id: str | Unset = UNSET
    app_id: str | Unset = UNSET
    is_async: bool | Unset = UNSET
    ext: WorkflowsRunsCreateRequestExt | Unset = UNSET
    workflow_version: str | Unset = UNSET
    connector_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow_id = self.workflow_id

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        bot_id = self.bot_id

        app_id = self.app_id

        is_async = self.is_async

        ext: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ext, Unset):
            ext = self.ext.to_dict()

        workflow_version = self.workflow_version

        connector_id = self.connector_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_id": workflow_id,
            }
        )
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if bot_id is not UNSET:
            field_dict["bot_id"] = bot_id
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if is_async is not UNSET:
            field_dict["is_async"] = is_async
        if ext is not UNSET:
            field_dict["ext"] = ext
        if workflow_version is not UNSET:
            field_dict["workflow_version"] = workflow_version
        if connector_id is not UNSET:
            field_dict["connector_id"] = connector_id

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.workflow_id = get("workflow_id")
        instance.bot_id = UNSET if (value := get("bot_id")) is None else value
        instance.app_id = UNSET if (value := get("app_id")) is None else value
        instance.is_async = UNSET if (value := get("is_async")) is None else value
        instance.workflow_version = UNSET if (value := get("workflow_version")) is None else value
        instance.connector_id = UNSET if (value := get("connector_id")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflows_runs_create_request_ext import WorkflowsRunsCreateRequestExt  # noqa: PLC0415
        from ..models.workflows_runs_create_request_parameters import WorkflowsRunsCreateRequestParameters  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _workflow_id_raw = d.pop("workflow_id", None)
        workflow_id = _workflow_id_raw

        _parameters = d.pop("parameters", UNSET)
        parameters: WorkflowsRunsCreateRequestParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = WorkflowsRunsCreateRequestParameters.from_dict(_parameters)

        bot_id = d.pop("bot_id", UNSET)

        app_id = d.pop("app_id", UNSET)

        is_async = d.pop("is_async", UNSET)

        _ext = d.pop("ext", UNSET)
        ext: WorkflowsRunsCreateRequestExt | Unset
        if isinstance(_ext, Unset):
            ext = UNSET
        else:
            ext = WorkflowsRunsCreateRequestExt.from_dict(_ext)

        workflow_version = d.pop("workflow_version", UNSET)

        connector_id = d.pop("connector_id", UNSET)

        workflows_runs_create_request = cls(
            workflow_id=workflow_id,
            parameters=parameters,
            bot_id=bot_id,
            app_id=app_id,
            is_async=is_async,
            ext=ext,
            workflow_version=workflow_version,
            connector_id=connector_id,
        )

        workflows_runs_create_request.additional_properties = d
        return workflows_runs_create_request

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
