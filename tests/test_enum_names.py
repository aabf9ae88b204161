"""Integer enums have named members, the names cozepy gives the same enums: code reads
`DatasetFormatType.DOCUMENT`, never `VALUE_0`."""

from __future__ import annotations

import warnings
from enum import IntEnum

import coze_api.models
import pytest
from coze_api.names import MODEL_NAMES

from coze_ext.types import Dataset, DatasetFormatType

with warnings.catch_warnings(record=True):  # cozepy imports a deprecated authlib module
    import cozepy
    from cozepy.bots import BotMode as CozepyBotMode
    from cozepy.connectors.bots import AuditStatus

# cozepy's enum -> ours, for every integer enum both SDKs have.
SHARED = [
    (CozepyBotMode, "BotMode"),
    (cozepy.DatasetStatus, "DatasetStatus"),
    (cozepy.DocumentFormatType, "DatasetFormatType"),
    (cozepy.DocumentSourceType, "DatasetDocumentSource"),
    (cozepy.DocumentStatus, "DatasetDocumentStatus"),
    (cozepy.DocumentUpdateType, "DatasetUpdateType"),
    (cozepy.WorkflowRunMode, "WorkflowRunMode"),
    (AuditStatus, "ConnectorBotAuditStatus"),
]


def integer_enums() -> list[type[IntEnum]]:
    found = [getattr(coze_api.models, name) for name in MODEL_NAMES]
    return [cls for cls in found if isinstance(cls, type) and issubclass(cls, IntEnum)]


def test_no_enum_has_value_n_members() -> None:
    enums = integer_enums()
    assert len(enums) >= 14  # every integer enum of the models, as of this writing
    unnamed = {cls.__name__: name for cls in enums for name in cls.__members__ if name.startswith("VALUE_")}
    assert unnamed == {}


@pytest.mark.parametrize(("theirs", "ours"), SHARED, ids=[ours for _, ours in SHARED])
def test_members_are_named_as_in_cozepy(theirs: type[IntEnum], ours: str) -> None:
    mine: type[IntEnum] = getattr(coze_api.models, ours)
    assert {m.name: m.value for m in mine} == {m.name: m.value for m in theirs}


def test_a_parsed_value_is_the_named_member() -> None:
    assert DatasetFormatType.DOCUMENT == 0 and DatasetFormatType(2) is DatasetFormatType.IMAGE
    dataset = Dataset.from_dict({"dataset_id": "d", "format_type": 1, "status": 3})
    assert dataset.format_type is DatasetFormatType.SPREADSHEET
    assert dataset.status is not None and dataset.status.name == "DISABLED"
    # A value Coze adds later still parses, as a member of its own.
    assert Dataset.from_dict({"dataset_id": "d", "format_type": 5}).format_type == 5
