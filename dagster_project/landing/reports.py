"""Report tables: resolve the indicator (code or Vietnamese name) and bring the value into
the indicator's unit (``3,4`` + ``tỷ USD`` -> 3 400 000 000 USD)."""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from dagster_project.codelists import Indicator, load_indicators
from dagster_project.landing.rows import CellProblem
from dagster_project.parsing.text import normalize_label
from dagster_project.parsing.vn_numbers import CURRENCY_ALIASES, SCALE_WORDS, Amount
from dagster_project.paths import SEEDS_DIR

CURRENCY_UNITS = {"USD", "VND", "LAK", "KRW", "JPY", "EUR"}

# Unit words as reports write them -> the codelist units they can stand for.
UNIT_WORDS: dict[str, set[str]] = {
    "doan": {"delegation"},
    "luot": {"person", "vehicle", "vessel"},
    "luot nguoi": {"person"},
    "nguoi": {"person"},
    "luot khach": {"person"},
    "khach": {"person"},
    "luot can bo": {"person"},
    "can bo": {"person"},
    "luu hoc sinh": {"person"},
    "hoc sinh": {"person"},
    "hai cot": {"person"},
    "thuyen vien": {"person"},
    "luot thuyen vien": {"person"},
    "hoi nghi": {"event"},
    "hoi thao": {"event"},
    "hoi nghi hoi thao": {"event"},
    "su kien": {"event"},
    "thoa thuan": {"agreement"},
    "vu": {"case"},
    "vu viec": {"case"},
    "to chuc": {"organisation"},
    "nha tai tro": {"organisation"},
    "du an": {"project"},
    "chuong trinh du an": {"project"},
    "ho so": {"dossier"},
    "trang": {"page"},
    "gio": {"hour"},
    "quoc gia": {"country"},
    "quoc gia va vung lanh tho": {"country"},
    "phuong tien": {"vehicle", "vessel"},
    "luot phuong tien": {"vehicle", "vessel"},
    "giay phep": {"permit"},
    "the": {"permit"},
}


@lru_cache(maxsize=4)
@lru_cache(maxsize=4)
def _indicator_lookup(path: Path) -> dict[str, Indicator]:
    lookup: dict[str, Indicator] = {}
    for indicator in load_indicators(path).values():
        for spelling in (indicator.code, indicator.name_vi, indicator.name_en):
            lookup[normalize_label(spelling)] = indicator
    return lookup


def resolve_indicator(text: str, path: Path = SEEDS_DIR / "indicators.csv") -> Indicator:
    indicator = _indicator_lookup(path).get(normalize_label(text))
    if indicator is None:
        raise ValueError(f"unknown indicator '{text}' (use a code or Vietnamese name from indicators.csv)")
    return indicator


def unit_scale(unit_text: str | None, indicator: Indicator) -> Decimal:
    """How much one written unit is worth in the indicator's unit; raises if incompatible."""
    words = normalize_label(unit_text).split()
    if not words:
        return Decimal(1)
    scale = Decimal(1)
    if words[0] in SCALE_WORDS:
        scale = SCALE_WORDS[words.pop(0)]
    rest = " ".join(words)
    if indicator.unit in CURRENCY_UNITS:
        currency = CURRENCY_ALIASES.get(rest)
        if currency != indicator.unit:
            raise ValueError(f"unit '{unit_text}' is not {indicator.unit}, the unit of {indicator.code}")
        return scale
    if rest == normalize_label(indicator.unit) or indicator.unit in UNIT_WORDS.get(rest, set()):
        return scale
    raise ValueError(f"unit '{unit_text}' does not fit {indicator.code} (counted in {indicator.unit})")


def finalize_reported_row(values: dict[str, object]) -> list[CellProblem]:
    """Replace the written indicator, value and unit by code, scaled value and canonical unit."""
    problems: list[CellProblem] = []
    raw_indicator = values.get("indicator_code")
    amount = values.get("value")
    if raw_indicator is None or not isinstance(amount, Amount):
        return problems
    try:
        indicator = resolve_indicator(str(raw_indicator))
    except ValueError as error:
        return [CellProblem("indicator_code", raw_indicator, str(error))]
    values["indicator_code"] = indicator.code

    unit_text = values.get("unit") or amount.unit_text
    if amount.currency and not values.get("unit"):
        unit_text = f"{unit_text or ''} {amount.currency}".strip()
    try:
        scale = unit_scale(unit_text, indicator)
    except ValueError as error:
        problems.append(CellProblem("unit", values.get("unit"), str(error)))
        scale = Decimal(1)
    values["value"] = amount.value * scale
    values["unit"] = indicator.unit

    written_qualifier = values.get("qualifier") or "exact"
    if amount.qualifier != "exact" and written_qualifier not in ("exact", amount.qualifier):
        problems.append(
            CellProblem(
                "qualifier",
                written_qualifier,
                f"value says '{amount.qualifier}' but the note says '{written_qualifier}'",
            )
        )
    values["qualifier"] = amount.qualifier if amount.qualifier != "exact" else written_qualifier
    return problems
