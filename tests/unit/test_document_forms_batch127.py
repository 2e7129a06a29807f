"""Capabilities of the hundred-and-twenty-seventh round, written here in phrasings other than the reports that showed
the need. Expected figures were written from the texts below before the code ran on them."""

from decimal import Decimal

from dagster_project.documents.extract import extract_figures
from tests.unit.documents import document_from_text, published_figures, report_text, text_file_figures


def _keys(*lines: str, date: str, title: str) -> set[tuple]:
    return {key[:3] for key in published_figures(report_text("207", date, title, *lines))}


def test_a_title_correcting_another_periods_figures_reports_its_own_period():
    extraction = extract_figures(
        document_from_text(
            report_text(
                "207",
                "25 tháng 4 năm 2023",
                "Kết quả công tác đối ngoại tháng 4 năm 2023 và điều chỉnh số liệu quý I năm 2023",
                "- Tháng 4 đón 06 đoàn vào với 40 lượt khách quốc tế.",
            )
        )
    )
    assert extraction.period_code == "2023-04"


def test_a_working_note_titled_in_capitals_with_a_purpose_after_a_remark(tmp_path):
    path = tmp_path / "ghi_chu.txt"
    path.write_text(
        "UBND TỈNH HÀ TĨNH\nSỞ NGOẠI VỤ\nSố: 12/GC-HTQT\nHà Tĩnh, ngày 28 tháng 6 năm 2023\n\n"
        "GHI CHÚ NGHIỆP VỤ\nTình hình xuất cảnh, nhập cảnh qua Cửa khẩu quốc tế Cầu Treo tháng 6 năm 2023\n"
        "(tổng hợp theo tháng; phục vụ báo cáo 6 tháng đầu năm 2023 của Sở)\n\nKính gửi: Ban Giám đốc Sở\n\n"
        "- Tháng 6/2023: 38.114 lượt người, 8.025 lượt phương tiện.\n"
        "- Tháng 5/2023: 36.902 lượt người, 7.711 lượt phương tiện.\n",
        encoding="utf-8",
    )
    from dagster_project.documents.reader import read_document

    extraction = extract_figures(read_document(path))
    keys = {(f.period_code, f.indicator_code, f.value) for f in extraction.figures}
    assert extraction.period_code == "2023-06"
    assert ("2023-05", "border_crossings_persons", Decimal(36902)) in keys
    assert ("2023-06", "border_crossings_vehicles", Decimal(8025)) in keys


def test_a_bare_unit_in_a_report_on_one_fields_work_and_not_in_a_report_on_all_of_it(tmp_path):
    crossings = text_file_figures(
        tmp_path,
        "30",
        "20 tháng 3 năm 2024",
        "Tình hình xuất cảnh, nhập cảnh qua Cửa khẩu quốc tế Cầu Treo quý I năm 2024",
        "- Tháng 01/2024: 52.330 lượt người, 10.115 lượt phương tiện.\n",
    )
    assert ("2024-01", "border_crossings_persons", Decimal(52330)) in crossings
    parts = text_file_figures(
        tmp_path,
        "31",
        "20 tháng 9 năm 2019",
        "Kết quả cử cán bộ đi đào tạo, bồi dưỡng ở nước ngoài 9 tháng năm 2019",
        "3. Theo nguồn kinh phí\n- Ngân sách tỉnh: 06 đoàn, 27 lượt;\n- Đối tác tài trợ: 05 đoàn, 19 lượt.\n",
    )
    assert not any(key[2] in (Decimal(6), Decimal(5)) for key in parts)
    for title in (
        "Tình hình công dân Việt Nam xuất cảnh, nhập cảnh qua Cửa khẩu quốc tế Cầu Treo quý I năm 2024",
        "Tình hình khách du lịch xuất cảnh, nhập cảnh qua Cửa khẩu quốc tế Cầu Treo quý I năm 2024",
        "Tình hình xuất nhập khẩu hàng hóa qua Cửa khẩu quốc tế Cầu Treo quý I năm 2024",
        "Tình hình xuất cảnh, nhập cảnh qua Cửa khẩu quốc tế Cầu Treo quý I năm 2024 (khách nước ngoài; phục vụ báo cáo "
        "Bộ Ngoại giao)",
    ):
        part = text_file_figures(tmp_path, "32", "20 tháng 3 năm 2024", title, "- Tháng 02/2024: 12.300 lượt người.\n")
        assert not any(key[2] == Decimal(12300) for key in part), title
    general = _keys(
        "- Tháng 01/2024: 52.330 lượt người, 10.115 lượt phương tiện.",
        date="20 tháng 3 năm 2024",
        title="Kết quả công tác đối ngoại quý I năm 2024",
    )
    assert not any(key[2] == Decimal(52330) for key in general)


def test_a_comparisons_bracket_naming_a_period_or_an_estimate_of_its_own():
    keys = _keys(
        "Xử lý 14 vụ việc lãnh sự, nhiều hơn so với 9 tháng năm 2022 (06 vụ việc trong quý III/2022).",
        "Cho phép tổ chức 07 hội nghị, hội thảo quốc tế, tăng so với cả năm 2022 (03 hội nghị, hội thảo quốc tế tính "
        "đến hết tháng 9/2022).",
        date="22 tháng 9 năm 2023",
        title="Kết quả công tác đối ngoại 9 tháng năm 2023",
    )
    assert not any(key[2] in (Decimal(6), Decimal(3)) for key in keys)
