"""The `folders` resource group, sync and async, and its `with_raw_response` twins.

Generated from openapi/coze.yaml by `make gen`; never edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Literal

from .. import operations as _ops
from .._runtime import (
    AsyncRawMethod,
    AsyncRawPagedMethod,
    AsyncRequester,
    RawGroup,
    RawMethod,
    RequestOptions,
    SyncRequester,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .._runtime import AsyncPage, SyncPage
    from ..models import FolderType, SimpleFolder
    from ..types import TimeoutInput

__all__ = ["AsyncFoldersResource", "AsyncRawFoldersResource", "FoldersResource", "RawFoldersResource"]


class FoldersResource:
    """The `folders` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        workspace_id: str,
        folder_type: FolderType | Literal["development", "library"],
        parent_folder_id: str | None = None,
        page_num: int | None = None,
        page_size: int | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> SyncPage[SimpleFolder]:
        """List folders.

        Lists the folders directly under the root of a workspace or under a parent
        folder.

        Args:
            workspace_id: The workspace whose folders are listed.
            folder_type: The kind of folders to list.
            parent_folder_id: List the sub-folders of this folder; the workspace
                root when omitted or 0.
            page_num: Page number, starting at 1 (the server default).
            page_size: Folders per page, at most 50; the server default is 20.
        """
        return self._requester.paginate(
            _ops.FOLDERS_LIST_PAGES,
            {
                "workspace_id": workspace_id,
                "folder_type": folder_type,
                "parent_folder_id": parent_folder_id,
                "page_num": page_num,
                "page_size": page_size,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def retrieve(
        self,
        *,
        folder_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> SimpleFolder:
        """Retrieve a folder.

        Returns one folder of a workspace.

        Args:
            folder_id: The folder to retrieve.
        """
        return self._requester.request(
            _ops.FOLDERS_RETRIEVE,
            {"folder_id": folder_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncFoldersResource:
    """The `folders` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        workspace_id: str,
        folder_type: FolderType | Literal["development", "library"],
        parent_folder_id: str | None = None,
        page_num: int | None = None,
        page_size: int | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> AsyncPage[SimpleFolder]:
        """List folders.

        Lists the folders directly under the root of a workspace or under a parent
        folder.

        Args:
            workspace_id: The workspace whose folders are listed.
            folder_type: The kind of folders to list.
            parent_folder_id: List the sub-folders of this folder; the workspace
                root when omitted or 0.
            page_num: Page number, starting at 1 (the server default).
            page_size: Folders per page, at most 50; the server default is 20.
        """
        return self._requester.paginate(
            _ops.FOLDERS_LIST_PAGES,
            {
                "workspace_id": workspace_id,
                "folder_type": folder_type,
                "parent_folder_id": parent_folder_id,
                "page_num": page_num,
                "page_size": page_size,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def retrieve(
        self,
        *,
        folder_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> SimpleFolder:
        """Retrieve a folder.

        Returns one folder of a workspace.

        Args:
            folder_id: The folder to retrieve.
        """
        return await self._requester.request(
            _ops.FOLDERS_RETRIEVE,
            {"folder_id": folder_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class RawFoldersResource(RawGroup):
    """The `folders` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    list = RawMethod(FoldersResource.list)
    retrieve = RawMethod(FoldersResource.retrieve)


class AsyncRawFoldersResource(RawGroup):
    """The `folders` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    list = AsyncRawPagedMethod(AsyncFoldersResource.list)
    retrieve = AsyncRawMethod(AsyncFoldersResource.retrieve)
