"""Turn a narrative report into published figures, each with the sentence it came from.

Precision first: a figure is published only when its indicator (exactly one phrase family
matches), its period (named by its own phrase or label or, failing that, the report's period
read from the report's structure) and its subject (the province) are each settled by words the
extractor understands. A period phrase it does not understand governing the figure, or a
second period phrase after the figure in its clause, leaves the period uncertain: it never
re-dates the figure. Every other number that counts something an indicator counts lands in
the review queue with the reason; numbers no indicator counts (``2030`` in a strategy's name,
``em thiếu nhi``) are set apart, not queued.

What a figure counts is read in widening circles: its own phrase ("19 đoàn/73 lượt người ...
đi công tác nước ngoài"), then the label it sits under (a "Số đoàn ra qua các năm:" list, a
"Đoàn vào:" sentence), then the heading of its section ("3. Công tác lãnh sự ...").
"""

from __future__ import annotations

import dataclasses
import functools
import re

from dagster_project.codelists import load_indicators
from dagster_project.documents.clause_figures import ClauseFigures
from dagster_project.documents.figure_periods import FigurePeriods
from dagster_project.documents.forms import load_forms, starts_with_phrase
from dagster_project.documents.groups import counts_time
from dagster_project.documents.headline_parts import HeadlineParts
from dagster_project.documents.period_series import as_written_in, declares_a_legend, expand_series
from dagster_project.documents.quantities import (
    Quantity,
    declares_results_over_targets,
    find_quantities,
    without_targets,
)
from dagster_project.documents.reader import LIST_MARKER, Block, DocumentText
from dagster_project.documents.results import EXTRACTION_METHOD, Extraction, Figure, ReviewItem
from dagster_project.documents.review_queue import ReviewQueue
from dagster_project.documents.rule_choice import RuleChoice, names_one_field
from dagster_project.documents.rules import (
    capital_rules,
    foreign_partner_names,
    has_any,
    has_phrase,
    load_rules,
    phrase_of_list,
    read_unit,
    rules_by_unit,
    says_a_plan,
)
from dagster_project.documents.scopes import Scope, find_scopes, period_label, year_of
from dagster_project.documents.sections import (
    Context,
    ItemParent,
    ListOpener,
    leave_sections,
    note_of_a_mark,
    put_back_sections,
    section_state,
    sections_kept,
    unsettled_periods,
)
from dagster_project.documents.segments import (
    Segment,
    body_named_within,
    bracketed_values_after_figures,
    find_segments,
    item_label,
    mask,
    name_segments,
    other_subject,
    sentence_label,
)
from dagster_project.documents.sentences import comment_doubt, is_comment_block, split_clauses, split_sentences
from dagster_project.documents.structure import blank_numbering, lower_area_named, read_structure, without_its_purpose
from dagster_project.documents.table_figures import TableFigures
from dagster_project.documents.tables import (
    TableLayout,
    aligned_rows,
    banner_headers,
    cells_of,
    clerks_month,
    column_keys,
    header_cells,
    holds_values,
    is_banner_line,
    is_inner_rule,
    is_separator_row,
    numbers_the_columns,
    pair_format_line,
    stacked_headers,
    unit_line,
    wrapped_label_rows,
)
from dagster_project.documents.word_lists import without_names, word_list
from dagster_project.parsing.periods import holds_any, is_period_code
from dagster_project.parsing.text import normalize_label
from dagster_project.parsing.vn_numbers import without_restating_words

# Re-exported: callers read the results and sentence splitting from here.
__all__ = ["EXTRACTION_METHOD", "Extraction", "Figure", "ReviewItem", "extract_figures", "split_sentences"]

# ("Lũy kế quý I: 09 đoàn …", "Tính chung 6 tháng, …": the same count summed over a longer period)
_SET_APART_PERIOD = re.compile(
    r"^(?:\W*)(?:rieng|luy ke(?: den het)?|tinh chung(?: ca)?|cong don) (?:trong |ca )?"
    r"(?:thang|quy|nam|6 thang|9 thang|q(?:[1-4]|i{1,3}|iv))\b"
)
# Words a sentence may open with before the period that then governs the sentences after it ("Nhìn lại cả
# giai đoạn 2021 - 2025, …").
# Quarters and months named, to tell a sentence going through several of them ("quý I …; quý II …; quý III …")
_PERIODS_OF_A_KIND = re.compile(r"\b(?:quy (?:i|ii|iii|iv|[1-4])|thang \d{1,2})\b")
# Opening kinds that name no period of a sentence's own: a comparison's, the report's own, or its end.
_NOT_A_PERIOD_OF_ITS_OWN = ("same_period_earlier", "this_period", "this_year", "as_of_date", "year_end", "estimate")
# (a comparison's base, or a period set apart or contrasted, after which the text goes back to its own: "So với năm
# 2023, …", "Riêng năm 2023, …", "Nếu như năm 2016 …")
_ASIDE_LEADS = ("so voi", "so sanh", "cung ky", "gap", "rieng", "neu", "trong khi")
_LEADS_TO_A_PERIOD = {"nhin", "lai", "cung", "xet", "trong", "ca", "tinh", "chung"}
# A label saying its values are given year by year ("Số lượt người theo từng năm: …").
_BY_YEAR = ("theo tung nam", "qua tung nam", "qua cac nam", "tung nam")
# "Trong đó: …", "Trong đó, …", "Trong số đó …": what follows counts parts of what came before.
_PARTS_OPENER = ("trong do", "trong so do", "trong so nay")
_WHOLE_GIVEN_ELSEWHERE = re.compile(
    r"\W*trong (?:tong )?(?:gia tri|kinh phi|so tien)\b[^,]{0,60}?\bneu (?:tren|tai|o)\b"
)


def _without_a_topic_label(text: str) -> str:
    """The sentence without a topic label before a colon ("5. Về hỗ trợ các tỉnh của Lào: …")."""
    label = re.match(r"\W*(?:\d+\.\s*)?Về [^:]{1,80}:\s*", text)
    return text[label.end() :] if label else text


_LIST_ITEM = re.compile(rf"^\s*(?:{LIST_MARKER})\s")
# A bracket saying what the report's brackets hold ("(số trong ngoặc đơn là số liệu năm 2018)").
_NOTE_ON_BRACKETS = re.compile(r"\([^()]*\bngoặc\b[^()]*\)", re.IGNORECASE)


# "2.4. Đại diện Trường Đại học Hà Tĩnh:", "b) Ý kiến của Công an tỉnh:": a numbered line naming a body, opening a list.
_NUMBERED_OPENER = re.compile(r"^\s*(?P<number>(?:\d{1,2}\.)+\d{0,2}\.?|[IVX]+\.)\s+(?P<words>[^:\d]{3,100}):\s*$")


def _owner_named(label: str) -> str | None:
    """Whose figures a label says its items are, when another body's: "Tổng hợp từ báo cáo của UBND huyện Hương Sơn",
    "Số liệu quý III/2025 của Khu kinh tế Vũng Áng" (not "… của tỉnh", the province's own)."""
    # (or who reported them, "… do UBND các huyện, thị xã báo cáo:", or the body it opens with, "- Ban Quản lý Khu kinh
    # tế tỉnh, quý III/2025:")
    if subject := other_subject(label, len(label)):
        return subject
    owner = re.search(r"\b(?:của|do)\s+(.+)$", label, re.IGNORECASE)
    if owner is None:
        return None
    return body_named_within(f" {owner.group(1)}") or other_subject(owner.group(1), len(owner.group(1)))


def _one_event(label: str) -> str | None:
    """ "- Diễn đàn hợp tác kinh tế Việt - Lào tại Viêng Chăn tháng 6/2025:": an opener naming one event, whose items
    are that event's, not the period's totals."""
    if starts_with_phrase(label, word_list("event_openers")):
        return f"an item of one event the list opener names ('{label}')"
    return None


class _DocumentExtractor(ClauseFigures, HeadlineParts, RuleChoice, FigurePeriods, TableFigures, ReviewQueue):
    def __init__(self, document: DocumentText):
        self.document = document
        self.rules = load_rules()
        self.rules_by_unit = rules_by_unit(self.rules)
        self.capital = capital_rules()
        self.indicators = load_indicators()
        self.structure = read_structure([block.text for block in document.blocks])
        # (without a bracket on what the report serves: "(… phục vụ báo cáo quý III … của Sở)" names no subject)
        self.subject_words = normalize_label(without_its_purpose(self.structure.subject or ""))
        self.period_code, self.period_evidence = self.structure.period_code, self.structure.evidence
        # A text that names no period of its own is read in the year of its date; a year-less
        # phrase in one dated January may mean the year before, so there it stays unknown.
        dated = self.structure.report_date
        self.report_year = year_of(self.period_code)
        if self.period_code is None:
            self.report_year = self.structure.named_year or (dated.year if dated and dated.month > 1 else None)
        self.result = Extraction(self.period_code, self.period_evidence)
        self.table_lead_in = ""
        self.table_text_above = ""  # (the paragraph right above a table, whatever it ends with)
        self.question_above = ""  # (the question right above a list of answer options)
        self.table_first_figure = 0  # (where the figures of the present table begin)
        self.rows_their_notes_correct: dict[int, str] = {}  # (table rows whose note or reason gives another value)
        self.partners = partner_subject(self.structure.subject)
        self.area_subject = lower_area_named(self.structure.subject or "")
        self.topic = topic_subject(self.structure.subject)

    def run(self) -> Extraction:
        context = Context()
        plan_level: int | None = None
        forwarded = self.structure.forwarded_start
        aligned = aligned_rows(self.document.blocks, self.structure.title_blocks, self.document.text)
        self.aligned_columns = {self.document.blocks[index].number: starts for index, starts in aligned.items()}
        stacked = stacked_headers(self.document.blocks, aligned, self.document.text)
        carried = wrapped_label_rows(self.document.blocks, aligned, self.document.text)
        banners = banner_headers(self.document.blocks, aligned, self.document.text)
        # (a label line is read with the row of figures below it; a banner with the header under it)
        label_lines = {row - 1 for row in carried} | {banner for banner, _ in banners.values()}
        grid_borders: set[int] = set()
        prepared_elsewhere: tuple[str, str] | None = None  # (why, the heading it was said under)
        # (the sections kept aside while a box or a note is read, and which box or note that is)
        kept: tuple[dict, int | None] | None = None
        aside_for: tuple[int, int | bool] = (0, False)
        for index, block in enumerate(self.document.blocks):
            if index in self.structure.title_blocks or index in label_lines:
                continue
            if index in aligned:
                block = dataclasses.replace(block, kind="aligned_row", carried=carried.get(index, ()))
            if forwarded is not None and index >= forwarded:
                context.outside = self.structure.forwarded_reason
                context.outside_set_aside = self.structure.forwarded_set_aside
            # A box's lines, or a note's, are read with the box's title or at the document's level, and the
            # sections above go on after them.
            note = plan_level is not None and (block.kind == "footnote" or note_of_a_mark(block, self.document.text))
            own = (block.box, note and block.number)
            if own != aside_for and kept is not None:
                put_back_sections(context, kept[0])
                plan_level, kept, aside_for = kept[1], None, (0, False)
            if own != (0, False) and kept is None:
                kept, aside_for = (sections_kept(context), plan_level), own
                if note:
                    # ("(1) Đính chính số liệu quý III/2025: …" below "III. NHIỆM VỤ NĂM 2026": the note of a mark in
                    # the body, not a plan)
                    plan_level = None
                    leave_sections(context)
            plan_level = section_state(block, plan_level, context, self.report_year)
            if prepared_elsewhere is not None and context.heading != prepared_elsewhere[1]:
                # (until the next heading: "### Câu hỏi 5 …" opens another speaker's part)
                prepared_elsewhere, context.outside = None, ""
            if forwarded is None and (body := prepared_by_another_body(block.text)):
                # "Gợi ý trả lời (do BQL KKT chuẩn bị):" over the lines of an answer: that body's own figures
                prepared_elsewhere = (
                    f"what another body prepared ('{body}'), not the department's figure",
                    context.heading,
                )
                context.outside = prepared_elsewhere[0]
                continue
            self.heading_path, self.heading_scope = context.heading_path, context.heading_scope
            self.heading_text, self.heading_written = context.heading, context.heading_written
            context.in_plan = plan_level is not None
            if (
                block.kind in ("table_row", "aligned_row")
                or (block.text.lstrip().startswith("|") and not is_banner_line(block.text))
                or (block.text.lstrip().startswith("+") and is_separator_row(block.text))
            ):
                if context.table is None or context.table.word_table != block.table:
                    # (two Word tables with nothing written between them are two tables)
                    context.table = _new_table(context, block)
                    self.table_first_figure = len(self.result.figures)
                    self.table_lead_in = context.lead_in
                    self.table_text_above = context.text_above
                if index in stacked and not context.table.data_started:
                    # ("Biên dịch" / "(trang)" over "-----------": the header written above the rule)
                    context.table.add_header_row(self._header_cells(stacked[index], context))
                if is_inner_rule(block.text) and not context.table.data_started:
                    continue  # ("|      +-----+-----|" under "Lượt người": the rule of a merged header cell)
                if is_separator_row(block.text):
                    if context.table.data_started and index - 1 in grid_borders and block.text.lstrip()[:1] == "+":
                        # ("+----+" under one grid table, "+----+" over the next: a new table, a new header)
                        context.table = _new_table(context, block)
                    if block.text.lstrip()[:1] == "+":
                        grid_borders.add(index)
                    context.table.separated = True
                    continue
                cells = [text for _, text in cells_of(block, self.aligned_columns.get(block.number, ()))]
                if index in banners and len(banners[index][1]) == len(cells):
                    # ("QUÝ III   --- LŨY KẾ 9 THÁNG ---" over "2025   2025   2024": "Lũy kế 9 tháng 2024")
                    cells = [f"{group} {cell}".strip() for group, cell in zip(banners[index][1], cells, strict=True)]
                group = context.table.group_row(cells)
                if group is None and context.table.header_rows and self._period_line(cells):
                    # ("Quý I: 01 hội nghị, hội thảo" merged across the row right under the header: the first group)
                    group = cells[0].strip()
                if (
                    group is None
                    and block.kind == "aligned_row"
                    and context.table.header_rows
                    and not holds_values(cells)
                    # (not the header's second line, written under its columns only: "2024   (%)")
                    and (context.table.data_started or any(cells[:2]))
                ):
                    # (a table laid out with spaces has one header line: a line of words under it is a group)
                    group = " ".join(cells).strip()
                if group:
                    context.table.group_label = normalize_label(group)
                    context.table.second_measures = []
                    context.table.group_first_figure = len(self.result.figures)
                    context.table.row_above = None  # (the rows under a group's label measure no row above it)
                    if not starts_with_phrase(context.table.group_label, word_list("table_columns.part_group_openers")):
                        # (nor are they parts of one, "- Tháng 01/2022" under "2. Đoàn vào" after "Cộng quý I (ước)";
                        # but the rows under "Trong đó:" or "Chia ra:" are the parts of the row above it)
                        context.table.parent_label, context.table.parent_indicators = "", set()
                        context.table.part_marker = None
                    self._group_row_line(block, group, context)
                    continue
                if (
                    context.table.data_started
                    and not holds_values(cells)
                    # ("| TT | Nội dung | Quý III |" over "|---|---|---|": a Markdown header, so another table)
                    and (_names_periods(cells) or _pipe_rule(self.document.blocks[index + 1 :][:1]))
                ):
                    if cells in context.table.header_rows:
                        continue  # (a header row repeated after a page break)
                    # ("TT | Công tác lãnh sự | ĐVT | Tháng 9/2025 | Tháng 8/2025" under rows of figures: the header
                    # of another table, whose columns are its own; a cell it leaves empty, "ĐVT" or "Ghi chú", keeps
                    # the header above it)
                    above = context.table.headers()
                    cells = [cell or (above[i] if i < len(above) else "") for i, cell in enumerate(cells)]
                    context.table = _new_table(context, block)
                if numbers_the_columns(cells):
                    continue  # ("(1) | (2) | (3) | (4)=(2)+(3)", "A | B | 1 | 2": the columns' numbers, no figures)
                # The rows above the first row of figures name the columns (not a numbered row: "1 | Hội đàm … |
                # Tháng 10/2024 | Tháng 9/2023" holds dates, not the header's periods).
                header = self._header_cells(cells, context) if not context.table.data_started else cells
                if (
                    not context.table.data_started
                    and (
                        not holds_values(cells)
                        or _repeats_the_label_headers(cells, context.table.header_rows)
                        # ("| Mã CT | Tên chỉ tiêu | ĐVT | (1) | (2) |", "Giải thích cột: (1) …": numbered columns)
                        or header != [clerks_month(cell) for cell in cells]
                    )
                    and not _numbered_row(cells)
                ):
                    context.table.add_header_row(header, block.text if _one_text_line(block) else None)
                    continue
                if not context.table.data_started:
                    context.table.data_started, context.table.first_review = True, len(self.result.review)
                    context.table.group_first_figure = len(self.result.figures)
                published_before = len(self.result.figures)
                self._table_row(block, context)
                if context.table.uneven_header:
                    for figure in self.result.figures[published_before:]:
                        self._withhold(
                            figure,
                            f"a header row ('{context.table.uneven_header}') has fewer cells than the row under it, "
                            "and its pipes do not line up with that row's: which columns it heads is not written",
                        )
                continue
            if context.table is not None and is_comment_block(block) and (doubt := comment_doubt(block.text)):
                # ("[Góp ý …: số hồ sơ hộ chiếu chưa cập nhật, đề nghị sửa thành 61 hồ sơ.]" under a table): a reviewer
                # doubts some of its values, which the comment does not say in a way read here
                for figure in self.result.figures[self.table_first_figure :]:
                    self._withhold(figure, f"a reviewer's comment under its table says it is not settled ('{doubt}')")
            if context.table is not None and (official := _official_for_the_year(block.text, self.report_year)):
                # ("*Ghi chú: số hài cốt là số chính thức cả năm …*" under a table whose "Ước TH năm 2025" column holds
                # that row: its year's value is the official one, not an estimate)
                self._official_after_all(self.table_first_figure, official)
            context.table = None
            # ("Đơn vị tính: USD" on its own line: the unit of the table below it; a caption's translation under it,
            # "Development index of …", keeps the caption's)
            context.unit_note = unit_line(block.text) or (context.unit_note if block.text.isascii() else "")
            context.pair_note = pair_format_line(block.text)
            context.lead_in = block.text if block.text.rstrip().endswith(":") else ""
            context.text_above = block.text
            self._block(block, context)
        self._apply_estimate_notes()
        self._apply_the_defined_same_period()
        self._withdraw_corrected()
        self._withhold_square_bracketed()
        self._withhold_what_a_doubted_column_gives()
        self._withhold_elliptical_continuations()
        self._withhold_pairs_whose_first_count_waits()
        self._qualify_from_sentences()
        self._settle_conflicts()
        # (after the conflicts: a doubted value still stands against another value of its period)
        self._withhold_what_notes_doubt()
        self._withhold_what_a_later_sentence_doubts()
        self._withhold_rows_remarks_name()
        self._withhold_rows_their_notes_correct()
        self._note_structure()
        return self.result

    def _official_after_all(self, first: int, rows: str) -> None:
        """The year's estimate published since figure ``first`` from the one row whose words name ``rows``, exact (none
        when the words fit more rows than one: "số đoàn vào" is also in "Số lượt khách … trong các đoàn vào")."""
        figures = self.result.figures[first:]
        named = {figure.excerpt for figure in figures if has_phrase(normalize_label(figure.excerpt), rows)}
        if len(named) != 1:
            return
        for index, figure in enumerate(figures, start=first):
            if (
                figure.excerpt in named
                and figure.qualifier == "approx"
                and figure.period_code == str(self.report_year)
                and figure.value_as_written[:1].isdigit()
            ):
                self.result.figures[index] = dataclasses.replace(figure, qualifier="exact")

    def _group_row_line(self, block: Block, group: str, context: Context) -> None:
        """A label merged across a Word table's row that writes a count of its own ("Quý I: 01 hội nghị, hội thảo"
        over that quarter's events) is a line of text, read with the table's caption as its topic ("Biểu 01. Hội
        nghị, hội thảo quốc tế …")."""
        if not self._period_line([group]):
            return
        at = block.text.find(group)
        if at < 0:
            return
        line = Block("paragraph", block.number, block.start + at, group)
        self._block(line, context, topic=normalize_label(self.table_text_above or ""))

    def _period_line(self, cells: list[str]) -> bool:
        """A row of one label, the rest empty, that opens with a period and counts something ("Quý I: 01 hội nghị,
        hội thảo"); not a note merged across the row ("Ghi chú: … trong tổng giá trị có khoảng 214.000 USD …")."""
        if not cells or any(cell.strip() for cell in cells[1:]):
            return False
        label, colon, _ = cells[0].partition(":")
        return (
            bool(colon)
            and period_label(label, self.report_year) is not None
            and any(quantity.unit_words for quantity in find_quantities(cells[0]))
        )

    def _block(self, block: Block, context: Context, topic: str = "") -> None:
        """The sentences of a paragraph (or of a table cell, with its row's label as ``topic``)."""
        if block.side_by_side:
            reason = "text laid out in two columns side by side: its sentences are not in reading order"
            self._queue_all(block.text, block, block.start, block, context, reason)
            return
        if self.question_above and _ANSWER_OPTION.match(block.text):
            # ("Câu 2. Giá trị cam kết viện trợ … qua các năm?" over "a) Năm 2022: 3,1 triệu USD;"): options offered
            # to a quiz's question, of which one at most is right
            reason = f"an answer offered to a question ('{self.question_above[:80]}'), not a figure"
            self._queue_all(block.text, block, block.start, block, context, reason)
            return
        self.question_above = block.text.strip() if block.text.rstrip("*_ ").endswith("?") else ""
        outer_topic = context.list_topic
        item = _LIST_ITEM.match(block.text)
        item_opener = None
        opener_scope = None
        if item:
            # "a)", "b)": one kind of marker, as "-" is
            marker, words = ("a)" if item.group("letter") else item.group().strip()), block.text[item.end() :].strip()
            if context.nested_list and context.nested_list.marker != marker:
                opener = context.nested_list
                context.list_topic = " ".join(filter(None, (opener.topic_before, opener.words)))
                if opener.owner:
                    # ("- Số liệu của Trường Đại học Hà Tĩnh:" over "+ Đoàn ra: 3 đoàn …": whose figures they are)
                    self._queue_all(block.text, block, block.start, block, context, opener.owner)
                    return
                # ("- Chốt số liệu quý III/2025, đã gửi Văn phòng UBND tỉnh:" over "+ ĐR: 13 đoàn …": the one period
                # the opener names is its items')
                opener_scope = opener.scope
            else:
                if opener := context.nested_list:
                    # ("b) Số liệu tháng 6/2025:" over its items, then "c) Cộng quý II: …": the label ends its list)
                    context.list_topic = outer_topic = opener.topic_before
                    # (not a line that is only a period, "- Quý III/2025:", which heads what follows as a heading does)
                    # (nor one naming the report's own period, "- Kết quả 9 tháng đầu năm 2025 cụ thể như sau:", which
                    # dates its items as the report does)
                    if (
                        opener.marker == marker
                        and opener.scope is not None
                        and period_label(re.sub(r"\([^()]*\)", " ", opener.words), self.report_year) is None
                        and not self._is_report_period(opener.scope)
                    ):
                        context.sibling_opener = opener
                context.nested_list = None
                # (an opener with figures of its own, "- Đoàn ra: 07 đoàn … Trong đó:", is the whole of its
                # items, which stay parts)
                # (a span of months names a period, not a figure: "- Tổng hợp số liệu 6 tháng đầu năm 2025:")
                if words.endswith(":") and len(words) < 120 and all(counts_time(q) for q in find_quantities(words)):
                    label = normalize_label(words[:-1])
                    owner = _owner_named(words[:-1]) or _one_event(label)
                    context.nested_list = ListOpener(
                        marker, label, block.number, outer_topic, self._list_scope(label), owner
                    )
                    context.sibling_opener = None
                elif context.sibling_opener and context.sibling_opener.marker != marker:
                    context.sibling_opener = None
            sibling = context.sibling_opener
            if sibling and context.nested_list is None and not find_scopes(normalize_label(words), self.report_year):
                # ("- Số liệu quý III/2025 như sau:" over "- ĐR: 13 đoàn …" of the same marker: the opener may head the
                # items below it or be one item beside them; the period is not certain)
                reason = f"an item after '{sibling.words}', of the same marker: not certain that its period governs it"
                self._queue_all(block.text, block, block.start, block, context, reason)
                return
        else:
            context.sibling_opener = None
            # ("• Chỉ tiêu kế hoạch năm 2024:" over a line of its own, "75 đoàn ra | 50 đoàn vào": targets; an item
            # label's other words, a period or a part, are not read onto the line: it waits as before)
            # (the item right above only: "a) Đoàn ra, đoàn vào:" over "- Đã ghi: …" over its own line is not)
            opened = (
                context.nested_list if context.nested_list and context.nested_list.block == block.number - 1 else None
            )
            context.nested_list = None
            if opened and has_any(without_names(opened.words), word_list("plan_words")):
                item_opener = opened
            elif (
                opened
                and find_quantities(block.text)
                # (nor under a label saying they are another body's: "- Số liệu của Khu kinh tế Vũng Áng quý III/2025:")
                and (opened.owner or not self._stands_alone_under(opened.words, block.text))
            ):
                # ("- Năm 2024:", "- Cả nước:", "- Số đoàn ra trong quý IV:" over "57 đoàn ra; 45 đoàn vào": the label
                # may name the line's period or whose figures they are; the line is not read with it)
                reason = f"a line under the item label '{opened.words}', which its figures are not read with"
                self._queue_all(block.text, block, block.start, block, context, reason)
                return
            numbered = _NUMBERED_OPENER.match(block.text)
            speaker = numbered and starts_with_phrase(normalize_label(numbered["words"]), word_list("speaker_openers"))
            if numbered and not speaker and (owner := _owner_named(numbered.group("words"))):
                # ("2.4. Đại diện Trường Đại học Hà Tĩnh:" over "- Năm 2025, Trường cử 7 đoàn …": minutes of who spoke,
                # whose figures the items under the heading are)
                words = normalize_label(numbered.group("words"))
                context.nested_list = ListOpener(
                    numbered.group("number"), words, block.number, outer_topic, None, owner
                )
                return
        context.parts_of = None
        parent = context.item_parent
        marker = marker if item else None
        if item and parent and parent.marker != marker and not context.nested_list:
            self._under_item(words, context, outer_topic)
        published_before = len(self.result.figures)
        if not item:
            # "… Kết quả thẩm định, tiếp nhận chương trình, dự án phi chính phủ nước ngoài:": the sentence
            # that opens a list names what its items count.
            opener = split_sentences(block)[-1].text if block.text.rstrip().endswith(":") else ""
            # (not a note on how the report writes its brackets: "… như sau (số trong ngoặc đơn là số liệu năm 2018):"
            # names the brackets' year, not the items')
            opener = _NOTE_ON_BRACKETS.sub(" ", opener)
            context.list_topic = normalize_label(opener.rstrip()[:-1]) if opener and len(opener) < 120 else ""
            context.list_opener = block.number
            # ("Trên cơ sở kết quả đến nay và kế hoạch tháng 12, Sở ước thực hiện năm 2022 như sau:": the clause that
            # leads into the list names its period)
            # (an estimate only: not "Quý III/2025, Sở tiếp tục phát huy kết quả đạt được trong 6 tháng đầu năm:")
            last_clause = normalize_label(opener.rsplit(",", 1)[-1].rstrip()[:-1]) if "," in opener else ""
            leads_in = any(
                scope.code and (scope.kind == "estimate" or scope.estimated)
                for _, scope in find_scopes(last_clause, self.report_year)
            )
            context.list_scope = self._list_scope(last_clause if leads_in else context.list_topic)
        text = blank_numbering(block.text)
        inherited = opener_scope or (context.list_scope if item and context.list_scope else context.heading_scope)
        # (the item's label over its own line is the line's label: "Chỉ tiêu kế hoạch năm 2024" says they are targets)
        block_topic = topic or (item_opener.words if item_opener else "")
        previous = ""
        list_topic = context.list_topic
        item_parts, previous_codes, previous_text = context.parts_of, frozenset(), ""
        previous_periods: dict[str, str] = {}
        for sentence in split_sentences(Block(block.kind, block.number, block.start, text)):
            # "… đạt khoảng 5,62 tỷ USD. Trong đó, kim ngạch xuất khẩu ước đạt 2,41 tỷ USD": parts of what the
            # sentence before published
            # (of nothing certain when that sentence's figures went to review: then all are queued)
            opens_parts = item_parts is None and starts_with_phrase(normalize_label(sentence.text), _PARTS_OPENER)
            counted_before = opens_parts and any(
                read_unit(q.unit_words, q.currency) for q in find_quantities(previous_text)
            )
            context.parts_of = previous_codes if counted_before else item_parts
            # "… xử lý 17 vụ việc lãnh sự, bảo hộ công dân. Riêng quý IV/2024 xử lý 05 vụ việc.": a sentence
            # setting a period apart with "riêng" goes on counting what the sentence before counted.
            opens_apart = _SET_APART_PERIOD.match(normalize_label(sentence.text))
            # "Công tác vận động viện trợ phi chính phủ nước ngoài có nhiều khởi sắc. 9 tháng, Sở đã thẩm
            # định 13 chương trình, dự án …": a sentence with no figure says what the next one counts.
            # ("… cử 238 đoàn … đi công tác nước ngoài. Số liệu từng năm như sau: năm 2021: 9 đoàn; …": a
            # sentence opening with the details of the one before goes on counting what it counted.)
            details = starts_with_phrase(normalize_label(sentence.text), word_list("detail_openers")) or (
                # ("Số lượt người theo từng năm: năm 2022 đạt 152.410 lượt; …")
                has_any(normalize_label(sentence_label(sentence.text) or ""), _BY_YEAR)
            )
            carried = opens_apart or details or (previous and not re.search(r"\d", previous))
            context.list_topic = " ".join(filter(None, (list_topic, previous))) if carried else list_topic
            previous = normalize_label(sentence.text)
            resolved: list[tuple[Quantity, str]] = []
            # (the parts' whole has the period it had in the sentence before: "Trong đó, Quý I tổ chức 3 hội
            # nghị; Quý II …" after "9 tháng đầu năm 2023, … tổ chức 15 hội nghị")
            periods: dict[str, str] = dict(previous_periods) if counted_before else {}
            segments = self._keyed_brackets(sentence.text, find_segments(sentence.text))
            masked_sentence = mask(sentence.text, segments + name_segments(sentence.text, segments))
            own_topic = sentence_label(sentence.text) or ""
            if own_topic and period_label(own_topic, 2000) is not None:
                own_topic = ""  # "Tính từ đầu năm: 09 đoàn": a period, not a topic
            # ("Phân theo khu bến, khu bến Sơn Dương tiếp nhận 331 lượt tàu": the same, opened with a comma, when it
            # says it divides and the sentence is that one statement; not "Theo hình thức, tỉnh đã tổ chức 12 hội nghị")
            first = normalize_label(sentence.text.split(",", 1)[0]) if "," in sentence.text else ""
            divides = first.startswith(("phan theo", "chia theo")) and ";" not in sentence.text
            # ("- Phân theo cơ quan cử đoàn năm 2023: khối sở, ban, ngành 20 đoàn; …": a breakdown's label may name its
            # year, which no topic label holds)
            opener = normalize_label(sentence.text.lstrip("-–+•* ").split(":", 1)[0]) if ":" in sentence.text else ""
            dated_breakdown = (
                opener if opener.startswith(("phan theo", "chia theo")) and len(opener.split()) <= 10 else ""
            )
            if starts_with_phrase(dated_breakdown, word_list("time_breakdowns")):
                dated_breakdown = ""  # ("Phân theo quý năm 2023: Quý I 10 đoàn; …": each quarter its own figure)
            label = own_topic or (first if divides and len(first.split()) <= 6 else "") or dated_breakdown
            breakdown = starts_with_phrase(label, word_list("breakdown_labels")) if label else None
            if breakdown and label.strip() in word_list("time_breakdowns"):
                breakdown = None
            if breakdown and has_any(normalize_label(sentence.text), ("tong so", "tong cong")):
                # ("- Theo cấp: tổng số 28 đoàn với 164 lượt …, gồm cấp tỉnh 8 đoàn, …": the total its parts open with)
                breakdown = None
            if breakdown and not context.outside:
                # "Theo lĩnh vực: y tế 04 dự án; giáo dục 05 dự án; …": the parts of a total, by a criterion.
                reason = f"a breakdown ('{breakdown}'): the parts of a total, not totals"
                self._queue_all(sentence.text, sentence, sentence.start, block, context, reason)
                continue
            if not block_topic and not previous_text and _run_in_heading(block.text, sentence.text):
                # "**2.4. Công tác phi chính phủ nước ngoài.** Tham mưu … Giá trị cam kết viện trợ đạt …": a heading run
                # into its paragraph names what the whole paragraph counts.
                block_topic = normalize_label(sentence.text)
                continue
            # "1. Công tác đoàn ra: ... . Tính từ đầu năm: 09 đoàn": the item's label goes on.
            topic = own_topic or block_topic
            block_topic = block_topic or own_topic
            opening = find_scopes(normalize_label(masked_sentence[:60]), self.report_year)
            # "Dự kiến đón 03 đoàn ...; cử 02 đoàn ...": a sentence opening with a plan is a plan
            # throughout.
            plan_sentence = has_any(without_names(normalize_label(masked_sentence[:40])), word_list("plan_words"))
            # ("Đáng chú ý, trong số các đoàn vào có 21 đoàn …": the whole after a word that only stresses it)
            opening_text = _without_discourse_opener(sentence.text)
            whole = starts_with_phrase(normalize_label(opening_text), word_list("part_openers"))
            # "Trong số 17 vụ việc có 09 vụ …", "Trong các vụ việc lãnh sự năm 2024, có 17 vụ …", "Trong số
            # thỏa thuận quốc tế ký kết năm 2024 có 03 …": the whole
            # written by its number or its counted noun.
            named_whole = re.match(
                r"\W*trong (?:(?:so|tong so) (?:cac )?|cac )(\w+(?: \w+)?)", normalize_label(opening_text)
            )
            counted_whole = (named_whole is not None and read_unit(named_whole.group(1), None) is not None) or bool(
                # ("Về hỗ trợ các tỉnh của Lào: Trong giá trị hỗ trợ nêu tại Phần A, hỗ trợ tỉnh Khăm Muồn 2.600 triệu
                # đồng …": a whole given elsewhere, named by where)
                _WHOLE_GIVEN_ELSEWHERE.match(normalize_label(_without_a_topic_label(opening_text)[:160]))
            )
            numbered_whole = whole and re.match(rf"\W*{whole} \d", normalize_label(opening_text))
            whole_parts = self._indicator_parts(opening_text) if (numbered_whole or counted_whole) else None
            if whole_parts:
                # "Trong tổng số đoàn ra nêu trên, tỉnh đã cử 12 đoàn … đi đào tạo …": a part that is an
                # indicator of its own is published; parts of the whole's own indicators are not.
                context.parts_of = whole_parts
            elif (numbered_whole or counted_whole) and not context.outside:
                # "Trong số 17 vụ việc có 09 vụ …; 05 vụ …": every figure after the whole is a part of it.
                context.outside = f"a part of the whole the sentence opens with ('{sentence.text[:40]}…'), not a total"
                self._queue_all(sentence.text, sentence, sentence.start, block, context)
                context.outside = ""
                continue
            # ("Theo Kế hoạch …, năm 2024 Sở dự kiến cử 15 đoàn ra; đón 20 đoàn vào; thực tế cả năm đã cử 18 đoàn": a
            # plan an earlier clause opens goes on until a clause says what was done)
            planned_before = False
            for index, clause in enumerate(split_clauses(sentence)):
                clause_words = without_names(normalize_label(clause.text))
                # (a clause saying what was done, "đã cử 214 đoàn …, đạt 107% mục tiêu", ends a plan and starts none)
                done = " da " in f" {clause_words} " or has_any(clause_words, word_list("value_labels.result"))
                # (as does a later clause opening with an estimate of a period's result, even the plan the sentence
                # opens with: "Tháng 12 dự kiến có thêm 4 đoàn …; ước thực hiện cả năm 2016 là 58 đoàn")
                estimated = index > 0 and any(
                    at <= 2 and (scope.kind == "estimate" or scope.estimated)
                    for at, scope in find_scopes(clause_words, self.report_year)[:1]
                )
                planned_before = planned_before and not (done or estimated)
                self._clause(
                    block,
                    sentence,
                    clause,
                    context,
                    inherited,
                    resolved,
                    segments,
                    masked_sentence,
                    topic,
                    (plan_sentence and not estimated)
                    or planned_before
                    or _opens_with_a_plan(clause.text, clause_words),
                    periods,
                )
                planned_before = planned_before or (not done and says_a_plan(clause_words))
            # ("Nhìn lại cả giai đoạn 2021 - 2025, …. Tỉnh đã tiếp nhận 86 hài cốt …": the period the paragraph
            # opens with, after words that only lead to it)
            normalised_opening = normalize_label(masked_sentence[:60])
            if opening and set(normalised_opening[: opening[0][0]].split()) <= _LEADS_TO_A_PERIOD:
                # (several of the opening period's own kind: not the months of the quarter it opens with, "Quý III,
                # tháng 7 đón 3 đoàn vào, tháng 8 …", which detail it)
                kind = {"quarter": "quy", "month": "thang"}.get(opening[0][1].kind)
                named = {name for name in _PERIODS_OF_A_KIND.findall(normalize_label(masked_sentence))}
                several = kind is not None and len({name for name in named if name.startswith(kind)}) > 1
                # (unless the opening is the report's own period, beside which another is only compared: "Quý II, …
                # gấp ba lần so với quý I (5 đoàn/23 lượt)" in a report on quarter II)
                if several and opening[0][1].code != self.period_code:
                    # ("Quý I cho phép tổ chức 01 hội thảo; quý II 02 hội thảo; quý III …. Thẩm định, cho phép ký kết
                    # 03 thỏa thuận …": a sentence going through several quarters; which one the next goes on with, if
                    # any, is not said)
                    inherited = Scope("unknown", None, "after a sentence naming several periods")
                else:
                    # (the period goes on, not the estimate: "Năm 2025, ước tiếp nhận 18 dự án …. Sở đã bổ sung giấy
                    # đăng ký cho 06 tổ chức": the next sentence says what was done)
                    inherited = dataclasses.replace(opening[0][1], estimated=False)
            elif opening and self._opens_another_period(opening[0][1], inherited, normalised_opening[: opening[0][0]]):
                # ("Về hội nghị, 6 tháng đầu năm đã cho phép … . Về thủ tục hành chính, Sở đã giải quyết 18 hồ sơ …"
                # under a heading on quarter II: the later sentence may go on with the half-year or fall back on the
                # quarter)
                inherited = Scope("unknown", None, f"{opening[0][1].evidence}, which the sentence before opens with")
            previous_codes, previous_text = frozenset(code for _, code in resolved), sentence.text
            previous_periods = periods
        context.list_topic = outer_topic if item else list_topic
        context.parts_of = None
        if parent is None or parent.marker == marker or not item:
            # a numbered line, or an item of the parent's own marker: the parent of the sub-items below it
            # (its label, or all its words: "a) Phối hợp xử lý 23 vụ việc lãnh sự, bảo hộ công dân.")
            unnumbered = blank_numbering(block.text)
            label = (
                (item_label(block.text) or normalize_label(unnumbered)[:200]) if find_quantities(unnumbered) else None
            )
            published = frozenset(f.indicator_code for f in self.result.figures[published_before:])
            context.item_parent = ItemParent(marker, label, published) if label else None

    def _keyed_brackets(self, text: str, segments: list[Segment]) -> list[Segment]:
        """A sentence's segments, its brackets of values after a figure read as the values the report's opening note
        says brackets hold ("số ghi trong ngoặc đơn … là số thực hiện năm 2015"): each the same count a year
        earlier, as "(cùng kỳ năm 2015: …)" would be."""
        year = self.structure.bracketed_year
        if year is None:
            return segments
        keyed = set(bracketed_values_after_figures(text))
        return [
            Segment("comparison", segment.start, segment.end, year, keyed=True)
            if segment.kind == "sub_count" and (segment.start, segment.end) in keyed
            else segment
            for segment in segments
        ]

    def _opens_another_period(self, opening: Scope, inherited: Scope | None, lead: str) -> bool:
        """Whether a sentence opening with a period after a lead ("Về hội nghị, 6 tháng đầu năm …") names another one
        than the period its paragraph's figures would otherwise have (the heading's or the report's); not a
        comparison's base ("So với năm 2023, …") nor one at the end of the period ("Tính đến nay, …")."""
        if opening.kind in _NOT_A_PERIOD_OF_ITS_OWN or has_any(lead, _ASIDE_LEADS):
            return False
        current = self._resolved(inherited) if inherited is not None else self.period_code
        if current is None or not is_period_code(current):
            return False
        named = self._resolved(opening)
        if named is None or not is_period_code(named):
            # (a period of the codelist whose year is not known, "6 tháng đầu năm" in a text of no year; not a school
            # year or a dry season, "Năm học 2017 - 2018, có 830 lưu học sinh …", which dates one count)
            return opening.kind == "yearless"
        # ("6 tháng, …" in a report on the first half: its own period, named again; "Riêng quý IV, …", "Nếu như năm 2016
        # …" in a text on the year or the term: a part of it set apart, after which the text goes on with the whole)
        return not holds_any(current, [named])

    @functools.cached_property
    def _column_keys(self) -> dict[str, str]:
        """The document's key to numbered columns ("Giải thích cột: (1) …"), read once."""
        return column_keys(
            [line for block in self.document.blocks for line in block.text.split("\n")], self.report_year
        )

    def _header_cells(self, cells: list[str], context: Context) -> list[str]:
        # (the key names the columns of a header that is only their numbers; a row of numbers under a header of words,
        # "(1) | (2) | (3)", only counts them)
        keys = {} if context.table.header_rows else self._column_keys
        return header_cells(cells, self.period_code, context.in_plan, keys)

    def _stands_alone_under(self, label: str, line: str) -> bool:
        """Whether a line under an item's label says its own period, under a label that only names a field of work
        ("a) Về quản lý đoàn ra, đoàn vào:" over "Quý II/2025, tỉnh cử 16 đoàn …") or the same period."""
        opening = find_scopes(normalize_label(line[:40]), self.report_year)
        if not opening or opening[0][0] > 2:
            return False
        named = find_scopes(label, self.report_year)
        # (or under a label naming the period the line opens with: "- Gửi Sở Tài chính số liệu 9 tháng …:" over
        # "9 tháng năm 2025 ĐR 37 đoàn …")
        return (label.startswith("ve ") and not named) or (
            bool(named) and all(scope.evidence in opening[0][1].evidence for _, scope in named)
        )

    def _list_scope(self, opener: str):
        """The one period a list's opening sentence names for its items ("Kết quả 6 tháng đầu năm 2025 cụ
        thể:"); none when it names a plan, or the year of a document it cites ("Thực hiện Chỉ thị số 25
        năm 2018 …, cụ thể:")."""
        scopes = find_scopes(opener, self.report_year)
        named = [(start, scope) for start, scope in scopes if scope.code]
        if has_any(without_names(opener), word_list("plan_words")):
            return None
        # ("Số liệu 11 tháng đã báo cáo tại phiên họp tháng 11/2022:", "Số liệu 11 tháng năm 2023 đã gửi kèm Công văn
        # số 1520/SNgV-VP ngày 28/11/2023 như sau:": a span no report uses, before any document cited, with another
        # period: none of them is the items')
        own = [
            (start, scope) for start, scope in scopes if not has_any(opener[:start], word_list("document_references"))
        ]
        unsettled = unsettled_periods(own)
        if len(named) != 1 or (len(scopes) > 1 and unsettled):
            return Scope("unknown", None, opener, labelled=True) if unsettled else None
        start, scope = named[0]
        if has_any(opener[:start], word_list("document_references")):
            return None
        return dataclasses.replace(scope, labelled=True)

    def _indicator_parts(self, sentence: str) -> frozenset[str] | None:
        """The indicators of the whole a sentence opens with ("Trong tổng số đoàn ra nêu trên, …"), when its
        words also name an indicator counted as a part of it (training, missions); else None."""
        words = normalize_label(sentence)
        part_codes = word_list("part_indicators")
        if not any(has_any(words, _first_phrases(r)) for r in self.rules if r.indicator in part_codes):
            return None
        opening = normalize_label(re.split(r"[,:;]", sentence, maxsplit=1)[0])
        whole = frozenset(
            r.indicator for r in self.rules if r.indicator not in part_codes and has_any(opening, _first_phrases(r))
        )
        return whole or None

    def _under_item(self, words: str, context: Context, outer_topic: str) -> None:
        """A sub-item of a labelled item with figures ("1. Số đoàn ra: 15 đoàn/62 lượt người"): "Cùng kỳ
        năm 2022: 6 đoàn/19 lượt người", a period label, counts what the item counts; "Trong đó: …"
        counts parts of what it published. Any other sub-item is a breakdown read by its own words."""
        normalised = normalize_label(words)
        if starts_with_phrase(normalised, _PARTS_OPENER):
            context.parts_of = context.item_parent.published
            return
        label = normalize_label(words.split(":", 1)[0]) if ":" in words[:60] else ""
        if label and period_label(label, self.report_year) is not None:
            context.list_topic = " ".join(filter(None, (outer_topic, context.item_parent.label)))


# "Ghi chú: số hài cốt là số chính thức cả năm": a note under a table saying one row's value of the year is official
# (not "… là số chính thức tính đến ngày 20/12", nor "… năm 2024; năm 2025 là số ước").
_OFFICIAL_FOR_THE_YEAR = re.compile(
    r"\bsố\s+(?P<rows>[^\W\d_][^,;:.()]{2,40}?)\s+là\s+số\s+(?:liệu\s+)?chính\s+thức\s+(?:của\s+)?"
    r"(?:cả\s+năm|năm\s+(?P<year>\d{4}))\b(?!\s*(?:tính\s+)?đến)",
    re.IGNORECASE,
)
_NOTES_LINE = re.compile(r"^[\s*_]*(?:ghi chú|chú thích)\b", re.IGNORECASE)


def _official_for_the_year(text: str, report_year: int | None) -> str:
    """The (normalised) words naming the row a note under a table calls official for the report's year, or ""."""
    match = _OFFICIAL_FOR_THE_YEAR.search(text) if _NOTES_LINE.match(text) else None
    if match is None or (match.group("year") and int(match.group("year")) != report_year):
        return ""
    return normalize_label(match.group("rows"))


def _new_table(context: Context, block: Block) -> TableLayout:
    """A table starting at ``block``, with what the lines right above it said of its units."""
    return TableLayout(unit_note=context.unit_note, pair_note=context.pair_note, word_table=block.table)


def _one_text_line(block: Block) -> bool:
    """A row of a text file's table on one line, whose pipes say where its cells lie."""
    return block.kind == "paragraph" and "\n" not in block.text and block.text.startswith("|")


def _repeats_the_label_headers(cells: list[str], header_rows: list[list[str]]) -> bool:
    """ "TT | Chỉ tiêu | ĐVT | Số ước tại BC 318 | …" under "TT | Chỉ tiêu | ĐVT | Năm 2023 | …": a header's second
    line, whose merged label cells repeat the line above (a number in it names a report, not a figure)."""
    if not header_rows or len(cells) < 3:
        return False
    above = header_rows[-1]
    return len(above) >= 2 and all(cells[i].strip() and cells[i] == above[i] for i in range(2))


def _numbered_row(cells: list[str]) -> bool:
    """A row whose first cell is an item number ("1", "2.3"), as rows of figures are; header rows carry none."""
    return len(cells) > 2 and bool(re.fullmatch(r"\d{1,2}(?:\.\d{1,2})*\.?", cells[0].strip()))


def _pipe_rule(blocks: list[Block]) -> bool:
    """Whether the block given (if any) is a Markdown table's rule ("|---|:---:|"), which only ever sits under a
    table's header."""
    return bool(blocks) and blocks[0].text.lstrip().startswith("|") and is_separator_row(blocks[0].text)


def _names_periods(cells: list[str]) -> bool:
    """A header row: two cells or more name a period each, and it carries no row number ("TT", "STT" or nothing
    first), unlike a row of figures ("2 | Kỳ họp giao ban … | Tháng 3/2025 | Tháng 11/2024")."""
    words = [normalize_label(cell) for cell in cells]
    unnumbered = bool(words) and words[0] in ("", "tt", "stt")
    return unnumbered and sum(period_label(word, 2000) is not None for word in words if word) >= 2


def _without_discourse_opener(text: str) -> str:
    """The sentence after a word that only stresses or links it ("Đáng chú ý, …", "Đặc biệt, …")."""
    head, comma, rest = text.partition(",")
    if comma and normalize_label(head).strip() in word_list("discourse_openers"):
        return rest.lstrip()
    return text


def _first_phrases(rule) -> tuple[str, ...]:
    return rule.near[0] if rule.near else ()


def partner_subject(subject: str) -> tuple[str, ...]:
    """The foreign provinces or countries a report's title or subject says it is on ("kết quả hợp tác
    với tỉnh Bolikhămxay, Khăm Muồn (Lào)", "hợp tác với các tỉnh nước CHDCND Lào"); none for a
    report on the province's whole work."""
    normalised = normalize_label(subject)
    words = word_list("partner_reports.subject_words")
    opening = next((normalised.index(w) for w in words if f" {w} " in f" {normalised} "), None)
    if opening is None:
        return ()
    after = f" {normalised[opening:]} "
    provinces = tuple(name for name in foreign_partner_names("province") if f" {name} " in after)
    return provinces or tuple(name for name in foreign_partner_names("country") if f" {name} " in after)


_RUN_IN_HEADING = re.compile(r"^\s*\*\*\s*(?:\d+(?:\.\d+)*\.?|[IVX]+\.|[a-zđ]\))?\s*[^*\d]{3,80}?[.:]?\s*\*\*")


# "a) Đoàn ra. 11T: 52 đoàn …": an item's few words closed by a full stop, run into its text unmarked.
_PLAIN_RUN_IN_HEADING = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.|[IVX]+\.|[a-zđ]\))\s*[^\W\d][^\d.:;,()]{2,40}\.(?=\s)")


def _run_in_heading(paragraph: str, sentence: str) -> bool:
    """Whether a paragraph opens with a heading, in bold or of a few words closed by a full stop after the item's
    number, run into its text, and ``sentence`` is that heading alone."""
    plain = _PLAIN_RUN_IN_HEADING.match(paragraph)
    match = _RUN_IN_HEADING.match(paragraph) or (plain if plain and len(plain.group().split()) <= 5 else None)
    return (
        bool(match)
        and not re.search(r"\d", sentence.replace("*", "").strip().lstrip("0123456789. "))
        and len(sentence.split()) <= 14
        and sentence.strip().rstrip("*").strip() in match.group().replace("*", " ")
    )


def topic_subject(subject: str) -> str | None:
    """The one field of work a report's title or subject says it is on ("công tác biên giới"), when it does not
    also say it is on the province's foreign affairs as a whole."""
    normalised = normalize_label(subject)
    if not names_one_field(normalised):
        return None
    return phrase_of_list(normalised, "topic_reports.subject_words") or None


def _rewritten(document: DocumentText, rewrite) -> DocumentText:
    """The document with its text and every block's text rewritten by ``rewrite``, which keeps their length (offsets
    hold)."""
    blocks = tuple(dataclasses.replace(block, text=rewrite(block.text)) for block in document.blocks)
    return DocumentText(rewrite(document.text), blocks)


def extract_figures(document: DocumentText) -> Extraction:
    # ("năm mươi lăm (55) đoàn": a number in words before its digits in brackets read as the digits alone, so that its
    # brackets are no bracket of the sentence, "cùng kỳ năm 2019 (năm mươi lăm (55) đoàn)")
    document = _rewritten(document, without_restating_words)
    if declares_results_over_targets(document.text):
        # ("đạt 07/45 đoàn (15,6%)" under a note "đạt số thực hiện/số kế hoạch năm (tỷ lệ %)": each result read without
        # its target and share, which stay blanked where they are written)
        document = _rewritten(document, without_targets)
    if declares_a_legend(document.text):
        # ("14/9/11 đoàn" under "Kỳ này/Kỳ trước/Cùng kỳ": one figure per period, each under its own label, read from
        # the text rewritten so and placed back where it is written)
        period = read_structure([block.text for block in document.blocks]).period_code
        if (expanded := expand_series(document, period)) is not None:
            return as_written_in(_DocumentExtractor(expanded.document).run(), expanded)
    return _DocumentExtractor(document).run()


def _opens_with_a_plan(clause: str, clause_words: str) -> bool:
    """ "Kế hoạch cả năm 2018 là 45 đoàn ra, 50 đoàn vào": a clause opening with the plan (past a short label, "Ghi chú:
    Kế hoạch năm 2023 đề ra …") states the plan (only that clause: "…; ước cả năm 2025 đoàn ra khoảng 70 đoàn" after it
    is an estimate). ``clause_words``: the clause normalised, as the caller has it."""
    if not has_any(clause_words, word_list("plan_openers")):
        return False  # (most clauses name no plan: read no further)
    words = without_names(normalize_label(re.sub(r"^\W*(?:[^\W\d_]+\s+){0,2}[^\W\d_]+\s*:", "", clause)))
    # (not a plan carried out, "Kế hoạch … đã hoàn thành, cử 45 đoàn ra", "Kế hoạch số 125/KH-UBND được triển khai,
    # trong năm tổ chức 05 hội nghị"; but "Kế hoạch … đã được phê duyệt với 60 đoàn ra", "Kế hoạch số … đề ra 60 đoàn
    # ra" and "Kế hoạch triển khai năm 2024: cử 60 đoàn ra" state the plan's figures)
    opener = starts_with_phrase(words, word_list("plan_openers"))
    # ("đã cử 45 đoàn ra": done; "đã được phê duyệt với 60 đoàn ra": a plan approved)
    carried_out = has_any(words, word_list("plan_carried_out")) or re.search(r"\bda (?!duoc\b)", words)
    done = bool(carried_out) and not has_any(words, word_list("plan_targets"))
    return opener is not None and not done


# "Gợi ý trả lời (do BQL KKT chuẩn bị)", "Nội dung phát biểu (do Đồn Biên phòng cung cấp)": who prepared the answer or
# speech that follows (not "(Số liệu do Bộ Chỉ huy BĐBP tỉnh cung cấp)", the source of the province's own figures).
_ANSWER_OPTION = re.compile(r"^\s*[A-Da-d][.)]\s")
_ANSWER_OR_SPEECH = re.compile(r"\b(?:trả lời|phát biểu|ý kiến|tham luận)\b", re.IGNORECASE)
_PREPARED_BY = re.compile(
    r"\(\s*(?:[^()]{0,30}\s)?do\s+(?P<body>[^()]{2,60}?)\s+(?:chuẩn bị|cung cấp|soạn|soạn thảo)\s*\)", re.I
)


def prepared_by_another_body(line: str) -> str | None:
    """The body a line says prepared the lines under it, when that body is not the department ("Gợi ý trả lời (do BQL
    KKT chuẩn bị):"); None otherwise, or when the line holds figures of its own."""
    prepared = _PREPARED_BY.search(line)
    if prepared is None or re.search(r"\d", line[: prepared.start()] + line[prepared.end() :]):
        return None
    if not _ANSWER_OR_SPEECH.search(line[: prepared.start()]):
        return None
    body = prepared.group("body").strip()
    words = normalize_label(body)
    # ("do Sở chuẩn bị", "do các sở, ngành cung cấp": the department, the province's bodies)
    if words in ("so", "cac so nganh") or starts_with_phrase(words, load_forms().home_subjects):
        return None
    return body
