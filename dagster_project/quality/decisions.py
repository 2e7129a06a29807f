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

from dagster_project.quality.reviewed_files import period_and_indicator, review_date, reviewed_entries

DECISIONS = ("accept", "reject")
REQUIRED_KEYS = ("key", "decision", "reason", "who", "date")
DECISION_COLUMNS = (
    "review_key varchar, decision varchar, indicator_code varchar, period_code varchar, value decimal(38, 6), "
    "reason varchar, decided_by varchar, decided_on date"
)


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

    def row(self) -> list:
        return [
            self.review_key,
            self.decision,
            self.indicator_code,
            self.period_code,
            self.value,
            self.reason,
            self.decided_by,
            self.decided_on,
        ]


def _accepted_fields(entry: dict, where: str, known_indicators: set[str]) -> tuple[str, str, Decimal | None]:
    missing = [key for key in ("indicator", "period") if not str(entry.get(key) or "").strip()]
    if missing:
        raise DecisionFileError(f"{where}: an accepted figure needs {' and '.join(missing)}")
    period, indicator = period_and_indicator(entry, where, known_indicators, DecisionFileError)
    value = None
    if entry.get("value") is not None:
        try:
            value = Decimal(str(entry["value"]))
        except InvalidOperation as error:
            raise DecisionFileError(f"{where}: value '{entry['value']}' is not a number") from error
        if value < 0:
            raise DecisionFileError(f"{where}: value {value} is negative")
    return indicator, period, value


def read_decisions(path: Path, known_indicators: set[str]) -> list[Decision]:
    decisions, seen = [], set()
    for where, entry in reviewed_entries(path, "decisions", "decision", REQUIRED_KEYS, DecisionFileError):
        key, decision = str(entry["key"]).strip(), str(entry["decision"]).strip().lower()
        if decision not in DECISIONS:
            raise DecisionFileError(f"{where}: decision '{entry['decision']}' is not one of {', '.join(DECISIONS)}")
        if key in seen:
            raise DecisionFileError(f"{where}: key {key} is decided twice")
        seen.add(key)
        indicator, period, value = (
            _accepted_fields(entry, where, known_indicators) if decision == "accept" else (None, None, None)
        )
        decisions.append(
            Decision(
                key,
                decision,
                indicator,
                period,
                value,
                str(entry["reason"]).strip(),
                str(entry["who"]).strip(),
                review_date(entry["date"], where, DecisionFileError),
            )
        )
    return decisions


def review_key(document_name: str, excerpt: str, value_as_written: str, offset_in_excerpt: int) -> str:
    """The key dbt's review_key() macro gives a review item (for tests and tools in Python)."""
    import hashlib

    text = f"{document_name}|{excerpt}|{value_as_written}|{offset_in_excerpt}"
    return hashlib.md5(text.encode("utf-8")).hexdigest()[:12]  # noqa: S324 - a lookup key, not security
