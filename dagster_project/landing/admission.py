"""Which files under raw/ may be read at all, decided before any parser opens them: a file
must really be inside raw/ (a link to the system's password file or to a workbook elsewhere is
not the department's input), and it must be of a size a report or register can have (one
50 MB text file would stall the load and flood the review queue)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

MEGABYTE = 1024 * 1024
DOCUMENT_FAMILY = "documents"


@dataclass(frozen=True)
class SizeLimits:
    """Largest file read, in megabytes (WAREHOUSE_MAX_WORKBOOK_MB, WAREHOUSE_MAX_DOCUMENT_MB)."""

    workbook_mb: float = 20
    document_mb: float = 5

    def for_family(self, family: str) -> tuple[float, str]:
        if family == DOCUMENT_FAMILY:
            return self.document_mb, "WAREHOUSE_MAX_DOCUMENT_MB"
        return self.workbook_mb, "WAREHOUSE_MAX_WORKBOOK_MB"


def _shown(path: Path, raw_root: Path) -> str:
    try:
        return path.relative_to(raw_root).as_posix()
    except ValueError:
        return path.as_posix()


def _outside(path: Path, root: Path) -> bool:
    target = path.resolve()
    return target != root and root not in target.parents


def links_leaving(raw_root: Path, folder: Path) -> list[str]:
    """``folder`` and every link under it (to a file or a folder) whose target is outside raw/."""
    root = raw_root.resolve()
    links = [folder] if folder.is_symlink() else []
    for parent, names, files in os.walk(folder, followlinks=False):
        links += [Path(parent) / name for name in sorted([*names, *files]) if (Path(parent) / name).is_symlink()]
    return [
        f"{_shown(link, raw_root)}: not read: it is a link to {link.resolve()}, outside {raw_root.name}/; "
        "copy the file itself into raw/ if it is the department's input"
        for link in links
        if _outside(link, root)
    ]


def admit(files: list[Path], raw_root: Path, family: str, limits: SizeLimits) -> tuple[list[Path], list[str]]:
    """The files of one family that may be parsed, and a message for each one refused: links
    out of raw/ anywhere in the family's folder, and files above the family's size limit."""
    root = raw_root.resolve()
    refused = links_leaving(raw_root, raw_root / family)
    limit_mb, setting = limits.for_family(family)
    admitted = []
    for path in files:
        if _outside(path, root):
            continue  # named by links_leaving
        size = path.stat().st_size
        if size > limit_mb * MEGABYTE:
            refused.append(
                f"{_shown(path, raw_root)}: not read: {size / MEGABYTE:.1f} MB is more than the {limit_mb:g} MB "
                f"allowed for {family}; check it is the right file, or raise {setting}"
            )
            continue
        admitted.append(path)
    return admitted, refused
