"""The published unit: the database of one load and every page or export that describes it
(quality page, dbt docs, dashboard, Parquet exports), kept together in one release folder.

    warehouse/releases/<stamp>-<run>/   warehouse.duckdb, quality/, docs/, dashboard/, exports/, release.json
    warehouse/current -> releases/<stamp>-<run>
    warehouse/warehouse.duckdb -> current/warehouse.duckdb   (and quality, docs, dashboard, exports)

A run builds its release in its build folder; publishing renames that folder into releases/
and then replaces the one `current` link, so readers see the whole old unit or the whole new
one, never a database beside pages of another load. Earlier releases are kept whole: rollback
points `current` at one of them, and pointing it back undoes the rollback."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from pathlib import Path

PARTS = ("quality", "docs", "dashboard", "exports")
PART_NAMES = {"quality": "quality page", "docs": "dbt docs", "dashboard": "dashboard", "exports": "Parquet exports"}
RUN_FILE = "run.json"
RELEASE_FILE = "release.json"


class ReleaseError(Exception):
    """No release to move to; the message says why."""


def releases_dir(warehouse_path: Path) -> Path:
    return warehouse_path.parent / "releases"


def current_link(warehouse_path: Path) -> Path:
    return warehouse_path.parent / "current"


def stamp_run(folder: Path, run_id: str) -> None:
    """Mark a built part with the run it describes (status compares them)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / RUN_FILE).write_text(json.dumps({"run_id": run_id}), encoding="utf-8")


def part_run_id(folder: Path) -> str | None:
    try:
        return json.loads((folder / RUN_FILE).read_text(encoding="utf-8"))["run_id"]
    except (OSError, ValueError, KeyError):
        return None


def list_releases(warehouse_path: Path) -> list[Path]:
    """Newest first (names start with the publish time)."""
    folder = releases_dir(warehouse_path)
    if not folder.is_dir():
        return []
    return sorted(
        (path for path in folder.iterdir() if path.is_dir() and not path.name.startswith(".")),
        key=lambda path: path.name,
        reverse=True,
    )


def current_release(warehouse_path: Path) -> Path | None:
    link = current_link(warehouse_path)
    return link.resolve() if link.is_symlink() and link.exists() else None


def kept_releases(warehouse_path: Path) -> list[Path]:
    """Releases other than the published one, newest first."""
    current = current_release(warehouse_path)
    return [release for release in list_releases(warehouse_path) if release != current]


def _replace_with_link(path: Path, target: str) -> None:
    """Make ``path`` a link to ``target`` (relative) in one rename; a real folder in its place
    (an older layout) is moved aside first."""
    if path.is_symlink() and os.readlink(path) == target:
        return
    temporary = path.with_name(f".{path.name}.link.{os.getpid()}")
    temporary.unlink(missing_ok=True)
    temporary.symlink_to(target)
    retired = None
    if path.is_dir() and not path.is_symlink():
        retired = path.with_name(f".{path.name}.retired")
        shutil.rmtree(retired, ignore_errors=True)
        os.replace(path, retired)
    os.replace(temporary, path)
    if retired is not None:
        shutil.rmtree(retired, ignore_errors=True)


def point_current(warehouse_path: Path, release: Path) -> None:
    """Publish ``release`` (a folder under releases/): one rename of the `current` link."""
    _replace_with_link(current_link(warehouse_path), f"releases/{release.name}")
    for name in (warehouse_path.name, *PARTS):
        _replace_with_link(warehouse_path.parent / name, f"current/{name}")


def _stamp(moment: dt.datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%S%f")


def adopt_older_layout(warehouse_path: Path, run_id_of) -> None:
    """A warehouse published by an earlier version (a plain file, folders beside it, versions/
    of hard links) becomes releases: the published file and its folders one release, each
    kept version another (database only). ``run_id_of(path)`` reads a database's last run."""
    if not warehouse_path.exists() or warehouse_path.is_symlink():
        return
    folder = releases_dir(warehouse_path)
    folder.mkdir(parents=True, exist_ok=True)
    old_versions = warehouse_path.parent / "versions"
    for version in sorted(old_versions.glob(f"*{warehouse_path.suffix}")) if old_versions.is_dir() else []:
        release = folder / f"{version.name.split('-')[0]}-kept"
        release.mkdir(exist_ok=True)
        os.replace(version, release / warehouse_path.name)
    published_at = dt.datetime.fromtimestamp(warehouse_path.stat().st_mtime)
    release = folder / f"{_stamp(published_at)}-adopted"
    release.mkdir(exist_ok=True)
    target = release / warehouse_path.name
    if not target.exists():
        try:
            os.link(warehouse_path, target)
        except OSError:  # file systems without hard links
            shutil.copy2(warehouse_path, target)
    for part in PARTS:
        if (warehouse_path.parent / part).is_dir() and not (warehouse_path.parent / part).is_symlink():
            shutil.copytree(warehouse_path.parent / part, release / part, dirs_exist_ok=True)
    (release / RELEASE_FILE).write_text(json.dumps({"run_id": run_id_of(target), "adopted": True}), encoding="utf-8")
    point_current(warehouse_path, release)
    shutil.rmtree(old_versions, ignore_errors=True)


def publish_release(build_dir: Path, warehouse_path: Path, run_id: str, keep: int) -> Path:
    """Move the run's build folder into releases/ and make it the published unit; keep the
    ``keep`` newest other releases for rollback."""
    (build_dir / RELEASE_FILE).write_text(json.dumps({"run_id": run_id}), encoding="utf-8")
    folder = releases_dir(warehouse_path)
    folder.mkdir(parents=True, exist_ok=True)
    release = folder / f"{_stamp(dt.datetime.now())}-{run_id[:8]}"
    os.replace(build_dir, release)
    point_current(warehouse_path, release)
    for old in kept_releases(warehouse_path)[keep:]:
        shutil.rmtree(old, ignore_errors=True)
    return release


def switch_release(warehouse_path: Path, newer: bool) -> tuple[Path, Path]:
    """Point `current` at the next older release (rollback) or the next newer one (undoing a
    rollback); returns (from, to). Raises ReleaseError when there is none that way."""
    releases = list_releases(warehouse_path)
    current = current_release(warehouse_path)
    if current is None or current not in releases:
        raise ReleaseError(f"no published release at {warehouse_path} (publish one with `warehouse load`)")
    index = releases.index(current) + (-1 if newer else 1)
    if not 0 <= index < len(releases):
        direction = "newer" if newer else "earlier"
        raise ReleaseError(f"no {direction} release than {current.name} is kept in {releases_dir(warehouse_path)}")
    point_current(warehouse_path, releases[index])
    return current, releases[index]


def release_run_id(release: Path) -> str | None:
    try:
        return json.loads((release / RELEASE_FILE).read_text(encoding="utf-8"))["run_id"]
    except (OSError, ValueError, KeyError):
        return None


def database_run_id(database: Path) -> str | None:
    """The run a published database file describes (its newest published run)."""
    import duckdb

    try:
        with duckdb.connect(str(database), read_only=True) as connection:
            row = connection.execute(
                "select run_id from quality.load_runs where published order by published_at desc limit 1"
            ).fetchone()
    except duckdb.Error:
        return None
    return row[0] if row else None


def disagreements(warehouse_path: Path, database_run_id: str | None) -> list[str]:
    """Every page or export beside the published database that describes another load (or
    says nothing of the load it describes): empty when the unit is whole."""
    problems = []
    if not warehouse_path.is_symlink():
        problems.append(
            f"{warehouse_path.name} is not published as a release (an older layout): "
            "its pages may describe another load"
        )
    for part in PARTS:
        described = part_run_id(warehouse_path.parent / part)
        if described != database_run_id:
            problems.append(
                f"{PART_NAMES[part]} ({part}/): from run {described or 'unknown'}, "
                f"but the published database is from run {database_run_id or 'unknown'}"
            )
    return problems


def record_switch(warehouse_path: Path, kind: str, source: Path, target: Path) -> None:
    """A rollback (or its undoing) in the run history that `warehouse status` lists."""
    log = warehouse_path.parent / "logs" / "load_runs.jsonl"
    log.parent.mkdir(parents=True, exist_ok=True)
    entry = {
        "kind": kind,
        "run_id": release_run_id(target),
        "finished_at": dt.datetime.now().isoformat(timespec="seconds"),
        "from_release": source.name,
        "to_release": target.name,
        "published": True,
        "skipped": False,
        "failures": [],
    }
    with log.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(entry, ensure_ascii=False) + "\n")


def torn_unit(warehouse_path: Path) -> list[str]:
    """What of the published unit describes another load than its database (a load must then
    repair it, not skip)."""
    return disagreements(warehouse_path, database_run_id(warehouse_path)) if warehouse_path.exists() else []
