"""Read a narrative report (.docx, .txt, .md) into blocks of text with their offsets.

Word files give their paragraphs and table rows in document order, then their footnotes;
a table row keeps one cell per grid column, a horizontally merged cell written once and
followed by empty cells, so every row's cells line up with the header's. Text files give
one block per non-empty line, a line wrapped inside a sentence (the next line starts in
lower case) joined to the line it continues, also across a page break of a report pasted
from a PDF (a rule, a page number, a running header or footer, blanked). The document's text is the blocks joined by
blank lines (for text files: the file's own text), so every offset stored with an extracted
figure points into ``DocumentText.text``."""

from __future__ import annotations

import dataclasses
import re
import unicodedata
import zipfile
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from itertools import accumulate, islice
from pathlib import Path

from dagster_project.parsing.text_files import UnreadableFileError, decode_text

DOCUMENT_SUFFIXES = {".docx", ".txt", ".md"}
# The marker opening a list item: a dash or bullet, or a letter and its bracket ("a)").
LIST_MARKER = r"[-–•*+]|(?P<letter>[a-zđ])\)"
_WORD_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass(frozen=True)
class Block:
    kind: str  # paragraph, table_row or footnote
    number: int  # 1-based position among the document's blocks
    start: int  # offset of the block in DocumentText.text
    text: str
    # (a row of a table laid out with spaces whose label began on the line above: that line's cells, each at its
    # offset from this row's first character)
    carried: tuple[tuple[int, str], ...] = ()
    # (a row of a Word table: which of the document's tables, counted from 1, so that two tables with nothing written
    # between them stay two; 0 for any other block)
    table: int = 0
    # (a paragraph of a text file holding lines of two texts side by side, as a bulletin's two columns: its words are
    # not in reading order)
    side_by_side: bool = False
    # (a line of a box drawn around text in a text file, or a paragraph of a Word table of one column, counted from 1,
    # its frame blanked; 0 for any other block; the box's first line, over a rule or a short line of its own over the
    # rest, is its title, `box_title`)
    box: int = 0
    box_title: bool = False

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def in_a_table(self) -> bool:
        """A row of a Word table, or a line of a table written with pipes ("| Đoàn ra | 12 |")."""
        return self.kind == "table_row" or self.text.lstrip().startswith("|")


@dataclass(frozen=True)
class DocumentText:
    text: str
    blocks: tuple[Block, ...]


def _from_pieces(
    pieces: list[tuple[str, str]], tables: list[int] | None = None, boxes: list[tuple[int, bool]] | None = None
) -> DocumentText:
    """The document's text and blocks from its pieces (kind, text); ``tables`` gives each piece's Word table, if any,
    and ``boxes`` the box of one column it is in (with whether it is the box's title)."""
    blocks, parts, offset = [], [], 0
    for position, (kind, text) in enumerate(pieces):
        text = unicodedata.normalize("NFC", text).strip()
        if not text:
            continue
        if parts:
            parts.append("\n\n")
            offset += 2
        box, box_title = boxes[position] if boxes else (0, False)
        table = tables[position] if tables else 0
        blocks.append(Block(kind, len(blocks) + 1, offset, text, table=table, box=box, box_title=box_title))
        parts.append(text)
        offset += len(text)
    return DocumentText("".join(parts), tuple(blocks))


def _decode(data: bytes) -> str:
    if b"\x00" in data[:4096]:
        raise UnreadableFileError("it is a binary file, not text (save the report as .docx, .txt or .md)")
    return decode_text(data)


_NUMBERED_LINE = re.compile(r"^\d{1,2}(?:\.\d{1,2})*[.)]\s")
_HEADING_LINE = re.compile(r"^[#*\s]*(?:[IVX]+|\d{1,2}(?:\.\d{1,2})*|[a-zđ]|[A-Z])[.)]\s")
_OPEN_ENDING_WORDS = {
    "với",
    "và",
    "là",
    "gồm",
    "đạt",
    "có",
    "được",
    "cho",
    "của",
    "khoảng",
    "gần",
    "hơn",
    "trên",
    "tổng",
}
_LETTERED_ITEM = re.compile(r"^[a-zđ][.)]\s")
# ("… 49 hồ sơ" / "CNLS, HPHLS. …": an abbreviation, then a comma and the next, carried on too)
_ACRONYM_THEN_WORD = re.compile(r"^[A-ZĐ]{2,}(?:,\s+[A-ZĐ]{2,}\b|\s+[a-zđà-ỹ])")
# "Nậm Phao (tỉnh …", "Bolikhămxay trao …": a capitalised word in lower case after its first letter, then a word.
_NAME_THEN_WORD = re.compile(r"^[A-ZĐÀ-Ỹ][a-zđà-ỹ]+\s+[\w(]")


# "Đơn vị tính: …", "(ĐVT: …": a table's unit line.
_UNIT_LINE_START = re.compile(r"^[\s(]*(?:đơn vị tính|đvt)\s*:", re.IGNORECASE)


def wrapped_label(line: str) -> bool:
    """A table row's label broken after a comma, alone on its line ("Hồ sơ chứng nhận lãnh sự,"): words only, no
    cells."""
    stripped = line.strip()
    return stripped.endswith(",") and "  " not in stripped and not re.search(r"\d", stripped) and len(stripped) <= 60


# A note's number in brackets opening a line: "(1)", "(*)", "(a)", "(iii)".
_NOTE_NUMBER = re.compile(r"\(\s*(?:\d{1,2}|[a-zđ]|[ivx]{1,4}|\*{1,3})\s*\)", re.IGNORECASE)
# A web site's name alone on its line ("BAOHATINH.VN", "vnexpress.net"): a shared link's preview begins.
# (not a government site, "songoaivu.hatinh.gov.vn": the department's own, named as a source)
SITE_NAME = re.compile(
    r"(?:www\.)?[a-z\d-]+(?:\.[a-z\d-]+)*(?<!\.gov)\.(?:vn|com|net|org|info)(?:/\S*)?", re.IGNORECASE
)


# A form's field, its name led by dots to its colon: "Kỳ báo cáo ..........: Tháng 11 năm 2022".
_FORM_FIELD = re.compile(r"^\s*[^\W\d][^.:…\n]{1,40}?\s*(?:\.{4,}|…{2,})\s*:")


def continues_previous_line(previous: str, line: str) -> bool:
    """A line wrapped inside a sentence: the one before does not end it, this one starts in lower
    case, or with a number after a word in lower case ("… tổ chức" / "08 hội nghị"; not "1. …")."""
    if (
        not previous
        or previous[-1] in ".;:!?…"
        or _UNIT_LINE_START.match(line)
        or SITE_NAME.fullmatch(line)
        or (_FORM_FIELD.match(line) and line.strip()[:1].isupper())
    ):
        # (a table's unit line under its caption, "Đơn vị tính: hội nghị, hội thảo", is a line of its own; so is a
        # form's field, "Kỳ báo cáo ..........: Tháng 11 năm 2022")
        return False
    # Not after a heading ("3. Vận động viện trợ …" over "11 tháng, …") or a short line, nor in a
    # table laid out with spaces ("   Năm     Số dự án" over "   2022     14"): a wrapped line is long.
    last_line = previous.rsplit("\n", 1)[-1].strip()
    laid_out = "  " in previous.strip() or "  " in line.strip()
    # "… tổ chức 58 đoàn ra với" / "276 lượt cán bộ …": a line ending in a word that never ends a
    # sentence or a heading is wrapped, however short.
    open_ending = last_line.rsplit(" ", 1)[-1].lower() in _OPEN_ENDING_WORDS
    wrapped = (len(last_line) >= 50 or open_ending) and not _HEADING_LINE.match(last_line) and not laid_out
    # (or after a comma: "… cho 118 lượt phương tiện," / "2.214 lượt thuyền viên; …")
    number_first = (
        line[:1].isdigit() and (previous[-1].islower() or previous[-1] == ",") and not _NUMBERED_LINE.match(line)
    ) and wrapped
    # "… nhưng số này VP" / "UBND chưa chốt anh ạ": an abbreviation carried on to the next line, in a
    # wrapped sentence.
    acronym_first = wrapped and bool(_ACRONYM_THEN_WORD.match(line)) and not previous[-1].isdigit()
    # "… đang đào tạo gần 1.2" / "40 lưu học sinh Lào": a number broken inside its last group of thousands.
    broken_number = bool(re.search(r"\d\.\d{1,2}$", previous)) and bool(re.match(r"\d{1,2}\b", line))
    # "… 96,5 triệu USD. Phía Lào, cửa khẩu quốc tế" / "Nậm Phao (tỉnh Bolikhămxay) làm thủ tục …": a name carried on
    # to the next line, after a line that a sentence ended inside and the next one left open.
    name_first = (
        wrapped
        and previous[-1].islower()
        and bool(re.search(r"[.;!?] \S", last_line))
        and bool(_NAME_THEN_WORD.match(line))
    )
    # ("1   Hồ sơ cấp mới hộ chiếu công vụ," / "    ngoại giao      hồ sơ     64     71": a row of a table laid out
    # with spaces whose label wraps is read line by line, each line's cells where its own spaces put them)
    if re.match(r"\d{1,2} {2,}\S", last_line) and "  " in line.strip():
        return False
    # ("Hồ sơ chứng nhận lãnh sự," / "  hợp pháp hóa lãnh sự (hồ sơ)      41      47": the same, without a row number)
    if wrapped_label(last_line) and "  " in line.strip() and re.search(r"\d$", line.strip()):
        return False
    # ("… (2 vụ tại Hàn Quốc, 3 vụ tại Đài Loan (Trung" / "Quốc), 1 vụ tại Lào)": a bracket left open goes on)
    open_bracket = previous.count("(") > previous.count(")") and not laid_out
    # ("… so với quý IV/2022" / "(38.650 lượt người, …) tăng 18,9%": a bracket opening the next line of a wrapped
    # sentence, after a word in lower case or a number, its words a number's or in lower case; not a note's number, "(1)
    # Số liệu …", nor a title's bracket under it, "(Số liệu phục vụ Báo cáo số …)", "(Tài liệu phục vụ …)")
    inside = line[1:].lstrip()[:1]
    bracket_first = (
        wrapped
        and line.startswith("(")
        and (previous[-1].islower() or previous[-1].isdigit())
        and (inside.isdigit() or inside.islower())
        and not _NOTE_NUMBER.match(line)
    )
    # "a) Số lượt tàu …" / "b) Số lượt thuyền viên …": a lettered item starts in lower case, and anew.
    return (
        (line[:1].islower() and not _LETTERED_ITEM.match(line))
        or open_bracket
        or bracket_first
        or number_first
        or acronym_first
        or broken_number
        or name_first
    )


_LAID_OUT_CELL = re.compile(r"\S+(?: \S+)*")


def header_line_under(above: str, line: str) -> bool:
    """Whether ``line`` is the second line of a header laid out with spaces, each of its words right under one cell
    of the line above, and no two under the same ("TT  Chỉ tiêu   6 tháng cuối   Tăng/" over "năm 2021   giảm (%)"):
    each line keeps its own cells. (Two words under one cell, "Giá trị cam kết" over "Năm 2022   Năm 2023", are
    sub-columns the joined line still reads.)"""
    if "  " not in above.strip() or "  " not in line.strip():
        return False
    cells = [(match.start(), match.end()) for match in _LAID_OUT_CELL.finditer(above)]
    used: set[int] = set()
    for match in _LAID_OUT_CELL.finditer(line):
        under = [i for i, (left, right) in enumerate(cells) if match.start() < right and left < match.end()]
        if len(under) != 1 or under[0] in used:
            return False
        used.add(under[0])
    return True


def _pipe_cells(line: str) -> list[str] | None:
    """The cells of a table line written with pipes ("| 1 | Người … | 41.250 |"), else None."""
    line = line.strip()
    if not (line.startswith("|") and line.endswith("|")) or line.count("|") < 3:
        return None
    return [cell.strip() for cell in line[1:-1].split("|")]


def continues_table_row(previous: str, line: str) -> bool:
    """A table row whose cells wrap onto the next line ("| 1 | Người xuất nhập cảnh qua cửa | lượt |
    41.250 |" over "|   | khẩu biên giới đất liền |      |        |"): the same columns, the first cell
    empty, and every cell it fills continues a cell of text above it, in lower case or with a number
    (a header's "Quý III/" over "2025"). A new row with a blank number cell ("|   | Trong đó: | |")
    starts in upper case."""
    last = previous.rsplit("\n", 1)[-1]
    above, cells = _pipe_cells(last), _pipe_cells(line)
    if above is None and _inner_pipe_line(last) and line.strip().startswith("|"):
        # ("1  | Số tổ chức được cấp mới, gia hạn, | 04 | 06" over "   | bổ sung giấy đăng ký (tổ chức) |  |  ": pipes
        # part the cells but do not close the row, and the line below begins with the empty number cell's end)
        above, cells = [cell.strip() for cell in last.split("|")], [cell.strip() for cell in line.split("|")]
    if above is None or cells is None or len(above) != len(cells) or cells[0] or not any(cells):
        return False
    # A figure never joins a cell above (its offset in the file would be lost): only a header's year does.
    return all(
        not cell
        or (
            above[index]
            and not _is_value_cell(above[index])
            # ("Số đoàn vào của các tỉnh Lào," over "Thái Lan (đoàn)": a cell left open by its comma goes on)
            # (or a bracket of its unit or measure: "So cùng kỳ" over "(%)")
            and (cell[0].islower() or cell[0].isdigit() or above[index].endswith(",") or cell[0] == "(")
            and all(_completes_a_header(above[index], number) for number in re.findall(r"\d[\d.,]*", cell))
        )
        for index, cell in enumerate(cells)
    )


def _completes_a_header(above: str, number: str) -> bool:
    """A number that finishes a header cell wrapped onto the next line: a year ("Quý III/" over "2025"), or a
    month's number under "Tháng" ("Tháng" over "3")."""
    if re.fullmatch(r"(?:19|20)\d{2}", number):
        return True
    # (the cell above is "Tháng" alone: not "Cùng kỳ tháng", whose month the columns before may date)
    return above.strip().lower() == "tháng" and number.isdigit() and 1 <= int(number) <= 12


def _inner_pipe_line(line: str) -> bool:
    """A row whose pipes part the cells but do not close it ("1  | Vụ việc lãnh sự | vụ việc | 9"; "   |   | Đoàn ra |
    Đoàn vào" under "TT | Năm | Số lượt người | Số lượt người": its first cell empty)."""
    stripped = line.strip()
    return line.count("|") >= 2 and not (stripped.startswith("|") and stripped.endswith("|"))


def _is_value_cell(cell: str) -> bool:
    return bool(re.fullmatch(r"[\d.,\s%()+-]+", cell))


_RULE_LINE = re.compile(r"^[_\-=*.·]{5,}$")
_PAGE_NUMBER_LINE = re.compile(
    r"^(?:(?:trang|page)\s+\d{1,3}(?:\s*/\s*\d{1,3})?|-\s*\d{1,3}\s*-|\d{1,3}\s*/\s*\d{1,3})$", re.I
)


def page_furniture(lines: list[str]) -> set[int]:
    """Lines a PDF's pages put into pasted text: rules, page numbers ("Trang 2/4", "- 3 -"), and
    a running header or footer, a line repeated next to a rule or page number; a sentence
    wrapped across the page break reads on past them."""
    marks = {
        index
        for index, line in enumerate(lines)
        if _RULE_LINE.match(line.strip()) or _PAGE_NUMBER_LINE.match(line.strip())
    }
    marks |= subtitle_cue_lines(lines)
    repeated = Counter(line.strip() for line in lines if line.strip())
    # (the header of tables laid out with spaces, the same over each table of a yearbook's chapter, is not a running
    # header)
    headers = _ruled_table_headers(lines, marks)
    running = {
        index
        for index, line in enumerate(lines)
        if repeated[line.strip()] >= 2
        and len(line.strip()) <= 150
        and any(abs(index - mark) <= 3 for mark in marks)
        and index not in headers
    }
    return marks | running


_RULED_HEADER_LINES = 4  # the most lines a table's header boxed by two rules is written over


def _ruled_table_headers(lines: list[str], marks: set[int]) -> set[int]:
    """The lines between two rules at most a few lines apart, one of them in cells parted by two spaces or more
    ("-----" over "Đơn vị tính   2020   2021   Sơ bộ" over "Unit   Prel." over "2024" over "-----"): a table's
    header."""
    rules = sorted(index for index in marks if _RULE_LINE.match(lines[index].strip()))
    found: set[int] = set()
    for above, below in zip(rules, rules[1:]):
        inside = [index for index in range(above + 1, below) if lines[index].strip()]
        # (the first lines with text under it, read only for a box that may be a header)
        after = islice((line for line in lines[below + 1 :] if line.strip()), _ROWS_LOOKED_AT)
        if (
            0 < below - above - 1 <= _RULED_HEADER_LINES
            and any("  " in lines[i].strip() for i in inside)
            # (rows of figures under it, not a running header over prose: "SỞ NGOẠI VỤ HÀ TĨNH     BÁO CÁO 6 THÁNG")
            and any(_ALIGNED_VALUES.search(line) for line in after)
        ):
            found.update(inside)
    return found


_ROWS_LOOKED_AT = 3  # the lines under a boxed header among which its first row of figures is (under a group line)
# A row laid out with spaces ending with figures: "Số đoàn - Number     Đoàn     11     3     24".
_ALIGNED_VALUES = re.compile(r"\S\s{2,}[\d.,()*-]+\s{2,}[\d.,()*-]+\s*$")


# A subtitle file's cue (SubRip, WebVTT): its number on a line of its own, then when it is shown ("00:02:06,400 -->
# 00:02:12,700"), then its text, a sentence often running on into the next cue.
_CUE_TIME = re.compile(r"(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}\s*-->\s*(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}(?:\s.*)?")


def subtitle_cue_lines(lines: list[str]) -> set[int]:
    """The cue numbers (or a WebVTT cue's name) and times of a subtitle file (two cue times at least), and a WebVTT
    file's first line: read past, as a page break is, so that a sentence shown over two cues is one sentence."""
    times = [index for index, line in enumerate(lines) if _CUE_TIME.fullmatch(line.strip())]
    if len(times) < 2:
        return set()
    # (the line right above a cue's time, itself under a blank line or first: "16", "chuong-2")
    names = {
        index - 1
        for index in times
        if index and lines[index - 1].strip() and (index == 1 or not lines[index - 2].strip())
    }
    header = {0} if lines[0].strip().upper().startswith("WEBVTT") else set()
    return set(times) | names | header


# Verbs a count follows ("… tiếp nhận, thẩm định" / "37 chương trình, dự án …"): a cue ending with one goes on.
_VERBS_BEFORE_A_COUNT = {
    "cử",
    "đón",
    "tiếp",
    "tổ chức",
    "tiếp nhận",
    "thẩm định",
    "xử lý",
    "cấp",
    "ký kết",
    "hồi hương",
    "giải quyết",
    "hỗ trợ",
    "biên dịch",
    "phiên dịch",
}


def _runs_on_into_a_cue(previous: str, line: str) -> bool:
    """A subtitle's cue whose sentence the next cue goes on with: the cue ends no sentence, and the next opens with a
    word in lower case, or with a number after a word a count follows ("Tỉnh đã tiếp nhận, thẩm định" / "37 chương
    trình, dự án PCPNN …"; not "Riêng tháng 12/2018, tỉnh đón 6 đoàn vào" / "9 hội nghị … đã được tổ chức", which
    cues rarely end with a full stop)."""
    if previous[-1] in ".;:!?…":
        return False
    words = previous.lower().split()
    count_follows = words[-1] in _OPEN_ENDING_WORDS or " ".join(words[-2:]) in _VERBS_BEFORE_A_COUNT
    return line[:1].islower() or (line[:1].isdigit() and (count_follows or words[-1] in _VERBS_BEFORE_A_COUNT))


# A list item's marker and the spaces after it: "- ", "  * ", "a) ", "2. ".
_ITEM_MARKER = re.compile(r"^\s*(?:[-*+•–]|\d{1,2}[.)]|[a-zđ]\))\s+(?=\S)")
# A line this long or longer was wrapped by its writer, not ended.
_WRAPPED_LENGTH = 40
# Words of a label whose value a line ending in its colon wraps onto the next ("9 tháng:", "Quý III năm 2019:").
_LABEL_WORDS = 4
# ... which names a period.
_PERIOD_LABEL = re.compile(r"\b(?:tháng|quý|năm|kỳ)\b")
# Words of an item that is only a label, its text on the lines under it ("d) Công tác đoàn ra, trong 6 tháng:").
_SHORT_LABEL_WORDS = 8


def _hangs_under(item_indent: int | None, above: str, line: str) -> bool:
    """A line indented under the text of the list item above, itself no item: the item wrapped with a hanging indent,
    after a long line of it ("- Thỏa thuận quốc tế: …; 9 tháng:" over "  04 thỏa thuận …"), or after an item that is
    only a short label ("b) Đoàn vào trong 9 tháng:" over "   tỉnh đón 24 đoàn …"); not a table laid out with spaces,
    nor the lines under a lead ending in a colon ("…, kết quả cụ thể:" over "    Đoàn ra: 16 đoàn …")."""
    indent = len(line) - len(line.lstrip())
    if item_indent is None or indent < item_indent or _ITEM_MARKER.match(line) or "  " in line.strip():
        return False
    ended = above.rstrip()
    if "  " in ended.strip():
        return False
    if not ended.endswith(":"):
        return len(ended.strip()) >= _WRAPPED_LENGTH
    item = ended[item_indent:-1] if _ITEM_MARKER.match(ended) else ""
    if item and len(item.split()) <= _SHORT_LABEL_WORDS and not re.search(r"[()]", item):
        return True
    # (a long line, then a short label naming a period whose value wraps: "…; 9 tháng:")
    last = re.split(r"[;,.:]", ended[:-1])[-1]
    return (
        len(ended.strip()) >= _WRAPPED_LENGTH
        and len(last.split()) <= _LABEL_WORDS
        and _PERIOD_LABEL.search(last.lower()) is not None
    )


_BLOCK_QUOTED_NUMBER = re.compile(r"^([ \t]*)>(?=[ \t]*\d)", re.MULTILINE)


def read_text_file(path: Path) -> DocumentText:
    text = unicodedata.normalize("NFC", _decode(path.read_bytes())).replace("\r\n", "\n").replace("\r", "\n")
    if path.suffix.lower() == ".md":
        # ("> 1.920 lượt khách quốc tế.": a Markdown block quote holding the figure, not "more than 1.920"; blanked,
        # not cut, to keep every offset the file's)
        text = _BLOCK_QUOTED_NUMBER.sub(lambda match: match.group(1) + " ", text)
    lines, tab_lines = _delimited_as_pipes(text.split("\n"))
    lines, leader_lines = _dot_leaders_as_pipes(lines)
    tab_lines |= leader_lines  # (each line one row, as a pasted table's)
    lines, boxes = _without_box_frames(lines)
    furniture = page_furniture(lines)
    cues = subtitle_cue_lines(lines)
    # Blanked with spaces, the furniture keeps every offset the file's.
    text = "\n".join(" " * len(line) if index in furniture else line for index, line in enumerate(lines))
    spans: list[tuple[int, int]] = []
    table_rows: set[int] = set()  # spans that are one table row written over several lines
    tab_rows: set[int] = set()  # spans that are one row of a table pasted with tabs
    offset, page_break, blank_lines, last_line = 0, False, 0, ""
    cue_break = False  # (a subtitle's cue number and time passed since the last line)
    item_indent: int | None = None  # where the text of the list item the last block opened starts
    for index, line in enumerate(text.split("\n")):
        page_break = page_break or index in furniture
        cue_break = cue_break or index in cues
        stripped = line.strip()
        if stripped:
            start = offset + line.index(stripped[0])
            end = start + len(stripped)
            # ("… cho 42.315 lượt người và 6.820" / "" / "lượt phương tiện; …": one blank line inside a sentence)
            broken = bool(spans) and blank_lines == 1 and stripped[:1].islower() and text[spans[-1][1] - 1].isalnum()
            adjacent = spans and (spans[-1][1] >= offset - 1 or page_break or broken)
            previous = text[spans[-1][0] : spans[-1][1]] if spans else ""
            if index in tab_lines or len(spans) - 1 in tab_rows:
                # (a pasted row is one line, and the line after it starts anew)
                tab_rows.update({len(spans)} if index in tab_lines else set())
                spans.append((start, end))
            elif spans and spans[-1][1] >= offset - 1 and continues_table_row(previous, stripped):
                spans[-1] = (spans[-1][0], end)
                table_rows.add(len(spans) - 1)
            elif (
                adjacent
                and (
                    continues_previous_line(previous, stripped)
                    or (cue_break and _runs_on_into_a_cue(previous, stripped))
                )
                and not header_line_under(last_line, line)
            ):
                spans[-1] = (spans[-1][0], end)
            elif spans and spans[-1][1] >= offset - 1 and _hangs_under(item_indent, last_line, line):
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
                marker = _ITEM_MARKER.match(line)
                item_indent = marker.end() if marker else None
            page_break, cue_break, blank_lines, last_line = False, False, 0, line
        else:
            blank_lines += 1
        offset += len(line) + 1
    # A joined block reads its line breaks as spaces (a table row keeps them: each line has its cells);
    # its length, hence every offset, is the file's.
    blocks = tuple(
        Block(
            "paragraph",
            number,
            start,
            text[start:end] if number - 1 in table_rows else text[start:end].replace("\n", " "),
        )
        for number, (start, end) in enumerate(spans, start=1)
    )
    # (a pasted row's every tab parts two cells: one at either end is an empty cell, no Markdown border)
    inner_rows = inner_pipe_rows([block.text for block in blocks]) | tab_rows
    blocks = tuple(
        dataclasses.replace(block, kind="table_row") if index in inner_rows else block
        for index, block in enumerate(blocks)
    )
    lines = text.split("\n")
    line_starts = list(accumulate((len(line) + 1 for line in lines[:-1]), initial=0))
    two_columns = [(line_starts[row], line_starts[row] + len(lines[row])) for row in side_by_side_lines(lines)]
    blocks = tuple(
        dataclasses.replace(block, side_by_side=True)
        if any(start < block.end and block.start < end for start, end in two_columns)
        else block
        for block in blocks
    )
    return DocumentText(text, _in_their_boxes(blocks, boxes, line_starts))


def _in_their_boxes(blocks, boxes: list[tuple[int, int, int | None]], line_starts: list[int]) -> tuple[Block, ...]:
    """The blocks, each marked with the box its lines are in (boxes: first line, line after the last, title line)."""
    marked = []
    for block in blocks:
        number = next(
            (
                count
                for count, (first, end, _) in enumerate(boxes, start=1)
                if line_starts[first] <= block.start < (line_starts[end] if end < len(line_starts) else 1 << 62)
            ),
            0,
        )
        on_title_line = (
            number > 0
            and boxes[number - 1][2] is not None
            and (bisect_right(line_starts, block.start) - 1 == boxes[number - 1][2])
        )
        marked.append(dataclasses.replace(block, box=number, box_title=on_title_line) if number else block)
    return tuple(marked)


# Two texts on one line, parted by a gap of four spaces or more: "Quý III đón 2 đoàn của Trường Đại học        9 tháng
# cấp mới 2 dự án FDI" (not a note in brackets written right of its line: "+ ĐR: 04 đoàn.        (T10/2024: 05 đoàn)").
_TWO_TEXTS = re.compile(r"^\s*(?P<left>\S+(?: \S+)+)(?P<gap> {4,})(?P<right>[^\s(]\S*(?: \S+)*)\s*$")
_TEXT_WORDS = 4  # words each text of a line has, in two lines of a run at least (a table's cells are shorter)
_GAP_DRIFT = 3  # how far the second text's start may move from line to line


def side_by_side_lines(lines: list[str]) -> set[int]:
    """The lines of runs of lines each holding two texts, the second starting at about the same place on each, two
    of them with texts of four words or more: a page laid out in two columns (a bulletin's short news side by side),
    whose sentences cannot be read line after line. (Not a table's rows: its cells are short, or more than two.)"""
    found: set[int] = set()
    run: list[tuple[int, int, bool]] = []
    for index, line in enumerate([*lines, ""]):
        match = _TWO_TEXTS.match(line)
        right = match.start("right") if match and re.search(r"[^\W\d_]{2,}", match.group("left")) else None
        row = (
            index,
            right,
            right is not None and min(len(match[name].split()) for name in ("left", "right")) >= _TEXT_WORDS,
        )
        if right is not None and run and abs(run[-1][1] - right) <= _GAP_DRIFT:
            run.append(row)
            continue
        if sum(long for *_, long in run) >= 2:
            found.update(number for number, *_ in run)
        run = [row] if right is not None else []
    return found


def _delimited_as_pipes(lines: list[str]) -> tuple[list[str], set[int]]:
    """A table pasted from a spreadsheet parts its cells with tabs ("1<tab>Hồ sơ cấp mới hộ chiếu<tab>Hồ sơ<tab>6");
    one exported as text with Vietnamese settings (the comma is the decimal mark) with semicolons. Their delimiters
    become pipes (one character for one, so every offset stays the file's); the lines, and which were so changed.
    The sheet's title and note lines above and below its rows (one cell filled, the rest empty) become lines of
    text."""
    changed: set[int] = set()
    replaced = list(lines)
    for delimiter, runs in (("\t", _tab_runs(lines)), (";", _semicolon_runs(lines))):
        for run in runs:
            widths = [sum(bool(cell.strip()) for cell in lines[row].split(delimiter)[1:]) for row in run]
            rows = [row for row, width in zip(run, widths, strict=True) if width]
            first, last = (rows[0], rows[-1]) if rows else (run[-1] + 1, run[0] - 1)
            # (the letterhead exported above the sheet's header, "UBND TỈNH HÀ TĨNH;;;;CỘNG HÒA XÃ HỘI …;;;", is text)
            while first <= last and _letterhead_row(lines[first].split(delimiter)):
                first += 1
            for row in run:
                # (an empty row, "; ; ;", parts two blocks of the sheet: a blank line)
                if first <= row <= last and lines[row].replace(delimiter, "").strip():
                    replaced[row] = lines[row].replace(delimiter, "|")
                    changed.add(row)
                else:
                    replaced[row] = lines[row].replace(delimiter, " ")
    return replaced, changed


# A dot leader between a row's label and its values or between two values ("1. Đoàn ra ...... 27/118 ..... 10/43"):
# dots or an ellipsis, or one dot between spaces where the label leaves no room ("PCPNN được tiếp nhận . 09").
_LEADER = re.compile(r"\s*(?:[.…]{2,}|…)\s*|\s+\.\s+")
_LONG_LEADER = re.compile(r"\.{3,}|…")
# A value cell of a dotted table: a figure or a pair ("27/118"), maybe marked ("58*"), or a dash for none (not a date).
_LEADER_VALUE = re.compile(r"\d[\d.,]*(?:/\d[\d.,]*)?%?\*?|[-–—]")
_HEADER_GAP = re.compile(r"(?<=\S)\s{2,}(?=\S)")
# A numbered heading or item ("II. SỐ LIỆU …", "1. Đoàn ra"): no header of a dotted table.
_NUMBERED_LINE = re.compile(r"^\s*(?:[IVXLC]+|\d+(?:\.\d+)*)[.)]\s")


def _leader_spans(line: str) -> list[tuple[int, int]]:
    """The leaders of a row of a dotted table (a label, then a leader before each value), none for another line."""
    leaders = list(_LEADER.finditer(line))
    if not leaders or not any(_LONG_LEADER.search(leader.group()) for leader in leaders):
        return []
    if not re.search(r"[^\W\d_]{2,}", line[: leaders[0].start()]):
        return []
    ends = [leader.start() for leader in leaders[1:]] + [len(line)]
    if not all(_LEADER_VALUE.fullmatch(line[leader.end() : end].strip()) for leader, end in zip(leaders, ends)):
        return []
    return [leader.span() for leader in leaders]


def _with_pipes(line: str, spans: list[tuple[int, int]]) -> str:
    """The line with a pipe in the middle of each span, the rest of the span blanked (every offset stays)."""
    characters = list(line)
    for start, end in spans:
        characters[start:end] = " " * (end - start)
        characters[(start + end) // 2] = "|"
    return "".join(characters)


def _dotted_header_gaps(above: str, first_row: str, leaders: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The gaps of the line over a dotted table's rows when it is their header: a title over the labels, starting
    where they start, then one for each value column (typed in a proportional font, the titles need not stand over
    their values); none otherwise (a table of contents, a heading, titles over the values only)."""
    if not above.strip() or _leader_spans(above) or _NUMBERED_LINE.match(above):
        return []
    indent = len(above) - len(above.lstrip())
    gaps = [
        (start + indent, end + indent) for start, end in (gap.span() for gap in _HEADER_GAP.finditer(above.strip()))
    ]
    label_start = len(first_row) - len(first_row.lstrip())
    if len(gaps) != len(leaders) or abs(indent - label_start) > 4:
        return []
    return gaps


def _dot_leaders_as_pipes(lines: list[str]) -> tuple[list[str], set[int]]:
    """A table typed with dot leaders under a header of its columns ("Chỉ tiêu    6T (chính thức)    QIII (ước)" over
    "1. Đoàn ra, đoàn/lượt người ...... 27/118 ...... 10/43"): its header's gaps and two or more rows in a row with as
    many values become pipes. The lines, and which changed. Dotted lines under no such header (a table of contents, a
    form) stay text."""
    spans = [_leader_spans(line) for line in lines]
    replaced, changed = list(lines), set()
    index = 0
    while index < len(lines):
        width = len(spans[index])
        end = index
        while end < len(lines) and width and len(spans[end]) == width:
            end += 1
        if end - index >= 2 and index and (gaps := _dotted_header_gaps(lines[index - 1], lines[index], spans[index])):
            replaced[index - 1] = _with_pipes(lines[index - 1], gaps)
            changed.add(index - 1)
            for row in range(index, end):
                replaced[row] = _with_pipes(lines[row], spans[row])
                changed.add(row)
        index = max(end, index + 1)
    return replaced, changed


# The cells of a letterhead and national motto as a sheet exports them, and its number and date line.
_LETTERHEAD_CELL = re.compile(
    r"^(?:UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|SỞ |CỘNG HÒA XÃ HỘI|CỘNG HOÀ XÃ HỘI|Độc lập\s*-\s*Tự do|"
    r"Số\s*:|Hà Tĩnh,\s*ngày|Biểu\s*(?:số\s*)?\d|[-–_=]{3,})",
    re.IGNORECASE,
)


def _letterhead_row(cells: list[str]) -> bool:
    filled = [cell.strip() for cell in cells if cell.strip()]
    return bool(filled) and all(_LETTERHEAD_CELL.match(cell) for cell in filled)


def _tab_runs(lines: list[str]) -> list[list[int]]:
    """Two or more lines in a row with two tabs or more after their first word (tabs before it only indent a title
    or a note), one of them with three cells filled or more (a letterhead's two columns are no table)."""
    runs: list[list[int]] = []
    run: list[int] = []
    for index, line in enumerate([*lines, ""]):
        if line.lstrip().count("\t") >= 2:
            run.append(index)
            continue
        filled = (sum(bool(cell.strip()) for cell in lines[row].split("\t")) for row in run)
        if len(run) >= 2 and max(filled) >= 3:
            runs.append(run)
        run = []
    return runs


def _semicolon_runs(lines: list[str]) -> list[list[int]]:
    """Three or more lines in a row with as many semicolons, three or more, one of them with an empty cell between
    two others (an export pads every row to the sheet's width) or the first a header of short names, and rows with two
    cells or more holding a number alone (rows of figures): a list in prose, whose items end in ";", has neither."""
    runs: list[list[int]] = []
    run: list[int] = []
    for index, line in enumerate([*lines, ""]):
        count = line.count(";")
        if count >= 3 and (not run or lines[run[-1]].count(";") == count):
            run.append(index)
            continue
        cells = [[cell.strip() for cell in lines[row].split(";")] for row in run]
        padded = any("" in row[1:-1] for row in cells)
        rows_of_figures = sum(sum(bool(_BARE_NUMBER.fullmatch(cell)) for cell in row) >= 2 for row in cells)
        # (or headed by a line of short names, "Tháng;ĐR;LN;ĐV;LK;Ghi chú", over rows of figures)
        # (an export may end every line with its delimiter: "Tháng;ĐR;LN;ĐV;LK;")
        header = cells[0][:-1] if cells and cells[0] and not cells[0][-1] else cells[0] if cells else []
        headed = bool(header) and all(0 < len(cell) <= _HEADER_CELL and not re.search(r"\d", cell) for cell in header)
        if len(run) >= 3 and rows_of_figures and (padded or (headed and rows_of_figures >= 2)):
            runs.append(run)
        run = [index] if count >= 3 else []
    return runs


_HEADER_CELL = 20  # the longest name of a column in a header exported with semicolons
# A cell holding a number and nothing else ("1.240.000", "109,8", "(5)", "-").
_BARE_NUMBER = re.compile(r"[\d.,()%\-–]+")


def inner_pipe_rows(lines: list[str]) -> set[int]:
    """The rows of a table whose pipes part the cells but do not close the row ("TT | Nội dung | ĐVT |
    Quý I" over "1  | Vụ việc lãnh sự | vụ việc | 9"): two or more lines in a row with as many pipes, two or
    more. They read as a Word table's rows do (a row number is a cell, never a count)."""
    rules = {index for index, line in enumerate(lines) if _TABLE_RULE.fullmatch(line.strip())}
    # (a row written over several lines counts by its first: read_text_file joined the label's wrapped words)
    firsts = [line.split("\n", 1)[0] for line in lines]
    counts = [first.count("|") if _inner_pipe_line(first) else 0 for first in firsts]
    rows: set[int] = set()
    for index, count in enumerate(counts):
        # (a rule between two rows, "----+----" under the header, does not part them)
        before = next((counts[i] for i in range(index - 1, -1, -1) if i not in rules), 0)
        after = next((counts[i] for i in range(index + 1, len(lines)) if i not in rules), 0)
        if count and count in (before, after):
            rows.add(index)
    # The rules under, between and around its rows are the table's.
    return rows | {index for index in rules if index - 1 in rows or index + 1 in rows}


# A table's rule written with dashes, and maybe pluses or pipes where the columns meet ("-----+-----").
_TABLE_RULE = re.compile(r"[-=+|:–\s]*[-=]{3,}[-=+|:–\s]*")
# A line framed by a pipe at either end and none between: one cell.
_FRAMED_LINE = re.compile(r"\s*\|[^|]*\|\s*")
# A box's rule: a table's, or drawn with stars or underscores ("*=====*", "|_____|").
_BOX_RULE = re.compile(r"[-=+*|:–_\s]*[-=*_]{3,}[-=+*|:–_\s]*")


def _without_box_frames(lines: list[str]) -> tuple[list[str], list[tuple[int, int, int | None]]]:
    """The lines with the frame of a box drawn around text blanked ("+----+" over "| - Đoàn ra: 48 đoàn |" and its
    like): two or more framed lines of one cell each, with only rules among them, are the box's text, read as
    paragraphs; a table of one column has no columns to read. Blanked with spaces, every offset stays the file's.
    Also each box (its first line, the line after its last, and its title's line: a first framed line with a rule
    under it and framed lines below, or None)."""
    framed = [bool(_FRAMED_LINE.fullmatch(line)) for line in lines]
    rule = [bool(_BOX_RULE.fullmatch(line.strip())) for line in lines]
    unframed = list(lines)
    boxes: list[tuple[int, int, int | None]] = []
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and (framed[end] or rule[end]):
            end += 1
        if sum(framed[index:end]) >= 2:
            for line in range(index, end):
                if rule[line] and not framed[line]:
                    unframed[line] = " " * len(lines[line])
                else:
                    first, last = lines[line].index("|"), lines[line].rindex("|")
                    unframed[line] = f"{lines[line][:first]} {lines[line][first + 1 : last]} {lines[line][last + 1 :]}"
            inside = [line for line in range(index, end) if framed[line]]
            titled = rule[inside[0] + 1] and not framed[inside[0] + 1] and len(inside) > 1
            boxes.append((index, end, inside[0] if titled else None))
        index = max(end, index + 1)
    return unframed, boxes


def _table_rows(table) -> list[str]:
    rows = []
    for row in table.rows:
        cells: list[str] = []
        previous = None
        for cell in row.cells:
            # python-docx returns a horizontally merged cell once per grid column it spans:
            # written once, then empty, so the columns stay where the header puts them.
            cells.append("" if cell._tc is previous else cell.text.strip())
            previous = cell._tc
        if any(cells):
            rows.append(" | ".join(cells))
    return rows


def _contents(items, table_type):
    """("table", its rows), ("box", its paragraphs) and ("paragraph", its text), in order; a table of one column is a
    box around its paragraphs; a table that lays out other tables side by side (a row or two whose cells hold tables)
    gives each cell's paragraphs and tables in turn instead of its own rows (a table of figures with a small table in a
    note's cell stays a table of figures)."""
    for item in items:
        if not isinstance(item, table_type):
            yield "paragraph", item.text
        elif all(len({cell._tc for cell in row.cells}) == 1 for row in item.rows):
            # (a table of one column is a box around text, "NĂM 2025, SỞ NGOẠI VỤ ĐÃ…" over its bullets: no columns)
            yield "box", [paragraph.text for row in item.rows for paragraph in row.cells[0].paragraphs]
        elif len(item.rows) <= 2 and any(cell.tables for row in item.rows for cell in row.cells):
            seen = set()
            for row in item.rows:
                for cell in row.cells:
                    if cell._tc in seen:
                        continue  # (a merged cell, once)
                    seen.add(cell._tc)
                    yield from _contents(cell.iter_inner_content(), table_type)
        else:
            yield "table", _table_rows(item)


def _footnotes(document) -> list[str]:
    for part in document.part.package.iter_parts():
        if str(part.partname).endswith("/footnotes.xml"):
            from lxml import etree

            root = etree.fromstring(part.blob)
            notes = []
            for note in root.iter(f"{_WORD_NS}footnote"):
                if note.get(f"{_WORD_NS}type") in ("separator", "continuationSeparator", "continuationNotice"):
                    continue
                text = "".join(node.text or "" for node in note.iter(f"{_WORD_NS}t"))
                notes.append(f"[{note.get(f'{_WORD_NS}id')}] {text.strip()}")
            return notes
    return []


def read_docx(path: Path) -> DocumentText:
    import docx  # python-docx; imported here so text-only runs do not pay for lxml parsing setup
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise UnreadableFileError(f"it is not a readable Word document ({error})") from error
    pieces: list[tuple[str, str]] = []
    tables: list[int] = []
    boxes: list[tuple[int, bool]] = []
    boxes_read = 0
    for kind, content in _contents(document.iter_inner_content(), Table):
        if kind == "table":
            pieces += [("table_row", row) for row in content]
            tables += [max(tables, default=0) + 1] * len(content)
            boxes += [(0, False)] * len(content)
        elif kind == "box":
            lines = [line for line in content if line.strip()]
            boxes_read += 1
            titled = len(lines) > 1 and _box_title(lines[0])
            pieces += [("paragraph", line) for line in lines]
            tables += [0] * len(lines)
            boxes += [(boxes_read, titled and index == 0) for index in range(len(lines))]
        else:
            pieces.append(("paragraph", content))
            tables.append(0)
            boxes.append((0, False))
    pieces += [("footnote", note) for note in _footnotes(document)]
    padding = len(pieces) - len(tables)
    return _from_pieces(pieces, tables + [0] * padding, boxes + [(0, False)] * padding)


_BOX_TITLE_LENGTH = 80


def _box_title(line: str) -> bool:
    """A box's first paragraph heads it when it is a short line, no sentence ("Kết quả cả năm 2023", "NĂM 2025, SỞ
    NGOẠI VỤ ĐÃ…" over its lines)."""
    stripped = line.strip()
    return len(stripped) <= _BOX_TITLE_LENGTH and not stripped.endswith((".", ";"))


def read_document(path: Path) -> DocumentText:
    if path.stat().st_size == 0:
        raise UnreadableFileError("the file is empty (0 bytes)")
    suffix = path.suffix.lower()
    if suffix == ".docx":
        return read_docx(path)
    if suffix in (".txt", ".md"):
        return read_text_file(path)
    raise UnreadableFileError(f"'{suffix}' files are not narrative reports (use .docx, .txt or .md)")
