"""Page furniture: the lines a web page puts around an article (breadcrumb, publication
time, view counter, photo caption, related headlines, footer). They hold numbers that are
no figures ("Lượt xem: 1.532", "Điện thoại: 0239.3855.123", a related headline "Hà Tĩnh
đón 12 đoàn khách quốc tế trong tháng 2"), so the extractor does not read them at all."""

from __future__ import annotations

import re

from dagster_project.documents.forms import load_forms, starts_with_phrase
from dagster_project.documents.reader import SITE_NAME
from dagster_project.parsing.text import normalize_label

# "Trang chủ / Tin tức / Đối ngoại"; not "24 đoàn / 103 lượt / …", a slash before a number or a sign ("+7 / +45").
_BREADCRUMB = re.compile(r"\s(?:»|›|>|/(?=\s+[^\W\d]))\s.*\s(?:»|›|>|/(?=\s+[^\W\d]))\s|^\S.*\s[»›]\s")
# "| Đoàn ra (đoàn / lượt người) | 71 / 452 | …": a Markdown table's row, never a page's breadcrumb.
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_PUBLICATION_TIME = re.compile(
    r"\b\d{1,2}:\d{2}\b.*\b\d{1,2}/\d{1,2}/\d{4}\b|\b\d{1,2}/\d{1,2}/\d{4}\b.*\b\d{1,2}:\d{2}\b"
)
_CAPTION = re.compile(
    r"^[\s(\[*_]*(?:Ảnh|ẢNH|Hình ảnh|Photo)\s*(?:\d+\s*)?[:.\-–]|\((?:[Ảả]nh|Nguồn)\s*:[^)]*\)[\s*_]*$"
    r"|\b(?:Ảnh|Nguồn ảnh)\s*:\s*[^.:;]{1,40}[\s*_]*$|^\s*!\[[^\]]*\]\([^)]*\)\s*$"
)
_LIST_ITEM = re.compile(r"^\s*[-–•*+]\s")
_SHORT = 160
# A shared link's preview: the site's name alone on its line ("BAOHATINH.VN", "vnexpress.net"), then the linked
# article's headline and teaser, another source's words.
_PREVIEW_LINES = 2


# A periodical's masthead: its issue number and month, each a segment of its own between separators ("TẠP CHÍ … · Số
# 01 (245) · Tháng 01/2019"); not a document's number line ("Số: 45/BC-SNgV"), nor a sentence ("Trong tháng 5/2024, …
# tổng số 126 hồ sơ").
_SEGMENT_START = r"(?:^|[·•|,]\s*|\s[-–—]\s*)"
_SEGMENT_END = r"\s*(?=[·•|,]|\s[-–—]|$)"
_ISSUE_NUMBER = re.compile(_SEGMENT_START + r"Số\s+\d{1,4}(?:\s*\(\d{1,5}\))?" + _SEGMENT_END)
_ISSUE_MONTH = re.compile(
    _SEGMENT_START + r"[Tt]háng\s+(?P<month>\d{1,2})\s*(?:/|năm)\s*(?P<year>(?:19|20)\d{2})" + _SEGMENT_END
)


def issue_month(line: str) -> tuple[int, int] | None:
    """(year, month) of a periodical's masthead line, or None."""
    line = line.strip().strip("*_").strip()
    issue = _ISSUE_MONTH.search(line) if len(line) < 160 and _ISSUE_NUMBER.search(line) else None
    if issue is None or not 1 <= int(issue.group("month")) <= 12:
        return None
    return int(issue.group("year")), int(issue.group("month"))


def _is_furniture(line: str, normalised: str) -> bool:
    forms = load_forms()
    if issue_month(line):
        return True  # (the masthead dates the issue; its month is no period the article reports)
    # (a trail of pages, "Trang chủ / Tin tức / Đối ngoại"; not a sentence of figures whose slashes read "per",
    # "… 3,5 tỷ đồng; mức 1,2 triệu đồng / sinh viên / tháng")
    trail = _BREADCRUMB.search(line) and (re.search(r"[»›>]", line) or not re.search(r"\d", line))
    if trail and len(line) < _SHORT and not _TABLE_ROW.match(line):
        return True
    if _PUBLICATION_TIME.search(line) and len(line) < 80:
        return True
    if _CAPTION.search(line):
        return True
    if (
        len(line) < _SHORT
        and starts_with_phrase(normalised, forms.furniture_starts)
        and not line.rstrip().endswith(".")
        # (not a table's row: "| Giấy phép xuống tàu | giấy phép | 98 |", "Giấy phép xuống tàu | 21 giấy | 18 giấy")
        and not _TABLE_ROW.match(line)
        and not re.search(r"\|\s*[+-]?\d[\d.,]*(?:\s+[^\W\d]+)?\s*(?:\||$)", line)
    ):
        return True
    return "©" in line or any(f" {phrase} " in f" {normalised} " for phrase in forms.furniture_contains)


def furniture_lines(lines: list[str]) -> set[int]:
    """Indexes of the lines that are page furniture; after a related-news heading, every short
    line or list item up to the next sentence of the article."""
    related = load_forms().related_headers
    found: set[int] = set()
    in_related = False
    preview_left = 0  # lines of a shared link's preview still to come
    for index, line in enumerate(lines):
        if preview_left:
            found.add(index)
            preview_left -= 1
            continue
        if SITE_NAME.fullmatch(line.strip()):
            found.add(index)
            preview_left = _PREVIEW_LINES
            continue
        normalised = normalize_label(line)
        if in_related and (_LIST_ITEM.match(line) or (len(line) < _SHORT and not line.rstrip().endswith("."))):
            found.add(index)
            continue
        in_related = False
        if len(normalised) < 40 and starts_with_phrase(normalised, related):
            found.add(index)
            in_related = True
        elif _is_furniture(line, normalised):
            found.add(index)
    return found
