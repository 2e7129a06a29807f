"""The word lists of report_words.yml: the words the extractor reads as the structure of a
report's sentences, sections and tables, validated when the file is loaded."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from dagster_project.parsing.text_files import read_yaml

WORDS_PATH = Path(__file__).with_name("report_words.yml")
_PHRASE = re.compile(r"^[a-z0-9]+(?: [a-z0-9]+)*$")
_ACRONYM = re.compile(r"^[A-ZĐ][A-ZĐ0-9&]{1,9}$")
_CODE = re.compile(r"^[a-z][a-z0-9_]*$")  # an indicator code of indicators.csv
# A phrase whose diacritics tell it from another ("sơ bộ", preliminary, is not "sổ bỏ", the register left out).
_WRITTEN = re.compile(r"^[^\W\d_]+(?: [^\W\d_]+)*$")
_CODE_PAIR = re.compile(r"^[a-z][a-z0-9_]*>[a-z][a-z0-9_]*$")  # a part's indicator code > its whole's
_CODE_GROUP = re.compile(r"^[a-z][a-z0-9_]*(?:\|[a-z][a-z0-9_]*)+$")  # indicator codes counted as one item
# Every list the extractor reads (a dot reads a nested list), and how its entries are written.
SCHEMA = {
    "section_headings.plan": "phrase",
    "section_headings.result": "phrase",
    "section_headings.shortcoming": "phrase",
    "section_headings.general": "phrase",
    "plan_words": "phrase",
    "other_calendars": "phrase",
    "shortcoming_words": "phrase",
    "two_kinds_not_joined": "phrase",
    "average_words": "phrase",
    "share_verbs": "phrase",
    "spoken_record_titles": "phrase",
    "clause_verbs": "phrase",
    "second_measure_words": "phrase",
    "names_with_plan_words": "phrase",
    "value_labels.result": "phrase",
    "value_labels.plan": "phrase",
    "no_topic_words": "phrase",
    "time_nouns": "phrase",
    "classifiers": "phrase",
    "turn_nouns": "phrase",
    "abbreviated_delegations": "phrase",
    "plan_openers": "phrase",
    "plan_carried_out": "phrase",
    "plan_targets": "phrase",
    "target_verbs": "phrase",
    "service_verbs": "phrase",
    "running_total_words": "phrase",
    "service_words": "phrase",
    "capital_cues": "phrase",
    "money_column_words": "phrase",
    "capital_rows_not_approved": "phrase",
    "subjects.whole_country": "phrase",
    "subjects.tourists": "phrase",
    "subjects.oneself": "phrase",
    "subjects.oneself_verbs": "phrase",
    "subjects.funder_kinds": "phrase",
    "subjects.within_activities": "phrase",
    "subjects.border_places": "phrase",
    "subjects.port_places": "phrase",
    "subjects.lower_levels": "phrase",
    "subjects.bare_lower_bodies": "phrase",
    "subjects.reported_province": "phrase",
    "subjects.event_nouns": "phrase",
    "subjects.home_acronyms": "acronym",
    "crossing_directions.both": "phrase",
    "crossing_directions.one": "phrase",
    "crossing_directions.one_cell": "phrase",
    "caption_parts.narrowing": "phrase",
    "caption_parts.breakdown_openers": "phrase",
    "table_columns.ratio": "phrase",
    "table_columns.not_ratio": "phrase",
    "table_columns.body_headers": "phrase",
    "marked_note_doubts": "phrase",
    "table_columns.plan": "phrase",
    "table_columns.not_done": "phrase",
    "table_columns.note": "phrase",
    "table_columns.reason": "phrase",
    "table_columns.part_columns": "phrase",
    "table_columns.part_group_openers": "phrase",
    "money_headings.words": "phrase",
    "money_headings.not_whole": "phrase",
    "subject_counts.lead_words": "phrase",
    "subject_counts.not_the_whole": "phrase",
    "subject_counts.other_fields": "phrase",
    "subject_counts.title_frame_words": "phrase",
    "table_columns.body_columns": "phrase",
    "table_columns.unit": "phrase",
    "table_columns.period": "phrase",
    "table_columns.code": "phrase",
    "table_columns.documents_counted": "phrase",
    "table_columns.documents_not_counted": "phrase",
    "table_columns.corrected": "phrase",
    "period_lead_ins": "phrase",
    "period_owners_in_a_lead": "phrase",
    "event_openers": "phrase",
    "table_columns.whole_of_group": "phrase",
    "table_columns.total": "phrase",
    "table_columns.estimate": "phrase",
    "table_columns.home": "phrase",
    "table_columns.generic_counts": "phrase",
    "table_columns.original_language": "phrase",
    "table_columns.translation": "phrase",
    "table_columns.result": "phrase",
    "table_columns.value_before_a_year": "phrase",
    "indicator_groups": "phrase",
    "direction_verbs.sending": "phrase",
    "direction_verbs.receiving": "phrase",
    "direction_verbs.not_verbs": "phrase",
    "qualifier_notes.estimate": "phrase",
    "qualifier_notes.official": "phrase",
    "qualifier_notes.field_words": "phrase",
    "part_openers": "phrase",
    "discourse_openers": "phrase",
    "detail_openers": "phrase",
    "opposite_kinds": "phrase",
    "not_counted_words": "phrase",
    "not_counted_remarks": "phrase",
    "row_remarks": "phrase",
    "rest_words": "phrase",
    "delegation_levels": "phrase",
    "all_kinds_words": "phrase",
    "paired_indicators": "code_group",
    "composition_openers": "phrase",
    "counting_method_words": "phrase",
    "counting_rule_of_one_words": "phrase",
    "singled_out_words": "phrase",
    "breakdown_labels": "phrase",
    "breakdown_kinds": "phrase",
    "breakdown_openers": "phrase",
    "time_breakdowns": "phrase",
    "statement_openers": "phrase",
    "respectively_words": "phrase",
    "pending_words": "phrase",
    "carried_over_words": "phrase",
    "error_explanation_words": "phrase",
    "mission_words": "phrase",
    "value_not_final_words": "phrase",
    "unconfirmed_words": "phrase",
    "disagreement_words": "phrase",
    "unconfirmed_words_as_written": "written",
    "these_figures": "phrase",
    "figure_words": "phrase",
    "province_wholes": "phrase",
    "issuer_neutral_indicators": "code",
    "draft_comment_openers": "phrase",
    "draft_comment_doubts": "phrase",
    "to_date_remarks": "phrase",
    "document_references": "phrase",
    "corrections.superseded": "phrase",
    "corrections.corrected": "phrase",
    "corrections.reported_before": "phrase",
    "corrections.wrong_before_number": "phrase",
    "corrections.wrong_after_number": "phrase",
    "corrections.earlier_estimate_after_number": "phrase",
    "anaphora_words": "phrase",
    "part_indicators": "code",
    "one_partner_indicators": "code",
    "part_of_whole": "code_pair",
    "example_words": "phrase",
    "compared_period_then": "phrase",
    "table_columns.part_notes": "phrase",
    "table_columns.neutral_row_remarks": "phrase",
    "partner_reports.subject_words": "phrase",
    "partner_reports.whole_province": "phrase",
    "partner_reports.general_indicators": "code",
    "topic_reports.subject_words": "phrase",
    "topic_reports.general_subject_words": "phrase",
    "topic_reports.delegation_indicators": "code",
    "total_labels": "phrase",
    "title_openers": "phrase",
    "title_openers_in_capitals": "phrase",
    "other_document_kinds": "phrase",
    "occasion_titles": "phrase",
    "occasion_reviews": "phrase",
    "sheet_titles": "phrase",
    "dated_object_titles": "phrase",
    "caption_words": "phrase",
    "unit_headings": "phrase",
    "speaker_openers": "phrase",
}


class WordListError(ValueError):
    """report_words.yml is missing a list, has one the extractor does not read, or holds an entry
    written so that it can never match."""


def _leaves(raw: dict, prefix: str = "") -> dict[str, object]:
    leaves = {}
    for key, value in raw.items():
        name = f"{prefix}{key}"
        leaves.update(_leaves(value, f"{name}.") if isinstance(value, dict) else {name: value})
    return leaves


@lru_cache(maxsize=4)
def load_word_lists(path: Path = WORDS_PATH) -> dict[str, tuple[str, ...]]:
    raw = read_yaml(path)
    if not isinstance(raw, dict):
        raise WordListError(f"{path.name}: expected a mapping of lists")
    leaves = _leaves(raw)
    if unknown := sorted(set(leaves) - set(SCHEMA)):
        raise WordListError(f"{path.name}: '{unknown[0]}' is not a list the extractor reads")
    lists = {}
    for name, kind in SCHEMA.items():
        value = leaves.get(name)
        if not isinstance(value, list) or not value:
            raise WordListError(f"{path.name}: '{name}' must be a non-empty list")
        pattern = {
            "phrase": _PHRASE,
            "acronym": _ACRONYM,
            "code": _CODE,
            "code_pair": _CODE_PAIR,
            "code_group": _CODE_GROUP,
            "written": _WRITTEN,
        }[kind]
        for number, entry in enumerate(value, 1):
            if not isinstance(entry, str) or not pattern.match(entry) or (kind == "written" and entry != entry.lower()):
                how = {
                    "phrase": "lower case, without diacritics or punctuation",
                    "acronym": "in capitals, as in the report",
                    "code": "as an indicator code",
                    "code_pair": "as two indicator codes, the part's and its whole's, joined by '>'",
                    "code_group": "as indicator codes joined by '|'",
                    "written": "in lower case with its diacritics, words only",
                }[kind]
                raise WordListError(f"{path.name}: '{name}' entry {number} ({entry!r}) must be written {how}")
        if len(set(value)) != len(value):
            twice = next(entry for entry in value if value.count(entry) > 1)
            raise WordListError(f"{path.name}: '{name}' holds {twice!r} twice")
        # Longest first, so a longer phrase is tried before one it contains.
        lists[name] = tuple(sorted(value, key=lambda entry: -len(entry)))
    return lists


def without_names(normalised: str) -> str:
    """The text with the names that hold a plan word ("Sở Kế hoạch và Đầu tư") taken out."""
    text = f" {normalised} "
    for phrase in word_list("names_with_plan_words"):
        text = text.replace(f" {phrase} ", " ")
    return text.strip()


@lru_cache(maxsize=1)
def parts_of(whole: str) -> set[str]:
    """The indicator codes part_of_whole names as parts of ``whole``."""
    return {part for part, its_whole in wholes_of_parts().items() if its_whole == whole}


def wholes_of_parts() -> dict[str, str]:
    """part_of_whole read as a mapping: a part's indicator code -> its whole's."""
    return dict(pair.split(">") for pair in word_list("part_of_whole"))


def word_list(name: str) -> tuple[str, ...]:
    """The entries of one list of report_words.yml, longest first."""
    return load_word_lists()[name]
