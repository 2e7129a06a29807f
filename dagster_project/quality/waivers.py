"""Reviewed waivers: a published figure the registers contradict may still be published
when ``expectations/waivers.yml`` lists it with a reason, the reviewer and the date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from dagster_project.parsing.periods import PeriodFormatError, parse_period
from dagster_project.quality.reviewed_files import review_date, reviewed_entries

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
    waivers = []
    for where, entry in reviewed_entries(path, "waivers", "waiver", REQUIRED_KEYS, WaiverFileError):
        try:
            period = parse_period(entry["period"])
        except PeriodFormatError as error:
            raise WaiverFileError(f"{where}: {error}") from error
        if entry["indicator"] not in known_indicators:
            raise WaiverFileError(f"{where}: unknown indicator '{entry['indicator']}'")
        date = review_date(entry["date"], where, WaiverFileError)
        waivers.append(Waiver(period, entry["indicator"], str(entry["reason"]).strip(), str(entry["who"]).strip(), date))
    return waivers
