"""Units a sheet states once for its money columns: a line under the title
(``(Đơn vị tính: đồng)``, ``ĐVT: triệu đồng``) or the header itself (``Kinh phí (triệu đồng)``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from dagster_project.parsing.text import normalize_label
from dagster_project.parsing.vn_numbers import CURRENCY_ALIASES, SCALE_WORDS

_UNIT_LINE = re.compile(r"\b(?:don vi tinh|don vi|dvt)\b\s*(.*)$")
_PARENTHESES = re.compile(r"\(([^()]*)\)")


@dataclass(frozen=True)
class ColumnUnit:
    scale: Decimal
    currency: str | None
    written: str  # the words as the sheet writes them
    where: str  # "title" or "header"

    def describe(self) -> str:
        scale = "" if self.scale == 1 else f" x {self.scale:,}"
        return f"{self.currency or 'no currency'}{scale} from the {self.where} '{self.written}'"


def unit_from_words(words: str) -> tuple[Decimal, str | None] | None:
    """(scale, currency) of unit words such as ``triệu đồng``, ``nghìn USD``, ``USD``, ``triệu``;
    None when they name no money unit (``người``, ``đoàn``)."""
    tokens = normalize_label(words).split()
    scale = Decimal(1)
    digits = ""
    while tokens and tokens[0].isdigit():  # "1.000 đồng" (normalised "1 000 dong"): thousands of dong
        digits += tokens.pop(0)
    if digits:
        scale = Decimal(digits)
        if scale <= 0 or scale != 10 ** (len(digits) - 1):
            return None
    if tokens and tokens[0] in SCALE_WORDS:
        scale *= SCALE_WORDS[tokens.pop(0)]
    for length in range(min(3, len(tokens)), 0, -1):
        currency = CURRENCY_ALIASES.get(" ".join(tokens[:length]))
        if currency and len(tokens) == length:
            return scale, currency
    if not tokens and scale != 1:
        return scale, None
    return None


def title_unit(title_lines: list[str]) -> ColumnUnit | None:
    """The money unit a title block states (one line saying ``Đơn vị tính: …`` or ``ĐVT: …``)."""
    for line in title_lines:
        for part in [line, *_PARENTHESES.findall(line)]:
            match = _UNIT_LINE.search(normalize_label(part))
            if match and (unit := unit_from_words(match.group(1))):
                return ColumnUnit(unit[0], unit[1], line.strip(), "title")
    return None


def header_unit(header_text: str) -> ColumnUnit | None:
    """The unit a header carries in brackets or after a dash: ``Kinh phí (triệu đồng)``,
    ``Số tiền - USD``, ``Giá trị (ĐVT: nghìn USD)``."""
    parts = _PARENTHESES.findall(header_text)
    if " - " in header_text:
        parts.append(header_text.rsplit(" - ", 1)[1])
    for part in parts:
        words = normalize_label(part)
        match = _UNIT_LINE.search(words)
        unit = unit_from_words(match.group(1) if match else words)
        if unit:
            return ColumnUnit(unit[0], unit[1], header_text.strip(), "header")
    return None
