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

import dataclasses
import re

from dagster_project.documents.reader import Block, DocumentText
from dagster_project.documents.structure import period_in
from dagster_project.parsing.periods import PeriodFormatError, period_from_code
from dagster_project.parsing.text import strip_diacritics

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
_DECLARES_AN_ORDER = re.compile(r"thu tu|ghi theo|lan luot|tuong ung|duoc hieu|ghi gop|ghi chung")
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
        period = period_from_code(code)
    except PeriodFormatError:
        return None
    if period.period_type == "multi_year":
        return None
    return str(period.start_date.year - 1) + code[4:]


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
        role = {"ky nay": THIS, "ky truoc": PREVIOUS, "cung ky": SAME_LAST_YEAR}[match.group(1)]
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


def _series_in(text: str, legend: SeriesLegend, in_a_cell: bool = False) -> list[re.Match]:
    """The series of the legend's length in ``text``; outside a table each is followed by its noun ("14/9/11 đoàn")."""
    found = []
    for match in _series_pattern(legend.size).finditer(text):
        if _is_a_date(match.groups(), text[max(0, match.start() - 8) : match.start()]):
            continue
        if in_a_cell or re.match(r"\s*[^\W\d_]", text[match.end() :]):
            found.append(match)
    return found


def _with_values(text: str, series: list[re.Match], index: int) -> str:
    """``text`` with each series replaced by its ``index``-th value."""
    parts, position = [], 0
    for match in series:
        parts += [text[position : match.start()], match.group(index + 1)]
        position = match.end()
    return "".join(parts) + text[position:]


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
    return f"Năm {year}"


# "a) ", "- ", "+ ": a list item's marker, kept before the label of a period
_MARKER = re.compile(r"^\s*(?:[-–•*+]|[a-zđ]\)|\d+[.)])\s*")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZĐÀ-Ỹ\-–•+])")


# "Trong tháng, …", "Trong kỳ báo cáo, …": the words opening the sentence for the legend's own period, which the
# label of another period replaces
_THIS_PERIODS_OPENER = re.compile(
    r"^(?:tính\s+)?trong\s+(?:tháng|quý|kỳ|năm|[69]\s+tháng(?:\s+(?:đầu|cuối)\s+năm)?)(?:\s+(?:này|qua|báo\s+cáo))?"
    r"\s*,\s*",
    re.IGNORECASE,
)


def _clauses_for(sentence: str, legend: SeriesLegend, index: int) -> str | None:
    """The parts of a sentence holding a series, with the ``index``-th values, cut before any number the series do
    not hold (a single figure in the sentence is the report's own period's: "riêng … 7 đoàn")."""
    kept = []
    for clause in sentence.split(";"):
        series = _series_in(clause, legend)
        if not series:
            continue
        cut = len(clause)
        other = [
            number
            for number in re.finditer(r"\d+", clause)
            if not any(match.start() <= number.start() < match.end() for match in series)
        ]
        if other:
            # (from the comma before that number: "…, trong đó huyện Nghi Xuân 01 hội thảo")
            cut = max(clause.rfind(",", 0, other[0].start()), 0)
        text = _with_values(clause[:cut], [match for match in series if match.end() <= cut], index)
        if any(match.end() <= cut for match in series):
            kept.append(_THIS_PERIODS_OPENER.sub("", text.strip(), count=1).rstrip(","))
    return "; ".join(kept) if kept else None


def _paragraph_texts(block: Block, legend: SeriesLegend) -> list[str]:
    series = _series_in(block.text, legend)
    if not series:
        return [block.text]
    pieces = [_with_values(block.text, series, legend.this_index)]
    body = _MARKER.sub("", block.text, count=1)
    for index, period in enumerate(legend.periods):
        if index == legend.this_index:
            continue
        clauses = [
            text
            for sentence in _SENTENCE_END.split(body)
            if (text := _clauses_for(sentence.rstrip("."), legend, index)) is not None
        ]
        if clauses:
            pieces.append(f"{period_words(period)}: {'. '.join(clauses)}.")
    return pieces


def _legend_column(cells: list[str], legend_order: re.Pattern) -> int | None:
    for position, cell in enumerate(cells):
        if legend_order.fullmatch(strip_diacritics(cell).lower().strip()):
            return position
    return None


def _split_cell(cell: str, legend: SeriesLegend) -> list[str]:
    series = _series_in(cell.strip(), legend, in_a_cell=True)
    if len(series) == 1 and series[0].group().strip() == cell.strip():
        return list(series[0].groups())
    return [""] * legend.size  # (a cell that is not one whole series is no period's figure)


def _table_row_pieces(text: str, column: int, legend: SeriesLegend, header: bool) -> str:
    piped = text.lstrip().startswith("|")
    cells = _row_cells(text)
    if column >= len(cells):
        return text
    if header:
        replaced = [period_words(period) for period in legend.periods]
    elif re.fullmatch(r":?-+:?", cells[column]):
        replaced = [cells[column]] * legend.size  # (a Markdown table's rule under its header)
    else:
        replaced = _split_cell(cells[column], legend)
    cells = cells[:column] + replaced + cells[column + 1 :]
    return f"| {' | '.join(cells)} |" if piped else " | ".join(cells)


def _row_cells(text: str) -> list[str]:
    return [cell.strip() for cell in text.strip().strip("|").split("|")]


def expand_series(document: DocumentText, report_period: str | None) -> DocumentText:
    """The document with its series spread over their periods; the same document when it declares no legend."""
    legend = read_legend(document.text, report_period)
    if legend is None:
        return document
    legend_cell = re.compile(rf"\(?\s*{_LEGEND.pattern}\s*\)?")
    blocks: list[Block] = []
    column, table_of_column = None, None
    for block in document.blocks:
        texts = [block.text]
        if block.in_a_table:
            if (block.table or "pipes") != table_of_column:
                column, table_of_column = None, block.table or "pipes"
            header = column is None and (found := _legend_column(_row_cells(block.text), legend_cell)) is not None
            column = found if header else column
            texts = [block.text if column is None else _table_row_pieces(block.text, column, legend, header)]
        else:
            column, table_of_column = None, None
            if block.kind == "paragraph" and legend.in_the_text:
                texts = _paragraph_texts(block, legend)
        blocks += [dataclasses.replace(block, text=text) for text in texts]
    if [block.text for block in blocks] == [block.text for block in document.blocks]:
        return document
    # (each block at its offset in the new text, two line breaks apart, as a Word document's)
    parts, offset = [], 0
    for number, block in enumerate(blocks, start=1):
        blocks[number - 1] = dataclasses.replace(block, number=number, start=offset)
        parts.append(block.text)
        offset += len(block.text) + 2
    return DocumentText("\n\n".join(parts), tuple(blocks))
