"""dbt's documentation site as one static HTML file (``dbt docs generate --static``)."""

from __future__ import annotations

import shutil
from pathlib import Path

STATIC_PAGE = "static_index.html"


def publish_static_docs(target_dir: Path, folder: Path) -> Path:
    """Copy the page dbt wrote into ``target_dir`` to ``folder/index.html``."""
    page = target_dir / STATIC_PAGE
    if not page.exists():
        raise FileNotFoundError(f"dbt docs generate --static wrote no {page}")
    folder.mkdir(parents=True, exist_ok=True)
    destination = folder / "index.html"
    shutil.copyfile(page, destination)
    return destination
