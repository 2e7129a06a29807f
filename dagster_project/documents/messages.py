"""The parts of an e-mail pasted as text: its header lines (the subject names what the message
reports on), the earlier message it quotes ("> ..."), its signature, and a forwarded document
below a forwarding line, whose figures are that document's author's, not the sender's."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dagster_project.documents.forms import load_forms, starts_with_phrase
from dagster_project.parsing.text import normalize_label

_HEADER = re.compile(r"^\s*([^:|]{1,24}):\s*(.*)$")
_FORWARDED = re.compile(
    r"^\s*-{3,}\s*(?:forwarded message|original message|original reply|sent message|tin nhắn chuyển tiếp|"
    r"thư chuyển tiếp|thư đã gửi|thư gốc|tin nhắn gốc)\b",
    re.IGNORECASE,
)
_QUOTE_HEADER = re.compile(r"(?:viết|wrote)\s*:\s*$", re.IGNORECASE)
_QUOTED = re.compile(r"^\s*>")
_SIGNATURE = re.compile(r"^\s*--\s*$")
_REPLY_PREFIX = re.compile(r"^(?:\s*(?:re|fw|fwd|tl|trả lời|chuyển tiếp)\s*:)+\s*", re.IGNORECASE)


@dataclass
class MessageParts:
    not_body: set[int] = field(default_factory=set)  # header lines, quoted lines, the signature
    subject: str | None = None
    forwarded_start: int | None = None  # first line of a forwarded document
    forwarded_reason: str = ""
    forwarded_by_other_body: bool = False


def _header_runs(lines: list[str], start: int, end: int) -> list[int]:
    """Indexes of header lines ("Từ: …", "Chủ đề: …") standing two or more together from ``start``."""
    headers = load_forms().email_headers
    run = []
    for index in range(start, end):
        match = _HEADER.match(lines[index])
        if not match or not starts_with_phrase(normalize_label(match.group(1)), headers):
            break
        run.append(index)
    return run if len(run) >= 2 else []


def _subject_line(lines: list[str]) -> int | None:
    """A lone subject line opening the text ("Tiêu đề: Số liệu nhanh tháng 4/2025")."""
    subjects = load_forms().email_subjects
    for index, line in enumerate(lines[:3]):
        match = _HEADER.match(line)
        if match and starts_with_phrase(normalize_label(match.group(1)), subjects):
            return index
        if line.strip():
            return None
    return None


def message_parts(lines: list[str]) -> MessageParts:
    parts = MessageParts()
    headers = _header_runs(lines, 0, min(len(lines), 10))
    if not headers and (lone_subject := _subject_line(lines)) is not None:
        headers = [lone_subject]
    parts.not_body.update(headers)
    subjects = load_forms().email_subjects
    for index in headers:
        key, value = _HEADER.match(lines[index]).groups()
        if starts_with_phrase(normalize_label(key), subjects):
            parts.subject = _REPLY_PREFIX.sub("", value).strip()
    in_signature = False
    # A forwarding line or a quoted earlier message ends what the sender wrote, header block or not;
    # unless the message below it is the department's own (its reply forwarded on to a colleague).
    for index in range(headers[-1] + 1 if headers else 0, len(lines)):
        line = lines[index]
        if _FORWARDED.match(line) or _unmarked_quote_header(lines, index):
            parts.not_body.add(index)
            forwarded = _header_runs(lines, index + 1, min(len(lines), index + 8))
            parts.not_body.update(forwarded)
            fields = [_HEADER.match(lines[i]).groups() for i in forwarded]
            address = next((value for key, value in fields if normalize_label(key) in ("tu", "from")), "")
            subject = next((v for k, v in fields if starts_with_phrase(normalize_label(k), subjects)), "")
            subject = _REPLY_PREFIX.sub("", subject).strip()
            own_earlier = _own_sender(address) and _same_subject(parts.subject, subject)
            if own_earlier and not _gives_figures(lines, parts.not_body, index):
                # (a message of the department on another subject, "Số liệu tháng 4" below "Số liệu nhanh
                # tháng 5/2027", stays a forwarded document: its figures are of another period)
                parts.subject = parts.subject or subject or None
                continue
            parts.forwarded_start = index + 1
            if own_earlier:
                # "Phòng gửi lại số liệu chính thức …" over the department's own message of a few days before
                # ("số liệu tạm tính đến ngày 25/3"): the figures above replace the earlier ones
                parts.forwarded_reason = "in an earlier message of the thread, which the figures above replace"
                break
            sender = re.sub(r"<[^>]*>", "", address).strip() or _quoted_sender(line)
            other = load_forms().other_subjects
            parts.forwarded_by_other_body = any(f" {phrase} " in f" {normalize_label(sender)} " for phrase in other)
            who = sender or "its sender unknown"
            parts.forwarded_reason = f"in a forwarded document ({who}), not the sender's own figures"
            break
        if _SIGNATURE.match(line):
            in_signature = index + 4  # a name, a title, a telephone: a few lines
        elif not line.strip() or (in_signature and index > in_signature):
            in_signature = False
        # "> " lines are an e-mail's quoted earlier message, not a Markdown quote in an article.
        if in_signature or (headers and _QUOTED.match(line)) or _QUOTE_HEADER.search(line):
            parts.not_body.add(index)
    return parts


# A count with its noun ("17 đoàn", "104 lượt", "05 vụ", "8/51"): what a message giving figures holds.
_FIGURE = re.compile(r"\b\d[\d.,]*(?:/\d[\d.,]*)?\s*(?:[^\W\d_]+|\|)")


def _gives_figures(lines: list[str], not_body: set[int], end: int) -> bool:
    """The message above line ``end`` gives figures of its own (three or more counts with their nouns), so
    an earlier message below it is a version it replaces, not the document it sends on."""
    body = " ".join(line for index, line in enumerate(lines[:end]) if index not in not_body)
    return len(_FIGURE.findall(body)) >= 3


def _own_sender(address: str) -> bool:
    """The sender of a message header (name and address) is the department itself."""
    words = f" {normalize_label(address)} "
    return any(f" {phrase} " in words for phrase in load_forms().email_own_senders)


def _same_subject(outer: str | None, inner: str) -> bool:
    """A forwarded message is on the subject of the message above it (a reply keeps it), or the
    text has no subject of its own yet."""
    if not outer:
        return True
    outer_words, inner_words = normalize_label(outer), normalize_label(inner)
    return bool(inner_words) and (outer_words in inner_words or inner_words in outer_words)


def _unmarked_quote_header(lines: list[str], index: int) -> bool:
    """A quote header ("…, Trần Thị Lan viết:") over an earlier message whose lines carry no "> " marks."""
    if len(lines[index]) > 160 or not _QUOTE_HEADER.search(lines[index]):
        return False
    following = next((line for line in lines[index + 1 :] if line.strip()), "")
    return not _QUOTED.match(following)


def _quoted_sender(line: str) -> str:
    """Who a quote header names ("Ngày 03/4/2025, Trần Thị Lan viết:" -> "Trần Thị Lan")."""
    if not _QUOTE_HEADER.search(line):
        return ""
    before = _QUOTE_HEADER.split(line)[0]
    return before.rsplit(",", 1)[-1].strip(" <>")
