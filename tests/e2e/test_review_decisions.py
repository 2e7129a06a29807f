"""The review loop end to end: a steward's decisions in extraction_decisions.yml are applied by
the next load: an accepted item is published with the steward's indicator and period, a
rejected one leaves the open queue, a decision whose sentence changed is reported as stale
and not applied; a decisions file that cannot be trusted blocks the load."""

from decimal import Decimal

import duckdb
import pytest
import yaml

from dagster_project.documents.extract import extract_figures
from dagster_project.documents.reader import read_document
from dagster_project.loading import LoadRequest, run_load
from dagster_project.quality.decisions import review_key

pytestmark = pytest.mark.slow

REPORT = """BÁO CÁO
Kết quả công tác đối ngoại năm 2021
I. KẾT QUẢ
Tháng 5/2021, tỉnh đón 6 đoàn khách quốc tế đến thăm, làm việc.
Xử lý 18 vụ việc bảo hộ công dân.
Tỉnh Nghệ An đón 50 đoàn khách quốc tế.
"""


def _key(path, written):
    item = next(i for i in extract_figures(read_document(path)).review if i.value_as_written == written)
    return review_key(path.name, item.excerpt, item.value_as_written, item.char_start - item.excerpt_start)


@pytest.fixture(scope="module")
def reviewed_warehouse(tmp_path_factory):
    root = tmp_path_factory.mktemp("review_loop")
    report = root / "raw" / "documents" / "bao_cao_nam_2021.txt"
    report.parent.mkdir(parents=True)
    report.write_text(REPORT, encoding="utf-8")
    decisions = root / "extraction_decisions.yml"
    common = {"who": "Phòng HTQT - Trần Thị B", "date": "2026-12-01"}
    decisions.write_text(
        yaml.safe_dump(
            {
                "decisions": [
                    {
                        "key": _key(report, "6"),
                        "decision": "accept",
                        "indicator": "inbound_delegations",
                        "period": "2021-05",
                        "reason": "Delegations received in May 2021",
                        **common,
                    },
                    {
                        "key": _key(report, "50"),
                        "decision": "reject",
                        "reason": "Delegations received by another province",
                        **common,
                    },
                    {"key": "0123456789ab", "decision": "reject", "reason": "A sentence since rewritten", **common},
                ]
            },
            allow_unicode=True,
        ),
        encoding="utf-8",
    )
    warehouse = root / "warehouse" / "warehouse.duckdb"
    outcome = run_load(LoadRequest(raw_dir=root / "raw", warehouse_path=warehouse, decisions_path=decisions))
    assert outcome.published, outcome.failures
    with duckdb.connect(str(warehouse), read_only=True) as connection:
        yield connection, root, decisions


def test_an_accepted_item_is_published_with_the_stewards_indicator_and_period(reviewed_warehouse):
    connection, _, _ = reviewed_warehouse
    figures = connection.execute(
        "select period_code, indicator_code, value, extraction_method from marts.fct_reported_indicator order by 1, 2"
    ).fetchall()
    assert ("2021-05", "inbound_delegations", Decimal(6), "narrative") in figures
    assert ("2021", "consular_cases", Decimal(18), "narrative") in figures
    (rule,) = connection.execute(
        "select extraction_rule from marts.fct_reported_indicator_source where period_code = '2021-05'"
    ).fetchone()
    assert rule.startswith("reviewed: accepted by Phòng HTQT")


def test_decided_items_leave_the_open_queue_and_stale_decisions_are_reported(reviewed_warehouse):
    connection, _, _ = reviewed_warehouse
    statuses = dict(
        connection.execute("select value_as_written, review_status from quality.extraction_review").fetchall()
    )
    assert statuses == {"6": "accepted", "50": "rejected"}
    stale = connection.execute("select review_key, decision_number from quality.stale_extraction_decisions").fetchall()
    assert stale == [("0123456789ab", 3)]


def test_an_untrustworthy_decisions_file_blocks_the_load_and_names_the_entry(reviewed_warehouse):
    _, root, decisions = reviewed_warehouse
    bad = root / "bad_decisions.yml"
    bad.write_text(
        "decisions:\n  - {key: abc, decision: accept, reason: r, who: w, date: 2026-12-01}\n", encoding="utf-8"
    )
    warehouse = root / "warehouse" / "warehouse.duckdb"
    before = warehouse.read_bytes()
    outcome = run_load(LoadRequest(raw_dir=root / "raw", warehouse_path=warehouse, decisions_path=bad, force=True))
    assert not outcome.published
    assert "decision 1: an accepted figure needs indicator and period" in " ".join(outcome.failures)
    assert warehouse.read_bytes() == before
