"""The key that turns names and passport numbers into keyed hashes. Whoever holds it can undo
the pseudonymisation by guessing (the passport space is small), so it lives outside the
checkout and the warehouse folder that analysts are given, readable by its owner only, and is
never for a moment a file with wider permissions."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from dagster_project.paths import PROJECT_ROOT

KEY_VARIABLE = "WAREHOUSE_PII_KEY"
KEY_FILE_VARIABLE = "WAREHOUSE_PII_KEY_FILE"
# Where earlier versions kept it; moved out on first use so the same key keeps its hashes.
LEGACY_KEY_FILE = PROJECT_ROOT / ".pii_key"


def key_file() -> Path:
    if configured := os.environ.get(KEY_FILE_VARIABLE):
        return Path(configured)
    config_home = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return config_home / "warehouse-songoaivu-hatinh" / "pii_key"


def _create_private(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` only if it does not exist yet: the bytes go into a file opened
    with mode 0600, which is then linked into place, so no reader ever sees it wider or half written."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    staging = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
    descriptor = os.open(staging, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.link(staging, path)
    except FileExistsError:
        pass  # another process created it first: its key is the one to use
    finally:
        staging.unlink(missing_ok=True)


def personal_data_key() -> bytes:
    """WAREHOUSE_PII_KEY, else the key file (created on first use, or moved there from the
    checkout where earlier versions kept it)."""
    if key := os.environ.get(KEY_VARIABLE):
        return key.encode()
    path = key_file()
    if not path.exists():
        legacy = LEGACY_KEY_FILE.read_text(encoding="utf-8").strip() if LEGACY_KEY_FILE.exists() else None
        _create_private(path, legacy or secrets.token_hex(32))
    if (
        LEGACY_KEY_FILE.exists()
        and LEGACY_KEY_FILE.read_text(encoding="utf-8").strip() == path.read_text(encoding="utf-8").strip()
    ):
        LEGACY_KEY_FILE.unlink()
    return path.read_text(encoding="utf-8").strip().encode()
