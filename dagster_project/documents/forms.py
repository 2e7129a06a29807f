"""The report forms file (report_forms.yml): title prefixes, web-page furniture and the
subjects whose figures are not the province's, validated when it is loaded."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from dagster_project.parsing.text_files import read_yaml

FORMS_PATH = Path(__file__).with_name("report_forms.yml")
_NORMALISED_PHRASE = re.compile(r"^[a-z0-9]+(?: [a-z0-9]+)*$")
# The lists of the file, in the order of ReportForms' fields; a dot reads a nested list.
_LISTS = (
    "title_prefixes",
    "page_furniture.starts",
    "page_furniture.contains",
    "page_furniture.related_headers",
    "other_subjects",
    "named_subjects",
    "home_subjects",
    "lower_issuers",
    "email.headers",
    "email.subjects",
    "email.own_senders",
    "translation.original",
    "translation.translated",
    "letter_subject.openers",
    "letter_subject.closers",
)


class FormsFileError(ValueError):
    """report_forms.yml is missing a list or holds a phrase the extractor cannot compare."""


@dataclass(frozen=True)
class ReportForms:
    title_prefixes: tuple[str, ...]
    furniture_starts: tuple[str, ...]
    furniture_contains: tuple[str, ...]
    related_headers: tuple[str, ...]
    other_subjects: tuple[str, ...]
    named_subjects: tuple[str, ...]
    home_subjects: tuple[str, ...]
    lower_issuers: tuple[str, ...]
    email_headers: tuple[str, ...]
    email_subjects: tuple[str, ...]
    email_own_senders: tuple[str, ...]
    translation_original: tuple[str, ...]
    translation_translated: tuple[str, ...]
    letter_subject_openers: tuple[str, ...]
    letter_subject_closers: tuple[str, ...]


def _phrases(raw: dict, name: str, path: Path) -> tuple[str, ...]:
    value = raw
    for key in name.split("."):
        value = value.get(key) if isinstance(value, dict) else None
    if not isinstance(value, list) or not value:
        raise FormsFileError(f"{path.name}: '{name}' must be a non-empty list of phrases")
    for phrase in value:
        if not isinstance(phrase, str) or not _NORMALISED_PHRASE.match(phrase):
            raise FormsFileError(
                f"{path.name}: '{name}' holds {phrase!r}; write phrases lower case, without diacritics or punctuation"
            )
    # Longest first, so "ubnd huyen" is tried before "huyen".
    return tuple(sorted(value, key=lambda phrase: -len(phrase)))


@lru_cache(maxsize=2)
def load_forms(path: Path = FORMS_PATH) -> ReportForms:
    raw = read_yaml(path)
    if not isinstance(raw, dict):
        raise FormsFileError(f"{path.name}: expected a mapping of lists")
    lists = [_phrases(raw, name, path) for name in _LISTS]
    return ReportForms(*lists)


def starts_with_phrase(normalised: str, phrases: tuple[str, ...]) -> str | None:
    """The phrase a normalised text starts with (whole words), if any."""
    # Most texts start with none of a list's phrases: one test of all of them at once settles those.
    if len(phrases) > _FEW and not f"{normalised} ".startswith(_with_a_space(phrases)):
        return None
    for phrase in phrases:
        if normalised == phrase or normalised.startswith(phrase + " "):
            return phrase
    return None


# The long phrase lists are the few tuples of the loaded forms and word lists, asked for again and again.
_FEW = 4


@lru_cache(maxsize=256)
def _with_a_space(phrases: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(f"{phrase} " for phrase in phrases)
