"""The `datasets` resource group, sync and async, and its `with_raw_response` twins.

Generated from openapi/coze.yaml by `make gen`; never edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
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
    from ..models import (
        Dataset,
        DatasetChunkStrategy,
        DatasetDocument,
        DatasetDocumentBase,
        DatasetFormatType,
        DatasetPhoto,
        DatasetsCreateResult,
        DatasetsDeleteResponse,
        DatasetsDocumentsCreateResponse,
        DatasetsDocumentsDeleteResponse,
        DatasetsDocumentsUpdateResponse,
        DatasetsImagesUpdateResponse,
        DatasetsProcessResult,
        DatasetsUpdateResponse,
        DatasetUpdateRule,
    )
    from ..types import TimeoutInput

__all__ = [
    "AsyncDatasetsDocumentsResource",
    "AsyncDatasetsImagesResource",
    "AsyncDatasetsResource",
    "AsyncRawDatasetsDocumentsResource",
    "AsyncRawDatasetsImagesResource",
    "AsyncRawDatasetsResource",
    "DatasetsDocumentsResource",
    "DatasetsImagesResource",
    "DatasetsResource",
    "RawDatasetsDocumentsResource",
    "RawDatasetsImagesResource",
    "RawDatasetsResource",
]


class DatasetsImagesResource:
    """The `datasets.images` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        dataset_id: str,
        page_num: int | None = None,
        page_size: int | None = None,
        keyword: str | None = None,
        has_caption: bool | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> SyncPage[DatasetPhoto]:
        """List images of a knowledge base.

        Lists the images in an image knowledge base, optionally filtered by caption.

        Args:
            dataset_id: The image knowledge base.
            page_num: Page number, starting at 1 (the server default).
            page_size: Images per page, 1 to 299; the server default is 10.
            keyword: Only return images whose caption contains this text.
            has_caption: Only return images with (true) or without (false) a
                caption.
        """
        return self._requester.paginate(
            _ops.DATASETS_IMAGES_LIST_PAGES,
            {
                "dataset_id": dataset_id,
                "page_num": page_num,
                "page_size": page_size,
                "keyword": keyword,
                "has_caption": has_caption,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def update(
        self,
        *,
        dataset_id: str,
        document_id: str,
        caption: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> DatasetsImagesUpdateResponse:
        """Update an image caption.

        Sets the caption of one image in an image knowledge base.

        Args:
            dataset_id: The image knowledge base.
            document_id: The image whose caption is set.
            caption: The image's new caption.
        """
        return self._requester.request(
            _ops.DATASETS_IMAGES_UPDATE,
            {"dataset_id": dataset_id, "document_id": document_id, "caption": caption},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncDatasetsImagesResource:
    """The `datasets.images` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        dataset_id: str,
        page_num: int | None = None,
        page_size: int | None = None,
        keyword: str | None = None,
        has_caption: bool | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> AsyncPage[DatasetPhoto]:
        """List images of a knowledge base.

        Lists the images in an image knowledge base, optionally filtered by caption.

        Args:
            dataset_id: The image knowledge base.
            page_num: Page number, starting at 1 (the server default).
            page_size: Images per page, 1 to 299; the server default is 10.
            keyword: Only return images whose caption contains this text.
            has_caption: Only return images with (true) or without (false) a
                caption.
        """
        return self._requester.paginate(
            _ops.DATASETS_IMAGES_LIST_PAGES,
            {
                "dataset_id": dataset_id,
                "page_num": page_num,
                "page_size": page_size,
                "keyword": keyword,
                "has_caption": has_caption,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def update(
        self,
        *,
        dataset_id: str,
        document_id: str,
        caption: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> DatasetsImagesUpdateResponse:
        """Update an image caption.

        Sets the caption of one image in an image knowledge base.

        Args:
            dataset_id: The image knowledge base.
            document_id: The image whose caption is set.
            caption: The image's new caption.
        """
        return await self._requester.request(
            _ops.DATASETS_IMAGES_UPDATE,
            {"dataset_id": dataset_id, "document_id": document_id, "caption": caption},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class DatasetsDocumentsResource:
    """The `datasets.documents` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def create(
        self,
        *,
        dataset_id: str,
        document_bases: Sequence[DatasetDocumentBase | Mapping[str, object]],
        format_type: DatasetFormatType | Literal[0, 1, 2] = 0,
        chunk_strategy: DatasetChunkStrategy | Mapping[str, object] | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> DatasetsDocumentsCreateResponse:
        """Add files to a knowledge base.

        Adds up to 10 files to a knowledge base you own, as base64 local files or web
        pages (text) or as uploaded file ids (images); one upload method per request.

        Args:
            dataset_id: The knowledge base to add the files to.
            document_bases: The files to add, at most 10 (one for table knowledge
                bases), all with the same upload method.
            chunk_strategy: How to chunk (text) or caption (images) the new files;
                give it on the first upload to a knowledge base, later uploads keep
                those rules.
            format_type: Kind of the files; 0 text or 2 images. The SDK sends 0
                unless told otherwise.
        """
        return self._requester.request(
            _ops.DATASETS_DOCUMENTS_CREATE,
            {
                "dataset_id": dataset_id,
                "document_bases": document_bases,
                "chunk_strategy": chunk_strategy,
                "format_type": format_type,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def update(
        self,
        *,
        document_id: str,
        document_name: str | None = None,
        update_rule: DatasetUpdateRule | Mapping[str, object] | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> DatasetsDocumentsUpdateResponse:
        """Update a knowledge base file.

        Renames a file in a knowledge base and changes how often an added web page is
        refreshed.

        Args:
            document_id: The file to update.
            document_name: New name of the file.
            update_rule: New refresh policy, for files added from a web page.
        """
        return self._requester.request(
            _ops.DATASETS_DOCUMENTS_UPDATE,
            {"document_id": document_id, "document_name": document_name, "update_rule": update_rule},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def delete(
        self,
        *,
        document_ids: Sequence[str],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> DatasetsDocumentsDeleteResponse:
        """Delete knowledge base files.

        Deletes up to 100 files (text, table or image) from a knowledge base you own.

        Args:
            document_ids: Ids of the files to delete, at most 100.
        """
        return self._requester.request(
            _ops.DATASETS_DOCUMENTS_DELETE,
            {"document_ids": document_ids},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def list(
        self,
        *,
        dataset_id: str,
        page: int | None = None,
        size: int | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> SyncPage[DatasetDocument]:
        """List knowledge base files.

        Lists the files (documents, tables or images) of a knowledge base.

        Args:
            dataset_id: The knowledge base whose files are listed.
            page: Page number, starting at 1 (the server default).
            size: Files per page; the server default is 10.
        """
        return self._requester.paginate(
            _ops.DATASETS_DOCUMENTS_LIST_PAGES,
            {"dataset_id": dataset_id, "page": page, "size": size},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncDatasetsDocumentsResource:
    """The `datasets.documents` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def create(
        self,
        *,
        dataset_id: str,
        document_bases: Sequence[DatasetDocumentBase | Mapping[str, object]],
        format_type: DatasetFormatType | Literal[0, 1, 2] = 0,
        chunk_strategy: DatasetChunkStrategy | Mapping[str, object] | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> DatasetsDocumentsCreateResponse:
        """Add files to a knowledge base.

        Adds up to 10 files to a knowledge base you own, as base64 local files or web
        pages (text) or as uploaded file ids (images); one upload method per request.

        Args:
            dataset_id: The knowledge base to add the files to.
            document_bases: The files to add, at most 10 (one for table knowledge
                bases), all with the same upload method.
            chunk_strategy: How to chunk (text) or caption (images) the new files;
                give it on the first upload to a knowledge base, later uploads keep
                those rules.
            format_type: Kind of the files; 0 text or 2 images. The SDK sends 0
                unless told otherwise.
        """
        return await self._requester.request(
            _ops.DATASETS_DOCUMENTS_CREATE,
            {
                "dataset_id": dataset_id,
                "document_bases": document_bases,
                "chunk_strategy": chunk_strategy,
                "format_type": format_type,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def update(
        self,
        *,
        document_id: str,
        document_name: str | None = None,
        update_rule: DatasetUpdateRule | Mapping[str, object] | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> DatasetsDocumentsUpdateResponse:
        """Update a knowledge base file.

        Renames a file in a knowledge base and changes how often an added web page is
        refreshed.

        Args:
            document_id: The file to update.
            document_name: New name of the file.
            update_rule: New refresh policy, for files added from a web page.
        """
        return await self._requester.request(
            _ops.DATASETS_DOCUMENTS_UPDATE,
            {"document_id": document_id, "document_name": document_name, "update_rule": update_rule},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def delete(
        self,
        *,
        document_ids: Sequence[str],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> DatasetsDocumentsDeleteResponse:
        """Delete knowledge base files.

        Deletes up to 100 files (text, table or image) from a knowledge base you own.

        Args:
            document_ids: Ids of the files to delete, at most 100.
        """
        return await self._requester.request(
            _ops.DATASETS_DOCUMENTS_DELETE,
            {"document_ids": document_ids},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def list(
        self,
        *,
        dataset_id: str,
        page: int | None = None,
        size: int | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> AsyncPage[DatasetDocument]:
        """List knowledge base files.

        Lists the files (documents, tables or images) of a knowledge base.

        Args:
            dataset_id: The knowledge base whose files are listed.
            page: Page number, starting at 1 (the server default).
            size: Files per page; the server default is 10.
        """
        return self._requester.paginate(
            _ops.DATASETS_DOCUMENTS_LIST_PAGES,
            {"dataset_id": dataset_id, "page": page, "size": size},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class DatasetsResource:
    """The `datasets` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    @cached_property
    def images(self) -> DatasetsImagesResource:
        """The `datasets.images` resource group."""
        return DatasetsImagesResource(self._requester)

    @cached_property
    def documents(self) -> DatasetsDocumentsResource:
        """The `datasets.documents` resource group."""
        return DatasetsDocumentsResource(self._requester)

    def list(
        self,
        *,
        space_id: str,
        name: str | None = None,
        format_type: DatasetFormatType | Literal[0, 1, 2] | None = None,
        page_num: int | None = None,
        page_size: int | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> SyncPage[Dataset]:
        """List knowledge bases.

        Lists the knowledge bases in a workspace's library, whoever owns them,
        optionally filtered by name and type.

        Args:
            space_id: The workspace whose knowledge bases are listed.
            name: Only return knowledge bases whose name matches this text (fuzzy
                match).
            format_type: Only return knowledge bases of this type.
            page_num: Page number, starting at 1 (the server default).
            page_size: Knowledge bases per page, 1 to 300; the server default is 10.
        """
        return self._requester.paginate(
            _ops.DATASETS_LIST_PAGES,
            {
                "space_id": space_id,
                "name": name,
                "format_type": format_type,
                "page_num": page_num,
                "page_size": page_size,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def create(
        self,
        *,
        name: str,
        space_id: str,
        format_type: DatasetFormatType | Literal[0, 1, 2],
        description: str | None = None,
        file_id: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> DatasetsCreateResult:
        """Create a knowledge base.

        Creates an empty text or image knowledge base in a workspace; add files to it
        with datasets.documents.create.

        Args:
            name: Name of the knowledge base, at most 100 characters.
            space_id: The workspace to create the knowledge base in.
            format_type: Kind of knowledge base; 0 text or 2 images (tables cannot
                be created through the API).
            description: Description of the knowledge base.
            file_id: Id of an image uploaded with files.upload, used as the icon.
        """
        return self._requester.request(
            _ops.DATASETS_CREATE,
            {
                "name": name,
                "space_id": space_id,
                "format_type": format_type,
                "description": description,
                "file_id": file_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def update(
        self,
        *,
        dataset_id: str,
        name: str,
        file_id: str | None = None,
        description: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> DatasetsUpdateResponse:
        """Update a knowledge base.

        Replaces the name, icon and description of a knowledge base you own; fields left
        out are reset to their defaults.

        Args:
            dataset_id: The knowledge base to update.
            name: New name, at most 100 characters.
            file_id: Id of an image uploaded with files.upload, used as the icon;
                left out, the icon is reset to the default.
            description: New description; left out, the description is cleared.
        """
        return self._requester.request(
            _ops.DATASETS_UPDATE,
            {"dataset_id": dataset_id, "name": name, "file_id": file_id, "description": description},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def delete(
        self,
        *,
        dataset_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> DatasetsDeleteResponse:
        """Delete a knowledge base.

        Deletes a knowledge base with all its files and unbinds it from every bot that
        uses it.

        Args:
            dataset_id: The knowledge base to delete; members may delete their own,
                workspace admins any.
        """
        return self._requester.request(
            _ops.DATASETS_DELETE,
            {"dataset_id": dataset_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def process(
        self,
        *,
        dataset_id: str,
        document_ids: Sequence[str],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> DatasetsProcessResult:
        """Get file processing progress.

        Reports how far the server has got in processing files uploaded to one knowledge
        base.

        Args:
            dataset_id: The knowledge base holding the files.
            document_ids: Ids of the files to report on, all in the same knowledge
                base.
        """
        return self._requester.request(
            _ops.DATASETS_PROCESS,
            {"dataset_id": dataset_id, "document_ids": document_ids},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncDatasetsResource:
    """The `datasets` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def images(self) -> AsyncDatasetsImagesResource:
        """The `datasets.images` resource group."""
        return AsyncDatasetsImagesResource(self._requester)

    @cached_property
    def documents(self) -> AsyncDatasetsDocumentsResource:
        """The `datasets.documents` resource group."""
        return AsyncDatasetsDocumentsResource(self._requester)

    def list(
        self,
        *,
        space_id: str,
        name: str | None = None,
        format_type: DatasetFormatType | Literal[0, 1, 2] | None = None,
        page_num: int | None = None,
        page_size: int | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> AsyncPage[Dataset]:
        """List knowledge bases.

        Lists the knowledge bases in a workspace's library, whoever owns them,
        optionally filtered by name and type.

        Args:
            space_id: The workspace whose knowledge bases are listed.
            name: Only return knowledge bases whose name matches this text (fuzzy
                match).
            format_type: Only return knowledge bases of this type.
            page_num: Page number, starting at 1 (the server default).
            page_size: Knowledge bases per page, 1 to 300; the server default is 10.
        """
        return self._requester.paginate(
            _ops.DATASETS_LIST_PAGES,
            {
                "space_id": space_id,
                "name": name,
                "format_type": format_type,
                "page_num": page_num,
                "page_size": page_size,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def create(
        self,
        *,
        name: str,
        space_id: str,
        format_type: DatasetFormatType | Literal[0, 1, 2],
        description: str | None = None,
        file_id: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> DatasetsCreateResult:
        """Create a knowledge base.

        Creates an empty text or image knowledge base in a workspace; add files to it
        with datasets.documents.create.

        Args:
            name: Name of the knowledge base, at most 100 characters.
            space_id: The workspace to create the knowledge base in.
            format_type: Kind of knowledge base; 0 text or 2 images (tables cannot
                be created through the API).
            description: Description of the knowledge base.
            file_id: Id of an image uploaded with files.upload, used as the icon.
        """
        return await self._requester.request(
            _ops.DATASETS_CREATE,
            {
                "name": name,
                "space_id": space_id,
                "format_type": format_type,
                "description": description,
                "file_id": file_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def update(
        self,
        *,
        dataset_id: str,
        name: str,
        file_id: str | None = None,
        description: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> DatasetsUpdateResponse:
        """Update a knowledge base.

        Replaces the name, icon and description of a knowledge base you own; fields left
        out are reset to their defaults.

        Args:
            dataset_id: The knowledge base to update.
            name: New name, at most 100 characters.
            file_id: Id of an image uploaded with files.upload, used as the icon;
                left out, the icon is reset to the default.
            description: New description; left out, the description is cleared.
        """
        return await self._requester.request(
            _ops.DATASETS_UPDATE,
            {"dataset_id": dataset_id, "name": name, "file_id": file_id, "description": description},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def delete(
        self,
        *,
        dataset_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> DatasetsDeleteResponse:
        """Delete a knowledge base.

        Deletes a knowledge base with all its files and unbinds it from every bot that
        uses it.

        Args:
            dataset_id: The knowledge base to delete; members may delete their own,
                workspace admins any.
        """
        return await self._requester.request(
            _ops.DATASETS_DELETE,
            {"dataset_id": dataset_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def process(
        self,
        *,
        dataset_id: str,
        document_ids: Sequence[str],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> DatasetsProcessResult:
        """Get file processing progress.

        Reports how far the server has got in processing files uploaded to one knowledge
        base.

        Args:
            dataset_id: The knowledge base holding the files.
            document_ids: Ids of the files to report on, all in the same knowledge
                base.
        """
        return await self._requester.request(
            _ops.DATASETS_PROCESS,
            {"dataset_id": dataset_id, "document_ids": document_ids},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class RawDatasetsImagesResource(RawGroup):
    """The `datasets.images` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    list = RawMethod(DatasetsImagesResource.list)
    update = RawMethod(DatasetsImagesResource.update)


class AsyncRawDatasetsImagesResource(RawGroup):
    """The `datasets.images` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    list = AsyncRawPagedMethod(AsyncDatasetsImagesResource.list)
    update = AsyncRawMethod(AsyncDatasetsImagesResource.update)


class RawDatasetsDocumentsResource(RawGroup):
    """The `datasets.documents` methods, each returning the raw HTTP answer (a
    `RawResponse`).
    """

    create = RawMethod(DatasetsDocumentsResource.create)
    update = RawMethod(DatasetsDocumentsResource.update)
    delete = RawMethod(DatasetsDocumentsResource.delete)
    list = RawMethod(DatasetsDocumentsResource.list)


class AsyncRawDatasetsDocumentsResource(RawGroup):
    """The `datasets.documents` methods, each returning the raw HTTP answer (a
    `RawResponse`).
    """

    create = AsyncRawMethod(AsyncDatasetsDocumentsResource.create)
    update = AsyncRawMethod(AsyncDatasetsDocumentsResource.update)
    delete = AsyncRawMethod(AsyncDatasetsDocumentsResource.delete)
    list = AsyncRawPagedMethod(AsyncDatasetsDocumentsResource.list)


class RawDatasetsResource(RawGroup):
    """The `datasets` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    @cached_property
    def images(self) -> RawDatasetsImagesResource:
        return RawDatasetsImagesResource(self._resource.images)

    @cached_property
    def documents(self) -> RawDatasetsDocumentsResource:
        return RawDatasetsDocumentsResource(self._resource.documents)

    list = RawMethod(DatasetsResource.list)
    create = RawMethod(DatasetsResource.create)
    update = RawMethod(DatasetsResource.update)
    delete = RawMethod(DatasetsResource.delete)
    process = RawMethod(DatasetsResource.process)


class AsyncRawDatasetsResource(RawGroup):
    """The `datasets` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    @cached_property
    def images(self) -> AsyncRawDatasetsImagesResource:
        return AsyncRawDatasetsImagesResource(self._resource.images)

    @cached_property
    def documents(self) -> AsyncRawDatasetsDocumentsResource:
        return AsyncRawDatasetsDocumentsResource(self._resource.documents)

    list = AsyncRawPagedMethod(AsyncDatasetsResource.list)
    create = AsyncRawMethod(AsyncDatasetsResource.create)
    update = AsyncRawMethod(AsyncDatasetsResource.update)
    delete = AsyncRawMethod(AsyncDatasetsResource.delete)
    process = AsyncRawMethod(AsyncDatasetsResource.process)
