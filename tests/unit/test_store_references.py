"""A commitment to a project no project sheet lists is quarantined with that reason and the
file's counts corrected, instead of failing a dbt test that names no file."""

import duckdb

from dagster_project.landing.specs import REGISTER_SPECS
from dagster_project.landing.store import quarantine_unlisted_references, write_batch
from tests.unit.test_sheets import build, land


def test_a_commitment_to_an_unlisted_project_is_quarantined(tmp_path):
    build(
        tmp_path / "registers" / "du_an.xlsx",
        [
            ["Mã dự án", "Tên dự án", "Nhà tài trợ", "Loại viện trợ", "Ngày phê duyệt"],
            ["DA-01", "Nước sạch", "Oxfam", "Viện trợ PCPNN", "02/02/2024"],
        ],
    )
    build(
        tmp_path / "registers" / "cam_ket.xlsx",
        [
            ["Mã dự án", "Ngày", "Loại giao dịch", "Bên cấp vốn", "Số tiền", "Loại tiền"],
            ["DA-01", "03/03/2024", "Cam kết", "Oxfam", 1000, "USD"],
            ["DA-09", "04/04/2024", "Cam kết", "Oxfam", 2000, "USD"],
        ],
    )
    batch = land(tmp_path)
    with duckdb.connect(str(tmp_path / "build.duckdb")) as con:
        write_batch(con, batch, REGISTER_SPECS)
        messages = quarantine_unlisted_references(con, "t", "registers", REGISTER_SPECS)
        landed = con.execute("select project_code from landing.aid_transactions").fetchall()
        rejected = con.execute(
            "select _source_file, _row_number, reason, date_hint from quality.rejected_rows"
        ).fetchall()
        counts = con.execute(
            "select rows_landed, rows_rejected, status from quality.load_files where _source_file like '%cam_ket%'"
        ).fetchall()
    assert landed == [("DA-01",)]
    assert rejected == [
        (
            "registers/cam_ket.xlsx",
            3,
            "project_code DA-09 is listed in no project sheet (Dự án viện trợ): add it there or correct the code",
            "2024-04-04",
        )
    ]
    assert counts == [(1, 1, "landed_with_rejections")]
    assert messages == [
        "registers/cam_ket.xlsx, sheet 'Sheet1': 1 row(s) name a project_code listed in no project sheet "
        "(Dự án viện trợ); see quality.rejected_rows."
    ]
