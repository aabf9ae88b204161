"""The `coze` package itself: optional (the SDK never loads click or rich), documented exit
codes, and one module per command group."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from cli_support import COZE

import coze_ext.cli


def test_the_sdk_never_loads_click_or_rich() -> None:
    # httpx imports its own command line (click, rich) when they are installed: blocked
    # here, so what is measured is what coze_ext imports.
    code = (
        "import sys; sys.modules['httpx._main'] = None\n"
        "import coze_ext, coze_ext.auth, coze_ext.types\n"
        "coze = coze_ext.Coze(token='t'); coze.chat; coze.files; coze_ext.types.Chat\n"
        "import json; print(json.dumps(sorted(sys.modules)))"
    )
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    loaded = json.loads(done.stdout)
    assert "coze_ext._client" in loaded
    assert not [name for name in loaded if name.split(".")[0] in ("click", "rich")]
    assert "coze_ext.cli" not in loaded


def test_help_documents_the_exit_codes() -> None:
    done = subprocess.run([str(COZE), "--help"], capture_output=True, text=True, check=True)
    for line in ("0    success", "1    an API or connection error", "2    a usage error", "3    an authentication"):
        assert line in done.stdout
    assert "130  interrupted (Ctrl-C)" in done.stdout


def test_each_command_group_is_a_module_with_one_registration() -> None:
    from coze_ext.cli._main import COMMANDS, cli

    package = Path(coze_ext.cli.__file__).parent
    modules = {path.stem for path in package.glob("*.py") if not path.stem.startswith("_")}
    assert {command.name for command in COMMANDS} == modules == set(cli.commands)
