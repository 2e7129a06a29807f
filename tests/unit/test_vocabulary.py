"""The header vocabulary is a reviewed data file: the department's spellings map to columns,
and a faulty entry stops the load naming the entry."""

import re

import pytest

from dagster_project.landing.headers import match_header_cell
from dagster_project.landing.specs import AGREEMENTS, INBOUND_DELEGATIONS, LAO_SUPPORT, OUTBOUND_DELEGATIONS
from dagster_project.landing.vocabulary import VOCABULARY_PATH, VocabularyError, load_vocabulary


def test_the_shipped_vocabulary_is_valid_and_covers_real_spellings():
    load_vocabulary()
    assert match_header_cell("SL", OUTBOUND_DELEGATIONS) == "members"
    assert match_header_cell("Số lượng khách", INBOUND_DELEGATIONS) == "visitors"
    assert match_header_cell("Thời gian làm việc", INBOUND_DELEGATIONS) == "arrival_date"
    assert match_header_cell("Bên ký phía nước ngoài", AGREEMENTS) == "foreign_partner"
    assert match_header_cell("TỈNH BẠN:", LAO_SUPPORT) == "recipient"
    assert match_header_cell("Kinh phí\n(triệu đồng)", LAO_SUPPORT) == "amount"


def _write(tmp_path, text):
    path = tmp_path / "header_vocabulary.yml"
    original = VOCABULARY_PATH.read_text(encoding="utf-8")
    path.write_text(text(original), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda text: text.replace("      members: [", "      head_count: [", 1), "unknown column 'head_count'"),
        (lambda text: text.replace("  agreements:", "  treaties:", 1), "unknown table(s) treaties"),
        (
            lambda text: text.replace("      return_date: [Ngày về,", "      return_date: [Ngày đi,", 1),
            "'Ngày đi' is given to both departure_date and return_date",
        ),
        (lambda text: text.replace("reviewed_by:", "reviewer:", 1), "missing 'reviewed_by'"),
        (
            lambda text: re.sub(r"\n      signed_date: \[[^\]]*\]", "", text, count=1),
            "required column(s) signed_date have no spelling",
        ),
        (lambda text: text + "\n  : [", "cannot be read as YAML"),
    ],
)
def test_a_faulty_entry_is_refused_naming_it(tmp_path, change, message):
    with pytest.raises(VocabularyError, match=None) as error:
        load_vocabulary(_write(tmp_path, change))
    assert message in str(error.value)
