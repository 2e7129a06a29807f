"""Reviewed waivers: a published figure the registers contradict may still be published
when ``expectations/waivers.yml`` lists it with a reason, the reviewer and the date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import yaml

from dagster_project.parsing.periods import PeriodFormatError, parse_period

REQUIRED_KEYS = ("period", "indicator", "reason", "who", "date")


class WaiverFileError(ValueError):
    """The waivers file cannot be trusted; the message names the entry and what is wrong."""


@dataclass(frozen=True)
class Waiver:
    period_code: str
    indicator_code: str
    reason: str
    waived_by: str
    waived_on: dt.date


def read_waivers(path: Path, known_indicators: set[str]) -> list[Waiver]:
    if not path.exists():
        return []
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as error:
        raise WaiverFileError(f"{path}: not valid YAML ({error})") from error
    entries = (document.get("waivers") or []) if isinstance(document, dict) else None
    if entries is None or not isinstance(entries, list):
        raise WaiverFileError(f"{path}: expected a list under 'waivers:'")
    waivers = []
    for number, entry in enumerate(entries, start=1):
        where = f"{path}, waiver {number}"
        if not isinstance(entry, dict):
            raise WaiverFileError(f"{where}: expected keys {', '.join(REQUIRED_KEYS)}")
        missing = [key for key in REQUIRED_KEYS if not str(entry.get(key) or "").strip()]
        if missing:
            raise WaiverFileError(f"{where}: missing {', '.join(missing)}")
        try:
            period = parse_period(entry["period"])
        except PeriodFormatError as error:
            raise WaiverFileError(f"{where}: {error}") from error
        if entry["indicator"] not in known_indicators:
            raise WaiverFileError(f"{where}: unknown indicator '{entry['indicator']}'")
        date = entry["date"]
        if not isinstance(date, dt.date):
            try:
                date = dt.date.fromisoformat(str(date))
            except ValueError as error:
                raise WaiverFileError(f"{where}: date '{entry['date']}' is not YYYY-MM-DD") from error
        waivers.append(Waiver(period, entry["indicator"], str(entry["reason"]).strip(), str(entry["who"]).strip(), date))
    return waivers
