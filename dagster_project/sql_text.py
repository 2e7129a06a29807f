"""Text pasted into SQL where DuckDB takes no parameter (ATTACH, COPY … TO): a path with a
quote in it must stay one string literal, never end it."""

from __future__ import annotations

from pathlib import Path


def sql_literal(value: str | Path) -> str:
    """A SQL string literal of ``value``: single quotes doubled, as the SQL standard escapes them."""
    return "'" + str(value).replace("'", "''") + "'"
