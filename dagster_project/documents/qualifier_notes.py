"""Notes that qualify a whole table's values of one period: "Ghi chú chung: Số liệu năm 2025 là
số ước thực hiện cả năm" under an annex, "(số liệu năm 2026 là số ước thực hiện cả năm)" in the
lead. Such a note, wherever it stands, reaches every value of a table under that period; one
whose period the extractor does not understand leaves those values' qualifier unsettled."""

from __future__ import annotations

import re
from dataclasses import dataclass

from dagster_project.documents.reader import DocumentText
from dagster_project.documents.scopes import find_scopes
from dagster_project.documents.sentences import split_sentences
from dagster_project.documents.word_lists import word_list
from dagster_project.parsing.text import normalize_label


@dataclass(frozen=True)
class EstimateNote:
    period_code: str | None  # None: the note names no period the extractor understands
    words: str


def estimate_notes(document: DocumentText, report_year: int | None) -> list[EstimateNote]:
    phrases = "|".join(re.escape(phrase) for phrase in word_list("qualifier_notes.estimate"))
    pattern = re.compile(rf"\bso lieu\b(?P<what>.{{0,50}}?)\s(?:{phrases})\b")
    notes = []
    for block in document.blocks:
        if block.kind == "table_row" or block.text.lstrip().startswith("|"):
            continue
        for sentence in split_sentences(block):
            normalised = normalize_label(sentence.text)
            for match in pattern.finditer(normalised):
                scopes = [scope for _, scope in find_scopes(match.group("what"), report_year) if scope.code]
                codes = {scope.code for scope in scopes}
                notes.append(EstimateNote(codes.pop() if len(codes) == 1 else None, match.group()))
    return notes
