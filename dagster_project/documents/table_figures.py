"""Figures of a report's statistics tables: each value column's cells read under the column's
header period, the row's label saying what they count (see tables.py for the layout).

A mixin of the document extractor: it uses the extractor's rule choice, review queue,
period resolution and publishing, so a table cell is held to the same principle as a
sentence."""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import re
from decimal import Decimal, InvalidOperation

from dagster_project.documents.clause_figures import partners_of_a_row
from dagster_project.documents.forms import load_forms, starts_with_phrase
from dagster_project.documents.groups import CELL_CHANGE_SIGN, ESTIMATE_WORD
from dagster_project.documents.partners import partner_named_in
from dagster_project.documents.quantities import SUPERSCRIPT_MARK, Quantity, blank_footnote_markers, find_quantities
from dagster_project.documents.reader import Block
from dagster_project.documents.results import NOTE_SAYS_BOTH
from dagster_project.documents.rules import (
    foreign_country_names,
    foreign_names,
    foreign_partner_names,
    has_any,
    has_phrase,
    noun_measures,
    phrase_of_list,
    read_unit,
    unconfirmed_word,
    unit_in_label,
    unit_phrases,
)
from dagster_project.documents.scopes import (
    Scope,
    ScopeError,
    code_of_dates,
    find_scopes,
    months_of_year,
    period_label,
    refuse_running_total,
    resolve_as_of,
    resolve_months_column,
    same_period_a_year_earlier,
    without_periods,
    year_whose_last_day,
)
from dagster_project.documents.segments import body_named_within, other_subject
from dagster_project.documents.tables import (
    PERCENT_NOTE,
    Measure,
    RowAbove,
    cells_of,
    column_role,
    holds_values,
    is_estimate_header,
    is_month_and_year,
    is_total_label,
    label_column,
    listed_currency,
    measure_in,
    pair_quantities,
    speaks_of_time,
    unit_pair,
)
from dagster_project.documents.word_lists import without_names, word_list
from dagster_project.parsing.periods import PeriodFormatError, is_period_code, period_from_code
from dagster_project.parsing.text import normalize_label


def _after_result_word(header: str) -> str:
    """ "Thực hiện năm 2024" -> "nam 2024": the period a group header names after its result label."""
    words = sorted(word_list("table_columns.result"), key=len, reverse=True)
    # "(?:…\s+)+": labels run together ("Kết quả thực hiện", "Ước thực hiện").
    return re.sub(rf"^(?:(?:{'|'.join(words)})\s+)+", "", normalize_label(header))


def _kind_named_in_its_year(group: Scope | None, above: str, lowest_header: str, lowest: Scope | None) -> str | None:
    """ "Tháng 7/2023" under "Kết quả trong tháng": a group header naming only a kind of period ("trong tháng",
    "trong quý") over a column naming a period of that kind with its own year is that period (not under "Lũy kế trong
    quý", a running total; nor "Năm 2024" under "Trong năm", which the rules on bare years beside a report's own
    part of a year settle)."""
    if group is None or lowest is None or not lowest.code or group.kind != "this_period":
        return None
    if re.search(r"\bluy ke\b", normalize_label(above)):
        return None
    kind_of_group = {"thang": "month", "quy": "quarter"}.get(group.code or "")
    own_year = re.search(r"\b(?:19|20)\d{2}\b", normalize_label(lowest_header))
    return lowest.code if kind_of_group == lowest.kind and own_year is not None else None


def _caption_names_a_part(caption: str) -> bool:
    """A caption narrowing its table to a part of the whole ("… viện trợ PCPNN cho lĩnh vực y tế, giáo dục năm 2023
    phân theo quý", "… của 02 nhà tài trợ lớn nhất"), read before the words naming the columns' breakdown ("phân theo
    quý và lĩnh vực")."""
    words = f" {normalize_label(caption)} "
    for opener in word_list("caption_parts.breakdown_openers"):
        words = words.split(f" {opener} ", 1)[0]
    return has_any(words, word_list("caption_parts.narrowing"))


def _names_a_partner(label_text: str) -> bool:
    """Whether a row label as written names a foreign province ("Bolikhămxay", "Địa phương khác (Xiêng Khoảng, …)";
    not "Đức Thọ", "đúng hạn") and not the province's whole ("Toàn tỉnh"). (Rows of countries may list every country
    a count was made in: "| Lào | 04 | … | Tổng cộng | 07 |" of consular cases is the whole.)"""
    return partner_named_in(label_text, "province") is not None and not has_any(
        normalize_label(label_text), _PROVINCE_WHOLE
    )


_PROVINCE_WHOLE = ("toan tinh", "ca tinh", "tinh ha tinh", "ha tinh")


def _caption_of_the_whole(caption: str) -> bool:
    """A caption that names no one foreign province and no other body ("Giá trị hỗ trợ tỉnh Khăm Muồn …", "… của
    Sở Y tế" narrow what a total row sums)."""
    padded = f" {caption} "
    if any(f" {name} " in padded for name in foreign_partner_names("province")):
        return False
    forms = load_forms()
    for owner in (owner.strip() for owner in padded.split(" cua ")[1:]):
        if starts_with_phrase(owner, forms.home_subjects):
            continue
        if starts_with_phrase(owner, forms.other_subjects) or starts_with_phrase(owner, forms.named_subjects):
            return False
    return other_subject(caption, len(caption)) is None


def _one_body_per_row(label_header: str, label: str) -> bool:
    """Whether a row is one body's in a table listing bodies down its label column ("Cơ quan, đơn vị", "Địa
    phương"): any row but a total."""
    return (
        normalize_label(label_header) in word_list("table_columns.body_columns")
        and bool(label.strip())
        and not is_total_label(label)
        and not has_any(label, ("toan tinh",))
    )


def other_subject_columns(headers: list[str], stacks: list[list[str]] | None = None) -> dict[int, str]:
    """ "| Chỉ tiêu | Hà Tĩnh | Nghệ An | Quảng Bình |": beside a column of the province, the
    columns headed by other names are other provinces' figures (or partners': "Năm 2022" over "Toàn tỉnh | Nhật
    Bản", read by the lowest header of each column); "| … | 9 tháng năm 2025 | Trong đó với các tỉnh Lào |": a
    column of a part of each row's total."""
    if stacks and len(stacks) == len(headers) and any(len(stack) > 1 for stack in stacks):
        by_level = (
            _beside_the_provinces_group(stacks)
            or _beside_the_groups_total(stacks)
            or _parts_beside_a_total_group(stacks)
        )
        if by_level:
            return by_level | other_subject_columns(headers)
    # (a part by partner only: "Trong đó: Quý II/2026" is the quarter's own figure, "Trong đó: đoàn CQĐD, TCQT"
    # an indicator of its own)
    # (the header of any level: "Đoàn đi đào tạo" over "Trong đó tại NB, HQ" over "Đoàn")
    levels = stacks if stacks and len(stacks) == len(headers) else [[header] for header in headers]
    parts = {
        index: f"a part of the row's total (its column, '{header}'), not a total"
        for index, header in enumerate(headers)
        if index and any(_a_partners_part(level) for level in [header, *levels[index]])
    }
    home = word_list("table_columns.home")
    if not any(normalize_label(header) in home for header in headers):
        return parts
    return parts | {
        index: f"a figure of {header} (its column), not of Hà Tĩnh"
        for index, header in enumerate(headers)
        if header[:1].isupper()
        and normalize_label(header) not in home
        and not re.search(r"\d", header)
        and len(header.split()) <= 4
        and column_role(header) == "value"
        and not speaks_of_time(normalize_label(header))
        and period_label(header, None) is None
    }


# A column headed only by the check that settled its values ("Sở tự đánh giá | Đoàn xác minh"); not "Số vụ việc đã có
# kết quả xác minh", a count of cases checked.
_VERIFIED_ALONE = ("doan xac minh", "ket qua xac minh", "doan kiem tra xac minh")


def _verified_alone(stacks: list[list[str]], index: int) -> bool:
    return index < len(stacks) and bool(stacks[index]) and normalize_label(stacks[index][-1]) in _VERIFIED_ALONE


def _official_beside_its_estimate(stacks: list[list[str]], index: int) -> bool:
    """ "Tháng 9/2023" over "Ước (BC 214) | Chính thức", or a one-row header "BC 68 (ước) | Chính thức": a lowest header
    saying only "Chính thức", beside an estimate, or the value a report gave before ("Đã báo cáo (BC 318)"), under the
    same header above, if any (not "Tổng số | Chính thức | Không chính thức", official delegations among all)."""
    if index >= len(stacks) or not stacks[index] or normalize_label(stacks[index][-1]) != "chinh thuc":
        return False
    return any(
        other[:-1] == stacks[index][:-1]
        and (is_estimate_header(words := normalize_label(other[-1])) or _REPORTED_BEFORE.match(words) is not None)
        for other in stacks
        if other is not stacks[index] and len(other) == len(stacks[index])
    )


_REPORTED_BEFORE = re.compile(r"^(?:so |so lieu )?da (?:bao cao|bc|gui)\b")


# "Cộng 3 năm", "Tổng cộng 5 năm", "Cộng các năm": a column summing the years beside it.
_SUM_OF_YEARS = re.compile(r"(?:cong|tong|tong cong|cong lai) (?:(?P<count>\d{1,2})|cac) nam")
# "Tháng 9 (chính thức)", "Quý III số chính thức": a period, then the word saying its values are the official ones.
_PERIOD_THEN_OFFICIAL = re.compile(r"^(?:thang|quy|nam|\d)[a-z0-9 ]* (?:so lieu |so )?chinh thuc$")


def _official_beside_an_estimate_of_its_period(headers: list[str], index: int, year: int | None) -> bool:
    """ "Tháng 9 (ước tại BC 172) | Tháng 9 (chính thức)": a column naming a period and saying official, beside a
    column estimating the same period (not "Năm 2022 (chính thức)" beside "Năm 2023 (ước)", two periods)."""
    words = normalize_label(headers[index]) if index < len(headers) else ""
    if not _PERIOD_THEN_OFFICIAL.match(words) or re.search(r"\b(?:khong|chua) chinh thuc\b", words):
        return False
    own = {scope.code for _, scope in find_scopes(words, year) if scope.code}
    return bool(own) and any(
        other != index
        and is_estimate_header(normalize_label(header))
        and {scope.code for _, scope in find_scopes(normalize_label(header), year) if scope.code} == own
        for other, header in enumerate(headers)
    )


def _a_partners_part(header: str) -> bool:
    """ "Trong đó với các tỉnh Lào", "Trong đó tại NB, HQ", "Với đối tác NB, HQ": a header naming a partner's part."""
    words = normalize_label(header)
    return bool(starts_with_phrase(words, word_list("table_columns.part_columns"))) and any(
        f" {name} " in f" {words} " for name in foreign_names()
    )


def _measure_at(stack: list[str], level: int) -> str:
    """What a column under a group at ``level`` measures: its lowest header, or the group's own header above it when
    its header stops at that level."""
    return normalize_label(stack[-1] if len(stack) > level + 1 else stack[level - 1] if level else "")


def _beside_the_provinces_group(stacks: list[list[str]]) -> dict[int, str]:
    """Under two header rows, the columns beside the group the province heads at the same level ("Toàn tỉnh" beside
    "Nhật Bản", or beside "Trong đó: sử dụng ngân sách tỉnh" and "Đối tác tài trợ, đơn vị tự bảo đảm"): each counts a
    part of the row's whole, or another's figures (not periods, ratios or plans, which other rules read)."""
    home = word_list("table_columns.home")
    depth = max(len(stack) for stack in stacks)
    for level in range(depth):
        # (a column whose header reaches no lower than this level measures what the group over it names: "Thỏa thuận
        # quốc tế" over "Toàn tỉnh | Với đối tác NB, HQ", merged down to the last header row)
        texts = [stack[level] if len(stack) > level and (len(stack) == depth or level) else "" for stack in stacks]
        if not any(normalize_label(text) in home for text in texts):
            continue

        if level < depth - 1:
            # (a group over measures: only the columns measuring what a column of the province's group measures,
            # "Số đoàn" beside "Số đoàn"; not "Công tác lãnh sự" over "Hồ sơ hợp pháp hóa lãnh sự", another field)
            measures = {
                _measure_at(stack, level) for stack, text in zip(stacks, texts) if normalize_label(text) in home
            }
            texts = [text if _measure_at(stack, level) in measures else "" for stack, text in zip(stacks, texts)]
        return {
            index: f"a part of the row's whole or another's figure (its column, '{text}'), not the province's"
            for index, text in enumerate(texts)
            if index
            and text.strip()
            and normalize_label(text) not in home
            # ("Trong đó tại NB, HQ" beside "Toàn tỉnh": a part, whoever it names)
            and column_role(" ".join(stacks[index])) in ("value", "part")
            and not speaks_of_time(normalize_label(text))
            and period_label(text, None) is None
            and texts.count(text) < len(texts) - 1  # (not the label column's own header, repeated)
            and not _is_label_header(stacks[index])
        }
    return {}


def _beside_the_groups_total(stacks: list[list[str]]) -> dict[int, str]:
    """Under two header rows, a group whose lower headers hold one total beside places or bodies ("Lượt người XNC" over
    "CKQT Cầu Treo | CK Sơn Hồng | Cộng", "Hội nghị" over "Tổng số | Cơ quan, đơn vị của tỉnh tổ chức | Cơ quan Trung
    ương … tổ chức"): those columns are the total's parts (not measures or kinds beside a "Tổng số": "Số lượt cán bộ",
    "Cam kết | Giải ngân", "Học tập, đào tạo", which other rules read)."""
    groups: dict[tuple[str, ...], list[int]] = {}
    for index, stack in enumerate(stacks):
        if index and len(stack) > 1:
            groups.setdefault(tuple(stack[:-1]), []).append(index)
    parts = {}
    for columns in groups.values():
        totals = [index for index in columns if is_total_label(stacks[index][-1])]
        if len(totals) != 1 or len(columns) < 3:
            continue
        siblings = [
            index
            for index in columns
            if index != totals[0]
            and column_role(" ".join(stacks[index])) == "value"
            and not speaks_of_time(normalize_label(stacks[index][-1]))
            and period_label(stacks[index][-1], None) is None
        ]
        group_words = normalize_label(" ".join(stacks[totals[0]][:-1]))
        kinds = {_place_or_body(stacks[index][-1]) for index in siblings}
        # (of one kind: not "Cửa khẩu Cầu Treo | Cảng Vũng Áng | Cộng", a land gate's and a port's counts added; nor
        # under "Đoàn vào cấp huyện", a lower level's)
        if (
            siblings
            and None not in kinds
            and len(kinds) == 1
            and not has_any(group_words, word_list("subjects.lower_levels"))
        ):
            parts |= {
                index: f"a part of its group's total (its column, '{stacks[index][-1]}', beside "
                f"'{stacks[totals[0]][-1]}'), not the province's"
                for index in siblings
            }
    return parts


def _parts_beside_a_total_group(stacks: list[list[str]]) -> dict[int, str]:
    """ "Tổng số" over "Số đoàn | Số lượt" beside "Trong đó: nguồn ngân sách tỉnh" over "Số đoàn | Số lượt": the
    columns of a group opened as a part, measuring what the total's group measures, are that total's parts (not "Trong
    đó: Quý II/2026", a period of its own)."""
    groups: dict[str, list[int]] = {}
    for index, stack in enumerate(stacks):
        if index and len(stack) > 1:
            groups.setdefault(stack[0], []).append(index)
    totals = [header for header in groups if is_total_label(header)]
    if len(totals) != 1:
        return {}
    measures = [normalize_label(stacks[index][-1]) for index in groups[totals[0]]]
    parts = {}
    for header, columns in groups.items():
        words = normalize_label(header)
        if (
            header != totals[0]
            and starts_with_phrase(words, word_list("table_columns.part_group_openers"))
            and not find_scopes(words, None)
            and [normalize_label(stacks[index][-1]) for index in columns] == measures
        ):
            parts |= {
                index: f"a part of the total beside it (its column, '{header}', beside '{totals[0]}'), not a total"
                for index in columns
            }
    return parts


def _place_or_body(header: str) -> str | None:
    """What kind of where or by whom a lower header names, not what: "port" or "gate" ("Cảng Vũng Áng", "CKQT Cầu
    Treo"), "country" ("Lào"), "body" ("Cơ quan, đơn vị của tỉnh tổ chức", "Nhân danh UBND tỉnh"); None for another
    header."""
    words = normalize_label(header)
    if starts_with_phrase(words, word_list("table_columns.body_headers")) is not None:
        return "body"  # (first: "Nhân danh UBND cấp huyện, UBND xã biên giới" is a body, whatever place it names)
    if has_any(words, word_list("subjects.port_places")):
        return "port"
    if has_any(words, word_list("subjects.border_places")):
        return "gate"
    return "country" if any(f" {name} " in f" {words} " for name in foreign_names()) else None


def _is_label_header(stack: list[str]) -> bool:
    """A header the label column repeats down its levels ("Quý" over "Quý", "Chỉ tiêu" over "")."""
    return len({normalize_label(level) for level in stack if level.strip()}) <= 1 and column_role(stack[0]) != "value"


def _lowest_measure(stack: list[str]) -> str:
    """The lowest cell of a column's header, when it names what the column counts before the cells above it do:
    "Đoàn ra" over "Số lượt người" or "Lượt người" counts persons; not "Số lượt người" over "Đoàn ra", nor "Lượt
    khách" over "Thuộc các đoàn vào" (a kind of what the cell above counts)."""
    if len(stack) < 2:
        return ""
    upper, lowest = normalize_label(stack[-2]), normalize_label(stack[-1])
    counted = unit_in_label(lowest)
    opens_with_count = lowest.startswith("so ") or bool(counted and lowest.startswith(counted))
    if not opens_with_count or (upper.startswith("so ") and not lowest.startswith("so ")):
        return ""
    return lowest


# "của các đoàn tại mục 5", "của các đoàn trên": words naming the row a measure is of.
_REFERENCE_TO_A_ROW = re.compile(r"\b(?:(?:cua )?(?:cac )?doan (?:tai muc [\d.]+|nay|tren)|tai muc [\d.]+)\b")


def _names_a_measure_only(label: str) -> bool:
    """A row label that opens with what it counts and says nothing else of it but the reviewed words of a second
    measure ("- Lượt cán bộ đi công tác", "Số lượt khách của các đoàn tại mục 2.1"; not "- Cán bộ đi Lào", "- Lượt
    cán bộ lãnh đạo chủ chốt", "- Lượt khách là phóng viên báo chí": shares)."""
    words = re.sub(r"^[-–+•\s]*(?:so )?", "", label)
    counted = unit_in_label(words)
    if not counted or not words.startswith(counted):
        return False
    rest = f" {words[len(counted) :]} "
    for phrase in sorted(word_list("second_measure_words"), key=len, reverse=True):
        rest = rest.replace(f" {phrase} ", " ")
    return not re.sub(r"[\d.]+", " ", rest).split()


def _names_its_money(label: str, unit_cell: str) -> bool:
    """A row in a currency whose label names capital or value ("- Vốn đầu tư dự án trong nước | tỷ đồng" under the
    projects it counts): the money of the row above."""
    measure = measure_in(unit_cell) if unit_cell else None
    return bool(measure and measure.currency) and has_any(label, word_list("capital_cues"))


def _noun_no_indicator_counts(stack: list[str]) -> str:
    """The header of a column that counts a noun no indicator counts ("Số đại biểu" over "Tổng số | Quốc tế" in a
    register of conferences), or ""."""
    for level in stack:
        words = normalize_label(re.sub(r"\([^()]*\)", " ", level))
        # (written "Số", a number of; not "Sở", a department, which reads the same without its marks)
        counted = re.fullmatch(r"so ((?:[a-z]+ ?){1,3})", words) if re.match(r"\s*số\b", level, re.I) else None
        if (
            counted
            and unit_in_label(words) is None
            and not starts_with_phrase(counted.group(1).strip(), word_list("table_columns.generic_counts"))
        ):
            return level
    return ""


def _measure_only(stack: list[str]) -> str:
    """The lowest cell of a column's header under a period, when it names only what the column counts ("Quý
    III/2025" over "Số đoàn" | "Số lượt người"): the unit of the cells of a row whose label names the kind ("Đoàn
    ra")."""
    if len(stack) < 2:
        return ""
    lowest = normalize_label(stack[-1])
    counted = unit_in_label(lowest)
    return lowest if counted and re.sub(r"^so ", "", lowest) == counted else ""


def _noun_of_passages(stack: list[str]) -> str | None:
    """ "Phương tiện (lượt)" over the months of a table turned over periods: the noun whose passages ("lượt") the
    column counts, when its lowest header cell names that noun alone, and no cell above it one direction only
    ("Xuất cảnh") or a share ("Lào"); not "Người xuất cảnh (lượt)", "Phương tiện (lượt/ngày)"."""
    lowest = stack[-1]
    if normalize_label(_bracketed(lowest) or "") != "luot":
        return None
    noun = normalize_label(re.sub(r"\([^()]*\)", " ", lowest))
    # ("Tàu thuyền XNC (lượt)": the passages across the border are what every such column counts)
    noun = " ".join(re.sub(r"^(?:so luot|so|luot) |\b(?:xnc|xuat nhap canh)\b", " ", noun).split())
    # ("Phương tiện qua cửa khẩu đường bộ (lượt)": the noun, then where its passages are; not "Phương tiện nhập cảnh")
    counted, _, where = noun.partition(" qua ")
    named = unit_in_label(counted)
    if not named or not (counted == named or f"luot {counted}" in unit_phrases()):
        return None
    levels = [normalize_label(level) for level in stack[:-1]] + [where]
    above = " ".join(levels)
    one_direction = any(
        re.search(r"\b(?:xuat|nhap) canh\b", level) and "xuat nhap canh" not in level for level in levels
    )
    if one_direction or has_any(above, foreign_names()) or has_any(noun, foreign_names()):
        return None
    return counted


def _holds_any(code: str | None, codes: list[str]) -> bool:
    """Whether the period ``code`` names holds another of ``codes`` (a quarter its months)."""
    try:
        outer = period_from_code(code) if code else None
        inner = [period_from_code(other) for other in codes if other != code]
    except PeriodFormatError:
        return False
    return outer is not None and any(
        outer.start_date <= period.start_date and period.end_date <= outer.end_date for period in inner
    )


# ("Phương tiện (lượt)", "Phương tiện (lượt chiếc)", "Thuyền viên (lượt người)", "Người xuất nhập cảnh")
_COUNTED_IN_TURNS = re.compile(
    r"\s*(?P<noun>[^()]+?)\s*(?:\(\s*lượt(?:\s+(?:chiếc|người|lần))?\s*\))?\s*", re.IGNORECASE
)


def _counted_in_turns(stack: list[str]) -> Measure | None:
    """ "Phương tiện (lượt)" over "Nhập cảnh | Xuất cảnh | Tổng": a group's noun counted in "lượt", whose unit is the
    noun's own ("lượt phương tiện"), not a bare "lượt"; a group naming the noun alone ("Người xuất nhập cảnh") is
    counted the same way."""
    for cell in stack[:-1]:
        counted = _COUNTED_IN_TURNS.fullmatch(cell)
        noun = normalize_label(counted["noun"]) if counted else ""
        measure = measure_in(f"lượt {counted['noun']}") if counted else None
        if measure is None or not measure.unit or not measure.unit.startswith("luot "):
            continue
        # (the unit's noun alone, or with the crossing it counts: not "Người Việt Nam (lượt)" beside "Người Lào
        # (lượt)", each a part of the crossings)
        rest = noun.removeprefix(measure.unit.removeprefix("luot ")).strip()
        if noun.startswith(measure.unit.removeprefix("luot ")) and (
            not rest or rest in word_list("crossing_directions.both")
        ):
            return measure
    return None


# "Đoàn ra, đoàn/lượt người", "Giá trị cam kết viện trợ PCPNN, USD": a unit after a label's last comma, as in brackets.
_TRAILING_UNIT = re.compile(r",\s*([^,()]{1,24}?)\s*$")


def _label_unit(label: str) -> re.Match | None:
    """Where a label names its unit: its brackets, or the part after its last comma when that is a unit or a pair."""
    bracket = re.search(r"\(([^)]*)\)", label)
    if bracket:
        return bracket
    trailing = _TRAILING_UNIT.search(label)
    if not trailing:
        return None
    # (a currency, a pair of nouns, a one-word noun or a turn: not the last item of a list, "…, tổ chức hội nghị, hội
    # thảo")
    measure = measure_in(trailing)
    words = normalize_label(trailing.group(1)).split()
    named = measure is not None and (
        measure.currency is not None or len(words) == 1 or words[0] in word_list("turn_nouns")
    )
    return trailing if named or unit_pair(trailing.group(1)) else None


def _bracketed_unit(label: str) -> str:
    """The unit a label names in brackets ("Đoàn ra (đoàn)", "Lượt khách (lượt)") or after its last comma, not other
    bracketed words ("Dự án FDI (số dự án/tổng vốn)")."""
    named = _label_unit(label)
    words = normalize_label(named.group(1)) if named else ""
    return words if words and unit_in_label(words) == words else ""


def _bracketed(text: str) -> str | None:
    match = re.search(r"\(([^)]*)\)", text)
    return match.group(1) if match else None


def _measured(
    quantity: Quantity,
    row: Measure | None,
    column: Measure | None,
    words: str,
    table: Measure | None = None,
    table_noun: bool = False,
) -> tuple[Quantity, str | None]:
    """The quantity with the currency and scale its row or column names, and the noun it counts:
    its own words first, then the row's unit, the column's, the label's; last the table's own unit
    line ("Đơn vị tính: USD" above it), for a cell nothing else measures."""
    own = read_unit(quantity.unit_words, quantity.currency)
    for measure in (row, column):
        if measure and measure.currency and not quantity.is_money:
            return dataclasses.replace(
                quantity, currency=measure.currency, value=quantity.value * measure.scale
            ), measure.currency
    unit = own or (row.unit if row else None) or (column.unit if column else None)
    noun = unit_in_label(words.strip()) if not own and row and row.unit == "luot" else None
    if noun and read_unit(f"luot {noun}", None) == f"luot {noun}":
        # ("Phương tiện xuất cảnh, nhập cảnh | lượt" in the unit column: the visits of what the label opens with)
        unit = f"luot {noun}"
    if unit is None and table is not None and table.currency and not quantity.is_money and unit_in_label(words):
        # (a label naming a counted thing in a table whose unit line names a currency: "Số dự án … | 18" is a count,
        # the measure its label opens with says so; "Đoàn ra | 2.410" under "Đơn vị tính: triệu đồng" may be what the
        # delegations cost, and waits)
        return quantity, unit_in_label(words) if names_a_count(words) else None
    if unit is None and table is not None and table.currency and not quantity.is_money:
        return dataclasses.replace(
            quantity, currency=table.currency, value=quantity.value * table.scale
        ), table.currency
    # ("Đơn vị tính: hài cốt" over rows of years and columns of quarters: the noun every cell counts, where the cell's
    # column names a period or the row's total; not "UBND tỉnh | Lào" columns, parts by who signed or with whom)
    noun = table.unit if table is not None and table_noun else None
    return quantity, unit or unit_in_label(words) or noun


# "6 THÁNG ĐẦU NĂM", "QUÝ I" named with no year after them: a part of every year a table's columns name.
_PART_OF_NO_YEAR = re.compile(
    r"\b(?:(?:0?[369]|ba|sau|chin) thang (?:dau |cuoi )?nam|quy (?:i|ii|iii|iv|[1-4]))\b(?! (?:nam )?(?:19|20)\d{2})"
)
# Period phrases of a note cell that name no reporting period ("số liệu 11 tháng", "đến hết tháng 10").
_PARTIAL_TIME = {"n_months", "other_months", "as_of_date", "as_of_month", "open_span", "unknown", "year_to_date"}


# A caption over a table that narrows its delegations to the partner provinces' part: "Đoàn vào từ các tỉnh của Lào",
# "Đoàn ra sang các tỉnh của Lào" (not "Kết quả hợp tác với các tỉnh của Lào", the province's own work with them; nor
# "… gồm cả đoàn từ các tỉnh bạn", "trong đó có đoàn của các tỉnh Lào", a whole that holds them).
_A_PARTNERS_SHARE_CAPTION = re.compile(
    r"^(?:bang|bieu|phu luc)\b(?:(?!trong do|gom|bao gom).)*\bdoan(?: vao| ra)? (?:tu|cua|sang) (?:cac )?"
    r"(?:tinh (?:cua )?lao|tinh ban|dia phuong cua lao)\b"
)
# Kinds of period a lower header may name inside the period of the headers above it.
_SUB_PERIOD_KINDS = ("month", "quarter", "partial_year", "second_half", "year", "span")


def _unit_line_counts_otherwise(
    unit_note: str, quantity: Quantity, unit: str | None, row: Measure | None, column: Measure | None
) -> str:
    """The noun of a table's unit line ("Đơn vị tính: hồ sơ") when a count's unit comes from elsewhere than its own
    words, its row's unit cell or its column's header, and measures another thing; else "". (Not a line listing a unit
    for each kind of column, "Đơn vị tính: đoàn; lượt người".)"""
    table = measure_in(unit_note) if unit_note and not re.search(r"[;/,]", unit_note) else None
    if not (table and table.unit and unit) or quantity.is_money or (row and row.unit) or (column and column.unit):
        return ""
    if read_unit(quantity.unit_words, quantity.currency):
        return ""
    return _counts_another_thing(table.unit, unit)


def _counts_another_thing(noun: str | None, other: str) -> str:
    """``noun`` when both nouns are counted by indicators and no unit of measure counts both ("hồ sơ", "cán bộ");
    else ""."""
    # ("lượt", times, counts visits of whatever the row names, "Đơn vị tính: lượt" over "Phương tiện XNC"; never
    # delegations, "Đoàn ra | 21" under it)
    if "luot" in (noun, other):
        counted = other if noun == "luot" else noun
        return "luot" if counted and noun_measures(counted) == {"delegation"} else ""
    measures = noun_measures(noun) if noun else frozenset()
    return noun if measures and noun_measures(other) and not measures & noun_measures(other) else ""


def _year_end_dated(header: str) -> str | None:
    """The year whose last day a column's header names with its year ("Đến 31/12/2024", "Ước đến 31/12/2025"), and
    names nothing else of time; else None."""
    scopes = [scope for _, scope in find_scopes(normalize_label(header), None)]
    return year_whose_last_day(scopes[0]) if len(scopes) == 1 and scopes[0].kind == "as_of_date" else None


def note_unsettles(note: str, period: str, report_year: int | None, stock: bool = False) -> bool:
    """ "| 487.306 | … | Năm 2025 là số liệu 11 tháng |": a row's note that names the figure's period with
    another period phrase, or names only periods short of a reporting period, leaves the period of
    the figure uncertain; "Nhà tài trợ năm 2025: WB, ADB" (its period alone, or another column's) does not."""
    scopes = [scope for _, scope in find_scopes(normalize_label(note), report_year)] if note else []
    if any(scope.code == period for scope in scopes):
        return len(scopes) > 1
    # ("Tính đến ngày 30/6 của năm báo cáo" beside a stock in the columns of two first halves: the day each ends)
    # (of a stock only: "Lũy kế đến 30/9" beside a quarter's flow counts nine months)
    if stock and scopes and all(_ends_on_the_day(scope, period) for scope in scopes):
        return False
    running = has_any(normalize_label(note), word_list("running_total_words"))
    if scopes and not running and all(_the_data_cut_off_of(scope, period) for scope in scopes):
        # ("| 6 tháng đầu năm 2021 | 1 | 2 | Tính đến ngày 15/6/2021 |": the period's data closed in its last month)
        return False
    if any(_cuts_short(scope, period) for scope in scopes):
        # ("| 410 | 388 | Số liệu năm 2019 … tính đến ngày 31/5/2019 |" in the columns of two first halves: the value of
        # the half it falls in runs to a day before that half's last month)
        return True
    return bool(scopes) and all(scope.kind in _PARTIAL_TIME for scope in scopes)


def _cuts_short(scope, period: str) -> bool:
    """An as-of day inside ``period`` and before its last month: a count to that day, not the period's."""
    if scope.kind != "as_of_date" or scope.as_of is None:
        return False
    covered = period_from_code(period)
    return covered.start_date <= scope.as_of < covered.end_date.replace(day=1)


def _period_and_remark(label: str, year: int | None) -> tuple[str, str, str] | None:
    """A row label's period as written, its code and its bracketed remark as written ("Quý III (riêng …)"), when the
    label is a period and a remark; else None."""
    written = re.fullmatch(r"(?P<period>[^()]+?)\s*\((?P<remark>[^()]*)\)\s*", label)
    period = period_label(written.group("period"), year) if written else None
    if period is None or not period.code or not is_period_code(period.code):
        return None
    return written.group("period"), period.code, written.group("remark")


def _without_a_plain_remark(label: str, year: int | None) -> str:
    """A row's period without a bracketed remark that leaves its values as they are: one saying why the row is there
    ("6 tháng cuối năm 2023 (để so sánh)") or the day its data closed, in its last month ("Quý IV (đến 15/12)"); any
    other label as it is."""
    split = _period_and_remark(label, year)
    if split is None or not 2 <= len(split[2]) <= 40:
        return label
    period, code, remark = split[0], split[1], normalize_label(split[2])
    if remark in word_list("table_columns.neutral_row_remarks"):
        return period
    scopes = [scope for _, scope in find_scopes(remark, period_from_code(code).end_date.year)]
    closes = scopes and all(_the_data_cut_off_of(scope, code) for scope in scopes)
    return period if closes and not has_any(remark, word_list("running_total_words")) else label


# A row label naming the kinds left over ("Vụ việc khác", "Các hồ sơ khác", "Đoàn khác"): a part of the total.
_OTHER_KINDS = re.compile(r"^(?:cac |nhung )?(?:\w+ ){1,2}khac\b")


def _period_before_a_remark(label: str, year: int | None) -> str | None:
    """The period code a row label names before a bracketed remark ("Quý III (riêng …)"), else None."""
    split = _period_and_remark(label, year)
    return split[1] if split else None


def _the_data_cut_off_of(scope, period: str) -> bool:
    """An as-of day in the last month of ``period``: the day the period's data closed (not in "Lũy kế đến 30/9" beside
    a quarter's flow, counted since January). Not of a month: "Tháng 06/2026 (đến 15/6)" may be half a month."""
    if scope.kind != "as_of_date" or scope.as_of is None or period_from_code(period).period_type == "month":
        return False
    with contextlib.suppress(ScopeError):
        return resolve_as_of(scope, period) == period
    return False


def _estimates_the_rest(note: str) -> bool:
    """A note giving the count to a day, then an estimate of the rest ("Số thực hiện đến 18/6/2025, ước 12 ngày cuối
    tháng", "… đến ngày 20/9, ước đến hết tháng")."""
    return re.search(r"\bden (?:het )?(?:ngay )?\d{1,2} \d{1,2}\b.*\buoc\b", normalize_label(note)) is not None


def _cut_short_by(note: str, period: str, report_year: int | None) -> str:
    """The words of a marked note's clause that name ``period`` with a day its count stops at, before the period ends
    ("(*) Số liệu quý III/2023 tại cửa khẩu … tính đến hết ngày 15/9/2023 …; số liệu quý II/2023 là số chính thức"),
    or "" (the other clauses' periods are left as they are)."""
    ends = period_from_code(period).end_date
    for clause in re.split(r"[;.]\s", note) if note else []:
        scopes = [scope for _, scope in find_scopes(normalize_label(clause), report_year)]
        if any(scope.code == period for scope in scopes) and any(
            scope.kind == "as_of_date" and scope.as_of is not None and scope.as_of < ends for scope in scopes
        ):
            return clause.strip()[:80]
    return ""


def _ends_on_the_day(scope, period: str) -> bool:
    """An as-of day naming no year ("đến ngày 30/6") that is the last day of the period."""
    day = re.fullmatch(r"(?:tinh )?den (?:het )?(?:ngay )?(\d{1,2}) (\d{1,2})", scope.evidence)
    if scope.kind != "as_of_date" or day is None:
        return False
    end = period_from_code(period).end_date
    return (end.day, end.month) == (int(day.group(1)), int(day.group(2)))


# A cell of this many words or more is prose, read sentence by sentence ...
_SENTENCE_WORDS = 6
# ... unless it only lists values, each with nothing but its counted noun ("86.412 lượt người/21.307
# lượt phương tiện"), which read under the column's header like any value ("05 đoàn Lào; 03 đoàn
# Thái Lan" names partners: prose).
_LISTED_VALUE = re.compile(r"^(?:trên|hơn|gần|khoảng)?\s*\d[\d.,]*\s+(?P<noun>[^\W\d_]+(?:\s+[^\W\d_]+){0,2})$")


# "Năm 2024, tỉnh chấp thuận …", "Toàn tỉnh có 86 dự án", "UBND tỉnh đã ký": a text opening with the province as who
# did what it counts (not "tỉnh bạn …", a partner province; nor "tỉnh đánh giá cao", the province's view).
_PROVINCE_SAYS = re.compile(
    r"\s*(?:(?:năm|trong năm|quý|tháng|\d+ tháng)[^,.;]{0,30},\s*)?(?:toàn tỉnh|UBND tỉnh|Ủy ban nhân dân tỉnh|tỉnh)"
    r"\s+(?:đã\s+)?(?:cử|đón|tiếp|tổ chức|ký|chấp thuận|cấp|tiếp nhận|thu hút|vận động|có|hỗ trợ|trao)\b",
    re.IGNORECASE,
)


def _a_sentence(label: str) -> bool:
    """A label cell that is a sentence of its own (a task in a table of plans and results), not a name."""
    return label.rstrip().endswith((".", ";")) and len(label.split()) >= 2 * _SENTENCE_WORDS


# "… 2021", "Năm 2021": a column header ending with a year alone.
_BARE_YEAR_LAST = re.compile(r"(?:^|[\s)])(?:[Nn]ăm\s+)?((?:19|20)\d{2})\s*$")
_NOT_THE_COLUMNS_YEAR = re.compile(
    r"\b(?:tu (?:nam )?(?:19|20)\d{2}|luy ke|tinh den|den nam|theo|quyet dinh|ke hoach|cung ky|nam truoc|nam ngoai|"
    r"so voi|quy che|giai doan|ty le)\b"
)


def _in_the_columns_year(period: str | None, label: str, header: str, report_year: int | None) -> str | None:
    """A row naming a part of a year without its year ("Quý I") under a column naming only a year ("2021"): that part
    of the column's year ("2021-Q1"), or None (the row's own year stands)."""
    year = _BARE_YEAR_LAST.search(header)
    if (
        not period
        or year is None
        or len(re.findall(r"\d+", header)) > 1
        or re.search(r"(?:19|20)\d{2}", label)
        or _NOT_THE_COLUMNS_YEAR.search(normalize_label(f"{header} {label}"))
    ):
        # ("Quý I/2021", "Lũy kế từ năm 2015", "theo Quyết định 2019": the column names a period, or a year, of its own;
        # "Cùng kỳ năm trước" as the row keeps its own year)
        return None
    code = f"{year.group(1)}{period[4:]}"
    return code if period[:4].isdigit() and is_period_code(code) else None


def _row_period_in_its_column(period: str, label: str, header: str, report_year: int | None) -> str:
    """The period of a cell whose row names a period ("Quý I"): in the year its column names ("2021"), a year
    earlier under "Cùng kỳ (năm trước)", the row's own under a column naming no time ("Thực hiện", "Số đoàn") or the
    row's year; any other period the column names ("Tháng 7/2024"), or a running total ("Lũy kế"), leaves it
    uncertain."""
    if (in_year := _in_the_columns_year(period, label, header, report_year)) is not None:
        return in_year
    words = normalize_label(header)
    if re.fullmatch(r"(?:19|20)\d{2}", period) and not re.search(r"\d", words):
        # ("2016" as the row under "Quý I", "6 tháng đầu năm": that part of the row's year)
        parts = [scope.code for _, scope in find_scopes(words, int(period))]
        if len(parts) == 1 and parts[0] and is_period_code(parts[0]) and parts[0].startswith(f"{period}-"):
            return parts[0]
    scopes = [scope for _, scope in find_scopes(words, report_year)]
    kinds = [scope.kind for scope in scopes]
    years = set(re.findall(r"\b(?:19|20)\d{2}\b", words))
    bare_year = re.fullmatch(r"\d{4}", period) is not None and not years
    since = re.search(r"\b(?:tu|dau ky|dau nam|dau giai doan)\b", words)
    if bare_year and not since and re.search(r"\b(?:luy ke )?(?:den|tai) (?:ngay )?31 12$", words):
        # ("Số dự án FDI còn hiệu lực lũy kế đến 31/12" over a row "2019": the level at that year's end; not "lũy kế từ
        # đầu giai đoạn đến 31/12", a running total, nor "đầu kỳ", the year before's)
        return period
    narrowed = partners_of_a_row(words) or has_any(words, word_list("average_words"))
    if bare_year and not narrowed and kinds == ["this_year"]:
        return period  # ("Dự án được chấp thuận trong năm" over a row "2019": that year's; not "… đi Lào trong năm")
    if not scopes and not years and not re.search(r"\bluy ke\b", words):
        return period
    if kinds == ["same_period_earlier"] and is_period_code(period) and len(years) <= 1:
        # ("Cùng kỳ năm trước", "Cùng kỳ 2016" beside rows of 2017's months: the same month a year earlier; another
        # year named is not certain)
        return same_period_a_year_earlier(period, int(next(iter(years))) if years else None)
    if scopes and set(kinds) == {"year"} and years <= {period[:4]}:
        return period  # ("Quý II" under "Năm 2025 (ước)")
    raise ScopeError(f"the row names {period} and its column '{header}' names another time")


def _ends_before(period: str, other: str | None) -> bool:
    """Whether the period ``period`` ends before ``other`` starts (both codes; False when either is unknown)."""
    if not other or not is_period_code(other) or not is_period_code(period):
        return False
    return period_from_code(period).end_date < period_from_code(other).start_date


# "Cộng quý", "Tổng cộng quý": a total row naming the kind of the report's period and nothing else.
_TOTAL_OF_A_KIND = re.compile(r"(?:tong cong|cong|tong)(?: ca)? (?P<kind>quy)")
_KINDS_OF_PERIOD = {"quy": "quarter"}
_WHOLE_YEAR_ROW = re.compile(r"(?:cong |tong |tong cong )?ca nam")


# "Cộng", "Tổng cộng", "Cộng 5 năm" under rows of whole years: the sum of those years.
_SUM_OF_YEARS_ROW = re.compile(r"(?:cong|tong cong|tong so|tong)(?: (?P<years>\d{1,2}) nam)?")


def _sum_of_the_year_rows_above(words: str, above: list[str]) -> Scope | None:
    """ "Cộng 5 năm" under "Năm 2018" … "Năm 2022": the span of the consecutive whole years above it (as many as it
    says, if it says)."""
    total = _SUM_OF_YEARS_ROW.fullmatch(words)
    if total is None or len(above) < 2 or not all(re.fullmatch(r"(?:19|20)\d{2}", code) for code in above):
        return None
    years = [int(code) for code in above]
    if years != list(range(years[0], years[0] + len(years))):
        return None
    if total.group("years") and int(total.group("years")) != len(years):
        return None
    code = f"{years[0]}-{years[-1]}"
    return Scope(kind="span", code=code, evidence=words, labelled=True)


def _sum_of_the_period_rows_above(period_text: str, row_period: Scope | None, above: list[str]) -> Scope | None:
    """ "6 tháng" under "Quý I" and "Quý II", "Cả năm" under the four quarters: a row summing the periods of the rows
    above it, when they cover the months from January of one year to the last month it counts; "Cộng 5 năm" under
    five years, their span."""
    words = normalize_label(period_text)
    if row_period is None and (years := _sum_of_the_year_rows_above(words, above)) is not None:
        return years
    if row_period is None and _SUM_OF_YEARS_ROW.fullmatch(words) and any(re.fullmatch(r"\d{4}", c) for c in above):
        # ("Cộng" under 2019, 2020, 2022 and 2023, or under years and then "Quý I/2025 (ước)": a sum of rows that make
        # no one period; not the report's period either)
        return Scope(kind="other_months", code=None, evidence=f"{words} (a sum of rows of several periods)")
    if row_period is not None and row_period.kind == "n_months" and (row_period.code or "").isdigit():
        months = int(row_period.code)
    elif row_period is None and _WHOLE_YEAR_ROW.fullmatch(words):
        months = 12
    else:
        return None
    periods = [period_from_code(code) for code in above]
    years = {period.start_date.year for period in periods} | {period.end_date.year for period in periods}
    covered = {month for period in periods for month in range(period.start_date.month, period.end_date.month + 1)}
    if len(years) != 1 or covered != set(range(1, months + 1)):
        return None
    year = years.pop()
    try:
        code = months_of_year(Scope(kind="n_months", code=str(months), evidence=words), year)
    except ScopeError:
        return None
    return Scope(kind="year" if months == 12 else "partial_year", code=code, evidence=words, labelled=True)


def _initials_of_its_noun(unit_cell: str, label: str) -> bool:
    """Whether a unit cell is the clerks' initials of the noun its row's label counts ("HN" beside "Hội nghị, hội thảo
    quốc tế", "DA" beside "Chương trình, dự án PCPNN …"): it names that noun, not another thing."""
    # (one or several: "HN, HT" beside "Hội nghị, hội thảo quốc tế")
    pieces = [piece.strip() for piece in re.split(r"[,/]", unit_cell)]
    if not all(re.fullmatch(r"[A-ZĐ]{2,4}", piece) for piece in pieces):
        return False
    # (the first noun the label counts, or a noun within it: "DA" beside "chương trình, dự án")
    first = (unit_in_label(label) or "").split()
    nouns = [unit_in_label(" ".join(first[start:])) for start in range(len(first))]
    initials = {"".join(word[0] for word in noun.split()).upper() for noun in nouns if noun}
    return all(any(initial.startswith(normalize_label(piece).upper()) for initial in initials) for piece in pieces)


def _counts_documents(label: str, unit_words: str) -> bool:
    """Whether a row's label opens with a kind of document an indicator counts ("Thỏa thuận quốc tế …" over "văn
    bản"), or with its unit cell's own word where that opens what an indicator counts ("Giấy phép xuống tàu" over
    "giấy"; not "Thư mời …" over "thư")."""
    words = normalize_label(re.sub(r"^[\W\d]*(?:[IVX]+\b)?[\W\d]*", "", label))
    not_counted = ("table_columns.documents_not_counted", "pending_words", "plan_words")
    if any(has_any(words, word_list(name)) for name in not_counted):
        return False
    if starts_with_phrase(words, word_list("table_columns.documents_counted")):
        return True
    return starts_with_phrase(words, (unit_words,)) and read_unit(" ".join(words.split()[:2]), None) is not None


def _original_language_column(headers: list[str]) -> int | None:
    """The column of the original text in a bilingual table of two columns, the original and its translation ("|
    Tiếng Việt | English |"), if it is one (not "| Nội dung | Tiếng Anh | Tiếng Lào | Tiếng Việt |", pages translated
    into each language)."""
    words = [normalize_label(header) for header in headers]
    if len(words) != 2:
        return None
    originals = [index for index, word in enumerate(words) if word in word_list("table_columns.original_language")]
    translated = any(word in word_list("table_columns.translation") for word in words)
    return originals[0] if len(originals) == 1 and translated else None


# Words of a row's note or reason giving another value for the row ("số chính thức là 42 đoàn", "sửa thành 42").
_CORRECTING_EXPLANATION = (
    "so chinh thuc la",
    "so dung la",
    "so lieu dung la",
    "sua thanh",
    "sua lai thanh",
    "dieu chinh thanh",
    "dieu chinh lai thanh",
)


def _numbers_of(text: str, decimal_comma: bool) -> list[str]:
    """A text's numbers, in order, read with a decimal comma (Vietnamese: "1.320", "12,8") or point (English: "1,320",
    "12.8"), so that the two columns of a bilingual table compare ("1,28 tỷ" is no "12.8 billion"; "08 tổ chức" is "8
    NGOs")."""
    thousands, decimal = (".", ",") if decimal_comma else (",", ".")
    # (dates and years are written differently in each language, "31/12/2025" and "31 December 2025", and are no counts)
    counts = re.sub(
        r"\b\d{1,2}/\d{1,2}(?:/\d{4})?\b|\b(?:19|20)\d{2}\b|\b\d{1,2}(?= (?:january|february|march|april|may|"
        r"june|july|august|september|october|november|december)\b)",
        " ",
        text,
        flags=re.IGNORECASE,
    )
    return sorted(
        _the_number(number.replace(thousands, "").replace(decimal, ".").rstrip("."))
        for number in re.findall(r"\d[\d.,]*\d|\d", counts)
    )


def _the_number(written: str) -> str:
    """A number as one string however many leading zeros it has ("08" and "8"); as written when it is none."""
    try:
        return str(Decimal(written).normalize())
    except InvalidOperation:
        return written


def _is_prose(text: str) -> bool:
    pieces = [_LISTED_VALUE.match(piece.strip()) for piece in re.split(r"[/;]", text)]
    listed = len(pieces) > 1 and all(
        piece and read_unit(noun := normalize_label(piece.group("noun")), None) == noun for piece in pieces
    )
    return len(text.split()) >= _SENTENCE_WORDS and not listed


# "07 (trong đó 02 đoàn cấp Bộ)", "14 đoàn (tăng 3 đoàn)": the cell's value, then a note on it.
# "Quý III (đến 15/9)", "9 tháng (tính đến ngày 20/9/2025)": a column counted up to a day
_CUT_OFF_NOTE = re.compile(
    r"\(\s*(?:tính\s+)?đến\s+(?:ngày\s+)?(?P<day>\d{1,2})/(?P<month>\d{1,2})(?:/(?P<year>\d{4}))?\s*\)", re.IGNORECASE
)
_ESTIMATE_NOTE = re.compile(r"\(\s*(?:ước|ước tính|ước thực hiện|ước đạt|số ước)\s*\)", re.IGNORECASE)
_MONTH_COLUMN_HEADERS = {"thang", "thang nam", "thang bao cao"}
_ESTIMATE_OPENING = re.compile(r"^ước(?:\s+(?:tính|thực hiện|TH|đạt))?\s+", re.IGNORECASE)
# A note cell that says only that its row is estimated: "Ước TH", "Số ước", "Ước thực hiện".
_ESTIMATE_NOTE_CELL = re.compile(
    r"^\(?(?:số liệu |số )?ước(?: tính| thực hiện| TH| đạt)?(?: số liệu)?\)?\.?$", re.IGNORECASE
)
_NAMED_ESTIMATE_NOTE = re.compile(r"^(?P<period>[^.;:]{1,30}?)\s+là\s+(?:số\s+(?:liệu\s+)?)?ước\b", re.IGNORECASE)


def _estimate_note_naming(note: str, year: int | None) -> tuple[re.Match | None, str | None]:
    """A note saying one period's values are estimates ("9 tháng 2018 là số ước …"), and that period's code when its
    words name exactly one."""
    named = _NAMED_ESTIMATE_NOTE.match(note.strip())
    scopes = find_scopes(normalize_label(named.group("period")), year) if named else []
    return named, scopes[0][1].code if len(scopes) == 1 else None


_VALUE_WITH_NOTE = re.compile(r"^(\s*\d[\d.,]*(?:\s+[^\W\d_]+){0,3}\s*)(\([^()]*\))\s*$")


# A note marker after a cell's value: "2.600(*)", "1.150*", "36 (**)".
_CELL_MARKER = re.compile(r"\d\s*(\(\*{1,3}\)|\*{1,3})(?!\w)")
# A note's sentence naming another column or period than the one it marks.
_NAMES_ANOTHER = re.compile(r"^\W*cột\b|\btháng\s+\d|\bquý\b|\bnăm\s+\d{4}\b|\b\d+\s+tháng\b")
# A note's mark closing a column's header, "Tháng 12 (*)" (in brackets: a bare star may close a Markdown bold cell,
# "**Tháng 11**")
_HEADER_STAR = re.compile(r"(?<=[\w)])\s*(\((?:\\?\*){1,3}\))\s*$")  # ("(\\*)": Markdown's escaped star too)
# A note marker closing a row's label: "Lượt khách quốc tế (*)", "Đoàn vào**", "Đoàn vào (1)" over a note "(1) …".
# (a bracketed marker also after bold words, "**Cộng 6 tháng (ước)** (2)"; bare stars only after a word)
_LABEL_MARKER = re.compile(
    r"(?:\s*(?P<marker>\(\*{1,3}\)|\(\d{1,2}\)|" + SUPERSCRIPT_MARK + r")|(?<![*\s])\s*(?P<stars>\*{1,3}))$"
)
# "Trong đó: - …", "Trong đó: + …": a list of parts whose first item follows the words that open it.
_INLINE_PART_MARKER = re.compile(r"^\W*trong\s+đó\s*:?\s*([-–+•])", re.IGNORECASE)
_SAME_PERIOD_OPENING = re.compile(r"^(?:số\s+)?cùng\s+kỳ\s*:?\s*", re.IGNORECASE)
# "năm trước (6 tháng đầu năm 2018)", "(quý II/2018)": after "Cùng kỳ", a bracket naming the earlier period in full.
_SAME_PERIOD_NAMED = re.compile(r"(?:(?:của\s+)?năm\s+(?:trước|ngoái)\s*)?\(([^()]*\d{4}[^()]*)\)", re.IGNORECASE)


def _a_part_of_a_year(text: str) -> bool:
    """Whether the text names a half, a quarter, nine months or a month with its own year ("6 tháng cuối năm 2020")."""
    scope = period_label(text, None)
    return scope is not None and scope.kind not in ("year", "same_period_earlier") and is_period_code(scope.code)


# "Đã báo cáo (22/9) | Chính thức tháng 9": a header saying official, then the period its values are of.
_OFFICIAL_OF_A_PERIOD = re.compile(r"chinh thuc (?:thang|quy|nam|\d)")
# "tại BC 318", "theo Báo cáo số 12": a header naming the report its values come from.
_CITES_A_REPORT = re.compile(r"\b(?:tai|theo) (?:bc|bao cao|van ban|cong van)\b")
# "Ghi chú:", "GHI CHÚ", "Chú thích:": the line over a table's notes.
_NOTES_HEADING = re.compile(r"^(?:\*{0,2})(?:ghi chú|chú thích|chú giải)\b", re.IGNORECASE)
# The key to a cell marker, up to the end of its bracket or clause: "(ĐVT: lượt; (*) số tạm tính)", "* tạm tính".
_MARKER_KEY = re.compile(r"(?:\(\*{1,3}\)|(?<![\w*])\*{1,3}(?![\w*]))[^;()\n|]*")


# "(*) Số liệu chính thức, thay thế số ước …", "(*) Đã điều chỉnh so với số liệu ước tính …": a note naming the estimate
# its values replace.
_NOT_AN_ESTIMATE = re.compile(r"chính thức|thay thế|điều chỉnh|không phải")
# "khi có số liệu chính thức", "chờ số chính thức", "sẽ thay bằng số chính thức": the official values to come, which a
# note does not give.
# (not "đã cập nhật lại sau khi có số liệu chính thức": they came)
_OFFICIAL_TO_COME = re.compile(
    r"\b(?:(?:cho )?đến khi có|chờ|chưa có|sẽ\b[^.;]{0,40}?\bkhi có"
    r"|sẽ\s+(?:được\s+)?(?:thay(?:\s+thế)?|cập nhật|điều chỉnh)(?:\s+\w+){0,3}?\s+(?:bằng|theo))"
    r"\s+(?:số liệu\s+|số\s+)?chính thức"
    # ("số chính thức sẽ được cập nhật tại báo cáo năm 2019": the same, the official values named first)
    r"|\b(?:số liệu|số)\s+chính thức\s+sẽ(?:\s+được)?\s+(?:cập nhật|bổ sung|thay(?:\s+thế)?|điều chỉnh|báo cáo)\b",
    re.IGNORECASE,
)
# A note saying, further on, that its values are estimated ("(*) Số liệu tháng 12 tính đến hết ngày 20/12/2017 và ước
# 11 ngày còn lại, do đó cột Cộng quý IV là số ước").
# (of the column or its data, in one clause: not "kim ngạch năm 2023 là số ước", one row's)
_SAYS_ESTIMATED = re.compile(
    r"\b(?:số liệu|các số)\b[^;.]{0,40}\blà số ước\b|(?<!không cần )(?<!không )(?<!chưa )\bước\s+\d+\s+ngày\b"
    r"|\bước (?:thực hiện|tính) (?:đến|cho)\b"
    # ("số thực hiện đến ngày 30/11/2025 cộng số ước thực hiện tháng 12/2025", "có bao gồm số ước năm 2025": a count so
    # far with an estimate of the rest)
    # (not "không bao gồm số ước", "chưa bao gồm số ước": the estimate left out)
    r"|(?<!không\s)(?<!chưa\s)\b(?:cộng|cộng với|bao gồm|gồm cả|có bao gồm)\s+(?:cả\s+)?(?:số\s+(?:liệu\s+)?)?ước\b"
)
# A note's clauses on the values it does not mark, from the first opening with them ("…; các chỉ tiêu còn lại là số
# chính thức. Cột Năm 2017 …", "số không có dấu là …"; not "nay cập nhật số chính thức, các chỉ tiêu còn lại giữ
# nguyên": the marked values are official).
_OTHER_VALUES_CLAUSE = re.compile(
    r"[;.]\s+(?:(?:các|những)\s+)?(?:chỉ tiêu|số liệu|số|giá trị|ô)?\s*(?:còn lại|không (?:có )?(?:đánh )?dấu)\b.*$",
    re.IGNORECASE | re.DOTALL,
)
# A note saying its values are the official or re-checked ones; words that put that off, deny it or cut it off early.
_SAYS_OFFICIAL = re.compile(
    r"\b(?:la|theo) so (?:lieu )?(?:chinh thuc|dung|da ra soat lai|da dieu chinh)\b"
    r"|^\W*so lieu (?:\w+ ){0,4}da (?:dieu chinh|ra soat lai) (?:sau|theo)"
    r" (?:ra soat|kiem tra|doi chieu|so (?:lieu )?chinh thuc|so theo doi)\b"
)
# "Báo cáo số 415/BC-SNgV … ghi số ước là 55": the estimate another report wrote, which the marked value replaces.
_A_CITED_ESTIMATE = re.compile(r"\b(?:bao cao|bc|cong van|van ban)\b.*\bghi (?:la )?(?:so )?uoc\b.*")


def _without_a_cited_estimate(clause: str) -> str:
    return _A_CITED_ESTIMATE.sub(" ", clause)


_UNSETTLED = re.compile(
    r"\b(?:se|chua|khong|uoc|du kien|tam tinh|tam thoi|so bo|den ngay|den het thang|dang cho|cho xac nhan)\b"
)


# The English words of a bilingual column header ("Năm - Year", "Quý - Quarter"), which name no period of their own.
_ENGLISH_PERIOD_WORDS = re.compile(r"\b(?:year|years|quarter|month|months|total)\b")


class TableFigures:
    def _without_keys_to_marked_cells(self, text: str) -> str:
        """The text without its keys to markers some table cell carries ("(*) số tạm tính" over "101.540*"): those
        cells are read by their marks; a key no cell carries speaks of the whole table or row, and stays."""
        marked = self._stars_on_cells
        return _MARKER_KEY.sub(lambda key: " " if key.group().count("*") in marked else key.group(), text)

    @functools.cached_property
    def _stars_on_cells(self) -> frozenset[int]:
        """How many stars mark a cell, for each marker some table cell carries."""
        return frozenset(
            marker.group(1).count("*")
            for block in self.document.blocks
            if block.in_a_table
            for marker in _CELL_MARKER.finditer(block.text)
            if "*" not in block.text[: marker.start(1)][-1:]
        )

    def _marker_is_estimate(self, marker: str) -> bool:
        """Whether a line outside the tables explains ``marker`` as an estimate ("(*) Số liệu ước thực hiện")."""
        return self._marker_readings(marker) == {True}

    def _marker_is_official(self, marker: str) -> bool:
        """Whether every line explaining ``marker`` says that the value is the official or re-checked one ("(*) Số liệu
        năm 2018 đã điều chỉnh theo số chính thức", "(*) Báo cáo … ghi 61 đoàn ra; số trong bảng là số đã rà soát
        lại"; not "(*) Số chính thức sẽ cập nhật sau")."""
        # (a note's own first sentence: "(*) Số liệu đã điều chỉnh sau rà soát. Giá trị cam kết năm 2023 là số ước …"
        # goes on with other notes)
        own = [re.split(r"\.\s+(?=[A-ZĐÀ-Ỹ])", note, maxsplit=1)[0] for note in self._notes_of(marker)]
        notes = [[normalize_label(clause) for clause in re.split(r"[;.]\s", note)] for note in own]
        # (and no word of the note leaves any part of it unsettled: "Số liệu đến hết tháng 11/2024 là số chính thức;
        # tháng 12/2024 ước thực hiện", "Số liệu tạm thời, là số đã …"; but for what a cited report wrote, "Báo cáo số
        # 415/BC-SNgV ghi số ước là 55 đoàn ra", which the marked value replaces)
        return bool(notes) and all(
            any(_SAYS_OFFICIAL.search(clause) for clause in clauses)
            and not any(_UNSETTLED.search(_without_a_cited_estimate(clause)) for clause in clauses)
            for clauses in notes
        )

    def _counted_to_a_day_before_the_last_month(self, note: str) -> str:
        """The words of a note dating its row's count to a day before the last month of the report's period ("(1) Số
        năm 2022 tính đến ngày 20/5/2022" in a report on the first half of 2022): a count so far; "" otherwise."""
        # (not a note on a column's date: "cột TH đến 20/11 là số có tại thời điểm báo cáo")
        if not self.period_code or not is_period_code(self.period_code) or has_any(normalize_label(note), ("cot",)):
            return ""
        # (a day inside the period: "số liệu năm 2020 tính đến ngày 30/9/2020" dates a column a year earlier)
        period = period_from_code(self.period_code)
        last_month = period.end_date.replace(day=1)
        return next(
            (
                scope.evidence
                for _, scope in find_scopes(normalize_label(note), self.report_year)
                if scope.as_of is not None and period.start_date <= scope.as_of < last_month
            ),
            "",
        )

    def _marker_readings(self, marker: str) -> set[bool | None]:
        """For each line explaining ``marker``, whether it says an estimate: notes that disagree settle nothing;
        "ước" among a note's first words ("(*) Số liệu ước thực hiện, do …"; not "(*) Tính cả theo Hiệp ước tương trợ
        tư pháp", a treaty); empty when no line explains it."""
        # (each note's own first sentence: "(*) Số liệu tháng 12 … là số ước. Cột (5) lấy theo Báo cáo … Số liệu tháng
        # 11 đã điều chỉnh theo số chính thức" goes on with other notes)
        # (one that goes on to say the values are official now, "… là số ước. Nay đã cập nhật số chính thức", settles
        # neither: None)
        readings: set[bool | None] = set()
        for note in self._notes_of(marker):
            # ("… được đánh dấu (*) và sẽ được cập nhật khi có số liệu chính thức": official figures to come, not given)
            note = _OFFICIAL_TO_COME.sub(" ", note)
            first, rest = (*re.split(r"\.\s+(?=[A-ZĐÀ-Ỹ])", note, maxsplit=1), "")[:2]
            first = _OTHER_VALUES_CLAUSE.sub("", first).lower()
            opening = " ".join(first.split()[:6])
            # (not "(*) Không bao gồm số ước tháng 12": the estimate left out)
            leaves_out = re.search(r"\b(?:không|chưa)\b(?:\s+\w+){0,3}\s+ước\b", opening)
            says = bool((ESTIMATE_WORD.search(opening) and not leaves_out) or _SAYS_ESTIMATED.search(first))
            says = says and not _NOT_AN_ESTIMATE.search(first)
            # (not a sentence on another column or period: "Cột Năm 2017 là số chính thức", "Số liệu tháng 11 đã điều
            # chỉnh theo số chính thức")
            official_now = any(
                _NOT_AN_ESTIMATE.search(sentence) and not _NAMES_ANOTHER.search(sentence)
                for sentence in re.split(r"\.\s+", rest.lower())
            )
            readings.add(None if says and official_now else says)
        return readings

    def _marker_notes(self, marker: str) -> str:
        """The words of the lines outside the tables that explain ``marker``."""
        return " \n ".join(self._notes_of(marker))

    def _notes_of(self, marker: str) -> list[str]:
        marker = marker.replace("\\*", "*")  # (Markdown's escaped star, as the notes are read without the escape)
        # (a note is a line that opens with the marker, after "Ghi chú:" or not)
        # (the marker itself, not one with more stars: "*" is no "**")
        opening = re.compile(rf"^[^\w*]{{0,3}}(?:ghi chú\s*:?\s*)?{re.escape(marker)}(?!\*)", re.IGNORECASE)
        # (a numbered mark, "(1)", is read from the notes under a "Ghi chú" line only: elsewhere "(1) …" opens an item
        # of a list)
        numbered = bool(re.fullmatch(r"\(\d{1,2}\)", marker))
        under_notes = not numbered
        # (or a sentence naming the mark: "(3) Chỉ tiêu có dấu (*) là số ước …", "Chỉ tiêu nào là số ước thực hiện
        # thì đánh dấu (*) bên cạnh": the sentence's words, from where the mark is named when it opens them)
        # (a bare mark named in brackets too: "*" as "dấu (*)")
        named = re.compile(rf"\bdấu\s*(?:\(\s*)?{re.escape(marker)}(?!\*)(?:\s*\))?", re.IGNORECASE)
        notes = []
        blocks = self.document.blocks
        for index, block in enumerate(blocks):
            # (Markdown's escaped stars: "*(\\*) Năm 2025: …*" is the note "(*) Năm 2025: …" in italics)
            text = re.sub(r"^[*_]+(?=\()", "", block.text.strip().replace("\\*", "*"))
            if block.in_a_table:
                # (but a row merged across the table, its one cell the table's own note: "(*) Số cả năm … là số ước …")
                filled = [cell.strip() for cell in text.strip("|").split("|") if cell.strip()]
                if len(filled) != 1 or not text.startswith(filled[0]):
                    continue
                text = filled[0]
            under_notes = under_notes or bool(_NOTES_HEADING.match(text))
            if under_notes and (note := opening.match(text)):
                rest = text[note.end() :]
                # (and its lines after a break, "… ước 11 ngày còn lại," over "nay đã thay bằng số liệu chính thức …")
                for following in blocks[index + 1 :]:
                    line = following.text.strip()
                    # (a word in lower case, not an item's letter: "a) Quý I: …" opens a list)
                    if following.in_a_table or not (line[:1].islower() and re.match(r"[^\W\d_]{2,}\b", line)):
                        break
                    rest = f"{rest} {following.text.strip()}"
                # ("(*) Số cả năm của các chỉ tiêu có dấu (*) là số ước …": what the note says the marked values are)
                again = named.search(rest)
                predicate = rest[again.end() :].strip(" :") if again else ""
                notes.append(predicate if predicate.lower().startswith("là") else rest)
                continue
            for sentence in re.split(r"(?<=[.;])\s+", text):
                if mark := named.search(sentence):
                    after = sentence[mark.end() :].strip(" :")
                    # (not a mention going on with another verb: "giữ nguyên dấu (*) và để chú thích …")
                    goes_on = after.lower().startswith(("và ", "để ", "thì ", "nhưng ", "cho ", "nên "))
                    says = (len(sentence[: mark.start()].split()) <= 4 and not goes_on) or after.lower().startswith(
                        "là"
                    )
                    # ("Đối với các chỉ tiêu chưa có số liệu chính thức, Sở sử dụng số ước thực hiện và đánh dấu
                    # (*)": what the sentence says the marked values are, from its estimate on)
                    estimate = ESTIMATE_WORD.search(sentence[: mark.start()].lower())
                    # (a sentence that only mentions the mark says nothing of it: "thiết kế giữ nguyên dấu (*) và để chú
                    # thích chân trang")
                    if says or estimate:
                        notes.append(after if says else sentence[estimate.start() :])
        return notes

    def _total_of_the_reports_period(self, label: str, rows_above: list[str]) -> Scope | None:
        """ "Cộng quý", "Tổng cộng quý" under rows of the months of a quarterly report's quarter: the total of the
        report's own period, when the label names its kind and nothing else and every row of a period above it lies in
        that period (not under Quý I, II, III, nor under another quarter's months)."""
        total = _TOTAL_OF_A_KIND.fullmatch(normalize_label(label))
        report = period_from_code(self.period_code) if is_period_code(self.period_code or "") else None
        if total is None or report is None or report.period_type != _KINDS_OF_PERIOD[total.group("kind")]:
            return None
        inside = [
            code
            for code in rows_above
            if is_period_code(code)
            and code != self.period_code
            and report.start_date <= period_from_code(code).start_date
            and period_from_code(code).end_date <= report.end_date
        ]
        if not rows_above or len(inside) != len(rows_above):
            return None
        return Scope(report.period_type, self.period_code, normalize_label(label))

    def _table_row(self, block: Block, context) -> None:
        """A row of figures: each value column's cells read under the column's header period
        ("Quý I", "Năm 2025 Thực hiện", "Cùng kỳ năm 2025"), with the row's label as their words;
        ratio, plan and note columns hold no figure of the period. A row labelled with a period
        ("Tháng 1/2027", "Cộng quý I") under headers that name what is counted ("Đoàn ra (đoàn)")
        is the same table turned: the row gives the period, the column the words."""
        if context.outside:
            self._queue_all(block.text, block, block.start, block, context)
            return
        cells = cells_of(block, getattr(self, "aligned_columns", {}).get(block.number, ()))
        texts = [text for _, text in cells]
        self.row_cells = texts  # (a "Cộng" column's period may need the values of the columns beside it)
        label_index = label_column(texts)
        label_text = texts[label_index]
        label = normalize_label(label_text)
        total_row = is_total_label(label)
        if not total_row and holds_values(texts):
            if _names_a_partner(label_text):
                context.table.partner_rows += 1
            else:
                context.table.other_rows += 1
        # "Đoàn vào | 16/139" then "Trong đó: đoàn của cơ quan đại diện ... | 04/27": the part row reads
        # with its parent's words; a part of the parent's own indicator is no figure of its own.
        headers = context.table.headers()
        if total_row and (measure := _measure_beside_a_total(texts, label_index, headers)):
            # "Tổng cộng |  | Người XNC | 19.072 | …" under rows of gates "1 | CKQT Cầu Treo | Người XNC | …": the total
            # of what the measure column names
            label_text = f"{label_text} {measure}"
            label = normalize_label(label_text)
        if (original := _original_language_column(headers)) is not None and len(cells) == 2:
            # ("| Tiếng Việt | English |": the sentences of the original are read, under the heading's period, when the
            # translation gives the same numbers)
            position, text = cells[original]
            if _numbers_of(text, decimal_comma=True) == _numbers_of(cells[1 - original][1], decimal_comma=False):
                self._cell_sentences(block, position, text, "", "", context)
            else:
                reason = "the two languages of a bilingual table give different numbers"
                self._queue_all(text, block, block.start + position, block, context, reason=reason)
            return
        roles = [column_role(header) for header in headers]
        if context.table.indicators_group and not _a_month_or_their_total(label):
            # ("Năm | Chỉ tiêu | | Ghi chú" over "Năm | Đoàn ra | Đoàn vào", then "Năm 2023 | 35 | 30 | Kế hoạch số
            # 20/KH-UBND": a year's row under "Chỉ tiêu" may give its targets)
            roles = ["plan" if role == "value" else role for role in roles]
        note = texts[roles.index("note")] if "note" in roles and roles.index("note") < len(texts) else ""
        explanation = " ".join(text for role, text in zip(roles, texts) if role in ("note", "reason"))
        if re.search(r"\d", explanation) and has_any(normalize_label(explanation), _CORRECTING_EXPLANATION):
            # ("| Số đoàn ra | 40 | Chưa tính 02 đoàn của Sở Y tế, số chính thức là 42 đoàn |": which value stands, the
            # row's or its note's, is for a person)
            self.rows_their_notes_correct[block.number] = explanation.strip()
        # "| Đoàn ra | đoàn | 15 | 41 | 36 | … | Ước TH |": the row's values of this year are estimates (the column of
        # a year before is that year's result)
        # (not beside an estimate column of its own: the note may point at that column alone)
        note_estimate = bool(_ESTIMATE_NOTE_CELL.match(note.strip())) and not any(
            is_estimate_header(normalize_label(header)) for header in headers
        )
        # ("9 tháng 2018 là số ước tại Báo cáo số 221/BC-SNgV": the column of the period it names holds an estimate)
        named_note, note_period = _estimate_note_naming(note, self.report_year)
        # ("| Đoàn cơ quan đại diện | 11 đoàn/73 lượt | Tính trong tổng đoàn vào |": its note says the same)
        counted_within = any(
            has_phrase(normalize_label(note), words) for words in word_list("table_columns.part_notes")
        )
        marker = texts[0].strip() if label_index > 0 else None
        opens_parts = label.startswith("trong do ")
        # (a dash or plus only: a number or an empty cell starts a row of its own)
        listed_part = bool(marker) and marker == context.table.part_marker and marker in ("-", "–", "+", "•")
        # ("| | Trong đó: - Cơ quan đại diện … |" over "| | - Đoàn do Sở đón tiếp … |": the dash written after "Trong
        # đó:" marks the list, and the labels opening with it below are the rest of its parts)
        inline = _INLINE_PART_MARKER.match(label_text)
        # (not a row naming a second measure only, "- Lượt khách CQĐD, TCQT | lượt" under "Trong đó: - Đoàn của CQĐD …")
        listed_part = listed_part or (
            context.table.part_label_marker is not None
            and label_text.lstrip().startswith(context.table.part_label_marker)
            and not _names_a_measure_only(label)
        )
        # ("1 | Số dự án được chấp thuận" over "| - Dự án đầu tư trong nước": a dashed label under an undashed one is
        # its part; a table whose every label is dashed has none)
        # (in the parent's own unit: "Đoàn ra | Đoàn" over "- Lượt CBCCVC đi nước ngoài | Lượt" is a second measure)
        unit_cell = texts[roles.index("unit")] if "unit" in roles and roles.index("unit") < len(texts) else ""
        # ("Đoàn ra (đoàn)" over "- Lượt CBCC đi nước ngoài (lượt)": without a unit column, the label's brackets; a
        # dashed label without any, "- vụ việc khác", is in its parent's unit)
        unit_words = normalize_label(unit_cell) or (_bracketed_unit(label_text) if "unit" not in roles else "")
        dashed = label_text.lstrip().startswith(("-", "–", "+"))
        dashed_part = (
            dashed
            and not context.table.parent_dashed
            and (unit_words == context.table.parent_unit or ("unit" not in roles and not unit_words))
        )
        part_row = (opens_parts or listed_part or counted_within or dashed_part) and bool(context.table.parent_label)
        context.table.part_marker = marker if part_row and (opens_parts or listed_part) else None
        context.table.part_label_marker = (
            (inline.group(1) if inline and not context.table.parent_dashed else None)
            if opens_parts
            else context.table.part_label_marker
            if part_row and listed_part
            else None
        )
        row_above = context.table.parent_indicators
        own_label = label
        # ("1 | Đoàn ra" over "1.1 | …": the numbered row it is a part of, if any)
        part_of = context.table.sub_row_of(texts)
        # ("Đoàn ra | đoàn" over "- Lượt cán bộ đi công tác | lượt", "2.2 | Trong đó: đoàn CQĐD | đoàn" over "2.3 | Số
        # lượt khách của đoàn CQĐD | lượt người": the row above's second measure, read with its words)
        above = context.table.row_above
        # ("| 1 | Đoàn ra | đoàn |" over "| | *Lượt người* | lượt |": a row whose number cell is left empty right under
        # it; not under a part row, "- Đoàn cơ quan đại diện …", whose measure it would take)
        unnumbered = label_index > 0 and not marker and above is not None and above.words == context.table.parent_label
        second_measure = (
            # ("1 | Đoàn ra | đoàn" over "2 | Số lượt người | lượt": a numbered row naming a measure only is the row
            # above's second measure too)
            (
                dashed
                or part_of is not None
                or unnumbered
                or (bool(marker) and self._measure_of_a_pair(own_label, context))
            )
            and not part_row
            and above is not None
            and not above.dashed_row
            and len(self.result.figures)
            > above.figures_before  # (of a row that published: not "Đoàn ra của các huyện")
            and bool(unit_words)
            and unit_words not in (above.unit, context.table.parent_unit)  # (in the parent's own unit: a part)
            and (_names_a_measure_only(own_label) or _names_its_money(own_label, unit_cell))
        )
        context.table.second_measures.append(second_measure)
        if part_row or second_measure:
            part_of = None  # (what the numbering made a part is read as the part or the measure it is)
        if part_row:
            label = f"{context.table.parent_label} {label}"
        elif second_measure:
            label = f"{label} {above.words}"  # (its own noun first: what the cells count)
        else:
            context.table.parent_label, context.table.parent_indicators = label, set()
            context.table.parent_dashed, context.table.parent_unit = dashed, unit_words
        context.table.row_above = RowAbove(
            label, unit_words, dashed and not (part_row or second_measure), len(self.result.figures)
        )
        capital = self._capital_of_row(label, row_above, context.table.indicators)
        indicators_above = context.table.indicators - set(word_list("part_indicators"))
        stacks = context.table.header_stacks()
        self.table_stacks = stacks  # (a "Cộng quý" column is the quarter's only beside that quarter's three months)
        row_measure = measure_in(_label_unit(label_text))
        foreign_unit = ""
        if unit_cell:
            row_measure = measure_in(unit_cell) or row_measure  # "| triệu đồng | 1.700 |"
            # (a classifier alone, "cuộc", "chiếc", leaves the label's noun to say what is counted)
            unread = measure_in(unit_cell) is None and unit_pair(unit_cell) is None
            if (
                unit_words
                and unit_words not in word_list("classifiers")
                and unread
                and (re.search(r"\d", unit_cell) or not _counts_documents(label_text, unit_words))
                and not _initials_of_its_noun(unit_cell, label)
            ):
                # "| Công hàm đề nghị cấp thị thực cho đoàn ra | văn bản |": the row counts what its unit
                # cell says, which no indicator counts, whatever nouns its label names (not "| Thỏa thuận quốc tế
                # được ký kết | văn bản |": a label opening with a kind of document, `documents_counted`)
                foreign_unit = unit_cell
        # "Kế hoạch năm 2026 | 50 đoàn", "Tỷ lệ so với kế hoạch (%) | 48,0": a row of plans or ratios.
        # ("Hài cốt liệt sỹ hồi hương (tiếp nhận, an táng)": words in brackets describe the row, and
        # "an táng" is no "tăng")
        described = label_text if "%" in label_text else re.sub(r"\([^()]*\)", " ", label_text)
        row_role = column_role(described) if label_index < len(texts) else "value"
        # (the caption over the table, the same for every cell; not over columns saying which are results: "KHỐI LƯỢNG
        # NHIỆM VỤ …" over "Thực hiện năm 2024 | Kế hoạch | TH 9 tháng | Ước TH cả năm")
        of_plans = self._table_of_plans() and not any(_names_a_result(header) for header in headers)
        partners = _A_PARTNERS_SHARE_CAPTION.search(normalize_label(self.table_text_above or ""))
        # "Bảng 1. Số liệu sơ bộ quý III", "Quý IV (sơ bộ)", a note "Chưa chốt số liệu": the writer says the row's
        # figures are not final.
        # (not a key to marked cells: "(*) số tạm tính" says which cells are not final, each marked; they are read so)
        unconfirmed_row = unconfirmed_word(
            self._without_keys_to_marked_cells(
                f"{getattr(self, 'table_text_above', '') or ''} \n {label_text} \n {note}"
            )
        )
        # ("| Lượt khách quốc tế (*) | … |" over "(*) Số lượt khách … là số tạm tính": the row's label carries the mark)
        # (not Markdown's emphasis: "**Cộng quý IV**", "- *Lượt khách*"; a note that only defines the row, "(*) Số có
        # mặt cuối kỳ", changes nothing)
        bare_label = re.sub(r"^(\*{1,3}|_{1,3})(.+?)\1$", r"\2", label_text.strip().lstrip("-–•+ ").strip())
        label_marker = _LABEL_MARKER.search(bare_label)
        marker = (label_marker.group("marker") or label_marker.group("stars")) if label_marker else ""
        if not marker and (noted := _LABEL_MARKER.fullmatch(note.strip())):
            # ("| Hồ sơ CNLS, HPHLS | hồ sơ | 112 | 174 | (1) |" under "Ghi chú", over "(1) Số năm 2022 tính đến ngày
            # 20/5/2022, chưa đầy đủ": the note column carries the row's mark)
            marker = noted.group("marker") or ""
        label_note = self._marker_notes(marker) if marker else ""
        if named_note is None:
            # ("| Kim ngạch … (*) | Triệu USD | 3.400 | 3.900 |" over "(*) Năm 2021 là số ước thực hiện cả năm": the
            # column of the period the marked row's note names holds an estimate)
            named_note, note_period = _estimate_note_naming(label_note, self.report_year)
        if label_note and not unconfirmed_row:
            unconfirmed_row = (
                unconfirmed_word(label_note)
                or phrase_of_list(normalize_label(label_note), "marked_note_doubts")
                or self._counted_to_a_day_before_the_last_month(label_note)
            )
        if row_role == "value" and has_any(normalize_label(label_text), word_list("average_words")):
            row_role = "ratio"  # ("Số đoàn ra (tính bình quân mỗi quý)": an average, in brackets or not)
        subject = other_subject(label_text, len(label_text)) or body_named_within(label_text) or _person(label_text)
        label_header = headers[label_index] if label_index < len(headers) else ""
        if not subject and _one_body_per_row(label_header, label):
            # ("| 2 | Sở Ngoại vụ | 6 | 24 |" under "| STT | Cơ quan, đơn vị | Đoàn ra |": the department is one body of
            # the table's rows, its figures its own part; the total row is the province's)
            subject = f"a figure of {label_text.strip()} (one body of the table's rows), not of the whole province"
        # "Quý IV (ước)", "Cả năm 2024 (ước)": a period row whose values are estimates
        # ("Ước năm 2025", "Ước TH quý IV": the same, written before the period)
        # (and without its note marker: "Tháng 9 (1)", "**Cộng quý III** (*)")
        period_text = _ESTIMATE_NOTE.sub(" ", _LABEL_MARKER.sub("", label_text.strip())).strip().strip("*_ ")
        row_estimate = bool(_ESTIMATE_NOTE.search(label_text)) or (
            bool(label_note) and not unconfirmed_row and self._marker_is_estimate(marker)
        )
        if opening := _ESTIMATE_OPENING.match(period_text):
            period_text = period_text[opening.end() :]
        if (same := _SAME_PERIOD_OPENING.match(period_text)) and _a_part_of_a_year(period_text[same.end() :]):
            # ("Cùng kỳ 6 tháng cuối năm 2020": the row names the earlier period in full; not "Cùng kỳ năm 2022" in a
            # report on a quarter, which is that quarter a year before)
            period_text = period_text[same.end() :]
        elif (
            same
            and (named := _SAME_PERIOD_NAMED.fullmatch(period_text[same.end() :]))
            and _a_part_of_a_year(named.group(1))
        ):
            # ("Cùng kỳ năm trước (6 tháng đầu năm 2018)": the bracket names the earlier period in full; not "(năm
            # 2018)", which a quarter's report may write for that quarter of it)
            period_text = named.group(1)
        rows_year = self._yearless_rows_year() or self.report_year
        period_text = _without_a_plain_remark(period_text, rows_year)
        if is_month_and_year(period_text) and normalize_label(label_header) in _MONTH_COLUMN_HEADERS:
            # "| 01/2022 | 5.912 |" under "| Tháng | …": the month of that year
            period_text = f"tháng {period_text.strip('* ')}"
        row_period = period_label(period_text, rows_year) or self._total_of_the_reports_period(
            period_text, context.table.row_periods
        )
        row_period = _sum_of_the_period_rows_above(period_text, row_period, context.table.row_periods) or row_period
        if row_period is not None and row_period.code and is_period_code(row_period.code):
            context.table.row_periods.append(row_period.code)
        elif covered := _period_before_a_remark(period_text, rows_year):
            # ("Quý III (riêng các sở, ban, ngành)": a row of the quarter whose remark holds its values; the "Cả năm"
            # row under it still sums the year's quarters)
            context.table.row_periods.append(covered)
        # ("| Số đoàn ra | Quý II/2025 | 15 |" under "Chỉ tiêu | Kỳ số liệu | …": the row's own period cell, which dates
        # its values as a column's header would)
        period_cell = texts[roles.index("period")] if "period" in roles and roles.index("period") < len(texts) else ""
        cell_period = period_label(period_cell, self.report_year) if period_cell.strip() else None
        row_estimate = row_estimate or bool(opening and row_period is not None)
        # ("Cộng 9 tháng" under "Tháng 9 (ước)": a total of an estimate is an estimate)
        summed = total_row or (row_period is not None and label.split()[:1] in (["cong"], ["tong"]))
        # ("Quý III" under "Tháng 9 (ước)": a period holding an estimated one is itself partly estimated)
        holds_an_estimate = row_period is not None and _holds_any(row_period.code, context.table.estimated_periods)
        total_of_estimates = (summed and context.table.estimated_rows) or holds_an_estimate
        context.table.estimated_rows = context.table.estimated_rows or row_estimate
        if row_estimate and row_period is not None and row_period.code:
            context.table.estimated_periods.append(row_period.code)
        group = context.table.group_label
        # (the first topic is read as the list header: a group row under it is the nearer one)
        topics = [group or context.list_topic, context.heading_path or context.heading]
        others = other_subject_columns(headers, stacks)
        # (a value column: not "Kế hoạch sau điều chỉnh", a plan)
        corrected = [
            header
            for index, header in enumerate(headers)
            if column_role(header) == "value"
            and (
                has_any(normalize_label(header), word_list("table_columns.corrected"))
                or _verified_alone(stacks, index)
                or _official_beside_its_estimate(stacks, index)
                or _official_beside_an_estimate_of_its_period(headers, index, self.report_year)
                or _OFFICIAL_OF_A_PERIOD.match(normalize_label(header)) is not None
            )
            # (not one citing where it was given: "Số thống nhất tại BC 318" beside "Số cập nhật sau rà soát" is the
            # older of the two)
            and not _CITES_A_REPORT.search(normalize_label(header))
        ]
        resolved: list[tuple[Quantity, str]] = []
        estimated_columns: dict[str, list[str]] = {}  # indicator -> the periods of this row published as estimates
        exact_columns: dict[str, list[str]] = {}  # indicator -> the periods of this row published as exact
        for column in range(label_index + 1, len(cells)):
            position, text = cells[column]
            header = headers[column] if column < len(headers) else ""
            role = roles[column] if column < len(roles) else "value"
            # "03/14" under "đoàn/lượt người" (the row's unit cell, its label's or the column's brackets).
            unit_index = roles.index("unit") if "unit" in roles else len(texts)
            pair = unit_pair(texts[unit_index] if unit_index < len(texts) else None)
            label_unit = _label_unit(label_text)
            pair = (
                pair
                or unit_pair(label_unit.group(1) if label_unit else None)
                or unit_pair(_bracketed(header))
                or context.table.pair_note
            )
            quantities = pair_quantities(text, pair) or find_quantities(text)
            if [read_unit(q.unit_words, q.currency) for q in quantities] == ["doan", "nguoi"] and "/" in text:
                # "15 đoàn/102 người": the people of those delegations, counted as visits.
                quantities = [quantities[0], dataclasses.replace(quantities[1], unit_words="luot nguoi")]
            if quantities and role == "reason":
                # ("| Đoàn ra | 18/79 | 20/86 | Bổ sung 02 đoàn … 07 người |": what the row's change is made of, or the
                # official value it names, for a person to read)
                for quantity in quantities:
                    why = f"a number in the column '{header}', which explains the row"
                    self._review(why, [], self._written(quantity, block, block.start + position, block), quantity)
                continue
            if not quantities or role in ("ratio", "note", "unit", "period", "code"):
                continue
            if CELL_CHANGE_SIGN.search(text[: quantities[0].start]):
                # "| Đoàn vào | 40 đoàn | ↑ 6 đoàn |": a change against another column, not a level.
                for quantity in quantities:
                    written = self._written(quantity, block, block.start + position, block)
                    self._review(
                        "a change against an earlier period, not a level", [], written, quantity, set_aside=True
                    )
                continue
            # "1.980.000 (ước)": the clerk marks one cell as an estimate ("9 (sơ bộ)": as not final)
            cell_estimate = bool(_ESTIMATE_NOTE.search(text))
            cell_unconfirmed = unconfirmed_word(text)
            marker = _CELL_MARKER.search(text)
            if marker and "*" in text[: marker.start()]:
                marker = None  # "**750.000**": Markdown's bold, no note marker
            if marker:
                # "2.600(*)" over "Ghi chú: (*) Số liệu ước thực hiện": the note says what the marked value is.
                if self._marker_is_estimate(marker.group(1)):
                    cell_estimate = True
                elif not self._marker_is_official(marker.group(1)):
                    for quantity in quantities:
                        written = self._written(quantity, block, block.start + position, block)
                        self._review(
                            f"the cell carries a note marker ('{marker.group(1)}') whose note is not an estimate's",
                            [],
                            written,
                            quantity,
                        )
                    continue
            if corrected and header not in corrected and self._corrected_beside(header, corrected[0]):
                # ("Phòng HTQT | Văn phòng Sở | Nguyên nhân | Số liệu đúng sau kiểm tra": the values the last column
                # corrects, and the words on why)
                for quantity in quantities:
                    written = self._written(quantity, block, block.start + position, block)
                    self._review(f"a value the column '{corrected[0]}' corrects", [], written, quantity, set_aside=True)
                continue
            if subject and _is_prose(text) and not (_a_sentence(label_text) and _PROVINCE_SAYS.match(text)):
                # ("| Bà Hoàng Thị Thu Hằng | … | Phiên dịch cho 27 đoàn, biên dịch trên 1.100 trang |": the row's own
                # subject's work, told in words; not "| Phối hợp Sở Kế hoạch và Đầu tư … . | Năm 2024, tỉnh chấp thuận
                # 47 dự án … |": a task's result opening with the province as who did it, read sentence by sentence)
                for quantity in quantities:
                    self._review(subject, [], self._written(quantity, block, block.start + position, block), quantity)
                continue
            if role == "value" and row_period is None and (noted := _VALUE_WITH_NOTE.match(text)):
                # The note is read as a sentence about the row (its "trong đó" part goes to review).
                self._cell_sentences(block, position + noted.start(2), noted.group(2), label, header, context)
                text = noted.group(1)
                quantities = pair_quantities(text.strip(), pair) or find_quantities(text)
            elif role == "value" and row_period is None and _is_prose(text):
                self._cell_sentences(block, position, text, label, header, context)
                continue
            # "Số lượt người (lượt)", "Giá trị cam kết (USD)": a column header may name its cells' unit.
            # (a currency the header ends with, unless the table's unit line names its scale: "ĐVT: triệu USD")
            stack = stacks[column] if column < len(stacks) else []
            # ("Đoàn vào (khách nước ngoài)" over "Số đoàn": the lowest header naming what it counts measures the cells,
            # not a bracket describing the group above it)
            # (one opening with "Số"/"Lượt" or with its own bracket; not "Đoàn ra" under "Cán bộ đi nước ngoài (lượt
            # người)", whose bracket measures the delegations' people)
            lowest_words = normalize_label(stack[-1]) if stack else ""
            own_noun = (
                len(stack) > 1
                and unit_in_label(lowest_words) is not None
                and (lowest_words.startswith(("so ", "luot ")) or "(" in stack[-1])
            )
            money_column = has_any(normalize_label(header), word_list("money_column_words"))
            column_measure = (
                # (a total's column under the group, in a row of a period: "Tổng" under "Phương tiện (lượt)")
                (_counted_in_turns(stack) if row_period is not None and is_total_label(lowest_words) else None)
                or measure_in(re.search(r"\(([^)]*)\)", stack[-1] if own_noun else header))
                or (None if context.table.unit_note else _trailing_currency(header))
                # ("Giá trị cam kết viện trợ PCPNN" under "Đơn vị tính: tổ chức; chương trình, dự án; USD": a column of
                # money takes the one currency the unit line lists)
                or (listed_currency(context.table.unit_note) if money_column else None)
            )
            words = normalize_label(header) if row_period is not None else label
            lowest = _lowest_measure(stack) if row_period is not None else _measure_only(stack)
            for quantity in quantities:
                quantity, unit = _measured(
                    quantity,
                    row_measure if row_period is None else None,
                    column_measure,
                    # (last, the label column's header: "Loại vụ việc" over rows of kinds of cases)
                    # (a part row's own noun first: "Trong đó: - Đoàn đi đào tạo" under "Lượt cán bộ đi công tác"; after
                    # a header that only measures: "Trong đó: đoàn của cơ quan đại diện …" under "Lượt người")
                    f"{lowest} {own_label if part_row else ''} {words} {normalize_label(header)} "
                    f"{normalize_label(label_header)}",
                    measure_in(context.table.unit_note) if context.table.unit_note else None,
                    table_noun=row_period is not None
                    and _names_a_period_or_a_total(stack[-1] if stack else header, self.report_year)
                    and self._over_the_whole_work(),
                )
                written = self._written(quantity, block, block.start + position, block)
                if context.table.unit_note == PERCENT_NOTE:
                    # ("%" over "Số đoàn ra   18,3   27,3   800,0" under "Chỉ số phát triển (Năm trước = 100)")
                    self._review(
                        "a table of percentages or index numbers (its unit line or caption)", [], written, quantity
                    )
                    continue
                if (
                    row_period is None
                    and (own_noun or lowest_words.startswith(("so ", "luot ")))
                    and (row_measure and row_measure.unit)
                    and (counted := _counts_another_thing(unit_in_label(lowest_words), row_measure.unit))
                ):
                    # ("Số giờ" under "Thời gian thực hiện" in a row "Thẩm định đoàn ra | đoàn": the hours its
                    # delegations took, not delegations)
                    why = f"the column counts '{counted}', the row's unit cell another thing ('{row_measure.unit}')"
                    self._review(why, [], written, quantity, unit=unit)
                    continue
                if counted := _unit_line_counts_otherwise(
                    context.table.unit_note, quantity, unit, row_measure, column_measure
                ):
                    # ("Cho phép cán bộ … đi nước ngoài | 8" under "Đơn vị tính: hồ sơ": the officials' dossiers, not
                    # the officials)
                    why = f"the table's unit line counts '{counted}', the row's words another thing ('{unit}')"
                    self._review(why, [], written, quantity, unit=unit)
                    continue
                if (
                    unconfirmed := unconfirmed_row
                    or cell_unconfirmed
                    or unconfirmed_word(" \n ".join(stack or [header]))
                ):
                    self._review(f"the writer says the figure is not final ('{unconfirmed}')", [], written, quantity)
                    continue
                if of_plans:
                    self._review(
                        f"a table of plans ('{self.table_text_above.strip()}'), not results",
                        [],
                        written,
                        quantity,
                        set_aside=True,
                    )
                    continue
                if partners:
                    # "Bảng 4. Đoàn vào từ các tỉnh của Lào" over rows of years: the partner provinces' share each row
                    self._review(
                        f"the caption names a partner's share ('{partners.group()}'), not the province's whole",
                        [],
                        written,
                        quantity,
                        unit=unit,
                    )
                    continue
                if (other := _OTHER_KINDS.match(normalize_label(label_text))) and not total_row:
                    # "| b | Vụ việc khác (lao động mất việc, …) | 05 |": the kinds the rows beside it leave, a part
                    why = f"the other kinds ('{other.group().strip()}'), a part"
                    self._review(why, [], written, quantity, unit=unit, set_aside=True)
                    continue
                if row_role in ("plan", "ratio"):
                    self._review(
                        f"a {row_role} row ('{label_text}'), not a result", [], written, quantity, set_aside=True
                    )
                    continue
                if row_period is None and _asks_which_year(label_text, text):
                    self._review(
                        f"the row asks which year ('{label_text}'): its cell is a year, not a count",
                        [],
                        written,
                        quantity,
                        set_aside=True,
                    )
                    continue
                direction = _one_direction(f"{' '.join(stack)} {header} {label_text}") or _one_direction_cell(stack)
                if direction:
                    # ("Xuất cảnh" over a month's cell: people or vehicles crossing one way, a part of the crossings)
                    self._review(
                        f"it counts one direction only ('{direction}'), not the crossings", [], written, quantity
                    )
                    continue
                column_noun = _noun_no_indicator_counts(stack) if not quantity.is_money else ""
                if column_noun:
                    self._review(
                        f"its column counts what '{column_noun}' names, which no indicator counts",
                        [],
                        written,
                        quantity,
                        set_aside=True,
                    )
                    continue
                if foreign_unit and not quantity.is_money:
                    self._review(
                        f"its row counts '{foreign_unit}', which no indicator counts",
                        [],
                        written,
                        quantity,
                        set_aside=True,
                    )
                    continue
                if part_of:
                    # A sub-row is a part of the total above it, which is the figure: set apart.
                    self._review(
                        f"a sub-row of '{part_of}' (its part, not a total)", [], written, quantity, set_aside=True
                    )
                    continue
                if subject or column in others:
                    self._review(subject or others[column], [], written, quantity, unit=unit)
                    continue
                if role == "plan":
                    self._review(
                        f"a plan or target column ('{header}'), not a result", [], written, quantity, set_aside=True
                    )
                    continue
                if role == "part" and row_period is None:
                    self._review(f"a column of a part ('{header}'), not a total", [], written, quantity, set_aside=True)
                    continue
                # (the header's words, not its period's: "6 tháng cuối năm" says when, not "cuối năm", a level)
                column_words = without_periods(normalize_label(header), self.report_year) if row_period is None else ""
                near = f"{words} {column_words} {normalize_label(text)}"
                named = unit_in_label(label) if row_period is None and not quantity.is_money else None
                # ("lượt phương tiện" named beside a unit cell "lượt" is the more exact noun)
                # (not under a column naming its own noun: "Số lượt người (lượt)" beside "Đoàn ra")
                # ("Người xuất, nhập cảnh | 118.420 lượt": a cell's bare "lượt" is as bare as a unit column's)
                cell_unit = read_unit(quantity.unit_words, quantity.currency)
                bare_luot = (
                    not cell_unit or (cell_unit == "luot" and re.fullmatch(r"[\d.,\s]+luot", normalize_label(text)))
                ) and unit_in_label(normalize_label(re.sub(r"\([^()]*\)", " ", header))) in (None, "luot")
                turned_noun = (
                    _noun_of_passages(stack or [header]) if row_period is not None and not quantity.is_money else None
                )
                if unit == "luot" and turned_noun and f"luot {turned_noun}" in unit_phrases():
                    unit = f"luot {turned_noun}"
                    if " qua " in normalize_label(stack[-1] if stack else header):
                        # ("Tàu thuyền qua cảng Vũng Áng (lượt)": its passages through the port are its crossings)
                        near = f"{near} xuat nhap canh"
                elif unit == "luot" and bare_luot and named and f"luot {named}" in unit_phrases():
                    # "XNC qua CKQT Cầu Treo - phương tiện | lượt", "Người xuất nhập cảnh (lượt)": passages of what
                    # the label names
                    unit = f"luot {named}"
                elif (
                    named
                    and named != unit
                    # (not where the table's money unit line left the noun unsettled: ``_measured``)
                    and not (unit is None and _names_a_currency(context.table.unit_note))
                    # ("Người xuất, nhập cảnh | lượt người": the unit cell's noun is the label's, and more exact)
                    and not (unit and unit.endswith(f" {named}"))
                    and (
                        (unit and named.startswith(f"{unit} "))
                        or self._rules_in_context(unit, near, [], label, label) == ([], [])
                    )
                ):
                    # "Lưu học sinh Lào đang học tập | người": the label's noun says what the generic unit counts.
                    unit = named
                if capital is not None and quantity.is_money and row_period is None:
                    if quantity.currency != self.indicators[capital.indicator].unit:
                        self._review(
                            f"capital written in {quantity.currency}, {capital.indicator} is in "
                            f"{self.indicators[capital.indicator].unit}",
                            [capital.indicator],
                            written,
                            quantity,
                            unit=quantity.currency,
                        )
                        continue
                    try:
                        period, evidence, estimate = self._column_period(
                            header, self._period_on_the_left(headers, column), stack
                        )
                    except ScopeError as error:
                        self._review(
                            f"period not certain: {error}",
                            [capital.indicator],
                            written,
                            quantity,
                            unit=quantity.currency,
                        )
                        continue
                    context.table.parent_indicators.add(capital.indicator)
                    self._publish(
                        capital.indicator,
                        quantity,
                        period,
                        evidence,
                        written,
                        estimated=estimate,
                    )
                    continue
                own_row = f"{label} {normalize_label(text)}"
                # ("| Người xuất, nhập cảnh | 152.380 |" in a table on the border gate: the row names a measure,
                # not one item, and the table's caption or heading says whose, when it names one indicator)
                # (a row numbered as an item of a list, "| 1 | Dự án nước sạch | 250.000 |", names a measure only
                # by its words: "Số …", "Lượt …")
                # (not in a table with a unit column, "| 1 | Người xuất, nhập cảnh | lượt người | 31.240 |": each of its
                # rows a measure)
                numbered = (
                    label_index > 0 and bool(re.fullmatch(r"[\dIVXivx.]+", texts[0].strip())) and not unit_cell.strip()
                )
                # (or by the report's title and headings, for what only they say: "Giá trị viện trợ cam kết | USD" in a
                # letter on the aid of foreign NGOs)
                outer = f"{self._outer_headings()} {words}"
                measure_row = names_a_measure(label_text, numbered) and (
                    len(self._rules_in_context(unit, near, topics, words, words)[0]) == 1
                    or len(self._matching_rules(unit, near, words, outer)[0]) == 1
                    or len(self._matching_under_the_subject(unit, near, words, words)[0]) == 1
                )
                if (
                    row_period is None
                    and not total_row
                    and not measure_row
                    and self._rules_in_context(unit, own_row, [group], label, label) == ([], [])
                ):
                    # "| 1 | Nước sạch cho 3 xã vùng cao | World Vision | 250.000 |": one item of a list, whose
                    # label names nothing an indicator counts; only a "Tổng cộng" row is the period's figure.
                    matched, _ = self._rules_in_context(unit, near, topics, words, words)
                    self._review(
                        "an item of a list (its row names no indicator), not a total",
                        [r.indicator for r in matched],
                        written,
                        quantity,
                        unit=unit,
                        set_aside=not matched,
                    )
                    continue
                # (with the label column's header, when it names what the rows are of: "CKQT Cầu Treo" over "Lượt
                # phương tiện XNC")
                own_words = f"{words} {normalize_label(label_header)}" if label_header else words
                # (the same table turned: a "Tổng cộng" column beside columns of kinds, in rows of periods, under a
                # caption that narrows the whole to no part)
                total_of_periods = (total_row and speaks_of_time(normalize_label(header))) or (
                    row_period is not None
                    and is_total_label(normalize_label(header).strip("* "))
                    and not _caption_names_a_part(context.heading)
                )
                if (
                    total_of_periods
                    and context.heading
                    and not self._matching_rules(unit, near, words, words)[0]
                    and _caption_of_the_whole(context.heading)
                ):
                    # "Bảng 2. Tổng hợp giá trị hỗ trợ các tỉnh bạn Lào …" over "| Tổng cộng | 3.350 | …": the
                    # caption (or heading) says what the total row counts, when the row's own words name nothing
                    # (one gift's row stays that gift's; and only under columns of periods, not of kinds: "Tiền mặt",
                    # "Hiện vật", "Tổng giá trị").
                    near, own_words = f"{context.heading} {near}", f"{context.heading} {words}"
                rule = self._choose_rule(
                    quantity, unit, near, topics, own_words, own_words, resolved, written, under_the_subject=True
                )
                if rule is None:
                    continue
                if (
                    row_period is None
                    and not (row_measure and row_measure.unit)
                    and not read_unit(quantity.unit_words, quantity.currency)
                    and (rival := self.another_field_named(rule, own_label))
                ):
                    # ("Cho phép cán bộ … đi nước ngoài - cấp mới hộ chiếu ngoại giao, hộ chiếu công vụ | 8": a
                    # procedure's row naming the officials' trips and their passports; its cells count one of them,
                    # which neither a unit cell nor the cell's own words say)
                    self._review(
                        f"the row's label names both {rule.indicator} and {rival}",
                        [rule.indicator, rival],
                        written,
                        quantity,
                        unit=unit,
                    )
                    continue
                # ("Đoàn vào | 38" / "- Số lượt khách | 512" / "Trong đó từ Lào | đoàn | 27": a part of a row higher up)
                earlier_row = opens_parts and rule.indicator in indicators_above
                if part_row and (rule.indicator in context.table.parent_indicators or earlier_row):
                    self._review(
                        f"a part ('trong đó') of the {rule.indicator} row above",
                        [rule.indicator],
                        written,
                        quantity,
                        unit=unit,
                        set_aside=True,
                    )
                    continue
                if role == "part" and rule.indicator not in word_list("part_indicators"):
                    # ("Hội nghị, hội thảo quốc tế" over "Tổng số | Trong đó: cấp tỉnh chủ trì", months in rows: the
                    # part column counts some of them; not "Trong đó: đoàn cơ quan đại diện", an indicator of its own)
                    self._review(f"a column of a part ('{header}'), not a total", [rule.indicator], written, quantity)
                    continue
                if rule.indicator.startswith("border_crossings") and (named := _people_of_one_country(header)):
                    # ("Người Việt Nam (lượt)" over "Nhập cảnh | Xuất cảnh | Tổng", beside "Người nước ngoài (lượt)"):
                    # the crossings of one country's people, a part of all crossings
                    reason = f"a column of one country's crossings ('{named}')"
                    self._review(reason, [rule.indicator], written, quantity)
                    continue
                if role == "part" and (named := _names_a_country(header)):
                    # ("Trong đó: Đại sứ quán Lào", "… cơ quan đại diện Việt Nam ở nước ngoài": one partner's share, or
                    # Viet Nam's own missions, never all foreign missions' delegations)
                    self._review(f"a column of one country's part ('{named}')", [rule.indicator], written, quantity)
                    continue
                if pending := phrase_of_list(label, "pending_words"):
                    # ("| Thỏa thuận quốc tế đang đàm phán | 5 |": work not done yet, as in a sentence)
                    self._review(
                        f"work not done yet ('{pending}'), not a result of the period",
                        [rule.indicator],
                        written,
                        quantity,
                        unit=unit,
                    )
                    continue
                if (
                    rule.indicator not in word_list("one_partner_indicators")
                    and total_row
                    and context.table.partner_rows >= 2
                    and not context.table.other_rows
                    and not has_any(label, _PROVINCE_WHOLE)
                ):
                    # ("| Cộng | 27 | 164 |" under rows "| 1 | Bolikhămxay | 10 | 68 |", "| 2 | Khăm Muồn | …": the
                    # partner provinces' share, summed)
                    reason = "the total of rows naming partners, their share, not the province's total"
                    self._review(reason, [rule.indicator], written, quantity, unit=unit)
                    continue
                if rule.indicator not in word_list("one_partner_indicators") and (partner := partners_of_a_row(label)):
                    # ("| Đoàn vào của các tỉnh Lào | 7 |", "| Đoàn ra sang Nhật Bản | 2 |": partners' share)
                    reason = f"a row of partners' share ('{partner}'), not the province's total"
                    self._review(reason, [rule.indicator], written, quantity, unit=unit)
                    continue
                if (
                    part_row
                    and not context.table.parent_indicators
                    and rule.indicator not in word_list("part_indicators")
                ):
                    # "2 | Chương trình, dự án được thẩm định | 5 | 8" (sent to review) over "Trong đó:" and "- Dự án |
                    # 4 | 6": a part of a row nobody has settled may be a part of the very indicator it reads as.
                    self._review(
                        "a part ('trong đó') of the row above, whose figure waits for review",
                        [rule.indicator],
                        written,
                        quantity,
                        unit=unit,
                    )
                    continue
                if not part_row:
                    context.table.parent_indicators.add(rule.indicator)
                context.table.indicators.add(rule.indicator)
                try:
                    if row_period is not None:
                        period = _row_period_in_its_column(
                            self._resolve(row_period, labelled=True)[0], label_text, header, self.report_year
                        )
                        evidence, estimate = f"row '{label_text}'", is_estimate_header(normalize_label(header))
                    elif cell_period is not None and not find_scopes(normalize_label(header), self.report_year):
                        if (
                            note.strip()
                            or has_any(label, word_list("subjects.lower_levels"))
                            or " cua " in f" {label} "
                        ):
                            # ("| Số đoàn ra cấp huyện | Năm 2024 | 9 |", "| Năm 2024 | 6 | Số liệu riêng KKT |": a row
                            # dated by its period cell whose label or note may say it counts a part)
                            raise ScopeError(
                                f"the row's label or note ('{note.strip() or label_text}') may make it a part"
                            )
                        period, evidence, estimate = (
                            self._resolve(cell_period, labelled=True)[0],
                            f"the row's period cell '{period_cell}'",
                            False,
                        )
                    elif self.indicators[rule.indicator].kind == "stock" and (year := _year_end_dated(header)):
                        # ("Đến 31/12/2024 | Ước đến 31/12/2025" over the levels of a year's annex: each year's end)
                        period, evidence = year, f"column '{header}', the last day of {year}"
                        estimate = is_estimate_header(normalize_label(header))
                    else:
                        stack = stacks[column] if column < len(stacks) else []
                        left = self._period_on_the_left(headers, column)
                        period, evidence, estimate = self._column_period(header, left, stack)
                        _check_row_label_period(label_text, period, self.report_year)
                except ScopeError as error:
                    self._review_for_rule(
                        f"period not certain: {error}",
                        rule,
                        written,
                        quantity,
                    )
                    continue
                if (
                    self.indicators[rule.indicator].kind == "stock"
                    and period_from_code(period).period_type == "multi_year"
                ):
                    # "Số tổ chức PCPNN có Giấy đăng ký (thời điểm cuối kỳ)" under "GĐ 2016-2020": a level at a
                    # date, which a span of years does not name (as in a sentence, figure_periods._period_for)
                    self._review_for_rule(
                        f"period not certain: a stock (a level at a date) under the column of the span {period}",
                        rule,
                        written,
                        quantity,
                    )
                    continue
                if note_unsettles(
                    note, period, self.report_year, self.indicators[rule.indicator].kind == "stock"
                ) and not (row_estimate and _estimates_the_rest(note)):
                    # (not "Tháng 6/2025 (ước)" beside "Số thực hiện đến 18/6/2025, ước 12 ngày cuối tháng": the month's
                    # estimate, its note saying how it was made)
                    self._review_for_rule(
                        f"period not certain: the row's note ('{note}') qualifies its {period} value",
                        rule,
                        written,
                        quantity,
                        period,
                    )
                    continue
                stock = self.indicators[rule.indicator].kind == "stock"
                if not stock and (cut_short := _cut_short_by(label_note, period, self.report_year)):
                    self._review_for_rule(
                        f"period not certain: the row's marked note counts its {period} value only to a day "
                        f"('{cut_short}')",
                        rule,
                        written,
                        quantity,
                        period,
                    )
                    continue
                by_the_note = self._estimated_by_the_note(period) if note_estimate else False
                if named_note is not None:
                    # ("(*) Số liệu tháng 6 là số ước …" under "Quý II | 6 tháng đầu năm": a column holding the named
                    # period adds its estimate)
                    by_the_note = (
                        None if note_period is None else period == note_period or _holds_any(period, [note_period])
                    )
                if by_the_note is None:
                    self._review_for_rule(
                        f"the row's note ('{note}') says its values are estimates, and whether this column's is not "
                        "certain",
                        rule,
                        written,
                        quantity,
                        period,
                    )
                    continue
                both = set(estimated_columns.get(rule.indicator, [])) & set(exact_columns.get(rule.indicator, []))
                if _holds_any(period, sorted(both)):
                    # ("Tháng 9 | Ước (BC 214) | Số liệu cập nhật | Quý III": an estimate and another value of one month
                    # beside the quarter; which of the two the quarter adds, the table does not say)
                    self._review_for_rule(
                        f"the {period} column sums a period the row gives both as an estimate and as another value",
                        rule,
                        written,
                        quantity,
                        period,
                    )
                    continue
                resolved.append((quantity, rule.indicator))
                # ("Tháng 6 (ước)" beside "Cùng kỳ 2018": the row's estimate is this year's, not the year before's)
                rows_own_time = row_period is None or not _ends_before(period, row_period.code)
                estimated = (
                    estimate
                    or cell_estimate
                    or by_the_note
                    or (rows_own_time and ((row_estimate and row_period is not None) or total_of_estimates))
                    # ("| Tổng kim ngạch xuất nhập khẩu (*) | … | 1.950 | 5.870 | 6.215 |" over "(*) Số ước, …": the
                    # marked row's values of the report's own time are estimates; not an earlier year's column)
                    or (
                        row_estimate
                        and row_period is None
                        and named_note is None
                        and not _ends_before(period, self.period_code)
                    )
                    # ("2021 | … | Ước TH năm 2025 | Cộng giai đoạn 2021 - 2025": a sum over an estimated column)
                    or _holds_any(period, estimated_columns.get(rule.indicator, []))
                    # ("Cộng 2019 - 2023 | … | 12.150.000" under "2023 | … | 2.240.000 (ước)": a sum over an estimate)
                    or _holds_any(period, context.table.estimated_cells.get(rule.indicator, []))
                )
                (estimated_columns if estimated else exact_columns).setdefault(rule.indicator, []).append(period)
                if estimated:
                    context.table.estimated_cells.setdefault(rule.indicator, []).append(period)
                self._publish(rule.indicator, quantity, period, evidence, written, estimated=estimated)
                if is_total_label(label):
                    self._set_apart_parts_of_total(context.table, block, unit, label_text, (rule.indicator, period))

    def _other_years_in_headers(self, code: str) -> bool:
        """Whether the table's headers name a year other than the one of the period ``code`` (besides a "Cùng kỳ …"
        column, which names the year before by its own words)."""
        headers = [" ".join(stack) for stack in getattr(self, "table_stacks", [])]
        compared = [h for h in headers if not normalize_label(h).startswith(("cung ky", "so voi"))]
        named = {year for header in compared for year in re.findall(r"\b(?:19|20)\d{2}\b", header)}
        return bool(named - {code[:4]})

    def _refuse_beside_the_reports_bare_year(self, heading: str) -> None:
        """ScopeError for a column headed by a year alone ("2024", "Năm 2024") in a table whose columns also name the
        report's year alone, in a report on a part of that year: the report's own year cannot be whole there, so the
        year before it may be that year's part as well."""
        if not self.period_code or not is_period_code(self.period_code) or self.report_year is None:
            return
        if period_from_code(self.period_code).period_type in ("year", "multi_year"):
            return
        own = str(self.report_year)
        # ("2024 | 2025", "Năm 2024 | Năm 2025", "TH 2024 | TH 2025")
        bare_years = {
            re.sub(rf"^(?:{'|'.join(word_list('table_columns.result'))}|nam)\s+", "", normalize_label(stack[-1]))
            for stack in getattr(self, "table_stacks", [])
            if stack
        }
        if own in bare_years:
            raise ScopeError(
                f"column '{heading}' names only a year, beside the report's own year in a report on a part of it"
            )

    def _on_parts_of_years(self) -> bool:
        """A report of no period of its own whose first lines name a part of a year in no year ("BẢNG SO SÁNH …
        6 THÁNG ĐẦU NĂM / GIAI ĐOẠN 2022 - 2025"): that part of each year its columns name. (Read once per report:
        every bare year of every row's columns asks.)"""
        if self.period_code is not None:
            return False
        if (parts := getattr(self, "_parts_of_years", None)) is None:
            head = normalize_label(" ".join(block.text for block in self.document.blocks[:8]))
            parts = self._parts_of_years = bool(_PART_OF_NO_YEAR.search(head))
        return parts

    def _estimated_by_the_note(self, period: str) -> bool | None:
        """Whether a row's note "Ước TH" makes this column's value an estimate: yes for the report's own period and
        what ends with or after it, no for a year before the report's; not certain otherwise (an earlier month of
        the same year, or a report whose year is unknown)."""
        if self.report_year is None:
            return None
        end = period_from_code(period).end_date
        if end.year < self.report_year:
            return False
        if self.period_code is None:
            return True
        return True if end >= period_from_code(self.period_code).end_date else None

    def _capital_of_row(self, label: str, row_above: set[str], table_indicators: set[str]):
        """The capital rule a row of capital reads under, if any.

        "| Dự án FDI được chấp thuận | dự án | 04 |" over "| Vốn đăng ký FDI | triệu USD | 82,5 |": a row of
        capital under a row of projects is those projects' capital, as in a sentence. A row that names its
        projects ("Vốn đăng ký của dự án trong nước") is the capital of the one kind of projects counted in
        an earlier row of the table whose words it repeats."""
        # (not the capital of projects revoked, or of all those still in force: "Vốn đăng ký của dự án FDI bị thu
        # hồi", "Vốn đăng ký lũy kế của các dự án FDI còn hiệu lực")
        if not has_any(label, word_list("capital_cues")) or has_any(label, word_list("capital_rows_not_approved")):
            return None
        above = next((self.capital[code] for code in sorted(row_above) if code in self.capital), None)
        if above is not None or not has_phrase(label, "du an"):
            return above
        named = [
            self.capital[rule.indicator]
            for rule in self.rules
            if rule.indicator in table_indicators and rule.indicator in self.capital and rule.near
            if all(has_any(label, group) for group in rule.near) and rule.excluded_by(label, label) is None
        ]
        return named[0] if len(named) == 1 else None

    def _set_apart_parts_of_total(
        self, table, total_block: Block, unit: str | None, label_text: str, total: tuple[str, str]
    ) -> None:
        """Once a "Tổng cộng" row gives the figure, the rows of items above it in the same noun are
        its parts: set apart from the queue (they were queued while the total was not yet read),
        and no longer published where the rows of its group gave the same indicator and period
        ("1 | Đoàn do lãnh đạo tỉnh làm trưởng đoàn | 3" over "| Tổng cộng | 12")."""
        review = self.result.review
        parts = [
            item
            for item in review[table.first_review :]
            if item.block.number < total_block.number and item.unit == unit
        ]
        for item in parts:
            review.remove(item)
            self.result.set_aside.append(
                dataclasses.replace(item, reason=f"a part of the total row '{label_text}': {item.reason}")
            )
        figures = self.result.figures
        published_parts = [
            figure
            for figure in figures[table.group_first_figure :]
            if figure.block.number < total_block.number and (figure.indicator_code, figure.period_code) == total
        ]
        for figure in published_parts:
            figures.remove(figure)
            self.result.set_aside.append(figure.withheld(f"a part of the total row '{label_text}'"))

    def _cell_sentences(self, block: Block, position: int, text: str, label: str, header: str, context) -> None:
        """ "| Đoàn vào | Đón 13 đoàn khách quốc tế với 104 lượt người; trong đó có 03 đoàn cấp Bộ
        trưởng. |": a cell that is prose is read as prose, under the row's label as its topic and
        the column's period as the period its sentences start from."""
        label_scope = period_label(header, self.report_year)
        scopes = find_scopes(normalize_label(header), self.report_year)
        saved = context.list_topic, context.heading_scope
        context.heading_scope = label_scope or (scopes[0][1] if len(scopes) == 1 else saved[1])
        try:
            self._block(Block(block.kind, block.number, block.start + position, text), context, topic=label)
        finally:
            context.list_topic, context.heading_scope = saved

    def _corrected_beside(self, header: str, corrected: str) -> bool:
        """Whether a column holds values the column ``corrected`` corrects: one naming no period ("Phòng HTQT | … |
        Số liệu đúng sau kiểm tra"), or the same period as it ("Năm 2023" over "Số ước tại BC 318 | Số thống nhất"); not
        another period's ("Năm 2022 (chính thức)")."""
        codes = {scope.code for _, scope in find_scopes(normalize_label(header), self.report_year)}
        return not codes or codes <= {
            scope.code for _, scope in find_scopes(normalize_label(corrected), self.report_year)
        }

    def _period_on_the_left(self, headers: list[str], column: int) -> str | None:
        """The period of the nearest column on the left that names one: what a "Cùng kỳ" column
        compares with ("Quý III/2025 | 9 tháng 2025 | Cùng kỳ 2024" -> 9 months)."""
        for index in reversed(range(min(column, len(headers)))):
            header = headers[index]
            if column_role(header) != "value" or normalize_label(header).startswith(("cung ky", "so voi cung ky")):
                continue
            try:
                # (with the column left of it in turn: "Quý III | Lũy kế 9 tháng | Cùng kỳ 9 tháng 2024")
                period, evidence, _ = self._column_period(header, self._period_on_the_left(headers, index))
            except ScopeError as error:
                compares = normalize_label(headers[column])
                # (not one naming its own months: "Cùng kỳ năm 2020 | 6 tháng")
                own_words = re.sub(r"^(?:so voi )?cung ky(?: nam)?(?: (?:19|20)\d{2})?\s*", "", compares)
                own_scopes = [scope for _, scope in find_scopes(own_words or compares, self.report_year)]
                names_its_span = any(scope.kind not in ("year", "same_period_earlier") for scope in own_scopes)
                if any(scope.kind == "n_months" and scope.code not in ("3", "6", "9") for scope in own_scopes):
                    # ("Cùng kỳ 2018 (2 tháng)": the same months of a span no reporting period is)
                    raise ScopeError(
                        f"'{headers[column]}' names {own_scopes[0].evidence}, no reporting period"
                    ) from error
                if compares.startswith(("cung ky", "so voi cung ky")) and (
                    (index == column - 1 and not names_its_span)
                    or any(
                        scope.kind == "as_of_date"
                        for _, scope in find_scopes(normalize_label(header), self.report_year)
                    )
                ):
                    # ("Lũy kế đến 30/9/2025 | Cùng kỳ 2024", "Tháng 02 | Lũy kế 2 tháng | Cùng kỳ năm 2024": the
                    # same period as the one next to it, which is not certain)
                    raise ScopeError(
                        f"'{headers[column]}' compares with '{header}', whose period is not certain"
                    ) from error
                continue
            if evidence.startswith("column") and " of a report on " not in evidence:
                return period
        return None

    @staticmethod
    def _measure_of_a_pair(own_label: str, context) -> bool:
        """ "1 | Đoàn vào | đoàn" over "2 | Số lượt khách | lượt", or "3 | Đoàn CQĐD | đoàn" over "4 | Số lượt khách"
        after such a pair: a numbered row naming a measure only, when the rows go in pairs (the row above is the
        group's first, or the row before it was a second measure, or it names the row it measures); not "1 | Đoàn
        vào", "2 | Đoàn CQĐD", "3 | Số lượt khách", whose visitors may be either's."""
        rows = context.table.second_measures
        # ("6 | Lượt khách của các đoàn tại mục 5": a row naming the one it measures, wherever it stands)
        refers = bool(_REFERENCE_TO_A_ROW.search(own_label))
        return _names_a_measure_only(own_label) and (refers or len(rows) == 1 or (len(rows) >= 2 and rows[-2]))

    def _over_the_whole_work(self) -> bool:
        """Whether the words over a table (its caption or the line above, and its heading) leave it the province's
        whole work: no partner ("Số đoàn ra sang Lào"), plan ("Kế hoạch đoàn ra"), lower level or running total."""
        # (not the words naming where the figures come from: "(tổng hợp từ báo cáo của các sở, … UBND các huyện)")
        words = " ".join(
            _ALL_THE_SOURCES.sub(" ", normalize_label(text))
            for text in (getattr(self, "table_text_above", ""), getattr(self, "heading_text", ""))
        )
        return not (
            partners_of_a_row(words)
            or has_any(words, foreign_names())
            or (has_any(words, word_list("section_headings.plan")) and not re.search(r"\bthuc hien ke hoach\b", words))
            or _NARROWING_WORDS.search(words)
        )

    def _sub_header_period(self, stack: list[str]) -> str | None:
        """ "Quý IV/2024" over "Tháng 10" or "Cộng quý IV": the lowest header's period, in the year the
        headers above name, when it lies inside the period they name."""
        if len(stack) < 2:
            return None
        if len(stack) > 2 and (upper := self._sub_header_period(stack[:-1])) is not None and is_period_code(upper):
            # ("Năm 2025" over "Quý III" over "Tháng 7" or "Cộng quý": the levels above settle one period, in which
            # the lowest must lie)
            return self._within(stack, upper)
        # (without a remark naming no period: "Năm 2021 (trước khi áp dụng)" over "Quý I")
        above = " ".join(_without_remarks(level, self.report_year) for level in stack[:-1])
        if (kind_in_year := self._kind_over_its_year(above, stack[-1])) is not None:
            return kind_in_year
        years = set(re.findall(r"\b(?:19|20)\d{2}\b", above))
        year = int(next(iter(years))) if len(years) == 1 else self.report_year
        # ("2025 (ước)" under "Giai đoạn 2021 - 2025": the estimated year of the term; "Trong đó quý II" under "6 tháng
        # năm 2024": the quarter within the half)
        lowest_words = re.sub(
            r"^(?:trong do|trong so do|rieng) ",
            "",
            _without_estimate_words(normalize_label(_without_remarks(stack[-1], self.report_year))),
        )
        # ("Thực hiện 6 tháng đầu năm" under "Năm 2025": the result label says nothing of the period)
        lowest = period_label(lowest_words, year) or period_label(_after_result_word(lowest_words), year)
        group = period_label(above, year) or period_label(_after_result_word(above), year)
        if (named := _kind_named_in_its_year(group, above, stack[-1], lowest)) is not None:
            return named
        lowest_scopes = [scope for _, scope in find_scopes(normalize_label(stack[-1]), year)]
        kinds = [scope.kind for scope in lowest_scopes]
        try:
            outer = period_from_code(group.code) if group is not None and group.code else None
        except PeriodFormatError:
            outer = None
        if (
            outer is not None
            and kinds in (["this_year"], ["estimate"])
            and outer.start_date.year == outer.end_date.year
        ):
            # "Cả năm" under "Năm 2025", "Ước cả năm" under "6 tháng đầu năm 2024": the whole of that year.
            return str(outer.start_date.year)
        dated = self.structure.report_date
        whole_span = [(scope.kind, scope.code) for scope in lowest_scopes] in (
            [("this_period", "giai doan")],
            [("this_period", "nhiem ky")],
        )
        if outer is not None and group.kind == "span" and whole_span and dated and dated.year >= outer.end_date.year:
            # "Ước cả giai đoạn" under "Giai đoạn 2021 - 2025" in a text of the span's last year: the whole of that span
            # (not written in 2023, three years before it ends: a forecast)
            return group.code
        if outer is not None and kinds == ["n_months"] and group.kind == "partial_year":
            # "Lũy kế 6 tháng" under "6 tháng đầu năm 2024": those months, if they are the group's.
            return group.code if lowest_scopes[0].code == str(outer.months) else None
        if outer is not None and kinds == ["n_months"] and group.kind == "year":
            # "Lũy kế 9 tháng" under "Thực hiện năm 2025": the months from that year's January.
            try:
                return months_of_year(lowest_scopes[0], outer.start_date.year)
            except ScopeError:
                return None
        # ("Cộng 2021 - 2024" under "Giai đoạn 2021 - 2025": the years of the span so far, a span of their own)
        if lowest is None or not lowest.code or lowest.kind not in _SUB_PERIOD_KINDS:
            return None
        if group is None or not group.code:
            return None  # "Thực hiện 9 tháng" over "Năm 2025": the headers above name no period to hold it
        try:
            inner, outer = period_from_code(lowest.code), period_from_code(group.code)
        except PeriodFormatError:
            return None  # "Lũy kế 9 tháng": a count of months, no period code
        return lowest.code if outer.start_date <= inner.start_date and inner.end_date <= outer.end_date else None

    def _within(self, stack: list[str], upper: str) -> str | None:
        """The period of a lowest header inside the period ``upper`` the headers above it settle: one that lies in it
        ("Tháng 7" in 2025-Q3), or the whole of it ("Cộng quý", "Cộng" under a quarter). Only when the group's other
        columns are months of that period, each named alone, and nothing over the table dates it otherwise (not "Quý
        IV" over "Tháng 9 … Tháng 11" of a reporting period "từ 15/9 đến 14/12"; a "Cộng quý" beside "Tháng 9 (đến
        15/9)" or "Tháng 9 (ước)" is no quarter's exact total)."""
        outer = period_from_code(upper)
        above = normalize_label(f"{stack[-2]} {getattr(self, 'table_text_above', '')}")
        if re.search(r"\b(?:tu|den)(?: het)?(?: ngay)? \d{1,2} \d{1,2}\b", above):
            return None
        months = self._months_beside(stack)
        in_outer = {outer.start_date.month + step for step in range(outer.end_date.month - outer.start_date.month + 1)}
        if months is None or not months <= in_outer:
            return None
        words = _without_estimate_words(normalize_label(stack[-1]))
        if words in word_list("table_columns.whole_of_group"):
            return upper if months == in_outer else None
        lowest = period_label(words, outer.end_date.year)
        if lowest is None or not lowest.code or lowest.kind not in ("month", "quarter", "partial_year"):
            return None
        try:
            inner = period_from_code(lowest.code)
        except PeriodFormatError:
            return None
        return lowest.code if outer.start_date <= inner.start_date and inner.end_date <= outer.end_date else None

    def _months_beside(self, stack: list[str]) -> set[int] | None:
        """The months the columns under the same headers as this one name, each a bare month ("Tháng 7", "T8"), other
        than the group's whole; None when one names anything else ("Tháng 9 (đến 15/9)", "Tháng 9 (ước)")."""
        months = set()
        for other in getattr(self, "table_stacks", []):
            if other[:-1] != stack[:-1]:
                continue
            words = normalize_label(other[-1])
            if words in word_list("table_columns.whole_of_group"):
                continue
            bare = re.fullmatch(r"(?:thang|t) ?(\d{1,2})(?: (?:nam )?(?:19|20)\d{2})?", words)
            if bare is None:
                return None
            months.add(int(bare.group(1)))
        return months

    def _kind_over_its_year(self, above: str, lowest: str) -> str | None:
        """ "Thực hiện 6 tháng đầu năm" over "Năm 2024" and "Cùng kỳ năm 2023": the period the headers
        above name without a year, in the one year the lowest header names and nothing else."""
        if re.search(r"\b(?:19|20)\d{2}\b", above):
            return None
        year_only = re.fullmatch(
            r"(?:(?:so voi )?cung ky |thuc hien |th )?(?:nam )?((?:19|20)\d{2})", normalize_label(lowest).strip()
        )
        if year_only is None:
            return None
        year = int(year_only.group(1))
        kind = period_label(_after_result_word(above), year)
        if kind is None or not kind.code or kind.kind not in ("month", "quarter", "partial_year", "second_half"):
            return None
        # the same words in another year must give another period: the year came from below, not above
        other = period_label(_after_result_word(above), year - 1)
        return kind.code if other is not None and other.code != kind.code else None

    def _column_period(
        self, heading: str, compared: str | None = None, stack: list[str] | None = None
    ) -> tuple[str, str, bool]:
        """As ``_named_column_period``; a column counted up to a day ("Quý III (đến 15/9)") is the period's
        only when the day is in the last month of a period longer than a month ("T4 (đến 05/4)" is a count so
        far)."""
        if heading.strip().endswith("/"):
            # ("Quý I/" whose "2025" went onto a header line not read with it: the year is cut off)
            raise ScopeError(f"the column's header '{heading}' ends with '/': the year after it is not read")
        if sum_of_years := _SUM_OF_YEARS.fullmatch(normalize_label(heading)):
            return self._years_summed(heading, stack, sum_of_years), f"column '{heading}', the years beside it", False
        with self._in_the_captions_year():
            period, evidence, estimate = self._column_period_in_year(heading, compared, stack)
        self._check_caption_year(period, " ".join([*(stack or []), heading]))
        if stack and len(stack) >= 2 and normalize_label(stack[-1]) in word_list("table_columns.whole_of_group"):
            # ("Năm 2017" over "Quý III | Quý IV | Cộng" whose cells are the sum of the two: their half, not the year)
            if (summed := self._sum_beside(stack, period)) != period:
                return summed, f"column '{heading}', the sum of the columns beside it", estimate
        return _with_a_bracketed_part(heading, period), evidence, estimate

    def _years_summed(self, heading: str, stack: list[str] | None, words: re.Match) -> str:
        """The span of a "Cộng 3 năm" column: the whole years of the columns beside it under the same header, one after
        another, as many as it says, when this row's cell is their sum ("Năm 2022 | Năm 2023 | Năm 2024 | Cộng 3 năm",
        41 | 36 | 42 | 119: 2022-2024)."""
        stacks = getattr(self, "table_stacks", [])
        own = stack or [heading]
        column = next((index for index, other in enumerate(stacks) if other == own), None)
        years: dict[int, int] = {}
        for index, other in enumerate(stacks):
            label = period_label(other[-1], None) if index != column and other[:-1] == own[:-1] else None
            if label is not None and label.kind == "year" and label.code:
                years[int(label.code)] = index
        count = int(words.group("count")) if words.group("count") else len(years)
        first = min(years, default=0)
        if len(years) < 2 or count != len(years) or sorted(years) != list(range(first, first + count)):
            raise ScopeError(f"column '{heading}' sums years the columns beside it do not name one after another")
        cells = getattr(self, "row_cells", [])
        summed, beside = _cell_value(cells, column), [_cell_value(cells, index) for index in years.values()]
        if summed is None or None in beside or summed != sum(beside):
            raise ScopeError(f"column '{heading}' is not the sum of the years beside it in this row")
        _refuse_a_sum_of_marked_cells(heading, cells, years.values())
        return f"{first}-{first + count - 1}"

    def _sum_beside(self, stack: list[str], group: str) -> str:
        """The period of a "Cộng" or "Tổng" column under a group's header: the group's, unless the columns beside it
        name periods that make another one and this row's cell is their sum ("Năm 2017" over "Quý III | Quý IV |
        Cộng", 13 | 15 | 28: the second half; "9 tháng năm 2023" over "Tổng | Tháng 7 | Tháng 8 | Tháng 9", 45 | 5 | 6
        | 4: the nine months). A sum of columns that make no period, or cells not read, leave it uncertain."""
        stacks = getattr(self, "table_stacks", [])
        # (not a part of the group beside it: "Cộng | Trong đó: Quý II" under "6 tháng năm 2023")
        siblings = [
            index
            for index, other in enumerate(stacks)
            if other is not stack
            and other[:-1] == stack[:-1]
            and normalize_label(other[-1]) not in word_list("table_columns.whole_of_group")
            and not re.match(r"(?:trong do|trong so do|rieng)\b", normalize_label(other[-1]))
        ]
        if not siblings or not is_period_code(group):
            return group
        year = period_from_code(group).end_date.year
        words = [normalize_label(_without_remarks(stacks[index][-1], year)) for index in siblings]
        codes = [period_label(text, year) for text in words]
        if any(code is None or not is_period_code(code.code) for code in codes):
            return group  # ("Tổng số | Trong đó: với các tỉnh Lào", "Lũy kế 9 tháng | Quý IV | Cộng": the whole)
        periods = sorted((period_from_code(code.code) for code in codes), key=lambda period: period.start_date)
        contiguous = all(
            (later.start_date - earlier.end_date).days == 1
            for earlier, later in zip(periods, periods[1:], strict=False)
        )
        summed = code_of_dates(periods[0].start_date, periods[-1].end_date) if contiguous else None
        if summed is None and contiguous and all(_is_whole_year(period) for period in periods):
            # ("Giai đoạn 2016 - 2020" over "Năm 2016 | … | Năm 2020 | Cộng": the years' span)
            summed = f"{periods[0].start_date.year}-{periods[-1].end_date.year}"
        if summed == group:
            return group
        cells = getattr(self, "row_cells", [])
        column = next((index for index, other in enumerate(stacks) if other is stack), None)
        own, beside = _cell_value(cells, column), [_cell_value(cells, index) for index in siblings]
        if own is None or None in beside:
            raise ScopeError(f"column '{' '.join(stack)}' may sum the columns beside it; its cells are not all read")
        if own != sum(beside):
            return group
        if summed is None:
            raise ScopeError(f"column '{' '.join(stack)}' sums columns beside it that make no period")
        _refuse_a_sum_of_marked_cells(" ".join(stack), cells, siblings)
        return summed

    def _caption_year(self) -> str | None:
        """The one year the heading or caption over the table names, if that is all it names."""
        caption = getattr(self, "heading_scope", None)
        return caption.code if caption is not None and caption.kind == "year" and caption.code else None

    def _table_of_plans(self) -> bool:
        """ "Bảng 1. Kế hoạch đoàn ra năm 2025" right above the table: its figures are plans (not "Kết quả thực hiện
        kế hoạch …", "… so với kế hoạch": results measured against one)."""
        above = without_names(normalize_label(getattr(self, "table_text_above", "") or ""))
        above = re.sub(r"\bso voi (?:ke hoach|kh|chi tieu)\b", " ", above)
        # (a caption or a short line: not a sentence that speaks of tasks on its way to a table of results)
        caption = bool(re.match(r"(?:bang|bieu|phu luc)\b", above)) or len(above.split()) <= 12
        return (
            caption
            and has_any(above, word_list("section_headings.plan"))
            and not has_any(above, word_list("section_headings.result"))
        )

    def _years_above(self) -> set[str]:
        """The years the line right above the table names ("Ghi chú: số liệu năm 2024 như sau.")."""
        above = normalize_label(getattr(self, "table_text_above", "") or "")
        return {scope.code for _, scope in find_scopes(above, self.report_year) if scope.kind == "year" and scope.code}

    def _check_caption_year(self, period: str, header_words: str) -> None:
        """A column naming no year, under a caption naming a year other than the column's ("PHỤ LỤC. Số liệu năm 2024"
        over "6 tháng" in a report on 2025), or after a lead-in naming another ("Số liệu năm 2024 như sau:"): which
        year it is of is not written."""
        if re.search(r"\b(?:19|20)\d{2}\b", header_words) or not is_period_code(period):
            return
        year = str(period_from_code(period).end_date.year)
        named = {self._caption_year(), *self._years_above()}
        other = sorted(code for code in named - {None, year} if period_from_code(period).period_type != "multi_year")
        if other:
            raise ScopeError(
                f"column '{header_words.strip()}' names no year, and the words over the table name {other[0]}"
            )

    def _yearless_rows_year(self) -> int | None:
        """ "Bảng 1. Đoàn ra năm 2018 phân theo quý" over rows "Quý I" … "Quý IV", in a report whose title names that
        year beside another period ("… năm 2018 và quý I năm 2019"): the year of the rows that name none."""
        caption = self._caption_year()
        if caption is None or self.period_code is not None or caption not in self._named_periods():
            return None
        # (the caption right above this table, not one over an earlier table that a later one still sits under)
        return int(caption) if caption in (getattr(self, "table_text_above", "") or "") else None

    @contextlib.contextmanager
    def _in_the_captions_year(self):
        """ "Bảng 2. Đoàn ra, đoàn vào năm 2025 chia theo quý" in a report on no one year (a span, or none): the
        columns that name a quarter, "6 tháng" or "Cả năm" without a year are of the year the caption names."""
        caption = self._caption_year()
        # (not a caption the report's span or a plan rules out, nor under a line naming another year right above)
        if (
            self.report_year is not None
            or caption is None
            or not self._heading_may_date(caption)
            or self._years_above() - {caption}
        ):
            yield
            return
        saved = self.period_code, self.report_year
        self.period_code, self.report_year = caption, int(caption)
        try:
            yield
        finally:
            self.period_code, self.report_year = saved

    def _column_period_in_year(
        self, heading: str, compared: str | None = None, stack: list[str] | None = None
    ) -> tuple[str, str, bool]:
        cut_off = _CUT_OFF_NOTE.search(heading)
        if cut_off is None:
            period, evidence, estimate = self._named_column_period(heading, compared, stack)
            self._check_lead_in(period, evidence)
            _refuse_days_short_of(period, heading)
            return period, evidence, estimate
        heading = _CUT_OFF_NOTE.sub(" ", heading).strip()
        stack = [_CUT_OFF_NOTE.sub(" ", level).strip() for level in stack or []]
        period, evidence, estimate = self._named_column_period(heading, compared, stack)
        day, month = int(cut_off.group("day")), int(cut_off.group("month"))
        try:
            counted = period_from_code(period)
        except PeriodFormatError as error:
            raise ScopeError(f"column '{heading}' counts up to {day}/{month}, of no period") from error
        end = counted.end_date
        year = int(cut_off.group("year")) if cut_off.group("year") else end.year
        if counted.period_type == "month" or (year, month) != (end.year, end.month) or day > end.day:
            raise ScopeError(f"column '{heading}' counts only up to {day}/{month}, before {period} ended")
        if day < end.day and self._estimates_beside():
            # ("Quý IV (đến 10/12) | Lũy kế đến 10/12 | Ước cả năm 2022": the table estimates what the days left add)
            raise ScopeError(f"column '{heading}' counts up to {day}/{month}, beside a column estimating the rest")
        return period, f"{evidence}, counted to {day}/{month}", estimate

    def _estimates_beside(self) -> bool:
        """Whether a column of the table is headed as an estimate ("Ước cả năm 2022", "Ước thực hiện")."""
        return any(
            is_estimate_header(normalize_label(level)) for stack in getattr(self, "table_stacks", []) for level in stack
        )

    def _check_lead_in(self, period: str, evidence: str) -> None:
        """The line that introduces a table ("Số liệu tính đến ngày 30/11/2025:", "kết quả năm 2024 như sau:") dates
        its columns: a count up to a day before the column's period ends, or another period for a column that names
        none, leaves the column's period uncertain."""
        lead_in = self.table_lead_in
        scopes = [scope for _, scope in find_scopes(normalize_label(lead_in), self.report_year)] if lead_in else []
        if not scopes or not is_period_code(period):
            return
        end = period_from_code(period).end_date
        running = has_any(normalize_label(lead_in), word_list("running_total_words"))
        for scope in scopes:
            # (not the day the period's data closed, in its last month: "Số liệu tính đến ngày 08/12/2023. Kết quả như
            # sau:" over the columns of the year 2023)
            closes = not running and _the_data_cut_off_of(scope, period)
            if scope.as_of is not None and scope.as_of < end and not closes:
                raise ScopeError(
                    f"the line before the table ('{lead_in.strip()}') counts only up to {scope.as_of:%d/%m/%Y}"
                )
        own_period = not evidence.endswith(f"of a report on {self.period_code}")
        named = {scope.code for scope in scopes if scope.code}
        if not own_period and named and named != {period}:
            raise ScopeError(f"the line before the table ('{lead_in.strip()}') names {', '.join(sorted(named))}")

    def _named_column_period(
        self, heading: str, compared: str | None = None, stack: list[str] | None = None
    ) -> tuple[str, str, bool]:
        """(period, evidence, is an estimate) of a value column from its header: a period it
        names ("Quý I", "2024", "Cùng kỳ năm 2025", "Năm 2025 (ước)"), or the report's period
        under a header that names no time ("Thực hiện", "Số đoàn (đoàn)", "Giá trị cam kết (USD)");
        words of time it does not understand ("Lũy kế", "Tháng trước") leave the period uncertain."""
        # ("T1" … "T12" over the months of a year's table: the clerks' months)
        # (and a bilingual header's English words read past, "Năm - Year"; and a note's mark whose notes say the column
        # is official, "2019¹" over "¹ … số liệu tại biểu này là số chính thức": a mark of another note, "¹ Số liệu năm
        # 2019 tính đến hết tháng 11/2019", leaves the header as written, not understood)
        marks = set(re.findall(r"[¹²³⁴⁵⁶⁷⁸⁹]", heading))
        if marks and all(self._marker_is_official(mark) for mark in marks):
            heading = blank_footnote_markers(heading)
        normalised = _ENGLISH_PERIOD_WORDS.sub(" ", normalize_label(heading))
        normalised = re.sub(r"^t(\d{1,2})$", r"thang \1", " ".join(normalised.split()))
        # ("Tháng 12 (*)" over "(*) Số liệu tháng 12 tính đến hết ngày 20/12 và ước 11 ngày còn lại": a column its
        # note says is estimated)
        star = _HEADER_STAR.search(heading)
        readings = self._marker_readings(star.group(1)) if star is not None else set()
        if None in readings or len(readings) > 1:  # (estimated and official now, or notes that disagree)
            raise ScopeError(f"column '{heading}': {NOTE_SAYS_BOTH}")
        estimate = is_estimate_header(normalised) or readings == {True}
        if (sub := self._sub_header_period(stack or [])) is not None:
            return sub, f"column '{' / '.join(stack)}'", estimate
        if estimate:
            normalised = _without_estimate_words(normalised)
        named = re.search(r"\b((?:19|20)\d{2})\b", normalised)
        # ("Cùng kỳ năm trước (9 tháng năm 2023)": the period the words "năm trước" stand for, spelt out with its year)
        unmarked = re.sub(
            r"\b(?:so voi )?cung ky(?: nam truoc)?\b" if named else r"\b(?:so voi )?cung ky\b", " ", normalised
        )
        unmarked = unmarked.strip()
        # "Thực hiện 6 tháng đầu năm 2023 (cùng kỳ)": a result label before the period it names.
        unlabelled = _after_result_word(unmarked)
        # "Cùng kỳ năm 2023 (9 tháng)": the months of that year.
        # ("Cùng kỳ 2021 (9 tháng)": the same, without "năm")
        marked = re.sub(r"^(?:nam )?((?:19|20)\d{2}) (\d{1,2} thang)$", r"\2 nam \1", unlabelled)
        if unmarked == normalised and marked != unlabelled:
            # ("Thực hiện năm 2021" over "6 tháng": the months of that year, no comparison)
            normalised = marked
        elif unmarked != normalised and (label := period_label(marked, self.report_year)) is not None and label.code:
            # "Quý I/2026 (cùng kỳ)": the period named, if it is the one a year before the column compared.
            period = self._resolve(label, labelled=True)[0]
            if compared is None and self.period_code is None and label.kind != "year" and named:
                # "Cùng kỳ năm 2023 (9 tháng)" in a report on two periods: the months and year it names (a
                # "Quý III (cùng kỳ)" naming no year is a year before a period nobody named).
                return period, f"column '{heading}'", estimate
            try:
                earlier = same_period_a_year_earlier(
                    compared or self.period_code, int(named.group(1)) if named else None
                )
            except ScopeError:
                # ("Tháng 01/2024 (cùng kỳ)" right of "Tháng 12/2024": not that column's, perhaps the report's)
                earlier = None
            # ("Cùng kỳ quý III/2023" right of a "9 tháng 2024" column in a report on quý III/2024: the year before
            # the report's own period, which it names)
            own = same_period_a_year_earlier(self.period_code, None) if self.period_code and named else None
            if period in (earlier, own):
                return period, f"column '{heading}'", estimate
            if label.kind != "year":
                # ("Cùng kỳ 9 tháng 2024" right of "Quý III" when the "Lũy kế 9 tháng" column left of it had no
                # certain period: the period it names is not the one a year before the column it seems to compare)
                raise ScopeError(f"column '{heading}' names {period}, not the same period a year before {earlier}")
            # "Cùng kỳ năm 2024" in a quarterly report names the year only: read as before.
        if normalised.startswith(("cung ky", "so voi cung ky")):
            period = same_period_a_year_earlier(compared or self.period_code, int(named.group(1)) if named else None)
            spelt = {
                scope.code
                for _, scope in find_scopes(normalised, self.report_year)
                if scope.code
                and scope.kind != "same_period_earlier"
                and is_period_code(scope.code)
                # (with its year: "(6 tháng cuối năm)" names the period relative to the one compared)
                and re.search(r"\b(?:19|20)\d{2}\b", scope.evidence)
            }
            if spelt and spelt != {period}:
                # ("Cùng kỳ lũy kế năm trước - 6 tháng đầu năm 2022" right of a quarter's column: the period it spells
                # out, not the quarter a year before)
                raise ScopeError(f"column '{heading}' spells out {', '.join(sorted(spelt))}, not {period}")
            return period, f"column '{heading}'", estimate
        # "TH 2024", "Thực hiện 2025", "Giá trị 2022": a result label and a bare year name the year.
        labels = (*word_list("table_columns.result"), *word_list("table_columns.value_before_a_year"))
        bare = re.sub(rf"^(?:{'|'.join(labels)})\s+(?=(?:19|20)\d{{2}}$)", "", normalised)
        if re.fullmatch(r"(?:19|20)\d{2}", bare):
            self._refuse_beside_the_reports_bare_year(heading)  # ("2024 | 2025" in a report on quarter III/2025)
            if self._on_parts_of_years():
                # ("2022 | 2023 | 2024" under "6 THÁNG ĐẦU NĂM": each year's first half, which the header leaves to
                # the words above it)
                raise ScopeError(f"column '{heading}' names only a year, in a report on a part of a year")
            normalised = f"nam {bare}"  # a header "2024"
        label = period_label(normalised, self.report_year)
        spans_years = (
            label is not None
            and is_period_code(label.code)
            and period_from_code(label.code).period_type == "multi_year"
        )
        if spans_years and self._on_parts_of_years():
            # ("Cộng 4 kỳ 2022-2025" beside the first halves of those years: a sum of the halves, no period)
            raise ScopeError(f"column '{heading}' sums parts of the years of a span, which is no period")
        if label is not None and estimate and label.kind == "year":
            # "Ước cả năm 2026" in a nine-month report: the estimate of the whole year
            return label.code, f"column '{heading}'", estimate
        if label is not None and label.kind == "n_months":
            if self.period_code is None and compared and self._other_years_in_headers(compared):
                # ("Quý III/2025 | Quý III/2024 | Lũy kế 9 tháng" in a bulletin: the months of which year, not said)
                raise ScopeError(f"column '{heading}' counts months of a year the table leaves open")
            return resolve_months_column(label, self.period_code, compared), f"column '{heading}'", estimate
        if label is not None:
            refuse_running_total(label, self.period_code, f"column '{heading}'")
            if label.kind == "year" and normalised == f"nam {label.code}":
                self._refuse_beside_the_reports_bare_year(heading)  # ("Năm 2024 | Năm 2025" in a quarter's report)
            return self._resolve(label, labelled=True)[0], f"column '{heading}'", estimate
        found = find_scopes(normalised, self.report_year)
        if any(scope.kind != "this_period" for _, scope in found):
            # ("Thực hiện kỳ báo cáo - Quý II/2023": the period it spells out is the one "kỳ báo cáo" says, of any kind;
            # not "Trong tháng" over "Quý II/2025", a month's column or a quarter's)
            found = [(at, scope) for at, scope in found if (scope.kind, scope.code) != ("this_period", "ky")]
        scopes = _narrowest_within(found, stack or [], self.report_year)
        if len(scopes) < len(found):
            # ("Ước thực hiện năm 2023" over "Chính thức QI/2023": the column's own words say whether it is estimated)
            own = normalize_label(stack[-1] if stack else heading)
            if has_any(own, ("chinh thuc",)) and estimate:
                raise ScopeError(f"column '{heading}': its group header says estimated, its own words official")
        if len({scope.code or scope.evidence for _, scope in scopes}) > 1:
            # (not the same period said twice: "Cả giai đoạn 2021 - 2025 (ước) (2021-2025, estimated)")
            raise ScopeError(f"column '{heading}' names more than one period")
        if scopes:
            # ("Lũy kế đến 30/9/2025" over a column in a report on quarter III)
            refuse_running_total(scopes[-1][1], self.period_code, f"column '{heading}'")
            period, _ = self._resolve(scopes[-1][1], labelled=True)  # (a column's header labels its cells)
            return period, f"column '{heading}'", estimate
        if speaks_of_time(normalised) or re.search(r"\b(?:19|20)\d{2}\b", normalised):
            raise ScopeError(f"column '{heading}' names no period the extractor understands")
        caption = getattr(self, "heading_scope", None)
        if caption is not None:
            # "Phụ lục. Đoàn vào phân theo đối tác (11 tháng năm 2024)": the caption or heading above the table
            # dates the columns that name no period
            # ("Năm 2025 (ước):" over the table: an estimate of the period it names)
            return (
                self._resolve(caption, labelled=True)[0],
                f"column '{heading}' under '{caption.evidence}'",
                estimate or caption.estimated or caption.kind == "estimate",
            )
        if self.period_code is None:
            raise ScopeError(f"column '{heading}' names no period and the report's period is unknown")
        return self.period_code, f"column '{heading}' of a report on {self.period_code}", estimate


def _refuse_a_sum_of_marked_cells(heading: str, cells: list[str], summed) -> None:
    """ "690(*) | 815 | 902 | 2.407": a sum of cells one of which carries a note marker (a figure the note doubts or
    qualifies) is no more settled than it."""
    marked = [cells[index].strip() for index in summed if index < len(cells) and _CELL_MARKER.search(cells[index])]
    if marked:
        raise ScopeError(f"column '{heading}' sums a cell carrying a note marker ('{marked[0]}')")


def _a_month_or_their_total(label: str) -> bool:
    """ "Tháng 3", "T3", "Quý II/2024", "Cộng 9 tháng", "Tổng cộng": a row of a month or quarter, or their total."""
    months_or_quarters = re.match(
        r"(?:thang \d{1,2}|t\d{1,2}|quy (?:i|ii|iii|iv|[1-4])|q(?:i|ii|iii|iv|[1-4]))\b", label
    )
    return bool(months_or_quarters) or is_total_label(label) or label.startswith("cong ")


def _is_whole_year(period) -> bool:
    start, end = period.start_date, period.end_date
    return (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)


def _cell_value(cells: list[str], index: int | None) -> Decimal | None:
    """The one number a cell holds ("1.860", "12,5"); 0 for a cell with none ("-", ""); None if it holds several."""
    if index is None or index >= len(cells):
        return None
    text = cells[index].strip()
    if text in ("", "-", "–", "0"):
        return Decimal(0)
    quantities = find_quantities(text)
    return quantities[0].value if len(quantities) == 1 else None


def _with_a_bracketed_part(heading: str, period: str) -> str:
    """A year's column whose bracket names a part of it ("Cùng kỳ 2016 (6 tháng cuối năm)"): that part; a bracket naming
    another period than the column's leaves it uncertain."""
    if not is_period_code(period) or period_from_code(period).period_type != "year":
        return period
    for bracket in re.findall(r"\(([^()]*)\)", heading):
        words = normalize_label(bracket)
        if not find_scopes(words, int(period)) or is_estimate_header(words):
            continue
        part = period_label(words if re.search(r"\b(?:19|20)\d{2}\b", words) else f"{words} {period}", int(period))
        if part is None or not is_period_code(part.code) or not part.code.startswith(period):
            raise ScopeError(f"column '{heading}' names {period} and, in brackets, another period")
        return part.code
    return period


def _without_remarks(header: str, report_year: int | None) -> str:
    """A header without the remarks in brackets that name no period and no estimate ("Quý I (đã điều chỉnh)")."""

    def remark(match: re.Match) -> str:
        words = normalize_label(match.group(1))
        return match.group(0) if find_scopes(words, report_year) or is_estimate_header(words) else " "

    return re.sub(r"\(([^()]*)\)", remark, header)


def _without_estimate_words(normalised: str) -> str:
    """A header without its estimate marker ("ước", "ước thực hiện"), whose period is then read alone."""
    return " ".join(re.sub(r"\buoc(?: thuc hien| th| tinh| dat)?\b", " ", normalised).split())


def _trailing_currency(header: str):
    """ "Giá trị cam kết viện trợ / USD" (a merged header over its currency): the currency the header ends with,
    whose column holds money, never a count of what its row or caption names."""
    words = header.split()
    measures = (measure_in(" ".join(words[-size:])) for size in (2, 1) if len(words) >= size)
    return next((measure for measure in measures if measure is not None and measure.currency), None)


# A row label that opens with these names a measure ("Số nhà tài trợ", "Lượt thuyền viên"), never one item.
_MEASURE_OPENERS = ("so", "tong so", "luot", "so luot", "tong luot", "tong so luot", "gia tri", "tong gia tri")
# (a count's own opening words, not a value's: "Số dự án", "Lượt khách", "Số lượng hồ sơ")
_COUNT_OPENERS = ("so", "tong so", "luot", "so luot", "tong luot", "tong so luot", "so luong")


# Periods a row label may name besides what it counts ("Đoàn ra năm 2024", "Số đoàn vào cùng kỳ"): if not the
# column's, the cell's period is not written.
_ROW_LABEL_PERIODS = frozenset(
    {
        "year",
        "quarter",
        "quarter_of_year",
        "partial_year",
        "first_half",
        "second_half",
        "month",
        "month_of_year",
        "span",
        "same_period_earlier",
        "other_months",
        "n_months",
    }
)


_ROW_LABEL_OTHER_TIME = re.compile(r"\b(?:nam truoc|ky truoc|quy truoc|thang truoc|cung ky|ck)\b")


def _check_row_label_period(label_text: str, period: str, report_year: int | None) -> None:
    """ "| Đoàn ra năm 2024 | 5 | 28 |" under "Quý I | Cả năm" of a report on 2025, "| Đoàn vào cùng kỳ | 4 |": a row
    label naming another period than its column's leaves the cell's period uncertain."""
    normalised = normalize_label(label_text)
    for _, scope in find_scopes(normalised, report_year):
        if scope.kind in _ROW_LABEL_PERIODS and scope.code != period:
            raise ScopeError(f"the row's label ('{label_text}') names '{scope.evidence}', not its column's {period}")
    # ("Đoàn vào 2024", "Đoàn ra năm trước", "Đoàn ra (CK)", "(lũy kế từ 2021)": another time, written short; not
    # "Dự án FDI lũy kế", a level)
    years = {int(year) for year in re.findall(r"\b((?:19|20)\d{2})\b", normalised)}
    span = period_from_code(period) if is_period_code(period) else None
    if span is not None and any(not span.start_date.year <= year <= span.end_date.year for year in years):
        raise ScopeError(
            f"the row's label ('{label_text}') names {', '.join(map(str, sorted(years)))}, not its column's {period}"
        )
    if other := _ROW_LABEL_OTHER_TIME.search(normalised):
        raise ScopeError(f"the row's label ('{label_text}') names '{other.group()}', not its column's {period}")
    # ("Đoàn vào (kế hoạch)", "(KH)", "(ước TH)": the row's values are plans or estimates, its note says)
    not_results = (*word_list("table_columns.plan"), *word_list("table_columns.estimate"))
    for note in re.findall(r"\(([^()]*)\)", label_text):
        if starts_with_phrase(normalize_label(note), not_results):
            raise ScopeError(f"the row's note '({note})' says its values are no result of {period}")


# "Ông Nguyễn Đình Thắng", "Bà Hoàng Thị Thu Hằng", "Đồng chí Trần Văn A": a person, by a title of address and a
# capitalised name.
_PERSON = re.compile(r"^\s*(?:Ông|Bà|Đồng chí|Đ/c|đ/c)\s+((?:[^\W\d_]+\s*){2,5})$")


def _person(label_text: str) -> str:
    """Why a row labelled by a person's name ("| 2 | Bà Hoàng Thị Thu Hằng | … | biên dịch trên 1.100 trang |") counts
    that person's work, not the province's; "" for any other label."""
    named = _PERSON.match(label_text)
    if named is None or not all(word[:1].isupper() for word in named.group(1).split()):
        return ""
    return f"a person's own work ('{label_text.strip()}'), not the province's"


def _people_of_one_country(header: str) -> str | None:
    """The people of one country a column's header names ("Người Việt Nam (lượt)", "Công dân Lào", "Người nước
    ngoài"), or None (not "Số thống nhất", whose "nhất" is no Japan)."""
    padded = f" {normalize_label(header)} "
    countries = (*foreign_country_names(), "viet nam", "nuoc ngoai")
    return next(
        (f"{who} {name}" for name in countries for who in ("nguoi", "cong dan") if f" {who} {name} " in padded), None
    )


def _names_a_country(header: str) -> str | None:
    """The country a column's header names ("Trong đó: Đại sứ quán Lào"), Viet Nam included, or None."""
    padded = f" {normalize_label(header)} "
    return next((name for name in (*foreign_country_names(), "viet nam") if f" {name} " in padded), None)


def _one_direction(words: str) -> str | None:
    """ "Xuất cảnh" or "Nhập cảnh" without the other (the reviewed ``crossing_directions``): the crossing direction a
    column or row counts alone, or None."""
    # (from the left, as written: "xuất, nhập cảnh" over "Xuất cảnh" leaves the one way under both, not "nhập cảnh
    # xuất cảnh" read across the two cells)
    both = "|".join(map(re.escape, sorted(word_list("crossing_directions.both"), key=len, reverse=True)))
    normalised = re.sub(rf"(?<= )(?:{both})(?= )", " ", f" {normalize_label(words)} ")
    named = [way for way in word_list("crossing_directions.one") if f" {way} " in normalised]
    return named[0] if len(named) == 1 else None


def _one_direction_cell(stack: list[str]) -> str | None:
    """A header cell over a column that is one way across the border and nothing else ("Xuất" under "Lượt người")."""
    return next((cell for cell in stack if normalize_label(cell) in word_list("crossing_directions.one_cell")), None)


def _asks_which_year(label_text: str, cell_text: str) -> bool:
    """ "Năm có số đoàn ra cao nhất | 2025": a row whose label opens with "Năm" and whose cell is only a year."""
    opens_with_year = normalize_label(label_text).split()[:1] == ["nam"]
    return opens_with_year and re.fullmatch(r"(?:19|20)\d{2}", cell_text.strip().strip("*").strip()) is not None


@functools.cache
def _counted_nouns() -> re.Pattern:
    """Every counted noun a rule knows, as whole words (built on first use, not when the module is imported)."""
    return re.compile(rf"(?<= )(?:{'|'.join(map(re.escape, unit_phrases()))})(?= )")


# "Trước sắp xếp (01/01-28/02)", "(từ 01/3 đến 31/12/2025)": days a column header names.
_DAYS_IN_A_HEADER = re.compile(
    r"(?P<d1>\d{1,2})/(?P<m1>\d{1,2})(?:/(?:19|20)?\d{2})?\s*(?:[-–]|đến)\s*(?P<d2>\d{1,2})/(?P<m2>\d{1,2})"
)


def _refuse_days_short_of(period: str, heading: str) -> None:
    """ScopeError for a column whose header names days that are not the whole of the period read from it ("Năm 2025"
    over "Trước sắp xếp (01/01-28/02)": a part of the year)."""
    days = _DAYS_IN_A_HEADER.search(heading)
    if days is None or not is_period_code(period):
        return
    whole = period_from_code(period)
    start = (int(days.group("m1")), int(days.group("d1")))
    end = (int(days.group("m2")), int(days.group("d2")))
    # (from the period's first day to a day of its last month, "Năm 2022 (01/01-15/12)": the period's, counted to the
    # data's cut-off as the department dates its reports)
    if start != (whole.start_date.month, whole.start_date.day) or end[0] != whole.end_date.month:
        raise ScopeError(f"column '{heading}' names the days {days.group()}, a part of {period}")


# "… (tổng hợp từ báo cáo của các sở, ban, ngành và UBND các huyện …)": the many bodies a table's figures are summed
# from, to the end of its caption (not "theo báo cáo của UBND huyện Hương Sơn", one body's).
_ALL_THE_SOURCES = re.compile(r"\b(?:tong hop tu|theo) (?:bao cao|so lieu) cua cac\b.*$")
# Words over a table that narrow it to a part of the province's work or to what is not a result: a lower level's, a
# running total ("Số đoàn ra lũy kế").
_NARROWING_WORDS = re.compile(r"\b(?:huyen|thi xa|luy ke|cong don)\b")


def _names_a_period_or_a_total(header: str, year: int | None) -> bool:
    """Whether a column header names a period ("Quý I", "Cả năm") or a total ("Tổng số", "Cộng")."""
    words = normalize_label(header)
    return bool(find_scopes(words, year)) or is_total_label(header)


def _names_a_currency(unit_note: str | None) -> bool:
    """Whether a table's unit line names a currency ("Đơn vị tính: triệu đồng")."""
    measure = measure_in(unit_note) if unit_note else None
    return bool(measure and measure.currency)


def _names_a_result(header: str) -> bool:
    """Whether a column header says its values are results ("Thực hiện năm 2024", "TH 9 tháng", "Ước TH cả năm")."""
    return has_any(normalize_label(header), word_list("table_columns.result"))


def names_a_count(words: str) -> bool:
    """Whether normalised label words open with the words of a count ("so …", "luot …", "so luong …")."""
    return starts_with_phrase(" ".join(words.split()), _COUNT_OPENERS) is not None


def names_a_measure(label_text: str, numbered: bool = False) -> bool:
    """Whether a row label names a measure ("Số nhà tài trợ", "Người xuất, nhập cảnh", "Lượt thuyền
    viên") rather than one item of a list ("Dự án nước sạch cho 3 xã", "Thỏa thuận với tỉnh Khăm
    Muồn"): it opens with "Số/Lượt/Giá trị", or it is a counted noun and a few plain words, no name
    (a capitalised word after the first, other than an abbreviation) and no number; or it is counted
    nouns and what was done to them ("Chương trình, dự án được thẩm định, tiếp nhận")."""
    plain = re.sub(r"\([^()]*\)", " ", label_text).strip()
    words = normalize_label(plain).split()
    if not words or any(ch.isdigit() for ch in plain):
        return False
    if any(" ".join(words[: len(opener.split())]) == opener for opener in _MEASURE_OPENERS):
        return True
    # (a name among the counted nouns, not a document's type after what was done: "… được cấp Giấy đăng ký hoạt động")
    counted = re.split(r"\s+được\s+", plain, maxsplit=1)[0]
    named = any(word[:1].isupper() and not word.isupper() for word in re.findall(r"\w+", counted)[1:])
    noun = unit_in_label(" ".join(words))
    if named or noun is None or not " ".join(words).startswith(noun):
        return False
    if "duoc" in words and not {"chua", "khong"} & set(words):
        # (the counted nouns, a few words, then what was done to them: "Dự án, phi dự án được phê duyệt"; or only
        # counted nouns, however many: "Chương trình, dự án, phi dự án được thẩm định, tiếp nhận"; not "Dự án lĩnh vực
        # y tế được phê duyệt", one kind of them)
        before = " ".join(words[: words.index("duoc")])
        nouns_only = not set(_counted_nouns().sub(" ", f" {before} ").split()) - {"phi", "khoan", "cac", "va"}
        return (words.index("duoc") <= 5 and len(words) <= 10) or (nouns_only and len(words) <= 14)
    # (a few plain words after the counted noun, however many words the noun has: "Phương tiện xuất cảnh, nhập cảnh";
    # none of them a negation: "Dự án chưa được phê duyệt"; in a numbered row, only with its unit in brackets after
    # them, as a unit column would give it: "| 1 | Tàu biển XNC (lượt) | 58 |")
    unit_after = re.search(r"\(([^()]{1,20})\)\s*$", label_text)
    measured = not numbered or (unit_after is not None and read_unit(normalize_label(unit_after.group(1)), None))
    return bool(measured) and len(words) - len(noun.split()) <= 4 and not {"chua", "khong"} & set(words)


def _narrowest_within(scopes: list, stack: list[str], year: int | None) -> list:
    """ "Thực hiện năm 2024" over "Chính thức QI/2024": a column's own period, with its year, under a group header
    naming a period that holds it; the own one, last, when every period named before it holds it (else the scopes as
    found). An own cell closing its period on a day ("Năm 2018" over "Quý IV (chốt đến 12/12)") keeps that day."""
    own_cell = period_label(stack[-1], year) if len(stack) > 1 else None
    if own_cell is None or own_cell.as_of is None:
        return _narrowest_of(scopes, stack, year)
    undated = [(at, scope) for at, scope in scopes if scope.kind != "as_of_date"]
    narrowest = _narrowest_of(undated, stack, year)
    if len(undated) < len(scopes) and len(narrowest) == 1 and narrowest[0][1].code == own_cell.code:
        return [(narrowest[0][0], own_cell)]
    return scopes


def _narrowest_of(scopes: list, stack: list[str], year: int | None) -> list:
    codes = [scope.code for _, scope in scopes]
    if len(scopes) < 2 or not all(code and is_period_code(code) for code in codes):
        return scopes
    own = period_from_code(codes[-1])
    if not re.search(r"\b(?:19|20)\d{2}\b", scopes[-1][1].evidence):
        # (only an own period naming its year: "Năm 2024 / Thực hiện quý III" is read by the columns beside it; but
        # for a group naming only the year the own period was read in, "Số vụ việc năm 2020" over "Quý I")
        # (the group's cell naming the year and nothing else of time, the column's own cell the period and nothing else:
        # not "Lũy kế năm 2019 hết quý III", nor "Năm 2019 (kể từ tháng 7)")
        in_that_year = all(scope.kind == "year" and scope.code == str(own.end_date.year) for _, scope in scopes[:-1])
        own_cell = period_label(stack[-1], year) if len(stack) > 1 else None
        group_years = [scope for level in stack[:-1] for _, scope in find_scopes(normalize_label(level), year)]
        alone = (
            own_cell is not None
            and own_cell.code == codes[-1]
            and bool(group_years)
            and all(scope.kind == "year" for scope in group_years)
        )
        return scopes[-1:] if in_that_year and alone and own.start_date.year == own.end_date.year else scopes
    for code in codes[:-1]:
        outer = period_from_code(code)
        if not (outer.start_date <= own.start_date and own.end_date <= outer.end_date):
            return scopes
    return scopes[-1:]


def _measure_beside_a_total(texts: list[str], label_index: int, headers: list[str]) -> str:
    """The words of the cells between a total's label and its first value ("Tổng cộng |  | Người XNC | 19.072"), in
    columns of labels (not a unit's, "| Tổng cộng | Đoàn | 12 |"), when they name what is counted; "" otherwise."""
    between = []
    for column, text in enumerate(texts[label_index + 1 :], start=label_index + 1):
        if re.search(r"\d", text):
            break
        # ("Chỉ tiêu" heads a column of measures, though it also names a target)
        if column < len(headers) and column_role(headers[column]) in ("unit", "note", "code", "period", "ratio"):
            return ""
        between.append(text.strip())
    words = " ".join(cell for cell in between if cell)
    return words if unit_in_label(normalize_label(words)) else ""
