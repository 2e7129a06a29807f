"""One writer at a time: an advisory lock beside the published warehouse.

flock is released by the kernel when the holder dies, so a killed load never leaves a stale
lock behind. The lock is re-entrant within a process, because ``warehouse load`` holds it
around the Dagster job whose resource takes it again."""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

_HELD: set[Path] = set()


class WarehouseBusyError(RuntimeError):
    """Another load or rollback holds the writer lock."""


def lock_path(warehouse_path: Path) -> Path:
    return warehouse_path.parent / ".lock"


@contextmanager
def writer_lock(warehouse_path: Path, wait_seconds: float = 0, on_wait: Callable[[str], None] | None = None):
    path = lock_path(warehouse_path).resolve()
    if path in _HELD:
        yield
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a+") as handle:
        deadline = time.monotonic() + wait_seconds
        announced = False
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                handle.seek(0)
                holder = handle.read().strip() or "unknown"
                if time.monotonic() >= deadline:
                    raise WarehouseBusyError(
                        f"another load is writing {warehouse_path} (holder: {holder}); "
                        f"waited {wait_seconds:.0f}s. Try again when it has finished."
                    ) from None
                if on_wait and not announced:
                    on_wait(f"waiting for the running load to finish (holder: {holder})")
                    announced = True
                time.sleep(0.5)
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}")
        handle.flush()
        _HELD.add(path)
        try:
            yield
        finally:
            _HELD.discard(path)
            handle.seek(0)
            handle.truncate()
            fcntl.flock(handle, fcntl.LOCK_UN)
