"""Capabilities of the hundred-and-eighth round, written here in phrasings other than the reports that showed the
need. Expected figures were written from the texts below before the code ran on them."""

from decimal import Decimal

from tests.unit.documents import word_report

HEAD = "UBND TỈNH HÀ TĨNH\nSỞ NGOẠI VỤ\nSố: 108/BC-SNgV\n"


def _keys(extraction) -> set[tuple]:
    return {(f.period_code, f.indicator_code, f.value.normalize(), f.qualifier) for f in extraction.figures}


def _years_table(tmp_path, note: str, marked_note: str = ""):
    return word_report(
        tmp_path / "so sanh.docx",
        [HEAD, "Hà Tĩnh, ngày 18 tháng 12 năm 2024", "BÁO CÁO", "Kết quả công tác đối ngoại năm 2024", note],
        [
            ("Năm", "Số đoàn ra", "Số đoàn vào", "Thỏa thuận quốc tế ký kết"),
            ("Năm 2022", "41", "33", "5"),
            ("Năm 2023", "47(**)", "36", "7"),
            ("Ước năm 2024", "52", "40", "9"),
        ],
        [marked_note] if marked_note else [],
    )


def test_a_note_naming_official_periods_first_makes_only_the_later_ones_estimates(tmp_path):
    extraction = _years_table(
        tmp_path, "Bảng dưới đây (số liệu năm 2022, năm 2023 là số chính thức, năm 2024 là số ước thực hiện):"
    )
    found = _keys(extraction)
    assert ("2022", "outbound_delegations", Decimal(41), "exact") in found
    assert ("2023", "inbound_delegations", Decimal(36), "exact") in found
    assert ("2024", "intl_agreements", Decimal(9), "approx") in found


def test_a_note_marker_saying_the_value_is_the_official_one_keeps_it_exact(tmp_path):
    extraction = _years_table(
        tmp_path,
        "Tổng hợp như sau:",
        "(**) Đã cập nhật theo số chính thức của năm; báo cáo tháng 12/2023 ghi số ước 45 đoàn.",
    )
    assert ("2023", "outbound_delegations", Decimal(47), "exact") in _keys(extraction)


def test_a_note_marker_putting_the_official_value_off_leaves_the_value_waiting(tmp_path):
    extraction = _years_table(tmp_path, "Tổng hợp như sau:", "(**) Số chính thức sẽ được cập nhật sau khi đối chiếu.")
    assert not any(value == Decimal(47) for *_, value, _ in _keys(extraction))
