"""The reviewed data files of the extractor (phrases.yml, report_words.yml) are validated when
loaded: a list missing, unknown, or holding an entry written so that it can never match stops
the load with a message naming the list (or rule and field) and the entry."""

import pytest

from dagster_project.documents.rules import PHRASES_PATH, RuleFileError, load_rules
from dagster_project.documents.word_lists import WORDS_PATH, WordListError, load_word_lists


def _copy(tmp_path, source, old: str, new: str, name: str):
    text = source.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / name
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_the_shipped_word_lists_load():
    lists = load_word_lists()
    assert "phuong huong" in lists["section_headings.plan"]
    assert "UBND" in lists["subjects.home_acronyms"]
    # longest first, so a phrase is tried before a shorter one inside it
    assert lists["total_labels"].index("tong cong") < lists["total_labels"].index("tong")


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("shortcoming: [ton tai,", "shortcoming: [Tồn tại,", r"'section_headings.shortcoming' entry 1 \('Tồn tại'\)"),
        ("classifiers: [cuoc, em,", "classifiers: [cuoc, cuoc,", "'classifiers' holds 'cuoc' twice"),
        ("home_acronyms: [UBND,", "home_acronyms: [ubnd,", r"'subjects.home_acronyms' entry 1 \('ubnd'\)"),
        ("capital_cues:", "capital_clues:", "'capital_clues' is not a list the extractor reads"),
        (
            "time_nouns: [nam, thang, ngay, tuan, quy, tuoi, lan, phut, gio dong ho, ky]",
            "time_nouns: []",
            "'time_nouns' must be a non-empty",
        ),
    ],
    ids=["diacritics", "twice", "acronym-in-lower-case", "unknown-list", "empty-list"],
)
def test_a_word_list_entry_written_wrong_is_named(tmp_path, old, new, message):
    with pytest.raises(WordListError, match=message):
        load_word_lists(_copy(tmp_path, WORDS_PATH, old, new, "report_words.yml"))


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "consular_cases:\n  units: [vu, vu viec, truong hop]\n  near: [[lanh su,",
            "consular_cases:\n  units: [vu, vu viec, truong hop]\n  near: [[lãnh sự,",
            r"consular_cases.near holds 'lãnh sự'",
        ),
        (
            "interpreting_hours:\n  units: [gio]",
            "interpreting_hours:\n  unit: [gio]",
            "interpreting_hours has unknown fields",
        ),
        (
            "follows: fdi_projects_total",
            "follows: fdi_project_total",
            "fdi_capital_total.follows names 'fdi_project_total'",
        ),
        ("translated_pages:", "translated_page:", "'translated_page' is not an indicator"),
        (
            "  units: [the, tdb]\n  near: [[di bo, tdb]]",
            "  units: [the, tdb]\n  near: [di bo, tdb]",
            "shore_passes.near must be a list of non-empty lists",
        ),
    ],
    ids=["diacritics", "unknown-field", "follows-nothing", "unknown-indicator", "group-not-a-list"],
)
def test_a_phrase_rule_written_wrong_is_named(tmp_path, old, new, message):
    with pytest.raises(RuleFileError, match=message):
        load_rules(_copy(tmp_path, PHRASES_PATH, old, new, "phrases.yml"))
