"""A family's files landed side by side on two cores: the landing worker (a second process)
lands some of them while this process lands the others, each file on its own; the family's
loader then joins them in the files' order, so what lands is what reading them one by one lands
(a file with a row first seen in an earlier file is read again here, against the earlier files).

Worth it only for a family with much to read: the worker costs a process and its imports, which
the load starts early (``start``) while Dagster starts. A family smaller than ``MIN_BYTES``, a
machine with one core, a worker not warm yet or one that failed: the files are read here, one by one.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from dagster_project.landing.engine import INPUT_FOLDERS, FamilyLoader, FileLanding, list_input_files
from dagster_project.warm_worker import WarmWorker, result

# Below this many bytes of files to read (the shipped sample has about a tenth of it), a family
# lands faster in one process than it takes to hand files to another and back.
MIN_BYTES = 128 * 1024

FileToRead = tuple[Path, str, str]  # path, source (relative to raw/), sha256


def _warm() -> None:
    import atexit

    import dagster_project.landing.documents  # noqa: F401 - the loaders of every family

    # The worker has handed back every landing when the load ends: it exits without tearing down.
    atexit.register(os._exit, 0)


_WORKER = WarmWorker(_warm)


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # the loader reports it in its turn


def start(raw_dir: Path, min_bytes: int = MIN_BYTES) -> None:
    """Start the worker now when a family under ``raw_dir`` has enough to share."""
    if _cores() >= 2 and any(
        sum(_size(path) for path in list_input_files(raw_dir / family)) >= min_bytes for family in INPUT_FOLDERS
    ):
        _WORKER.start()


def wait_until_ready() -> None:
    """Wait for the started worker's imports (a benchmark times the landing alone, as a load finds it)."""
    _WORKER.wait_warm()


def _land_alone(loader_class: type[FamilyLoader], arguments: dict, path: Path, source: str, sha: str) -> FileLanding:
    return loader_class(**arguments).land_alone(path, source, sha)


def _landed_there(future: Future) -> Callable[[], FileLanding | None]:
    def landing() -> FileLanding | None:
        try:
            return result(future)
        except Exception:  # noqa: BLE001 - the file is read again here, which reports its own error
            return None

    return landing


def side_by_side(min_bytes: int = MIN_BYTES):
    """The ``beside`` of ``FamilyLoader.land``."""

    def share(loader: FamilyLoader, to_read: list[FileToRead]) -> list[Callable[[], FileLanding | None] | None]:
        shares: list[Callable[[], FileLanding | None] | None] = [None] * len(to_read)
        # A file with the content of an earlier one is read in its turn (as its copy): not shared.
        first_of_content: dict[str, int] = {}
        for index, (_, _, sha) in enumerate(to_read):
            if sha not in loader.files_by_hash:
                first_of_content.setdefault(sha, index)
        sizes = {index: _size(to_read[index][0]) for index in first_of_content.values()}
        # (a worker not started, or still importing, would keep its share waiting: the files are read here)
        if len(sizes) < 2 or sum(sizes.values()) < min_bytes or _cores() < 2 or not _WORKER.ready_now():
            return shares
        # Largest first, each to the side with less to read so far; the worker takes the first.
        there, here, there_bytes, here_bytes = [], [], 0, 0
        for index in sorted(sizes, key=lambda item: (-sizes[item], item)):
            if there_bytes <= here_bytes:
                there.append(index)
                there_bytes += sizes[index]
            else:
                here.append(index)
                here_bytes += sizes[index]
        for index in there:
            try:
                future = _WORKER.submit(_land_alone, type(loader), loader.arguments, *to_read[index])
            except (OSError, RuntimeError, BrokenProcessPool):
                continue  # (no worker to be had: read here in its turn)
            shares[index] = _landed_there(future)
        for index in here:
            landing = loader.land_alone(*to_read[index])
            shares[index] = lambda landing=landing: landing
        return shares

    return share
