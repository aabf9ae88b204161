"""Importing the SDK stays cheap: nothing heavy loads until it is used.

`import coze_ext` loads only the package itself; a client loads httpx and the runtime, a
resource group its own module, and a model the module of its group (models are grouped
by resource group), never the whole API.
"""

from __future__ import annotations

import json
import subprocess
import sys


def loaded_after(code: str) -> set[str]:
    script = code + "\nimport sys, json; print(json.dumps(sorted(sys.modules)))"
    output = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True).stdout
    baseline = subprocess.run(
        [sys.executable, "-c", "import sys, json; print(json.dumps(sorted(sys.modules)))"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return set(json.loads(output.splitlines()[-1])) - set(json.loads(baseline.splitlines()[-1])) - {"json"}


def test_importing_the_package_loads_nothing_else() -> None:
    loaded = loaded_after("import coze_ext")
    assert loaded <= {"coze_ext", "coze_ext._lazy", "coze_ext._version", "json.decoder", "json.scanner", "_json"}
    for heavy in ("httpx", "asyncio", "logging", "typing", "coze_api"):
        assert heavy not in loaded


def test_a_sync_client_never_loads_asyncio() -> None:
    """asyncio (with what it drags in) is a third of a sync script's start-up: only AsyncCoze needs it."""
    loaded = loaded_after(
        "from coze_ext import Coze, Message; c = Coze(token='t'); c.chat.stream; c.workflows.runs.create_and_poll"
    )
    assert "coze_ext._runtime" in loaded
    assert "asyncio" not in loaded
    assert "asyncio" in loaded_after("from coze_ext import AsyncCoze; AsyncCoze(token='t')")


def test_the_connection_pool_is_made_at_the_first_call() -> None:
    """Making httpx's pool imports httpcore and h11 (about 15 ms of a start-up): a client that
    is only set up, or closed unused, never makes one; its first call does."""
    loaded = loaded_after("from coze_ext import Coze; c = Coze(token='t'); c.chat.stream; c.close()")
    assert "httpx" in loaded and "httpcore" not in loaded and "h11" not in loaded
    called = loaded_after(
        "from coze_ext import Coze, APIConnectionError\n"
        "try:\n    Coze(token='t', base_url='http://127.0.0.1:9', max_retries=0).users.me()\n"
        "except APIConnectionError:\n    pass"
    )
    assert "httpcore" in called


def test_a_bad_proxy_fails_when_the_client_is_made() -> None:
    import pytest

    from coze_ext import Coze

    with pytest.raises(ValueError, match="proxy"):
        Coze(token="t", proxy="not a proxy")


def test_a_client_loads_no_model_and_only_the_groups_it_touches() -> None:
    loaded = loaded_after(
        "import coze_ext; coze_ext.Coze(token='t').chat; coze_ext.Coze(token='t').with_raw_response.chat"
    )
    assert not {name for name in loaded if name.startswith("coze_api.models.")}
    groups = {name for name in loaded if name.startswith("coze_api.resources.")}
    # chat, and workflows (the client's own subclass of it is defined with the client).
    assert groups == {"coze_api.resources.chat", "coze_api.resources.workflows"}
    assert "coze_api.params" not in loaded and "coze_api.events" not in loaded


def test_using_a_model_loads_only_its_group() -> None:
    loaded = loaded_after("from coze_ext.types import File; File.from_dict({'id': 'f'})")
    models = {name for name in loaded if name.startswith("coze_api.models.")}
    assert "coze_api.models.files" in models
    assert "coze_api.models.bots" not in models and "coze_api.models.workflows" not in models


def test_every_exported_name_loads_and_the_type_checkers_see_the_same_names() -> None:
    """One table (`_EXPORTS`) drives the lazy loader, `__all__` and the TYPE_CHECKING imports."""
    import subprocess
    import sys
    from pathlib import Path

    import coze_ext
    import coze_ext.websockets

    for package in (coze_ext, coze_ext.websockets):
        for name in package.__all__:
            assert getattr(package, name) is not None, name
    script = Path(__file__).parent.parent / "codegen" / "exports.py"
    done = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
