"""Capabilities found in the sixty-fourth round, written here in phrasings and layouts other than the batch's.
Expected figures were written from the texts below before the code ran on them."""

from tests.unit.documents import not_published_reasons, published_figures


def test_a_title_saying_its_figures_are_estimates_makes_the_periods_figures_estimates():
    figures = published_figures(
        "BÁO CÁO\nƯớc tính kết quả công tác đối ngoại 6 tháng đầu năm 2024\n\n"
        "Trong 6 tháng, tỉnh cử 23 đoàn ra. Cùng kỳ năm 2023, tỉnh cử 17 đoàn ra.\n"
    )
    assert {
        ("2024-H1", "outbound_delegations", 23, "approx"),
        ("2023-H1", "outbound_delegations", 17, "exact"),
    } <= figures


def test_the_clause_leading_into_a_list_names_the_lists_period():
    figures = published_figures(
        "BÁO CÁO\nKết quả công tác đối ngoại tháng 10 năm 2024\n\n"
        "Trong tháng 10, tỉnh đón 4 đoàn vào.\n"
        "Căn cứ kết quả 10 tháng và kế hoạch các tháng còn lại, Sở ước thực hiện cả năm 2024 như sau:\n"
        "- Đoàn vào: 37 đoàn;\n- Hội nghị quốc tế: 11 hội nghị.\n"
    )
    assert {
        ("2024-10", "inbound_delegations", 4, "exact"),
        ("2024", "inbound_delegations", 37, "approx"),
        ("2024", "intl_conferences", 11, "approx"),
    } <= figures


def test_a_note_of_figures_titled_in_capitals_takes_the_year_it_names():
    figures = published_figures(
        "SỞ NGOẠI VỤ\n\n   GHI CHÚ SỐ LIỆU ĐỐI NGOẠI NĂM 2023\n   (Phục vụ họp giao ban cuối năm)\n\n"
        "Kính gửi: Ban Giám đốc\n\n- Cả năm tổ chức 10 hội nghị quốc tế.\n"
    )
    assert ("2023", "intl_conferences", 10, "exact") in figures


def test_last_years_column_naming_another_period_than_the_one_a_year_before_its_neighbour_waits():
    text = (
        "BẢN TIN\nSố liệu nhanh của Văn phòng\n\n"
        "| Chỉ tiêu | Quý II/2026 | Lũy kế từ đầu năm | Cùng kỳ 6 tháng 2025 |\n|---|---|---|---|\n"
        "| Đoàn vào (đoàn) | 9 | 20 | 16 |\n"
    )
    assert ("2025-Q2", "inbound_delegations", 16, "exact") not in published_figures(text)
    assert "not the same period a year before" in not_published_reasons(text)["16"]


def test_a_comparison_after_a_bracket_of_parts_compares_the_whole_before_the_bracket():
    figures = published_figures(
        "BÁO CÁO\nKết quả công tác lãnh sự 9 tháng năm 2024\n\n"
        "Trong 9 tháng, phối hợp xử lý 16 vụ việc bảo hộ công dân (quý II: 6 vụ việc; quý III: 4 vụ việc), giảm 3 vụ "
        "việc so với cùng kỳ năm 2023 (19 vụ việc).\n"
    )
    assert {("2024-9M", "consular_cases", 16, "exact"), ("2023-9M", "consular_cases", 19, "exact")} <= figures
    assert ("2023-Q3", "consular_cases", 19, "exact") not in figures


def test_a_bracket_naming_a_period_right_after_a_figure_dates_that_figure():
    text = (
        "BÁO CÁO\nKết quả công tác phi chính phủ nước ngoài năm 2024\n\n"
        "Số tổ chức phi chính phủ nước ngoài có giấy đăng ký hoạt động tại tỉnh tăng từ 29 tổ chức (cuối năm 2021) "
        "lên 33 tổ chức (cuối năm 2024).\n"
    )
    figures = published_figures(text)
    assert {("2021", "ngos_registered_total", 29, "exact"), ("2024", "ngos_registered_total", 33, "exact")} <= figures


def test_a_table_row_naming_a_person_tells_that_persons_work_not_the_provinces(tmp_path):
    text = (
        "TỜ TRÌNH\nĐề nghị khen thưởng thành tích công tác đối ngoại năm 2024\n\n"
        "| TT | Họ và tên | Chức vụ | Thành tích |\n|---|---|---|---|\n"
        "| 1 | Ông Lê Văn Tâm | Trưởng phòng | Chủ trì thẩm định 12 chương trình, dự án phi chính phủ nước ngoài |\n"
        "| 2 | Đồng chí Phan Thị Mai | Chuyên viên | Biên dịch trên 900 trang tài liệu |\n"
    )
    assert not published_figures(text)
    assert "person" in not_published_reasons(text)["trên 900"]


def test_a_months_column_right_after_the_quarter_ending_them_counts_from_january_in_a_text_of_no_period():
    figures = published_figures(
        "BẢN TIN NỘI BỘ\nSố 27 — tuần từ 30/6 đến 04/7\n\n"
        "| Chỉ tiêu | Tháng 6/2024 | Quý II/2024 | Cộng 6 tháng | Cùng kỳ 6 tháng 2023 |\n|---|---|---|---|---|\n"
        "| Đoàn ra (đoàn) | 5 | 13 | 24 | 20 |\n"
    )
    assert {
        ("2024-06", "outbound_delegations", 5, "exact"),
        ("2024-Q2", "outbound_delegations", 13, "exact"),
        ("2024-H1", "outbound_delegations", 24, "exact"),
        ("2023-H1", "outbound_delegations", 20, "exact"),
    } <= figures


def test_a_training_part_row_under_outbound_delegations_is_training_abroad():
    figures = published_figures(
        "BÁO CÁO\nCông tác quản lý đoàn ra, đoàn vào năm 2023\n\n"
        "| TT | Nội dung | ĐVT | 6 tháng đầu năm | Cả năm |\n|---|---|---|---|---|\n"
        "| 1 | Đoàn ra | đoàn | 20 | 44 |\n"
        "| | - Trong đó: đoàn đi học tập kinh nghiệm, tập huấn | đoàn | 3 | 8 |\n"
    )
    assert {("2023-H1", "training_delegations", 3, "exact"), ("2023", "training_delegations", 8, "exact")} <= figures


def test_a_capitalised_document_type_after_what_was_done_is_no_name_in_a_measure_row():
    figures = published_figures(
        "BÁO CÁO\nCông tác phi chính phủ nước ngoài năm 2023\n\nBảng 1. Kết quả công tác PCPNN năm 2023\n\n"
        "| TT | Chỉ tiêu | ĐVT | Cả năm |\n|---|---|---|---|\n"
        "| 1 | Tổ chức PCPNN được gia hạn, cấp mới Giấy đăng ký hoạt động | tổ chức | 7 |\n"
    )
    assert ("2023", "ngo_registrations", 7, "exact") in figures


def test_a_title_naming_a_quarter_and_the_year_so_far_covers_both():
    figures = published_figures(
        "BÁO CÁO\nKết quả công tác đối ngoại quý II và lũy kế 6 tháng năm 2023\n\n"
        "I. KẾT QUẢ QUÝ II\n\nTrong quý, tỉnh đón 6 đoàn vào.\n\n"
        "II. LŨY KẾ 6 THÁNG\n\nLũy kế 6 tháng, tỉnh đón 11 đoàn vào.\n"
    )
    assert {("2023-Q2", "inbound_delegations", 6, "exact"), ("2023-H1", "inbound_delegations", 11, "exact")} <= figures


# Found by a second reader of this round's change.


def test_a_list_opener_that_opens_with_its_period_keeps_it_whatever_period_its_last_clause_names():
    figures = published_figures(
        "BÁO CÁO\nKết quả công tác đối ngoại năm 2024\n\n"
        "Năm 2024, Sở tiếp tục triển khai các nhiệm vụ theo Kế hoạch của giai đoạn 2021 - 2025:\n"
        "- Đoàn ra: 49 đoàn;\n- Đoàn vào: 36 đoàn.\n"
    )
    assert {("2024", "outbound_delegations", 49, "exact"), ("2024", "inbound_delegations", 36, "exact")} <= figures


def test_a_title_saying_its_figures_replace_the_estimates_is_no_estimate():
    figures = published_figures(
        "BÁO CÁO\nƯớc thực hiện và số liệu chính thức công tác đối ngoại năm 2023\n\nNăm 2023, tỉnh đón 35 đoàn vào.\n"
    )
    assert ("2023", "inbound_delegations", 35, "exact") in figures


def test_a_year_after_thang_is_no_count():
    figures = published_figures(
        "BÁO CÁO\nKết quả công tác đối ngoại 6 tháng năm 2026\n\n"
        "Trong 6 tháng, đã có 19 đoàn ra.\nTrong 6 tháng 2026 đoàn ra chủ yếu đi Lào.\n"
    )
    assert figures == {("2026-H1", "outbound_delegations", 19, "exact")}


def test_a_months_column_in_a_bulletin_whose_columns_name_two_years_waits():
    text = (
        "BẢN TIN\nSố liệu nhanh của Văn phòng\n\n"
        "| Chỉ tiêu | Quý II/2026 | Quý II/2025 | Cộng 6 tháng |\n|---|---|---|---|\n"
        "| Đoàn vào (đoàn) | 9 | 7 | 20 |\n"
    )
    assert not {f for f in published_figures(text) if f[2] == 20}
    assert "leaves open" in not_published_reasons(text)["20"]


def test_a_line_naming_its_own_period_under_a_label_of_a_field_of_work_is_read():
    figures = published_figures(
        "BIÊN BẢN\nHọp giao ban công tác đối ngoại quý III năm 2024\n\n"
        "b) Về công tác lãnh sự:\nQuý III/2024, Sở phối hợp giải quyết 5 vụ việc bảo hộ công dân.\n"
    )
    assert ("2024-Q3", "consular_cases", 5, "exact") in figures


def test_a_heading_in_capitals_in_a_letters_body_is_no_title_and_a_cited_documents_year_is_not_its_period():
    figures = published_figures(
        "SỞ NGOẠI VỤ\nSố: 88/SNgV-VP\nV/v báo cáo số liệu đối ngoại 6 tháng đầu năm 2024\n\n"
        "Kính gửi: Văn phòng UBND tỉnh\n\n"
        "KẾT QUẢ CÔNG TÁC TRIỂN KHAI NGHỊ QUYẾT SỐ 22-NQ/TW NĂM 2013 VỀ HỘI NHẬP QUỐC TẾ\n"
        "Tổ chức 4 hội nghị quốc tế; ký kết 2 thỏa thuận quốc tế.\n"
    )
    assert {("2024-H1", "intl_conferences", 4, "exact"), ("2024-H1", "intl_agreements", 2, "exact")} <= figures
    assert not {f for f in figures if f[0] == "2013"}


def test_year_columns_beside_the_reports_own_year_in_a_report_on_part_of_it_wait():
    text = (
        "BÁO CÁO\nKết quả công tác đối ngoại 9 tháng năm 2026\n\n"
        "| Chỉ tiêu | Năm 2025 | Năm 2026 |\n|---|---|---|\n| Đoàn vào (đoàn) | 28 | 31 |\n"
    )
    assert not published_figures(text)
    assert "names only a year" in not_published_reasons(text)["28"]
