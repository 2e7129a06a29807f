"""Pause Python's cyclic garbage collector while a family of files is read.

Reading a register allocates hundreds of thousands of small objects that hold no reference
cycles (cells, row dicts, tuples, keys); reference counting frees them. Each burst of
allocations still triggers the cyclic collector, and its full collections walk every live
object of the process, Dagster's and dbt's modules included: at 100x the sample, a quarter of
the landing's time. Nothing landed depends on when the collector runs."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_garbage_collection() -> Iterator[None]:
    """No cyclic collection inside; the collector is as it was after (a caller that paused it keeps it paused)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
