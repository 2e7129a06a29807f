"""Capabilities of the ninety-seventh round, written here in phrasings and layouts other than the held reports'.
Expected figures were written from the texts below before the code ran on them."""

from decimal import Decimal

from tests.unit.documents import published_figures, word_report

HEAD = "UBND TỈNH HÀ TĨNH\nSỞ NGOẠI VỤ\nSố: 97/BC-SNgV\n"
QUARTER_TWO = f"{HEAD}Hà Tĩnh, ngày 24 tháng 6 năm 2024\nBÁO CÁO\nKết quả công tác đối ngoại quý II năm 2024\n"


def test_a_period_after_an_amount_with_a_decimal_comma_is_its_period_and_its_companions():
    text = (
        f"{QUARTER_TWO}"
        "- Tỉnh đã hỗ trợ các tỉnh bạn Lào xây dựng trường học với tổng giá trị 3,4 tỷ đồng trong 6 tháng đầu năm.\n"
        "- Sở thẩm định, tiếp nhận 09 chương trình, dự án PCPNN với tổng giá trị cam kết 1,75 triệu USD trong 6 "
        "tháng đầu năm.\n"
    )
    found = published_figures(text)
    assert ("2024-H1", "support_to_lao_provinces", Decimal(3_400_000_000), "exact") in found
    assert ("2024-H1", "ngo_projects_approved", Decimal(9), "exact") in found
    assert ("2024-H1", "ngo_aid_committed", Decimal(1_750_000), "exact") in found
    assert not any(period == "2024-Q2" for period, *_ in found)


def test_a_span_a_figure_ranks_highest_in_is_not_its_period_and_a_comparison_base_after_its_own_is_not_either():
    text = (
        f"{QUARTER_TWO}"
        "- Quý II/2024, Cửa khẩu quốc tế Cầu Treo làm thủ tục cho 58.300 lượt người, mức cao nhất kể từ năm 2019.\n"
        "- Riêng quý II/2024, Sở xử lý 14 vụ việc lãnh sự, bảo hộ công dân, nhiều hơn hẳn so với quý I.\n"
        "- Tỉnh đón 9 đoàn khách quốc tế, nhiều hơn so với quý I.\n"
    )
    found = published_figures(text)
    assert ("2024-Q2", "border_crossings_persons", Decimal(58_300), "exact") in found
    assert ("2024-Q2", "consular_cases", Decimal(14), "exact") in found
    # (no period of its own before the comparison: which one it is of is not said by its words)
    assert not any(value == 9 for _, _, value, _ in found)


def test_a_sum_of_consecutive_years_is_their_span_unless_a_summed_cell_is_doubted(tmp_path):
    extraction = word_report(
        tmp_path / "bc_ba_nam.docx",
        [HEAD, "Hà Tĩnh, ngày 15 tháng 01 năm 2024", "BÁO CÁO", "Tổng hợp số liệu đối ngoại giai đoạn 2021 - 2023"],
        [
            ("Chỉ tiêu", "ĐVT", "Năm 2021", "Năm 2022", "Năm 2023", "Tổng 3 năm"),
            ("Đoàn ra", "đoàn", "12", "30", "41", "83"),
            ("Đoàn vào", "đoàn", "5(*)", "22", "36", "63"),
            ("Hội nghị, hội thảo quốc tế", "hội nghị", "4", "7", "9", "20"),
            ("Thỏa thuận quốc tế", "thỏa thuận", "2", "3", "4", "10"),
        ],
        ["(*) Số liệu năm 2021 đang rà soát lại với các huyện."],
    )
    found = {(f.period_code, f.indicator_code, f.value.normalize()) for f in extraction.figures}
    assert ("2021-2023", "outbound_delegations", Decimal(83)) in found
    assert ("2021-2023", "intl_conferences", Decimal(20)) in found
    # (a doubted cell, or a row whose "Tổng" is not the sum of its years: no span)
    assert not any(
        indicator in ("inbound_delegations", "intl_agreements") and period == "2021-2023"
        for period, indicator, _ in found
    )


def test_an_official_column_of_a_period_corrects_its_estimate_and_a_cited_report_number_is_no_value(tmp_path):
    extraction = word_report(
        tmp_path / "bc_6_thang.docx",
        [HEAD, "Hà Tĩnh, ngày 05 tháng 7 năm 2024", "BÁO CÁO", "Kết quả công tác đối ngoại 6 tháng đầu năm 2024"],
        [
            ("Chỉ tiêu", "ĐVT", "Tháng 6 (ước tại BC 215)", "Tháng 6 (chính thức)", "Quý II", "6 tháng"),
            ("Đoàn vào", "đoàn", "07", "09", "20", "31"),
            ("Cam kết viện trợ PCPNN", "tr.USD", "0,5", "0,62", "1,4", "2,3"),
        ],
    )
    found = {(f.period_code, f.indicator_code, f.value.normalize()) for f in extraction.figures}
    assert ("2024-06", "inbound_delegations", Decimal(9)) in found
    assert ("2024-Q2", "inbound_delegations", Decimal(20)) in found
    assert ("2024-H1", "inbound_delegations", Decimal(31)) in found
    assert ("2024-H1", "ngo_aid_committed", Decimal(2_300_000)) in found
    assert not any(value in (7, 215) for _, _, value in found)


def test_a_quarter_counted_to_a_day_beside_an_estimate_of_the_year_waits(tmp_path):
    extraction = word_report(
        tmp_path / "bc_nam.docx",
        [HEAD, "Hà Tĩnh, ngày 18 tháng 12 năm 2023", "BÁO CÁO", "Tổng kết công tác lãnh sự năm 2023"],
        [
            ("Chỉ tiêu", "Quý III", "Quý IV (đến 12/12)", "Ước cả năm 2023"),
            ("Vụ việc lãnh sự, bảo hộ công dân (vụ)", "11", "7", "40"),
        ],
    )
    found = {(f.period_code, f.indicator_code, f.value.normalize(), f.qualifier) for f in extraction.figures}
    assert ("2023", "consular_cases", Decimal(40), "approx") in found
    assert ("2023-Q3", "consular_cases", Decimal(11), "exact") in found
    assert not any(period == "2023-Q4" for period, *_ in found)


def test_a_span_and_a_part_of_the_next_year_in_a_title_are_two_periods_and_a_cut_off_ending_one_dates_its_levels():
    text = (
        f"{HEAD}Hà Tĩnh, ngày 10 tháng 4 năm 2024\nBÁO CÁO\n"
        "Kết quả hợp tác với các tỉnh của Lào giai đoạn 2021 - 2023 và quý I năm 2024\n"
        "- Giai đoạn 2021 - 2023, tỉnh hỗ trợ các tỉnh bạn Lào tổng cộng 15,2 tỷ đồng.\n"
        "- Quý I/2024, tỉnh đón 04 đoàn của các tỉnh Lào.\n"
        "- Đến ngày 31/3/2024, có 1.210 lưu học sinh Lào đang học tập tại tỉnh.\n"
    )
    found = published_figures(text)
    assert ("2021-2023", "support_to_lao_provinces", Decimal(15_200_000_000), "exact") in found
    assert ("2024-Q1", "lao_students", Decimal(1210), "exact") in found


def test_a_note_whose_subject_names_two_periods_gives_them_to_its_text():
    text = (
        f"{HEAD}Hà Tĩnh, ngày 26 tháng 9 năm 2022\n"
        "V/v trình ký Báo cáo công tác đối ngoại quý III và 9 tháng năm 2022\n"
        "Kính trình: Giám đốc Sở\n"
        "- 9 tháng, tỉnh tổ chức 08 hội nghị, hội thảo quốc tế; riêng quý III tổ chức 03 hội nghị.\n"
    )
    found = published_figures(text)
    assert ("2022-9M", "intl_conferences", Decimal(8), "exact") in found
    assert ("2022-Q3", "intl_conferences", Decimal(3), "exact") in found


def test_a_year_named_from_the_day_of_speaking_is_not_understood():
    text = (
        f"{HEAD}Hà Tĩnh, ngày 08 tháng 7 năm 2019\nBÁO CÁO\nNội dung trả lời họp báo 6 tháng đầu năm 2019\n"
        "Trả lời: Năm ngoái toàn tỉnh có 47 đoàn ra; 6 tháng đầu năm nay có 22 đoàn ra.\n"
    )
    found = published_figures(text)
    assert not any(value == 47 for _, _, value, _ in found)


def test_a_value_its_speaker_corrects_right_after_it_is_replaced():
    text = (
        f"{HEAD}Hà Tĩnh, ngày 08 tháng 7 năm 2019\nBÁO CÁO\nNội dung trả lời họp báo 6 tháng đầu năm 2019\n"
        "Trả lời: Sáu tháng đầu năm 2019, tỉnh tiếp nhận 31 hồ sơ cấp hộ chiếu công vụ, xin đính chính lại, là 33 hồ "
        "sơ cấp mới hộ chiếu công vụ, ngoại giao.\n"
    )
    found = published_figures(text)
    assert ("2019-H1", "official_passports_issued", Decimal(33), "exact") in found
    assert not any(value == 31 for _, _, value, _ in found)


def test_a_part_in_the_bracket_after_a_comparison_is_no_level_of_the_earlier_period():
    text = (
        f"{QUARTER_TWO}"
        "- Kim ngạch xuất nhập khẩu quý II đạt 1,1 tỷ USD, giảm 5% so với cùng kỳ (trong đó nhập khẩu 0,8 tỷ USD).\n"
    )
    found = published_figures(text)
    assert ("2024-Q2", "export_import_turnover", Decimal(1_100_000_000), "exact") in found
    assert not any(value == 800_000_000 for _, _, value, _ in found)


def test_a_note_on_the_values_of_a_cited_report_leaves_this_reports_table_alone(tmp_path):
    extraction = word_report(
        tmp_path / "cv_doi_chieu.docx",
        [
            HEAD,
            "Hà Tĩnh, ngày 20 tháng 01 năm 2021",
            "BÁO CÁO",
            "Đối chiếu số liệu công tác đối ngoại năm 2020",
            "Số liệu tại Báo cáo số 398/BC-SNgV là số ước, được thay bằng cột Số thống nhất dưới đây.",
        ],
        [
            ("Chỉ tiêu", "ĐVT", "Báo cáo 398 (ước)", "Số thống nhất năm 2020"),
            ("Đoàn vào", "đoàn", "15", "17"),
        ],
    )
    found = {(f.period_code, f.indicator_code, f.value.normalize(), f.qualifier) for f in extraction.figures}
    assert ("2020", "inbound_delegations", Decimal(17), "exact") in found
    assert not any(value == 15 for _, _, value, _ in found)


def test_students_counted_as_em_and_the_students_one_programme_reached():
    text = (
        f"{HEAD}Hà Tĩnh, ngày 26 tháng 12 năm 2023\nBÁO CÁO\nCông tác lưu học sinh Lào năm 2023\n"
        "- Hiện có 1.180 lưu học sinh Lào đang học tập tại tỉnh (năm 2022 là 1.095 em).\n"
        "- Chương trình đỡ đầu đã kết nối 120 lưu học sinh Lào với các gia đình Hà Tĩnh.\n"
    )
    found = published_figures(text)
    assert ("2023", "lao_students", Decimal(1180), "exact") in found
    assert not any(value == 120 for _, _, value, _ in found)


# Round 98.


def test_counts_to_an_earlier_day_in_a_report_estimating_to_its_periods_end_are_counts_so_far():
    text = (
        f"{HEAD}Hà Tĩnh, ngày 21 tháng 6 năm 2022\nBÁO CÁO\nKết quả công tác đối ngoại 6 tháng đầu năm 2022\n"
        "(Số liệu tổng hợp đến hết ngày 16/6/2022 và ước thực hiện đến cuối tháng 6)\n"
        "I. KẾT QUẢ\n"
        "- Đến ngày 16/6/2022, trên địa bàn tỉnh có 33 tổ chức PCPNN có giấy đăng ký hoạt động.\n"
        "- Từ đầu năm đến ngày 16/6/2022, Cửa khẩu quốc tế Cầu Treo làm thủ tục cho 5.210 lượt phương tiện.\n"
        "- Ước 6 tháng đầu năm, tỉnh đón 12 đoàn khách quốc tế.\n"
    )
    found = published_figures(text)
    assert ("2022-H1", "inbound_delegations", Decimal(12), "approx") in found
    assert not any(value in (33, 5210) for _, _, value, _ in found)


def test_a_cut_off_in_the_quarters_last_month_is_the_quarters_when_nothing_says_the_rest_is_estimated():
    text = (
        f"{HEAD}Hà Tĩnh, ngày 23 tháng 9 năm 2022\nBÁO CÁO\nKết quả công tác đối ngoại quý III năm 2022\n"
        "I. KẾT QUẢ QUÝ III NĂM 2022 (số liệu tính đến ngày 20/9/2022)\n"
        "- Tỉnh tổ chức 04 hội nghị, hội thảo quốc tế.\n"
    )
    assert ("2022-Q3", "intl_conferences", Decimal(4), "exact") in published_figures(text)


def test_the_first_days_of_a_month_and_a_months_heading_closed_early_are_no_month():
    text = (
        f"{HEAD}Hà Tĩnh, ngày 09 tháng 10 năm 2020\nBÁO CÁO NHANH\n"
        "Tình hình công tác đối ngoại mấy ngày đầu tháng 10/2020\n"
        "- Tỉnh đã đón 02 đoàn khách quốc tế với 15 lượt khách.\n"
    )
    assert not any(value in (2, 15) for _, _, value, _ in published_figures(text))
    heading = (
        f"{HEAD}Hà Tĩnh, ngày 24 tháng 10 năm 2020\nBÁO CÁO\nKết quả công tác đối ngoại tháng 10 năm 2020\n"
        "I. CÔNG TÁC THÁNG 10/2020 (SỐ LIỆU ĐẾN NGÀY 12/10/2020)\n"
        "- Tỉnh đã đón 02 đoàn khách quốc tế với 15 lượt khách.\n"
    )
    assert not any(value in (2, 15) for _, _, value, _ in published_figures(heading))


def test_a_period_labelling_a_bracket_does_not_date_the_clause_after_it():
    text = (
        f"{HEAD}Hà Tĩnh, ngày 25 tháng 12 năm 2022\nBÁO CÁO\nKết quả công tác đối ngoại năm 2022\n"
        "- Đón 20 đoàn vào với 210 lượt khách (năm 2021: 07 đoàn/58 lượt); trong đó 05 đoàn với 40 lượt khách là các "
        "tổ chức quốc tế tại Việt Nam.\n"
    )
    found = published_figures(text)
    assert ("2021", "inbound_delegations", Decimal(7), "exact") in found
    assert not any(period == "2021" and value in (5, 40) for period, _, value, _ in found)


def test_what_a_newspaper_article_wrote_is_not_this_reports_figure():
    text = (
        f"{HEAD}Hà Tĩnh, ngày 10 tháng 3 năm 2023\nBÁO CÁO\nRà soát số liệu đối ngoại năm 2022 đăng trên báo\n"
        "- Bài viết trên Báo Hà Tĩnh nêu năm 2022 tỉnh đón 61 đoàn vào.\n"
    )
    found = published_figures(text)
    assert not any(value == 61 for _, _, value, _ in found)


# Round 99.


def test_the_partner_sides_crossings_are_not_the_provinces():
    text = (
        f"{HEAD}Hà Tĩnh, ngày 28 tháng 3 năm 2025\nBÁO CÁO\nTình hình xuất nhập cảnh quý I năm 2025\n"
        "- Quý I/2025, Cửa khẩu quốc tế Cầu Treo làm thủ tục xuất, nhập cảnh cho 104.300 lượt người.\n"
        "- Về phía bạn, theo số liệu của Cửa khẩu quốc tế Nậm Phao, trong quý I/2025 phía Lào làm thủ tục cho 99.870 "
        "lượt người.\n"
    )
    found = published_figures(text)
    assert ("2025-Q1", "border_crossings_persons", Decimal(104_300), "exact") in found
    assert not any(value == 99_870 for _, _, value, _ in found)


def test_a_period_closing_a_clause_after_a_joined_later_figure_may_be_the_first_figures_too():
    text = (
        f"{HEAD}Hà Tĩnh, ngày 28 tháng 3 năm 2025\nBÁO CÁO\nKết quả công tác đối ngoại quý I năm 2025\n"
        "- Sở thẩm định 212 hồ sơ cấp mới hộ chiếu công vụ, ngoại giao và biên dịch 640 trang tài liệu trong năm 2024.\n"
        "- Sở phiên dịch 120 giờ và biên dịch 630 trang, tăng 12% so với cùng kỳ.\n"
    )
    found = published_figures(text)
    assert not any(value == 212 for _, _, value, _ in found)
    assert ("2025-Q1", "interpreting_hours", Decimal(120), "exact") in found


def test_a_section_saying_its_data_run_to_a_day_and_are_estimated_to_a_date_makes_earlier_counts_so_far():
    text = (
        f"{HEAD}Hà Tĩnh, ngày 19 tháng 12 năm 2023\nBÁO CÁO\nKết quả công tác đối ngoại năm 2023\n"
        "I. KẾT QUẢ\n"
        "Số liệu năm 2023 được tổng hợp đến ngày 14/12/2023 và ước thực hiện đến 31/12/2023.\n"
        "- Từ đầu năm đến ngày 14/12/2023, tỉnh đã cử 51 đoàn với 214 lượt cán bộ đi công tác nước ngoài.\n"
    )
    assert not any(value in (51, 214) for _, _, value, _ in published_figures(text))


def test_what_an_interview_in_a_newspaper_said_is_not_this_reports_figure():
    text = (
        f"{HEAD}Hà Tĩnh, ngày 10 tháng 3 năm 2022\nBÁO CÁO\nRà soát thông tin đối ngoại năm 2021 trên báo chí\n"
        "- Bài phỏng vấn lãnh đạo tỉnh trên Báo Lao Động cho biết năm 2021 tỉnh đón 23 đoàn khách quốc tế.\n"
    )
    assert not any(value == 23 for _, _, value, _ in published_figures(text))
