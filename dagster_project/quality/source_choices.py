"""Reviewed choices between sources that publish different values for one figure.

When two sources (two report tables, or a table and a report) give one indicator for one
period different values, nothing is published until a reviewer picks the source whose value
stands. Choices live beside the waivers in ``expectations/waivers.yml`` under
``source_choices:``; each names the period, the indicator, the source file (its path under
raw/, as the load's message shows it), why, who and when."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from dagster_project.quality.reviewed_files import period_and_indicator, review_date, reviewed_entries

REQUIRED_KEYS = ("period", "indicator", "source", "reason", "who", "date")
CHOICE_COLUMNS = (
    "period_code varchar, indicator_code varchar, source_file varchar, reason varchar, "
    "chosen_by varchar, chosen_on date"
)


class SourceChoiceError(ValueError):
    """A choice cannot be trusted; the message names the entry and what is wrong."""


@dataclass(frozen=True)
class SourceChoice:
    period_code: str
    indicator_code: str
    source_file: str
    reason: str
    chosen_by: str
    chosen_on: dt.date

    def row(self) -> list:
        return [self.period_code, self.indicator_code, self.source_file, self.reason, self.chosen_by, self.chosen_on]


def read_source_choices(path: Path, known_indicators: set[str]) -> list[SourceChoice]:
    choices: dict[tuple[str, str], SourceChoice] = {}
    for where, entry in reviewed_entries(path, "source_choices", "source choice", REQUIRED_KEYS, SourceChoiceError):
        period, indicator = period_and_indicator(entry, where, known_indicators, SourceChoiceError)
        source = str(entry["source"]).strip().removeprefix("raw/")
        choice = SourceChoice(
            period,
            indicator,
            source,
            str(entry["reason"]).strip(),
            str(entry["who"]).strip(),
            review_date(entry["date"], where, SourceChoiceError),
        )
        if (period, choice.indicator_code) in choices:
            raise SourceChoiceError(f"{where}: {choice.indicator_code} for {period} is chosen twice")
        choices[(period, choice.indicator_code)] = choice
    return list(choices.values())


# Figures whose sources disagree and that no reviewed choice settles, one row per source.
OPEN_CONFLICTS_QUERY = (
    "select period_code, indicator_code, source_file, source_value, register_value "
    "from {schema}.rpt_source_reconciliation "
    "where conflict_status = 'open' order by period_code, indicator_code, source_file, source_value"
)


def _plain(value: Decimal | None) -> str:
    return format(value.normalize(), "f") if value is not None else "none"


def conflict_messages(rows: list[tuple]) -> list[str]:
    """One sentence per figure, naming every source with its value and the registers' count."""
    by_figure: dict[tuple[str, str], list[tuple]] = {}
    for period, indicator, source, value, register in rows:
        by_figure.setdefault((period, indicator), []).append((source, value, register))
    messages = []
    for (period, indicator), sources in by_figure.items():
        given = "; ".join(f"{_plain(value)} in {source}" for source, value, _ in sources)
        register = sources[0][2]
        messages.append(
            f"sources disagree: {indicator} for {period}: {given} (registers {_plain(register)}); "
            "pick the source that stands under source_choices: in expectations/waivers.yml"
        )
    return messages
