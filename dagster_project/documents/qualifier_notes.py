"""Notes that qualify a whole table's values of one period: "Ghi chú chung: Số liệu năm 2025 là
số ước thực hiện cả năm" under an annex, "(số liệu năm 2026 là số ước thực hiện cả năm)" in the
lead, "Số liệu quý IV và cả năm 2025 là số ước" (periods listed with "và" or commas). Such a note,
wherever it stands, reaches every value of a table under those periods; one whose periods the
extractor does not understand leaves those values' qualifier unsettled. A note that names what it
qualifies ("số liệu kim ngạch xuất nhập khẩu năm 2023 là số ước") reaches that kind of value only; one naming its
official periods first ("số liệu năm 2022, 2023 là số chính thức, năm 2024 là số ước") estimates the later ones only."""

from __future__ import annotations

import datetime as dt
import re
from contextlib import suppress
from dataclasses import dataclass, replace

from dagster_project.documents.reader import DocumentText
from dagster_project.documents.scopes import ScopeError, find_scopes, months_of_year
from dagster_project.documents.sentences import split_sentences
from dagster_project.documents.word_lists import word_list
from dagster_project.parsing.periods import holds_any, is_period_code, period_from_code
from dagster_project.parsing.text import normalize_label


@dataclass(frozen=True)
class EstimateNote:
    period_codes: frozenset[str]  # empty: the note names no period the extractor understands
    words: str
    subject: str = ""  # what the note says is estimated, besides its periods ("kim ngach xuat nhap khau"); "" for all
    # "Số liệu năm 2025 trong báo cáo này là …": the note speaks of the whole report, its text as well as its tables
    whole_report: bool = False
    # "… là số ước đến hết ngày 31/12/2019": the estimates run to that year's end, so every period ending then is one
    to_year_end: int | None = None
    # a line of its own in brackets under a heading speaks of the text from its block on, not of what stands before it
    from_block: int = 0

    def names(self, code: str | None) -> bool:
        """Whether the note qualifies the values of the period ``code``."""
        if code in self.period_codes:
            return True
        if self.to_year_end is None or not code or not is_period_code(code):
            return False
        return period_from_code(code).end_date == dt.date(self.to_year_end, 12, 31)


# "Kết quả cụ thể tại Phụ lục 01 kèm theo (số liệu tháng 12 là số ước)": a sentence pointing at a table or annex.
_POINTS_AT_A_TABLE = re.compile(r"\b(?:phu luc|bieu|bang|kem theo|sau day|duoi day|nhu sau)\b")
# "Sở đã có Báo cáo số 214/BC-SNgV …, trong đó …": an earlier report of the department, named by its number (not an
# instruction this report answers, "Theo Công văn số 1520 …", nor "báo cáo này thay thế Báo cáo số 214 …").
_CITES_AN_EARLIER_REPORT = re.compile(r"\bda co bao cao so \d+")
# "Số liệu tại Báo cáo số 410/BC-SNgV là số ước …": the values of another report, which this one replaces.
_VALUES_OF_A_CITED_REPORT = re.compile(r"\s*(?:tai|theo|cua|trong) (?:bao cao|bc|cong van|van ban) (?:so )?\d+")


def _remark_on_its_own_sentence(text: str, note: str) -> bool:
    """Whether the normalised ``note`` stands in brackets (from its last "số liệu": "Theo số liệu tổng hợp (số liệu
    tháng 6 là số ước …)") in a sentence that gives a number of its own and points at no table or annex."""
    outside = re.sub(r"\([^()]*\)", " ", text)
    return (
        re.search(r"\d", outside) is not None
        and not _POINTS_AT_A_TABLE.search(normalize_label(outside))
        and any(_from_its_last_so_lieu(note) in normalize_label(inner) for inner in re.findall(r"\(([^()]*)\)", text))
    )


def _from_its_last_so_lieu(note: str) -> str:
    return note[note.rfind("so lieu") :]


@dataclass(frozen=True)
class BracketedNote:
    """An estimate note in brackets in a sentence of the text ("Theo số liệu tổng hợp (số liệu tháng 6 là số ước …),
    toàn tỉnh đón …"): it speaks of the figures of its paragraph from its sentence on."""

    block: int
    start: int  # the offset of its sentence in the document
    period_codes: frozenset[str]
    words: str

    def covers(self, code: str | None) -> bool:
        """Whether a period holds one the note makes an estimate, besides being it ("6 tháng" holding June)."""
        return holds_any(code, self.period_codes)


def estimate_notes(
    document: DocumentText, report_year: int | None, bracketed: list[BracketedNote] | None = None
) -> list[EstimateNote]:
    """The estimate notes of a document; those in brackets of a sentence with a number of its own are no table's, and
    go to ``bracketed`` when given."""
    phrases = "|".join(re.escape(phrase) for phrase in word_list("qualifier_notes.estimate"))
    # ("Số liệu năm 2025 … là số thực hiện đến ngày 30/11/2025 và ước thực hiện tháng 12/2025": partly estimated)
    partly = r"la (?:so )?(?:lieu )?thuc hien (?:den|toi) [^;]{0,50}? va (?:so )?uoc\b"
    # ("(Số liệu ước thực hiện đến hết ngày 31/12/2019)": values estimated to a year's end)
    to_its_end = r"uoc (?:thuc hien|tinh)(?= (?:den|toi) (?:het )?(?:ngay 31 12 (?:nam )?|nam )(?:19|20)\d{2}\b)"
    pattern = re.compile(rf"\bso lieu\b(?P<what>.{{0,50}}?)\s(?:(?:{phrases})\b|{partly}|{to_its_end})")
    notes = []
    for block in document.blocks:
        if block.in_a_table:
            continue
        readings = ((sentence, text) for sentence in split_sentences(block) for text in _note_texts(sentence.text))
        for sentence, (normalised, note_start) in readings:
            for match in pattern.finditer(normalised, note_start):
                if _remark_on_its_own_sentence(sentence.text, match.group()):
                    # ("… giá trị cam kết ước khoảng 12,15 triệu USD (số liệu năm 2023 là số ước); …": a remark on the
                    # sentence's own value, not on every table value of that year)
                    own = _from_its_last_so_lieu(match.group())
                    if bracketed is not None and (periods := _listed_periods(own, report_year)):
                        bracketed.append(BracketedNote(block.number, sentence.start, periods, own))
                    continue
                cited = _CITES_AN_EARLIER_REPORT.search(normalised[: match.start()]) or _VALUES_OF_A_CITED_REPORT.match(
                    match.group("what")
                )
                if cited and "bao cao nay" not in normalised:
                    # ("Ngày 22/9/2023, Sở đã có Báo cáo số 214/BC-SNgV …, trong đó số liệu tháng 9 là số ước": what
                    # that report's values were, which this one replaces)
                    continue
                what = _after_its_official_part(match.group("what"))
                # (or a note that is a line of its own in brackets, "(Số liệu ước thực hiện đến hết ngày 31/12/2019)"
                # under a heading: it speaks of the text under it as well as the tables)
                bracketed_line = bool(_A_BRACKETED_LINE.fullmatch(block.text))
                if bracketed_line and _REPLACED_BY_OFFICIAL.search(normalised):
                    # ("(Số liệu ước thực hiện … tại Báo cáo số 380 nay được thay thế bằng số liệu chính thức dưới
                    # đây)": the estimates are gone, the values below are official)
                    continue
                whole_report = bool(_THE_WHOLE_DOCUMENT.search(normalised)) or bracketed_line
                periods = _listed_periods(what, report_year)
                to_year_end = None
                if not periods and (year_end := _TO_A_YEARS_END.match(normalised, match.end())):
                    # ("số liệu nêu tại Biểu trên là số ước đến hết ngày 31/12/2019": the values of that year, its
                    # last quarter and month; the quarters before it are results)
                    to_year_end = int(year_end.group("year"))
                    periods = frozenset({year_end.group("year")})
                if not periods and (named_after := _PERIOD_AFTER_THE_ESTIMATE.match(normalised, match.end())):
                    # ("số liệu PCPNN là số ước thực hiện cả năm": the period named right after the estimate's words)
                    # ("… là số ước đến hết năm": the year the report is on)
                    words = "ca nam" if named_after.group("period") == "nam" else named_after.group("period")
                    named = _listed_periods(words, report_year)
                    periods = frozenset(code for code in named if is_period_code(code))
                subject = _subject(what)
                if partly := _PARTLY_ESTIMATED.search(normalised[: match.start()]):
                    # ("Kim ngạch xuất nhập khẩu quý III và 9 tháng năm 2018 có số liệu tháng 9 là số ước": those
                    # periods of that value hold an estimated month, as the month is itself)
                    periods = _listed_periods(partly.group("periods"), report_year) | periods
                    subject = _NOTE_LEAD.sub("", partly.group("subject")).strip()
                from_block = block.number if bracketed_line else 0
                notes.append(EstimateNote(periods, match.group(), subject, whole_report, to_year_end, from_block))
    return notes


# A clause of a note naming a value by its kind, not "số liệu …" ("(*) Số liệu năm 2023 tính đến hết ngày 20/12/2023;
# kim ngạch năm 2023 là số ước"): read as "số liệu kim ngạch năm 2023 là số ước".
_VALUE_CLAUSE_OPENER = re.compile(r"(?:tong )?(?:kim ngach|gia tri|von)\b")


def _note_texts(sentence: str) -> list[tuple[str, int]]:
    """A sentence's words, normalised, and, for each clause after a semicolon that opens with a kind of value, names a
    year and no number of its own, the sentence up to it with the clause read as a note on that value's figures; each
    with where its note may begin ("kim ngạch XNK là số ước của Cục Thống kê" names no year: left)."""
    texts = [(normalize_label(sentence), 0)]
    parts = sentence.split(";")
    for index, clause in enumerate(parts[1:], start=1):
        words = normalize_label(clause)
        undated = re.sub(r"\b(?:ngay )?\d{1,2} \d{1,2}(?: (?:19|20)\d{2})?\b|\b(?:19|20)\d{2}\b", " ", words)
        if (
            _VALUE_CLAUSE_OPENER.match(words)
            and re.search(r"\b(?:19|20)\d{2}\b", words)
            and not re.search(r"\d", undated)
        ):
            before = normalize_label(";".join(parts[:index]))
            texts.append((f"{before} so lieu {words}", len(before) + 1))
    return texts


# "Ghi chú:", "(5)", "Lưu ý:" before what a note is about.
_NOTE_LEAD = re.compile(r"^(?:(?:ghi chu|luu y|chu thich)\s+)?(?:\d{1,2}\s+)?")
# "<what> <periods> có" right before "số liệu <month> là số ước": the value, and the periods an estimated month is
# part of.
_PARTLY_ESTIMATED = re.compile(
    r"^(?P<subject>[a-z0-9 ]{3,70}?) (?P<periods>(?:quy|thang|nam|\d{1,2} thang)\b[a-z0-9 ]{0,40}?) co $"
)


# "… đến hết ngày 31/12/2019", "… đến hết năm 2019" right after an estimate note: the estimates run to that year's end.
# "… là số ước thực hiện cả năm", "… là số ước đến hết năm", "… là số ước 6 tháng đầu năm 2024": the period right after
# an estimate's words.
_PERIOD_AFTER_THE_ESTIMATE = re.compile(
    r"\s*(?:thuc hien |cua )?(?:(?:den|toi) het )?(?P<period>ca nam(?: (?:19|20)\d{2})?|nam (?:19|20)\d{2}|nam(?! \d)"
    r"|quy [ivx]+ nam (?:19|20)\d{2}"
    r"|(?:6|9) thang(?: dau| cuoi)? nam(?: (?:19|20)\d{2})?)\b(?! (?:va|den|tu)\b)"
)
_TO_A_YEARS_END = re.compile(
    r"\s*(?:thuc hien |tinh )?(?:den|toi) (?:het )?(?:ngay 31 12 (?:nam )?|nam )(?P<year>(?:19|20)\d{2})\b"
)


_A_BRACKETED_LINE = re.compile(r"\s*\([^()]*\)\s*")
_REPLACED_BY_OFFICIAL = re.compile(r"\b(?:thay the|so lieu chinh thuc|so chinh thuc)\b")
# "… trong báo cáo này", "Quy ước số liệu dùng trong bài trình bày: …": a note on the whole document's figures.
_THE_WHOLE_DOCUMENT = re.compile(
    r"\b(?:trong|cua|tai) (?:bao cao|bai trinh bay|tai lieu) nay\b|\bdung trong bai trinh bay\b"
)


def _after_its_official_part(what: str) -> str:
    """What a note estimates when it first names the periods that are results ("số liệu năm 2017, 2018 là số chính
    thức, năm 2019 là số ước": only 2019)."""
    phrases = "|".join(re.escape(phrase) for phrase in word_list("qualifier_notes.official"))
    ends = [official.end() for official in re.finditer(rf"\b(?:{phrases})\b", what)]
    return what[ends[-1] :] if ends else what


def _subject(what: str) -> str:
    """The words of a note naming what it qualifies, its periods and list words left out."""
    rest = list(what)
    for position, scope in find_scopes(what, 2000):
        rest[position : position + len(scope.evidence)] = " " * len(scope.evidence)
    named = f" {' '.join(''.join(rest).split())} "
    for words in word_list("qualifier_notes.field_words"):
        named = named.replace(f" {words} ", " ")
    return " ".join(word for word in named.split() if word not in _LIST_WORDS | _PERIOD_WORDS)


def _listed_periods(what: str, report_year: int | None) -> frozenset[str]:
    """The periods a note names: one, or several in a list of nothing else ("tháng 12, quý IV và năm 2024");
    none when other words stand between them ("năm 2023 là số chính thức, năm 2024 là …")."""
    # ("quý IV và cả năm 2025" in a report on the first quarter of 2026: the one year named is the quarter's too)
    years = set(re.findall(r"\b(?:19|20)\d{2}\b", what))
    year = int(next(iter(years))) if len(years) == 1 else report_year
    # ("Số liệu cả năm là số ước thực hiện" in a report on 2021: "cả năm" is the report's year)
    scopes = [(position, _in_the_year(scope, year)) for position, scope in find_scopes(what, year)]
    # (a code of the codelist: not the kind "trong quý", "kỳ này" names, which only the report's period would settle)
    scopes = [(position, scope) for position, scope in scopes if scope.code and is_period_code(scope.code)]
    codes = {scope.code for _, scope in scopes}
    if len(codes) > 1:
        rest = list(what)
        for position, scope in scopes:
            rest[position : position + len(scope.evidence)] = " " * len(scope.evidence)
        if set("".join(rest).split()) - _LIST_WORDS:
            return frozenset()
    return frozenset(codes)


def _in_the_year(scope, year: int | None):
    """A note's period read in its year: "cả năm" the year, "6 tháng" the months from its January that make a period
    ("số liệu 6 tháng là số ước": its first half)."""
    if year and scope.kind == "this_year":
        return replace(scope, code=str(year))
    if year and scope.kind == "n_months" and int(scope.code or 0) < 12:
        with suppress(ScopeError):
            return replace(scope, code=months_of_year(scope, year))
    return scope


# Words of a list of periods, and of the note around it ("… và cả năm 2025 là …", "năm 2025 và các số cộng dồn giai
# đoạn 2021 - 2025 là …").
_LIST_WORDS = {"va", "la", "ca", "cac", "cua", "ve", "deu", "so", "cong", "don", "luy", "ke"}
# Words around a period, or naming where the values stand, that name no subject ("số liệu [thực hiện] [trong] năm 2025",
# "số liệu nêu tại Biểu trên").
_PERIOD_WORDS = {
    "nam",
    "thuc",
    "hien",
    "trong",
    "tinh",
    "den",
    "ky",
    "bao",
    "cao",
    "nay",
    "tren",
    "o",
    "bang",
    "tai",
    "bieu",
    "neu",
    "phu",
    "luc",
    "duoi",
}


# "dòng "Cùng kỳ" (là số liệu 9 tháng năm 2020, trừ chỗ có ghi rõ kỳ khác)": the report says what its "cùng kỳ" is.
# ("Dòng “Cùng kỳ” dưới mỗi mục là số liệu 6 tháng đầu năm 2023"; not "cùng kỳ năm 2022 là 30 đoàn", a value)
# (the lines or column named "Cùng kỳ", not "tăng so với cùng kỳ, nhiều nhất là tháng 9/2024 với 8 đoàn")
# ("cách ghi số liệu: … "cùng kỳ" là lũy kế 9 tháng năm 2019": the term quoted in a note on how figures are written)
_SAME_PERIOD_DEFINED = re.compile(
    r"(?:\b(?:dong|cot|chu|tu) |\bcach ghi so lieu\b.{0,200}?\b)(?:cung ky|ck)"
    r"(?: (?:duoi|o|tai|trong|moi|cac|muc|bang|bieu|bao|cao|nay)){0,4}"
    r" (?:la|duoc hieu la|nghia la|duoc tinh la|chi) (?:so lieu |so )?(?:cua )?(?:luy ke )?"
    r"(?P<period>(?:\d{1,2} thang|thang|quy|nam|ca nam|nua)\b.{0,60})"
)


def defined_same_period(document: DocumentText, report_year: int | None) -> tuple[str | None, str] | None:
    """What the report says its bare "cùng kỳ" is: (the period, the words), the period None when the words name no one
    period understood; None when the report defines no "cùng kỳ"."""
    for block in document.blocks:
        if block.in_a_table:
            continue
        normalised = normalize_label(block.text)
        match = _SAME_PERIOD_DEFINED.search(normalised)
        if match is None:
            continue
        if match.group().startswith("cach ghi so lieu") and (
            # (a note on how figures are written defines one "cùng kỳ" for the whole report: not one for a row, "ở
            # dòng này", nor another report's, "tại báo cáo đó", nor one per row or column)
            re.search(
                r"\b(?:o|tai|trong) (?:dong|cot)\b|\b(?:dong|cot) (?:nay|do|tren|duoi)\b"
                r"|\b(?:bao cao|bc) (?:do|quy|so|thang)\b",
                match.group()[: match.group().find("cung ky")],
            )
            or len(re.findall(r"\b(?:cung ky|ck)\b[^.;]{0,40}? la\b", normalised)) > 1
        ):
            continue
        scopes = [scope for position, scope in find_scopes(match.group("period"), report_year) if position == 0]
        code = scopes[0].code if scopes and scopes[0].code and is_period_code(scopes[0].code) else None
        return code, match.group()
    return None
