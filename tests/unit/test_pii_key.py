"""The personal-data key is born private: created with mode 0600 in one step, outside the
checkout, and moved out of the checkout where earlier versions left it."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from dagster_project import pii_key


@pytest.fixture
def key_home(tmp_path, monkeypatch) -> Path:
    monkeypatch.delenv(pii_key.KEY_VARIABLE, raising=False)
    monkeypatch.setenv(pii_key.KEY_FILE_VARIABLE, str(tmp_path / "keys" / "pii_key"))
    monkeypatch.setattr(pii_key, "LEGACY_KEY_FILE", tmp_path / "checkout" / ".pii_key")
    (tmp_path / "checkout").mkdir()
    return tmp_path


def test_key_is_created_0600_without_a_later_chmod(key_home, monkeypatch):
    def no_chmod(*args, **kwargs):
        raise AssertionError("the key file must never need a chmod after it exists")

    monkeypatch.setattr(os, "chmod", no_chmod)
    monkeypatch.setattr(Path, "chmod", no_chmod)
    old_umask = os.umask(0)  # the most permissive umask: only the mode given to open protects the key
    try:
        key = pii_key.personal_data_key()
    finally:
        os.umask(old_umask)
    path = key_home / "keys" / "pii_key"
    assert len(key) == 64
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert pii_key.personal_data_key() == key
    assert [p.name for p in path.parent.iterdir()] == ["pii_key"]


def test_default_key_lives_outside_the_checkout(monkeypatch, tmp_path):
    from dagster_project.paths import PROJECT_ROOT

    monkeypatch.delenv(pii_key.KEY_FILE_VARIABLE, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert PROJECT_ROOT not in pii_key.key_file().parents


def test_key_left_in_the_checkout_is_moved_out_and_kept(key_home):
    legacy = key_home / "checkout" / ".pii_key"
    legacy.write_text("ab" * 32, encoding="utf-8")
    assert pii_key.personal_data_key() == ("ab" * 32).encode()
    assert not legacy.exists()
    assert stat.S_IMODE((key_home / "keys" / "pii_key").stat().st_mode) == 0o600
