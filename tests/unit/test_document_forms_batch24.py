"""Capabilities found by the twenty-fourth blind batch, each written here in phrasings other than the
batch's: a title naming a year and the span that holds it, a part's title on the line under it, group
lines inside a table laid out with spaces, and NGOs at work counted apart from those registered."""

from decimal import Decimal

from dagster_project.documents.extract import extract_figures
from dagster_project.documents.reader import read_document
from tests.unit.documents import extract_text, published_figures


def test_a_title_naming_a_year_and_its_span_leaves_the_sections_to_say_which():
    text = (
        "BÁO CÁO\nTổng kết công tác đối ngoại năm 2025 và giai đoạn 2021 - 2025\nKính gửi: UBND tỉnh.\n"
        "PHẦN I\nKẾT QUẢ NĂM 2025\n1. Đoàn ra\nTỉnh đã cử 58 đoàn đi công tác nước ngoài.\n"
        "PHẦN II\nKẾT QUẢ GIAI ĐOẠN 2021 - 2025\n1. Đoàn ra\nTỉnh đã cử 240 đoàn đi công tác nước ngoài.\n"
    )
    assert extract_text(text).period_code is None
    published = published_figures(text)
    assert ("2025", "outbound_delegations", Decimal(58), "exact") in published
    assert ("2021-2025", "outbound_delegations", Decimal(240), "exact") in published


def test_group_lines_inside_a_table_laid_out_with_spaces(tmp_path):
    path = tmp_path / "bieu.txt"
    path.write_text(
        "BÁO CÁO\nTình hình xuất nhập cảnh quý II năm 2025\nKính gửi: UBND tỉnh.\n\n"
        "Nội dung                          Tháng 4    Tháng 5    Tháng 6    Quý II/2025\n"
        "A. Cửa khẩu quốc tế Cầu Treo\n"
        "Người xuất nhập cảnh (lượt)       40.210     38.905     44.377     123.492\n"
        "B. Cảng biển Vũng Áng\n"
        "Thuyền viên xuất nhập cảnh (lượt)  1.802      1.655      1.990       5.447\n",
        encoding="utf-8",
    )
    published = {(f.period_code, f.indicator_code, f.value) for f in extract_figures(read_document(path)).figures}
    assert ("2025-Q2", "border_crossings_persons", Decimal(123492)) in published
    assert ("2025-05", "port_crew", Decimal(1655)) in published


def test_ngos_at_work_are_not_the_ngos_holding_a_registration():
    text = "BÁO CÁO\nCông tác phi chính phủ nước ngoài năm 2024\n" + (
        "Hiện có 52 tổ chức PCPNN có dự án đang triển khai tại tỉnh, trong đó 38 tổ chức có giấy đăng ký hoạt động.\n"
    )
    assert not any(value == 52 for *_, value, _ in published_figures(text))


def test_a_level_at_an_earlier_years_end_beside_a_half_years_level():
    text = "BÁO CÁO\nKết quả hợp tác với các tỉnh của Lào 6 tháng đầu năm 2026\n" + (
        "Hiện trên địa bàn tỉnh có 1.210 lưu học sinh Lào đang học tập (cuối năm 2025 là 1.164 lưu học sinh).\n"
    )
    published = published_figures(text)
    assert ("2026-H1", "lao_students", Decimal(1210), "exact") in published
    assert ("2025", "lao_students", Decimal(1164), "exact") in published
