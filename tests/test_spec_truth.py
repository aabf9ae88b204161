"""What the spec tells the SDK to send is what the server wants (a differential check against
the API reference and the official SDK), checked on the wire by the emulator, which refuses
requests that break the spec with HTTP 400."""

from __future__ import annotations

import httpx
import pytest
from runtime_support import resolve

from coze_ext import AsyncCoze, Coze, NotFoundError
from coze_ext.testing import CozeEmulator

MODES = ["sync", "async"]


def client(emulator: CozeEmulator, mode: str) -> Coze | AsyncCoze:
    cls = Coze if mode == "sync" else AsyncCoze
    return cls(token=emulator.token, base_url=emulator.base_url, max_retries=0)


@pytest.mark.parametrize("mode", MODES)
async def test_workflows_list_sends_the_page_number_the_api_requires(mode: str, emulator: CozeEmulator) -> None:
    coze = client(emulator, mode)
    # The server requires page_num: the SDK sends 1 unless told otherwise, as cozepy does.
    await resolve(coze.with_raw_response.workflows.list(workspace_id="7400000000000000001"))
    assert emulator.requests[-1].query["page_num"] == "1"
    await resolve(coze.with_raw_response.workflows.list(workspace_id="7400000000000000001", page_num=3))
    assert emulator.requests[-1].query["page_num"] == "3"
    # The emulator, like Coze, refuses a list without it.
    answer = httpx.get(
        f"{emulator.base_url}/v1/workflows",
        params={"workspace_id": "7400000000000000001"},
        headers={"Authorization": f"Bearer {emulator.token}"},
    )
    assert answer.status_code == 400 and "page_num" in answer.json()["msg"]


@pytest.mark.parametrize("mode", MODES)
async def test_adding_documents_sends_a_format_type_and_the_chunk_strategy_given(
    mode: str, emulator: CozeEmulator
) -> None:
    coze = client(emulator, mode)
    bases = [{"name": "notes.txt", "source_info": {"source_file_id": "7400000000000000009", "document_source": 5}}]
    # format_type, which the server requires, is sent as 0 (text documents) unless told otherwise;
    # chunk_strategy is left out (the knowledge base keeps the rules of its first upload).
    await resolve(coze.datasets.documents.create(dataset_id="7400000000000000004", document_bases=bases))
    sent = emulator.requests[-1].json
    assert sent["format_type"] == 0 and "chunk_strategy" not in sent
    await resolve(
        coze.datasets.documents.create(
            dataset_id="7400000000000000004", document_bases=bases, chunk_strategy={"chunk_type": 0}, format_type=2
        )
    )
    sent = emulator.requests[-1].json
    assert sent["chunk_strategy"] == {"chunk_type": 0} and sent["format_type"] == 2


@pytest.mark.parametrize("mode", MODES)
async def test_publishing_a_bot_sends_the_api_channel_unless_told_otherwise(mode: str, emulator: CozeEmulator) -> None:
    coze = client(emulator, mode)
    await resolve(coze.bots.publish(bot_id="b"))
    assert emulator.requests[-1].json == {"bot_id": "b", "connector_ids": ["1024"]}
    await resolve(coze.bots.publish(bot_id="b", connector_ids=["999"]))
    assert emulator.requests[-1].json == {"bot_id": "b", "connector_ids": ["999"]}


@pytest.mark.parametrize("mode", MODES)
async def test_a_voiceprint_update_without_a_file_is_still_multipart(mode: str, emulator: CozeEmulator) -> None:
    coze = client(emulator, mode)
    await resolve(coze.audio.voiceprint_groups.features.update(group_id="g1", feature_id="f1", name="Alice"))
    request = emulator.requests[-1]
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert b'Content-Disposition: form-data; name="name"\r\n\r\nAlice\r\n' in request.body


@pytest.mark.parametrize("mode", MODES)
async def test_submit_tool_outputs_sends_only_documented_fields(mode: str, emulator: CozeEmulator) -> None:
    coze = client(emulator, mode)
    ids = {"conversation_id": "7400000000000000001", "chat_id": "7400000000000000002"}
    outputs = [{"tool_call_id": "call_1", "output": "sunny"}]
    with pytest.raises(NotFoundError):  # the emulator knows no such chat; the request is what counts
        await resolve(coze.chat.submit_tool_outputs(**ids, tool_outputs=outputs))
    assert emulator.requests[-1].json == {"tool_outputs": outputs}
    with pytest.raises(TypeError, match="auto_save_history"):
        coze.chat.submit_tool_outputs(**ids, tool_outputs=outputs, auto_save_history=True)  # type: ignore[call-arg]
