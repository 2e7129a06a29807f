"""Build folders beside the published warehouse: the current run's, and failed ones kept for inspection."""

from __future__ import annotations

import shutil
from pathlib import Path

KEEP_FAILED_BUILDS = 3


def clean_leftover_builds(build_root: Path) -> list[Path]:
    """Remove builds of runs that were killed (runs are serialised, so none is live) and all
    but the newest failed builds kept for inspection."""
    removed = []
    if not build_root.is_dir():
        return removed
    for path in build_root.iterdir():
        if path.name != "failed":
            shutil.rmtree(path, ignore_errors=True) if path.is_dir() else path.unlink(missing_ok=True)
            removed.append(path)
    failed = build_root / "failed"
    if failed.is_dir():
        kept = sorted(failed.iterdir(), key=lambda path: path.stat().st_mtime, reverse=True)
        for path in kept[KEEP_FAILED_BUILDS:]:
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
    return removed
