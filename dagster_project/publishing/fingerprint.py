"""Fingerprint of everything a load depends on: raw file contents and the project's code.
Equal fingerprints mean a rebuild would publish the same warehouse."""

from __future__ import annotations

import hashlib
from pathlib import Path

from dagster_project.landing.engine import list_input_files
from dagster_project.landing.workbooks import file_sha256
from dagster_project.paths import DBT_PROJECT_DIR, PROJECT_ROOT

_CODE_SUFFIXES = {".py", ".sql", ".yml", ".yaml", ".csv"}


def _code_files() -> list[Path]:
    package = PROJECT_ROOT / "dagster_project"
    dbt_inputs = [DBT_PROJECT_DIR / name for name in ("models", "seeds", "macros", "tests")]
    files = [*package.rglob("*"), *(file for folder in dbt_inputs for file in folder.rglob("*"))]
    files += [DBT_PROJECT_DIR / "dbt_project.yml", *(PROJECT_ROOT / "expectations").glob("*.json")]
    return sorted(file for file in files if file.is_file() and file.suffix in _CODE_SUFFIXES)


def raw_file_hashes(raw_dir: Path) -> dict[str, str]:
    """Content hash of every file under raw/ by its path (touching a file changes nothing; a
    file put outside the family folders changes it too: the load then says it is not read)."""
    return {path.relative_to(raw_dir).as_posix(): file_sha256(path) for path in list_input_files(raw_dir)}


def parser_version(pii_key: bytes) -> str:
    """Version of everything that decides how a file becomes landed rows: the landing and
    parsing code, the indicator codelist and (as a hash) the key used for personal data."""
    digest = hashlib.sha256(hashlib.sha256(pii_key).digest())
    package = PROJECT_ROOT / "dagster_project"
    seeds = DBT_PROJECT_DIR / "seeds"
    code = [
        path
        for folder in ("landing", "parsing", "documents")
        for pattern in ("*.py", "*.yml")
        for path in (package / folder).rglob(pattern)
    ]
    inputs = sorted([*code, seeds / "indicators.csv", seeds / "partners.csv", seeds / "partner_aliases.csv"])
    for path in inputs:
        digest.update(f"{path.relative_to(PROJECT_ROOT).as_posix()}={file_sha256(path)}\n".encode())
    return digest.hexdigest()[:16]


def load_fingerprint(raw_dir: Path, reviewed_files: tuple[Path, ...] = ()) -> str:
    """Raw files, code, and the reviewed files (waivers, extraction decisions): a new review
    decision is a reason to load again."""
    digest = hashlib.sha256()
    for path in reviewed_files:
        digest.update(f"{path.name}={file_sha256(path) if path.exists() else '-'}\n".encode())
    for relative, sha in raw_file_hashes(raw_dir).items():
        digest.update(f"{relative}={sha}\n".encode())
    for path in _code_files():
        digest.update(f"{path.relative_to(PROJECT_ROOT).as_posix()}={file_sha256(path)}\n".encode())
    return digest.hexdigest()


# The fingerprint of the last published load, as quality.load_runs keeps it on either target.
LAST_FINGERPRINT_SQL = (
    "select input_fingerprint from quality.load_runs where published order by published_at desc limit 1"
)
