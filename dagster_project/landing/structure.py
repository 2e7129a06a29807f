"""Rows of a register that are its structure, not entries: the column-number row under the
header, section rows (``I. ĐOÀN CẤP TỈNH``, ``NĂM 2023``), subtotals and totals
(``Cộng quý I``, ``Tổng cộng``, ``Tổng số: 15 vụ việc``), notes and the signature block.

Only a row that is not a valid entry is ever called structure, and only by the shape and words
below; anything else that fails stays a rejected row with its reason, so nothing is dropped."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

from dagster_project.parsing.text import normalize_label, strip_diacritics
from dagster_project.parsing.vn_numbers import NumberFormatError, parse_amount

COLUMN_NUMBERS = "column_numbers"
SECTION = "section"
TOTAL = "total"
NOTE = "note"
SIGNATURE = "signature"
NUMBERED_BLANK = "numbered_blank"
REPEATED_HEADER = "repeated_header"
BREAKDOWN = "breakdown"

_COLUMN_NUMBER = re.compile(r"^\(?\s*(\d{1,2}|[a-z])\s*\)?$", re.IGNORECASE)
# A total's label, read with its diacritics ("Cộng" is not "Công" or "Cống", "Tổng" is not
# "Tống"): "Tổng cộng", "Tổng số: 15", "Cộng quý I", "Cộng:", "Cộng (I)", "Cộng cam kết",
# "Lũy kế". The words that may follow "Tổng" are listed, so names ("Tổng cục …", "Tổng lãnh
# sự quán …", "Tổng kết …") never are totals.
_AFTER_TOTAL = (
    r"(?:\s*$|\s*[:(]|\s+(?:cộng|số|giá trị|kinh phí|vốn|cam kết|giải ngân|quý|năm|tháng|đợt|kỳ|phần|mục|các|chung|lại|"
    r"tỉnh|huyện|đơn vị|nhóm|khối|tiền|dự án|hợp phần|chương trình|[ivxlc]+\b|\d))"
)
# "Cộng" with its mark is a total before any word but those of names ("Cộng hòa", "Cộng đồng"):
# "Cộng Lào: 9 đoàn" closes the Lao section.
_TOTAL = re.compile(rf"^(?:tổng{_AFTER_TOTAL}|cộng(?!\s+(?:hòa|hoà|đồng|sự|tác|sản|hưởng|điểm|dồn)\b)|lũy kế|luỹ kế)")
# The same, for a sheet typed without diacritics.
_TOTAL_PLAIN = re.compile(r"^(?:tong cong|tong so|cong|tong)(?:\s*$|\s*[:(])")
_SECTION = re.compile(
    r"^(?:[ivxlc]+|[a-h]|\d{1,2})\s*[.)/:-]\s*\S|^(?:nam|quy|thang|dot|phan|muc|khoi|nhom|doan cap)\s+\S"
)
_SECTION_MARKER = re.compile(r"^(?:[ivxlc]+|[a-h]|\d{1,2})$")
_PERIOD_HEADING = re.compile(r"^(?:nam|quy|thang|dot|ky|6 thang|9 thang)\b")
_NOTHING_HAPPENED = re.compile(r"\bkhong (?:phat sinh|co (?:doan|vu|hoat dong))\b")
_NOTE = re.compile(r"^(?:ghi chu|luu y|chu thich|chu y|nguon|khong phat sinh|bang chu|trong do)\b")
# A signature cell is the whole cell: "GIÁM ĐỐC", "KT. GIÁM ĐỐC", "NGƯỜI LẬP BIỂU"; never a
# position inside an entry ("Phó Giám đốc Sở Ngoại vụ").
_SIGNATURE = re.compile(
    r"^(?:(?:kt|tl|tm|q)\s+)?(?:nguoi lap(?: bieu| bang)?|nguoi tong hop|nguoi ky|giam doc|pho giam doc|truong phong|"
    r"pho truong phong|thu truong(?: don vi| co quan)?|lanh dao(?: don vi)?|xac nhan(?: cua .*)?|noi nhan.*|"
    r"ky(?: va)? ghi ro ho ten|ky ten|ke toan(?: truong)?|chanh van phong|so ngoai vu)(?: \S+){0,4}$"
)
_PLACE_DATE = re.compile(r"^[a-z ]{2,30}\s+ngay\s+\S*\s*thang\s+\S*\s*nam\b")


def _label(value: object) -> str:
    """Normalised text of a cell; a whole number read as 1.0 is "1"."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return normalize_label(value)


@dataclass(frozen=True)
class RowText:
    """The non-blank cells of a row: (position, value)."""

    cells: tuple[tuple[int, object], ...]

    @property
    def labels(self) -> list[str]:
        return [_label(value) for _, value in self.cells if _label(value)]

    @property
    def distinct_texts(self) -> set[str]:
        return set(self.labels)

    @property
    def first_label(self) -> str:
        labels = [label for label in self.labels if not _COLUMN_NUMBER.match(label)]
        return labels[0] if labels else ""


def row_text(cells: list[object]) -> RowText:
    # _blank written out: every row of a sheet passes here
    return RowText(
        tuple(
            [
                (position, value)
                for position, value in enumerate(cells)
                if value is not None and (not isinstance(value, str) or value.strip())
            ]
        )
    )


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def is_column_number_row(text: RowText) -> bool:
    """``(1) (2) (3) …`` or ``1 2 3 …`` or ``A B C`` under the header: at least three cells,
    all short numbers or letters, in increasing order for numbers."""
    if len(text.cells) < 3:
        return False
    labels = [
        str(int(value)) if isinstance(value, float) and value.is_integer() else str(value).strip()
        for _, value in text.cells
    ]
    if not all(_COLUMN_NUMBER.match(label) for label in labels):
        return False
    numbers = [int(re.sub(r"\D", "", label)) for label in labels if re.sub(r"\D", "", label)]
    return numbers == sorted(numbers) and len(set(numbers)) == len(numbers)


def _total_label(value: object) -> bool:
    if not isinstance(value, str):
        return False
    written = " ".join(unicodedata.normalize("NFC", value).strip().lower().split())
    if written.isascii():
        return bool(_TOTAL_PLAIN.match(normalize_label(written)))
    return bool(_TOTAL.match(written))


def is_total_row(text: RowText) -> bool:
    """The row's first label (a number column's value aside) is a total's."""
    return opens_as_total([value for _, value in text.cells])


def opens_as_total(cells: list[object]) -> bool:
    """``is_total_row`` of a row's cells as read, without making its RowText (every row of a
    sheet is asked): a blank cell has no label, so it is passed over either way."""
    for value in cells:
        if value is None or value == "":
            continue
        label = _label(value)
        if label and not _COLUMN_NUMBER.match(label):
            return _total_label(value)
    return False


def structure_kind(
    text: RowText,
    unmapped_positions: set[int],
    merged_width: int,
    after_signature: bool,
    header_labels: set[str] = frozenset(),
    numbers_children: bool = False,
) -> str | None:
    """What a row that is not a valid entry is, or None when it is not recognisably structure
    (it is then a rejected row). ``merged_width``: columns its widest merged cell spans;
    ``header_labels``: the sheet's header cells, normalised (a header repeated further down);
    ``numbers_children``: the next row's number continues this one's ("1" then "1.1")."""
    first = text.first_label
    if not text.cells:
        return None
    labels = text.labels
    if header_labels and len(labels) >= 2 and sum(label in header_labels for label in labels) * 2 > len(labels):
        return REPEATED_HEADER
    if len(text.distinct_texts) == 1 and _NOTHING_HAPPENED.search(first):
        return NOTE
    written = [str(value).strip() for _, value in text.cells]
    if (
        _NOTE.match(first)
        or written[0].startswith("*")
        or (len(set(written)) == 1 and written[0].startswith("(") and written[0].endswith(")"))
    ):
        return NOTE
    # Titles of a signature block are typed in capitals, side by side, or under a place and date;
    # "Phó Giám đốc Sở Ngoại vụ" alone in an entry's column is an entry with its other cells missing.
    written_cells = [str(value).strip() for _, value in text.cells]
    titles = [w for w, label in zip(written_cells, labels) if _SIGNATURE.match(label)]
    places = [label for label in labels if _PLACE_DATE.match(label)]
    if (
        labels
        and len(titles) + len(places) == len(labels)
        and (places or len(titles) > 1 or all(t.isupper() for t in titles))
    ):
        return SIGNATURE
    if after_signature and len(text.cells) <= 3 and not any(char.isdigit() for label in labels for char in label):
        return SIGNATURE  # the signer's name under the title
    if is_total_row(text):
        return TOTAL
    positions = {position for position, _ in text.cells}
    if positions <= unmapped_positions and all(_COLUMN_NUMBER.match(str(value).strip()) for _, value in text.cells):
        return NUMBERED_BLANK  # a numbered line the clerk left empty
    if len(positions - unmapped_positions) > 1:
        return None  # values in two of the table's columns: an entry with a fault, not a heading
    if (
        len(text.cells) == 2
        and text.cells[0][0] in unmapped_positions
        and _SECTION_MARKER.match(_label(text.cells[0][1]))
        and isinstance(text.cells[1][1], str)
    ):
        # "II | ĐOÀN CÁC SỞ, NGÀNH", "A | Tỉnh Bolikhămxay". An arabic number may also be an
        # entry's, left half written ("2 | Xây trường học"): a section only when it is set apart
        # (merged across, in capitals) or its entries are numbered under it ("1.1", "1.2").
        if (
            not _label(text.cells[0][1]).isdigit()
            or merged_width >= 3
            or text.cells[1][1].isupper()
            or numbers_children
        ):
            return SECTION
        return None
    heading = (
        _SECTION.match(first) or merged_width >= 3 or positions <= unmapped_positions or str(text.cells[0][1]).isupper()
    )
    if len(text.distinct_texts) <= 2 and heading:
        return SECTION
    return None


_COUNTED = re.compile(
    r"(\d[\d.,]*)\s*(?:doan|vu|luot|nguoi|thoa thuan|hoi nghi|hoi thao|du an|truong hop|to chuc|"
    r"cong dan|khach|chuong trinh|hoc sinh|em)\b"
)


def number_in_label(text: RowText) -> Decimal | None:
    """``Tổng số: 15 vụ việc`` / ``Cộng: 5 đoàn``: the number of entries a total's label states
    (a number after the colon, or before a counted noun; never the year of ``Cộng năm 2023``)."""
    for _, value in text.cells:
        if not _total_label(value):
            continue
        after_colon = value.split(":", 1)[1].strip() if ":" in value else ""
        match = re.match(r"^(\d[\d.,]*)\b", after_colon) or _COUNTED.search(strip_diacritics(value).lower())
        if match:
            try:
                return parse_amount(match.group(1)).value
            except NumberFormatError:
                return None
    return None


_TOTAL_WORDS = re.compile(r"^(?:tong cong|tong so|tong|cong)\s*")


def total_subject(text: RowText) -> str:
    """What a total's label says it adds up (``Cộng cam kết`` -> ``cam ket``), without periods
    and counts (``Cộng quý I``, ``Cộng: 5 đoàn`` name no subject)."""
    rest = _TOTAL_WORDS.sub("", text.first_label, count=1)
    rest = re.sub(r"^(?:quy|nam|thang|dot|ky|phan|muc)\b.*$|\d.*$", "", rest).strip()
    rest = " ".join(word for word in rest.split() if not _SECTION_MARKER.match(word))  # "Cộng (I)", "(I+II+III)"
    return "" if len(rest) < 3 else rest


_BULLET = re.compile(r"^\s*[-+•–*]\s*\S")
_MARKER_PREFIX = re.compile(r"^\s*(?:[IVXLC]+|[A-Z]|\d{1,2}(?:\.\d{1,2})*)\s*[.):]\s+")


def is_breakdown_row(text: RowText) -> bool:
    """``- Đoàn đi các tỉnh bạn Lào | 13 đoàn``: a bulleted part of the total above it."""
    first = next((str(value) for _, value in text.cells if isinstance(value, str) and value.strip()), "")
    return bool(_BULLET.match(first))


def section_label(text: RowText) -> str:
    """The words of a section row without its marker: ``A. Tỉnh Bolikhămxay`` -> ``Tỉnh Bolikhămxay``;
    empty for a period heading (``Năm 2024``, ``Quý I``), which names no partner."""
    for _, value in text.cells:
        written = str(value).strip()
        if not _SECTION_MARKER.match(_label(value)):
            label = _MARKER_PREFIX.sub("", written, count=1).strip()
            return "" if _PERIOD_HEADING.match(normalize_label(label)) else label
    return ""
