"""One worker process beside the load's own, started early and warmed by importing what it will
run, so its first task does not wait for its imports.

Spawned, not forked: the load process runs threads (Dagster's, dbt's log readers), and a forked
child may inherit a lock one of them held. The worker exits when the load's process is gone
(killed, say), not left running on its own.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool


def _noop() -> None:
    return None


def _exit_with(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(0)


def _start_worker(warm: Callable[[], None], parent: int) -> None:
    threading.Thread(target=_exit_with, args=(parent,), daemon=True, name="exit-with-the-load").start()
    warm()


class WarmWorker:
    """A pool of one process, made on first use and replaced once if it died (killed, out of memory)."""

    def __init__(self, warm: Callable[[], None]) -> None:
        self._warm = warm
        self._pool: ProcessPoolExecutor | None = None
        self._warming: Future | None = None
        self._lock = threading.Lock()

    def _executor(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._pool is None:
                self._pool = ProcessPoolExecutor(
                    max_workers=1,
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=_start_worker,
                    initargs=(self._warm, os.getpid()),
                )
            return self._pool

    def start(self) -> None:
        """Start the worker and its imports now, so it is ready when the first task is; a machine that cannot
        start one (no process or file left) goes on without it."""
        if self._warming is not None:
            return
        try:
            self._warming = self._executor().submit(_noop)
        except (OSError, RuntimeError, BrokenProcessPool):
            self._warming = Future()
            self._warming.set_exception(OSError("the worker could not be started"))

    def wait_warm(self) -> None:
        """Wait until the started worker has done its imports (or failed to start)."""
        if self._warming is not None:
            wait([self._warming])

    def ready_now(self) -> bool:
        """Whether the started worker is up and warm at this moment (never waits)."""
        warming = self._warming
        return warming is not None and warming.done() and not warming.cancelled() and warming.exception() is None

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
