"""Parts of a sentence that change what the figures in them mean.

- a comparison in parentheses, "(cùng kỳ năm 2022: 15 đoàn/52 lượt)": its figures belong to
  the same period a year earlier, and its year never re-dates the figure before it;
- a sub-count, "42 đoàn, trong đó có 09 đoàn cấp tỉnh": part of the headline before it;
- a label, "Đoàn ra: 19 đoàn", "Hội nghị, hội thảo quốc tế được tổ chức: 07": the words
  before the colon name what the number counts;
- the subject, "Tỉnh Nghệ An đón 12 đoàn", "cả nước có 6 triệu người": a figure of somebody
  other than the province is not one of the department's indicators.

Everything works on the original text and returns character spans, so offsets stay true.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dagster_project.parsing.text import normalize_label

_COMPARISON = re.compile(r"\(\s*(?:so với\s+)?cùng\s+k[ỳì](?:\s+năm\s+(?P<year>(?:19|20)\d{2}))?[^()]*\)", re.IGNORECASE)
# To the next comma or semicolon; a parenthesis inside ("1 dự án ... (FDI) với ...") belongs to it.
_SUB_COUNT = re.compile(r"\btrong\s+đó\b(?:[^,;()]|(?<=\d),(?=\d)|\([^()]*\))*", re.IGNORECASE)
_LEADING_ADVERBIAL = re.compile(r"^[\s\-–•*+]*(?:[^,;:]{0,60},\s*)?")
_NAMED_PLACE = re.compile(r"^(?i:riêng\s+)?(?i:tỉnh|thành phố|nước|huyện)\s+(?P<name>[A-ZĐÂĂÊÔƠƯ][\w]*(?:\s+[A-ZĐÂĂÊÔƠƯ][\w]*)*)")
_HOME = {"ha tinh"}
_WHOLE_COUNTRY = ("ca nuoc", "toan quoc", "ca nuoc ta")
_TOURISTS = ("khach du lich",)


@dataclass(frozen=True)
class Segment:
    kind: str  # comparison or sub_count
    start: int
    end: int
    named_year: int | None = None


def find_segments(text: str) -> list[Segment]:
    """Comparison parentheses and sub-count phrases of a sentence, in order."""
    segments = [
        Segment("comparison", m.start(), m.end(), int(m.group("year")) if m.group("year") else None) for m in _COMPARISON.finditer(text)
    ]
    for match in _SUB_COUNT.finditer(text):
        if not any(s.start <= match.start() < s.end for s in segments):
            segments.append(Segment("sub_count", match.start(), match.end()))
    return sorted(segments, key=lambda s: s.start)


def mask(text: str, segments: list[Segment]) -> str:
    """The text with the segments blanked out (same length, so offsets hold)."""
    chars = list(text)
    for segment in segments:
        chars[segment.start : segment.end] = " " * (segment.end - segment.start)
    return "".join(chars)


def label_before(text: str, position: int) -> str | None:
    """The label of a number written after a colon ("Đoàn ra: 19 đoàn"), normalised: the words
    from the previous separator up to the colon."""
    before = text[:position].rstrip()
    if not before.endswith(":"):
        return None
    start = max(before.rfind(";", 0, len(before) - 1), before.rfind("(", 0, len(before) - 1), before.rfind("\n", 0, len(before) - 1))
    label = normalize_label(before[start + 1 : -1])
    return label or None


def sentence_label(text: str) -> str | None:
    """The topic a sentence opens with before a colon ("Số đoàn vào: năm 2021 có 09 đoàn, ...")."""
    match = re.match(r"^[\s\-–•*+]*([^:;,()\d]{3,80}):", text)
    return normalize_label(match.group(1)) if match else None


def other_subject(clause: str, position: int) -> str | None:
    """Why a figure at ``position`` of a clause is not the province's own, or None."""
    before = normalize_label(clause[:position])
    for phrase in _WHOLE_COUNTRY:
        if f" {phrase} " in f" {before} ":
            return "a figure of the whole country, not of the province"
    for phrase in _TOURISTS:
        if f" {phrase} " in f" {normalize_label(clause)} ":
            return "tourist arrivals, not delegations or visitors received by the province"
    head = _LEADING_ADVERBIAL.sub("", clause[:position], count=1)
    for candidate in (head, clause[:position].lstrip(" -–•*+")):
        match = _NAMED_PLACE.match(candidate)
        if match and normalize_label(match.group("name")) not in _HOME:
            return f"a figure of {match.group('name')}, not of Hà Tĩnh"
    return None
