"""Shared by the fault and attack tests: a private copy of the published sample, its hash, and
the `warehouse` command run as a user runs it."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from tests.conftest import warehouse_cli


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def private_copy(published: Path, folder: Path) -> Path:
    """The published sample copied where an attack that succeeded would do no harm to others."""
    warehouse = folder / "warehouse" / "warehouse.duckdb"
    warehouse.parent.mkdir(parents=True)
    shutil.copy2(published, warehouse)
    return warehouse


def run_cli(*args: str, timeout: float = 300) -> tuple[int, str]:
    process = warehouse_cli(*args)
    output, _ = process.communicate(timeout=timeout)
    return process.returncode, output
