"""Parts of a sentence that change what the figures in them mean.

- a comparison in parentheses, "(cùng kỳ năm 2022: 15 đoàn/52 lượt)": its figures belong to
  the same period a year earlier, and its year never re-dates the figure before it;
- a sub-count, "42 đoàn, trong đó có 09 đoàn cấp tỉnh": part of the headline before it;
- a label, "Đoàn ra: 19 đoàn", "Hội nghị, hội thảo quốc tế được tổ chức: 07": the words
  before the colon name what the number counts;
- a period-labelled parenthesis, "(tháng 2/2026: 02 đoàn/06 lượt người)": its figures have the
  label's period, and the label never re-dates the figure before it;
- a comparison base, "bằng 72% số đoàn của cả năm 2025": the period it names is the base of a
  ratio, not the period of the figure before it;
- the subject, "Tỉnh Nghệ An đón 12 đoàn", "cả nước có 6 triệu người", "Sở Y tế tiếp nhận 04
  đoàn", "KOICA đã khởi công ...": a figure of somebody other than the province is not one of
  the department's indicators.

Everything works on the original text and returns character spans, so offsets stay true.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import unicodedata
from dataclasses import dataclass

import pycountry

from dagster_project.documents.forms import load_forms, starts_with_phrase
from dagster_project.documents.partners import ADMINISTRATIVE_ACRONYMS, partner_opening
from dagster_project.documents.quantities import Quantity, counted_quantities, find_quantities
from dagster_project.documents.rules import (
    counted_nouns,
    foreign_names,
    has_any,
    indicator_vocabularies,
    load_rules,
    read_unit,
)
from dagster_project.documents.scopes import period_label
from dagster_project.documents.word_lists import word_list
from dagster_project.parsing.text import MONTH_IN_WORDS, normalize_label

# ("(CK: 29 đoàn/118 lượt)": the clerks' "CK" for "cùng kỳ", in capitals, a colon and a number after it; "CK Cầu
# Treo", "(CK: Cầu Treo 06 đoàn)" name a gate)
_COMPARISON = re.compile(
    r"\(\s*(?:so với\s+)?(?:cùng\s+k[ỳì]|(?-i:CK)"
    r"(?=(?:\s+(?:năm\s+)?(?:19|20)\d{2})?\s*:\s*(?:(?:khoảng|gần|trên|hơn|xấp xỉ)\s+)?\d))"
    r"(?:\s+(?:năm\s+)?(?P<year>(?:19|20)\d{2}))?[^()]*\)",
    re.IGNORECASE,
)
# To the next comma or semicolon; a parenthesis inside ("1 dự án ... (FDI) với ...") belongs to it.
# "trong đó 08 vụ ...", "Trong các vụ việc bảo hộ công dân có 02 vụ ...", "trong số đó có 3 đoàn".
_SUB_COUNT = re.compile(
    # "05 thỏa thuận quốc tế, gồm 02 thỏa thuận … và 03 thỏa thuận …" ("gồm: hai biên bản …"): the parts, to
    # the clause end.
    # ("gồm: cấp mới 02 tổ chức, gia hạn 05 tổ chức …": a few words of each part before its number)
    # (not "7 đoàn gồm 45 lượt khách …": the delegations' people, counted beside them, not a part of them)
    r"\b(?!(?<=\d\sđoàn\s)gồm\s+[\d.]+\s+lượt\b)"
    r"(?:bao\s+)?gồm(?:\s+có)?\s*:?(?=\s+(?:[^\W\d_]+\s+){0,3}(?:\d|(?:một|hai|ba|bốn|sáu|bảy|tám|chín|mười)\s))"
    r"(?:[^;()]|\((?:[^()]|\([^()]*\))*\))*|"
    # "trong đó cơ quan đại diện ngoại giao, tổ chức quốc tế: 07 đoàn": a labelled part, commas and all.
    # ("trong đó đoàn của cơ quan đại diện ngoại giao, tổ chức quốc tế là 11 đoàn …": the same, with "là")
    r"\btrong\s+đó\b[^;:()]{0,80}(?::|\slà(?=\s+\d))[^;()]*|"
    # "trong đó có 14 đoàn của các cơ quan đại diện ngoại giao, tổ chức quốc tế … với 96 lượt khách":
    # the owners' list holds commas; the part runs to the end of the clause ("trong đó có 11 đoàn với 86
    # lượt khách là cơ quan đại diện ngoại giao nước ngoài, tổ chức quốc tế tại Việt Nam" too).
    # ("trong đó 5 đoàn/37 lượt khách là cơ quan đại diện …", "trong số này có 10 đoàn …" too)
    r"\btrong\s+(?:đó|số\s+(?:đó|này))(?:\s+có)?\s+\d+\s+(?:đoàn|phái\s+đoàn)\s*"
    r"(?:(?:với\s+|/\s*)[\d.]+\s+lượt(?:\s+\w+)?\s+)?"
    r"(?:của|thuộc|là)\b[^;()]*|"
    # "trong đó có nhiều đoàn cấp cao của các tỉnh Lào, Đại sứ quán Nhật Bản, …": parts named without a
    # count, the list and all, to the end of the clause.
    r"\btrong\s+(?:đó|số\s+(?:đó|này))\s+(?:có\s+)?(?:nhiều|một\s+số|phần\s+lớn|chủ\s+yếu|hầu\s+hết)\b[^;()\d]*|"
    # "237 đoàn ra …; trong đó, các đoàn trao đổi với các tỉnh của Lào chiếm 102 đoàn ra (43%) …": after a figure of
    # the sentence, a part named before its count, to the next comma (not "Trong đó, quý I …", whose parts are the
    # clauses after it)
    r"(?<=[,;]\s)trong\s+(?:đó|số\s+(?:đó|này))\s*,(?!\s*(?:trong\s+)?(?:quý|tháng|năm|riêng)\b)(?=[^;()\d]{1,80}\d)"
    r"(?:[^,;()]|(?<=\d),(?=\d)|\((?:[^()]|\([^()]*\))*\))*|"
    r"\btrong\s+(?:đó|số\s+(?:đó|này)|(?:số|các)\s+(?!năm\b|tháng\b|quý\b|ngày\b|tuần\b|kỳ\b|đợt\b|dịp\b|giai\s+đoạn\b)"
    r"[^,;:()\d]{1,60}?\s+có(?=\s+\S*\d))"
    # to the next comma or semicolon, or past a comma that opens the next part ("…, 06 vụ lao động …", "trong
    # đó quý I đón 04 đoàn, quý II đón 05 đoàn", "trong đó xuất cảnh 48.610 lượt, nhập cảnh 48.315 lượt": a few words
    # and a number, not a change nor what goes with the part ("trong đó có 09 đoàn cấp tỉnh, với 236 lượt …"); not
    # "Trong đó, quý I …": the parts are the clauses after it) (a bracket may hold a name's: "(chủ yếu tại Đài Loan
    # (Trung Quốc))")
    r"(?:[^,;()]|(?<=\d),(?=\d)|,(?=\s*\d)|(?<!đó),(?=\s*(?:quý|tháng)\s+[\dIVX])|(?<!đó),(?=\s*(?!(?:tăng|giảm|bằng|gấp|vượt|với|và|cùng|đạt|là|so|tổng|năm|quý|tháng)\b)[^\W\d_]+(?:\s+[^\W\d_]+){0,4}\s+\d)|\((?:[^()]|\([^()]*\))*\))*",
    re.IGNORECASE,
)
# "Trong 9 vụ việc bảo hộ công dân quý III có 4 vụ liên quan đến …": among a counted whole, its part, from
# "có" to the clause's end, past commas ("có 04 đoàn là cơ quan đại diện ngoại giao, tổ chức quốc tế … với 27
# lượt khách" describes the part throughout); the whole, and what its words name, stay outside.
_AMONG_COUNTED = re.compile(
    r"\btrong\s+\d[\d.,]*\s+(?!(?:năm|tháng|quý|ngày|tuần|kỳ|đợt|giờ|phút)\b)[^,;:()\d]{1,60}?\s+(?P<part>có(?=\s+\S*\d)(?:[^;()]|\([^()]*\))*)",
    re.IGNORECASE,
)
# "(số liệu năm 2025 là ước thực hiện)", "(năm 2025 là số ước)": a note on the figures, of words and years
# only; it names no period of theirs (clause_figures reads it for their qualifier).
# (it names the year: "năm 2025 (ước): 39 đoàn" marks its own figure, and stays)
# (not "điều ước", "công ước", "hiệp ước": treaties; nor "(ước cả năm 2026)", "(ước tính đến hết năm 2026)",
# which name the figure's period)
_ESTIMATE_NOTE = re.compile(
    r"\((?=[^()]*(?<!điều )(?<!công )(?<!hiệp )\bước\b)(?![^()]*\b(?:cả\s+năm|hết\s+năm|đến)\b)"
    r"(?=[^()]*\b(?:19|20)\d{2}\b)(?:[^()\d]|\b(?:19|20)\d{2}\b)*\)",
    re.IGNORECASE,
)
_LEADING_ADVERBIAL = re.compile(r"^[\s\-–•*+]*(?:[^,;:()]{0,60},\s*)?")  # (not into a bracket)
_NAMED_PLACE = re.compile(
    # ("tỉnh bạn Nghệ An năm qua đón hơn 90 đoàn vào": a neighbour named as a friend)
    r"^(?i:(?:riêng|đối với|về)\s+)?(?P<kind>(?i:tỉnh|thành phố|thị xã|nước|huyện))\s+(?i:bạn\s+)?"
    r"(?P<name>[A-ZĐÂĂÊÔƠƯ][\w]*(?:\s+[A-ZĐÂĂÊÔƠƯ][\w]*)*)"
)
_HOME = {"ha tinh"}


@functools.lru_cache(maxsize=1)
def _other_provinces() -> tuple[str, ...]:
    """The names of Viet Nam's other provinces and cities (ISO 3166-2:VN), as written, in lower case: "Nghệ An có …" is
    theirs (compared with their diacritics: "Điện Biên" is no "diễn biến")."""
    names = {
        unicodedata.normalize("NFC", subdivision.name.lower())
        for subdivision in pycountry.subdivisions.get(country_code="VN")
    }
    return tuple(sorted(names - {"hà tĩnh"}, key=len, reverse=True))


def _opens_with_another_province(text: str) -> str | None:
    """ "Hiện Nghệ An có hơn 2.000 lưu học sinh Lào", "Quảng Bình đón 30 đoàn": another province as the subject."""
    words = unicodedata.normalize("NFC", " ".join(text.lstrip(" -–•*+").lower().split()))
    words = re.sub(r"^(?:hiện nay|hiện tại|hiện|đến nay|năm nay),? ", "", words)
    opening = f"{words} "
    if not opening.startswith(_other_province_openings()):
        return None
    return next((name for name in _other_provinces() if opening.startswith(f"{name} ")), None)


@functools.lru_cache(maxsize=1)
def _other_province_openings() -> tuple[str, ...]:
    return tuple(f"{name} " for name in _other_provinces())


# "tăng 07 đoàn so với năm 2024 (45 đoàn/240 lượt người)", "cao hơn tháng 2/2017 (46.980 lượt)": the figures of the
# period compared with.
# A named period a value is compared with ("năm 2024", "quý II/2024", "tháng 5 năm 2024"), or a month or quarter of the
# year before the report's ("tháng Sáu năm trước"), a month also in words. ("năm trước" alone is no period understood.)
_YEAR_OR_THE_ONE_BEFORE = r"(?:(?:19|20)\d{2}|trước)"
# (and a span of years, "giai đoạn 2011 - 2015")
_BASE_PERIOD = (
    rf"(?:năm\s+(?:19|20)\d{{2}}|quý\s+[IVX\d]+(?:/|\s+năm\s+){_YEAR_OR_THE_ONE_BEFORE}"
    rf"|tháng\s+(?:\d{{1,2}}|{MONTH_IN_WORDS})(?:/|\s+năm\s+){_YEAR_OR_THE_ONE_BEFORE}"
    r"|giai\s+đoạn\s+(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}"
    # ("so với 6 tháng cuối năm 2018 (24 dự án, …)", "so với 9 tháng năm 2022 (…)", "so với cả năm 2023 (…)")
    r"|(?:0?[369]|ba|sáu|chín)\s+tháng(?:\s+(?:đầu|cuối))?(?:\s+năm)?\s+(?:19|20)\d{2}|cả\s+năm\s+(?:19|20)\d{2})"
)
_NAMED_BASE = re.compile(
    rf"\b(?:so\s+với|(?:cao|thấp|nhiều|ít|lớn)\s+hơn(?:\s+so\s+với)?)\s+(?P<period>{_BASE_PERIOD})"
    # (not a bracket giving the difference: "cao hơn năm 2024 (chênh lệch 12.000 lượt người)"; nor one labelling its
    # values with periods of their own, a series: "so với năm trước (năm 2022: 19 vụ việc; năm 2021: 15 vụ việc)")
    r"\s*(?P<paren>\((?![^()]*\b(?:chênh lệch|chênh|vượt|tăng|giảm)\b)"
    r"(?![^()]*\b(?:năm|quý|tháng)\s+[IVX\d][^():]*:[^()]*;)"
    # (nor one naming a period or an estimate of its own: "(06 vụ việc trong quý III/2022)", "(… tính đến hết tháng
    # 9/2022)", "(ước cả năm 2023 là 75 đoàn)")
    r"(?![^()]*\b(?:quý\s+[IVX\d]|tháng\s+\d|cả\s+năm|đến\s+hết|tính\s+đến|ước|dự\s+kiến)\b)"
    r"[^()]*\d[^()]*\))",
    re.IGNORECASE,
)
# "gấp hơn 5 lần năm 2021 (09 đoàn/31 lượt)", "gấp đôi năm 2022 (21 đoàn)": a ratio to a named period, whose value
# (or pair of values) stands in the bracket; not "(từ 06 lên 12 hội nghị)", "(với 420 lượt khách)", "(đi Lào 30 đoàn,
# …)", which say more than the base's value.
_VALUE_IN_BRACKET = r"(?:(?:khoảng|gần|trên|hơn)\s+)?\d[\d.,]*\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,3}"
_RATIO_BASE = re.compile(
    r"\bgấp\s+(?:(?:hơn|gần|khoảng|trên)\s+)?(?:\d+(?:[.,]\d+)?\s+lần|đôi|rưỡi)(?:\s+so\s+với)?"
    rf"\s+(?P<period>{_BASE_PERIOD})\s*(?P<paren>\(\s*{_VALUE_IN_BRACKET}(?:\s*/\s*{_VALUE_IN_BRACKET})?\s*\))",
    re.IGNORECASE,
)
# "tăng gấp rưỡi so với 4 thỏa thuận của năm 2025": the figure compared with, its period after it.
_COUNTED_BASE = re.compile(
    r"\bso\s+với\s+(?:mức\s+|con\s+số\s+)?(?P<paren>(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?\d[\d.,]*\s+[^\d,;()]{1,40}?\s+"
    rf"(?:của\s+|trong\s+|vào\s+)?(?P<period>{_BASE_PERIOD}))",
    re.IGNORECASE,
)
# "tăng 60% so với cùng kỳ năm 2020 (05 vụ việc)": the figure of the same period a year earlier.
_SAME_PERIOD_BASE = re.compile(
    # (not "(cả năm 2023 xử lý 29 vụ việc)": a bracket naming its own period)
    r"\bso\s+với\s+cùng\s+k[ỳì](?:\s+năm\s+(?P<year>(?:19|20)\d{2}))?\s*"
    r"(?P<paren>\((?![^()]*\b(?:năm|quý|tháng)\s+(?:[IVX]+|\d))[^()]*\d[^()]*\))",
    re.IGNORECASE,
)
# "tăng so với cùng kỳ năm 2022 là 10 vụ", "giảm so với năm 2023: 02 đoàn": the value compared with, or the change;
# the words do not say which.
_BASE_OR_CHANGE = re.compile(
    rf"\bso\s+với\s+(?:cùng\s+k[ỳì](?:\s+năm\s+(?:19|20)\d{{2}}|\s+năm\s+trước)?|{_BASE_PERIOD}|năm\s+trước)"
    r"\s*(?:là|:)\s*(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?\d[\d.,]*(?:\s+[^\W\d_]+){0,3}",
    re.IGNORECASE,
)
# "(01 vụ tại Hàn Quốc, 01 vụ tại Nhật Bản)" after a figure: its breakdown.
_PARENTHESIS = re.compile(r"\([^()]*\d[^()]*\)")
# "Đài Loan (Trung Quốc)": a bracket that names a name more fully, right after it; read as part of the name, so
# a breakdown around it stays one ("(02 vụ việc … tại Đài Loan (Trung Quốc), 01 vụ việc …)"). Not "(dự kiến)",
# "(đến ngày 20/6)", "(đoàn ra)": notes that change what the figure is.
_NAME_BRACKET = re.compile(r"(?<=[^\W\d_])\s*\([^\W\d_][^()\d]{0,40}\)")
_WHOLE_OF = re.compile(r"\(\s*(?:trong|trên)\s+tổng\s+số\b", re.IGNORECASE)
# The name of a programme, plan or event with its years ("Chương trình hợp tác giai đoạn 2021 - 2025",
# "Hội nghị tổng kết công tác đối ngoại năm 2024"): its period is part of the name, not a figure's.
_NAME_WITH_PERIOD = re.compile(
    r"\b(?:Chương trình|Kế hoạch|Đề án|Nghị quyết|Chiến lược|Quy hoạch|Hội nghị|Hội thảo|Lễ|Diễn đàn|Hiệp định"
    r"|Chỉ thị|Tuần lễ|Ngày hội|Năm Đoàn kết|Luật|Nghị định|Thông tư|Pháp lệnh|Công ước|Hiệp ước"
    r"|Biên bản thỏa thuận|Biên bản ghi nhớ|Bản ghi nhớ|Thỏa thuận hợp tác)"
    r"\b[^,;.():]{0,80}?(?:giai đoạn|thời kỳ|nhiệm kỳ|năm|đến năm)\s+(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?"
)
# "Ngoài nguồn viện trợ PCPNN, năm 2022 tỉnh đã thu hút được 04 dự án ODA": what the sentence sets
# aside before its own subject ("besides …"); not "Ngoài ra, …" (moreover).
_BESIDES = re.compile(r"^\W*ngoài\s+(?!ra\b)[^,;:\d]{3,80},", re.IGNORECASE)
# A line of fields: "Đoàn ra – 17 đoàn/74 lượt – cùng kỳ 2022: 9 đoàn – tăng 25%" (dashes or tabs).
_FIELD_SEPARATOR = re.compile(r"\s[–—]\s|\t")
_FIRST_FIELD = re.compile(r"([^:;()\d–—\t]{3,80}?)(?:\s[–—]\s|\t)")
_LABELLED = re.compile(r"\(\s*(?P<label>[^():;]{2,30}):[^()]*\)")
_NEXT_LABEL = re.compile(r";\s*(?P<label>[^():;]{2,30}):")
_PERIOD_LABEL = re.compile(
    r"(?:ca |rieng |tinh chung )?(?:nam|quy [ivx]+|thang \d{1,2}|\d{1,2} thang(?: dau nam)?|6 thang (?:dau|cuoi) nam)"
    r"(?: nam)? (?:19|20)\d{2}"
)
_PERIOD_WORD = re.compile(r"\b(?:thang|quy|q[ivx]{1,3}|nam|ky|dau nam)\b")  # ("QI/2021": the clerks' "quý I")
# "bằng 72% số đoàn của cả năm 2025", "đạt 40% kế hoạch năm 2024", "tăng 1,5 lần": up to the next comma.
_COMPARISON_BASE = re.compile(
    r"\b(?:bằng|đạt|tương đương|tăng|giảm|vượt|gấp)\s+(?:khoảng\s+|gần\s+|hơn\s+)?\d+(?:[.,]\d+)?\s*"
    r"(?:%|phần trăm|lần)(?:(?!\s(?:và|đồng thời)\s)[^,;.()])*",
    re.IGNORECASE,
)
# ", nâng tổng số … lên", ", đưa tổng số … lên": the total a count adds up to.
_RAISES_THE_TOTAL = re.compile(r",\s*(?:nâng|đưa)\s+tổng\s+số\b", re.IGNORECASE)
# "Ký kết 06 thỏa thuận quốc tế, bằng số thỏa thuận đã ký của năm 2023", "ngang với cùng kỳ năm trước": an equal base
# named without a ratio; its period is the base's, not the figure's, and a figure compared so is not certain to be of
# the period its other words name (``equal_base_after``). (Not "bằng hình thức trực tuyến", "bằng nguồn vốn …": by what
# means.)
_EQUAL_BASE = re.compile(
    r"\b(?:bằng|ngang(?:\s+bằng)?|tương đương)\s+(?:với\s+)?(?:số|mức|con số|cùng kỳ|năm|quý|tháng|kỳ)\b[^,;.()]*",
    re.IGNORECASE,
)
# "quý I là thời điểm lưu lượng cao nhất trong năm với 133.024 lượt người", "…, cao nhất trong năm": the period a
# superlative ranks over, not the figure's.
_SUPERLATIVE_BASE = re.compile(
    r"\b(?:cao|thấp|nhiều|ít|lớn|đông)\s+nhất\s+(?:trong\s+|của\s+)?(?:cả\s+)?(?:năm|quý|tháng|kỳ)"
    r"(?:\s+(?:[IVX]+\b|\d{1,2}\b))?(?:\s*(?:/|năm)\s*(?:19|20)\d{2})?",
    re.IGNORECASE,
)
_NUMBERING = re.compile(r"^[\s\-–•*+]*(?:(?:[IVX]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s+)?")
# "trong đó", "trong số đó", "trong số này" before a capitalised name: the name says whose part the figure is.
_PART_OF_WHOLE_OPENER = re.compile(r"^\s*(?i:trong\s+(?:đó|số\s+đó|số\s+này))\s+(?=[A-ZĐÂĂÊÔƠƯ])")
_ADVERBIAL_OPENERS = (
    r"^(?:\d+ )?(?:trong|nam|ngoai ra|ben canh do|dong thoi|rieng|theo|tinh den|den|tu|quy|thang|sau|nhan dip|hien nay|"
    r"hien|cung ky|ngay|sang|chieu|toi|vua qua|gan day|ket qua|nhin chung|cu the|doan ra|doan vao)\b"
)
# (not the clerks' month or quarter, "T10/2018", "QIV/2024")
_ACRONYM_SUBJECT = re.compile(r"^(?!T\d{1,2}\b|Q(?:[1-4]|I{1,3}|IV)\b)(?P<name>[A-Z][A-Z0-9&]{2,9})\b(?!\s*:)")


@dataclass(frozen=True)
class Segment:
    kind: str  # comparison, labelled, comparison_base, sub_count, aside, note or name
    start: int
    end: int
    named_year: int | None = None
    named_period: str | None = None  # "so với năm 2024 (45 đoàn/240 lượt người)": the period before the parenthesis
    # a bracket of values the report's opening note dates ("số ghi trong ngoặc … là số thực hiện năm 2015"): only a
    # figure of the report's own period is compared with it
    keyed: bool = False


# "40 đoàn với 262 lượt CBCCVC đi công tác nước ngoài (kể cả các đoàn đi đào tạo)": what the count includes, in a
# bracket without numbers; its words do not say what is counted.
# (not "(gồm cả đoàn ra và đoàn vào)", "(kể cả đoàn vào)": kinds an indicator counts, which say the count is mixed)
_INCLUDED_NOTE = re.compile(
    r"\((?:kể cả|bao gồm cả|tính cả|gồm cả)\s(?![^()]*\b(?:đoàn ra|đoàn vào|khách)\b)[^()\d]*\)", re.IGNORECASE
)


# A list item's label before a bracket, with no number, ending in a word in lower case ("- Đoàn ra", "- Hội nghị, hội
# thảo quốc tế"); not a sentence naming a place or singling one out before it ("… tập trung ở huyện Can Lộc (6 vụ)",
# "… nhiều nhất là huyện Hương Khê (06 dự án)").
_LABEL_ONLY = re.compile(r"\s*[-–+•*]\s*(?![^()]*\b(?:là|nhất|ở)\b)[^\W\d_][^\d()]{0,120}")


# The bracket of a label's figures opens with them ("(14 đoàn, …)", "(tổng trị giá 2 tỷ …)"), not with words of a remark
# ("(Văn phòng đang ghi nhận 7 hội thảo …)").
_FIGURES_FIRST = re.compile(
    r"\(\s*(?:(?:khoảng|gần|trên|hơn|tổng(?: trị giá| giá trị| số| cộng)?)\s+)?\d", re.IGNORECASE
)


# The words a bracket of a label's figures may hold beside its numbers: scale words, qualifiers, "tổng trị giá".
_JOINING_WORDS = frozenset({"va", "cac", "duoc", "so", "viet", "nam", "voi"})
_FIGURE_WORDS = frozenset(
    "khoang gan tren hon tong tri gia so cong ty trieu nghin ngan dong usd kip quoc te cbccvc cbcc vc cam ket pcpnn"
    " tcpcpnn".split()
)


def _a_label_only(head: str, bracket: str) -> bool:
    """Whether a bracket after a list item's label holds the label's own figures: the label names an indicator and
    nothing more (every word a word of the indicators' phrases; not "Đoàn ra đi Lào", "Đoàn ra cấp tỉnh", "Hội nghị …
    theo hình thức trực tuyến"), and the bracket holds figures and their nouns only (not "(3 đoàn đi Lào, 2 đoàn đi
    Nhật Bản)", a breakdown, nor "(03 đoàn đã được phê duyệt nhưng chưa thực hiện)", a remark)."""
    if not _LABEL_ONLY.fullmatch(head) or ":" in head or not _FIGURES_FIRST.match(bracket):
        return False
    label = set(normalize_label(head).split()) - _JOINING_WORDS
    # (up to a colon opening their names: "(03 thỏa thuận: Biên bản hội đàm …)")
    figures = re.split(r"[:;]", bracket, maxsplit=1)[0]
    inside = {word for word in normalize_label(figures).split() if not word.isdigit()} - _JOINING_WORDS
    return inside <= counted_nouns() | _FIGURE_WORDS and any(label <= words for words in indicator_vocabularies())


def find_segments(text: str) -> list[Segment]:
    """Comparison parentheses and sub-count phrases of a sentence, in order."""
    segments = [
        part
        for m in _COMPARISON.finditer(text)
        for part in _split_at_another_label(
            text, Segment("comparison", m.start(), m.end(), int(m.group("year")) if m.group("year") else None)
        )
    ]
    for match in _SAME_PERIOD_BASE.finditer(text):
        if not any(s.start <= match.start("paren") < s.end for s in segments):
            year = int(match.group("year")) if match.group("year") else None
            segments.append(Segment("comparison", match.start("paren"), match.end("paren"), year))
    for match in [*_COUNTED_BASE.finditer(text), *_NAMED_BASE.finditer(text), *_RATIO_BASE.finditer(text)]:
        if not any(s.start <= match.start("paren") < s.end for s in segments):
            segments.append(
                Segment(
                    "comparison",
                    match.start("paren"),
                    match.end("paren"),
                    named_period=normalize_label(match.group("period")),
                )
            )
    for match in _LABELLED.finditer(text):
        if not any(s.start <= match.start() < s.end for s in segments) and _PERIOD_WORD.search(
            normalize_label(match.group("label"))
        ):
            segments.append(Segment("labelled", match.start(), match.end()))
    for match in _BASE_OR_CHANGE.finditer(text):
        if not any(s.start <= match.start() < s.end for s in segments):
            segments.append(Segment("base_or_change", match.start(), match.end()))
    for match in [*_COMPARISON_BASE.finditer(text), *_SUPERLATIVE_BASE.finditer(text)]:
        if not any(s.start <= match.start() < s.end for s in segments):
            segments.append(Segment("comparison_base", match.start(), match.end()))
    for match in _SUB_COUNT.finditer(text):
        if not any(s.start <= match.start() < s.end for s in segments):
            end = match.end()
            # "(trong đó: Hàn Quốc 25.000 người; Nhật Bản 21.000 người)": to the closing parenthesis.
            if (
                text.rfind("(", 0, match.start()) > text.rfind(")", 0, match.start())
                and text.find(")", match.start()) > 0
            ):
                end = text.find(")", match.start()) + 1
            if total_after := _RAISES_THE_TOTAL.search(text, match.start(), end):
                # ("…, trong đó 5 đoàn của Lào, nâng tổng số đoàn vào trong năm lên 40 đoàn": the total it adds up to is
                # no part)
                end = total_after.start()
            segments.append(Segment("sub_count", match.start(), end))
    for match in _ESTIMATE_NOTE.finditer(text):
        if not any(s.start < match.end() and match.start() < s.end for s in segments):
            segments.append(Segment("note", match.start(), match.end()))
    for match in _INCLUDED_NOTE.finditer(text):
        if not any(s.start < match.end() and match.start() < s.end for s in segments):
            segments.append(Segment("note", match.start(), match.end()))
    for match in _AMONG_COUNTED.finditer(text):
        if not any(s.start <= match.start("part") < s.end for s in segments):
            segments.append(Segment("sub_count", match.start("part"), match.end("part")))
    besides = _BESIDES.match(text)
    if besides and not any(s.start < besides.end() for s in segments):
        segments.append(Segment("aside", besides.start(), besides.end()))
    flat = _NAME_BRACKET.sub(lambda m: " " * len(m.group()) if _after_a_name(text, m) else m.group(), text)
    for match in _PARENTHESIS.finditer(flat):
        # Not over another segment ("(Trong đó ...: 14 triệu USD, ...)" is a sub-count already); "(trong
        # tổng số 21 đoàn ra của toàn tỉnh)" names the whole the figure before it is a part of.
        if _WHOLE_OF.match(match.group()):
            continue
        if _a_label_only(flat[: match.start()], match.group()):
            continue  # ("- Đoàn ra (14 đoàn, 52 lượt CBCCVC); …": the figures of the label before it, no part)
        if not any(s.start < match.end() and match.start() < s.end for s in segments) and _holds_a_count(match.group()):
            segments.append(Segment("sub_count", match.start(), match.end()))
    return sorted(segments, key=lambda s: s.start)


# A bracket holding only a value or a pair of values with their nouns: "(10,2 tỷ đồng)", "(13 đoàn/44 lượt)", "(58
# đoàn, 251 lượt)", "(06 hội nghị, hội thảo)", "(khoảng 620 LHS)".
_VALUES_ONLY = re.compile(
    r"\(\s*(?:(?:khoảng|gần|trên|hơn)\s+)?\d[\d.,]*\s*[^\W\d_]+(?:[\s,]+[^\W\d_]+){0,5}"
    r"(?:\s*(?:/|với|,)\s*\d[\d.,]*\s*[^\W\d_]+(?:[\s,]+[^\W\d_]+){0,3})?\s*\)",
    re.IGNORECASE,
)


def bracketed_values_after_figures(text: str) -> list[tuple[int, int]]:
    """The spans of brackets of values only written right after a counted figure and its noun, repeating that noun
    ("… đạt 12,8 tỷ đồng (10,2 tỷ đồng)", "09 hội nghị, hội thảo quốc tế (06 hội nghị, hội thảo)"): not after a name
    ("tập trung ở Đài Loan (11 vụ)"), nor past a clause's end, nor one of another unit ("52 đoàn (412 lượt khách)"),
    nor naming more than the figure's noun ("28 đoàn ra (18 đoàn đi Lào)"), nor after two counts of its unit ("09 hội
    nghị và 05 hội thảo quốc tế (04 hội thảo)")."""
    spans = []
    for bracket in _VALUES_ONLY.finditer(text):
        inside = find_quantities(bracket.group())
        unit = read_unit(inside[0].unit_words, inside[0].currency) if inside else None
        # (counts of the same indicators: "hội nghị" and "hội thảo" both count conferences)
        counting = _indicators_counting(unit)
        same_unit = [
            q
            for q in counted_quantities(text[: bracket.start()])
            if _indicators_counting(read_unit(q.unit_words, q.currency)) & counting
        ]
        last = count_right_before(text, bracket.start())
        if unit is None or len(same_unit) != 1 or last is None:
            continue
        figure_words = set(normalize_label(text[same_unit[0].start : bracket.start()]).split())
        bracket_words = set(re.findall(r"[a-z]+", normalize_label(bracket.group()))) - _APPROXIMATIONS
        if not re.search(r"[;()]|\b[A-ZĐÂĂÊÔƠƯ]", text[last.end : bracket.start()]) and bracket_words <= figure_words:
            spans.append((bracket.start(), bracket.end()))
    return spans


def count_right_before(text: str, at: int, words: int = 8) -> Quantity | None:
    """The last counted figure of ``text`` before ``at``, when no more than ``words`` words stand between them (its
    noun and a few words of what it counts)."""
    counted = counted_quantities(text[:at])
    return counted[-1] if counted and len(text[counted[-1].end : at].split()) <= words else None


_APPROXIMATIONS = {"khoang", "gan", "tren", "hon", "voi"}


@functools.lru_cache(maxsize=256)
def _indicators_counting(unit: str | None) -> frozenset[str]:
    """The indicators whose rules count ``unit`` (a noun read by ``read_unit``)."""
    return frozenset(rule.indicator for rule in load_rules() if unit in rule.units) if unit else frozenset()


def _split_at_another_label(text: str, comparison: Segment) -> list[Segment]:
    """A comparison bracket that goes on with another period's label ("(cùng kỳ năm 2020: 05 tổ chức; cả năm
    2020: 06 tổ chức)"): the comparison up to the ";", then a labelled part of its own."""
    inner = text[comparison.start : comparison.end]
    for match in _NEXT_LABEL.finditer(inner):
        # (a label naming its own year, and nothing but a period: not "riêng quý II", the compared year's quarter,
        # nor "trong đó tháng 6/2023", a part)
        label = normalize_label(match.group("label"))
        if _PERIOD_LABEL.fullmatch(label):
            cut = comparison.start + match.start()
            return [dataclasses.replace(comparison, end=cut), Segment("labelled", cut + 1, comparison.end)]
    return [comparison]


def _after_a_name(text: str, bracket: re.Match) -> bool:
    """Whether a bracket opening with a capital follows a capitalised word ("Đài Loan (Trung Quốc)")."""
    words = text[: bracket.start()].split()
    return bool(words) and words[-1][:1].isupper() and bracket.group().strip()[1:2].isupper()


def _holds_a_count(text: str) -> bool:
    return bool(counted_quantities(text))


def name_segments(text: str, taken: list[Segment]) -> list[Segment]:
    """Names with a period in them; masked when a figure's period is read, never for its words."""
    return [
        Segment("name", m.start(), m.end())
        for m in _NAME_WITH_PERIOD.finditer(text)
        if not any(s.start <= m.start() < s.end for s in taken)
    ]


def mask(text: str, segments: list[Segment]) -> str:
    """The text with the segments blanked out (same length, so offsets hold)."""
    chars = list(text)
    for segment in segments:
        chars[segment.start : segment.end] = " " * (segment.end - segment.start)
    return "".join(chars)


def label_before(text: str, position: int) -> str | None:
    """The label of a number written after a colon ("Đoàn ra: 19 đoàn"), normalised: the words
    from the previous separator up to the colon."""
    before = text[:position].rstrip().rstrip("*_").rstrip()  # ("**Đoàn ra:** 27 đoàn": Markdown's bold label)
    if not before.endswith(":"):
        return None
    start = max(
        before.rfind(";", 0, len(before) - 1),
        before.rfind("(", 0, len(before) - 1),
        before.rfind("\n", 0, len(before) - 1),
    )
    label = normalize_label(before[start + 1 : -1])
    return label or None


def is_field_line(text: str) -> bool:
    """A line laid out like a table row, its fields between dashes or tabs."""
    return len(_FIELD_SEPARATOR.findall(text)) >= 2


def sentence_label(text: str) -> str | None:
    """The topic a sentence opens with before a colon ("Số đoàn vào: năm 2021 có 09 đoàn, ...",
    "2. Hội nghị, hội thảo quốc tế: Quý I: 01; ..."), or before the first of the fields of a line laid
    out like a table row ("Đoàn ra – 17 đoàn/74 lượt – cùng kỳ 2022: 9 đoàn/31 lượt – tăng 88,9%")."""
    body = text[_NUMBERING.match(text).end() :]
    field = _FIRST_FIELD.match(body)
    if field and is_field_line(body):
        return normalize_label(field.group(1)) or None
    match = re.match(r"([^:;()\d]{3,80}):", body)
    if not match or match.group(1).count(",") > 2:
        return None
    label = normalize_label(match.group(1))
    # "Đồng chí Phạm Thị Lan Anh - Trưởng phòng Lãnh sự ...:" names who speaks, not what is counted.
    return None if starts_with_phrase(label, word_list("speaker_openers")) else label


def item_label(text: str) -> str | None:
    """The label of a numbered item of a statistics form, which may be long and name its source in
    brackets ("12. Số lượt người xuất cảnh, nhập cảnh qua Cửa khẩu quốc tế Cầu Treo (theo số liệu
    của Đồn Biên phòng): 96.815 lượt người"), normalised."""
    match = re.match(r"([^:;\d]{3,200}):", text[_NUMBERING.match(text).end() :])
    return normalize_label(match.group(1)) if match else None


# A month or a quarter and nothing else before "có": "tháng 7", "quý III/2019" (not "năm 2025 có …", which opens a
# sentence of its own as often as it labels one value).
_PERIOD_ONLY = re.compile(r"(?:thang \d{1,2}|quy (?:i|ii|iii|iv|[1-4]))(?: nam)?(?: (?:19|20)\d{2})?")


_OTHER_TIME_BEFORE = re.compile(r"\b(?:cung ky|nam truoc|so voi|ke hoach|du kien|chi tieu)\b")


# The words of a bracket closing a count on a day: "(số liệu chốt đến ngày 20/12/2019)", "(tính đến 15/12)".
_CUT_OFF_WORDS = re.compile(r"\b(?:đến|chốt|tới)\b", re.IGNORECASE)


def period_label_text(text: str, position: int) -> str | None:
    """The words of a label right before a number ("tháng 7" in "Đoàn ra: tháng 7: 03 đoàn"),
    from the previous separator (; ( : , or line start) to the colon."""
    before = text[:position].rstrip().rstrip("*_").rstrip()  # ("**Đoàn ra:** 27 đoàn": Markdown's bold label)
    if re.search(r"\scó$", before, re.IGNORECASE):
        # ("cụ thể: tháng 7 có 05 đoàn, tháng 8 có 05 đoàn": a period alone before "có" labels the count after it)
        # (in a series of clauses, not in a bracket: "(năm 2024 có 03 đoàn)" after "không bao gồm …" is read as a
        # bracket, by its own rules; "Hiện nay (tháng 11/2025) có …" dates a level, not a labelled count)
        start = max(before.rfind(mark) for mark in (";", "(", ")", ":", ",", "\n"))
        label = before[start + 1 : -2].strip()
        in_bracket = before.rfind("(") > before.rfind(")")
        # (not after words naming another time or a plan: "So với cùng kỳ năm trước, tháng 5 có 07 đoàn")
        other_time = _OTHER_TIME_BEFORE.search(normalize_label(before[: start + 1]))
        if in_bracket or other_time or not _PERIOD_ONLY.fullmatch(normalize_label(label)):
            return None
        return label
    if not before.endswith((":", "=")):
        return None
    # ("Lũy kế năm 2019 (số liệu chốt đến ngày 20/12/2019): 534 hồ sơ": the label's own bracket, closed before the
    # colon, is part of it)
    closed = before[:-1].rstrip()
    opened = closed.rfind("(")
    cut_off = closed.endswith(")") and _CUT_OFF_WORDS.search(closed[opened:]) and closed.count("(") == closed.count(")")
    # (only after a period's own words: "Như vậy lũy kế 10 tháng (tính đến ngày 23/10): …" is labelled by its bracket)
    if cut_off:
        # (the whole label: not the last of periods listed with commas, "Quý II, quý III (tính đến 30/9): 14 đoàn")
        words = closed[:opened]
        parted = max(words.rfind(mark) for mark in (";", "(", ":", ",", "\n", ".", "="))
        cut_off = words[parted : parted + 1] != "," and period_label(words[parted + 1 :].strip(), 2000) is not None
    limit = opened if cut_off else len(before) - 1
    start = max(before.rfind(mark, 0, limit) for mark in (";", "(", ":", ",", "\n", ".", "="))
    label = before[start + 1 : -1].strip()
    if before.endswith("="):
        # ("T1 = 2 đoàn/7 lượt": a clerk's month, "T1" to "T12", set equal to its values; nothing else before "=";
        # not after words naming another time, "Cùng kỳ năm trước: T1 = 4 vụ", which the month is of)
        month = re.fullmatch(r"[Tt](\d{1,2})", label)
        line = normalize_label(before[: start + 1].rsplit("\n", 1)[-1].split(".")[-1])
        other_time = re.search(r"\b(?:cung ky|truoc|(?:19|20)\d{2})\b", line)
        if not month or not 1 <= int(month.group(1)) <= 12:
            return None
        return label if other_time else f"tháng {month.group(1)}"  # (a month of another year: not understood)
    return label or None


# Period words a clause may open with before its subject ("năm 2023 huyện đã cử …", "trong quý III xã có …").
_OPENING_PERIOD = re.compile(
    r"^(?:(?:trong |rieng |tinh chung )?(?:nam|quy|thang|ky)(?: [ivx\d]+)?(?: nam)?(?: \d{4})? )+"
)
# A verb right after the subject: what the body did.
_BODYS_VERB = re.compile(r"^(?:(?:da|cung|van|con|chi) )*(?:cu|co|to chuc|tiep|don|ky|xu ly|tiep nhan|phoi hop)\b")


def _a_bare_lower_body(before: str) -> str:
    """The kind of a lower body (``subjects.bare_lower_bodies``: "huyện", "xã", …) the last clause before a figure opens
    with as its subject, named only by that kind, or ""."""
    parts = re.split(r"[,;:]", before)
    tail = _OPENING_PERIOD.sub("", normalize_label(parts[-1]))
    kinds = word_list("subjects.bare_lower_bodies")
    previous = normalize_label(parts[-2]) if len(parts) > 1 else ""
    if any(previous.endswith(f" {kind}") or previous == kind for kind in kinds):
        return ""  # (the last of a list of them: "UBND các huyện, thị xã, thành phố xử lý 19 vụ việc")
    for kind in kinds:
        if tail.startswith(f"{kind} ") and _BODYS_VERB.match(tail[len(kind) + 1 :]):
            return kind
    return ""


def _oneself_as_the_subject(before: str) -> str | None:
    """The words of a writer who is the clause's subject ("bản thân trực tiếp …", "tôi đã chủ trì …", "… và tôi đã …"):
    opening it, and followed by a verb's word (not "bản thân các tổ chức …", "nỗ lực của bản thân mỗi cán bộ", nor
    "chúng tôi đã …", the department)."""
    subjects = "|".join(re.escape(phrase) for phrase in word_list("subjects.oneself"))
    verbs = "|".join(re.escape(phrase) for phrase in word_list("subjects.oneself_verbs"))
    found = re.search(rf"(?:^|\bva )(?P<who>{subjects})(?: (?:da|cung|da truc tiep))? (?:{verbs})\b", before)
    return found.group("who") if found else None


_TOURIST_WORDS_AFTER = 8  # the figure's words ("khoảng 120.000 lượt khách du lịch quốc tế")
_NOUN_WORDS = 3  # the figure's noun ("lượt khách quốc tế")


def other_subject(clause: str, position: int) -> str | None:
    """Why a figure at ``position`` of a clause is not the province's own, or None."""
    before = normalize_label(clause[:position])
    for phrase in word_list("subjects.whole_country"):
        if f" {phrase} " in f" {before} ":
            return "a figure of the whole country, not of the province"
    # (in the figure's own words, or anywhere in the clause of a count of guests, "85.000 lượt khách quốc tế, chủ yếu là
    # khách du lịch …"; not "… 9.846 lượt người, 5.102 lượt phương tiện, thời điểm cửa khẩu chưa mở lại cho hành khách
    # du lịch", a remark on people and vehicles crossing)
    after = [word for word in normalize_label(clause[position:]).split() if not word.isdigit()]
    own_words = f" {before} {' '.join(after[:_TOURIST_WORDS_AFTER])} "
    guests = "khach" in after[:_NOUN_WORDS]
    whole = f" {normalize_label(clause)} "
    for phrase in word_list("subjects.tourists"):
        if f" {phrase} " in own_words or (guests and f" {phrase} " in whole):
            return "tourist arrivals, not delegations or visitors received by the province"
    if oneself := _oneself_as_the_subject(before):
        # ("bản thân trực tiếp làm Trưởng đoàn 03 đoàn và chủ trì tiếp 15 đoàn khách quốc tế" in a leader's self-review)
        return f"a person's own work ('{oneself}'), not the province's"
    if _reports_the_province(clause[:position]):
        return None
    if bare := _a_bare_lower_body(clause[:position]):
        # ("… tại UBND huyện Kỳ Anh; qua kiểm tra, năm 2023 huyện đã cử 03 đoàn ra": the body named before, by its kind)
        return f"a figure of the {bare} named before it, not of the province's whole"
    if people := _A_PLACES_PEOPLE.search(clause[:position]):
        # ("Trong tháng, người dân huyện Hương Sơn qua cửa khẩu sang Lào … 2.300 lượt người": that district's people)
        return f"a figure of the people of {people.group('place')}, not of the province's whole"
    if funders := _named_funders(clause[:position]):
        # ("Các dự án ODA do JICA, KOICA và Quỹ EDCF tài trợ có 05 dự án": the named funders' share)
        return f"a figure of what the funders named ('{funders}') gave, not of the province's whole"
    head = _LEADING_ADVERBIAL.sub("", clause[:position], count=1)
    # ("trong quý, phía Bolikhămxay thông báo đã làm thủ tục cho khoảng 96.000 lượt người": after an opening phrase)
    if side := _other_side(before) or _other_side(normalize_label(head)):
        # "Phía Lào, cửa khẩu quốc tế Nậm Phao làm thủ tục cho khoảng 205.000 lượt người": the partner's side
        return f"a figure of the other side ('{side}'), not of the province"
    source = _ACCORDING_TO.match(clause[:position]) or _ACCORDING_TO.match(head)
    told_by = normalize_label(source.group("body")) if source else ""
    if side := _other_side(told_by[told_by.find("phia ") :] if "phia " in told_by else ""):
        # "Theo thông báo của phía bạn, cửa khẩu Nậm Phao đã làm thủ tục cho khoảng 405.000 lượt người": the other
        # side's count, as it told it
        return f"a figure of the other side ('{side}'), not of the province"
    if source and (reason := _other_body(source.group("body"))):
        # "Theo Trường Đại học Hà Tĩnh, hiện trường đang có 612 lưu học sinh Lào": the body's count of its own,
        # unless what it reports names the province's ("Theo Sở Kế hoạch và Đầu tư, lũy kế … toàn tỉnh có …",
        # "…, UBND tỉnh chấp thuận …").
        statement = normalize_label(source.group("rest"))
        if not has_any(statement, (*word_list("subjects.reported_province"), *load_forms().home_subjects)):
            return reason
    plain = clause[_NUMBERING.match(clause).end() : position]
    opening = normalize_label(clause[: len(clause[:position]) - len(head)])
    # "Năm 2024, KOICA đã ...": the subject after an opening adverbial; not "Trao tặng các tỉnh
    # Bolikhămxay, Khăm Muồn ..." where the comma is inside a list.
    adverbial = not opening or bool(re.match(_ADVERBIAL_OPENERS, opening)) or bool(re.search(r"\d", opening))
    after_label = plain.rsplit(":", 1)[1].lstrip() if ":" in plain else plain
    if re.search(r"\btrong đó\s*:\s*$", plain[: len(plain) - len(after_label)], re.IGNORECASE):
        # "(trong đó: đại học 620 ...)": the parts of a figure, not a subject (but "gồm: Tổ chức Tầm nhìn Thế
        # giới 412.600 USD; …" names whose figure each item is, the first as the others)
        after_label = ""
    # "…; trong đó Sở Y tế có 2 đoàn đi Nhật Bản": a part of the whole, and whose part it is
    within = _PART_OF_WHOLE_OPENER.sub("", after_label, count=1)
    for candidate in (head, plain, after_label, within):
        match = _NAMED_PLACE.match(candidate)
        # Only "tỉnh Hà Tĩnh" is the province: "Thành phố Hà Tĩnh" is one of its cities.
        home = (
            normalize_label(match.group("kind")) == "tinh" and normalize_label(match.group("name")) in _HOME
            if match
            else False
        )
        if match and not home:
            return f"a figure of {match.group('name')}, not of Hà Tĩnh"
        if (province := _opens_with_another_province(candidate)) is not None:
            return f"a figure of {province.title()} (another province), not of Hà Tĩnh"
    speakers = _SPEAKER.findall(clause[:position])
    # "Ngoài ra, theo thẩm quyền, Trường Đại học Hà Tĩnh đã ký kết …": a second opening phrase before the subject
    second = _LEADING_ADVERBIAL.sub("", head, count=1)
    second_opening = normalize_label(head[: len(head) - len(second)])
    heads = (head, second) if second != head and re.match(_ADVERBIAL_OPENERS, second_opening) else (head,)
    for candidate in [*((plain, after_label, *heads) if adverbial else (plain, after_label)), within, *speakers[-1:]]:
        if reason := _other_body(candidate):
            return reason
    # "Ngoài 14 hội nghị, hội thảo nêu trên, Trường Đại học Hà Tĩnh tổ chức 02 hội thảo": a body named by its kind,
    # capitalised, right after the last comma outside brackets is the subject, whatever opened the clause (not "tỉnh
    # cùng các sở, ngành, doanh nghiệp đã hỗ trợ …", the province with others)
    # (nor the last of a list of bodies the province worked with: "phối hợp với Sở Kế hoạch và Đầu tư, Ban Quản lý Khu
    # kinh tế tỉnh tham mưu …"; nor a speaker's office before a colon: "Đồng chí …, Sở Công Thương: Kim ngạch …")
    comma = plain.rfind(",")
    before_comma, after_comma = plain[: max(comma, 0)], plain[comma + 1 :].lstrip()
    previous_item = before_comma[before_comma.rfind(",") + 1 :]
    if (
        comma >= 0
        and before_comma.count("(") == before_comma.count(")")
        and after_comma[:1].isupper()
        and ":" not in after_comma
        and not re.search(r"\b(?:với|cùng|phối hợp)\b", before_comma, re.IGNORECASE)
        and _other_body(previous_item, partners=False) is None
        and not starts_with_phrase(normalize_label(previous_item.strip(" -–•*+")), load_forms().home_subjects)
        and (reason := _other_body(after_comma, partners=False))
    ):
        return reason
    return None


def opened_by_the_other_side(sentence_before_clause: str) -> str | None:
    """ "Phía Lào, cửa khẩu quốc tế Nậm Phao làm thủ tục cho …": a sentence whose first words name the partner's
    side speaks of that side in the clauses after them."""
    side = _other_side(normalize_label(sentence_before_clause))
    if side:
        return f"a figure of the other side ('{side}'), not of the province"
    # ("Đối với huyện Kỳ Anh, năm 2024 có 5 đoàn ra …; đón 3 đoàn vào": the place the sentence opens with, set off by
    # a comma, is the subject of its clauses after it)
    return lead_in_subject(sentence_before_clause)


def subject_of_the_first_clause(sentence_before_clause: str, clause: str) -> str | None:
    """ "Năm 2024, tỉnh Nghệ An đón 80 đoàn; cử 65 đoàn …": a clause after a semicolon that names no subject of its own
    (it opens with what was done) continues the subject of the sentence's first clause, when that is another body or
    place (not "…; tỉnh đón 5 đoàn", whose own subject is the province)."""
    first, semicolon, _ = sentence_before_clause.partition(";")
    opening = clause.lstrip(" -–•*+")
    if not semicolon or not opening[:1].islower():
        return None
    words = normalize_label(opening)
    if starts_with_phrase(words, load_forms().home_subjects) or re.match(r"(?:tinh|so) (?!ban\b)", words):
        return None  # ("…; tỉnh đón 38 đoàn", "…; Sở tiếp nhận …": the province or the department, named again)
    # (the subject of the first clause's first figure: not a part it names later, "…, trong đó Sở Y tế 01 hội thảo")
    figure = _FIRST_COUNT.search(first)
    if figure is None:
        return None
    reason = other_subject(first, figure.start()) or lead_in_subject(first[: figure.start()])
    if reason is None or reason.startswith("tourist"):
        return None  # (not the words of a kind of count, "khách du lịch", which say nothing of the next clause)
    return f"{reason} (the subject of the sentence's first clause)"


# A count, not a time: "80 đoàn", "1.250 lượt" (not "Năm 2024", "ngày 12/3", "9 tháng").
_FIRST_COUNT = re.compile(
    r"(?<![\d/.,])(?!(?:19|20)\d{2}\b)\d{1,3}(?:[.,]\d{3})*(?![\d/])(?!\s*(?:tháng|năm|quý|ngày|tuần)\b)", re.IGNORECASE
)


# Words before the place or body a sentence's lead-in names ("Đối với …", "Với …", "Ở …", "Trong quan hệ với …").
_LEAD_IN_PREPOSITION = re.compile(
    r"^(?:riêng|đối với|với|về|ở|tại|trong quan hệ với|trong hợp tác với)\s+", re.IGNORECASE
)


# "với Campuchia", "với tỉnh bạn Khăm Muộn", "với các đối tác Nhật Bản": a partner named after "với".
_WITH_A_PARTNER = re.compile(r"\bvới\s+(?:[a-zđà-ỹ]+\s+){0,3}?(?P<name>[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ]\w*(?:\s+[A-ZĐ]\w*)*)")


# "người dân huyện Hương Sơn", "lao động của xã Sơn Kim 1": the people of a named place below the province.
_A_PLACES_PEOPLE = re.compile(
    r"\b(?:người dân|nhân dân|cư dân|công dân|lao động|học sinh|cán bộ)\s+(?:của\s+)?"
    r"(?P<place>(?:huyện|xã|thị xã|thành phố|phường|thị trấn)\s+[A-ZĐ][\w-]*(?:\s+[A-ZĐ0-9][\w-]*)*)"
)
# "Các dự án ODA do JICA, KOICA và Quỹ EDCF tài trợ có 05 dự án": what the funders named with their capitals gave, the
# subject of the count right after it (not "tiếp nhận 02 dự án của tổ chức Good Neighbors và World Vision", the funders
# of the projects counted).
_FUNDED_BY = re.compile(
    # (a name may hold a word or two without capitals: "Tổ chức Tầm nhìn Thế giới")
    r"\b(?:do|của)\s+(?P<name>(?:(?:các |các tổ chức |tổ chức |quỹ |cơ quan )?[A-ZĐ][\w-]*(?:\s+[a-zđà-ỹ][\w-]*){0,2})"
    r"(?:(?:\s*,\s*|\s+và\s+|\s+)[A-ZĐ][\w-]*(?:\s+[a-zđà-ỹ][\w-]*){0,2})*)"
    r"\s+(?:tài trợ|viện trợ|hỗ trợ|cam kết|cấp vốn)(?:\s+(?:có|gồm|là|đạt))?\s*:?\s*$"
)


def _named_funders(before: str) -> str | None:
    """The funders named right before a figure ("các dự án do KOICA tài trợ có 05 dự án"), not a kind of funder ("do các
    tổ chức PCPNN tài trợ") nor the province's own bodies."""
    funded = _FUNDED_BY.search(before)
    if funded is None:
        return None
    name = funded.group("name")
    words = normalize_label(name)
    kinds = word_list("subjects.funder_kinds")
    if all(starts_with_phrase(part.strip(), kinds) for part in re.split(r",| va ", words)):
        return None
    if starts_with_phrase(words, load_forms().home_subjects) or re.match(r"(?:ubnd|uy ban|tinh|so)\b", words):
        return None
    return name


def lead_in_subject(sentence_before_clause: str) -> str | None:
    """The place, body or partner a sentence's lead-in, set off by a comma, names as the subject of its clauses: "Với
    tỉnh Bolikhămxay, …", "Ở cấp xã, …", "Đối với Trường Đại học Hà Tĩnh, …", "Trong quan hệ với Nhật Bản, …"."""
    lead_in, comma, _ = sentence_before_clause.lstrip(" -–•*+").partition(",")
    if not comma or re.search(r"\d", lead_in):
        return None
    if starts_with_phrase(normalize_label(lead_in), word_list("subjects.within_activities")):
        return f"counted within '{lead_in.strip()}': the outcome of those activities, not the period's total"
    relation = lead_in.strip().lower().startswith(("về ", "trong ", "đối với ", "với "))
    if relation and (partner := _WITH_A_PARTNER.search(lead_in)):
        # ("Về hợp tác với Campuchia, …", "Trong quan hệ với tỉnh bạn Khăm Muộn, …": the partner's share)
        return f"a figure of the partner the sentence opens with ('{partner.group('name')}'), not the province's total"
    preposition = _LEAD_IN_PREPOSITION.match(lead_in.strip())
    named = lead_in.strip()[preposition.end() :] if preposition else lead_in.strip()
    place = _NAMED_PLACE.match(named)
    if place and normalize_label(place.group("name")) not in _HOME:
        return f"a figure of {place.group('name')}, not of Hà Tĩnh"
    if preposition is None:
        return None  # (a lead-in without a preposition: "Nhìn chung, …", "Năm 2024, …")
    if starts_with_phrase(normalize_label(named), word_list("subjects.lower_levels")):
        return f"a figure of {named} (the lead-in's), not of the province"
    # (a body only after words naming a partner or a subject, not a place where the work was done: "Tại Trung tâm Phục
    # vụ hành chính công, Sở đã tiếp nhận …")
    return None if normalize_label(preposition.group()) in ("tai", "o") else _other_body(named)


def _other_side(before: str) -> str | None:
    """The partner a clause opens with as the other side ("Phía Lào, …", "Về phía bạn, …"); not "Về phía Sở", the
    province's own side."""
    side = re.match(r"^(?:ve )?phia (?:tinh |nuoc )?(.+)", before)
    if side is None:
        return None
    words = f"{side.group(1)} "
    named = next((name for name in ("nuoc ban", "ban", *foreign_names()) if words.startswith(f"{name} ")), None)
    return f"phia {named}" if named else None


# "…, đại diện Trường Đại học Hà Tĩnh cho biết nhà trường hiện đào tạo 905 lưu học sinh": who speaks.
_SPEAKER = re.compile(
    r"(?:^|[,:;])\s*([^,:;]{3,120}?)\s+(?:cho biết|khẳng định|thông tin|chia sẻ|nhấn mạnh|nêu rõ)\b", re.IGNORECASE
)


# "Theo Trường Đại học Hà Tĩnh, …", "Theo số liệu của Công an tỉnh, …": the source a sentence opens with.
_ACCORDING_TO = re.compile(
    r"^\W*theo\s+(?:số liệu|báo cáo|thông tin|thống kê)?\s*(?:của\s+)?(?P<body>[^,]{3,80}?)\s*,\s*(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)


# "Sở Kế hoạch và Đầu tư cho biết, năm 2023 toàn tỉnh chấp thuận …": a body that reports what the
# province did; the period words between the verb and the subject are passed over.
_REPORTED = re.compile(r"\b(?:cho biết|thông tin|báo cáo|theo đó)\s*[,:]?\s+", re.IGNORECASE)
_PERIOD_OPENING = re.compile(r"^(?:(?:trong |tính đến |đến hết )?(?:năm|quý|tháng|\d+ tháng)[\s\w/]*?\d{4},?\s+)", re.I)


# "a) Tổ chức Tầm nhìn Thế giới (World Vision International): …": an item's label before its colon, a bracket and all.
_ITEM_LABEL = re.compile(r"[^:;.()\d]{3,80}(?:\([^()]{1,60}\)[^:;.()\d]{0,20})?:")


def item_label_subject(block_text: str, clause: str, position: int) -> str | None:
    """Why a figure of a later sentence of an item whose label names another body is theirs ("a) Tổ chức Tầm nhìn
    Thế giới (World Vision International): … . 6 tháng đầu năm, tổ chức đã ký cam kết 05 dự án …"); not a partner
    the item is about ("• Lào: … Trong quý đã ký kết ba thỏa thuận …"), nor who speaks ("Đồng chí …, Sở Công
    Thương: …"), nor a clause that names the province as its subject."""
    label = _ITEM_LABEL.match(block_text, _NUMBERING.match(block_text).end())
    if label is None or _reports_the_province(clause[:position]):
        return None
    words = block_text[_NUMBERING.match(block_text).end() : label.end() - 1]
    if starts_with_phrase(normalize_label(words), word_list("speaker_openers")):
        return None
    reason = _other_body(words, partners=False)
    return f"{reason} (the item's label)" if reason else None


def _reports_the_province(before: str) -> bool:
    """The figure is in what a speaker reports, and the province is that statement's subject."""
    reported = list(_REPORTED.finditer(before))
    if not reported:
        return False
    statement = _PERIOD_OPENING.sub("", before[reported[-1].end() :], count=1)
    return starts_with_phrase(normalize_label(statement), word_list("subjects.reported_province")) is not None


def body_named_within(label: str) -> str | None:
    """ "Hồ sơ cấp mới hộ chiếu công vụ cho cán bộ Sở Y tế": another body named inside a table row's label (not only
    as its subject), whose share the row then counts; partners are read elsewhere."""
    for start in (match.start() for match in re.finditer(r"(?<=\s)(?=[A-ZĐ])", label)):
        if reason := _other_body(label[start:], partners=False):
            return reason
    return None


def _other_body(text: str, partners: bool = True) -> str | None:
    """ "Sở Y tế ...", "UBND huyện Kỳ Anh ...", "Trường Đại học ...", "KOICA đã ...": a clause whose
    subject is another body (report_forms.yml); without ``partners``, only a body its kind names."""
    forms = load_forms()
    # (past a bullet, or an emoji a page or a chat message uses as one: "👉 Số đoàn vào tăng …")
    text = re.sub(r"^[^\w(]+", "", text)
    # "đại diện Trường Đại học Hà Tĩnh cho biết …": the body a representative speaks for; "Hiện Trường
    # Đại học Hà Tĩnh đang đào tạo …": the subject after a word of time.
    # ("Lãnh đạo Trường Đại học Hà Tĩnh cho biết …", "Giám đốc Sở Công Thương …": who speaks for it; "Số BQL KKT báo
    # …", "Số liệu Công an tỉnh …": whose figure it is)
    text = re.sub(
        r"^(?:đại diện|lãnh đạo|giám đốc|phó giám đốc|hiệu trưởng|chủ tịch|hiện nay|hiện tại|hiện|đến nay|số liệu|số"
        # ("ngoài ra Hiệp hội Doanh nghiệp tỉnh tự tổ chức 02 đoàn …": besides, another body's)
        r"|ngoài ra,?)\s+",
        "",
        text,
        flags=re.IGNORECASE,
    )
    normalised = normalize_label(text)
    # ("Cơ quan Sở Ngoại vụ đã tham mưu …": the department, named as a body)
    if starts_with_phrase(normalised.removeprefix("co quan "), forms.home_subjects):
        return None
    if phrase := starts_with_phrase(normalised, forms.other_subjects):
        body = " ".join(text.split()[: len(phrase.split()) + 2])
        return f"a figure of another body ('{body}'), not of the province's foreign affairs"
    if phrase := starts_with_phrase(normalised, forms.named_subjects):
        words = text.split()
        following = words[len(phrase.split())] if len(words) > len(phrase.split()) else ""
        name = normalize_label(" ".join(words[len(phrase.split()) :]))
        # "Tổ chức Hội nghị tổng kết ...": to organise an event, not an organisation.
        # "Tổ chức PCPNN được cấp mới ...": an acronym of a kind of body, not a body's name.
        if (
            following[:1].isupper()
            # ("Giám đốc Sở: Sáu tháng đầu năm, …": the department's own Director's label ends at its colon; what
            # follows names no body. Not "Chủ tịch Hội: …", another body's head speaking of its work)
            and not (phrase == "so" and words[0].endswith(":"))
            # ("Quý I/2019 | 06 | 58", "Quý III năm 2019": a quarter, which "quỹ" reads as once its marks are gone)
            and not re.match(r"(?:[IVX]+|\d+)\b", following)
            and words[0].lower() not in ("quý", "quí")
            and not starts_with_phrase(name, word_list("subjects.event_nouns"))
            and following.strip(",.;:") not in ADMINISTRATIVE_ACRONYMS
        ):
            body = " ".join(words[: len(phrase.split()) + 2])
            return f"a figure of another body ('{body}'), not of the province's foreign affairs"
    if not partners:
        return None
    partner = partner_opening(text)
    if partner:
        return f"a figure of {partner} (a partner as the subject), not of the province"
    acronym = _ACRONYM_SUBJECT.match(text)
    home = word_list("subjects.home_acronyms")
    if acronym and acronym.group("name") not in ADMINISTRATIVE_ACRONYMS and acronym.group("name") not in home:
        return f"a figure of {acronym.group('name')} (a partner as the subject), not of the province"
    return None


def equal_base_after(text: str) -> str | None:
    """The words of an equal base of another period after a figure ("…, bằng số thỏa thuận đã ký của năm 2023"), or
    None."""
    base = _EQUAL_BASE.search(text)
    return base.group().strip() if base and re.search(r"\b(?:năm|quý|tháng|kỳ)\b", base.group(), re.I) else None
