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


def test_the_parts_beside_a_total_column_under_one_header_are_not_published_the_total_is(tmp_path):
    report = word_report(
        tmp_path / "bc_ho_chieu_2023.docx",
        [HEAD, "Hà Tĩnh, ngày 22 tháng 12 năm 2023", "BÁO CÁO", "Kết quả cấp hộ chiếu công vụ, ngoại giao năm 2023"],
        [
            ("Kỳ", "Số hồ sơ đề nghị cấp hộ chiếu", "Số hồ sơ đề nghị cấp hộ chiếu", "Số hồ sơ đề nghị cấp hộ chiếu"),
            ("Kỳ", "Hộ chiếu công vụ", "Hộ chiếu ngoại giao", "Tổng cộng"),
            ("Quý I", "21", "4", "25"),
            ("Quý II", "30", "2", "32"),
        ],
    )
    found = figure_keys(report)
    assert ("2023-Q1", "official_passports_issued", 25) in found
    assert ("2023-Q2", "official_passports_issued", 32) in found
    assert not any(value in (21, 4, 30, 2) for *_, value in found)


def test_a_year_named_in_a_last_half_report_is_the_years_only_when_dated_in_its_last_days(tmp_path):
    body = (
        "BÁO CÁO\nKết quả công tác đối ngoại 6 tháng cuối năm 2021\n"
        "6 tháng cuối năm, tỉnh cử 14 đoàn ra.\nTính chung cả năm 2021, toàn tỉnh có 29 đoàn ra.\n"
    )
    late = text_report(tmp_path, "bc_late.txt", HEAD + "Hà Tĩnh, ngày 27 tháng 12 năm 2021\n" + body)
    early = text_report(tmp_path, "bc_early.txt", HEAD + "Hà Tĩnh, ngày 06 tháng 12 năm 2021\n" + body)
    assert ("2021", "outbound_delegations", 29) in figure_keys(late)
    assert ("2021-H2", "outbound_delegations", 14) in figure_keys(early)
    assert not any(value == 29 for *_, value in figure_keys(early))


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
