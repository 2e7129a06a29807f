"""Capabilities found in the eighty-third round, written here in phrasings and layouts other than the batch's.
Expected figures were written from the texts below before the code ran on them."""

from tests.unit.documents import figure_keys, text_report, word_report

HEAD = "UBND TỈNH HÀ TĨNH\nSỞ NGOẠI VỤ\nSố: 57/BC-SNgV\n"


def test_a_long_lead_naming_a_period_before_a_colon_governs_every_clause_after_it(tmp_path):
    report = text_report(
        tmp_path,
        "bc_quy_3_2022.txt",
        HEAD + "Hà Tĩnh, ngày 23 tháng 9 năm 2022\nBÁO CÁO\nKết quả công tác đối ngoại quý III năm 2022\n"
        "1. Điều chỉnh số liệu\n"
        "Phần còn lại của số liệu quý II năm 2022 vẫn giữ như báo cáo trước, cụ thể: đón 09 đoàn vào với "
        "71 lượt khách quốc tế; tổ chức 02 hội nghị quốc tế; tiếp nhận 06 hài cốt liệt sỹ.\n"
        "2. Kết quả quý III\n"
        "Trong quý III, tỉnh cử 11 đoàn ra.\n",
    )
    found = figure_keys(report)
    for key in [
        ("2022-Q2", "inbound_delegations", 9),
        ("2022-Q2", "inbound_visitors", 71),
        ("2022-Q2", "intl_conferences", 2),
        ("2022-Q2", "remains_repatriated", 6),
        ("2022-Q3", "outbound_delegations", 11),
    ]:
        assert key in found
    assert not any(period == "2022-Q3" and value in (2, 6) for period, _, value in found)


def test_a_period_after_a_long_lead_does_not_carry_to_a_clause_about_one_day(tmp_path):
    report = text_report(
        tmp_path,
        "bc_xnc_quy_1_2024.txt",
        HEAD + "Hà Tĩnh, ngày 25 tháng 3 năm 2024\nBÁO CÁO\nTình hình xuất nhập cảnh qua Cửa khẩu quốc tế Cầu Treo "
        "quý I năm 2024\n"
        "Người dân hai bên biên giới qua lại đông nhất trong những ngày trước và sau Tết Giáp Thìn: riêng tháng "
        "02/2024 cửa khẩu làm thủ tục xuất nhập cảnh cho 58.300 lượt người; ngày đông nhất là ngày 14/02/2024 với "
        "3.870 lượt người.\n",
    )
    found = figure_keys(report)
    assert ("2024-02", "border_crossings_persons", 58_300) in found
    assert not any(value == 3_870 for *_, value in found)


def test_a_lead_in_citing_an_earlier_report_by_its_number_does_not_hide_the_period_after_it(tmp_path):
    report = text_report(
        tmp_path,
        "bc_6_thang_cuoi_2020.txt",
        HEAD + "Hà Tĩnh, ngày 24 tháng 12 năm 2020\nBÁO CÁO\nKết quả công tác đối ngoại 6 tháng cuối năm 2020\n"
        "Tại Công văn số 318/SNgV-VP ngày 05/7/2020, quý II năm 2020 toàn tỉnh có 06 đoàn ra với 21 lượt cán bộ; "
        "đón 04 đoàn vào với 33 lượt khách; xử lý 05 vụ việc lãnh sự.\n",
    )
    found = figure_keys(report)
    for key in [
        ("2020-Q2", "outbound_delegations", 6),
        ("2020-Q2", "outbound_persons", 21),
        ("2020-Q2", "inbound_delegations", 4),
        ("2020-Q2", "inbound_visitors", 33),
        ("2020-Q2", "consular_cases", 5),
    ]:
        assert key in found


def test_a_figure_called_provisional_is_not_published_and_the_same_letters_without_the_marks_are_no_doubt(tmp_path):
    report = text_report(
        tmp_path,
        "bc_thang_4_2025.txt",
        HEAD + "Hà Tĩnh, ngày 24 tháng 4 năm 2025\nBÁO CÁO\nTình hình công tác đối ngoại tháng 4 năm 2025\n"
        "Giá trị viện trợ PCPNN cam kết trong tháng tạm tính 180.000 USD, sẽ cập nhật khi có biên bản.\n"
        "Công tác lãnh sự được quan tâm; tính riêng tháng 4, Sở xử lý 03 vụ việc bảo hộ công dân.\n",
    )
    found = figure_keys(report)
    assert not any(value == 180_000 for *_, value in found)
    assert ("2025-04", "consular_cases", 3) in found


def test_under_a_heading_on_oda_a_project_count_is_no_ngo_projects_count(tmp_path):
    report = text_report(
        tmp_path,
        "bc_oda_pcpnn_2022.md",
        HEAD
        + "Hà Tĩnh, ngày 20 tháng 12 năm 2022\n\n## BÁO CÁO\n**Kết quả thu hút vốn ODA, vốn vay ưu đãi và viện trợ "
        "phi chính phủ nước ngoài năm 2022**\n\n**1. Vốn ODA, vốn vay ưu đãi**\n\n**a) Tiếp nhận dự án**\n\n"
        "Năm 2022, tỉnh tiếp nhận 02 dự án với tổng mức đầu tư 410 tỷ đồng.\n\n"
        "**2. Viện trợ phi chính phủ nước ngoài**\n\n"
        "Năm 2022, Sở thẩm định, tiếp nhận 17 dự án với tổng giá trị cam kết 3,1 triệu USD.\n",
    )
    found = figure_keys(report)
    assert ("2022", "ngo_projects_approved", 17) in found
    assert not any(code == "ngo_projects_approved" and value == 2 for _, code, value in found)


def test_a_year_counted_in_december_in_a_last_quarter_report_is_not_published_as_the_year(tmp_path):
    body = (
        "BÁO CÁO\nKết quả công tác đối ngoại quý IV năm 2021\n"
        "Trong quý IV, tỉnh cử 14 đoàn ra.\nTính đến ngày 15/12/2021, cả năm đã cử 29 đoàn ra; tính chung cả năm 2021 "
        "đón 31 đoàn vào.\n"
    )
    report = text_report(tmp_path, "bc_quy_4.txt", HEAD + "Hà Tĩnh, ngày 27 tháng 12 năm 2021\n" + body)
    found = figure_keys(report)
    assert ("2021-Q4", "outbound_delegations", 14) in found
    assert not any(value in (29, 31) for *_, value in found)


def test_a_period_of_results_already_reached_is_background_not_the_period_of_what_follows(tmp_path):
    report = text_report(
        tmp_path,
        "bc_quy_3_2023.txt",
        HEAD + "Hà Tĩnh, ngày 22 tháng 9 năm 2023\nBÁO CÁO\nKết quả công tác đối ngoại quý III năm 2023\n"
        "Trên cơ sở những kết quả đã đạt được trong 6 tháng đầu năm 2023, Sở chủ động tham mưu tổ chức các hoạt "
        "động: cử 07 đoàn ra; đón 05 đoàn vào với 41 lượt khách.\n"
        "Tiếp nối kết quả 6 tháng đầu năm, các sở, ngành triển khai nhiều hoạt động hợp tác: tổ chức 03 hội nghị "
        "quốc tế; ký kết 02 thỏa thuận quốc tế.\n",
    )
    found = figure_keys(report)
    assert not any(period == "2023-H1" for period, *_ in found)


def test_the_value_a_report_corrects_to_is_published_and_the_value_it_replaces_is_not(tmp_path):
    report = text_report(
        tmp_path,
        "bc_quy_2_2021.txt",
        HEAD + "Hà Tĩnh, ngày 22 tháng 6 năm 2021\nBÁO CÁO\nKết quả công tác đối ngoại quý II năm 2021\n"
        "1. Cập nhật số liệu quý I\n"
        "Báo cáo số 45/BC-SNgV ngày 25/3/2021 của Sở đã nêu quý I có 12 đoàn vào. Do bổ sung 01 đoàn của Trường "
        "Đại học Hà Tĩnh, số đoàn vào quý I năm 2021 được điều chỉnh là 13 đoàn.\n"
        "2. Kết quả quý II\nTrong quý II, tỉnh đón 15 đoàn vào.\n",
    )
    found = figure_keys(report)
    assert ("2021-Q1", "inbound_delegations", 13) in found
    assert ("2021-Q2", "inbound_delegations", 15) in found
    assert ("2021-Q1", "inbound_delegations", 12) not in found


def test_a_corrected_value_replaces_only_a_value_the_report_says_was_given_before_for_the_same_period(tmp_path):
    report = text_report(
        tmp_path,
        "bc_quy_2_2024.txt",
        HEAD + "Hà Tĩnh, ngày 24 tháng 6 năm 2024\nBÁO CÁO\nKết quả công tác đối ngoại quý II năm 2024\n"
        "Trong quý II năm 2024, tỉnh đón 15 đoàn vào với 112 lượt khách quốc tế. Số đoàn vào của tháng trước đã báo "
        "cáo được điều chỉnh là 06 đoàn do bổ sung một đoàn của trường đại học.\n"
        "Quý II năm 2024, giá trị viện trợ PCPNN cam kết đạt 1.250.000 USD. Giá trị dự án nước sạch của tổ chức "
        "World Vision được điều chỉnh là 300.000 USD.\n",
    )
    found = figure_keys(report)
    assert not any(value in (6, 300_000) for *_, value in found)


def test_results_reached_in_the_reports_own_period_are_its_figures(tmp_path):
    report = text_report(
        tmp_path,
        "bc_quy_2_2024_ket_qua.txt",
        HEAD + "Hà Tĩnh, ngày 24 tháng 6 năm 2024\nBÁO CÁO\nKết quả công tác đối ngoại quý II năm 2024\n"
        "Kết quả đạt được trong quý II năm 2024: đón 06 đoàn vào; cử 04 đoàn ra.\n",
    )
    found = figure_keys(report)
    assert ("2024-Q2", "inbound_delegations", 6) in found
    assert ("2024-Q2", "outbound_delegations", 4) in found


def test_a_count_since_the_term_began_has_no_period_but_a_period_named_after_it_does(tmp_path):
    report = text_report(
        tmp_path,
        "bc_9_thang_2024.txt",
        HEAD + "Hà Tĩnh, ngày 24 tháng 9 năm 2024\nBÁO CÁO\nKết quả công tác đối ngoại 9 tháng đầu năm 2024\n"
        "Lũy kế từ đầu nhiệm kỳ đến hết quý III năm 2024, tỉnh đã cử 70 đoàn ra; tiếp nhận 120 hài cốt liệt sỹ.\n"
        "Từ đầu nhiệm kỳ đến nay, tỉnh đón 130 đoàn vào; riêng quý III năm 2024 đón 08 đoàn vào.\n",
    )
    found = figure_keys(report)
    assert ("2024-Q3", "inbound_delegations", 8) in found
    assert not any(value in (70, 120, 130) for *_, value in found)


def test_a_stock_dated_by_when_its_data_were_gathered_is_no_years_level(tmp_path):
    report = text_report(
        tmp_path,
        "bc_quy_1_2023.txt",
        HEAD + "Hà Tĩnh, ngày 24 tháng 3 năm 2023\nBÁO CÁO\nKết quả công tác đối ngoại quý I năm 2023\n"
        "Về người Việt Nam ở nước ngoài: theo số liệu thống kê năm 2020, có khoảng 55.000 người Hà Tĩnh sinh sống ở "
        "nước ngoài.\nTrong quý I, tỉnh đón 07 đoàn vào.\n",
    )
    found = figure_keys(report)
    assert ("2023-Q1", "inbound_delegations", 7) in found
    assert not any(value == 55_000 for *_, value in found)


def test_a_stock_the_years_statistics_give_in_a_report_of_that_year_is_the_years_level(tmp_path):
    report = text_report(
        tmp_path,
        "bc_nam_2023.txt",
        HEAD + "Hà Tĩnh, ngày 26 tháng 12 năm 2023\nBÁO CÁO\nTổng kết công tác đối ngoại năm 2023\n"
        "Theo số liệu thống kê năm 2023, toàn tỉnh có khoảng 56.000 người Hà Tĩnh đang sinh sống ở nước ngoài.\n",
    )
    assert ("2023", "overseas_residents", 56_000) in figure_keys(report)


def test_columns_of_different_measures_beside_a_total_are_each_their_own(tmp_path):
    report = word_report(
        tmp_path / "bc_doan_2022.docx",
        [HEAD, "Hà Tĩnh, ngày 23 tháng 12 năm 2022", "BÁO CÁO", "Kết quả công tác đối ngoại năm 2022"],
        [
            ("Tháng", "Kết quả", "Kết quả", "Kết quả"),
            ("Tháng", "Đoàn ra", "Đoàn vào", "Tổng"),
            ("Tháng 11", "4", "6", "10"),
            ("Tháng 12", "3", "5", "8"),
        ],
    )
    found = figure_keys(report)
    for key in [
        ("2022-11", "outbound_delegations", 4),
        ("2022-11", "inbound_delegations", 6),
        ("2022-12", "outbound_delegations", 3),
        ("2022-12", "inbound_delegations", 5),
    ]:
        assert key in found


def test_a_plan_an_earlier_clause_opens_goes_on_until_a_clause_says_what_was_done(tmp_path):
    report = text_report(
        tmp_path,
        "bc_nam_2023.txt",
        HEAD + "Hà Tĩnh, ngày 26 tháng 12 năm 2023\nBÁO CÁO\nTổng kết công tác đối ngoại năm 2023\n"
        "Căn cứ Kế hoạch số 15/KH-UBND ngày 10/01/2023 của UBND tỉnh, năm 2023 Sở phấn đấu cử 20 đoàn ra; đón 25 đoàn "
        "vào; tổ chức 05 hội nghị quốc tế; thực tế cả năm đã cử 22 đoàn ra.\n",
    )
    found = figure_keys(report)
    assert ("2023", "outbound_delegations", 22) in found
    assert not any(value in (20, 25, 5) for *_, value in found)


def test_two_corrected_values_with_nothing_before_them_to_replace_wait_for_a_person(tmp_path):
    report = text_report(
        tmp_path,
        "bc_quy_2_2021_dinh_chinh.txt",
        HEAD + "Hà Tĩnh, ngày 22 tháng 6 năm 2021\nBÁO CÁO\nKết quả công tác đối ngoại quý II năm 2021\n"
        "Theo số liệu chính thức, số đoàn vào quý I năm 2021 được điều chỉnh là 13 đoàn.\n"
        "Số đoàn vào quý I năm 2021 được điều chỉnh là khoảng 13 đoàn.\n",
    )
    assert not any(value == 13 for *_, value in figure_keys(report))
    assert any(item.value == 13 for item in report.review)
