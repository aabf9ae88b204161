"""`coze migrate PATH... [--diff | --write] [--check]`, run as the installed console script."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from cli_support import COZE, HANG_GUARD

from coze_ext.migrate._rewrite import migrate_source
from coze_ext.testing import CozeEmulator

SCRIPTS = Path(__file__).resolve().parent / "migrate_cases" / "scripts"
COZEPY_CODE = 'from cozepy import Coze, TokenAuth\n\ncoze = Coze(auth=TokenAuth("pat_x"))\nprint(coze.users.me())\n'
MIGRATED = 'from coze_ext import Coze\n\ncoze = Coze(token="pat_x")\nprint(coze.users.me())\n'


def migrate(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(COZE), "migrate", *map(str, args)], capture_output=True, text=True, timeout=HANG_GUARD, cwd=cwd
    )


def test_a_diff_by_default_and_the_file_left_alone(tmp_path: Path) -> None:
    script = tmp_path / "app.py"
    script.write_text(COZEPY_CODE)
    done = migrate(script)
    assert done.returncode == 0, done.stderr
    name = script.as_posix()
    assert done.stdout.startswith(f"--- a/{name}\n+++ b/{name}\n@@ ")
    assert "-from cozepy import Coze, TokenAuth\n+from coze_ext import Coze\n" in done.stdout
    assert '-coze = Coze(auth=TokenAuth("pat_x"))\n+coze = Coze(token="pat_x")\n' in done.stdout
    assert script.read_text() == COZEPY_CODE
    assert done.stderr.strip() == (
        "coze migrate: 1 of 1 files changed; rewrites: imports 1, client set-up 1; "
        "0 places left for a person (marked '# coze migrate:')"
    )


def test_the_diff_applies_as_a_patch(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text(COZEPY_CODE)
    done = migrate("app.py", cwd=tmp_path)
    patch = shutil.which("patch")
    assert patch is not None
    applied = subprocess.run([patch, "-p1"], input=done.stdout, cwd=tmp_path, capture_output=True, text=True)
    assert applied.returncode == 0, applied.stdout + applied.stderr
    assert (tmp_path / "app.py").read_text() == MIGRATED


def test_write_replaces_the_file_keeping_its_mode_encoding_and_line_endings(tmp_path: Path) -> None:
    script = tmp_path / "app.py"
    source = "# -*- coding: latin-1 -*-\r\n# café\r\n" + COZEPY_CODE.replace("\n", "\r\n")
    script.write_bytes(source.encode("latin-1"))
    script.chmod(0o750)
    done = migrate("--write", script)
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    written = script.read_bytes()
    assert written == migrate_source(source).code.encode("latin-1")
    assert b"caf\xe9" in written and b'Coze(token="pat_x")\r\n' in written and b"cozepy" not in written
    assert stat.S_IMODE(script.stat().st_mode) == 0o750
    assert sorted(p.name for p in tmp_path.iterdir()) == ["app.py"]  # no temporary file left


def test_check_exits_1_while_something_would_change(tmp_path: Path) -> None:
    script = tmp_path / "app.py"
    script.write_text(COZEPY_CODE)
    checked = migrate("--check", script)
    assert checked.returncode == 1 and "1 of 1 files changed" in checked.stderr
    assert script.read_text() == COZEPY_CODE
    assert migrate("--write", "--check", script).returncode == 1  # it did change something
    assert script.read_text() == MIGRATED
    again = migrate("--check", script)
    assert again.returncode == 0 and again.stdout == ""
    assert "0 of 1 files changed; nothing rewritten" in again.stderr


def test_a_folder_is_read_recursively_honouring_gitignore(tmp_path: Path) -> None:
    git = shutil.which("git")
    assert git is not None
    subprocess.run([git, "init", "-q", str(tmp_path)], check=True)
    (tmp_path / ".gitignore").write_text("generated/\n")
    for name in ("app.py", "pkg/module.py", "generated/skipped.py"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(COZEPY_CODE)
    plain = tmp_path / "pkg" / "plain.py"
    plain.write_text("print('no cozepy here')\n")
    os.utime(plain, (1_000_000_000, 1_000_000_000))
    (tmp_path / "notes.txt").write_text(COZEPY_CODE)
    done = migrate("--write", tmp_path)
    assert done.returncode == 0, done.stderr
    assert "2 of 3 files changed" in done.stderr
    assert (tmp_path / "app.py").read_text() == (tmp_path / "pkg" / "module.py").read_text() == MIGRATED
    assert (tmp_path / "generated" / "skipped.py").read_text() == COZEPY_CODE
    assert (tmp_path / "notes.txt").read_text() == COZEPY_CODE
    assert plain.stat().st_mtime == 1_000_000_000  # a file without cozepy is not even rewritten


def test_outside_git_hidden_folders_caches_and_environments_are_skipped(tmp_path: Path) -> None:
    for name in ("app.py", ".hidden/x.py", "__pycache__/y.py", "env/lib/z.py"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(COZEPY_CODE)
    (tmp_path / "env" / "pyvenv.cfg").write_text("home = /usr\n")
    done = migrate(tmp_path)
    assert done.returncode == 0, done.stderr
    assert "1 of 1 files changed" in done.stderr
    assert done.stdout.count("+++ b/") == 1 and "app.py" in done.stdout


def test_a_file_that_does_not_parse_is_reported_and_the_others_are_migrated(tmp_path: Path) -> None:
    (tmp_path / "broken.py").write_text("from cozepy import Coze\ndef broken(:\n")
    (tmp_path / "good.py").write_text(COZEPY_CODE)
    done = migrate("--write", tmp_path)
    assert done.returncode == 1
    assert f"error: {tmp_path / 'broken.py'}: does not parse" in done.stderr
    assert "1 of 2 files changed" in done.stderr and "1 files could not be migrated" in done.stderr
    assert (tmp_path / "good.py").read_text() == MIGRATED


def test_pointers_are_counted_in_the_summary(tmp_path: Path) -> None:
    script = tmp_path / "ws.py"
    shutil.copy(Path(__file__).parent / "migrate_cases" / "websockets.in.py", script)
    done = migrate("--write", script)
    assert done.returncode == 0, done.stderr
    assert done.stderr.rstrip().endswith(
        f"{script.read_text().count('# coze migrate:')} places left for a person (marked '# coze migrate:')"
    )
    assert "names 4, client set-up 1" in done.stderr


def test_without_libcst_it_says_which_extra_to_install(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text(COZEPY_CODE)
    code = (
        "import sys; sys.modules['libcst'] = None\n"
        "sys.argv = ['coze', 'migrate', sys.argv[1]]\n"
        "from coze_ext.cli import main; main()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "app.py")], capture_output=True, text=True, timeout=HANG_GUARD
    )
    assert done.returncode == 1
    assert "coze migrate needs libcst: pip install 'coze-ext[migrate]'" in done.stderr
    assert "Traceback" not in done.stderr


def test_help_names_the_modes() -> None:
    done = subprocess.run([str(COZE), "migrate", "--help"], capture_output=True, text=True, timeout=HANG_GUARD)
    assert done.returncode == 0
    for option in ("--diff", "--write", "--check"):
        assert option in done.stdout


EXPECTED = {
    "chat_script.py": [
        "stream has a logid: True",
        "tokens: 10",
        "answer: You said: Tell me a story",
        "status: True",
        "polled answer: You said: Second question",
        "saved: Saved for later",
    ],
    "workflow_script.py": [
        "message: Favourite colour?",
        "asked at: Question",
        'message: {"output":{"city":"Paris","resume_data":"blue"}}',
        'async run: True {"output": {"city": "Oslo"}}',
    ],
    "resources_script.py": [
        "bot: Echo bot",
        "bot logid: True",
        "published bots listed: True",
        "workspace: Personal",
        "workspace: Docs team",
        "uploaded: notes.txt 17",
        "refused: 4200",
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_cozepy_script_runs_against_the_emulator_once_migrated(
    emulator: CozeEmulator, tmp_path: Path, name: str
) -> None:
    script = tmp_path / name
    shutil.copy(SCRIPTS / name, script)
    done = migrate("--write", script)
    assert done.returncode == 0, done.stderr
    assert "cozepy" not in script.read_text().replace('"""A cozepy script', "")
    env = {k: v for k, v in os.environ.items() if not k.startswith("COZE_")}
    env.update(
        COZE_API_BASE=emulator.base_url,
        COZE_API_TOKEN=emulator.token or "",
        COZE_BOT_ID=emulator.add_bot("Echo bot", bot_id="7400000000000000002").bot_id,
        COZE_WORKFLOW_ID=emulator.add_workflow(
            workflow_id="7400000000000000003", interrupt="Favourite colour?"
        ).workflow_id,
    )
    ran = subprocess.run(
        [sys.executable, str(script)], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=HANG_GUARD
    )
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.splitlines() == EXPECTED[name]
