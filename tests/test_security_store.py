"""The saved login on disk: the token and its app record (`token.app.json`, which decides
where the token and refresh token go) are both written owner-only (0600), to a new file
made with O_CREAT|O_EXCL|O_NOFOLLOW and renamed into place, so a planted symlink is
replaced rather than followed and an old, looser mode does not survive; the default
directory ends up 0700."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_support import environment
from test_cli_auth import log_in

from coze_ext import FileTokenStore, OAuthToken
from coze_ext.cli._login import load_login, save_login
from coze_ext.testing import CozeEmulator

BASE_URL = "https://api.coze.com"


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


@pytest.fixture
def loose_umask() -> Iterator[None]:
    """The common umask 022: files a plain write makes are readable by everyone (0644)."""
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def test_the_app_record_is_owner_only(tmp_path: Path, loose_umask: None) -> None:
    token = tmp_path / "token.json"
    save_login("cid", BASE_URL, token)
    record = tmp_path / "token.app.json"
    assert mode_of(record) == 0o600
    assert json.loads(record.read_text()) == {"client_id": "cid", "base_url": BASE_URL}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["token.app.json"]  # no temporary file left


def test_an_app_record_that_others_could_write_is_replaced_owner_only(tmp_path: Path) -> None:
    record = tmp_path / "token.app.json"
    record.write_text(json.dumps({"client_id": "cid", "base_url": "https://attacker.example"}))
    record.chmod(0o666)
    save_login("cid", BASE_URL, tmp_path / "token.json")
    assert mode_of(record) == 0o600 and json.loads(record.read_text())["base_url"] == BASE_URL


def test_a_symlink_planted_at_the_app_record_is_replaced_not_followed(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n")
    record = tmp_path / "token.app.json"
    record.symlink_to(victim)
    save_login("cid", BASE_URL, tmp_path / "token.json")
    assert victim.read_text() == "precious\n"  # the link's target is untouched
    assert not record.is_symlink() and mode_of(record) == 0o600
    assert json.loads(record.read_text())["client_id"] == "cid"


def test_login_tightens_the_default_directory_and_writes_both_files_owner_only(
    emulator: CozeEmulator, tmp_path: Path, loose_umask: None
) -> None:
    directory = tmp_path / ".config" / "coze"
    directory.mkdir(parents=True, mode=0o755)
    directory.chmod(0o755)  # made by an older version, or by hand
    stale = directory / "token.app.json"
    stale.write_text("{}")
    stale.chmod(0o666)
    app, login = log_in(emulator, environment(emulator, tmp_path, token=False))
    assert login.returncode == 0, login.stderr
    assert mode_of(directory) == 0o700
    assert mode_of(directory / "token.json") == 0o600 and mode_of(stale) == 0o600
    saved = load_login(directory / "token.json")
    assert saved is not None and (saved.client_id, saved.base_url) == (app.client_id, emulator.base_url)


def test_a_directory_the_user_chose_keeps_its_mode(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o755)
    FileTokenStore(shared / "token.json").save(OAuthToken("czu_x", 0, "rt_x"))
    save_login("cid", BASE_URL, shared / "token.json")
    assert mode_of(shared) == 0o755  # it may be the user's home, or a project: never chmod-ed
    assert mode_of(shared / "token.json") == 0o600 and mode_of(shared / "token.app.json") == 0o600
    missing = tmp_path / "new" / "deeper"
    FileTokenStore(missing / "token.json").save(OAuthToken("czu_x", 0, "rt_x"))
    assert mode_of(missing) == 0o700  # a directory the SDK makes is private


# Pinned: the token file itself ----------------------------------------------------------------


def test_the_token_file_is_created_exclusively_without_following_links(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[tuple[str, int, int]] = []
    real_open = os.open

    def recording_open(path: str, flags: int, mode: int = 0o777, **kwargs: object) -> int:
        opened.append((os.fspath(path), flags, mode))
        return real_open(path, flags, mode, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", recording_open)
    FileTokenStore(tmp_path / "token.json").save(OAuthToken("czu_x", 0, "rt_x"))
    monkeypatch.undo()
    created = [(path, flags, mode) for path, flags, mode in opened if flags & os.O_CREAT]
    assert len(created) == 1
    path, flags, mode = created[0]
    assert Path(path).parent == tmp_path and Path(path).name != "token.json"  # written beside it, then renamed
    assert flags & os.O_EXCL and flags & os.O_NOFOLLOW and mode == 0o600


def test_a_symlink_planted_at_the_token_file_is_replaced_not_followed(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n")
    path = tmp_path / "token.json"
    path.symlink_to(victim)
    FileTokenStore(path).save(OAuthToken("czu_x", 0, "rt_x"))
    assert victim.read_text() == "precious\n" and not path.is_symlink() and mode_of(path) == 0o600
