"""The decisions file is validated before a load uses it, and a new decision is a reason to load."""

import pytest

from dagster_project.publishing.fingerprint import load_fingerprint
from dagster_project.quality.decisions import DecisionFileError, read_decisions

KNOWN = {"inbound_delegations", "consular_cases"}
BASE = "key: abc123, reason: r, who: Trần Thị B, date: 2026-12-01"


def _read(tmp_path, body: str):
    path = tmp_path / "extraction_decisions.yml"
    path.write_text(body, encoding="utf-8")
    return read_decisions(path, KNOWN)


def test_accept_and_reject_are_read(tmp_path):
    decisions = _read(
        tmp_path,
        f"decisions:\n  - {{{BASE}, decision: accept, indicator: inbound_delegations, period: '2021-05', value: 7}}\n"
        "  - {key: def456, decision: reject, reason: r, who: w, date: 2026-12-01}\n",
    )
    assert [(d.decision, d.indicator_code, d.period_code, d.value) for d in decisions] == [
        ("accept", "inbound_delegations", "2021-05", 7),
        ("reject", None, None, None),
    ]


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (f"{{{BASE}, decision: accept}}", "decision 1: an accepted figure needs indicator and period"),
        (f"{{{BASE}, decision: accept, indicator: ngo_count, period: '2021'}}", "unknown indicator 'ngo_count'"),
        (f"{{{BASE}, decision: accept, indicator: consular_cases, period: '2021-13'}}", "2021-13"),
        (f"{{{BASE}, decision: maybe}}", "decision 'maybe' is not one of accept, reject"),
        ("{key: abc, decision: reject, reason: r, who: w}", "missing date"),
        (f"{{{BASE}, decision: accept, indicator: consular_cases, period: '2021', value: -3}}", "negative"),
    ],
)
def test_an_entry_that_cannot_be_trusted_is_named(tmp_path, entry, message):
    with pytest.raises(DecisionFileError, match="decision 1") as error:
        _read(tmp_path, f"decisions:\n  - {entry}\n")
    assert message in str(error.value)


def test_the_same_item_decided_twice_is_refused(tmp_path):
    with pytest.raises(DecisionFileError, match="decided twice"):
        _read(tmp_path, f"decisions:\n  - {{{BASE}, decision: reject}}\n  - {{{BASE}, decision: reject}}\n")


def test_a_new_decision_changes_the_load_fingerprint(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    decisions = tmp_path / "extraction_decisions.yml"
    decisions.write_text("decisions: []\n", encoding="utf-8")
    before = load_fingerprint(raw, (decisions,))
    decisions.write_text(f"decisions:\n  - {{{BASE}, decision: reject}}\n", encoding="utf-8")
    assert load_fingerprint(raw, (decisions,)) != before
