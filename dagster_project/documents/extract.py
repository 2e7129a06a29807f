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
import re
from dataclasses import dataclass, field
from decimal import Decimal

from dagster_project.documents.figure_periods import FigurePeriods
from dagster_project.documents.groups import FigureGroup, counts_time, figure_groups, repeats_words_before
from dagster_project.documents.quantities import Quantity, find_quantities
from dagster_project.documents.reader import Block, DocumentText
from dagster_project.documents.rules import IndicatorRule, capital_rules, has_any, load_rules, read_unit
from dagster_project.documents.scopes import (
    CUMULATIVE,
    Scope,
    ScopeError,
    find_scopes,
    period_label,
    same_period_a_year_earlier,
    year_of,
)
from dagster_project.documents.segments import Segment, find_segments, mask, name_segments, other_subject, period_label_text, sentence_label
from dagster_project.documents.structure import blank_numbering, caps_heading, heading_level, part_heading, read_structure
from dagster_project.documents.table_figures import TableFigures
from dagster_project.documents.tables import TableLayout, holds_values, is_separator_row, split_cells
from dagster_project.documents.word_lists import word_list
from dagster_project.landing.reports import load_indicators
from dagster_project.parsing.text import normalize_label

_SENTENCE_END = re.compile(r"[.!?…]+[\"”’)]*\s+")
# Words of a label that names a period ("tháng 4/2026:", "kỳ trước:", "năm học 2024-2025:").
_PERIOD_LABEL_WORD = re.compile(r"^(?:ca |cong |luy ke |trong |tinh )?(?:thang|quy|nam|ky|mua|dot|cung ky)\b")
_LIST_ITEM = re.compile(r"^\s*[-–•*+]\s")
EXTRACTION_METHOD = "narrative"


@dataclass(frozen=True)
class Written:
    """A figure as written: the words, the sentence, and where both are in the document."""

    value_as_written: str
    excerpt: str
    char_start: int
    char_end: int
    excerpt_start: int
    block: Block


@dataclass(frozen=True, kw_only=True)
class Figure(Written):
    indicator_code: str
    period_code: str
    value: Decimal
    unit: str
    qualifier: str
    period_evidence: str
    rule: str


@dataclass(frozen=True, kw_only=True)
class ReviewItem(Written):
    reason: str
    candidates: str
    period_code: str | None
    value: Decimal | None
    unit: str | None
    qualifier: str


@dataclass
class Extraction:
    period_code: str | None
    period_evidence: str
    figures: list[Figure] = field(default_factory=list)
    review: list[ReviewItem] = field(default_factory=list)
    # Numbers no indicator counts: kept with the reason, apart from the review queue.
    set_aside: list[ReviewItem] = field(default_factory=list)
    # The same figure written again with the same value (a table and a sentence): one figure.
    repeated: list[Figure] = field(default_factory=list)


@dataclass
class _Span:
    """A sentence or clause: text and its offset in the document."""

    text: str
    start: int


@dataclass
class _Place:
    """Where a clause's figures are: its block, sentence and clause, the sentence with its
    comparisons blanked, the scope carried from the sentence before, and the figures so far."""

    block: Block
    sentence: _Span
    clause: _Span
    masked_sentence: str
    inherited: object
    plan_clause: bool
    topics: list[str]
    resolved: list[tuple[Quantity, str]]
    periods: dict[str, str] = field(default_factory=dict)  # indicator -> period of its figure in this sentence
    in_plan_section: bool = False
    section_reason: str = ""
    before: str = ""  # the sentence up to this clause (normalised), for figures that repeat what came before


@dataclass
class _Context:
    """What surrounds a sentence: the plan state, the section heading and the list header."""

    in_plan: bool = False
    section_reason: str = ""  # why the section's figures are not results, when they are not
    heading: str = ""
    list_topic: str = ""
    table: TableLayout | None = None
    heading_scope: Scope | None = None


def _span(block: Block, start: int, end: int) -> _Span:
    """The text from start to end without its surrounding blanks, at its true offset."""
    text = block.text[start:end]
    return _Span(text.strip(), block.start + start + len(text) - len(text.lstrip()))


def split_sentences(block: Block) -> list[_Span]:
    sentences, start = [], 0
    for match in _SENTENCE_END.finditer(block.text):
        following = block.text[match.end() : match.end() + 1]
        if following and (following.isupper() or following in "-–•*"):
            sentences.append(_span(block, start, match.end()))
            start = match.end()
    sentences.append(_span(block, start, len(block.text)))
    return [sentence for sentence in sentences if sentence.text]


def split_clauses(sentence: _Span) -> list[_Span]:
    """Clauses at semicolons outside parentheses."""
    clauses, start, depth = [], 0, 0
    for index, char in enumerate(sentence.text + ";"):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == ";" and depth <= 0:
            clauses.append(_Span(sentence.text[start:index], sentence.start + start))
            start, depth = index + 1, 0
    return [clause for clause in clauses if clause.text.strip()]


class _DocumentExtractor(FigurePeriods, TableFigures):
    def __init__(self, document: DocumentText):
        self.document = document
        self.rules = load_rules()
        self.capital = capital_rules()
        self.indicators = load_indicators()
        self.structure = read_structure([block.text for block in document.blocks])
        self.period_code, self.period_evidence = self.structure.period_code, self.structure.evidence
        self.report_year = year_of(self.period_code)
        self.result = Extraction(self.period_code, self.period_evidence)

    # -- figures -------------------------------------------------------------------------
    def _review(self, reason: str, candidates, written: dict, quantity: Quantity, period: str | None = None, unit: str | None = None,
                set_aside: bool = False) -> None:
        """Queue a number for a person, with the most likely period (the report's, unless the
        period is what is uncertain); one that counts nothing an indicator counts is set apart."""
        if period is None and not reason.startswith("period not certain"):
            period = self.period_code
        (self.result.set_aside if set_aside else self.result.review).append(
            ReviewItem(**written, reason=reason, candidates=", ".join(candidates), period_code=period, value=quantity.value,
                       unit=unit, qualifier=quantity.qualifier)
        )

    @staticmethod
    def _written(quantity: Quantity, sentence: _Span, offset: int, block: Block) -> dict:
        """The fields of Written for a figure at ``offset`` + its position in the text it was found in."""
        return {"value_as_written": quantity.as_written, "excerpt": sentence.text, "char_start": offset + quantity.start,
                "char_end": offset + quantity.end, "excerpt_start": sentence.start, "block": block}

    def _matching_rules(self, unit: str | None, near: str, clause: str, sentence: str,
                        after: str = "") -> tuple[list[IndicatorRule], list[tuple[IndicatorRule, str]]]:
        matched, stopped = [], []
        for rule in self.rules:
            if rule.follows or unit is None or not rule.requirements_met(unit, near, clause, sentence):
                continue
            blocker = rule.excluded_by(near, clause, after)
            (stopped.append((rule, blocker)) if blocker else matched.append(rule))
        return matched, stopped

    def _rules_in_context(self, unit, near: str, topics: list[str], clause: str, sentence: str, after: str = ""):
        """Rules matching the figure's own words, else its label or list header, else its heading."""
        matched, stopped = self._matching_rules(unit, near, clause, sentence, after)
        for topic in topics:
            if matched or stopped:
                break
            if topic:
                # The section heading says whose work the whole section is ("Viện trợ phi chính phủ nước ngoài").
                whole = f"{topic} {sentence}" if topic == topics[-1] else f"{topic} {sentence} {topics[-1]}"
                matched, stopped = self._matching_rules(unit, f"{topic} {near}", f"{topic} {clause}", whole, after)
        return matched, stopped

    def _capital_rule(self, quantity: Quantity, near: str, resolved: list[tuple[Quantity, str]]) -> tuple[IndicatorRule | None, str]:
        if not has_any(near, word_list("capital_cues")):
            return None, "money amount not tied to an indicator"
        projects = [(q, code) for q, code in resolved if q.end <= quantity.start and code in self.capital]
        if not projects:
            return None, "capital amount without a project count before it in the sentence"
        rule = self.capital[projects[-1][1]]
        if quantity.currency != self.indicators[rule.indicator].unit:
            return None, f"capital of {projects[-1][1]} written in {quantity.currency}, the indicator is in {self.indicators[rule.indicator].unit}"
        return rule, ""

    def _choose_rule(self, quantity, unit, near, topics, clause_norm, sentence_norm, resolved, written,
                     after: str = "") -> IndicatorRule | None:
        """The one rule a figure matches, or None after sending it to review with the reason."""
        if quantity.is_money:
            rule, reason = self._capital_rule(quantity, near, resolved)
            if rule is not None:
                return rule
            # A section heading ("Hợp tác với các tỉnh của Lào") does not make one gift the total,
            # but it may say whose aid the amount is ("4. Viện trợ phi chính phủ nước ngoài").
            matched, _ = self._rules_in_context(unit, near, topics[:1], clause_norm, sentence_norm)
            if not matched:
                matched, _ = self._matching_rules(unit, near, clause_norm, f"{topics[-1]} {sentence_norm}")
            if len(matched) == 1:
                return matched[0]
            self._review(reason if not matched else "several indicators fit", [r.indicator for r in matched], written, quantity, unit=unit)
            return None
        matched, stopped = self._rules_in_context(unit, near, topics, clause_norm, sentence_norm, after)
        if len(matched) == 1:
            return matched[0]
        if len(matched) > 1:
            self._review("several indicators fit", [r.indicator for r in matched], written, quantity, unit=unit)
        elif stopped:
            rule, blocker = stopped[0]
            self._review(f"reads like {rule.indicator} but '{blocker}' says otherwise", [r.indicator for r, _ in stopped], written, quantity,
                         unit=unit)
        elif not counts_time(quantity):
            what = " ".join(quantity.unit_words.split()[:3]) or "nothing after the number"
            self._review(f"no indicator counts '{what}'", [], written, quantity, unit=unit, set_aside=unit is None)
        return None

    def _clause(self, block: Block, sentence: _Span, clause: _Span, context: _Context, inherited, resolved, segments: list[Segment],
                masked_sentence: str, topic: str, plan_sentence: bool = False, periods: dict | None = None) -> None:
        periods = {} if periods is None else periods
        offset = clause.start - sentence.start
        clause_segments = [Segment(s.kind, s.start - offset, s.end - offset, s.named_year, s.named_period) for s in segments
                           if offset <= s.start < offset + len(clause.text)]
        main_text = mask(clause.text, clause_segments)
        # "chia sẻ" (share) is not "sẽ" (will).
        plan_clause = plan_sentence or context.in_plan or has_any(normalize_label(main_text).replace("chia se", "chia_se"), word_list("plan_words"))
        # "5. Nhiệm vụ 6 tháng cuối năm: tiếp tục ...": a numbered item under a plan label.
        plan_clause = plan_clause or (has_any(topic, word_list("section_headings.plan")) and not has_any(topic, word_list("section_headings.result")))
        # "Chỉ tiêu đón đoàn vào – Kế hoạch: 50 đoàn; Thực hiện: 47 đoàn": the clause's own label says which.
        clause_label = normalize_label(main_text.split(":", 1)[0]) if ":" in main_text else ""
        if clause_label in word_list("value_labels.result") and not context.in_plan:
            plan_clause = False
        elif clause_label in word_list("value_labels.plan"):
            plan_clause = True
        topics = [" ".join(filter(None, (topic, context.list_topic))), context.heading]
        place = _Place(block, sentence, clause, masked_sentence, inherited, plan_clause, topics, resolved, periods=periods,
                       before=normalize_label(masked_sentence[:offset]), in_plan_section=context.in_plan, section_reason=context.section_reason)
        headline = self._figures_in(place, main_text, 0, None)
        for segment in clause_segments:
            text = clause.text[segment.start : segment.end]
            if segment.kind == "comparison":
                for quantity in find_quantities(text):
                    self._comparison(place, quantity, segment)
            elif segment.kind == "labelled":
                self._figures_in(place, text, segment.start, None)
            elif segment.kind == "comparison_base":
                # "bằng 72% số đoàn của 12 tháng năm 2025": a count inside the base of a ratio.
                for quantity in find_quantities(text):
                    unit = read_unit(quantity.unit_words, quantity.currency)
                    if unit and not counts_time(quantity):
                        written = self._written(quantity, place.sentence, place.clause.start + segment.start, place.block)
                        self._review("inside the base of a ratio ('bằng … %'), not a figure of the period", [], written, quantity, unit=unit)
            elif segment.kind == "sub_count":
                # "...167 lượt khách quốc tế; trong đó 02 đoàn ...": the headline may end the clause before.
                self._figures_in(place, text, segment.start, headline or {code for _, code in resolved})

    def _figures_in(self, place: "_Place", text: str, offset: int, headline: set[str] | None) -> set[str]:
        """Publish or review every figure of ``text`` (the clause, or a sub-count at ``offset`` in
        it); returns the indicators published. Under a headline, a sub-count of the same
        indicator is reviewed, a breakdown into other indicators is published."""
        published: set[str] = set()
        # A sub-count reads its clause whole: "chấp thuận ... 62 dự án, trong đó 61 dự án trong nước".
        clause_norm = normalize_label(text if headline is None else place.clause.text)
        sentence_norm = normalize_label(place.masked_sentence)
        groups = figure_groups(text, find_quantities(text), place.topics[0])
        for index, group in enumerate(groups):
            lead_start = groups[index - 1].members[-1].end if index else 0
            label_words = period_label_text(text, group.members[0].start)
            label = period_label(label_words, self.report_year) if label_words else None
            unknown_label = label is None and bool(label_words) and bool(_PERIOD_LABEL_WORD.search(normalize_label(label_words)))
            for quantity, unit in zip(group.members, group.units):
                position = offset + quantity.start
                written = self._written(quantity, place.sentence, place.clause.start + offset, place.block)
                reason = other_subject(place.clause.text, position)
                if reason and not counts_time(quantity):
                    # "cả nước đã bảo hộ 2.300 công dân": somebody else's number, and of nothing an indicator counts
                    self._review(reason, [], written, quantity, unit=unit, set_aside=unit is None and not quantity.is_money)
                    continue
                before = f"{place.before} {normalize_label(place.clause.text[: offset + lead_start])}"
                near, topics = self._words_of(group, unit, place.topics, before, label_words, clause_norm, sentence_norm)
                if group.is_change and not counts_time(quantity):
                    # "(giảm 49 đoàn với 220 lượt so với năm 2019)": never a level, whatever it counts.
                    matched, _ = self._rules_in_context(unit, near, topics, clause_norm, sentence_norm)
                    self._review("a change against an earlier period, not a level", [r.indicator for r in matched], written, quantity, unit=unit)
                    continue
                parts_of = self._part_of_headline(headline, quantity, unit, near, topics, clause_norm, sentence_norm)
                if parts_of:
                    self._review(f"a sub-count ('trong đó') of the {parts_of[0]} figure before it", parts_of, written, quantity,
                                 unit=self.indicators[parts_of[0]].unit)
                    continue
                rule = self._choose_rule(quantity, unit, near, topics, clause_norm, sentence_norm, place.resolved, written,
                                         group.after)
                if rule is None:
                    continue
                if unknown_label:
                    # "(tháng trước: 03 đoàn)": a period label the extractor does not understand.
                    self._review(f"period not certain: the label '{label_words}' names a period the extractor does not understand",
                                 [rule.indicator], written, quantity, unit=self.indicators[rule.indicator].unit)
                    continue
                if quantity.range_end is not None:
                    self._review(f"a range ('{quantity.as_written}'), not one figure", [rule.indicator], written, quantity,
                                 unit=self.indicators[rule.indicator].unit)
                    continue
                # A "trong đó" with no headline in its clause counts part of a figure written before it.
                if headline is not None and (rule.indicator in headline or not headline):
                    self._review(f"a sub-count ('trong đó') of the {rule.indicator} figure before it", [rule.indicator], written, quantity,
                                 unit=self.indicators[rule.indicator].unit)
                    continue
                if self._emit(rule, quantity, position, group, place, written, label):
                    published.add(rule.indicator)
        return published

    def _words_of(self, group: FigureGroup, unit, topics: list[str], before: str, label_words: str | None, clause_norm: str,
                  sentence_norm: str) -> tuple[str, list[str]]:
        """The words a figure is matched with, in widening circles: its own phrase; with the words
        before a comma ("..., giảm 7 đoàn so với năm 2020"); what the words before it counted, when
        it names nothing new ("…, ước cả năm 06 thỏa thuận"); its label, list header, heading."""
        near = group.near
        if self._rules_in_context(unit, near, topics[:1], clause_norm, sentence_norm) == ([], []):
            near = group.near_with_previous
        lead = group.lead.replace(normalize_label(label_words), " ") if label_words else group.lead
        if unit and self._rules_in_context(unit, near, topics[:1], clause_norm, sentence_norm) == ([], []) and repeats_words_before(lead, before):
            topics = [topics[0], before, topics[-1]]
        return near, topics

    def _part_of_headline(self, headline: set[str] | None, quantity: Quantity, unit, near: str, topics: list[str], clause_norm: str,
                          sentence_norm: str) -> list[str]:
        """"(trong đó: đại học 620 lưu học sinh; ...)": under a headline, a figure whose words name
        no indicator but whose noun is the headline's is a part of it."""
        if not headline or not unit or quantity.is_money or self._rules_in_context(unit, near, topics, clause_norm, sentence_norm) != ([], []):
            return []
        return sorted(code for code in headline if unit in next(rule for rule in self.rules if rule.indicator == code).units)

    def _comparison(self, place: "_Place", quantity: Quantity, segment: Segment) -> None:
        """"(cùng kỳ năm 2022: 15 đoàn/52 lượt)": the indicator of the figure it compares with,
        the same period a year earlier."""
        written = self._written(quantity, place.sentence, place.clause.start + segment.start, place.block)
        unit = read_unit(quantity.unit_words, quantity.currency)
        candidates = {code for _, code in place.resolved if unit in next(r for r in self.rules if r.indicator == code).units}
        if len(candidates) > 1:
            # "(cùng kỳ năm 2024: 29 đoàn ra, 35 đoàn vào)": the figure's own words choose.
            text = place.clause.text[segment.start : segment.end]
            own = normalize_label(text[text.rfind(",", 0, quantity.start) + 1 : (text.find(",", quantity.end) + 1 or len(text) + 1) - 1])
            candidates &= {rule.indicator for rule in self._matching_rules(unit, own, own, own)[0]}
        if len(candidates) != 1:
            self._review("a comparison figure whose indicator is not certain", sorted(candidates), written, quantity, unit=unit)
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
                # "lũy kế 6 tháng: 26 đoàn (cùng kỳ năm 2024: 22 đoàn)": a year before the figure it follows.
                period = same_period_a_year_earlier(place.periods.get(code, self.period_code), segment.named_year)
                evidence = "'cùng kỳ': the same period a year earlier"
        except ScopeError as error:
            self._review(f"period not certain: {error}", [code], written, quantity, unit=indicator.unit)
            return
        if place.plan_clause:
            self._plan(place, [code], written, quantity, indicator.unit)
            return
        self._publish(code, quantity, period, evidence, written)

    def _plan(self, place: "_Place", candidates, written: dict, quantity: Quantity, unit: str) -> None:
        """A plan is never published. Under a plan section's heading ("II. KẾ HOẠCH NĂM 2027") it
        is set apart, since nobody can accept it as a result; a plan named by a sentence's own
        words ("phấn đấu", "dự kiến") is queued, in case those words were read wrongly."""
        reason = place.section_reason if place.in_plan_section and place.section_reason else "a plan, target or proposal, not a result"
        self._review(reason, candidates, written, quantity, unit=unit, set_aside=place.in_plan_section)

    def _emit(self, rule, quantity: Quantity, position: int, group: FigureGroup, place: "_Place", written: dict, label: Scope | None = None) -> bool:
        indicator = self.indicators[rule.indicator]
        candidates = [rule.indicator]
        if group.is_change:
            self._review("a change against an earlier period, not a level", candidates, written, quantity, unit=indicator.unit)
            return False
        if place.plan_clause:
            self._plan(place, candidates, written, quantity, indicator.unit)
            return False
        if indicator.unit not in ("USD", "VND") and not quantity.is_whole:
            self._review(f"{indicator.unit} counts are whole numbers", candidates, written, quantity, unit=indicator.unit)
            return False
        prefix = normalize_label(place.clause.text[:position])
        if indicator.kind == "flow" and label is None and CUMULATIVE.search(prefix) and not find_scopes(prefix, self.report_year):
            self._review("a running total since an unknown start, not a flow of the period", candidates, written, quantity, unit=indicator.unit)
            return False
        try:
            period, evidence, estimate = self._period_for(place, position, label, stock=indicator.kind == "stock")
        except ScopeError as error:
            self._review(f"period not certain: {error}", candidates, written, quantity, unit=indicator.unit)
            return False
        place.resolved.append((quantity, rule.indicator))
        place.periods[rule.indicator] = period
        self._publish(rule.indicator, quantity, period, evidence, written, "approx" if estimate and quantity.qualifier == "exact" else None)
        return True

    def _publish(self, code: str, quantity: Quantity, period: str, evidence: str, written: dict, qualifier: str | None = None) -> None:
        self.result.figures.append(
            Figure(**written, indicator_code=code, period_code=period, value=quantity.value, unit=self.indicators[code].unit,
                   qualifier=qualifier or quantity.qualifier, period_evidence=evidence, rule=code)
        )

    # -- document ------------------------------------------------------------------------
    def run(self) -> Extraction:
        context = _Context()
        plan_level: int | None = None
        for index, block in enumerate(self.document.blocks):
            if index in self.structure.title_blocks:
                continue
            plan_level = self._section_state(block, plan_level, context)
            context.in_plan = plan_level is not None
            if block.kind == "table_row" or block.text.lstrip().startswith("|"):
                if is_separator_row(block.text):
                    continue
                if context.table is None:
                    context.table = TableLayout()
                cells = [text for _, text in split_cells(block.text)]
                # The rows above the first row of figures name the columns.
                if not context.table.data_started and not holds_values(cells):
                    context.table.header_rows.append(cells)
                    continue
                if not context.table.data_started:
                    context.table.data_started, context.table.first_review = True, len(self.result.review)
                self._table_row(block, context)
                continue
            context.table = None
            self._block(block, context)
        self._settle_conflicts()
        self._note_structure()
        return self.result

    def _block(self, block: Block, context: _Context, topic: str = "") -> None:
        """The sentences of a paragraph (or of a table cell, with its row's label as ``topic``)."""
        if not _LIST_ITEM.match(block.text):
            context.list_topic = normalize_label(block.text[:-1]) if block.text.rstrip().endswith(":") and len(block.text) < 120 else ""
        text = blank_numbering(block.text)
        inherited = context.heading_scope
        block_topic = topic
        for sentence in split_sentences(Block(block.kind, block.number, block.start, text)):
            resolved: list[tuple[Quantity, str]] = []
            periods: dict[str, str] = {}
            segments = find_segments(sentence.text)
            masked_sentence = mask(sentence.text, segments + name_segments(sentence.text, segments))
            own_topic = sentence_label(sentence.text) or ""
            if own_topic and period_label(own_topic, 2000) is not None:
                own_topic = ""  # "Tính từ đầu năm: 09 đoàn": a period, not a topic
            # "1. Công tác đoàn ra: ... . Tính từ đầu năm: 09 đoàn": the item's label goes on.
            topic = own_topic or block_topic
            block_topic = block_topic or own_topic
            opening = find_scopes(normalize_label(masked_sentence[:60]), self.report_year)
            # "Dự kiến đón 03 đoàn ...; cử 02 đoàn ...": a sentence opening with a plan is a plan throughout.
            plan_sentence = has_any(normalize_label(masked_sentence[:40]), word_list("plan_words"))
            for clause in split_clauses(sentence):
                self._clause(block, sentence, clause, context, inherited, resolved, segments, masked_sentence, topic, plan_sentence, periods)
            if opening and opening[0][0] == 0:
                inherited = opening[0][1]

    def _section_state(self, block: Block, plan_level: int | None, context: _Context) -> int | None:
        level = heading_level(block.text)
        if level is None and (part_heading(block.text) or caps_heading(block.text)):
            level = 0 if part_heading(block.text) else 1
        markdown = re.match(r"^(#{1,6})\s", block.text)
        if level is None and markdown:
            level = len(markdown.group(1))  # "## Tháng 4": a Markdown section
        if level is None:
            return plan_level
        heading = normalize_label(block.text)
        context.heading = heading
        # "5. Lũy kế 5 tháng đầu năm", "## Tháng 4", "Tổng hợp quý II": a heading's period governs the
        # figures of its section, as a label does (one month is the section's period, not an event's).
        named = period_label(re.sub(r"^[#*_\s]*(?:[IVX]+|\d+(?:\.\d+)*)?[.)]?\s*", "", block.text).strip("*_ "), self.report_year)
        heading_scopes = [(0, named)] if named else find_scopes(heading, self.report_year)
        context.heading_scope = dataclasses.replace(heading_scopes[0][1], labelled=True) if len(heading_scopes) == 1 else None
        if has_any(heading, word_list("section_headings.shortcoming")) and not has_any(heading, word_list("section_headings.result")):
            # "II. TỒN TẠI, HẠN CHẾ": "03 đoàn ra chậm báo cáo" counts a shortcoming, not the delegations.
            context.section_reason = "in a section on shortcomings or difficulties, not a result"
            return level if plan_level is None else min(plan_level, level)
        if has_any(heading, word_list("section_headings.plan")) and not has_any(heading, word_list("section_headings.result")):
            context.section_reason = "a plan, target or proposal, not a result"
            return level if plan_level is None else min(plan_level, level)
        if plan_level is not None and level <= plan_level:
            context.section_reason = ""
            return None
        return plan_level

    def _note_structure(self) -> None:
        """Disagreements between the places that name the report's period, for a person to read."""
        for note in self.structure.disagreements:
            first = self.document.blocks[0] if self.document.blocks else Block("paragraph", 1, 0, "")
            self.result.review.append(
                ReviewItem(value_as_written="", excerpt=first.text[:200], char_start=first.start, char_end=first.start, excerpt_start=first.start,
                           block=first, reason=f"report period: {note}", candidates="", period_code=self.period_code, value=None,
                           unit=None, qualifier="exact")
            )

    def _settle_conflicts(self) -> None:
        """One figure per indicator and period: repeats of the same value collapse; different
        values for the same figure in one report go to review, all of them."""
        by_key: dict[tuple[str, str], list[Figure]] = {}
        for figure in self.result.figures:
            by_key.setdefault((figure.indicator_code, figure.period_code), []).append(figure)
        kept: list[Figure] = []
        for (code, period), figures in by_key.items():
            if len({(f.value, f.qualifier) for f in figures}) == 1:
                kept.append(figures[0])
                self.result.repeated += figures[1:]
                continue
            values = ", ".join(f.value_as_written for f in figures)
            for figure in figures:
                self.result.review.append(
                    ReviewItem(**{name: getattr(figure, name) for name in Written.__dataclass_fields__},
                               reason=f"the report gives {code} for {period} more than once with different values ({values})",
                               candidates=code, period_code=period, value=figure.value, unit=figure.unit, qualifier=figure.qualifier)
                )
        self.result.figures = sorted(kept, key=lambda f: f.char_start)


def extract_figures(document: DocumentText) -> Extraction:
    return _DocumentExtractor(document).run()
