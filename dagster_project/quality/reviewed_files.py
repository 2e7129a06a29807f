"""Reading a reviewed YAML file kept beside the code (waivers, source choices, extraction
decisions): a list of entries under one key, each with required keys, a known period and
indicator, and a review date. Any fault names the entry."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import yaml

from dagster_project.parsing.periods import PeriodFormatError, parse_period
from dagster_project.parsing.text_files import read_yaml


def reviewed_entries(
    path: Path, list_key: str, item: str, required: tuple[str, ...], error: type[ValueError]
) -> Iterator[tuple[str, dict]]:
    """(where, entry) for each entry under ``list_key``, with every required key present."""
    if not path.exists():
        return
    try:
        document = read_yaml(path) or {}
    except yaml.YAMLError as problem:
        raise error(f"{path}: not valid YAML ({problem})") from problem
    entries = (document.get(list_key) or []) if isinstance(document, dict) else None
    if not isinstance(entries, list):
        raise error(f"{path}: expected a list under '{list_key}:'")
    for number, entry in enumerate(entries, start=1):
        where = f"{path}, {item} {number}"
        if not isinstance(entry, dict):
            raise error(f"{where}: expected keys {', '.join(required)}")
        missing = [key for key in required if not str(entry.get(key) or "").strip()]
        if missing:
            raise error(f"{where}: missing {', '.join(missing)}")
        yield where, entry


def review_date(value, where: str, error: type[ValueError]) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as problem:
        raise error(f"{where}: date '{value}' is not YYYY-MM-DD") from problem


def period_and_indicator(
    entry: dict, where: str, known_indicators: set[str], error: type[ValueError]
) -> tuple[str, str]:
    """The entry's period code (normalised) and indicator, both known."""
    if entry["indicator"] not in known_indicators:
        raise error(f"{where}: unknown indicator '{entry['indicator']}'")
    try:
        return parse_period(entry["period"]), entry["indicator"]
    except PeriodFormatError as problem:
        raise error(f"{where}: {problem}") from problem
