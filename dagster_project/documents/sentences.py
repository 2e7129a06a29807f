"""Sentences and clauses of a block of text, each with its offset in the document."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from dagster_project.documents.quantities import blank_footnote_markers, units_after_numbers
from dagster_project.documents.reader import Block
from dagster_project.documents.rules import phrase_of_list, unconfirmed_word
from dagster_project.documents.word_lists import word_list
from dagster_project.parsing.text import normalize_label

# (also past Markdown emphasis: "**Thứ nhất, … đi vào nền nếp.** Giai đoạn 2021-2025, …")
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’)*_]*\s+")


@dataclass
class Span:
    """A sentence or clause: text and its offset in the document."""

    text: str
    start: int


def _span(block: Block, text: str, start: int, end: int) -> Span:
    """The text from start to end without its surrounding blanks, at its true offset."""
    part = text[start:end]
    return Span(part.strip(), block.start + start + len(part) - len(part.lstrip()))


_BRACKETED = re.compile(r"\[[^\[\]]{3,}\]")


@functools.lru_cache(maxsize=512)
def reviewer_comments(text: str) -> tuple[re.Match, ...]:
    """The reviewers' comments of a draft, in square brackets opened by a comment word ("[Góp ý P.Lãnh sự: …]").
    (Kept per text: a block's sentences are split once, but each of its clauses asks again.)"""
    openers = [opener.split() for opener in word_list("draft_comment_openers")]
    return tuple(
        match
        for match in _BRACKETED.finditer(text)
        if any(normalize_label(match.group()[1:-1]).split()[: len(opener)] == opener for opener in openers)
    )


def comments_on(block: Block, sentence: Span) -> str:
    """The words of the reviewers' comments that stand right before, in or right after a sentence ("… 21 vụ việc
    [Góp ý: tạm ghi 21 vụ …].", "[Ý kiến: số vụ việc dưới đây chưa thống nhất] Sở đã xử lý 14 vụ việc"), which say
    whether its figures are settled."""
    start = sentence.start - block.start
    end = start + len(sentence.text)

    def opens_the_sentence(comment: re.Match) -> bool:
        # (after a sentence's end or at the block's start, and not closed by a full stop of its own)
        before, after = block.text[: comment.start()].rstrip(), block.text[comment.end() :].lstrip()
        return (not before or before[-1] in ".!?:;") and after[:1] not in (".", ",", ";")

    return " ".join(
        comment.group()
        for comment in reviewer_comments(block.text)
        if start <= comment.start() <= end + 2 or (start - 3 <= comment.end() <= start and opens_the_sentence(comment))
    )


def is_comment_block(block: Block) -> bool:
    """A paragraph that is wholly reviewers' comments ("[Ý kiến PGĐ: … quý II có 19 đoàn …]", one after another, in
    italics or not)."""
    text = block.text.strip()
    comments = reviewer_comments(text)
    for comment in comments:
        text = text.replace(comment.group(), " ")
    return bool(comments) and not text.strip(" *_")


def comment_doubt(comments: str) -> str:
    """The words by which reviewers' comments say a figure is not settled ("chưa chốt", "đề nghị sửa lại"), or ""."""
    return unconfirmed_word(comments) or phrase_of_list(normalize_label(comments), "draft_comment_doubts")


def comments_after(blocks: tuple[Block, ...], block: Block) -> str:
    """The words of the comment paragraphs right after a block: a reviewer writes them on the line above."""
    following = blocks[block.number :] if block.number - 1 < len(blocks) and blocks[block.number - 1] is block else ()
    words = []
    for after in following:
        if not is_comment_block(after):
            break
        words.append(after.text.strip())
    return " ".join(words)


def split_sentences(block: Block) -> list[Span]:
    """The block's sentences, footnote markers and reviewers' comments blanked ("đoàn¹" reads as "đoàn")."""
    text = units_after_numbers(blank_footnote_markers(block.text))
    for comment in reviewer_comments(text):
        text = f"{text[: comment.start()]}{' ' * len(comment.group())}{text[comment.end() :]}"
    sentences, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        following = text[match.end() : match.end() + 1]
        # ("… vùng lãnh thổ. 9 tháng, tỉnh …": a sentence may open with a number after a word's full stop)
        after_word = following.isdigit() and text[match.start() - 1 : match.start()].isalpha()
        if following and (following.isupper() or following in "-–•*" or after_word):
            sentences.append(_span(block, text, start, match.end()))
            start = match.end()
    sentences.append(_span(block, text, start, len(text)))
    return [sentence for sentence in sentences if sentence.text]


# A long dash opening another period's count: "Quý III xử lý 15 vụ việc — lũy kế 9 tháng 44 vụ việc" (not "Đoàn ra —
# 17 đoàn", a field's label and its values).
_DASH_TO_ANOTHER_PERIOD = re.compile(
    r"(?<=[^\W\d_])\s[—–]\s+(?=(?:lũy kế|luỹ kế|cộng|tính chung|cả)\s+(?:\d{1,2}\s+tháng|quý|năm|tháng\s+\d))",
    re.IGNORECASE,
)


_A_PERIOD_NAMED = re.compile(r"\b(?:quý|tháng\s+\d|\d{1,2}\s+tháng|năm\s+\d{4})", re.IGNORECASE)
# The period phrases of a clause, blanked to see whether it counts anything of its own.
_PERIOD_WORDS = re.compile(
    r"\b\d{1,2}\s+tháng|\bnăm\s+\d{4}|\bquý\s+[IVX\d]+(?:/\d{4})?|\btháng\s+\d{1,2}(?:/\d{4})?", re.IGNORECASE
)


_ITEM_DOT = re.compile(r"\s[·•]\s")
# A labelled value ends before the dot ("2018: 58", "Quý I: 12 đoàn") and another opens after it.
_VALUE_BEFORE_A_DOT = re.compile(r":\s*\d[\d.,]*(?:\s+[^\W\d_]+){0,3}\s*$")
_LABELLED_VALUE = re.compile(r"[^\W_][\w/.-]*(?:\s+[\w/.-]+){0,3}\s*:\s*\d")


def _dots_between_labelled_values(text: str) -> set[int]:
    """Where the dots of a series of labelled values stand ("2018: 58 · 2019: 60 · 2020: 11"), when every part the dots
    make is one ("Số hội nghị • 2023: 6 • 2024: 9" opens with a label of none: not parted)."""
    matches = list(_ITEM_DOT.finditer(text))
    if not matches:
        return set()
    parts = [
        text[start:end]
        for start, end in zip([0, *(m.end() for m in matches)], [*(m.start() for m in matches), len(text)])
    ]
    every_part = all(_VALUE_BEFORE_A_DOT.search(part) for part in parts[:-1]) and all(
        _LABELLED_VALUE.match(part) for part in parts[1:]
    )
    return {match.start() + 1 for match in matches} if every_part else set()


def split_clauses(sentence: Span) -> list[Span]:
    """Clauses at semicolons outside parentheses, and at a long dash opening another period's count."""
    # (after a count of a period named before it, and before a count of its own: "Quý III xử lý 15 vụ việc — lũy kế 9
    # tháng 44 vụ việc"; not after a label, "Đồn BP CKQT Cầu Treo — quý I/2019: …", nor before the period of the count
    # before it, "Tiếp đón 33 đoàn … — tính chung 9 tháng năm 2019.")
    dashes = {
        match.start() + 1
        for match in _DASH_TO_ANOTHER_PERIOD.finditer(sentence.text)
        if re.search(r"\d", before := re.split(r"[;—–]", sentence.text[: match.start()])[-1])
        and _A_PERIOD_NAMED.search(before)
        and re.search(r"\d", _PERIOD_WORDS.sub(" ", re.split(r"[;—–]", sentence.text[match.end() :])[0]))
    }
    # (and at a dot set between labelled values, "2018: 58 · 2019: 60 · 2020: 11", as a semicolon; not between years or
    # words, "2022 · 2023 · 2024 lần lượt là …")
    dots = _dots_between_labelled_values(sentence.text)
    clauses, start, depth = [], 0, 0
    for index, char in enumerate(sentence.text + ";"):
        # (never below zero: the ")" of an "a)" marker closes nothing)
        depth = max(0, depth + {"(": 1, ")": -1}.get(char, 0))
        if (char == ";" or index in dashes or index in dots) and depth <= 0:
            clauses.append(Span(sentence.text[start:index], sentence.start + start))
            start, depth = index + 1, 0
    return [clause for clause in clauses if clause.text.strip()]
