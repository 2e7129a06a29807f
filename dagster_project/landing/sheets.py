"""Read one recognised sheet as the clerk laid it out: title block (units, a date given once),
merged cells, the rows below the header sorted into entries, structure and rejected rows, and
the totals the clerk typed checked against the entries they close."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import lru_cache

from dagster_project.landing.entry_log import EntryLog
from dagster_project.landing.headers import HeaderMatch, header_cells, map_header, satisfied, wide_columns
from dagster_project.landing.rows import CellProblem, RowConverter, RowReader, SheetContext, is_blank, is_blank_row
from dagster_project.landing.specs import TableSpec
from dagster_project.landing.structure import (
    BREAKDOWN,
    COLUMN_NUMBERS,
    NOTE,
    REPEATED_HEADER,
    SECTION,
    SIGNATURE,
    TOTAL,
    is_breakdown_row,
    is_column_number_row,
    number_in_label,
    opens_as_total,
    row_text,
    section_label,
    structure_kind,
    total_subject,
)
from dagster_project.landing.units import ColumnUnit, header_unit, title_unit
from dagster_project.landing.workbooks import MergedRange, Sheet
from dagster_project.parsing.dates import DateFormatError, parse_vn_date
from dagster_project.parsing.text import normalize_label, strip_diacritics
from dagster_project.parsing.vn_numbers import NumberFormatError, parse_amount, separator_convention

# "tính đến ngày 31/12/2023", "thời điểm 30/6/2024", "đến hết ngày 31 tháng 12 năm 2023"
_AS_OF = re.compile(
    r"(?:tinh den|den het|den|thoi diem|tai thoi diem|tai ngay)\s+(?:het\s+)?(?:ngay\s+)?"
    r"(\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}|\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4})"
)
_WHOLE_DATE = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\b")


def fill_merged(
    rows: list[list[object]],
    merged: tuple[MergedRange, ...] | None,
    *,
    rows_from: int = 0,
    rows_to: int | None = None,
    vertical_only: bool = False,
) -> None:
    """Give every cell of a merged range its top-left value (in place), for ranges starting in
    [rows_from, rows_to). Data rows take only vertical merges: a label merged across columns
    must not spill into a count column."""
    for (top, left), (bottom, right) in merged or ():
        if top < rows_from or (rows_to is not None and top >= rows_to) or top >= len(rows):
            continue
        value = rows[top][left] if left < len(rows[top]) else None
        for row_index in range(top, min(bottom, len(rows) - 1) + 1):
            row = rows[row_index]
            for column in range(left, left + 1 if vertical_only else right + 1):
                while len(row) <= column:
                    row.append(None)
                if is_blank(row[column]):
                    row[column] = value


def title_lines(rows: list[list[object]], first_header_row: int) -> list[str]:
    """The title block's lines, a merged cell's text once."""
    lines = []
    for row in rows[:first_header_row]:
        texts = list(dict.fromkeys(str(cell).strip() for cell in row if not is_blank(cell)))
        if texts:
            lines.append(" ".join(texts))
    return lines


def title_values(spec: TableSpec, lines: list[str]) -> dict[str, object]:
    """Columns a title block gives once: the date a stock was counted at (``tính đến ngày
    31/12/2023``); only when the title names exactly one such date."""
    if not spec.title_columns:
        return {}
    found = set().union(*(_as_of_dates(line) for line in lines))
    return {spec.title_columns[0]: found.pop()} if len(found) == 1 else {}


# Header search asks for the title block above each candidate header row: the same lines again.
@lru_cache(maxsize=4096)
def _as_of_dates(line: str) -> frozenset[dt.date]:
    """The dates a line says a count was taken at."""
    found = set()
    for written in _AS_OF.findall(" ".join(strip_diacritics(line).lower().split())):
        try:
            found.add(parse_vn_date(written.replace(" thang ", "/").replace(" nam ", "/")))
        except DateFormatError:
            continue
    return frozenset(found)


_SUMMARY_WORDS = ("tong hop", "thong ke theo", "summary")


def is_summary_sheet(name: str, header_rows: list[list[object]], rows: list[list[object]]) -> bool:
    """A sheet no table fits that calls itself a summary (``Tổng hợp theo quý``) in its name or
    first rows, and holds no whole date: counts per period, not entries of a register. A sheet
    with dates is never skipped this way, since it may be a register whose headers are new."""
    words = " ".join([normalize_label(name), *(normalize_label(cell) for row in header_rows[:6] for cell in row)])
    if not any(word in words for word in _SUMMARY_WORDS):
        return False
    for row in rows:
        for cell in row:
            if isinstance(cell, dt.date):
                return False
            if isinstance(cell, str) and _WHOLE_DATE.search(cell):
                return False
    return True


_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


def one_year(text: str) -> str | None:
    """The year a heading names, when it names exactly one."""
    years = set(_YEAR.findall(text))
    return years.pop() if len(years) == 1 else None


def _labels_only(cells: list[object]) -> bool:
    labels = [cell for cell in cells if not is_blank(cell)]
    return len(labels) >= 2 and all(
        isinstance(cell, str) and not _WHOLE_DATE.search(cell) and not cell.strip().isdigit() for cell in labels
    )


def entries_above_header(rows: list[list[object]], first_header_row: int) -> list[int]:
    """Row numbers above the header that look like a register's entries (three cells or more,
    one of them a whole date, one a number): a title block has none, a first table does."""
    found = []
    for index, row in enumerate(rows[:first_header_row]):
        filled = [cell for cell in row if not is_blank(cell)]
        has_date = any(
            isinstance(cell, dt.date) or (isinstance(cell, str) and _WHOLE_DATE.search(cell) and len(cell) < 40)
            for cell in filled
        )
        has_number = any(isinstance(cell, (int, float)) and not isinstance(cell, bool) for cell in filled)
        if len(filled) >= 3 and has_date and has_number:
            found.append(index + 1)
    return found if len(found) >= 2 else []


@dataclass
class SheetReading:
    """Everything read from one sheet, before rows are checked against other files."""

    entries: list[tuple[int, dict[str, object]]] = field(default_factory=list)  # (row number, values)
    rejected: list[tuple[int, list[CellProblem]]] = field(default_factory=list)
    structure: list[dict[str, object]] = field(default_factory=list)
    total_checks: list[dict[str, object]] = field(default_factory=list)
    columns: list[dict[str, object]] = field(default_factory=list)
    notes: list[tuple[int, CellProblem]] = field(default_factory=list)  # optional cells landed empty
    # Rejected row -> the one year its table, section or sheet names: the period a row whose own
    # date names nothing belongs to (``mùng 5 tháng Giêng`` under ``NĂM 2026``).
    context_years: dict[int, str] = field(default_factory=dict)
    rows_raw: int = 0
    rows_landed: int = 0


def _read_number(raw: object, convention: str | None) -> Decimal | None:
    try:
        return parse_amount(raw, convention).value
    except (NumberFormatError, ValueError):
        return None


class SheetReader:
    def __init__(self, sheet: Sheet, match: HeaderMatch, converter: RowConverter):
        self.sheet = sheet
        self.match = match
        self.spec = match.spec
        self.converter = converter
        self.rows = [list(row) for row in sheet.rows]
        fill_merged(self.rows, sheet.merged, rows_to=match.header_row_index + 1)
        fill_merged(self.rows, sheet.merged, rows_from=match.header_row_index + 1, vertical_only=True)
        self.positions = dict(match.column_positions)
        self.title = title_lines(self.rows, match.first_header_row)
        header_rows = self.rows[match.first_header_row : match.header_row_index + 1]
        self.wide = wide_columns(self.spec, header_cells(*header_rows), self.positions)
        self.units = self._units()
        self.merged_spans = self._merged_spans()
        self.merged_rows = {row for row, _ in self.merged_spans}
        self.merged_width = self._merged_width()
        data = self.rows[match.header_row_index + 1 :]
        self.context = SheetContext(
            conventions={
                column.name: separator_convention(
                    [row[self.positions[column.name]] for row in data if self.positions[column.name] < len(row)]
                )
                for column in self.spec.landed_columns
                if column.kind in ("count", "amount", "rate") and column.name in self.positions
            },
            units=self.units,
            range_ends={start: end for start, end in self.spec.date_ranges if end not in self.positions},
            constants=title_values(self.spec, self.title),
        )
        self.numbers_read: dict[tuple, Decimal | None] = {}  # (type, cell, convention) -> _number
        self.row_readers: dict[int | None, RowReader] = {}  # by wide column (None: the row's one entry)
        self.carried: dict[str, object] = {}
        self.context_year = one_year(" ".join(self.title)) or one_year(sheet.name)
        self.wide_convention = separator_convention([row[p] for row in data for p in self.wide if p < len(row)])
        self.number_conventions = {
            **{
                self.positions[c.name]: self.context.conventions.get(c.name)
                for c in self.spec.landed_columns
                if c.kind in ("count", "amount") and c.name in self.positions
            },
            **{position: self.wide_convention for position in self.wide},
        }
        self.header_labels = {
            normalize_label(part) for text in match.header_texts.values() for part in text.split(" / ")
        } - {""}

    def _units(self) -> dict[str, ColumnUnit]:
        money = [column.name for column in self.spec.columns if column.money and column.name in self.positions]
        stated = title_unit(self.title) if money else None
        units = {}
        for name in money:
            unit = header_unit(self.match.header_texts.get(self.positions[name], "")) or stated
            if unit:
                units[name] = unit
        return units

    def _merged_spans(self) -> dict[tuple[int, int], tuple[int, int]]:
        """(row, column) -> (first row, last row) of data cells merged down several rows."""
        spans = {}
        for (top, left), (bottom, _) in self.sheet.merged or ():
            if top > self.match.header_row_index and bottom > top:
                for row in range(top, bottom + 1):
                    spans[(row, left)] = (top, bottom)
        return spans

    def _merged_width(self) -> dict[int, int]:
        widths: dict[int, int] = {}
        for (top, left), (bottom, right) in self.sheet.merged or ():
            for row in range(top, bottom + 1):
                widths[row] = max(widths.get(row, 0), right - left + 1)
        return widths

    def interpretation(self) -> list[dict[str, object]]:
        texts = self.match.header_texts
        rows = []
        for column in self.spec.columns:
            position = self.positions.get(column.name)
            if position is None:
                if column.name in self.context.constants:
                    rows.append(
                        self._column_row(column.name, None, "title block", f"{self.context.constants[column.name]}")
                    )
                continue
            how = "hidden column, own header" if position in self.sheet.parts.hidden_columns else "header vocabulary"
            if column.name in self.match.inferred:
                how = "inferred from values: confirm the header in header_vocabulary.yml"
            unit = self.units.get(column.name)
            rows.append(
                self._column_row(column.name, position, how, texts.get(position, ""), unit.describe() if unit else None)
            )
        for position, key in self.wide.items():
            rows.append(
                self._column_row(
                    f"{self.spec.unpivot[1]} ({self.spec.unpivot[0]} = {key})",
                    position,
                    "wide table, one column per key",
                    texts.get(position, ""),
                )
            )
        claimed = set(self.positions.values()) | set(self.wide)
        for position, text in texts.items():
            if position not in claimed:
                reason = (
                    "hidden column, not read"
                    if position in self.sheet.parts.hidden_columns
                    else "not read (no column of the table)"
                )
                rows.append(self._column_row(None, position, reason, text))
        return rows

    def _column_row(self, column, position, how, header, unit=None) -> dict[str, object]:
        return {
            "column_name": column,
            "column_position": None if position is None else position + 1,
            "header_as_written": header,
            "mapped_by": how,
            "unit_applied": unit,
            "header_rows": f"{self.match.first_header_row + 1}-{self.match.header_row_index + 1}",
        }

    def _merged_number_problems(self, index: int) -> list[CellProblem]:
        if index not in self.merged_rows:
            return []
        problems = []
        for column in self.spec.landed_columns:
            position = self.positions.get(column.name)
            span = self.merged_spans.get((index, position)) if position is not None else None
            if span and column.kind in ("count", "amount"):
                problems.append(
                    CellProblem(
                        column.name,
                        self.rows[span[0]][position],
                        f"value is merged over rows {span[0] + 1}-{span[1] + 1}: "
                        "it cannot tell whether it is each row's or all of "
                        "them together; unmerge and write each row's value",
                    )
                )
        return problems

    def _row_reader(self, wide_position: int | None = None) -> RowReader:
        """How this sheet's rows are converted (for a wide table, the entries under one key
        column), under the context of the current section."""
        reader = self.row_readers.get(wide_position)
        if reader is None:
            columns = self.spec.landed_columns
            if wide_position is None:
                reader = self.converter.reader(columns, self.positions, self.context)
            else:
                key, value_column = self.spec.unpivot
                context = SheetContext(
                    {**self.context.conventions, value_column: self.wide_convention},
                    self.context.units,
                    self.context.range_ends,
                    {**self.context.constants, key: self.wide[wide_position]},
                )
                reader = self.converter.reader(columns, {**self.positions, value_column: wide_position}, context)
            self.row_readers[wide_position] = reader
        return reader

    def _entries_of(self, index: int, cells: list[object]) -> tuple[list[dict], list[CellProblem]]:
        """The row as entries: one, or one per key of a wide table."""
        if not self.wide:
            values, problems = self._row_reader().convert(cells)
            return [values], problems + self._merged_number_problems(index)
        _, value_column = self.spec.unpivot
        entries, problems = [], []
        for position in self.wide:
            raw = cells[position] if position < len(cells) else None
            if is_blank(raw):
                continue
            values, cell_problems = self._row_reader(position).convert(cells)
            entries.append(values)
            problems += cell_problems
        if not entries:
            problems.append(CellProblem(value_column, None, "no value under any of the table's key columns"))
        return entries, problems

    def _numbers(self, cells: list[object]) -> dict[int, Decimal]:
        """Numbers of the row's count and money columns (and wide columns), by position, as
        written, each read with its column's separator convention."""
        numbers = {}
        for position, convention in self.number_conventions.items():
            if position < len(cells) and not is_blank(cells[position]):
                number = self._number(cells[position], convention)
                if number is not None:
                    numbers[position] = number
        return numbers

    def _number(self, raw: object, convention: str | None) -> Decimal | None:
        """The number a cell writes, or None when it is none; each distinct cell is read once."""
        # the type is part of the key: 1, 1.0 and True are equal dict keys but not the same cell
        key = (type(raw), raw, convention)
        try:
            return self.numbers_read[key]
        except KeyError:
            pass
        except TypeError:  # a cell that cannot be a key
            return _read_number(raw, convention)
        number = self.numbers_read[key] = _read_number(raw, convention)
        return number

    def read(self) -> SheetReading:
        reading = SheetReading(columns=self.interpretation())
        unmapped = (
            set(range(max((len(row) for row in self.rows), default=0))) - set(self.positions.values()) - set(self.wide)
        )
        after_signature = breakdown = after_repeated_header = False
        first_data = True
        second_header: int | None = None
        entries_so_far = EntryLog()
        for index in range(self.match.header_row_index + 1, len(self.rows)):
            cells = self.rows[index]
            if is_blank_row(cells):
                continue
            reading.rows_raw += 1
            row_number = index + 1
            # Right under the header, or under the header repeated after a page break.
            if (first_data or after_repeated_header) and is_column_number_row(text := row_text(cells)):
                reading.structure.append(self._structure(row_number, COLUMN_NUMBERS, text))
                continue
            first_data = after_repeated_header = False
            # The row's cells as text only for a row that is no entry: most rows are.
            if opens_as_total(cells):
                text = row_text(cells)
                reading.structure.append(self._structure(row_number, TOTAL, text))
                reading.total_checks += self._check_total(row_number, cells, text, entries_so_far)
                entries_so_far.mark_boundary()
                self.carried = {}
                breakdown = True
                continue
            if second_header is not None:
                reading.rejected.append(
                    (
                        row_number,
                        [
                            CellProblem(
                                "*",
                                None,
                                f"below a second header (row {second_header}) that moves "
                                "a column to another place; give that table its own sheet",
                            )
                        ],
                    )
                )
                entries_so_far.add_quarantined()
                continue
            cells, carried = self._carry_down(cells)
            entries, problems = self._entries_of(index, cells)
            problems += carried
            blocking = [problem for problem in problems if problem.blocking]
            if not blocking:
                reading.entries += [(row_number, values) for values in entries]
                reading.notes += [(row_number, problem) for problem in problems]
                reading.rows_landed += 1
                entries_so_far.add_entry(self._numbers(cells), cells)
                breakdown = False
                continue
            text = row_text(self.rows[index])
            kind = structure_kind(
                text,
                unmapped,
                self.merged_width.get(index, 0),
                after_signature,
                self.header_labels,
                self._numbers_children(index),
            )
            header_here = self._header_in_row(cells) if kind is None else None
            if header_here is not None:
                # Another table's header (its own wording): the same columns go on; others stop the reading.
                kind = REPEATED_HEADER
                if any(self.positions.get(column, position) != position for column, position in header_here.items()):
                    second_header = row_number
            if kind is None and self._sums_by_formula(index) and self._names_no_entry(cells):
                kind = TOTAL  # an unlabelled =SUM(...) line
            if kind is None and breakdown and is_breakdown_row(text):
                kind = BREAKDOWN  # "- Đoàn đi các tỉnh bạn Lào | 13 đoàn" under a total
            if kind is not None:
                after_signature = after_signature or kind == SIGNATURE
                after_repeated_header = kind == REPEATED_HEADER
                breakdown = breakdown or kind == NOTE and text.first_label.startswith("trong do")
                reading.structure.append(self._structure(row_number, kind, text))
                if kind == SECTION:
                    self._enter_section(text)
                self.context_year = one_year(" ".join(str(value) for _, value in text.cells)) or self.context_year
                if kind in (SECTION, TOTAL):
                    self.carried = {}
                if kind not in (SIGNATURE, NOTE, BREAKDOWN):
                    entries_so_far.mark_boundary()
                continue
            reading.rejected.append((row_number, blocking))
            if year := self.context_year:
                reading.context_years[row_number] = year
            entries_so_far.add_quarantined()
        return reading

    def _header_in_row(self, cells: list[object]) -> dict[str, int] | None:
        """The columns a row of labels would give as this table's header, when it names them all."""
        if not _labels_only(cells):
            return None
        header = header_cells(cells)
        positions = map_header(header, self.spec, self.sheet.parts.hidden_columns)
        return positions if satisfied(self.spec, positions, header, set(self.context.constants)) else None

    def _carry_down(self, cells: list[object]) -> tuple[list[object], list[CellProblem]]:
        """Blank cells of carried-down columns take the entry above's value within a section;
        a filled one becomes the value carried to the rows below."""
        notes = []
        cells = list(cells)
        for name in self.spec.carried_down:
            position = self.positions.get(name)
            if position is None:
                continue
            while len(cells) <= position:
                cells.append(None)
            if not is_blank(cells[position]):
                self.carried[name] = cells[position]
            elif name in self.carried and any(not is_blank(cell) for cell in cells):
                cells[position] = self.carried[name]
                notes.append(
                    CellProblem(
                        name, None, f"blank: taken as '{self.carried[name]}' from the entry above", blocking=False
                    )
                )
        return cells, notes

    def _enter_section(self, text) -> None:
        """A section row names the value of a column the header lacks (``Tỉnh Bolikhămxay``
        over its gifts): the rows below it take that value until the next section."""
        missing = [name for name in self.spec.section_columns if name not in self.positions]
        label = section_label(text)
        if missing and label:
            self.context = replace(self.context, constants={**self.context.constants, missing[0]: label})
            self.row_readers = {}

    def _numbers_children(self, index: int) -> bool:
        """The next non-blank row is numbered under this one's number ("1" then "1.1")."""
        number = row_text(self.rows[index]).cells[0][1]
        marker = str(int(number)) if isinstance(number, float) and number.is_integer() else str(number).strip()
        following = next((row for row in self.rows[index + 1 :] if not all(is_blank(cell) for cell in row)), None)
        first = row_text(following).cells[0][1] if following else None
        return isinstance(first, str) and first.strip().startswith(f"{marker}.")

    def _sums_by_formula(self, index: int) -> bool:
        """A formula stands in one of the row's count or money columns."""
        return any((index, position) in self.sheet.parts.formula_cells for position in self.number_conventions)

    def _names_no_entry(self, cells: list[object]) -> bool:
        """No required date or text of an entry is filled in."""
        for column in self.spec.required_columns:
            position = self.positions.get(column.name)
            if (
                column.kind in ("date", "text")
                and position is not None
                and position < len(cells)
                and not is_blank(cells[position])
            ):
                return False
        return True

    def _structure(self, row_number: int, kind: str, text) -> dict[str, object]:
        """The row as written, for the quality table; never the cells of a personal-data column."""
        personal = {
            self.positions[c.name] for c in self.spec.columns if c.kind.startswith("pii") and c.name in self.positions
        }
        written = " | ".join(str(value).strip() for position, value in text.cells if position not in personal)
        return {"_row_number": row_number, "row_kind": kind, "row_text": written[:300]}

    def _check_total(
        self,
        row_number: int,
        cells: list[object],
        text,
        entries: EntryLog,
    ) -> list[dict]:
        """A typed total equals the entries since some earlier section, subtotal or the sheet's
        start, or (``Cộng cam kết``, ``Cộng tỉnh Bolikhămxay``) those of them that name what its
        label names; otherwise a mismatch naming the total and what the entries add up to. When
        rows it may close are in quarantine, it cannot be checked until they are fixed."""
        # What the total adds up: its label's words ("Cộng cam kết") or another cell of it
        # ("Cộng dự án | Cam kết | 235.000").
        subjects = {total_subject(text)} | {label for label in text.labels[1:] if not any(ch.isdigit() for ch in label)}
        namings = [self._entries_named(subject, entries.numbers, entries.words()) for subject in subjects if subject]
        typed = self._numbers(cells)
        stated_count = number_in_label(text)
        if stated_count is not None:
            typed[-1] = stated_count
        starts = sorted(set(entries.boundaries), reverse=True)
        checks = []
        for position, value in typed.items():
            sums = [entries.since(start, position) for start in starts]
            for naming in namings:
                sums += [
                    sum(
                        (
                            row.get(position, Decimal(0)) if position != -1 else Decimal(1)
                            for row in naming[start:]
                            if row is not None
                        ),
                        Decimal(0),
                    )
                    for start in starts
                ]
            status = "match" if value in sums else "mismatch"
            if status == "mismatch" and entries.quarantined:
                status = "not_checked_rows_in_quarantine"
            checks.append(
                {
                    "_row_number": row_number,
                    "column_name": "number of entries"
                    if position == -1
                    else self.match.header_texts.get(position, f"column {position + 1}"),
                    "typed_value": value,
                    "entries_value": sums[0],
                    "whole_sheet_value": sums[len(starts) - 1],
                    "status": status,
                }
            )
        return checks

    @staticmethod
    def _entries_named(named: str, entries, entry_texts) -> list[dict[int, Decimal] | None]:
        """The entries a total's label names (their text holds its words), the others as None."""
        words = set(named.split())
        return [
            numbers
            if numbers is not None and any(words <= set(t.split()) or set(t.split()) <= words for t in texts)
            else None
            for numbers, texts in zip(entries, entry_texts)
        ]
