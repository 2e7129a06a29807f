"""Publishing a figure and queueing a number for a person: the review queue with its reasons,
the numbers set apart, one figure per indicator and period.

A mixin of the document extractor (it reads the report's period, the indicators and the result)."""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal

from dagster_project.documents.doubt_notes import doubt_notes, doubted_by, remarked_row, row_remarks, sentence_doubts
from dagster_project.documents.forms import starts_with_phrase
from dagster_project.documents.qualifier_notes import BracketedNote, defined_same_period, estimate_notes
from dagster_project.documents.quantities import BOUND, Quantity, find_quantities
from dagster_project.documents.reader import LIST_MARKER, Block
from dagster_project.documents.results import NOTE_SAYS_BOTH, OF_THE_REPORT, Figure, ReviewItem
from dagster_project.documents.rule_choice import READS_LIKE, SEVERAL_FIT
from dagster_project.documents.rules import (
    disagreement_in,
    has_any,
    has_phrase,
    likely_indicators,
    own_words_after,
    read_unit,
    unit_in_label,
)
from dagster_project.documents.scopes import ESTIMATE_EVIDENCE, find_scopes, without_periods
from dagster_project.documents.sentences import Span
from dagster_project.documents.structure import quarter_beside_months, unfinished_at
from dagster_project.documents.word_lists import parts_of, word_list
from dagster_project.parsing.periods import holds_any, is_period_code, period_from_code
from dagster_project.parsing.text import normalize_label

# Evidence of a figure's period (figure_periods.py) that is a date before the period's end.
# "(số liệu ước thực hiện đến ngày 30/6/2024)", "(số ước)": a bracket saying the figures after it are estimates.
_ESTIMATES_BRACKET = re.compile(r"\((?:[^()]*\s)?(?:số liệu ước|số ước)\b[^()]*\)", re.IGNORECASE)
# "tháng này", "quý này", "kỳ này": the period the report covers.
_THIS_PERIOD = re.compile(r"\b(?:thang|quy|ky|nam) nay\b")
_CUT_OFF = re.compile(r"'(?:tinh )?(?:den|toi) (?:het )?ngay \d")
# "19 hài cốt năm 2022": a noun of a few words, then a year of its own, at the end of the figure's phrase.
# (not a comparison's base, "52 đoàn vào so với năm 2022", nor another's, "… của năm 2022")
_OWN_YEAR_AFTER = re.compile(r"^(?:(?!(?:so|voi|bang|hon|gap|cua)\b)[a-z]+ ){0,4}nam (?P<year>(?:19|20)\d{2})\s*$")
# "hiện có", "đến nay": a level dated to the day of writing.
_NOW_WORDS = re.compile(r"\b(?:hien co|hien nay|den nay|hien dang|hien tai)\b")
# A place named in a sentence other than the province ("… trên địa bàn tỉnh Quảng Bình …").
_OTHER_PLACE = re.compile(r"\b(?:[Tt]ỉnh|[Tt]hành phố|[Hh]uyện|[Tt]hị xã)\s+(?!Hà Tĩnh\b)[A-ZĐ]")
# A cut-off this many days or fewer before a period's end is in its last quarter.
_LAST_QUARTER_DAYS = 92
# A value at least this large, written twice, is the same figure ("1,57 triệu" and "trên 1,57 triệu USD").
_SHARED_VALUE_FLOOR = 1000
# How the reason of a figure counted before its period ended ends.
COUNT_SO_FAR = ": a count so far, not the period's"


# "chỉ tính đến", "mới tính đến", "mới chốt đến": a cut-off the writer says stops short.
_ONLY_TO = re.compile(r"\b(?:chi|moi) (?:tinh |chot |cap nhat )?(?:den|toi)\b")


# "ước đến hết tháng 6", "ước cả năm", "ước thực hiện", "dự kiến đạt": an estimate of the whole period.
_ESTIMATE_OF_THE_WHOLE = re.compile(r"\b(?:uoc|du kien) (?:den het|toi het|ca|thuc hien|dat)\b")
# (of those, the ones naming the whole period, not "ước đạt 2,1 triệu USD", a companion value's own estimate)
_ESTIMATE_TO_THE_END = re.compile(r"\b(?:uoc|du kien)(?: thuc hien)? (?:den het|toi het|ca (?:nam|quy|ky|giai doan))\b")


# The province's body in a letterhead, which the headings of a text read in capitals may hold.
_LETTERHEAD_OF_THE_PROVINCE = re.compile(r"\b(?:ubnd|uy ban nhan dan) tinh ha tinh\b")
# The people of a pair that any kind of delegation has: "lượt người", "lượt cán bộ" (not "lượt khách", visitors).
_NOUNS_OF_EITHER = re.compile(r"(?:luot (?:nguoi|can bo)|luot(?! khach)|nguoi|can bo)\b")
# The first count of a pair right before its second: "41 đoàn/", "41 đoàn với ".
_PAIRED_BEFORE = re.compile(r"(?P<count>\d[\d.,]*)\s*(?:đoàn|lượt đoàn)\s*(?:/|với|, với)\s*$", re.IGNORECASE)
# A number written with one decimal place, and nothing else ("800,0", "18,3"): a measure or an index, not a count.
_ONE_DECIMAL_PLACE = re.compile(r"\d+[.,]\d")
# "ước", "dự kiến" as written, where an estimate may open
_ESTIMATE_WORDS_WRITTEN = re.compile(r"\b(?:ước|dự kiến)\b", re.IGNORECASE)


# "năm 2024 là", "quý II có", "còn 6 tháng cuối năm đạt", "cả giai đoạn 2016-2020 là": a period and a verb, right
# before the count (normalised)
_ELLIPTICAL_CLAUSE = re.compile(
    r"^\s*(?:va |con |rieng )?(?:ca )?(?:nam (?:19|20)\d\d|quy (?:i|ii|iii|iv)(?: nam (?:19|20)\d\d)?|thang \d{1,2}"
    r"(?: nam (?:19|20)\d\d)?|(?:luy ke )?\d{1,2} thang(?: dau nam| cuoi nam)?(?: nam (?:19|20)\d\d)?"
    # ("…; cả giai đoạn 2016-2020 là 176 đoàn", "cùng kỳ năm 2023 là …", "năm trước là …")
    r"|(?:giai doan|nhiem ky|thoi ky) (?:19|20)\d\d (?:19|20)\d\d|cung ky(?: nam (?:19|20)\d\d)?|nam truoc|nam ngoai)"
    r" (?:la|co|dat|duoc)"
    # (and the count it pairs with: "năm 2024 là 19 đoàn với 143 lượt khách")
    r"(?: \d+ [a-z]+(?: [a-z]+)? voi)?\s*$"
)


# After such a count, nothing but its noun and the count it pairs with ("đoàn với 143 lượt khách"; not "đoàn vào đến
# thăm …", which names what it counts)
_ONLY_ITS_NOUN = re.compile(
    r"^(?:doan|luot|luot khach|luot nguoi|luot can bo|nguoi|khach|can bo)?"
    r"(?: voi \d+ (?:luot khach|luot nguoi|luot can bo|luot|nguoi|can bo))?\s*$"
)


def _says_estimates_before(before: str) -> bool:
    """Whether a bracket before the figure in its sentence says its figures are estimates ("(số liệu ước thực hiện đến
    ngày 30/6/2024)"); not one giving another value or report's estimate ("(số ước tại Báo cáo … là 41 đoàn)"), nor
    one saying official figures replace them."""
    # (nor one the words after it set aside: "(số ước đến ngày 20/6/2022), nay cập nhật số chính thức 562 trang")
    # (nor a figure's own note right after it, "… với 126 lượt khách (số ước); cùng kỳ năm 2018 là 15 đoàn")
    return any(
        not _NOT_OUR_ESTIMATE.search(bracket.group())
        and not _OFFICIAL_NOW.search(before[bracket.end() :])
        and not _a_count_right_before(before[: bracket.start()])
        for bracket in _ESTIMATES_BRACKET.finditer(before)
    )


# A bracket on estimates that are not the figures after it: official ones replace them, or it gives a count or a
# report of its own.
_OFFICIAL_NOW = re.compile(r"chính thức|thay thế", re.IGNORECASE)
# A count ending right before a bracket, with a few words of its noun: "126 lượt khách (số ước)", "07 hồ sơ hộ chiếu
# công vụ (số ước)" (not "12 đơn vị có hoạt động đối ngoại (số liệu ước thực hiện), toàn tỉnh …": no count of the
# codelist, so the note is the sentence's).
_A_FIGURE_BEFORE = re.compile(r"\d[\d.,]*\s+(?!tháng\b|năm\b|quý\b|ngày\b)[^\W\d]+(?:\s+[^\W\d]+){0,7}\s*$")


def _a_count_right_before(text: str) -> bool:
    """Whether ``text`` ends with a count of a unit the codelist knows and its noun."""
    if not _A_FIGURE_BEFORE.search(text):
        return False
    last = find_quantities(text)[-1:]
    return bool(last) and read_unit(last[0].unit_words, last[0].currency) is not None


_NOT_OUR_ESTIMATE = re.compile(rf"{_OFFICIAL_NOW.pattern}|báo cáo|\d+\s+(?!tháng\b|năm\b)[^\W\d]", re.IGNORECASE)


# A figure's own note right after it: its noun (words only, no comma), the people it pairs with ("/21 lượt người", "với
# 83 lượt khách"), then "(số ước …)", "(ước)", "(số liệu ước …)".
_NOUN_WORD = r"\s+(?!với\b|và\b|của\b|so\b|tăng\b|giảm\b|kinh\b|tổng\b)[^\W\d]+"
_OWN_ESTIMATE_NOTE = re.compile(
    rf"(?:{_NOUN_WORD}){{0,8}}"
    rf"(?:\s*(?:/|với)\s*\d[\d.,]*\s+lượt(?:\s+(?:người|khách|cán bộ))?(?:{_NOUN_WORD}){{0,8}})?"
    r"\s*\((?:số liệu |số )?ước\b(?P<rest>[^()]*)\)",
    re.IGNORECASE,
)
# A date in a note ("đến ngày 25/5/2018"), the one kind of number the figure's own estimate note may hold.
_NOTE_DATE = re.compile(r"\b\d{1,2}/\d{1,2}(?:/\d{4})?\b")


def _noted_as_an_estimate_after(after: str) -> bool:
    """Whether a bracket right after a figure (its noun and the people it pairs with between) says it is an estimate
    ("05 đoàn/21 lượt người (số ước)", "03 đoàn (ước)"); not one giving another value, share or report ("(số ước tại
    Báo cáo số 12 là 06 đoàn)", "(ước cả năm là 45)", "(ước đạt 85% kế hoạch)"), nor one on another noun ("41 đoàn
    ra, kinh phí (ước) …")."""
    note = _OWN_ESTIMATE_NOTE.match(after)
    return note is not None and not re.search(r"\d|%", _NOTE_DATE.sub(" ", note.group("rest")))


def _estimated_by_the_opening(before: str) -> bool:
    """Whether the sentence's opening, before its first count, estimates what follows ("Lũy kế 6 tháng đầu năm 2019,
    toàn tỉnh ước có 26 đoàn ra …; đón 21 đoàn vào …"), for a figure in a later clause naming no period of its own."""
    clauses = before.split(";")
    if len(clauses) < 2:
        return False
    first = without_periods(normalize_label(clauses[0]), None)
    head = first[: m.start()] if (m := re.search(r"\d", first)) else first
    own = normalize_label(clauses[-1])
    if has_any(head, word_list("plan_words")) or has_phrase(head, "ke hoach"):
        return False  # ("Theo Kế hoạch …, toàn tỉnh ước đón 50 đoàn vào; kết quả đã đón 22 đoàn": a plan's estimate)
    # (a clause going on with the same subject, opening with its verb: "…; đón 21 đoàn vào"; not "…; UBND tỉnh đã chấp
    # thuận 27 dự án", a subject and a deed of its own, nor "…; so với năm 2018 (479.680 lượt người)")
    # (and the estimate the province's, its subject: "toàn tỉnh ước có …"; not one value's, "giá trị cam kết … ước đạt")
    verb = _ESTIMATING_VERB.search(head)
    return (
        verb is not None
        and bool(_THE_PROVINCE_BEFORE.search(head[: verb.start()]))
        and bool(starts_with_phrase(own.strip().removeprefix("va "), word_list("clause_verbs")))
        and not find_scopes(own, None)
        and not has_any(own, ("thuc hien", "chinh thuc", "ket qua"))
    )


# The province (or the department) as the subject right before an estimating verb.
_THE_PROVINCE_BEFORE = re.compile(r"\b(?:toan tinh|ca tinh|tinh|tinh ta|so ngoai vu|so)\s*$")


# "ước có", "ước đạt", "ước tính", "ước đón": a sentence's predicate estimating its counts (not "điều ước có …", a
# treaty, nor "hiệp ước", "công ước").
_ESTIMATING_VERB = re.compile(
    r"(?<!dieu )(?<!hiep )(?<!cong )\buoc (?:co|dat|tinh|don|cu|tiep|to chuc|ky ket|thuc hien)\b"
)


def _estimates_its_count(clause: str) -> bool:
    """Whether a clause ends with an estimate of the whole period of a thing it counted before ("Đón 09 đoàn … với
    76 lượt khách, ước cả năm 10 đoàn")."""
    opening = next(
        (
            match.start()
            for match in _ESTIMATE_WORDS_WRITTEN.finditer(clause)
            if _ESTIMATE_TO_THE_END.match(normalize_label(clause[match.start() :]))
        ),
        None,
    )
    if opening is None:
        return False
    estimated = find_quantities(clause[opening:])[:1]
    counted = {
        quantity.unit_words.split()[0]
        for quantity in find_quantities(clause[:opening])
        if quantity.unit_words and not quantity.is_money
    }
    return any(not q.is_money and q.unit_words and q.unit_words.split()[0] in counted for q in estimated)


# Reasons a value waits for review after its indicator and period were read: only the value itself is in doubt. (Not
# "the writer says the figure is not final", given before its period is read.)
_DOUBTS_OF_A_VALUE = ("a note mark", "a note (", "the row's note")


def _said_to_disagree(item: ReviewItem, year: int | None) -> bool:
    """Whether the words right after a value, up to the end of its clause and before any other number, say two sources
    give it differently ("… là trên 2.900 trang, chưa thống nhất với số của Tổ Biên phiên dịch"), and its clause names
    no other period than its own before it (not "… quý II theo sổ … là 45 hồ sơ, …" beside the nine months')."""
    at = item.char_start - item.excerpt_start
    before = normalize_label(re.split(r"[;.](?!\d)", item.excerpt[:at])[-1])
    named = {scope.code for _, scope in find_scopes(before, year) if is_period_code(scope.code)}
    after = own_words_after(item.excerpt[item.char_end - item.excerpt_start :])
    return bool(disagreement_in(after)) and named <= {item.period_code}


class ReviewQueue:
    def _review_for_rule(self, reason: str, rule, written: dict, quantity: Quantity, period: str | None = None) -> None:
        """Queue a number whose indicator is settled but something else is not, in that indicator's unit."""
        self._review(reason, [rule.indicator], written, quantity, period, unit=self.indicators[rule.indicator].unit)

    def _review(
        self,
        reason: str,
        candidates,
        written: dict,
        quantity: Quantity,
        period: str | None = None,
        unit: str | None = None,
        set_aside: bool = False,
    ) -> None:
        """Queue a number for a person, with the most likely period (the report's, unless the
        period is what is uncertain); one that counts nothing an indicator counts is set apart."""
        if period is None and not reason.startswith("period not certain"):
            period = self.period_code
        if not candidates and not set_aside:
            # Another body's, a change, an unmatched noun: the steward still sees what it would count.
            candidates = likely_indicators(unit, normalize_label(written["excerpt"]))
        (self.result.set_aside if set_aside else self.result.review).append(
            ReviewItem(
                **written,
                reason=reason,
                candidates=", ".join(candidates),
                period_code=period,
                value=quantity.value,
                unit=unit,
                # (a bound, "không dưới 40", is kept as the nearest qualifier of the codelist; its reason says which)
                qualifier="approx" if quantity.qualifier == BOUND else quantity.qualifier,
            )
        )

    @staticmethod
    def _written(quantity: Quantity, sentence: Span, offset: int, block: Block) -> dict:
        """The fields of Written for a figure at ``offset`` + its position in the text it was found in."""
        return {
            "value_as_written": quantity.as_written,
            "excerpt": sentence.text,
            "char_start": offset + quantity.start,
            "char_end": offset + quantity.end,
            "excerpt_start": sentence.start,
            "block": block,
        }

    def _publish(
        self, code: str, quantity: Quantity, period: str, evidence: str, written: dict, estimated: bool = False
    ) -> None:
        """Publish a figure; an estimate's exact number is published as approximate. A count made before
        its period was over ("Năm 2025, … 40 đoàn" in a report dated 10/11/2025, in a sentence or a
        table) waits for review: a count so far, not the period's."""
        # ("Ước thực hiện kết quả công tác đối ngoại năm 2025": the title says the period's figures are estimates)
        # (not a level "hiện có" on the day of writing, counted, not estimated: "Hiện có 1.185 lưu học sinh Lào"; a
        # level at the period's end, after the day of writing, is as estimated as the flows)
        title_estimate = self.structure.title_estimated and period == self.period_code
        level_now = self.indicators[code].kind == "stock" and bool(
            _NOW_WORDS.search(normalize_label(written["excerpt"]))
        )
        estimated = estimated or (title_estimate and not level_now)
        if (other := self._year_written_right_after(written, period)) is not None:
            # ("hồi hương 12 hài cốt liệt sỹ năm 2021, 19 hài cốt năm 2022, …": each item's own year, after it; a list's
            # first year does not date the next item)
            self._review(
                f"period not certain: '{other}' right after the figure names another year", [code], written, quantity
            )
            return
        before = written["excerpt"][: written["char_start"] - written["excerpt_start"]]
        # (its sentence and the headings above it; not the letterhead above the title, "UBND TỈNH HÀ TĨNH", on every
        # report)
        headings = _LETTERHEAD_OF_THE_PROVINCE.sub(" ", normalize_label(getattr(self, "heading_path", "")))
        province = f"{normalize_label(before)} | {headings}"
        if (
            (self.structure.issuer or self.area_subject)
            and code not in word_list("issuer_neutral_indicators")
            and not has_any(province, word_list("province_wholes"))
        ):
            # ("huyện cử 04 đoàn …" in a report whose letterhead is "HUYỆN HƯƠNG KHÊ": the district's; not "… toàn tỉnh
            # ước có 31 đoàn ra …", the province's it quotes; the same in a letter on a district, "V/v … dự án PCPNN
            # trên địa bàn huyện Lộc Hà": "năm 2024 có 01 dự án …" is the district's)
            reason = (
                f"a figure of the body issuing the report ('{self.structure.issuer}'), not of the province"
                if self.structure.issuer
                else f"a figure of the area the report is about ('{self.area_subject}'), not of the province"
            )
            self._review(reason, [code], written, quantity)
            return
        # ("Theo Báo cáo số 1162 … (số liệu ước thực hiện đến ngày 30/6/2024), toàn tỉnh … tổ chức 07 hội nghị": a
        # bracket before the figure in its sentence saying its figures are estimates)
        # (or its own note right after it, past its noun and the count it pairs with: "05 đoàn/21 lượt người (số ước)")
        after = written["excerpt"][written["char_end"] - written["excerpt_start"] :]
        estimated = (
            estimated
            or _says_estimates_before(before)
            or _estimated_by_the_opening(before)
            or _noted_as_an_estimate_after(after)
        )
        if quantity.qualifier == BOUND:
            # ("không dưới 40 đoàn ra"): at least or at most, which "over" and "under" do not say
            self._review(f"a bound ('{quantity.as_written}'), not a count", [code], written, quantity)
            return
        fractional = quantity.value != quantity.value.to_integral_value()
        # (a tenth of an hour, "45,5 giờ", is a count of hours; "1,250" may be thousands)
        tenths = quantity.value * 10 == (quantity.value * 10).to_integral_value()
        hours = self.indicators[code].unit == "hour"
        if not quantity.is_money and not hours and _ONE_DECIMAL_PLACE.fullmatch(quantity.as_written):
            # ("800,0" in a table of index numbers, previous year = 100): a count is never written with a decimal place
            self._review(f"a count written with a decimal place ('{quantity.as_written}')", [code], written, quantity)
            return
        if fractional and not quantity.is_money and not (hours and tenths):
            # ("1,250" in a table by a clerk who writes thousands with commas: 1.25 persons is no count; which
            # separator it is, the number alone does not say)
            self._review(
                f"a count with a fraction ('{quantity.as_written}'): its separator is not certain",
                [code],
                written,
                quantity,
            )
            return
        if reason := self._count_so_far(code, quantity, period, estimated, written) or self._forecast(
            period, estimated
        ):
            self._review(reason, [code], written, quantity, unit=self.indicators[code].unit)
            return
        qualifier = "approx" if estimated and quantity.qualifier == "exact" else quantity.qualifier
        self.result.figures.append(
            Figure(
                **written,
                indicator_code=code,
                period_code=period,
                value=quantity.value,
                unit=self.indicators[code].unit,
                qualifier=qualifier,
                period_evidence=evidence,
                rule=code,
            )
        )

    @staticmethod
    def _year_written_right_after(written: dict, period: str) -> str | None:
        """The words "năm 2022" right after the figure's noun, up to the next comma, when they name another year than
        the period's."""
        after = written["excerpt"][written["char_end"] - written["excerpt_start"] :]
        own = normalize_label(re.split(r"[,;(]", after, maxsplit=1)[0])
        year = _OWN_YEAR_AFTER.match(own)
        if year is None or not is_period_code(period) or period.startswith(year.group("year")):
            return None
        return year.group().strip()

    def _count_so_far(self, code: str, quantity: Quantity, period: str, estimated: bool, written: dict) -> str | None:
        """Why a figure is a count made before its period was over, if it is: a flow counted before the
        period's last month, a stock more than a quarter before its end; not an estimate of the whole
        period ("ước cả năm …", "ước đạt 8,4 tỷ USD"). The report's own data cut-off dates the figures of
        sentences that do not name their period ("Đón tiếp 38 đoàn" under "số liệu tính đến ngày 30/11/2024"); a
        sentence naming it before the figure ("Năm 2024, cử 04 đoàn …", "Trong năm, …") gives the period's, as the
        clerks read it."""
        dated = self.structure.report_date
        counted_on = self.structure.counted_on
        # (a document on no period of its own, "Số liệu cập nhật đến ngày 30/9/2025" atop a fact sheet: its "2025: 02
        # thỏa thuận" runs to that day too, however its line names the year, when that is a quarter or more before the
        # year's end; a cut-off in its last quarter is the clerks' way of counting the year)
        long_before = (
            self.period_code is None
            and counted_on is not None
            and is_period_code(period)
            and (period_from_code(period).end_date - counted_on).days > _LAST_QUARTER_DAYS
        )
        if counted_on != dated and (long_before or not self._names_its_period(written, period)):
            dated = counted_on
        own_estimate = normalize_label(quantity.as_written).startswith("uoc")
        if dated is None or estimated or own_estimate:
            return None
        if not unfinished_at(period_from_code(period).end_date, dated, self.indicators[code].kind):
            return None
        when = "the report's date" if dated == self.structure.report_date else "the day the report's data run to"
        return f"{period} had not ended at {when} ({dated:%d/%m/%Y}){COUNT_SO_FAR}"

    def _names_its_period(self, written: dict, period: str) -> bool:
        """Whether the figure's sentence names its period before it ("Năm 2024, cử …", "Trong năm, …")."""
        lead = written["excerpt"][: max(0, written["char_start"] - written["excerpt_start"])]
        return any(
            scope.code == period or scope.kind == "this_year"
            for _, scope in find_scopes(normalize_label(lead), self.report_year)
        )

    def _begins_after_the_report(self, period: str) -> bool:
        """Whether ``period`` begins after the period the report covers ("năm 2023" in a report on 2022)."""
        return (
            bool(self.period_code)
            and is_period_code(self.period_code)
            and (period_from_code(period).start_date > period_from_code(self.period_code).end_date)
        )

    def _forecast(self, period: str, estimated: bool) -> str | None:
        """ "Ước năm 2026" in a report on 2025: an estimate of a period that begins after the report's period (or
        its date) is a forecast, not a result."""
        begins = period_from_code(period).start_date
        dated = self.structure.report_date
        if not estimated:
            # ("Tháng 12" read as December of the year of a report on January: a result of a period not begun)
            if (dated is not None and begins > dated) or (dated is None and self._begins_after_the_report(period)):
                return f"a result of {period}, which had not begun when the report was written"
            return None
        if self._begins_after_the_report(period):
            return f"an estimate of {period}, after the period {self.period_code} the report covers: a forecast"
        known = bool(self.period_code) and is_period_code(self.period_code)
        if not known and dated is not None and begins > dated:
            return f"an estimate of {period}, which had not begun at the report's date ({dated:%d/%m/%Y}): a forecast"
        return None

    def _cut_off_before_its_end(self, place, position: int, period: str, code: str, estimated: bool) -> str | None:
        """ "Tính đến ngày 30/11/2025, … 52 đoàn …, riêng quý IV có 7 đoàn": a cut-off date the sentence names
        before the figure, earlier than its period's last month, makes the figure a count so far."""
        if estimated or normalize_label(place.clause.text[position:]).startswith("uoc"):
            return None
        before = normalize_label(place.masked_sentence[: place.clause.start - place.sentence.start + position])
        span = period_from_code(period)
        kind = self.indicators[code].kind
        dated = [scope for _, scope in find_scopes(before, self.report_year) if scope.as_of is not None]
        # (not before a later end of the period: "tính đến ngày 15/11/2023 mới cấp 173 giấy phép, đến hết năm đạt 198")
        closing = [
            index for index, scope in enumerate(dated) if scope.kind == "year_end" and scope.as_of >= span.end_date
        ]
        for scope in dated[closing[-1] + 1 :] if closing else dated:
            # (a cut-off inside the period: not "Tính đến hết tháng 5/2025 …; riêng tháng 6/2025 phát sinh 6 đoàn")
            within = span.start_date <= scope.as_of
            if scope.kind == "as_of_date" and within and unfinished_at(span.end_date, scope.as_of, kind):
                return f"{period} counted to {scope.as_of:%d/%m/%Y}, before its last month{COUNT_SO_FAR}"
            only = _ONLY_TO.search(before)
            if scope.kind == "as_of_date" and within and scope.as_of < span.end_date and only:
                # ("số liệu quý III … chỉ tính đến hết ngày 25/9/2017: đoàn ra quý III … 17 đoàn": the writer says the
                # count stops short of the period's end)
                return f"{period} counted only to {scope.as_of:%d/%m/%Y} ('{only.group()}'){COUNT_SO_FAR}"
        return None

    def _estimated_after_its_cut_off(
        self, place, position: int, period: str, estimated: bool, written: dict
    ) -> str | None:
        """ "Tính đến ngày 10/6/2024, … 29 đoàn ra …; ước đến hết tháng 6 là 31 đoàn": a sentence estimating the
        period's total after a count to a day before its end makes that count one so far, whatever month the day is
        in (its kind stays certain: what the sentence compares or breaks down after it is read with it)."""
        if estimated or normalize_label(place.clause.text[position:]).startswith("uoc"):
            return None
        at = place.clause.start - place.sentence.start + position
        before, after = normalize_label(place.masked_sentence[:at]), normalize_label(place.masked_sentence[at:])
        if not _ESTIMATE_OF_THE_WHOLE.search(after):
            return None
        span = period_from_code(period)
        cut_offs = [scope.as_of for _, scope in find_scopes(before, self.report_year) if scope.kind == "as_of_date"]
        if (
            not cut_offs
            and self.structure.data_cut_off is not None
            and not self._names_its_period(written, period)
            and _estimates_its_count(place.clause.text)
        ):
            # (or, when the sentence names neither a cut-off nor the period before the figure, the report's own data
            # cut-off, if the figure's own clause estimates what it counted: "Số liệu tính đến ngày 15/12/2021; …
            # Đón 09 đoàn … với 76 lượt khách, ước cả năm 10 đoàn"; not "Năm 2024, … cho 08 tổ chức …", nor an
            # estimate after a semicolon, "… cho 03 tổ chức PCPNN; thẩm định 08 dự án; ước cả năm …", nor one of
            # another thing, "… 12 chương trình, dự án …, và giá trị cam kết … ước cả năm đạt trên 1,6 triệu USD":
            # the year's counts as the clerks' reports give them)
            cut_offs = [self.structure.data_cut_off]
        for cut_off in cut_offs:
            if cut_off and span.start_date <= cut_off < span.end_date:
                day = f"{cut_off:%d/%m/%Y}"
                return f"{period} counted to the cut-off date {day}, and estimated to its end after it{COUNT_SO_FAR}"
        return None

    def _note_structure(self) -> None:
        """Disagreements between the places that name the report's period, for a person to read."""
        for note in self.structure.disagreements:
            first = self.document.blocks[0] if self.document.blocks else Block("paragraph", 1, 0, "")
            self.result.review.append(
                ReviewItem(
                    value_as_written="",
                    excerpt=first.text[:200],
                    char_start=first.start,
                    char_end=first.start,
                    excerpt_start=first.start,
                    block=first,
                    reason=f"report period: {note}",
                    candidates="",
                    period_code=self.period_code,
                    value=None,
                    unit=None,
                    qualifier="exact",
                )
            )

    def _apply_estimate_notes(self) -> None:
        """ "Số liệu năm 2025 là số ước": every table value of that period is an estimate, wherever the
        note stands (every value, when it says "trong báo cáo này"); a note naming no period understood
        leaves every exact table value's qualifier unsettled, so those go to review."""
        bracketed: list[BracketedNote] = []
        for note in estimate_notes(self.document, self.report_year, bracketed):
            # (a note naming what it qualifies reaches the rows that name it; if no row of its periods does, which
            # values it means is not understood)
            named = {
                figure.indicator_code
                for figure in self.result.figures
                if _in_table(figure.block) and note.names(figure.period_code) and _names(note.subject, figure)
            }
            # (and the rows of the same item: "Số liệu đoàn ra năm 2025 là số ước" reaches the delegations' people too)
            named |= {pair for code in named for pair in _paired(code)}
            kept = []
            for figure in self.result.figures:
                # (a sentence's figure of a period the note names, when it speaks of the whole report and names no
                # kind of value: "Số liệu năm 2025 trong báo cáo này là số ước" reaches the text as well as the tables)
                in_text_of_its_period = (
                    note.whole_report
                    and note.names(figure.period_code)
                    and not note.subject
                    and figure.block.number > note.from_block
                )
                if figure.qualifier != "exact" or not (_in_table(figure.block) or in_text_of_its_period):
                    kept.append(figure)
                elif not note.period_codes:
                    self.result.review.append(
                        figure.withheld(
                            f"a note ('{note.words}') makes some values estimates, but names no period understood"
                        )
                    )
                elif note.names(figure.period_code) and note.subject and figure.indicator_code not in named:
                    if named:
                        # "số liệu kim ngạch xuất nhập khẩu năm 2023 là số ước": the other rows of that year stand
                        kept.append(figure)
                    else:
                        self.result.review.append(
                            figure.withheld(
                                f"a note ('{note.words}') makes some values of {figure.period_code} estimates, and "
                                "which ones it names is not understood"
                            )
                        )
                elif note.names(figure.period_code):
                    kept.append(
                        dataclasses.replace(
                            figure, qualifier="approx", period_evidence=f"{figure.period_evidence}; note '{note.words}'"
                        )
                    )
                else:
                    kept.append(figure)
            self.result.figures = kept
        for figure in list(self.result.figures):
            # ("Theo số liệu tổng hợp (số liệu tháng 6 là số ước …), toàn tỉnh đón … . Trong tổng số đoàn vào 6 tháng có
            # 11 đoàn …": a figure of a period holding the estimated month, later in that paragraph, may be one too)
            note = next(
                (
                    note
                    for note in bracketed
                    if note.block == figure.block.number
                    and note.start <= figure.char_start
                    and note.covers(figure.period_code)
                ),
                None,
            )
            # (not a level: "có 30 tổ chức …" is no sum of the estimated month's flows)
            stock = self.indicators[figure.indicator_code].kind == "stock"
            if note is not None and figure.qualifier == "exact" and not _in_table(figure.block) and not stock:
                self._withhold(
                    figure,
                    f"a note in brackets earlier in its paragraph ('{note.words}') makes part of "
                    f"{figure.period_code} an estimate",
                )

    def _apply_the_defined_same_period(self) -> None:
        """ "Cùng kỳ (là số liệu 9 tháng năm 2020 …)": every figure dated by a bare "cùng kỳ" is of the period the
        report says it is, not the report's period a year earlier; when the words name no period understood, it
        waits."""
        defined = defined_same_period(self.document, self.report_year)
        if defined is None:
            return
        code, words = defined
        for figure in list(self.result.figures):
            if not _BARE_SAME_PERIOD.search(figure.period_evidence) or figure.period_code == code:
                continue
            if code is None:
                self._withhold(figure, f"the report says what its 'cùng kỳ' is ('{words}'), in words not understood")
            else:
                self.result.figures[self.result.figures.index(figure)] = dataclasses.replace(
                    figure, period_code=code, period_evidence=f"{figure.period_evidence}; the report's '{words}'"
                )

    def _withhold(self, figure: Figure, reason: str) -> None:
        """A published figure sent to review after all, with the reason."""
        self.result.figures.remove(figure)
        self.result.review.append(figure.withheld(reason))

    def _withhold_square_bracketed(self) -> None:
        """A value in square brackets right after another ("36 đoàn [34 đoàn]", "512 lượt [khoảng 480 lượt]"): a second
        value of the same thing set beside the first (an earlier estimate, a variant), which the brackets do not say
        to publish; it waits."""
        for figure in list(self.result.figures):
            text, at = figure.block.text, figure.char_start - figure.block.start
            opened, closed = text.rfind("[", 0, at), text.rfind("]", 0, at)
            if opened > closed and "]" in text[at:] and re.search(r"\d[^\[\]]{0,40}$", text[:opened]):
                self._withhold(figure, "a value in square brackets beside another, which the report does not publish")
                continue
            # ("đón 34 đoàn vào [số chính thức: 36 đoàn]": a bracket after it correcting it; which stands is not said)
            after = re.match(r"[^\[\]\d]{0,40}\[([^\]]*\d[^\]]*)\]", text[figure.char_end - figure.block.start :])
            if after and has_any(normalize_label(after.group(1)), _CORRECTING_WORDS):
                self._withhold(figure, "a bracket right after it gives a corrected or official value")

    def _withdraw_corrected(self) -> None:
        """A figure whose kind and value a sentence names as wrong ("đoàn vào tháng 11 là 5 đoàn / 63 lượt khách,
        không phải 6 đoàn / 71 lượt") waits for a person, wherever the report gives it: which value stands is for
        the writer's correction to say. (A letter's corrected values, "Nay đính chính là: … 44 đoàn ra", stand.)"""
        wrong = [
            (candidate.strip(), item.value, self._periods_named(item.excerpt))
            for item in [*self.result.review, *self.result.set_aside, *self.result.figures]
            if _named_as_wrong(item.excerpt, item.char_start - item.excerpt_start, item.char_end - item.excerpt_start)
            for candidate in getattr(item, "candidates", getattr(item, "indicator_code", "")).split(",")
        ]
        for figure in list(self.result.figures):
            # (a wrong value of a period its sentence names, "9 tháng năm 2024 là 20 đoàn, không phải 24 đoàn", leaves
            # another period's 24 alone)
            if any(
                (code, value) == (figure.indicator_code, figure.value)
                and (not periods or figure.period_code in periods)
                for code, value, periods in wrong
            ):
                self._withhold(
                    figure,
                    "a sentence of the report names this kind and value as wrong: which value stands is for a person",
                )

    def _withhold_pairs_whose_first_count_waits(self) -> None:
        """The people of a pair ("41 đoàn/163 lượt người", "41 đoàn với 163 lượt") share its delegations' indicator:
        when the delegations' count waits because which indicator it is of is not certain, so does the other."""
        waiting = {
            (item.block.number, item.char_end): item
            for item in self.result.review
            if item.reason.startswith((SEVERAL_FIT, READS_LIKE))
        }
        for figure in list(self.result.figures):
            before = figure.block.text[: figure.char_start - figure.block.start]
            own_noun = normalize_label(figure.block.text[figure.char_end - figure.block.start :][:30])
            if not _NOUNS_OF_EITHER.match(own_noun):
                continue  # ("7 đoàn với 83 lượt khách": visitors, whichever delegations the 7 are)
            pair = _PAIRED_BEFORE.search(before)
            first = pair and waiting.get(
                (figure.block.number, figure.block.start + pair.start("count") + len(pair["count"]))
            )
            if first:
                self._withhold(
                    figure,
                    f"the first count of its pair ('{first.value_as_written}') waits ({first.reason}): which indicator "
                    "the pair is of is not certain",
                )

    def _withhold_elliptical_continuations(self) -> None:
        """A clause saying only a period and a count ("…; năm 2024 là 19 đoàn với 143 lượt khách") continues the clause
        before it: when that one counted the same noun as another indicator ("năm 2023 … 17 đoàn … là cơ quan đại diện
        …"), which indicator the continuation shares is not certain."""
        for figure in list(self.result.figures):
            if _in_table(figure.block):
                continue
            at = figure.char_start - figure.excerpt_start
            clause_start = figure.excerpt.rfind(";", 0, at) + 1
            clause_end = figure.excerpt.find(";", at)
            after = figure.excerpt[figure.char_end - figure.excerpt_start : clause_end if clause_end >= 0 else None]
            if (
                clause_start == 0
                or not _ELLIPTICAL_CLAUSE.match(normalize_label(figure.excerpt[clause_start:at]))
                or not _ONLY_ITS_NOUN.match(normalize_label(after))
            ):
                continue
            before = [
                other
                for other in self.result.figures
                if other.excerpt_start == figure.excerpt_start
                and other.char_start < figure.excerpt_start + clause_start
                and other.unit == figure.unit
            ]
            if before and all(other.indicator_code != figure.indicator_code for other in before):
                self._withhold(
                    figure,
                    f"a clause giving only a period and a count continues the clause before it, which counted "
                    f"{before[-1].indicator_code}: which indicator it shares is not certain",
                )

    def _withhold_what_notes_doubt(self) -> None:
        """A table's values a note below it doubts ("số lượt tàu từng tháng (21, 17, 27) là số … đang đối chiếu lại")
        wait for a person."""
        notes = doubt_notes(self.document)
        for figure in list(self.result.figures):
            note = next((note for note in notes if doubted_by(note, figure.block, figure.value_as_written)), None)
            if note is not None:
                self.result.figures.remove(figure)
                self.result.review.append(
                    figure.withheld(f"a note below its table says the value is not settled ('{note.doubt}')")
                )

    def _withhold_what_a_later_sentence_doubts(self) -> None:
        """A sentence after a figure in its paragraph (or opening the next) saying that what it names is not final
        (``sentence_doubts``): the figures before it counting the noun or the field it names, those of the sentence
        right before it that "con số này" points to, or all before it that "nêu trên" does, wait for a person. A period
        it names ("tháng này") keeps back that period's figures and the running totals holding it, not an earlier
        period's ("(T11/2016: 03 đoàn/28 lượt)")."""
        blocks = self.document.blocks
        # (each doubt with the indicators it names, read once)
        doubts = {
            block.number: [
                (doubt, _indicators_named(self.rules, doubt.subject))
                for doubt in sentence_doubts(block, blocks[index + 1] if index + 1 < len(blocks) else None)
            ]
            for index, block in enumerate(blocks)
        }
        for figure in list(self.result.figures):
            for doubt, named in doubts.get(figure.block.number, ()):
                if doubt.start <= figure.char_start or (
                    doubt.reach == "previous" and figure.char_start < doubt.previous_start
                ):
                    continue
                # (what it names, where it names anything: "Kết quả hợp pháp hóa lãnh sự nêu trên" is those dossiers)
                if named:
                    if figure.indicator_code not in named:
                        continue
                elif not doubt.reach:
                    continue
                if not self._within_a_period_named(figure.period_code, doubt.subject):
                    continue
                self._withhold(figure, f"a sentence after it says the figure is not final ('{doubt.doubt}')")
                break

    def _within_a_period_named(self, period: str, subject: str) -> bool:
        """Whether a figure's period holds every period the words name ("tháng này": the report's), or they name
        none."""
        named = self._periods_named(subject)
        # ("trong quý", "tháng này": the report's own period, which the words name without its code)
        relative = named - {code for code in named if is_period_code(code)} or _THIS_PERIOD.search(subject)
        named = {code for code in named if is_period_code(code)} | (
            {self.period_code} if relative and self.period_code else set()
        )
        return not named or holds_any(period, named)

    def _withhold_rows_remarks_name(self) -> None:
        """The values of table rows a sentence below names by their numbers as corrected or not settled ("Sửa dòng 3:
        6 tháng cuối năm 17 đoàn …", "Không đăng dòng 10") wait for a person."""
        remarks = row_remarks(self.document)
        table_rows = [block for block in self.document.blocks if block.in_a_table]
        for figure in list(self.result.figures):
            remark = next((remark for remark in remarks if remarked_row(remark, figure.block, table_rows)), None)
            if remark is not None:
                self._withhold(figure, f"a sentence below its table names its row as not settled ('{remark.words}')")

    def _withhold_rows_their_notes_correct(self) -> None:
        """The values of a table row whose note or reason column gives another value for it ("Chưa tính 02 đoàn …, số
        chính thức là 42 đoàn") wait for a person."""
        for figure in list(self.result.figures):
            if (note := self.rows_their_notes_correct.get(figure.block.number)) is not None:
                self._withhold(figure, f"the row's note gives another value for it ('{note[:80]}')")

    def _qualify_from_sentences(self) -> None:
        """ "1,57 triệu" under a table's "Cả năm" and "đạt trên 1,57 triệu USD" in a sentence whose period waits: the
        same amount, which the sentence says is more than (or about) that; the figure takes the sentence's qualifier.
        (Only large values, which two different counts hardly share.)"""
        for index, figure in enumerate(self.result.figures):
            if figure.qualifier != "exact" or figure.value < _SHARED_VALUE_FLOOR:
                continue
            qualifiers = {
                item.qualifier
                for item in self.result.review
                if item.value == figure.value
                and item.qualifier in ("over", "approx")
                and figure.indicator_code in {code.strip() for code in item.candidates.split(",")}
                and item.period_code in (None, figure.period_code)
                and item.reason.startswith("period not certain")
                and self._speaks_only_of(item.excerpt, item.char_start - item.excerpt_start, figure.period_code)
            }
            if len(qualifiers) == 1:
                self.result.figures[index] = dataclasses.replace(figure, qualifier=qualifiers.pop())

    def _speaks_only_of(self, sentence: str, offset: int, period: str) -> bool:
        """Whether a sentence names that period and no other time, and, before the amount, no plan and no place but
        the province ("Năm 2025, … đạt trên 1,57 triệu USD"; not "Từ năm 2024 đến nay …", "… (kế hoạch năm 2026)",
        "… tỉnh Quảng Bình …")."""
        scopes = [scope for _, scope in find_scopes(normalize_label(sentence), self.report_year)]
        if {scope.code for scope in scopes} != {period} or any(scope.kind != "year" for scope in scopes):
            return False
        before = normalize_label(sentence[:offset])
        planned = has_any(before, word_list("plan_words")) or has_phrase(before, "ke hoach")
        return not planned and not _OTHER_PLACE.search(sentence)

    def _periods_named(self, sentence: str) -> set[str]:
        """The periods a sentence names, by their codes."""
        return {scope.code for _, scope in find_scopes(normalize_label(sentence), self.report_year) if scope.code}

    def _withhold_wholes_equal_to_their_part(self) -> None:
        """ "Sang Quý IV/2025, số đoàn vào … đạt 19 đoàn" after a sentence on the missions' delegations, and "19" under
        the missions' column: a whole and its part with one value and period are most likely one count, of the part
        or of the whole, not certain which; the whole waits (the part is a part whichever it is)."""
        for figure in list(self.result.figures):
            if (part := _whole_equal_to_its_part(figure, self.result.figures)) is not None:
                self._withhold(
                    figure,
                    f"the report gives the same value for {figure.period_code} as {part.indicator_code}, a part of "
                    f"{figure.indicator_code}: most likely one count, not certain which",
                )

    def _withhold_one_number_read_twice(self) -> None:
        """One number written once and read as two indicators ("(năm 2020: 62 dự án, trong đó …" as the projects
        approved and as the FDI projects approved): which it counts is not settled."""
        by_place: dict[tuple[int, int], list[Figure]] = {}
        for figure in self.result.figures:
            by_place.setdefault((figure.char_start, figure.char_end), []).append(figure)
        for figures in by_place.values():
            codes = sorted({figure.indicator_code for figure in figures})
            if len(codes) > 1:
                for figure in figures:
                    self._withhold(figure, f"one number read as several indicators ({', '.join(codes)}): not settled")

    def _withhold_what_a_doubted_column_gives(self) -> None:
        """A figure whose indicator and value a table's column gives under a note that says it was estimated and is
        official, or whose notes disagree ("Cộng quý IV (*)" beside "Trong quý, … 183 lượt tàu"): whether the value is
        an estimate is not settled, there or here."""
        doubted = {
            (item.candidates, item.value)
            for item in self.result.review
            if item.value is not None and item.candidates and NOTE_SAYS_BOTH in item.reason
        }
        for figure in list(self.result.figures):
            if (figure.indicator_code, figure.value) in doubted:
                self._withhold(figure, "a table's column gives this value under a note that leaves it estimated or not")

    def _withhold_beside_a_doubted_value(self) -> None:
        """A figure whose indicator and period the report gives another value of, one that waits for review only for
        a doubt about that value ("86 lượt khách quốc tế (\\*)" whose mark no one note explains, beside "126 lượt
        khách"), or one in a sentence whose words doubt it ("… biên dịch 6 tháng theo tổng hợp của Văn phòng Sở là trên
        2.900 trang, chưa thống nhất với số của Tổ …" beside "ước 6 tháng biên dịch khoảng 3.200 trang"): which of the
        two is the period's is not settled."""
        # (a value said to disagree may be set apart too, written among the difficulties: "Hạn chế: … là trên 2.900
        # trang, chưa thống nhất với số của Tổ …")
        doubted = {
            (item.candidates, item.period_code): item
            for items, doubts in (
                (self.result.review, lambda item: item.reason.startswith(_DOUBTS_OF_A_VALUE)),
                (self.result.review + self.result.set_aside, lambda item: _said_to_disagree(item, self.report_year)),
            )
            for item in items
            if item.value is not None and item.candidates and "," not in item.candidates and doubts(item)
        }
        for figure in list(self.result.figures):
            item = doubted.get((figure.indicator_code, figure.period_code))
            if item is not None and item.value != figure.value:
                self._withhold(
                    figure,
                    f"the report gives another value of it ({item.value_as_written}), which waits for review: which "
                    "is the period's is not settled",
                )

    def _settle_conflicts(self) -> None:
        """One figure per indicator and period: repeats of the same value collapse; different
        values for the same figure in one report go to review, all of them."""
        so_far = {
            (item.candidates, item.period_code, item.value): item.value_as_written
            for item in self.result.review
            if item.reason.endswith(COUNT_SO_FAR)
        }
        for figure in list(self.result.figures):
            if (written := so_far.get((figure.indicator_code, figure.period_code, figure.value))) is not None:
                # "Giai đoạn 2021 - 2025, toàn tỉnh có 168 đoàn" in a report of November 2025 beside a table's "Cộng |
                # 168" over "2025 (ước)": the same value, once a count so far and once an estimate of the period
                self._withhold(
                    figure, f"the report also gives {written} as a count so far: not certain to be the period's"
                )
        self._withhold_beside_a_doubted_value()
        self._withhold_one_number_read_twice()
        self._withhold_wholes_equal_to_their_part()
        by_key: dict[tuple[str, str], list[Figure]] = {}
        for figure in self.result.figures:
            by_key.setdefault((figure.indicator_code, figure.period_code), []).append(figure)
        kept: list[Figure] = []
        for (code, period), figures in by_key.items():
            if undated := self._undated_values_of_another_named_period(code, period, figures, by_key):
                # ("2. Lãnh sự … Phối hợp xử lý 21 vụ việc …" in a report on "quý II, 6 tháng đầu năm", whose table
                # gives 21 under "Quý II" and 39 under "6 tháng đầu năm": the undated count is the quarter's)
                self.result.repeated += undated
                figures = [figure for figure in figures if figure not in undated]
            if len({(f.value, f.qualifier) for f in figures}) == 1:
                kept.append(figures[0])
                self.result.repeated += figures[1:]
                continue
            values = ", ".join(f.value_as_written for f in figures)
            # (the official one by its own words or by its column's: "Chính thức" beside "BC 68 (ước)")
            official = any(
                f.qualifier == "exact"
                and (
                    has_phrase(normalize_label(f.excerpt), "chinh thuc")
                    or has_phrase(normalize_label(f.period_evidence), "chinh thuc")
                )
                for f in figures
            )
            if (
                len({f.value for f in figures}) == 1
                and {f.qualifier for f in figures} == {"exact", "approx"}
                and not official
            ):
                # "… với 15.963 lượt thuyền viên" in a sentence, and "15.963" under "Cả năm (ước)": the same value,
                # which one place says is an estimate and the other says nothing of (not "Theo số liệu chính thức,
                # …": the exact value is the official one)
                estimate = next(f for f in figures if f.qualifier == "approx")
                kept.append(estimate)
                self.result.repeated += [f for f in figures if f is not estimate]
                continue
            if (totals := _total_of_its_parts(figures)) is not None:
                # "xử lý 31 vụ việc …" then "Về tính chất vụ việc: 11 vụ …; 8 vụ …; 7 vụ …; 5 vụ việc khác": one line's
                # values that add up exactly to the other value are its breakdown
                parts = [figure for figure in figures if figure.value != totals[0].value]
                kept.append(self._keep_the_total(code, figures, totals, parts, "the values of its line add up to it"))
                continue
            if (rows := _total_of_its_table_parts(figures)) is not None:
                # "| Cấp mới hộ chiếu ngoại giao | 3 |", "| Cấp mới hộ chiếu công vụ | 41 |" over "| Cộng cấp mới HCNG,
                # HCCV | 44 |": rows right above one another, in one column, that add up exactly to the other value
                kept.append(self._keep_the_total(code, figures, *rows, "the rows above it add up to it"))
                continue
            if (listed := _total_over_its_items(figures)) is not None:
                # "… xử lý 16 vụ việc … Cụ thể:" then "- Mua bán người: 3 vụ", "- Tử vong: 5 vụ", …: the items' counts
                # add up to the total whose sentence opens them
                kept.append(self._keep_the_total(code, figures, *listed, "the items under it add up to it"))
                continue
            parts = [f for f in figures if any(_a_part_after_its_total(total, f) for total in figures)]
            wholes = [f for f in figures if f not in parts]
            if (
                parts
                and len({(f.value, f.qualifier) for f in wholes}) == 1
                and sum(part.value for part in parts) <= wholes[0].value
            ):
                # "xử lý 31 vụ việc …, trong đó 12 vụ tàu cá, ngư dân bị bắt giữ và 09 vụ công dân tử vong": a later
                # value of the same sentence, after its "trong đó", is a part of the value before
                why = f"a part ('trong đó') of {code} for {period}, {wholes[0].value_as_written}"
                kept.append(self._keep_one_set_apart(wholes, parts, why))
                continue
            raised = [f for f in figures if _RAISED_TO.search(f.excerpt[: f.char_start - f.excerpt_start])]
            added = [f for f in figures if f not in raised]
            if (
                raised
                and len({(f.value, f.qualifier) for f in raised}) == 1
                and all(f.value < raised[0].value and f.excerpt == raised[0].excerpt for f in added)
            ):
                # "… đón 12 đoàn vào …, nâng tổng số đoàn vào trong năm lên 40 đoàn": the total the sentence raises its
                # count to; the count before is what was added
                total = raised[0].value_as_written
                why = f"an addition to the total of {code} for {period} its sentence raises to {total}"
                kept.append(self._keep_one_set_apart(raised, added, why))
                continue
            bounds = [f for f in figures if f.qualifier == "over"]
            precise = [f for f in figures if f.qualifier != "over"]
            if (
                bounds
                and precise
                and len({(f.value, f.qualifier) for f in precise}) == 1
                and all(bound.value < precise[0].value <= bound.value * Decimal("1.25") for bound in bounds)
            ):
                # "Đoàn vào: 42 đoàn" and, in a line to be spoken, "hơn bốn mươi đoàn vào": a lower bound the value
                # meets, close above it, says the same, less exactly (not "hơn 40 đoàn" beside "85 đoàn")
                why = f"a lower bound of {code} for {period} that {precise[0].value_as_written} meets"
                kept.append(self._keep_one_set_apart(precise, bounds, why))
                continue
            corrections = [f for f in figures if _stated_as_a_correction(f)]
            earlier = [f for f in figures if f not in corrections]
            if (
                earlier
                and len({f.value for f in corrections}) == 1
                and min(f.char_start for f in corrections) > max(f.char_start for f in earlier)
                and all(
                    has_any(normalize_label(f.excerpt), word_list("corrections.reported_before"))
                    or _replaced_before_it(corrections[0], f)
                    for f in earlier
                )
            ):
                # "Sở đã báo cáo 6 tháng đầu năm có 29 đoàn ra. … số đoàn ra 6 tháng đầu năm 2019 được điều chỉnh là 31
                # đoàn": the value the report corrects to, after the values it replaces
                why = f"an earlier value of {code} for {period}, corrected to {corrections[0].value_as_written}"
                kept.append(self._keep_one_set_apart(corrections, earlier, why))
                continue
            estimates = [f for f in figures if _estimates_the_period(f)]
            cut_off = [f for f in figures if _CUT_OFF.search(f.period_evidence)]
            if len({f.value for f in estimates}) == 1 and len(estimates) + len(cut_off) == len(figures):
                # "tính đến ngày 10/12/2021 mới có 6 đoàn …, ước cả năm 2021 có 7 đoàn": the count at a cut-off
                # date is not the period's; the report's estimate of the whole period is. (So is a table's "Ước 6
                # tháng năm 2022" column beside "đến ngày 15/6 đã làm thủ tục cho 327 lượt người".)
                kept.append(estimates[0])
                self.result.repeated += estimates[1:]
                for figure in cut_off:
                    self.result.review.append(
                        figure.withheld(
                            f"a count at a cut-off date ({figure.period_evidence}); the report estimates the whole "
                            f"period as {estimates[0].value_as_written}"
                        )
                    )
                continue
            differing = "values" if len({f.value for f in figures}) > 1 else "qualifiers"
            for figure in figures:
                self.result.review.append(
                    figure.withheld(
                        f"the report gives {code} for {period} more than once with different {differing} ({values})"
                    )
                )
        self.result.figures = sorted(kept, key=lambda f: f.char_start)

    def _undated_values_of_another_named_period(self, code, period, figures, by_key) -> list[Figure]:
        """The figures dated only as the report's period whose values differ from the dated ones' and are the value
        the report gives, in words that date it, for another period its title names within its own; [] unless every
        undated figure is one and the dated ones agree."""
        undated = [figure for figure in figures if figure.period_evidence.startswith(OF_THE_REPORT)]
        dated = [figure for figure in figures if figure not in undated]
        if not undated or len({(f.value, f.qualifier) for f in dated}) != 1 or period != self.period_code:
            return []
        # (the periods its title names, as the periods of figures read them, and the quarter it names right before its
        # months: "quý II, 6 tháng đầu năm")
        named = {*self._named_periods(), quarter_beside_months(self.structure.subject or "", self.report_year)}
        others = {
            figure.value
            for other in named - {None}
            if other != period and holds_any(period, [other])
            for figure in by_key.get((code, other), [])
            if not figure.period_evidence.startswith(OF_THE_REPORT)
        }
        if all(figure.value in others and figure.value != dated[0].value for figure in undated):
            return undated
        return []

    def _keep_one_set_apart(self, same: list[Figure], apart: list[Figure], why: str) -> Figure:
        """The first of ``same``, kept (the others say it again); ``apart`` set apart, each with ``why``."""
        self.result.repeated += same[1:]
        self.result.set_aside += [figure.withheld(why) for figure in apart]
        return same[0]

    def _keep_the_total(
        self, code: str, figures: list[Figure], totals: list[Figure], parts: list[Figure], why: str
    ) -> Figure:
        """The first of ``totals``, kept: the others say it again, ``parts`` are set apart as its parts (``why``), and
        any other figure of the same indicator and period waits for a person."""
        total = totals[0]
        self.result.repeated += totals[1:]
        self.result.set_aside += [
            figure.withheld(f"a part of the {code} figure {total.value_as_written}: {why}") for figure in parts
        ]
        self.result.review += [
            figure.withheld(f"a number inside an item of the breakdown of {total.value_as_written}")
            for figure in figures
            if figure not in totals and figure not in parts
        ]
        return total


# A period read from "cùng kỳ" with nothing after it ("'cung ky' in a report on 2021-Q3", "label 'ck': …").
_BARE_SAME_PERIOD = re.compile(r"'(?:cung ky|ck)(?: nam truoc)?'")

# "nâng tổng số đoàn vào trong năm lên": the words right before the total a sentence raises its count to.
_RAISED_TO = re.compile(r"\b(?:nâng|đưa)\s+tổng\s+số\b[^.;]*\blên\s*$", re.IGNORECASE)


def _indicators_named(rules, words: str) -> set[str]:
    """The indicators words name: by the counted noun they name ("số lượt khách"; the longest, not the "lượt" in it)
    and, among those, by their field's words where these name one ("số hồ sơ chứng nhận lãnh sự": not the passports'
    dossiers); by the field's words alone where they name no noun ("giá trị cam kết viện trợ")."""
    noun = unit_in_label(words)
    by_noun = {rule.indicator for rule in rules if noun and noun in rule.units}
    by_field = {rule.indicator for rule in rules if rule.near and all(has_any(words, group) for group in rule.near)}
    return (by_noun & by_field or by_noun) if by_noun else by_field


def _a_part_after_its_total(total: Figure, figure: Figure) -> bool:
    """Whether ``figure`` stands after ``total`` in the same sentence, past a "trong đó" (or "trong số đó") and before
    any semicolon, full stop or bracket closing: one of the parts the total is broken into."""
    if total is figure or total.block is not figure.block or figure.char_start <= total.char_start:
        return False
    before = total.block.text[: total.char_start - total.block.start]
    if before.count("(") > before.count(")"):
        return False  # ("So với năm 2024 (34 dự án, trong đó 04 dự án FDI)": a comparison's bracket, read apart)
    between = total.block.text[total.char_end - total.block.start : figure.char_start - total.block.start]
    # (a closed bracket between, "(năm 2019: 44 vụ việc)", is the total's remark)
    between = re.sub(r"\([^()]*\)", " ", between)
    # (not past words opening a sibling of the whole: "…, ngoài ra còn tiếp nhận 20 vụ việc khác")
    return (
        bool(re.search(r"\btrong (?:số )?đó\b", between, re.IGNORECASE))
        and not re.search(r"[;.()]", between)
        and not re.search(r"\b(?:ngoài ra|còn|khác|thêm)\b", between, re.IGNORECASE)
    )


def _stated_as_a_correction(figure: Figure) -> bool:
    """Whether the words right before the figure say it is the corrected value ("được điều chỉnh là 31 đoàn", "số liệu
    đúng là 43 đoàn"), in a sentence that names the figure's period itself (not "Số đoàn vào của tháng trước … được
    điều chỉnh là 06 đoàn", read under the report's period)."""
    before = f" {normalize_label(figure.excerpt[: figure.char_start - figure.excerpt_start])}"
    named = re.match(r"'([^']+)'", figure.period_evidence)
    own_period = bool(named) and f" {named.group(1)} " in f"{before} "
    # ("Số chính thức năm 2021 là 05 hội nghị": the cue, then the period it corrects, then "là")
    cue_end = re.sub(rf"(?: {re.escape(named.group(1))})?(?: la)?$", "", before) if named else before
    return own_period and any(cue_end.endswith(f" {cue}") for cue in word_list("corrections.corrected"))


def _replaced_before_it(correction: Figure, earlier: Figure) -> bool:
    """Whether the correction's paragraph, before it, names the earlier value as the one replaced ("dự thảo ghi 04 là
    chưa đầy đủ … Số chính thức năm 2021 là 05 hội nghị")."""
    before = f" {normalize_label(correction.block.text[: correction.char_start - correction.block.start])} "
    value = normalize_label(earlier.value_as_written)
    return any(f" {cue} {value} " in before for cue in word_list("corrections.superseded"))


def _whole_equal_to_its_part(figure: Figure, figures: list[Figure]) -> Figure | None:
    """A figure of a part's indicator with the same period and value as ``figure``, of that part's whole."""
    parts = parts_of(figure.indicator_code)
    return next(
        (
            other
            for other in figures
            if other.indicator_code in parts
            and (other.period_code, other.value) == (figure.period_code, figure.value)
            # (not a row giving both, "Quý II | 10 | 10": a whole all of one kind, as its columns say)
            and other.block.number != figure.block.number
        ),
        None,
    )


def _estimates_the_period(figure: Figure) -> bool:
    """Whether a figure is an estimate of its whole period: dated by an estimate of it ("ước cả năm", a column or row
    "Ước 6 tháng", "Cộng 6 tháng (ước)"), or approximate and dated by the period, not a cut-off ("ước 9 tháng đạt
    khoảng 24.500 lượt người")."""
    return ESTIMATE_EVIDENCE in figure.period_evidence or (
        figure.qualifier == "approx" and not _CUT_OFF.search(figure.period_evidence)
    )


def _total_of_its_parts(figures: list[Figure]) -> list[Figure] | None:
    """The figures giving the total, when every other figure stands on one line and they add up to it exactly: a
    later line of its own after its label's colon, or the rest of the total's line after a bracket or a word opening
    its parts ("ký kết 04 thỏa thuận (hai … và hai …)", "là 3 tỷ đồng, gồm: …"); never a row or a list whose values
    merely add up ("3 vụ …; 5 vụ …; 8 vụ việc khác", "| 8 | 3 | 5 |")."""
    for value in {figure.value for figure in figures}:
        totals = [figure for figure in figures if figure.value == value]
        parts = [figure for figure in figures if figure.value != value]
        if (
            len(parts) >= 2
            and len({figure.block.number for figure in parts}) == 1
            and len({figure.qualifier for figure in totals}) == 1
            and sum(figure.value for figure in parts) == value
            and any(_opens_its_parts(total, parts) for total in totals)
            # (the total said again on a later line is the same total; on the parts' line it must open them)
            and all(total.block.number != parts[0].block.number or _opens_its_parts(total, parts) for total in totals)
        ):
            return totals
    return None


def _total_of_its_table_parts(figures: list[Figure]) -> tuple[list[Figure], list[Figure]] | None:
    """The figures giving a total, and its parts, when every other figure sits in one column of rows of one table, one
    right under another and above any row of the total, or in cells of the total's own row ("Tổng số | Các cơ quan cấp
    tỉnh | Cấp huyện, doanh nghiệp": 16 | 12 | 04), and they add up to it exactly: each counts what the total counts,
    so each is a part of it (two values of one period cannot both be the whole)."""
    for value in {figure.value for figure in figures}:
        totals = [figure for figure in figures if figure.value == value]
        parts = sorted((figure for figure in figures if figure.value != value), key=lambda figure: figure.char_start)
        if len(parts) < 2 or sum(part.value for part in parts) != value or len({f.qualifier for f in totals}) != 1:
            continue
        rows = [part.block for part in parts]
        if not all(_in_table(row) and "|" in row.text for row in rows):
            continue
        in_one_column = len({(row.table, _column_of(part)) for row, part in zip(rows, parts)}) == 1
        one_under_another = [row.number for row in rows] == list(range(rows[0].number, rows[0].number + len(rows)))
        below = all(total.block.number > rows[-1].number for total in totals if total.block.table == rows[0].table)
        # (the row's total under a column that says so, "Tổng số", "Cộng", "Toàn tỉnh": "Số đoàn ra | 9 | 5 | 4" under
        # three blocks' columns adds up by chance)
        in_its_row = len({row.number for row in rows}) == 1 and any(
            total.block.number == rows[0].number
            and _column_of(total) < _column_of(parts[0])
            and has_any(normalize_label(total.period_evidence), word_list("table_columns.total"))
            for total in totals
        )
        if (in_one_column and one_under_another and below) or in_its_row:
            return totals, parts
    return None


def _column_of(figure: Figure) -> int:
    """Which cell of its table row a figure stands in, counted by the bars before it."""
    return figure.block.text.count("|", 0, figure.char_start - figure.block.start)


_LIST_ITEM = re.compile(rf"^\s*(?:{LIST_MARKER}|\d+\))\s")  # (and "1)", "2)")


def _total_over_its_items(figures: list[Figure]) -> tuple[list[Figure], list[Figure]] | None:
    """The total whose block ends by opening a breakdown ("…, xử lý 16 vụ việc. Cụ thể:"), first, with the figures
    saying it again, and the first figure of each list item right under it, when those add up to it exactly."""
    largest = max(figure.value for figure in figures)
    # (only the largest value: "Trên lĩnh vực kinh tế, tỉnh đón 12 đoàn. Cụ thể: …" after "đón 20 đoàn" opens a part)
    for total in sorted((f for f in figures if f.value == largest), key=lambda figure: figure.char_start):
        opener = total.block.text.rstrip()
        if total.qualifier != "exact" or not opener.endswith(":"):
            continue
        last_words = normalize_label(re.split(r"[.;]", opener[:-1])[-1])
        if not any(last_words.endswith(word) for word in word_list("breakdown_openers")):
            continue
        by_block: dict[int, list[Figure]] = {}
        for figure in figures:
            if figure.block.number > total.block.number and figure.value != total.value:
                by_block.setdefault(figure.block.number, []).append(figure)
        numbers = sorted(by_block)
        consecutive = numbers == list(range(total.block.number + 1, total.block.number + 1 + len(numbers)))
        if len(numbers) < 2 or not consecutive or not all(_LIST_ITEM.match(by_block[n][0].block.text) for n in numbers):
            continue
        parts = [min(by_block[n], key=lambda figure: figure.char_start) for n in numbers]
        if sum(part.value for part in parts) == total.value:
            return [total, *(f for f in figures if f.value == total.value and f is not total)], parts
    return None


def _opens_its_parts(total: Figure, parts: list[Figure]) -> bool:
    block = parts[0].block
    if _in_table(block):
        return False
    first_part = min(part.char_start for part in parts)
    if total.block.number != block.number:
        # ("Về tính chất vụ việc: 11 vụ …; 8 vụ …" under the total; not "Đợt II: … 4 hài cốt … và 6 hài cốt", more of
        # them, nor another item's "3 vụ việc tại Hàn Quốc, 5 vụ việc tại Nhật Bản")
        label, colon, _ = block.text[: first_part - block.start].partition(":")
        kinds = word_list("breakdown_kinds") + word_list("breakdown_labels")
        return total.char_start < block.start and bool(colon) and has_any(normalize_label(label), kinds)
    if total.char_end > first_part:
        return False
    between = block.text[total.char_end - block.start : first_part - block.start]
    return "(" in between or ":" in between or has_any(normalize_label(between), word_list("breakdown_openers"))


def _paired(code: str) -> set[str]:
    """The indicators counted with ``code`` as one item (delegations and their people)."""
    return {other for pair in word_list("paired_indicators") if code in pair.split("|") for other in pair.split("|")}


def _names(subject: str, figure: Figure) -> bool:
    """Whether a note's subject ("kim ngach xuat nhap khau") is written, whole, in the figure's own row."""
    return has_phrase(normalize_label(figure.block.text), subject)


def _in_table(block: Block) -> bool:
    return block.kind in ("table_row", "aligned_row") or block.text.lstrip().startswith("|")


_WORDS_AFTER_A_WRONG_VALUE = 5
_WORDS_TO_AN_EARLIER_ESTIMATE = 8


# Words of a bracket that corrects the value before it ("[số chính thức: 36 đoàn]").
_CORRECTING_WORDS = ("chinh thuc", "so dung", "dung la", "dieu chinh", "dinh chinh", "sua lai", "cap nhat")
# A quoted phrase a writer asks to change, and what to change it to ("cụm từ "58 đoàn với 245 lượt cán bộ" đề nghị sửa
# thành "60 đoàn …"", "đề nghị sửa “45 đoàn vào” thành “47 đoàn vào”"): every number of either side waits, wherever the
# report gives it, since whether the change was made (or refused: "không sửa …") is for a person to read.
_QUOTE = r"[\"“«]([^\"“”«»]{1,160})[\"”»]"
_QUOTED_TO_CHANGE = re.compile(
    rf"{_QUOTE}\s*,?\s*(?:(?:không\s+)?(?:đề nghị|xin|cần|nên)\s+)?(?:không\s+)?"
    r"(?:(?:sửa|đổi|thay)(?:\s+lại)?\s+(?:thành|bằng|là)|ghi(?:\s+(?:chính xác|cho đúng|lại))\s+(?:thành|là))\b"
    rf"(?:\s*{_QUOTE})?"
    rf"|\b(?:sửa|đổi|thay)(?:\s+lại)?\s+(?:cụm từ\s+|số\s+)?{_QUOTE}\s*(?:thành|bằng)\b(?:\s*{_QUOTE})?",
    re.IGNORECASE,
)


def _named_as_wrong(excerpt: str, start: int, end: int) -> bool:
    """Whether the number at ``start:end`` of a sentence is named as the wrong value, in its own clause: after
    "không phải" ("…, không phải 6 đoàn / 71 lượt") or right before "là sai" ("(40 đoàn) là sai do cộng nhầm");
    reviewed lists ``corrections.wrong_before_number`` and ``corrections.wrong_after_number``; or in a quoted phrase
    the writer asks to change."""
    before = normalize_label(re.split(r"[;:.!?](?:\s|$)", excerpt[:start])[-1])
    # (within a few words: the number's unit, then "là sai"; a little further, "là số ước tại Báo cáo số …")
    words_after = normalize_label(re.split(r"[;:.!?](?:\s|$)", excerpt[end:])[0]).split()
    after, further = (
        " ".join(words_after[:_WORDS_AFTER_A_WRONG_VALUE]),
        " ".join(words_after[:_WORDS_TO_AN_EARLIER_ESTIMATE]),
    )
    for quoted in _QUOTED_TO_CHANGE.finditer(excerpt):
        sides = [group for group in range(1, 5) if quoted.group(group) is not None]
        if any(quoted.start(group) <= start and end <= quoted.end(group) for group in sides):
            return True
    return (
        any(f" {phrase} " in f" {before} " for phrase in word_list("corrections.wrong_before_number"))
        or any(f" {phrase} " in f" {after} " for phrase in word_list("corrections.wrong_after_number"))
        or any(f" {phrase} " in f" {further} " for phrase in word_list("corrections.earlier_estimate_after_number"))
    )
