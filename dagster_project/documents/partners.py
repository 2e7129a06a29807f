"""Partner names mentioned in a report: every spelling the partner codelist knows, and
acronyms it does not know yet (those go to quality.unresolved_partners for review).

Resolution itself happens in dbt (int_partner_lookup), the same way as for registers; this
module only finds the names as written, with their offsets."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from dagster_project.documents.reader import DocumentText
from dagster_project.documents.word_lists import word_list
from dagster_project.parsing.text import normalize_label
from dagster_project.paths import SEEDS_DIR

# Acronyms of Vietnamese administration, units and documents: never partners.
ADMINISTRATIVE_ACRONYMS = frozenset(
    """UBND HDND HĐND ODA NGO NGOS FDI PCPNN CBCVVC CBCCVN CBCC CCVC HCCV HCNG CHDCND CHXHCN CHXHCNVN LB VT KT GD
    BC CP TW TU TTG CTR KH NQ CT KL TT BNV HTQT VPTTR SNGV TP THPT THCS CNTT KTXH XHCN USD VND LAK KRW JPY EUR THB GDP
    COVID EVFTA CPTPP RCEP FTA ASXH ANQP CSDL TNHH CP TCT BQL KKT QL QĐ QD TTHC PGS TS THS ICT PCI PAPI
    SIPAS VN PTV BTV MC PV""".split()
)
# One-word spellings ("Nga", "Pháp", "Anh") that are also ordinary words when the next or
# previous word makes them so ("pháp luật", "tiếng Anh").
_ORDINARY_AFTER = {"luat", "ly", "che", "em", "hung", "tinh", "nhan", "ngu"}
_ORDINARY_BEFORE = {"tieng", "ngu", "ban", "thay", "chi", "ong", "ba"}
_DOCUMENT_NUMBER = re.compile(r"\d+(?:/\d+)*[/-][\wĐđ/.-]+")
_ACRONYM = re.compile(r"(?<![\w/-])[A-Z][A-Z0-9&]{1,9}(?![\w-])")
_ROMAN_NUMERAL = re.compile(r"^[IVXLC]+$")


@dataclass(frozen=True)
class PartnerMention:
    name_as_written: str
    start: int
    end: int
    found_by: str  # codelist or acronym


# The reporting province and its country are in every sentence; they are not partners of a report.
HOME_PARTNERS = {"VN", "HATINH", "HATINH-BUSINESSES"}


@lru_cache(maxsize=2)
def known_spellings(seeds_dir: Path = SEEDS_DIR) -> dict[str, str]:
    """Every spelling in partners.csv and partner_aliases.csv -> partner code, longest first."""
    spellings: dict[str, str] = {}
    with (seeds_dir / "partners.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            code = row["partner_code"]
            for value in (
                row["name_vi"],
                row["name_en"],
                code if code.isalpha() and code.isupper() and len(code) > 2 else "",
            ):
                if value:
                    spellings[value] = code
    with (seeds_dir / "partner_aliases.csv").open(encoding="utf-8") as handle:
        spellings.update({row["alias"]: row["partner_code"] for row in csv.DictReader(handle) if row["alias"]})
    return dict(sorted(spellings.items(), key=lambda item: (-len(item[0]), item[0])))


@lru_cache(maxsize=2)
def _spelling_pattern(seeds_dir: Path = SEEDS_DIR) -> re.Pattern[str]:
    """Names of several words in any case ("bang MV"); one-word names as written ("Nga", not "nga")."""
    alternatives = "|".join(
        f"(?i:{re.escape(spelling)})" if " " in spelling else re.escape(spelling)
        for spelling in known_spellings(seeds_dir)
    )
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")


def _is_ordinary_word(text: str, start: int, end: int) -> bool:
    """A one-word spelling used as an ordinary word or inside another name ("Kỳ Anh")."""
    written = text[start:end]
    if " " in written or written.isupper():
        return False
    after = normalize_label(text[end : end + 20]).split()[:1]
    before = normalize_label(text[max(0, start - 20) : start]).split()[-1:]
    previous_word = re.search(r"(\w+) $", text[max(0, start - 20) : start])
    next_word = re.match(r" (\w+)", text[end : end + 20])
    inside_a_name = any(
        word and word.group(1)[0].isupper() and not word.group(1).isupper() for word in (previous_word, next_word)
    )
    return (
        bool(after and after[0] in _ORDINARY_AFTER) or bool(before and before[0] in _ORDINARY_BEFORE) or inside_a_name
    )


def partner_named_in(text: str, level: str | None = None, seeds_dir: Path = SEEDS_DIR) -> str | None:
    """The first partner (of ``level``: "province", "country", …) a text names anywhere ("Địa phương khác (Xiêng
    Khoảng, …)"), as written; not the province nor the country, nor a one-word spelling used as an ordinary word or
    inside another name ("Tiếng Anh", "Đức Thọ")."""
    spellings, codes = known_spellings(seeds_dir), _codes_by_lower_spelling(seeds_dir)
    for match in _spelling_pattern(seeds_dir).finditer(text):
        code = spellings.get(match.group(), codes.get(match.group().lower()))
        if code in HOME_PARTNERS or _is_ordinary_word(text, match.start(), match.end()):
            continue
        if level is None or _partner_levels(seeds_dir).get(code) == level:
            return match.group()
    return None


@lru_cache(maxsize=2)
def _partner_levels(seeds_dir: Path = SEEDS_DIR) -> dict[str, str]:
    """Partner code -> its level in partners.csv (country, province, organisation, …)."""
    with (seeds_dir / "partners.csv").open(encoding="utf-8") as handle:
        return {row["partner_code"]: row["partner_level"] for row in csv.DictReader(handle)}


@lru_cache(maxsize=2)
def _codes_by_lower_spelling(seeds_dir: Path = SEEDS_DIR) -> dict[str, str]:
    """Partner code by lower-cased spelling, for names matched in any case ("bang MV")."""
    return {spelling.lower(): code for spelling, code in known_spellings(seeds_dir).items()}


def find_partner_mentions(document: DocumentText, seeds_dir: Path = SEEDS_DIR) -> list[PartnerMention]:
    text = document.text
    mentions: list[PartnerMention] = []
    taken: list[tuple[int, int]] = []
    spellings, codes = known_spellings(seeds_dir), _codes_by_lower_spelling(seeds_dir)
    for match in _spelling_pattern(seeds_dir).finditer(text):
        taken.append((match.start(), match.end()))
        if spellings.get(match.group(), codes.get(match.group().lower())) in HOME_PARTNERS or _is_ordinary_word(
            text, match.start(), match.end()
        ):
            continue
        mentions.append(PartnerMention(match.group(), match.start(), match.end(), "codelist"))
    masked = [(m.start(), m.end()) for m in _DOCUMENT_NUMBER.finditer(text)]
    for block in document.blocks:
        letters = [ch for ch in block.text if ch.isalpha()]
        if letters and sum(ch.isupper() for ch in letters) > 0.6 * len(letters):
            continue  # titles and signatures in capitals
        for match in _ACRONYM.finditer(block.text):
            start, end = block.start + match.start(), block.start + match.end()
            token = match.group()
            if (
                token.upper() in ADMINISTRATIVE_ACRONYMS
                or token.upper() in word_list("subjects.home_acronyms")
                or _ROMAN_NUMERAL.match(token)
                or any(s <= start < e for s, e in taken + masked)
            ):
                continue
            mentions.append(PartnerMention(token, start, end, "acronym"))
    return sorted(mentions, key=lambda mention: mention.start)


def partner_opening(text: str, seeds_dir: Path = SEEDS_DIR) -> str | None:
    """The partner a clause opens with ("KOICA đã ...", "Tổ chức World Vision ..."), as written;
    None for the province and the country, and for ordinary words ("Pháp luật ...")."""
    stripped = text.lstrip(" -–•*+")
    offset = len(text) - len(stripped)
    match = _spelling_pattern(seeds_dir).match(stripped)
    if match is None:
        return None
    code = known_spellings(seeds_dir).get(match.group(), _codes_by_lower_spelling(seeds_dir).get(match.group().lower()))
    if code in HOME_PARTNERS or _is_ordinary_word(text, offset + match.start(), offset + match.end()):
        return None
    return match.group()
