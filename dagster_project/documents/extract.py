"""Turn a narrative report into published figures, each with the sentence it came from.

Precision first: a figure is published only when its indicator (exactly one phrase family
matches), its period (named in the sentence or, failing that, the report's own) and its
value are certain. Everything that looks like a figure but is not certain goes to the
review queue with the reason."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from dagster_project.documents.quantities import Quantity, find_quantities
from dagster_project.documents.reader import Block, DocumentText
from dagster_project.documents.rules import CAPITAL_CUES, IndicatorRule, capital_rules, has_any, load_rules, read_unit
from dagster_project.documents.scopes import (
    CUMULATIVE,
    ScopeError,
    find_scopes,
    report_period,
    resolve_as_of,
    resolve_year_to_date,
    year_of,
)
from dagster_project.landing.reports import load_indicators
from dagster_project.parsing.periods import period_from_code
from dagster_project.parsing.text import normalize_label

_SENTENCE_END = re.compile(r"[.!?…]+[\"”’)]*\s+")
_HEADING = re.compile(r"^\s*(?:(?P<roman>[IVX]+)|(?P<number>\d+(?:\.\d+)*))\.?\s+\S")
_PLAN_HEADING = ("phuong huong", "nhiem vu", "kien nghi", "de xuat", "ke hoach", "giai phap")
_RESULT_HEADING = ("ket qua", "tinh hinh", "danh gia", "thuc hien")
_PLAN_WORDS = ("phan dau", "du kien", "se", "muc tieu", "chi tieu", "ke hoach dat", "dang ky thuc hien")
_CHANGE_WORDS = ("tang", "giam", "tang them", "giam di", "nhieu hon", "it hon")
_JOINERS = {"", "voi", "va", "gom"}
# Report period types for which "Năm 2022" or "trong năm" inside the text means the same period.
_YEAR_LIKE = {"year"}
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


@dataclass
class _Span:
    """A sentence or clause: text and its offset in the document."""

    text: str
    start: int


@dataclass
class _Group:
    """Figures written as one phrase ("36 đoàn với 248 lượt"), sharing the words around them."""

    members: list[Quantity]
    units: list[str | None]
    near: str = ""
    is_change: bool = False


def split_sentences(block: Block) -> list[_Span]:
    sentences, start = [], 0
    for match in _SENTENCE_END.finditer(block.text):
        following = block.text[match.end() : match.end() + 1]
        if following and (following.isupper() or following in "-–•*"):
            sentences.append(_Span(block.text[start : match.end()].strip(), block.start + start))
            start = match.end()
    sentences.append(_Span(block.text[start:].strip(), block.start + start))
    return [sentence for sentence in sentences if sentence.text]


def split_clauses(sentence: _Span) -> list[_Span]:
    clauses, start = [], 0
    for part in sentence.text.split(";"):
        clauses.append(_Span(part, sentence.start + start))
        start += len(part) + 1
    return [clause for clause in clauses if clause.text.strip()]


def _groups(clause: str, quantities: list[Quantity]) -> list[_Group]:
    groups: list[_Group] = []
    for quantity in quantities:
        unit = read_unit(quantity.unit_words, quantity.currency)
        if groups and not quantity.is_money and not groups[-1].members[-1].is_money:
            previous, previous_unit = groups[-1].members[-1], groups[-1].units[-1]
            between = normalize_label(clause[previous.end : quantity.start])
            rest = between[len(previous_unit or "") :].strip() if previous_unit and between.startswith(previous_unit or "") else None
            if rest in _JOINERS and unit is not None and ";" not in clause[previous.end : quantity.start]:
                groups[-1].members.append(quantity)
                groups[-1].units.append(unit)
                continue
        groups.append(_Group([quantity], [unit]))
    for index, group in enumerate(groups):
        lead_start = groups[index - 1].members[-1].end if index else 0
        tail_end = groups[index + 1].members[0].start if index + 1 < len(groups) else len(clause)
        lead = normalize_label(clause[lead_start : group.members[0].start])
        tail = clause[group.members[0].end : tail_end]
        # "đoàn ra: 5 đoàn/21 lượt người, đoàn vào: 7 đoàn": the words before a later colon are the
        # next item's label, from the comma that precedes them.
        own_end = group.members[-1].end - group.members[0].end
        colon = tail.find(":", own_end)
        if colon >= 0:
            comma = tail.rfind(",", own_end, colon)
            tail = tail[: comma if comma >= 0 else colon]
        group.near = f"{lead} {normalize_label(tail)}".strip()
        group.is_change = any(lead.endswith(f" {word}") or lead == word for word in _CHANGE_WORDS)
    return groups


class _DocumentExtractor:
    def __init__(self, document: DocumentText):
        self.document = document
        self.rules = load_rules()
        self.capital = capital_rules()
        self.indicators = load_indicators()
        self.period_code, self.period_evidence = report_period([block.text for block in document.blocks])
        self.report_year = year_of(self.period_code)
        self.result = Extraction(self.period_code, self.period_evidence)

    # -- periods -------------------------------------------------------------------------
    def _period_for(self, sentence: _Span, clause: _Span, quantity: Quantity, inherited) -> tuple[str, str]:
        """(period code, evidence) for a figure, or ScopeError when it is not certain."""
        prefix = normalize_label(sentence.text[: quantity.start + clause.start - sentence.start])
        scopes = find_scopes(prefix, self.report_year)
        if not scopes:
            scopes = find_scopes(normalize_label(clause.text), self.report_year)
        scope = scopes[-1][1] if scopes else inherited
        if scope is None:
            if self.period_code is None:
                raise ScopeError(f"the sentence names no period and the report's period is unknown ({self.period_evidence})")
            return self.period_code, f"report period: {self.period_evidence}"
        if scope.kind == "as_of_date":
            return resolve_as_of(scope, self.period_code), f"'{scope.evidence}' in a report on {self.period_code}"
        if scope.kind == "year_to_date":
            return resolve_year_to_date(scope, self.period_code), f"'{scope.evidence}' in a report on {self.period_code}"
        if scope.kind == "month" and scope.code == self.period_code:
            return scope.code, f"'{scope.evidence}', the month the report covers"
        if scope.kind == "month":
            raise ScopeError(f"'{scope.evidence}' names a month: the figure may describe one event, not the month's total")
        if scope.kind == "this_year":
            if self.period_code and period_from_code(self.period_code).period_type in _YEAR_LIKE:
                return self.period_code, f"'{scope.evidence}' in a report on {self.period_code}"
            raise ScopeError(f"'{scope.evidence}' is not a period this report covers exactly")
        if scope.kind == "year" and self.period_code and self.report_year == int(scope.code):
            if period_from_code(self.period_code).period_type not in _YEAR_LIKE:
                raise ScopeError(f"'{scope.evidence}' is named in a report covering only {self.period_code}")
        return scope.code, f"'{scope.evidence}'"

    # -- figures -------------------------------------------------------------------------
    def _review(self, reason: str, candidates, sentence: _Span, clause: _Span, quantity: Quantity, block: Block,
                period: str | None = None, unit: str | None = None) -> None:
        self.result.review.append(
            ReviewItem(**self._written(quantity, sentence, clause, block), reason=reason, candidates=", ".join(candidates),
                       period_code=period, value=quantity.value, unit=unit, qualifier=quantity.qualifier)
        )

    @staticmethod
    def _written(quantity: Quantity, sentence: _Span, clause: _Span, block: Block) -> dict:
        """The fields of Written for a figure of this clause."""
        return {"value_as_written": quantity.as_written, "excerpt": sentence.text, "char_start": clause.start + quantity.start,
                "char_end": clause.start + quantity.end, "excerpt_start": sentence.start, "block": block}

    def _matching_rules(self, unit: str | None, near: str, clause: str, sentence: str) -> tuple[list[IndicatorRule], list[tuple[IndicatorRule, str]]]:
        matched, stopped = [], []
        for rule in self.rules:
            if rule.follows or unit is None or not rule.requirements_met(unit, near, clause, sentence):
                continue
            blocker = rule.excluded_by(near, clause)
            (stopped.append((rule, blocker)) if blocker else matched.append(rule))
        return matched, stopped

    def _capital_rule(self, quantity: Quantity, near: str, resolved: list[tuple[Quantity, str]]) -> tuple[IndicatorRule | None, str]:
        if not has_any(near, CAPITAL_CUES):
            return None, "money amount not tied to an indicator"
        projects = [(q, code) for q, code in resolved if q.end <= quantity.start and code in self.capital]
        if not projects:
            return None, "capital amount without a project count before it in the sentence"
        rule = self.capital[projects[-1][1]]
        if quantity.currency != self.indicators[rule.indicator].unit:
            return None, f"capital of {projects[-1][1]} written in {quantity.currency}, the indicator is in {self.indicators[rule.indicator].unit}"
        return rule, ""

    def _clause(self, block: Block, sentence: _Span, clause: _Span, in_plan: bool, inherited, resolved) -> None:
        quantities = find_quantities(clause.text)
        if not quantities:
            return
        clause_norm, sentence_norm = normalize_label(clause.text), normalize_label(sentence.text)
        # "chia sẻ" (share) is not "sẽ" (will).
        plan_clause = in_plan or has_any(clause_norm.replace("chia se", "chia_se"), _PLAN_WORDS)
        for group in _groups(clause.text, quantities):
            for quantity, unit in zip(group.members, group.units):
                if quantity.is_money:
                    rule, reason = self._capital_rule(quantity, group.near, resolved)
                    if rule is None:
                        matched, stopped = self._matching_rules(unit, group.near, clause_norm, sentence_norm)
                        if len(matched) != 1:
                            self._review(reason if not matched else "several indicators fit", [r.indicator for r in matched],
                                         sentence, clause, quantity, block, unit=unit)
                            continue
                        rule = matched[0]
                else:
                    matched, stopped = self._matching_rules(unit, group.near, clause_norm, sentence_norm)
                    if not matched:
                        if stopped:
                            rule, blocker = stopped[0]
                            self._review(f"reads like {rule.indicator} but '{blocker}' says otherwise",
                                         [r.indicator for r, _ in stopped], sentence, clause, quantity, block, unit=unit)
                        continue
                    if len(matched) > 1:
                        self._review("several indicators fit", [r.indicator for r in matched], sentence, clause, quantity, block, unit=unit)
                        continue
                    rule = matched[0]
                self._emit(rule, quantity, group, block, sentence, clause, clause_norm, plan_clause, inherited, resolved)

    def _emit(self, rule, quantity, group, block, sentence, clause, clause_norm, plan_clause, inherited, resolved) -> None:
        indicator = self.indicators[rule.indicator]
        candidates = [rule.indicator]
        if group.is_change:
            self._review("a change against an earlier period, not a level", candidates, sentence, clause, quantity, block, unit=indicator.unit)
            return
        if plan_clause:
            self._review("a plan, target or proposal, not a result", candidates, sentence, clause, quantity, block, unit=indicator.unit)
            return
        if indicator.unit not in ("USD", "VND") and not quantity.is_whole:
            self._review(f"{indicator.unit} counts are whole numbers", candidates, sentence, clause, quantity, block, unit=indicator.unit)
            return
        prefix = normalize_label(clause.text[: quantity.start])
        if indicator.kind == "flow" and CUMULATIVE.search(prefix) and not find_scopes(prefix, self.report_year):
            self._review("a running total since an unknown start, not a flow of the period", candidates, sentence, clause, quantity, block,
                         unit=indicator.unit)
            return
        try:
            period, evidence = self._period_for(sentence, clause, quantity, inherited)
        except ScopeError as error:
            self._review(f"period not certain: {error}", candidates, sentence, clause, quantity, block, unit=indicator.unit)
            return
        resolved.append((quantity, rule.indicator))
        self.result.figures.append(
            Figure(**self._written(quantity, sentence, clause, block), indicator_code=rule.indicator, period_code=period,
                   value=quantity.value, unit=indicator.unit, qualifier=quantity.qualifier, period_evidence=evidence, rule=rule.indicator)
        )

    # -- document ------------------------------------------------------------------------
    def run(self) -> Extraction:
        plan_level: int | None = None
        for block in self.document.blocks:
            plan_level = self._section_state(block, plan_level)
            inherited = None
            for sentence in split_sentences(block):
                resolved: list[tuple[Quantity, str]] = []
                opening = find_scopes(normalize_label(sentence.text[:60]), self.report_year)
                for clause in split_clauses(sentence):
                    self._clause(block, sentence, clause, plan_level is not None, inherited, resolved)
                if opening and opening[0][0] == 0:
                    inherited = opening[0][1]
        self._settle_conflicts()
        return self.result

    @staticmethod
    def _heading_level(block: Block) -> int | None:
        text = block.text.lstrip("#*_ ")
        match = _HEADING.match(text)
        if not match or len(text) > 160:
            return None
        return 1 if match.group("roman") else 1 + match.group("number").count(".") + 1

    def _section_state(self, block: Block, plan_level: int | None) -> int | None:
        level = self._heading_level(block)
        if level is None:
            return plan_level
        heading = normalize_label(block.text)
        if has_any(heading, _PLAN_HEADING) and not has_any(heading, _RESULT_HEADING):
            return level if plan_level is None else min(plan_level, level)
        if plan_level is not None and level <= plan_level:
            return None
        return plan_level

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
