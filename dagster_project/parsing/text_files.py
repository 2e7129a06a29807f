"""Reading text files as clerks save them: UTF-8 (with or without a byte-order mark) or
Windows-1258, always normalised to NFC (Windows-1258 writes tone marks as combining characters);
and the project's reviewed YAML files."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import yaml

CSV_ENCODINGS = ("utf-8-sig", "cp1258")


class UnreadableFileError(Exception):
    """The whole file cannot be read; the message names the file and the reason."""


def decode_text(data: bytes) -> str:
    for encoding in CSV_ENCODINGS:
        try:
            return unicodedata.normalize("NFC", data.decode(encoding))
        except UnicodeDecodeError:
            continue
    raise UnreadableFileError(f"its text encoding is neither {' nor '.join(CSV_ENCODINGS)}")  # pragma: no cover


# libyaml's safe loader reads the same documents about ten times faster than the pure-Python
# one; every load and every test process reads the reviewed word lists and rules.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path):
    """The YAML document of a UTF-8 file, read safely (``yaml.YAMLError`` when it is not YAML)."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER)  # noqa: S506 - a safe loader
