"""Turn one spreadsheet row into typed canonical values, or into reasons for rejecting it."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import hmac
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from typing import NamedTuple

from dagster_project.landing.specs import ColumnSpec
from dagster_project.landing.units import ColumnUnit
from dagster_project.parsing.dates import DateFormatError, parse_vn_date_range
from dagster_project.parsing.periods import PeriodFormatError, parse_period
from dagster_project.parsing.text import normalize_label
from dagster_project.parsing.vn_numbers import (
    SCALE_WORDS,
    AmbiguousSeparatorError,
    Amount,
    NumberFormatError,
    parse_amount,
    parse_count,
    parse_currency,
    parse_qualifier,
)
from dagster_project.paths import SEEDS_DIR

# A date later than this many days after the load is a typing error, not a plan.
FUTURE_DATE_GRACE_DAYS = 1


@dataclass(frozen=True)
class CellProblem:
    column: str
    raw_value: object
    reason: str
    # False for an optional cell no figure is counted from: the row lands without that value
    # and the problem is noted (quality.cell_notes) instead of holding the row back.
    blocking: bool = True


@dataclass(frozen=True)
class SheetContext:
    """What a sheet says once for all its rows."""

    conventions: dict[str, str | None] = field(default_factory=dict)  # column -> 'vi' / 'en' / None
    units: dict[str, ColumnUnit] = field(default_factory=dict)  # money column -> unit from title or header
    range_ends: dict[str, str] = field(default_factory=dict)  # start date column -> end date column
    constants: dict[str, object] = field(default_factory=dict)  # column -> value given once (title block)


DEFAULT_CONTEXT = SheetContext(conventions={})


# Cells whose conversion is kept for the next equal cell of the column (hashable and immutable).
_MEMO_TYPES = frozenset({str, int, float, dt.date, dt.datetime})
# Names (hashed) rarely repeat: not worth keeping.
_UNMEMOISED_KINDS = frozenset({"pii_hash"})
# Conversions kept at most per column: a sheet of 200,000 distinct dates and sums must not double the memory.
_MEMO_LIMIT = 50_000
_NO_CONSTANT = object()

# A lone dash is how clerks write "nothing" in a cell (no students from that province).
_NIL_MARKS = {"-", "–", "—", "--"}


def is_blank(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        text = value.strip()  # once: every cell of a load passes here
        return not text or text in _NIL_MARKS
    return False


def is_blank_row(cells: list[object]) -> bool:
    """Every cell is_blank (written out: every row of a sheet passes here)."""
    for value in cells:
        if value is None:
            continue
        if isinstance(value, str):
            text = value.strip()
            if not text or text in _NIL_MARKS:
                continue
        return False
    return True


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
        # Registers repeat their cells (countries, kinds, dates, amounts): each distinct cell of a
        # column is converted once for each (column, separator convention, unit) it is read with.
        # Values are immutable (str, int, float, date, frozen Amount), and what conversion refuses
        # is not kept, so a bad cell is refused again with its own message.
        self._converted: dict[tuple, dict[object, tuple[object, dt.date | None]]] = {}

    def reader(
        self, columns: list[ColumnSpec], positions: dict[str, int], context: SheetContext = DEFAULT_CONTEXT
    ) -> RowReader:
        return RowReader(self, columns, positions, context)

    def converted_cells(self, column: ColumnSpec, convention: str | None, unit: ColumnUnit | None) -> dict | None:
        """The cells of a column converted so far, with this convention and unit (None: not kept)."""
        if column.kind in _UNMEMOISED_KINDS:
            return None
        return self._converted.setdefault((column, convention, unit), {})

    def convert_cell(
        self, column: ColumnSpec, raw: object, convention: str | None, unit: ColumnUnit | None
    ) -> tuple[object, dt.date | None]:
        """(value, last day of a range in the cell or None); raises what the cell breaks. A unit
        is a money column's, so it never meets a date."""
        end = None
        if column.kind == "date" and not is_blank(raw):
            value, end = self._parse_date(column, raw)
        else:
            value = self._convert(column, raw, convention)
        if unit is not None and value is not None:
            value = _in_unit(value, raw, unit)
        return value, end

    def _convert(self, column: ColumnSpec, raw: object, convention: str | None) -> object:
        if is_blank(raw):
            if column.required:
                raise ValueError("required value is missing")
            return None
        kind = column.kind
        if kind == "text":
            return as_text(raw)
        if kind == "date":
            return self._parse_date(column, raw)[0]
        if kind == "count":
            return self._count(column, raw, convention)
        if kind == "amount":
            amount = parse_amount(raw, convention)
            if amount.value < 0:
                raise ValueError(f"amount {amount.value} is negative")
            if amount.unit_text and column.money:
                # "500 tr", "10 (mười) triệu": words the reader does not know beside a sum of money.
                raise ValueError(f"'{raw}' has words that are not a known scale or currency: '{amount.unit_text}'")
            return amount
        if kind == "rate":
            rate = parse_amount(raw, convention).value
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

    def _parse_date(self, column: ColumnSpec, raw: object) -> tuple[dt.date, dt.date | None]:
        start, end = parse_vn_date_range(raw)
        if not column.future_allowed and start > self.load_date + dt.timedelta(days=FUTURE_DATE_GRACE_DAYS):
            raise ValueError(f"date {start:%d/%m/%Y} is in the future")
        return start, end

    @staticmethod
    def _count(column: ColumnSpec, raw: object, convention: str | None) -> int:
        try:
            count = parse_count(raw, convention)
        except AmbiguousSeparatorError as error:
            # Nobody writes a head count with three decimals: "1.500" or "2,000" people is the
            # thousands reading, when that is a plausible count; otherwise both readings are named.
            thousands = error.readings[0]
            if column.maximum is not None and thousands > column.maximum:
                raise
            count = int(thousands)
        if count < 0:
            raise ValueError(f"count {count} is negative")
        if column.maximum is not None and count > column.maximum:
            raise ValueError(f"count {count} is not plausible (more than {column.maximum:,})")
        return count

    def convert_row(
        self,
        columns: list[ColumnSpec],
        cells: list[object],
        positions: dict[str, int],
        context: SheetContext = DEFAULT_CONTEXT,
    ) -> tuple[dict[str, object], list[CellProblem]]:
        return self.reader(columns, positions, context).convert(cells)


_CONVERSION_ERRORS = (ValueError, NumberFormatError, DateFormatError, PeriodFormatError)


class _ColumnReading(NamedTuple):
    """How a row reader fills one column (a tuple: unpacked for every cell of a sheet)."""

    name: str
    position: int | None
    constant: object  # what a blank cell reads instead (title block, section row), or _NO_CONSTANT
    converted: dict | None  # RowConverter.converted_cells
    range_end: str | None  # the end-date column the last day of a range in this cell fills
    column: ColumnSpec
    convention: str | None
    unit: ColumnUnit | None


class RowReader:
    """Converts the rows of one sheet: which cell each column reads and with which separator
    convention, unit and constant is worked out once, not for every row."""

    def __init__(
        self, converter: RowConverter, columns: list[ColumnSpec], positions: dict[str, int], context: SheetContext
    ):
        self.converter = converter
        self.readings = []
        for column in columns:
            convention = context.conventions.get(column.name, "vi")
            unit = context.units.get(column.name)
            self.readings.append(
                _ColumnReading(
                    column.name,
                    positions.get(column.name),
                    context.constants.get(column.name, _NO_CONSTANT),
                    converter.converted_cells(column, convention, unit),
                    context.range_ends.get(column.name),
                    column,
                    convention,
                    unit,
                )
            )

    def convert(self, cells: list[object]) -> tuple[dict[str, object], list[CellProblem]]:
        values: dict[str, object] = {}
        problems: list[CellProblem] = []
        ends: dict[str, object] = {}
        width = len(cells)
        for name, position, constant, converted, range_end, column, convention, unit in self.readings:
            raw = cells[position] if position is not None and position < width else None
            if constant is not _NO_CONSTANT and is_blank(raw):
                raw = constant
            cell_type = type(raw)
            if cell_type not in _MEMO_TYPES:
                converted = None
            # the type is part of the key: 1, 1.0 and True are equal dict keys but not the same cell
            key = raw if cell_type is str else (cell_type, raw)
            known = converted.get(key) if converted is not None else None
            if known is None:
                try:
                    known = self.converter.convert_cell(column, raw, convention, unit)
                except _CONVERSION_ERRORS as error:
                    problems.append(CellProblem(name, raw, str(error), column.required or column.counted))
                    values[name] = None
                    continue
                if converted is not None:
                    if len(converted) >= _MEMO_LIMIT:
                        converted.clear()
                    converted[key] = known
            values[name], end = known
            if end is not None and range_end is not None:
                ends[range_end] = end
        for column_name, end in ends.items():  # the last day of a range fills an end column the sheet leaves empty
            if values.get(column_name) is None:
                values[column_name] = end
        return values, problems


def _in_unit(amount: Amount, raw: object, unit: ColumnUnit) -> Amount:
    """An amount in the column's stated unit; a cell that writes its own scale (``2 tỷ``,
    ``150 triệu đồng``) keeps its own. A currency other than the unit's, or a currency without a
    scale in a scaled column (``150.000.000 đồng`` under ``triệu đồng``), is refused: which one
    the clerk meant is not written."""
    if amount.currency and unit.currency and amount.currency != unit.currency:
        raise ValueError(f"the cell is in {amount.currency} but the column's unit is {unit.currency} ({unit.written})")
    own_scale = isinstance(raw, str) and any(word in SCALE_WORDS for word in normalize_label(raw).split())
    if amount.currency and not own_scale and unit.scale != 1:
        raise ValueError(f"the cell names its currency without a scale, but the column's unit is '{unit.written}'")
    value = amount.value if own_scale else amount.value * unit.scale
    return Amount(value, amount.currency or unit.currency, amount.qualifier, amount.unit_text)


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
                CellProblem(
                    "currency",
                    values["currency"],
                    f"amount is written in {amount.currency} but the currency column says {values['currency']}",
                )
            )
        values["currency"] = values.get("currency") or amount.currency
        if values["currency"] is None:
            problems.append(CellProblem("currency", None, "amount has no currency"))
    values["amount"] = Decimal(amount.value)
    return problems


@cache
def transaction_kinds() -> dict[str, str]:
    """Normalised kinds of the transaction codelist (dbt/seeds/transaction_types.csv) -> IATI name."""
    with (SEEDS_DIR / "transaction_types.csv").open(encoding="utf-8") as handle:
        return {row["transaction_kind"]: row["transaction_type_name"] for row in csv.DictReader(handle)}


def known_transaction_kind(values: dict[str, object]) -> list[CellProblem]:
    """A commitment, disbursement or counterpart fund the codelist knows; any other words
    (``Chuyển kinh phí đợt 1``) would count the row as nothing, so it waits for review."""
    kind = values.get("transaction_kind")
    if kind is None or normalize_label(kind) in transaction_kinds():
        return []
    return [
        CellProblem(
            "transaction_kind",
            kind,
            f"'{kind}' is not a kind of transaction the codelist knows "
            f"({', '.join(sorted(transaction_kinds()))}); "
            "write one of them or add it to dbt/seeds/transaction_types.csv",
        )
    ]
