"""Capabilities found in the seventy-fifth round, written here in phrasings and layouts other than the batch's.
Expected figures were written from the tables below before the code ran on them."""

from tests.unit.documents import figure_keys, not_published_reasons, published_figures, text_report, word_report


def test_a_group_header_naming_only_the_kind_of_period_leaves_each_column_its_own_period(tmp_path):
    report = word_report(
        tmp_path / "bc_quy_2_2025.docx",
        ["BÁO CÁO", "Kết quả công tác đối ngoại quý II năm 2025"],
        [
            ("STT", "Chỉ tiêu", "Số liệu trong quý", "Số liệu trong quý", "Ghi chú"),
            ("STT", "Chỉ tiêu", "Quý II/2025", "Quý II/2024", "Ghi chú"),
            ("1", "Đoàn ra (đoàn)", "11", "9", ""),
            ("2", "Đoàn vào (đoàn)", "7", "12", ""),
        ],
    )
    found = figure_keys(report)
    assert ("2025-Q2", "outbound_delegations", 11) in found
    assert ("2024-Q2", "outbound_delegations", 9) in found
    assert ("2024-Q2", "inbound_delegations", 12) in found

    # (a group naming months over columns naming quarters: which is meant is not said)
    mismatched = word_report(
        tmp_path / "bc_quy_2_2025_b.docx",
        ["BÁO CÁO", "Kết quả công tác đối ngoại quý II năm 2025"],
        [
            ("STT", "Chỉ tiêu", "Trong tháng", "Trong tháng"),
            ("STT", "Chỉ tiêu", "Quý II/2025", "Quý II/2024"),
            ("1", "Đoàn ra (đoàn)", "11", "9"),
        ],
    )
    assert not any(value == 9 for *_, value in figure_keys(mismatched))


def test_a_result_label_over_a_part_of_the_year_takes_the_year_of_the_group_above(tmp_path):
    report = word_report(
        tmp_path / "phu_luc_9_thang.docx",
        ["PHỤ LỤC", "Số liệu công tác đối ngoại"],
        [
            ("TT", "Nội dung", "Năm 2023", "Năm 2023", "Năm 2024", "Năm 2024"),
            ("TT", "Nội dung", "Kế hoạch", "Thực hiện quý III", "Kế hoạch", "Thực hiện quý III"),
            ("1", "Hội nghị, hội thảo quốc tế (cuộc)", "10", "3", "12", "4"),
            ("2", "Thỏa thuận quốc tế được ký kết (thỏa thuận)", "5", "2", "6", "1"),
        ],
    )
    found = figure_keys(report)
    assert ("2023-Q3", "intl_conferences", 3) in found
    assert ("2024-Q3", "intl_conferences", 4) in found
    assert ("2023-Q3", "intl_agreements", 2) in found
    assert ("2024-Q3", "intl_agreements", 1) in found
    assert not any(value in (10, 12, 5, 6) for *_, value in found)


def test_rows_summing_the_period_rows_above_them_are_those_months_of_their_columns_year(tmp_path):
    report = word_report(
        tmp_path / "bc_hoi_nghi_2023.docx",
        ["BÁO CÁO", "Công tác quản lý hội nghị, hội thảo quốc tế năm 2023"],
        [
            ("Kỳ", "Hội nghị quốc tế (cuộc)", "Hội nghị quốc tế (cuộc)"),
            ("Kỳ", "2023", "2022"),
            ("Quý I", "2", "1"),
            ("Quý II", "3", "4"),
            ("6 tháng", "5", "5"),
            ("Quý III", "1", "2"),
            ("9 tháng", "6", "7"),
            ("Quý IV", "4", "3"),
            ("Cả năm", "10", "10"),
        ],
    )
    found = figure_keys(report)
    assert ("2023-H1", "intl_conferences", 5) in found
    assert ("2022-H1", "intl_conferences", 5) in found
    assert ("2023-9M", "intl_conferences", 6) in found
    assert ("2022-9M", "intl_conferences", 7) in found
    assert ("2023", "intl_conferences", 10) in found
    assert ("2022", "intl_conferences", 10) in found

    # ("Cả năm" under three quarters only, in a report written before the year ended: not the year's)
    unfinished = word_report(
        tmp_path / "bc_hoi_nghi_2023_b.docx",
        ["BÁO CÁO", "Công tác quản lý hội nghị, hội thảo quốc tế 9 tháng năm 2023"],
        [
            ("Kỳ", "Hội nghị quốc tế (cuộc)"),
            ("Quý I", "2"),
            ("Quý II", "3"),
            ("Quý III", "1"),
            ("Cả năm", "8"),
        ],
    )
    assert not any(value == 8 for *_, value in figure_keys(unfinished))


def test_a_period_row_under_a_column_of_the_same_period_a_year_before_or_of_a_running_total(tmp_path):
    report = word_report(
        tmp_path / "bc_doan_ra_2024.docx",
        ["BÁO CÁO", "Công tác quản lý đoàn ra năm 2024"],
        [
            ("Thời gian", "Đoàn ra (đoàn)", "Đoàn ra (đoàn)", "Đoàn ra (đoàn)"),
            ("Thời gian", "Thực hiện", "Cùng kỳ năm trước", "Lũy kế"),
            ("Quý I", "6", "-", "6"),
            ("Quý II", "-", "8", "13"),
        ],
    )
    found = figure_keys(report)
    assert ("2024-Q1", "outbound_delegations", 6) in found
    assert ("2023-Q2", "outbound_delegations", 8) in found
    assert not any(value in (13,) for *_, value in found)
    assert not any(period == "2024-Q2" for period, *_ in found)


def test_a_grid_table_in_a_text_file_with_a_wrapped_header_and_two_digit_years(tmp_path):
    report = text_report(
        tmp_path,
        "bc_quy_2_2025.txt",
        "BÁO CÁO\nKết quả công tác đối ngoại quý II năm 2025\n\n"
        "+----+----------------------+-------+-------+-------+---------+\n"
        "| TT | Chỉ tiêu             | Q2/25 | Q1/25 | Q2/24 | 6T/25   |\n"
        "|    |                      |       |       |       | (lũy kế)|\n"
        "+----+----------------------+-------+-------+-------+---------+\n"
        "| 1  | Đoàn ra (đoàn)       | 9     | 7     | 6     | 16      |\n"
        "| 2  | Hội nghị, hội thảo   | 3     | 2     | 4     | 5       |\n"
        "|    | quốc tế (cuộc)       |       |       |       |         |\n"
        "+----+----------------------+-------+-------+-------+---------+\n",
    )
    found = figure_keys(report)
    assert ("2025-Q2", "outbound_delegations", 9) in found
    assert ("2025-Q1", "outbound_delegations", 7) in found
    assert ("2024-Q2", "outbound_delegations", 6) in found
    assert ("2025-H1", "outbound_delegations", 16) in found
    assert ("2024-Q2", "intl_conferences", 4) in found


def test_reviewers_comments_in_a_draft_are_no_figures_and_an_unsettled_one_holds_its_sentence(tmp_path):
    report = text_report(
        tmp_path,
        "du_thao_bc_9_thang_2024.txt",
        "DỰ THẢO\nBÁO CÁO\nKết quả công tác đối ngoại 9 tháng năm 2024\n\n"
        "9 tháng năm 2024, tỉnh đón 28 đoàn vào với 301 lượt khách [Ý kiến P.HTQT: thống nhất, bản trước ghi 26 đoàn]. "
        "Tiếp nhận 7 dự án phi chính phủ nước ngoài [Góp ý của Văn phòng: số dự án tạm ghi, sẽ chốt sau khi Sở Tài "
        "chính có ý kiến]. Cử 30 đoàn ra.\n",
    )
    found = figure_keys(report)
    assert ("2024-9M", "inbound_delegations", 28) in found
    assert ("2024-9M", "outbound_delegations", 30) in found
    assert not any(value in (26, 7) for *_, value in found)
    assert any(item.value_as_written == "7" and "not final" in item.reason for item in report.review)


def test_a_lead_note_on_the_whole_reports_figures_of_a_period_makes_its_sentences_estimates_too(tmp_path):
    report = text_report(
        tmp_path,
        "bc_9_thang_2024.txt",
        "BÁO CÁO\nKết quả công tác đối ngoại 9 tháng năm 2024\n\n"
        "Số liệu 9 tháng năm 2024 trong báo cáo này là số thực hiện đến ngày 15/9/2024 và ước thực hiện đến hết "
        "tháng 9.\n"
        "Tỉnh đã cử 30 đoàn ra với 140 lượt cán bộ; tổ chức 6 hội nghị, hội thảo quốc tế.\n",
    )
    found = {(period, indicator, value, qualifier) for period, indicator, value, qualifier in _with_qualifiers(report)}
    assert ("2024-9M", "outbound_delegations", 30, "approx") in found
    assert ("2024-9M", "intl_conferences", 6, "approx") in found


def _with_qualifiers(extraction):
    return {(f.period_code, f.indicator_code, f.value, f.qualifier) for f in extraction.figures}


def test_overstaying_workers_in_a_cases_breakdown_are_no_shortcoming_of_the_work(tmp_path):
    report = text_report(
        tmp_path,
        "bc_lanh_su_2025.txt",
        "BÁO CÁO\nCông tác lãnh sự năm 2025\n\n"
        "Năm 2025, Sở phối hợp giải quyết 15 vụ việc lãnh sự, bảo hộ công dân, trong đó 2 vụ công dân gặp nạn, 7 vụ "
        "ngư dân bị bắt giữ, 6 vụ lao động lưu trú, làm việc quá hạn tại Hàn Quốc.\n",
    )
    assert ("2025", "consular_cases", 15) in figure_keys(report)


def test_a_numbered_row_naming_only_a_measure_is_the_row_aboves_second_measure(tmp_path):
    report = word_report(
        tmp_path / "bc_doan_vao_2024.docx",
        ["BÁO CÁO", "Công tác đón đoàn vào năm 2024"],
        [
            ("TT", "Nội dung", "ĐVT", "Năm 2024"),
            ("1", "Đoàn nước ngoài vào làm việc", "đoàn", "40"),
            ("2", "Số lượt khách", "lượt", "410"),
            ("3", "Đoàn của cơ quan đại diện ngoại giao, tổ chức quốc tế tại Việt Nam", "đoàn", "12"),
            ("4", "Số lượt khách", "lượt", "95"),
        ],
    )
    found = figure_keys(report)
    assert ("2024", "inbound_visitors", 410) in found
    assert ("2024", "inbound_mission_delegations", 12) in found
    assert ("2024", "inbound_mission_visitors", 95) in found
    assert ("2024", "inbound_visitors", 95) not in found


def test_a_port_table_whose_cells_carry_their_units_and_a_gate_table_with_a_visits_unit_column(tmp_path):
    report = word_report(
        tmp_path / "bc_cua_khau_2025.docx",
        ["BÁO CÁO", "Tình hình xuất nhập cảnh qua cửa khẩu quốc tế Cầu Treo năm 2025"],
        [
            ("TT", "Chỉ tiêu", "ĐVT", "Năm 2025"),
            ("1", "Người xuất cảnh, nhập cảnh", "lượt", "402.118"),
            ("2", "Phương tiện xuất cảnh, nhập cảnh", "lượt", "80.214"),
        ],
        next_tables=[
            [
                ("Nội dung", "Năm 2025", "Năm 2024"),
                ("Giấy phép xuống tàu", "210 giấy", "187 giấy"),
                ("Thẻ đi bờ", "340 thẻ", "301 thẻ"),
            ]
        ],
    )
    found = figure_keys(report)
    assert ("2025", "border_crossings_vehicles", 80214) in found
    assert ("2025", "boarding_permits", 210) in found
    assert ("2024", "boarding_permits", 187) in found
    assert ("2025", "shore_passes", 340) in found


def test_clauses_after_a_semicolon_keep_the_subject_of_the_first_clause_unless_they_name_their_own():
    text = (
        "BÁO CÁO\nKết quả công tác đối ngoại năm 2024\n\n"
        "Năm 2024, tỉnh Quảng Bình tiếp 60 đoàn vào; cử 41 đoàn ra; ký 3 thỏa thuận quốc tế.\n"
        "Năm 2024, Sở Văn hóa, Thể thao và Du lịch tổ chức 2 hội thảo quốc tế; tỉnh đón 38 đoàn vào.\n"
        "Hiện Thanh Hóa có hơn 1.500 lưu học sinh Lào đang học tập.\n"
    )
    figures = published_figures(text)
    assert ("2024", "inbound_delegations", 38, "exact") in figures
    assert not any(value in (60, 41, 3, 2, 1500) for *_, value, _ in figures)
    reasons = not_published_reasons(text)
    assert "first clause" in reasons["41"]
    assert "another province" in reasons["hơn 1.500"]


def test_companies_by_legal_form_and_the_provinces_mass_organisations_count_their_own():
    text = (
        "BÁO CÁO\nKết quả công tác đối ngoại quý II năm 2025\n\n"
        "Quý II, Công ty TNHH Thép Vạn Lợi tổ chức 1 hội thảo quốc tế.\n"
        "Hội Hữu nghị Việt Nam - Nhật Bản tỉnh đón 2 đoàn với 18 lượt khách.\n"
        "Quý II, tỉnh tổ chức 4 hội nghị, hội thảo quốc tế.\n"
    )
    figures = published_figures(text)
    assert ("2025-Q2", "intl_conferences", 4, "exact") in figures
    assert not any(value in (1, 2, 18) for *_, value, _ in figures)


def test_ranges_written_with_words_and_bounds_are_no_counts():
    text = (
        "BÁO CÁO\nKết quả công tác đối ngoại 9 tháng năm 2025\n\n"
        "9 tháng năm 2025, tỉnh đón từ 20 tới 22 đoàn vào; cử không dưới 35 đoàn ra; tổ chức tối đa 9 hội thảo quốc tế; "
        "ký 4 thỏa thuận quốc tế.\n"
    )
    figures = published_figures(text)
    assert ("2025-9M", "intl_agreements", 4, "exact") in figures
    assert not any(value in (20, 22, 35, 9) for *_, value, _ in figures)
    reasons = not_published_reasons(text)
    assert "range" in reasons["20 tới 22"]
    assert "bound" in reasons["không dưới 35"]


def test_items_under_an_opener_saying_its_figures_are_provisional_wait():
    text = (
        "Kính gửi: Văn phòng Sở\n\n"
        "Phòng Lãnh sự gửi số liệu tạm tính quý I/2025, chưa chốt:\n"
        "- vụ việc bảo hộ công dân: 6 vụ\n"
        "- hồ sơ hợp pháp hóa lãnh sự: 40 hồ sơ\n"
    )
    assert not published_figures(text)
    assert "not final" in not_published_reasons(text)["6"]


def test_a_value_corrected_inside_a_closed_bracket_does_not_reach_the_figures_after_it():
    text = (
        "BÁO CÁO\nKết quả công tác đối ngoại tháng 5 năm 2024\n\n"
        "Số liệu quý I/2024 được điều chỉnh như sau: đoàn ra 14 đoàn (báo cáo trước ghi 13 đoàn); đoàn vào 8 đoàn/61 "
        "lượt khách.\n"
    )
    figures = published_figures(text)
    assert ("2024-Q1", "outbound_delegations", 14, "exact") in figures
    assert ("2024-Q1", "inbound_delegations", 8, "exact") in figures
    assert not any(value == 13 for *_, value, _ in figures)


def test_one_countrys_investors_as_the_subject_of_a_stock_of_projects_are_a_share():
    text = (
        "BÁO CÁO\nKết quả hợp tác kinh tế đối ngoại năm 2025\n\n"
        "Đến nay, các nhà đầu tư Nhật Bản có 9 dự án FDI tại tỉnh với tổng vốn đầu tư 310 triệu USD. Lũy kế đến nay, "
        "toàn tỉnh có 104 dự án FDI còn hiệu lực.\n"
    )
    figures = published_figures(text)
    assert ("2025", "fdi_projects_total", 104, "exact") in figures
    assert not any(value == 9 for *_, value, _ in figures)


def test_second_reading_a_remark_in_brackets_before_the_wrong_values_still_marks_them():
    text = (
        "V/v đính chính số liệu quý II năm 2025\n\n"
        "Số liệu tại Báo cáo số 301/BC-SNgV (nhầm do cộng sót): đoàn vào 7 đoàn với 52 lượt khách; nay sửa lại là: "
        "đoàn vào 8 đoàn với 60 lượt khách.\n"
    )
    assert not any(value in (7, 52) for *_, value, _ in published_figures(text))


def test_second_reading_a_comment_doubting_a_figure_or_standing_before_its_sentence_holds_it(tmp_path):
    report = text_report(
        tmp_path,
        "du_thao_bc_nam_2024.txt",
        "DỰ THẢO\nBÁO CÁO\nKết quả công tác đối ngoại năm 2024\n\n"
        "Năm 2024, tỉnh tổ chức 16 hội nghị, hội thảo quốc tế [Góp ý P.Tổng hợp: số của Sở Nội vụ là 17 cuộc, đề "
        "nghị xem lại].\n"
        "[Ý kiến P.Lãnh sự: số dưới đây chưa khớp với Công an tỉnh] Năm 2024, Sở phối hợp xử lý 23 vụ việc lãnh sự.\n"
        "Năm 2024, tỉnh đón 41 đoàn vào.\n",
    )
    found = figure_keys(report)
    assert ("2024", "inbound_delegations", 41) in found
    assert not any(value in (16, 17, 23) for *_, value in found)


def test_second_reading_the_provinces_own_delegations_overstaying_remain_a_shortcoming():
    text = (
        "BÁO CÁO\nKết quả công tác đối ngoại quý III năm 2025\n\n"
        "Trong quý III có 03 đoàn ra lưu trú quá hạn so với quyết định cử đi.\n"
    )
    assert not published_figures(text)


def test_second_reading_a_running_total_group_over_year_columns_is_no_year(tmp_path):
    report = text_report(
        tmp_path,
        "bc_quy_3_2025.md",
        "BÁO CÁO\nKết quả công tác đối ngoại quý III năm 2025\n\n"
        "| TT | Nội dung | Số liệu trong quý | | Lũy kế trong năm | |\n"
        "|---|---|---|---|---|---|\n"
        "| | | Quý III/2025 | Quý III/2024 | Năm 2025 | Năm 2024 |\n"
        "| 1 | Đoàn ra (đoàn) | 12 | 10 | 33 | 29 |\n",
    )
    found = figure_keys(report)
    assert ("2025-Q3", "outbound_delegations", 12) in found
    assert ("2024-Q3", "outbound_delegations", 10) in found
    assert not any(value in (33, 29) for *_, value in found)


def test_second_reading_visitors_under_two_kinds_of_delegations_are_not_given_to_the_second(tmp_path):
    report = word_report(
        tmp_path / "bc_doan_vao_q3.docx",
        ["BÁO CÁO", "Kết quả công tác đối ngoại quý III năm 2025"],
        [
            ("TT", "Nội dung", "ĐVT", "Quý III/2025"),
            ("1", "Đoàn vào", "đoàn", "9"),
            ("2", "Đoàn của cơ quan đại diện nước ngoài, tổ chức quốc tế", "đoàn", "3"),
            ("3", "Số lượt khách", "lượt", "84"),
        ],
    )
    assert ("2025-Q3", "inbound_mission_visitors", 84) not in figure_keys(report)


def test_a_bilingual_table_is_read_as_the_sentences_of_its_original_under_a_heading_and_its_translation(tmp_path):
    report = text_report(
        tmp_path,
        "fact_sheet_2024.md",
        "# THÔNG TIN ĐỐI NGOẠI HÀ TĨNH / HA TINH FACT SHEET\n\n"
        "## 2. Kết quả năm 2024 / Results in 2024\n\n"
        "| Tiếng Việt | English |\n|---|---|\n"
        "| Cử 47 đoàn ra với 230 lượt cán bộ đi công tác nước ngoài. | 47 outbound delegations with 230 officials. |\n"
        "| Diện tích 5.994 km². | Area: 5,994 km². |\n\n"
        "## 3. Giai đoạn 2021 - 2025 / The 2021–2025 period\n\n"
        "| Tiếng Việt | English |\n|---|---|\n"
        "| Tổ chức 55 hội nghị, hội thảo quốc tế. | 55 international conferences. |\n",
    )
    found = figure_keys(report)
    assert ("2024", "outbound_delegations", 47) in found
    assert ("2024", "outbound_persons", 230) in found
    assert ("2021-2025", "intl_conferences", 55) in found
    assert not any(value == 5994 for *_, value in found)


def test_second_reading_a_bilingual_row_whose_languages_disagree_waits_and_language_columns_are_no_translation(
    tmp_path,
):
    report = text_report(
        tmp_path,
        "bao_cao_nhanh_2025.md",
        "# BÁO CÁO NHANH KẾT QUẢ ĐỐI NGOẠI NĂM 2025\n\n"
        "| Tiếng Việt | English |\n|---|---|\n"
        "| Đón 44 đoàn vào với 512 lượt khách quốc tế. | 47 inbound delegations with 512 visitors. |\n"
        "| Hỗ trợ các tỉnh của Lào 1,35 tỷ đồng. | Support to Lao provinces: VND 13.5 billion. |\n"
        "| Ký kết 7 thỏa thuận quốc tế (31/12/2025). | 7 international agreements signed (31 December 2025). |\n\n"
        "## Biên dịch theo ngôn ngữ\n\n"
        "| Nội dung | Tiếng Anh | Tiếng Lào | Tiếng Việt |\n|---|---|---|---|\n"
        "| Biên dịch (trang) | 640 | 210 | 95 |\n",
    )
    found = figure_keys(report)
    assert ("2025", "intl_agreements", 7) in found
    assert not any(value in (44, 512, 1350000000, 95) for *_, value in found)
    reasons = {item.value_as_written: item.reason for item in report.review}
    assert "different numbers" in reasons["44"]


def test_second_reading_a_heading_naming_its_year_twice_without_a_translation_names_no_one_period():
    text = (
        "BÁO CÁO\nKết quả công tác đối ngoại quý I năm 2026\n\n"
        "III. KẾT QUẢ NĂM 2025 VÀ LŨY KẾ ĐẾN NĂM 2025\n"
        "Tổng số hài cốt liệt sỹ đã tiếp nhận, hồi hương: 1.150 hài cốt.\n"
    )
    assert not any(value == 1150 for *_, value, _ in published_figures(text))


def test_a_count_to_a_day_the_sentence_then_estimates_to_the_periods_end_is_a_count_so_far():
    text = (
        "BÁO CÁO\nKết quả công tác đối ngoại 9 tháng năm 2023\n\n"
        "Tính đến ngày 12/9/2023, tỉnh đã cử 33 đoàn ra với 150 lượt cán bộ; ước đến hết tháng 9 là 35 đoàn ra với 160 "
        "lượt cán bộ (cùng kỳ năm 2022: 28 đoàn ra).\n"
    )
    figures = published_figures(text)
    assert ("2023-9M", "outbound_delegations", 35, "approx") in figures
    assert ("2022-9M", "outbound_delegations", 28, "exact") in figures
    assert not any(value in (33, 150) for *_, value, _ in figures)


def test_a_lowest_header_naming_what_it_counts_is_not_overruled_by_a_bracket_of_its_group(tmp_path):
    report = text_report(
        tmp_path,
        "bc_doan_vao_2022.md",
        "BÁO CÁO\nCông tác quản lý đoàn vào năm 2022\n\n"
        "| Thời gian | Đoàn vào (khách quốc tế) | |\n|---|---|---|\n"
        "| | Số đoàn | Lượt khách |\n"
        "| Quý I | 6 | 58 |\n| Quý II | 9 | 97 |\n",
    )
    found = figure_keys(report)
    assert ("2022-Q1", "inbound_delegations", 6) in found
    assert ("2022-Q2", "inbound_visitors", 97) in found
    assert ("2022-Q1", "inbound_visitors", 6) not in found


def test_columns_of_the_year_and_of_its_end_over_rows_of_years(tmp_path):
    report = word_report(
        tmp_path / "bc_dau_tu_2019_2021.docx",
        ["BÁO CÁO", "Kết quả thu hút đầu tư giai đoạn 2019 - 2021"],
        [
            ("Năm", "Dự án FDI được chấp thuận trong năm", "Số dự án FDI còn hiệu lực lũy kế đến 31/12"),
            ("2019", "4", "70"),
            ("2020", "2", "71"),
        ],
    )
    found = figure_keys(report)
    assert ("2019", "fdi_projects_approved", 4) in found
    assert ("2020", "fdi_projects_total", 71) in found


def test_second_reading_a_groups_bracket_unit_stays_and_narrowed_or_running_year_columns_wait(tmp_path):
    report = text_report(
        tmp_path,
        "bc_doan_2024.md",
        "BÁO CÁO\nCông tác quản lý đoàn ra năm 2024\n\n"
        "| Thời gian | Cán bộ đi nước ngoài (lượt người) | |\n|---|---|---|\n"
        "| | Đoàn ra | Đoàn đi đào tạo |\n"
        "| Quý I | 64 | 11 |\n",
    )
    found = figure_keys(report)
    assert ("2024-Q1", "outbound_persons", 64) in found
    assert not any(indicator == "outbound_delegations" for _, indicator, _ in found)

    years = text_report(
        tmp_path,
        "bc_giai_doan_2021_2023.md",
        "BÁO CÁO\nKết quả đối ngoại giai đoạn 2021 - 2023\n\n"
        "| Năm | Số đoàn ra đi Lào trong năm | Dự án được chấp thuận lũy kế từ đầu giai đoạn đến 31/12 |\n"
        "|---|---|---|\n| 2022 | 21 | 118 |\n| 2023 | 25 | 170 |\n",
    )
    assert not any(value in (21, 25, 118, 170) for *_, value in figure_keys(years))


def test_second_reading_a_count_to_a_day_followed_by_a_forecast_to_the_periods_end_waits():
    text = (
        "BÁO CÁO\nKết quả công tác đối ngoại 6 tháng đầu năm 2025\n\n"
        "Tính đến ngày 12/6/2025, toàn tỉnh có 27 đoàn ra; dự kiến đến hết tháng 6 có 30 đoàn ra.\n"
    )
    assert not any(value == 27 for *_, value, _ in published_figures(text))
