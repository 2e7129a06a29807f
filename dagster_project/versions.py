"""Earlier published versions, kept as hard links so that keeping one costs no copy, and
restored by the same atomic os.replace that publishes."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path


def versions_dir(warehouse_path: Path) -> Path:
    return warehouse_path.parent / "versions"


def list_versions(warehouse_path: Path) -> list[Path]:
    """Newest first."""
    folder = versions_dir(warehouse_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"*{warehouse_path.suffix}"), key=lambda path: path.name, reverse=True)


def keep_current_version(warehouse_path: Path, keep: int) -> Path | None:
    """Keep the file about to be replaced; drop versions beyond the newest ``keep``."""
    if not warehouse_path.exists() or keep <= 0:
        return None
    folder = versions_dir(warehouse_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.fromtimestamp(warehouse_path.stat().st_mtime).strftime("%Y%m%dT%H%M%S")
    kept = folder / f"{stamp}-{warehouse_path.name}"
    if not kept.exists():
        try:
            os.link(warehouse_path, kept)
        except OSError:  # file systems without hard links
            shutil.copy2(warehouse_path, kept)
    for old in list_versions(warehouse_path)[keep:]:
        old.unlink(missing_ok=True)
    return kept


def restore_previous_version(warehouse_path: Path) -> Path:
    """Put the newest kept version back in place; raises FileNotFoundError if there is none."""
    versions = list_versions(warehouse_path)
    if not versions:
        raise FileNotFoundError(f"no earlier version of {warehouse_path} is kept in {versions_dir(warehouse_path)}")
    newest = versions[0]
    os.replace(newest, warehouse_path)
    return newest
