"""Reading text files as clerks save them: UTF-8 (with or without a byte-order mark) or
Windows-1258, always normalised to NFC (Windows-1258 writes tone marks as combining characters)."""

from __future__ import annotations

import unicodedata

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
