"""Reviewed decisions on the extraction review queue (expectations/extraction_decisions.yml).

A steward reads ``warehouse review``, and for an item decides:
- ``accept``: publish it, with the indicator and period the steward names (and the value,
  when the text's value needs correcting);
- ``reject``: it is not a figure of the department; it leaves the open queue.

Each decision names the review item by its ``key`` (shown by ``warehouse review``), which is
made from the report's file name, the sentence and the figure as written: a decision stays
applied across reloads and extractor versions while the sentence is unchanged, and is
reported as stale (never applied) once the sentence changes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

import yaml

from dagster_project.parsing.periods import PeriodFormatError, parse_period

DECISIONS = ("accept", "reject")
REQUIRED_KEYS = ("key", "decision", "reason", "who", "date")


class DecisionFileError(ValueError):
    """The decisions file cannot be trusted; the message names the entry and what is wrong."""


@dataclass(frozen=True)
class Decision:
    review_key: str
    decision: str
    indicator_code: str | None
    period_code: str | None
    value: Decimal | None
    reason: str
    decided_by: str
    decided_on: dt.date


def _date(value, where: str) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as error:
        raise DecisionFileError(f"{where}: date '{value}' is not YYYY-MM-DD") from error


def _accepted_fields(entry: dict, where: str, known_indicators: set[str]) -> tuple[str, str, Decimal | None]:
    missing = [key for key in ("indicator", "period") if not str(entry.get(key) or "").strip()]
    if missing:
        raise DecisionFileError(f"{where}: an accepted figure needs {' and '.join(missing)}")
    if entry["indicator"] not in known_indicators:
        raise DecisionFileError(f"{where}: unknown indicator '{entry['indicator']}'")
    try:
        period = parse_period(entry["period"])
    except PeriodFormatError as error:
        raise DecisionFileError(f"{where}: {error}") from error
    value = None
    if entry.get("value") is not None:
        try:
            value = Decimal(str(entry["value"]))
        except InvalidOperation as error:
            raise DecisionFileError(f"{where}: value '{entry['value']}' is not a number") from error
        if value < 0:
            raise DecisionFileError(f"{where}: value {value} is negative")
    return entry["indicator"], period, value


def read_decisions(path: Path, known_indicators: set[str]) -> list[Decision]:
    if not path.exists():
        return []
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as error:
        raise DecisionFileError(f"{path}: not valid YAML ({error})") from error
    entries = (document.get("decisions") or []) if isinstance(document, dict) else None
    if not isinstance(entries, list):
        raise DecisionFileError(f"{path}: expected a list under 'decisions:'")
    decisions, seen = [], set()
    for number, entry in enumerate(entries, start=1):
        where = f"{path}, decision {number}"
        if not isinstance(entry, dict):
            raise DecisionFileError(f"{where}: expected keys {', '.join(REQUIRED_KEYS)}")
        missing = [key for key in REQUIRED_KEYS if not str(entry.get(key) or "").strip()]
        if missing:
            raise DecisionFileError(f"{where}: missing {', '.join(missing)}")
        key, decision = str(entry["key"]).strip(), str(entry["decision"]).strip().lower()
        if decision not in DECISIONS:
            raise DecisionFileError(f"{where}: decision '{entry['decision']}' is not one of {', '.join(DECISIONS)}")
        if key in seen:
            raise DecisionFileError(f"{where}: key {key} is decided twice")
        seen.add(key)
        indicator, period, value = _accepted_fields(entry, where, known_indicators) if decision == "accept" else (None, None, None)
        decisions.append(Decision(key, decision, indicator, period, value, str(entry["reason"]).strip(), str(entry["who"]).strip(),
                                  _date(entry["date"], where)))
    return decisions


def review_key(document_name: str, excerpt: str, value_as_written: str, offset_in_excerpt: int) -> str:
    """The key dbt's review_key() macro gives a review item (for tests and tools in Python)."""
    import hashlib

    text = f"{document_name}|{excerpt}|{value_as_written}|{offset_in_excerpt}"
    return hashlib.md5(text.encode("utf-8")).hexdigest()[:12]  # noqa: S324 - a lookup key, not security
