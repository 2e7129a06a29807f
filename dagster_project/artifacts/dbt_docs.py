"""dbt's documentation site as one static HTML file (``dbt docs generate --static``), rebuilt only
when what it shows changed.

The page holds dbt's manifest (the project's files) and catalog (every relation's schema, name,
kind, columns, types and comments; no row counts or other data), so the project's files, dbt's
version and the schema of the built warehouse decide it entirely. ``site_fingerprint`` hashes
those; a page built for the same fingerprint, kept in the project's dbt target folder or beside
the published warehouse, is copied instead of running ``dbt docs generate`` (about 5 s) again.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

STATIC_PAGE = "static_index.html"
FINGERPRINT_FILE = "site_fingerprint"
# dbt project inputs that reach the manifest (as dbt_project.manifest_is_stale counts them).
PROJECT_INPUTS = ("models", "seeds", "macros", "tests", "snapshots", "analyses", "dbt_project.yml", "profiles.yml")
CACHE_DIR_NAME = "docs_site_cache"
KEEP_CACHED_SITES = 3

# Every relation's columns as the catalog reads them (information_schema answers on both targets).
SCHEMA_SQL = """
    select c.table_catalog, c.table_schema, c.table_name, t.table_type, c.column_name, c.data_type, c.ordinal_position
    from information_schema.columns c
    join information_schema.tables t
      on t.table_catalog = c.table_catalog and t.table_schema = c.table_schema and t.table_name = c.table_name
    order by 1, 2, 3, 7
"""


def site_fingerprint(project_dir: Path, dbt_version: str, schema_rows: list[tuple]) -> str:
    digest = hashlib.sha256(f"dbt {dbt_version}\n".encode())
    for name in PROJECT_INPUTS:
        path = project_dir / name
        files = sorted(path.rglob("*")) if path.is_dir() else [path]
        for file in files:
            if file.is_file():
                digest.update(f"{file.relative_to(project_dir)}\n".encode())
                digest.update(file.read_bytes())
    for row in schema_rows:
        digest.update(("\t".join(map(str, row)) + "\n").encode())
    return digest.hexdigest()


def cache_dir(target_dir: Path) -> Path:
    return target_dir / CACHE_DIR_NAME


def _fingerprint_of(folder: Path) -> str | None:
    try:
        return (folder / FINGERPRINT_FILE).read_text(encoding="utf-8").strip()
    except OSError:
        return None


def reuse_site(fingerprint: str, folder: Path, candidates: list[Path]) -> Path | None:
    """Copy a page built for ``fingerprint`` from the first candidate folder that has one
    (``index.html`` beside a ``site_fingerprint`` file) to ``folder/index.html``; None if none has."""
    for candidate in candidates:
        page = candidate / "index.html"
        if _fingerprint_of(candidate) == fingerprint and page.is_file():
            installed = _install(page, folder, fingerprint)
            os.utime(candidate)  # a cached site in use is not the one pruned
            return installed
    return None


def publish_static_docs(target_dir: Path, folder: Path, fingerprint: str | None = None) -> Path:
    """Copy the page dbt wrote into ``target_dir`` to ``folder/index.html`` and, given its
    fingerprint, keep a copy in ``target_dir``'s cache for the next load."""
    page = target_dir / STATIC_PAGE
    if not page.exists():
        raise FileNotFoundError(f"dbt docs generate --static wrote no {page}")
    destination = _install(page, folder, fingerprint)
    if fingerprint is not None:
        _install(page, cache_dir(target_dir) / fingerprint, fingerprint)
        _prune(cache_dir(target_dir))
    return destination


def _install(page: Path, folder: Path, fingerprint: str | None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    destination = folder / "index.html"
    # Written aside and renamed: a load killed halfway leaves no half page under the right name.
    partial = folder / f".index.html.{os.getpid()}"
    shutil.copyfile(page, partial)
    os.replace(partial, destination)
    if fingerprint is not None:
        (folder / FINGERPRINT_FILE).write_text(fingerprint, encoding="utf-8")
    return destination


def _prune(cache: Path) -> None:
    entries = [path for path in cache.iterdir() if path.is_dir()]
    entries.sort(key=lambda path: path.stat().st_mtime, reverse=True)
    for stale in entries[KEEP_CACHED_SITES:]:
        shutil.rmtree(stale, ignore_errors=True)
