"""The section a block of the report's body is in: its heading's words (a plan, a shortcoming,
a result), the period the heading names, the list header above an item and the table the
block belongs to."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from dagster_project.documents.forms import starts_with_phrase
from dagster_project.documents.quantities import find_quantities
from dagster_project.documents.reader import Block
from dagster_project.documents.rules import has_any, has_phrase, read_unit
from dagster_project.documents.scopes import Scope, closing_stretch_start, find_scopes, period_label, without_periods
from dagster_project.documents.structure import caps_heading, heading_level, part_heading
from dagster_project.documents.tables import TableLayout
from dagster_project.documents.word_lists import without_names, word_list
from dagster_project.parsing.periods import PeriodFormatError, is_period_code, period_from_code
from dagster_project.parsing.text import normalize_label


@dataclass(frozen=True)
class ListOpener:
    """A list item ending with a colon and no figure of its own ("- Công tác phi chính phủ nước ngoài:", "- Chốt số
    liệu quý III/2025, đã gửi …:"): its marker, its words, its block, the list topic before it, the one period it
    names (its items' period) and, when it says so, the other body (or the one event) its items are of."""

    marker: str
    words: str
    block: int
    topic_before: str
    scope: Scope | None
    owner: str | None


@dataclass(frozen=True)
class ItemParent:
    """A labelled item with figures: its list marker (None for a numbered line), its label's words
    and the indicators it published."""

    marker: str | None
    label: str
    published: frozenset[str]


@dataclass
class Context:
    """What surrounds a sentence: the plan state, the section heading and the list header."""

    in_plan: bool = False
    section_reason: str = ""  # why the section's figures are not results, when they are not
    heading: str = ""
    heading_written: str = ""  # the heading as written, with its brackets and question mark
    # The headings above the present one, by level ("C. … TỔ CHỨC PHI CHÍNH PHỦ NƯỚC NGOÀI" over
    # "2. Thẩm định, tiếp nhận chương trình, dự án"), and the path of them down to it: a table's
    # columns are read with all of them (a sentence, which names its own topic, with its heading).
    outer_headings: dict[int, str] = dataclasses.field(default_factory=dict)
    outer_scopes: dict[int, object] = dataclasses.field(default_factory=dict)  # level -> the period its heading names
    heading_path: str = ""
    list_topic: str = ""
    # "Kết quả 6 tháng đầu năm 2025 cụ thể:": the one period the sentence opening a list names, for its items
    list_scope: Scope | None = None
    after_part: bool = False  # the block before was a part heading ("PHẦN THỨ NHẤT") on a line of its own
    list_opener: int | None = None  # the block whose last sentence opened the list (its own figures are no items)
    # "- Công tác phi chính phủ nước ngoài:" over "+ Thẩm định 11 chương trình, dự án …": the opener whose words the
    # items of another marker below it count, in its period.
    nested_list: ListOpener | None = None
    # "- Số liệu quý III/2025 như sau:" over items of its own marker: the opener whose period may or may not be theirs.
    sibling_opener: ListOpener | None = None
    # "1. Số đoàn ra: 15 đoàn/62 lượt người" (or "a) Đoàn ra: …") over "- Cùng kỳ năm 2022: 6 đoàn/19
    # lượt người" and "- Trong đó: …": the labelled item its sub-items (of another marker) go on.
    item_parent: ItemParent | None = None
    # Under such an item, "- Trong đó: …": every figure of the sub-item is a part of those indicators.
    parts_of: frozenset[str] | None = None
    table: TableLayout | None = None
    unit_note: str = ""  # the unit line right above a table ("Đơn vị tính: USD")
    pair_note: tuple[str, str] | None = None  # the line right above a table saying what its "a/b" cells count
    lead_in: str = ""  # the line right above a table that introduces it ("Số liệu tính đến ngày 30/11/2025:")
    text_above: str = ""  # the line right above, whatever it ends with ("Ghi chú: số liệu năm 2024 như sau.")
    heading_scope: Scope | None = None
    # The level each depth of Markdown heading ("##") was last read at, for a sibling that names no level of its own.
    markdown_levels: dict[int, int] = dataclasses.field(default_factory=dict)
    # Why no figure here is the text's own (a forwarded document), and whether to set them apart.
    outside: str = ""
    outside_set_aside: bool = False


_CAPTION = re.compile(r"^[\s*_]*(?:Bảng|Biểu|Phụ lục)\s*(?:số\s*)?[\dIVX]*\s*[.:\-–]\s*\w", re.IGNORECASE)
# Below every numbered heading: a caption ends no section.
_CAPTION_LEVEL = 9
# "* T9/2025:", "- Quý III/2025 (T7 đến hết T9):": a line that is only a period and a colon heads the lines
# below it, as a heading does, below every numbered heading.
_PERIOD_LINE = re.compile(r"^[\s*•+\-–]*(?P<label>[^:\n]{2,60}):[\s*_]*$")
_PERIOD_LINE_LEVEL = 8
# "**Số liệu 11 tháng đã báo cáo tại phiên họp tháng 11/2022**", "**Quý I/2019**" over a list: a line wholly in bold, no
# sentence, that counts nothing, captions the lines below it when it names a span no report uses or is short.
_CAPTION_WORDS = 8
_BOLD_LINE = re.compile(r"^\s*(\*\*|__)(?P<text>[^*_\n]{3,150})\1\s*$")
# Periods a phrase may name that are none of the reporting periods ("11 tháng", "10 tháng năm 2022", "mùa khô …").
UNSETTLED_KINDS = frozenset({"n_months", "other_months", "unknown"})
# The numbered questions of a questionnaire the report answers ("Câu 3. Đề nghị cho biết …", "Câu hỏi 2:").
_QUESTION = re.compile(r"^[\s*_#]*(?:Câu hỏi|Câu)\s*(?:số\s*)?\d{1,2}\s*[.:)]", re.IGNORECASE)


def _bold_caption(text: str, report_year: int | None) -> bool:
    bold = _BOLD_LINE.match(text)
    if not bold or bold.group("text").rstrip().endswith((".", ";", ":")):
        return False
    if any(read_unit(quantity.unit_words, quantity.currency) for quantity in find_quantities(bold.group("text"))):
        return False
    words = normalize_label(bold.group("text"))
    scopes = find_scopes(words, report_year)
    if unsettled_periods(scopes):
        return True
    # (a short line of periods and caption words only, "**Quý I/2019**", "**Kế hoạch năm 2020**"; not a sentence
    # stressed, "**Tiếp tục triển khai các thỏa thuận ký kết năm 2022**", nor a subject dated, "**Vụ việc tồn đọng từ
    # năm 2018**", whose year is not the lines')
    rest = words
    for at, scope in sorted(scopes, key=lambda item: -item[0]):
        rest = f"{rest[:at]} {rest[at + len(scope.evidence) :]}"
    for phrase in sorted(word_list("caption_words"), key=len, reverse=True):
        rest = re.sub(rf"\b{re.escape(phrase)}\b", " ", rest)
    return bool(scopes) and len(words.split()) <= _CAPTION_WORDS and not rest.split()


def _names_a_section(text: str, report_year: int | None) -> bool:
    """Whether a heading says what section it opens: a period, a result's, plan's or shortcoming's words, or a unit of
    the document (a slide, a page)."""
    words = normalize_label(text)
    return bool(
        find_scopes(words, report_year)
        or has_any(words, word_list("section_headings.result"))
        or has_any(words, word_list("section_headings.plan"))
        or has_any(words, word_list("section_headings.shortcoming"))
        or starts_with_phrase(words, word_list("unit_headings"))
    )


def unsettled_periods(scopes: list[tuple[int, Scope]]) -> bool:
    """Whether a phrase that settles no one period names one the reports never use: its figures' period is then
    unknown, not the report's ("3. Số liệu 11 tháng đã báo cáo tại phiên họp tháng 11")."""
    return any(scope.kind in UNSETTLED_KINDS for _, scope in scopes)


def _a_day_before_its_end(remarks: str, code: str, report_year: int | None) -> bool:
    """Whether a heading's bracket closes its month's count on a day before the month ends, or a longer period's on a
    day of it before its last month ("KẾT QUẢ NHIỆM KỲ 2021 - 2025 (số liệu đến 30/11/2025)"; a quarter's or a year's
    closed in its last month is the period's, as the department dates its reports)."""
    period = period_from_code(code)
    start = None if period.period_type == "month" else period.start_date
    end = closing_stretch_start(period)
    return bool(remarks) and any(
        scope.as_of is not None and (start is None or start <= scope.as_of) and scope.as_of < end
        for _, scope in find_scopes(remarks, report_year)
    )


def section_state(block: Block, plan_level: int | None, context: Context, report_year: int | None) -> int | None:
    """The level of the plan (or shortcoming) section the block is in, None outside one; a
    heading also sets the context's heading words, its period and why its figures are no results."""
    # (a box's title heads the box's lines, below every heading of the document: "SỐ LIỆU CẢ NĂM 2025" framed under "II.
    # NHIỆM VỤ NĂM 2026" ends no plan)
    level = _CAPTION_LEVEL if block.box_title else heading_level(block.text)
    markdown = re.match(r"^(#{1,6})\s", block.text)
    if level is None and (part_heading(block.text) or caps_heading(block.text)):
        # ("PHẦN THỨ NHẤT" / "KẾT QUẢ CÔNG TÁC ĐỐI NGOẠI NĂM 2025": a part's title on the line under it is the part's)
        level = 0 if part_heading(block.text) or context.after_part else 1
    context.after_part = level == 0 and part_heading(block.text)
    if level is None and markdown:
        # "## Tháng 4": a Markdown section, at the level of the last heading its "#" marks as a sibling when that one
        # had a level of its own ("## I. KẾT QUẢ" over "## Phương hướng, nhiệm vụ năm 2020"); but one that would end a
        # plan section thereby must say it is a section of its own (a period, a section's words, "## Slide 3 — ĐOÀN
        # RA"): "## II. PHƯƠNG HƯỚNG …" over "## Đoàn ra, đoàn vào" has sub-headings typed at its depth as often as not
        depth = len(markdown.group(1))
        level = depth
        sibling = context.markdown_levels.get(depth)
        if sibling is not None:
            ends_a_plan = plan_level is not None and sibling <= plan_level
            if not ends_a_plan or _names_a_section(block.text, report_year):
                level = sibling
    if level is not None and markdown:
        depth = len(markdown.group(1))
        context.markdown_levels = {
            **{above: kept for above, kept in context.markdown_levels.items() if above < depth},
            depth: level,
        }
    if level is None and _QUESTION.match(block.text):
        level = 1  # "Câu 4. Đề nghị cho biết tình hình công tác phi chính phủ nước ngoài: …": the answer's subject
    period_line = _PERIOD_LINE.match(block.text)
    if (
        level is None
        and period_line
        and period_label(re.sub(r"\([^()]*\)", " ", period_line.group("label")).strip(), report_year) is not None
    ):
        level = _PERIOD_LINE_LEVEL
    if level is None and (_CAPTION.match(block.text) or _bold_caption(block.text, report_year)):
        level = _CAPTION_LEVEL  # "Bảng 2. Tình hình xuất, nhập cảnh qua Cửa khẩu quốc tế Cầu Treo": the table's subject
    period_line_scope = context.outer_scopes.get(_PERIOD_LINE_LEVEL)
    if level is None and period_line and block.text[:1].isalpha() and getattr(period_line_scope, "estimated", False):
        # "Năm 2025 (ước):" over its lines, then "Kết quả công tác lãnh sự:": the estimate ends at an unmarked label of
        # its own (the period goes on)
        unestimated = dataclasses.replace(period_line_scope, estimated=False)
        context.outer_scopes[_PERIOD_LINE_LEVEL] = unestimated
        if context.heading_scope is period_line_scope:
            context.heading_scope = unestimated
    if level is None:
        return plan_level
    heading = without_names(normalize_label(block.text))
    context.heading, context.heading_written = heading, block.text.strip()
    context.outer_headings = {above: words for above, words in context.outer_headings.items() if above < level}
    context.heading_path = " ".join([*context.outer_headings.values(), heading])
    context.outer_headings[level] = heading
    # "5. Lũy kế 5 tháng đầu năm", "## Tháng 4", "Tổng hợp quý II": a heading's period governs the
    # figures of its section, as a label does (one month is the section's period, not an event's).
    named = period_label(
        re.sub(r"^[#*_\s]*(?:[IVX]+|\d+(?:\.\d+)*)?[.)]?\s*", "", block.text).strip("*_ "), report_year
    )
    heading_scopes = [(0, named)] if named else find_scopes(heading, report_year)
    if len(heading_scopes) > 1:
        # "đ) Lũy kế 6 tháng đầu năm 2023 (phục vụ tổng hợp báo cáo 6 tháng của tỉnh)": a remark in brackets
        # names no period of the section
        heading_scopes = find_scopes(
            without_names(normalize_label(re.sub(r"\([^()]*\)", " ", block.text))), report_year
        )
    # ("KẾT QUẢ THỰC HIỆN CHỈ THỊ SỐ 12-CT/TW NĂM 2022": the year of the document the heading cites, not its period)
    heading_scopes = [
        (at, scope) for at, scope in heading_scopes if not has_any(heading[:at], word_list("document_references"))
    ]
    # (one period, or the same said again in a translation: "Nhiệm kỳ 2021 - 2025 / The 2021–2025 term"; not "năm 2025
    # và lũy kế đến năm 2025", two counts)
    codes = {scope.code for _, scope in heading_scopes}
    translated = bool(re.search(r"\s/\s", block.text))  # (a heading and its translation, parted by a slash)
    one_period = len(heading_scopes) == 1 or (translated and len(codes) == 1 and None not in codes)
    own_scope = dataclasses.replace(heading_scopes[0][1], labelled=True) if one_period else None
    if own_scope is None and len(heading_scopes) > 1 and re.search(r"\bluy ke\b", heading):
        # ("KẾT QUẢ NĂM 2025 VÀ LŨY KẾ ĐẾN NĂM 2025": a period and a running total; which the figures under it are of,
        # the heading does not say, and the report's own period is neither)
        own_scope = Scope("unknown", None, heading, labelled=True)
    if own_scope is None and unsettled_periods(heading_scopes):
        own_scope = Scope("unknown", None, heading, labelled=True)
    remarks = " ".join(normalize_label(remark) for remark in re.findall(r"\(([^()]*)\)", block.text))
    if (
        own_scope is not None
        and is_period_code(own_scope.code)
        and (
            has_any(remarks, word_list("to_date_remarks"))
            or _a_day_before_its_end(remarks, own_scope.code, report_year)
        )
    ):
        # "3. Kết quả giai đoạn 2021 - 2025 (tính đến thời điểm báo cáo)", "II. … THÁNG 3/2019 (SỐ LIỆU CHẠY ĐẾN HẾT
        # NGÀY 14/3/2019, CHƯA CHỐT)": the period counted so far
        own_scope = dataclasses.replace(own_scope, to_date=True)
    # "II. KẾT QUẢ … NĂM 2026" over "1. Quản lý đoàn ra, đoàn vào": a heading naming no period keeps the one
    # of the heading above it.
    context.outer_scopes = {above: scope for above, scope in context.outer_scopes.items() if above < level}
    inherited = next((context.outer_scopes[above] for above in sorted(context.outer_scopes, reverse=True)), None)
    context.heading_scope = own_scope or (inherited if not heading_scopes else None)
    context.outer_scopes[level] = context.heading_scope
    if has_any(heading, word_list("section_headings.shortcoming")) and not has_any(
        heading, word_list("section_headings.result")
    ):
        # "II. TỒN TẠI, HẠN CHẾ": "03 đoàn ra chậm báo cáo" counts a shortcoming, not the delegations.
        context.section_reason = "in a section on shortcomings or difficulties, not a result"
        return level if plan_level is None else min(plan_level, level)
    # ("1. Khối lượng nhiệm vụ năm 2024" in a note written in 2025: the tasks of a year gone by, done; not "Kế
    # hoạch năm 2024", a plan whatever its year)
    plan_words = [word for word in word_list("section_headings.plan") if has_phrase(heading, word)]
    past = (
        own_scope is not None
        and own_scope.code is not None
        and _ends_before(own_scope.code, report_year)
        and plan_words == ["nhiem vu"]
    )
    if (
        has_any(heading, word_list("section_headings.plan"))
        and not has_any(heading, word_list("section_headings.result"))
        and not past
    ):
        context.section_reason = "a plan, target or proposal, not a result"
        return level if plan_level is None else min(plan_level, level)
    if plan_level is not None and level <= plan_level:
        context.section_reason = ""
        return None
    return plan_level


# A note opening with its mark: "(1) Đính chính …", "¹ Số liệu …", "[2] …", "(*) …".
_NOTE_OPENING = re.compile(r"^\s*(\(\d{1,2}\)|\[\d{1,2}\]|[¹²³⁴⁵⁶⁷⁸⁹]|\(\*{1,3}\))\s*(?=\w)")


# The rule a clerk draws over the notes at the foot of a page ("--------------------", "_____"), or the spaces a text
# file's reader left of it (it blanks a page's rules, keeping every offset).
_NOTES_RULE = re.compile(r"\n[ \t]*(?:[-_–—=]{5,}|(?<=\n) {10,})[ \t]*\n\s*$")


def note_of_a_mark(block: Block, text: str) -> bool:
    """Whether ``block`` is the note a mark in the body above points to: it opens with a mark ("(1) Đính chính số liệu
    quý III/2025: …") glued to a word or number before it ("… trong quý IV(1), …", "Đính chính¹"), a superscript one or
    one under the rule over a page's notes; not a list's "(1)" item."""
    opening = _NOTE_OPENING.match(block.text)
    if opening is None:
        return False
    mark = opening.group(1)
    if not (mark in _SUPERSCRIPT_MARKS or _NOTES_RULE.search(text[: block.start])):
        return False
    return re.search(rf"(?<=[^\W_]){re.escape(mark)}|(?<=[.,;)]){re.escape(mark)}", text[: block.start]) is not None


_SUPERSCRIPT_MARKS = "¹²³⁴⁵⁶⁷⁸⁹"


# What a heading or a list sets in the context, kept aside while a box or a note is read and put back after it.
_SECTION_FIELDS = (
    "section_reason",
    "heading",
    "heading_written",
    "outer_headings",
    "outer_scopes",
    "heading_path",
    "heading_scope",
    "list_topic",
    "list_scope",
    "list_opener",
    "nested_list",
    "sibling_opener",
    "item_parent",
    "parts_of",
    "after_part",
    "markdown_levels",
)


def sections_kept(context: Context) -> dict[str, object]:
    """The context's sections as they stand, to put back with ``put_back_sections`` once a box or a note is read: its
    title and lines are the box's own, not the document's from there on."""
    return {name: getattr(context, name) for name in _SECTION_FIELDS} | {
        "outer_headings": dict(context.outer_headings),
        "outer_scopes": dict(context.outer_scopes),
    }


def put_back_sections(context: Context, kept: dict[str, object]) -> None:
    for name, value in kept.items():
        setattr(context, name, value)


def leave_sections(context: Context) -> None:
    """Back at the document's own level, as under its title: a note below the body belongs to no section above it
    (not to "III. NHIỆM VỤ NĂM 2026", the plan the report closed with)."""
    put_back_sections(context, sections_kept(Context()))


def _ends_before(code: str, year: int | None) -> bool:
    """Whether the period ``code`` ended before the year ``year`` began."""
    try:
        return year is not None and period_from_code(code).end_date.year < year
    except PeriodFormatError:
        return False


def names_no_field(heading: str) -> bool:
    """Whether a (normalised) heading's words are only its number, periods and general words ("1 ket qua chung", "2 so
    lieu theo quy"), naming no field of work."""
    words = " ".join(word for word in heading.split() if not word.isdigit() and not re.fullmatch(r"[ivx]+|[a-z]", word))
    words = without_periods(words, None)
    general = {word for phrase in word_list("section_headings.general") for word in phrase.split()}
    return bool(heading.strip()) and set(words.split()) <= general
