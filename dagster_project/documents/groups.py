"""Figures written as one phrase and the words that go with them.

"36 đoàn với 248 lượt người đi công tác nước ngoài" is one phrase: its figures share the words
around them ("near"), from the figure before to the figure after. The words before "và" or a
comma belong to the figure before; an enumeration after "gồm" says who, not what; a later
label's words belong to the next item.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from dagster_project.documents.forms import starts_with_phrase
from dagster_project.documents.quantities import Quantity
from dagster_project.documents.rules import has_any, noun_measures, read_unit, unit_in_label, unit_phrases
from dagster_project.documents.scopes import period_label
from dagster_project.documents.segments import label_before, period_label_text
from dagster_project.documents.word_lists import word_list
from dagster_project.parsing.text import normalize_label

CHANGE_WORDS = (
    "tăng",
    "giảm",
    "tăng thêm",
    "giảm đi",
    "nhiều hơn",
    "ít hơn",
    # ("thấp hơn quý II 5 đoàn": lower than the quarter by five)
    "cao hơn",
    "thấp hơn",
    "chênh lệch",
    "chênh",
    "lệch",
)
# "↑ 4 đoàn", "▼ 2 vụ" (and in a table cell "+16"): a sign before a figure marks a change, as "tăng"/"giảm"
# do. (In running text "+84 …" is a telephone number.)
_ARROWS = "↑↓▲▼△▽↗↘⬆⬇"
CHANGE_SIGN = re.compile(rf"[{_ARROWS}]\s*$")
CELL_CHANGE_SIGN = re.compile(rf"[{_ARROWS}+]\s*$")
ESTIMATE_WORD = re.compile(r"(?<!công )(?<!điều )(?<!hiệp )(?<!mong )(?<!giao )(?<!quy )\bước\b")
_JOINERS = {"", "voi", "va", "gom"}
# ("nhiều hơn quý trước là 02 đoàn": the period compared with, then "là")
_COMPARED_PERIOD = re.compile(
    r"(?:\s+so với)?\s+(?:cùng kỳ|kỳ trước|tháng trước|quý trước|năm trước)(?:\s+năm)?(?:\s+là)?$"
)

# "Quý I đón 14 đoàn": the verb of receiving guests, as written; without its diacritics it would
# read as "đơn" (an application, "đơn vị" a unit), so it is spelled out as "đón tiếp" before the
# figure's words are normalised.
_RECEIVED = re.compile(r"\bđón\b(?!\s+tiếp)", re.IGNORECASE)
_DELEGATION_UNITS = {"doan", "phai doan", "luot doan"}
# (or before the estimate it replaces: "(số liệu chính thức, thay thế số liệu ước tại Báo cáo số 1162 …)")
_OFFICIAL_AFTER_AN_ESTIMATE = re.compile(
    r"\bước\b.*\bsố(?: liệu)? chính thức\b|\bthay thế\s+(?:cho\s+)?(?:các\s+)?(?:số liệu|số)\s+ước\b"
)
_NAMED_BASE_PERIOD = re.compile(r"(?<=[^\W\d_])\s+(?:năm|quý|tháng)\s+[\divx]+(?:\s*/\s*\d{4})?(?:\s+là)?\s*$")
_RUNNING_TOTAL_OF_PERIOD = re.compile(r"\b(?:cong don|quy (?:i|ii|iii|iv))\b")


# ("- Số hài cốt liệt sỹ quân tình nguyện … được tiếp nhận, an táng trong năm là 29": a long subject)
_COUNTED_SUBJECT = re.compile(r"^\W*(?:tổng\s+)?số\s+([^;:]{3,200}?)\s+(?:đạt|là|có)\s*$", re.IGNORECASE)


def _counted_subject(clause: str, quantity: Quantity) -> str | None:
    """The noun a clause opening "Số <noun> … đạt/là" counts, for a figure right after it."""
    match = _COUNTED_SUBJECT.match(clause[: quantity.start])
    return normalize_label(match.group(1)) if match else None


def _before_next_statement(tail: str, own_end: int) -> tuple[str, str]:
    """The tail up to a comma that opens another statement (", ngoài ra các doanh nghiệp …"), or that says what most
    of the counted were (", phần lớn là đoàn của các Đại sứ quán …"), and those last words, normalised ("" if none)."""
    for match in re.finditer(",", tail[own_end:]):
        after = normalize_label(tail[own_end + match.end() :])
        if opener := next((o for o in word_list("composition_openers") if f"{after} ".startswith(f"{o} ")), None):
            return tail[: own_end + match.start()], after[len(opener) :].strip()
        opener = next((o for o in word_list("statement_openers") if f"{after} ".startswith(f"{o} ")), None)
        if opener and not f"{after} "[len(opener) :].startswith(" la "):
            return tail[: own_end + match.start()], ""
    return tail, ""


@dataclass
class FigureGroup:
    """Figures written as one phrase ("36 đoàn với 248 lượt"), sharing the words around them."""

    members: list[Quantity]
    units: list[str | None]
    near: str = ""
    is_change: bool = False
    estimated: bool = False  # "ước đón 31 đoàn": the words before the figures say it is an estimate
    near_with_previous: str = ""  # the words from the figure before, when a comma cut them off
    lead: str = ""  # the words between the figure before and this one
    after: str = ""  # the words after the first figure, to the next figure: who or what was counted
    # those words as written, up to a comma, a semicolon or a word opening a reason or a contrast
    # ("… 03 đoàn với 11 lượt người do các nước chưa mở cửa"): the figure's own phrase
    own_after_written: str = ""
    after_written: str = ""  # the clause after the figures as written (lower case), brackets and all
    lead_written: str = ""  # the lead's words as written ("mỗi" is not "mới", "Hàn" is not "hạn")
    own_lead_written: str = ""  # the lead as written from its last comma or semicolon: the figure's own
    # "gần 38.500 lượt người và 6.215 lượt phương tiện": the first figure's qualifier, which the others
    # written without one may or may not share
    first_qualifier: str = "exact"
    # ", phần lớn là kiều bào về thăm quê": what most of the counted were, which does not say what the count is
    composition: str = ""
    examples: str = ""  # the words after "tiêu biểu là", "điển hình là": some of what it counts, named as examples
    # ("Riêng Quý II: 14 đoàn ra, 19 đoàn vào": its lead is the list's, not the words written right before it)
    borrows_its_lead: bool = False
    # "bình quân mỗi năm khoảng 37 đoàn ra và 31 đoàn vào": the lead of the list's first figure, when this one
    # only continues the list (after its noun, a comma or "và"); its words govern the whole list
    list_lead: str = ""


def unit_of(quantity: Quantity, label: str | None) -> str | None:
    """The counted noun after the number; under a label ("Số lưu học sinh ...: 1.132 em") the
    label's noun wins over a classifier, or over a noun it narrows."""
    if quantity.unit_words and counts_time(quantity):
        return None  # "Đoàn ra: 10 tháng đầu năm, ...": ten months, not ten delegations
    unit = read_unit(quantity.unit_words, quantity.currency)
    if label and not quantity.is_money:
        labelled = unit_in_label(label)
        # "cơ quan đại diện, tổ chức quốc tế: 07 đoàn": an organisation named in the label is who,
        # the figure's own noun is what it counts; so is any noun of its own that measures something
        # else than the label's ("(quý I/2025: 103.520 lượt người và 19.467 lượt phương tiện)" after
        # a sentence on vehicles), while "Lưu học sinh Lào …: khoảng 1.300 người" is the label's.
        own, named = noun_measures(unit or ""), noun_measures(labelled or "")
        if (
            unit in word_list("turn_nouns")
            and labelled
            and f"{unit} {labelled}" in unit_phrases()
            and "delegation" not in named
            and not _names_another_noun_after(label, labelled)
        ):
            # "Phương tiện XNC qua CKQT Cầu Treo: 6.918 lượt": turns of what the label names ("lượt phương tiện"),
            # not persons; not "Đoàn ra: 14 đoàn/52 lượt" nor "Số đoàn …: … 134 lượt", where the turns are the
            # delegations' members, nor "Phương tiện, hành khách …: 152.300 lượt", a label naming two
            return f"{unit} {labelled}"
        return unit if unit and own and named and not own & named else labelled or unit
    return unit


def _names_another_noun_after(label: str, noun: str) -> bool:
    """Whether a label names a second counted noun after ``noun``, its first ("phuong tien hanh khach …")."""
    words = label.split()
    return unit_in_label(" ".join(words[words.index(noun.split()[0]) + 1 :])) is not None


# "..., gồm Đoàn lãnh đạo tỉnh Khăm Muồn, Đại sứ quán Hàn Quốc ...": who the delegations were,
# not what the figure counts. ("…, tiêu biểu là Đoàn công tác tỉnh Chungcheongbuk-do … và Đoàn Đại sứ quán …": some of
# them, as examples)
_EXAMPLES = re.compile(r"(?:tiêu biểu|điển hình)", re.IGNORECASE)
_ENUMERATION = re.compile(
    r"[,:]?\s*\b(?:bao gồm|gồm có|gồm|như|cụ thể là|cụ thể|(?:tiêu biểu|điển hình) (?:là|như))\b[\s:]",
    re.IGNORECASE,
)


def counts_a_span_of_time(quantity: Quantity, clause: str) -> bool:
    """ "6 tháng", "60 năm": a length of time inside the words of a figure, not a figure (a value
    after a label, "Quý I: 01; ...", is one)."""
    words = quantity.unit_words.split()
    labelled = clause[: quantity.start].rstrip().endswith(":")
    return not quantity.is_money and bool(words) and words[0] in words_of_time() and not labelled


_OWN_PHRASE_END = re.compile(r"[,;(]|\b(?:do|vì|bởi|nhưng|song|tuy nhiên|để|khi|mặc dù|nên)\b")


def figure_groups(clause: str, quantities: list[Quantity], topic: str = "") -> list[FigureGroup]:
    # "Kim ngạch xuất nhập khẩu 6 tháng ước đạt 1,25 tỷ USD": "6 tháng" does not cut the phrase.
    quantities = [quantity for quantity in quantities if not counts_a_span_of_time(quantity, clause)]
    groups: list[FigureGroup] = []
    for quantity in quantities:
        label = label_before(clause, quantity.start)
        own_label = period_label_text(clause, quantity.start)
        value_labels = word_list("value_labels.result") + word_list("value_labels.plan")
        if own_label and (period_label(own_label, 2000) is not None or normalize_label(own_label) in value_labels):
            label = topic or None  # "Quý II: 03", "Thực hiện: 14": the sentence's topic names what is counted
        if label and (opener := starts_with_phrase(label, word_list("detail_openers"))):
            # "Cụ thể: năm 2021: 10 đoàn": the words say details follow, not what they count
            label = label[len(opener) :].strip() or None
        unit = unit_of(quantity, label)
        if (
            not groups
            and (unit is None or unit in word_list("classifiers"))
            and (subject := _counted_subject(clause, quantity))
        ):
            # "Số lưu học sinh Lào đang theo học … đạt gần 1.300 em": the noun the sentence counts.
            unit = unit_in_label(subject) or unit
        if groups and not quantity.is_money and not groups[-1].members[-1].is_money:
            previous, previous_unit = groups[-1].members[-1], groups[-1].units[-1]
            between = normalize_label(clause[previous.end : quantity.start])
            rest = (
                between[len(previous_unit or "") :].strip()
                if previous_unit and between.startswith(previous_unit or "")
                else None
            )
            # "02 đoàn công tác đi thăm, làm việc ... tại Hàn Quốc và Nhật Bản với 11 lượt cán bộ":
            # the people of the delegations counted before, however long the words between.
            people_of_delegations = (
                previous_unit == "doan" and (unit or "").startswith("luot") and between.endswith(" voi")
            )
            separated = re.search(r"[;.:]", clause[previous.end : quantity.start])
            # One figure per counted noun in a phrase: "41 đoàn ra với 203 lượt người và 44 đoàn vào" is two.
            if (
                (rest in _JOINERS or people_of_delegations)
                and unit is not None
                and not separated
                and unit not in groups[-1].units
            ):
                groups[-1].members.append(quantity)
                groups[-1].units.append(unit)
                continue
        groups.append(FigureGroup([quantity], [unit]))
    for group in groups:
        group.first_qualifier = group.members[0].qualifier
    for index, group in enumerate(groups):
        lead_start = groups[index - 1].members[-1].end if index else 0
        tail_end = groups[index + 1].members[0].start if index + 1 < len(groups) else len(clause)
        raw_lead = clause[lead_start : group.members[0].start]
        if group.units[0] in _DELEGATION_UNITS:
            # (only before a count of delegations: a border gate "đón gần 4.000 lượt người" counts crossings)
            raw_lead = _RECEIVED.sub("đón tiếp", raw_lead)
        lead = normalize_label(raw_lead)
        if index:
            # "cử 185 đoàn ... và đón 146 đoàn", "... đi công tác nước ngoài, đồng thời đón 27 đoàn":
            # the words before "và" or a comma belong to the figure before.
            lead = _after_and(lead)
            after_comma = normalize_label(raw_lead.rsplit(",", 1)[-1]) if "," in raw_lead else ""
            group.near_with_previous = lead
            # "…, hộ chiếu ngoại giao và 61 hồ sơ chứng nhận lãnh sự": "và" ends the words before.
            lead = _after_and(after_comma) if after_comma else lead
            previous = groups[index - 1]
            if (
                "," in raw_lead
                and not after_comma
                and previous.units[-1] == group.units[0]
                and continues_list(raw_lead, previous)
            ):
                # "Riêng Quý II: 14 đoàn ra, 19 đoàn vào": the kind of the same noun before the comma is the figure
                # before's, not this one's (its own words say which; the list's lead says the rest: "Các buổi phiên
                # dịch đã phục vụ 37 đoàn vào, 12 đoàn ra"). (Not "28 đoàn ra, 166 lượt cán bộ": the persons of
                # the delegations before.)
                lead = previous.list_lead or normalize_label(previous.lead)
                group.borrows_its_lead = True
        tail = clause[group.members[0].end : tail_end]
        enumeration = _ENUMERATION.search(tail, group.members[-1].end - group.members[0].end)
        if enumeration:
            if _EXAMPLES.search(enumeration.group()):
                group.examples = normalize_label(tail[enumeration.end() :])
            tail = tail[: enumeration.start()]
        stated, group.composition = _before_next_statement(tail, group.members[-1].end - group.members[0].end)
        # (a tail cut where another statement opens has lost the comma before the next figure already)
        next_statement_cut, tail = len(stated) < len(tail), stated
        # (a masked sub-count ends the figure's own words: "72 đoàn ra …, [trong đó 10 đoàn … đi đào tạo], học tập
        # kinh nghiệm" — the words after it are the sub-count's)
        masked = re.search(r" {6,}", tail[group.members[-1].end - group.members[0].end :])
        if masked:
            tail = tail[: group.members[-1].end - group.members[0].end + masked.start()]
        if index + 1 < len(groups) and not masked and not next_statement_cut:
            # "đoàn ra 56 đoàn, đoàn vào 34 đoàn": the words after the last comma before the next
            # figure are that figure's (its lead reads them so), not this one's. (Not when a masked part ended
            # the words first: "46 lượt cán bộ, công chức, viên chức đi … (cùng kỳ …: 10 đoàn)" keeps its commas.)
            own = _past_unit(tail, group.members[-1].end - group.members[0].end, group.units[-1])
            # (not the comma of a written pair: "402.118 lượt người xuất, nhập cảnh và 81.204 lượt phương tiện")
            comma = _PAIRED_WORDS_COMMA.sub(lambda pair: pair.group().replace(",", " "), tail).rfind(",", own)
            if comma >= 0 and re.search(r"[^\W\d_]", tail[comma:]):
                tail = tail[:comma]
        # "đoàn ra: 5 đoàn/21 lượt người, đoàn vào: 7 đoàn": the words before a later colon are the
        # next item's label, from the comma that precedes them.
        own_end = group.members[-1].end - group.members[0].end
        colon = tail.find(":", own_end)
        if colon >= 0:
            comma = tail.rfind(",", own_end, colon)
            tail = tail[: comma if comma >= 0 else colon]
        group.lead = lead
        if index and continues_list(raw_lead, groups[index - 1]):
            group.list_lead = groups[index - 1].list_lead or groups[index - 1].lead
        group.after = normalize_label(tail)
        group.after_written = unicodedata.normalize("NFC", tail).lower()
        group.own_after_written = _OWN_PHRASE_END.split(group.after_written, maxsplit=1)[0]
        group.near = f"{lead} {normalize_label(tail)}".strip()
        group.near_with_previous = f"{group.near_with_previous or lead} {normalize_label(tail)}".strip()
        # On the text as written: "an táng 14 hài cốt" (burial) is not "tăng" (an increase).
        written_lead = " ".join(re.findall(r"[^\W\d_]+", clause[lead_start : group.members[0].start].lower()))
        # ("nhiều hơn 6 đoàn so với …": "hơn" read as the figure's qualifier still makes a difference)
        comparative = group.members[0].as_written.lower().startswith("hơn") and written_lead.split()[-1:] in (
            ["nhiều"],
            ["ít"],
        )
        # ("nhiều hơn tháng trước 02 đoàn", "tăng so với cùng kỳ 3 đoàn": the period compared with in between)
        compared = _COMPARED_PERIOD.sub("", written_lead)
        # ("nhiều hơn năm 2022 là 8 đoàn": a period named with its number right after the comparison's word, no comma
        # between; not "tiếp tục tăng, năm 2024 là 45 đoàn", the level of a year after a remark)
        named_base = _NAMED_BASE_PERIOD.sub("", clause[lead_start : group.members[0].start].lower())
        compared_named = " ".join(re.findall(r"[^\W\d_]+", named_base))
        group.is_change = (
            comparative
            or bool(CHANGE_SIGN.search(clause[lead_start : group.members[0].start]))
            or any(
                lead.endswith(f" {word}") or lead == word
                for lead in (written_lead, compared, compared_named)
                for word in CHANGE_WORDS
            )
        )
        if group.borrows_its_lead and groups[index - 1].is_change:
            # ("So với cùng kỳ, tăng 3 đoàn ra, 5 đoàn vào": every item of a list of changes is a change)
            group.is_change = True
        # "ước" alone is an estimate; "công ước", "điều ước", "hiệp ước" are treaties, "mong ước" a wish.
        # ("… là 1.198 trang (số ước đến ngày 25/9/2020), nay cập nhật số chính thức 1.215 trang": the official value
        # after the estimate it replaces)
        # (not a bracket after the figure before it, which is that figure's note: "620 trang tài liệu (ước đến hết
        # tháng), phiên dịch 18 giờ")
        raw_lead = clause[lead_start : group.members[0].start]
        own_lead = (
            " ".join(re.findall(r"[^\W\d_]+", re.sub(r"\([^()]*\)", " ", raw_lead).lower())) if index else written_lead
        )
        group.estimated = bool(ESTIMATE_WORD.search(own_lead)) and not _OFFICIAL_AFTER_AN_ESTIMATE.search(own_lead)
        group.lead_written = unicodedata.normalize(
            "NFC", " ".join(re.findall(r"[^\W\d_]+", clause[lead_start : group.members[0].start]))
        )
        group.own_lead_written = unicodedata.normalize(
            "NFC", re.split(r"[,;]", clause[lead_start : group.members[0].start])[-1]
        )
    return groups


# The comma of a pair written as one word: "xuất, nhập cảnh", "xuất, nhập khẩu".
_PAIRED_WORDS_COMMA = re.compile(r"\bxuất\s*,\s*nhập\b", re.IGNORECASE)


def _past_unit(tail: str, start: int, unit: str | None) -> int:
    """Where the figure's counted noun ends in ``tail`` ("4 hội nghị, hội thảo quốc tế": past its comma)."""
    words = list(re.finditer(r"[^\W\d_]+", tail[start:]))
    count = len(unit.split()) if unit else 0
    return start + words[count - 1].end() if 0 < count <= len(words) else start


def continues_list(raw_lead: str, previous: FigureGroup) -> bool:
    """Whether the words between two figures are only the noun of the one before (and a word or two
    naming its kind: "đoàn ra") and a comma or "và": "37 đoàn ra và 31 đoàn vào", "120 lượt khách, 300 lượt"."""
    lead = normalize_label(raw_lead)
    unit = previous.units[-1] or ""
    if not unit or not lead.startswith(unit):
        return False
    rest = lead[len(unit) :].split()
    joined = rest[-1:] == ["va"] or raw_lead.rstrip().endswith(",")
    return joined and len(rest) <= 3 and not re.search(r"[;:.()]", raw_lead)


def _after_and(lead: str) -> str:
    """The words after the last "và" (a "và" ending the words leaves none)."""
    return f" {lead} ".rsplit(" va ", 1)[-1].strip() if " va " in f" {lead} " else lead


@lru_cache(maxsize=1)
def _names_like_verbs() -> re.Pattern:
    """Names that normalise like a direction verb ("các đơn vị", "Đồn Biên phòng": no "đón")."""
    return re.compile(r"\b(?:" + "|".join(map(re.escape, word_list("direction_verbs.not_verbs"))) + r")\b")


def repeats_words_before(lead: str, before: str, unit: str = "") -> bool:
    """A figure whose own words name nothing the words before it do not: "ước cả năm 06 thỏa
    thuận" after "ký kết 05 thỏa thuận quốc tế", "ước cả năm đón 60 đoàn" after "10 tháng đón 51 đoàn",
    "từ khoảng 63.500 lượt năm 2021 lên hơn 586.000 lượt" (its own noun names nothing new)."""
    # ("cộng dồn quý I đạt 128.904 lượt người": a running total of a quarter names nothing either)
    lead = _RUNNING_TOTAL_OF_PERIOD.sub(" ", lead)
    # ("tỉnh đón 16 đoàn …, và cử 11 đoàn sang làm việc tại hai tỉnh bạn": sent, after received, is something new)
    sending, receiving = word_list("direction_verbs.sending"), word_list("direction_verbs.receiving")
    before_verbs = _names_like_verbs().sub(" ", before)
    for verbs, opposite in ((sending, receiving), (receiving, sending)):
        if has_any(lead, verbs) and has_any(before_verbs, opposite):
            return False
    own = {word for word in lead.split() if not word.isdigit()} - set(word_list("no_topic_words")) - set(unit.split())
    return bool(before.strip()) and own <= set(before.split())


def counts_time(quantity: Quantity) -> bool:
    if quantity.is_money:
        return False
    words = quantity.unit_words.split()
    return not words or words[0] in words_of_time() or " ".join(words[:3]) in words_of_time()


def words_of_time() -> tuple[str, ...]:
    """Nouns that count time, not things (report_words.yml): "kỷ niệm 60 năm", "lần 2"."""
    return word_list("time_nouns")
