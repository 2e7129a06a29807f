"""The published unit: database and pages move together, are kept together, come back
together on rollback, and a rollback can be undone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dagster_project.publishing.releases import (
    PARTS,
    ReleaseError,
    adopt_older_layout,
    current_release,
    disagreements,
    kept_releases,
    publish_release,
    stamp_run,
    switch_release,
)


def _build(root: Path, run_id: str) -> Path:
    build = root / ".build" / "current"
    build.mkdir(parents=True)
    (build / "warehouse.duckdb").write_text(f"database of {run_id}")
    for part in PARTS:
        stamp_run(build / part, run_id)
        (build / part / "index.html").write_text(f"page of {run_id}")
    return build


def _publish(root: Path, run_id: str, keep: int = 3) -> Path:
    return publish_release(_build(root, run_id), root / "warehouse.duckdb", run_id, keep)


def _seen(root: Path) -> set[str]:
    """What a reader finds at the published paths."""
    return {
        (root / "warehouse.duckdb").read_text().split()[-1],
        *((root / part / "index.html").read_text().split()[-1] for part in PARTS),
    }


def test_a_publish_moves_database_and_every_page_together(tmp_path):
    _publish(tmp_path, "run-1")
    assert _seen(tmp_path) == {"run-1"}
    _publish(tmp_path, "run-2")
    assert _seen(tmp_path) == {"run-2"}
    assert not (tmp_path / ".build" / "current").exists()
    assert disagreements(tmp_path / "warehouse.duckdb", "run-2") == []


def test_rollback_restores_the_whole_unit_and_can_be_undone(tmp_path):
    for number in (1, 2, 3):
        _publish(tmp_path, f"run-{number}")
    warehouse = tmp_path / "warehouse.duckdb"
    replaced, restored = switch_release(warehouse, newer=False)
    assert _seen(tmp_path) == {"run-2"}
    assert replaced.name.endswith("run-3") and restored.name.endswith("run-2")
    switch_release(warehouse, newer=True)
    assert _seen(tmp_path) == {"run-3"}
    with pytest.raises(ReleaseError, match="no newer release"):
        switch_release(warehouse, newer=True)


def test_old_releases_beyond_keep_are_dropped_but_never_the_published_one(tmp_path):
    for number in range(1, 6):
        _publish(tmp_path, f"run-{number}", keep=2)
    warehouse = tmp_path / "warehouse.duckdb"
    assert [path.name.split("-", 1)[1] for path in kept_releases(warehouse)] == ["run-4", "run-3"]
    assert current_release(warehouse).name.endswith("run-5")


def test_a_page_of_another_load_is_named(tmp_path):
    _publish(tmp_path, "run-1")
    stamp_run(tmp_path / "dashboard", "run-0")
    problems = disagreements(tmp_path / "warehouse.duckdb", "run-1")
    assert problems == ["dashboard (dashboard/): from run run-0, but the published database is from run run-1"]


def test_a_warehouse_of_the_older_layout_becomes_a_release_kept_for_rollback(tmp_path):
    warehouse = tmp_path / "warehouse.duckdb"
    warehouse.write_text("database of run-old")
    for part in PARTS:
        (tmp_path / part).mkdir()
        (tmp_path / part / "index.html").write_text("page of run-old")
    (tmp_path / "versions").mkdir()
    (tmp_path / "versions" / "20200101T000000-warehouse.duckdb").write_text("database of run-older")
    adopt_older_layout(warehouse, lambda path: "run-old")
    assert warehouse.is_symlink() and _seen(tmp_path) == {"run-old"}
    assert json.loads((current_release(warehouse) / "release.json").read_text())["run_id"] == "run-old"
    _publish(tmp_path, "run-new")
    assert _seen(tmp_path) == {"run-new"}
    switch_release(warehouse, newer=False)
    assert _seen(tmp_path) == {"run-old"}
    switch_release(warehouse, newer=False)
    assert warehouse.read_text() == "database of run-older"
