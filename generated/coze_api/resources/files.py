"""The `files` resource group, sync and async, and its `with_raw_response` twins.

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
    from ..models import File
    from ..types import FileInput, TimeoutInput

__all__ = ["AsyncFilesResource", "AsyncRawFilesResource", "FilesResource", "RawFilesResource"]


class FilesResource:
    """The `files` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def upload(
        self,
        *,
        file: FileInput,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> File:
        """Upload a file.

        Uploads a local file (at most 512 MB) so that chats, workflows and knowledge
        bases can refer to it by its file id; files are kept for three months.

        Args:
            file: The file's content; the multipart part's filename becomes the file
                name.
        """
        return self._requester.request(
            _ops.FILES_UPLOAD,
            {"file": file},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def retrieve(
        self,
        *,
        file_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> File:
        """Retrieve a file.

        Returns the metadata of a file uploaded earlier; the content itself cannot be
        downloaded.

        Args:
            file_id: The id returned by files.upload.
        """
        return self._requester.request(
            _ops.FILES_RETRIEVE,
            {"file_id": file_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncFilesResource:
    """The `files` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def upload(
        self,
        *,
        file: FileInput,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> File:
        """Upload a file.

        Uploads a local file (at most 512 MB) so that chats, workflows and knowledge
        bases can refer to it by its file id; files are kept for three months.

        Args:
            file: The file's content; the multipart part's filename becomes the file
                name.
        """
        return await self._requester.request(
            _ops.FILES_UPLOAD,
            {"file": file},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def retrieve(
        self,
        *,
        file_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> File:
        """Retrieve a file.

        Returns the metadata of a file uploaded earlier; the content itself cannot be
        downloaded.

        Args:
            file_id: The id returned by files.upload.
        """
        return await self._requester.request(
            _ops.FILES_RETRIEVE,
            {"file_id": file_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class RawFilesResource(RawGroup):
    """The `files` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    upload = RawMethod(FilesResource.upload)
    retrieve = RawMethod(FilesResource.retrieve)


class AsyncRawFilesResource(RawGroup):
    """The `files` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    upload = AsyncRawMethod(AsyncFilesResource.upload)
    retrieve = AsyncRawMethod(AsyncFilesResource.retrieve)
