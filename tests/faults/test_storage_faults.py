"""A warehouse folder the load may not write to and a full disk: each ends with its own
message and exit code, no traceback, the published file byte-identical, and no build left
behind that would make the next load fail the same way.

Both run the real command on a real file system: a read-only bind mount and a small tmpfs,
made in a private mount namespace (unshare -m) that disappears with the test's shell."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from dagster_project.publishing.storage_faults import DISK_FULL_EXIT, NOT_WRITABLE_EXIT, keep_failed_build
from tests.conftest import workspace_from
from tests.faults.helpers import sha256

CANNOT_MOUNT = 97


def _in_private_mounts(script: str) -> str:
    """Run ``script`` in its own mount namespace; skip where mounting is not allowed."""
    unshare = shutil.which("unshare")
    if os.geteuid() != 0 or unshare is None:
        pytest.skip("needs root and unshare(1) to mount a read-only or full file system privately")
    completed = subprocess.run(
        [unshare, "-m", "sh", "-uc", f"mount --make-rprivate / || exit {CANNOT_MOUNT}\n{script}"],
        capture_output=True,
        text=True,
        timeout=1200,
    )
    if completed.returncode == CANNOT_MOUNT:
        pytest.skip(f"mounting is not allowed here: {completed.stderr.strip()}")
    return completed.stdout + completed.stderr


def _cli(*args: str) -> str:
    return " ".join([sys.executable, "-m", "dagster_project.cli", *(f"'{arg}'" for arg in args)])


@pytest.mark.slow
def test_read_only_warehouse_folder_exits_4_with_a_message_for_load_and_rollback(published_sample, tmp_path):
    raw, warehouse = workspace_from(published_sample, tmp_path)
    folder = warehouse.parent
    before = sha256(warehouse)

    output = _in_private_mounts(
        f"mount --bind '{folder}' '{folder}' && mount -o remount,bind,ro '{folder}' || exit {CANNOT_MOUNT}\n"
        f'{_cli("load", "--raw", str(raw), "--warehouse", str(warehouse), "--force")}\necho "exit=$?"\n'
        f'{_cli("rollback", "--warehouse", str(warehouse))}\necho "rollback=$?"\n'
    )

    assert f"exit={NOT_WRITABLE_EXIT}" in output and f"rollback={NOT_WRITABLE_EXIT}" in output, output
    assert "cannot be written to (Read-only file system)" in output and str(folder) in output
    assert "Traceback" not in output
    assert sha256(warehouse) == before


@pytest.mark.slow
def test_full_disk_exits_5_removes_the_build_and_the_next_load_publishes_once_there_is_room(published_sample, tmp_path):
    raw, _ = workspace_from(published_sample, tmp_path)
    disk = tmp_path / "disk"
    disk.mkdir()
    warehouse = disk / "warehouse" / "warehouse.duckdb"
    load = _cli("load", "--raw", str(raw), "--warehouse", str(warehouse), "--force")
    published_mb = published_sample.stat().st_size // 2**20 + 1

    output = _in_private_mounts(
        f"mount -t tmpfs -o size={published_mb + 8}m tmpfs '{disk}' || exit {CANNOT_MOUNT}\n"
        f"mkdir -p '{warehouse.parent}' && cp '{published_sample}' '{warehouse}'\n"
        f"sha256sum '{warehouse}'\n"
        f'{load}\necho "first=$?"\n'
        f"sha256sum '{warehouse}'\n"
        f"find '{warehouse.parent}/.build' -name '*.duckdb' | sed 's/^/left: /'\n"
        f"mount -o remount,size={published_mb * 4 + 40}m '{disk}'\n"
        f'{load}\necho "second=$?"\n'
    )

    assert f"first={DISK_FULL_EXIT}" in output, output
    assert "is full (No space left on device)" in output and "Traceback" not in output
    hashes = [
        line.split()[0]
        for line in output.splitlines()
        if line.endswith(f"  {warehouse}") and len(line.split()[0]) == 64
    ]
    assert len(hashes) == 2 and hashes[0] == hashes[1] == sha256(published_sample)
    assert "left: " not in output, "the build that filled the disk must not stay"
    assert "second=0" in output, output


def test_a_failed_build_is_kept_only_while_the_disk_has_room_for_the_next_builds(tmp_path, monkeypatch):
    build_root = tmp_path / ".build"
    older = build_root / "failed" / "older-run"
    older.mkdir(parents=True)
    (older / "warehouse.duckdb").write_bytes(b"x" * 1000)
    build = build_root / "current"
    build.mkdir()
    (build / "warehouse.duckdb").write_bytes(b"x" * 1000)
    free = {"bytes": 1500}
    monkeypatch.setattr(shutil, "disk_usage", lambda path: shutil._ntuple_diskusage(10**9, 0, free["bytes"]))

    def rmtree(path, ignore_errors=False):
        free["bytes"] += 1000
        real_rmtree(path, ignore_errors=ignore_errors)

    real_rmtree = shutil.rmtree
    monkeypatch.setattr(shutil, "rmtree", rmtree)
    assert keep_failed_build(build, build_root / "failed", "new-run") == build_root / "failed" / "new-run"
    assert not older.exists(), "older failed builds make room first"

    build.mkdir()
    (build / "warehouse.duckdb").write_bytes(b"x" * 1000)
    free["bytes"] = 500
    monkeypatch.setattr(shutil, "rmtree", real_rmtree)
    (build_root / "failed" / "new-run").rename(tmp_path / "aside")
    assert keep_failed_build(build, build_root / "failed", "third-run") is None
    assert not build.exists()
