"""An old cozepy name asked of coze_ext (or coze_ext.types, coze_ext.websockets) says what to
use instead, whether it is imported (`from coze_ext import X`: ImportError) or read
(`coze_ext.X`: AttributeError); any other unknown name stays a plain AttributeError."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

import coze_ext
from coze_ext.migrate._mapping import load


def test_importing_an_old_name_names_the_replacement() -> None:
    with pytest.raises(ImportError) as caught:
        from coze_ext import MessageRole  # type: ignore[attr-defined]  # noqa: F401
    message = str(caught.value)
    assert message.startswith("cannot import name 'MessageRole' from 'coze_ext': ")
    assert "use RoleType (from coze_ext import RoleType)" in message
    assert message.endswith("see docs/migration.md#chat")
    assert not isinstance(caught.value, AttributeError)


def test_reading_an_old_name_names_the_replacement() -> None:
    with pytest.raises(AttributeError) as caught:
        coze_ext.MessageRole  # type: ignore[attr-defined]  # noqa: B018
    assert str(caught.value).startswith("module 'coze_ext' has no attribute 'MessageRole': ")
    assert "use RoleType (from coze_ext import RoleType)" in str(caught.value)
    assert caught.value.name == "MessageRole" and caught.value.obj is coze_ext
    assert not hasattr(coze_ext, "MessageRole")  # hasattr still answers False, quietly
    with pytest.raises(AttributeError, match="use RoleType"):
        getattr(coze_ext, "MessageRole")  # noqa: B009


def test_a_name_not_needed_says_why() -> None:
    with pytest.raises(ImportError, match=r"SyncAuth is not needed here: every auth here is an httpx\.Auth"):
        from coze_ext import SyncAuth  # type: ignore[attr-defined]  # noqa: F401
    with pytest.raises(ImportError, match=r"WebsocketsChatEventHandler is not needed here: .*ws\.on\("):
        from coze_ext.websockets import WebsocketsChatEventHandler  # type: ignore[attr-defined]  # noqa: F401


def test_the_submodules_with_lazy_names_give_hints_too() -> None:
    with pytest.raises(ImportError, match=r"cozepy's Coze is in coze_ext \(from coze_ext import Coze\)"):
        from coze_ext.types import Coze  # type: ignore[attr-defined]  # noqa: F401
    with pytest.raises(ImportError, match=r"use ChatSocket \(from coze_ext.types import ChatSocket\)"):
        from coze_ext.websockets import WebsocketsChatClient  # type: ignore[attr-defined]  # noqa: F401
    with pytest.raises(ImportError, match=r"in coze_ext.types \(from coze_ext.types import WorkflowExecuteStatus\)"):
        from coze_ext import WorkflowExecuteStatus  # type: ignore[attr-defined]  # noqa: F401


def test_an_import_inside_a_function_and_in_exec_gets_the_hint() -> None:
    def port() -> None:
        from coze_ext import (  # type: ignore[attr-defined]  # noqa: F401
            Coze,
            CozeAPIError,
        )

    with pytest.raises(ImportError, match=r"use APIError \(from coze_ext import APIError\)"):
        port()
    with pytest.raises(ImportError, match="use APIError"):
        exec("from coze_ext import CozeAPIError", {})


@pytest.mark.parametrize("module_name", ["coze_ext", "coze_ext.types", "coze_ext.websockets"])
def test_every_mapped_name_a_module_lacks_gets_its_hint(module_name: str) -> None:
    module = importlib.import_module(module_name)
    hinted = 0
    for entry in load().names.values():
        if entry.name in module.__all__:
            continue  # exported here: the name works, no hint needed
        with pytest.raises(AttributeError) as caught:
            getattr(module, entry.name)
        assert entry.advice() in str(caught.value) and entry.where in str(caught.value)
        hinted += 1
    assert hinted >= 60


def test_other_unknown_names_stay_plain() -> None:
    for name in ("NoSuchThing", "_private", "__wrapped__", "path"):
        with pytest.raises(AttributeError) as caught:
            getattr(coze_ext, name)
        assert str(caught.value) == f"module 'coze_ext' has no attribute {name!r}"
    with pytest.raises(ImportError) as imported:
        from coze_ext import NoSuchThing  # type: ignore[attr-defined]  # noqa: F401
    assert str(imported.value).startswith("cannot import name 'NoSuchThing' from 'coze_ext' (")
    assert "cozepy" not in str(imported.value)


def test_probing_unknown_names_does_not_parse_the_mapping() -> None:
    # A tool probing the package with hasattr must not pay for reading the mapping file.
    code = (
        "import sys, coze_ext\n"
        "assert not any(hasattr(coze_ext, n) for n in ('xyz', '__path__x', '_abc', 'pytest_plugins'))\n"
        "print('coze_ext.migrate._mapping' in sys.modules)\n"
        "hasattr(coze_ext, 'MessageRole')\n"
        "print('coze_ext.migrate._mapping' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "True"]
