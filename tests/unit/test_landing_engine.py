"""Landing a workbook: rows land with provenance, bad cells go to rejected rows with the
file, sheet, row, column and reason, and every raw row is accounted for."""

import datetime as dt
import hashlib
from decimal import Decimal

import duckdb
import pytest
from openpyxl import Workbook

from dagster_project.landing.engine import FamilyLoader
from dagster_project.landing.rows import keyed_hash
from dagster_project.landing.specs import REGISTER_SPECS, REPORT_SPECS
from dagster_project.landing.store import write_batch

LOADED_AT = dt.datetime(2022, 9, 20, 2, 0)


def write_sheet(path, title, headers, rows, sheet_name="Sheet1"):
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = sheet_name
    sheet.append([title])
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def land(tmp_path, family, specs):
    return FamilyLoader(family, specs, tmp_path, "test-run", LOADED_AT, b"secret").land(
        sorted((tmp_path / family).glob("*"))
    )


@pytest.fixture
def outbound_file(tmp_path):
    folder = tmp_path / "registers"
    folder.mkdir()
    return write_sheet(
        folder / "doan_ra.xlsx",
        "SỔ THEO DÕI ĐOÀN RA",
        ["STT", "Ngày đi", "Nước đến", "Đối tác", "Số thành viên"],
        [
            [1, "12/01/2022", "Lào", "Bolikhamsay", 5],
            [2, "ngày 3 tháng 2 năm 2022", "Nhật Bản", "JICA", "07"],
            [3, "31/02/2022", "Lào", "Savannakhet", 4],
            [None, None, None, None, None],
            [4, "15/03/2022", "Hàn Quốc", "KOICA", "năm người"],
            [5, "15/03/2030", "Hàn Quốc", "KOICA", 3],
            [6, "16/03/2022", None, "KOICA", 3],
        ],
        sheet_name="Đoàn ra",
    )


def test_valid_rows_land_with_provenance(tmp_path, outbound_file):
    batch = land(tmp_path, "registers", REGISTER_SPECS)
    landed = batch.records["outbound_delegations"]
    assert [row["members"] for row in landed] == [5, 7]
    first = landed[0]
    assert first["departure_date"] == dt.date(2022, 1, 12)
    assert first["_source_file"] == "registers/doan_ra.xlsx"
    assert first["_sheet"] == "Đoàn ra"
    assert first["_row_number"] == 3
    assert len(first["_file_sha256"]) == 64
    assert first["_loaded_at"] == LOADED_AT


def test_bad_rows_are_rejected_with_reason_and_every_row_is_accounted_for(tmp_path, outbound_file):
    batch = land(tmp_path, "registers", REGISTER_SPECS)
    reasons = {(row["_row_number"], row["column_name"]): row["reason"] for row in batch.rejected_rows}
    assert "not a valid calendar date" in reasons[(5, "departure_date")]
    assert "contains no number" in reasons[(7, "members")]
    assert "in the future" in reasons[(8, "departure_date")]
    assert reasons[(9, "destination_country")] == "required value is missing"
    (sheet,) = [s for s in batch.sheets if s.target_table == "outbound_delegations"]
    assert sheet.rows_raw == 6  # the blank row is not a data row
    assert sheet.rows_raw == sheet.rows_landed + sheet.rows_rejected
    assert "4 of 6 rows rejected" in sheet.message and "doan_ra.xlsx" in sheet.message


def test_landing_tables_and_quality_rows_are_written(tmp_path, outbound_file):
    batch = land(tmp_path, "registers", REGISTER_SPECS)
    with duckdb.connect(str(tmp_path / "build.duckdb")) as connection:
        write_batch(connection, batch, REGISTER_SPECS)
        assert connection.execute("select count(*) from landing.outbound_delegations").fetchone()[0] == 2
        assert connection.execute("select count(*) from landing.conferences").fetchone()[0] == 0
        rejected = connection.execute(
            "select _source_file, _sheet, _row_number, column_name, raw_value from quality.rejected_rows "
            "order by _row_number"
        ).fetchall()
        assert rejected[0] == ("registers/doan_ra.xlsx", "Đoàn ra", 5, "departure_date", "31/02/2022")
        # Writing the same family again replaces its rows instead of adding to them.
        write_batch(connection, batch, REGISTER_SPECS)
        assert connection.execute("select count(*) from quality.rejected_rows").fetchone()[0] == len(
            batch.rejected_rows
        )


def test_unreadable_and_unknown_files_are_rejected_whole_with_a_message(tmp_path):
    folder = tmp_path / "registers"
    folder.mkdir()
    (folder / "broken.xlsx").write_bytes(b"PK\x03\x04 not really a zip")
    (folder / "empty.xlsx").write_bytes(b"")
    (folder / "notes.txt").write_text("ghi chú", encoding="utf-8")
    write_sheet(folder / "other.xlsx", "Danh sách", ["Họ tên", "Địa chỉ"], [["A", "B"]])
    batch = land(tmp_path, "registers", REGISTER_SPECS)
    messages = "\n".join(batch.messages)
    assert "broken.xlsx: file rejected: it is not a readable spreadsheet" in messages
    assert "empty.xlsx: file rejected: the file is empty" in messages
    assert "notes.txt: skipped: '.txt' files are not tables" in messages
    assert "other.xlsx, sheet 'Sheet1': no header row matches a known table" in messages
    assert (
        "Closest table: Vụ việc lãnh sự, bảo hộ công dân (consular_cases), missing Ngày tiếp nhận (received_date)"
        in messages
    )
    assert all(not records for records in batch.records.values())


def test_personal_data_is_hashed_or_dropped_at_landing(tmp_path):
    folder = tmp_path / "registers"
    folder.mkdir()
    write_sheet(
        folder / "lanh_su.xlsx",
        "VỤ VIỆC LÃNH SỰ",
        ["Ngày tiếp nhận", "Họ và tên", "Ngày sinh", "Số hộ chiếu", "Quốc gia", "Loại vụ việc"],
        [["02/03/2022", "Nguyễn Văn An", "01/01/1990", "C1234567", "Ukraina", "Sơ tán"]],
    )
    (row,) = land(tmp_path, "registers", REGISTER_SPECS).records["consular_cases"]
    assert "date_of_birth" not in row
    assert row["citizen_key"] == keyed_hash("Nguyễn Văn An", b"secret") != "Nguyễn Văn An"
    assert row["passport_key"] == keyed_hash("C1234567", b"secret")
    assert "C1234567" not in str(row) and "Nguyễn" not in str(row)


def test_report_table_values_are_brought_into_the_indicator_unit(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    write_sheet(
        folder / "bang.xlsx",
        "SỐ LIỆU",
        ["Kỳ báo cáo", "Chỉ tiêu", "Giá trị", "Đơn vị", "Ghi chú", "Nguồn"],
        [
            ["Năm 2020", "Tổng kim ngạch xuất nhập khẩu", "3,4", "tỷ USD", "", "Báo cáo"],
            ["9 tháng năm 2022", "ngo_aid_committed", "trên 1.150.000 USD", None, None, "Báo cáo"],
            ["9 tháng năm 2022", "Số đoàn ra", "nhiều", "đoàn", None, "Báo cáo"],
            ["9 tháng năm 2022", "Chỉ tiêu lạ", 5, "đoàn", None, "Báo cáo"],
            ["9 tháng năm 2022", "Số đoàn ra", 5, "tỷ USD", None, "Báo cáo"],
        ],
    )
    batch = land(tmp_path, "reports", REPORT_SPECS)
    landed = {row["indicator_code"]: row for row in batch.records["reported_indicators"]}
    assert landed["export_import_turnover"]["value"] == Decimal("3400000000")
    assert landed["export_import_turnover"]["unit"] == "USD"
    assert landed["ngo_aid_committed"]["qualifier"] == "over"
    assert landed["ngo_aid_committed"]["value"] == Decimal("1150000")
    reasons = sorted(row["reason"] for row in batch.rejected_rows)
    assert any("contains no number" in reason for reason in reasons)
    assert any("unknown indicator 'Chỉ tiêu lạ'" in reason for reason in reasons)
    assert any("does not fit outbound_delegations" in reason for reason in reasons)


def _publish(tmp_path, batch, name):
    path = tmp_path / name
    with duckdb.connect(str(path)) as connection:
        write_batch(connection, batch, REGISTER_SPECS)
    return path


def test_unchanged_files_are_copied_not_re_read_and_changed_ones_are_re_read(tmp_path, outbound_file):
    from dagster_project.landing.reuse import read_previous_landing

    first = FamilyLoader("registers", REGISTER_SPECS, tmp_path, "run-1", LOADED_AT, b"secret", "v1").land(
        [outbound_file]
    )
    published = _publish(tmp_path, first, "published.duckdb")
    other = write_sheet(
        tmp_path / "registers" / "doan_ra_2.xlsx",
        "ĐOÀN RA",
        ["Ngày đi", "Nước đến", "Đối tác", "Số thành viên"],
        [["10/05/2022", "Lào", "Savannakhet", 9], ["12/01/2022", "Lào", "Bolikhamsay", 5]],
    )

    previous = read_previous_landing(published, "registers", "v1", REGISTER_SPECS)
    second = FamilyLoader("registers", REGISTER_SPECS, tmp_path, "run-2", LOADED_AT, b"secret", "v1", previous).land(
        [outbound_file, other]
    )

    assert second.reused_files == [("registers/doan_ra.xlsx", first.sheets[0].file_sha256)]
    assert [row["members"] for row in second.records["outbound_delegations"]] == [9]
    duplicate = [row for row in second.rejected_rows if row["_source_file"] == "registers/doan_ra_2.xlsx"]
    assert "same row as registers/doan_ra.xlsx" in duplicate[0]["reason"]  # its row 3 is already published
    rebuilt = _publish(tmp_path, second, "rebuilt.duckdb")
    with duckdb.connect(str(rebuilt), read_only=True) as connection:
        rows = connection.execute(
            "select members, _run_id from landing.outbound_delegations order by members"
        ).fetchall()
        assert rows == [(5, "run-1"), (7, "run-1"), (9, "run-2")]
        assert (
            connection.execute(
                "select count(*) from quality.rejected_rows where _source_file = 'registers/doan_ra.xlsx'"
            ).fetchone()[0]
            == 4
        )

    assert read_previous_landing(published, "registers", "v2", REGISTER_SPECS).sheets == {}, (
        "another parser version re-reads everything"
    )


def test_a_row_key_is_its_table_and_values_in_name_order_whatever_the_order_of_the_row():
    # Published rows are matched to re-read ones by this key: its recipe must not drift.
    values = {"members": 5, "departure_date": dt.date(2024, 3, 12), "sample_label": "Dữ liệu mẫu", "country": "Lào"}
    content = ("outbound_delegations", ("country", "Lào"), ("departure_date", "2024-03-12"), ("members", "5"))
    expected = hashlib.sha256(repr(content).encode()).hexdigest()[:32]
    assert FamilyLoader._row_key("outbound_delegations", values) == expected
    reordered = dict(reversed(list(values.items())))
    assert FamilyLoader._row_key("outbound_delegations", reordered) == expected
