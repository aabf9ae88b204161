"""Knowledge bases: page arguments, the icon, and cozepy's older `knowledge` group."""

from coze_ext import Coze
from coze_ext.types import DatasetChunkStrategy, DatasetSourceInfo, DatasetUpdateRule, DatasetDocumentBase
import base64

coze = Coze(token="pat_example")
dataset = coze.datasets.create(name="docs", space_id="w", format_type=0, file_id="f")
documents = coze.datasets.documents.list(dataset_id=dataset.dataset_id, page=1, size=20)
older = coze.datasets.documents.list(dataset_id=dataset.dataset_id, page=2)
coze.datasets.documents.delete(document_ids=["1"])
coze.datasets.documents.create(dataset_id=dataset.dataset_id, document_bases=[])
coze.datasets.documents.create(
    dataset_id=dataset.dataset_id,
    document_bases=[
        DatasetDocumentBase(name="notes", source_info=DatasetSourceInfo(file_base64=base64.b64encode("Remember the milk".encode("utf-8")).decode("ascii"), file_type="txt")),
        DatasetDocumentBase(name="csv", source_info=DatasetSourceInfo(file_base64=base64.b64encode("a,b".encode("utf-8")).decode("ascii"), file_type="csv")),
        DatasetDocumentBase(
            name="site",
            source_info=DatasetSourceInfo(web_url="https://example.com", document_source=1),
            update_rule=DatasetUpdateRule(update_type=1, update_interval=24),
        ),
        DatasetDocumentBase(
            name="upload",
            source_info=DatasetSourceInfo(source_file_id="7400000000000000005", document_source=5),
            update_rule=DatasetUpdateRule(update_type=0, update_interval=24),
        ),
    ],
    chunk_strategy=DatasetChunkStrategy(chunk_type=1, max_tokens=800, separator="\n", remove_extra_spaces=False, remove_urls_emails=False),
)
auto = DatasetChunkStrategy(chunk_type=0)
coze.datasets.documents.update(document_id="1", document_name="renamed")
coze.datasets.update(dataset_id=dataset.dataset_id, name="docs", file_id="f")
coze.api_apps.delete(api_app_id="a")
app = coze.api_apps.update(api_app_id="a", name="renamed")
