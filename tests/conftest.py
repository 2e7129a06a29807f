"""Shared fixtures: the project paths, the department's real reports (../shared/seeds) and
one published build of the shipped sample that the end-to-end tests query."""

from __future__ import annotations

import csv
import fcntl
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from dagster_project.paths import DEFAULT_DBT_WORK_DIR, DEFAULT_RAW_DIR, PROJECT_ROOT

TESTS_DIR = Path(__file__).parent
SHARED_SEEDS_DIR = PROJECT_ROOT.parent / "shared" / "seeds"


def load_expected_figures() -> list[dict[str, str]]:
    with (TESTS_DIR / "data" / "published_figures.csv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def load_sample_document_figures() -> list[dict[str, str]]:
    """Figures of the SAMPLE narrative reports in raw/documents/, read by hand."""
    with (TESTS_DIR / "data" / "sample_document_figures.csv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def pytest_configure(config) -> None:
    """Each pytest-xdist worker gives dbt its own work folder, so the two workers' loads run dbt
    side by side instead of taking turns on the project's (each parses the project once)."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if worker:
        os.environ.setdefault("WAREHOUSE_DBT_WORK_DIR", str(DEFAULT_DBT_WORK_DIR / "workers" / worker))


@pytest.fixture(scope="session")
def shared_seeds_dir() -> Path:
    if not SHARED_SEEDS_DIR.is_dir():
        pytest.skip(f"the department's reports are not beside the checkout ({SHARED_SEEDS_DIR})")
    return SHARED_SEEDS_DIR


def copy_sample_raw(destination: Path) -> Path:
    shutil.copytree(DEFAULT_RAW_DIR, destination)
    return destination


@pytest.fixture(scope="session")
def published_sample(tmp_path_factory) -> Path:
    """Load the shipped sample once into a temporary warehouse, as ``warehouse load`` does: once for the whole run,
    the pytest-xdist workers sharing it (the tests only read it, or copy it before they change anything)."""
    from dagster_project.loading import LoadRequest, run_load

    workers_root = tmp_path_factory.getbasetemp().parent if os.environ.get("PYTEST_XDIST_WORKER") else None
    root = (workers_root or tmp_path_factory.getbasetemp()) / "sample_load"
    warehouse = root / "warehouse" / "warehouse.duckdb"
    # (the first worker to need it loads it; the other waits for it, instead of loading a second copy)
    with Path(f"{root}.lock").open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # (released by the kernel if the worker dies)
        published = root / "published"
        if not published.exists():
            shutil.rmtree(root, ignore_errors=True)
            raw = copy_sample_raw(root / "raw")
            outcome = run_load(LoadRequest(raw_dir=raw, warehouse_path=warehouse, force=True))
            assert outcome.published, outcome.failures
            published.touch()
    return warehouse


@pytest.fixture
def sample_db(published_sample):
    with duckdb.connect(str(published_sample), read_only=True) as connection:
        yield connection


def workspace_from(published_sample: Path, tmp_path: Path) -> tuple[Path, Path]:
    """A private copy of the sample's raw folder and of its published release (database,
    quality page, docs, dashboard, exports), published there as it was."""
    from dagster_project.publishing.releases import current_release, point_current

    raw = copy_sample_raw(tmp_path / "raw")
    warehouse = tmp_path / "warehouse" / "warehouse.duckdb"
    release = current_release(published_sample)
    copy = warehouse.parent / "releases" / release.name
    shutil.copytree(release, copy)
    point_current(warehouse, copy)
    return raw, warehouse


def warehouse_cli(*args: str) -> subprocess.Popen:
    """The ``warehouse`` command in its own process group, output as text."""
    return subprocess.Popen(
        [sys.executable, "-m", "dagster_project.cli", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    """The end-to-end modules first (in their order), the quick ones after: the two workers start on the long loads
    and the many short tests fill the end, instead of one worker finishing a load alone (with
    ``--no-loadscope-reorder``, pytest-xdist hands the modules out in this order)."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)
