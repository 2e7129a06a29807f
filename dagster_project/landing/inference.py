"""Recognise a column the vocabulary does not know from the values under it: dates and country
names. Never counts or sums: a column of small numbers may be days, ages or anything, and a
figure summed from a guess is the failure this product must not have. Used only to complete a
sheet whose other headers already point to one table, only when exactly one unknown column fits
each missing column, and always shown (quality.sheet_columns, 'inferred from values') so a
steward can confirm the spelling into header_vocabulary.yml."""

from __future__ import annotations

import csv
from functools import cache

from dagster_project.landing.specs import ColumnSpec
from dagster_project.parsing.dates import DateFormatError, parse_vn_date_range
from dagster_project.parsing.text import normalize_label
from dagster_project.paths import SEEDS_DIR

SAMPLE_ROWS = 60
# Share of a column's non-blank cells that must fit; sections and totals make up the rest.
MIN_SHARE = 0.7
MIN_VALUES = 3
COUNTRY_COLUMNS = {"destination_country", "origin_country", "country", "ngo_country"}


@cache
def country_names() -> frozenset[str]:
    """Every spelling of a country in the partner codelist (names and reviewed aliases)."""
    with (SEEDS_DIR / "partners.csv").open(encoding="utf-8") as handle:
        countries = {row["partner_code"]: row for row in csv.DictReader(handle) if row["partner_level"] == "country"}
    names = {normalize_label(row[key]) for row in countries.values() for key in ("name_en", "name_vi")}
    with (SEEDS_DIR / "partner_aliases.csv").open(encoding="utf-8") as handle:
        names |= {normalize_label(row["alias"]) for row in csv.DictReader(handle) if row["partner_code"] in countries}
    return frozenset(name for name in names if name)


def _fits(column: ColumnSpec, value: object) -> bool:
    try:
        if column.kind == "date":
            parse_vn_date_range(value)
            return True
    except (DateFormatError, ValueError):
        return False
    if column.name in COUNTRY_COLUMNS:
        return normalize_label(value) in country_names()
    return False


def can_infer(column: ColumnSpec) -> bool:
    return column.kind == "date" or column.name in COUNTRY_COLUMNS


def fits_column(column: ColumnSpec, values: list[object]) -> bool:
    """Whether the values under a header look like the column's: dates, counts or countries."""
    values = [value for value in values[:SAMPLE_ROWS] if value is not None and str(value).strip()]
    if len(values) < MIN_VALUES:
        return False
    return sum(_fits(column, value) for value in values) >= MIN_SHARE * len(values)
