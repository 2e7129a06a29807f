"""Capabilities found in the eighty-second round, written here in phrasings and layouts other than the batch's.
Expected figures were written from the texts below before the code ran on them."""

from tests.unit.documents import figure_keys, text_report, word_report

HEAD = "UBND TỈNH HÀ TĨNH\nSỞ NGOẠI VỤ\nSố: 41/BC-SNgV\n"


def test_an_average_before_a_list_covers_every_figure_of_the_list(tmp_path):
    report = text_report(
        tmp_path,
        "bc_nam_2022.txt",
        HEAD + "Hà Tĩnh, ngày 22 tháng 12 năm 2022\nBÁO CÁO\nTổng kết công tác đối ngoại năm 2022\n"
        "Năm 2022, toàn tỉnh cử 18 đoàn ra, đón 12 đoàn vào.\n"
        "Trong 5 năm, trung bình mỗi năm tỉnh đón 26 đoàn vào, 140 lượt khách và 9 hội nghị quốc tế.\n",
    )
    found = figure_keys(report)
    assert ("2022", "outbound_delegations", 18) in found
    assert ("2022", "inbound_delegations", 12) in found
    assert not any(value in (26, 140, 9) for *_, value in found)
    assert all("average" in item.reason for item in report.review if item.value_as_written in ("140", "9"))


def test_a_sum_for_each_person_is_no_total_and_its_slashes_keep_the_sentence(tmp_path):
    report = text_report(
        tmp_path,
        "bc_hop_tac_lao_2020.txt",
        HEAD + "Hà Tĩnh, ngày 18 tháng 12 năm 2020\nBÁO CÁO\nKết quả hợp tác với các tỉnh Lào năm 2020\n"
        "Năm 2020, tỉnh hỗ trợ các tỉnh bạn Lào tổng cộng 3,5 tỷ đồng; mức hỗ trợ sinh hoạt phí 1,2 triệu đồng / "
        "sinh viên / tháng và quà Tết 300.000đ/em.\n",
    )
    found = figure_keys(report)
    assert ("2020", "support_to_lao_provinces", 3_500_000_000) in found
    assert not any(value in (1_200_000, 300_000) for *_, value in found)


def test_the_first_days_of_a_month_are_no_month(tmp_path):
    report = text_report(
        tmp_path,
        "bc_thang_10_2021.txt",
        HEAD + "Hà Tĩnh, ngày 25 tháng 10 năm 2021\nBÁO CÁO\nTình hình công tác đối ngoại tháng 10 năm 2021\n"
        "Trong tháng 9 và mười ngày đầu tháng 10/2021, Sở đã phối hợp xử lý 07 vụ việc lãnh sự.\n"
        "Hai tuần cuối quý III, tỉnh đón 03 đoàn vào.\n"
        "Trong tháng 10, tiếp nhận 05 hài cốt liệt sỹ.\n",
    )
    found = figure_keys(report)
    assert ("2021-10", "remains_repatriated", 5) in found
    assert not any(value in (7, 3) for *_, value in found)


def test_a_count_whose_own_clause_estimates_the_whole_year_after_it_is_a_count_so_far(tmp_path):
    report = text_report(
        tmp_path,
        "bc_tong_ket_2023.txt",
        HEAD + "Hà Tĩnh, ngày 19 tháng 12 năm 2023\nBÁO CÁO\nTổng kết công tác đối ngoại năm 2023\n"
        "Sở Ngoại vụ báo cáo như sau (số liệu tính đến ngày 12/12/2023):\n"
        "Đón 11 đoàn vào với 85 lượt khách quốc tế, ước cả năm 13 đoàn.\n"
        "Tổ chức 6 hội nghị quốc tế; giá trị viện trợ ước cả năm đạt 2 triệu USD.\n",
    )
    found = figure_keys(report)
    assert ("2023", "intl_conferences", 6) in found
    assert not any(value in (11, 85) for *_, value in found)


def test_a_note_that_the_whole_years_figures_are_estimates_names_the_reports_year(tmp_path):
    report = word_report(
        tmp_path / "bc_nam_2019.docx",
        [
            "BÁO CÁO",
            "Tổng kết công tác đối ngoại năm 2019",
            "Hà Tĩnh, ngày 16 tháng 12 năm 2019",
            "Số liệu cả năm là số ước thực hiện.",
        ],
        [
            ("Chỉ tiêu", "Năm 2017", "Năm 2018", "Năm 2019"),
            ("Đoàn ra (đoàn)", "40", "44", "47"),
        ],
    )
    found = {(f.period_code, f.indicator_code, f.value.normalize(), f.qualifier) for f in report.figures}
    assert ("2017", "outbound_delegations", 40, "exact") in found
    assert ("2018", "outbound_delegations", 44, "exact") in found
    assert ("2019", "outbound_delegations", 47, "approx") in found


def test_a_forms_reporting_period_field_says_which_of_the_titles_periods_it_reports(tmp_path):
    report = text_report(
        tmp_path,
        "phieu_thang_4.txt",
        "PHIẾU BÁO CÁO NHANH\nSố liệu đối ngoại 6 tháng đầu năm và quý II năm 2022\n"
        "Đơn vị: Sở Ngoại vụ Hà Tĩnh\nThời kỳ báo cáo: Quý II/2022\n"
        "1. Đoàn ra: ........ 05 đoàn; 6 tháng: ........ 17 đoàn\n"
        "2. Hồ sơ hợp pháp hóa lãnh sự: ........ 9 hồ sơ\n",
    )
    assert report.period_code == "2022-Q2"
    found = figure_keys(report)
    assert ("2022-Q2", "outbound_delegations", 5) in found
    assert ("2022-H1", "outbound_delegations", 17) in found
    assert ("2022-Q2", "consular_legalisations", 9) in found


def test_a_marked_value_reads_its_note_and_waits_when_nothing_explains_the_mark(tmp_path):
    explained = text_report(
        tmp_path,
        "bc_quy_2_2023.txt",
        HEAD + "Hà Tĩnh, ngày 22 tháng 6 năm 2023\nBÁO CÁO\nKết quả công tác đối ngoại quý II năm 2023\n"
        "Trong quý, tiếp nhận viện trợ phi chính phủ nước ngoài với giá trị cam kết 620.000 USD*; xử lý 11 vụ "
        "việc lãnh sự.\nGhi chú: các số liệu có đánh dấu * là số ước đến hết quý.\n",
    )
    found = {(f.period_code, f.indicator_code, f.value.normalize(), f.qualifier) for f in explained.figures}
    assert ("2023-Q2", "ngo_aid_committed", 620_000, "approx") in found
    assert ("2023-Q2", "consular_cases", 11, "exact") in found
    unexplained = text_report(
        tmp_path,
        "bc_quy_3_2023.txt",
        HEAD + "Hà Tĩnh, ngày 22 tháng 9 năm 2023\nBÁO CÁO\nKết quả công tác đối ngoại quý III năm 2023\n"
        "Trong quý, tiếp nhận viện trợ phi chính phủ nước ngoài với giá trị cam kết 410.000 USD (**).\n",
    )
    assert not any(value == 410_000 for *_, value in figure_keys(unexplained))
    assert any("note mark" in item.reason for item in unexplained.review)


def test_markdown_bold_is_no_note_mark(tmp_path):
    report = text_report(
        tmp_path,
        "bc_thang_5_2024.md",
        "# BÁO CÁO Kết quả công tác đối ngoại tháng 5 năm 2024\n\nHà Tĩnh, ngày 24 tháng 5 năm 2024\n\n"
        "- Trong tháng, tiếp nhận viện trợ phi chính phủ nước ngoài với giá trị cam kết **230.000 USD**; xử lý "
        "**04** vụ việc lãnh sự.\n",
    )
    found = figure_keys(report)
    assert ("2024-05", "ngo_aid_committed", 230_000) in found
    assert ("2024-05", "consular_cases", 4) in found


def test_every_row_of_a_table_of_bodies_is_one_bodys_part_even_the_departments(tmp_path):
    report = word_report(
        tmp_path / "bc_theo_don_vi_2022.docx",
        ["BÁO CÁO", "Số liệu đoàn ra theo đơn vị năm 2022", "Hà Tĩnh, ngày 10 tháng 01 năm 2023"],
        [
            ("TT", "Cơ quan, đơn vị", "Đoàn ra", "Đoàn vào"),
            ("1", "Sở Ngoại vụ", "4", "15"),
            ("2", "Sở Y tế", "2", "9"),
            ("", "Tổng cộng", "6", "24"),
        ],
    )
    found = figure_keys(report)
    assert ("2022", "outbound_delegations", 6) in found
    assert ("2022", "inbound_delegations", 24) in found
    assert not any(value in (4, 15) for *_, value in found)


def test_a_level_now_in_a_letter_written_after_the_year_is_not_the_years(tmp_path):
    report = text_report(
        tmp_path,
        "cv_thang_2_2025.txt",
        HEAD + "Hà Tĩnh, ngày 14 tháng 02 năm 2025\nV/v cung cấp số liệu đối ngoại năm 2024\n"
        "Kính gửi: Sở Nội vụ\n"
        "Năm 2024, tỉnh đã đón 21 đoàn vào; hiện nay có 38 tổ chức phi chính phủ nước ngoài có giấy đăng ký "
        "hoạt động tại tỉnh.\n",
    )
    found = figure_keys(report)
    assert ("2024", "inbound_delegations", 21) in found
    assert not any(value == 38 for *_, value in found)


def test_a_part_of_a_quarter_or_year_waits_while_a_date_at_its_end_stays_a_date(tmp_path):
    report = text_report(
        tmp_path,
        "bc_nam_2024.txt",
        HEAD + "Hà Tĩnh, ngày 20 tháng 12 năm 2024\nBÁO CÁO\nKết quả công tác đối ngoại năm 2024\n"
        "Trong hai tuần đầu quý IV năm 2024, tỉnh đã đón 5 đoàn vào với 40 lượt khách.\n"
        "Tính đến ngày cuối năm 2024, trên địa bàn tỉnh có 45 tổ chức phi chính phủ nước ngoài hoạt động.\n",
    )
    found = figure_keys(report)
    assert ("2024", "ngos_registered_total", 45) in found
    assert not any(value in (5, 40) for *_, value in found)


def test_a_reporting_period_field_naming_two_periods_settles_nothing(tmp_path):
    report = text_report(
        tmp_path,
        "phieu_quy_4.txt",
        "PHIẾU BÁO CÁO\nSố liệu công tác đối ngoại quý IV và cả năm 2018\nKỳ báo cáo: Quý IV, cả năm 2018\n"
        "1. Đoàn ra: tổ chức 42 đoàn với 260 lượt người.\n",
    )
    assert report.period_code is None
    assert not report.figures


def test_a_note_that_a_marked_value_replaces_an_estimate_keeps_it_exact(tmp_path):
    report = text_report(
        tmp_path,
        "bc_nam_2024.txt",
        HEAD + "Hà Tĩnh, ngày 20 tháng 12 năm 2024\nBÁO CÁO\nKết quả công tác đối ngoại năm 2024\n"
        "Trong năm, tiếp nhận viện trợ phi chính phủ nước ngoài với giá trị cam kết 3.200.000 USD (*).\n"
        "(*) Số liệu chính thức, thay thế số ước tại Báo cáo số 498/BC-SNgV.\n",
    )
    found = {(f.period_code, f.indicator_code, f.value.normalize(), f.qualifier) for f in report.figures}
    assert ("2024", "ngo_aid_committed", 3_200_000, "exact") in found
