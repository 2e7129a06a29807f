"""Capabilities of the hundred-and-thirty-seventh round, written here in phrasings other than the reports that showed
the need. Expected figures were written from the texts below before the code ran on them."""

from decimal import Decimal

from tests.unit.documents import published_figures, report_text, word_report


def test_a_level_at_the_end_of_a_quarter_named_beside_its_months_with_a_comma_is_the_quarters():
    text = report_text(
        "88",
        "22 tháng 6 năm 2022",
        "Kết quả công tác đối ngoại quý II, 6 tháng đầu năm 2022 và phương hướng 6 tháng cuối năm",
        "- 6 tháng đầu năm đón 12 đoàn vào.",
        "- Đến hết quý II/2022, trên địa bàn tỉnh có 31 tổ chức phi chính phủ nước ngoài có giấy đăng ký hoạt động.",
    )
    published = published_figures(text)
    assert ("2022-H1", "inbound_delegations", Decimal(12), "exact") in published
    assert ("2022-Q2", "ngos_registered_total", Decimal(31), "exact") in published


def test_a_level_at_the_end_of_a_quarter_the_title_names_beside_its_month_is_the_quarters():
    text = report_text(
        "41",
        "28 tháng 3 năm 2023",
        "Kết quả công tác đối ngoại tháng 3, quý I năm 2023",
        "- Tính đến hết quý I/2023, trên địa bàn tỉnh có 1.120 lưu học sinh Lào đang học tập.",
        "- Đến hết quý I/2023, tiếp nhận 14 hồ sơ hộ chiếu ngoại giao.",
    )
    published = published_figures(text)
    assert ("2023-Q1", "lao_students", Decimal(1120), "exact") in published
    # (a count to the quarter's end is the quarter's, from January, as before)
    assert ("2023-Q1", "official_passports_issued", Decimal(14), "exact") in published


def test_a_note_naming_the_period_of_a_marked_column_dates_its_values(tmp_path):
    extraction = word_report(
        tmp_path / "bc.docx",
        [
            "SỞ NGOẠI VỤ",
            "Số: 15/BC-SNgV",
            "Hà Tĩnh, ngày 25 tháng 3 năm 2024",
            "BÁO CÁO",
            "Kết quả công tác đối ngoại quý I năm 2024",
        ],
        [
            ("TT", "Nội dung", "Quý I/2024", "Kỳ trước (**)"),
            ("1", "Hội nghị, hội thảo quốc tế (hội nghị)", "04", "06"),
            ("2", "Vụ việc lãnh sự, bảo hộ công dân (vụ)", "09", "11"),
        ],
        ["(**) Cột Kỳ trước là số liệu quý IV năm 2023 (Báo cáo số 410/BC-SNgV)."],
    )
    published = {(f.period_code, f.indicator_code, f.value.normalize()) for f in extraction.figures}
    assert published == {
        ("2024-Q1", "intl_conferences", Decimal(4)),
        ("2024-Q1", "consular_cases", Decimal(9)),
        ("2023-Q4", "intl_conferences", Decimal(6)),
        ("2023-Q4", "consular_cases", Decimal(11)),
    }


def test_lao_students_by_lao_province_add_up_to_all_of_them_and_a_consular_table_by_country_to_the_whole():
    text = (
        "BÁO CÁO\nKết quả công tác đối ngoại năm 2019\n"
        "I. LƯU HỌC SINH LÀO VÀ BẢO HỘ CÔNG DÂN\n"
        "Bảng: Lưu học sinh Lào theo tỉnh\n"
        "| STT | Tỉnh | Lưu học sinh |\n|---|---|---|\n"
        "| 1 | Bolikhămxay | 310 |\n| 2 | Khăm Muồn | 280 |\n| | Cộng | 590 |\n"
        "\nBảng: Vụ việc bảo hộ công dân theo nước\n"
        "| STT | Nước | Số vụ việc |\n|---|---|---|\n"
        "| 1 | Hàn Quốc | 6 |\n| 2 | Nhật Bản | 4 |\n| | Tổng cộng | 10 |\n"
    )
    published = published_figures(text)
    assert ("2019", "lao_students", Decimal(590), "exact") in published
    assert ("2019", "consular_cases", Decimal(10), "exact") in published


def test_the_total_row_under_lao_provinces_is_their_share():
    text = (
        "BÁO CÁO\nKết quả công tác đối ngoại năm 2019\n"
        "Bảng 2. Trao đổi đoàn với các tỉnh bạn (đoàn; lượt người)\n"
        "| TT | Tỉnh bạn | Đoàn ra | Lượt | Đoàn vào | Lượt |\n|---|---|---|---|---|---|\n"
        "| 1 | Savannakhet | 5 | 31 | 4 | 60 |\n| 2 | Khăm Muồn | 7 | 40 | 6 | 85 |\n| 3 | Xiêng Khoảng | 2 | 9 | 1 | 12 |\n"
        "| | Cộng | 14 | 80 | 11 | 157 |\n"
    )
    assert not published_figures(text)
