"""Find the header row of a sheet and map its cells to a table spec's canonical columns."""

from __future__ import annotations

from dataclasses import dataclass

from dagster_project.landing.specs import TableSpec
from dagster_project.parsing.text import normalize_label

HEADER_SEARCH_ROWS = 15


@dataclass(frozen=True)
class HeaderMatch:
    spec: TableSpec
    header_row_index: int  # 0-based index of the last header row; data starts below it
    column_positions: dict[str, int]  # canonical column -> 0-based cell position
    score: int


def match_header_cell(cell: object, spec: TableSpec, label: str | None = None) -> str | None:
    """Canonical column for one header cell: an exact alias first, else the longest alias
    the cell starts with (so ``Số thành viên (người)`` still means ``members``)."""
    label = normalize_label(cell) if label is None else label
    if not label:
        return None
    aliases = spec.header_aliases
    if label in aliases:
        return aliases[label]
    words = label.split(" ")
    for length in range(len(words) - 1, 0, -1):
        column = aliases.get(" ".join(words[:length]))
        if column:
            return column
    return None


def match_header_row(cells: list[object], spec: TableSpec, labels: list[str] | None = None) -> dict[str, int]:
    labels = [normalize_label(cell) for cell in cells] if labels is None else labels
    positions: dict[str, int] = {}
    for position, (cell, label) in enumerate(zip(cells, labels)):
        column = match_header_cell(cell, spec, label)
        if column and column not in positions:
            positions[column] = position
    return positions


def _merged_pair(upper: list[object], lower: list[object]) -> list[object]:
    """Two header rows read as one: a merged cell ("Thời gian" over "Ngày đi | Ngày về")
    leaves its label on the upper row only, so each lower label wins where it exists."""
    width = max(len(upper), len(lower))
    upper = [*upper, *[None] * (width - len(upper))]
    lower = [*lower, *[None] * (width - len(lower))]
    return [low if normalize_label(low) else up for up, low in zip(upper, lower)]


def _header_candidates(rows: list[list[object]]):
    for row_index, cells in enumerate(rows[:HEADER_SEARCH_ROWS]):
        yield row_index, cells
        if row_index + 1 < len(rows):
            yield row_index + 1, _merged_pair(cells, rows[row_index + 1])


def find_header(rows: list[list[object]], specs: tuple[TableSpec, ...], sheet_name: str = "") -> HeaderMatch | None:
    """The (spec, header row) whose headers cover every required column with the most matches.

    A title row above the header is normal in departmental files, so the first
    ``HEADER_SEARCH_ROWS`` rows are tried, alone and as two-row headers with merged cells.
    """
    sheet_label = normalize_label(sheet_name)
    best: HeaderMatch | None = None
    for row_index, cells in _header_candidates(rows):
        labels = [normalize_label(cell) for cell in cells]  # once per row, not once per spec
        for spec in specs:
            positions = match_header_row(cells, spec, labels)
            if not all(column.name in positions for column in spec.required_columns):
                continue
            score = 2 * len(positions) + any(hint in sheet_label for hint in spec.sheet_hints)
            if best is None or score > best.score:
                best = HeaderMatch(spec, row_index, positions, score)
    return best


def expected_headers(specs: tuple[TableSpec, ...]) -> str:
    """One line per kind listing the headers that identify it, for error messages."""
    return "; ".join(
        f"{spec.title_vi}: " + ", ".join(column.headers[0] for column in spec.required_columns) for spec in specs
    )
