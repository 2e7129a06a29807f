"""Notes that doubt some values of a table: "Ghi chú: số lượt tàu từng tháng (21, 17, 27) là số của Cảng vụ đang đối
chiếu lại, tổng quý I theo số chính thức là 63 lượt". The part of the note holding the words of doubt quotes the values
(21, 17, 27), and its sentence names before them what it doubts ("số lượt tàu từng tháng"); those values of the table
above it, in a row naming the same thing (two words in a row, not both of "số lượt", "từng tháng" and the like), are not
settled. The rest of the note ("tổng quý I … là 63 lượt") is not doubted."""

from __future__ import annotations

import re
from dataclasses import dataclass

from dagster_project.documents.reader import Block, DocumentText
from dagster_project.documents.rules import has_any, phrase_of_list, unconfirmed_word
from dagster_project.documents.scopes import without_periods
from dagster_project.documents.sentences import split_sentences
from dagster_project.documents.word_lists import word_list
from dagster_project.parsing.text import normalize_label, strip_diacritics

# A number the note quotes as a value, as written ("21", "29.870", "12,5"): not a period's ("tháng 9", "Quý 2", "9
# tháng", "năm 2023"), a day, or a document's number ("Biểu 01/ĐN", "số 12")
_QUOTED_VALUE = re.compile(
    r"(?<![\d/.,])(?<!tháng )(?<!năm )(?<!quý )(?<!ngày )(?<!số )(?<!biểu )"
    r"\d+(?:[.,]\d+)*(?![\d/])(?!\s*(?:tháng|năm)\b)",
    re.IGNORECASE,
)
# Words naming no thing a row counts ("số lượt … từng tháng", "của", "là"): a note and a row sharing only these name
# nothing in common
_GENERIC_WORDS = frozenset(
    "so luot tung thang quy nam cac cua la qua va trong tai lieu do duoc da con nay ky cung chua dang lai ghi chu "
    "tong cong chi tieu noi dung don vi tinh".split()
)


@dataclass(frozen=True)
class DoubtNote:
    block: int  # the number of the note's block
    words: str  # the words naming what it doubts, as written
    values: frozenset[str]  # the numbers that part quotes, as written without separators ("21", "1250")
    doubt: str  # the words of doubt ("dang doi chieu")


def _parts_outside_brackets(text: str) -> list[tuple[int, int]]:
    """Spans of the text between commas and semicolons outside brackets."""
    spans, start, depth = [], 0, 0
    for index, char in enumerate(text):
        depth = max(0, depth + {"(": 1, ")": -1}.get(char, 0))
        if char in ",;" and depth == 0:
            spans.append((start, index))
            start = index + 1
    return [*spans, (start, len(text))]


def doubt_notes(document: DocumentText) -> list[DoubtNote]:
    """The notes outside tables that doubt numbers they quote."""
    notes = []
    for block in document.blocks:
        if block.in_a_table or not unconfirmed_word(block.text):
            continue
        parts = _parts_outside_brackets(block.text)
        for index, (start, end) in enumerate(parts):
            doubt = unconfirmed_word(block.text[start:end])
            if doubt and not _QUOTED_VALUE.search(block.text[start:end]) and index:
                # ("… (12,5 triệu USD) là số của các tổ chức gửi về, chưa chốt": the values of the part before)
                start = parts[index - 1][0]
            part = block.text[start:end]
            quoted = list(_QUOTED_VALUE.finditer(part))
            if doubt and quoted:
                # (what it doubts: its sentence's words before the values, "Ghi chú: số lượt tàu từng tháng (…", not
                # whose count it is, "… là số của Cảng vụ …")
                opening = block.text.rfind(". ", 0, start) + 1
                named = block.text[opening : start + quoted[0].start()]
                notes.append(DoubtNote(block.number, named, frozenset(number.group() for number in quoted), doubt))
    return notes


def _named_things(text: str) -> set[str]:
    """The pairs of words of a text as written, lower case ("viện" and "viên" stay two words), but those naming nothing
    ("số lượt", "từng tháng")."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    return {
        f"{first} {second}"
        for first, second in zip(words, words[1:], strict=False)
        if not {strip_diacritics(first), strip_diacritics(second)} <= _GENERIC_WORDS
    }


def doubted_by(note: DoubtNote, row: Block, value_as_written: str) -> bool:
    """Whether the note doubts a value of a table row above it: its value quoted, its row naming what the note does."""
    value = re.search(r"\d+(?:[.,]\d+)*", value_as_written)
    label = " ".join(cell for cell in row.text.split("|") if not re.fullmatch(r"[\d\s.,/-]*", cell))
    return (
        row.in_a_table
        and row.number < note.block
        and value is not None
        and value.group() in note.values
        and bool(_named_things(label) & _named_things(note.words))
    )


# "Sửa dòng 3: …", "Không đăng dòng 10", "Dòng 3 và dòng 4 chưa cập nhật …": rows of a table named by their numbers.
# ("dòng số 2", "hàng thứ 3", "mục 6", "dòng 2, 3 và dòng 5", "từ dòng 2 đến dòng 4")
_ROW_WORD = r"(?:dòng|hàng|mục)\s+(?:thứ\s+|số\s+)?"
_ROW_NUMBERS = re.compile(
    rf"\b{_ROW_WORD}(\d{{1,2}}(?:\s*(?:,|và|đến|tới|-|–)\s*(?:{_ROW_WORD})?\d{{1,2}}\b)*)", re.IGNORECASE
)
# A sentence naming another document's rows: "sửa dòng 3 Phụ lục II kèm theo Báo cáo số 288".
_ANOTHER_DOCUMENT = re.compile(r"\b(?:báo cáo|công văn|văn bản|kế hoạch|tờ trình)\s+số\s+\d", re.IGNORECASE)


def _row_numbers(written: str) -> list[str]:
    """The rows a mention names, a range read out ("2 đến dòng 4": 2, 3, 4)."""
    numbers: list[str] = []
    for part in re.split(r"\s*(?:,|và)\s*", written):
        bounds = [int(number) for number in re.findall(r"\d{1,2}", part)]
        if len(bounds) == 2 and bounds[0] < bounds[1] <= bounds[0] + 20:
            numbers += [str(number) for number in range(bounds[0], bounds[1] + 1)]
        else:
            numbers += [str(number) for number in bounds]
    return numbers


# "đã được điều chỉnh", "đã sửa": a correction already made, with its words.
_DONE = re.compile(r"\bda (?:duoc )?(?:sua lai|sua|dieu chinh|dinh chinh|cap nhat)\b")


@dataclass(frozen=True)
class RowRemark:
    block: int  # the number of the remark's block
    rows: frozenset[str]  # the row numbers it names, as written in the table's first cell ("3", "10")
    words: str  # the words saying the rows are corrected or not settled


def row_remarks(document: DocumentText) -> list[RowRemark]:
    """Sentences outside tables that name rows of a table by their numbers and say those rows are corrected, not yet
    updated or not to be published (``row_remarks`` in ``report_words.yml``): the values of those rows are not
    settled there."""
    remarks = []
    for block in document.blocks:
        if block.in_a_table:
            continue
        for sentence in re.split(r"(?<=[.;!?])\s+", block.text):
            if _ANOTHER_DOCUMENT.search(sentence):
                continue
            named = [number for match in _ROW_NUMBERS.finditer(sentence) for number in _row_numbers(match[1])]
            # (not a correction already made in the table: "Số liệu năm 2019 dòng 3 đã được điều chỉnh theo …")
            undone = _DONE.sub(" ", normalize_label(sentence))
            words = phrase_of_list(undone, "row_remarks") if named else ""
            if words:
                remarks.append(RowRemark(block.number, frozenset(number.lstrip("0") for number in named), words))
    return remarks


def remarked_row(remark: RowRemark, row: Block, table_rows: list[Block]) -> bool:
    """Whether ``row`` is one a remark names: a row numbered so in its first cell, in the nearest table above it."""
    above = [block for block in table_rows if block.number < remark.block]
    if not row.in_a_table or not above or row.number > above[-1].number:
        return False
    nearest = above[-1].number
    for block in reversed(above):
        if block.number < nearest - 1:
            break  # (a block outside the table between: an earlier table)
        nearest = block.number
    first = next((cell.strip() for cell in row.text.strip().strip("|").split("|")), "")
    return row.number >= nearest and first.rstrip(".").lstrip("0") in remark.rows


@dataclass(frozen=True)
class SentenceDoubt:
    """A sentence saying that figures before it are not final: "Số lượt khách tháng này là số tạm, … đang đối chiếu",
    "Con số này chưa được xác minh", "Các số liệu nêu trên là số tạm thời"."""

    start: int  # the sentence's offset in the document
    subject: str  # its words before the words of doubt, normalised: what it doubts
    doubt: str  # the words of doubt
    reach: str  # "previous": the sentence right before ("con số này"); "above": all before it ("nêu trên"); "": named
    previous_start: int  # the offset of the sentence right before it


def sentence_doubts(block: Block, following: Block | None) -> list[SentenceDoubt]:
    """The sentences of a paragraph (and the first of the paragraph right after it) that doubt figures written before
    them: sentences holding words of doubt whose subject speaks of figures ("số", "số liệu", "kết quả", "giá trị";
    not "Thông tin về các đoàn … đang được cập nhật", nor "Một số trường hợp … chưa được xác minh")."""
    sentences = split_sentences(block)
    candidates = [
        (sentence, sentences[index - 1].start if index else block.start) for index, sentence in enumerate(sentences)
    ]
    if following is not None and not following.in_a_table and (after := split_sentences(following)):
        candidates.append((after[0], sentences[-1].start if sentences else block.start))
    doubts = []
    for sentence, previous_start in candidates:
        # (its first clause holding words of doubt: "… là số tạm, … thống kê 71 lượt, đang đối chiếu")
        clause, doubt = next(
            ((part, words) for part in re.findall(r"[^,;]+", sentence.text) if (words := unconfirmed_word(part))),
            ("", ""),
        )
        if not doubt or _NOTE_MARK.match(sentence.text):
            continue  # (nor a note for a mark, "(**) Số liệu sơ bộ, …": the mark's own values)
        doubt_words = normalize_label(doubt)
        words = normalize_label(sentence.text)
        at = words.find(doubt_words)
        if at < 0 or re.search(r"\d", without_periods(words[:at], None)):
            continue  # (values of its own before its words of doubt: "(912,4 tỷ đồng) là số liệu sơ bộ", theirs)
        subject = words[:at]
        # (not words of doubt on a value of their own clause, "theo rà soát sơ bộ là 49 tổ chức", "(tạm tính 38
        # lượt)", "tổng hợp sơ bộ … đến ngày 20/02/2019 có 9.460 lượt", nor figures of another report, "Số liệu nêu tại
        # Báo cáo số 1391 … là số tạm tính")
        in_clause = normalize_label(clause)
        rest_of_clause = in_clause[in_clause.find(doubt_words) :]
        if re.search(r"\d", rest_of_clause) or _ANOTHER_REPORT.search(subject):
            continue
        if not has_any(_SOME.sub(" ", subject), word_list("figure_words")):
            continue
        reach = (
            "above" if _ABOVE.search(subject) else "previous" if has_any(subject, word_list("these_figures")) else ""
        )
        doubts.append(SentenceDoubt(sentence.start, subject, doubt, reach, previous_start))
    return doubts


# "(*)", "(**)", "*": a note's mark opening it.
_NOTE_MARK = re.compile(r"^\s*(?:\(\*+\)|\*+\s)")
# "tại Báo cáo số 1391", "theo Công văn số 12": figures of another document.
_ANOTHER_REPORT = re.compile(r"\b(?:bao cao|cong van|van ban|bc) so\b")
# "một số", "nhiều": some of many things, no figure.
_SOME = re.compile(r"\b(?:mot so|nhieu|mot vai)\b")
# "nêu trên", "trên đây", "các số liệu trên": every figure written before.
_ABOVE = re.compile(r"\b(?:neu tren|tren day|so lieu tren|so tren|con so tren)\b")
