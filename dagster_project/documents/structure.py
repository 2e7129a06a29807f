"""The parts of an administrative report that say what it covers.

A report of the department states its period in fixed places: the title block under
"BÁO CÁO" (or a bulletin's first heading), the date line ("Hà Tĩnh, ngày 15 tháng 6 năm
2023"), the heading of section I and the closing line ("Trên đây là báo cáo ..."). Those
places, in that order, set the report's period; sentences of the body never do, since they
also name the plans, earlier years and other reports the text talks about.

A title often names the year once, beside the plan half ("06 THÁNG ĐẦU NĂM VÀ PHƯƠNG HƯỚNG
6 THÁNG CUỐI NĂM 2021", "THÁNG 3 VÀ CHƯƠNG TRÌNH CÔNG TÁC THÁNG 4 NĂM 2026"): the reported part
takes that year, or the date line's. The title line may open with a prefix ("(TÓM TẮT)",
"DỰ THẢO", report_forms.yml); the letterhead above it (a Word table, or the two-column
national-motto block flattened to text) and the number line are not the body. A web article
has no title block: the opening phrase of its lead sentence names its period, and the page
around it is furniture.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field

from dagster_project.documents.forms import load_forms, starts_with_phrase
from dagster_project.documents.furniture import furniture_lines, issue_month
from dagster_project.documents.messages import message_parts
from dagster_project.documents.quantities import find_quantities
from dagster_project.documents.rules import has_any, read_unit
from dagster_project.documents.scopes import (
    MEETING_BEFORE,
    PART_OF_A_PERIOD,
    SECOND_HALF,
    ScopeError,
    code_of_dates,
    find_scopes,
    month_before_an_estimate,
    report_period,
    same_period_a_year_earlier,
)
from dagster_project.documents.word_lists import word_list
from dagster_project.parsing.periods import (
    YEAR_PATTERN,
    PeriodFormatError,
    is_period_code,
    partial_year_code,
    period_from_code,
    quarter_number,
)
from dagster_project.parsing.text import normalize_label
from dagster_project.parsing.vn_numbers import has_thousand_dots

_YEAR = YEAR_PATTERN
# Period phrases a title or heading can name; a missing year is taken from the context.
_TITLE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "từ ngày 01/01/2026 đến ngày 30/6/2026": a period of the codelist when the dates bound one.
    (
        "date_range",
        re.compile(
            rf"\btu ngay (\d{{1,2}}) (\d{{1,2}}) {_YEAR} (?:den|toi) (?:het )?ngay (\d{{1,2}}) (\d{{1,2}}) {_YEAR}\b"
        ),
    ),
    (
        "span",
        re.compile(rf"\b(?:giai doan|thoi ky|\d+ nam|tu nam|nhiem ky)? ?{_YEAR} (?:den nam |den |toi )?{_YEAR}\b"),
    ),
    ("partial_year", re.compile(rf"\b(0?[369]|ba|sau|chin) thang (?:dau )?nam(?: {_YEAR})?\b")),
    ("quarter", re.compile(rf"\b(?:quy |q)(i|ii|iii|iv|[1-4])(?: nam)?(?: {_YEAR})?\b")),
    ("month", re.compile(rf"\bthang (\d{{1,2}})\b(?:(?: nam)? {_YEAR}\b)?")),
    ("year", re.compile(rf"\bnam {_YEAR}\b(?! (?:19|20)\d{{2}}\b)")),  # not "3 năm (2021 - 2023)", a span
)
# "10 tháng", "11 tháng đầu năm" as what is reported on (not "ngày 5 tháng 10", a date; nor "tháng 10", a month; nor
# "02 tháng cao điểm", a campaign's length).
_OTHER_MONTHS = re.compile(r"(?<!ngay )\b(\d{1,2}) thang(?: dau nam)?(?= (?:nam|va|uoc|dau)\b|$)")
_REPORTING_PERIOD_LABEL = re.compile(
    r"(?:^|[-–—:;,(])\s*kỳ\s+báo\s+cáo\s*:?\s+(?!trước|này|sau|kế)(?P<period>[^()\-–—;,]+?)\s*(?:[)\-–—;,]|$)",
    re.IGNORECASE,
)
_SERVES_AN_OCCASION = re.compile(
    r"\b(?:de )?phuc vu (?:hoi nghi|cuoc hop|phien hop|ky hop|buoi|hop bao|le|dai hoi)\b.*$"
)
_HORIZON = re.compile(r"(?<!\d )\b(?:den|toi)(?: het)? nam (?:19|20)\d{2}\b")
# ("(Phục vụ phiên họp …)", "(tổng hợp theo tuần; phục vụ báo cáo quý III và 9 tháng năm 2024 của Sở)": the purpose a
# bracket gives, at its start or after another remark, which stays: "(khách nước ngoài; phục vụ …)")
_PURPOSE_BRACKET = re.compile(
    r"\(\s*(?:để\s+)?phục\s+vụ\b[^()]*\)?|[;,]\s*(?:để\s+)?phục\s+vụ\b[^()]*(?=\))", re.IGNORECASE
)


def without_its_purpose(title: str) -> str:
    """A title without its bracket on what it serves ("(Phục vụ phiên họp …)")."""
    return _PURPOSE_BRACKET.sub(" ", title)


# Words after the reported period that open a comparison with, or an annex on, other periods.
_BESIDE_THE_REPORTED_PERIOD = re.compile(
    r"\b(?:(?:va |co )?so sanh(?: voi)?|so voi|doi chieu voi"
    r"|(?:dinh )?kem theo|kem (?:khai quat|tom tat|so lieu|bao cao|phu luc|bieu|dieu chinh|dinh chinh|cap nhat)"
    # ("… tháng 10 năm 2022, lũy kế 10 tháng và đính chính số liệu quý III, 9 tháng năm 2022": a correction of
    # another period's figures beside the one reported)
    r"|va (?:dinh chinh|dieu chinh|cap nhat) (?:lai )?so lieu)\b"
)
# Words that open the plan half of a title or heading: periods after them are not reported on.
# ("thực hiện nhiệm vụ" is carrying the tasks out, "kết quả triển khai" the results of it: a result.)
_OTHER_CALENDAR = re.compile(rf"\b(?:{'|'.join(word_list('other_calendars'))})\s*$")
# A body's term before a span: "Hội đồng nhân dân tỉnh khóa XVIII, nhiệm kỳ 2021 - 2026".
# "quý IV và cả năm 2024", "tháng 12 và cả năm 2025": a part of a year and the whole year.
# "quý IV và cả năm 2024", "Quý II và 6 tháng đầu năm 2024", "tháng 9 và 9 tháng", "tháng 3 và quý I":
# two periods.
# A quarter right before a count of months (a comma between, which normalising drops): "quý III, 9 tháng".
_QUARTER_BESIDE_MONTHS = r"\bquy (?:i|ii|iii|iv|[1-4]) (?=(?:luy ke |cong don )?(?:0?[369]|ba|sau|chin) thang\b)"
_TWO_PERIODS = re.compile(
    r"\b(?:quy (?:i|ii|iii|iv|[1-4])|thang \d{1,2}|\d{1,2} thang(?: dau)?(?: nam)?)\b"
    # ("quý IV và lũy kế năm 2021": the quarter and the year so far)
    r"(?: nam (?:19|20)\d{2})? va (?:luy ke |cong don |(?:cap nhat |bo sung )(?:so lieu )?(?:chinh thuc )?)?"
    r"(?:ca nam\b|nam\b|(?:0?[369]|ba|sau|chin) thang\b|quy (?:i|ii|iii|iv|[1-4])\b)"
)
# "… năm 2021 và năm 2022", "các năm 2019, 2020": two years side by side
_TWO_YEARS = re.compile(r"\bnam ((?:19|20)\d{2}) (?:va|,)? ?(?:nam )?((?:19|20)\d{2})\b")
# "quý IV và thống nhất số liệu công tác đối ngoại năm 2020": a quarter or month of no year, then other work of a year
# named after it (the minutes of a meeting on both); not "quý IV và ước thực hiện cả năm 2017", the quarter's report
# with the year's estimate.
_A_PART_AND_WORK_OF_A_YEAR = re.compile(
    r"\b(?:quy (?:i|ii|iii|iv|[1-4])|thang \d{1,2}) va (?!uoc\b|du kien\b)(?:[a-z]+ ){1,9}?nam (?:19|20)\d{2}\b"
)
# "tháng 01, tháng 02 năm 2019", "tháng 4 và tháng 5": two months (read outside brackets: "quý I năm 2025 (số liệu
# chính thức tháng 01, tháng 02 …)" says where its figures come from).
_TWO_MONTHS = re.compile(r"\bthang \d{1,2}(?: va)? thang \d{1,2}\b")
# "tháng 10 năm 2019; cập nhật số liệu chính thức tháng 9, quý III năm 2019": a period and the official figures of
# earlier ones, set apart by a semicolon or a comma instead of "và" (its sections say which figures are whose).
_A_PART_OF_A_YEAR = r"(?:quy (?:i|ii|iii|iv|[1-4])|thang \d{1,2}|\d{1,2} thang(?: dau)?)"
_AND_OFFICIAL_FIGURES_OF = re.compile(
    rf"\b{_A_PART_OF_A_YEAR}(?: nam)?(?: nam (?:19|20)\d{{2}})? "
    r"(?:va )?(?:cap nhat|bo sung) (?:so lieu )?(?:chinh thuc )?(?:cua )?"
    r"(?:ca nam\b|nam\b|\d{1,2} thang\b|thang \d{1,2}\b|quy (?:i|ii|iii|iv|[1-4])\b)"
)
# "tháng 4 năm 2021; số liệu chính thức quý I năm 2021": a period, then the official figures of another that does not
# hold it (not "quý I năm 2025 (số liệu chính thức tháng 01, tháng 02 …)", the months the quarter's figures come from).
_AND_OFFICIAL_FIGURES_OUTSIDE = re.compile(
    rf"\b(?P<first>{_A_PART_OF_A_YEAR}(?: nam)?(?: (?:nam )?(?:19|20)\d{{2}})?) (?:va )?so lieu chinh thuc (?:cua )?"
    rf"(?P<second>{_A_PART_OF_A_YEAR}(?: nam (?:19|20)\d{{2}})?)\b"
)
# (and a congress's a report is taken to: "trình Đại hội Chi bộ lần thứ V, nhiệm kỳ 2025 - 2030", the term it opens;
# what its report weighs is the term before, named below, as the term of "Nghị quyết Đại hội … nhiệm kỳ 2020 - 2025")
_BODY_TERM = re.compile(
    r"\b(?:khoa [ivxlc]+|hoi dong nhan dan(?: tinh)?|hdnd(?: tinh)?"
    r"|(?:trinh|tai|phuc vu) dai hoi(?: (?!nam\b)[a-z]+){0,6}?(?: lan thu [ivxlc\d]+)?)\s*$"
)
_PLAN_CUE = re.compile(
    # ("tình hình triển khai công tác đối ngoại năm 2025", "việc triển khai …": how the work was carried out, reported)
    r"\b(?<!thuc hien )(?<!ket qua )(?:phuong huong|nhiem vu|ke hoach|du kien|(?<!tinh hinh )(?<!viec )trien khai"
    r"|muc tieu|du toan|chuong trinh cong tac"
    r"|chuong trinh hanh dong)\b"
)
# A report may be written this long before its period ends (a year's report in early November).
REPORTING_SLACK = dt.timedelta(days=92)


def unfinished_at(last_day: dt.date, as_of: dt.date, kind: str) -> bool:
    """Whether a period ending on ``last_day`` was not yet over when counted on ``as_of`` (the report's date, or
    a cut-off it names): a flow is counted into the period's last month at least (a report is due before its
    period ends); a stock, a level, may be counted up to a quarter earlier."""
    if kind == "stock":
        return last_day > as_of + REPORTING_SLACK
    return last_day.replace(day=1) > as_of


_ADDRESS_LINE = re.compile(r"^(?:kinh gui|noi nhan|can cu|thuc hien)\b")
# "Hà Tĩnh, ngày 15 tháng 6 năm 2023": a place, then the date, as the whole line.
# A blank day ("ngày    tháng 6 năm 2024", a draft) still gives the month and year; the number
# line may share the line ("Số: /BC-SNgV Hà Tĩnh, ngày ...").
_DATE_LINE = re.compile(r"^(?:\S+ ){0,8}ngay (?:(\d{1,2}) )?thang (\d{1,2}) nam ((?:19|20)\d{2})$")
# "Hà Tĩnh, ngày 14/7/2020 — Hội trường tầng 3 …": the place, then the date written with slashes, maybe more after it.
_PLACE_AND_SLASHED_DATE = re.compile(r"^ha tinh ngay (\d{1,2}) (\d{1,2}) ((?:19|20)\d{2})\b")
# "(SNV) - ", "HÀ TĨNH - ": the agency or place that opens a news lead.
# A web page's publication date: followed by a time ("08/10/2026 - 10:25") or after a weekday ("Thứ Sáu,
# 21/01/2022").
_PUBLISHED = re.compile(
    r"(?:\b(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>(?:19|20)\d{2})\b(?=.*\b\d{1,2}:\d{2}\b))"
    r"|(?:(?:\bthứ\s+(?:hai|ba|tư|năm|sáu|bảy)|\bchủ\s+nhật)\s*,?\s*"
    r"(?P<wday>\d{1,2})/(?P<wmonth>\d{1,2})/(?P<wyear>(?:19|20)\d{2})\b)"
    # ("17 tháng 12, 2021, 8:05 SA", "10 tháng 3, 2022 lúc 17:05": a meeting recording's or a post's time, as the
    # Vietnamese versions of Teams and Facebook write it)
    r"|(?:\b(?P<tday>\d{1,2})\s+tháng\s+(?P<tmonth>\d{1,2}),\s*(?P<tyear>(?:19|20)\d{2})\b(?=.*\b\d{1,2}:\d{2}\b))",
    re.IGNORECASE,
)
_WRITTEN_ON = re.compile(
    r"\b(?:phát sóng|soạn|đăng tải|đăng|xuất bản|phát hành|(?:đã gửi|đã nộp)(?=[*\s]*lúc\s+\d))\b[^.\n]{0,30}?"
    r"\bngày\s+(?P<day>\d{1,2})/"
    r"(?P<month>\d{1,2})/(?P<year>(?:19|20)\d{2})\b",
    re.IGNORECASE,
)
_LEAD_BYLINE = re.compile(r"^\s*(?:\([^)]{1,30}\)|[A-ZĐ][A-ZĐ .]{1,30})\s*[-–]\s*")
_QUOTED = re.compile(r"“[^”]*”")
_SECTION_ONE = re.compile(r"^(?:phan )?i\b")
_CLOSING = re.compile(r"^tren day(?: la)?\b")
_HEADING = re.compile(
    r"^\s*(?:[#*_ ]*)(?:(?P<roman>[IVX]+)[.)]|(?P<number>\d+(?:\.\d+)+)\.?|(?P<single>\d+)[.)]"
    r"|(?P<letter>[a-zđ])\)|(?P<question>(?:Câu|CÂU|Câu hỏi|Question)\s+\d+\s*[.:)]))\s+\S"
)


@dataclass(frozen=True)
class PeriodReading:
    """A period read from one place of the report, and the words it was read from."""

    place: str
    code: str
    words: str


ARTICLE_LEAD = "lead paragraph of an article without a title block"


@dataclass
class ReportStructure:
    period_code: str | None
    evidence: str
    report_date: dt.date | None = None
    title_blocks: frozenset[int] = frozenset()  # title, date line, letterhead and page furniture: not the body
    disagreements: list[str] = field(default_factory=list)
    named_year: int | None = None  # the one year the title names
    # A document forwarded below an e-mail: its figures are its author's (set apart when another body's).
    forwarded_start: int | None = None
    forwarded_reason: str = ""
    forwarded_set_aside: bool = False
    subject: str = ""  # the title's words, or an official letter's subject line
    # The periods a title naming two covers ("tháng 12 và cả năm 2022": 2022-12 and 2022).
    title_periods: frozenset[str] = frozenset()
    # A title of a thing made for a year ("NỘI DUNG LỊCH ĐỂ BÀN NĂM 2024"): it names no period of the figures.
    title_names_no_period: bool = False
    # The day the report's data run to, when its opening says ("số liệu thực hiện tính đến ngày 30/11/2024").
    data_cut_off: dt.date | None = None
    # The day its estimates run to, when its opening says ("số liệu ước thực hiện tính đến hết ngày 30/6/2023").
    estimated_to: dt.date | None = None
    # The opening says the estimates stand in an annex, apart from the text's counts.
    estimates_in_an_annex: bool = False
    # A title saying the whole report gives estimates ("Ước thực hiện kết quả công tác đối ngoại năm 2025").
    title_estimated: bool = False
    # A note saying which of the title's two periods the unmarked figures are (its period is then period_code).
    unmarked_figures_keyed: bool = False
    # The lower body whose letterhead issues the report ("HUYỆN HƯƠNG KHÊ", "SỞ Y TẾ"): its figures are its own.
    issuer: str = ""
    # The year an opening note says a value in brackets after a figure is of ("số ghi trong ngoặc đơn, nếu không ghi
    # chú khác, là số thực hiện năm 2015"), when that is the report's period a year earlier.
    bracketed_year: int | None = None

    @property
    def counted_on(self) -> dt.date | None:
        """The day the report's figures were counted: its data cut-off, or else its date."""
        if self.data_cut_off is not None and (self.report_date is None or self.data_cut_off < self.report_date):
            return self.data_cut_off
        return self.report_date


def heading_level(text: str) -> int | None:
    """1 for "I. ...", 2 for "1. ...", 3 for "1.1. ...", None for a line that is not a heading."""
    stripped = text.lstrip("#*_ ")
    match = _HEADING.match(stripped)
    if not match or len(stripped) > 160:
        return None
    number = match.group("number")
    if number and has_thousand_dots(number) and stripped[match.end("number") : match.end("number") + 1] != ".":
        return None  # "1.250 lượt khách quốc tế.": a number with its thousands set apart, not section 1.250
    # "2. Đoàn ra: tỉnh cử 12 đoàn ..., bằng 40% kế hoạch năm 2024." is a numbered sentence.
    after_colon = stripped.split(":", 1)[1].strip() if ":" in stripped else ""
    if len(after_colon) >= 15 or (stripped.rstrip().endswith((".", ";")) and len(stripped) > 80):
        return None
    if stripped.rstrip().endswith((".", ";")) and any(
        read_unit(quantity.unit_words, quantity.currency) for quantity in find_quantities(stripped[match.end() :])
    ):
        # ("1. Số đoàn vào năm 2024 là 45 đoàn, cao hơn so với 38 đoàn của năm 2023.": a numbered sentence counting
        # something, however short, heads nothing)
        return None
    if match.group("roman"):
        return 1
    if match.group("question"):
        return 2  # "Câu 5. Hợp tác với các địa phương của Lào?": a survey's question heads its answer
    if match.group("letter"):
        return 4  # "a) Hoạt động đoàn ra, đoàn vào": under the numbered headings
    return 2 + (match.group("number") or match.group("single")).count(".")


# (and an annex on a line of its own, "PHỤ LỤC", "Phụ lục số 02", over its title)
_PART = re.compile(
    r"^(?:phan thu (?:nhat|hai|ba|tu|nam)|phan [ivx\d]+|chuong [ivx\d]+)\b|^phu luc(?: so)?(?: [ivx\d]+)?$"
)


def part_heading(text: str) -> bool:
    """ "Phần thứ nhất", "PHẦN II", "PHỤ LỤC": a part of the report, above its numbered sections."""
    return bool(_PART.match(normalize_label(text))) and len(text) < 200


# "… trên địa bàn huyện Lộc Hà (cũ) …", "… tại thị xã Hồng Lĩnh năm 2024" in a subject or title: the lower area where
# what it counts happened, by its name (capitalised as written: not "xa quê hương"; not "cử tri khu vực huyện Hương
# Sơn", who asked, nor "BC của UBND huyện …", a report forwarded with the figures)
_LOWER_AREA = re.compile(
    r"\b(?:[Tt]rên địa bàn|[Tt]ại)\s+"
    r"(?P<area>(?:[Hh]uyện|[Tt]hị xã|TX|[Tt]hành phố|TP|[Xx]ã|[Pp]hường)\.?\s+(?:[A-ZĐ]\w*)(?:\s+[A-ZĐ]\w*){0,2})"
)
# A subject on the province's own work that names an area only in passing ("… của tỉnh, trong đó có hỗ trợ … tại xã
# Sơn Kim"), or as where its meeting is held ("phục vụ Hội nghị … tại huyện Nghi Xuân").
_THE_PROVINCES_OWN = re.compile(r"\b(?:cua tinh|toan tinh|tinh ha tinh|ca tinh)\b")


def lower_area_named(subject: str) -> str:
    """The district, town or commune a report's subject says it is about ("V/v … dự án PCPNN trên địa bàn huyện Lộc
    Hà"), "" when it names none, or names the province's own work too."""
    own = without_its_purpose(subject)
    area = _LOWER_AREA.search(own)
    if area is None or _THE_PROVINCES_OWN.search(normalize_label(own)):
        return ""
    return normalize_label(area.group("area"))


def _other_issuer(preamble: list[str]) -> str:
    """The lower body or other department whose letterhead issues the report, above its title or subject line
    ("ỦY BAN NHÂN DÂN" / "HUYỆN HƯƠNG KHÊ", "UBND TX KỲ ANH", "UBND TỈNH HÀ TĨNH" / "SỞ Y TẾ", "UBND HUYỆN NGHI XUÂN" /
    "VĂN PHÒNG HĐND VÀ UBND"; `lower_issuers` in report_forms.yml); "" when the department's own body closes it."""
    bodies = []
    # (a letterhead table's left cell holds its lines: "ỦY BAN NHÂN DÂN\nHUYỆN HƯƠNG KHÊ\n\nSố: 214/BC-UBND"; a
    # Markdown one "| ỦY BAN NHÂN DÂN<br>HUYỆN CAN LỘC | CỘNG HÒA … |")
    for line in preamble:
        left = line.strip().lstrip("|").split("|")[0]
        for part in re.split(r"\n|<br\s*/?>", left):
            normalised = normalize_label(part.strip(" *_#"))
            words = normalised.split()
            if not words or len(words) > 10 or _MOTTO.search(normalised) or _DATE_LINE.search(normalised):
                continue
            if re.match(r"^\W*số\s*[:.]", part.strip(), re.IGNORECASE) or (
                re.match(r"^so\b", normalised) and re.search(r"\d|/", part)
            ):
                continue  # (the number line, "Số: 214/BC-UBND", "Số: /BC-SNgV" in a draft)
            bodies.append(normalised)
    forms = load_forms()
    # (nor a joint report of the department and another, "SỞ NỘI VỤ - SỞ NGOẠI VỤ")
    if (
        not bodies
        or starts_with_phrase(bodies[-1], forms.home_subjects)
        or has_any(bodies[-1], ("so ngoai vu", "sngv"))
    ):
        return ""
    lower = [
        body for body in bodies if starts_with_phrase(body, forms.lower_issuers) or _ANOTHER_DEPARTMENT.match(body)
    ]
    return lower[-1] if lower else ""


# The national motto, however its lines wrap ("CỘNG HÒA" / "XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc").
_MOTTO = re.compile(r"\b(?:cong hoa|chu nghia viet nam|doc lap|tu do|hanh phuc)\b")


# "SỞ Y TẾ", "SỞ CÔNG THƯƠNG": a department of the province other than this one.
_ANOTHER_DEPARTMENT = re.compile(r"^so (?!ngoai vu\b)[a-z]")


def _first_part_heading(lines: list[str], start: int, year: int | None) -> str:
    """The first part's heading below the title ("Phần thứ nhất" with its caption, on its line or the next), read
    before any numbered section, when no later part's heading names another period of results ("PHẦN THỨ HAI / KẾT
    QUẢ 6 THÁNG ĐẦU NĂM 2023" after "KẾT QUẢ HỢP TÁC GIAI ĐOẠN 2018 - 2022": the report's parts cover two); else ""."""
    parts = [index for index in range(start, len(lines)) if part_heading(lines[index])]
    if not parts or any(heading_level(line) for line in lines[start : parts[0]]):
        return ""
    captions = [_part_caption(lines, index) for index in parts]
    periods = {code for caption in captions if (code := period_in(caption, year))}
    return captions[0] if len(periods) <= 1 else ""


def _part_caption(lines: list[str], index: int) -> str:
    """A part heading's caption: the rest of its line, or the capitals line under it."""
    rest = re.sub(r"^\W*\w+\s+(?:thứ\s+\w+|[IVX\d]+)\W*", "", lines[index].strip(), flags=re.IGNORECASE)
    following = next((other for other in lines[index + 1 : index + 3] if other.strip()), "")
    return rest if len(rest.split()) > 2 else f"{rest} {following if caps_heading(following) else ''}"


def caps_heading(text: str) -> bool:
    """A short line in capitals without a full stop ("KẾT QUẢ ĐẠT ĐƯỢC", "NHIỆM VỤ 6 THÁNG CUỐI
    NĂM"): an unnumbered section heading of the body."""
    # ("B. TỔNG HỢP QUÝ II/2022 (tháng 4, 5, 6)": a remark in brackets is no part of the heading's case)
    letters = [char for char in re.sub(r"\([^()]*\)", " ", text) if char.isalpha()]
    return (
        len(letters) >= 6
        and sum(char.isupper() for char in letters) > 0.9 * len(letters)
        and len(text) < 100
        and not text.rstrip().endswith((".", ";", ":"))
        and "|" not in text
    )


def blank_numbering(text: str) -> str:
    """The line with the number of its heading or numbered item ("3.", "II.", "1.2") blanked:
    that number is not a figure. Same length, so offsets hold."""
    # ("1   Hồ sơ cấp mới hộ chiếu công vụ,": the number of a row laid out with spaces, its label after two or more)
    pattern = (
        r"^[#*_ ]*(?:[IVX]+|\d+(?:\.\d+)*)[.)]?\s"
        if heading_level(text)
        else r"^[#*_ ]*(?:(?:[IVX]+|\d+(?:\.\d+)*)[.)]\s|\d{1,2} {2,}(?=[^\W\d_]))"
    )
    numbering = re.match(pattern, text)
    return " " * numbering.end() + text[numbering.end() :] if numbering else text


def reported_part(normalised: str) -> tuple[str, str]:
    """A title or heading split into what is reported on and the plan that follows; periods a comparison or an
    annex after the reported period names ("… quý I năm 2021 và so sánh với quý I các năm 2019, 2020", "… tháng 01
    năm 2025 (kèm khái quát kết quả năm 2024)") are not reported on."""
    plan = _PLAN_CUE.search(normalised)
    reported, planned = (normalised[: plan.start()], normalised[plan.start() :]) if plan else (normalised, "")
    beside = _BESIDE_THE_REPORTED_PERIOD.search(reported)
    if beside and re.search(_YEAR, reported[: beside.start()]):
        reported = reported[: beside.start()]
    return reported, planned


def _code(kind: str, groups: tuple, year: int | None) -> str | None:
    try:
        if kind == "date_range":
            return code_of_dates(
                dt.date(int(groups[2]), int(groups[1]), int(groups[0])),
                dt.date(int(groups[5]), int(groups[4]), int(groups[3])),
            )
        if kind == "span":
            first, last = int(groups[0]), int(groups[1])
            return period_from_code(f"{first}-{last}").code if first < last <= first + 30 else None
        if kind == "partial_year":
            year = int(groups[1]) if groups[1] else year
            return partial_year_code(groups[0], year) if year else None
        if kind == "quarter":
            year = int(groups[1]) if groups[1] else year
            return period_from_code(f"{year}-Q{quarter_number(groups[0])}").code if year else None
        if kind == "month":
            year = int(groups[1]) if groups[1] else year
            return period_from_code(f"{year}-{int(groups[0]):02d}").code if year else None
        if kind == "year":
            return groups[0]
    except (PeriodFormatError, ValueError):
        return None
    return None


# "- Kỳ báo cáo: ……… Quý III năm 2018", "Thời kỳ báo cáo: tháng 6/2024": a form's field naming the period it reports.
_REPORTING_PERIOD_FIELD = re.compile(r"^\W*(?:thoi )?ky bao cao\b\W*(?P<period>.{3,60})$")


def _reporting_period_field(lines: list[str], year: int | None) -> PeriodReading | None:
    for line in lines[:40]:
        match = _REPORTING_PERIOD_FIELD.match(normalize_label(line))
        if match is None:
            continue
        written = line.split(":", 1)[-1] if ":" in line else match["period"]
        named = {scope.code for _, scope in find_scopes(normalize_label(written), year) if scope.code}
        # (one period only: "Kỳ báo cáo: Quý IV, cả năm 2018" says no more than a title naming both)
        if len(named) <= 1 and (code := period_in(written, year)):
            return PeriodReading("reporting period field", code, line.strip()[:200])
    return None


def _names_two_months(title: str) -> bool:
    """Whether a title names two months outside its brackets."""
    return bool(_TWO_MONTHS.search(reported_part(normalize_label(re.sub(r"\([^()]*\)", " ", title)))[0]))


def _names_two_periods(reported: str) -> bool:
    """Whether a title's reported part names two periods: "quý IV và cả năm 2024", or a year and the span
    that holds it, "năm 2025, giai đoạn 2021 - 2025" (its sections say which figures are whose)."""
    codes = sorted({scope.code for _, scope in find_scopes(reported, None) if scope.code}, key=len)
    year_in_span = (
        len(codes) == 2
        and len(codes[0]) == 4
        and re.fullmatch(r"\d{4}-\d{4}", codes[1]) is not None
        and int(codes[1][:4]) <= int(codes[0]) <= int(codes[1][5:])
    )
    return (
        bool(
            _TWO_PERIODS.search(reported)
            or _AND_OFFICIAL_FIGURES_OF.search(reported)
            or _official_figures_of_another(reported)
            or _A_PART_AND_WORK_OF_A_YEAR.search(reported)
        )
        or year_in_span
        or _a_year_and_a_part_of_another(reported)
    )


def _official_figures_of_another(reported: str) -> bool:
    """A period, then "số liệu chính thức" of another period that does not lie within it."""
    match = _AND_OFFICIAL_FIGURES_OUTSIDE.search(reported)
    if match is None:
        return False
    year = next(iter(re.findall(_YEAR, reported)), None)
    first, second = (
        [scope.code for _, scope in find_scopes(match.group(name), int(year) if year else None) if scope.code]
        for name in ("first", "second")
    )
    if len(first) != 1 or len(second) != 1 or not is_period_code(first[0]) or not is_period_code(second[0]):
        return False
    outer, inner = period_from_code(first[0]), period_from_code(second[0])
    return not (outer.start_date <= inner.start_date and inner.end_date <= outer.end_date)


def _names_two_years(words: str) -> bool:
    """ "V/v cung cấp số liệu … năm 2021 và năm 2022": a letter's subject naming two years side by side, whose figures
    its lines date one by one."""
    years = _TWO_YEARS.search(words)
    return bool(years) and years.group(1) != years.group(2)


def _a_year_and_a_part_of_another(reported: str) -> bool:
    """ "Kết quả công tác đối ngoại năm 2025, quý I năm 2026", "… giai đoạn 2022 - 2024 và 6 tháng đầu năm 2025": a
    year, or a span of years, and a part of the year after it (not a year and a horizon, "giai đoạn 2021 - 2025, định
    hướng đến năm 2030", nor a cited document's year, "Chỉ thị số 25-CT/TW năm 2018 … quý I năm 2026")."""
    periods = [
        period_from_code(code)
        for code in {scope.code for _, scope in find_scopes(reported, None) if is_period_code(scope.code)}
    ]
    if len(periods) != 2:
        return False
    whole = next((period for period in periods if period.period_type in ("year", "multi_year")), None)
    part = next((period for period in periods if period.period_type not in ("year", "multi_year")), None)
    return whole is not None and part is not None and part.start_date.year == whole.end_date.year + 1


def period_in(text: str, fallback_year: int | None) -> str | None:
    """The period the reported part of a title, heading or closing line names, if exactly one."""
    # ("… 10 tháng, ước thực hiện cả năm 2024 (phục vụ phiên họp … tháng 10/2024)": the occasion it is written for)
    reported, plan = reported_part(normalize_label(_PURPOSE_BRACKET.sub(" ", text)))
    if labelled := _REPORTING_PERIOD_LABEL.search(text):
        # ("Kết quả triển khai Kế hoạch … - kỳ báo cáo 6 tháng đầu năm": the title says which period it reports, after
        # words a plan's would otherwise hide; not "bổ sung số liệu kỳ báo cáo trước", nor "tại kỳ báo cáo năm 2023")
        reported, plan = normalize_label(labelled.group("period")), ""
    # ("… Chiến lược hội nhập quốc tế đến năm 2030 - kỳ báo cáo 6 tháng đầu năm": the horizon its subject runs to, not a
    # year reported; not the end of a span, "từ năm 2021 đến năm 2025")
    reported = _HORIZON.sub(" ", reported)
    # ("V/v cung cấp thông tin đối ngoại phục vụ Hội nghị báo cáo viên tháng 7/2018": the month of the meeting the
    # figures serve, not the period they cover; the words before it may name that)
    reported = _SERVES_AN_OCCASION.sub(" ", reported)
    # ("Số liệu … theo tháng 6 tháng cuối năm 2023": by month, over the second half; no month of June)
    reported = re.sub(r"\b(?:theo|tung) thang (?=\d{1,2} thang\b)", "theo ", reported)
    if _names_two_periods(reported) or _names_two_months(text):
        return None  # "quý IV và cả năm 2024": the report covers two periods; none is the report's alone
    plan_years = re.findall(_YEAR, plan)
    reported_years = re.findall(_YEAR, reported)
    # "6 tháng đầu năm và phương hướng 6 tháng cuối năm 2021": the plan's own year is the report's.
    year = int(plan_years[0]) if len(set(plan_years)) == 1 and not reported_years else fallback_year
    data_dates = None
    months = _OTHER_MONTHS.search(reported)
    if months and int(months.group(1)) not in (3, 6, 9, 12) and _named_first(months, reported):
        return None  # "… 10 tháng, ước thực hiện cả năm 2024": ten months, no period of the codelist
    second_half = SECOND_HALF.search(reported)
    if second_half and _named_first(second_half, reported):
        # "Kết quả công tác đối ngoại 6 tháng cuối năm 2019": the second half, when the title names it first (not "…
        # tháng 6 năm 2024 và giải pháp 6 tháng cuối năm", "… năm 2023, tập trung đánh giá 6 tháng cuối năm")
        # (its year written: a date line in January may follow the half it reports on; or the year of the estimate the
        # title gives after it, "6 tháng cuối năm và ước thực hiện năm 2024", when the date line is of that year or
        # January of the next; not "… thực hiện Chỉ thị số 25-CT/TW năm 2018", nor "… và cả năm 2024", two periods)
        after_the_half = reported[second_half.end() :]
        estimate = A_YEAR_ESTIMATED.match(after_the_half, _OPENS_AN_ESTIMATE.match(after_the_half).end())
        estimated_year = int(estimate.group(1)) if estimate else None
        of_the_date = fallback_year is not None and estimated_year in (fallback_year, fallback_year - 1)
        year_of_the_half = second_half.group(1) or (estimated_year if of_the_date else None)
        return f"{year_of_the_half}-H2" if year_of_the_half else None
    for kind, pattern in _TITLE_PATTERNS:
        match = pattern.search(reported)
        if match is None:
            continue
        if kind == "date_range" and (code := _code(kind, match.groups(), year)) is None:
            # "6 tháng đầu năm 2026 (Số liệu từ ngày 01/01/2026 đến ngày 15/6/2026)": the data's dates, read
            # against the period the title names below
            data_dates = match.groups()
            continue
        if kind == "month" and re.search(r"ngay \d{1,2} $", reported[: match.start()]):
            continue  # a date, not a monthly report
        if re.search(r"\b(?:ngay|tuan) (?:dau|cuoi|giua)(?: cua)? $", reported[: match.start()]) or any(
            part.start() <= match.start() < part.end() for part in PART_OF_A_PERIOD.finditer(reported)
        ):
            return None  # "… những ngày đầu tháng 3/2019", "nửa đầu tháng 6": a part of the period, which no code names
        if kind == "year" and re.search(rf"(?:thang|quy [iv\d]+) {_YEAR}", reported[: match.end()]):
            continue
        if kind == "year" and re.search(rf"\btuan (?:thu |le )?\d{{1,2}} nam {_YEAR}$", reported[: match.end()]):
            continue  # "Tuần 28 năm 2025": a week of the year, which no period of the codelist is
        if kind == "year" and re.search(rf"\bngay \d{{1,2}} thang \d{{1,2}} nam {_YEAR}$", reported[: match.end()]):
            continue  # "(Hà Tĩnh, ngày 16 tháng 10 năm 2025)": the day of a speech, not a report on the year
        if MEETING_BEFORE.search(reported[: match.start()]):
            return None  # "Họp báo định kỳ quý III năm 2025": when the press meets, not the period its answers cover
        if kind == "span" and _OTHER_CALENDAR.search(reported[: match.start() + 1]):
            continue  # "năm học 2025 - 2026": a school year, not a span of years
        if kind == "span" and _BODY_TERM.search(reported[: match.start()]):
            continue  # "HĐND tỉnh khóa XVIII, nhiệm kỳ 2021 - 2026": the council's term, not the report's period
        code = _code(kind, match.groups(), year)
        if code is not None and is_period_code(code):
            code = month_before_an_estimate(reported[: match.start()], code) or code
        return code if data_dates is None or _counted_to_its_last_month(code, data_dates) else None
    return None


# "ước thực hiện năm 2024", "ước tính cả năm 2024": a year a title estimates (after the period it reports, right after
# "và" or a comma).
A_YEAR_ESTIMATED = re.compile(r"\buoc(?: thuc hien| tinh)?(?: ca)? nam ((?:19|20)\d{2})\b")
_OPENS_AN_ESTIMATE = re.compile(r"\s*(?:va |, )?")


def _named_first(match: re.Match, reported: str) -> bool:
    """Whether no period of the title patterns is named before ``match``."""
    return not any(
        (other := pattern.search(reported)) and other.start() < match.start() for _, pattern in _TITLE_PATTERNS
    )


def _counted_to_its_last_month(code: str | None, dates: tuple) -> bool:
    """Whether data from a day to a day cover the period: from its first day to a day in its last month
    (the data's cut-off before the report is due)."""
    if code is None:
        return False
    try:
        period = period_from_code(code)
        first = dt.date(int(dates[2]), int(dates[1]), int(dates[0]))
        last = dt.date(int(dates[5]), int(dates[4]), int(dates[3]))
    except (PeriodFormatError, ValueError):
        return False
    return (
        period.period_type != "month"
        and first == period.start_date
        and period.end_date.replace(day=1) <= last <= period.end_date
    )


def without_title_prefix(normalised: str) -> str:
    """A title line without the prefixes that may open it ("tom tat bao cao ..." -> "bao cao ...")."""
    prefixes = load_forms().title_prefixes
    while prefix := starts_with_phrase(normalised, prefixes):
        normalised = normalised[len(prefix) :].lstrip()
    return normalised


# "**Số 10/2025 — Tháng 10 năm 2025**" under a Markdown title: a line of the title block.
_EMPHASISED_LINE = re.compile(r"^\s*\*\*[^*]{3,120}\*\*\s*$")
# (a long title on one line too, "**Tổng kết công tác lãnh sự … giai đoạn 2021 - 2025; phương hướng … 2026 - 2030**";
# not a bold sentence, an article's lead "**(Baohatinh.vn) - Hoạt động đối ngoại 9 tháng … là điểm sáng.**")
_LONG_EMPHASISED_TITLE = re.compile(r"^\s*\*\*(?!\()[^*]{121,300}(?<![.!?])\*\*\s*$")
# A bold title wrapped onto the next lines: "**Tình hình … 9 tháng đầu năm 2025;" / "phương hướng … quý IV**".
_EMPHASIS_OPENS = re.compile(r"^\s*\*\*[^*]{3,200}$")
_EMPHASIS_CLOSES = re.compile(r"^[^*]{3,200}\*\*\s*$")


def _emphasised_lines(lines: list[str], start: int) -> int:
    """How many lines from ``start`` one bold span covers (one for a bold line, up to three for a
    wrapped one; 0 when the line opens none)."""
    if start >= len(lines):
        return 0
    if _EMPHASISED_LINE.match(lines[start]) or _LONG_EMPHASISED_TITLE.match(lines[start]):
        return 1
    if not _EMPHASIS_OPENS.match(lines[start]):
        return 0
    for following in range(start + 1, min(start + 3, len(lines))):
        if _EMPHASIS_CLOSES.match(lines[following]):
            return following - start + 1
        if "*" in lines[following] or heading_level(lines[following]):
            return 0
    return 0


# "Bảng 3. Giá trị hỗ trợ …", "ĐVT: triệu đồng": a table's caption or unit line, below the title.
_TABLE_CAPTION = re.compile(
    r"^[\s*_]*(?:(?:Bảng|Biểu|Phụ lục)\s*(?:số\s*)?[\dIVX]+|ĐVT\s*:|Đơn vị(?: tính)?\s*:)", re.I
)
# Words of a table's cell laid out with spaces, at most.
_CELL_WORDS = 4
# "A. ĐOÀN RA, ĐOÀN VÀO", "3. Số đoàn vào: …", "b) …": no title line is numbered.
_NUMBERED_START = re.compile(r"^\s*(?:[IVX]+|\d{1,2}|[A-Za-zĐđ])[.)]\s")


def _names_the_issuer_only(normalised: str) -> bool:
    """Whether a line names the body that issues the report, or the bodies above it, and nothing else ("Sở Ngoại vụ
    tỉnh Hà Tĩnh", "UBND tỉnh Hà Tĩnh - Sở Ngoại vụ")."""
    names = sorted(load_forms().home_subjects, key=len, reverse=True)
    rest = re.sub(rf"\b(?:{'|'.join(map(re.escape, names))})\b", " ", normalised) if normalised else ""
    return bool(normalised) and not re.sub(r"\b(?:tinh )?ha tinh\b", " ", rest).strip()


def _laid_out_with_spaces(line: str) -> bool:
    """A line of a table laid out with spaces ("Năm     Số dự án     Giá trị"): three texts or more parted by runs of
    spaces, most of them short (not a centred title whose wrapped lines were joined, "Kết quả thẩm định … phi dự án
    của các tổ chức … năm 2018", each of its texts a line's worth of words)."""
    texts = re.split(r" {2,}", line.strip())
    return len(texts) >= 3 and 2 * sum(len(text.split()) <= _CELL_WORDS for text in texts) > len(texts)


_SENTENCES_BEFORE_NO_TITLE = 2
_WORDS_OF_A_SENTENCE = 8


def _a_body_sentence(line: str) -> bool:
    """A paragraph of a text's body: a long line ending a sentence (no letterhead, number or date line is)."""
    return len(" ".join(line.split())) >= 80 and line.rstrip().endswith((".", "…"))


def _title_blocks(lines: list[str]) -> list[int]:
    """Indexes of the title block: "BÁO CÁO" (or a bulletin heading) and the lines under it up
    to the address line or the first section heading."""
    for index, line in enumerate(lines[:15]):
        normalised = without_title_prefix(normalize_label(line))
        # ("TỔNG HỢP Ý KIẾN GIAO BAN" is a title; "Tổng hợp tình hình …, Sở báo cáo như sau:" a sentence)
        # (not below a letter's subject, "V/v …", or the Kính gửi line: a heading of the letter's body)
        # (not the subject line under a document of another kind, "KẾ HOẠCH" over "HOẠT ĐỘNG ĐỐI NGOẠI NĂM 2024")
        above = next((normalize_label(other) for other in lines[:index][::-1] if other.strip()), "")
        capitals = (
            normalised.startswith(word_list("title_openers_in_capitals"))
            and above not in word_list("other_document_kinds")
            and not any(letter.islower() for letter in line)
            and not any(
                _opens_a_subject(above) or normalize_label(above).startswith("kinh gui") for above in lines[:index]
            )
        )
        if not (normalised.startswith(word_list("title_openers")) or capitals) and not line.lstrip().startswith("# "):
            continue
        if _names_the_issuer_only(normalised) or issue_month(line):
            # "# SỞ NGOẠI VỤ TỈNH HÀ TĨNH": the letterhead written as a Markdown heading, not the title (nor a
            # periodical's masthead, "BẢN TIN … · Số 12 (88) · Tháng 12/2023")
            continue
        if line.lstrip().startswith(("-", "+", "•", "–")):
            continue  # "- Báo cáo ghi nhầm là 21 đoàn ra; …": a list item of the body, not a title
        if len(line) > 200 and line.rstrip().endswith((".", "”", '"', "…")):
            continue  # "Phát biểu tại hội nghị, Giám đốc Sở cho biết: “…”.": a paragraph of the body
        below_the_body = sum(_a_body_sentence(above) for above in lines[:index]) >= _SENTENCES_BEFORE_NO_TITLE
        if below_the_body and any(letter.islower() for letter in line) and len(line.split()) >= _WORDS_OF_A_SENTENCE:
            # ("Phát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh yêu cầu …" in the middle of a news bulletin's subtitles): a
            # sentence in lower case below paragraphs of the body is one of them (an annex's title under a letter,
            # "Phụ lục" over "KẾT QUẢ THẨM ĐỊNH … NĂM 2024", still is one)
            continue
        block = [index]
        if line.lstrip().startswith("#"):
            # A Markdown title is its heading and the sub-headings right under it
            # ("# BÁO CÁO NHANH" / "## Tình hình hoạt động đối ngoại quý I năm 2027").
            following = index + 1
            while following < len(lines) and not heading_level(lines[following]) and period_in(line, None) is None:
                covered = 1 if lines[following].lstrip().startswith("##") else _emphasised_lines(lines, following)
                if not covered:
                    break
                block += range(following, following + covered)
                following += covered
            return block
        for following in range(index + 1, min(index + 4, len(lines))):
            text = normalize_label(lines[following])
            # (its length in words and single spaces: a centred title's wrapped lines keep their padding; blanks as long
            # as a page's furniture mean a sentence read across a page break, which no title is)
            long = len(" ".join(lines[following].split())) > 200 or re.search(r" {60,}", lines[following]) is not None
            if not text or _ADDRESS_LINE.match(text) or heading_level(lines[following]) or long:
                break
            # (a title's result half may end in ";" before its plan half: "… 9 tháng đầu năm 2026;" /
            # "phương hướng, nhiệm vụ 3 tháng cuối năm 2026")
            ending = (".", ":") if following == index + 1 else (".", ";", ":")
            if lines[following].rstrip().endswith(ending) or lines[following].lstrip().startswith(("-", "+", "•")):
                break  # a sentence or list item of the body, not a title line
            speaker = lines[following].split(":", 1)[0] if ":" in lines[following] else ""
            if speaker and starts_with_phrase(normalize_label(speaker), word_list("speaker_openers")):
                break  # ("MC: Kính thưa …" under a script's title: its first turn)
            number_line = re.match(
                r"^\W*(?:Số|SỐ)\s*(?::|\d|/)", lines[following]
            )  # "Số: 88/BC-SNgV", not "SỐ LIỆU ..."
            if (
                _DATE_LINE.search(text)
                or number_line
                or text.startswith("v v")
                or "|" in lines[following]
                or part_heading(lines[following])
                or _NUMBERED_START.match(lines[following])
                or _TABLE_CAPTION.match(lines[following])
                or text.startswith("phu luc")
                or _laid_out_with_spaces(lines[following])
            ):
                # the number line, the date line, a table (or a line of one laid out with spaces), the first part, an
                # annex or a numbered item
                break
            block.append(following)
        return block
    return []


def _report_date(lines: list[str]) -> tuple[dt.date | None, int | None]:
    for index, line in enumerate(lines[:12]):
        # A letterhead table row puts the date line in a cell of its own (a line of its own in the cell).
        for part in re.split(r"[|\n]", line):
            words = normalize_label(part)
            match = _DATE_LINE.search(words) or _PLACE_AND_SLASHED_DATE.search(words)
            if not match:
                continue
            month, year = int(match.group(2)), int(match.group(3))
            try:
                day = int(match.group(1)) if match.group(1) else calendar.monthrange(year, month)[1]
                return dt.date(year, month, day), index
            except ValueError:
                return None, index
    for line in lines[:12]:
        if written := _WRITTEN_ON.search(line):
            # ("Chương trình: Thời sự tối - phát sóng 19h45 ngày 08/01/2020", "Văn phòng Sở soạn ngày 22/9/2017"): the
            # day it was broadcast, posted or drafted
            return day_of(written), None
        if issue := issue_month(line):
            # (the issue's month, to its last day: when in the month it was written is not said)
            year, month = issue
            return dt.date(year, month, calendar.monthrange(year, month)[1]), None
        # A web page's publication time ("Thứ Năm, 08/10/2026 - 10:25"): the article's date.
        published = _PUBLISHED.search(line)
        if published and len(line) < (80 if published.group("day") else 160):
            day, month, year = (
                int(
                    next(
                        published.group(f"{form}{name}") for form in ("", "w", "t") if published.group(f"{form}{name}")
                    )
                )
                for name in ("day", "month", "year")
            )
            try:
                return dt.date(year, month, day), None
            except ValueError:
                return None, None
    return None, None


def lead_period(lines: list[str], skipped: set[int]) -> tuple[str | None, str]:
    """The period an article's lead sentence opens with ("(SNV) - Trong quý I/2026, ...")."""
    for index, line in enumerate(lines[:12]):
        line = line.strip().strip("*_").strip()  # "**(HTĐT) - Năm 2025, … đến thăm, làm việc.**"
        if index in skipped or len(line) < 60 or not line.endswith((".", "…")):
            continue
        opening = normalize_label(_LEAD_BYLINE.sub("", line, count=1).split(",", 1)[0])
        found = [(at, scope) for at, scope in find_scopes(opening, None) if is_period_code(scope.code)]
        scopes = [scope for _, scope in found]
        if len(scopes) == 1 and MEETING_BEFORE.search(opening[: found[0][0]]):
            # ("Phục vụ buổi họp báo thường kỳ quý III/2022 của UBND tỉnh, …": when the press meets, not what is
            # counted)
            return None, ""
        if len(scopes) == 1:
            return scopes[0].code, line.strip()[:200]
        return None, ""
    return None, ""


_PAIR_LABEL = re.compile(r"^\s*([^:|]{1,14}):\s")


def translated_lines(lines: list[str]) -> set[int]:
    """The translated paragraphs of a bilingual text written in pairs ("VN: …" then "EN: …")."""
    forms = load_forms()
    keys = [normalize_label(match.group(1)) if (match := _PAIR_LABEL.match(line)) else "" for line in lines]
    if not any(key in forms.translation_original for key in keys):
        return set()
    return {index for index, key in enumerate(keys) if key in forms.translation_translated}


def letter_subject(lines: list[str]) -> tuple[str, list[int]]:
    """An official letter's subject ("V/v …") and the lines it runs over, up to "Kính gửi", a
    date or number line, a blank or a sentence of the body."""
    forms = load_forms()
    for index, block in enumerate(lines[:15]):
        # (a letterhead read as one block of lines, "Số: 1085/SNgV-HTQT" over "V/v …": from the subject's line)
        # (or one Markdown table cell's lines, set apart by "<br>": "| Số: 1742/SNgV-HTQT<br>V/v cung cấp … | …")
        subs = re.split(r"\n|<br\s*/?>", block)
        start = next((i for i, sub in enumerate(subs) if _opens_a_subject(sub)), None)
        if start is None:
            continue
        line = subs[start]
        for sub in subs[start + 1 : start + 3] if " | " not in line else []:
            # ("V/v cung cấp số liệu hoạt động đối ngoại" / "9 tháng năm 2025 | Hà Tĩnh, ngày …": the subject wraps
            # onto the next line of its cell)
            head = sub.split(" | ")[0]
            if not head.strip() or _DATE_LINE.search(normalize_label(head)) or _opens_a_subject(head):
                break
            line = f"{line} {head.strip()}"
            if " | " in sub:
                break
        taken = [index]
        for following in range(index + 1, min(index + 4, len(lines))):
            text = normalize_label(lines[following])
            if (
                not text
                or starts_with_phrase(text, forms.letter_subject_closers)
                or _DATE_LINE.search(text)
                or len(lines[following]) > 120
                or lines[following].rstrip().endswith((".", ";", ":"))
            ):
                break
            taken.append(following)
        # (a letterhead laid out as a table: the subject's cell, not the date beside it, "V/v … | Hà Tĩnh, ngày …")
        return " ".join(_subject_cell(line if i == index else lines[i]) for i in taken), taken
    return "", []


def _opens_a_subject(text: str) -> bool:
    return starts_with_phrase(normalize_label(text), load_forms().letter_subject_openers)


# "        Hà Tĩnh, ngày 10 tháng 01 năm 2025" laid out with spaces beside a letter's subject.
_DATE_BESIDE = re.compile(r"\s{3,}(?:[^\s,]+(?: [^\s,]+){0,3},\s*)?ngày\b[^\n]*?\bnăm\s+(?:19|20)\d{2}", re.IGNORECASE)


def _subject_cell(line: str) -> str:
    # (or laid out with spaces: "V/v đính chính số liệu tại Báo cáo        Hà Tĩnh, ngày 10 tháng 01 năm 2025")
    line = _DATE_BESIDE.sub(" ", line.split("\n")[0].strip())
    cells = [cell.strip() for cell in line.split(" | ")]
    return next((cell for cell in cells if _opens_a_subject(cell)), cells[0])


# "(… ước thực hiện đến hết ngày 31/12/2024)": the day the estimates of the report run to.
# ("… ước thực hiện đến hết ngày 30/6/2023", "… và ước thực hiện đến 30/6/2022")
_ESTIMATED_TO = re.compile(
    r"\buoc(?: \w+){0,9}? (?:den|toi) (?:het )?(?:ngay )?(\d{1,2}) (?:thang )?(\d{1,2}) (?:nam )?((?:19|20)\d{2})\b"
)
# "ước tính đến cuối tháng", "ước thực hiện đến hết quý": the estimates run to the end of the report's period.
_ESTIMATED_TO_THE_END = re.compile(r"\buoc(?: tinh| thuc hien)? (?:den|toi) (?:het |cuoi )(?:thang|quy|nam|ky)\b")
# "số liệu … tổng hợp đến ngày 20/9/2019 và ước đến hết tháng 9": counted to a day, estimated to the period's end.
_COUNTED_TO_A_DAY_THEN_ESTIMATED = re.compile(
    r"\bso lieu\b.{0,60}? (?:den|toi) (?:het )?ngay \d{1,2} (?:thang )?\d{1,2}(?: (?:nam )?(?:19|20)\d{2})? va uoc"
    r"(?: tinh| thuc hien)? (?:den|toi) (?:(?:het|cuoi) (?:thang|quy|nam|ky)\b|(?:het )?(?:ngay )?\d{1,2} \d{1,2} )"
)
# "(số liệu thực hiện tính đến ngày 30/11/2024, ước thực hiện đến hết ngày 31/12/2024)", "Số liệu từ ngày
# 01/01/2026 đến ngày 15/6/2026": the day the data of the whole report run to.
_DATA_CUT_OFF = re.compile(
    r"\bso lieu(?: (?!uoc\b)\w+){0,8}? (?:den|toi) (?:het )?ngay (\d{1,2}) (\d{1,2}) ((?:19|20)\d{2})\b"
)
# "Số liệu nêu trong phần nội dung báo cáo là số thực hiện tính từ ngày 01/01/2017 đến ngày 15/6/2017": the same, the
# data's first day written too.
# (of the report's text: not one item's, "(số liệu xuất nhập cảnh qua Cửa khẩu Cầu Treo tính từ ngày … đến ngày …)")
_DATA_SPAN = re.compile(
    r"\bso lieu (?:\w+ ){0,5}?bao cao(?: (?!uoc\b)\w+){0,8}? tu ngay \d{1,2} \d{1,2} (?:19|20)\d{2} (?:den|toi) "
    r"(?:het )?ngay (\d{1,2}) (\d{1,2}) ((?:19|20)\d{2})\b"
)
# "Số ước thực hiện cả 6 tháng … (đến hết ngày 30/6/2017) được tổng hợp tại Phụ lục kèm theo": the estimates stand in an
# annex, apart from the text.
_ESTIMATES_IN_AN_ANNEX = re.compile(
    r"\b(?:tai|o|trong) (?:phu luc|bieu kem theo|bang kem theo|bieu so lieu kem theo)\b"
)


def day_of(match: re.Match) -> dt.date | None:
    """The day a match of day, month and year (its groups 1 to 3) names, if it is one."""
    try:
        return dt.date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
    except ValueError:
        return None


def _opening_lines(lines: list[str], start: int):
    """The report's opening from ``start``: its lines above its first heading or table."""
    for line in lines[start : start + 25]:
        if heading_level(line) is not None or "|" in line:
            return
        yield line


# "Ước thực hiện kết quả công tác …" opening a title: the period's figures are estimates.
_TITLE_ESTIMATE = re.compile(r"^(?:bao cao )?uoc (?:thuc hien|tinh)\b")


def _estimated_to(lines: list[str], start: int, period_end: dt.date) -> dt.date | None:
    """The day the report's estimates run to, as its opening says above its first heading ("(Số liệu ước thực hiện
    đến hết ngày 30/6/2023)"; "… đến hết ngày 18/3/2021 và ước tính đến cuối tháng": the end of the report's period)."""
    for line in _opening_lines(lines, start):
        words = normalize_label(line)
        if match := _ESTIMATED_TO.search(words):
            return day_of(match)
        if _ESTIMATED_TO_THE_END.search(words):
            return period_end
    # ("Số liệu quý III được tổng hợp đến ngày 20/9/2019 và ước đến hết tháng 9." under a section heading)
    if any(_COUNTED_TO_A_DAY_THEN_ESTIMATED.search(normalize_label(line)) for line in lines[start:]):
        return period_end
    return None


# "Số liệu cập nhật đến ngày 30/9/2025": the day a document's figures run to, said on a line of its own.
# A day, written with slashes or in words ("15/12/2023", "15 tháng 12 năm 2023"), as normalised: day, month, year.
_DAY = r"(\d{1,2}) (?:thang )?(\d{1,2}) (?:nam )?((?:19|20)\d{2})"
_DATA_AS_OF = re.compile(rf"\bso lieu (?:\w+ ){{0,3}}?(?:den|toi|tai) (?:het )?ngay {_DAY}\b")


def _data_as_of(lines: list[str]) -> dt.date | None:
    match = next((m for line in lines if (m := _DATA_AS_OF.search(normalize_label(line)))), None)
    return day_of(match) if match else None


# ("Số liệu tại báo cáo trước của Sở tính đến …": an earlier report, named without its number too)
_CITES_A_REPORT = re.compile(r"\b(?:da co|tai|theo|thay the) bao cao (?:so|truoc|ky truoc|lan truoc)\b")
_A_NOTE_ON_ALL_FIGURES = re.compile(r"^so lieu(?: thuc hien)?(?: tinh)? (?:tu|den|toi)\b")


def _data_cut_off(lines: list[str], start: int) -> dt.date | None:
    """The data cut-off the report's opening names, above its first heading, in the sentence saying what it reports
    ("Sở Ngoại vụ báo cáo … (số liệu … đến ngày …) như sau"); not one item's ("riêng số liệu về …")."""
    for line in _opening_lines(lines, start):
        normalised = normalize_label(line)
        match = _DATA_CUT_OFF.search(normalised) or _DATA_SPAN.search(normalised)
        # (or a note on the figures of its own, naming none: "(Số liệu thực hiện tính đến hết ngày 15/12/2024; số liệu
        # cả năm là số ước …)"; not "Số liệu xuất nhập cảnh qua cửa khẩu tính đến …", one field's)
        of_the_report = "bao cao" in normalised or bool(_A_NOTE_ON_ALL_FIGURES.match(normalised))
        if not match or not of_the_report or re.search(r"\brieng $", normalised[: match.start()]):
            continue
        # (the citation may stand inside the note's own words: "Số liệu tại báo cáo trước của Sở tính đến …")
        cited = [*_CITES_A_REPORT.finditer(normalised[: match.start(1)])]
        if cited and "bao cao nay" not in normalised[cited[-1].end() : match.start(1)]:
            # ("Ngày 09/12/2022, Sở đã có Báo cáo số 402/BC-SNgV … (số liệu tính đến ngày 30/11/2022)": the cut-off of
            # the report this one replaces)
            continue
        return day_of(match)
    return None


def _in_last_quarter(day: dt.date, code: str) -> bool:
    period = period_from_code(code)
    return period.end_date - dt.timedelta(days=92) <= day <= period.end_date


def _kept_over_the_year(code: str, date: dt.date | None) -> bool:
    """Whether a sheet titled on a year ("BẢNG THEO DÕI … NĂM 2025") is kept over it rather than closed after it: it
    names the year alone, and no date after the year's end says it was drawn up once the year was over."""
    period = period_from_code(code)
    return period.period_type == "year" and (date is None or date <= period.end_date)


def periods_named(text: str, year: int | None, with_the_occasion: bool = False) -> frozenset[str]:
    """The periods of the codelist the reported part of a title or subject names (and, ``with_the_occasion``, the
    month of the meeting it serves)."""
    # (not the month of the meeting it serves: "… 9 tháng năm 2025 (Phục vụ phiên họp thường kỳ tháng 9/2025 …)")
    if with_the_occasion:
        reported = reported_part(normalize_label(text))[0]
    else:
        reported = _SERVES_AN_OCCASION.sub(" ", reported_part(normalize_label(_PURPOSE_BRACKET.sub(" ", text)))[0])
    return frozenset(scope.code for _, scope in find_scopes(reported, year) if is_period_code(scope.code))


def quarter_beside_months(text: str, year: int | None) -> str | None:
    """The quarter a title names right before a count of months ("quý III, 9 tháng năm 2021": the months' report,
    whose quarter a level at its end may be of), or None."""
    reported = reported_part(normalize_label(_PURPOSE_BRACKET.sub(" ", text)))[0]
    quarter = re.search(_QUARTER_BESIDE_MONTHS, reported)
    if quarter is None:
        return None
    named = [scope.code for _, scope in find_scopes(f"{quarter.group(0)}va {reported[quarter.end() :]}", year)]
    return named[0] if named and is_period_code(named[0]) and "-Q" in named[0] else None


# "số ghi trước là số lũy kế 6 tháng đầu năm 2023", "số ngoài ngoặc là số quý II": a note on how the report writes its
# figures, saying which period its unmarked ones are.
# ("các số liệu không ghi chú kỳ … là số liệu lũy kế 9 tháng", "số liệu nêu tại báo cáo là số liệu phát sinh trong quý
# II năm 2023; số liệu lũy kế … ghi trong ngoặc")
_UNMARKED_FIGURES_ARE = re.compile(
    r"\bso(?: lieu)? (?:ghi (?:truoc|dau tien|ngoai ngoac(?: don)?)|ngoai ngoac(?: don)?"
    r"|khong (?:ghi|kem|co)(?: chu| ro)? (?:ky|ten ky|ngoac(?: don)?)"
    r"|(?:neu |ghi )?(?:tai|trong) bao cao(?: nay)?(?! so\b))"
    r"(?: \w+){0,6}? (?:la|chi) (?P<period>.+)$"
)
READING_KEY = "note on how the figures are written"
# Lines a note on the report's figures may sit in: the title block and the opening paragraphs.
_READING_KEY_LINES = 30


# "số ghi trong ngoặc đơn, nếu không ghi chú khác, là số thực hiện năm 2015": a note on the values the report writes in
# brackets after its figures.
_BRACKETED_FIGURES_ARE = re.compile(
    r"\bso(?: lieu)? (?:ghi |neu )?(?:trong|trong dau) ngoac(?: don)?(?: \w+){0,6}? la (?:so(?: lieu)? )?"
    r"(?:thuc hien |cung ky )?(?P<period>.+)$"
)


def _bracket_key_year(lines: list[str], report_code: str) -> int | None:
    """The year of the values a note says the report writes in brackets, when they are the report's period a year
    earlier (a note naming another period, or several, is no key)."""
    for line in lines[:_READING_KEY_LINES]:
        for clause in re.split(r"[;.](?!\d)", line):
            match = _BRACKETED_FIGURES_ARE.search(normalize_label(clause))
            if match is None:
                continue
            # (its words that period alone: not "số liệu của tỉnh Khăm Muộn năm 2018", another body's)
            # ("… là số liệu năm 2016 để so sánh": what they are for)
            period = re.sub(r" de (?:so sanh|doi chieu)$", "", match.group("period").strip())
            scopes = find_scopes(period, None)
            if len(scopes) != 1 or scopes[0][1].evidence != period:
                return None
            if not is_period_code(code := scopes[0][1].code or ""):
                return None
            year = period_from_code(code).start_date.year
            try:
                earlier = same_period_a_year_earlier(report_code, year)
            except ScopeError:
                return None
            return year if earlier == code else None
    return None


def _reading_key(lines: list[str], title_text: str, year: int | None) -> PeriodReading | None:
    """The period of a report's unmarked figures, when a note says which of the two periods its title names they are
    ("… quý II và 6 tháng đầu năm 2023" over "số ghi trước là số lũy kế 6 tháng đầu năm 2023; số trong ngoặc … là số
    quý II"): each clause of the note is read alone, and a note naming another period, none, or the same period of an
    earlier year ("số ngoài ngoặc là số cùng kỳ năm 2023") is no key."""
    for line in lines[:_READING_KEY_LINES]:
        for clause in re.split(r"[;.,](?!\d)", line):
            match = _UNMARKED_FIGURES_ARE.search(normalize_label(clause))
            if match is None:
                continue
            # (every period phrase of the note one of the codelist's: not "số lũy kế từ đầu năm", counted since January)
            scopes = [scope for _, scope in find_scopes(match.group("period"), year)]
            named = {scope.code for scope in scopes}
            if (
                len(named) != 1
                or not all(is_period_code(scope.code) for scope in scopes)
                or any(scope.kind == "same_period_earlier" for scope in scopes)
            ):
                return None
            # (the note may stand in the title's block, under its last line: the title's own periods without it)
            if (code := next(iter(named))) in periods_named(title_text.replace(clause, " "), year):
                return PeriodReading(READING_KEY, code, clause.strip()[:200])
    return None


# "Trừ khi câu hỏi ghi khác, số liệu giai đoạn tính từ 01/01/2018 đến 31/12/2022": the days the figures cover.
# (the days written with slashes or in words: "từ ngày 01 tháng 4 năm 2023 đến ngày 30 tháng 6 năm 2023")
_DATA_RANGE = re.compile(
    rf"\bso lieu(?: \w+){{0,6}}? (?:tinh )?tu (?:ngay )?{_DAY} (?:den|toi) (?:het )?(?:ngay )?{_DAY}\b"
)


_CITES_ANOTHER_DOCUMENT = re.compile(
    r"\b(?:van ban|bao cao|cong van|ke hoach|quyet dinh|to trinh) so\b|\bda (?:gui|bao cao|cung cap)\b"
)


def _data_range(lines: list[str]) -> PeriodReading | None:
    """The period the opening of a report with no other period says its figures run over, when its days bound a
    period of the codelist or whole years."""
    clauses = (clause for line in lines[:_READING_KEY_LINES] for clause in re.split(r"[;.](?!\d)", line))
    for clause in clauses:
        words = normalize_label(clause)
        match = _DATA_RANGE.search(words)
        if match is None or _CITES_ANOTHER_DOCUMENT.search(words):
            # ("Sở đã gửi số liệu từ ngày 01/10 đến ngày 31/12/2023 tại Văn bản số 45": another document's figures)
            continue
        try:
            start, end = (dt.date(int(y), int(m), int(d)) for d, m, y in (match.groups()[:3], match.groups()[3:]))
        except ValueError:
            return None
        whole_years = (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and end.year > start.year
        code = f"{start.year}-{end.year}" if whole_years else code_of_dates(start, end)
        return PeriodReading("the days its figures cover", code, clause.strip()[:200]) if code else None
    return None


def _reports_on_a_part(subject: str) -> bool:
    """Whether a normalised subject reports on a part of a month or quarter ("báo cáo nhanh hoạt động đối ngoại 10 ngày
    đầu tháng 7 2019")."""
    part = PART_OF_A_PERIOD.search(subject)
    return part is not None and bool(_PART_REPORTED.search(subject[: part.start()]))


# Words of a subject saying it reports on what follows (not "đề nghị gửi số liệu …", a request).
_PART_REPORTED = re.compile(r"\b(?:bao cao|tinh hinh|hoat dong|ket qua|tong hop)\b")


def read_structure(all_lines: list[str]) -> ReportStructure:
    """The report's period from its title block, date line, section-I heading and closing line
    (an e-mail's: its subject line); a document forwarded below a message is not read for it."""
    message = message_parts(all_lines)
    lines = all_lines[: message.forwarded_start] if message.forwarded_start is not None else all_lines
    date, date_index = _report_date(lines)
    date_year = date.year if date else None
    title = _title_blocks(lines)
    furniture = furniture_lines(lines)
    # The letterhead, the national motto and the number line stand above the title.
    preamble = list(range(title[0])) if title else []
    readings: list[PeriodReading] = []
    title_text = " ".join(lines[index] for index in title)
    served = _PURPOSE_BRACKET.sub(" ", title_text)  # (the title without the occasion it is written for)
    # The one year a title names, for its year-less phrases when it names no single period.
    # (not a thing's made for a year: "NỘI DUNG LỊCH ĐỂ BÀN NĂM 2024" prints figures of another year)
    made_for_a_year = bool(title) and starts_with_phrase(normalize_label(title_text), word_list("dated_object_titles"))
    title_years = set(re.findall(_YEAR, reported_part(normalize_label(title_text))[0])) if title else set()
    named_year = int(next(iter(title_years))) if len(title_years) == 1 and not made_for_a_year else None
    sheet = bool(title) and starts_with_phrase(normalize_label(title_text), word_list("sheet_titles")) is not None
    # (a script's title names a span of years only through the review it runs: not a ceremony's agreement term,
    # "KỊCH BẢN LỄ KÝ KẾT … GIAI ĐOẠN 2025 - 2030")
    occasion = bool(title) and starts_with_phrase(normalize_label(title_text), word_list("occasion_titles")) is not None
    unreviewed = occasion and not has_any(normalize_label(title_text), word_list("occasion_reviews"))
    spoken = bool(title) and starts_with_phrase(normalize_label(title_text), word_list("spoken_record_titles"))
    if (
        title
        and not made_for_a_year
        and not spoken
        and (code := period_in(title_text, date_year))
        and not (unreviewed and period_from_code(code).period_type == "multi_year")
        and not (sheet and _kept_over_the_year(code, date))
    ):
        readings.append(PeriodReading("title", code, title_text.strip()[:200]))
    # "… tháng 12 và cả năm 2022": the report covers two periods, and its first section's heading
    # ("I. KẾT QUẢ THÁNG 12/2022") names only one of them.
    two_periods = bool(title) and (
        _names_two_periods(_SERVES_AN_OCCASION.sub(" ", reported_part(normalize_label(served))[0]))
        or _names_two_months(served)
    )
    if two_periods and (key := _reading_key(lines, title_text, named_year or date_year)):
        readings.append(key)
    for line in lines if not two_periods else []:
        normalised = normalize_label(line)
        if heading_level(line) == 1 and _SECTION_ONE.match(normalised.lstrip("# ")):
            if code := period_in(line, date_year):
                readings.append(PeriodReading("section I heading", code, line.strip()[:200]))
            break
    if title and not readings and not two_periods and (part := _first_part_heading(lines, title[-1] + 1, date_year)):
        # ("Phần thứ nhất" / "KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT … NHIỆM KỲ 2020 - 2025" under a title naming the congress the
        # report is taken to: the first part says which period its results are of)
        if code := period_in(part, date_year):
            readings.append(PeriodReading("first part heading", code, part.strip()[:200]))
    for line in lines[::-1][:12] if not two_periods else []:
        if _CLOSING.match(normalize_label(line)) and (code := period_in(line, date_year)):
            readings.append(PeriodReading("closing line", code, line.strip()[:200]))
            break
    if field := _reporting_period_field(lines, named_year or date_year):
        # ("- Kỳ báo cáo: ……… Quý III năm 2018" on a form whose title names "quý III và lũy kế 9 tháng": the form says
        # which of them it reports)
        readings.insert(0 if two_periods else len(readings), field)
    subject, subject_lines = letter_subject(lines) if not title else ("", [])
    subject_names_two = bool(subject) and (
        _names_two_periods(reported_part(normalize_label(subject))[0]) or _names_two_years(normalize_label(subject))
    )
    if subject and not readings and not subject_names_two and (code := period_in(subject, date_year)):
        readings.append(PeriodReading("letter subject", code, subject[:200]))
    if message.subject and not readings and (code := period_in(message.subject, date_year)):
        readings.append(PeriodReading("e-mail subject", code, message.subject[:200]))
    if not readings and not two_periods and (ranged := _data_range(lines)):
        readings.append(ranged)
    # (or, in a page with no date line of its own, a headline in capitals: "HOẠT ĐỘNG ĐỐI NGOẠI 9 THÁNG: …" under a
    # site's name)
    in_capitals = date_index is None and not any(char.islower() for char in lines[title[0]]) if title else False
    # (and a script's title naming no review it runs: "KỊCH BẢN VIDEO …" over "ĐỐI NGOẠI HÀ TĨNH - 6 THÁNG …")
    headline = bool(title) and (
        (
            (lines[title[0]].lstrip().startswith("#") or in_capitals)
            and not normalize_label(lines[title[0]]).startswith(word_list("title_openers"))
        )
        or unreviewed
    )
    # (an official letter whose subject names no period, "V/v đính chính số liệu tại Báo cáo số 498/BC-SNgV", is no
    # article: its lines are no lead)
    # (nor an e-mail reporting on a part of a period, "Báo cáo nhanh … 10 ngày đầu tháng 7/2019": no lead below says
    # more; not one asking for figures by a day, "Đề nghị gửi số liệu trong 05 ngày đầu tháng 7")
    part_of_a_period = _reports_on_a_part(normalize_label(message.subject)) if message.subject else False
    if (not title or headline) and not readings and not two_periods and not subject and not part_of_a_period:
        # A press article has no title block, or a headline naming no period: its lead paragraph
        # says which review it reports on.
        # (a leader quoted in the lead paragraphs speaks of other years: "… nhấn mạnh: “Năm 2025, …”")
        body = [_QUOTED.sub(" ", line) for index, line in enumerate(lines) if index not in furniture]
        code, words = report_period(body[:4])
        if not code:
            code, words = lead_period(lines, furniture)
        if code:
            readings.append(PeriodReading(ARTICLE_LEAD, code, words))
    dated = {date_index} if date_index is not None else set()
    not_body = set(title + preamble + subject_lines) | furniture | dated | message.not_body | translated_lines(lines)
    structure = ReportStructure(
        None,
        "",
        date,
        frozenset(not_body),
        issuer=_other_issuer(lines[: title[0]] if title else lines[: min(subject_lines)] if subject_lines else []),
        named_year=named_year,
        forwarded_start=message.forwarded_start,
        forwarded_reason=message.forwarded_reason,
        forwarded_set_aside=message.forwarded_by_other_body,
        subject=title_text or subject or message.subject,
        title_names_no_period=made_for_a_year or bool(spoken),
        title_periods=frozenset()
        if made_for_a_year
        else periods_named(title_text, named_year or date_year)
        if two_periods
        # ("V/v ký ban hành Báo cáo … quý III và 9 tháng năm 2019" over a note with no title: the subject names them)
        else periods_named(subject, date_year)
        if subject and not readings and subject_names_two
        else frozenset(),
    )
    if not readings:
        structure.evidence = "no reporting period in the title block, the section I heading or the closing line"
        # ("Số liệu cập nhật đến ngày 30/9/2025" atop a fact sheet: the day its figures run to, whatever they name)
        structure.data_cut_off = _data_as_of(lines[:15])
        return structure
    first = readings[0]
    structure.period_code, structure.evidence = first.code, f"{first.place}: {first.words}"
    structure.unmarked_figures_keyed = first.place == READING_KEY
    structure.bracketed_year = _bracket_key_year(lines, first.code)
    # (in the last quarter of the report's period: not the dates of an earlier report it cites, "số liệu đến ngày
    # 15/6/2024" in a report on the year; with no period, which period's end it falls before is not known)
    # (and a note in brackets closing the title block: "(Số liệu thực hiện tính đến hết ngày 15/12/2024; …)")
    closing_note = bool(title) and lines[title[-1]].lstrip().startswith("(")
    cut_off = _data_cut_off(lines, title[-1] + (0 if closing_note else 1)) if title else None
    if cut_off is not None and _in_last_quarter(cut_off, first.code):
        structure.data_cut_off = cut_off
    # (a remark under the title is in its block; with no title block, as in an e-mail whose subject names the period,
    # the opening is the message's first lines: "> Lưu ý: … các số ghi ước quý I là số ước thực hiện đến 31/3/2025")
    estimated_to = _estimated_to(lines, title[0] if title else 0, period_from_code(first.code).end_date)
    if estimated_to is not None and _in_last_quarter(estimated_to, first.code):
        structure.estimated_to = estimated_to
        # (in the sentence giving that day: not "… ước thực hiện đến hết ngày 30/6/2017; danh sách các đoàn … chi tiết
        # tại Phụ lục", an annex of something else)
        structure.estimates_in_an_annex = any(
            _ESTIMATED_TO.search(words) and _ESTIMATES_IN_AN_ANNEX.search(words)
            for line in _opening_lines(lines, title[0] if title else 0)
            for words in map(normalize_label, re.split(r"[;.](?!\d)", line))
        )
    # (not one that says its figures replace the estimates: "… (số liệu chính thức, thay thế … số liệu ước)")
    structure.title_estimated = (
        bool(title)
        and bool(_TITLE_ESTIMATE.search(normalize_label(title_text)))
        and "chinh thuc" not in normalize_label(title_text)
    )
    for other in readings[1:]:
        if other.code != first.code:
            structure.disagreements.append(
                f"the {first.place} names {first.code} but the {other.place} names {other.code} ('{other.words}')"
            )
    if date and period_from_code(first.code).start_date > date:
        structure.disagreements.append(
            f"the report is dated {date:%d/%m/%Y}, before the period {first.code} it names begins"
        )
    elif date and period_from_code(first.code).end_date > date + REPORTING_SLACK:
        # "Báo cáo chính trị … nhiệm kỳ 2025 - 2030" dated 12/5/2025: the term ahead, whose results are not known yet.
        structure.disagreements.append(
            f"the report is dated {date:%d/%m/%Y}, long before the period {first.code} it names ends"
        )
    return structure
