"""Notes that doubt some values of a table: "Ghi chú: số lượt tàu từng tháng (21, 17, 27) là số của Cảng vụ đang đối
chiếu lại, tổng quý I theo số chính thức là 63 lượt". The part of the note holding the words of doubt names what it
doubts ("số lượt tàu từng tháng") and the values (21, 17, 27); those values of the table above it, in a row naming the
same thing, are not settled. The rest of the note ("tổng quý I … là 63 lượt") is not doubted."""

from __future__ import annotations

import re
from dataclasses import dataclass

from dagster_project.documents.reader import Block, DocumentText
from dagster_project.documents.rules import unconfirmed_word
from dagster_project.parsing.text import normalize_label

# A number the note quotes as a value: not a period's ("tháng 9", "9 tháng", "năm 2023"), a day, or a document's number
# ("Biểu 01/ĐN", "số 12")
_QUOTED_VALUE = re.compile(
    r"(?<![\d/.,])(?<!tháng )(?<!năm )(?<!quý )(?<!ngày )(?<!số )(?<!biểu )(?<!Biểu )(?<!Tháng )"
    r"\d[\d.]*(?![\d/])(?!\s*(?:tháng|năm)\b)"
)


@dataclass(frozen=True)
class DoubtNote:
    block: int  # the number of the note's block
    words: str  # the normalised part of the note holding its words of doubt
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
        for start, end in _parts_outside_brackets(block.text):
            part = block.text[start:end]
            doubt = unconfirmed_word(part)
            values = frozenset(number.group().replace(".", "") for number in _QUOTED_VALUE.finditer(part))
            if doubt and values:
                notes.append(DoubtNote(block.number, normalize_label(part), values, doubt))
    return notes


def _pairs(words: str) -> set[str]:
    split = words.split()
    return {f"{first} {second}" for first, second in zip(split, split[1:], strict=False)}


def doubted_by(note: DoubtNote, row: Block, value_as_written: str) -> bool:
    """Whether the note doubts a value of a table row above it: its value quoted, its row naming what the note does."""
    value = re.sub(r"[.\s]", "", re.sub(r"^\D*", "", value_as_written).split(",")[0])
    return (
        row.in_a_table
        and row.number < note.block
        and value in note.values
        and bool(_pairs(normalize_label(row.text)) & _pairs(note.words))
    )
