"""Whole files and sheets: clear messages naming the file, other files go on."""

import xlwt
from msoffcrypto.format.ooxml import OOXMLFile

from tests.bad_inputs.builders import OUTBOUND_HEADERS, VALID_OUTBOUND, land, outbound_sheet, to_cp1258, write_xlsx

GOOD = "registers/doan_ra.xlsx"


def _good_file(raw):
    return write_xlsx(raw / GOOD, {"Đoàn ra": outbound_sheet()})


def _landed_members(batch):
    return sorted(row["members"] for row in batch.records["outbound_delegations"])


def test_wrong_headers_reject_the_sheet_naming_the_file_and_the_expected_headers(tmp_path):
    _good_file(tmp_path)
    write_xlsx(
        tmp_path / "registers/sai_tieu_de.xlsx",
        {"Đoàn ra": [["Thời điểm", "Nơi đến", "Người đi"], ["10/01/2022", "Lào", 3]]},
    )
    batch = land(tmp_path)
    (message,) = batch.blocking_messages(0.2)
    assert message.startswith("registers/sai_tieu_de.xlsx, sheet 'Đoàn ra': no header row matches a known table:")
    assert "'Thời điểm', 'Nơi đến', 'Người đi'" in message
    assert (
        "Closest table: Đoàn ra (outbound_delegations), missing Ngày đi (departure_date), Số thành viên (members)"
        in message
    )
    assert _landed_members(batch) == [4, 5, 6]


def test_missing_required_header_rejects_the_sheet(tmp_path):
    headers = [header for header in OUTBOUND_HEADERS if header != "Số thành viên"]
    write_xlsx(
        tmp_path / "registers/thieu_cot.xlsx",
        {"Đoàn ra": [headers, [1, "10/01/2022", "Lào", "Bolikhamsay", "Chúc Tết"]]},
    )
    batch = land(tmp_path)
    assert batch.sheets[0].status == "unrecognised_sheet"
    assert "thieu_cot.xlsx" in batch.blocking_messages(0.2)[0]


def test_renamed_headers_are_recognised_by_their_aliases(tmp_path):
    headers = ["STT", "Ngày xuất cảnh", "Quốc gia đến", "Cơ quan mời", "Số người", "Nội dung"]
    write_xlsx(tmp_path / GOOD, {"Đoàn ra": outbound_sheet(headers=headers)})
    assert _landed_members(land(tmp_path)) == [4, 5, 6]


def test_several_title_rows_above_the_header(tmp_path):
    rows = [
        ["ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH"],
        ["SỞ NGOẠI VỤ"],
        [],
        ["SỔ THEO DÕI ĐOÀN RA NĂM 2022"],
        *outbound_sheet(title=False),
    ]
    write_xlsx(tmp_path / GOOD, {"Đoàn ra": rows})
    batch = land(tmp_path)
    assert _landed_members(batch) == [4, 5, 6]
    assert batch.records["outbound_delegations"][0]["_row_number"] == 6


def test_merged_two_row_header(tmp_path):
    rows = [
        ["STT", "Thời gian", None, "Nước đến", "Số thành viên"],
        [None, "Ngày đi", "Ngày về", None, None],
        [1, "10/01/2022", "14/01/2022", "Lào", 5],
    ]
    write_xlsx(tmp_path / GOOD, {"Đoàn ra": rows})
    (row,) = land(tmp_path).records["outbound_delegations"]
    assert (str(row["departure_date"]), str(row["return_date"]), row["members"]) == ("2022-01-10", "2022-01-14", 5)


def test_blank_rows_and_columns_are_not_data(tmp_path):
    rows = [
        ["SỔ THEO DÕI"],
        [],
        ["STT", None, "Ngày đi", "Nước đến", None, "Số thành viên"],
        [],
        [1, None, "10/01/2022", "Lào", None, 5],
        [None] * 6,
        [2, None, "11/01/2022", "Lào", None, 6],
        [],
    ]
    write_xlsx(tmp_path / GOOD, {"Đoàn ra": rows})
    batch = land(tmp_path)
    assert _landed_members(batch) == [5, 6]
    assert (batch.sheets[0].rows_raw, batch.sheets[0].rows_rejected) == (2, 0)


def test_hidden_sheet_is_skipped_with_a_note(tmp_path):
    write_xlsx(
        tmp_path / GOOD,
        {"Đoàn ra": outbound_sheet(), "Nháp": outbound_sheet([[9, "01/01/2022", "Lào", "X", 99, ""]])},
        hidden=("Nháp",),
    )
    batch = land(tmp_path)
    assert _landed_members(batch) == [4, 5, 6]
    assert any(
        sheet.status == "hidden_sheet_skipped" and "sheet 'Nháp': hidden sheet not read" in sheet.message
        for sheet in batch.sheets
    )
    assert not batch.blocking_messages(0.2)


def test_same_file_twice_under_two_names_is_landed_once(tmp_path):
    _good_file(tmp_path)
    (tmp_path / "registers/doan_ra_ban_sao.xlsx").write_bytes((tmp_path / GOOD).read_bytes())
    batch = land(tmp_path)
    assert _landed_members(batch) == [4, 5, 6]
    assert any(
        "doan_ra_ban_sao.xlsx: skipped: same content as registers/doan_ra.xlsx" in message for message in batch.messages
    )


def test_a_row_typed_into_two_files_is_counted_once(tmp_path):
    _good_file(tmp_path)
    write_xlsx(
        tmp_path / "registers/doan_ra_quy1.xlsx",
        {"Đoàn ra": [OUTBOUND_HEADERS, VALID_OUTBOUND[0], [7, "20/03/2022", "Lào", "Savannakhet", 8, ""]]},
    )
    batch = land(tmp_path)
    assert _landed_members(batch) == [4, 5, 6, 8]
    (duplicate,) = batch.rejected_rows
    assert duplicate["_source_file"] == "registers/doan_ra_quy1.xlsx" and duplicate["_row_number"] == 2
    assert "same row as registers/doan_ra.xlsx, sheet 'Đoàn ra', row 3" in duplicate["reason"]


def test_empty_file_is_rejected_and_others_land(tmp_path):
    _good_file(tmp_path)
    (tmp_path / "registers/trong.xlsx").write_bytes(b"")
    batch = land(tmp_path)
    assert "registers/trong.xlsx: file rejected: the file is empty (0 bytes)." in batch.blocking_messages(0.2)
    assert _landed_members(batch) == [4, 5, 6]


def test_corrupt_zip_is_rejected(tmp_path):
    _good_file(tmp_path)
    data = (tmp_path / GOOD).read_bytes()
    (tmp_path / "registers/hong.xlsx").write_bytes(data[: len(data) // 2])
    (message,) = land(tmp_path).blocking_messages(0.2)
    assert message.startswith("registers/hong.xlsx: file rejected: it is not a readable spreadsheet")


def test_password_protected_workbook_is_rejected(tmp_path):
    _good_file(tmp_path)
    with (tmp_path / GOOD).open("rb") as plain, (tmp_path / "registers/mat_khau.xlsx").open("wb") as locked:
        OOXMLFile(plain).encrypt("bi-mat", locked)
    (message,) = land(tmp_path).blocking_messages(0.2)
    assert (
        message
        == "registers/mat_khau.xlsx: file rejected: the workbook is password-protected; save an unprotected copy."
    )


def test_old_xls_workbook_is_read(tmp_path):
    workbook = xlwt.Workbook()
    sheet = workbook.add_sheet("Đoàn ra")
    for row_index, row in enumerate(outbound_sheet()):
        for column_index, value in enumerate(row):
            sheet.write(row_index, column_index, value)
    (tmp_path / "registers").mkdir()
    workbook.save(str(tmp_path / "registers/doan_ra_cu.xls"))
    assert _landed_members(land(tmp_path)) == [4, 5, 6]


def _csv_text():
    return "\r\n".join(",".join(str(cell) for cell in row) for row in outbound_sheet(title=False))


def test_csv_in_utf8_with_bom(tmp_path):
    (tmp_path / "registers").mkdir()
    (tmp_path / "registers/doan_ra.csv").write_bytes(b"\xef\xbb\xbf" + _csv_text().encode("utf-8"))
    batch = land(tmp_path)
    assert _landed_members(batch) == [4, 5, 6]
    assert batch.records["outbound_delegations"][1]["destination_country"] == "Nhật Bản"


def test_csv_in_windows_1258(tmp_path):
    (tmp_path / "registers").mkdir()
    (tmp_path / "registers/doan_ra.csv").write_bytes(to_cp1258(_csv_text()))
    batch = land(tmp_path)
    assert _landed_members(batch) == [4, 5, 6]
    assert batch.records["outbound_delegations"][2]["purpose"] == "Xúc tiến đầu tư"


def test_a_stray_non_table_file_is_skipped_without_blocking(tmp_path):
    _good_file(tmp_path)
    (tmp_path / "registers/ghi_chu.docx").write_bytes(b"not a table")
    batch = land(tmp_path)
    assert not batch.blocking_messages(0.2)
    assert any("ghi_chu.docx: skipped" in message for message in batch.messages)


def test_too_many_rejected_rows_in_one_file_blocks_publishing(tmp_path):
    bad = [[n, "không rõ", "Lào", "X", 3, ""] for n in range(4, 8)]
    write_xlsx(tmp_path / GOOD, {"Đoàn ra": outbound_sheet(bad)})
    batch = land(tmp_path)
    (message,) = batch.blocking_messages(0.2)
    assert message.startswith("registers/doan_ra.xlsx: 4 of 7 rows rejected (57%), more than the 20% allowed")
    assert _landed_members(batch) == [4, 5, 6]
    assert not batch.blocking_messages(0.6)
