"""Find a sheet's header (one row, or a group row over a sub-header row) and map its cells to
a table spec's canonical columns with the header vocabulary (header_vocabulary.yml)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from dagster_project.landing.inference import can_infer, fits_column
from dagster_project.landing.specs import TableSpec
from dagster_project.landing.vocabulary import row_number_headers, vocabulary_of
from dagster_project.parsing.text import normalize_label

# Title blocks (agency, national motto, title, unit line, date) can be tall.
HEADER_SEARCH_ROWS = 30
TITLE_WEIGHT = 3


@dataclass(frozen=True)
class HeaderCell:
    position: int
    text: str  # as written, group and sub-header joined by " / "
    labels: tuple[str, ...]  # normalised labels to try, most specific first

    @property
    def group_label(self) -> str:
        """The group cell right above the sub-header (normalised); empty for a one-row header."""
        return self.labels[1][: -len(self.labels[0])].strip() if len(self.labels) > 1 else ""


@dataclass(frozen=True)
class HeaderMatch:
    spec: TableSpec
    header_row_index: int  # 0-based index of the last header row; data starts below it
    column_positions: dict[str, int]  # canonical column -> 0-based cell position
    score: int
    first_header_row: int = 0
    header_texts: dict[int, str] = field(default_factory=dict)  # position -> header as written
    inferred: tuple[str, ...] = ()  # columns recognised from their values, not their header


def _match(labels: tuple[str, ...], aliases: dict[str, str]) -> tuple[str | None, int, bool, str]:
    """(column, strength, through the group cells, spelling) for a header cell: 2 for an exact
    spelling (the sub-header alone, then with its groups), 1 for the longest spelling the cell
    starts with (``Số thành viên (người)`` is ``members``)."""
    for number, label in enumerate(labels):
        if label in aliases:
            return aliases[label], 2, number > 0, label
    for number, label in enumerate(labels):
        words = label.split(" ")
        for length in range(len(words) - 1, 0, -1):
            spelling = " ".join(words[:length])
            if spelling in aliases:
                return aliases[spelling], 1, number > 0, spelling
    return None, 0, False, ""


def match_label(labels: tuple[str, ...], aliases: dict[str, str]) -> str | None:
    """Canonical column for a header cell, exact spellings before prefixes."""
    return _match(labels, aliases)[0]


def match_header_cell(cell: object, spec: TableSpec) -> str | None:
    return match_label((normalize_label(cell),), vocabulary_of(spec).aliases)


def _text(value: object) -> str:
    return " ".join(str(value).split()) if value is not None else ""


def header_cells(*header_rows: list[object]) -> list[HeaderCell]:
    """One header row, or group rows over a sub-header row (up to three rows in all). Merged
    cells arrive filled, so a group label stands over each of its sub-headers and a cell merged
    down the rows repeats; a repeat is read once. Labels to try: the lowest cell alone, then
    with the group cells above it, nearest first."""
    width = max(len(row) for row in header_rows)
    cells = []
    for position in range(width):
        texts: list[str] = []
        for row in header_rows:
            text = _text(row[position]) if position < len(row) else ""
            if normalize_label(text) and (not texts or normalize_label(texts[-1]) != normalize_label(text)):
                texts.append(text)
        if not texts:
            continue
        labels = [normalize_label(text) for text in texts]
        tried = tuple(" ".join(labels[start:]) for start in range(len(labels) - 1, -1, -1))
        cells.append(HeaderCell(position, " / ".join(texts), tried))
    return cells


def map_header_scored(
    cells: list[HeaderCell], spec: TableSpec, hidden: frozenset[int] = frozenset()
) -> tuple[dict[str, int], int]:
    """Canonical column -> position, and how well the header fits (2 per exact spelling, 1 per
    prefix). Exact spellings claim before prefixes, visible columns before hidden ones (a hidden
    column is read only under its own header, only for a column no visible one has). When one
    group cell stands over several sub-headers that would each be its column only through the
    group ("Số người" over "Nam | Nữ"), none is: which one is the count is not written."""
    vocabulary = vocabulary_of(spec)
    aliases = vocabulary.aliases
    matches = []
    for cell in cells:
        if _wide_key(spec, cell, aliases) is not None:
            continue
        column, strength, through_group, spelling = _match(cell.labels, aliases)
        if column:
            matches.append((cell, column, strength, through_group, vocabulary.ranks.get(spelling, 99)))
    by_group: dict[tuple[str, str], list] = {}
    for match in matches:
        cell, column, _, through_group, _ = match
        if through_group:
            by_group.setdefault((cell.group_label, column), []).append(match)
    shared = {
        id(match[0])
        for group in by_group.values()
        if len(group) > 1
        for match in group
        if not any(match[0].labels[0].startswith(word) for word in TOTAL_HEADER_WORDS)
    }
    positions: dict[str, int] = {}
    score = 0
    # Exact before prefix; among equals, the spelling listed first in the vocabulary.
    for cell, column, strength, _, _ in sorted(
        matches, key=lambda m: (m[0].position in hidden, -m[2], m[4], m[0].position)
    ):
        if id(cell) in shared or column in positions:
            continue
        positions[column] = cell.position
        score += strength
    return positions, score


def map_header(cells: list[HeaderCell], spec: TableSpec, hidden: frozenset[int] = frozenset()) -> dict[str, int]:
    return map_header_scored(cells, spec, hidden)[0]


_VALUE_LIKE = re.compile(r"^\s*[\d.,/\-\s]+\s*$")


def _could_be_sub_header(cells: list[object]) -> bool:
    """A row of labels, not of values: no number, date or figure in it (a column-number row
    "(1) (2)" is not a sub-header either)."""
    labels = [cell for cell in cells if cell is not None and str(cell).strip()]
    return bool(labels) and not any(
        isinstance(cell, (int, float, dt.date))
        or _VALUE_LIKE.match(str(cell))
        or str(cell).strip().startswith("(")
        and str(cell).strip().endswith(")")
        and len(str(cell).strip()) <= 4
        for cell in labels
    )


def _could_be_group_row(cells: list[object]) -> bool:
    """Group cells stand over some columns; one label over the whole width is a title."""
    return len({normalize_label(cell) for cell in cells if normalize_label(cell)}) >= 2


def _stands_under_groups(rows: list[list[object]], row_index: int, merged) -> str:
    """How the row's labels stand under the row above: "merged" when one stands under a group
    cell merged across columns or in a cell merged down, "blank" when one stands under a blank
    cell, "" when every label stands under a label of its own: then it is no sub-header row
    (a section row "A | Tỉnh Bolikhămxay" under "STT | Ngày trao")."""
    if merged is None:
        return "blank"  # no merge information (CSV): the labels alone decide
    above = rows[row_index - 1]
    evidence = ""
    for position, cell in enumerate(rows[row_index]):
        if not normalize_label(cell):
            continue
        if any(
            top <= row_index - 1 <= bottom and left <= position <= right and (right > left or bottom >= row_index)
            for (top, left), (bottom, right) in merged
        ):
            return "merged"
        if position >= len(above) or not normalize_label(above[position]):
            evidence = "blank"
    return evidence


def _candidates(rows: list[list[object]], merged=None, with_evidence: bool = False):
    """(first row, last row, cells) of every header of one to three rows in the search range;
    with_evidence adds whether merged cells show the lower rows are sub-headers."""
    for row_index, cells in enumerate(rows[:HEADER_SEARCH_ROWS]):
        yield (
            (row_index, row_index, header_cells(cells), False)
            if with_evidence
            else (row_index, row_index, header_cells(cells))
        )
        stack = [cells]
        shown_by_merges = True
        for below_index in range(row_index + 1, min(row_index + 3, len(rows))):
            below = rows[below_index]
            evidence = _stands_under_groups(rows, below_index, merged)
            if not (_could_be_group_row(stack[-1]) and _could_be_sub_header(below) and evidence):
                break
            stack.append(below)
            shown_by_merges = shown_by_merges and evidence == "merged"
            candidate = (row_index, below_index, header_cells(*stack))
            yield (*candidate, shown_by_merges) if with_evidence else candidate


def title_text(rows: list[list[object]], first_header_row: int, sheet_name: str) -> str:
    """Normalised text of the sheet's name and title block, for the tables' title words."""
    lines = [normalize_label(sheet_name)]
    lines += [normalize_label(cell) for row in rows[:first_header_row] for cell in row if normalize_label(cell)]
    return " | ".join(lines)


def satisfied(spec: TableSpec, positions: dict[str, int], cells: list[HeaderCell], title_columns: set[str]) -> bool:
    """Every required column is in the header, or given by the title block, or (a wide table)
    spread over one column per key; and every column the table's header must have is there."""
    if any(name not in positions for name in spec.header_requires):
        return False
    for column in spec.required_columns:
        if column.name in positions or column.name in title_columns or column.name in spec.section_columns:
            continue
        if spec.unpivot and column.name == spec.unpivot[1] and wide_columns(spec, cells, positions):
            continue
        return False
    return True


TOTAL_HEADER_WORDS = ("tong", "cong")  # "Tổng", "Tổng số LHS", "Cộng": a total column, never a key


def _wide_key(spec: TableSpec, cell: HeaderCell, aliases: dict[str, str]) -> str | None:
    """The key a sub-header names when its group cell names the key column of a wide table
    (``Tỉnh của Lào`` over ``Bolikhămxay``); None for any other cell and for a total column."""
    if spec.unpivot is None or len(cell.labels) < 2:
        return None
    sub_label = cell.labels[0]
    if (
        match_label((cell.group_label,), aliases) != spec.unpivot[0]
        or sub_label.split(" ")[0] in TOTAL_HEADER_WORDS
        or sub_label in aliases
    ):
        return None
    return cell.text.rsplit(" / ", 1)[1]


def wide_columns(spec: TableSpec, cells: list[HeaderCell], positions: dict[str, int]) -> dict[int, str]:
    """Position -> key as written, for the columns of a wide table: sub-headers under a group
    cell that names the key column (``Tỉnh của Lào`` over ``Bolikhămxay | Khăm Muộn``).
    A total column under the group (``Tổng``) is not a key."""
    aliases = vocabulary_of(spec).aliases
    keys = {
        cell.position: key
        for cell in cells
        if cell.position not in positions.values() and (key := _wide_key(spec, cell, aliases))
    }
    return keys if len(keys) >= 2 else {}


def find_header(
    rows: list[list[object]],
    specs: tuple[TableSpec, ...],
    sheet_name: str = "",
    hidden: frozenset[int] = frozenset(),
    title_values=None,
    merged=None,
) -> HeaderMatch | None:
    """The (spec, header rows) whose headers cover every required column with the most matches;
    the table's title words in the sheet name or title block break ties. ``title_values``
    (rows, first header row) -> {column: value} says which columns a title block gives."""
    best: HeaderMatch | None = None
    for first, last, cells, by_merges in _candidates(rows, merged, with_evidence=True):
        title = title_text(rows, first, sheet_name)
        for spec in specs:
            positions, fit = map_header_scored(cells, spec, hidden)
            given = set(title_values(spec, rows, first)) if title_values and spec.title_columns else set()
            if not satisfied(spec, positions, cells, given):
                continue
            # The sheet's name or title naming the table outweighs a prefix or two.
            score = fit + TITLE_WEIGHT * any(word in title for word in vocabulary_of(spec).title_words)
            # A taller header wins a tie only when merged cells show its lower rows are sub-headers.
            taller = (
                best is not None
                and score == best.score
                and first == best.first_header_row
                and last > best.header_row_index
            )
            # A table further down never wins over one above it: the rows in between would be
            # read as the title block (two tables in one sheet).
            earlier = best is not None and spec is best.spec and first > best.header_row_index
            if best is None or (score > best.score and not earlier) or (taller and by_merges):
                best = _header_match(spec, first, last, cells, positions, score)
    return best or _inferred_match(rows, specs, sheet_name, hidden, title_values, merged)


def _header_match(spec, first, last, cells, positions, score, inferred=()) -> HeaderMatch:
    texts = {cell.position: cell.text for cell in cells}
    return HeaderMatch(spec, last, positions, score, first, texts, tuple(inferred))


def _inferred_match(rows, specs, sheet_name, hidden, title_values, merged=None) -> HeaderMatch | None:
    """A sheet whose known headers point to one table but miss required columns: each missing
    date, count or country column taken from the one unknown, visible column whose values fit
    it. Refused when a column has no such candidate or several, or when two tables fit equally."""
    options: list[HeaderMatch] = []
    for first, last, cells in _candidates(rows, merged):
        if not _could_be_sub_header(rows[last]):
            continue  # a header is a row of labels: a row of values is never taken for one
        title = title_text(rows, first, sheet_name)
        data = rows[last + 1 :]
        for spec in specs:
            positions = map_header(cells, spec, hidden)
            hint = any(word in title for word in vocabulary_of(spec).title_words)
            if len(positions) < 2:
                continue  # the known headers must already point to this table
            given = set(title_values(spec, rows, first)) if title_values and spec.title_columns else set()
            missing = [
                c
                for c in spec.required_columns
                if c.name not in positions and c.name not in given and c.name not in spec.section_columns
            ]
            if not missing or not all(can_infer(column) for column in missing):
                continue
            free = [
                cell.position
                for cell in cells
                if cell.position not in positions.values()
                and cell.position not in hidden
                and cell.labels[0] not in row_number_headers()
            ]
            inferred: dict[str, int] = {}
            for column in missing:
                fitting = [
                    p
                    for p in free
                    if p not in inferred.values() and fits_column(column, [row[p] for row in data if p < len(row)])
                ]
                if len(fitting) != 1:
                    break
                inferred[column.name] = fitting[0]
            else:
                options.append(
                    _header_match(
                        spec, first, last, cells, {**positions, **inferred}, 2 * len(positions) + hint, inferred
                    )
                )
    if not options:
        return None
    options.sort(key=lambda match: match.score, reverse=True)
    if len(options) > 1 and options[1].score == options[0].score and options[1].spec is not options[0].spec:
        return None
    return options[0]


@dataclass(frozen=True)
class ClosestTable:
    spec: TableSpec
    header_row_index: int
    headers: list[str]
    missing: list[str]


def closest_table(
    rows: list[list[object]],
    specs: tuple[TableSpec, ...],
    sheet_name: str = "",
    hidden: frozenset[int] = frozenset(),
    merged=None,
) -> ClosestTable | None:
    """For a refused sheet: the header row and table that came nearest, with what it lacks.
    When no header cell matched at all, the table the sheet's name or title points to."""
    best: tuple[int, ClosestTable] | None = None
    for first, last, cells in _candidates(rows, merged):
        title = title_text(rows, first, sheet_name)
        for spec in specs:
            positions = map_header(cells, spec, hidden)
            hint = any(word in title for word in vocabulary_of(spec).title_words)
            if not cells or (not positions and not hint):
                continue
            missing = [column for column in spec.required_columns if column.name not in positions]
            score = 2 * (len(positions) - len(missing)) + hint
            if best is None or score > best[0]:
                spelling = vocabulary_of(spec).spellings
                best = (
                    score,
                    ClosestTable(
                        spec,
                        last,
                        [cell.text for cell in cells],
                        [f"{spelling.get(column.name, (column.name,))[0]} ({column.name})" for column in missing],
                    ),
                )
    return best[1] if best else None
