"""Knowledge bases: page arguments, the icon, and cozepy's older `knowledge` group."""

from coze_ext import Coze

coze = Coze(token="pat_example")
dataset = coze.datasets.create(name="docs", space_id="w", format_type=0, file_id="f")
documents = coze.datasets.documents.list(dataset_id=dataset.dataset_id, page=1, size=20)
older = coze.datasets.documents.list(dataset_id=dataset.dataset_id, page=2)
coze.datasets.documents.delete(document_ids=["1"])
coze.datasets.documents.create(dataset_id=dataset.dataset_id, document_bases=[])
coze.datasets.documents.update(document_id="1", document_name="renamed")
coze.datasets.update(dataset_id=dataset.dataset_id, name="docs", file_id="f")
coze.api_apps.delete(api_app_id="a")
app = coze.api_apps.update(api_app_id="a", name="renamed")
