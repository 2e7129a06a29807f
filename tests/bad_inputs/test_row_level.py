"""One bad row among valid ones: the row goes to quarantine with its reason, the valid rows land."""

import datetime as dt
from decimal import Decimal

import pytest

from tests.bad_inputs.builders import land, outbound_sheet, reasons, write_xlsx

SOURCE = "registers/doan_ra.xlsx"
BAD_ROW = 6  # title, header and three valid rows come first


@pytest.mark.parametrize(
    ("case", "bad_row", "column", "reason"),
    [
        (
            "impossible calendar date",
            [4, "31/02/2022", "Lào", "Savannakhet", 3, ""],
            "departure_date",
            "not a valid calendar date",
        ),
        (
            "month without a day",
            [4, "tháng 2/2022", "Lào", "Savannakhet", 3, ""],
            "departure_date",
            "names only a month (2022-02); add the day",
        ),
        ("future date", [4, "15/03/2099", "Lào", "Savannakhet", 3, ""], "departure_date", "in the future"),
        (
            "text in a number column",
            [4, "15/03/2022", "Lào", "Savannakhet", "năm người", ""],
            "members",
            "contains no number",
        ),
        ("negative count", [4, "15/03/2022", "Lào", "Savannakhet", -3, ""], "members", "is negative"),
        ("negative count as text", [4, "15/03/2022", "Lào", "Savannakhet", "-3", ""], "members", "is negative"),
        ("absurd count", [4, "15/03/2022", "Lào", "Savannakhet", 100000, ""], "members", "not plausible"),
        ("fractional count", [4, "15/03/2022", "Lào", "Savannakhet", "2,5", ""], "members", "not a whole number"),
        (
            "missing required value",
            [4, "15/03/2022", None, "Savannakhet", 3, ""],
            "destination_country",
            "required value is missing",
        ),
        (
            "formula without a cached value",
            [4, "15/03/2022", "Lào", "Savannakhet", "=E3+1", ""],
            "members",
            "required value is missing",
        ),
    ],
)
def test_bad_cell_quarantines_its_row_and_keeps_the_others(tmp_path, case, bad_row, column, reason):
    write_xlsx(tmp_path / SOURCE, {"Đoàn ra": outbound_sheet([bad_row])})
    batch = land(tmp_path)
    assert reason in reasons(batch)[(SOURCE, BAD_ROW, column)], case
    assert [row["members"] for row in batch.records["outbound_delegations"]] == [5, 4, 6]
    (sheet,) = batch.sheets
    assert (sheet.rows_raw, sheet.rows_landed, sheet.rows_rejected) == (4, 3, 1)


@pytest.mark.parametrize(
    ("case", "written", "expected"),
    [
        ("dd/mm/yyyy text", "12/09/2022", dt.date(2022, 9, 12)),
        ("Vietnamese words", "ngày 12 tháng 9 năm 2022", dt.date(2022, 9, 12)),
        ("Excel serial", 44816, dt.date(2022, 9, 12)),
        ("real date cell", dt.datetime(2022, 9, 12), dt.date(2022, 9, 12)),
    ],
)
def test_date_forms_all_land_as_the_same_day(tmp_path, case, written, expected):
    write_xlsx(tmp_path / SOURCE, {"Đoàn ra": outbound_sheet([[4, written, "Lào", "Savannakhet", 3, ""]])})
    batch = land(tmp_path)
    assert not batch.rejected_rows, case
    assert batch.records["outbound_delegations"][-1]["departure_date"] == expected


@pytest.mark.parametrize(("written", "expected"), [("09", 9), ("1.000", 1000), (7.0, 7)])
def test_counts_written_as_text_land_as_numbers(tmp_path, written, expected):
    write_xlsx(tmp_path / SOURCE, {"Đoàn ra": outbound_sheet([[4, "15/03/2022", "Lào", "Savannakhet", written, ""]])})
    assert land(tmp_path).records["outbound_delegations"][-1]["members"] == expected


TRANSACTION_HEADERS = ["Mã dự án", "Ngày", "Loại giao dịch", "Bên cấp vốn", "Số tiền", "Loại tiền"]


@pytest.mark.parametrize(
    ("amount", "currency", "expected_amount", "expected_currency"),
    [
        ("1.150.000", "USD", Decimal("1150000"), "USD"),
        ("2,2 tỷ", "VNĐ", Decimal("2200000000"), "VND"),
        ("2 tỷ 600 triệu kíp", None, Decimal("2600000000"), "LAK"),
    ],
)
def test_amounts_written_as_text_land_exactly(tmp_path, amount, currency, expected_amount, expected_currency):
    write_xlsx(
        tmp_path / "registers/giao_dich.xlsx",
        {"Cam kết": [TRANSACTION_HEADERS, ["P1", "01/03/2022", "Cam kết", "Oxfam", amount, currency]]},
    )
    (row,) = land(tmp_path).records["aid_transactions"]
    assert (row["amount"], row["currency"]) == (expected_amount, expected_currency)


def test_unknown_currency_is_quarantined(tmp_path):
    write_xlsx(
        tmp_path / "registers/giao_dich.xlsx",
        {
            "Cam kết": [
                TRANSACTION_HEADERS,
                ["P1", "01/03/2022", "Cam kết", "Oxfam", 1000, "XYZ"],
                ["P2", "01/03/2022", "Cam kết", "Oxfam", 2000, "USD"],
            ]
        },
    )
    batch = land(tmp_path)
    assert reasons(batch)[("registers/giao_dich.xlsx", 2, "currency")] == "unknown currency 'XYZ'"
    assert [row["project_code"] for row in batch.records["aid_transactions"]] == ["P2"]


def test_currency_in_the_amount_that_contradicts_the_currency_column_is_quarantined(tmp_path):
    write_xlsx(
        tmp_path / "registers/giao_dich.xlsx",
        {"Cam kết": [TRANSACTION_HEADERS, ["P1", "01/03/2022", "Cam kết", "Oxfam", "5 triệu kíp", "USD"]]},
    )
    assert (
        "written in LAK but the currency column says USD"
        in reasons(land(tmp_path))[("registers/giao_dich.xlsx", 2, "currency")]
    )


def test_text_in_a_report_value_column_is_quarantined(tmp_path):
    write_xlsx(
        tmp_path / "reports/bang.xlsx",
        {
            "Số liệu": [
                ["Kỳ báo cáo", "Chỉ tiêu", "Giá trị", "Đơn vị", "Ghi chú", "Nguồn"],
                ["Năm 2020", "Số đoàn ra", "mười một", "đoàn", "", "Báo cáo"],
                ["Năm 2020", "Số đoàn vào", 11, "đoàn", "", "Báo cáo"],
            ]
        },
    )
    batch = land(tmp_path, "reports")
    assert "contains no number" in reasons(batch)[("reports/bang.xlsx", 2, "value")]
    assert [row["indicator_code"] for row in batch.records["reported_indicators"]] == ["inbound_delegations"]
