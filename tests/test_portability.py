"""The spec portability gate (codegen/portability.py) passes a plain spec and fails on each
kind of trouble it exists to catch: a construct the stock generator warns about, and output
that does not pass mypy --strict. `make portability` runs it on openapi/coze.yaml."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

GATE = Path(__file__).resolve().parent.parent / "codegen" / "portability.py"


def tiny_spec(content: dict[str, Any], properties: dict[str, Any]) -> dict[str, Any]:
    """One operation answering `content`, whose schema `Thing` has `properties`."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "Tiny", "version": "1"},
        "paths": {
            "/v1/things": {
                "get": {
                    "operationId": "things_retrieve",
                    "tags": ["things"],
                    "summary": "Get a thing",
                    "responses": {"200": {"description": "The thing.", "content": content}},
                }
            }
        },
        "components": {"schemas": {"Thing": {"type": "object", "properties": properties}}},
    }


JSON_THING = {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}


def run_gate(tmp_path: Path, spec: dict[str, Any]) -> subprocess.CompletedProcess[str]:
    path = tmp_path / "tiny.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    command = [sys.executable, str(GATE), "--spec", str(path), "--out", str(tmp_path / "out")]
    return subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)


def test_a_plain_spec_passes_and_its_client_is_type_checked(tmp_path: Path) -> None:
    done = run_gate(tmp_path, tiny_spec(JSON_THING, {"id": {"type": "string"}}))
    assert done.returncode == 0, done.stderr
    assert "tiny.json without a warning, and mypy --strict passes" in done.stdout
    # The client really was written, and the mypy step had modules to check.
    assert (tmp_path / "out" / "client" / "tiny_client" / "models" / "thing.py").is_file()


@pytest.mark.parametrize(
    ("content", "complaint"),
    [
        # A binary answer in a media type the committed config does not map: the stock
        # generator would leave the response out of the client.
        ({"audio/flac": {"schema": {"type": "string", "format": "binary"}}}, "Unsupported content_type audio/flac"),
        # A reference to a schema that does not exist.
        ({"application/json": {"schema": {"$ref": "#/components/schemas/Nope"}}}, "Could not find reference"),
    ],
)
def test_a_construct_the_stock_generator_warns_about_fails_the_gate(
    tmp_path: Path, content: dict[str, Any], complaint: str
) -> None:
    done = run_gate(tmp_path, tiny_spec(content, {"id": {"type": "string"}}))
    assert done.returncode == 1
    assert "does not take tiny.json cleanly" in done.stderr
    assert complaint in done.stderr


def test_a_client_that_fails_mypy_strict_fails_the_gate(tmp_path: Path) -> None:
    # A field named like a method of the generated model: generation is silent, but the
    # class it writes redefines `from_dict`.
    done = run_gate(tmp_path, tiny_spec(JSON_THING, {"from_dict": {"type": "string"}}))
    assert done.returncode == 1
    assert "mypy --strict fails on the client" in done.stderr
    assert 'Name "from_dict" already defined' in done.stderr
