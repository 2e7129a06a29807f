"""Capabilities found while reading the sixty-second blind batch, written here in phrasings and layouts other than the
batch's. Expected figures were written from the texts below before the code ran on them."""

from tests.unit.documents import not_published_reasons, published_figures


def test_a_long_bold_title_on_one_line_under_a_markdown_heading_names_the_period():
    title = (
        "**Tổng kết công tác hợp tác với các địa phương nước ngoài, công tác thông tin đối ngoại và quản lý đoàn ra, "
        "đoàn vào giai đoạn 2021 - 2025; phương hướng, nhiệm vụ giai đoạn 2026 - 2030**"
    )
    figures = published_figures(
        f"# BÁO CÁO\n\n{title}\n\nKính gửi: UBND tỉnh.\n\n## I. KẾT QUẢ\n\n"
        "Trong giai đoạn, tỉnh ký kết 17 thỏa thuận quốc tế.\n"
    )
    assert ("2021-2025", "intl_agreements", 17, "exact") in figures


def test_an_articles_bold_lead_sentence_is_no_title_line():
    text = (
        "# Hà Tĩnh đón nhiều đoàn khách quốc tế\n\n"
        "**(HTTV) - Trong 6 tháng đầu năm 2026, tỉnh Hà Tĩnh đã đón 26 đoàn khách quốc tế đến thăm và làm việc, tăng "
        "nhiều so với cùng kỳ; hợp tác với các địa phương của Lào tiếp tục là điểm sáng của công tác đối ngoại.**\n"
    )
    assert ("2026-H1", "inbound_delegations", 26, "exact") in published_figures(text)


def test_a_numbered_row_whose_label_is_its_year_is_that_years_row():
    figures = published_figures(
        "BÁO CÁO\nTổng kết công tác lãnh sự giai đoạn 2021 - 2025\n\n"
        "| TT | Năm | Vụ việc lãnh sự (vụ) | Biên dịch (trang) |\n|---|---|---|---|\n"
        "| 1 | 2022 | 19 | 8.740 |\n| 2 | 2023 | 27 | 9.315 |\n"
    )
    assert {
        ("2022", "consular_cases", 19, "exact"),
        ("2023", "translated_pages", 9315, "exact"),
    } <= figures


def test_a_count_the_other_side_told_is_the_other_sides():
    text = (
        "BÁO CÁO\nKết quả công tác cửa khẩu năm 2024\n\n"
        "Theo thông tin của phía bạn, cửa khẩu quốc tế Nậm Phao đã làm thủ tục xuất, nhập cảnh cho 540.000 lượt người.\n"
    )
    assert not published_figures(text)
    assert "other side" in not_published_reasons(text)["540.000"]


def test_a_row_label_naming_another_time_short_or_a_plan_or_estimate_in_brackets_leaves_the_cell_uncertain():
    figures = published_figures(
        "BÁO CÁO\nKết quả công tác đối ngoại năm 2024\n\n"
        "| TT | Chỉ tiêu | Đơn vị | Năm 2024 |\n|---|---|---|---|\n"
        "| 1 | Đoàn vào | đoàn | 41 |\n"
        "| 2 | Đoàn ra 2023 | đoàn | 37 |\n"
        "| 3 | Đoàn ra kỳ trước | đoàn | 36 |\n"
        "| 4 | Lượt khách (CK) | lượt | 390 |\n"
        "| 5 | Hội nghị quốc tế (dự kiến) | cuộc | 12 |\n"
        "| 6 | Thỏa thuận quốc tế (ước thực hiện) | thỏa thuận | 7 |\n"
        "| 7 | Dự án FDI lũy kế | dự án | 95 |\n"
    )
    assert ("2024", "inbound_delegations", 41, "exact") in figures
    assert not any(value in (37, 36, 390, 12, 7) for _, _, value, _ in figures)


def test_a_part_column_naming_one_country_is_no_count_of_all_foreign_missions():
    figures = published_figures(
        "BÁO CÁO\nKết quả công tác đối ngoại quý I năm 2025\n\n"
        "| Tháng | Đoàn vào | Đoàn vào | Đoàn vào |\n|---|---|---|---|\n"
        "| | Tổng số | Trong đó: đoàn cơ quan đại diện nước ngoài | Trong đó: Đại sứ quán Nhật Bản |\n"
        "| Tháng 1 | 6 | 3 | 1 |\n| Tháng 2 | 5 | 2 | 2 |\n"
    )
    missions = {(period, value) for period, code, value, _ in figures if code == "inbound_mission_delegations"}
    assert missions == {("2025-01", 3), ("2025-02", 2)}
