"""Capabilities of the hundred-and-thirty-second round, written here in phrasings other than the reports that showed
the need. Expected figures were written from the texts below before the code ran on them."""

from decimal import Decimal

from tests.unit.documents import extract_text, not_published_reasons, published_figures, report_text, text_report


def test_a_row_naming_two_indicators_each_with_its_noun_waits():
    text = report_text(
        "61",
        "10 tháng 1 năm 2022",
        "Kết quả giải quyết thủ tục hành chính năm 2021",
        "| TT | Nội dung | Năm 2021 |",
        "|---|---|---|",
        "| 1 | Cán bộ đi nước ngoài - hồ sơ đề nghị cấp hộ chiếu ngoại giao | 41 |",
        "| 2 | Hồ sơ hợp pháp hóa lãnh sự | 215 |",
    )
    assert published_figures(text) == {("2021", "consular_legalisations", Decimal(215), "exact")}
    assert "names both" in not_published_reasons(text)["41"]


def test_a_unit_cell_says_which_of_two_indicators_a_row_counts():
    text = report_text(
        "68",
        "10 tháng 1 năm 2024",
        "Kết quả giải quyết thủ tục hành chính năm 2023",
        "| TT | Thủ tục | ĐVT | Năm 2023 |",
        "|---|---|---|---|",
        "| 1 | Cấp hộ chiếu công vụ cho cán bộ, viên chức được cử đi công tác nước ngoài | hồ sơ | 93 |",
    )
    assert published_figures(text) == {("2023", "official_passports_issued", Decimal(93), "exact")}


def test_a_row_whose_noun_the_tables_unit_line_contradicts_waits():
    text = report_text(
        "62",
        "05 tháng 7 năm 2023",
        "Kết quả công tác lãnh sự 6 tháng đầu năm 2023",
        "Đơn vị tính: hồ sơ",
        "| TT | Thủ tục | Quý I | Quý II |",
        "|---|---|---|---|",
        "| 1 | Cán bộ, công chức được cử đi nước ngoài | 12 | 19 |",
        "| 2 | Chứng nhận lãnh sự, hợp pháp hóa lãnh sự (hồ sơ) | 40 | 52 |",
    )
    assert published_figures(text) == {
        ("2023-Q1", "consular_legalisations", Decimal(40), "exact"),
        ("2023-Q2", "consular_legalisations", Decimal(52), "exact"),
    }
    assert "unit line" in not_published_reasons(text)["19"]


def test_a_column_counting_another_noun_than_its_rows_unit_holds_no_figure_of_the_row():
    text = report_text(
        "63",
        "20 tháng 12 năm 2024",
        "Thống kê khối lượng công việc năm 2024",
        "| TT | Nhiệm vụ | ĐVT | Năm 2024 | Đơn giá (triệu đồng/đoàn) | Số giờ |",
        "|---|---|---|---|---|---|",
        "| 1 | Quản lý đoàn vào | đoàn | 37 | 15 | 740 |",
        "| 2 | Biên dịch tài liệu | trang | 2.150 | 0,1 | 3.225 |",
    )
    assert published_figures(text) == {
        ("2024", "inbound_delegations", Decimal(37), "exact"),
        ("2024", "translated_pages", Decimal(2150), "exact"),
    }


def test_a_later_sentence_saying_what_it_names_is_not_final_keeps_that_figure_back():
    text = report_text(
        "64",
        "25 tháng 9 năm 2022",
        "Kết quả công tác đối ngoại quý III năm 2022",
        "Trong quý, đón 07 đoàn vào với 96 lượt khách (quý III/2021: 02 đoàn/11 lượt khách); tiếp nhận 09 vụ việc lãnh sự."
        " Số lượt khách quý này chưa xác minh, Công an tỉnh đang rà soát lại.",
        "Trong quý, ký kết 02 thỏa thuận quốc tế. Con số này chưa được xác nhận.",
    )
    assert published_figures(text) == {
        ("2022-Q3", "inbound_delegations", Decimal(7), "exact"),
        ("2022-Q3", "consular_cases", Decimal(9), "exact"),
        ("2021-Q3", "inbound_delegations", Decimal(2), "exact"),
        ("2021-Q3", "inbound_visitors", Decimal(11), "exact"),
    }
    reasons = not_published_reasons(text)
    assert "not final" in reasons["96"] and "not final" in reasons["02"]


def test_a_magazine_headline_on_foreign_affairs_names_the_articles_period(tmp_path):
    extraction = text_report(
        tmp_path,
        "tap_chi.txt",
        "TẠP CHÍ KINH TẾ - XÃ HỘI HÀ TĨNH\nSố 3 - Tháng 3/2026\n\n"
        "HOẠT ĐỘNG ĐỐI NGOẠI CỦA TỈNH GIAI ĐOẠN 2021 - 2025:\nNHÌN LẠI VÀ HƯỚNG TỚI\n\nNguyễn Văn A\n\n"
        "Trong 5 năm qua, công tác đối ngoại của tỉnh có nhiều chuyển biến. Tỉnh đã ký kết 17 thỏa thuận quốc tế"
        " và tổ chức 36 hội nghị, hội thảo quốc tế.\n",
    )
    assert extraction.period_code == "2021-2025"
    assert {(f.period_code, f.indicator_code, f.value) for f in extraction.figures} == {
        ("2021-2025", "intl_agreements", Decimal(17)),
        ("2021-2025", "intl_conferences", Decimal(36)),
    }


def test_a_report_taken_to_a_congress_is_of_the_term_its_first_part_weighs():
    extraction = extract_text(
        "ĐẢNG BỘ SỞ NGOẠI VỤ\nHà Tĩnh, ngày 20 tháng 1 năm 2021\nBÁO CÁO CHÍNH TRỊ\n"
        "tại Đại hội Đảng bộ Sở Ngoại vụ lần thứ IV, nhiệm kỳ 2020 - 2025\n"
        "PHẦN THỨ NHẤT\nKẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ 2015 - 2020\n"
        "I. KẾT QUẢ ĐẠT ĐƯỢC\n"
        "Trong nhiệm kỳ, Sở đã tham mưu tiếp nhận 98 hài cốt liệt sỹ quân tình nguyện Việt Nam hy sinh tại Lào.\n"
    )
    assert extraction.period_code == "2015-2020"
    assert ("2015-2020", "remains_repatriated", Decimal(98)) in {
        (f.period_code, f.indicator_code, f.value) for f in extraction.figures
    }


def test_a_row_of_units_under_a_two_row_header_measures_each_column():
    text = report_text(
        "65",
        "02 tháng 10 năm 2020",
        "Kết quả công tác đối ngoại quý III năm 2020",
        "| STT | Kỳ | Đoàn vào | | Đoàn ra | |",
        "|---|---|---|---|---|---|",
        "| | | Số đoàn | Số khách | Số đoàn | Số cán bộ |",
        "| | Đơn vị tính | đoàn | lượt khách | đoàn | lượt người |",
        "| 1 | Quý III/2020 | 04 | 31 | 02 | 07 |",
        "| 2 | Cùng kỳ năm trước (quý III/2019) | 09 | 88 | 12 | 46 |",
    )
    assert published_figures(text) == {
        ("2020-Q3", "inbound_delegations", Decimal(4), "exact"),
        ("2020-Q3", "inbound_visitors", Decimal(31), "exact"),
        ("2020-Q3", "outbound_delegations", Decimal(2), "exact"),
        ("2020-Q3", "outbound_persons", Decimal(7), "exact"),
        ("2019-Q3", "inbound_delegations", Decimal(9), "exact"),
        ("2019-Q3", "inbound_visitors", Decimal(88), "exact"),
        ("2019-Q3", "outbound_delegations", Decimal(12), "exact"),
        ("2019-Q3", "outbound_persons", Decimal(46), "exact"),
    }


def test_a_conference_script_is_read_for_the_review_it_runs(tmp_path):
    extraction = text_report(
        tmp_path,
        "kich_ban.txt",
        "SỞ NGOẠI VỤ\n\nKỊCH BẢN\nHỘI NGHỊ SƠ KẾT CÔNG TÁC ĐỐI NGOẠI 6 THÁNG ĐẦU NĂM 2022\n\n"
        "MC: Kính thưa các đại biểu!\n"
        "Giám đốc Sở: Sáu tháng đầu năm, tỉnh đã đón 14 đoàn vào với 133 lượt khách quốc tế.\n",
    )
    assert extraction.period_code == "2022-H1"
    assert {(f.period_code, f.indicator_code, f.value) for f in extraction.figures} == {
        ("2022-H1", "inbound_delegations", Decimal(14)),
        ("2022-H1", "inbound_visitors", Decimal(133)),
    }


def test_a_note_awaiting_the_official_figures_says_its_column_is_estimated():
    text = report_text(
        "66",
        "15 tháng 11 năm 2025",
        "Số liệu đối ngoại năm 2025",
        "| TT | Chỉ tiêu | Năm 2024 | Năm 2025 (*) |",
        "|---|---|---|---|",
        "| 1 | Số thỏa thuận quốc tế được ký kết | 08 | 11 |",
        "(*) Năm 2025 là số ước thực hiện, sẽ thay bằng số chính thức khi có số liệu chính thức.",
    )
    assert published_figures(text) == {
        ("2024", "intl_agreements", Decimal(8), "exact"),
        ("2025", "intl_agreements", Decimal(11), "approx"),
    }


def test_the_dash_after_trong_do_marks_the_rest_of_its_list_of_parts():
    text = report_text(
        "67",
        "12 tháng 12 năm 2022",
        "Kết quả công tác đối ngoại năm 2022",
        "| TT | Chỉ tiêu | ĐVT | Năm 2021 | Năm 2022 |",
        "|---|---|---|---|---|",
        "| 1 | Đoàn ra | Đoàn/lượt người | 05/21 | 31/140 |",
        "| | Trong đó: + Đoàn của lãnh đạo tỉnh | Đoàn | 01 | 06 |",
        "| | + Đoàn ra sử dụng kinh phí của Sở | Đoàn | 02 | 04 |",
        "| 2 | Thỏa thuận quốc tế được ký kết | thỏa thuận | 04 | 07 |",
    )
    assert published_figures(text) == {
        ("2021", "outbound_delegations", Decimal(5), "exact"),
        ("2021", "outbound_persons", Decimal(21), "exact"),
        ("2022", "outbound_delegations", Decimal(31), "exact"),
        ("2022", "outbound_persons", Decimal(140), "exact"),
        ("2021", "intl_agreements", Decimal(4), "exact"),
        ("2022", "intl_agreements", Decimal(7), "exact"),
    }


# -- guards written after the second reading of the round, in phrasings of their own -----------------------------------


def test_a_plans_subject_line_in_capitals_is_no_reports_title():
    text = (
        "UBND TỈNH HÀ TĨNH\nSỞ NGOẠI VỤ\nHà Tĩnh, ngày    tháng 12 năm 2024\nKẾ HOẠCH\n"
        "CÔNG TÁC ĐỐI NGOẠI NĂM 2025\nI. MỤC TIÊU\n"
        "Tổ chức 15 đoàn ra; đón tiếp 40 đoàn vào với khoảng 400 lượt khách quốc tế.\n"
    )
    assert published_figures(text) == set()


def test_a_ceremonys_script_names_no_period_by_the_term_of_what_is_signed(tmp_path):
    extraction = text_report(
        tmp_path,
        "kich_ban_le_ky.txt",
        "KỊCH BẢN\nLỄ KÝ KẾT THỎA THUẬN HỢP TÁC GIAI ĐOẠN 2025 - 2030 GIỮA TỈNH HÀ TĨNH VÀ TỈNH BOLIKHĂMXAY\n\n"
        "MC: Trân trọng kính mời đồng chí Giám đốc Sở phát biểu.\n"
        "Giám đốc Sở: Thời gian qua, hai tỉnh đã trao đổi 23 đoàn công tác.\n",
    )
    assert not [f for f in extraction.figures if f.period_code == "2025-2030"]


def test_another_bodys_head_speaking_still_gives_that_bodys_figures():
    text = report_text(
        "69",
        "20 tháng 12 năm 2021",
        "Kết quả công tác đối ngoại năm 2021",
        "Giám đốc Sở Công Thương: Năm 2021, Sở Công Thương đã đón 05 đoàn doanh nghiệp nước ngoài.",
        "Chủ tịch Hội: Năm 2021, Hội đã tiếp 04 đoàn khách quốc tế với 37 lượt khách.",
    )
    assert published_figures(text) == set()


def test_parts_of_other_periods_leave_the_first_part_heading_unread():
    extraction = extract_text(
        "SỞ NGOẠI VỤ\nHà Tĩnh, ngày 05 tháng 7 năm 2021\nBÁO CÁO\nVề hợp tác với các tỉnh của Lào\n"
        "PHẦN I\nKẾT QUẢ HỢP TÁC GIAI ĐOẠN 2016 - 2020\nHai bên đã trao đổi 88 đoàn.\n"
        "PHẦN II\nKẾT QUẢ 6 THÁNG ĐẦU NĂM 2021\nTrong kỳ, tỉnh đã đón 03 đoàn vào.\n"
    )
    assert extraction.period_code is None
    assert not [f for f in extraction.figures if f.period_code == "2016-2020" and f.value == Decimal(3)]


def test_a_note_saying_official_figures_came_is_no_estimate():
    text = report_text(
        "70",
        "20 tháng 1 năm 2024",
        "Số liệu đối ngoại năm 2023",
        "| TT | Chỉ tiêu | Năm 2022 | Năm 2023 (*) |",
        "|---|---|---|---|",
        "| 1 | Số hội nghị, hội thảo quốc tế | 09 | 12 |",
        "(*) Cột Năm 2023 đã được cập nhật sau khi có số liệu chính thức của các sở, ngành.",
    )
    assert ("2023", "intl_conferences", Decimal(12), "approx") not in published_figures(text)


def test_a_later_sentence_on_information_not_figures_doubts_nothing():
    text = report_text(
        "71",
        "10 tháng 7 năm 2023",
        "Kết quả công tác đối ngoại 6 tháng đầu năm 2023",
        "6 tháng đầu năm, đón 18 đoàn vào với 240 lượt khách quốc tế. Danh sách các đoàn khách đang được cập nhật "
        "trên phần mềm quản lý đoàn. Một số đoàn chưa xác nhận lịch làm việc năm 2024.",
    )
    assert published_figures(text) == {
        ("2023-H1", "inbound_delegations", Decimal(18), "exact"),
        ("2023-H1", "inbound_visitors", Decimal(240), "exact"),
    }


def test_a_doubt_in_the_next_paragraph_on_what_is_said_above_keeps_it_back():
    text = report_text(
        "72",
        "05 tháng 10 năm 2024",
        "Kết quả công tác đối ngoại quý III năm 2024",
        "Trong quý, Sở giải quyết 09 vụ việc lãnh sự và bảo hộ công dân.",
        "Các số liệu nêu trên chưa được xác nhận với Cục Lãnh sự.",
        "Trong quý, ký kết 02 thỏa thuận quốc tế.",
    )
    assert published_figures(text) == {("2024-Q3", "intl_agreements", Decimal(2), "exact")}


def test_a_unit_line_of_visits_never_measures_delegations():
    text = report_text(
        "73",
        "02 tháng 4 năm 2022",
        "Kết quả công tác đối ngoại quý I năm 2022",
        "ĐVT: lượt",
        "| TT | Nội dung | Tháng 1 | Tháng 2 | Tháng 3 |",
        "|---|---|---|---|---|",
        "| 1 | Đoàn vào | 12 | 9 | 15 |",
    )
    assert published_figures(text) == set()


def test_dashed_rows_of_a_dashed_table_stay_rows_of_their_own():
    text = report_text(
        "74",
        "15 tháng 12 năm 2022",
        "Kết quả công tác đối ngoại năm 2022",
        "| Chỉ tiêu | Năm 2022 |",
        "|---|---|",
        "| - Số thỏa thuận quốc tế được ký kết | 09 |",
        "| Trong đó: - Thỏa thuận ký kết cấp tỉnh | 04 |",
        "| - Số hội nghị, hội thảo quốc tế | 16 |",
    )
    assert published_figures(text) == {
        ("2022", "intl_agreements", Decimal(9), "exact"),
        ("2022", "intl_conferences", Decimal(16), "exact"),
    }


def test_words_of_doubt_on_a_value_of_their_own_leave_the_figures_before_them():
    text = report_text(
        "75",
        "03 tháng 10 năm 2023",
        "Kết quả công tác đối ngoại quý III năm 2023",
        "Trong quý, đón 11 đoàn vào với 97 lượt khách quốc tế. Số lượt khách của các đoàn doanh nghiệp "
        "(tạm tính 14 lượt) chưa tổng hợp vào số liệu trên.",
        "Trong quý, cấp 25 hồ sơ hộ chiếu công vụ. Số hồ sơ hợp pháp hóa lãnh sự theo thống kê sơ bộ là 61 hồ sơ.",
    )
    assert published_figures(text) == {
        ("2023-Q3", "inbound_delegations", Decimal(11), "exact"),
        ("2023-Q3", "inbound_visitors", Decimal(97), "exact"),
        ("2023-Q3", "official_passports_issued", Decimal(25), "exact"),
    }


def test_a_doubt_on_one_fields_dossiers_leaves_another_fields_dossiers():
    text = report_text(
        "76",
        "03 tháng 10 năm 2023",
        "Kết quả công tác lãnh sự quý III năm 2023",
        "Trong quý, Sở tiếp nhận 31 hồ sơ cấp hộ chiếu ngoại giao, hộ chiếu công vụ và 140 hồ sơ chứng nhận lãnh sự, "
        "hợp pháp hóa lãnh sự. Số hồ sơ chứng nhận lãnh sự, hợp pháp hóa lãnh sự chưa chốt với Cục Lãnh sự.",
    )
    assert published_figures(text) == {("2023-Q3", "official_passports_issued", Decimal(31), "exact")}
