"""Register rows in quarantine that belong to a period with a published figure.

A row the landing rules rejected is not counted by the registers, so the reconciliation of
that period would compare the published figure with an incomplete count and could say
"match" (issue 14: thirty outbound delegations dated "06/2020" went to quarantine and 2020
still matched the published 11). Such a figure blocks publishing, like a mismatch, until the
rows are corrected or a reviewed waiver covers it."""

from __future__ import annotations

import csv
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from dagster_project.parsing.periods import period_from_code
from dagster_project.paths import DBT_PROJECT_DIR

# Landing tables whose rows an activity type of indicator_register_measures.csv is counted from.
_ACTIVITY_TABLES = {
    "outbound_delegation": ("outbound_delegations",),
    "inbound_delegation": ("inbound_delegations",),
    "inbound_mission_delegation": ("inbound_delegations",),
    "conference": ("conferences",),
    "agreement": ("agreements",),
    "consular_case": ("consular_cases",),
    "ngo_registration": ("ngo_registrations",),
    "ngo_aid_project": ("aid_projects", "aid_transactions"),
    "oda_project": ("aid_projects",),
    "gift": ("lao_support",),
}
_STOCK_TABLES = {"lao_students": ("lao_students",), "ngos_registered": ("ngo_registrations",)}

PUBLISHED_QUERY = (
    "select period_code, indicator_code, register_value_landed, reported_value, qualifier, source_document "
    "from {schema}.rpt_reconciliation where reported_value is not null and register_value_landed is not null "
    "and not is_waived"
)
QUARANTINED_QUERY = (
    "select target_table, _source_file, _sheet, _row_number, min(date_hint), min(reason) "
    "from quality.rejected_rows where date_hint is not null group by 1, 2, 3, 4"
)


@dataclass(frozen=True)
class QuarantinedRow:
    table: str
    source_file: str
    sheet: str
    row_number: int
    date_hint: str
    reason: str


def register_tables() -> dict[str, tuple[str, ...]]:
    """Indicator -> landing tables its register value is counted from."""
    with (DBT_PROJECT_DIR / "seeds" / "indicator_register_measures.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    tables = {}
    for row in rows:
        found = _ACTIVITY_TABLES.get(row["activity_type_code"]) or _STOCK_TABLES.get(row["measure"])
        if found:
            tables[row["indicator_code"]] = found
    return tables


def _hint_bounds(hint: str) -> tuple[dt.date, dt.date]:
    if len(hint) == 10:
        day = dt.date.fromisoformat(hint)
        return day, day
    if len(hint) == 7:
        year, month = int(hint[:4]), int(hint[5:])
        first = dt.date(year, month, 1)
        return first, (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1))
    return dt.date(int(hint), 1, 1), dt.date(int(hint), 12, 31)


def may_belong_to(hint: str, period_code: str) -> bool:
    """True when the row's date, month or year overlaps the period."""
    period = period_from_code(period_code)
    first, last = _hint_bounds(hint)
    return first <= period.end_date and last >= period.start_date


def _plain(value) -> str:
    return format(Decimal(value).normalize(), "f") if value is not None else "none"


def unaccounted_figures(published: list[tuple], quarantined: list[QuarantinedRow]) -> list[str]:
    """One sentence per published figure with quarantined register rows in its period."""
    tables = register_tables()
    messages = []
    for period, indicator, register, reported, qualifier, source in published:
        rows = [
            row
            for row in quarantined
            if row.table in tables.get(indicator, ()) and may_belong_to(row.date_hint, period)
        ]
        if not rows:
            continue
        by_file = defaultdict(list)
        for row in sorted(rows, key=lambda row: (row.source_file, row.sheet, row.row_number)):
            by_file[row.source_file].append(row)
        where = "; ".join(
            f"{name} rows {', '.join(str(r.row_number) for r in found[:5])}{' …' if len(found) > 5 else ''} "
            f"({found[0].reason})"
            for name, found in sorted(by_file.items())
        )
        messages.append(
            f"published figure not checked against every register row: {indicator} for {period}: "
            f"registers {_plain(register)} plus {len(rows)} quarantined row(s) dated in the period, "
            f"published {_plain(reported)} ({qualifier}) in {source}; "
            f"quarantined: {where}"
        )
    return messages
