"""Figures written as parts of a headline figure of the same clause, told apart by their own
words: the same count for another period ("151 hài cốt, trong đó năm 2023 là 33 hài cốt",
"riêng quý III có 13 đoàn"), a part that is an indicator of its own ("riêng cơ quan đại diện:
17 đoàn"), and values paired "lần lượt" with a list written before them."""

from __future__ import annotations

import dataclasses
import re

from dagster_project.documents.groups import FigureGroup
from dagster_project.documents.quantities import Quantity
from dagster_project.documents.rules import counted_nouns, foreign_names, has_any
from dagster_project.documents.scopes import ScopeError, find_scopes, period_label, same_period_a_year_earlier, year_of
from dagster_project.documents.segments import period_label_text
from dagster_project.documents.word_lists import without_names, word_list
from dagster_project.parsing.periods import PeriodFormatError, period_from_code
from dagster_project.parsing.text import normalize_label

# The kind of period phrase that names a period of each type ("năm 2024", "quý II", "6 tháng", "tháng 5").
_SCOPE_KIND = {
    "year": "year",
    "quarter": "quarter",
    "half": "partial_year",
    "nine_months": "partial_year",
    "month": "month",
}


def _repeats_a_noun_before(clause: str, bracket: str, noun: str) -> bool:
    """Whether a bracket's count repeats, word for word, the noun after a number of its clause before the bracket
    ("40 đoàn vào … (năm 2016 có 41 đoàn vào)")."""
    opened = clause.find(bracket)
    if not bracket.lstrip().startswith("(") or opened <= 0 or not noun:
        return False
    before = normalize_label(clause[:opened])
    words = noun.split()
    return any(after.split()[: len(words)] == words for after in _nouns_after_numbers(before))


def _nouns_after_numbers(text: str) -> list[str]:
    return [match.strip() for match in re.findall(r"\b\d+ ((?:[a-z]+ ?){1,2})", text)]


def _dates_a_kind(before_period: str) -> bool:
    """Whether more than a few words stand between a part's opener ("trong đó", "riêng") and the period after it: the
    period then dates what those words name, not the part."""
    opener = max((before_period.rfind(f"{word} ") for word in ("trong do", "rieng", "trong so do")), default=-1)
    if opener < 0:
        return False  # (a breakdown's own label, "(tháng 4 có 03 vụ, tháng 5 có 05 vụ)", read as before)
    words = before_period[opener:].split()[2:]
    # (not the words pointing back at the count, "con số tương ứng của năm 2024 là 37 đoàn", nor those naming it, "số
    # đoàn vào của tháng 12 là 06 đoàn")
    if has_any(" ".join(words), word_list("anaphora_words")):
        return False
    naming = counted_nouns() | _NAMING_WORDS
    return len([word for word in words if word not in naming]) > 2


_NAMING_WORDS = frozenset({"so", "cua", "la", "co", "trong", "rieng", "ra", "vao", "luong", "tong"})


class HeadlineParts:
    """Mixed into the extractor: uses its rules, report year and ``_rules_in_context``."""

    def _period_part(self, place, headline, text: str, quantity: Quantity, unit, group: FigureGroup, label):
        """(the headline's rule, the part's period) for a sub-count that names its own period, within
        the headline figure's or an earlier one of the same kind, and nothing but its count's noun
        after it, under a headline of one indicator with that noun."""
        counted = set(" ".join(u for u in group.units if u).split()) | {"voi", "va"}
        # (to a comma: "riêng Quý IV/2022 là 12 dự án, chủ yếu là các khoản cứu trợ …" says what they were)
        own_after = normalize_label(re.split(r"[,;(]", text[group.members[0].end :], maxsplit=1)[0])
        # (nor a target: "(chỉ tiêu 6 tháng đầu năm là 25 đoàn)")
        if not headline or unit is None or has_any(without_names(normalize_label(text)), word_list("plan_words")):
            return None
        repeated = not all(w in counted or w.isdigit() for w in own_after.split())
        if repeated and not _repeats_a_noun_before(place.clause.text, text, own_after):
            return None
        own_before = f" {normalize_label(re.split(r'[,;(]', text[: quantity.start])[-1])} "
        if any(f" {name} " in own_before for name in foreign_names()):
            # ("… gần 4,2 tỷ đồng, trong đó quý III hỗ trợ tỉnh Khăm Muồn … 500 triệu đồng": one partner's share in the
            # quarter, not the quarter's count)
            return None
        rules = [rule for rule in self.rules if rule.indicator in headline and unit in rule.units]
        if len(rules) != 1 or rules[0].indicator not in place.periods:
            return None
        if label is None or not label.code:
            # (not a year named in a comparison before it: "(cùng kỳ năm 2024: 07 hội nghị), trong đó … quý II có 07")
            raw_before = re.sub(r"\([^()]*\)", " ", text[: quantity.start])
            scopes = [scope for _, scope in find_scopes(normalize_label(raw_before), self.report_year)]
            label = scopes[-1] if scopes and (scopes[-1].code or scopes[-1].kind == "year_end") else None
            # (in the part's own words, from the last comma: "trong đó quý I có 14 đoàn/81 lượt, quý II ước 17 đoàn")
            own = normalize_label(re.split(r"[,;]", raw_before)[-1])
            own_found = find_scopes(own, self.report_year)
            if label is not None and own_found and _dates_a_kind(own[: own_found[-1][0]]):
                # ("trong đó viện trợ khẩn cấp khắc phục hậu quả mưa lũ tháng 10/2020 là 640.000 USD": a kind of it,
                # the month dating the event it names, not the same count over a month)
                return None
        level_at_year_end = label is not None and label.kind == "year_end"
        if level_at_year_end and self.indicators[rules[0].indicator].kind == "stock":
            # "31 tổ chức … (cuối năm 2021 là 29 tổ chức)": the level at the end of an earlier year.
            label = dataclasses.replace(label, kind="year", code=str(label.as_of.year), labelled=True)
        if label is not None and not label.code:
            return None
        if label is not None and label.kind == "same_period_earlier":
            # "…; cùng kỳ năm 2020 là 74.512 lượt người": the headline's period, a year earlier
            try:
                indicator = rules[0].indicator
                compared = place.periods[indicator]
                if place.past_another_period(indicator) or self._another_period_between(
                    text[: quantity.start], compared
                ):
                    return None
                code = same_period_a_year_earlier(compared, year_of(label.code))
            except ScopeError:
                return None
            kind = _SCOPE_KIND[period_from_code(code).period_type]
            label = dataclasses.replace(label, kind=kind, code=code, labelled=True)
        try:
            inner, outer = period_from_code(label.code), period_from_code(place.periods[rules[0].indicator])
        except (AttributeError, PeriodFormatError):
            return None
        within = outer.start_date <= inner.start_date and inner.end_date <= outer.end_date and inner != outer
        # "27 vụ việc (năm 2020 là 31 vụ việc)": the same count of an earlier period of the same kind,
        # stated outright.
        # ("238 đoàn …, gấp 2,0 lần giai đoạn trước (giai đoạn 2016 - 2020: 118 đoàn)": a span of as many
        # years, the one right before)
        earlier = (
            inner.period_type == outer.period_type
            and (inner.period_type != "multi_year" or inner.end_date.year + 1 == outer.start_date.year)
            and inner.end_date < outer.start_date
            and inner.months == outer.months
        ) or (
            # ("1.146 lưu học sinh … (cuối năm 2024 là 1.083 LHS)" in a half-year report: a level at an earlier
            # year's end, whatever the period of the level it is compared with)
            level_at_year_end and label.kind == "year" and inner.end_date < outer.start_date
        )
        # (a noun repeated only for an earlier period: "(6 tháng đầu năm có 06 đoàn vào)" after a part of the year's may
        # be that part's)
        return (rules[0], label) if (within and not repeated) or earlier else None

    def _another_period_between(self, between: str, compared: str) -> bool:
        """Whether the words before a "cùng kỳ" name a period other than the one of the figure it would compare
        ("Quý II, … 04 hội thảo; lũy kế 6 tháng 07 hội nghị (cùng kỳ 2017: 05)"); words in brackets aside."""
        words = normalize_label(re.sub(r"\([^()]*\)", " ", between))
        return (
            self.first_other_period(words, compared, lambda _, scope: scope.kind == "same_period_earlier") is not None
        )

    def _rules_of_own_words(self, unit, group: FigureGroup):
        """(matched, stopped) rules of the figure's own phrase alone, no clause or topic around it."""
        return self._rules_in_context(unit, group.near, [], group.near, group.near)

    def _part_by_definition(self, unit, group: FigureGroup) -> bool:
        """The figure's own words name one indicator that counts a part by definition ("13 đoàn … là cơ quan
        đại diện ngoại giao, tổ chức quốc tế"), whatever its whole."""
        matched, _ = self._rules_of_own_words(unit, group)
        return len(matched) == 1 and matched[0].indicator in word_list("part_indicators")

    def _own_indicator(self, place, unit, group: FigureGroup) -> bool:
        """The figure's own words name one indicator, another than the headline figures the
        sentence gave before it (a part of another sentence's figure is still a part, unless the
        indicator counts that part by definition: "Riêng các cơ quan đại diện … 18 đoàn")."""
        matched, stopped = self._rules_of_own_words(unit, group)
        published = {code for _, code in place.resolved}
        if len(matched) != 1 or matched[0].indicator in published:
            return False
        # (a part indicator's own words are what stop the general one: "đoàn vào" of "cơ quan đại diện")
        by_definition = matched[0].indicator in word_list("part_indicators")
        return by_definition or (bool(published) and not stopped)

    def _a_part_by_definition(self, unit, group: FigureGroup) -> bool:
        """The figure's own words name one indicator that counts a part of another by definition ("Đoàn đi đào tạo:
        04 đoàn (đã tính trong tổng số đoàn ra)")."""
        matched, _ = self._rules_of_own_words(unit, group)
        return len(matched) == 1 and matched[0].indicator in word_list("part_indicators")

    def _unpaired(self, text: str, quantity: Quantity, unit, group: FigureGroup) -> str | None:
        """ "năm 2023 lần lượt là 56 hồ sơ và 193 hồ sơ": a value paired with one item of a list
        written before it, which the extractor does not pair; unless its own words name its
        indicator ("lần lượt là 02 hội nghị quốc tế và 01 thỏa thuận quốc tế")."""
        before = normalize_label(text[: quantity.start])
        # ("con số tương ứng của năm 2024 là 37 đoàn": the figure before, for another period)
        if not has_any(before, word_list("respectively_words")) or has_any(before, word_list("anaphora_words")):
            return None
        # "… lần lượt là: 2021: 11 đoàn; 2022: 26 đoàn": each value carries its own period label
        label_words = period_label_text(text, quantity.start)
        if label_words and period_label(label_words, self.report_year):
            return None
        matched, _ = self._rules_of_own_words(unit, group)
        if len(matched) == 1:
            return None
        return "'lần lượt' (respectively): the value belongs to one item of a list written before it"
