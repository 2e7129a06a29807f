"""Two sources that publish different values for one figure block publishing, naming both
sources and values, until a reviewed choice picks one; each source is then reconciled against
the registers on its own."""

from __future__ import annotations

import duckdb
import pytest
import yaml

from dagster_project.loading import LoadRequest, run_load
from dagster_project.quality.source_choices import SourceChoiceError, read_source_choices
from tests.bad_inputs.builders import write_xlsx
from tests.conftest import workspace_from
from tests.faults.helpers import sha256

pytestmark = pytest.mark.slow

REPORT_HEADERS = ["Kỳ báo cáo", "Chỉ tiêu", "Giá trị", "Đơn vị", "Ghi chú", "Nguồn"]
SAMPLE_TABLE = "reports/SAMPLE_bang_so_lieu_nam_2020.xlsx"


def _choice(source: str) -> dict:
    return {
        "source_choices": [
            {
                "period": "2020",
                "indicator": "outbound_delegations",
                "source": source,
                "reason": "The review table of 2020 was checked against the registers",
                "who": "Phòng Hợp tác quốc tế - Trần Thị B",
                "date": "2026-12-01",
            }
        ]
    }


def test_second_table_with_another_value_blocks_until_a_reviewed_choice(published_sample, tmp_path):
    raw, warehouse = workspace_from(published_sample, tmp_path)
    write_xlsx(
        raw / "reports" / "bang_khac_2020.xlsx",
        {"Số liệu": [REPORT_HEADERS, ["Năm 2020", "Số đoàn ra", 999, "đoàn", "", "Báo cáo khác"]]},
    )
    before = sha256(warehouse)

    blocked = run_load(LoadRequest(raw_dir=raw, warehouse_path=warehouse, force=True))

    assert not blocked.published
    message = "\n".join(blocked.failures)
    assert (
        f"sources disagree: outbound_delegations for 2020: 11 in {SAMPLE_TABLE}; 999 in reports/bang_khac_2020.xlsx "
        "(registers 11)"
    ) in message
    assert sha256(warehouse) == before

    waivers = tmp_path / "waivers.yml"
    waivers.write_text(yaml.safe_dump(_choice(SAMPLE_TABLE), allow_unicode=True), encoding="utf-8")
    decided = run_load(LoadRequest(raw_dir=raw, warehouse_path=warehouse, waivers_path=waivers))

    assert decided.published, decided.failures
    with duckdb.connect(str(warehouse), read_only=True) as connection:
        published = connection.execute(
            "select value from marts.fct_reported_indicator "
            "where period_code = '2020' and indicator_code = 'outbound_delegations'"
        ).fetchone()[0]
        per_source = dict(
            connection.execute(
                "select source_file, status || ' ' || conflict_status || ' ' || is_chosen_source "
                "from marts.rpt_source_reconciliation "
                "where period_code = '2020' and indicator_code = 'outbound_delegations'"
            ).fetchall()
        )
    assert published == 11
    assert per_source == {SAMPLE_TABLE: "match decided true", "reports/bang_khac_2020.xlsx": "mismatch decided false"}


def test_a_choice_must_name_a_known_indicator_and_period_once(tmp_path):
    waivers = tmp_path / "waivers.yml"
    choice = _choice(SAMPLE_TABLE)
    choice["source_choices"] *= 2
    waivers.write_text(yaml.safe_dump(choice), encoding="utf-8")
    with pytest.raises(SourceChoiceError, match="outbound_delegations for 2020 is chosen twice"):
        read_source_choices(waivers, {"outbound_delegations"})
    with pytest.raises(SourceChoiceError, match="unknown indicator"):
        read_source_choices(waivers, set())
