"""Knowledge bases: page arguments, the icon, and cozepy's older `knowledge` group."""

from cozepy import Coze, DocumentBase, DocumentChunkStrategy, DocumentSourceInfo, DocumentUpdateRule, TokenAuth

coze = Coze(auth=TokenAuth("pat_example"))
dataset = coze.datasets.create(name="docs", space_id="w", format_type=0, icon_file_id="f")
documents = coze.datasets.documents.list(dataset_id=dataset.dataset_id, page_num=1, page_size=20)
older = coze.knowledge.documents.list(dataset_id=dataset.dataset_id, page_num=2)
coze.knowledge.documents.delete(document_ids=["1"])
coze.knowledge.documents.create(dataset_id=dataset.dataset_id, document_bases=[])
coze.datasets.documents.create(
    dataset_id=dataset.dataset_id,
    document_bases=[
        DocumentBase(name="notes", source_info=DocumentSourceInfo.build_local_file("Remember the milk")),
        DocumentBase(name="csv", source_info=DocumentSourceInfo.build_local_file("a,b", file_type="csv")),
        DocumentBase(
            name="site",
            source_info=DocumentSourceInfo.build_web_page("https://example.com"),
            update_rule=DocumentUpdateRule.build_auto_update(24),
        ),
        DocumentBase(
            name="upload",
            source_info=DocumentSourceInfo.build_file_id("7400000000000000005"),
            update_rule=DocumentUpdateRule.build_no_auto_update(),
        ),
    ],
    chunk_strategy=DocumentChunkStrategy.build_custom(800, "\n"),
)
auto = DocumentChunkStrategy.build_auto()
coze.knowledge.documents.update(document_id="1", document_name="renamed")
coze.datasets.update(dataset_id=dataset.dataset_id, name="docs", icon_file_id="f")
coze.api_apps.delete(app_id="a")
app = coze.api_apps.update(app_id="a", name="renamed")
