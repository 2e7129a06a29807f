"""The period of a narrative figure: its own label, else the period phrase nearest before it in
its clause (or the phrase its sentence opens with), else the sentence before's or its section
heading's, else the report's. A period phrase after the figure that names another period, or
any phrase the extractor does not understand, makes the period uncertain: a ScopeError, and
the figure goes to review with the words.

A mixin of the document extractor (it reads the report's period and year)."""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import re

from dagster_project.documents.forms import starts_with_phrase
from dagster_project.documents.groups import counts_time
from dagster_project.documents.quantities import counted_quantities, find_quantities
from dagster_project.documents.results import OF_THE_REPORT, Figure
from dagster_project.documents.rules import has_any, has_phrase, read_unit, says_a_plan
from dagster_project.documents.scopes import (
    AS_OF_NOW,
    ESTIMATE_EVIDENCE,
    Scope,
    ScopeError,
    find_scopes,
    months_of_year,
    period_label,
    refuse_running_total,
    resolve_as_of,
    resolve_estimate,
    resolve_n_months,
    resolve_n_years,
    resolve_this_period,
    resolve_year_to_date,
    same_period_a_year_earlier,
    starts_a_year,
    year_whose_last_day,
)
from dagster_project.documents.segments import equal_base_after, lead_in_subject
from dagster_project.documents.structure import (
    A_YEAR_ESTIMATED,
    ARTICLE_LEAD,
    day_of,
    periods_named,
    quarter_beside_months,
    unfinished_at,
)
from dagster_project.documents.word_lists import word_list
from dagster_project.parsing.periods import holds_any, is_period_code, period_from_code, quarter_code
from dagster_project.parsing.text import normalize_label

# How far into a sentence (normalised characters) its opening period phrase may start ("- Trong 10 tháng, ...").
_OPENING_REACH = 8
# A clause opening with a period that labels its first value: "quý II 55 giấy phép, …", "- Tháng 5: 12 đoàn; …".
_CLAUSE_LABEL = re.compile(r"^[\s\-–•*+]*(?:([^;:,()]{3,25}):\s*|([^\d;:,()]{3,25}?)\s+)\d")
# A sentence opening with the period it compares with, set off by a comma: "So với cùng kỳ năm 2019, …" (not "So với
# năm 2024 (34 đoàn …), …", whose bracket gives the base's own figures).
_COMPARED_WITH_OPENING = re.compile(r"^[\s\-–•*+]*So\s+với\s+(?P<base>[^,;:()]{4,40}?)\s*,\s*", re.IGNORECASE)
# Words a sentence may open with before its period ("Cảng Vũng Áng 6 tháng …", "Đoàn vào quý II …").
_NAME_BEFORE_A_PERIOD = 3
# Words a sentence may open with before the period phrase that governs all its clauses.
# ("Trước đó, năm 2021, …", "Sau đó, …")
_OPENING_WORDS = {"tinh", "chung", "rieng", "trong", "luy", "ke", "ca", "tong", "cong", "truoc", "sau", "do"}
# A sentence's lead-in, a few words set off by a comma before what it says: "Theo báo cáo tổng kết, …", "Nhìn chung, …".
_LEAD_IN = re.compile(r"^[\s\-–•*+]*([^\d,;:()]{2,40}),\s")
# Words that introduce a figure's time after it: "đón 6 đoàn trong tháng 5", "12 vụ việc tính đến ngày 30/9".
_INTRODUCES_A_TIME = re.compile(r"\b(?:trong|vao|tinh|cua|den|tu)(?: (?:trong|tinh|den|tu))?$")
# Report period types for which "Năm 2022" or "trong năm" inside the text means the same period.
_YEAR_LIKE = {"year"}
# The department dates a period's report in the period's last days, from about the 20th of its last month.
LAST_DAYS_OF_DECEMBER_FROM = 20
# A day written in full: "03/7/2020", "15-12-2024".
_FULL_DATE = re.compile(r"\b(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})\b")
# A day and month ("15/12", "15-12-2024") in a sentence: a cut-off a "cả năm" beside it may be counted to.
_A_DATE = re.compile(r"\b\d{1,2}\s*[/.-]\s*\d{1,2}\b")
# Words that count a "cả năm" to a day before the year ends: "đến thời điểm báo cáo", "cập nhật đến", "tính đến".
_COUNTED_SO_FAR = re.compile(
    r"\b(?:tinh den|tinh toi|den thoi diem|toi thoi diem|thoi diem|den ngay|den het ngay|cap nhat|toi nay|khoa so"
    r"|chot)\b"
)
# Words beside a "cả năm" that leave the year's figure unsettled, partial or not a result: "số liệu …" (a note on the
# data), "chưa đầy đủ", "chưa bao gồm", "kế hoạch", "tháng cao điểm nhất".
_NOT_A_CLOSED_YEAR = re.compile(r"\b(?:so lieu|chua|ke hoach|chi tieu|muc tieu|phan dau|nhat|cao diem)\b")


def _period_an_as_of_names(scope) -> str | None:
    """The quarter an as-of phrase names by its end ("đến hết quý II/2018", "tính đến cuối quý III"), or None (a date,
    "đến ngày 30/6"; a month, "đến tháng 9/2022", which may be a survey's month, not its end)."""
    if scope.as_of is None or not re.search(r"\b(?:het|cuoi) quy\b", scope.evidence):
        return None
    return quarter_code(scope.as_of)


def _words_before(place, position: int) -> str:
    """The normalised words of the figure's sentence, with its comparisons blanked, up to the figure at ``position`` of
    its clause."""
    return normalize_label(place.masked_sentence[: place.clause.start - place.sentence.start + position])


def _owned_by_its_noun(between: str) -> bool:
    """ "06 tổ chức của …": only the counted noun and "của" stand between the figure and the period after it."""
    words = between.split()
    return len(words) <= 4 and words[-1:] == ["cua"]


# At most these words after a series' counted noun before its period ("hội nghị, hội thảo quốc tế năm 2023"), each of
# them one that finishes the noun.
_SERIES_NOUN_WORDS = 3
# (only words that finish the noun: not "xảy ra", "thuộc …", "với …", "sang Lào", "Nhật Bản", "kiều bào")
_SERIES_NOUN_TAIL = {"quoc", "te", "hoi", "thao", "nghi", "dien", "dan", "khach", "ra", "vao", "trong", "nuoc", "ngoai"}


# Words a lead-in may capitalise without naming anybody: "Theo báo cáo tại Hội nghị, …", "Tại Kỳ họp, …".
_MEETING_WORDS = {"hoi", "nghi", "ky", "hop", "dai", "tong", "ket"}


# "Theo Báo cáo số 205/BC-SNgV ngày 22/6/2017, 6 tháng đầu năm 2017 …": the document a lead-in cites, by its number.
_CITED_DOCUMENT = re.compile(
    r"\b(báo cáo|công văn|văn bản|kế hoạch|quyết định|thông báo|tờ trình)\s+số\s+[\w/.\-]+"
    r"(?:\s+ngày\s+\d{1,2}/\d{1,2}/\d{2,4})?",
    re.IGNORECASE,
)


def _without_document_numbers(text: str) -> str:
    """``text`` with a cited document's number and date left out (its kind kept, in lower case): where the words come
    from, neither a period nor a name."""
    return _CITED_DOCUMENT.sub(lambda match: match.group(1).lower(), text)


def _names_nobody(lead_in: str) -> bool:
    """A lead-in in common words: no name in capitals past its first word, no "của …" or "với …" naming whose or
    with whom."""
    words = lead_in.split()
    named = [word for word in words[1:] if word[:1].isupper() and normalize_label(word) not in _MEETING_WORDS]
    return not named and not {"cua", "voi"} & set(normalize_label(lead_in).split())


@functools.lru_cache(maxsize=256)
def trailing_periods(clause: str, report_year: int | None) -> dict[int, Scope]:
    """ "… 09 hội nghị, hội thảo quốc tế năm 2023, 12 hội nghị … năm 2024 và 08 hội nghị … trong 9 tháng năm 2025":
    where every figure of one noun in a clause is followed by a period of its own, and none comes before the first,
    each period is its figure's (where it starts in the clause -> its period); empty otherwise. (Read once per clause,
    however many figures it holds; the mapping is not to be changed.)"""
    counts = [quantity for quantity in find_quantities(clause) if not counts_time(quantity)]
    if len(counts) < 2 or len({read_unit(q.unit_words, q.currency) for q in counts}) != 1:
        return {}
    if find_scopes(normalize_label(clause[: counts[0].start]), report_year):
        return {}
    found: dict[int, Scope] = {}
    for quantity, following in zip(counts, [*counts[1:], None], strict=True):
        words = normalize_label(clause[quantity.end : following.start if following else len(clause)])
        scopes = find_scopes(words, report_year)
        if len(scopes) != 1:
            return {}
        start, scope = scopes[0]
        # (its noun between the figure and the period, and nothing after the period but the joint to the next)
        if start == 0 or words[start + len(scope.evidence) :].strip() not in ("", "va"):
            return {}
        # (and nothing that ties the period to something else than the count: "4 vụ việc xảy ra năm 2024", "3 hội thảo
        # thuộc Chương trình hợp tác năm 2024", "1 thỏa thuận với tỉnh Khăm Muộn năm 2023")
        noun = read_unit(quantity.unit_words, quantity.currency) or ""
        rest_of_noun = words[:start].split()[len(noun.split()) :]
        if len(rest_of_noun) > _SERIES_NOUN_WORDS or not set(rest_of_noun) <= _SERIES_NOUN_TAIL:
            return {}
        found[quantity.start] = scope
    return found if len({scope.evidence for scope in found.values()}) == len(found) else {}


def _introduced(before: str, evidence: str) -> bool:
    """ "… trong 9 tháng", "… vào tháng 5": words that make a period after a figure its time."""
    with_first_word = f"{before} {evidence.split()[0]}".rstrip()
    # ("… 850 em (thời điểm 30/6/2025)", "… tại thời điểm 30/6/2025": the moment the level was taken)
    at_a_moment = evidence.startswith(("thoi diem", "tai thoi diem", "vao thoi diem"))
    return bool(_INTRODUCES_A_TIME.search(before.rstrip()) or _INTRODUCES_A_TIME.search(with_first_word) or at_a_moment)


# "tăng từ khoảng 63.500 lượt năm 2021 lên hơn 586.000 lượt năm 2024": each end of a trend is dated by
# the year written right after its noun.
_TREND_START = re.compile(r"\btu$")
_TREND_END = re.compile(r"\b(?:len|den|toi)$")
_TREND_WORDS = r"(?:\w+ ){0,6}?"  # the figure itself, its qualifier and its noun


def _trend_year(before: str, rest: str, raw_rest: str, report_year: int | None) -> Scope | None:
    """The year of a figure at one end of a "từ … năm X lên … năm Y" trend, or None."""
    after = [scope for _, scope in find_scopes(rest, report_year)]
    if not after or after[0].kind != "year" or not after[0].code:
        return None
    evidence = re.escape(after[0].evidence)
    if _TREND_START.search(before.rstrip()):
        shape, closed = rf"^{_TREND_WORDS}{evidence} (?:len|den|toi)\b", True
    elif _TREND_END.search(before.rstrip()) and re.search(r"\btu (?:\w+ )?\d", before):
        # its year ends the phrase: the clause, or a comma ("…lên hơn 85.000 người năm 2023, tập trung …")
        shape = rf"^{_TREND_WORDS}{evidence}(?:$| (?=\w))"
        closed = bool(re.search(rf"{after[0].code[:4]}\s*(?:[,;.)]|$)", raw_rest))
    else:
        return None
    return after[0] if closed and re.match(shape, rest.strip()) else None


# A stock said to be of now: "Hiện trên địa bàn có …", "hiện nay", "đến nay" (not "lũy kế đến hết năm", a
# running total to the end of the period the sentence before named).
# A meeting that reviews a year's work, named with its year ("Hội nghị tổng kết công tác đối ngoại năm 2022").
_REVIEW_OF_A_YEAR = re.compile(
    r"\b(?:Hội nghị|Hội thảo|Phiên họp|Cuộc họp)\s+(?:tổng kết|sơ kết|đánh giá|nhìn lại)[^,;.():]{0,60}?"
    r"\bnăm\s+(?P<year>(?:19|20)\d{2})\b",
    re.IGNORECASE,
)
# "30 tổ chức hiện nay": a level the words right after it date to the day of writing (not "81 dự án FDI hiện đang hoạt
# động", those still at work at the date written before).
_NOW_RIGHT_AFTER = re.compile(r"^[\d.,]+(?: [a-z]+){0,5}? (?P<now>hien nay|hien tai|den nay|luc nay)\b")
# "Đến cuối quý", "tính đến hết kỳ báo cáo": the level at the end of the period the text speaks of.
_AT_THE_PERIODS_END = re.compile(r"\b(?:den|toi) (?:het|cuoi) (?:quy|thang|nam|ky|ky bao cao|dot)\b(?! \d)")
_NOW = re.compile(r"^hien\b|\bhien (?:nay|co|la|dang)\b|\b(?:tinh |cho )?den nay\b")


_PERIOD_BEFORE_ITS_PART = re.compile(
    r"[\d.,]+\s+[^,;:()\d]{0,60}?\b(?P<period>(?:tháng|quý|năm)\s+(?:\d{1,4}|[IVX]+)\b(?:\s*/\s*\d{4})?)\s+có\s+\S*\d",
    re.IGNORECASE,
)


def _opens_a_figure(after_phrase: str) -> bool:
    """The words after a period phrase (as written) lead to a figure of its own ("năm 2022 có 28 đoàn"), not to one
    joined by "và" ("… trong năm 2025 và 12 hồ sơ trong 6 tháng đầu năm 2026")."""
    counted = counted_quantities(after_phrase)
    if not counted:
        # ("… (Quý I: 3; Quý II: 4) — cùng kỳ 2024: 6": a bare value right after the period labels it)
        return bool(re.match(r"\s*\d[\d.,]*\s*$", normalize_label(after_phrase)))
    return "va" not in normalize_label(after_phrase[: counted[0].start]).split()


def _closes_the_figures_words(written_rest: str, rest: str, start: int, scope) -> bool:
    """The period phrase ends the words run on from the figure, introduced as a time and with a comma right after it
    ("06 hài cốt liệt sỹ … hy sinh tại Lào trong quý II, nâng tổng số … lên 17 hài cốt"): it may be said of this
    figure, whatever follows (not "12 đoàn, năm 2024, 15 đoàn", set off on both sides, which opens the next)."""
    before = _as_written(written_rest, rest[:start]).rstrip()
    # (the written words up to the next one after the phrase, its comma with them: "… trong quý II, ")
    through = _as_written(written_rest, rest[: start + len(scope.evidence)]).rstrip()
    # (nor after a word opening a clause of its own, "… 1,4 triệu USD thì đến hết năm, …", "… và trong quý III, cấp
    # 45 …", "…, riêng trong quý II, …"; nor inside a bracket, "2.380 lượt phương tiện (từ đầu năm đến ngày 22/9/2020,
    # …)"; nor past the end of a sentence or a quotation, "… 1,3 triệu USD. "Đến hết tháng 5, …")
    opener = set(rest[:start].split()[-2:]) & {"thi", "con", "nhung", "song", "va", "ma", "roi", "rieng", "hoac"}
    return (
        bool(before)
        and _introduced(rest[:start], scope.evidence)
        and not opener
        and before.count("(") == before.count(")")
        and not re.search(r"[.!?\"“”](?!\d)", before)
        and not before.endswith((",", ";", ":", "-", "–"))
        and through.endswith(",")
    )


# A bracket closed before a figure.
_CLOSED_BRACKET = re.compile(r"\([^()]*\)")


def _without_counted_brackets(prefix: str, report_year: int | None) -> str:
    """The words before a figure without a bracket holding a count of its own, after the clause named its period ("Cộng
    cả năm 2025, … ba mươi sáu đoàn ra (sáu tháng đầu năm đã báo cáo mười bảy đoàn) và bốn mươi đoàn vào": the
    bracket's period is its own count's), blanked to keep the length."""

    def blanked(bracket: re.Match) -> str:
        counted = any(read_unit(q.unit_words, q.currency) for q in find_quantities(bracket.group()))
        named_before = bool(find_scopes(normalize_label(prefix[: bracket.start()]), report_year))
        return " " * len(bracket.group()) if counted and named_before else bracket.group()

    return _CLOSED_BRACKET.sub(blanked, prefix)


# A figure, its noun (a few words) and a bracket right after them: "34 tổ chức (cuối năm 2025)".
_OWN_BRACKET = re.compile(r"[\d.,]+\s+(?:[^\W\d_]+\s+){0,3}[^\W\d_]+\s*\(([^()\d]*(?:19|20)\d{2}[^()\d]*)\)")
# "chủ yếu (thực hiện) trong quý I", "phần lớn vào tháng 12": when most of what a figure counts happened.
_MOSTLY = re.compile(r"\b(?:chu yeu|phan lon|da so|tap trung)\b")
# ("đạt 02/10 hội nghị (20,0%), đều tổ chức trong quý I": when all of them happened, which the count of a longer period
# holds; not the period the count is of) (only "đều" and a verb of its happening: not "đều là đoàn cấp Bộ, trong …",
# "(đều do lãnh đạo Sở chủ trì) trong tháng 3", "đều đặn")
_ALL_OF_THEM = re.compile(
    r"\bdeu (?:duoc )?(?:to chuc|dien ra|thuc hien|ky ket|ky|tiep nhan|tien hanh|phat sinh|xay ra|hoan thanh|trao)"
    r"(?: \w+){0,5}? (?:trong|vao) $"
)
# A title's bracket on where its figures come from ("9 tháng năm 2024 (số liệu chính thức 8 tháng, ước tháng 9)"): no
# period of its own.
_DATA_NOTE_BRACKET = re.compile(r"\(\s*số\s+liệu\b[^()]*\)", re.IGNORECASE)
_SINCE = re.compile(r"\b(?:tu khi|ke tu khi|ke tu|bat dau tu|tu sau khi)\b")
# ("T7/2025 ........ 4 đoàn": a label its dot leaders part from the line's figures, as a colon does)
_LINE_LABEL = re.compile(r"^[\s\-–•*+]*(?:\d+[.)]\s*)?([^:;,().]{3,30}?)\s*(?::|\.{3,}|…+)")


# "cao nhất từ đầu năm", "mức cao nhất kể từ", "cao nhất là": the words ranking a figure among those of a span.
_SUPERLATIVE_BEFORE = re.compile(r"\b(?:cao nhat|thap nhat|nhieu nhat|lon nhat|it nhat|ky luc)(?: [a-z]+){0,2} $")
# "so với", "cao hơn nhiều so với", "thấp hơn", "gấp 2 lần": the words naming what a figure is measured against, right
# before the period of that base ("bằng" is left out: it is also "by means of").
_COMPARISON_BASE_BEFORE = re.compile(
    r"\b(?:so voi|(?:cao|thap|nhieu|it|lon|nho) hon|gap (?:\w+ lan|doi|ruoi|ba|bon)(?= ))(?: [a-z]+){0,3} $"
)
# "sôi động hơn quý I:", "nhộn nhịp hơn 6 tháng đầu năm:": a period right after any word of degree and "hơn", closed by
# a colon, comma or semicolon, as written (not "sôi động hơn, riêng quý II …", "chủ động hơn trong quý I", "hơn nữa",
# "trong hơn 6 tháng": no base)
_BASE_AFTER_A_COMPARATIVE = re.compile(
    r"(?<!\w)(?!(?:trong|sau|được|đạt|có|là)\s)[^\W\d_]+\s+hơn\s+(?!nữa\b)"
    r"(?P<base>(?:quý|quí|tháng|năm|cùng kỳ|kỳ|6 tháng|9 tháng)\b[^,;:.()]*?)\s*[,;:]",
    re.IGNORECASE,
)
# "(131.000 lượt)", "(khoảng 20 đoàn)": a bracket opening with a value.
_BRACKETED_VALUE = re.compile(r"\s*\(\s*(?:(?:khoảng|gần|trên|hơn|là)\s+)?\d", re.IGNORECASE)
# "12 đoàn/104 lượt …": a figure, its noun, a slash and the other half's number.
_SLASHED_PAIR = re.compile(r"\d[\d.,]*\s*(?:[^\W\d_]+\s*){1,3}/\s*\d")


def _later_figure_before(written: str, slashed: bool = False) -> bool:
    """Another figure stands between this one (at the start of ``written``, the text as written, whose decimal commas
    say "2,5 triệu USD" is one figure) and a period phrase after them; not the other half of its pair, joined by "với"
    ("47 đoàn ra với 286 lượt CBCCVC …, tính đến ngày 30/11", "12 dự án với tổng giá trị cam kết 2,5 triệu USD trong
    9 tháng"), or ``slashed``."""
    quantities = find_quantities(written)
    return any(
        read_unit(q.unit_words, q.currency) and not _joined_by_with(written[previous.end : q.start])
        for previous, q in list(zip(quantities, quantities[1:], strict=False))[1 if slashed else 0 :]
    )


def _joined_by_with(between: str) -> bool:
    """ "… với 286 lượt", "… với tổng giá trị cam kết 2,5 triệu USD": the words between two figures join the second
    to the first as its other measure."""
    words = normalize_label(between).split()
    return "voi" in words and len(words) - words.index("voi") <= _WITH_ATTRIBUTE_WORDS and "va" not in words


# ("với tổng giá trị cam kết 2,5 triệu USD": "với" and up to five words before the second figure)
_WITH_ATTRIBUTE_WORDS = 6


def _as_written(text: str, normalised_prefix: str) -> str:
    """The start of ``text`` whose normalised words are those of ``normalised_prefix``."""
    wanted = len(normalised_prefix.split())
    starts = [token.start() for token in re.finditer(r"\S+", text)]
    # (the words of all the text up to a token, which only grow as it does: "tháng Mười Hai" reads as two words, "thang
    # 12", not three; so the first token reaching them is found by halving)
    first = bisect.bisect_left(starts, wanted, key=lambda start: len(normalize_label(text[:start]).split()))
    return text[: starts[first]] if first < len(starts) else text


def _closed_by_cut_off(scopes, stock: bool):
    """ "năm 2024 (tính đến 20/9) đã tiếp nhận 14 hài cốt": a cut-off date right after a named period closes
    that period's count; the named period, when the date reaches its last month (a stock: its last quarter),
    else a ScopeError (a count so far)."""
    if len(scopes) < 2 or scopes[-1][1].kind != "as_of_date" or not is_period_code(scopes[-2][1].code):
        return None
    named, as_of = scopes[-2][1], scopes[-1][1].as_of
    span = period_from_code(named.code)
    if as_of is None or not span.start_date <= as_of <= span.end_date:
        return None
    if unfinished_at(span.end_date, as_of, "stock" if stock else "flow"):
        raise ScopeError(f"'{named.evidence}' counted to {as_of:%d/%m/%Y}, before it ends: a count so far")
    return named


# "(số liệu tổng hợp năm 2020)", "(theo số liệu năm 2023)": a note dating the figure's data.
# (a note of its own values, "(Số liệu 5 tháng đầu năm đã báo cáo: 17 đoàn ra …)", is not one: no colon)
_DATA_OF = re.compile(r"\(\s*(?:theo\s+)?số liệu\b[^():;]*\)", re.IGNORECASE)
# "số liệu rà soát năm 2024", "kết quả điều tra tháng 6/2025": when a survey was made, not what period it covers
# ("theo số liệu tổng hợp năm 2017", "số liệu thống kê năm 2023": when the data were gathered, likewise)
# ("theo số liệu rà soát của các địa phương năm 2015": who surveyed, then when)
_SURVEY_DATE = re.compile(
    r"\b(?:ra soat|dieu tra|khao sat|tong dieu tra|tong hop|thong ke)"
    r"(?: cua (?:cac )?(?:dia phuong|huyen|xa|don vi|co quan|nganh))? (?:nam|thang|quy|dot) \S+"
)


# "Trong 12 đoàn vào của quý có 04 đoàn": a counted whole whose words end with a period word, then its part.
_WHOLE_OF_ITS_OWN_PERIOD = re.compile(r"\btrong \d[\d ]* \D{1,60}?\b(?P<period>(?:cua|trong) (?:quy|thang|ky)) co\b")
# (in a report on a quarter, "của quý" is its quarter; in one on a month, "của tháng" its month)
# ("của kỳ" is the report's own period)
_PERIOD_WORD_KINDS = {"quy": "quarter", "thang": "month"}
# "trong thời gian này", "cùng thời gian trên", "trong khoảng thời gian đó": a period named before.
# "năm trước", "năm ngoái", "cùng kỳ": another year's same period, after those words.
_ANOTHER_YEARS = re.compile(r"\b(?:(?:nam|quy|thang|ky) (?:truoc|ngoai)|cung ky)\b")
_PERIOD_NAMED_BEFORE = re.compile(r"\b(?:cung |trong )?(?:khoang )?thoi gian (?:nay|do|tren|noi tren)\b")
# "tính đến thời điểm báo cáo", "đến thời điểm hiện tại": counted to the day of writing (not "đến nay" after "từ đầu
# năm", which a report dated in its period's last month gives as the period's count).
_TO_THE_REPORTS_DATE = re.compile(r"\b(?:den|toi) thoi diem (?:bao cao|hien tai|nay)\b")
# "giai đoạn" named without its years ("cao nhất giai đoạn"): a span a later "cùng giai đoạn" may refer to.
_A_SPAN_WITHOUT_YEARS = re.compile(r"\bgiai doan\b(?! (?:19|20)\d{2})")
# "Cùng giai đoạn", "trong giai đoạn này": a span named elsewhere (not "giai đoạn 2021 - 2025", which names its years).
_SPAN_NAMED_BEFORE = re.compile(r"\b(?:cung|trong) giai doan(?: (?:nay|do|tren|noi tren))?\b(?! (?:19|20)\d{2})")


# A sentence opening with the day something happened ("Ngày 26/3/2024, …", "Sáng 12/5, …"); not a cut-off
# ("Tính đến ngày 30/6, …", "Đến ngày …").
_ON_A_DAY = re.compile(
    r"^\W*(?:(?:sáng|chiều|tối|trưa)\s+)?(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?\s*,",
    re.IGNORECASE,
)


# "ngày cao điểm 12/4/2024 (Tết Bunpimay) đạt", "ngày 02/9 có": a day named right before its count (not "đến ngày
# 15/6 có", a count to that day).
_A_DAYS_COUNT = re.compile(
    r"\bngay (?:cao diem |dong nhat |nhieu nhat |ky luc )?\d{1,2} \d{1,2}(?: \d{4})?(?: \w+){0,4}? "
    r"(?:dat|co|la|len toi|len den)$"
)
# Words before that day making it a cut-off: "tính đến 17h ngày 25/6", "số liệu chốt ngày 25/6", "đến hết ngày".
_CUT_OFF_BEFORE_A_DAY = re.compile(r"\b(?:den|toi|tu|het|chot|khoa so)(?: \w+){0,2} $")


def _a_lists_own_span(before: str) -> str | None:
    """The words in the bracket right before the colon that opens the list a figure is in ("Tại cảng biển Vũng Áng (số
    liệu tính từ ngày 15/10 đến ngày 14/11/2019): …"), when the figure comes after that colon."""
    brackets = list(re.finditer(r"\(([^()]*)\)\s*:", before))
    return brackets[-1].group(1) if brackets else None


def _sentence_before(place) -> str:
    """The normalised sentence right before the figure's in its paragraph, or ""."""
    earlier = place.block.text[: max(0, place.sentence.start - place.block.start)]
    return normalize_label(re.split(r"[.!?]\s", earlier.rstrip())[-1]) if earlier.strip() else ""


# A day written with its day and month ("10 12 2024", "ngay 15 12") in a scope's evidence.
_A_DAY = re.compile(r"\b\d{1,2} \d{1,2}\b")


def _in_last_month(code: str, day: dt.date) -> bool:
    end = period_from_code(code).end_date
    return (day.year, day.month) == (end.year, end.month)


def _sentence_label(sentence: str, longest: int, report_year: int | None = None) -> str:
    """The words before a sentence's colon that label what follows, up to ``longest`` characters: a short label ("Quý I:
    …"), or a longer lead that counts nothing itself ("Các số liệu khác của 6 tháng đầu năm giữ nguyên như đã báo cáo:
    …")."""
    label, colon, _ = sentence.partition(":")
    # (not a colon inside a bracket: "… 163 lượt khách (năm 2020: 11 đoàn/101 lượt); …" labels the bracket's values)
    if not colon or len(label) >= longest or label.count("(") > label.count(")"):
        return ""
    if len(label) < _SHORT_LABEL:
        return label
    # (a longer lead only when it speaks of the figures of a period; not a period named as background: "Phát huy kết
    # quả đạt được trong 6 tháng đầu năm, Sở tiếp tục …: đón 08 đoàn vào; …")
    # (or one opening with its period: "Cũng trong nhiệm kỳ 2021 - 2025, công tác đối ngoại … đạt nhiều kết quả: …")
    counts = any(not counts_time(q) for q in find_quantities(label))
    words = normalize_label(label)
    opened = [start for start, _ in find_scopes(words, report_year) if set(words[:start].split()) <= _LEAD_OPENING]
    return label if not counts and (_FIGURES_OF_A_PERIOD.search(words) or opened) else ""


_SHORT_LABEL, _LONG_LABEL = 60, 160


def _within(inner: str | None, outer: str | None) -> bool:
    """Whether the period ``inner`` lies inside the period ``outer`` (both codes; False when either is not one)."""
    if not (inner and outer and is_period_code(inner) and is_period_code(outer)):
        return False
    part, whole = period_from_code(inner), period_from_code(outer)
    return whole.start_date <= part.start_date and part.end_date <= whole.end_date


# Words a lead may open with before the period it gives its clauses ("Cũng trong nhiệm kỳ 2021 - 2025, …").
_LEAD_OPENING = frozenset({"cung", "trong", "nhiem", "ky", "giai", "doan", "rieng", "tinh", "chung", "ca"})
# "từ đầu nhiệm kỳ", "từ đầu giai đoạn": a count since a term began, whatever date it runs to.
_SINCE_THE_TERM_BEGAN = re.compile(
    r"\btu (?:dau|khi bat dau) (?:nhiem ky|giai doan|thuc hien nghi quyet|thuc hien thoa thuan)\b"
)
# Words right before a period that make it the period of results already reached ("kết quả đã đạt được trong …").
_ACHIEVED_IN = re.compile(r"\b(?:da )?dat duoc (?:trong |cua |tu )?$")
# "Các số liệu khác của 6 tháng đầu năm …", "Phần còn lại của số liệu quý II năm 2022 …": a lead whose subject is the
# figures of a period (not "Bên cạnh số liệu …", "So với số liệu …", "Căn cứ số liệu …": figures it only refers to).
_FIGURES_OF_A_PERIOD = re.compile(
    r"^(?:cac |nhung |phan con lai cua |toan bo )?so lieu (?:\S+ ){0,2}?(?:cua |trong )?(?:quy|thang|nam|\d+ thang)\b"
)


# "01 đoàn (tháng 02)": a figure, its noun, and a bracket holding a period only.
_PERIOD_BRACKET_AFTER = re.compile(
    r"^[\d.,]+\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s*\((?P<period>\s*(?:tháng|quý|năm)\s+[^()]{1,15})\)", re.IGNORECASE
)


class FigurePeriods:
    def _period_for(
        self, place, position: int, label: Scope | None = None, stock: bool = False
    ) -> tuple[str, str, bool]:
        """The period of ``_period_of``; a stock (a level at a date) is never a span of years'
        figure: "Đến ngày 31/12/2024, có 39 tổ chức" in a report on 2022 - 2024 is the level of
        the year 2024; a stock the span's words alone date goes to review."""
        try:
            code, evidence, estimate = self._period_of(place, position, label, stock)
            if label is None:
                self._refuse_a_period_closing_its_words(place, position, code)
                if not (stock or estimate):
                    self._refuse_a_count_to_the_texts_cut_off(place, position, code)
        except ScopeError as error:
            year = self._year_whose_last_day_dates(place, position, str(error)) if stock else None
            quarter = self._title_quarter_whose_end_dates(place, position) if stock and year is None else None
            if year is None and quarter is None:
                raise
            if quarter is not None:
                # ("Đến hết quý I/2024, có 33 tổ chức …" in a report on "tháng 3 và quý I năm 2024": the level at the
                # end of the quarter the title names beside another period)
                code, evidence, estimate = quarter, f"the end of {quarter}, which the title names", False
            else:
                # ("Tính đến ngày 31/12/2023, toàn tỉnh có 114 dự án FDI" in a report on 2024: the level at that year's
                # end)
                code, evidence, estimate = year, f"the last day of {year}, named with its year", False
        if stock and (year := self._year_a_level_at_its_end_is_of(place, position, code)) is not None:
            # ("Tính đến hết ngày 31/12/2022 có 33 tổ chức …" in a report on 6 tháng cuối năm 2022: the level at the end
            # of the year, which the day names as much as the half's end)
            code, evidence = year, f"31 December {year}, the end of the year"
        elif stock and (longer := self._longer_title_period_a_day_closes(place, position, code)) is not None:
            # ("Tính đến ngày 30/9/2024, có 986 lưu học sinh Lào" under "2. … trong quý III" of a report on "quý III và
            # lũy kế 9 tháng": the day ends both, and writers key the level as the longer one's, from January)
            code, evidence = longer, f"the end of {longer}, the longer of the title's periods the day ends"
        elif stock and (quarter := self._quarter_whose_end_dates(place, position, code)) is not None:
            # ("Đến hết quý II/2018, có 24 tổ chức …" in a report on "quý II, lũy kế 6 tháng đầu năm 2018": the level at
            # the end of the quarter it names, one of the title's two; a count to that day is the half's, as before)
            code, evidence = quarter, f"the end of {quarter}, which the title names"
        before_figure = _words_before(place, position)
        dated = self.structure.report_date
        # (not "Từ đầu năm đến thời điểm báo cáo" in a half-year report dated 20/6: the half's, as a rule)
        remark = _TO_THE_REPORTS_DATE.search(before_figure) if "tu dau nam" not in before_figure else None
        long_period = is_period_code(code) and period_from_code(code).period_type in ("year", "multi_year")
        if remark and not stock and long_period and dated and dated < period_from_code(code).end_date:
            # ("Tính đến thời điểm báo cáo, toàn tỉnh đã ký kết 23 thỏa thuận" in a report on 2021 - 2025 dated
            # 12/12/2025: a count so far, however near the period's end)
            raise ScopeError(f"'{remark.group()}': counted to the report's date {dated:%d/%m/%Y}, before {code} ends")
        peak = None if stock or label is not None else _A_DAYS_COUNT.search(before_figure)
        if peak and not _CUT_OFF_BEFORE_A_DAY.search(before_figure[: peak.start()]):
            # ("…; ngày cao điểm 12/4/2024 (Tết Bunpimay) đạt 5.870 lượt người": one day's count, whatever the sentence
            # before dates)
            raise ScopeError(f"'{peak.group()}' names one day, not the period")
        day = None if stock or label is not None else _ON_A_DAY.match(place.sentence.text)
        if day and not (self.period_code and period_from_code(self.period_code).months == 1):
            # "Ngày 26/3/2024, phòng phối hợp … tiếp nhận 05 hài cốt liệt sỹ" in a report on the quarter: what happened
            # that day, one event, not certain to be the period's count (in a monthly report, the month's often is)
            raise ScopeError(f"'{day.group().strip(' ,')}' names the day of one event, not the period's total")
        span_back = _SPAN_NAMED_BEFORE.search(before_figure) if label is None else None
        if span_back and find_scopes(before_figure[span_back.end() :], self.report_year):
            span_back = None  # ("Trong giai đoạn, …; lũy kế đến hết năm 2025, …": a period of its own after it)
        if span_back and _A_SPAN_WITHOUT_YEARS.search(_sentence_before(place)):
            # ("Năm 2022, giá trị cam kết đạt cao nhất giai đoạn … . Cùng giai đoạn, tỉnh đã đón tiếp 47 đoàn …": the
            # span the sentence before speaks of, or its year; not certain which)
            raise ScopeError(f"'{span_back.group()}' refers to a span the sentence before names without its years")
        if (back := self._period_named_before(place, position)) and label is None:
            # "Cũng trong thời gian này, đón tiếp 18 đoàn …": the period of the sentence right before, when all its
            # figures have one and no other year follows the words ("Cùng thời gian này năm 2024", "… năm ngoái":
            # that period of another year); else not read here (a cut-off date, a span of another sentence)
            text, nothing_after = back
            earlier = self._period_of_the_sentence_before(place) if nothing_after else None
            if earlier is None:
                raise ScopeError(f"'{text}' refers to a period named in an earlier sentence")
            return earlier, f"'{text}': the period of the sentence before", False
        surveyed = stock and _SURVEY_DATE.search(before_figure)
        if surveyed and code not in (self.period_code, str(self.report_year)):
            # "Theo số liệu rà soát năm 2024, có khoảng 75.000 người …" in a review of 2021 - 2025: the level the
            # survey found some day that year, not at a period's end (in a report on 2024, the year's level)
            raise ScopeError(
                f"a stock (a level at a date) dated by a survey ('{surveyed.group()}'), not a period's end"
            )
        if stock and period_from_code(code).period_type == "multi_year":
            raise ScopeError(f"a stock (a level at a date) dated only by the span {code}, not by a year's end")
        opened = place.clause.text.rfind("(", 0, position)
        if label is None and opened > place.clause.text.rfind(")", 0, position):
            # "(Số liệu 5 tháng đầu năm đã báo cáo Bộ Ngoại giao: 17 đoàn ra, 11 đoàn vào.)": period words inside the
            # bracket before the figure, which the sentence's reading blanks out, are the figure's
            inside = find_scopes(normalize_label(place.clause.text[opened + 1 : position]), self.report_year)
            if inside and self._resolve(inside[-1][1])[0] != code:
                raise ScopeError(f"'{inside[-1][1].evidence}' in the bracket before the figure names another period")
        in_sentence = place.clause.start - place.sentence.start + position
        lists_span = None if label is not None else _a_lists_own_span(place.sentence.text[:in_sentence])
        if lists_span is not None:
            # (a span of days or another period; not "(đến ngày 20/3/2023)", a cut-off its own rules read)
            inside = [
                scope
                for _, scope in find_scopes(normalize_label(lists_span), self.report_year)
                if scope.kind == "date_range" or (scope.code and is_period_code(scope.code))
            ]
            try:
                other = bool(inside) and self._resolve(inside[-1])[0] != code
            except ScopeError:
                other = True
            if other:
                # ("Tại cảng biển Vũng Áng (số liệu tính từ ngày 15/10/2019 đến ngày 14/11/2019): …; cấp 112 giấy
                # phép"): the span the bracket before the list's colon names is every item's
                raise ScopeError(f"'{lists_span.strip()}' before the list names another span than {code}")
        vintage = _DATA_OF.search(place.clause.text[position:])
        if (
            vintage
            and not find_quantities(vintage.group())
            and any(scope.code != code for _, scope in find_scopes(normalize_label(vintage.group()), self.report_year))
        ):
            # "… gần 70.000 người Hà Tĩnh đang sinh sống ở nước ngoài (số liệu tổng hợp năm 2020)" in a report on
            # 2021: the note dates the data, to another period than the text around it
            raise ScopeError(f"the note '{vintage.group()}' dates the figure to another period than {code}")
        return code, evidence, estimate

    def _period_compared_with(self, place, position: int) -> tuple[str, str, bool] | None:
        """The period of a figure in a sentence opening with the period it compares with, when no period phrase
        stands between ("So với cùng kỳ năm 2019, khi toàn tỉnh có 31 đoàn …": that period's; "So với cùng kỳ năm
        2019, giá trị hỗ trợ … đạt 3,2 tỷ đồng": not certain whose), else None."""
        opening = _COMPARED_WITH_OPENING.match(place.sentence.text)
        if opening is None or position < opening.end():
            return None
        base = normalize_label(opening.group("base"))
        compared = [scope for _, scope in find_scopes(base, self.report_year)]
        between = place.masked_sentence[opening.end() : position]
        if len(compared) != 1 or ";" in between or find_scopes(normalize_label(between), self.report_year):
            return None
        if not starts_with_phrase(normalize_label(between), word_list("compared_period_then")):
            raise ScopeError(f"the sentence opens comparing with '{base}': its figure may be of either period")
        code, evidence = self._resolve(compared[0])
        return code, f"'{base}', the period the sentence compares with and then speaks of: {evidence}", False

    def _as_of_right_before(self, place, position: int) -> Scope | None:
        """The as-of date ("đến ngày 31/12/2023", "đến hết quý II/2018") that is the last period phrase before the
        figure in its sentence, or None."""
        scopes = find_scopes(_words_before(place, position), self.report_year)
        scope = scopes[-1][1] if scopes else None
        return scope if scope is not None and scope.kind == "as_of_date" and scope.as_of is not None else None

    def _title_quarter_whose_end_dates(self, place, position: int) -> str | None:
        """The quarter an as-of phrase right before the figure names by its end ("đến hết quý I/2024"), when the report
        has no one period and its title names that quarter."""
        scope = self._as_of_right_before(place, position)
        named = _period_an_as_of_names(scope) if scope is not None and self.period_code is None else None
        if named is None or not self._title_names(named):
            return None
        # ("Đến hết quý IV/2023" in a report on "quý IV và cả năm 2023": the level at the end of the year, as a stock at
        # 31 December always is)
        year = named[:4]
        return year if named.endswith("Q4") and year in self._named_periods() else named

    def _year_whose_last_day_dates(self, place, position: int, refusal: str) -> str | None:
        """The year whose 31 December, written with its year, is the as-of date the refusal is about ("đến ngày
        31/12/2023"), when it is the last period words before the figure in its sentence."""
        scope = self._as_of_right_before(place, position)
        if scope is None or f"'{scope.evidence}'" not in refusal:
            return None
        return str(scope.as_of.year) if self._a_plain_level_at_a_years_end(place, position, scope) else None

    def _a_plain_level_at_a_years_end(self, place, position: int, scope) -> bool:
        """Whether the as-of date ``scope`` right before a level is a 31 December written with its year, the day the
        level is of: not a day compared with ("So với thời điểm ngày 31/12/2022, … tăng lên 48", "hiện có 48"), a
        target ("Theo Kế hoạch …, đến ngày 31/12/2023 phải có 45 tổ chức"), a day more than a month after the report
        was written (an estimate in November), or a day whose level another period after it dates ("… được cấp giấy …
        trong năm 2023")."""
        if year_whose_last_day(scope) is None:
            return False
        as_of, before = scope.as_of, _words_before(place, position)
        sentence = normalize_label(place.masked_sentence)
        dated = self.structure.report_date
        return not (
            _NOW.search(before)
            or re.search(r"\b(?:so voi|tang|giam|chenh lech)\b", before)
            or re.search(r"\b(?:phai|yeu cau|ke hoach|muc tieu|chi tieu|phan dau)\b", sentence)
            or says_a_plan(sentence)
            or (dated is not None and dated < as_of and not _in_last_month(str(as_of.year) + "-12", dated))
            or find_scopes(normalize_label(place.clause.text[position:]), self.report_year)
        )

    def _year_a_level_at_its_end_is_of(self, place, position: int, code: str) -> str | None:
        """The year whose 31 December, written with its year, dates the figure right before it, when ``code`` (a half,
        quarter or month) ends that day too."""
        scope = self._as_of_right_before(place, position)
        if scope is None or not is_period_code(code):
            return None
        period = period_from_code(code)
        if period.period_type in _YEAR_LIKE or period.end_date != scope.as_of:
            return None
        return str(scope.as_of.year) if self._a_plain_level_at_a_years_end(place, position, scope) else None

    def _longer_title_period_a_day_closes(self, place, position: int, code: str) -> str | None:
        """The longest of the periods a title names that all end on the day written in full right before the figure
        ("Tính đến ngày 30/9/2024"), when ``code`` is one of them (not a span of years: no level's period)."""
        scope = self._as_of_right_before(place, position)
        together = self._title_periods_ending_together()
        if (
            self.period_code is not None
            or scope is None
            or scope.kind != "as_of_date"
            or not re.search(r"\b\d{1,2} \d{1,2}\b", scope.evidence)
            or code not in together
            or len(together) < 2
            or scope.as_of != period_from_code(code).end_date
            or any(period_from_code(other).period_type == "multi_year" for other in together)
        ):
            return None
        longest = min(together, key=lambda other: period_from_code(other).start_date)
        return longest if longest != code else None

    def _quarter_whose_end_dates(self, place, position: int, code: str) -> str | None:
        """The quarter an as-of phrase right before the figure names by its end ("đến hết quý II/2018"), when the title
        names it and it ends with ``code``, the period read so far (the half-year it closes)."""
        scope = self._as_of_right_before(place, position)
        named = _period_an_as_of_names(scope) if scope is not None else None
        if named is None or named == code or not self._title_names(named) or not is_period_code(code):
            return None
        return named if period_from_code(named).end_date == period_from_code(code).end_date else None

    def _period_of_the_sentence_before(self, place) -> str | None:
        """The one period of every figure read from the sentence right before this one in its paragraph (none waiting
        for review with another), or None."""
        before = [
            item
            for item in (*self.result.figures, *self.result.review)
            if item.block.number == place.block.number and item.char_end <= place.sentence.start
        ]
        if not before:
            return None
        last = max(item.excerpt_start for item in before)
        last_sentence = [item for item in before if item.excerpt_start == last]
        between = place.block.text[
            last - place.block.start + len(last_sentence[0].excerpt) : place.sentence.start - place.block.start
        ]
        codes = {item.period_code for item in last_sentence}
        published = any(isinstance(item, Figure) for item in last_sentence)
        return codes.pop() if len(codes) == 1 and published and not between.strip() and None not in codes else None

    def _lead_naming_a_period_inside(self, place, position: int, period_at: int, foreign: bool = True) -> str | None:
        """The long lead before a colon ahead of the figure (``position`` in its sentence), when the period phrase at
        ``period_at`` of the normalised clause prefix lies inside it right after words that make it another thing's
        ("đã ký kết năm 2023", "kết quả của 6 tháng đầu năm"), and the lead does not speak of the figures of a period
        ("Các số liệu khác của 6 tháng đầu năm …:")."""
        clause_offset = place.clause.start - place.sentence.start
        before = place.masked_sentence[clause_offset:position]
        colon = before.rfind(":")
        if colon < 0:
            return None
        lead = normalize_label(before[:colon])
        owned = any(f" {lead[:period_at]}".endswith(f" {owner} ") for owner in word_list("period_owners_in_a_lead"))
        if period_at >= len(lead) or not owned or _FIGURES_OF_A_PERIOD.search(lead):
            return None
        # (a short lead only when it names another period before: "Tháng 3 là tháng cao điểm của quý I: đón 06 đoàn
        # vào"; not "Kết quả của quý I: 12 đoàn vào"; so also for the report's own period, ``foreign`` False)
        if colon < _SHORT_LABEL or not foreign:
            earlier = [scope for _, scope in find_scopes(lead[:period_at], self.report_year)]
            owned = find_scopes(lead[period_at:], self.report_year)[:1]
            # (a part of the period named before it is the figures' own: "Năm 2024, riêng kết quả của quý IV: …")
            if not earlier or (owned and all(_within(owned[0][1].code, scope.code) for scope in earlier)):
                return None
        return before[:colon].strip()[:80]

    def _period_named_before(self, place, position: int) -> tuple[str, bool] | None:
        """The words referring back to an earlier sentence's period ("cùng thời gian này") that govern
        the figure, in its own clause or an earlier one of its sentence ("Cùng thời gian này, cửa khẩu …;
        cảng Vũng Áng làm thủ tục cho 3.125 lượt"), and whether no period words follow them before it."""
        before = _words_before(place, position)
        back = [*_PERIOD_NAMED_BEFORE.finditer(before)][-1:]
        if not back:
            return None
        after = before[back[0].end() :]
        # (a year named after those words, in any clause, may name that period of another year: "Cùng thời gian này
        # năm 2024, tỉnh đón 9 đoàn; năm 2023 đón 7 đoàn")
        named_after = bool(find_scopes(after, self.report_year) or _ANOTHER_YEARS.search(after))
        # (nor a period its own sentence named before them: "Quý III năm 2025, tỉnh đón 14 đoàn; cùng thời gian này, …"
        # may mean that one or the sentence before's)
        named_before = bool(find_scopes(before[: back[0].start()], self.report_year))
        return back[0].group(), not (named_after or named_before)

    def _code_of(self, scope) -> str | None:
        """The period code a scope resolves to here, or None when it does not."""
        if is_period_code(scope.code):
            return scope.code
        try:
            code = self._resolve(scope)[0]
        except ScopeError:
            return None
        return code if is_period_code(code) else None

    @staticmethod
    def _not_a_comparisons_base(scopes: list, clause_prefix: str, written_prefix: str) -> list:
        """The periods before a figure less the base a comparison names ("Riêng quý II/2023, công tác đối ngoại sôi
        động hơn quý I: … 13 đoàn ra": what the quarter is measured against, not the figure's period); ScopeError when
        a base was the only one."""
        written_bases = [
            normalize_label(base.group("base")) for base in _BASE_AFTER_A_COMPARATIVE.finditer(written_prefix)
        ]
        own = [
            (start, scope)
            for start, scope in scopes
            if not _COMPARISON_BASE_BEFORE.search(clause_prefix[:start])
            and not any(has_phrase(base, scope.evidence) for base in written_bases)
        ]
        if scopes and not own:
            raise ScopeError(f"'{scopes[-1][1].evidence}' is the base of a comparison, not the figure's period")
        return own

    def _period_of(
        self, place, position: int, label: Scope | None = None, stock: bool = False
    ) -> tuple[str, str, bool]:
        """(period code, evidence, is an estimate) for a figure at ``position`` of its clause, or
        ScopeError. The period phrase nearest before the figure governs it (its own label
        first); a period phrase after it in the clause that names another period, or one the
        extractor does not understand, makes the period uncertain."""
        label = label or self._bracket_after(place, position)
        if label is None and (base := _equal_base_of_the_figure(place.clause.text, position)):
            # "Ký kết 06 thỏa thuận quốc tế, bằng số thỏa thuận đã ký của năm 2023": compared with another period's
            # count; its period words do not date the figure, and the figure's own is not certain
            raise ScopeError(f"compared with an equal base of another period ('{base}')")
        if label is not None and label.kind == "year_end" and stock:
            # "(cuối năm 2022: 30 tổ chức)": the level at the end of that year.
            return str(label.as_of.year), f"label '{label.evidence}': a stock at the end of the year", False
        if label is not None and label.kind == "as_of_date":
            label = self._period_a_cut_off_label_closes(place, position, label, stock)
        if label is not None and label.kind == "same_period_earlier" and place.past_another_period():
            # "48 đoàn (tháng 12/2025: 6 đoàn, cùng kỳ năm 2024: 4 đoàn)": the same period as the figure broken
            # down, or as the value right before it; not certain which
            raise ScopeError(f"'{label.evidence}' after a value of another period in the same breakdown")
        if (
            label is not None
            and label.kind == "month"
            and re.search(
                rf"\b(?:dot|chuyen|buoi|ky hop) {re.escape(label.evidence)}\b", normalize_label(place.sentence.text)
            )
        ):
            # "(riêng đợt tháng 7/2025 tiếp nhận 9 hài cốt)": one round in the month, not the month's count
            raise ScopeError(f"'{label.evidence}' dates one round (đợt) of the work, not the month's count")
        if label is not None:
            code, evidence = self._resolve_in_section(label, place, labelled=True)
            return code, f"label '{label.evidence}': {evidence}", label.estimated
        if (own := trailing_periods(place.clause.text, self.report_year).get(position)) is not None:
            code, evidence = self._resolve(own)
            return (
                code,
                f"'{own.evidence}' after the figure, as after each figure of its series: {evidence}",
                own.estimated,
            )
        clause_offset = place.clause.start - place.sentence.start
        if (compared := self._period_compared_with(place, clause_offset + position)) is not None:
            return compared
        clause_prefix = normalize_label(
            _without_counted_brackets(place.masked_sentence[clause_offset : clause_offset + position], self.report_year)
        )
        scopes = self._not_a_comparisons_base(
            find_scopes(clause_prefix, self.report_year),
            clause_prefix,
            place.masked_sentence[clause_offset : clause_offset + position],
        )
        foreign = bool(scopes) and not self._is_report_period(scopes[-1][1])
        if foreign and (achieved := _ACHIEVED_IN.search(clause_prefix[: scopes[-1][0]])):
            # "Phát huy những kết quả đã đạt được trong 6 tháng đầu năm, Sở tiếp tục …: đón 08 đoàn vào" in a report on
            # the third quarter: the period of results already reached, named as the background of what follows (not
            # the report's own: "Kết quả đạt được trong quý II năm 2024: …" in a report on it)
            raise ScopeError(f"'{scopes[-1][1].evidence}' dates results reached before ('{achieved.group().strip()}')")
        sentence_prefix = normalize_label(place.masked_sentence[: clause_offset + position])
        since = _SINCE_THE_TERM_BEGAN.search(sentence_prefix)
        # (not past a period of its own after it: "… từ đầu nhiệm kỳ, riêng trong quý III năm 2024 tỉnh đón 08 đoàn"; a
        # cut-off, "đến hết quý III năm 2024", ends the same span)
        own_after = since and any(
            start > since.end() and not scope.evidence.startswith(("den ", "toi ", "tinh den "))
            for start, scope in find_scopes(sentence_prefix, self.report_year)
        )
        term_report = bool(self.period_code) and period_from_code(self.period_code).period_type == "multi_year"
        if since and not own_after and not term_report:
            # "Lũy kế từ đầu nhiệm kỳ đến hết quý III năm 2024, … 70 đoàn": counted since the term began, to that date
            # (in a report on the term itself, the term's count, read as before)
            raise ScopeError(f"counted '{since.group()}': a span since the term began, with no period code")
        if scopes and (
            lead := self._lead_naming_a_period_inside(place, clause_offset + position, scopes[-1][0], foreign)
        ):
            # "Triển khai các thỏa thuận đã ký kết năm 2023 với các tỉnh Trung Lào, Sở đã chủ trì, phối hợp: đón 12 đoàn
            # vào; …": a period inside a long lead, past its opening words, dates what the lead speaks of
            raise ScopeError(
                f"'{scopes[-1][1].evidence}' is named inside the lead '{lead}', not as the figures' period"
            )
        if not scopes and clause_offset:
            # "quý II 55 giấy phép, 70 thẻ đi bờ": the period labelling the clause's first value labels the
            # clause, not the one the sentence opened with ("Quý I cấp 40 giấy phép; …")
            # (not past a total: "tháng 6: 05 đoàn - tổng cộng 17 đoàn")
            clause_words = place.sentence.text[clause_offset : clause_offset + position]
            lead = _CLAUSE_LABEL.match(clause_words)
            own = period_label(lead.group(1) or lead.group(2), self.report_year) if lead else None
            totalled = lead is not None and has_any(
                normalize_label(clause_words[lead.end() :]), word_list("total_labels")
            )
            if own is not None and own.code and not totalled:
                scopes = [(0, dataclasses.replace(own, labelled=True))]
        if not scopes and clause_offset:
            # Of the clauses before, only the phrase the sentence opens with carries past a ";"
            # ("10 tháng, ... 09 hội nghị, ước cả năm 12 hội nghị; ký kết 05 thỏa thuận").
            opened = _without_document_numbers(place.masked_sentence[:clause_offset])
            opening = normalize_label(opened)
            label_text = _sentence_label(place.sentence.text, _SHORT_LABEL)
            # ("- Cảng biển Vũng Áng, Sơn Dương: trong quý I đã làm thủ tục …; cấp 86 giấy phép …": the sentence
            # opens after its label)
            label_end = len(normalize_label(_without_document_numbers(label_text))) + 1 if label_text else 0
            named = find_scopes(opening, self.report_year)
            # (a lead-in that only says where the words come from or sums up, naming nobody's share: not "Đối với Trường
            # Đại học Hà Tĩnh, …", "Với tỉnh Bolikhămxay, …", "Theo thống kê của Công an tỉnh, …")
            lead_in = _LEAD_IN.match(opened)
            lead_words = normalize_label(lead_in.group(1)) if lead_in else ""
            past_the_lead_in = len(lead_words) + 1 if lead_in else None  # where a period right after it starts
            # ("Đối với đoàn vào, trong quý …; bên cạnh đó, …", "Tại cảng biển, quý II …; cấp 58 giấy phép …": a lead-in
            # naming a field of work or where it was done, not a body, a lower level or a named place)
            # (in common words only, nobody named: not "Theo báo cáo UBND thị xã Kỳ Anh, …", "Về quan hệ với Lào, …",
            # "Đối với tỉnh bạn Khăm Muộn, …"; and before one period, not "Nhìn chung, năm 2024 và 9 tháng năm 2025, …")
            plain = (
                lead_in is not None
                and _names_nobody(lead_in.group(1))
                # (nor a lower level: "Theo báo cáo các địa phương, …", "Theo số liệu cấp huyện, …")
                and not has_any(lead_words, word_list("subjects.lower_levels"))
                and len({s.code for at, s in named if at >= len(lead_words)}) == 1
            )
            discourse = plain and (
                starts_with_phrase(lead_words, word_list("period_lead_ins"))
                or (
                    lead_words.startswith(("doi voi ", "ve ", "tai ", "o "))
                    and lead_in_subject(f"{lead_in.group(1)}, ") is None
                )
            )
            lead_in_end = past_the_lead_in if discourse else None
            # (not when a clause between names another: "Theo tiến độ: quý I … 186.200 USD; quý II …, 402.650 USD")
            # ("Theo báo cáo tổng kết, năm 2024 toàn tỉnh có …; đón …": a lead-in set off by a comma opens the sentence
            # before its period)
            scopes = [
                (start, scope)
                for start, scope in named
                if start <= _OPENING_REACH
                or set(opening[:start].split()) <= _OPENING_WORDS
                # (an estimate carries only as an estimate does, below)
                or (start == lead_in_end and not (scope.kind == "estimate" or scope.estimated))
                or (
                    label_end
                    and start >= label_end
                    and set(opening[label_end:start].split()) <= _OPENING_WORDS
                    and len({other.code for _, other in named}) == 1
                )
            ][:1]
            # ("Tại các cảng biển …, ước cả năm 2024 lực lượng … làm thủ tục cho 1.436 lượt tàu …; cấp 318 giấy phép …":
            # the estimate of the report's own period an earlier clause makes goes on, as far as the sentence does)
            estimate = [
                (start, scope) for start, scope in named if scope.kind == "estimate" and self._is_report_period(scope)
            ]
            # (not to a clause with a subject of its own that says it is done: "…; các cảng biển … đã làm thủ tục cho
            # 752 lượt tàu")
            # ("Đồn Biên phòng … cấp 318 …": a name opening the clause is its subject; nor when the clauses before name
            # another period too: "11 tháng đầu năm … 1.300 lượt tàu, ước cả năm … 1.436 lượt tàu; cấp 290 …")
            own_start = normalize_label(place.clause.text[:position]).split()
            first_word = place.clause.text.lstrip(" ;,-–•*+").split()[:1]
            own_subject = (
                own_start[:1] in (["cac"], ["tai"], ["qua"], ["o"])
                or "da" in own_start
                or bool(first_word and first_word[0][:1].isupper())
            )
            if not scopes and estimate and len(estimate) == len(named) and not own_subject:
                scopes = estimate[:1]
            # ("Tính chung quý I/2024: đoàn ra …; đoàn vào có 7 đoàn": the opening label is masked as a
            # label, and carries as one.)
            opening_label = period_label(label_text, self.report_year) if label_text else None
            if not scopes and opening_label is not None and opening_label.code and len(label_text) < clause_offset:
                scopes = [(0, opening_label)]
            # ("Thủ tục hành chính, dịch vụ đối ngoại (9 tháng): 38 hồ sơ …; 79 hồ sơ …": a period named in
            # the sentence's label governs each of its clauses)
            # (and in a longer lead that counts nothing: "Các số liệu khác của 6 tháng đầu năm giữ nguyên như đã báo
            # cáo: đoàn vào …; tổ chức 04 hội nghị …"; not a period after it, which may start a statement of its own)
            lead_text = _sentence_label(place.sentence.text, _LONG_LABEL, self.report_year)
            label_scopes = find_scopes(normalize_label(lead_text), self.report_year) if lead_text else []
            if not scopes and len(label_scopes) == 1 and len(lead_text) < clause_offset:
                scopes = label_scopes
            earlier = [
                scope for _, scope in find_scopes(opening, self.report_year) if not self._is_report_period(scope)
            ]
            if not scopes and earlier and not place.inherited:
                # "Nhìn lại cả giai đoạn 2021 - 2025, … cử 230 đoàn …; hỗ trợ các tỉnh bạn trên 62 tỷ đồng": a period
                # named in an earlier clause may still govern this one; the report's period is not certain
                raise ScopeError(
                    f"an earlier clause of the sentence names '{earlier[0].evidence}'; this clause names no period"
                )
            if not scopes and place.inherited and (other := self._other_than_inherited(opening, place.inherited)):
                # ("Quý II, …. Cảng Vũng Áng 6 tháng làm thủ tục cho 231 lượt tàu; cấp 88 giấy phép …" in a report on
                # the half-year: the months an earlier clause names, or the quarter from the sentence before)
                raise ScopeError(
                    f"an earlier clause of the sentence names '{other.evidence}', not '{place.inherited.evidence}' "
                    "from before it; this clause names no period"
                )
            after_lead_in = [scope for start, scope in named if start == past_the_lead_in]
            if not scopes and after_lead_in and not self._is_report_period(after_lead_in[0]):
                # ("Theo báo cáo tại Hội nghị, năm 2023 toàn tỉnh đã cử 68 đoàn …; tổ chức 14 hội nghị …" in a report on
                # January 2024: a lead-in this reader does not know may or may not open the sentence before its period)
                raise ScopeError(
                    f"the sentence opens with '{after_lead_in[0].evidence}' after '{lead_in.group(1).strip()}'; "
                    "not certain it governs this clause"
                )
        clause_text = place.masked_sentence[clause_offset : clause_offset + len(place.clause.text)]
        whole = _WHOLE_OF_ITS_OWN_PERIOD.search(normalize_label(place.clause.text))
        kind = period_from_code(self.period_code).period_type if self.period_code else None
        if whole and _PERIOD_WORD_KINDS.get(whole.group("period").split()[-1], kind) != kind:
            # "Trong 12 đoàn vào của quý có 04 đoàn …" in a report on the quarter and nine months: the whole and its
            # part are of a period its words name without saying which
            raise ScopeError(f"the whole the part belongs to names a period of its own ('{whole.group('period')}')")
        among = _PERIOD_BEFORE_ITS_PART.match(
            place.sentence.text[clause_offset + position : clause_offset + len(place.clause.text)]
        )
        if among:
            # "Trong 14 đoàn vào tháng 6 có 5 đoàn …": the period between a whole and its part ("có …") may be
            # the whole's or the part's.
            raise ScopeError(f"'{among.group('period')}' between the figure and its part may be either's period")
        rest = normalize_label(clause_text[position:])
        # A phrase after the figure that opens a figure of its own ("năm 2022 có 28 đoàn") is that
        # figure's; one left at the end of the clause may be this figure's.
        # (nor one after a later figure: "46 hồ sơ … trong năm 2024 (…) và 22 hồ sơ trong 6 tháng đầu năm 2025")
        # ("Cộng với 06 tổ chức của 6 tháng đầu năm, lũy kế … 11 tổ chức": a period the figure's noun owns, "của …",
        # is its own, whatever figure follows)
        # ("12 đoàn/104 lượt khách đến làm việc … trong năm": the other half of a slashed pair is no later figure)
        slashed = bool(_SLASHED_PAIR.match(clause_text[position:]))
        written_rest = clause_text[position:]
        # ("76.000 người … (theo số liệu của năm 2022)": the note dating the data is read below, not as the period)
        data_note = _DATA_OF.search(written_rest)
        # (the value of a period may stand in a bracket right after it, which the clause ends before: "thấp hơn quý
        # I/2023 (131.000 lượt)"; not a breakdown, "trong quý III (tháng 7: 03 đoàn …)")
        sentence_rest = place.sentence.text[clause_offset + position :]
        # (each period phrase after the figure, with the text as written up to it and whether a later figure stands
        # between)
        phrases_after = []
        for start, scope in find_scopes(rest, self.report_year):
            written_before = _as_written(written_rest, rest[:start])
            phrases_after.append((start, scope, written_before, _later_figure_before(written_before, slashed)))
        after = [
            (start, scope)
            for start, scope, written_before, later_figure in phrases_after
            if (
                not _opens_a_figure(written_rest[len(_as_written(written_rest, rest[: start + len(scope.evidence)])) :])
                and not _BRACKETED_VALUE.match(
                    sentence_rest[len(_as_written(sentence_rest, rest[: start + len(scope.evidence)])) :]
                )
                or _owned_by_its_noun(rest[:start])
            )
            and not later_figure
            and not (data_note and len(written_before) >= data_note.start())
            # ("7.412 lượt phương tiện, cao nhất từ đầu năm", "… mức cao nhất kể từ năm 2019": the span the figure ranks
            # highest in, not its period; a count of months or years, "cao nhất trong 4 tháng", names none)
            and not (_SUPERLATIVE_BEFORE.search(rest[:start]) and scope.kind not in ("n_months", "n_years"))
            and not _ALL_OF_THEM.search(rest[:start])
        ]
        # ("… biên dịch 1.874 trang tài liệu và phiên dịch 312 giờ trong năm 2024": a period closing the clause after a
        # later figure joined to this one, which may be both figures'
        closing_after_a_later_figure = [
            scope
            for start, scope, written_before, later_figure in phrases_after
            if later_figure
            and not rest[start + len(scope.evidence) :].strip()
            and " va " in f" {rest[:start]} "
            and "(" not in written_before
            and not _COMPARISON_BASE_BEFORE.search(rest[:start])
        ]
        mostly = [(start, scope) for start, scope in after if _MOSTLY.search(rest[:start])]
        if mostly and not self._within_the_own_period(scopes, [scope for _, scope in mostly]):
            # "04 đoàn …, chủ yếu thực hiện trong quý I": when most of them happened, not the period they were counted
            # over
            words = _MOSTLY.search(rest[: mostly[0][0]]).group(0)
            raise ScopeError(f"'{words} …' after the figure says when most of it happened, not its period")
        # ("Riêng quý III có 21 đoàn …, tập trung vào tháng 7 và tháng 8": months within the period named before it)
        after = [entry for entry in after if entry not in mostly]
        named_after = bool(after)
        # ("Tính riêng quý II/2023, … 08 dự án …, cao hơn nhiều so với quý I": the base of a comparison, after a figure
        # whose own period is named before it)
        bases = [scope for start, scope in after if scopes and _COMPARISON_BASE_BEFORE.search(rest[:start])]
        after = [scope for _, scope in after]
        own_bracket = _PERIOD_BRACKET_AFTER.match(place.sentence.text[clause_offset + position :])
        bracketed = period_label(own_bracket.group("period"), self.report_year) if own_bracket else None
        if scopes and bracketed is not None and bracketed.code != scopes[-1][1].code:
            # "02 đoàn (tháng 01) với 11 lượt khách và 01 đoàn (tháng 02)": the bracket right after the figure's noun
            # names its own period, not the one before it
            raise ScopeError(f"'{own_bracket.group('period')}' in brackets right after the figure names another period")
        trend = _trend_year(normalize_label(clause_text[:position]), rest, clause_text[position:], self.report_year)
        if trend is not None:
            return trend.code, f"'{trend.evidence}' right after the figure, in a 'từ … lên …' trend", False
        # ("cử 41 đoàn đi công tác nước ngoài năm 2023, năm 2024 cử 48 đoàn": the period right after the figure's words,
        # with no comma between, may be its own as well as open the next figure)
        words_after = normalize_label(
            re.split(r"[,;:()]", re.sub(r"^[\d.,]+", "", clause_text[position:]), maxsplit=1)[0]
        )
        run_on = [
            (at, scope)
            for at, scope in find_scopes(words_after, self.report_year)
            # (a period naming its year, not a comparison's: "(cùng kỳ 2022: …)", nor the section's own "trong tháng")
            if not re.search(r"\d", words_after[:at])
            and re.search(r"\b(?:19|20)\d{2}\b", scope.evidence)
            and scope.kind != "same_period_earlier"
        ]
        if not scopes and not after and run_on and not self._is_report_period(run_on[0][1]):
            raise ScopeError(f"'{run_on[0][1].evidence}' right after the figure may be its period or the next figure's")
        year_to_date = next((scope for _, scope in scopes if scope.kind == "year_to_date"), None)
        if year_to_date is not None and not after:
            # "Tính từ đầu năm đến ngày 25/10": the date closes a year-to-date total, which is the report's
            # period only when the date ends it.
            closing = next((scope for _, scope in scopes if scope.kind == "as_of_date"), None)
            # ("Từ đầu năm đến nay" in a report on "quý III và 9 tháng năm 2024": the one of the two from January; not
            # "Từ đầu năm đến ngày 20/3", a day the report's own period may not end on)
            code = resolve_year_to_date(
                year_to_date,
                self.period_code or (self._title_period_from_january() if closing is None else None),
                self.structure.report_date,
                self._an_article(),
                to_the_quarters_end=closing is None,
            )
            if closing is not None:
                self._refuse_a_day_before_the_estimates_end(closing)
                code = resolve_as_of(closing, code)
                self._refuse_a_day_before_an_end_already_known(closing, code)
            dated = self.structure.report_date
            later = normalize_label(place.masked_sentence[clause_offset + position :])
            expects_more = has_any(later, word_list("plan_words"))
            if closing is None and dated and dated < period_from_code(code).end_date and expects_more:
                # "từ đầu năm đến nay … hồi hương 13 hài cốt …; dự kiến cuối tháng 12/2024 tiếp tục hồi hương 04
                # hài cốt" in a report dated 06/12/2024: the sentence expects more before the period ends.
                raise ScopeError(
                    f"'{year_to_date.evidence}' runs to {dated:%d/%m/%Y}, and the sentence expects more before "
                    f"{code} ends"
                )
            return code, f"'{year_to_date.evidence}' in a report on {self.period_code}", False
        if scopes:
            scope = scopes[-1][1]
            closed = _closed_by_cut_off(scopes, stock)
            if closed is not None:
                scope = closed
                as_of, month = scopes[-1][1].as_of, period_from_code(closed.code)
                if month.months == 1 and as_of < month.end_date and closed.code != self.period_code:
                    # ("Riêng tháng 11/2025 (đến ngày 25/11) đón 5 đoàn" in a report on the year: a month not over;
                    # a monthly report's own month is counted to its writing day as a rule, and a quarter to a day
                    # of its last month, "Quý I (tính đến 20/3)" in March's, is the quarter's as writers key it)
                    raise ScopeError(f"'{closed.evidence}' counted to {as_of:%d/%m/%Y}, before it ends: a count so far")
            if (
                scope.kind == "this_year"
                and len(scopes) == 2
                and scopes[0][1].kind == "year"
                and set(clause_prefix[: scopes[0][0]].split()) <= _OPENING_WORDS
            ):
                # "Riêng năm 2025, ước cả năm toàn tỉnh có 43 đoàn ra": the whole of the year the clause opens with
                # (not "So với năm 2024, cả năm …", a comparison's year)
                scope = dataclasses.replace(scopes[0][1], estimated=scope.estimated or scopes[0][1].estimated)
            self._level_now_after_its_period(place, clause_offset + position, scope, stock)
        elif after and after[0].kind == "same_period_earlier":
            # "giải quyết 11 vụ việc, gấp 2 lần cùng kỳ": after a figure, "cùng kỳ" is what it is compared with.
            raise ScopeError(f"'{after[0].evidence}' after the figure is a comparison, not its period")
        elif (
            after
            and not _introduced(rest[: rest.find(after[0].evidence)], after[0].evidence)
            and not (place.inherited is None and after[0].code and after[0].code == self.period_code)
        ):
            # "ký kết 01 bản ghi nhớ hợp tác giai đoạn 2026 - 2030": the period after the figure
            # belongs to what is counted (the memorandum's years), not to the count. (One that
            # names the report's own period, "… theo số liệu rà soát năm 2026" in a report on 2026,
            # changes nothing.)
            raise ScopeError(f"'{after[0].evidence}' after the figure is not said to be the figure's period")
        elif after:
            scope, after = after[0], after[1:]
        elif _NOW.search(normalize_label(place.masked_sentence[: clause_offset + position])):
            # "Quý I, Sở … . Hiện trên địa bàn có 36 tổ chức PCPNN": now, not the period the sentence before named;
            # but a heading's period, when the report was written in its last month ("I. KẾT QUẢ THÁNG 3/2023" over
            # "Hiện có 31 tổ chức …" in a report on March and the first quarter, dated 24/3/2023): now is its end.
            # ("### 1. Những việc nổi bật trong tháng" over "Hiện có 712 lưu học sinh Lào" in a report on March and the
            # first quarter: the heading's "this month", March)
            heading, dated = getattr(self, "heading_scope", None), self.structure.report_date
            heading_code = self._code_of(heading) if stock and heading is not None and dated else None
            scope = heading if heading_code and _in_last_month(heading_code, dated) else None
        else:
            scope = place.inherited
            if scope is not None and scope.kind == "as_of_date" and self.period_code is None and not stock:
                # ("Tính đến ngày 30/6/2025, có 712 lưu học sinh Lào. Giá trị hỗ trợ … 3 năm đạt 21,5 tỷ đồng" in a
                # report on two periods: the day closes the count of the sentence that names it, not the flows after;
                # the levels after it are taken that day, "Tại thời điểm 31/12/2025: … 37 tổ chức PCPNN")
                raise ScopeError(f"'{scope.evidence}' dates an earlier sentence, and the report's period is unknown")
            if self._a_span_around_the_reports_year(scope):
                # "II. THÀNH TÍCH ĐẠT ĐƯỢC TRONG 02 NĂM 2018 - 2019" in a submission on the year 2019: a count its own
                # words do not date may be the two years' or the report's year
                raise ScopeError(
                    f"'{scope.evidence}' spans the report's year {self.period_code}; which one the figure is of is "
                    "not certain"
                )
            reviewed = _REVIEW_OF_A_YEAR.search(place.sentence.text[: clause_offset + position])
            if reviewed and scope is not None and not (scope.code or "").startswith(reviewed.group("year")):
                # "Hội nghị tổng kết năm 2022 đánh giá: toàn tỉnh … tổ chức 9 hội nghị" in a report on January 2023:
                # the figures the review of a year reports may be that year's; the section's period is not certain
                raise ScopeError(
                    f"the sentence reports '{reviewed.group().strip()}', a review of another year than "
                    f"'{scope.evidence}'"
                )
            if stock and scope is not None and scope.kind == "estimate":
                # "Ước cả năm chấp thuận 41 dự án … Lũy kế, toàn tỉnh có 83 dự án FDI": a level after an estimate of
                # the year's flows, which may or may not be estimated itself
                raise ScopeError(f"a level after '{scope.evidence}', an estimate of flows: not certain to be estimated")
        if scope is None:
            dated = self.structure.report_date
            before = normalize_label(place.masked_sentence[: clause_offset + position])
            if stock and self.period_code is None and dated and dated.month == 12 and AS_OF_NOW.search(before):
                # "Hiện có 36 tổ chức ..." in a text dated in December: the stock at the end of the year.
                return str(dated.year), f"'{AS_OF_NOW.search(before).group()}' in a text dated {dated:%d/%m/%Y}", False
            if self.period_code is None and (section := self._section_of_a_two_period_title(place)):
                return section, f"the section's period, one of the two the title names ({self.period_evidence})", False
            if self.period_code is None:
                raise ScopeError(
                    f"the sentence names no period and the report's period is unknown ({self.period_evidence})"
                )
            if not stock and (shorter := self._shorter_period_of_the_title()):
                # "Kết quả công tác tháng 3, quý I" under "I. KẾT QUẢ THÁNG 3 VÀ QUÝ I": a count its own words do not
                # date is the month's or the quarter's, not certain which (a level at the end of both is either).
                raise ScopeError(
                    f"the title names {shorter} and {self.period_code}, and nothing around the figure says which"
                )
            longer = self._title_period_ending_with_it(shorter_only=False)
            if stock and longer and longer != self._shorter_period_of_the_title():
                # "Cộng đồng … hiện có hơn 90.000 người" in a report on "Quý IV, ước thực hiện năm 2025": a level at the
                # day that ends both periods the title names; writers date it by either
                raise ScopeError(f"a stock at the end of both {self.period_code} and {longer}, which the title names")
            if stock and dated and not _in_last_month(self.period_code, dated):
                # "Hiện có 48 tổ chức …" in a half-year report dated 08/7/2024, or in a year's report dated in
                # November: the level on the day the report was written, not at the end of its period.
                raise ScopeError(
                    f"a stock (a level at a date) dated by the report's date {dated:%d/%m/%Y}, "
                    f"not in the last month of {self.period_code}"
                )
            if named_after := self._year_of_the_span_named_after(place, position):
                # ("… giải quyết 52 hồ sơ chứng nhận lãnh sự, hợp pháp hóa lãnh sự trong năm 2021, 61 hồ sơ năm 2022"
                # in a report on 2021 - 2023: one of the span's years written after the figure, before the next one)
                raise ScopeError(
                    f"'{named_after}' follows the figure, before the next one; not the span the report is on"
                )
            if not scopes and not named_after and (other := self._another_period_in(closing_after_a_later_figure)):
                # ("… biên dịch 1.874 trang tài liệu và phiên dịch 312 giờ trong năm 2024" in a report on 2021 - 2024)
                raise ScopeError(
                    f"'{other}' closes the clause after a later figure joined to this one, and may be this figure's "
                    "period too"
                )
            return self.period_code, f"{OF_THE_REPORT}{self.period_evidence}", False
        if stock and scope.kind == "year_end":
            ends = period_from_code(self.period_code).end_date if self.period_code else None
            if ends is not None and scope.as_of > ends and (dated := self.structure.report_date or ends) < scope.as_of:
                # ("Tính đến cuối năm, toàn tỉnh có 38 tổ chức" in a report on quarter III: an end not yet reached)
                raise ScopeError(f"'{scope.evidence}' is after the report's period {self.period_code} and its writing")
            # "Đến cuối năm 2025, có gần 1.400 lưu học sinh Lào": the level at the end of that year.
            return str(scope.as_of.year), f"'{scope.evidence}': a stock at the end of the year", False
        if (
            stock
            and scope.kind == "as_of_date"
            and self.period_code is None
            and scope.as_of
            and scope.as_of.month == 12
        ):
            # "Tính đến tháng 12/2025, toàn tỉnh có 1.186 lưu học sinh Lào" in a report on a school
            # year: a stock at the end of December is the year's.
            return str(scope.as_of.year), f"'{scope.evidence}': a stock at the end of the year", False
        longer = self._other_period_ending_with_the_day(scope) if stock and scope.kind == "as_of_date" else None
        if longer:
            # "Tính đến ngày 10/12/2024, … có 41 tổ chức PCPNN" in a report on "6 tháng cuối năm và ước thực hiện năm
            # 2024": a level in the last month of both periods the title names; writers date it by either
            raise ScopeError(
                f"a stock at '{scope.evidence}', in the last month of both {self.period_code} and {longer}"
            )
        span = period_from_code(self.period_code) if self.period_code else None
        if (
            stock
            and scope.kind == "as_of_date"
            and scope.as_of
            and (scope.as_of.month, scope.as_of.day) == (12, 31)
            and span
            and span.period_type == "multi_year"
            and span.start_date <= scope.as_of <= span.end_date
        ):
            # "Đến ngày 31/12/2024, có 39 tổ chức" in a report on 2022 - 2024: the level at the end of one of its years.
            return str(scope.as_of.year), f"'{scope.evidence}': a stock at the end of the year", False
        if stock and scope.kind == "year" and self.report_year == int(scope.code or 0):
            # "Năm 2022, Hà Tĩnh có gần 1.100 lưu học sinh Lào" in a 9-month report: a stock named by its
            # year is that year's level (a flow of the whole year is not yet known).
            return str(scope.code), f"'{scope.evidence}': a stock named by its year", False
        # "Riêng tháng 6/2026, tỉnh đón 07 đoàn": "riêng" sets the month, named with its year, apart as
        # a labelled part ("Riêng tháng 9" without a year only when the month lies in the report's period).
        # ("Tháng 3/2027, toàn tỉnh có 04 đoàn ra": the whole province's count of the month, likewise)
        named = re.escape(scope.evidence)
        apart = rf"(?:^|\s)(?:rieng (?:trong )?{named}|{named} (?:toan tinh|ca tinh))\b"
        if scope.kind == "as_of_date" and _SINCE.search(normalize_label(clause_text[:position])):
            # "Từ khi cửa khẩu mở lại (15/3/2022) đến ngày 15/6/2022 đã có 41.250 lượt": since an event, not the period
            raise ScopeError(f"'{scope.evidence}' closes a count since an event, not a reporting period")
        # ("1. Tháng 7/2023: Đồn Biên phòng … làm thủ tục cho 30.874 lượt người": the month is the line's label)
        line_label = _LINE_LABEL.match(place.sentence.text)
        labels_the_line = line_label is not None and normalize_label(line_label.group(1)) == scope.evidence
        # ("Riêng trong tháng 3, tỉnh đón 9 đoàn" in a report on quarter I/2027: a month of the report's
        # period needs no year)
        if (
            scope.kind == "month"
            and (re.search(r"(?:19|20)\d{2}", scope.evidence) or self._month_of_the_report(scope))
            and (labels_the_line or re.search(apart, normalize_label(place.masked_sentence)))
        ):
            scope = dataclasses.replace(scope, labelled=True)
        if scope.kind == "same_period_earlier" and (
            other := self._another_period_before(place, clause_offset + position, scope)
        ):
            # "Lũy kế quý I/2023: … 09 đoàn ra. Cùng kỳ năm 2022, … 03 đoàn ra" in a report on March 2023: the same
            # period as the quarter just named, or as the report's; not certain which
            raise ScopeError(
                f"'{scope.evidence}' comes after '{other.evidence}', another period than {self.period_code}"
            )
        if not stock and all(other.kind == "as_of_date" for _, other in scopes):
            # "Lũy kế đến hết quý III, cấp 120 hộ chiếu" in a report on the quarter or on September; not "Trong quý
            # (tính đến ngày 18/9)", a period named and cut off
            refuse_running_total(scope, self.period_code, f"'{scope.evidence}'")
        code, evidence = self._resolve_in_section(scope, place)
        dated = self.structure.report_date
        if (
            stock
            and scope is place.inherited
            and code == self.period_code
            and dated
            and not _in_last_month(code, dated)
            and (dated < period_from_code(code).end_date or not self._at_the_periods_end(place, position))
        ):
            # "Trong năm, tổ chức 40 đoàn ra. Có trên 30.000 người …" in a letter dated 05/11/2025: the level on the
            # day of writing, whatever period the sentence before named (and in an article of 14/10/2024 under "Đối
            # ngoại 9 tháng năm 2024", "… cộng đồng khoảng 75.000 người Hà Tĩnh ở nước ngoài": the level in October)
            raise ScopeError(
                f"a stock (a level at a date) under '{scope.evidence}', dated by the report's date {dated:%d/%m/%Y}, "
                f"not in the last month of {code}"
            )
        for other in after:
            if any(other is base for base in bases):
                continue
            try:
                other_code = self._resolve(other)[0]
            except ScopeError:
                other_code = None
            if other_code != code:
                raise ScopeError(f"'{scope.evidence}' governs the figure but its clause also names '{other.evidence}'")
        return code, evidence, scope.kind == "estimate" or scope.estimated

    def _refuse_a_count_to_the_texts_cut_off(self, place, position: int, code: str) -> None:
        """ "Số liệu nêu trong phần nội dung báo cáo là số thực hiện … đến ngày 15/6/2017. Số ước thực hiện cả 6 tháng …
        (đến hết ngày 30/6/2017) được tổng hợp tại Phụ lục": the text's counts of the report's period that no words of
        their own sentence date run to the cut-off; the period's are the estimates the annex gives."""
        cut_off, estimated_to = self.structure.data_cut_off, self.structure.estimated_to
        if not (cut_off and estimated_to and cut_off < estimated_to and code == self.period_code):
            return
        clause_offset = place.clause.start - place.sentence.start
        # (not one its sentence dates, before or after it, other than by an estimate, "… 45 lượt …, ước cả 6 tháng 13
        # đoàn"; nor an estimate: "… ước đạt trên 1.150.000 USD")
        named = find_scopes(normalize_label(place.masked_sentence), self.report_year)
        # (the figure's words may open with it: "ước đạt trên 1.150.000 USD")
        words_to_it = normalize_label(
            place.masked_sentence[: clause_offset + position] + place.clause.text[position:][:12]
        )
        # (a cut-off day its sentence names dates nothing else: "… cho 06 tổ chức; tính đến 20/12/2025 có 34 tổ chức";
        # nor does "trong năm", the report's own period so far)
        if any(
            not (
                scope.kind in ("estimate", "this_period", "this_year")
                or scope.estimated
                or (scope.kind == "as_of_date" and scope.as_of == cut_off)
            )
            for _, scope in named
        ) or re.search(r"\buoc\b", words_to_it):
            return
        raise ScopeError(
            f"the report's text counts to {cut_off:%d/%m/%Y} and its estimates run to {estimated_to:%d/%m/%Y}: a count "
            "so far"
        )

    def _refuse_a_period_closing_its_words(self, place, position: int, code: str) -> None:
        """ "… an táng 06 hài cốt liệt sỹ quân tình nguyện, chuyên gia Việt Nam hy sinh tại Lào trong quý II, nâng tổng
        số … lên 17 hài cốt" in a report on the quarter and the half: a period closing the words run on from the figure,
        a comma after it, may be the figure's own, or the time of something those words name ("… có văn kiện được phê
        duyệt trong năm 2023, …"); when it is not the period found, which is not certain (nor when it only says when all
        of them happened within it: "02 thỏa thuận … đã được ký kết, đều trong quý III" in the nine months')."""
        clause_offset = place.clause.start - place.sentence.start
        clause_text = place.masked_sentence[clause_offset : clause_offset + len(place.clause.text)]
        if find_scopes(normalize_label(clause_text[:position]), self.report_year):
            # (its own period named before it: "Trong quý I, … cử 06 đoàn ra triển khai … ký kết trong năm 2023, …")
            return
        written_rest = clause_text[position:]
        rest = normalize_label(written_rest)
        for start, scope in find_scopes(rest, self.report_year):
            if _later_figure_before(_as_written(written_rest, rest[:start])):
                return
            # (a time the words say it happened in, "trong quý II", "vào tháng 5"; not a start, "từ năm 2023")
            if not (
                re.search(r"\b(?:trong|vao)$", rest[:start].rstrip()) or scope.evidence.startswith(("trong ", "vao "))
            ):
                continue
            if not _closes_the_figures_words(written_rest, rest, start, scope):
                continue
            named = self._resolved(scope)
            if named == code or (
                re.search(r"\bdeu(?: \w+){0,6}$", rest[:start].rstrip()) and named and holds_any(code, [named])
            ):
                continue
            raise ScopeError(f"'{scope.evidence}' closes the words after the figure and may be its period, not {code}")

    def _level_now_after_its_period(self, place, at: int, scope: Scope, stock: bool) -> None:
        """ "Năm 2025, tỉnh đã …; hiện có hơn 1.400 lưu học sinh Lào" in a letter dated 23/01/2026: a level "now",
        after the period named before it, is the level at the text's date, once that period is over."""
        dated = self.structure.report_date
        after = normalize_label(place.masked_sentence[at : at + 80])
        if stock and (now_after := _NOW_RIGHT_AFTER.match(after)):
            # ("giảm từ 34 tổ chức vào cuối năm 2022 xuống còn 30 tổ chức hiện nay": the period named before is the
            # earlier level's; this one is the level on the day of writing)
            raise ScopeError(f"'{now_after.group('now')}' right after the figure: the level on the day of writing")
        if stock and scope.as_of and (later := self._later_day_then_now(place, at, scope)):
            # ("Tính đến ngày 30/6/2020, có 30 tổ chức …; ngày 03/7/2020, … cấp thêm …, nâng tổng số hiện nay lên 31
            # tổ chức": the level after a later day's change, not at the cut-off)
            raise ScopeError(f"'hien nay' after a later day ({later}) than '{scope.evidence}': the level since then")
        if not (stock and dated and scope.code and is_period_code(scope.code) and not scope.as_of):
            return
        before = normalize_label(place.masked_sentence[:at])
        named_at = before.rfind(scope.evidence)
        now = _NOW.search(before[named_at + len(scope.evidence) :]) if named_at >= 0 else None
        if now and dated > period_from_code(scope.code).end_date:
            raise ScopeError(
                f"'{now.group()}' after '{scope.evidence}': the level at the text's date ({dated:%d/%m/%Y}), "
                f"after {scope.code} ended"
            )

    def _later_day_then_now(self, place, at: int, scope: Scope) -> str | None:
        """A day later than ``scope``'s as-of day, written between it and the figure, with a "hiện nay" after it:
        the day (as written), else None."""
        before = place.masked_sentence[:at]
        named_at = normalize_label(before).rfind(scope.evidence)
        if named_at < 0:
            return None
        for day in _FULL_DATE.finditer(before):
            written = day_of(day)
            if written is not None and written > scope.as_of and _NOW.search(normalize_label(before[day.end() :])):
                return day.group()
        return None

    def _period_a_cut_off_label_closes(self, place, position: int, label: Scope, stock: bool) -> Scope:
        """A label that is a cut-off date right after a period ("- Tháng 3 (đến 25/3): 11 đoàn" in a report on the
        quarter): the count of that period up to the date, not of the report's; a ScopeError when the date does
        not reach the period's last month."""
        clause_offset = place.clause.start - place.sentence.start
        before = normalize_label(place.masked_sentence[clause_offset : clause_offset + position])
        cut_off_at = before.rfind(label.evidence)
        named = find_scopes(before[: cut_off_at if cut_off_at >= 0 else None], self.report_year)
        # (the words between: "Năm 2024 (tính đến 25/3)", "Tháng 3 (số liệu đến 25/3)")
        between = re.sub(r"(?:\s+(?:tinh|so lieu|cap nhat))+$", "", before[:cut_off_at].rstrip())
        if cut_off_at < 0 or not named or not between.endswith(named[-1][1].evidence):
            return label
        if len(named) > 1:
            # ("Tháng 7 và tháng 8 (đến 31/8)", "Quý II, quý III (tính đến 30/9)": the date closes no one period)
            raise ScopeError(f"'{label.evidence}' closes a count of more than one period named before it")
        closed = _closed_by_cut_off([named[-1], (cut_off_at, label)], stock)
        if closed is None:
            raise ScopeError(f"'{label.evidence}' closes the count of '{named[-1][1].evidence}', not of a period")
        span = period_from_code(closed.code)
        if span.months == 1 and label.as_of < span.end_date:
            # ("(tháng 6 (đến ngày 20/6): 5 đoàn)": a month counted to a day before its end is not over)
            raise ScopeError(f"'{closed.evidence}' counted to {label.as_of:%d/%m/%Y}, before it ends: a count so far")
        if label.as_of < span.end_date:
            # ("quý III (đến 20/9): 1,1 tỷ đồng" in a report estimating to the end of September)
            self._refuse_a_day_before_the_estimates_end(label)
        return dataclasses.replace(closed, labelled=True)

    def _another_period_before(self, place, figure_at: int, comparison: Scope) -> Scope | None:
        """The period named last in the figure's block before the comparison that dates the figure (in the block's
        sentences before, or in its sentence before the comparison's words), when it is not the report's or the
        section's: "cùng kỳ" may then be the same period as that one."""
        block_before = normalize_label(place.block.text[: place.sentence.start - place.block.start])
        sentence_before = normalize_label(place.masked_sentence[:figure_at])
        named_at = sentence_before.rfind(comparison.evidence)
        earlier = f"{block_before} {sentence_before[: named_at if named_at >= 0 else None]}"
        named = [item for item in find_scopes(earlier, self.report_year) if item[1].kind != "same_period_earlier"]
        if not named:
            return None
        last = named[-1][1]
        try:
            # ("Lũy kế quý I/2023 (đến ngày 20/3/2023): …": the cut-off closes the quarter)
            last = _closed_by_cut_off(named[-2:], False) or last
            code = self._resolve(last)[0]
        except ScopeError:
            code = None
        heading = getattr(self, "heading_scope", None)
        return None if code is not None and code in (self.period_code, heading and heading.code) else last

    def _named_periods(self) -> frozenset[str]:
        """The periods a title (or an e-mail's or letter's subject) naming several names, its plan aside."""
        if self.structure.title_periods or self.structure.title_names_no_period:
            return self.structure.title_periods
        # (not a bracket on where the figures come from: "9 tháng năm 2024 (số liệu chính thức 8 tháng, ước tháng 9)")
        return periods_named(_DATA_NOTE_BRACKET.sub(" ", self.structure.subject or ""), self.report_year)

    def _title_names(self, quarter: str) -> bool:
        """Whether the title names ``quarter``, beside another period or right before the months of its report ("quý
        III, 9 tháng năm 2021")."""
        subject = self.structure.subject or ""
        return quarter in self._named_periods() or quarter_beside_months(subject, self.report_year) == quarter

    def _other_period_ending_with_the_day(self, scope) -> str | None:
        """The year a title estimates beside the report's period ("6 tháng cuối năm và ước thực hiện năm 2024"), when an
        as-of day written as a day lies in the last month of both (a level that day ends either), or None."""
        # (a day written as a day, "tính đến ngày 10/12/2024"; not "đến hết quý II/2018", which names its period)
        if scope.as_of is None or not is_period_code(self.period_code or "") or not _A_DAY.search(scope.evidence):
            return None
        estimate = A_YEAR_ESTIMATED.search(normalize_label(self.structure.subject or ""))
        year = estimate.group(1) if estimate else None
        if year is None or year == self.period_code or not self.period_code.startswith(year):
            return None
        both = _in_last_month(self.period_code, scope.as_of) and _in_last_month(year, scope.as_of)
        return year if both else None

    def _the_occasions_periods(self) -> frozenset[str]:
        """The periods the title names with the meeting it is written for ("(Phục vụ phiên họp … tháng 9/2025)"); none
        for a record of what was said at the meeting ("BẢN GỠ BĂNG HỌP BÁO THƯỜNG KỲ THÁNG 10 NĂM 2024": a briefing in
        October reports on what went before it)."""
        if self.structure.title_names_no_period:
            return frozenset()
        return periods_named(self.structure.subject or "", self.report_year, with_the_occasion=True)

    @functools.cached_property
    def _document_words(self) -> str:
        """The document's words, normalised (read once)."""
        return f" {normalize_label(self.document.text)} "

    def _an_article(self) -> bool:
        """A press article, whose period its lead paragraph names (it has no title block of a report)."""
        return self.period_evidence.startswith(ARTICLE_LEAD)

    def _shorter_period_of_the_title(self) -> str | None:
        """A period the title names besides the report's, within it and ending with it ("tháng 3" of "tháng 3,
        quý I"), when the heading above names no period of its own."""
        return self._title_period_ending_with_it(shorter_only=True)

    def _title_period_ending_with_it(self, shorter_only: bool) -> str | None:
        """A period the title names besides the report's and ending on its last day (within it, if ``shorter_only``:
        "tháng 3" of "tháng 3, quý I"; or holding it: "năm 2025" of "Quý IV, ước thực hiện năm 2025"), when the heading
        above names no period of its own."""
        if getattr(self, "heading_scope", None) is not None or not self.period_code:
            return None
        if self.structure.unmarked_figures_keyed:
            return None  # the report's note says its unmarked figures are the report's period
        report = period_from_code(self.period_code)
        # (and the month of the meeting the title serves, in a text that speaks of "trong tháng": its figures with no
        # period of their own may be that month's)
        occasion = self._the_occasions_periods() if " trong thang " in self._document_words else frozenset()
        for code in sorted(self._named_periods() | occasion):
            if code != self.period_code and is_period_code(code):
                named = period_from_code(code)
                within = report.start_date <= named.start_date
                if named.end_date == report.end_date and (within or not shorter_only):
                    return code
        return None

    def _month_of_the_report(self, scope) -> bool:
        """A month (named without its year) that lies in the report's own period of several months."""
        if not scope.code or not self.period_code:
            return False
        month, report = period_from_code(scope.code), period_from_code(self.period_code)
        return report.months > 1 and report.start_date <= month.start_date and month.end_date <= report.end_date

    def _bracket_after(self, place, position: int):
        """A bracket right after the figure and its noun that holds a period and nothing else ("tăng từ 30 tổ chức
        (cuối năm 2020) lên 34 tổ chức (cuối năm 2025)"): that figure's own label."""
        clause_offset = place.clause.start - place.sentence.start
        after = place.sentence.text[clause_offset + position :]
        bracket = _OWN_BRACKET.match(after)
        if bracket is None:
            return None
        named = period_label(normalize_label(bracket.group(1)), self.report_year)
        return dataclasses.replace(named, labelled=True) if named is not None and named.kind != "year_to_date" else None

    def _is_report_period(self, scope) -> bool:
        """The period phrase names the report's own period ("Trong 6 tháng" in a half-year report)."""
        try:
            return self._resolve(scope)[0] == self.period_code
        except ScopeError:
            return False

    def _resolve_in_section(self, scope, place, labelled: bool = False) -> tuple[str, str]:
        """``_resolve``; but "9 tháng" under "II. KẾT QUẢ … NĂM 2026" in a text whose own period is unknown (a
        submission on the next year's plan) counts the months from January of the section's year."""
        section_year = place.inherited if getattr(place.inherited, "kind", None) == "year" else None
        if scope.kind == "n_months" and self.period_code is None and section_year is not None:
            return months_of_year(scope, int(section_year.code)), f"'{scope.evidence}' of {section_year.code}"
        heading = getattr(self, "heading_scope", None)
        year_report = bool(self.period_code) and period_from_code(self.period_code).period_type == "year"
        if scope.kind == "n_months" and scope.evidence.startswith("luy ke") and year_report:
            # ("Lũy kế 3 tháng" under "II. KẾT QUẢ QUÝ IV", or after "Sáu tháng cuối năm": the months just named, not
            # those from January)
            # (other running totals from January beside it are no other months: "Lũy kế 6 tháng đầu năm đạt …; lũy kế
            # 9 tháng đạt …")
            others = [
                other
                for _, other in find_scopes(normalize_label(place.masked_sentence), self.report_year)
                if other != scope
                and other.kind not in ("partial_year", "year", "this_year")
                and not (other.kind == "n_months" and other.evidence.startswith("luy ke"))
            ]
            if (heading is not None and heading.kind != "year") or others:
                raise ScopeError(f"'{scope.evidence}' runs over months another period around it may name")
        if (
            scope.kind == "n_months"
            and self.period_code is None
            and getattr(heading, "kind", None) == "as_of_date"
            and heading.as_of is not None
            and heading.as_of.month == int(scope.code or 0)
            and (heading.as_of + dt.timedelta(days=1)).day == 1
        ):
            # ("Lũy kế 9 tháng" under "II. SỐ LIỆU ĐÃ CHỐT ĐẾN HẾT NGÀY 30/9/2025" in a text of no period of its own)
            return months_of_year(scope, heading.as_of.year), f"'{scope.evidence}' to {heading.as_of:%d/%m/%Y}"
        term = next((s for s in (place.inherited, heading) if getattr(s, "kind", None) == "span"), None)
        if scope.kind == "n_years" and term is not None:
            # ("Trong 5 năm, … ký kết 28 thỏa thuận" under "PHẦN THỨ HAI: NHÌN LẠI 5 NĂM 2021 - 2025")
            return resolve_n_years(scope, term.code), f"'{scope.evidence}' under {term.code}"
        closed_year = self._closed_year_above(place) if scope.kind == "this_year" else None
        if closed_year is not None and period_from_code(self.period_code).period_type in _YEAR_LIKE:
            # ("Năm 2024 là năm … . Cả năm ký kết 06 thỏa thuận" in a report on 2025: the year just named, or the
            # report's own; not certain which)
            raise ScopeError(
                f"'{scope.evidence}' after '{place.inherited.evidence}', in a report on {self.period_code}"
            )
        if closed_year is not None and getattr(heading, "kind", None) == "year" and heading.code == closed_year:
            # ("Cả năm có 68 đoàn ra …" under "I. KHÁI QUÁT KẾT QUẢ NĂM 2024", in a report on January 2025: the whole of
            # the year its section is on, which had ended before the report's period began)
            return closed_year, f"'{scope.evidence}' under {closed_year}, a year ended before {self.period_code}"
        if self._whole_year_closing_a_late_december_report(scope, place):
            # ("Tính chung cả năm 2017, …" in a report on 6 tháng cuối năm 2017 dated 26/12/2017: the department dates
            # its period reports in the period's last days, so the year named with "cả năm" is the whole year's)
            return scope.code, f"'{scope.evidence}' in a report on {self.period_code} dated in the year's last days"
        section = self._section_of_a_two_period_title(place)
        if scope.kind == "n_months" and self.period_code is None and section is not None:
            # ("trong 6 tháng có 3 đoàn" under "I. KẾT QUẢ … 6 THÁNG ĐẦU NĂM 2023" of a report on "quý II và 6
            # tháng đầu năm 2023")
            return resolve_n_months(scope, section), f"'{scope.evidence}' under the section on {section}"
        return self._resolve(scope, labelled)

    def _other_than_inherited(self, opening: str, inherited):
        """The first period the words name near their start that is not the inherited one (or cannot be read)."""
        try:
            inherited_code = self._resolve(inherited)[0]
        except ScopeError:
            return None
        # (a period further in is a comparison's or a lead-in's: "tăng 06 đoàn so với quý II")
        return self.first_other_period(
            opening, inherited_code, lambda start, _: len(opening[:start].split()) > _NAME_BEFORE_A_PERIOD
        )

    def first_other_period(self, words: str, code: str, skip=lambda start, scope: False):
        """The first period the (normalised) words name, of those ``skip`` leaves, that is not ``code``, or that
        cannot be read; None when there is none."""
        for start, scope in find_scopes(words, self.report_year):
            if skip(start, scope):
                continue
            try:
                if self._resolve(scope)[0] != code:
                    return scope
            except ScopeError:
                return scope
        return None

    def _year_of_the_span_named_after(self, place, position: int) -> str | None:
        """In a report on a span of years, one of its years named after the figure at ``position``, before the next
        figure."""
        span = period_from_code(self.period_code)
        if span.period_type != "multi_year":
            return None
        tail = place.clause.text[position:]
        following = [q for q in find_quantities(tail) if q.start > 0]
        # (not a bracket or a label of the next value: "75 hội nghị (năm 2025: 21)", "…; năm 2024: 18")
        own = re.split(r"[(:;]", tail[: following[0].start] if following else tail, maxsplit=1)[0]
        window = normalize_label(own)
        for start, scope in find_scopes(window, self.report_year):
            if window[start + len(scope.evidence) :].startswith(" la "):
                continue  # ("… gần 10,9 triệu USD, năm 2024 là năm cao nhất": a remark on that year)
            if scope.kind == "year" and scope.code and span.start_date.year <= int(scope.code) <= span.end_date.year:
                return scope.evidence
        return None

    def _a_span_around_the_reports_year(self, scope) -> bool:
        """Whether ``scope`` is a span of two or three years holding the report's own period, a single year (not a
        term of five, whose section in a year report gives the term's figures, as writers key them)."""
        if getattr(scope, "kind", None) != "span" or not scope.code or not self.period_code:
            return False
        if not re.fullmatch(r"\d{4}", self.period_code) or not re.fullmatch(r"\d{4}-\d{4}", scope.code):
            return False
        first, last = int(scope.code[:4]), int(scope.code[5:])
        return last - first <= 2 and first <= int(self.period_code) <= last

    def _closed_year_above(self, place) -> str | None:
        """The year the heading or the sentence before names, when the report's own period begins after it ends."""
        above = place.inherited
        if getattr(above, "kind", None) != "year" or not above.code or not self.period_code:
            return None
        ended = period_from_code(above.code).end_date < period_from_code(self.period_code).start_date
        return above.code if ended else None

    def _section_of_a_two_period_title(self, place) -> str | None:
        """The section's period, when the title names two periods that end on the same day ("quý II và 6 tháng
        đầu năm 2023") and the section heading names one of them: the period its figures with no period of
        their own, or only a count of months, are of."""
        # (the heading's own, not a period a paragraph opened with: "Quý I, Sở … . Hiện có 36 tổ chức …")
        heading = getattr(self, "heading_scope", None)
        return self._two_period_title_section() if heading is not None and place.inherited == heading else None

    def _title_period_from_january(self) -> str | None:
        """Of two periods a title names ending on the same day, the one that starts the year (9 months beside a
        quarter III)."""
        titles = self._title_periods_ending_together()
        from_january = [code for code in titles if starts_a_year(code)]
        return from_january[0] if len(from_january) == 1 else None

    def _two_period_title_section(self) -> str | None:
        """The period of the section heading above, when it is one of the two the title names ("I. KẾT QUẢ QUÝ III" in
        a report on "quý III … và bổ sung số liệu quý II", "quý II và 6 tháng đầu năm")."""
        heading = getattr(self, "heading_scope", None)
        section = heading.code if heading is not None else None
        return section if section in self.structure.title_periods else None

    def _another_period_in(self, scopes: list) -> str | None:
        """The words of the first of ``scopes`` that names another period than the report's, if one does."""
        for scope in scopes:
            try:
                code = self._resolve(scope)[0]
            except ScopeError:
                code = None
            if code != self.period_code:
                return scope.evidence
        return None

    def _refuse_a_day_before_an_end_already_known(self, scope, code: str) -> None:
        """ "Tính đến ngày 15/6, tỉnh đã ký kết 03 thỏa thuận" in a report on the half dated 08/7: written once the
        period was over, a count to a day before its end is a count so far, not the period's (the day is the period's
        data cut-off only in a report written before it ended)."""
        dated = self.structure.report_date
        if not (dated and scope.as_of and is_period_code(code)):
            return
        end = period_from_code(code).end_date
        if scope.as_of < end < dated:
            raise ScopeError(
                f"'{scope.evidence}' counts to {scope.as_of:%d/%m/%Y}, before {code} ended, in a report dated "
                f"{dated:%d/%m/%Y}, after it ended"
            )

    def _refuse_a_day_before_the_estimates_end(self, scope) -> None:
        """ "tính đến ngày 15/6 đã cấp 78 giấy phép", "Từ đầu năm đến ngày 15/3/2021, … 09 dự án" in a report whose
        estimates run to the period's end: counted so far."""
        estimated_to = self.structure.estimated_to
        if scope.as_of and estimated_to and scope.as_of < estimated_to:
            raise ScopeError(
                f"'{scope.evidence}' is before {estimated_to:%d/%m/%Y}, the day the report's estimates run to"
            )

    def _title_period_ending_on(self, scope) -> str | None:
        """The one period of a title naming two that ends on the as-of date written with its year ("Tính đến ngày
        30/6/2025" in a report on "giai đoạn 2022 - 2024 và 6 tháng đầu năm 2025")."""
        day = scope.as_of
        if day is None or str(day.year) not in scope.evidence:
            return None
        ending = [code for code in self.structure.title_periods if period_from_code(code).end_date == day]
        return ending[0] if len(ending) == 1 else None

    def _at_the_periods_end(self, place, position: int) -> bool:
        """Whether the figure's clause says its level is the period's end's ("Đến cuối quý, có 1.087 lưu học sinh")."""
        clause_offset = place.clause.start - place.sentence.start
        return bool(_AT_THE_PERIODS_END.search(normalize_label(place.masked_sentence[: clause_offset + position])))

    def _title_periods_ending_together(self) -> frozenset[str]:
        """The periods a title naming two covers, when they end on the same day ("quý III và 9 tháng"); else none."""
        titles = self.structure.title_periods
        return titles if len({period_from_code(code).end_date for code in titles}) == 1 else frozenset()

    def _heading_part_of_its_kind(self, scope) -> str | None:
        """The month (or quarter) the heading over the figure names, for a "trong tháng" ("trong quý") in a report on
        a longer period that holds it; else None."""
        heading = getattr(self, "heading_scope", None)
        kinds = {"thang": "month", "quy": "quarter", "giai doan": "multi_year"}
        kind = kinds.get(scope.code or "")
        code = heading.code if heading is not None else None
        if not code or not is_period_code(code) or period_from_code(code).period_type != kind:
            return None
        report_kind = period_from_code(self.period_code).period_type if is_period_code(self.period_code or "") else None
        # ("cả giai đoạn" under "I. NHIỆM KỲ 2016 - 2020" of a book that names no period of its own, or of a report on
        # one year: that term; in a report on a span itself, which of the two is not written)
        if report_kind == kind or (report_kind is None and kind != "multi_year"):
            return None
        return code if self._heading_may_date(code) else None

    def _heading_may_date(self, code: str) -> bool:
        """Whether the heading (or table caption) over a text, naming the period ``code``, may date what names no year
        of its own: its period lies in the report's ("## Phần 2. Đoàn vào năm 2027" in a report on 2021 - 2025 does
        not), and it is no heading of plans ("Bảng 1. Đoàn ra năm 2025 (kế hoạch)")."""
        outer = period_from_code(code)
        report = period_from_code(self.period_code) if is_period_code(self.period_code or "") else None
        if report is not None and not (report.start_date <= outer.start_date and outer.end_date <= report.end_date):
            return False
        return not has_any(normalize_label(getattr(self, "heading_text", "")), word_list("section_headings.plan"))

    def _quarter_of_the_report(self, evidence: str) -> str | None:
        """ "Q2" alone (a quarter, or Quận 2) in a report whose own period, or a period its title names, holds that
        quarter of its one year: that quarter; else None."""
        quarter = re.fullmatch(r"q([1-4])", evidence)
        if quarter is None:
            return None
        # (or of a period its title names: "số liệu T9 và Q3/2025")
        own = [self.period_code] if self.period_code else sorted(self.structure.title_periods)
        for code in own:
            if not is_period_code(code) or period_from_code(code).period_type == "multi_year":
                continue
            period = period_from_code(code)
            inner = period_from_code(f"{period.start_date.year}-Q{quarter.group(1)}")
            if period.start_date <= inner.start_date and inner.end_date <= period.end_date:
                return inner.code
        return None

    def _in_the_headings_year(self, scope):
        """ "Trong quý III, …" in a text of no known year, under "2. Số liệu quý III năm 2025": the month, quarter or
        months from January named alone, in the year of the heading above, when they lie inside the heading's period
        ("6 tháng đầu năm" under "2. Kết quả năm 2021" of a review of 2017 - 2021)."""
        heading = getattr(self, "heading_scope", None)
        if heading is None or not heading.code or not is_period_code(heading.code):
            return None
        if not self._heading_may_date(heading.code):
            return None
        outer = period_from_code(heading.code)
        if outer.start_date.year != outer.end_date.year:
            return None  # ("II. Kết quả giai đoạn 2021 - 2025": which of its years a "quý II" is in, it does not say)
        named = period_label(scope.evidence, outer.end_date.year)
        kinds = ("month", "quarter", "partial_year", "second_half")
        if named is None or not named.code or named.kind not in kinds or not is_period_code(named.code):
            return None
        inner = period_from_code(named.code)
        return named if outer.start_date <= inner.start_date and inner.end_date <= outer.end_date else None

    def _ends_the_year(self) -> bool:
        """Whether the report covers the last quarter or month of its year, and is dated after the year ended: what it
        says of that year is the whole year's (dated before, a count so far)."""
        if not self.period_code or self.report_year is None:
            return False
        period = period_from_code(self.period_code)
        dated = self.structure.report_date
        return (
            period.period_type not in _YEAR_LIKE
            and (period.end_date.month, period.end_date.day) == (12, 31)
            and dated is not None
            and dated > period.end_date
        )

    def _whole_year_closing_a_late_december_report(self, scope, place) -> bool:
        """Whether ``cả năm <year>`` names the whole year in a report on the year's last quarter, half or month dated
        from the 20th of December: only when the sentence names no other period or date (``tính đến ngày 15/12``
        beside it makes it a count so far)."""
        dated = self.structure.report_date
        if not (
            scope.kind == "year"
            and "ca nam" in scope.evidence
            and self.period_code
            and self.report_year is not None
            and scope.code == str(self.report_year)
            and dated is not None
            and (dated.year, dated.month) == (self.report_year, 12)
            and dated.day >= LAST_DAYS_OF_DECEMBER_FROM
        ):
            return False
        period = period_from_code(self.period_code)
        if period.period_type in _YEAR_LIKE or (period.end_date.month, period.end_date.day) != (12, 31):
            return False
        sentence = normalize_label(place.masked_sentence)
        # (the sentence up to the end of the figure's clause: a later clause's "ước đạt …, bằng 102,5% kế hoạch" is
        # that clause's own)
        up_to_the_clause = normalize_label(
            place.masked_sentence[: place.clause.start - place.sentence.start + len(place.clause.text)]
        )
        if (
            _A_DATE.search(sentence)
            or _COUNTED_SO_FAR.search(sentence)
            or AS_OF_NOW.search(sentence)
            or _NOT_A_CLOSED_YEAR.search(up_to_the_clause)
            or says_a_plan(up_to_the_clause)
        ):
            return False
        return all(other == scope for _, other in find_scopes(sentence, self.report_year))

    def _section_year(self) -> str | None:
        """The year the heading over the figure names as its section's period ("III. TỔNG HỢP CẢ NĂM 2020"), in a report
        whose period ends with that year (not "II. KẾT QUẢ … NĂM 2025" in a report on quarter III: a count so far)."""
        heading = getattr(self, "heading_scope", None)
        if getattr(heading, "kind", None) != "year" or not heading.code or not self.period_code:
            return None
        ends = period_from_code(self.period_code).end_date
        return heading.code if (ends.month, ends.day, str(ends.year)) == (12, 31, heading.code) else None

    def _within_the_own_period(self, scopes: list, named: list[Scope]) -> bool:
        """Whether a figure's own period, named before it, holds every period of ``named``."""
        own = self._resolved(scopes[-1][1]) if scopes else None
        if own is None or not is_period_code(own):
            return False
        codes = [self._resolved(scope) for scope in named]
        return all(holds_any(own, [code]) for code in codes)

    def _resolved(self, scope) -> str | None:
        """The period code a scope names, read as a heading's label would be; None when it cannot be known."""
        try:
            return self._resolve(scope, labelled=True)[0]
        except ScopeError:
            return None

    def _resolve(self, scope, labelled: bool = False) -> tuple[str, str]:
        dated = self.structure.report_date
        if scope.to_date and scope.code and dated and period_from_code(scope.code).end_date > dated:
            raise ScopeError(f"'{scope.evidence}' is counted to the report's date ({dated:%d/%m/%Y}), before it ends")
        # ("Ước tháng 12/2024 tiếp nhận 05 hồ sơ": an estimate is of the month's total, never one event)
        labelled = labelled or scope.labelled or scope.estimated
        evidence = f"'{scope.evidence}' in a report on {self.period_code}"
        if scope.kind == "yearless" and (in_heading := self._in_the_headings_year(scope)) is not None:
            return self._resolve(in_heading, labelled)
        if scope.kind == "unknown" and (inside := self._quarter_of_the_report(scope.evidence)) is not None:
            # ("ĐV Q2: 14 đoàn" in a report on Q2/2018: the clerks' quarter, inside the report's period)
            return inside, f"'{scope.evidence}', a quarter of the report's period"
        if scope.kind in ("unknown", "yearless"):
            raise ScopeError(f"'{scope.evidence}' is a period the extractor does not understand")
        if scope.kind == "year_end" and not scope.evidence.startswith(("den", "tinh", "toi")):
            # (a cut-off, "lũy kế đến hết năm 2025", closes a running total like any as-of date)
            raise ScopeError(f"'{scope.evidence}' dates a level at the end of a year, not a flow of a period")
        if scope.kind == "year_end":
            return resolve_as_of(scope, self.period_code or self._two_period_title_section()), evidence
        if scope.kind == "n_months":
            # ("Lũy kế 6 tháng" in a report on "quý II và lũy kế 6 tháng năm 2023": the one of the two from January)
            return resolve_n_months(scope, self.period_code or self._title_period_from_january()), evidence
        if scope.kind == "n_years":
            return resolve_n_years(scope, self.period_code), evidence
        if scope.kind == "estimate":
            return resolve_estimate(scope, self.period_code), f"'{scope.evidence}': {ESTIMATE_EVIDENCE}"
        if scope.kind == "same_period_earlier":
            return same_period_a_year_earlier(self.period_code, int(scope.code) if scope.code else None), evidence
        if scope.kind == "month" and labelled:
            return scope.code, f"'{scope.evidence}', a labelled value of one month"
        if scope.kind == "date_range" and not scope.code:
            raise ScopeError(f"'{scope.evidence}' runs between two dates, not over a reporting period")
        if scope.kind == "open_span":
            raise ScopeError(f"'{scope.evidence}' is a running total with an open end, not a period")
        if scope.kind == "other_months":
            raise ScopeError(f"'{scope.evidence}' is not a reporting period (year, half, quarter, 9 months, month)")
        if scope.kind == "as_of_date":
            self._refuse_a_day_before_the_estimates_end(scope)
            report_code = self.period_code or self._two_period_title_section() or self._title_period_ending_on(scope)
            code = resolve_as_of(scope, report_code)
            self._refuse_a_day_before_an_end_already_known(scope, code)
            return code, evidence
        if scope.kind == "year_to_date":
            return resolve_year_to_date(
                scope, self.period_code, self.structure.report_date, self._an_article(), to_the_quarters_end=True
            ), evidence
        if scope.kind == "this_period":
            if (part := self._heading_part_of_its_kind(scope)) is not None:
                # ("Kết quả thực hiện trong tháng" under "1. Tháng 7 năm 2020" of a report on quý III: that month)
                return part, f"'{scope.evidence}' under the heading on {part}"
            # ("Trong quý" under "I. KẾT QUẢ QUÝ III" in a report on "quý III … và bổ sung số liệu quý II")
            section = None if self.period_code else self._two_period_title_section()
            # ("Trong tháng" in a 9-month report "(Phục vụ phiên họp thường kỳ tháng 9/2025 …)": the meeting's month,
            # which ends the report's period)
            # (or the quarter a title names right before its months: "Trong quý" in a report on "quý II, 6 tháng đầu
            # năm 2019")
            beside = quarter_beside_months(self.structure.subject or "", self.report_year)
            named = self._named_periods() | self._the_occasions_periods() | ({beside} if beside else set())
            return resolve_this_period(scope, self.period_code or section, named), evidence
        if scope.kind == "month" and (scope.code == self.period_code or scope.code in self.structure.title_periods):
            return scope.code, f"'{scope.evidence}', the month the report covers"
        if scope.kind == "month":
            raise ScopeError(
                f"'{scope.evidence}' names a month: the figure may describe one event, not the month's total"
            )
        section_year = self._section_year()
        if scope.kind in ("this_year", "year") and section_year and scope.code in (None, section_year):
            # ("Cả năm, Sở đã …", "lũy kế năm 2020 …" under "III. TỔNG HỢP CẢ NĂM 2020" of a report on quý IV)
            return section_year, f"'{scope.evidence}' under the section on the year {section_year}"
        if scope.kind == "this_year":
            if self.period_code and period_from_code(self.period_code).period_type in _YEAR_LIKE:
                return self.period_code, evidence
            if self._ends_the_year():
                return str(self.report_year), f"'{scope.evidence}', the year the report's {self.period_code} closes"
            if self.period_code is None and self.structure.named_year and not self.structure.title_names_no_period:
                # "Kết quả … quý IV và năm 2024": a title naming a quarter and its year covers both (not a record of a
                # briefing held in the year, "BẢN GỠ BĂNG HỌP BÁO … THÁNG 10 NĂM 2024": its year so far).
                return str(
                    self.structure.named_year
                ), f"'{scope.evidence}' in a report on the year {self.structure.named_year}"
            years = [code for code in self._named_periods() if period_from_code(code).period_type == "year"]
            if self.period_code is None and len(years) == 1:
                # "Tổng kết … năm 2025, giai đoạn 2021 - 2025": the one year the title names.
                return years[0], f"'{scope.evidence}' in a report on the year {years[0]} (and a span)"
            raise ScopeError(f"'{scope.evidence}' is not a period this report covers exactly")
        if scope.kind == "year" and self.period_code and self.report_year == int(scope.code):
            # ("Lũy kế năm 2019 (số liệu chốt đến ngày 20/12/2019): 534 hồ sơ" in a report on quý IV/2019 written in
            # December: a label closing the year's count in its last month, as the department dates its reports)
            closed_in_its_last_month = (
                labelled
                and scope.as_of is not None
                and scope.as_of.month == 12
                and period_from_code(self.period_code).end_date.month == 12
            )
            if (self._ends_the_year() or closed_in_its_last_month) and (labelled or "ca nam" in scope.evidence):
                # ("Lũy kế năm 2025 | 58", "tính chung cả năm 2025" in a report on quý IV/2025: the quarter closes the
                # year; not a bare "năm 2025" in a sentence, which may name a plan, an event or a count to a date)
                return scope.code, f"'{scope.evidence}', the year the report's {self.period_code} closes"
            if period_from_code(self.period_code).period_type not in _YEAR_LIKE:
                raise ScopeError(f"'{scope.evidence}' is named in a report covering only {self.period_code}")
        return scope.code, f"'{scope.evidence}'"


def _equal_base_of_the_figure(clause: str, position: int) -> str | None:
    """An equal base of another period right after the figure at ``position``, before any other number."""
    after = clause[position:]
    number = re.match(r"[\d.,\s]+", after)
    rest = after[number.end() if number else 0 :]
    base = equal_base_after(rest)
    return base if base and not re.search(r"\d", rest[: rest.find(base)]) else None
