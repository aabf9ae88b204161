"""Importing the SDK stays cheap: no model module loads until a model is used."""

from __future__ import annotations

import json
import subprocess
import sys


def loaded_modules_after(code: str, prefix: str = "coze_api.models.") -> list[str]:
    script = code + "\nimport sys, json; print(json.dumps(sorted(sys.modules)))"
    output = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True).stdout
    return [name for name in json.loads(output.splitlines()[-1]) if name.startswith(prefix)]


def test_import_loads_no_model_module() -> None:
    assert loaded_modules_after("import coze_ext; coze_ext.Coze(token='t').chat") == []


def test_typing_only_and_raw_modules_load_only_when_used() -> None:
    loaded = loaded_modules_after("import coze_ext; coze_ext.Coze(token='t').chat", prefix="coze_api.")
    assert "coze_api.params" not in loaded
    assert "coze_api.raw_resources" not in loaded
    loaded = loaded_modules_after("import coze_ext; coze_ext.Coze(token='t').with_raw_response", prefix="coze_api.")
    assert "coze_api.raw_resources" in loaded


def test_using_a_model_loads_only_what_it_needs() -> None:
    loaded = loaded_modules_after("from coze_api.models import ChatError; ChatError.from_dict({'code': 1})")
    assert "coze_api.models.chat_error" in loaded
    assert len(loaded) < 5
