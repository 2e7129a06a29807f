"""Faults of the disk under the warehouse folder, told apart from bad data: a folder the load
may not write to, and a full disk. Each has its own message and exit code, and neither leaves
a build behind that would make the next load fail the same way."""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
from pathlib import Path

NOT_WRITABLE_EXIT = 4
DISK_FULL_EXIT = 5

_NOT_WRITABLE_ERRNOS = {errno.EACCES, errno.EPERM, errno.EROFS}
_FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT}
# How the same faults read once Dagster, dbt or DuckDB have turned them into text.
_NOT_WRITABLE_WORDS = ("Read-only file system", "Permission denied")
_FULL_WORDS = ("No space left on device", "Disk quota exceeded", "not enough space")


class StorageFault(Exception):
    def __init__(self, message: str, exit_code: int):
        super().__init__(message)
        self.exit_code = exit_code


def not_writable(folder: Path, reason: str) -> StorageFault:
    return StorageFault(
        f"the warehouse folder {folder} cannot be written to ({reason}): nothing was done and the published "
        "warehouse is unchanged; give the account running the load write access, "
        "or pass --warehouse to a writable folder",
        NOT_WRITABLE_EXIT,
    )


def disk_full(folder: Path, reason: str) -> StorageFault:
    return StorageFault(
        f"the disk holding {folder} is full ({reason}): the published warehouse is unchanged and the build that "
        f"ran out of space was removed; {free_megabytes(folder):,.0f} MB are free now, free some space and load again",
        DISK_FULL_EXIT,
    )


def free_megabytes(folder: Path) -> float:
    existing = next((path for path in (folder, *folder.parents) if path.exists()), Path("/"))
    return shutil.disk_usage(existing).free / 2**20


def from_os_error(error: OSError, folder: Path) -> StorageFault | None:
    if error.errno in _NOT_WRITABLE_ERRNOS:
        return not_writable(folder, error.strerror or str(error))
    if error.errno in _FULL_ERRNOS:
        return disk_full(folder, error.strerror or str(error))
    return None


def from_failures(failures: list[str], folder: Path) -> StorageFault | None:
    """A storage fault named in the failed steps' messages, if any."""
    text = " ".join(failures)
    if any(words in text for words in _FULL_WORDS):
        return disk_full(folder, "No space left on device")
    if any(words in text for words in _NOT_WRITABLE_WORDS) and str(folder) in text:
        return not_writable(folder, "Read-only file system or permission denied")
    return None


def ensure_writable(folder: Path) -> None:
    """Raise StorageFault unless a file can be created in ``folder`` (made if missing)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".write-probe-"):
            pass
    except OSError as error:
        fault = from_os_error(error, folder)
        if fault is None:
            raise
        raise fault from None


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def keep_failed_build(build: Path, failed_root: Path, name: str, keep_room_for: int = 2) -> Path | None:
    """Move a failed build under ``failed_root/name`` for inspection when the disk still has
    room for ``keep_room_for`` more builds of its size afterwards (older failed builds go
    first); otherwise remove it. Returns where it was kept, or None."""
    size = folder_size(build)
    older = (
        sorted((path for path in failed_root.iterdir() if path.is_dir()), key=lambda path: path.stat().st_mtime)
        if failed_root.is_dir()
        else []
    )
    while shutil.disk_usage(build).free < keep_room_for * size and older:
        shutil.rmtree(older.pop(0), ignore_errors=True)
    if shutil.disk_usage(build).free < keep_room_for * size:
        shutil.rmtree(build, ignore_errors=True)
        return None
    failed_root.mkdir(parents=True, exist_ok=True)
    kept = failed_root / name
    os.replace(build, kept)
    return kept
