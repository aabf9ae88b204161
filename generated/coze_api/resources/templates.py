"""The `templates` resource group, sync and async, and its `with_raw_response` twins.

Generated from openapi/coze.yaml by `make gen`; never edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from .. import operations as _ops
from .._runtime import (
    AsyncRawMethod,
    AsyncRequester,
    RawGroup,
    RawMethod,
    RequestOptions,
    SyncRequester,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models import TemplateDuplicateResult
    from ..types import TimeoutInput

__all__ = ["AsyncRawTemplatesResource", "AsyncTemplatesResource", "RawTemplatesResource", "TemplatesResource"]


class TemplatesResource:
    """The `templates` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def duplicate(
        self,
        *,
        template_id: str,
        workspace_id: str,
        name: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> TemplateDuplicateResult:
        """Duplicate a template.

        Copies a template into a workspace and returns the id of the entity it created.

        Args:
            template_id: The template to copy.
            workspace_id: The workspace to copy the template into.
            name: Name of the copy; the template's name when omitted.
        """
        return self._requester.request(
            _ops.TEMPLATES_DUPLICATE,
            {"template_id": template_id, "workspace_id": workspace_id, "name": name},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncTemplatesResource:
    """The `templates` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def duplicate(
        self,
        *,
        template_id: str,
        workspace_id: str,
        name: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> TemplateDuplicateResult:
        """Duplicate a template.

        Copies a template into a workspace and returns the id of the entity it created.

        Args:
            template_id: The template to copy.
            workspace_id: The workspace to copy the template into.
            name: Name of the copy; the template's name when omitted.
        """
        return await self._requester.request(
            _ops.TEMPLATES_DUPLICATE,
            {"template_id": template_id, "workspace_id": workspace_id, "name": name},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class RawTemplatesResource(RawGroup):
    """The `templates` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    duplicate = RawMethod(TemplatesResource.duplicate)


class AsyncRawTemplatesResource(RawGroup):
    """The `templates` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    duplicate = AsyncRawMethod(AsyncTemplatesResource.duplicate)
