"""Turn one spreadsheet row into typed canonical values, or into reasons for rejecting it."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
from dataclasses import dataclass
from decimal import Decimal

from dagster_project.landing.specs import ColumnSpec
from dagster_project.parsing.dates import DateFormatError, parse_vn_date
from dagster_project.parsing.periods import PeriodFormatError, parse_period
from dagster_project.parsing.text import normalize_label
from dagster_project.parsing.vn_numbers import (
    Amount,
    NumberFormatError,
    parse_amount,
    parse_count,
    parse_currency,
    parse_qualifier,
)

# A date later than this many days after the load is a typing error, not a plan.
FUTURE_DATE_GRACE_DAYS = 1


@dataclass(frozen=True)
class CellProblem:
    column: str
    raw_value: object
    reason: str


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def as_text(value: object) -> str | None:
    if is_blank(value):
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (dt.datetime, dt.date)):
        return value.strftime("%d/%m/%Y")
    return " ".join(str(value).split())


def keyed_hash(value: object, key: bytes) -> str:
    """HMAC-SHA256 of the normalised value: equal people hash equal, and without the key
    nobody can test a guessed name against the hash."""
    return hmac.new(key, normalize_label(value).encode(), hashlib.sha256).hexdigest()[:32]


class RowConverter:
    """Converts cells by column kind. Knows the load date (future dates) and the PII key."""

    def __init__(self, load_date: dt.date, pii_key: bytes):
        self.load_date = load_date
        self.pii_key = pii_key

    def convert(self, column: ColumnSpec, raw: object) -> object:
        if is_blank(raw):
            if column.required:
                raise ValueError("required value is missing")
            return None
        kind = column.kind
        if kind == "text":
            return as_text(raw)
        if kind == "date":
            value = parse_vn_date(raw)
            if not column.future_allowed and value > self.load_date + dt.timedelta(days=FUTURE_DATE_GRACE_DAYS):
                raise ValueError(f"date {value:%d/%m/%Y} is in the future")
            return value
        if kind == "count":
            count = parse_count(raw)
            if count < 0:
                raise ValueError(f"count {count} is negative")
            if column.maximum is not None and count > column.maximum:
                raise ValueError(f"count {count} is not plausible (more than {column.maximum:,})")
            return count
        if kind == "amount":
            amount = parse_amount(raw)
            if amount.value < 0:
                raise ValueError(f"amount {amount.value} is negative")
            return amount
        if kind == "rate":
            rate = parse_amount(raw).value
            if rate <= 0:
                raise ValueError(f"rate '{raw}' must be positive")
            return float(rate)
        if kind == "currency":
            return parse_currency(raw)
        if kind == "period":
            return parse_period(raw)
        if kind == "qualifier":
            return parse_qualifier(raw)
        if kind == "pii_hash":
            return keyed_hash(raw, self.pii_key)
        raise AssertionError(f"no converter for column kind {kind}")  # a spec bug, not bad input

    def convert_row(
        self, columns: list[ColumnSpec], cells: list[object], positions: dict[str, int]
    ) -> tuple[dict[str, object], list[CellProblem]]:
        values: dict[str, object] = {}
        problems: list[CellProblem] = []
        for column in columns:
            position = positions.get(column.name)
            raw = cells[position] if position is not None and position < len(cells) else None
            try:
                values[column.name] = self.convert(column, raw)
            except (ValueError, NumberFormatError, DateFormatError, PeriodFormatError) as error:
                problems.append(CellProblem(column.name, raw, str(error)))
        return values, problems


def amount_with_currency(values: dict[str, object]) -> list[CellProblem]:
    """Resolve an ``amount`` cell that names its own currency (``2 tỷ 600 triệu kíp``)
    against the row's ``currency`` column, then store the plain number."""
    amount = values.get("amount")
    if not isinstance(amount, Amount):
        return []
    problems = []
    if "currency" in values:
        if amount.currency and values.get("currency") and amount.currency != values["currency"]:
            problems.append(
                CellProblem("currency", values["currency"], f"amount is written in {amount.currency} but the currency column says {values['currency']}")
            )
        values["currency"] = values.get("currency") or amount.currency
        if values["currency"] is None:
            problems.append(CellProblem("currency", None, "amount has no currency"))
    values["amount"] = Decimal(amount.value)
    return problems
