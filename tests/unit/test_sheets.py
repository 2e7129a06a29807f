"""Registers laid out as clerks lay them out, each built here with the figures it should give
computed from the same rows: title blocks, units, merged two-row headers, structure rows,
typed totals, ranges, ambiguous separators, merged counts, hidden columns, wide tables."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from openpyxl import Workbook

from dagster_project.landing.engine import FamilyLoader
from dagster_project.landing.specs import REGISTER_SPECS

LOADED_AT = dt.datetime(2026, 11, 1, 2, 0)


def build(path, rows, merges=(), hidden_columns=(), sheet_name="Sheet1", extra_sheets=None):
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = sheet_name
    for row in rows:
        sheet.append(row)
    for merge in merges:
        sheet.merge_cells(merge)
    for column in hidden_columns:
        sheet.column_dimensions[column].hidden = True
    for name, extra in (extra_sheets or {}).items():
        other = workbook.create_sheet(name)
        for row in extra:
            other.append(row)
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(path)
    return path


def land(raw):
    files = sorted((raw / "registers").glob("*.xlsx"))
    return FamilyLoader("registers", REGISTER_SPECS, raw, "t", LOADED_AT, b"k").land(files)


def outbound_entries():
    """(agency, leader, members, country, first day, last day) of six delegations."""
    return [
        ("Sở Ngoại vụ", "Giám đốc", 4, "Lào", dt.date(2024, 1, 9), dt.date(2024, 1, 12)),
        ("Sở Ngoại vụ", "Phó Giám đốc", 3, "Thái Lan", dt.date(2024, 2, 20), dt.date(2024, 2, 23)),
        ("Sở Y tế", "Giám đốc", 6, "Lào", dt.date(2024, 3, 28), dt.date(2024, 4, 2)),
        ("Sở Công Thương", "Phó Giám đốc", 5, "Nhật Bản", dt.date(2024, 5, 6), dt.date(2024, 5, 11)),
        ("Sở Công Thương", "Chuyên viên", 2, "Hàn Quốc", dt.date(2024, 6, 17), dt.date(2024, 6, 21)),
        ("UBND huyện Kỳ Anh", "Chủ tịch", 7, "Lào", dt.date(2024, 8, 1), dt.date(2024, 8, 3)),
    ]


def test_merged_two_row_header_sections_subtotals_and_a_signature_block(tmp_path):
    entries = outbound_entries()
    first_half, second_half = entries[:5], entries[5:]
    rows = [
        ["UBND TỈNH HÀ TĨNH", None, None, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
        ["SỞ NGOẠI VỤ", None, None, "Độc lập - Tự do - Hạnh phúc"],
        [None],
        ["BẢNG TỔNG HỢP CÁC ĐOÀN CÔNG TÁC NƯỚC NGOÀI NĂM 2024"],
        ["STT", "Đơn vị cử đoàn", "Thành phần đoàn", None, "Nước đến", "Thời gian", None],
        [None, None, "Trưởng đoàn", "SL", None, "Đi", "Về"],
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"],
        ["I", "SÁU THÁNG ĐẦU NĂM"],
    ]
    for number, (agency, leader, members, country, start, end) in enumerate(first_half, start=1):
        rows.append([number, agency, leader, f"{members:02d}", country, start.strftime("%d.%m.%Y"), end])
    rows.append([None, f"Cộng: {len(first_half)} đoàn", None, sum(e[2] for e in first_half)])
    rows.append(["II", "SÁU THÁNG CUỐI NĂM"])
    for number, (agency, leader, members, country, start, end) in enumerate(second_half, start=1):
        rows.append([number, agency, leader, f"{members} người", country, start, end])
    rows.append([None, f"Cộng: {len(second_half)} đoàn", None, sum(e[2] for e in second_half)])
    rows.append([None, "TỔNG CỘNG", None, sum(e[2] for e in entries)])
    rows += [
        [None],
        [None, None, None, None, "Hà Tĩnh, ngày 10 tháng 01 năm 2025"],
        ["NGƯỜI LẬP BIỂU", None, None, None, "GIÁM ĐỐC"],
        [None],
        ["Nguyễn Văn B", None, None, None, "Trần Văn C"],
    ]
    # One agency merged down over its two delegations: it applies to both.
    merges = ["C5:D5", "F5:G5", "A5:A6", "B5:B6", "E5:E6", "B12:B13"]
    rows[11][1] = "Sở Công Thương"
    rows[12][1] = None
    build(tmp_path / "registers" / "doan_ra_2024.xlsx", rows, merges)

    batch = land(tmp_path)

    landed = batch.records["outbound_delegations"]
    assert [
        (
            r["sending_agency"],
            r["leader_title"],
            r["members"],
            r["destination_country"],
            r["departure_date"],
            r["return_date"],
        )
        for r in landed
    ] == entries
    (sheet,) = batch.sheets
    assert (sheet.status, sheet.rows_landed, sheet.rows_rejected) == ("landed", len(entries), 0)
    assert sheet.rows_raw == sheet.rows_landed + sheet.rows_structure
    kinds = [row["row_kind"] for row in batch.structure_rows]
    assert kinds.count("section") == 2 and kinds.count("total") == 3 and kinds.count("column_numbers") == 1
    assert {"signature"} <= set(kinds)
    assert batch.total_checks and all(check["status"] == "match" for check in batch.total_checks)
    mapped = {row["column_name"]: row["header_as_written"] for row in batch.sheet_columns if row["column_name"]}
    assert mapped["return_date"] == "Thời gian / Về" and mapped["members"] == "Thành phần đoàn / SL"


def test_a_typed_total_the_rows_contradict_blocks_naming_both_numbers(tmp_path):
    entries = outbound_entries()[:3]
    rows = [["DANH SÁCH ĐOÀN RA"], ["STT", "Ngày đi", "Nước đến", "Số người"]]
    rows += [[n, e[4], e[3], e[2]] for n, e in enumerate(entries, start=1)]
    typed = sum(e[2] for e in entries) + 1
    rows.append([None, "Tổng cộng", None, typed])
    build(tmp_path / "registers" / "doan_ra.xlsx", rows)

    batch = land(tmp_path)

    (message,) = batch.blocking_messages(0.2)
    assert f"row {len(rows)}: the total typed for Số người is {typed}" in message
    assert f"add up to {sum(e[2] for e in entries)}" in message
    assert len(batch.records["outbound_delegations"]) == len(entries)  # the entries still land; the load is held


def test_a_total_of_one_kind_of_row_is_checked_against_those_rows(tmp_path):
    rows = [
        ["ĐVT: USD"],
        ["Mã dự án", "Ngày", "Loại giao dịch", "Nhà tài trợ", "Số tiền"],
        ["P1", "03/02/2024", "Cam kết", "Oxfam", "120.000"],
        ["P1", "05/03/2024", "Giải ngân", "Oxfam", "40.000"],
        ["P2", "07/04/2024", "Cam kết", "KOICA", "1.000.000"],
        [None, "Cộng cam kết", None, None, "1.120.000"],
        [None, "Cộng giải ngân", None, None, "40.000"],
    ]
    build(tmp_path / "registers" / "cam_ket.xlsx", rows)

    batch = land(tmp_path)

    assert [check["status"] for check in batch.total_checks] == ["match", "match"]
    assert [r["amount"] for r in batch.records["aid_transactions"]] == [
        Decimal(120000),
        Decimal(40000),
        Decimal(1000000),
    ]
    assert {r["currency"] for r in batch.records["aid_transactions"]} == {"USD"}


@pytest.mark.parametrize(
    ("unit_line", "header", "cell", "expected", "currency"),
    [
        ("(Đơn vị tính: triệu đồng)", "Giá trị", 150, Decimal(150_000_000), "VND"),
        (None, "Kinh phí (triệu đồng)", "1.250,5", Decimal(1_250_500_000), "VND"),
        ("Đơn vị: nghìn USD", "Số tiền", "85,5", Decimal(85_500), "USD"),
        ("ĐVT: đồng", "Trị giá", "2 tỷ", Decimal(2_000_000_000), "VND"),  # the cell's own scale wins
    ],
)
def test_a_unit_stated_once_scales_the_money_column(tmp_path, unit_line, header, cell, expected, currency):
    rows = [
        ["HỖ TRỢ CÁC TỈNH BẠN LÀO"],
        [unit_line],
        ["Ngày trao", "Tỉnh bạn", "Hình thức", header],
        ["12/04/2024", "Khăm Muộn", "Tiền mặt", cell],
    ]
    build(tmp_path / "registers" / "ho_tro.xlsx", rows)

    (row,) = land(tmp_path).records["lao_support"]

    assert (row["amount"], row["currency"]) == (expected, currency)
    columns = land(tmp_path).sheet_columns
    assert any(c["column_name"] == "amount" and currency in (c["unit_applied"] or "") for c in columns)


def test_one_separator_before_three_digits_is_quarantined_unless_the_column_settles_it(tmp_path):
    header = ["Ngày trao", "Tỉnh bạn", "Hình thức", "Giá trị", "Loại tiền"]
    build(tmp_path / "registers" / "mot_cot.xlsx", [header, ["12/04/2024", "Khăm Muộn", "Tiền mặt", "120,000", "USD"]])
    build(
        tmp_path / "registers" / "hai_cot.xlsx",
        [
            header,
            ["13/04/2024", "Bolikhămxay", "Tiền mặt", "120,000", "USD"],
            ["14/04/2024", "Xiêng Khoảng", "Tiền mặt", "1,250,000", "USD"],
        ],
    )

    batch = land(tmp_path)

    (rejected,) = [r for r in batch.rejected_rows if r["_source_file"].endswith("mot_cot.xlsx")]
    assert rejected["column_name"] == "amount"
    assert "'120,000' can be read as 120000" in rejected["reason"] and "or as 120 " in rejected["reason"]
    settled = sorted(r["amount"] for r in batch.records["lao_support"])
    assert settled == [Decimal(120000), Decimal(1250000)]


def test_a_count_merged_over_several_rows_is_quarantined_with_why(tmp_path):
    rows = [
        ["STT", "Ngày đến", "Tên đoàn", "Số khách"],
        [1, "02/05/2024", "Đoàn tỉnh Savannakhet", 12],
        [2, "03/05/2024", "Đoàn tỉnh Champasak", None],
    ]
    build(tmp_path / "registers" / "doan_vao.xlsx", rows, merges=["D2:D3"])

    batch = land(tmp_path)

    assert batch.records["inbound_delegations"] == []
    reasons = {r["_row_number"]: r["reason"] for r in batch.rejected_rows if r["column_name"] == "visitors"}
    assert set(reasons) == {2, 3} and "merged over rows 2-3" in reasons[2]


def test_a_hidden_column_is_never_read_in_place_of_a_visible_one(tmp_path):
    rows = [["Ngày đi", "Nước đến", "Số người", "Số người", "Ghi chú"], ["05/06/2024", "Lào", 99, 5, "x"]]
    build(tmp_path / "registers" / "an_cot.xlsx", rows, hidden_columns=["C"])

    batch = land(tmp_path)

    (row,) = batch.records["outbound_delegations"]
    assert row["members"] == 5
    hidden = [c for c in batch.sheet_columns if c["column_position"] == 3]
    assert hidden and hidden[0]["mapped_by"] == "hidden column, not read"


def test_a_wide_table_with_its_count_date_in_the_title_lands_one_row_per_province(tmp_path):
    counts = {
        "Trường Đại học Hà Tĩnh": {"Bolikhămxay": 120, "Khăm Muộn": 80, "Hủa Phăn": 0},
        "Trường Cao đẳng Y tế": {"Bolikhămxay": 15, "Khăm Muộn": 0, "Hủa Phăn": 4},
    }
    provinces = ["Bolikhămxay", "Khăm Muộn", "Hủa Phăn"]
    rows = [
        ["LƯU HỌC SINH LÀO (tính đến ngày 30/06/2024)"],
        ["STT", "Cơ sở đào tạo", "Tỉnh của Lào", None, None, "Tổng số"],
        [None, None, *provinces, None],
    ]
    for number, (school, by_province) in enumerate(counts.items(), start=1):
        rows.append([number, school, *[by_province[p] or "-" for p in provinces], sum(by_province.values())])
    rows.append(
        [
            None,
            "Cộng",
            *[sum(c[p] for c in counts.values()) for p in provinces],
            sum(sum(c.values()) for c in counts.values()),
        ]
    )
    build(tmp_path / "registers" / "lhs.xlsx", rows, merges=["C2:E2", "A2:A3", "B2:B3", "F2:F3"])

    batch = land(tmp_path)

    landed = {(r["institution"], r["home_province"]): r["students"] for r in batch.records["lao_students"]}
    assert landed == {(s, p): n for s, by in counts.items() for p, n in by.items() if n}
    assert {r["snapshot_date"] for r in batch.records["lao_students"]} == {dt.date(2024, 6, 30)}
    assert all(check["status"] == "match" for check in batch.total_checks)


def test_a_summary_sheet_of_formulas_is_skipped_and_the_workbook_still_lands(tmp_path):
    quarter = [["Ngày đi", "Nước đến", "Số người"], ["05/02/2024", "Lào", 3], ["06/03/2024", "Lào", 4]]
    summary = [
        ["TỔNG HỢP"],
        ["Quý", "Số đoàn", "Số người"],
        ["I", "=COUNTA('Quý I'!A2:A3)", "=SUM('Quý I'!C2:C3)"],
        ["Cả năm", "=B3", "=C3"],
    ]
    build(tmp_path / "registers" / "theo_quy.xlsx", quarter, sheet_name="Quý I", extra_sheets={"Tổng hợp": summary})

    batch = land(tmp_path)

    assert len(batch.records["outbound_delegations"]) == 2
    statuses = {sheet.sheet: sheet.status for sheet in batch.sheets}
    assert statuses == {"Quý I": "landed", "Tổng hợp": "summary_sheet_skipped"}
    assert batch.blocking_messages(0.2) == []


def test_an_unknown_header_is_recognised_from_its_values_and_shown_for_confirmation(tmp_path):
    entries = outbound_entries()
    rows = [["STT", "Hành trình", "Nước đến", "Số người", "Ngày khởi hành thực tế"]]
    rows += [[n, f"Hà Tĩnh - {e[3]}", e[3], e[2], e[4].strftime("%d/%m/%Y")] for n, e in enumerate(entries, start=1)]
    build(tmp_path / "registers" / "doan_ra_moi.xlsx", rows, sheet_name="Đoàn ra")

    batch = land(tmp_path)

    assert [r["departure_date"] for r in batch.records["outbound_delegations"]] == [e[4] for e in entries]
    (column,) = [c for c in batch.sheet_columns if c["column_name"] == "departure_date"]
    assert column["header_as_written"] == "Ngày khởi hành thực tế" and column["mapped_by"].startswith(
        "inferred from values"
    )
    assert "read 'Ngày khởi hành thực tế' as departure_date from the column's values" in batch.messages[0]


def test_two_unknown_columns_that_both_fit_are_not_guessed(tmp_path):
    rows = [
        ["Hành trình", "Nước đến", "Số người", "Ngày A", "Ngày B"],
        *[[f"Chuyến {n}", "Lào", 3, f"0{n}/02/2024", f"0{n + 1}/02/2024"] for n in range(1, 5)],
    ]
    build(tmp_path / "registers" / "hai_ngay.xlsx", rows)

    batch = land(tmp_path)

    assert batch.records["outbound_delegations"] == []
    assert batch.sheets[0].status == "unrecognised_sheet"


def test_a_three_row_header_under_merged_groups(tmp_path):
    rows = [
        ["DANH MỤC THỎA THUẬN QUỐC TẾ"],
        ["TT", "Tên thỏa thuận", "Các bên ký kết", None, None, "Thời điểm ký"],
        [None, None, "Phía Hà Tĩnh", "Phía nước ngoài", None, None],
        [None, None, None, "Tên đối tác", "Quốc gia", None],
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
        [1, "Biên bản ghi nhớ hợp tác giáo dục", "Sở GD&ĐT", "Sở Giáo dục tỉnh Savannakhet", "Lào", "22/03/2024"],
        [2, "Thỏa thuận hợp tác y tế", "Sở Y tế", "Sở Y tế tỉnh Khăm Muộn", "Lào", "02/07/2024"],
    ]
    build(tmp_path / "registers" / "ttqt.xlsx", rows, merges=["C2:E2", "D3:E3", "A2:A4", "B2:B4", "F2:F4", "C3:C4"])

    batch = land(tmp_path)

    landed = [(r["signing_agency"], r["foreign_partner"], r["signed_date"]) for r in batch.records["agreements"]]
    assert landed == [
        ("Sở GD&ĐT", "Sở Giáo dục tỉnh Savannakhet", dt.date(2024, 3, 22)),
        ("Sở Y tế", "Sở Y tế tỉnh Khăm Muộn", dt.date(2024, 7, 2)),
    ]
    assert [row["row_kind"] for row in batch.structure_rows] == ["column_numbers"]


def test_gifts_grouped_under_province_sections_take_the_province(tmp_path):
    gifts = {
        "Tỉnh Bolikhamsay": [("30/01/2024", "Hiện vật", 300), ("12/04/2024", "Tiền mặt", 500)],
        "Tỉnh Khăm Muộn": [("13/04/2024", "Tiền mặt", 450)],
    }
    rows = [
        ["KẾT QUẢ HỖ TRỢ CÁC TỈNH BẠN LÀO"],
        ["ĐVT: triệu đồng"],
        ["TT", "Nội dung", "Hình thức", "Thời gian", "Giá trị"],
    ]
    for number, (province, items) in enumerate(gifts.items(), start=1):
        rows.append([number, province])
        rows += [[f"{number}.{k}", "Quà", form, day, value] for k, (day, form, value) in enumerate(items, start=1)]
        rows.append([None, f"Cộng ({province})", None, None, sum(value for *_, value in items)])
    rows += [[None, "Trong đó:"], [None, "- Tiền mặt", None, None, 950], [None, "- Hiện vật", None, None, 300]]
    build(tmp_path / "registers" / "lao.xlsx", rows)

    batch = land(tmp_path)

    landed = [(r["recipient"], r["amount"]) for r in batch.records["lao_support"]]
    assert landed == [(p, Decimal(v * 1_000_000)) for p, items in gifts.items() for *_, v in items]
    assert batch.rejected_rows == [] and all(check["status"] == "match" for check in batch.total_checks)
    assert [row["row_kind"] for row in batch.structure_rows].count("breakdown") == 2


def test_a_section_row_under_a_plain_header_is_not_taken_for_sub_headers(tmp_path):
    rows = [
        ["STT", "Ngày trao", "Tỉnh bạn", "Hình thức", "Giá trị", "Loại tiền"],
        ["A", "Tỉnh Bolikhămxay"],
        [1, "11/04/2023", "Bolikhămxay", "Tiền mặt", 500, "VND"],
    ]
    build(tmp_path / "registers" / "lao.xlsx", rows)

    batch = land(tmp_path)

    assert [r["value_date"] for r in batch.records["lao_support"]] == [dt.date(2023, 4, 11)]
    assert [row["row_kind"] for row in batch.structure_rows] == ["section"]


def test_a_summary_sheet_typed_by_hand_is_skipped_but_an_unknown_register_is_not(tmp_path):
    summary = [["TỔNG HỢP SỐ VỤ VIỆC THEO QUÝ"], ["Năm", "Quý I", "Quý II", "Cả năm"], [2024, 3, 2, 5]]
    unknown = [["TỔNG HỢP"], ["Mục", "Thời điểm"], ["Việc A", "12/03/2024"]]
    cases = [["Ngày tiếp nhận", "Quốc gia", "Loại vụ việc"], ["05/02/2024", "Lào", "Mất hộ chiếu"]]
    build(tmp_path / "registers" / "lanh_su.xlsx", cases, extra_sheets={"Tổng hợp theo quý": summary, "Khác": unknown})

    batch = land(tmp_path)

    statuses = {sheet.sheet: sheet.status for sheet in batch.sheets}
    assert statuses == {"Sheet1": "landed", "Tổng hợp theo quý": "summary_sheet_skipped", "Khác": "unrecognised_sheet"}


def test_a_bad_optional_cell_no_figure_needs_lands_the_row_with_a_note(tmp_path):
    rows = [
        ["Ngày tổ chức", "Tên hội thảo", "Số đại biểu nước ngoài"],
        ["16/04/2024", "Hội thảo A", "150 (35 nước ngoài)"],
    ]
    build(tmp_path / "registers" / "hnht.xlsx", rows)

    batch = land(tmp_path)

    (row,) = batch.records["conferences"]
    assert row["foreign_participants"] is None and batch.rejected_rows == []
    (note,) = batch.cell_notes
    assert (note["_row_number"], note["column_name"], note["raw_value"]) == (
        2,
        "foreign_participants",
        "150 (35 nước ngoài)",
    )


def test_a_total_that_rows_in_quarantine_may_close_is_not_checked(tmp_path):
    rows = [
        ["Ngày tiếp nhận", "Quốc gia", "Loại vụ việc"],
        ["05/02/2024", "Lào", "A"],
        ["Tháng 5/2024", "Lào", "B"],
        [None, "Tổng số: 2 vụ việc"],
    ]
    build(tmp_path / "registers" / "lanh_su.xlsx", rows)

    batch = land(tmp_path)

    assert [check["status"] for check in batch.total_checks] == ["not_checked_rows_in_quarantine"]
    assert batch.sheets[0].status == "landed_with_rejections"


def test_a_row_whose_date_names_nothing_belongs_to_the_year_its_table_names(tmp_path):
    rows = [
        ["DANH SÁCH ĐOÀN VÀO"],
        ["Ngày đến", "Tên đoàn", "Số khách"],
        [None, "NĂM 2025"],
        ["20/01/2025", "Đoàn A", 5],
        [None, "NĂM 2026"],
        ["mùng 5 tháng Giêng", "Đoàn B", 7],
        ["03/03/2026", "Đoàn C", 4],
    ]
    build(tmp_path / "registers" / "doan_vao.xlsx", rows)

    batch = land(tmp_path)

    (hint,) = {row["date_hint"] for row in batch.rejected_rows}
    assert hint == "2026"
