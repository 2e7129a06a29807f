from dagster_project.landing.headers import find_header, match_header_cell
from dagster_project.landing.specs import INBOUND_DELEGATIONS, OUTBOUND_DELEGATIONS, REGISTER_SPECS, REPORTED_INDICATORS
from dagster_project.parsing.text import normalize_label


def test_normalisation_ignores_case_diacritics_punctuation_and_spacing():
    assert normalize_label("  Số  THÀNH viên (người) ") == "so thanh vien nguoi"
    assert normalize_label("Đoàn  vào") == normalize_label("doan vao")


def test_header_cell_with_a_unit_suffix_still_matches():
    assert match_header_cell("Số thành viên (người)", OUTBOUND_DELEGATIONS) == "members"
    assert match_header_cell("ngay di", OUTBOUND_DELEGATIONS) == "departure_date"
    assert match_header_cell("Ghi chú khác", OUTBOUND_DELEGATIONS) is None


def test_header_row_found_below_a_title_row():
    rows = [
        ["SỔ THEO DÕI ĐOÀN VÀO NĂM 2022"],
        [],
        ["STT", "Ngày đến", "Tên đoàn", "Quốc gia", "Loại đoàn", "Số khách"],
        [1, "12/01/2022", "Đoàn tỉnh Savannakhet", "Lào", "Đoàn nước ngoài", 12],
    ]
    match = find_header(rows, REGISTER_SPECS, "Sheet1")
    assert match.spec is INBOUND_DELEGATIONS
    assert match.header_row_index == 2
    assert match.column_positions["visitors"] == 5


def test_english_report_headers_are_accepted():
    rows = [["period_code", "indicator_code", "value", "unit", "qualifier", "source"]]
    match = find_header(rows, (REPORTED_INDICATORS,))
    assert match is not None and set(match.column_positions) == {
        "period_code",
        "indicator_code",
        "value",
        "unit",
        "qualifier",
        "source",
    }


def test_sheet_without_required_headers_is_not_matched():
    assert find_header([["Ngày đi", "Mục đích"]], REGISTER_SPECS) is None
