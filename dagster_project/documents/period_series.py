"""Figures written as one series per cell, in an order the document declares.

Some clerks write a quarter's figure beside the quarter before and the same quarter a year earlier in one cell:
"cử 14/9/11 đoàn", with a legend such as "theo thứ tự Kỳ này/Kỳ trước/Cùng kỳ" in the text or "KN/KT/CK" heading a
table's column. Each value of such a series belongs to the period its place in the legend names. The legend settles
those periods only when it can be resolved against the report's own period (and agrees with any period it spells out,
"kỳ trước là quý I/2024"); otherwise the document is read as written, and a series stays no figure at all.

The document is rewritten before it is read: a paragraph keeps the legend's own period's values where the series
stood, and each other period gets the clauses that hold a series, under a label naming it ("Quý I năm 2024: …"); a
table's legend column becomes one column per period.
"""

from __future__ import annotations

import bisect
import dataclasses
import re

from dagster_project.documents.reader import Block, DocumentText
from dagster_project.documents.results import Extraction
from dagster_project.documents.scopes import ScopeError, find_scopes, same_period_a_year_earlier, year_of
from dagster_project.documents.structure import period_in
from dagster_project.parsing.periods import PeriodFormatError, period_from_code
from dagster_project.parsing.text import normalize_label, strip_diacritics

THIS, PREVIOUS, SAME_LAST_YEAR = "this", "previous", "same_last_year"

# (folded: lower case, no marks; the longer spellings first)
_ROLE_WORDS = {
    THIS: ("ky bao cao", "ky nay", "kn"),
    PREVIOUS: ("ky lien truoc", "ky truoc", "kt"),
    SAME_LAST_YEAR: ("cung ky nam truoc", "cung ky", "ck"),
}
_ABBREVIATIONS = {"kn", "kt", "ck"}
_TERM = "|".join(word for words in _ROLE_WORDS.values() for word in words)
# "kỳ này/kỳ trước/cùng kỳ", "KN - KT - CK": two or three terms joined by slashes or dashes
_LEGEND = re.compile(rf"(?<![a-z])({_TERM})\s*[/–-]\s*({_TERM})(?:\s*[/–-]\s*({_TERM}))?(?![a-z])")
# "kỳ trước là quý I/2024", "cùng kỳ: quý II/2023"
_SPELLED_OUT = re.compile(r"(?<![a-z])(ky nay|ky truoc|cung ky)\s*(?:la|:)\s*([^,;.)]+?)(?=\s+va\s|[,;.)]|$)")
# Words before a legend in a sentence that make it the order of the values written ("ghi gộp … theo thứ tự …", "lần
# lượt là …"), not a mention of the periods compared ("tăng so với kỳ trước - cùng kỳ")
_DECLARES_AN_ORDER = re.compile(r"thu tu|ghi theo|lan luot|duoc hieu|ghi gop|ghi chung")
_NUMBER = r"\d+(?:[.,]\d+)*"


@dataclasses.dataclass(frozen=True)
class SeriesLegend:
    """The periods a series' values stand for, in the order written; ``in_the_text`` when a sentence declares that
    order ("ghi theo thứ tự Kỳ này/Kỳ trước/Cùng kỳ"), not only a table's column header."""

    periods: tuple[str, ...]
    this_index: int
    in_the_text: bool = False

    @property
    def size(self) -> int:
        return len(self.periods)


def _role_of(term: str) -> str:
    return next(role for role, words in _ROLE_WORDS.items() if term in words)


def previous_period(code: str) -> str | None:
    """The period of the same kind right before ``code`` (a month, quarter, half or year), if it has one."""
    try:
        period = period_from_code(code)
    except PeriodFormatError:
        return None
    year = period.start_date.year
    if period.period_type == "year":
        return str(year - 1)
    if period.period_type in ("month", "quarter", "half"):
        letter, count = {"month": ("", 12), "quarter": ("Q", 4), "half": ("H", 2)}[period.period_type]
        number = int(code.rsplit(letter or "-", 1)[1])
        year, number = (year, number - 1) if number > 1 else (year - 1, count)
        return f"{year}-{letter}{number}" if letter else f"{year}-{number:02d}"
    return None


def _same_period_a_year_earlier(code: str) -> str | None:
    try:
        return same_period_a_year_earlier(code, None)
    except (ScopeError, PeriodFormatError):
        return None


def declares_a_legend(text: str) -> bool:
    """Whether the text may declare a legend (a quick test before the report's period is read)."""
    return _LEGEND.search(strip_diacritics(text).lower()) is not None


def read_legend(text: str, report_period: str | None) -> SeriesLegend | None:
    """The legend of a document's series, resolved against the report's period; None when it declares none, or
    when its periods are not certain (no report period, a term the report's period has no match for, or a period
    it spells out that is not the one the report's period gives)."""
    folded = strip_diacritics(text).lower()
    orders, in_the_text = set(), False
    for match in _LEGEND.finditer(folded):
        terms = [term for term in match.groups() if term]
        order = tuple(_role_of(term) for term in terms)
        # (all different and one of them this period's; two abbreviations alone are other words: "KT/CK")
        if len(set(order)) == len(order) and THIS in order and not (len(order) == 2 and set(terms) <= _ABBREVIATIONS):
            orders.add(order)
            in_the_text = in_the_text or bool(
                _DECLARES_AN_ORDER.search(folded[max(0, match.start() - 60) : match.start()])
            )
    if len(orders) != 1 or report_period is None:
        return None
    (order,) = orders
    resolved = {
        THIS: report_period,
        PREVIOUS: previous_period(report_period),
        SAME_LAST_YEAR: _same_period_a_year_earlier(report_period),
    }
    for match in _SPELLED_OUT.finditer(folded):
        role = _role_of(match.group(1))
        spelled = period_in(match.group(2), None)
        if spelled is not None and spelled != resolved[role]:
            return None
    periods = tuple(resolved[role] for role in order)
    if any(period is None for period in periods):
        return None
    return SeriesLegend(periods, order.index(THIS), in_the_text)


def _series_pattern(size: int) -> re.Pattern:
    return re.compile(rf"(?<![\d/.,])({_NUMBER})" + rf"\s*/\s*({_NUMBER})" * (size - 1) + r"(?![\d/]|[.,]\d)")


def _is_a_date(values: tuple[str, ...], before: str) -> bool:
    """ "16/5/2024", "5/2024", "ngày 10/6": a day or month, not a series."""
    if re.search(r"(?:ngày|ngay|tháng|thang|số|so)\s*$", before, re.IGNORECASE):
        return True
    digits = [value.replace(".", "").replace(",", "") for value in values]
    return bool(re.fullmatch(r"(?:19|20)\d\d", digits[-1])) and all(value.isdigit() for value in digits)


_NOUN_PAIR = re.compile(r"\s*[^\W\d_]+\s*/\s*[^\W\d_]")


def _series_in(text: str, legend: SeriesLegend, in_a_cell: bool = False) -> list[re.Match]:
    """The series of the legend's length in ``text``; outside a table each is followed by its noun ("14/9/11 đoàn")."""
    found = []
    for match in _series_pattern(legend.size).finditer(text):
        if _is_a_date(match.groups(), text[max(0, match.start() - 8) : match.start()]):
            continue
        after = text[match.end() :]
        if _NOUN_PAIR.match(after):
            continue  # "12/45 đoàn/lượt": two nouns, one count each, not one noun over the periods
        if in_a_cell or re.match(r"\s*[^\W\d_]", after):
            found.append(match)
    return found


@dataclasses.dataclass(frozen=True)
class _Piece:
    """A piece of the rewritten text: copied from the original at ``source`` (offset in the document), or written
    here (a period's label, a separator), which stands at ``source`` as one point."""

    text: str
    source: int
    copied: bool = True


def _copied(block: Block, start: int, end: int) -> _Piece:
    return _Piece(block.text[start:end], block.start + start)


def _with_values(block: Block, start: int, end: int, series: list[re.Match], index: int) -> list[_Piece]:
    """The block's text from ``start`` to ``end`` with each series replaced by its ``index``-th value."""
    pieces, position = [], start
    for match in series:
        pieces += [_copied(block, position, match.start()), _copied(block, *match.span(index + 1))]
        position = match.end()
    return [*pieces, _copied(block, position, end)]


_VIETNAMESE_QUARTERS = {"1": "I", "2": "II", "3": "III", "4": "IV"}


def period_words(code: str) -> str:
    """The words a clerk writes for a period code ("Quý I năm 2024", "Tháng 5 năm 2024")."""
    period = period_from_code(code)
    year = period.start_date.year
    if period.period_type == "quarter":
        return f"Quý {_VIETNAMESE_QUARTERS[code[-1]]} năm {year}"
    if period.period_type == "month":
        return f"Tháng {period.start_date.month} năm {year}"
    if period.period_type == "half":
        return f"6 tháng {'đầu' if code.endswith('H1') else 'cuối'} năm {year}"
    if period.period_type == "nine_months":
        return f"9 tháng năm {year}"
    if period.period_type == "multi_year":
        return f"Giai đoạn {year} - {period.end_date.year}"
    return f"Năm {year}"


# "a) ", "- ", "+ ": a list item's marker, kept before the label of a period
_MARKER = re.compile(r"^\s*(?:[-–•*+]|[a-zđ]\)|\d+[.)])\s*")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZĐÀ-Ỹ\-–•+])")


# "Trong tháng, …", "Trong kỳ báo cáo, …": the words opening the sentence for the legend's own period, which the
# label of another period replaces
_THIS_PERIODS_OPENER = re.compile(
    r"(?:tính\s+)?trong\s+(?:tháng|quý|kỳ|năm|[69]\s+tháng(?:\s+(?:đầu|cuối)\s+năm)?)(?:\s+(?:này|qua|báo\s+cáo))?"
    r"\s*,\s*",
    re.IGNORECASE,
)


# Words of a clause that make its series something else than the legend's periods: a plan it is measured against
# ("12/15 đoàn theo kế hoạch", done of planned), or an estimate, which the earlier periods may not be.
_NOT_THE_LEGENDS = re.compile(r"\b(?:ke hoach|chi tieu|phe duyet|du kien|tren tong|trong tong)\b")
_ESTIMATE = re.compile(r"\buoc\b")
# "tháng Sáu": a month named in words, which no period phrase of the codelist reads
_MONTH_IN_WORDS = re.compile(r"\bthang (?:gieng|hai|ba|tu|nam|sau|bay|tam|chin|muoi|chap)\b")


@dataclasses.dataclass(frozen=True)
class _Clause:
    start: int
    end: int
    series: tuple[re.Match, ...]  # the series the legend dates (none if the clause names a period of its own)
    copied: bool  # whether its series are read for the legend's other periods too


def _clauses(block: Block, legend: SeriesLegend, report_year: int | None) -> list[_Clause]:
    """The block's clauses (sentences cut at semicolons) and the series in each that the legend dates: not in a
    clause naming a period of its own ("Riêng tháng Sáu, …", "6 tháng …"), which the legend's periods are not."""
    text, clauses = block.text, []
    for sentence_start, sentence_end in _sentence_spans(text, 0):
        position = sentence_start
        for end in [*(m.start() for m in re.finditer(";", text[:sentence_end]) if m.start() >= position), sentence_end]:
            series = tuple(match for match in _series_in(text[:end], legend) if match.start() >= position)
            if series:
                words = normalize_label(text[position:end])
                opener = _THIS_PERIODS_OPENER.match(
                    text, position + len(text[position:end]) - len(text[position:end].lstrip())
                )
                rest = normalize_label(text[opener.end() : end]) if opener else words
                scopes = find_scopes(words, report_year)
                own_period = _MONTH_IN_WORDS.search(words) or any(
                    scope.kind != "this_period" and scope.code != legend.periods[legend.this_index]
                    for _, scope in scopes
                )
                if not own_period and not _NOT_THE_LEGENDS.search(words):
                    copied = not find_scopes(rest, report_year) and not _ESTIMATE.search(words)
                    clauses.append(_Clause(position, end, series, copied))
            position = end + 1
    return clauses


def _clause_pieces(block: Block, clause: _Clause, index: int) -> list[_Piece]:
    """The ``index``-th values of a clause's series, cut before any number the series do not hold (a single figure of
    the sentence is the report's own period's: "riêng … 7 đoàn") and without the words opening it for the legend's
    own period ("Trong tháng, …")."""
    text, start, end = block.text, clause.start, clause.end
    other = [
        number.start()
        for number in re.finditer(r"\d+", text[start:end])
        if not any(match.start() <= start + number.start() < match.end() for match in clause.series)
    ]
    if other:
        # (from the comma before that number: "…, trong đó huyện Nghi Xuân 01 hội thảo")
        end = max(text.rfind(",", start, start + other[0]), start)
    series = [match for match in clause.series if match.end() <= end]
    if not series:
        return []
    start += len(text[start:end]) - len(text[start:end].lstrip())
    if opener := _THIS_PERIODS_OPENER.match(text, start):
        start = opener.end()
    end = start + len(text[start:end].rstrip().rstrip(",").rstrip())
    return _with_values(block, start, end, series, index)


def _sentence_spans(text: str, start: int) -> list[tuple[int, int]]:
    spans, position = [], start
    for boundary in _SENTENCE_END.finditer(text, start):
        spans.append((position, boundary.start()))
        position = boundary.end()
    return [*spans, (position, len(text))]


def _paragraph_texts(block: Block, legend: SeriesLegend, report_year: int | None) -> list[list[_Piece]]:
    clauses = _clauses(block, legend, report_year)
    if not clauses:
        return [[_copied(block, 0, len(block.text))]]
    series = [match for clause in clauses for match in clause.series]
    texts = [_with_values(block, 0, len(block.text), series, legend.this_index)]
    body = _MARKER.match(block.text).end() if _MARKER.match(block.text) else 0
    for index, period in enumerate(legend.periods):
        if index == legend.this_index:
            continue
        kept = [
            pieces
            for clause in clauses
            if clause.copied
            and (pieces := _clause_pieces(block, dataclasses.replace(clause, start=max(clause.start, body)), index))
        ]
        if kept:
            label = [_Piece(f"{period_words(period)}: ", kept[0][0].source, copied=False)]
            joined = [piece for number, pieces in enumerate(kept) for piece in _joined(number, pieces)]
            texts.append(label + joined + [_Piece(".", joined[-1].source + len(joined[-1].text), copied=False)])
    return texts


def _joined(number: int, pieces: list[_Piece]) -> list[_Piece]:
    return pieces if number == 0 else [_Piece("; ", pieces[0].source, copied=False), *pieces]


def _legend_column(cells: list[str], legend_order: re.Pattern) -> int | None:
    for position, cell in enumerate(cells):
        if legend_order.fullmatch(strip_diacritics(cell).lower().strip()):
            return position
    return None


_CELL = re.compile(r"[^|]+")
_NOUN_PAIR_IN_A_CELL = re.compile(r"[^\W\d_]\s*/\s*[^\W\d_]")


def _table_row_pieces(block: Block, column: int, legend: SeriesLegend, header: bool) -> list[_Piece]:
    text = block.text
    cells = list(_CELL.finditer(text))
    if column >= len(cells):
        return [_copied(block, 0, len(text))]
    cell = cells[column]
    left = cell.start() + len(cell.group()) - len(cell.group().lstrip())
    right = cell.start() + len(cell.group().rstrip())
    values: list[_Piece]
    if header:
        values = [_Piece(period_words(period), block.start + left, copied=False) for period in legend.periods]
    elif re.fullmatch(r":?-+:?", text[left:right]):
        values = [_copied(block, left, right)] * legend.size  # (a Markdown table's rule under its header)
    else:
        series = _series_in(text[:right], legend, in_a_cell=True)
        whole = [match for match in series if match.start() == left and match.end() == right]
        if _NOUN_PAIR_IN_A_CELL.search(text[:left] + text[right:]):
            whole = []  # ("Đoàn ra/lượt cán bộ | đoàn/lượt | 12/45": a count of each noun, not of one over periods)
        # (a cell that is not one whole series is no period's figure)
        values = (
            [_copied(block, *whole[0].span(index + 1)) for index in range(legend.size)]
            if whole
            else [_Piece("", block.start + left, copied=False)] * legend.size
        )
    between = [_Piece(" | ", block.start + left, copied=False)]
    spread = [piece for number, value in enumerate(values) for piece in ([] if number == 0 else between) + [value]]
    return [_copied(block, 0, left), *spread, _copied(block, right, len(text))]


def _row_cells(text: str) -> list[str]:
    return [cell.strip() for cell in text.strip().strip("|").split("|")]


@dataclasses.dataclass(frozen=True)
class ExpandedDocument:
    """A document with its series spread, and where each of its offsets stands in the document as written."""

    document: DocumentText
    original: DocumentText
    pieces: tuple[tuple[int, _Piece], ...]  # (offset in the rewritten text, piece)

    def source_of(self, offset: int) -> int:
        """The offset in the document as written of an offset of the rewritten text."""
        index = bisect.bisect_right([start for start, _ in self.pieces], offset) - 1
        start, piece = self.pieces[max(index, 0)]
        return piece.source + min(offset - start, len(piece.text)) if piece.copied else piece.source

    def block_at(self, offset: int) -> Block:
        """The block of the document as written holding an offset of it."""
        return next(
            (block for block in reversed(self.original.blocks) if block.start <= offset), self.original.blocks[0]
        )


def expand_series(document: DocumentText, report_period: str | None) -> ExpandedDocument | None:
    """The document with its series spread over their periods; None when it declares no legend or has no series."""
    legend = read_legend(document.text, report_period)
    if legend is None:
        return None
    legend_cell = re.compile(rf"\(?\s*{_LEGEND.pattern}\s*\)?")
    rewritten: list[tuple[Block, list[_Piece]]] = []
    column, table_of_column = None, None
    for block in document.blocks:
        texts = [[_copied(block, 0, len(block.text))]]
        if block.in_a_table:
            if (block.table or "pipes") != table_of_column:
                column, table_of_column = None, block.table or "pipes"
            header = column is None and (found := _legend_column(_row_cells(block.text), legend_cell)) is not None
            column = found if header else column
            if column is not None:
                texts = [_table_row_pieces(block, column, legend, header)]
        else:
            column, table_of_column = None, None
            if block.kind == "paragraph" and legend.in_the_text:
                texts = _paragraph_texts(block, legend, year_of(report_period))
        rewritten += [(block, pieces) for pieces in texts]
    if all(len(pieces) == 1 and pieces[0].copied for _, pieces in rewritten) and len(rewritten) == len(document.blocks):
        return None
    # (each block at its offset in the new text, two line breaks apart, as a Word document's)
    blocks, placed, offset = [], [], 0
    for number, (block, pieces) in enumerate(rewritten, start=1):
        text = "".join(piece.text for piece in pieces)
        blocks.append(dataclasses.replace(block, number=number, start=offset, text=text))
        for piece in pieces:
            placed.append((offset, piece))
            offset += len(piece.text)
        placed.append((offset, _Piece("\n\n", block.start + len(block.text), copied=False)))
        offset += 2
    text = "\n\n".join(block.text for block in blocks)
    return ExpandedDocument(DocumentText(text, tuple(blocks)), document, tuple(placed))


def as_written_in(extraction: Extraction, expanded: ExpandedDocument) -> Extraction:
    """The extraction of the rewritten text with every figure and item placed where it is written: its offsets, its
    block, and its excerpt (the words as written, series and all) in the document as written."""
    text = expanded.original.text

    def placed(item):
        start = expanded.source_of(item.char_start)
        end = max(start, expanded.source_of(max(item.char_end - 1, item.char_start)) + 1)
        excerpt_start = expanded.source_of(item.excerpt_start)
        excerpt_end = max(excerpt_start, expanded.source_of(item.excerpt_start + max(len(item.excerpt) - 1, 0)) + 1)
        return dataclasses.replace(
            item,
            char_start=start,
            char_end=end,
            excerpt_start=excerpt_start,
            excerpt=text[excerpt_start:excerpt_end],
            block=expanded.block_at(start),
        )

    return dataclasses.replace(
        extraction,
        figures=[placed(figure) for figure in extraction.figures],
        review=[placed(item) for item in extraction.review],
        set_aside=[placed(item) for item in extraction.set_aside],
        repeated=[placed(figure) for figure in extraction.repeated],
    )
