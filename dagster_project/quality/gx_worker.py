"""Great Expectations in a second process, so the suites run on the other core beside the work
of this one (the dbt build, the dashboard) instead of taking turns with it for the GIL.

Importing GX takes seconds of pure Python; the worker does it as soon as a load starts
(``start``), while Dagster starts and the raw files land. The tables are read in this process
(the worker never opens the DuckDB build file, which dbt holds while it builds) and sent to the
worker as pandas frames with their suites' JSON; the outcomes come back, and the worker keeps
the run's GX context, so one Data Docs site holds the landing and the marts suites as before.
"""

from __future__ import annotations

import time
from concurrent.futures import Future
from pathlib import Path

import pandas as pd

from dagster_project.quality.gx_runner import SuiteOutcome, runner_for
from dagster_project.warm_worker import WarmWorker, result


def _warm() -> None:
    import atexit
    import os

    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    # Its first suites come after the dbt build started: the load's own start and dbt's come first.
    os.nice(10)
    import great_expectations  # noqa: F401

    # When the load ends, the worker has handed back every result: it exits at once rather than
    # tearing down Great Expectations' modules (about 0.6 s the load's own exit waits for).
    atexit.register(os._exit, 0)


_WORKER = WarmWorker(_warm)
__all__ = ["build_docs", "result", "start", "validate"]


def start() -> None:
    """Start the worker and its GX import now, so it is ready when the first suites are."""
    _WORKER.start()


def _validate(docs_dir: str, run_id: str, items: list[tuple[dict, pd.DataFrame]]) -> tuple[list[SuiteOutcome], float]:
    started = time.perf_counter()
    runner = runner_for(Path(docs_dir), run_id)
    return [runner.validate(suite, frame) for suite, frame in items], time.perf_counter() - started


def _build_docs(docs_dir: str, run_id: str) -> None:
    runner_for(Path(docs_dir), run_id).build_docs()


def validate(docs_dir: Path, run_id: str, items: list[tuple[dict, pd.DataFrame]]) -> Future:
    """Validate each (suite JSON, frame) in the worker; a Future of their SuiteOutcomes, in order,
    and the seconds the worker spent (read it with ``result``)."""
    return _WORKER.submit(_validate, str(docs_dir), run_id, items)


def build_docs(docs_dir: Path, run_id: str) -> None:
    """Render the run's Data Docs site (every suite validated so far) and wait for it."""
    result(_WORKER.submit(_build_docs, str(docs_dir), run_id))
