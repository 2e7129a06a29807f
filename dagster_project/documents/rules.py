"""Indicator phrase families (phrases.yml) and how a figure's words are matched against them."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from dagster_project.codelists import load_indicators
from dagster_project.documents.word_lists import word_list
from dagster_project.parsing.text import normalize_label
from dagster_project.parsing.text_files import read_yaml

PHRASES_PATH = Path(__file__).with_name("phrases.yml")


def has_phrase(text: str, phrase: str) -> bool:
    """Whole-word containment on normalised text."""
    return f" {phrase} " in f" {text} "


_WORD = re.compile(r"[^\W_]+")


def has_written(text: str, phrase: str) -> bool:
    """Whether a phrase written with its diacritics ("sơ bộ") is in a text as written, as whole words; in a text typed
    without any diacritics ("theo so lieu so bo"), its bare letters are all there is to go by."""
    if text.isascii():
        return has_phrase(normalize_label(text), normalize_label(phrase))
    # (within one stretch of words: not across the stop in "hoàn thiện hồ sơ; Bộ Ngoại giao đã cấp …")
    stretches = re.split(r"[^\w\s]+", unicodedata.normalize("NFC", text).lower())
    return any(f" {phrase} " in f" {' '.join(_WORD.findall(stretch))} " for stretch in stretches)


def has_any(text: str, phrases: tuple[str, ...]) -> bool:
    padded = f" {text} "
    return any(f" {phrase} " in padded for phrase in phrases)


def phrase_of_list(text: str, list_name: str) -> str:
    """The first phrase of a list of report_words.yml standing in a normalised text as whole words, or ""."""
    return next((phrase for phrase in word_list(list_name) if has_phrase(text, phrase)), "")


def says_a_plan(words: str) -> bool:
    """Whether normalised words name a plan or target ("dự kiến", "phấn đấu", "sẽ"); "chia sẻ" (share) is not "sẽ"
    (will)."""
    return has_any(words.replace("chia se", "chia_se"), word_list("plan_words"))


def unconfirmed_word(text: str) -> str:
    """The words by which a writer says figures are not final ("chưa chốt", "số liệu sơ bộ"), or ""."""
    return phrase_of_list(normalize_label(text), "unconfirmed_words") or next(
        (w for w in word_list("unconfirmed_words_as_written") if has_written(text, w)), ""
    )


def own_words_after(text: str) -> str:
    """The words right after a value, normalised, up to the end of its clause or the next number ("…, chưa thống nhất
    với số của Tổ …", "…, chưa có số chính thức)")."""
    return normalize_label(re.split(r"[;.\d]", text, maxsplit=1)[0])


def disagreement_in(words: str) -> str:
    """The words of normalised ``words`` saying two sources give a value differently ("chưa thống nhất với số của Tổ
    …"), or ""; not when negated ("không có chênh lệch với số kế hoạch")."""
    phrase = phrase_of_list(words, "disagreement_words")
    if phrase and re.search(rf"\b(?:khong|chua)(?: co)? {re.escape(phrase)}\b", words):
        return ""
    return phrase


@dataclass(frozen=True)
class IndicatorRule:
    indicator: str
    units: tuple[str, ...]
    near: tuple[tuple[str, ...], ...] = ()
    clause: tuple[tuple[str, ...], ...] = ()
    sentence: tuple[tuple[str, ...], ...] = ()
    not_near: tuple[str, ...] = ()
    not_clause: tuple[str, ...] = ()
    follows: str | None = None
    not_after: tuple[str, ...] = ()
    listed_with: tuple[str, ...] = ()
    # A clause naming one of ``share_in_clause`` and none of ``whole_in_clause`` counts a share ("qua cửa khẩu phụ Kim
    # Quang"); with a whole named too ("qua CKQT Cầu Treo và cửa khẩu phụ Kim Quang") it counts the whole.
    share_in_clause: tuple[str, ...] = ()
    whole_in_clause: tuple[str, ...] = ()
    # Phrases whose words meet no near or clause requirement: "người nước ngoài" (foreigners) holds "nước ngoài"
    # (abroad); "Tổng Lãnh sự quán" (a consulate, a place) holds "lãnh sự" (the consular field).
    ignores: tuple[str, ...] = ()

    def requirements_met(self, unit: str, near: str, clause: str, sentence: str) -> bool:
        for phrase in self.ignores:
            near = f" {near} ".replace(f" {phrase} ", " " * (len(phrase) + 2)).strip()
            clause = f" {clause} ".replace(f" {phrase} ", " " * (len(phrase) + 2)).strip()
        return (
            unit in self.units
            and all(has_any(near, group) for group in self.near)
            and all(has_any(clause, group) for group in self.clause)
            and all(has_any(sentence, group) for group in self.sentence)
        )

    def excluded_by(self, near: str, clause: str, after: str = "") -> str | None:
        """The phrase that stops this rule, if any. ``after`` is the figure's own words after
        it: who the counted guests were ("... là lãnh đạo các tỉnh của Lào, Đại sứ quán ...")."""
        # (the list of guests is what follows its first kind; not the counted noun before it, "21 đoàn ra
        # …, chủ yếu sang các tỉnh bạn Lào")
        starts = [f" {after} ".find(f" {kind} ") for kind in self.listed_with if has_phrase(after, kind)]
        guests = f" {after} "[min(starts) :] if starts else ""
        # ("Sáu tháng cuối năm, … cho bốn tổ chức": the months of a period, not a stock's "cuối năm")
        near = _MONTHS_AT_THE_YEARS_END.sub(lambda match: " " * len(match.group()), near)
        for phrase in self.not_near:
            # "tổng trị giá" (a phrase of the rule) is not "trị giá" (one gift's value).
            words = f" {near} "
            for longer in _own_phrases_holding(self, phrase):
                words = words.replace(f" {longer} ", "   ")
            # One item of a list of guests of several kinds does not say what the whole count is.
            if has_phrase(words.strip(), phrase) and not (guests and has_phrase(guests.strip(), phrase)):
                return phrase
        for phrase in self.not_clause:
            if _named_outside(clause, phrase, _own_clause_phrases(self)):
                return phrase
        share = next((phrase for phrase in self.share_in_clause if has_phrase(clause, phrase)), None)
        if share and not any(has_phrase(clause, whole) for whole in self.whole_in_clause):
            return share
        for phrase in self.not_after:
            if has_phrase(after, phrase):
                return phrase
        return None


_MONTHS_AT_THE_YEARS_END = re.compile(r"\b(?:0?6|sau|nhung|cac|may) thang cuoi nam\b")


@lru_cache(maxsize=256)
def _own_clause_phrases(rule: IndicatorRule) -> tuple[str, ...]:
    """The rule's own clause phrases of two words or more ("cua khau cang": a port's gate, not a land gate)."""
    return tuple(own for group in rule.clause for own in group if " " in own)


def _named_outside(text: str, phrase: str, own: tuple[str, ...]) -> bool:
    """``phrase`` is named in ``text`` somewhere no own phrase of the rule covers a word of it ("tai cua khau" in
    "tai cua khau cang vung ang" is the port's gate)."""
    if not has_phrase(text, phrase):
        return False
    words = text.split()

    def spans(target: str) -> list[range]:
        length = len(target.split())
        return [
            range(i, i + length) for i in range(len(words) - length + 1) if " ".join(words[i : i + length]) == target
        ]

    covered = {index for name in own for span in spans(name) for index in span}
    return any(covered.isdisjoint(span) for span in spans(phrase))


@lru_cache(maxsize=1024)
def _own_phrases_holding(rule: IndicatorRule, phrase: str) -> tuple[str, ...]:
    """The rule's own near phrases that hold ``phrase`` inside a longer phrase."""
    return tuple(own for group in rule.near for own in group if own != phrase and has_phrase(own, phrase))


class RuleFileError(ValueError):
    """phrases.yml names an indicator or a field that does not exist."""


FOREIGN_COUNTRY = "{foreign_country}"
FOREIGN_PROVINCE = "{foreign_province}"
LAO_PROVINCE = "{lao_province}"


@lru_cache(maxsize=4)
def foreign_partner_names(level: str = "country", country: str | None = None) -> tuple[str, ...]:
    """Normalised Vietnamese names of the countries (or provinces) in dbt/seeds/partners.csv,
    Viet Nam's aside (only those of ``country``, an ISO code, when it is given)."""
    import csv

    from dagster_project.paths import DBT_PROJECT_DIR

    with (DBT_PROJECT_DIR / "seeds" / "partners.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    # (and every spelling partner_aliases.csv knows: "Bolikhămxay", "Bolikhamxay" for "Bolikhamsay")
    with (DBT_PROJECT_DIR / "seeds" / "partner_aliases.csv").open(encoding="utf-8") as handle:
        aliases = list(csv.DictReader(handle))
    codes = {
        row["partner_code"]
        for row in rows
        if row["partner_level"] == level
        and row["country_code"] != "VN"
        and row["country_code"] == (country or row["country_code"])
    }
    names = {normalize_label(row["name_vi"]) for row in rows if row["partner_code"] in codes}
    names |= {normalize_label(row["alias"]) for row in aliases if row["partner_code"] in codes}
    return tuple(sorted(name for name in names if name))


def foreign_country_names() -> tuple[str, ...]:
    return foreign_partner_names("country")


@lru_cache(maxsize=1)
def foreign_names() -> tuple[str, ...]:
    """Every foreign country's and province's name and alias, normalised."""
    return foreign_partner_names("country") + foreign_partner_names("province")


def _expand(phrases) -> tuple[str, ...]:
    """A phrase naming {foreign_country} stands for one phrase per country ("cong tac tai lao", ...),
    one naming {foreign_province} for one per foreign province ("lanh dao tinh kham muon", ...), one naming
    {lao_province} for one per province of Laos ("hai tinh bolikhamsay", ...)."""
    expanded = []
    for phrase in phrases:
        if FOREIGN_COUNTRY in phrase:
            expanded += [phrase.replace(FOREIGN_COUNTRY, name) for name in foreign_partner_names("country")]
        elif FOREIGN_PROVINCE in phrase:
            expanded += [phrase.replace(FOREIGN_PROVINCE, name) for name in foreign_partner_names("province")]
        elif LAO_PROVINCE in phrase:
            expanded += [phrase.replace(LAO_PROVINCE, name) for name in foreign_partner_names("province", "LA")]
        else:
            expanded.append(phrase)
    return tuple(expanded)


def _tuple_of_groups(value) -> tuple[tuple[str, ...], ...]:
    return tuple(_expand(group) for group in (value or ()))


_PHRASE = re.compile(r"^[a-z0-9]+(?: [a-z0-9]+)*$")
_PLACEHOLDER = re.compile(r"\{(?:foreign_country|foreign_province|lao_province)\}")
_FLAT_FIELDS = (
    "units",
    "not_near",
    "not_clause",
    "not_after",
    "listed_with",
    "share_in_clause",
    "whole_in_clause",
    "ignores",
)
_GROUP_FIELDS = ("near", "clause", "sentence")


def _check_phrase(file: str, code: str, field: str, phrase) -> None:
    plain = _PLACEHOLDER.sub("x", phrase) if isinstance(phrase, str) else phrase
    # Units may be currency codes ("USD"); every other phrase is compared with normalised text.
    currency = field == "units" and isinstance(phrase, str) and phrase.isupper() and phrase.isalpha()
    if not isinstance(phrase, str) or not (_PHRASE.match(plain) or currency):
        raise RuleFileError(
            f"{file}: {code}.{field} holds {phrase!r}; write phrases lower case, without diacritics or punctuation"
        )


def _check_rule(file: str, code: str, body, raw: dict) -> None:
    """Every field known and of its shape, every phrase comparable: errors name the rule and the entry."""
    if not isinstance(body, dict):
        raise RuleFileError(f"{file}: {code} must be a mapping of fields")
    if unknown := sorted(set(body) - {*_FLAT_FIELDS, *_GROUP_FIELDS, "follows"}):
        raise RuleFileError(f"{file}: {code} has unknown fields {unknown}")
    if not body.get("units"):
        raise RuleFileError(f"{file}: {code} names no units")
    for field in _FLAT_FIELDS:
        value = body.get(field) or []
        if not isinstance(value, list):
            raise RuleFileError(f"{file}: {code}.{field} must be a list of phrases")
        for phrase in value:
            _check_phrase(file, code, field, phrase)
    for field in _GROUP_FIELDS:
        value = body.get(field) or []
        if not isinstance(value, list) or not all(isinstance(group, list) and group for group in value):
            raise RuleFileError(f"{file}: {code}.{field} must be a list of non-empty lists of phrases")
        for group in value:
            for phrase in group:
                _check_phrase(file, code, field, phrase)
    if "follows" in body and body["follows"] not in raw:
        raise RuleFileError(f"{file}: {code}.follows names '{body['follows']}', which has no rule")


@lru_cache(maxsize=1)
def indicator_vocabularies() -> tuple[frozenset[str], ...]:
    """For each indicator, the words of its Vietnamese name, its counted nouns and the phrases it requires near them
    ("so", "doan", "ra", "di", "cong", "tac", "nuoc", "ngoai", …): the words a label naming that indicator, and
    nothing narrower, is made of."""
    names = {code: indicator.name_vi for code, indicator in load_indicators().items()}
    # (not the partners' names a phrase was expanded with: "công tác tại Lào" names no kind of delegation)
    partners = {
        word for kind in ("country", "province") for name in foreign_partner_names(kind) for word in name.split()
    }
    vocabularies: dict[str, set[str]] = {}
    for rule in load_rules():
        words = vocabularies.setdefault(rule.indicator, set(normalize_label(names.get(rule.indicator, "")).split()))
        for phrase in (*rule.units, *(p for group in rule.near for p in group)):
            if not set(phrase.split()) & partners:
                words.update(phrase.split())
    return tuple(frozenset(words) for words in vocabularies.values())


@lru_cache(maxsize=1)
def counted_nouns() -> frozenset[str]:
    """Every word of the rules' counted nouns ("doan", "luot", "khach", "ho", "so", …)."""
    return frozenset(word for rule in load_rules() for unit in rule.units for word in unit.split())


@lru_cache(maxsize=2)
def load_rules(path: Path = PHRASES_PATH) -> tuple[IndicatorRule, ...]:
    raw = read_yaml(path)
    if not isinstance(raw, dict):
        raise RuleFileError(f"{path.name}: expected a mapping of indicator codes to rules")
    indicators = load_indicators()
    rules = []
    for code, body in raw.items():
        if code not in indicators:
            raise RuleFileError(f"{path.name}: '{code}' is not an indicator of indicators.csv")
        _check_rule(path.name, code, body, raw)
        rules.append(
            IndicatorRule(
                indicator=code,
                units=tuple(body["units"]),
                near=_tuple_of_groups(body.get("near")),
                clause=_tuple_of_groups(body.get("clause")),
                sentence=_tuple_of_groups(body.get("sentence")),
                not_near=_expand(body.get("not_near") or ()),
                not_clause=_expand(body.get("not_clause") or ()),
                follows=body.get("follows"),
                not_after=_expand(body.get("not_after") or ()),
                listed_with=_expand(body.get("listed_with") or ()),
                share_in_clause=_expand(body.get("share_in_clause") or ()),
                whole_in_clause=_expand(body.get("whole_in_clause") or ()),
                ignores=_expand(body.get("ignores") or ()),
            )
        )
    return tuple(rules)


def rules_by_unit(rules: tuple[IndicatorRule, ...]) -> dict[str, tuple[IndicatorRule, ...]]:
    """The rules that count each unit, in their order: a figure's unit narrows the rules to weigh."""
    by_unit: dict[str, list[IndicatorRule]] = {}
    for rule in rules:
        for unit in dict.fromkeys(rule.units):
            by_unit.setdefault(unit, []).append(rule)
    return {unit: tuple(counting) for unit, counting in by_unit.items()}


@lru_cache(maxsize=2)
def unit_phrases(path: Path = PHRASES_PATH) -> tuple[str, ...]:
    """Every counted noun a rule knows, longest first, to read the unit after a number."""
    phrases = {unit for rule in load_rules(path) for unit in rule.units if not unit.isupper()}
    return tuple(sorted(phrases, key=lambda phrase: (-len(phrase.split()), phrase)))


@lru_cache(maxsize=256)
def noun_measures(noun: str) -> frozenset[str]:
    """The units of measure (indicators.csv) of the indicators that count a noun ("luot nguoi" ->
    {"person"}, "luot phuong tien" -> {"vehicle", "vessel"}); empty for a noun no rule counts."""
    indicators = load_indicators()
    return frozenset(indicators[rule.indicator].unit for rule in load_rules() if noun in rule.units)


@lru_cache(maxsize=1)
def _unit_phrases_by_first_word() -> dict[str, tuple[tuple[str, int], ...]]:
    """unit_phrases() by their first word (longest first within each), with their length in words."""
    index: dict[str, list[tuple[str, int]]] = {}
    for phrase in unit_phrases():
        index.setdefault(phrase.split()[0], []).append((phrase, len(phrase.split())))
    return {first: tuple(phrases) for first, phrases in index.items()}


# The same few words follow the numbers of a report again and again: each is read once.
@lru_cache(maxsize=1 << 13)
def read_unit(unit_words: str, currency: str | None) -> str | None:
    """The counted noun right after a number ("luot khach quoc te" -> "luot khach"), past a
    classifier ("cuoc hoi thao" -> "hoi thao"), or the currency."""
    if currency:
        return currency
    words = unit_words.split()
    if words[:1] and words[0] in word_list("abbreviated_delegations") and _paired_with_their_members(words):
        return "doan"  # "03 ĐR/09 lượt", "05 ĐV/38 lượt": the clerks' "đoàn ra", "đoàn vào" as the counted noun
    # "01 cuộc hội thảo", "120 em thiếu nhi"; a classifier alone may be the noun ("1.104 em": students)
    if len(words) > 1 and words[0] in word_list("classifiers"):
        words = words[1:]
    for phrase, length in _unit_phrases_by_first_word().get(words[0], ()) if words else ():
        if " ".join(words[:length]) == phrase:
            return None if _in_a_compound(phrase, words, 0) else phrase
    return None


def _paired_with_their_members(words: list[str]) -> bool:
    """ "ĐR" counts delegations as written; "ĐV" only paired with their members ("05 ĐV/38 lượt"): alone it is as often
    "đơn vị" (units) or "đoàn viên" (union members)."""
    rest = words[2:] if words[1:2] in (["gom"], ["voi"], ["va"]) else words[1:]  # ("03 ĐV gồm 25 lượt người")
    return words[0] == "dr" or (len(rest) > 1 and rest[0].isdigit() and rest[1] == "luot")


# Counted nouns inside compounds that count nothing: (words before, words after) that make the compound.
_COMPOUNDS_COUNTING_NOTHING = {
    # "dịch vụ", "nhiệm vụ", "hộ chiếu công vụ": service, task, duty, official, season; no case counted
    "vu": ({"dich", "nhiem", "phuc", "nghiep", "chuc", "cong", "thoi", "su"}, set()),
    # "khẩu trang", "trang thiết bị": a mask, fashion, equipment, clothing, a farm; no page counted
    "trang": ({"khau", "thoi", "vu", "doanh", "nong"}, {"thiet", "phuc", "trai", "tri", "bi", "web", "suc", "nghiem"}),
    # "lượt doanh nghiệp" ("lượt DN"), "lượt đơn vị", "lượt cơ quan", "lượt trường": visits counted of businesses,
    # offices or schools, no persons crossing or travelling
    "luot": (set(), {"doanh", "dn", "don", "co", "truong"}),
}


def _in_a_compound(phrase: str, words: list[str], start: int) -> bool:
    """Whether the counted noun ``phrase`` at ``start`` of ``words`` is part of a compound that counts nothing."""
    before_words, after_words = _COMPOUNDS_COUNTING_NOTHING.get(phrase, (set(), set()))
    before = words[start - 1] if start else ""
    after = words[start + 1] if start + 1 < len(words) else ""
    return before in before_words or after in after_words


def unit_in_label(label: str) -> str | None:
    """The first counted noun a label names ("hoi nghi hoi thao quoc te duoc to chuc" -> "hoi nghi
    hoi thao"); "tổ chức" before another counted noun is the verb "to organise" ("chỉ tiêu tổ
    chức hội nghị, hội thảo quốc tế")."""
    words = label.split()
    by_first = _unit_phrases_by_first_word()
    found = [
        (start, phrase)
        for start in range(len(words))
        for phrase, length in by_first.get(words[start], ())
        if " ".join(words[start : start + length]) == phrase
    ]
    for index, (start, phrase) in enumerate(found):
        if phrase == "to chuc" and any(later > start for later, _ in found[index + 1 :]):
            continue
        if phrase.startswith("doan") and start and words[start - 1] == "giai":
            continue  # "giai đoạn 2023 - 2025" is a span of years, not delegations
        if _in_a_compound(phrase, words, start):
            continue
        return phrase
    return None


def capital_rules() -> dict[str, IndicatorRule]:
    """Project-count indicator -> the rule of the capital that follows it."""
    return {rule.follows: rule for rule in load_rules() if rule.follows}


def likely_indicators(unit: str | None, words: str, limit: int = 3) -> list[str]:
    """The indicators a number most likely counts when no rule settled it, for the person who
    reviews it: those counting its noun (or currency), the ones whose phrases the sentence
    (normalised ``words``) holds most first; none when nothing but the noun speaks for them."""
    if unit is None:
        return []
    scored = []
    for rule in load_rules():
        if unit not in rule.units:
            continue
        phrases = {phrase for group in (*rule.near, *rule.clause, *rule.sentence) for phrase in group}
        score = sum(has_phrase(words, phrase) for phrase in phrases)
        if score:
            scored.append((-score, rule.indicator))
    best = sorted(scored)
    return [code for _, code in best if best and _ == best[0][0]][:limit]
