"""Files and knowledge bases: upload a file, create a dataset, add and list documents."""

from __future__ import annotations

import tempfile
from pathlib import Path

from _env import DATASET_ID, WORKSPACE_ID

from coze_ext import Coze
from coze_ext.types import DatasetFormatType


def main() -> None:
    with Coze() as coze, tempfile.TemporaryDirectory() as folder:
        notes = Path(folder) / "茶の覚え書き.txt"  # non-ASCII names round-trip
        notes.write_text("Green tea: 80 C, 2 minutes.\n", encoding="utf-8")
        uploaded = coze.files.upload(file=notes)  # streamed from disk; also bytes or a file object
        print(f"uploaded {uploaded.file_name} as {uploaded.id} ({uploaded.bytes} bytes)")
        print(f"retrieved {coze.files.retrieve(file_id=uploaded.id).file_name}")

        dataset = coze.datasets.create(name="Tea notes", space_id=WORKSPACE_ID, format_type=DatasetFormatType.DOCUMENT)
        print(f"dataset {dataset.dataset_id}")
        documents = coze.datasets.documents.create(
            dataset_id=DATASET_ID,
            # document_source 5: a file uploaded with files.upload
            document_bases=[
                {"name": "notes.txt", "source_info": {"source_file_id": uploaded.id, "document_source": 5}}
            ],
            chunk_strategy={"chunk_type": 0},  # automatic chunking; format_type defaults to text documents
        )
        ids = [document.document_id for document in documents.document_infos or []]
        for progress in coze.datasets.process(dataset_id=DATASET_ID, document_ids=ids).data or []:
            print(f"  document {progress.document_id}: {progress.progress}%")
        for document in coze.datasets.documents.list(dataset_id=DATASET_ID):
            print(f"  listed document {document.document_id}: {document.name}")
        for found in coze.datasets.list(space_id=WORKSPACE_ID):
            print(f"dataset {found.dataset_id}: {found.name}")
        for photo in coze.datasets.images.list(dataset_id=DATASET_ID):
            print(f"  image {photo.document_id}: {photo.caption}")


if __name__ == "__main__":
    main()
