"""Capabilities found in the sixty-sixth round, written here in phrasings and layouts other than the batch's.
Expected figures were written from the texts below before the code ran on them."""

from tests.unit.documents import not_published_reasons, published_figures


def test_a_note_naming_what_it_estimates_reaches_that_kind_of_value_only():
    table = (
        "| Chỉ tiêu | Đơn vị | 2023 | 2024 |\n|---|---|---|---|\n"
        "| Số đoàn vào | đoàn | 38 | 44 |\n| Giá trị cam kết viện trợ PCPNN | USD | 1.900.000 | 2.250.000 |\n"
    )
    named = published_figures(
        f"BÁO CÁO\nTổng kết công tác đối ngoại năm 2024\n\n{table}\n"
        "(*) Số liệu cam kết viện trợ PCPNN năm 2024 là số ước tính.\n"
    )
    assert {
        ("2024", "inbound_delegations", 44, "exact"),
        ("2024", "ngo_aid_committed", 2250000, "approx"),
        ("2023", "ngo_aid_committed", 1900000, "exact"),
    } <= named
    unclear = f"BÁO CÁO\nTổng kết công tác đối ngoại năm 2024\n\n{table}\n(*) Số liệu phần mềm năm 2024 là số ước.\n"
    assert ("2024", "inbound_delegations", 44, "exact") not in published_figures(unclear)
    assert "which ones it names is not understood" in not_published_reasons(unclear)["44"]


def test_a_count_of_several_years_is_the_term_it_lies_under_and_never_the_year_named_before_it():
    term = published_figures(
        "BÁO CÁO\nTổng kết công tác đối ngoại giai đoạn 2021 - 2025\n\n"
        "Năm 2022, tỉnh ký 4 thỏa thuận quốc tế. Tính chung cả 5 năm, tỉnh ký kết 31 thỏa thuận quốc tế.\n"
    )
    assert {("2022", "intl_agreements", 4, "exact"), ("2021-2025", "intl_agreements", 31, "exact")} <= term
    year = "BÁO CÁO\nTổng kết công tác đối ngoại năm 2025\n\nNăm 2023, tỉnh đón 30 đoàn vào. Sau 3 năm, tỉnh đón 95 đoàn vào.\n"
    assert not any(figure[2] == 95 for figure in published_figures(year))
    assert "not a reporting period" in not_published_reasons(year)["95"]


def test_a_count_to_a_day_gives_way_to_the_reports_estimate_of_the_whole_period():
    figures = published_figures(
        "BÁO CÁO\nCông tác lãnh sự quý III năm 2025\n\n"
        "Đến ngày 12/9/2025, Sở đã chứng nhận lãnh sự, hợp pháp hóa lãnh sự cho 44 hồ sơ; ước cả quý đạt khoảng 52 hồ "
        "sơ.\n"
    )
    assert ("2025-Q3", "consular_legalisations", 52, "approx") in figures
    assert ("2025-Q3", "consular_legalisations", 44, "exact") not in figures


def test_a_nearer_heading_naming_the_port_is_not_undone_by_a_wider_heading_on_the_gates():
    figures = published_figures(
        "BÁO CÁO\nCông tác xuất nhập cảnh năm 2024\n\n"
        "II. KẾT QUẢ TẠI CÁC CỬA KHẨU\n\n2. Cảng Sơn Dương\n\n"
        "| Nội dung | Năm 2024 |\n|---|---|\n| Lượt tàu nhập cảnh, xuất cảnh | 640 lượt |\n| Thuyền viên | 12.300 lượt |\n"
    )
    assert {("2024", "port_vessels", 640, "exact"), ("2024", "port_crew", 12300, "exact")} <= figures


def test_a_month_written_as_number_and_year_under_a_month_column_is_that_month():
    figures = published_figures(
        "BÁO CÁO\nTình hình xuất nhập cảnh quý I năm 2025\n\n"
        "| Tháng | Lượt người xuất, nhập cảnh qua cửa khẩu Cầu Treo | Ghi chú |\n|---|---|---|\n"
        "| 01/2025 | 30.118 | Tết |\n| 02/2025 | 27.402 | |\n| 03/2025 (ước) | 31.000 | |\n"
    )
    assert {
        ("2025-01", "border_crossings_persons", 30118, "exact"),
        ("2025-02", "border_crossings_persons", 27402, "exact"),
        ("2025-03", "border_crossings_persons", 31000, "approx"),
    } <= figures


def test_a_title_on_a_month_and_an_estimate_of_its_quarter_is_a_report_on_the_month():
    figures = published_figures(
        "BÁO CÁO\nKết quả công tác đối ngoại tháng 5, ước thực hiện quý II năm 2025\n\n"
        "Trong tháng, tỉnh đón 6 đoàn vào. Ước quý II đón 15 đoàn vào.\n"
    )
    assert {("2025-05", "inbound_delegations", 6, "exact"), ("2025-Q2", "inbound_delegations", 15, "approx")} <= figures


def test_courses_followed_online_are_not_training_abroad():
    text = (
        "BÁO CÁO\nCông tác đối ngoại năm 2021\n\n"
        "Các chương trình bồi dưỡng do đối tác nước ngoài tổ chức đều chuyển sang trực tuyến, với 42 lượt cán bộ tham "
        "dự.\n"
    )
    assert not any(figure[2] == 42 for figure in published_figures(text))


def test_a_row_of_the_missions_delegations_counts_their_delegations():
    figures = published_figures(
        "BÁO CÁO\nCông tác đối ngoại quý I năm 2024\n\n"
        "| Chỉ tiêu | Quý I/2024 |\n|---|---|\n| Đoàn các cơ quan đại diện nước ngoài (đoàn/lượt khách) | 3/21 |\n"
    )
    assert {
        ("2024-Q1", "inbound_mission_delegations", 3, "exact"),
        ("2024-Q1", "inbound_mission_visitors", 21, "exact"),
    } <= figures


def test_cases_found_and_dealt_with_by_the_border_guard_are_no_consular_cases():
    text = (
        "BÁO CÁO\nCông tác biên giới năm 2023\n\n4. Lãnh sự, bảo hộ công dân\n\n"
        "Biên phòng phát hiện, xử lý 19 vụ/33 người vượt biên.\n"
    )
    assert not any(figure[2] == 19 for figure in published_figures(text))


def test_guests_named_in_the_next_statement_do_not_make_the_count_before_a_partners_share():
    figures = published_figures(
        "BÁO CÁO\nCông tác đối ngoại năm 2022\n\n"
        "Năm 2022, tỉnh cử 48 đoàn ra với 255 lượt cán bộ đi công tác nước ngoài, một số đoàn của tỉnh Savannakhet "
        "cũng sang thăm.\n"
    )
    assert {("2022", "outbound_delegations", 48, "exact"), ("2022", "outbound_persons", 255, "exact")} <= figures


def test_a_running_total_of_months_in_a_report_on_the_year_is_those_months_from_january():
    figures = published_figures(
        "BÁO CÁO\nCông tác biên, phiên dịch năm 2024\n\nLũy kế 6 tháng, bộ phận dịch thuật biên dịch 3.110 trang.\n"
    )
    assert ("2024-H1", "translated_pages", 3110, "exact") in figures


def test_why_the_work_was_done_after_the_figures_is_no_plan():
    figures = published_figures(
        "BÁO CÁO\nCông tác đối ngoại quý IV năm 2023\n\n"
        "Quý IV, Sở biên dịch 1.420 trang tài liệu vì chuẩn bị các hội nghị cấp cao.\n"
    )
    assert ("2023-Q4", "translated_pages", 1420, "exact") in figures


def test_a_heading_on_the_year_dates_the_year_in_a_report_on_its_last_quarter():
    figures = published_figures(
        "BÁO CÁO\nCông tác phi chính phủ nước ngoài quý IV năm 2022\n\n"
        "I. KẾT QUẢ QUÝ IV\n\nTrong quý, tiếp nhận 8 dự án PCPNN.\n\n"
        "II. KẾT QUẢ CẢ NĂM 2022\n\nNăm 2022, tiếp nhận 31 dự án PCPNN.\n"
    )
    assert {("2022-Q4", "ngo_projects_approved", 8, "exact"), ("2022", "ngo_projects_approved", 31, "exact")} <= figures


def test_a_level_at_the_end_of_the_year_without_its_number_is_the_reports_year():
    figures = published_figures(
        "BÁO CÁO\nCông tác phi chính phủ nước ngoài năm 2025\n\n"
        "Đến hết năm, trên địa bàn có 38 tổ chức phi chính phủ nước ngoài có giấy đăng ký hoạt động.\n"
    )
    assert ("2025", "ngos_registered_total", 38, "exact") in figures


def test_a_heading_in_bold_run_into_its_paragraph_names_what_the_paragraph_counts():
    figures = published_figures(
        "BÁO CÁO\nTự đánh giá kết quả năm 2023\n\n"
        "**3. Viện trợ phi chính phủ nước ngoài.** Sở tích cực vận động. Tổng giá trị cam kết đạt 1,75 triệu USD.\n"
    )
    assert ("2023", "ngo_aid_committed", 1750000, "exact") in figures


def test_the_fdi_stock_at_a_day_is_the_total_at_that_day():
    figures = published_figures(
        "BÁO CÁO\nCông tác ngoại giao kinh tế năm 2023\n\n"
        "Tính đến ngày 31/12/2023, tỉnh có 77 dự án FDI của 17 quốc gia và vùng lãnh thổ.\n"
    )
    assert {("2023", "fdi_projects_total", 77, "exact"), ("2023", "fdi_source_countries", 17, "exact")} <= figures


def test_the_departments_translation_centre_is_the_department():
    figures = published_figures(
        "BÁO CÁO\nCông tác đối ngoại năm 2022\n\nTrung tâm Dịch thuật và Dịch vụ đối ngoại đã biên dịch 6.020 trang.\n"
    )
    assert ("2022", "translated_pages", 6020, "exact") in figures


def test_the_rest_of_a_whole_is_a_part():
    text = (
        "BÁO CÁO\nCông tác đối ngoại năm 2024\n\n"
        "Năm 2024 ký kết 9 thỏa thuận quốc tế: 3 thỏa thuận cấp tỉnh; 6 thỏa thuận còn lại của các sở, ngành.\n"
    )
    assert ("2024", "intl_agreements", 9, "exact") in published_figures(text)
    assert "the rest" in not_published_reasons(text)["6"]


def test_from_the_start_of_the_year_to_the_end_of_a_month_is_a_period_only_when_the_months_make_one():
    text = (
        "BÁO CÁO\nCông tác đối ngoại quý II năm 2025\n\n"
        "Từ đầu năm đến hết tháng 6, tỉnh tiếp nhận 14 hài cốt liệt sỹ. Từ đầu năm đến hết tháng 5, tỉnh cử 20 đoàn "
        "ra.\n"
    )
    assert ("2025-H1", "remains_repatriated", 14, "exact") in published_figures(text)
    assert not any(figure[2] == 20 for figure in published_figures(text))


def test_the_end_of_the_year_named_after_a_cut_off_day_closes_the_years_count():
    figures = published_figures(
        "BÁO CÁO\nCông tác lãnh sự năm 2024\n\n"
        "Tính đến ngày 20/11/2024 mới cấp 71 hồ sơ hộ chiếu công vụ, đến hết năm đạt 83 hồ sơ hộ chiếu công vụ.\n"
    )
    assert ("2024", "official_passports_issued", 83, "exact") in figures
    assert ("2024", "official_passports_issued", 71, "exact") not in figures


def test_delegations_with_their_people_are_read_together_and_the_words_after_say_whose():
    text = (
        "BÁO CÁO\nCông tác phi chính phủ nước ngoài 6 tháng đầu năm 2024\n\n"
        "Trong 6 tháng, Sở tiếp 5 đoàn gồm 27 lượt khách là cán bộ các tổ chức PCPNN đến làm việc. Tỉnh đón 14 đoàn "
        "gồm 96 lượt khách quốc tế.\n"
    )
    figures = published_figures(text)
    assert {("2024-H1", "inbound_delegations", 14, "exact"), ("2024-H1", "inbound_visitors", 96, "exact")} <= figures
    assert not any(figure[2] in (5, 27) for figure in figures)


# What a second reader found the first version of these capabilities publishing wrongly; each now waits or stands.


def test_a_running_total_of_months_after_other_months_named_is_not_counted_from_january():
    text = (
        "BÁO CÁO\nKết quả công tác đối ngoại năm 2024\n\nII. KẾT QUẢ QUÝ IV\n\n"
        "Tháng 10 đón 3 đoàn, tháng 11 đón 2 đoàn, tháng 12 đón 4 đoàn. Lũy kế 3 tháng, tỉnh đón 9 đoàn vào.\n"
    )
    assert not any(figure[:3] == ("2024-Q1", "inbound_delegations", 9) for figure in published_figures(text))


def test_a_heading_on_the_year_in_a_report_on_its_third_quarter_gives_no_years_figure():
    text = (
        "BÁO CÁO\nKết quả công tác đối ngoại quý III năm 2024\n\nII. KẾT QUẢ THỰC HIỆN KẾ HOẠCH NĂM 2024\n\n"
        "Trong năm, tỉnh đã tiếp nhận 17 dự án PCPNN.\n"
    )
    assert ("2024", "ngo_projects_approved", 17, "exact") not in published_figures(text)


def test_a_note_leaving_one_kind_out_or_naming_none_leaves_the_values_unsettled():
    table = (
        "| Chỉ tiêu | Năm 2024 |\n|---|---|\n| Đoàn ra (đoàn) | 61 |\n"
        "| Tổng kim ngạch xuất nhập khẩu (triệu USD) | 2.300 |\n"
    )
    text = f"BÁO CÁO\nTổng kết công tác đối ngoại năm 2024\n\n{table}\nSố liệu năm 2024, trừ đoàn ra, là số ước.\n"
    assert ("2024", "outbound_delegations", 61, "exact") not in published_figures(text)
    assert ("2024", "export_import_turnover", 2300000000, "exact") not in published_figures(text)


def test_a_title_on_two_months_and_an_estimate_of_the_quarter_is_no_monthly_report():
    text = (
        "BÁO CÁO\nKết quả công tác đối ngoại tháng 4 và tháng 5, ước thực hiện quý II năm 2024\n\n"
        "Trong kỳ, tỉnh cử 6 đoàn ra.\n"
    )
    assert not any(figure[0] == "2024-05" for figure in published_figures(text))


def test_rows_of_events_labelled_by_their_month_are_items_not_the_months_totals():
    text = (
        "BÁO CÁO\nCông tác phi chính phủ nước ngoài năm 2023\n\n"
        "| Tháng | Tên dự án | Giá trị cam kết viện trợ (USD) |\n|---|---|---|\n"
        "| 04/2023 | Dự án bếp ăn bán trú cho trẻ em vùng biên | 65.000 |\n"
    )
    assert not any(figure[2] == 65000 for figure in published_figures(text))


def test_what_is_still_to_come_to_the_end_of_the_year_is_no_years_figure():
    text = (
        "BÁO CÁO\nCông tác lãnh sự năm 2024\n\n"
        "Tính đến ngày 20/11/2024 đã cấp 71 hồ sơ hộ chiếu công vụ; từ nay đến hết năm, dự kiến cấp thêm 12 hồ sơ.\n"
    )
    assert not any(figure[2] == 12 for figure in published_figures(text))


def test_the_end_of_a_year_not_reached_when_the_report_was_written_waits():
    text = (
        "BÁO CÁO\nKết quả công tác đối ngoại 6 tháng đầu năm 2024\n\n"
        "Tính đến cuối năm, toàn tỉnh có 37 tổ chức phi chính phủ nước ngoài có giấy đăng ký hoạt động.\n"
    )
    assert not any(figure[2] == 37 for figure in published_figures(text))


def test_viet_nams_own_missions_abroad_are_no_foreign_missions():
    text = (
        "BÁO CÁO\nCông tác đối ngoại năm 2024\n\n"
        "Lãnh đạo tỉnh tiếp 5 đoàn cơ quan đại diện Việt Nam ở nước ngoài trước khi các Đại sứ nhận nhiệm vụ.\n"
    )
    assert not any(figure[1] == "inbound_mission_delegations" for figure in published_figures(text))


def test_who_most_of_the_counted_guests_were_stays_with_the_count():
    text = (
        "BÁO CÁO\nCông tác đối ngoại quý II năm 2024\n\n"
        "Trong quý, tỉnh đón 7 đoàn với 90 lượt khách, phần lớn là kiều bào về thăm quê.\n"
    )
    assert not any(figure[1] in ("inbound_delegations", "inbound_visitors") for figure in published_figures(text))


def test_a_generic_nearer_heading_does_not_undo_the_wider_headings_subject():
    text = (
        "BÁO CÁO\nCông tác đối ngoại năm 2024\n\nIII. CÔNG TÁC NGƯỜI VIỆT NAM Ở NƯỚC NGOÀI\n\n2. Đoàn vào\n\n"
        "| Nội dung | Năm 2024 |\n|---|---|\n| Số đoàn | 6 |\n"
    )
    assert not any(figure[1] == "inbound_delegations" for figure in published_figures(text))


def test_some_fdi_projects_at_a_day_are_not_the_fdi_total():
    text = (
        "BÁO CÁO\nCông tác ngoại giao kinh tế năm 2024\n\nĐến ngày 31/12/2024, có 52 dự án FDI đã đi vào hoạt động.\n"
    )
    assert not any(figure[1] == "fdi_projects_total" for figure in published_figures(text))
