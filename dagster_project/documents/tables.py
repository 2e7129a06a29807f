"""The layout of a statistics table in a report: its cells, its label column, its header rows
and what each column holds.

A table of a Word report often has a row-number column (``TT``), a label column, header rows
whose merged cells span several columns (``Năm 2025`` over ``Thực hiện`` and ``So với năm
2024 (%)``), and columns that never hold a figure of the period: percentages and ratios,
plans and targets, notes. A column's header is every header row's text above it, top to
bottom, a merged header cell counting for each column it spans.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import NamedTuple

from dagster_project.documents.quantities import Quantity, find_quantities
from dagster_project.documents.reader import wrapped_label
from dagster_project.documents.rules import read_unit
from dagster_project.documents.scopes import find_scopes
from dagster_project.documents.word_lists import word_list
from dagster_project.parsing.text import normalize_label
from dagster_project.parsing.vn_numbers import CURRENCY_ALIASES, SCALE_WORDS, NumberFormatError, parse_number_token

# (and a statistics form's code of the row's indicator: "ĐN01", "CT05")
_ROW_NUMBER = re.compile(r"^(?:s?tt|\d{1,2}|[ivx]+|[a-z]|[a-z]{1,4}\d{1,3})$")
_HEADER_NUMBER = re.compile(r"^s?tt$")  # the row-number column's own header


def split_cells(text: str, word_row: bool = False) -> list[tuple[int, str]]:
    """(offset, text) of each cell of a row written with ``|``; empty cells keep their place.
    A Markdown row's outer pipes ("| a | b |") do not make cells; a Word table's row has none, so
    its leading "|" is an empty first cell ("| Trong đó: … | 04 | 03": the row-number cell left blank)."""
    if "\n" in text and (not word_row or _wrapped_inner_row(text)):  # (a Word cell may hold a line break of its own)
        return _joined_cells(text)
    parts, position = [], 0
    for part in text.split("|"):
        parts.append((position + len(part) - len(part.lstrip()), part.strip()))
        position += len(part) + 1
    if word_row:
        return parts
    if text.lstrip().startswith("|"):
        parts = parts[1:]
    if text.rstrip().endswith("|") and parts and not parts[-1][1] and text.lstrip().startswith("|"):
        parts = parts[:-1]
    return parts


def _wrapped_inner_row(text: str) -> bool:
    """A text file's row whose pipes do not close it, its label wrapped onto lines that begin with the empty
    number cell's pipe (reader.continues_table_row), not a Word row with a line break in a cell."""
    first, *rest = text.split("\n")
    return all(line.strip().startswith("|") and line.count("|") == first.count("|") for line in rest)


def _joined_cells(text: str) -> list[tuple[int, str]]:
    """The cells of a row written over several lines (reader.continues_table_row): each column's
    texts joined, at the offset of its first."""
    joined: list[tuple[int, str]] = []
    position = 0
    # (a row whose pipes do not close it: a line below that begins with a pipe begins with its empty first cell; so does
    # its own first line, when it begins with one and does not end with one, "|   | 11/2021 | … | 2020 (số")
    first = text.split("\n", 1)[0].strip()
    inner = not first.startswith("|") or not first.endswith("|")
    for line in text.split("\n"):
        for index, (offset, cell) in enumerate(split_cells(line, word_row=inner)):
            if index == len(joined):
                joined.append((position + offset, cell))
            elif cell:
                first, words = joined[index]
                joined[index] = (first if words else position + offset, f"{words} {cell}".strip())
        position += len(line) + 1
    return joined


_ALIGNED_CELL = re.compile(r"\S+(?: \S+)*")
# ("STT Chỉ tiêu   ĐVT   T1 …": a row-number header written one space from the label's, two cells)
_NUMBER_HEADER = re.compile(r"(?:STT|TT)(?= \S)", re.IGNORECASE)


# ("T6 Quý II", "T9 Quý III Lũy kế 9T": column names of periods a cramped export parts by one space)
_PERIOD_HEADER = re.compile(r"(?:T\d{1,2}|Quý (?:IV|I{1,3}|[1-4])|Lũy kế \S+)(?= |$)")


def aligned_cells(text: str) -> list[tuple[int, str]]:
    """(offset, text) of the cells of a line laid out with spaces: runs of words parted by two spaces or more, a
    leading "STT"/"TT" header apart from the words after it, and column names of periods one space apart each a
    cell of its own."""
    found = []
    for match in _ALIGNED_CELL.finditer(text):
        number = _NUMBER_HEADER.match(match.group()) if not found else None
        periods = list(_PERIOD_HEADER.finditer(match.group()))
        if number:
            found.append((match.start(), number.group()))
            rest = match.group()[number.end() :]
            found.append((match.start() + number.end() + len(rest) - len(rest.lstrip()), rest.strip()))
        elif len(periods) > 1 and " ".join(period.group() for period in periods) == match.group():
            found += [(match.start() + period.start(), period.group()) for period in periods]
        else:
            found.append((match.start(), match.group()))
    return found


# A cell naming a period with the year's last two digits ("Quý III/24", "9 tháng/24", "T7/24"): a clerk's short header.
_SHORT_YEAR_CELL = re.compile(
    r"(?P<period>(?:quý|q)\s*[IVX1-4]{1,4}|(?:tháng|t)\s*\d{1,2}|\d{1,2}\s*(?:tháng|t))\s*/\s*(?P<year>\d{2})"
    r"(?P<remark>\s*\([^()]*\))?",
    re.IGNORECASE,
)


def with_full_year(cell: str) -> str:
    """ "Quý III/24" -> "Quý III/2024", "6T/25 (lũy kế)" -> "6T/2025 (lũy kế)": a period cell's two-digit year
    written in full (other cells unchanged)."""
    short = _SHORT_YEAR_CELL.fullmatch(cell.strip())
    return f"{short.group('period')}/20{short.group('year')}{short.group('remark') or ''}" if short else cell


def cells_of(block, columns: tuple[int, ...] = ()) -> list[tuple[int, str]]:
    """(offset, text) of each cell of a table row: a Word row, a Markdown row, or a row of a table
    laid out with spaces ("2022          14          1,48 triệu USD"), whose cells two spaces part;
    given where its header's cells start (``columns``), each cell goes under the header cell that
    starts last at or before its end, and the columns it leaves empty keep their place. A period cell's
    two-digit year is written in full ("Quý III/24")."""
    return [(offset, with_full_year(text)) for offset, text in _cells_as_written(block, columns)]


def _cells_as_written(block, columns: tuple[int, ...]) -> list[tuple[int, str]]:
    if block.kind != "aligned_row":
        return split_cells(block.text, block.kind == "table_row")
    found = aligned_cells(block.text)
    if not columns:
        return found
    placed: list[tuple[int, str]] = [(start, "") for start in columns]
    for start, text in found:
        column = _column_under(columns, start, text)
        if placed[column][1]:
            return found  # two cells under one header: not laid out as the header is
        placed[column] = (start, text)
    for start, text in block.carried:
        # (a label begun on the line above: its words go before the words under the same header)
        column = _column_under(columns, start, text)
        offset, below = placed[column]
        placed[column] = (offset, f"{text} {below}".strip())
    return placed


def _column_under(columns: tuple[int, ...], start: int, text: str) -> int:
    """The header cell a cell of a row laid out with spaces is under: the one starting last at or before its end."""
    return max((index for index, left in enumerate(columns) if left <= start + len(text) - 1), default=0)


_HEADER_LINES = 3  # the lines a header laid out with spaces may wrap over


def aligned_rows(blocks, not_body, text: str = "") -> dict[int, tuple[int, ...]]:
    """The lines of tables laid out with spaces, each with where its header's cells start: three
    or more lines in a row, the first naming the columns (two or more, parted by two spaces or
    more), the others holding figures in at most as many cells ("Tổng cộng   17   43" under
    "STT   Quốc gia   Số vụ việc   Số công dân")."""

    def words(index: int) -> list[str]:
        """A line's cells, one cell alone too ("2023" under "Cùng kỳ")."""
        block = blocks[index] if index < len(blocks) else None
        if block is None or block.kind != "paragraph" or index in not_body or "|" in block.text:
            return []
        return [cell for _, cell in aligned_cells(block.text.strip())]

    def cells(index: int) -> list[str]:
        """A line's cells, when two spaces or more part them and it ends no sentence."""
        line = blocks[index].text.strip() if index < len(blocks) else ""
        return words(index) if "  " in line and not line.endswith((".", ";", ":")) else []

    def indent(row: int) -> int:
        return _indent(blocks, row, text)

    found: dict[int, tuple[int, ...]] = {}
    index = 0
    while index < len(blocks):
        header = cells(index)
        # ("                 Tháng 3/2024   Quý I/2024" over "Hồ sơ cấp mới HCCV, HCNG   09   26": a header with
        # no cell over the labels, written right of them)
        unlabelled = len(header) >= 2 and indent(index) >= _UNLABELLED_HEADER_INDENT
        width = len(header) + unlabelled
        run = [index]
        header_lines = 1  # (the header and the lines going on with it)
        while len(header) >= 2 and run[-1] + 1 < len(blocks):
            following = run[-1] + 1
            if (
                len(run) == header_lines <= _HEADER_LINES
                and _header_continued(words(following), indent(following) - indent(index), width, unlabelled)
                # (not over a rule of dashes under each column: that header is read from above the rule)
                and not (following + 1 < len(blocks) and is_separator_row(blocks[following + 1].text))
            ):
                # "STT Chỉ tiêu … Lũy kế 9T   Cùng kỳ   KH năm" over "2025   2024   2025": the header's second line
                # (or third: "Cùng kỳ | 6 tháng" over "năm 2016 | đầu năm" over "2017")
                run.append(following)
                header_lines += 1
            elif _value_row(cells, following, width):
                run.append(following)
            elif _group_line(blocks[following].text) and _value_row(cells, following + 1, width):
                # "I. Cửa khẩu quốc tế Cầu Treo" between rows of figures: a group of the rows below it
                run += [following, following + 1]
            elif (
                (_label_only_numbered(cells(following)) or _wrapped_label_line(blocks, following))
                and indent(following + 1) > indent(following)
                and _value_row(cells, following + 1, width)
                and _continues_a_label(cells(following + 1))
            ):
                # "1   Hồ sơ cấp mới hộ chiếu công vụ," over "    ngoại giao    hồ sơ    64    71": a row whose label
                # wraps, its figures on the second line (read as one row: ``wrapped_label_rows``)
                run += [following, following + 1]
            elif len(run) > 1 and is_separator_row(blocks[following].text) and _value_row(cells, following + 1, width):
                # a rule of dashes above the total row ("Cộng 9 tháng   465   5.995"): the same table
                run += [following, following + 1]
            else:
                break
        if len(run) >= 3 and not holds_values(header):
            # Where the header's cells start on its line, for each row counted from its own first character
            # (a line's indentation is not in its block's text).
            starts = [0] * unlabelled + [indent(index) + start for start, _ in aligned_cells(blocks[index].text)]
            found.update({row: tuple(start - indent(row) for start in starts) for row in run})
            index = run[-1] + 1
            continue
        index += 1
    return found


def wrapped_label_rows(blocks, aligned: dict[int, tuple[int, ...]], text: str) -> dict[int, tuple[int, ...]]:
    """For each row of a table laid out with spaces whose label began on the line above (a numbered line of the
    label alone, ``aligned_rows``), the line above's cells, each at its offset from the row's own first character
    (``Block.carried``): {row: ((offset, text), ...)}."""
    carried: dict[int, tuple] = {}
    for row in aligned:
        above = row - 1
        if above not in aligned or above - 1 in carried or above in carried:
            continue
        above_cells = [match for match in _ALIGNED_CELL.finditer(blocks[above].text)]
        own_cells = [match.group() for match in _ALIGNED_CELL.finditer(blocks[row].text)]
        label_above = _label_only_numbered([match.group() for match in above_cells]) or _wrapped_label_line(
            blocks, above
        )
        if not label_above or not _continues_a_label(own_cells):
            continue
        shift = _indent(blocks, above, text) - _indent(blocks, row, text)
        if shift >= 0 or holds_values([match.group() for match in above_cells]):
            continue
        carried[row] = tuple((match.start() + shift, match.group()) for match in above_cells)
    return carried


def _indent(blocks, row: int, text: str) -> int:
    return blocks[row].start - (text.rfind("\n", 0, blocks[row].start) + 1) if text and row < len(blocks) else 0


def _wrapped_label_line(blocks, row: int) -> bool:
    """A line holding only the first words of the row label below it ("Hồ sơ chứng nhận lãnh sự,")."""
    return row < len(blocks) and blocks[row].kind == "paragraph" and wrapped_label(blocks[row].text)


def _continues_a_label(cells: list[str]) -> bool:
    """ "ngoại giao   hồ sơ   64": a line going on with the label above, in lower case (not "Trong đó: Sở Y tế", "- Đoàn
    của các tỉnh Lào": rows of their own)."""
    return bool(cells) and cells[0][:1].islower()


def _label_only_numbered(cells: list[str]) -> bool:
    """ "1   Hồ sơ cấp mới hộ chiếu công vụ,": a row number and words, no figure (a label that goes on below)."""
    return (
        len(cells) == 2
        and re.fullmatch(r"\d{1,2}\.?", cells[0]) is not None
        and re.search(r"[^\W\d_]", cells[1]) is not None
        and not re.search(r"\d", cells[1])
    )


def stacked_headers(blocks, aligned: dict[int, tuple[int, ...]], text: str) -> dict[int, list[str]]:
    """The header written over several lines above a table laid out with spaces whose first line is a rule
    of dashes ("-------------  ---------   -----------"): for that rule's block, the header of each column,
    the words of the lines above it (up to a blank line or a line of prose) that lie over the column's dashes.
    ("Biên dịch" over "(trang)": "Biên dịch (trang)".) A header cell over no column's dashes or over two
    leaves the table's header unread."""
    found: dict[int, list[str]] = {}
    for index in aligned:
        block = blocks[index]
        if not is_separator_row(block.text) or index - 1 in aligned or not text:
            continue
        line_start = text.rfind("\n", 0, block.start) + 1
        line_end = text.find("\n", block.start)
        rule = text[line_start : line_end if line_end >= 0 else None]
        spans = [(match.start(), match.end()) for match in re.finditer(r"-+", rule)]
        lines = _header_lines_above(text, line_start)
        if len(spans) < 2 or not lines:
            continue
        columns: list[list[str]] = [[] for _ in spans]
        for line in lines:
            for match in _ALIGNED_CELL.finditer(line):
                under = [i for i, (left, right) in enumerate(spans) if match.start() < right and left < match.end()]
                if len(under) != 1:
                    break
                columns[under[0]].append(match.group())
            else:
                continue
            break
        else:
            found[index] = [" ".join(words) for words in columns]
    return found


_SPAN_MARKS = re.compile(r"[-=_]{3,}\s*[^-=_]+?\s*[-=_]{3,}")


def banner_headers(blocks, aligned: dict[int, tuple[int, ...]], text: str) -> dict[int, tuple[int, list[str]]]:
    """The line of group names right above the header of a table laid out with spaces ("QUÝ III     ------- LŨY KẾ
    9 THÁNG -------" over "CHỈ TIÊU   ĐVT   2025   2025   2024"): for the header's block, the banner's block and, for
    each header cell, the banner's words over it ("" where none is), so each column is named with the group above it.
    A banner cell over the label column, over no header cell, or holding a figure leaves the header as it is."""
    found: dict[int, tuple[int, list[str]]] = {}
    for index in aligned:
        if index - 1 in aligned or index < 1 or not text or blocks[index - 1].kind != "paragraph":
            continue
        above = blocks[index - 1]
        header_line, banner_line = _line_of(text, blocks[index].start), _line_of(text, above.start)
        if _line_of(text, above.start + len(above.text) - 1) != banner_line or is_banner_line(above.text):
            continue  # (a paragraph of several lines, not one line of names; a span between pipes is read as one)
        header = [(start, start + len(cell)) for start, cell in aligned_cells(header_line)]
        cells = list(_ALIGNED_CELL.finditer(banner_line))
        banner = [(m.start(), m.end(), m.group().strip(" -=_")) for m in cells]
        if (
            len(header) < 3
            or not any(_SPAN_MARKS.fullmatch(m.group()) for m in cells)
            or any(not words or _holds_a_figure(words) or ":" in words for *_, words in banner)
            or not all(_names_a_period(words) for *_, words in banner)
        ):
            # (a group spans its columns with dashes, "---- LŨY KẾ 9 THÁNG ----", and names a period; a line of words
            # alone, "Tháng 9", a note, "Đơn vị tính: USD", or a group of what is counted, "--- ĐOÀN VÀO ---", whose
            # columns name their own measure, right above the header is no banner)
            continue
        names = [""] * len(header)
        for left, right, words in banner:
            under = [i for i, (start, end) in enumerate(header) if start < right and left < end]
            if not under or 0 in under or any(names[i] for i in under):
                break
            for i in under:
                names[i] = words
        else:
            found[index] = (index - 1, names)
    return found


def _names_a_period(words: str) -> bool:
    """A group name that is one period ("QUÝ III", "LŨY KẾ 9 THÁNG"), not the same period of another year ("CÙNG KỲ
    NĂM TRƯỚC", read with the column's own words as another period than it means)."""
    scopes = find_scopes(normalize_label(words), None)
    return len(scopes) == 1 and scopes[0][1].kind != "same_period_earlier"


def _line_of(text: str, offset: int) -> str:
    """The whole line of ``text`` holding ``offset``, its indentation kept."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return text[start : end if end >= 0 else None]


def _header_lines_above(text: str, line_start: int) -> list[str]:
    """The lines right above a rule of dashes, up to a blank line or a line of prose (one ending in ":" or ".")."""
    lines: list[str] = []
    end = line_start - 1
    while end > 0 and len(lines) < 4:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if not line.strip() or line.rstrip().endswith((":", ".", ";")):
            break
        lines.insert(0, line)
        end = start - 1
    return lines


def is_banner_line(text: str) -> bool:
    """ "|------- Năm 2025 -------|" over the columns of a table laid out with spaces: a span of those columns'
    header, written between pipes, not a row of a Markdown table."""
    return bool(re.fullmatch(r"\|\s*[-=]{3,}[^|\d]*?(?:(?:19|20)\d{2}[^|\d]*?)?[-=]{3,}\s*\|", text.strip()))


def is_separator_row(text: str) -> bool:
    """A Markdown table's rule ("|---|:--|"), or a grid table's border ("+----+-----+", "+====+")."""
    return (
        bool(re.fullmatch(r"[\s|:\-–]+", text))
        or bool(re.fullmatch(r"\+[-=+]*[-=]\+[-=+]*", text.strip()))
        # ("----------+---------": a text table's rule where its columns meet)
        or bool(re.fullmatch(r"[-=]{3,}(?:\+[-=]{3,})+", text.strip()))
    )


def is_inner_rule(text: str) -> bool:
    """A grid table's rule under merged header cells only ("|     |        +------+------+      |": "Lượt người" over
    "Xuất | Nhập"), the cells beside it still open: a line of the header, no row."""
    line = text.strip()
    return line.startswith("|") and "+" in line and bool(re.fullmatch(r"[|+\-=:\s]+", line)) and "---" in line


def pipe_spans(line: str, cells: int) -> list[tuple[int, int]] | None:
    """Where each cell of a row written with pipes lies in its line (from the pipe before it to the pipe after it), or
    None when the pipes do not part the line into that many cells."""
    text = line.rstrip()
    pipes = [index for index, char in enumerate(text) if char == "|"]
    bounds = ([] if text.lstrip().startswith("|") else [-1]) + pipes + ([] if text.endswith("|") else [len(text)])
    spans = list(zip(bounds, bounds[1:]))
    return spans if len(spans) == cells else None


def spread_over(narrow: list[str], narrow_spans, wide_spans) -> list[str] | None:
    """A header row of fewer cells than the row under it, each cell written over the columns whose pipes lie inside
    its own ("Lượt người" over "Xuất | Nhập | Cộng"), as a Word table repeats a merged cell; None when a column of the
    wide row crosses a pipe of the narrow one: which cell heads it is not written."""
    spread = []
    for start, end in wide_spans:
        over = [text for (left, right), text in zip(narrow_spans, narrow, strict=True) if left <= start < end <= right]
        if not over:
            return None
        spread.append(over[0])
    return spread


_MONTH_AND_YEAR = re.compile(r"\d{1,2}\s*/\s*(?:19|20)\d{2}(?:\s*\((?:ước|ước tính|ước thực hiện)\))?", re.IGNORECASE)


def is_month_and_year(cell: str) -> bool:
    """A cell naming a month as its number and year ("01/2022", "**06/2022 (ước)**")."""
    return _MONTH_AND_YEAR.fullmatch(cell.strip("* ")) is not None


def label_column(cells: list[str]) -> int:
    """The first cell with words that is not a row number ("TT", "1", "II", "a")."""
    if cells and re.fullmatch(r"(?:19|20)\d{2}", cells[0].strip()):
        return 0  # "2022 | 14 | 1,48 triệu USD": a row labelled by its year
    for index, text in enumerate(cells[:2]):
        worded = [i for i, cell in enumerate(cells) if i > index and re.search(r"[^\W\d_]", cell)]
        if (
            is_month_and_year(text)
            and (index == 0 or _ROW_NUMBER.match(normalize_label(cells[0])))
            and worded in ([], [len(cells) - 1])
        ):
            # ("02/2022 | 5.187 | Nghỉ Tết": a row labelled by its month, whatever its note says; not "03/2022 | Dự án
            # nước sạch … | 120.000", one item of a list)
            return index
    if (
        len(cells) > 1
        and _ROW_NUMBER.match(normalize_label(cells[0]))
        and re.fullmatch(r"(?:19|20)\d{2}", cells[1].strip())
    ):
        return 1  # ("1 | 2021 | 14 | 6": numbered, then its year)
    for index, text in enumerate(cells):
        normalised = normalize_label(text)
        if re.search(r"[a-z]", normalised) and not _ROW_NUMBER.match(normalised):
            return index
    return 0


_TIME_WORDS = {"thang", "nam", "quy", "ngay", "tuan"}


_BARE_YEAR = re.compile(r"^\s*(?:19|20)\d{2}\s*(?:\(.*\))?\s*$")


def _is_year(quantity) -> bool:
    """ "2023" in a header ("KH 2023 so với TH 2022 (%)"): a year-valued whole number counting nothing."""
    return (
        quantity.value == quantity.value.to_integral_value()
        and 1900 <= quantity.value <= 2100
        and "." not in quantity.as_written
        and read_unit(quantity.unit_words, quantity.currency) is None
    )


# A note's mark ending a header's words: "Thực hiện 5 tháng năm 2024 (1)".
_NOTE_MARK_AT_THE_END = re.compile(r"\s*\(\d{1,2}\)\s*$")


def _holds_a_figure(text: str) -> bool:
    if _BARE_YEAR.match(text):
        return False  # a column header "2024"
    if re.search(r"[^\W\d_]{2,}", text):
        text = _NOTE_MARK_AT_THE_END.sub("", text)
    pair = _PAIR_CELL.match(text)
    if pair and not all(1900 <= int(group.replace(".", "")) <= 2100 for group in pair.groups()):
        return True  # "03/14": delegations and persons (not "2024/2025", a school year)
    # "Cùng kỳ 2024", "Ước 2025", "9 tháng 2025" name periods.
    return any(
        (quantity.unit_words.split() or [""])[0] not in _TIME_WORDS and not _is_year(quantity)
        for quantity in find_quantities(text)
    )


def holds_values(cells: list[str]) -> bool:
    """A row with a figure in a cell after its label: a row of figures, not of headers
    ("Quý III/2024", "6 tháng năm 2026" name periods)."""
    label = label_column(cells)
    return any(_holds_a_figure(text) for text in cells[label + 1 :])


def column_role(header: str) -> str:
    """ratio, plan, part, note, reason, unit, period, code or value: only value columns hold figures."""
    normalised = normalize_label(header)
    without_names = f" {normalised} "
    for words in word_list("table_columns.not_ratio"):
        without_names = without_names.replace(f" {words} ", " ")
    if "%" in header or any(f" {word} " in without_names for word in word_list("table_columns.ratio")):
        return "ratio"
    if any(f" {word} " in f" {normalised} " for word in word_list("table_columns.plan")):
        return "plan"
    if normalised in word_list("table_columns.not_done"):
        return "plan"  # ("Hủy, hoãn": planned and not done, as a plan column holds no result)
    if re.search(r"(?:^| )trong do(?: (?!quy |thang |nam |\d)|$)", normalised):
        # "Năm 2019" over "Toàn tỉnh | Trong đó: với Lào": the column of a part (not "Trong đó: Quý II/2026", a
        # period within the columns before it)
        return "part"
    # ("ĐVT (Unit)", "Ghi chú (Notes)": a header with its translation in brackets names the same column)
    bare = normalize_label(re.sub(r"\([^()]*\)", " ", header))
    for role in ("note", "reason", "unit", "period", "code"):
        if normalised in word_list(f"table_columns.{role}") or bare in word_list(f"table_columns.{role}"):
            return role
    return "value"


class RowAbove(NamedTuple):
    """What a row of a table left for the sub-row under it."""

    words: str  # the words it was read with (its parent's before them, for a part)
    unit: str  # its unit cell, normalised
    dashed_row: bool  # a dashed row of its own, neither a part nor a second measure
    figures_before: int  # how many figures were published before it (more after it: it published)


@dataclass
class TableLayout:
    """Header rows seen so far, and whether the rows of figures have begun."""

    header_rows: list[list[str]] = field(default_factory=list)
    # Where the cells of each header row written with pipes lie in its line (None: a Word row, or no such parting).
    header_spans: list[list[tuple[int, int]] | None] = field(default_factory=list)
    # A header row of fewer cells than a row under it whose pipes do not line up with that row's: which column its
    # cells head is not written, so no value of the table is published.
    uneven_header: str = ""
    unit_note: str = ""  # "Đơn vị tính: USD" written on a line of its own above the table
    pair_note: tuple[str, str] | None = None  # "(Ghi dạng số đoàn/số lượt người)" above it: what "a/b" cells count
    data_started: bool = False
    # "I | Đoàn ra | 18 | 74" over "1 | Cấp tỉnh | 5 | 31": the label of a Roman-numbered row with
    # figures, whose Arabic-numbered rows below are its parts.
    total_row: str | None = None
    # "4 | Lượt tàu xuất, nhập cảnh | 1.846" over "4.1 | - Khu bến cảng Vũng Áng | 1.103": (its number, label)
    numbered_row: tuple[str, str] | None = None
    # The label of the last row that was not a "Trong đó: ..." row, and the indicators it gave.
    parent_label: str = ""
    parent_indicators: set[str] = field(default_factory=set)
    # The row marker of the "Trong đó: …" row ("-", "+", ""): the rows marked the same below it are
    # the rest of its list of parts ("- | Trong đó: dự án trong nước" over "- | Dự án FDI").
    part_marker: str | None = None
    part_label_marker: str | None = None  # the dash written after "Trong đó:" in the label, "Trong đó: - …"
    parent_dashed: bool = False  # the last row that was no part had a dashed label ("- Đoàn ra")
    parent_unit: str = ""  # and this unit cell
    row_above: RowAbove | None = None  # the row above, whose second measure a sub-row in another unit may be
    # Every indicator a row of this table gave, for a capital row that names its projects.
    indicators: set[str] = field(default_factory=set)
    # A row above was marked an estimate ("Tháng 9 (ước)"): the total row under it is one too.
    estimated_rows: bool = False
    estimated_periods: list = field(default_factory=list)  # the codes of rows labelled as estimates ("Tháng 9 (ước)")
    # the periods of each indicator's cells published as estimates ("2.240.000 (ước)" in the 2023 row): a total over
    # them ("Cộng 2019 - 2023") holds an estimate
    estimated_cells: dict = field(default_factory=dict)
    # How many rows of values so far name a foreign partner ("| 1 | Bolikhămxay | 10 | 68 |") and how many do not: a
    # "Cộng" under partners' rows alone sums their share.
    partner_rows: int = 0
    other_rows: int = 0
    # The codes of the rows labelled with a period so far ("Quý I", "Quý II"), of which a "6 tháng" row may be the sum.
    row_periods: list = field(default_factory=list)
    # Whether each row under the present group was read as the second measure of the row above it.
    second_measures: list = field(default_factory=list)
    first_review: int = 0  # where the review items of this table's rows begin
    group_first_figure: int = 0  # where the figures published from rows of the present group begin
    # A Markdown table's "|---|" row ends its header rows.
    separated: bool = False
    word_table: int = 0  # which of a Word document's tables this is (Block.table)
    # "| **II** | **Cảng biển** | | |": a row naming a group, no figures; its words are read with the
    # rows under it when their own words name no indicator.
    group_label: str = ""
    # "Chỉ tiêu" merged over the indicators' columns, read as their group's name (``_indicators_group``): only rows of
    # months (and their total) are results under it for certain; a year's row may be the year's targets
    indicators_group: str = ""

    def group_row(self, cells: list[str]) -> str | None:
        """The label of a row that names a group of the rows below it: below the header rows, a
        label and nothing after it."""
        label = label_column(cells)
        if not cells or holds_values(cells):
            return None
        # Above the first row of figures a row is a header row, unless it is numbered as the body's
        # rows are ("I | Hợp tác quốc tế" under the header rows): headers carry no row number.
        numbered = (
            label > 0
            and bool(_ROW_NUMBER.match(normalize_label(cells[0])))
            and not _HEADER_NUMBER.match(normalize_label(cells[0]))
        )
        if not (self.data_started or self.separated or (self.header_rows and numbered)):
            return None
        text = cells[label].strip("* ")
        # (nothing but a row number left of it: "| | | 20/9) (4) | kỳ (%) |" is a header's last line)
        if any(cell.strip() for cell in cells[1:label]):
            return None
        return text if text and re.search(r"[^\W\d_]", text) and not any(cells[label + 1 :]) else None

    def sub_row_of(self, cells: list[str]) -> str | None:
        """The total a row is a part of, if any; remembers a Roman-numbered row with figures."""
        label = label_column(cells)
        number = normalize_label(cells[0]) if label > 0 else ""
        if re.fullmatch(r"[ivx]+", number):
            self.total_row = cells[label] if holds_values(cells) else None
            return None
        written = cells[0].strip() if label > 0 else ""
        decimal = re.fullmatch(r"(\d{1,2})\.\d{1,2}\.?", written)
        if decimal and self.numbered_row and decimal.group(1) == self.numbered_row[0]:
            return self.numbered_row[1]
        if re.fullmatch(r"\d{1,2}\.?", written):
            self.numbered_row = (written.rstrip("."), cells[label]) if holds_values(cells) else None
        if re.fullmatch(r"\d{1,2}", number) and self.total_row:
            return self.total_row
        self.total_row = None if not number else self.total_row
        return None

    def add_header_row(self, cells: list[str], line: str | None = None) -> None:
        """A header row; one written with pipes (``line``) spreads the rows above it of fewer cells over its columns."""
        spans = pipe_spans(line, len(cells)) if line is not None else None
        for position, row in enumerate(self.header_rows):
            above = self.header_spans[position]
            # (a caption alone in its row, "Số liệu tổng hợp", stays one)
            if len(row) >= len(cells) or not (above and spans) or not any(row[1:]):
                continue
            spread = spread_over(row, above, spans)
            if spread is None:
                self.uneven_header = " | ".join(cell for cell in row if cell)
            else:
                self.header_rows[position], self.header_spans[position] = spread, spans
        self.header_rows.append(cells)
        self.header_spans.append(spans)

    def headers(self) -> list[str]:
        """One header per column: the texts above it, top to bottom, without repeats; an empty
        cell after a filled one in a header row is the merged cell's span."""
        return [" ".join(texts) for texts in self.header_stacks()]

    def header_stacks(self) -> list[list[str]]:
        """The texts above each column, top to bottom ("Quý IV/2024" over "Tháng 10")."""
        width = max((len(row) for row in self.header_rows), default=0)
        columns: list[list[str]] = [[] for _ in range(width)]
        # Where a header row above starts a cell of its own: a merged cell below never spans it ("Quý III |
        # Lũy kế 9 tháng" under "Thực hiện năm 2025", then blanks under "9 tháng năm 2024").
        starts_above: set[int] = set()
        for position, row in enumerate(self.header_rows):
            if len(row) > 1 and row[0] and not any(row[1:]):
                continue  # "Số liệu tổng hợp toàn tỉnh" alone, merged across: a caption, no column's header
            if _units_row(row):
                # ("| | ĐVT | Đoàn | Lượt người |" under "Số đoàn | Số lượt người": each column's unit, in brackets
                # after its header, as a header naming its unit writes it; no header of its own)
                for index, text in enumerate(row[:width]):
                    if text.strip() and columns[index] and measure_in(text):
                        columns[index][-1] = f"{columns[index][-1]} ({text.strip()})"
                continue
            listing = _indicators_group(row) if position + 1 < len(self.header_rows) else None
            carried = ""
            for index in range(width):
                text = row[index] if index < len(row) else ""
                if index == listing:
                    text = ""  # ("Chỉ tiêu" over "Đoàn ra | Đoàn vào": the indicators the columns below name)
                    self.indicators_group = row[index]
                carried = text or (carried if index and index not in starts_above else "")
                if carried and carried not in columns[index]:
                    columns[index].append(carried)
            starts_above |= {index for index in range(1, width) if index < len(row) and row[index]}
        return columns


def _units_row(row: list[str]) -> bool:
    """A header row of units: "ĐVT" (or "Đơn vị tính") in one of its first two cells, a unit in every other filled
    cell after it."""
    unit_headers = word_list("table_columns.unit")
    labels = [index for index, text in enumerate(row[:2]) if normalize_label(text).strip(": ") in unit_headers]
    if not labels:
        return False
    units = [text for text in row[labels[0] + 1 :] if text.strip()]
    return bool(units) and all(measure_in(text) for text in units)


def _indicators_group(row: list[str]) -> int | None:
    """Where a header row has one merged cell over the indicators the row below names ("Tháng | Chỉ tiêu |  |  | Ghi
    chú" over "Tháng | Đoàn ra | Đoàn vào | …"): "chỉ tiêu" may then be the indicators, no target. Not beside another
    group ("Chỉ tiêu |  | Thực hiện |  ": targets and results)."""
    names = word_list("indicator_groups")
    groups = [index for index, text in enumerate(row) if index and normalize_label(text) in names]
    if len(groups) != 1 or groups[0] + 1 >= len(row) or row[groups[0] + 1]:
        return None
    others = [text for index, text in enumerate(row) if index and index != groups[0] and text.strip()]
    return groups[0] if all(column_role(text) == "note" for text in others) else None


# Words of a header that speak of time: a header naming no period the extractor understands but
# holding one of these ("Lũy kế", "Kỳ trước", "Tháng trước") leaves its column's period uncertain;
# one without them ("Thực hiện", "Số đoàn (đoàn)", "Giá trị cam kết (USD)") holds the report's period.
# (not "sau" of a check, "Số liệu sau xác minh của Đoàn kiểm tra": the values settled by it, of no other time)
_TIME_HEADER_WORDS = re.compile(
    r"\b(?:luy ke|truoc|den nay|tu dau|ky|thang|quy|nam|giai doan|mua|dot|hien nay"
    r"|sau(?! (?:xac minh|kiem tra|doi chieu|dieu chinh|dinh chinh|ra soat)\b))\b"
)


def speaks_of_time(normalised_header: str) -> bool:
    return bool(_TIME_HEADER_WORDS.search(normalised_header))


def is_estimate_header(normalised: str) -> bool:
    return any(f" {word} " in f" {normalised} " for word in word_list("table_columns.estimate"))


# "T1", "T9/2018": the clerks' month in a column header.
_CLERKS_MONTH = re.compile(r"^\s*T\.?\s?(0?[1-9]|1[0-2])(?=\s*(?:/|\(|$))")


# "Năm trước | Năm nay" side by side in one header row: the year before the report's and the report's own.
_LAST_YEAR_CELL = re.compile(r"\bnăm\s+trước\b", re.IGNORECASE)
_THIS_YEAR_CELL = re.compile(r"\bnăm\s+nay\b", re.IGNORECASE)


# A cell numbering its column: "(4)", "C", "(4)=(2)+(3)", "6=4-5", "c = b - a" (a letter and how the column is worked
# out from the others).
_COLUMN_NUMBER = re.compile(
    r"\(?(?P<number>\d{1,2})\)?(?:\s*=\s*[\d()+\-*/x\s]+)?|\(?(?P<letter>[A-Za-z])\)?(?:\s*=\s*[A-Za-z\d()+\-*/:\s]+)?"
)


def numbers_the_columns(cells: list[str]) -> bool:
    """A row under a header that only numbers its columns ("(1) | (2) | (3) | (4)=(2)+(3)", "A | B | C | 1 | 2",
    "A | B | C | a | b | c = b - a"): every filled cell a column's number or letter, the numbers one after another, and
    a bracket, a letter or a sum among them (not a row of figures that happen to count up: "| 1 | 2 | 3 |")."""
    filled = [cell.strip() for cell in cells if cell.strip()]
    matches = [_COLUMN_NUMBER.fullmatch(cell) for cell in filled]
    if len(filled) < 3 or not all(matches):
        return False
    numbers = [int(match["number"]) for match in matches if match["number"]]
    marked = any("(" in cell or "=" in cell for cell in filled) or any(match["letter"] for match in matches)
    return marked and numbers == list(range(numbers[0], numbers[0] + len(numbers))) if numbers else marked


def header_cells(
    cells: list[str], report_period: str | None, in_plan: bool = False, column_keys_of_document: dict | None = None
) -> list[str]:
    """A header row's cells as the extractor reads them: numbered columns written out from the document's key to them,
    the clerks' months spelt out ("T9" as "Tháng 9"); in a report
    on a whole year, "Năm nay" beside "Năm trước" in the same row as that year and the one before ("Năm trước | Năm
    nay" in a report on 2022: 2021 and 2022; alone, "năm nay" may be the year of writing, and stays as written; so it
    does in a plan's table, "Thực hiện năm trước | Kế hoạch năm nay", whose "năm nay" is the year being planned)."""
    cells = [clerks_month(cell) for cell in with_column_keys(cells, column_keys_of_document or {})]
    if not (report_period and re.fullmatch(r"(?:19|20)\d{2}", report_period)) or in_plan:
        return cells
    results = [column_role(cell) != "plan" for cell in cells]
    relative = [cell for cell, result in zip(cells, results, strict=True) if result]
    if any(_LAST_YEAR_CELL.search(cell) for cell in relative) and any(
        _THIS_YEAR_CELL.search(cell) for cell in relative
    ):
        year = int(report_period)
        cells = [
            _THIS_YEAR_CELL.sub(f"Năm {year}", _LAST_YEAR_CELL.sub(f"Năm {year - 1}", cell)) if result else cell
            for cell, result in zip(cells, results, strict=True)
        ]
    return cells


# "Giải thích cột:" over "(1) Thực hiện kỳ báo cáo - Quý II/2023", "(2) Cùng kỳ năm trước - Quý II/2022": the key to a
# table whose columns are headed by their numbers only.
_COLUMN_KEY_OPENER = re.compile(r"\b(?:giai thich|chu thich|chu giai|ghi chu|dien giai|y nghia)(?: cac)? cot\b")
_COLUMN_KEY = re.compile(r"^\s*\((\d{1,2})\)\s+(\S.{2,150})$")
_NUMBERED_COLUMN = re.compile(r"^\s*\((\d{1,2})\)\s*$")


# "Ký hiệu cột: ĐR - số đoàn ra; LN - số lượt người …": a line saying what a table's abbreviated headers stand for.
_ABBREVIATION_KEY = re.compile(
    r"^\W*(?:ký hiệu|chú giải|giải thích ký hiệu)(?: các)?(?: cột)?\s*:\s*(?P<items>.+)$", re.I
)
_ABBREVIATION = re.compile(r"^\s*(?P<short>[^\W\d_]{1,6})\s*(?:-|–|=|:)\s*(?P<meaning>[^\W\d_].{2,80}?)\s*\.?$")


def _abbreviation_keys(line: str) -> dict[str, str]:
    """{"ĐR": "số đoàn ra", …} from a line keying a table's abbreviated headers, when every item of it is one."""
    key = _ABBREVIATION_KEY.match(line)
    items = [_ABBREVIATION.match(item) for item in key.group("items").split(";")] if key else []
    return {item["short"]: item["meaning"] for item in items} if items and all(items) else {}


def column_keys(lines: list[str], report_year: int | None = None) -> dict[str, str]:
    """What each numbered column means, from the lines right under a line opening the key ("Giải thích cột:"), or
    what each abbreviated header stands for ("Ký hiệu cột: ĐR - số đoàn ra; LN - …"); empty when the document has no
    such key (numbered notes, "(1) Số đoàn vào … là 12 đoàn", explain no column) or more than one."""
    blocks: list[dict[str, str]] = []
    abbreviated: list[dict[str, str]] = []
    for index, line in enumerate(lines):
        if abbreviations := _abbreviation_keys(line):
            abbreviated.append(abbreviations)
            continue
        if not _COLUMN_KEY_OPENER.search(normalize_label(line)):
            continue
        keys: dict[str, str] = {}
        for following in lines[index + 1 : index + 16]:
            key = _COLUMN_KEY.match(following)
            if key is None:
                break
            keys.setdefault(key.group(1), key.group(2).strip())
        blocks.append(keys)
    # (two keys, one per table: which table each one explains is not said; a key of numbers and one of abbreviations
    # explain different headers)
    keys = {**(blocks[0] if len(blocks) == 1 else {}), **(abbreviated[0] if len(abbreviated) == 1 else {})}
    return {**_marked_column_periods(lines, report_year), **keys}


# "(*) Cột “Cùng kỳ” là số liệu tháng 10 năm 2022 (Báo cáo số …)": a note on a marked header naming the one period of
# the column's values.
_MARKED_COLUMN_NOTE = re.compile(
    r"^\W{0,3}(?P<marker>\(\*{1,3}\)|\*{1,3}|\(\d{1,2}\))\s*[Cc]ột\s*[“\"']?(?P<name>[^“”\"'()]{2,40}?)[”\"']?\s+"
    r"(?:là|ghi)\s+(?:số liệu|số)?\s*(?:của\s+)?(?P<period>[^.;,()]{4,40}?)\s*(?:[.;,(]|$)"
)


def _marked_column_periods(lines: list[str], report_year: int | None) -> dict[str, str]:
    """Each marked header of a compared period ("Cùng kỳ (*)", "Kỳ trước (**)") a note names the period of, written as
    that period ("tháng 10 năm 2022"), when the note's words are that period alone (a "Cùng kỳ" one of the year before
    the report's). Not a header that says more than
    which period it compares with ("Kế hoạch (*)", "Ước TH (*)": a plan, an estimate), nor one written in two tables
    (which of them the note is under is not read), nor a marker explained twice."""
    found: dict[str, list[str]] = {}
    for line in lines:
        note = _MARKED_COLUMN_NOTE.match(line.strip())
        if note is None or not _COMPARED_PERIOD.fullmatch(normalize_label(note.group("name"))):
            continue
        period = note.group("period").strip()
        named = find_scopes(normalize_label(period), None)
        if len(named) != 1 or not named[0][1].code or named[0][1].evidence != normalize_label(period):
            continue
        if normalize_label(note.group("name")).startswith("cung ky") and named[0][1].code[:4] != str(
            (report_year or 0) - 1
        ):
            continue  # ("Cùng kỳ (*)" over a note naming a period not a year before the report's: which is meant?)
        name, marker = note.group("name").strip(), note.group("marker")
        for header in (f"{name} {marker}", f"{name}{marker}"):
            found.setdefault(header, []).append(period)
    return {
        header: periods[0]
        for header, periods in found.items()
        if len(periods) == 1 and sum(header in line for line in lines if " | " in line) == 1
    }


# The name of a column of values of another period than the report's, compared with them.
_COMPARED_PERIOD = re.compile(
    r"(?:so lieu )?(?:cung ky(?: nam truoc)?|ky truoc|ky so sanh|thang truoc|quy truoc|nam truoc|so sanh)"
)


def with_column_keys(cells: list[str], keys: dict[str, str]) -> list[str]:
    """A header row whose cells are the columns' numbers ("(1)", "(2)") written out from their key, when every such
    cell has one, or whose abbreviations a key writes out; as it is otherwise."""
    if any(cell.strip() in keys for cell in cells) and not any(_NUMBERED_COLUMN.match(cell) for cell in cells):
        # ("Tháng | ĐR | LN | ĐV | LK" under "Ký hiệu cột: ĐR - số đoàn ra; …": each abbreviation written out)
        return [keys.get(cell.strip(), cell) for cell in cells]
    numbered = [match.group(1) for cell in cells if (match := _NUMBERED_COLUMN.match(cell))]
    if not numbered or not all(number in keys for number in numbered):
        return cells
    return [keys[match.group(1)] if (match := _NUMBERED_COLUMN.match(cell)) else cell for cell in cells]


def clerks_month(header: str) -> str:
    """A header written as the clerks' month ("T1", "T9/2018 (đến 20/9)") spelt out ("Tháng 1", "Tháng 9/2018 …"),
    so that it names the month; any other header as it is."""
    return _CLERKS_MONTH.sub(lambda match: f"Tháng {match.group(1)}", header, count=1)


def is_total_label(label: str) -> bool:
    """ "Tổng cộng", "Cộng", "Tổng số": the row that is the list's total."""
    return normalize_label(label) in word_list("total_labels")


_PAIR_CELL = re.compile(r"^\s*(\d{1,3}(?:\.\d{3})+|\d+)\s*/\s*(\d{1,3}(?:\.\d{3})+|\d+)\s*$")


def unit_pair(text: str | None) -> tuple[str, str] | None:
    """ "đoàn/lượt người" in a unit column or header: the nouns of an "a/b" pair of cells."""
    if not text or text.count("/") != 1:
        return None
    first, second = (read_unit(normalize_label(part), None) for part in text.split("/"))
    return (first, second) if first and second else None


def pair_quantities(text: str, units: tuple[str, str] | None) -> list:
    """ "03/14" under a unit "đoàn/lượt người": two figures, each with its noun; nothing when the
    cell is no such pair or no pair of nouns says what its numbers count (a date, a fraction)."""
    match = _PAIR_CELL.match(text)
    if match is None or units is None:
        return []
    found = []
    for group, unit in zip((1, 2), units):
        token = match.group(group)
        try:
            value = parse_number_token(token)
        except NumberFormatError:
            return []
        found.append(Quantity(match.start(group), match.end(group), value, "exact", None, token, unit))
    return found


@dataclass(frozen=True)
class Measure:
    """What the cells of a row or column are in: a counted noun, or a currency and its scale."""

    unit: str | None = None
    currency: str | None = None
    scale: Decimal = Decimal(1)


# A unit in a parenthesis is a few words at most: "(đoàn)", "(lượt người)", "(đoàn/lượt khách)", "(nghìn USD)".
_MEASURE_WORDS = 4


_SHORT_SCALE_WORDS = {"tr": "trieu", "ng": "nghin"}


def measure_in(text) -> Measure | None:
    """ "(đoàn)", "lượt người", "USD", "nghìn USD", "triệu đồng" (a cell, a header's parenthesis or
    a match of one) as a Measure; None when it names none."""
    if text is None:
        return None
    if isinstance(text, re.Match) and ("," in text.group(1) or len(text.group(1).split()) > _MEASURE_WORDS):
        # ("Đoàn vào (khách quốc tế đến thăm, làm việc tại tỉnh)": a parenthesis that explains, not a unit)
        return None
    normalised = normalize_label(text.group(1) if isinstance(text, re.Match) else text)
    scale_word, _, rest = normalised.partition(" ")
    # ("tr.USD", "ng. USD": a unit cell's short scale words, read only before a currency)
    scale_word = _SHORT_SCALE_WORDS.get(scale_word, scale_word)
    scale = SCALE_WORDS.get(scale_word) if rest in CURRENCY_ALIASES else None
    currency = CURRENCY_ALIASES.get(rest if scale else normalised)
    if currency:
        return Measure(currency=currency, scale=scale or Decimal(1))
    unit = read_unit(normalised, None)
    return Measure(unit=unit) if unit else None


def listed_currency(unit_note: str) -> Measure | None:
    """The one currency of a table's unit line that lists a unit for each kind of column ("Đơn vị tính: tổ chức;
    chương trình, dự án; USD"): the measure of its columns of money; None when it lists no currency or more than one."""
    parts = [part for part in re.split(r"[;/]", unit_note) if part.strip()] if unit_note else []
    currencies = [measure for measure in map(measure_in, parts) if measure and measure.currency]
    return currencies[0] if len(parts) > 1 and len(currencies) == 1 else None


# "Đơn vị tính: USD", "(ĐVT: triệu đồng)": the unit of a table, on a line of its own above it.
# ("*Đơn vị: nghìn USD*", "_(ĐVT: USD)_": in a Markdown file's italics too)
# ("Đơn vị tính: USD (khoản viện trợ bằng ngoại tệ khác quy đổi …)": with a bracket on how its values were converted;
# not one excepting a column or a row, "(riêng cột 5: người)", "(riêng dòng 2 tính bằng triệu đồng, quy đổi …)")
_UNIT_LINE = re.compile(
    r"^[\s(*_]*(?:đơn vị tính|đơn vị|đvt)\s*:\s*(?P<unit>[^()*_]{1,60}?)\s*"
    r"(?:\((?![^()]*\b(?:riêng|trừ|dòng|cột|chưa)\b)[^()]*\b(?:quy đổi|tỷ giá|hạch toán)\b[^()]*\))?"
    r"\s*\)?[\s*_]*\)?\s*$",
    re.IGNORECASE,
)


# "Biểu 2. Các khoản viện trợ … năm 2025 (ĐVT: triệu USD)": a caption ending with the table's unit.
_CAPTION_UNIT = re.compile(r"\(\s*(?:đơn vị tính|đơn vị|đvt)\s*:\s*(?P<unit>[^()]{1,30}?)\s*\)\s*$", re.IGNORECASE)


# What a table of percentages or index numbers says above it: a unit line of "%" ("Đơn vị tính: %", "%" alone at the
# right), or a caption of index numbers ("Chỉ số phát triển … (Năm trước = 100)").
PERCENT_NOTE = "%"
_PERCENT_UNIT = re.compile(r"\(?%\)?|phần trăm", re.IGNORECASE)
# (a caption, a short line: not a sentence that mentions an index before a table of counts)
_INDEX_CAPTION = re.compile(
    r"=\s*100\b|\b(?:chỉ số phát triển|tốc độ phát triển|tốc độ tăng(?: trưởng)?)\b|\(\s*%\s*\)\s*$", re.IGNORECASE
)
_CAPTION_LENGTH = 160
_CAPTION_NUMBER = re.compile(r"^(?:bảng|biểu|hình|table|figure)\s+[\w.-]+?[.:]?\s", re.IGNORECASE)


def unit_line(text: str) -> str | None:
    """The unit a line names when it is nothing but a table's unit line, or a caption ending with it
    (``PERCENT_NOTE`` for a table of percentages or index numbers)."""
    match = _UNIT_LINE.match(text) or _CAPTION_UNIT.search(text)
    unit = match.group("unit").strip() if match else text.strip()
    stripped = text.strip()
    # (one text: not a table's header laid out with spaces or pipes, "… Lũy kế 9T   So CK 9T (%)")
    caption = (
        len(stripped) <= _CAPTION_LENGTH
        and ". " not in _CAPTION_NUMBER.sub("", stripped)
        and "  " not in stripped
        and "|" not in stripped
    )
    if _PERCENT_UNIT.fullmatch(unit) or (caption and _INDEX_CAPTION.search(text)):
        return PERCENT_NOTE
    # (or a unit for each kind of column, one of them a currency: "Đơn vị tính: tổ chức; chương trình, dự án; USD")
    found = match and (measure_in(match.group("unit")) or listed_currency(match.group("unit")))
    return match.group("unit") if found else None


# "(Ghi dạng số đoàn/số lượt người)", "Số liệu ghi theo: đoàn/lượt khách": a line over a table saying what the two
# numbers of each "a/b" cell count.
_PAIR_FORMAT_LINE = re.compile(
    r"^[\s(*_]*(?:số liệu\s+)?(?:ghi|viết)(?:\s+(?:theo|dạng|là|kiểu))*\s*:?\s*"
    r"(?P<pair>[^()*_:/]{2,30}/[^()*_:/]{2,30}?)\s*\)?[\s*_.]*$",
    re.IGNORECASE,
)


def pair_format_line(text: str) -> tuple[str, str] | None:
    """The nouns a line right above a table gives its "a/b" cells ("(Ghi dạng số đoàn/số lượt người)"), or None."""
    match = _PAIR_FORMAT_LINE.match(text.strip())
    return unit_pair(re.sub(r"\bsố\s+", "", match.group("pair"), flags=re.IGNORECASE)) if match else None


_UNLABELLED_HEADER_INDENT = 12  # a header line written this far right has no label cell


def _header_continued(cells: list[str], shift: int, width: int, unlabelled: bool = False) -> bool:
    """Whether a line right under a table's header goes on with it: a few words or years only, none a figure, written
    right of where the header's labels stand (under a header written right of them, "Đơn vị tính   2022   2023" over
    "Unit", anywhere under it)."""
    return (
        0 < len(cells) < width
        and shift >= (0 if unlabelled else _UNLABELLED_HEADER_INDENT)
        and not any(_holds_a_figure(cell) for cell in cells)
        and all(len(cell) <= 20 for cell in cells)
    )


def _value_row(cells, row: int, width: int) -> bool:
    """Whether line ``row`` holds figures in at most ``width`` cells (``cells`` reads a line's cells)."""
    row_cells = cells(row) if row >= 0 else []
    return 2 <= len(row_cells) <= width and holds_values(row_cells)


def _group_line(text: str) -> bool:
    """A short line of words only, no figure and no sentence: a group label between a table's rows."""
    stripped = text.strip()
    return 0 < len(stripped) <= 80 and not re.search(r"\d{2,}|[.;:]$", stripped) and "  " not in stripped
