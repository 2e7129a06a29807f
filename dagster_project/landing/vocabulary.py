"""The header vocabulary (header_vocabulary.yml): which spellings name which column of which
table. Validated when first used; any fault names the entry so a steward can mend it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from dagster_project.landing.specs import ALL_SPECS, TableSpec
from dagster_project.parsing.text import normalize_label
from dagster_project.parsing.text_files import read_yaml

VOCABULARY_PATH = Path(__file__).with_name("header_vocabulary.yml")


class VocabularyError(ValueError):
    """The vocabulary file is not valid; the message names the file and the entry."""


@dataclass(frozen=True)
class TableVocabulary:
    title_words: tuple[str, ...]  # normalised
    spellings: dict[str, tuple[str, ...]]  # column -> spellings as written in the file
    aliases: dict[str, str]  # normalised spelling (and the column's own name) -> column
    ranks: dict[str, int]  # normalised spelling -> its place in its column's list (earlier: more specific)


def _spelling_list(value: object, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not value:
        raise VocabularyError(f"{where}: expected a non-empty list of spellings")
    spellings = []
    for item in value:
        if not isinstance(item, (str, int, float)) or not normalize_label(item):
            raise VocabularyError(f"{where}: spelling {item!r} is empty or not text")
        spellings.append(str(item))
    return tuple(spellings)


def _table_vocabulary(spec: TableSpec, entry: dict, common: dict, path: Path) -> TableVocabulary:
    where = f"{path}, table {spec.name}"
    columns = entry.get("columns") or {}
    if not isinstance(columns, dict):
        raise VocabularyError(f"{where}: 'columns' must map column names to spellings")
    known = {column.name for column in spec.columns}
    spellings: dict[str, tuple[str, ...]] = {}
    for column, value in {**common, **columns}.items():
        if column not in known:
            raise VocabularyError(f"{where}: unknown column '{column}' (known: {', '.join(sorted(known))})")
        spellings[column] = _spelling_list(value, f"{where}, column {column}")
    aliases: dict[str, str] = {}
    ranks: dict[str, int] = {}
    for column in spec.columns:
        for rank, spelling in enumerate((*spellings.get(column.name, ()), column.name)):
            key = normalize_label(spelling)
            ranks.setdefault(key, rank)
            if aliases.setdefault(key, column.name) != column.name:
                raise VocabularyError(
                    f"{where}: '{spelling}' is given to both {aliases[key]} and {column.name}; keep it under one column"
                )
    missing = [column.name for column in spec.required_columns if column.name not in spellings]
    if missing:
        raise VocabularyError(f"{where}: required column(s) {', '.join(missing)} have no spelling")
    words = entry.get("title_words") or []
    if not isinstance(words, list):
        raise VocabularyError(f"{where}: 'title_words' must be a list")
    return TableVocabulary(
        tuple(normalize_label(word) for word in words if normalize_label(word)), spellings, aliases, ranks
    )


def load_vocabulary(path: Path = VOCABULARY_PATH) -> dict[str, TableVocabulary]:
    """Every table with header columns, validated: a table of the specs missing from the file
    is an error too, since none of its sheets could then be recognised."""
    try:
        document = read_yaml(path)
    except (OSError, yaml.YAMLError) as problem:
        raise VocabularyError(f"{path}: cannot be read as YAML ({problem})") from problem
    if not isinstance(document, dict) or not isinstance(document.get("tables"), dict):
        raise VocabularyError(f"{path}: expected a 'tables:' mapping")
    for key in ("reviewed_by", "reviewed_on"):
        if not str(document.get(key) or "").strip():
            raise VocabularyError(f"{path}: missing '{key}' (who reviewed the vocabulary, and when)")
    common = document.get("common_columns") or {}
    tables = document["tables"]
    specs = {spec.name: spec for spec in ALL_SPECS if spec.family != "documents"}
    unknown = sorted(set(tables) - set(specs))
    if unknown:
        raise VocabularyError(f"{path}: unknown table(s) {', '.join(unknown)} (known: {', '.join(sorted(specs))})")
    missing = sorted(set(specs) - set(tables))
    if missing:
        raise VocabularyError(f"{path}: no entry for table(s) {', '.join(missing)}")
    return {
        name: _table_vocabulary(spec, tables[name] or {}, common if spec.family == "registers" else {}, path)
        for name, spec in specs.items()
    }


def load_row_number_headers(path: Path = VOCABULARY_PATH) -> frozenset[str]:
    """Normalised headers of the row-number column (STT, TT, …)."""
    try:
        document = read_yaml(path) or {}
    except (OSError, yaml.YAMLError) as problem:
        raise VocabularyError(f"{path}: cannot be read as YAML ({problem})") from problem
    return frozenset(
        normalize_label(item)
        for item in _spelling_list(document.get("row_number_headers"), f"{path}, row_number_headers")
    )


@cache
def vocabulary() -> dict[str, TableVocabulary]:
    return load_vocabulary()


@cache
def row_number_headers() -> frozenset[str]:
    return load_row_number_headers()


def vocabulary_of(spec: TableSpec) -> TableVocabulary:
    return vocabulary()[spec.name]
