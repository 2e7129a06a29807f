"""Capabilities found in the seventy-second round, written here in phrasings and layouts other than the batch's.
Expected figures were written from the texts below before the code ran on them."""

from tests.unit.documents import not_published_reasons, published_figures


def test_a_code_column_of_a_statistics_form_holds_no_figure():
    text = (
        "BIỂU THỐNG KÊ\nKết quả công tác đối ngoại năm 2023\n\n"
        "| STT | Tên chỉ tiêu | Mã chỉ tiêu | Đơn vị tính | Năm 2022 | Năm 2023 |\n"
        "|---|---|---|---|---|---|\n"
        "| 1 | Số đoàn ra | 11 | Đoàn | 30 | 36 |\n"
        "| 2 | Số hồ sơ hợp pháp hóa lãnh sự | 42 | Hồ sơ | 55 | 61 |\n"
    )
    figures = published_figures(text)
    assert ("2023", "outbound_delegations", 36, "exact") in figures
    assert ("2022", "outbound_delegations", 30, "exact") in figures
    assert ("2023", "consular_legalisations", 61, "exact") in figures
    assert not any(value in (11, 42) for *_, value, _ in figures)


def test_a_header_with_its_translation_in_brackets_keeps_its_role_and_its_period():
    text = (
        "BIÊN BẢN LÀM VIỆC\nvới Đoàn tỉnh Chungcheongnam, Hàn Quốc\n\nPHỤ LỤC SỐ LIỆU\n"
        "| TT | Nội dung (Item) | Đơn vị tính (Unit) | Năm 2024 (Year 2024) | Giai đoạn 2021 - 2025 (2021-2025) |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Giá trị cam kết viện trợ PCPNN | Nghìn USD | 1.250 | 6.400 |\n"
    )
    figures = published_figures(text)
    assert ("2024", "ngo_aid_committed", 1250000, "exact") in figures
    assert ("2021-2025", "ngo_aid_committed", 6400000, "exact") in figures


def test_a_body_named_after_the_last_comma_is_the_subject_of_its_count():
    text = (
        "BÁO CÁO\nCông tác đối ngoại năm 2025\n\n"
        "Bên cạnh 9 hội nghị do tỉnh tổ chức, Sở Giáo dục và Đào tạo tổ chức 3 hội thảo quốc tế về giáo dục.\n"
        "Tỉnh cùng các sở, ngành, doanh nghiệp đã hỗ trợ các tỉnh bạn Lào tổng trị giá 6,4 tỷ đồng.\n"
    )
    figures = published_figures(text)
    assert not any(value == 3 for *_, value, _ in figures)
    assert "another body" in not_published_reasons(text)["3"]
    assert ("2025", "support_to_lao_provinces", 6400000000, "exact") in figures


def test_what_is_still_left_of_a_flow_is_no_result_of_the_period():
    text = (
        "BÁO CÁO\nCông tác đối ngoại quý II năm 2025\n\n"
        "Trong quý, tỉnh đã tiếp nhận, an táng 9 hài cốt liệt sỹ; vẫn còn 6 hài cốt liệt sỹ quy tập tại tỉnh bạn.\n"
        "Hiện còn 40 tổ chức phi chính phủ nước ngoài đang hoạt động trên địa bàn tỉnh.\n"
    )
    figures = published_figures(text)
    assert ("2025-Q2", "remains_repatriated", 9, "exact") in figures
    assert not any(value == 6 for *_, value, _ in figures)
    assert "still left" in not_published_reasons(text)["6"]


def test_the_period_a_superlative_ranks_over_does_not_date_the_figure():
    text = (
        "BÁO CÁO\nTình hình xuất nhập cảnh năm 2023\n\n"
        "Quý II là quý có lượng khách nhiều nhất trong năm với 41.200 lượt người xuất nhập cảnh qua cửa khẩu quốc tế "
        "Cầu Treo.\n"
    )
    figures = published_figures(text)
    assert ("2023-Q2", "border_crossings_persons", 41200, "exact") in figures
    assert not any(period == "2023" for period, *_ in figures)


def test_a_period_named_after_higher_than_with_its_figure_in_brackets_is_that_periods():
    text = (
        "BÁO CÁO\nTình hình xuất nhập cảnh quý I năm 2024\n\n"
        "Quý I/2024, cửa khẩu quốc tế Cầu Treo đã làm thủ tục cho 120.500 lượt người xuất nhập cảnh, "
        "thấp hơn quý I/2023 (131.000 lượt).\n"
    )
    figures = published_figures(text)
    assert ("2024-Q1", "border_crossings_persons", 120500, "exact") in figures
    assert ("2023-Q1", "border_crossings_persons", 131000, "exact") in figures


def test_a_report_on_the_last_quarter_dated_after_it_gives_the_years_total():
    body = (
        "BÁO CÁO\nCông tác lãnh sự quý IV năm 2024\n{date}\n\n"
        "Trong quý IV, Sở xử lý 12 vụ việc lãnh sự, bảo hộ công dân; tính chung cả năm 2024 xử lý 47 vụ việc.\n"
    )
    after = published_figures(body.format(date="Hà Tĩnh, ngày 08 tháng 01 năm 2025"))
    assert ("2024-Q4", "consular_cases", 12, "exact") in after
    assert ("2024", "consular_cases", 47, "exact") in after
    before = published_figures(body.format(date="Hà Tĩnh, ngày 15 tháng 12 năm 2024"))
    assert not any(period == "2024" for period, *_ in before)


def test_list_items_under_a_total_that_add_up_to_it_leave_the_total_published():
    text = (
        "BÁO CÁO\nCông tác bảo hộ công dân 6 tháng đầu năm 2026\n\n"
        "6 tháng đầu năm 2026, Sở phối hợp xử lý 21 vụ việc bảo hộ công dân, gồm:\n"
        "- Lao động bỏ trốn, cư trú bất hợp pháp: 9 vụ việc.\n"
        "- Tai nạn lao động, tử vong: 7 vụ việc.\n"
        "- Ngư dân bị bắt giữ: 5 vụ việc.\n"
    )
    figures = published_figures(text)
    assert ("2026-H1", "consular_cases", 21, "exact") in figures
    assert not any(value in (9, 7, 5) for *_, value, _ in figures)


def test_a_count_that_leaves_the_missions_out_is_not_the_missions_count():
    text = (
        "BÁO CÁO\nCông tác đối ngoại tháng 5 năm 2025\n\n"
        "Đón 8 đoàn với 64 lượt khách quốc tế (không kể các đoàn của đại sứ quán, tổ chức quốc tế tại Việt Nam).\n"
    )
    figures = published_figures(text)
    assert not any(code.startswith("inbound_mission") for _, code, *_ in figures)


def test_guiding_procedures_for_delegations_at_the_gate_is_no_count_of_guests():
    text = (
        "BÁO CÁO\nCông tác biên giới, cửa khẩu năm 2024\n\n"
        "Sở hỗ trợ thủ tục cho 12 đoàn khách nước ngoài nhập cảnh qua cửa khẩu quốc tế Cầu Treo vào làm việc tại tỉnh.\n"
    )
    figures = published_figures(text)
    assert not any(code == "inbound_delegations" for _, code, *_ in figures)


def test_a_bare_year_in_a_sentence_of_a_last_quarter_report_stays_uncertain():
    header = "BÁO CÁO\nCông tác đối ngoại quý IV năm 2024\nHà Tĩnh, ngày 06 tháng 01 năm 2025\n\n"
    for sentence in (
        "Lũy kế năm 2024 (tính đến ngày 20/12/2024), tỉnh đã cử 44 đoàn ra.",
        "Nhân dịp Tết cổ truyền Bunpimay năm 2024, tỉnh cử 44 đoàn ra sang chúc Tết các tỉnh bạn.",
    ):
        assert not any(value == 44 for *_, value, _ in published_figures(header + sentence + "\n")), sentence


def test_a_list_under_a_part_of_the_total_leaves_both_counts_uncertain():
    text = (
        "BÁO CÁO\nCông tác đối ngoại quý III năm 2025\n\n"
        "Trong quý III, tỉnh đón 15 đoàn khách quốc tế đến thăm và làm việc.\n"
        "Về hợp tác giáo dục, tỉnh đón 7 đoàn khách quốc tế. Cụ thể:\n"
        "- Đón 4 đoàn khách quốc tế của các trường đại học;\n"
        "- Đón 3 đoàn khách quốc tế của các tổ chức giáo dục.\n"
    )
    assert not any(value == 7 for *_, value, _ in published_figures(text))


def test_a_difference_in_brackets_after_higher_than_is_no_figure_of_that_period():
    text = (
        "BÁO CÁO\nTình hình xuất nhập cảnh năm 2025\n\n"
        "Năm 2025, cửa khẩu quốc tế Cầu Treo làm thủ tục cho 410.000 lượt người xuất nhập cảnh, nhiều hơn năm 2024 "
        "(chênh lệch 35.000 lượt người).\n"
    )
    figures = published_figures(text)
    assert not any(value == 35000 for *_, value, _ in figures)
