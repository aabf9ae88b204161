"""Knowledge bases: page arguments, the icon, and cozepy's older `knowledge` group."""

from cozepy import Coze, TokenAuth

coze = Coze(auth=TokenAuth("pat_example"))
dataset = coze.datasets.create(name="docs", space_id="w", format_type=0, icon_file_id="f")
documents = coze.datasets.documents.list(dataset_id=dataset.dataset_id, page_num=1, page_size=20)
older = coze.knowledge.documents.list(dataset_id=dataset.dataset_id, page_num=2)
coze.knowledge.documents.delete(document_ids=["1"])
coze.knowledge.documents.create(dataset_id=dataset.dataset_id, document_bases=[])
coze.knowledge.documents.update(document_id="1", document_name="renamed")
coze.datasets.update(dataset_id=dataset.dataset_id, name="docs", icon_file_id="f")
coze.api_apps.delete(app_id="a")
app = coze.api_apps.update(app_id="a", name="renamed")
