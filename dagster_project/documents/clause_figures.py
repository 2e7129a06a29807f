"""The figures of one clause: each number grouped with the figures written as one phrase,
checked for another subject, a change, a sub-count, a range or a plan, matched to one
indicator and given the period its own words or governing structure settle; comparisons in
parentheses belong to the same period a year earlier.

A mixin of the document extractor (with RuleChoice, FigurePeriods and ReviewQueue)."""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass, field
from decimal import Decimal

from dagster_project.documents.groups import FigureGroup, continues_list, counts_time, figure_groups
from dagster_project.documents.quantities import SUPERSCRIPT_MARK, Quantity, find_quantities
from dagster_project.documents.reader import Block
from dagster_project.documents.results import DISAGREED
from dagster_project.documents.rule_choice import INDICATOR_DOUBTS, NO_INDICATOR_COUNTS, READS_LIKE
from dagster_project.documents.rules import (
    disagreement_in,
    foreign_names,
    foreign_partner_names,
    has_any,
    has_phrase,
    own_words_after,
    phrase_of_list,
    read_unit,
    says_a_plan,
    unconfirmed_word,
)
from dagster_project.documents.scopes import (
    CUMULATIVE,
    Scope,
    ScopeError,
    find_scopes,
    period_label,
    same_period_a_year_earlier,
    the_period_before,
    without_periods,
)
from dagster_project.documents.sections import Context, names_no_field
from dagster_project.documents.segments import (
    Segment,
    count_right_before,
    is_field_line,
    item_label_subject,
    lead_in_subject,
    mask,
    opened_by_the_other_side,
    other_subject,
    period_label_text,
    sentence_label,
    subject_of_the_first_clause,
)
from dagster_project.documents.sentences import Span, comment_doubt, comments_after, comments_on
from dagster_project.documents.word_lists import parts_of, wholes_of_parts, without_names, word_list
from dagster_project.parsing.periods import PeriodFormatError, is_period_code, period_from_code
from dagster_project.parsing.text import normalize_label

# "riêng <something other than a period>": a part of the whole, not the whole.
# "vượt chỉ tiêu …", "đạt 120% kế hoạch", "hoàn thành mục tiêu …": a result compared with a target.
_TARGET_COMPARISON = re.compile(
    r"\b(?:vượt|đạt|bằng|hoàn thành)\b[^.;:]{0,20}?\b(?:chỉ tiêu|kế hoạch|mục tiêu)\b", re.IGNORECASE
)
# "…; Tỉnh đón 151 đoàn vào", "- năm có nhiều sự kiện - tỉnh cử 64 đoàn ra": the province, the subject of
# the figure's verb (not "các tỉnh", "hai tỉnh" or "tỉnh bạn", which are partners).
_PROVINCE_AS_SUBJECT = re.compile(
    r"(?:^|\s)(?<!cac )(?<!hai )(?<!ba )tinh (?:da |cung |van )?(?:don tiep|don|cu|ky ket|to chuc)$"
)
_YEAR_WRITTEN = re.compile(r"\b(?:19|20)\d{2}\b")
# What ends a period label's reach: the next item (";"), a bracket, another label.
_LABEL_REACH_ENDS = re.compile(r"[;:()\n]")
# "… 14 dự án với giá trị cam kết 1.610.000 USD": the figure's companion, a few words after "với" ("với các địa
# phương của Lào và hỗ trợ 5,6 tỷ đồng" is no companion)
# ("03 dự án trị giá 512.000 USD": what the projects are worth, right after them)
_COMPANION = re.compile(
    r"(?:\bvới\s+(?:(?!và\b)[^\s,;()]+\s+){0,4}|\b(?:trị giá|có giá trị|tổng trị giá)\s+)$", re.IGNORECASE
)
# Reasons saying a figure is somebody else's or a part (other_subject's, a partner's share, one item, "riêng …")
_SOMEBODY_ELSES = ("a figure of", "the share of named partners", "one item singled out", "a part set apart by")
_SET_APART_PART = re.compile(
    # ("Riêng trong lĩnh vực biên giới, …": one field of the work, set apart as a part; not "Riêng trong tháng 3")
    # (not "Riêng quý III", a period; "Riêng Quỹ Nhi đồng Úc" is a fund, one donor)
    r"\brieng (?!thang\b|quy (?:[ivx]+|\d+|nay|do|dau|cuoi|truoc|sau|cua)\b|quy$|nam\b|ky\b|dot\b|\d"
    r"|trong\b(?! (?:linh vuc|nganh|mang)\b)|6 thang|9 thang|t\d"
    r"|q(?:[1-4]|i{1,3}|iv)\b)"
)
# A sentence opening with one field of the work set apart: "Riêng (trong) lĩnh vực biên giới, …".
_ONE_FIELD_SET_APART = re.compile(r"^\W*rieng (?:trong |doi voi )?(?:linh vuc|nganh|mang)\b")
# Words of a label that names a period ("tháng 4/2026:", "kỳ trước:", "năm học 2024-2025:").
# ("quy ra tiền Việt Nam", "quy đổi": to convert, not a quarter)
_PERIOD_LABEL_WORD = re.compile(
    r"^(?:ca |cong |luy ke |trong |tinh )?(?:thang|quy(?! ra\b| doi\b)|nam|ky|mua|dot|cung ky)\b"
)


# "trong đó", "trong số này", with the comma after it: where a part opens.
_PART_OPENING = re.compile(r"\W*trong\s+(?:đó|số\s+(?:đó|này))\s*,?", re.IGNORECASE)
# A value said to be about so many ("gần 700", "khoảng 20", "trên 30"), not estimated ("ước 16").
_ROUNDED_WHOLE = re.compile(r"\s*(?!ước\b)[^\W\d_]", re.IGNORECASE)
# The first figure's noun and the slash to its other half: "16 đoàn/118 lượt", "44 đoàn / 240 lượt".
_SLASHED_AFTER = re.compile(r"\s*[^\W\d_]+(?:\s+[^\W\d_]+)?\s*/\s*")
# A comma that parts clauses, not the thousands of a number.
_CLAUSE_COMMA = re.compile(r"(?<!\d),|,(?!\d)")


# "…, trong tổng số (khoảng) 6 triệu người …": the number after it is the whole of the figure before.
_WHOLE_OF_ANOTHER = re.compile(r"\b(?:trong|tren) tong so$")
# (the province's whole says "toàn tỉnh", and names nothing wider: "của tỉnh và các địa phương khu vực …", "cả nước")
_WIDER_WHOLE = ("ca nuoc", "toan quoc", "khu vuc", "cac dia phuong", "cac tinh")
_A_WHOLE_AFTER = re.compile(r"\b(?:trong|tren) tong so (?:khoang |gan |hon |tren )?\d")


def _holds_all(period: str | None, parts: list[str | None]) -> bool:
    """Whether every part is a period lying within ``period``."""
    if not is_period_code(period or "") or not all(parts):
        return False
    whole = period_from_code(period)
    return all(whole.start_date <= period_from_code(part).start_date <= whole.end_date for part in parts)


@dataclass
class Place:
    """Where a clause's figures are: its block, sentence and clause, the sentence with its
    comparisons blanked, the scope carried from the sentence before, and the figures so far."""

    block: Block
    sentence: Span
    clause: Span
    masked_sentence: str
    inherited: object
    plan_clause: bool
    topics: list[str]
    resolved: list[tuple[Quantity, str]]
    periods: dict[str, str] = field(default_factory=dict)  # indicator -> period of its figure in this sentence
    # (inside a breakdown by period, "(quý II/2024: 10 vụ việc; cùng kỳ năm 2023: 09 vụ việc)": the periods of
    # the figures it breaks down, which a "cùng kỳ" in it compares with, whatever the values before it in it)
    headline_periods: dict[str, str] = field(default_factory=dict)
    # Indicators given a part of their own period in this sentence ("Trong đó, quý IV tổ chức 5 hội nghị").
    parted: dict[str, int] = field(default_factory=dict)  # (and where in the clause the part is)
    # (where in the sentence, indicator, period) of each figure published from it, in the order read
    emitted: list[tuple[int, str, str]] = field(default_factory=list)
    estimated_periods: set[str] = field(default_factory=set)  # the periods of this clause's estimated figures
    in_plan_section: bool = False
    section_reason: str = ""
    clause_reason: str = ""  # why the clause's own words make its figures no result
    before: str = ""  # the sentence up to this clause (normalised), for figures that repeat what came before
    target_from: int | None = None  # where a comparison with a target begins: the figures after it are the target's
    notes: tuple[Segment, ...] = ()  # the sentence's notes on its figures ("(số liệu năm 2025 là ước thực hiện)")
    # Units of the sentence's figures that went to review: a "trong đó" part in one of them is a part of a
    # whole nobody has settled ("09 đoàn … là đại diện các tổ chức quốc tế …; trong đó quý I đón 04 đoàn").
    waiting_units: frozenset[str] = frozenset()

    def past_another_period(self, indicator: str | None = None) -> bool:
        """Inside a breakdown by period, whether a value of another period came before ("48 đoàn (tháng 12/2025:
        6 đoàn, cùng kỳ năm 2024: 4 đoàn)"): a "cùng kỳ" then pairs with the figure broken down or with that
        value, not certain which. With an indicator, only that indicator's values count."""
        if not self.headline_periods:
            return False
        if indicator is None:
            return self.periods != self.headline_periods
        headline_period = self.headline_periods.get(indicator)
        return headline_period is not None and self.periods.get(indicator) != headline_period

    def is_plan(self, position: int) -> bool:
        return self.plan_clause or (self.target_from is not None and position >= self.target_from)


def _own_words(clause: str, position: int, quantity: Quantity) -> str:
    """The words of a clause between the figures on either side of the one at ``position``."""
    others = [q for q in find_quantities(clause) if q.start != position]
    start = max((q.end for q in others if q.end <= position), default=0)
    end = min((q.start for q in others if q.start >= position + len(quantity.as_written)), default=len(clause))
    return normalize_label(clause[start:end])


class ClauseFigures:
    def _queue_all(
        self, text: str, sentence: Span, start: int, block: Block, context: Context, reason: str = ""
    ) -> None:
        """Every number of a text that is not the report's own (a forwarded document), with the reason."""
        for quantity in find_quantities(text):
            if counts_time(quantity):
                continue
            unit = read_unit(quantity.unit_words, quantity.currency)
            written = self._written(quantity, sentence, start, block)
            self._review(
                reason or context.outside,
                [],
                written,
                quantity,
                unit=unit,
                set_aside=(context.outside_set_aside and not reason) or unit is None,
            )

    def _clause(
        self,
        block: Block,
        sentence: Span,
        clause: Span,
        context: Context,
        inherited,
        resolved,
        segments: list[Segment],
        masked_sentence: str,
        topic: str,
        plan_sentence: bool = False,
        periods: dict | None = None,
    ) -> None:
        if context.outside:
            self._queue_all(clause.text, sentence, clause.start, block, context)
            return
        # (the label of the line, or the sentence that opens its list: "Một số vụ việc điển hình:")
        example_topic = f"{topic} {context.list_topic if block.number != context.list_opener else ''}"
        if example := phrase_of_list(example_topic, "example_words"):
            # "Một số vụ việc điển hình: hỗ trợ đưa 09 thi hài …; xác minh cho 16 trường hợp …": examples.
            reason = f"an example ('{example}'), not the period's total"
            self._queue_all(clause.text, sentence, clause.start, block, context, reason)
            return
        periods = {} if periods is None else periods
        offset = clause.start - sentence.start
        clause_segments = [
            Segment(s.kind, s.start - offset, s.end - offset, s.named_year, s.named_period, s.keyed)
            for s in segments
            if offset <= s.start < offset + len(clause.text)
        ]
        main_text = mask(clause.text, clause_segments)
        # "- Ước cả năm 2023, toàn tỉnh có khoảng 56 đoàn ra …" under "II. NHIỆM VỤ QUÝ IV": an estimate
        # of the year's result, not a target, wherever it is written.
        opening = find_scopes(normalize_label(masked_sentence[:40]), self.report_year)
        year_estimate = bool(opening) and opening[0][0] <= 2 and opening[0][1].kind == "estimate"
        # "… 61 hội nghị, hội thảo quốc tế, vượt chỉ tiêu "tổ chức ít nhất 40 hội nghị …"": a result measured
        # against a target; the words from the comparison on are the target's.
        target = _TARGET_COMPARISON.search(main_text)
        result_part = main_text[: target.start()] if target else main_text
        plan_from = None
        plan_words = [
            says_a_plan(without_names(normalize_label(_before_the_reason(part)))) for part in (result_part, main_text)
        ]
        if target and plan_words[1] and not plan_words[0] and not (plan_sentence or context.in_plan):
            plan_from = target.start()
        plan_clause = plan_sentence or (context.in_plan and not year_estimate) or (plan_words[1] and plan_from is None)
        # "5. Nhiệm vụ 6 tháng cuối năm: tiếp tục ...": a numbered item under a plan label.
        plan_clause = plan_clause or (
            has_any(without_names(topic), word_list("section_headings.plan"))
            and not has_any(topic, word_list("section_headings.result"))
        )
        # "Chỉ tiêu đón đoàn vào – Kế hoạch: 50 đoàn; Thực hiện: 47 đoàn": the clause's own label
        # says which.
        clause_label = normalize_label(main_text.split(":", 1)[0]) if ":" in main_text else ""
        if clause_label in word_list("value_labels.result") and not context.in_plan:
            plan_clause = False
        elif without_periods(clause_label, None) in word_list("value_labels.plan"):
            # ("Kế hoạch năm 2025 giao: 55 đoàn ra": a plan label, whatever period it names)
            plan_clause = True
        # "Còn 03 đoàn ra chậm báo cáo kết quả": a count of a shortcoming, not of the work done.
        shortcoming = phrase_of_list(
            _NO_SHORTCOMING.sub(" ", _OVERSTAYING_PEOPLE.sub(" ", normalize_label(main_text))), "shortcoming_words"
        )
        if not shortcoming and len(clause_label.split()) <= 6:
            # "- Tồn tại: còn 5 đoàn ra …", "Khó khăn, vướng mắc: …": a label naming shortcomings, as a heading does
            named = [w for w in word_list("section_headings.shortcoming") if has_phrase(clause_label, w)]
            if named and not has_any(clause_label, word_list("section_headings.result")):
                shortcoming = named[0]
        # "… khoảng 1,35 tỷ đồng nhưng số này VP UBND chưa chốt": the writer says the sentence's figures are
        # not final.
        # ("… 21 vụ việc [Góp ý: … tạm ghi 21 vụ, sẽ chốt trước khi trình ký]", "[Góp ý: … đề nghị kiểm tra lại]": a
        # reviewer says so of the sentence)
        # ("Em gửi chị số liệu tạm tính tháng 11 (chưa chốt):" over its items: the list's opener says so of them)
        unconfirmed = (
            unconfirmed_word(sentence.text)
            or comment_doubt(f"{comments_on(block, sentence)} {comments_after(self.document.blocks, block)}")
            or (
                # (the opener kept without diacritics: its reviewed phrases only)
                phrase_of_list(context.list_topic, "unconfirmed_words")
                if block.text.lstrip().startswith(("-", "–", "+", "•", "* "))
                else ""
            )
        )
        plan_clause = plan_clause or bool(shortcoming) or bool(unconfirmed)
        # (a heading naming no field, "1. Kết quả chung" under "II. KẾT QUẢ XUẤT NHẬP CẢNH QUA CKQT CẦU TREO", leaves
        # the field to the headings above it)
        # (not headings naming one partner or district, "III. QUAN HỆ VỚI TỈNH KHĂM MUỒN" over "1. Kết quả chung": their
        # counts are shares)
        above = context.heading_path
        shares = has_any(above, foreign_names()) or re.search(r"\b(?:huyen|thi xa|thanh pho) [a-z]", above)
        heading = above if names_no_field(context.heading) and not shares else context.heading
        topics = [neutral_kinds(" ".join(filter(None, (topic, context.list_topic)))), neutral_kinds(heading)]
        place = Place(
            block,
            sentence,
            clause,
            masked_sentence,
            inherited,
            plan_clause,
            topics,
            resolved,
            periods=periods,
            before=normalize_label(masked_sentence[:offset]),
            notes=tuple(segment for segment in segments if segment.kind == "note"),
            in_plan_section=context.in_plan,
            section_reason=context.section_reason,
            clause_reason=f"counts a shortcoming ('{shortcoming}'), not a result"
            if shortcoming
            else f"the writer says the figure is not final ('{unconfirmed}')"
            if unconfirmed
            else "",
            target_from=plan_from,
        )
        first_figure, first_review = len(self.result.figures), len(self.result.review)
        headline = self._figures_in(place, main_text, 0, context.parts_of)
        for segment in clause_segments:
            text = clause.text[segment.start : segment.end]
            headline_waits = (
                segment.kind == "labelled" and not headline and self._headline_counts_nothing(place, segment)
            )
            if segment.kind == "comparison" or headline_waits:
                # ("… 4.183 người đi làm việc ở nước ngoài theo hợp đồng (năm 2019: 11.260 người)": beside a figure
                # no indicator counts, a labelled value counts what it counts, which is not certain either)
                for quantity in find_quantities(text):
                    self._comparison(place, quantity, segment)
            elif segment.kind == "labelled":
                # "ký kết 15 thỏa thuận quốc tế (năm 2023: 05; năm 2024: 04)": values without a noun
                # break the figure before down by period, and count what it counts.
                saved, headline_periods = place.topics, dict(place.periods)
                place.headline_periods = headline_periods
                words_before = normalize_label(clause.text[max(0, segment.start - 80) : segment.start])
                # (read with the title and every heading: "(năm 2021: 33 dự án)" in a report on NGO aid)
                place.topics = [f"{saved[0]} {words_before}", *saved[1:-1], f"{saved[-1]} {self._outer_headings()}"]
                try:
                    self._figures_in(place, text, segment.start, None)
                finally:
                    # (what follows in the sentence, "riêng Quý IV/2022 là 12 dự án", is within the headline's)
                    place.topics = saved
                    place.periods.update(headline_periods)
                    place.headline_periods = {}
            elif segment.kind in ("comparison_base", "base_or_change"):
                # "bằng 72% số đoàn của 12 tháng năm 2025": a count inside the base of a ratio; "tăng so với cùng kỳ
                # là 10 vụ": the value compared with, or the change.
                reason = (
                    "inside the base of a ratio ('bằng … %'), not a figure of the period"
                    if segment.kind == "comparison_base"
                    else "after 'so với … là': the value compared with or the change, not certain which"
                )
                for quantity in find_quantities(text):
                    unit = read_unit(quantity.unit_words, quantity.currency)
                    if unit and not counts_time(quantity):
                        written = self._written(
                            quantity, place.sentence, place.clause.start + segment.start, place.block
                        )
                        self._review(reason, [], written, quantity, unit=unit)
            elif segment.kind == "sub_count":
                # "...167 lượt khách quốc tế; trong đó 02 đoàn ...": the headline may end the clause before.
                # (a "- Trong đó: …" sub-item: of what its item published)
                whole = headline or {code for _, code in resolved} or set(context.parts_of or ())
                # (in this clause or one before it in the sentence: "…; trong đó quý I đón 04 đoàn"; not a change
                # or a comparison queued beside a whole that stands)
                before = [
                    item
                    for item in self.result.review
                    if item.excerpt_start == sentence.start
                    and item.block is block
                    and item.char_start < clause.start + segment.start
                    and item.unit
                ]
                place.waiting_units = frozenset(
                    item.unit for item in before if item.reason.startswith(INDICATOR_DOUBTS)
                ) | self._unread_before_the_bracket(before, text)
                self._figures_in(place, text, segment.start, whole)
        self._withhold_one_of_two_counts(first_figure, first_review)

    def _unread_before_the_bracket(self, before: list, bracket: str) -> frozenset[str]:
        """ "Tại Cảng Vũng Áng: 43 lượt phương tiện … (bến cảng Sơn Dương 11 lượt phương tiện)": a bracket after a count
        no indicator read holds that count's parts in the same noun, whatever they match on their own (not one naming
        its own period, "(năm 2022 là 05 tổ chức)")."""
        if not bracket.startswith("(") or find_scopes(normalize_label(bracket), self.report_year):
            return frozenset()
        nouns = {read_unit(quantity.unit_words, quantity.currency) for quantity in find_quantities(bracket)}
        last_of_noun = {item.unit: item for item in sorted(before, key=lambda item: item.char_start)}
        return frozenset(
            noun for noun, item in last_of_noun.items() if noun in nouns and item.reason.startswith(NO_INDICATOR_COUNTS)
        )

    def _withhold_one_of_two_counts(self, first_figure: int, first_review: int) -> None:
        """ "cấp mới Giấy đăng ký cho 2 tổ chức và gia hạn, bổ sung địa bàn cho 5 tổ chức": a clause counting the
        same noun twice, once for what an indicator counts and once for what none does, splits the count in
        kinds; the one it published is a kind, not certain to be the whole."""
        unread = [
            item
            for item in self.result.review[first_review:]
            if item.unit and item.reason.startswith("no indicator counts")
        ]
        text = self.document.text
        for figure in list(self.result.figures[first_figure:]):
            noun = f"{normalize_label(text[figure.char_end : figure.char_end + 30])} "
            for item in unread:
                # (joined by "và", nothing between but words: not "trong tổng số 21 đoàn", "nâng tổng số lên 47")
                between = f" {normalize_label(text[figure.char_end : item.char_start])} "
                if (
                    noun.startswith(f"{item.unit} ")
                    and item.char_start > figure.char_end
                    and " va " in between
                    and not re.search(r"\d", between)
                    and not has_any(between, word_list("two_kinds_not_joined"))
                ):
                    self.result.figures.remove(figure)
                    self.result.review.append(
                        figure.withheld(
                            f"the clause counts '{item.unit}' twice, in two kinds: this one is not the whole"
                        )
                    )
                    break

    def _headline_counts_nothing(self, place: Place, segment) -> bool:
        """Whether the figure right before a labelled bracket ("4.183 người đi làm việc ở nước ngoài theo hợp đồng
        (năm 2019: 11.260 người)") waits because its words stop the indicator it reads like, and is not published
        either: the bracket's values count what it counts, and the same words stop them."""
        before = [q for q in find_quantities(place.clause.text[: segment.start]) if not q.range_end]
        if not before:
            return False
        start = place.clause.start + before[-1].start
        if any(figure.block is place.block and figure.char_start == start for figure in self.result.figures):
            return False
        reviewed = [item for item in self.result.review if item.block is place.block and item.char_start == start]
        return any(item.reason.startswith(READS_LIKE) for item in reviewed)

    def _figures_in(self, place: Place, text: str, offset: int, headline: set[str] | None) -> set[str]:
        """Publish or review every figure of ``text`` (the clause, or a sub-count at ``offset`` in
        it); returns the indicators published. Under a headline, a sub-count of the same
        indicator is reviewed, a breakdown into other indicators is published."""
        published: set[str] = set()
        # A sub-count reads its clause whole: "chấp thuận ... 62 dự án, trong đó 61 dự án trong nước".
        # (and, when its headline is in a clause before it, the sentence up to it: "… chấp thuận chủ trương đầu
        # tư 85 dự án; trong số này có 80 dự án trong nước")
        clause_norm = (
            normalize_label(text) if headline is None else f"{place.before} {normalize_label(place.clause.text)}"
        )
        if headline is None and sentence_label(text) and not is_field_line(text):
            # "Về quản lý xuất nhập cảnh tại cửa khẩu, cảng biển: Cửa khẩu Cầu Treo … 402.118 lượt người": the
            # label is the topic (read as one), the words after it are the clause's own
            clause_norm = normalize_label(text.split(":", 1)[1])
        sentence_norm = normalize_label(place.masked_sentence)
        quantities, undecided = self._with_series_units(place, text, find_quantities(text))
        for quantity in undecided:
            written = self._written(quantity, place.sentence, place.clause.start + offset, place.block)
            self._review(
                "a labelled value breaking down one of the figures before it, whose sum matches none of them",
                [],
                written,
                quantity,
            )
        groups = figure_groups(text, quantities, place.topics[0])
        if headline is None:
            _neutralise_label(text, groups)
        carried: tuple = (None, None)
        group_review = len(self.result.review)
        published_at_start = len(self.result.figures)
        for index, group in enumerate(groups):
            previous_published = len(self.result.figures) > published_at_start
            published_at_start = len(self.result.figures)
            if group.borrows_its_lead and not previous_published:
                # "Năm 2025, kế hoạch đề ra 60 đoàn ra, 45 đoàn vào", "riêng Sở … chủ trì 20 đoàn ra, 15 đoàn vào": an
                # item of a list whose lead it shares waits as the item before it does
                for quantity, unit in zip(group.members, group.units):
                    written = self._written(quantity, place.sentence, place.clause.start + offset, place.block)
                    reason = "an item of a list whose item before, with the same lead, waits"
                    self._review(reason, [], written, quantity, unit=unit)
                continue
            lead_start = groups[index - 1].members[-1].end if index else 0
            # (why the figure before waits, when it is somebody else's)
            others = [item for item in self.result.review[group_review:] if item.reason.startswith(_SOMEBODY_ELSES)]
            group_review = len(self.result.review)
            set_apart_before = index and _SET_APART_PART.search(groups[index - 1].lead)
            if index and (others or set_apart_before) and _companion(text, groups[index - 1], group):
                # "riêng huyện Cẩm Xuyên 5 dự án với 300.000 USD": what goes with somebody else's figure is theirs too
                # (and with a part set apart, whatever its count was read as: "riêng Quỹ Nhi đồng Úc tài trợ 02 dự án
                # có giá trị 430.000 USD")
                for quantity, unit in zip(group.members, group.units):
                    written = self._written(quantity, place.sentence, place.clause.start + offset, place.block)
                    self._review(
                        "the companion ('với …') of a figure that waits for review", [], written, quantity, unit=unit
                    )
                continue
            label_words = period_label_text(text, group.members[0].start)
            label = period_label(label_words, self.report_year) if label_words else None
            if (
                label is None
                and not label_words
                and index
                and _label_carried(text, groups[index - 1], group, self.report_year)
            ):
                label, label_words = carried
            sentence_before = place.sentence.text[: place.clause.start - place.sentence.start + offset]
            if label is None and label_words:
                before_label = sentence_before + text[: text.rfind(label_words, 0, group.members[0].start)]
                label = the_period_before(label_words, self.period_code) if self._of_the_report(before_label) else None
            carried = (label, label_words)
            unknown_label = (
                label is None and bool(label_words) and bool(_PERIOD_LABEL_WORD.search(normalize_label(label_words)))
            )
            # "năm 2024 là 31 vụ việc (6 tháng cuối năm: 17 vụ việc)": a label with no year, after another year
            named_years = set(_YEAR_WRITTEN.findall(sentence_before + text[: group.members[0].start]))
            other_year = (
                label is not None
                and not _YEAR_WRITTEN.search(label_words or "")
                and bool(named_years)
                and named_years != {str(self.report_year)}
            )
            owners_group = None  # (the part a member before named: its companions after it are that part's too)
            for quantity, unit in zip(group.members, group.units):
                position = offset + quantity.start
                written = self._written(quantity, place.sentence, place.clause.start + offset, place.block)
                if owners_group is not None:
                    # "03 đoàn của Bộ Chỉ huy Quân sự tỉnh Bolikhămxay với 41 lượt": the part's people too
                    reason = f"the companion ('với …') of a figure of a part ('{owners_group}')"
                    self._review(reason, [], written, quantity, unit=unit)
                    continue
                at = place.clause.start - place.sentence.start + position
                superseded = superseded_cue(place.sentence.text[:at], place.sentence.text[at:])
                earlier = None if superseded else _corrected_after_a_period(place.sentence.text[:at], self.report_year)
                if earlier is not None and (self.period_code is None or earlier.code != self.period_code):
                    # ("Số liệu tháng 02/2022 tại Văn bản số 205 … là 45 lượt tàu; nay Đồn điều chỉnh thành 47 lượt
                    # tàu" in a letter on quarter I: the corrected value is of the period named before it, which its own
                    # clause does not say)
                    reason = (
                        f"period not certain: a corrected value of '{earlier.evidence}', named earlier in the sentence"
                    )
                    self._review(reason, [], written, quantity, unit=unit)
                    continue
                if superseded:
                    # "- Đã ghi: "đoàn ra có 49 đoàn …"" in a letter correcting a report: the old value, replaced.
                    reason = f"a value the text corrects ('{superseded}'), replaced by the corrected one"
                    self._review(reason, [], written, quantity, unit=unit, set_aside=True)
                    continue
                whole_words = normalize_label(place.clause.text[position:])
                province_whole = has_any(whole_words, ("toan tinh",)) and not has_any(whole_words, _WIDER_WHOLE)
                if _WHOLE_OF_ANOTHER.search(normalize_label(place.clause.text[:position])) and not province_whole:
                    # "… có khoảng 72.000 người, trong tổng số khoảng 6 triệu người Việt Nam ở nước ngoài": the whole
                    # the figure before is counted in, maybe somebody else's (not "trong tổng số 21 đoàn ra của toàn
                    # tỉnh", the province's own, of which a partner's share was given)
                    reason = "the whole another figure is counted in ('trong tổng số …'), not a figure of its own"
                    self._review(reason, [], written, quantity, unit=unit)
                    continue
                words_after = normalize_label(place.clause.text[position + len(quantity.as_written) :])
                if owner := (
                    _A_LOWER_LEVELS_AFTER.match(words_after)
                    or _THE_PARTNERS_OWN_AFTER.match(words_after)
                    or _a_named_places_delegations(place.clause.text[position + len(quantity.as_written) :])
                ):
                    owners_group = owner.group("owner")
                    # "05 vụ việc lãnh sự, bảo hộ công dân của huyện gồm …": the district's count; "09 đoàn của các tỉnh
                    # bạn đến thăm …": the partner provinces' delegations, a part (not "…, chủ yếu là các đoàn của các
                    # tỉnh Lào", the whole's make-up)
                    reason = f"a figure of a part ('{owner.group('owner')}'), not of the province's whole"
                    self._review(reason, [], written, quantity, unit=unit)
                    continue
                own_after = normalize_label(group.own_after_written)
                if running := phrase_of_list(own_after, "running_total_words"):
                    # "Tháng 9: 03 đoàn ra, 15 đoàn lũy kế": a running total its own words name right after it, of a
                    # span they do not give
                    reason = f"period not certain: a running total ('{running}') named right after it"
                    self._review(reason, [], written, quantity, unit=unit)
                    continue
                if _ends_with_one_of(group.lead, "target_verbs"):
                    # "Năm 2024, UBND tỉnh đề ra 60 đoàn ra": a target set right before the count
                    self._review("a plan, target or proposal, not a result", [], written, quantity, unit=unit)
                    continue
                if served := _served_by_a_service(group.lead, clause_norm):
                    # "Tổ Biên phiên dịch … phiên dịch 500 giờ, phục vụ 31 đoàn vào": those a service served, not the
                    # guests the province received (nor the delegations it sent)
                    reason = f"what a service served ('{served}'), not the province's own count"
                    self._review(reason, [], written, quantity, unit=unit)
                    continue
                sentence_before = place.sentence.text[: place.clause.start - place.sentence.start + position]
                if quantity.is_money and (
                    project := _one_named_project(place.clause.text[:position])
                    or _one_project_in_its_bracket(sentence_before)
                ):
                    # "Trong quý, tiếp nhận dự án "Nước sạch …" của tổ chức Plan International … với giá trị 215.000
                    # USD": one project's value, a part of the period's aid (not "03 dự án … tổng giá trị …")
                    reason = f"the value of one named project ('{project}'), a part of the period's whole"
                    self._review(reason, [], written, quantity, unit=unit)
                    continue
                if _A_WHOLE_AFTER.search(words_after):
                    # "cấp mới 12 hồ sơ hộ chiếu ngoại giao, trong tổng số 40 hồ sơ …": a part of the whole after it
                    reason = "a part of the whole named after it ('trong tổng số …'), not a total"
                    self._review(reason, [], written, quantity, unit=unit)
                    continue
                reason = (
                    other_subject(place.clause.text, position)
                    or lead_in_subject(place.clause.text[:position])
                    or opened_by_the_other_side(place.sentence.text[: place.clause.start - place.sentence.start])
                    or subject_of_the_first_clause(
                        place.sentence.text[: place.clause.start - place.sentence.start], place.clause.text
                    )
                )
                if reason is None and place.sentence.start > place.block.start and place.block.kind == "paragraph":
                    reason = item_label_subject(place.block.text, place.clause.text, position)
                if reason and not counts_time(quantity):
                    # "cả nước đã bảo hộ 2.300 công dân": somebody else's number, and of nothing an
                    # indicator counts
                    self._review(
                        reason, [], written, quantity, unit=unit, set_aside=unit is None and not quantity.is_money
                    )
                    continue
                before = f"{place.before} {normalize_label(place.clause.text[: offset + lead_start])}"
                near, topics = self._words_of(
                    group, unit, place.topics, before, label_words, clause_norm, sentence_norm
                )
                not_a_level = _not_a_level(group, quantity) or self._unpaired(text, quantity, unit, group)
                if not_a_level and not_a_level.startswith(COUNTED_WITHIN) and self._a_part_by_definition(unit, group):
                    not_a_level = None
                if not_a_level == SET_APART_REASON and self._own_indicator(place, unit, group):
                    # "riêng cơ quan đại diện ngoại giao, tổ chức quốc tế: 17 đoàn": the part is an
                    # indicator of its own, named by its own words.
                    not_a_level = None
                if not not_a_level and _ONE_FIELD_SET_APART.match(normalize_label(place.sentence.text)):
                    # ("Riêng trong lĩnh vực biên giới, cửa khẩu, … đón tiếp 06 đoàn … và cử 04 đoàn sang Lào": every
                    # figure of the sentence is that field's part, whatever it counts)
                    not_a_level = SET_APART_REASON
                if not_a_level:
                    matched, _ = self._rules_in_context(unit, near, topics, clause_norm, sentence_norm)
                    if place.plan_clause and place.in_plan_section:
                        # (under "II. TỒN TẠI, HẠN CHẾ", the heading gives the reason, and the figure is set apart)
                        self._plan(place, [r.indicator for r in matched], written, quantity, unit)
                    else:
                        self._review(not_a_level, [r.indicator for r in matched], written, quantity, unit=unit)
                    continue
                # "151 hài cốt, trong đó năm 2023 là 33 hài cốt": the same count for a period within the
                # headline's; not "trong đó năm 2023 có 3 đoàn cấp tỉnh", a kind of it.
                # ("46 đoàn ra với 271 lượt …, riêng quý III có 13 đoàn với 71 lượt": the same, after 'riêng')
                # ("…; con số này của năm 2022 là 30 đoàn": the same count, named by "this figure")
                own_period = headline is None and (
                    has_phrase(group.lead, "rieng") or has_any(group.lead, word_list("anaphora_words"))
                )
                if headline is not None and unit in place.waiting_units and not self._part_by_definition(unit, group):
                    self._review(
                        "a part ('trong đó') of a figure that waits for review", [], written, quantity, unit=unit
                    )
                    continue
                part_of = {code for _, code in place.resolved} if own_period else headline
                part = self._period_part(place, part_of, text, quantity, unit, group, label)
                if part is not None:
                    rule, part_label = part
                    headline_period = place.periods.get(rule.indicator)
                    if self._emit(rule, quantity, position, group, place, written, part_label):
                        published.add(rule.indicator)
                    # A comparison in the clause ("cùng kỳ năm 2022: 36 đoàn") is with the headline's period.
                    place.periods[rule.indicator] = headline_period
                    place.parted.setdefault(rule.indicator, position)
                    continue
                parts_of = self._part_of_headline(headline, quantity, unit, near, topics, clause_norm, sentence_norm)
                if parts_of:
                    self._review(
                        f"a sub-count ('trong đó') of the {parts_of[0]} figure before it",
                        parts_of,
                        written,
                        quantity,
                        unit=self.indicators[parts_of[0]].unit,
                    )
                    continue
                rule = self._choose_rule(
                    quantity, unit, near, topics, clause_norm, sentence_norm, place.resolved, written, group.after
                )
                if rule is None:
                    continue
                if excluded := self._excluded_by_the_composition(rule, group.composition):
                    self._review_for_rule(
                        f"most of what it counts are '{excluded}', which {rule.indicator} does not count",
                        rule,
                        written,
                        quantity,
                    )
                    continue
                # (in its own clause, or in the words before when what it counts is borrowed from them)
                # (not the names listed in a bracket of an earlier clause: "02 thỏa thuận (Biên bản … giữa tỉnh Hà Tĩnh
                # và tỉnh Luang Prabang; …), cả năm 05 thỏa thuận": what that clause's figure was made of)
                bilateral = _BILATERAL.search(_without_brackets_after_a_figure(place.clause.text[:position])) or (
                    _BILATERAL.search(
                        _without_brackets_after_a_figure(
                            place.masked_sentence[: place.clause.start - place.sentence.start]
                        )
                    )
                    if not self._rules_of_own_words(unit, group)[0]
                    else None
                )
                if bilateral:
                    # "kim ngạch xuất nhập khẩu giữa Hà Tĩnh và Nhật Bản đạt 286 triệu USD; 6 tháng đầu năm 2026 đạt
                    # khoảng 137 triệu USD": what it counts is the province's trade with one partner.
                    self._review_for_rule(
                        f"what it counts is named before it as the province's with one partner ('{bilateral.group()}')",
                        rule,
                        written,
                        quantity,
                    )
                    continue
                if unknown_label or other_year:
                    # "(tháng trước: 03 đoàn)": a period label the extractor does not understand.
                    self._review_for_rule(
                        f"period not certain: the label '{label_words}' names a period the extractor "
                        "does not understand"
                        if unknown_label
                        else f"period not certain: the label '{label_words}' names no year, and the sentence "
                        f"names {', '.join(sorted(named_years))} before it",
                        rule,
                        written,
                        quantity,
                    )
                    continue
                if quantity.range_end is not None:
                    self._review_for_rule(
                        f"a range ('{quantity.as_written}'), not one figure",
                        rule,
                        written,
                        quantity,
                    )
                    continue
                # A "trong đó" with no headline in its clause counts part of a figure written before it; one
                # under a part's headline read as that part's whole is a part of the part.
                wholes = {whole for part, whole in wholes_of_parts().items() if part in (headline or ())}
                if headline is not None and (rule.indicator in headline or not headline or rule.indicator in wholes):
                    self._review_for_rule(
                        f"a sub-count ('trong đó') of the {rule.indicator} figure before it",
                        rule,
                        written,
                        quantity,
                    )
                    continue
                parts = wholes_of_parts()
                # (not "3 đoàn khách quốc tế gồm 25 người": what the whole is made of, not a part of it; nor past a
                # comma that may open a clause of its own: "…, trong đó có 2 hội nghị trực tuyến, đón 40 đoàn vào")
                opening = _PART_OPENING.match(text)
                among = opening is not None and not _CLAUSE_COMMA.search(text[opening.end() : quantity.start])
                if among and headline and rule.indicator not in parts and rule.follows not in parts:
                    # "237 đoàn ra …; trong đó các đoàn trao đổi với các tỉnh Lào là 102 đoàn ra và 90 đoàn vào": a
                    # part of the sentence's whole counting another indicator is that indicator's part too, unless
                    # the indicator is itself a part ("trong đó 11 đoàn của cơ quan đại diện …")
                    self._review_for_rule(
                        f"inside a part ('trong đó') of the sentence's {', '.join(sorted(headline))} figure: "
                        f"a part of {rule.indicator}, not its whole",
                        rule,
                        written,
                        quantity,
                    )
                    continue
                if self._emit(rule, quantity, position, group, place, written, label):
                    published.add(rule.indicator)
        return published

    def _excluded_by_the_composition(self, rule, composition: str) -> str | None:
        """A word of the rule's exclusions in what most of the counted guests or delegations were, unless those words
        name a part of the rule's indicator (", phần lớn là đoàn của các Đại sứ quán" under a count of inbound
        delegations). (Not of cases: ", chủ yếu là công dân … vi phạm pháp luật" says whom the consular work helped.)"""
        if not composition or rule.indicator not in word_list("topic_reports.delegation_indicators"):
            return None
        parts = parts_of(rule.indicator)
        if any(
            other.indicator in parts and all(has_any(composition, group) for group in other.near)
            for other in self.rules
        ):
            return None
        return next((phrase for phrase in rule.not_near if has_phrase(composition, phrase)), None)

    def _with_series_units(
        self, place: Place, text: str, quantities: list[Quantity]
    ) -> tuple[list[Quantity], list[Quantity]]:
        """ "năm 2021 tổ chức 04 hội nghị, hội thảo quốc tế; năm 2022: 13; năm 2023: 14": a bare number after a
        period label goes on counting the noun of the sentence's figure before it. The quantities so read, and those
        left undecided (taken out)."""
        if not place.resolved:
            return quantities, []
        noun = place.resolved[-1][0].unit_words
        units = {read_unit(quantity.unit_words, quantity.currency) for quantity, _ in place.resolved}
        series = self._labelled_series(place, text) if len(units) > 1 else None
        if series is not None:
            # ("09 đoàn với 112 lượt khách (tháng 1: 03; tháng 2: 04; tháng 3: 02)": which of the figures the labelled
            # values in a bracket break down, only their sum tells, and only a figure whose period holds theirs; they
            # wait when no one noun is left: "(năm 2017: 70; năm 2018: 80)" after a count of 2019 compares)
            total, periods = series
            nouns = {
                quantity.unit_words
                for quantity, code in place.resolved
                if quantity.value == total and _holds_all(place.periods.get(code) or self.period_code, periods)
            }
            if len(nouns) != 1:
                labelled = [quantity for quantity in quantities if self._labelled_bare(text, quantity)]
                return [quantity for quantity in quantities if quantity not in labelled], labelled
            noun = nouns.pop()
        return [
            dataclasses.replace(quantity, unit_words=noun) if self._labelled_bare(text, quantity) else quantity
            for quantity in quantities
        ], []

    def _labelled_bare(self, text: str, quantity: Quantity) -> bool:
        """A number with no noun of its own right after a period's label ("tháng 2: 04")."""
        return (
            not quantity.unit_words
            and not quantity.currency
            and bool(label := period_label_text(text, quantity.start))
            and period_label(label, self.report_year) is not None
        )

    def _labelled_series(self, place: Place, text: str) -> tuple[Decimal, list[str | None]] | None:
        """The sum of the labelled values of the bracket being read (or around the clause), and their periods; None
        outside a bracket or for one value ("(năm 2016: 05)" compares rather than breaks down)."""
        if text.lstrip().startswith("("):
            bracket = text
        else:
            sentence = place.sentence.text
            at = place.clause.start - place.sentence.start
            opened, closed = sentence.rfind("(", 0, at + len(text)), sentence.find(")", at)
            if opened < 0 or closed < 0 or sentence.find(")", opened) < at:
                return None
            bracket = sentence[opened + 1 : closed]
        labelled = [quantity for quantity in find_quantities(bracket) if self._labelled_bare(bracket, quantity)]
        if len(labelled) < 2:
            return None
        periods = []
        for quantity in labelled:
            label = period_label(period_label_text(bracket, quantity.start), self.report_year)
            periods.append(label.code if label is not None and is_period_code(label.code) else None)
        return sum(quantity.value for quantity in labelled), periods

    def _period_of_its_bracket(self, place: Place, segment: Segment, quantity: Quantity) -> str:
        """The words of a period, or of an estimate, that the bracket holding a compared figure names besides the period
        its comparison names ("(06 vụ việc trong quý III/2022)", "(ước cả năm 2023 là 75 đoàn)"), or ""."""
        at = segment.start + quantity.start
        opened, closed = place.clause.text.rfind("(", 0, at), place.clause.text.find(")", at)
        if opened < 0 or closed < 0:
            return ""
        bracket = normalize_label(place.clause.text[opened + 1 : closed])
        if has_any(bracket, ("uoc", "du kien")):
            return "uoc"
        named = normalize_label(segment.named_period)
        own = [scope.evidence for _, scope in find_scopes(bracket, self.report_year) if scope.evidence not in named]
        return own[0] if own else ""

    @staticmethod
    def _figure_right_before(place: Place, segment: Segment) -> tuple[Quantity, str] | None:
        """The figure of the clause right before a bracket, with only its noun between (and its indicator), or None."""
        before = [q for q in find_quantities(place.clause.text[: segment.start]) if not counts_time(q)]
        # (not an amount: "1,2 triệu USD (cùng kỳ: 0,9)" leaves the scale unsaid)
        if not before or not before[-1].unit_words or before[-1].currency:
            return None
        between = place.clause.text[before[-1].end : segment.start]
        if re.search(r"\d|[;:]", between) or len(between.split()) > 8:
            return None
        last = before[-1]
        codes = [code for q, code in place.resolved if q.value == last.value and q.as_written == last.as_written]
        return (last, codes[-1]) if len(set(codes)) == 1 else None

    def _comparison(self, place: Place, quantity: Quantity, segment: Segment) -> None:
        """ "(cùng kỳ năm 2022: 15 đoàn/52 lượt)": the indicator of the figure it compares with,
        the same period a year earlier."""
        written = self._written(quantity, place.sentence, place.clause.start + segment.start, place.block)
        unit = read_unit(quantity.unit_words, quantity.currency)
        inside_before = normalize_label(place.clause.text[segment.start : segment.start + quantity.start])
        if segment.named_period and (own := self._period_of_its_bracket(place, segment, quantity)):
            # ("so với 9 tháng năm 2022 (06 vụ việc trong quý III/2022)": the bracket's own period, not the compared)
            self._review(f"the comparison's bracket names a period of its own ('{own}')", [], written, quantity)
            return
        if part := _BRACKET_OF_A_PART.match(inside_before):
            # "… tăng 12% so với cùng kỳ (trong đó xuất khẩu 0,92 tỷ USD)": a part of the figure before, in the bracket
            # after the comparison, not the level compared with
            self._review(f"a part ('{part.group().strip()}') in the bracket after a comparison", [], written, quantity)
            return
        if change := _CHANGE_BEFORE.search(inside_before):
            # "… so với cùng kỳ năm 2024 (tăng 14.842 lượt người)": by how much, not the earlier period's level
            self._review(
                f"a change against the period compared with ('{change.group().strip()}'), not a level",
                [],
                written,
                quantity,
                unit=unit,
            )
            return
        counted_before = [q for q in find_quantities(place.clause.text[: segment.start]) if q.unit_words]
        if counted_before and quantity.unit_words:
            # "28.191 lượt phương tiện (cùng kỳ 2025: 25.870 lượt, …)": the noun of the figure it follows, maybe
            # shortened; "lượt" alone would read as persons.
            unit_before = read_unit(counted_before[-1].unit_words, counted_before[-1].currency)
            counting = {rule.indicator for rule in self.rules if unit in rule.units}
            counting_before = {rule.indicator for rule in self.rules if unit_before in rule.units}
            shortened = bool(unit and unit_before and unit_before.startswith(f"{unit} "))
            if shortened and counting_before and not counting & counting_before:
                self._review(
                    f"a comparison whose noun ('{unit}') may be the shortened one of the figure before it",
                    [],
                    written,
                    quantity,
                    unit=unit,
                )
                return
        candidates = {
            code for _, code in place.resolved if unit in next(r for r in self.rules if r.indicator == code).units
        }
        if unit is None and not quantity.unit_words and (follows := self._figure_right_before(place, segment)):
            # ("32 vụ việc lãnh sự, bảo hộ công dân (cùng kỳ: 27)": a bare number compares the figure right before
            # the bracket, its noun between them)
            candidates, unit = {follows[1]}, read_unit(follows[0].unit_words, follows[0].currency)
        if not candidates and unit and segment.named_period and not find_quantities(place.clause.text[: segment.start]):
            # "So với tháng 02/2025 (đón 05 đoàn/31 lượt khách), số đoàn vào giảm 01 đoàn": a comparison
            # naming its period, written before any figure, is of what its clause counts, when that is one
            # indicator ("cùng kỳ" is dated by the figure it follows, so it needs that figure).
            whole = normalize_label(place.clause.text)
            candidates = {rule.indicator for rule in self._matching_rules(unit, whole, whole, whole)[0]}
            if not candidates:
                # (in a report on NGO aid, "So với năm 2022 (13 chương trình, dự án; …)": the title and the
                # headings above say whose projects)
                outer = f"{self._outer_headings()} {whole}"
                candidates = {rule.indicator for rule in self._matching_rules(unit, whole, whole, outer)[0]}
        # "(cùng kỳ năm 2024: 29 đoàn ra, 35 đoàn vào)", "(cùng kỳ năm 2022: 09 đoàn ra/52 lượt; 07 đoàn vào/118 lượt
        # khách)": the figure's own words choose, up to the comma or semicolon around it.
        text = re.sub(r"[;]", ",", place.clause.text[segment.start : segment.end])
        own = normalize_label(
            text[text.rfind(",", 0, quantity.start) + 1 : (text.find(",", quantity.end) + 1 or len(text) + 1) - 1]
        )
        own_pick = candidates & {rule.indicator for rule in self._matching_rules(unit, own, own, own)[0]}
        if len(candidates) > 1:
            candidates = own_pick
        elif len(own_pick) != 1:
            lead_text = place.clause.text[: segment.start]
            compared = _WHAT_IS_COMPARED.search(
                normalize_label(lead_text[max(lead_text.rfind(","), lead_text.rfind(";")) + 1 :])
            )
            lead = compared.group("what") if compared else ""
            named_before = {r.indicator for r in self._matching_rules(unit, lead, lead, lead)[0]} if lead else set()
            if candidates and named_before and candidates - named_before:
                # ("…; đón 61 đoàn vào, tăng 60,5% số đoàn vào so với năm 2015 (38 đoàn)" after outbound figures: the
                # words right before the comparison name another indicator than the figures before it; it waits)
                candidates = set()
        if len(candidates) != 1:
            self._review(
                "a comparison figure whose indicator is not certain", sorted(candidates), written, quantity, unit=unit
            )
            return
        (code,) = candidates
        indicator = self.indicators[code]
        try:
            if segment.named_period:
                named = period_label(segment.named_period, self.report_year)
                if named is None:
                    raise ScopeError(f"'{segment.named_period}' is not a period the extractor understands")
                period, evidence = self._resolve(named, labelled=True)[0], f"'so với {segment.named_period}'"
            else:
                # "lũy kế 6 tháng: 26 đoàn (cùng kỳ năm 2024: 22 đoàn)": a year before the figure it
                # follows.
                if place.parted.get(code, len(place.clause.text)) < segment.start:
                    # "…; trong đó, quý IV tổ chức 5 hội nghị (cùng kỳ năm 2025: 4 hội nghị)": of the part's period
                    # or the whole's, not certain.
                    raise ScopeError("'cùng kỳ' after a part of its own period may be the part's or the whole's")
                # (the period of the figure of that indicator right before it in the sentence: "11 hội nghị (cùng kỳ
                # năm 2024: 07 …), trong đó … quý II có 07" compares the 11, read before the quarter's 07)
                where = place.clause.start - place.sentence.start + segment.start
                # (not one inside brackets closed before it: "12 hài cốt (Quý I: 7 …; Quý II: 5 …), tăng 4 hài cốt so
                # với cùng kỳ năm 2022 (8 hài cốt)" compares the 12)
                depth = _bracket_depth(place.sentence.text, where)
                before = [
                    (at, period)
                    for at, indicator, period in place.emitted
                    if indicator == code and at < where and _bracket_depth(place.sentence.text, at) <= depth
                ]
                compared = before[-1][1] if before else place.periods.get(code, self.period_code)
                since = before[-1][0] if before else place.clause.start - place.sentence.start
                if self._another_period_between(place.sentence.text[since:where], compared):
                    # ("Quý II, … 04 hội thảo; lũy kế 6 tháng 07 hội nghị (cùng kỳ 2017: 05 …)": with the figure
                    # right before, of its own period, or with the quarter's read before it; not certain which)
                    raise ScopeError("'cùng kỳ' after another period named since the figure it may compare")
                if segment.keyed and compared != self.period_code:
                    # ("Riêng tháng 12/2016, đón 09 đoàn (06 đoàn)" under a note on the year's brackets: the note dates
                    # the report's period's values only)
                    raise ScopeError(f"the note on the report's brackets dates values of {self.period_code} only")
                period = same_period_a_year_earlier(compared, segment.named_year)
                evidence = (
                    "a bracket the report's opening note dates a year earlier"
                    if segment.keyed
                    else "'cùng kỳ': the same period a year earlier"
                )
        except ScopeError as error:
            self._review(f"period not certain: {error}", [code], written, quantity, unit=indicator.unit)
            return
        if place.is_plan(segment.start):
            self._plan(place, [code], written, quantity, indicator.unit)
            return
        self._publish(code, quantity, period, evidence, written)

    def _of_the_report(self, words: str) -> bool:
        """Whether the words before a "tháng trước" label speak of the report's own period only: no other period, no
        running total ("Lũy kế 11 tháng: 58 đoàn (tháng trước: 52 đoàn)" compares two totals, not two months)."""
        normalised = normalize_label(words)
        if CUMULATIVE.search(normalised) or has_any(normalised, word_list("running_total_words")):
            return False
        return all(
            scope.kind == "this_period" or self._resolved(scope) == self.period_code
            for _, scope in find_scopes(normalised, self.report_year)
        )

    def _emit(
        self,
        rule,
        quantity: Quantity,
        position: int,
        group: FigureGroup,
        place: Place,
        written: dict,
        label: Scope | None = None,
    ) -> bool:
        indicator = self.indicators[rule.indicator]
        candidates = [rule.indicator]
        if group.is_change:
            self._review(
                "a change against an earlier period, not a level", candidates, written, quantity, unit=indicator.unit
            )
            return False
        if place.is_plan(position):
            self._plan(place, candidates, written, quantity, indicator.unit)
            return False
        if indicator.unit not in ("USD", "VND") and not quantity.is_whole:
            self._review(
                f"{indicator.unit} counts are whole numbers", candidates, written, quantity, unit=indicator.unit
            )
            return False
        prefix = normalize_label(place.clause.text[:position])
        # "Lũy kế 9 tháng: 41 đoàn" names its period; "…, đều trong quý III, nâng tổng số thỏa thuận
        # còn hiệu lực lên 37": the running total's words come after the period's.
        named = find_scopes(prefix, self.report_year)
        since_period = prefix[named[-1][0] + len(named[-1][1].evidence) :] if named else prefix
        if indicator.kind == "flow" and label is None and CUMULATIVE.search(since_period):
            self._review(
                "a running total since an unknown start, not a flow of the period",
                candidates,
                written,
                quantity,
                unit=indicator.unit,
            )
            return False
        if indicator.kind == "flow" and label is None and _STILL_LEFT.search(prefix):
            # "hiện còn 14 hài cốt … đang lưu giữ tại tỉnh bạn chờ đưa về nước": what is still left to do, not done
            self._review(
                "what is still left ('còn'), not a result of the period",
                candidates,
                written,
                quantity,
                unit=indicator.unit,
            )
            return False
        try:
            period, evidence, estimate = self._period_for(place, position, label, stock=indicator.kind == "stock")
        except ScopeError as error:
            self._review(f"period not certain: {error}", candidates, written, quantity, unit=indicator.unit)
            return False
        estimated = (
            estimate
            or group.estimated
            or _estimated_in_note(place, period)
            or self._a_part_of_an_estimate_before(place, rule.indicator, period)
        )
        if estimated and _OFFICIAL_IN_ITS_CLAUSE.search(normalize_label(place.clause.text[:position])):
            # ("Số ước cả năm tại Báo cáo số 1650/BC-SNgV là 43 vụ việc; số chính thức là 45 vụ việc": its own clause
            # says the value is the official one)
            estimated = False
        value_end = position + len(quantity.as_written)
        marker = _MARKER_AFTER.match(place.clause.text, value_end)
        if marker and marker.group(1).startswith("*") and "*" in place.clause.text[:value_end]:
            marker = None  # (not "**25**", Markdown's bold)
        marker = marker or _MARKER_AFTER_ITS_NOUN.match(place.clause.text, value_end)
        marks = [marker.group(1)] if marker else []
        for mark in [*marks, *superscript_marks(place)]:
            # "Giá trị cam kết viện trợ PCPNN: 480.000 USD (*)", "- 6 tháng cuối năm ⁽¹⁾: 6,7 tỷ đồng": the mark's
            # note says what the value is
            readings = self._marker_readings(mark)
            if readings == {True}:
                estimated = True
            elif not readings or len(readings) > 1:
                reason = f"a note mark ('{mark}') in its clause, and no one note saying what it means"
                self._review(reason, candidates, written, quantity, unit=indicator.unit)
                return False
            if doubt := phrase_of_list(normalize_label(self._marker_notes(mark)), "marked_note_doubts"):
                # ("phiên dịch: 44 giờ (*)" over "(*) Số giờ … chưa được … xác nhận đầy đủ, có thể còn thay đổi")
                reason = f"a note mark ('{mark}') whose note doubts the value ('{doubt}')"
                self._review(reason, candidates, written, quantity, unit=indicator.unit)
                return False
        if (
            not estimated
            and quantity.qualifier == "exact"
            and group.first_qualifier == "approx"
            and _SLASHED_AFTER.fullmatch(place.clause.text, position - quantity.start + group.members[0].end, position)
        ):
            # ("ước 16 đoàn/118 lượt khách", "khoảng 4 đoàn/17 lượt": one pair, the slash joining it, one qualifier)
            estimated = True
        if (
            not estimated
            and quantity.qualifier == "exact"
            and group.first_qualifier != "exact"
            and quantity is not group.members[0]
        ):
            self._review(
                f"the qualifier ('{group.first_qualifier}') of the figure before it in the phrase may or may not "
                "cover this one",
                candidates,
                written,
                quantity,
                unit=indicator.unit,
            )
            return False
        if not estimated and quantity.qualifier == "exact" and period in place.estimated_periods:
            # "Riêng quý IV/2025 ước có 17 đoàn ra và 13 đoàn vào": the estimate before the first may or may not be
            # said of the second
            self._review(
                f"an estimate of {period} named before an earlier figure of the clause may or may not cover this one",
                candidates,
                written,
                quantity,
                unit=indicator.unit,
            )
            return False
        if so_far := self._count_so_far(
            rule.indicator, quantity, period, estimated, written
        ) or self._cut_off_before_its_end(place, position, period, rule.indicator, estimated):
            # "trong nhiệm kỳ đã cử 41 đoàn" under "NHIỆM KỲ 2020 - 2025" in a report dated 12/5/2025: not yet a
            # headline others compare with or break down.
            self._review(so_far, candidates, written, quantity, unit=indicator.unit)
            return False
        if so_far := self._estimated_after_its_cut_off(place, position, period, estimated, written):
            self._review(so_far, candidates, written, quantity, unit=indicator.unit)
            place.resolved.append((quantity, rule.indicator))
            place.periods[rule.indicator] = period
            return False
        if self._begins_after_the_report(period):
            # "bố trí kinh phí hỗ trợ các tỉnh bạn năm 2023 khoảng 8 tỷ đồng" in a report on 2022.
            self._review(
                f"{period} begins after the period the report covers ({self.period_code}): a plan, not a result",
                candidates,
                written,
                quantity,
                unit=indicator.unit,
                set_aside=True,
            )
            return False
        if (part := self._report_on_a_part(rule.indicator)) and not self._said_of_the_province(
            place, position, quantity, group
        ):
            # "cử 5 đoàn với 42 lượt cán bộ sang Lào trao đổi nghiệp vụ" in a report on the border work
            self._review(
                f"{part}, not said to be the whole province's", candidates, written, quantity, unit=indicator.unit
            )
            return False
        # (the headings above the figure's line: not its own numbered line, "1. Tỉnh ký kết 01 biên bản … với tỉnh
        # Savannakhet.", which a heading's number opens)
        headings, own = getattr(self, "heading_path", ""), getattr(self, "heading_text", "")
        if own and own in normalize_label(place.block.text):
            headings = headings.rsplit(own, 1)[0]
        partner = _one_partner_heading(headings)
        if partner and rule.indicator not in word_list("one_partner_indicators"):
            # ("III. QUAN HỆ VỚI TỈNH KHĂM MUỒN" over "Năm 2023, tỉnh đón 6 đoàn …": that partner's share)
            reason = f"the share of named partners ('{partner}', named by a heading), a part, not the province's total"
            self._review(reason, candidates, written, quantity, unit=indicator.unit)
            return False
        place.resolved.append((quantity, rule.indicator))
        if label is None or not label.previous:
            # (a value of the month before, "(tháng trước: 07 đoàn; cùng kỳ: 04 đoàn)", leaves the report's figure the
            # one a "cùng kỳ" after it compares with)
            place.periods[rule.indicator] = period
        place.emitted.append((place.clause.start - place.sentence.start + position, rule.indicator, period))
        if estimated:
            place.estimated_periods.add(period)
        self._publish(
            rule.indicator,
            quantity,
            period,
            evidence,
            written,
            estimated=estimated,
        )
        return True

    def _a_part_of_an_estimate_before(self, place: Place, indicator: str, period: str) -> bool:
        """Whether a clause opening with "trong đó" gives a part whose whole, earlier in its sentence, was published as
        an estimate of the same period ("ước 16 đoàn/118 lượt khách …; trong đó 04 đoàn của cơ quan đại diện …": a part
        of an estimate is an estimate)."""
        whole = wholes_of_parts().get(indicator)
        if whole is None or not _PART_OPENING.match(place.clause.text):
            return False
        # (an estimate: not a whole only said to be about so many, "gần 700 lượt khách; trong đó có 11 đoàn với 104
        # lượt khách …", whose parts may be counted exactly)
        return any(
            figure.indicator_code == whole
            and figure.period_code == period
            and figure.qualifier == "approx"
            and not _ROUNDED_WHOLE.match(figure.value_as_written)
            for figure in self.result.figures
            if place.sentence.start <= figure.char_start < place.clause.start
        )

    def _report_on_a_part(self, code: str) -> str | None:
        """Whose part of the province's figure a report on named partners, or on one field of work, counts."""
        if self.partners and code in word_list("partner_reports.general_indicators"):
            return f"a report on the cooperation with {', '.join(self.partners)}: the partners' part"
        if self.topic and code in word_list("topic_reports.delegation_indicators"):
            return f"a report on one field of work ('{self.topic}'): that field's delegations"
        return None

    def _said_of_the_province(self, place: Place, position: int, quantity: Quantity, group: FigureGroup) -> bool:
        """In a report on named partners, whether the figure is said to be the whole province's: by
        its own words, those of its phrase ("Toàn tỉnh có 19 đoàn ra với 104 lượt …"), or the words its
        sentence opens with before any figure ("Toàn tỉnh có 19 đoàn ra …; đón 14 đoàn vào …")."""
        whole = word_list("partner_reports.whole_province")
        first = position - (quantity.start - group.members[0].start)
        sentence = place.sentence.text
        figures = find_quantities(sentence)
        opening = normalize_label(sentence[: figures[0].start]) if figures else ""
        return (
            has_any(_own_words(place.clause.text, position, quantity), whole)
            or has_any(_own_words(place.clause.text, first, group.members[0]), whole)
            or has_any(opening, whole)
            or (bool(_PROVINCE_AS_SUBJECT.search(group.lead)) and not _names_a_partner(group.after))
        )

    def _plan(self, place: Place, candidates, written: dict, quantity: Quantity, unit: str) -> None:
        """A plan is never published. Under a plan section's heading ("II. KẾ HOẠCH NĂM 2027") it
        is set apart, since nobody can accept it as a result; a plan named by a sentence's own
        words ("phấn đấu", "dự kiến") is queued, in case those words were read wrongly."""
        reason = place.clause_reason or (
            place.section_reason
            if place.in_plan_section and place.section_reason
            else "a plan, target or proposal, not a result"
        )
        self._review(reason, candidates, written, quantity, unit=unit, set_aside=place.in_plan_section)


SET_APART_REASON = "a part set apart by 'riêng', not the total"


# "… đoàn của (các tỉnh) Lào", "… lượt khách đến từ Nhật Bản": within the figure's own words, before
# any other figure or clause.
# "giữa Hà Tĩnh và Nhật Bản", "giữa tỉnh với Khăm Muồn": the province's dealings with one partner.
_BRACKETED = re.compile(r"\([^()]*\)")


def _without_brackets_after_a_figure(text: str) -> str:
    """``text`` normalised, without the brackets right after a counted figure in it ("02 thỏa thuận quốc tế trong quý
    IV (Biên bản … giữa …)"): they say what that figure was made of. (Not a bracket after a year or a period, "kim
    ngạch (giữa tỉnh Hà Tĩnh và …)", which says what the next figure counts.)"""
    return normalize_label(
        _BRACKETED.sub(
            lambda bracket: " " if count_right_before(text, bracket.start()) else bracket.group(),
            text,
        )
    )


_BILATERAL = re.compile(
    r"\b(?:giua (?:tinh |tinh ha tinh |ha tinh )(?:va|voi)|giua hai tinh|cua (?:tinh|ha tinh|tinh ha tinh) voi)"
    r" (?:tinh |nuoc |cac tinh )?\w+(?: \w+)?"
)
# ("… của Hàn Quốc", "… đến từ Nhật Bản"; not a counterpart's place: "sang các tỉnh của Lào", "với các đối tác của
# Lào")
_OF_PARTNER = re.compile(
    r"(?<! tinh)(?<! dia phuong)(?<! doi tac)(?<! co quan)(?<! truong) (?:cua|den tu) "
    r"(?:cac |nuoc |tinh |ban |chinh phu |nhan dan ){0,3}(?P<rest>.*)$"
)


# "164 lượt khách Nhật Bản", "19 đoàn với 164 lượt khách Nhật Bản", "12 đoàn Hàn Quốc": guests named by the one
# partner they came from, right after the counted noun. (Not the one delegations went to: "trong tháng có 01 đoàn
# sang tỉnh Bolikhamxay" is often the month's only delegation.)
# ("24 đoàn với 412 lượt khách của các địa phương Lào": the same, named as the partner's localities)
# Bodies of a partner that send missions ("đoàn của Đại sứ quán Nhật Bản", "… Văn phòng UNICEF", "… Tổ chức JICA")
_BODIES = r"dai su quan|tong lanh su quan|lanh su quan|van phong|to chuc|co quan|quy"
_ONE_PARTNERS_MISSION = re.compile(
    r"^(?:doan|phai doan|luot)(?: khach)?(?: voi \S+ luot(?: khach)?)? (?:cua|den tu) "
    r"(?:dai su quan|tong lanh su quan|lanh su quan) (?P<rest>.*)$"
)


@functools.lru_cache(maxsize=1)
def _several_bodies() -> re.Pattern:
    """Another body or partner named right after the first ("… Đại sứ quán Lào, Đại sứ quán Campuchia")."""
    names = "|".join(re.escape(name) for name in sorted(foreign_names(), key=len, reverse=True))
    return re.compile(rf"^ (?:va |cung |voi )?(?:{_BODIES}|{names})\b")


_GUESTS_OF_ONE_PARTNER = re.compile(
    r"^(?:doan|luot)(?: khach| nguoi| can bo| lanh dao)?(?: voi \S+ luot(?: khach| nguoi| can bo)?)? "
    r"(?:(?:cua|den tu) cac dia phuong (?:cua )?)?(?:cac |nuoc |tinh |ban ){0,2}(?P<rest>.*)$"
)


# "07 thỏa thuận hợp tác với các tỉnh của Lào", "7 thỏa thuận với các địa phương, cơ quan của Lào": the
# agreements with one partner's many bodies, a part of the province's international agreements (not "02 biên
# bản hợp tác với tỉnh Khăm Muồn", often all of a month's).
_AGREED_WITH_BODIES_OF_ONE_PARTNER = re.compile(
    r"^(?:thoa thuan|ban ghi nho|bien ban ghi nho|bien ban hop tac)(?: \w+){0,3}? voi cac "
    r"(?:\w+ ){1,4}?(?:cua|ban) (?P<rest>.*)$"
)


# "09 vụ việc liên quan đến công dân Hà Tĩnh tại Lào": the cases of citizens in one partner's land, its share of the
# province's (not "một công dân tử vong tại Hàn Quốc", one case told, nor "chủ yếu tại …").
_CASES_IN_ONE_PARTNER = re.compile(
    r"^(?:vu viec|vu|truong hop)(?: \w+){0,5}? cong dan(?: ha tinh)? (?:tai|o) "
    r"(?:nuoc |cac tinh (?:cua )?)?(?P<rest>.*)$"
)


# "(tăng 14.842 lượt người)", "(giảm 3 đoàn)", "(nhiều hơn 5 đoàn)": the words right before a number (or before its
# "hơn", read as its qualifier) that make it a change.
_CHANGE_BEFORE = re.compile(r"\b(?:tang|giam|nhieu(?: hon)?|it(?: hon)?)(?: (?:them|khoang|gan|tren|hon))?\s*$")


_REASON_OR_NOTE = re.compile(r"\(|\b(?:do|vì|bởi|nhằm|để)\b", re.IGNORECASE)


def _before_the_reason(text: str) -> str:
    """A clause without the reason or note after its last number ("… 980 trang biên dịch do tập trung chuẩn bị văn
    kiện …", "… 21 giờ phiên dịch (chủ yếu là văn kiện chuẩn bị Hội đàm …)"): why the work was done, not a plan."""
    last = max((match.end() for match in re.finditer(r"\d", text)), default=None)
    reason = _REASON_OR_NOTE.search(text, last) if last is not None else None
    return text[: reason.start()] if reason else text


def _one_partner_heading(headings: str) -> str | None:
    """The one foreign province the headings above name ("III. QUAN HỆ VỚI TỈNH KHĂM MUỒN (LÀO)"), or None (none, or
    several: "Hợp tác với các tỉnh Bolikhamxay, Khammuon"). (Not a country: headings naming one, "Hợp tác với Lào", hold
    the province's own totals as often as the partner's share.)"""
    named = [name for name in foreign_partner_names("province") if has_phrase(headings, name)]
    named = [name for name in named if not any(name != other and name in other for other in named)]
    return named[0] if len(named) == 1 else None


def _partners_own(after: str) -> str | None:
    """The foreign partner whose guests (or projects, aid, agreements …) a count counts, written after it
    ("… của Hàn Quốc", "… đến từ Nhật Bản", "… khách Nhật Bản", "thỏa thuận với các tỉnh của Lào"), or None."""
    # (within the counted noun's own phrase: not in a list of who the guests were, "… là lãnh đạo các tỉnh của Lào")
    own_phrase = re.split(r" (?:la|gom|bao gom|nhu) ", f" {after} ", maxsplit=1)[0]
    for match in _OF_PARTNER.finditer(own_phrase):
        rest = f" {match.group('rest')} "
        if name := next((name for name in foreign_names() if rest.startswith(f" {name} ")), None):
            return name
    own_words = re.split(r" (?:trong do|gom|bao gom) ", f" {after} ", maxsplit=1)[0].strip()
    guests = (
        _GUESTS_OF_ONE_PARTNER.match(after)
        or _AGREED_WITH_BODIES_OF_ONE_PARTNER.match(after)
        or _CASES_IN_ONE_PARTNER.match(own_words)
    )
    rest = f" {guests.group('rest')} " if guests else ""
    name = _partner_opening(rest)
    # (several, "đoàn Lào, Thái Lan", "tại Hàn Quốc và Đài Loan", may be all of them)
    following = re.sub(r"^ (?:va|cung|voi) ", " ", rest[len(name) + 1 :]) if name else ""
    if name and not any(following.startswith(f" {other} ") for other in foreign_names()):
        return name
    return None


def _partner_opening(rest: str) -> str | None:
    """The longest foreign partner's name a padded text (" nhat ban … ") opens with, or None."""
    return max((name for name in foreign_names() if rest.startswith(f" {name} ")), key=len, default=None)


def _one_partners_mission(after: str) -> str | None:
    """ "01 đoàn của Đại sứ quán Nhật Bản": the partner whose one embassy or consulate sent the counted mission; not "…
    của Đại sứ quán Lào, Đại sứ quán Campuchia", "… của Đại sứ quán Australia và Văn phòng UNICEF", several bodies."""
    mission = _ONE_PARTNERS_MISSION.match(after)
    if mission is None:
        return None
    rest = f" {mission.group('rest')} "
    name = _partner_opening(rest)
    following = re.sub(r"^ tai \S+(?: \S+)?", " ", rest[len(name) + 1 :]) if name else ""
    return name if name and not _several_bodies().match(following) else None


def _bracket_depth(text: str, position: int) -> int:
    """How many brackets are open at ``position`` of a text."""
    return text.count("(", 0, position) - text.count(")", 0, position)


def neutral_kinds(words: str) -> str:
    """Words naming opposite kinds ("Công tác hợp tác quốc tế, quản lý đoàn ra - đoàn vào") head both:
    their kind words say nothing of one figure, whose own words choose."""
    kinds = [kind for kind in word_list("opposite_kinds") if has_phrase(words or "", kind)]
    if len(kinds) < 2:
        return words
    neutral = f" {words} "
    for kind in kinds:
        neutral = neutral.replace(f" {kind} ", " ")
    return " ".join(neutral.split())


def _neutralise_label(text: str, groups: list[FigureGroup]) -> None:
    """The same for a clause label ("…, quản lý đoàn ra - đoàn vào: … 21 đoàn ra …") read in the figures' words."""
    label = sentence_label(text) or ""
    neutral = neutral_kinds(label)
    if neutral == label:
        return
    for group in groups:
        for name in ("lead", "near", "near_with_previous"):
            setattr(group, name, f" {getattr(group, name)} ".replace(f" {label} ", f" {neutral} ").strip())


# "…, Bolikhămxay cử 15 đoàn sang thăm, làm việc": a foreign partner as the subject of the figure's verb.
_PARTNER_SENDS = re.compile(r"^(?:tinh |nuoc |phia |ban )?(?P<name>.+?) (?:da )?(?:cu|gui|dua) $")


def _names_a_partner(words: str) -> bool:
    """ "… 01 biên bản hợp tác quốc tế với tỉnh Savannakhet": the figure's own words name a foreign partner."""
    padded = f" {words} "
    return any(f" {name} " in padded for name in foreign_names())


def _partner_sending(lead: str) -> str | None:
    """The foreign partner that sent the counted guests, named as the subject right before the verb."""
    match = _PARTNER_SENDS.match(f"{lead} ")
    return match.group("name") if match and match.group("name") in foreign_names() else None


def _one_side_of_trade(lead: str) -> str | None:
    """ "xuất khẩu" or "nhập khẩu" (not "xuất nhập khẩu") as the amount's own noun right before it."""
    words = lead.split()
    while words and words[-1] in _AMOUNT_VERBS:
        words.pop()
    side = " ".join(words[-2:])
    if side in ("xuat khau", "nhap khau") and words[-3:-2] not in (["xuat"], ["khau"]):
        return side
    return None


# Verbs and qualifiers between an amount's noun and the amount ("xuất khẩu ước đạt khoảng 1,02 tỷ USD").
_AMOUNT_VERBS = {"dat", "uoc", "la", "khoang", "gan", "tren", "hon", "xap", "xi", "ca", "nam"}


# "Đoàn ra sang Lào", "… đi Thái Lan, Campuchia", "Đoàn vào từ Lào", "thỏa thuận … ký kết với các địa phương Lào": where
# a row's count went, came from or was made with ("của" is ``_partners_own``'s, which knows "các tỉnh của Lào" apart).
_TO_PARTNERS = re.compile(
    r"^(?:\S+ ){0,8}?(?:sang|di|toi|voi|tu|den) (?:cac |nuoc |tinh |ban |dia phuong |doi tac |co quan |cua ){0,5}"
    r"(?P<rest>.*)$"
)
_OTHER_PARTNERS = re.compile(r"\b(?:sang|di|toi|voi|tu|den|cua) (?:cac )?(?:nuoc|quoc gia|doi tac|dia phuong) khac\b")


def partners_of_a_row(label: str) -> str | None:
    """The foreign partner (or partners, or "the others") a table row's label names as whose its count is ("Đoàn vào
    của các tỉnh Lào"), where it went or came from ("Đoàn ra sang Lào", "Đoàn vào từ các nước khác") or with whom it
    was made ("Thỏa thuận … ký kết với các địa phương Lào"), or None: a row of their share beside the totals. (In a
    sentence, "có 01 đoàn sang tỉnh Bolikhamxay" is as often the period's only delegation: there only whose it is,
    ``_partners_own``, is read.)"""
    own = _partners_own(label)
    if own:
        return own
    own_words = re.split(r" (?:la|gom|bao gom|nhu|trong do) ", f"{label} ", maxsplit=1)[0]
    if others := _OTHER_PARTNERS.search(own_words):
        return others.group()
    going = _TO_PARTNERS.match(own_words)
    rest = going.group("rest").strip() if going else ""
    return max((name for name in foreign_names() if f"{rest} ".startswith(f"{name} ")), key=len, default=None)


def _partner_before(lead: str) -> str | None:
    """ "…, trong đó sang Lào 29 đoàn, Nhật Bản 6 đoàn": a count of delegations right after a foreign partner's
    name is that partner's share (not "hỗ trợ các tỉnh bạn Lào 1,8 tỷ đồng", money given to the partners)."""
    padded = f" {lead}"
    return max((name for name in foreign_names() if padded.endswith(f" {name}")), key=len, default=None)


# "05 đoàn nhân dịp …", "12 đoàn vào nhân dịp …": the noun, a word or two, then the occasion
_FOR_AN_OCCASION = re.compile(r"^\s*(?:[^\W\d_]+\s+){1,3}nhân\s+dịp\b")
# (on the words after the figure, normalised: "usd chiem khoang 14 tong kim ngach", "doan chiem 40 5 trong tong so")
# "29 hồ sơ (61,7%)": a count, then the share of a whole it is, in brackets.
_A_SHARE_IN_A_BRACKET = re.compile(r"^[^\W\d_]+(?: [^\W\d_]+){0,3}\s*\(\s*\d{1,2}(?:[.,]\d+)?\s*%\s*\)")
_SHARE_OF_A_TOTAL_AFTER = re.compile(
    r"(?:\S+ ){0,4}chiem (?:khoang |gan |tren |hon |xap xi )?\d+(?: \d+)? (?:phan tram )?(?:trong )?tong\b"
)


COUNTED_WITHIN = "counted within another total"
_A_HIGHER_LEVEL = re.compile(r"\b(?:ca nuoc|toan quoc|cua bo|bo ngoai giao|trung uong)\b")


def _counted_within(group: FigureGroup, own_after: str) -> str | None:
    """The words right after the figure's own phrase (in a bracket, or after a comma) that place it within another
    total ("(nằm trong tổng …)", "(đã tính trong …)"), if there are any."""
    if not group.after.startswith(own_after):
        return None
    bracket = group.after[len(own_after) :].strip()
    within = next((words for words in word_list("table_columns.part_notes") if bracket.startswith(f"{words} ")), None)
    if within is None:
        return None
    rest = bracket[len(within) :].split()
    # (within a total, "(nằm trong tổng kinh phí …)"; not a period, "(tính trong năm 2022)", nor a higher level's total
    # that holds the province's own, "(đã tính trong tổng số đoàn ra của cả nước …)")
    if not {"tong", "chung", "so"} & {*within.split(), *rest[:3]} or _A_HIGHER_LEVEL.search(bracket):
        return None
    return within


def _not_a_level(group: FigureGroup, quantity: Quantity) -> str | None:
    """Why a number is no level of the period, if it is not: a change, an average or a part."""
    if counts_time(quantity):
        return None
    if group.is_change:
        # "(giảm 49 đoàn với 220 lượt so với năm 2019)": never a level, whatever it counts.
        return "a change against an earlier period, not a level"
    average = phrase_of_list(group.lead, "average_words") or phrase_of_list(group.list_lead, "average_words")
    if average:
        # "trung bình mỗi tháng khoảng 13 hồ sơ": an average, not the period's count.
        return f"an average ('{average}'), not a count of the period"
    # (or a few words before it: "các vụ việc tại Hàn Quốc chiếm phần lớn với 8 vụ việc")
    share = phrase_of_list(" ".join(group.lead.split()[-5:]), "share_verbs")
    if share:
        return f"a share of a whole ('{share}'), not the total"
    if len(group.members) == 1 and _A_SHARE_IN_A_BRACKET.match(group.after_written.strip()):
        # "… có 29 hồ sơ (61,7%) nộp qua dịch vụ công trực tuyến": its share of a whole, a part
        return "a share of a whole ('(… %)'), not the total"
    if _SHARE_OF_A_TOTAL_AFTER.match(group.after) and "tong" not in group.lead.split():
        # "… với các nước ASEAN đạt 1,12 tỷ USD, chiếm khoảng 14% tổng kim ngạch của tỉnh": a part of the total (not
        # a total itself: "Tổng kim ngạch … trong quý đạt 1,2 tỷ USD, chiếm 30% tổng kim ngạch cả năm 2023")
        return "a share of a whole ('chiếm … % tổng'), not the total"
    if group.lead.split()[-1:] == ["vuot"]:
        # "… vượt 1,9 tỷ USD" (more than) or "vượt 2 đoàn so với kế hoạch" (by how much): not certain which
        return "'vượt' before the number: a lower bound or a difference, not certain which"
    # (or after it, in its own phrase: "03 đoàn vào theo hình thức trực tuyến không tính vào biểu")
    own_after = normalize_label(group.own_after_written)
    # (or in the bracket right after its own phrase: "… 312 trang hồ sơ (không tổng hợp vào số liệu của Tổ)")
    rest = group.after_written[len(group.own_after_written) :]
    bracket = normalize_label(rest[: rest.find(")")]) if rest.startswith("(") and ")" in rest else ""
    # (or right after that bracket: "02 cán bộ đi học thạc sĩ … (đào tạo dài hạn) không tổng hợp vào số liệu trên")
    past_bracket = re.split(r"[;.,(]", rest[rest.find(")") + 1 :], maxsplit=1)[0] if bracket else ""
    left_out = (
        phrase_of_list(f"{group.lead} | {own_after}", "not_counted_words")
        or phrase_of_list(bracket, "not_counted_remarks")
        or phrase_of_list(" ".join(normalize_label(past_bracket).split()[:5]), "not_counted_remarks")
    )
    if left_out:
        # "Đó là chưa kể Trường Đại học Hà Tĩnh cũng đã tự ký 3 bản ghi nhớ": outside the count, by its words
        return f"left out of the count ('{left_out}'), not a figure of the period"
    error = phrase_of_list(" ".join(group.lead.split()[-4:]), "error_explanation_words")
    if error and group.lead.endswith(error):
        # "(Công văn số 1375 … ghi 25 đoàn do tính cả 02 đoàn của Đại sứ quán vào nhóm đoàn vào)": what made an earlier
        # figure wrong, right before the count (not "Do tính cả các đoàn trực tuyến, số đoàn vào quý I là 23 đoàn")
        return f"the size of an earlier figure's error ('{error}'), not a figure of the period"
    if (
        group.examples
        and group.units[0] in ("doan", "luot")
        and has_any(group.examples, word_list("mission_words"))
        and not has_any(group.near, word_list("mission_words"))
        and not has_any(group.near, ("doan ra", "cong tac nuoc ngoai", "dao tao"))
    ):
        # "đón 05 đoàn/47 lượt khách quốc tế …, tiêu biểu là Đoàn công tác tỉnh Chungcheongbuk-do … và Đoàn Đại sứ quán
        # Ô-xtrây-li-a": examples naming a mission leave it open whether all guests or the missions' alone are counted
        # (not when its own words name them, "đón 04 đoàn của các cơ quan đại diện …, tiêu biểu là …", nor those going
        # abroad)
        return "its examples name a diplomatic mission: all guests or the missions' alone, not certain which"
    own_words = own_words_after(group.after_written)
    if disagreement := disagreement_in(own_words):
        # "… theo sổ của Bộ phận một cửa là 198 hồ sơ, không khớp với số của Phòng Lãnh sự": two sources give it
        return f"{DISAGREED} ('{disagreement}'), not settled"
    if not_final := phrase_of_list(own_words, "value_not_final_words"):
        # "(tháng 7/2019 khoảng 17.900 lượt người, chưa có số chính thức)"
        return f"the words after it say it is not final ('{not_final}')"
    if _FOR_AN_OCCASION.match(group.own_after_written):
        # "Riêng tháng 9/2023 đón 05 đoàn nhân dịp kỷ niệm Quốc khánh Lào": those of one occasion, which may be all of
        # the month's or some
        return "the count of one occasion ('nhân dịp …'), not certainly the period's"
    if within := _counted_within(group, own_after):
        # "… năm 2020 là 450 triệu đồng (nằm trong tổng kinh phí hỗ trợ các tỉnh của Lào, …)": a part of another total
        return f"{COUNTED_WITHIN} ('{within}'), a part"
    after_its_noun = own_after.split()[len((group.units[0] or "").split()) :]
    first_words = " ".join(after_its_noun[:2])
    # (a word of the noun between: "64 đoàn khách các loại")
    if kinds := phrase_of_list(" ".join(after_its_noun[:3]), "all_kinds_words"):
        # "… đã tiếp nhận 164 hồ sơ các loại": dossiers of every kind together, no one indicator's count
        return f"a count of every kind together ('{kinds}'), not one indicator's"
    if group.units[0] in ("trang", "gio") and (language := _ONE_LANGUAGE.match(" ".join(after_its_noun[:6]))):
        # "biên dịch 386 trang tài liệu tiếng Nhật, tiếng Hàn": the pages of some languages, a part of all
        return f"the pages or hours of some languages ('{language.group()}'), a part, not the total"
    # (a "trong đó" part keeps its own reason: "Trong đó: đoàn cấp Bộ trưởng trở lên: 01 đoàn")
    in_parts = " trong do " in f" {group.list_lead} {group.lead} "
    level = "" if in_parts else phrase_of_list(first_words, "delegation_levels") or _level_before(group)
    if group.units[0] == "doan" and level:
        # "Trong tháng có 02 đoàn cấp tỉnh sang làm việc với tỉnh Bolikhămxay", "đoàn cấp sở, ngành có 15 đoàn": the
        # delegations of one level
        return f"the delegations of one level ('{level}'), a part, not the total"
    rest = phrase_of_list(first_words, "rest_words")
    if rest:
        # "…; 5 thỏa thuận còn lại do các sở, ngành ký": the rest of a whole whose other parts are named
        return f"the rest ('{rest}') of a whole, a part, not a total"
    method = phrase_of_list(group.near, "counting_method_words") or (
        phrase_of_list(group.near, "counting_rule_of_one_words") if quantity.value == 1 else ""
    )
    if method:
        return f"an example of how the count is made ('{method}'), not a figure of the period"
    each = _EACH.search(group.lead_written) or (_PER_ONE.match(group.own_after_written) if quantity.is_money else None)
    if each:
        # "trao tặng mỗi tỉnh 500 triệu đồng", "mỗi suất quà trị giá 700.000 đồng": the value of one of them
        return f"a value for each one ('{each.group()}'), not the total"
    singled_out = phrase_of_list(group.lead, "singled_out_words")
    superlative = _SUPERLATIVE_ITEM.search(group.lead)
    if singled_out or superlative:
        return f"one item singled out ('{singled_out or superlative.group()}'), not the total"
    if led := _LED_BY_BEFORE.search(group.lead):
        # "đoàn do đồng chí lãnh đạo chủ chốt tỉnh làm trưởng đoàn có 07 đoàn": the delegations one kind of leader
        # led, a part of the period's
        return f"the delegations of one kind of leader ('{led.group()}'), a part, not the total"
    pending = phrase_of_list(group.near, "pending_words")
    if pending:
        return f"work not done yet ('{pending}'), not a result of the period"
    carried = phrase_of_list(group.near, "carried_over_words")
    if carried:
        return f"carried over from an earlier period ('{carried}'), not the period's own"
    if _NOT_YET.search(group.own_after_written) or _NOT_YET_BEFORE.search(group.own_lead_written):
        return "work not done yet ('chưa'), not a result of the period"
    # ("… bảo hộ công dân tại Hàn Quốc 03 vụ, Nhật Bản 02 vụ": a count right after a partner's name is that
    # partner's, whatever it counts; not "lưu học sinh Lào 1.132 em", whose noun names the partner)
    # (a name as written, capitalised: "trả kết quả đúng hạn 14 hồ sơ" names no "Hàn")
    delegations = not quantity.is_money and quantity.unit_words.split()[:1] in (["doan"], ["luot"])
    # (and right before it, no comma between: "03 vụ lao động (Nhật Bản, Đài Loan (Trung Quốc)), 02 vụ tàu cá")
    own_words = re.findall(r"[^\W\d_]+", group.own_lead_written)
    partner_named_count = delegations or (
        not quantity.is_money
        and bool(own_words)
        and own_words[-1][:1].isupper()
        and not _OWN_NOUN_NAMES_PARTNER.search(group.lead)
    )
    partner = (
        _partners_own(group.after)
        or _partner_sending(group.lead)
        or (_partner_before(group.lead) if partner_named_count else None)
    )
    if partner:
        # "đón 04 đoàn cấp cao của các tỉnh Lào", "06 đoàn đến từ Nhật Bản": the guests (or agreements …) of named
        # partners, a part of the province's unless the report says it is the whole.
        return f"the share of named partners ('{partner}'), a part, not the province's total"
    # (an item after another count of the clause: "trong đó 03 đoàn …, 02 đoàn … và 01 đoàn …")
    # (its lead empty: the words before it were the count before's)
    in_a_list_of_parts = " trong do " in f" {group.list_lead} {group.lead} " or group.lead.split()[-1:] in ([], ["va"])
    # (not when its lead names the missions' kind: "đoàn của cơ quan đại diện ngoại giao … là 02 đoàn của Đại sứ quán
    # Hàn Quốc" says who all of them were)
    kind_named = has_any(group.lead, ("co quan dai dien", "cqdd", "to chuc quoc te", "tcqt"))
    if in_a_list_of_parts and not kind_named and (mission_of := _one_partners_mission(group.after)):
        # ("… 09 đoàn vào, trong đó 03 đoàn của tỉnh Bolikhamxay, … và 01 đoàn của Đại sứ quán Nhật Bản": one
        # partner's item of the parts, not every mission of the period; a sentence on that embassy's missions alone
        # still counts them)
        return f"the share of named partners ('{mission_of}'), a part, not the province's total"
    trade_part = _one_side_of_trade(group.lead) if quantity.is_money else None
    if trade_part:
        # "trong đó xuất khẩu 1,02 tỷ USD, nhập khẩu 0,72 tỷ USD": one side of the trade, not its turnover.
        return f"one side of the trade ('{trade_part}'), not the turnover"
    if _SET_APART_PART.search(group.lead):
        # "riêng dự án Formosa có vốn đầu tư 11,5 tỷ USD", "Riêng Khu kinh tế Vũng Áng thu hút 61
        # dự án": one part set apart from the whole ("riêng quý III" is a period, read as one).
        return SET_APART_REASON
    return None


# "mỗi tỉnh", "mỗi suất quà trị giá", "cho mỗi em": each one of several, in the words right before the figure,
# as written ("vốn vay ưu đãi mới của 2 nhà tài trợ": "mới" is new) (not "mỗi năm", "mỗi tháng": an average,
# read by average_words).
def _level_before(group: FigureGroup) -> str:
    """The level named right before a count of delegations ("đoàn cấp sở, ngành có 15 đoàn"), or ""."""
    words = group.lead.split()
    opened = max((index for index, word in enumerate(words) if word == "doan"), default=None)
    tail = " ".join(words[opened:]) if opened is not None and len(words) - opened <= 6 else ""
    level = phrase_of_list(tail, "delegation_levels")
    return level if level and tail.startswith(f"doan {level}") else ""


# A language named after a count of pages or hours ("tài liệu tiếng Nhật"); not all foreign languages together.
# (right after the noun, or the documents it names: not "… phục vụ lớp bồi dưỡng tiếng Anh", a course's name)
_ONE_LANGUAGE = re.compile(
    r"^(?:tai lieu |van ban |ho so |giay to )?(?:bang |dich )?tieng (?!nuoc ngoai\b|viet\b|cac nuoc\b)[a-z]+\b"
)
# "đoàn do lãnh đạo tỉnh dẫn đầu có", "số đoàn do Thường trực Tỉnh ủy chủ trì là": delegations named by who led them,
# right before their count
_LED_BY_BEFORE = re.compile(
    r"\bdoan do (?:[a-z]+ ){1,12}?(?:lam truong doan|dan dau|chu tri|lam truong|di cung)(?: (?:co|la|gom|dat|:))*$"
)
_EACH = re.compile(r"\bmỗi (?!năm\b|tháng\b|quý\b|ngày\b|tuần\b)\w+(?:[ ,]+\w+){0,10}$", re.IGNORECASE)


# A note mark right after a value in a sentence: "480.000 USD (*)", "14 đoàn*".
def superscript_marks(place) -> list[str]:
    """The marks in superscript brackets of a clause as written ("Tháng 9 ⁽¹⁾: 04 đoàn"), which reading blanks."""
    start = place.clause.start - place.block.start
    return re.findall(SUPERSCRIPT_MARK, place.block.text[start : start + len(place.clause.text)])


_OFFICIAL_IN_ITS_CLAUSE = re.compile(r"\b(?:so|so lieu|gia tri) chinh thuc\b(?!.*\buoc\b)")
_MARKER_AFTER = re.compile(r"\s*(\((?:\\?\*){1,3}\)|\*{1,3})(?![\w*])")
# ("**12 đoàn** (\*) đi công tác nước ngoài": a bracketed star after the figure's noun, before any other number;
# Markdown writes the star escaped)
_MARKER_AFTER_ITS_NOUN = re.compile(r"[^\d()]{1,60}?(\((?:\\?\*){1,3}\))")
# "500.000 đồng/người", "2 triệu đồng / em / tháng", "1,2 tỷ đồng/dự án": a sum for each one, right after its currency.
_PER_ONE = re.compile(r"\s*/\s*[^\W\d_]+")
# "… lớn nhất trong năm là Tổ chức …", "… cao nhất thuộc về …": one item ranked first, named after the ranking.
_SUPERLATIVE_ITEM = re.compile(r"\b(?:lon|nhieu|cao) nhat(?: \w+){0,4}? (?:la|thuoc ve)\b")


# Nouns that name a partner as part of what they count ("lưu học sinh Lào", "sinh viên Lào").
_OWN_NOUN_NAMES_PARTNER = re.compile(r"\b(?:luu hoc sinh|lhs|hoc sinh|sinh vien|hoc vien) \S+(?: \S+)?$")


# "còn 5 đoàn ra chưa gửi báo cáo kết quả", "4 hồ sơ chưa được thẩm định": what is still not done, said in
# the figure's own phrase, within a few words of it ("con số chưa từng có", "chưa kể …": the count stands).
# On the text as written: "sửa chữa" (repair) is no "chưa".
# "hiện còn 14 hài cốt", "vẫn còn 3 vụ": "còn", the word right before a count, says it is what is left
_STILL_LEFT = re.compile(r"(?:^| )con$")
_CHUA_NOT_YET = r"chưa\b(?!\s+(?:từng|kể|tính|bao gồm|có tiền lệ)\b)"
_NOT_YET = re.compile(rf"^\W*(?:\w+\W+){{0,20}}?{_CHUA_NOT_YET}")
# "Số đoàn ra chưa gửi báo cáo kết quả là 4 đoàn": the same, said before the figure.
_NOT_YET_BEFORE = re.compile(rf"\b{_CHUA_NOT_YET}", re.IGNORECASE)


# "người lao động cư trú, làm việc quá hạn", "công dân lưu trú quá hạn": what befell the people a count is of, no
# shortcoming of the work (not "02 đoàn ra lưu trú quá hạn", the province's own delegations).
_OVERSTAYING_PEOPLE = re.compile(r"\b(?:lao dong|cong dan|ngu dan)\b(?: \w+){0,5}? qua han\b")
# "100% đúng hạn, không có hồ sơ quá hạn": a shortcoming said not to have happened.
_NO_SHORTCOMING = re.compile(
    r"\bkhong (?:co|de|con)(?: (?:ho so|vu viec|truong hop|thu tuc))?(?: nao)?(?: bi)? (?:qua han|tre han)\b"
)


# A sentence opening as a correction of figures: "Điều chỉnh số liệu: …", "Đính chính: …".
_CORRECTION_OPENING = re.compile(r"^\W*(?:dieu chinh|dinh chinh|sua doi|sua lai)(?: so lieu| lai so lieu)?\b")
# The counted noun (up to eight words, none that opens another phrase: "về nghĩa trang của các huyện", "làm việc với
# lãnh đạo của các huyện") and then whose it is, a lower level's: "… vụ việc lãnh sự, bảo hộ công dân của huyện".
_A_LOWER_LEVELS_AFTER = re.compile(
    r"^(?:(?!(?:ve|voi|den|tai|cho|bao gom|gom ca|lam|cung|va|lanh dao|doi tac|nghia trang)\b)\S+ ){0,8}?"
    r"(?P<owner>cua (?:cac )?(?:huyen|xa(?! hoi)|thi xa|thanh pho|phuong|dia phuong)|tren dia ban huyen)\b(?! va\b)"
)
# The counted noun right after the number, then the partner provinces it is of: "09 đoàn của các tỉnh bạn".
_THE_PARTNERS_OWN_AFTER = re.compile(
    r"^(?:doan|luot doan|phai doan) (?P<owner>cua (?:cac )?(?:tinh ban|tinh lao|tinh cua lao|dia phuong cua lao))\b"
    r"(?! va\b)"
)
# "03 đoàn của Bộ Chỉ huy Quân sự tỉnh Bolikhămxay", "02 đoàn của UBND thành phố Suncheon": the delegations of a named
# place's body ("đoàn của tỉnh Khăm Muồn", the place's own, is a named partner's share by the partner rules).
_A_NAMED_PLACES_DELEGATIONS = re.compile(
    r"^\s*(?:[đĐ]oàn|lượt đoàn|phái đoàn)\s+(?P<owner>của\s+(?:[\w-]+\s+){1,6}?(?:tỉnh|thành phố|huyện|nước|bang)\s+"
    r"(?P<name>[A-ZĐ][\w-]*(?:\s+[A-ZĐ][\w-]*)*))"
)


def _served_by_a_service(lead: str, clause: str) -> str | None:
    """The verb of serving that ends the words right before a figure ("phục vụ 31 đoàn vào"), in a clause on a
    translating or interpreting service, or None. (Not "Tổ chức, phục vụ 04 hội nghị", "Đón tiếp, phục vụ 13 đoàn":
    the province's own work, done and served.)"""
    if not has_any(clause, word_list("service_words")):
        return None
    return _ends_with_one_of(lead, "service_verbs")


def _ends_with_one_of(words: str, list_name: str) -> str | None:
    """The phrase of a list of report_words.yml that ends the (normalised) words, as whole words, or None."""
    return next((phrase for phrase in word_list(list_name) if f" {words}".endswith(f" {phrase}")), None)


# A project or programme named by its title in quotes: "dự án "Nước sạch và vệ sinh trường học"".
_NAMED_PROJECT = re.compile(
    r"\b(?:dự án|tiểu dự án|hợp phần|khoản viện trợ)\s*[\"“«]([^\"”»]{3,120})[\"”»]", re.IGNORECASE
)


_DAY_WRITTEN = re.compile(
    r"\b\d{1,2}/\d{1,2}(?:/(?:19|20)?\d{2})?\b|\b(?:năm|tháng)\s+(?:\d{1,2}/)?(?:19|20)\d{2}\b", re.IGNORECASE
)


def _one_named_project(before: str) -> str | None:
    """The title of the one project the words before an amount name, with no count of projects nor a total among them
    ("tiếp nhận dự án "Nước sạch …" của tổ chức … với giá trị"); None otherwise."""
    # (one only: "dự án "A" và dự án "B" …, giá trị cam kết 300.000 USD" may be both's; a campaign, "chương trình "Tháng
    # hành động vì trẻ em"", is no project)
    projects = list(_NAMED_PROJECT.finditer(before))
    if len(projects) != 1:
        return None
    named = projects[0]
    if _counts_or_totals(before[: named.start()] + before[named.end() :]):
        return None
    return named.group(1)


def _counts_or_totals(words: str, *more: str) -> bool:
    """Whether the words around one project's value hold a count or a total of projects (a day it was approved, "được
    phê duyệt ngày 28/9/2021 với giá trị", counts nothing)."""
    words = _DAY_WRITTEN.sub(" ", words)
    return bool(re.search(r"\d", words)) or has_any(
        normalize_label(words), ("tong", "cac du an", "cac chuong trinh", *more)
    )


# "(dự án cấp nước sạch tại huyện Hương Khê, giá trị 38.000 USD)": a bracket describing one project, still open.
_A_PROJECT_IN_ITS_BRACKET = re.compile(
    r"\((?P<words>(?:tiểu dự án|dự án|hợp phần|khoản viện trợ)\b[^()]*)$", re.IGNORECASE
)


def _one_project_in_its_bracket(before: str) -> str | None:
    """The words of an open bracket describing one project before an amount ("01 dự án PCPNN (dự án cấp nước sạch tại
    huyện Hương Khê, giá trị 38.000 USD)"), with no count nor total in it; None otherwise."""
    bracket = _A_PROJECT_IN_ITS_BRACKET.search(before)
    if bracket is None:
        return None
    if _counts_or_totals(bracket.group("words"), "va"):
        return None
    # (of one: "01 dự án PCPNN (dự án …)"; not "07 khoản viện trợ (dự án và phi dự án, …)")
    counted = [q for q in find_quantities(before[: bracket.start()]) if not q.currency]
    if counted and counted[-1].value != 1:
        return None
    return " ".join(bracket.group("words").split()[:8])


def _a_named_places_delegations(after: str) -> re.Match | None:
    """ "03 đoàn của Bộ Chỉ huy Quân sự tỉnh Bolikhămxay": the delegations of a place named with its capitals, not the
    province's own ("đoàn của UBND tỉnh", "đoàn của tỉnh Hà Tĩnh")."""
    match = _A_NAMED_PLACES_DELEGATIONS.match(after)
    if match is None or not match.group("name")[:1].isupper() or normalize_label(match.group("name")) == "ha tinh":
        return None
    return match


# "tăng 60,5% số đoàn vào so với năm 2015": the words after the last number, naming what the comparison compares.
_WHAT_IS_COMPARED = re.compile(r"(?:^|\d )(?P<what>[^\d]+?) so voi\b(?!.* so voi\b)")


# An earlier report's value cited: "nêu tại Báo cáo số 265/BC-SNgV", "ghi tại Báo cáo …", "… 6 tháng tại Báo cáo số
# 128/BC-SNgV … là 24 đoàn"; read as such only before a correction in the same sentence (``superseded_cue``).
_CITED_REPORT = re.compile(
    # ("tại BC số 61/BC-SNgV … đã BC": the clerks' "BC" for "báo cáo")
    r"\b(?:neu|ghi|da bao cao|da bc) tai (?:bao cao|bc)\b|\btai (?:bao cao|bc|cong van|van ban)(?: nhanh)? so\b"
    # ("Báo cáo số 15/BC-SNgV ngày 14/01/2022 của Sở ghi năm 2021 tổ chức 05 …")
    # ("Báo cáo số 301/BC-SNgV ngày 23/9/2019 của Sở đã báo cáo Quý III đón 06 đoàn")
    r"|\bbao cao(?: \w+){0,2} so \w+(?: \w+){0,9} (?:ghi|neu|da bao cao|da bc)\b"
    # ("Văn bản A ghi năm 2025 tỉnh có 58 đoàn ra", "Bài viết nêu: …": what another text wrote; not "ghi nhận",
    # acknowledged)
    r"|\b(?:van ban|tai lieu|cong van)(?: \w+){0,2} ghi\b(?! nhan)"
    # ("Báo cáo tổng kết công tác đối ngoại năm 2018 (Báo cáo số 18/BC-SNgV) ghi 61 đoàn ra": a report named by its
    # title; not "Báo cáo này ghi …", this one, nor "trong kỳ báo cáo …", "theo báo cáo của các đơn vị được ghi tại sổ",
    # "ghi vào sổ": what was recorded)
    r"|(?<!ky )(?<!theo )\bbao cao (?:tong ket|so ket|ket qua|nhanh|thang|quy|nam|\d{1,2} thang|cong tac|tinh hinh"
    r"|danh gia)(?: (?!nay\b)\w+){0,11} (?<!duoc )ghi\b(?! (?:nhan|vao|tai|lai|chep|so)\b)"
    r"|\b(?:bai viet|bai bao|tin bai|bai phong van)(?: \w+){0,8} (?:ghi|neu|dua tin|cho biet)\b(?! nhan)"
    # ("Niên giám Thống kê năm 2019 đã công bố 58 đoàn ra …": a figure another publication gave)
    r"|\b(?:nien giam|bao cao so \d+|ban tin|cong thong tin)(?: \w+){0,6} (?:da )?cong bo\b"
    # ("Thư trước em ghi 26 đoàn, 109 lượt": what the writer's earlier message wrote)
    # (not "Thư trước em ghi thiếu số đoàn vào: …", which gives what was left out)
    r"|\b(?:thu|email|e mail|mail|tin nhan|ban) truoc(?: \w+){0,2} (?:ghi|neu|da gui|gui)\b(?! (?:nhan|thieu|sot)\b)"
)
# What the cited report said: "…, Sở đã báo cáo …", "… đã nêu …".
# ("Tại Báo cáo số 1187/BC-SNgV …, số liệu 6 tháng đầu năm được ước 58 hồ sơ": that report's estimate)
# "… tại Báo cáo số 92/BC-SNgV là 07 đoàn": the value a cited report states (not "Thực hiện … tại Công văn số 2345 …
# thì số vụ việc … là 15", a document that asks for this report's figure).
_A_REPORT_STATES = re.compile(r"\btai (?:bao cao|bc|cong van|van ban)(?: nhanh)? so (?:(?!\bthi\b)\S+ ){0,8}la$")
# ("Tại Báo cáo số 215/BC-SNgV …, số đoàn vào 6 tháng đầu năm được báo cáo là 34 đoàn": said there, in the passive)
_REPORTED_THERE = re.compile(r"\b(?:da bao cao|da bc|da neu|da ghi|duoc bao cao|duoc bc|duoc neu|duoc ghi(?! nhan))\b")
# ("Tại Báo cáo số 142/BC-SNgV …, Sở báo cáo 6 tháng đầu năm … 04 dự án": the office says what it reported in a report
# it cites, "đã" or not; not "Thực hiện … Công văn số 512/UBND-NC, Sở báo cáo kết quả …", the report's own opening)
_OFFICE_REPORTED_THERE = re.compile(
    r"\bso (?:bao cao|bc|neu)\b(?! (?:ket qua|tinh hinh|nhu sau|cu the|bo sung|them)\b)"
)
# "Tại Báo cáo số 1187/BC-SNgV …, số liệu 6 tháng đầu năm được ước 58 hồ sơ": that report's estimate, in the same part
# of the sentence (not "… tại Báo cáo số 12/BC-UBND …, trong năm tỉnh đã đón được 20 đoàn vào", done this year).
# ("Tại Báo cáo số 196/BC-SNgV …, Sở đã ước 6 tháng đầu năm … 06 chương trình, dự án": the same, said actively)
# ("¹ Báo cáo số 287/BC-SNgV ngày 15/12/2022 ước cả năm 19 đoàn vào …": the cited report the subject of "ước")
_A_REPORT_ESTIMATED = re.compile(
    r"\btai (?:bao cao|bc)(?: nhanh)? so (?:\S+ ){0,20}?(?:duoc|(?=da uoc\b)da)(?P<estimated> uoc\b)?"
    r"|^\W*(?:\d{1,2} )?(?:bao cao|bc)(?: nhanh)? so \d+(?: \S+){0,8}?(?: da)?(?P<its_estimate> uoc)\b"
)
# "số ước tại Báo cáo số 1398/BC-SNgV": the estimate of the report cited after it.
_ESTIMATE_CITED = re.compile(
    r"\b(?:so|so lieu|gia tri) uoc (?:\S+ ){0,3}?tai (?:bao cao|bc|cong van|van ban)(?: nhanh)? so\b"
)
# Inside a quotation that follows "ghi" (wrote): 'quý III ghi "17 đoàn với 146 lượt"'.
# ('Dự thảo nêu "năm 2019 cử 58 đoàn ra, đón 59 đoàn vào"': the draft's words, quoted to be corrected)
_QUOTED_AFTER_GHI = re.compile(r"\b(?:ghi|nêu|viết)(?: là)?\s*:?\s*[\"“][^\"”]*$", re.IGNORECASE)


# "(trong đó xuất khẩu …", "(riêng …", "(gồm …": a bracket opening on a part of what comes before it.
_BRACKET_OF_A_PART = re.compile(r"^\W*(?:trong do|trong so do|rieng|gom|bao gom)\b")
_CORRECTING_VERB = re.compile(r"\b(?:dinh chinh|sua|dieu chinh|chinh xac|ra soat lai|ghi lai)\b")


def _corrected_after_a_period(before: str, report_year: int | None) -> Scope | None:
    """The scope of the period named in an earlier clause of the sentence, when the figure's own clause opens a
    correction ("…; nay Đồn điều chỉnh thành 47 lượt tàu")."""
    head, _, own = before.rpartition(";")
    words = normalize_label(own)
    if not head or not any(
        f" {cue} " in f" {words} " and _CORRECTING_VERB.search(cue) for cue in word_list("corrections.corrected")
    ):
        return None
    if find_scopes(words, report_year):
        return None
    named = find_scopes(normalize_label(head), report_year)
    return named[0][1] if named else None


def superseded_cue(before: str, after: str = "") -> str | None:
    """The words that mark what follows them as a value being corrected ("đã ghi", "ghi nhầm"), when
    no correction ("nay sửa lại là", "sửa thành") follows them before the figure; or a sentence opening as a
    correction ("Điều chỉnh số liệu: … đã báo cáo … 85 hồ sơ; … số liệu đúng … là 83 hồ sơ") before its corrected
    value."""
    corrected = word_list("corrections.corrected")
    # ("tỉnh đã đón 18 đoàn... à, xin đính chính lại, là 16 đoàn": a value its speaker corrects right after it, before
    # any other number)
    # (a verb of correcting, not "số liệu chính thức" naming where another value comes from)
    up_to_the_next_number = normalize_label(re.split(r"\d", re.sub(r"^[\s\d.,]+", "", after), maxsplit=1)[0])
    if any(f" {cue} " in f" {up_to_the_next_number} " and _CORRECTING_VERB.search(cue) for cue in corrected):
        return "a value corrected right after it"
    words_before = normalize_label(before)
    opens_a_correction = _CORRECTION_OPENING.match(words_before) or _CITED_REPORT.search(words_before)
    if opens_a_correction and any(f" {cue} " in f" {normalize_label(after)} " for cue in corrected):
        # ("Lưu ý: số đoàn ra 9 tháng … nêu tại Báo cáo số 265/BC-SNgV … là 41 đoàn; qua rà soát, … số liệu đúng … là
        # 43 đoàn": a value an earlier report gave, before the correct one)
        return "a correction's earlier value"
    cited = _CITED_REPORT.search(words_before)
    since = f" {words_before[cited.end() :]} " if cited else ""
    # (the cited document's own verb may close the citation: "Báo cáo số 301 … đã báo cáo", "Văn bản A ghi"; not in a
    # bracket closed before the figure, "(Báo cáo số 88/BC-SNgV ghi 11 vụ …), …; riêng tháng 6/2023 phát sinh 03 vụ")
    # (and only in the figure's own part of the sentence: "… đã báo cáo năm 2023 … 62 đoàn ra, trong quý I năm 2024 …
    # 14 đoàn ra" leaves the 14 this report's)
    own_part = re.split(r"[,;]", re.sub(r"\([^()]*\)", " ", before))[-1]
    open_citation = _CITED_REPORT.search(normalize_label(own_part))
    closed_by_its_verb = open_citation and re.search(
        r" (?:ghi|neu|da bao cao|da bc|dua tin|cho biet|cong bo)$", open_citation.group()
    )
    # ("số đoàn vào quý I/2022 tại Báo cáo số 92/BC-SNgV là 07 đoàn": the value the cited report states)
    stated_there = bool(_A_REPORT_STATES.search(normalize_label(own_part)))
    in_its_part = normalize_label(before.split(";")[-1])
    cited_estimate = _A_REPORT_ESTIMATED.search(in_its_part)
    estimated_there = cited_estimate and (
        cited_estimate.group("estimated")
        or cited_estimate.group("its_estimate")
        or (in_its_part.endswith(" duoc") and normalize_label(after).startswith("uoc"))
    )
    # ("…, thay thế số ước tại Báo cáo số 1398/BC-SNgV ngày 23/9/2022 (ước tháng 9: 03 đoàn ra, …)": the estimate a
    # cited report gave, named before the citation; not a value after "số chính thức" following it)
    # (only in a bracket opened after the citation: "… số ước tại Báo cáo số 1398/BC-SNgV (thay thế …) như sau: 03 đoàn
    # ra" gives the values that replace the estimate)
    own = before.split(";")[-1]
    opened_at = own.rfind("(")
    if not estimated_there and opened_at > own.rfind(")"):
        named = _ESTIMATE_CITED.search(normalize_label(own[:opened_at]))
        estimated_there = named is not None and not any(
            f" {cue} " in f" {in_its_part[named.end() :]} " for cue in corrected
        )
    if estimated_there:
        return "an estimate an earlier report gave"
    in_a_report = cited is not None and re.search(r"\btai (?:bao cao|bc)\b", cited.group()) is not None
    reported = (
        (cited and (_REPORTED_THERE.search(since) or (in_a_report and _OFFICE_REPORTED_THERE.search(since))))
        or closed_by_its_verb
        or stated_there
    )
    if reported and not any(f" {cue} " in since for cue in corrected):
        # ("Tại Báo cáo số 97/BC-SNgV, Sở đã báo cáo tháng 4/2019 có 05 đoàn ra …; cấp mới 09 hồ sơ": what an earlier
        # report said, whether or not this sentence goes on to correct it; a value after "số liệu đúng là" is the
        # correction's)
        return "a value an earlier report gave"
    # ("… 12 đoàn (báo cáo trước ghi 11 đoàn); đoàn vào 9 đoàn": a bracket closed before the figure, giving the value it
    # corrects, corrects that one; not "Báo cáo số 512 (ghi sai): đoàn ra 11 đoàn", a remark on what follows)
    while (closed := re.sub(r"\([^()]*\d[^()]*\)", " ", before)) != before:
        before = closed
    if _QUOTED_AFTER_GHI.search(before):
        # ('quý III ghi "17 đoàn với 146 lượt"': the words another text wrote, quoted to be checked)
        return 'ghi "…"'
    # ("đã ghi nhận", "đã ghi chép": to record, not "it was written")
    words = re.sub(r" ghi (?=nhan |chep |danh )", " ghi_", f" {normalize_label(before)} ")
    last_old = max(((words.rfind(f" {cue} "), cue) for cue in word_list("corrections.superseded")), default=(-1, ""))
    last_new = max((words.rfind(f" {cue} ") for cue in corrected), default=-1)
    own_part = normalize_label(before.split(";")[-1])
    if (
        last_old[0] < 0
        and words.rstrip().endswith(" tu")
        and _CORRECTING_VERB.search(own_part)
        and re.search(
            r"\b(?:len|xuong|thanh)(?: la| con)? \d", normalize_label(re.split(r"[;,.]\s", after, maxsplit=1)[0])
        )
    ):
        # ("Sửa ngày 17/12: số đoàn vào từ 08 đoàn lên 09 đoàn": a correction's verb, then the value it was corrected
        # from)
        return "the value a correction changed"
    if last_old[1].endswith(" tu"):
        # ("đã điều chỉnh từ 1 065 lượt … lên 1.087 lượt", "… từ số liệu ban đầu 45 đoàn lên 47 đoàn": the value it was
        # adjusted to follows "lên", "xuống" or "thành" in the same clause; not "điều chỉnh từ tháng 3 sang tháng 5,
        # trong năm … cử 14 đoàn", what was moved)
        rest_of_clause = normalize_label(re.split(r"[;,.]\s", after, maxsplit=1)[0])
        in_own_part = last_old[1] in normalize_label(before.split(";")[-1])
        if not in_own_part or not re.search(r"\b(?:len|xuong|thanh)(?: la| con)? \d", rest_of_clause):
            last_old = (-1, "")
        last_new = max(last_new, words.rfind(" len "), words.rfind(" xuong "))
    return last_old[1] if last_old[0] > last_new else None


def _estimated_in_note(place: Place, period: str) -> bool:
    """Whether a note in the sentence says a year within the figure's period is an estimate ("Giai
    đoạn 2021 - 2025 (số liệu năm 2025 là ước thực hiện), … 63 chương trình, dự án"): the figure then
    holds an estimate, whatever its own words say."""
    try:
        span = period_from_code(period)
    except PeriodFormatError:
        return False
    clause_start = place.clause.start - place.sentence.start
    for note in place.notes:
        years = re.findall(r"\b((?:19|20)\d{2})\b", place.sentence.text[note.start : note.end])
        # in the figure's own clause, or right after the period the sentence opens with (its note covers all)
        placed = clause_start <= note.start < clause_start + len(place.clause.text) or note.start <= _OPENING_NOTE_REACH
        if placed and any(span.start_date.year <= int(year) <= span.end_date.year for year in years):
            return True
    return False


_OPENING_NOTE_REACH = 40  # characters: "Giai đoạn 2021 - 2025 (…)", "Cả nhiệm kỳ 2021 - 2025 (…)"


def _companion(text: str, previous: FigureGroup, group: FigureGroup) -> bool:
    """Whether a figure goes with the one before it, after "với" and nothing that parts them ("5 dự án với
    300.000 USD")."""
    between = text[previous.members[-1].end : group.members[0].start]
    return bool(_COMPANION.search(between)) and not _LABEL_REACH_ENDS.search(between)


def _label_carried(text: str, previous: FigureGroup, group: FigureGroup, report_year: int | None) -> bool:
    """Whether the period label of the figure before governs this one too, its companion after "với": "(năm
    2020: 14 dự án với giá trị cam kết 1.610.000 USD)". Not past the next item, a bracket or another label, nor
    past words naming a period of their own ("Quý I: 02 đoàn với cả năm 12 đoàn") or a total ("tháng 6: 05 đoàn
    - tổng cộng 17 đoàn với 286 lượt khách"). (A list after a label, "(năm 2024: 53 đoàn ra, 44 đoàn vào)", "Ước
    cả năm 2025: 58 đoàn ra, 44 đoàn vào", is read by the label's own rules: carried past commas, the label also
    dated forecasts, parts, running totals and estimates after it.)"""
    between = text[previous.members[-1].end : group.members[0].start]
    words = normalize_label(between)
    joined = _companion(text, previous, group)
    # (a year between, "2024: 51 đoàn, 2025 ước 50 đoàn", names the next figure's own; read as a number, it is
    # the figure before)
    numbers = [member.as_written.strip() for member in (*previous.members, *group.members)]
    named = (
        find_scopes(words, report_year)
        or _YEAR_WRITTEN.search(between)
        or any(_YEAR_WRITTEN.fullmatch(number) for number in numbers)
    )
    # ("Quý I: 03 đoàn ra/17 lượt": the other half of a slashed pair, the first half's noun and a slash between)
    slashed = re.fullmatch(r"\s*(?:[^\W\d_]+\s*){1,3}/\s*", between) is not None
    # ("Riêng Quý II: 14 đoàn ra, 19 đoàn vào": the next item of a list after the label, past the noun before; not one
    # whose own words name a span of its own, "Quý III: 12 đoàn vào, 45 đoàn tính từ đầu năm", "03 đoàn ra, 15 đoàn lũy
    # kế")
    own_span = find_scopes(group.after, report_year) or has_any(group.after, word_list("running_total_words"))
    listed = continues_list(between, previous) and not own_span
    return (joined or slashed or listed) and not (named or has_any(words, word_list("total_labels")))
