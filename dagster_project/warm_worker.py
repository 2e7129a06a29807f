"""One worker process beside the load's own, started early and warmed by importing what it will
run, so its first task does not wait for its imports.

Spawned, not forked: the load process runs threads (Dagster's, dbt's log readers), and a forked
child may inherit a lock one of them held.
"""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def _noop() -> None:
    return None


class WarmWorker:
    """A pool of one process, made on first use and replaced once if it died (killed, out of memory)."""

    def __init__(self, warm: Callable[[], None]) -> None:
        self._warm = warm
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()

    def _executor(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._pool is None:
                self._pool = ProcessPoolExecutor(
                    max_workers=1, mp_context=multiprocessing.get_context("spawn"), initializer=self._warm
                )
            return self._pool

    def start(self) -> None:
        """Start the worker and its imports now, so it is ready when the first task is."""
        self._executor().submit(_noop)

    def ready(self) -> None:
        """Wait until the worker has started and done its imports."""
        self._executor().submit(_noop).result()

    def submit(self, function, *args) -> Future:
        try:
            return self._executor().submit(function, *args)
        except BrokenProcessPool:
            with self._lock:
                self._pool = None
            return self._executor().submit(function, *args)


def result(future: Future):
    """The future's value, or the worker's error as if raised here: the worker's traceback
    (chained as the error's cause) must not become what a blocked load reports, and a full disk
    must still read as "No space left on device" (storage_faults)."""
    try:
        return future.result()
    except BaseException as error:
        raise error from None
