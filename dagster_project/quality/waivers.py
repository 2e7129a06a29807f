"""Reviewed waivers: a published figure the registers contradict may still be published
when ``expectations/waivers.yml`` lists it with a reason, the reviewer and the date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from dagster_project.quality.reviewed_files import period_and_indicator, review_date, reviewed_entries

REQUIRED_KEYS = ("period", "indicator", "reason", "who", "date")
WAIVER_COLUMNS = "period_code varchar, indicator_code varchar, reason varchar, waived_by varchar, waived_on date"


class WaiverFileError(ValueError):
    """The waivers file cannot be trusted; the message names the entry and what is wrong."""


@dataclass(frozen=True)
class Waiver:
    period_code: str
    indicator_code: str
    reason: str
    waived_by: str
    waived_on: dt.date

    def row(self) -> list:
        return [self.period_code, self.indicator_code, self.reason, self.waived_by, self.waived_on]


def read_waivers(path: Path, known_indicators: set[str]) -> list[Waiver]:
    waivers = []
    for where, entry in reviewed_entries(path, "waivers", "waiver", REQUIRED_KEYS, WaiverFileError):
        period, indicator = period_and_indicator(entry, where, known_indicators, WaiverFileError)
        date = review_date(entry["date"], where, WaiverFileError)
        waivers.append(Waiver(period, indicator, str(entry["reason"]).strip(), str(entry["who"]).strip(), date))
    return waivers
