"""Capabilities found by the thirteenth blind batch, each written here in phrasings and layouts
other than the batch's: a statistics return's items and the sub-items under them, a qualifier
one figure of a pair carries, trends and "this figure" back-references, a body reporting the
province's figures, estimates under a plan heading, names of laws with a year, the report's
title as the last context of a figure, decimal sub-rows of a table, wrapped and lettered lines."""

from decimal import Decimal

import pytest

from dagster_project.documents.extract import extract_figures
from dagster_project.documents.reader import read_document
from tests.unit.documents import not_published_reasons, published_figures

Q3 = "SỞ NGOẠI VỤ HÀ TĨNH\nBÁO CÁO THỐNG KÊ\nKỳ báo cáo: Quý III năm 2025\n"
YEAR = "BÁO CÁO\nTổng kết công tác đối ngoại năm 2025\n"
NINE = "BÁO CÁO\nKết quả công tác đối ngoại 9 tháng năm 2025\n"
HALF = "BÁO CÁO\nSơ kết công tác đối ngoại 6 tháng đầu năm 2025\n"


def test_sub_items_of_a_statistics_item_go_on_counting_what_it_counts_for_the_period_they_name():
    text = Q3 + (
        "B. ĐÓN ĐOÀN QUỐC TẾ\n"
        "2. Đoàn vào: 08 đoàn/64 lượt khách\n"
        "+ Cùng kỳ năm 2024: 05 đoàn/30 lượt khách\n"
        "+ Lũy kế 9 tháng năm 2025: 21 đoàn/170 lượt khách\n"
        "+ Đoàn của Tỉnh ủy Khăm Muộn: 03 đoàn\n"
    )
    assert published_figures(text) == {
        ("2025-Q3", "inbound_delegations", Decimal(8), "exact"),
        ("2025-Q3", "inbound_visitors", Decimal(64), "exact"),
        ("2024-Q3", "inbound_delegations", Decimal(5), "exact"),
        ("2024-Q3", "inbound_visitors", Decimal(30), "exact"),
        ("2025-9M", "inbound_delegations", Decimal(21), "exact"),
        ("2025-9M", "inbound_visitors", Decimal(170), "exact"),
    }
    # a sub-item naming no period is a breakdown, read by its own words only
    assert "03" in not_published_reasons(text)


def test_a_trong_do_sub_item_is_parts_of_its_item_unless_a_part_is_an_indicator_of_its_own():
    text = Q3 + (
        "B. ĐÓN ĐOÀN QUỐC TẾ\n"
        "2. Đoàn vào: 08 đoàn/64 lượt khách\n"
        "- Trong đó: đoàn các tổ chức quốc tế, cơ quan đại diện nước ngoài tại Việt Nam: 02 đoàn/11 lượt khách\n"
        "- Trong đó: đoàn cấp Bộ trưởng trở lên: 01 đoàn; đoàn doanh nghiệp: 04 đoàn\n"
        "3. Vụ việc lãnh sự, bảo hộ công dân đã giải quyết: 07 vụ việc\n"
        "- Trong đó: lao động bỏ trốn: 02 vụ; tai nạn: 03 vụ; khác: 02 vụ\n"
    )
    published = published_figures(text)
    assert {
        ("2025-Q3", "inbound_mission_delegations", Decimal(2), "exact"),
        ("2025-Q3", "inbound_mission_visitors", Decimal(11), "exact"),
        ("2025-Q3", "consular_cases", Decimal(7), "exact"),
        ("2025-Q3", "inbound_delegations", Decimal(8), "exact"),
    } <= published
    assert not {value for (_, _, value, _) in published} & {Decimal(1), Decimal(4), Decimal(3)}
    reasons = not_published_reasons(text)
    assert "sub-count" in reasons["01"] and "sub-count" in reasons["03"]


def test_a_qualifier_before_the_first_figure_of_a_pair_does_not_settle_the_second():
    text = (
        YEAR
        + "Cửa khẩu quốc tế Cầu Treo làm thủ tục xuất, nhập cảnh cho khoảng 410.000 lượt người và 57.300 lượt phương tiện.\n"
    )
    assert published_figures(text) == {("2025", "border_crossings_persons", Decimal(410000), "approx")}
    assert "qualifier" in not_published_reasons(text)["57.300"]
    estimated = (
        YEAR
        + "Ước cả năm, Cửa khẩu Cầu Treo làm thủ tục xuất, nhập cảnh cho khoảng 410.000 lượt người và 57.300 lượt phương tiện.\n"
    )
    assert ("2025", "border_crossings_vehicles", Decimal(57300), "approx") in published_figures(estimated)


def test_each_end_of_a_trend_takes_the_year_written_after_it():
    text = YEAR + "Số hồ sơ hợp pháp hóa lãnh sự tăng nhanh, từ 310 hồ sơ năm 2022 lên 455 hồ sơ năm 2024.\n"
    assert published_figures(text) == {
        ("2022", "consular_legalisations", Decimal(310), "exact"),
        ("2024", "consular_legalisations", Decimal(455), "exact"),
    }


def test_this_figure_of_an_earlier_year_counts_what_the_figure_before_counts():
    text = YEAR + "Trong năm, tỉnh đón 44 đoàn vào với 260 lượt khách; con số tương ứng của năm 2024 là 37 đoàn.\n"
    assert ("2024", "inbound_delegations", Decimal(37), "exact") in published_figures(text)


def test_another_body_reporting_what_the_whole_province_did():
    text = YEAR + (
        "Sở Kế hoạch và Đầu tư thông tin, năm 2025 toàn tỉnh chấp thuận chủ trương đầu tư 06 dự án FDI.\n"
        "Sở Kế hoạch và Đầu tư đã tổ chức 03 hội nghị xúc tiến đầu tư quốc tế.\n"
    )
    assert published_figures(text) == {("2025", "fdi_projects_approved", Decimal(6), "exact")}
    assert "another body" in not_published_reasons(text)["03"]


def test_what_a_sentence_sets_aside_with_ngoai_does_not_describe_its_figure():
    text = YEAR + "Ngoài các khoản viện trợ PCPNN nêu trên, trong năm tỉnh tiếp nhận 03 dự án sử dụng vốn ODA.\n"
    assert published_figures(text) == {("2025", "oda_projects", Decimal(3), "exact")}


def test_an_estimate_of_the_year_under_a_plan_heading_is_an_estimate_and_a_target_stays_a_target():
    text = NINE + (
        "I. KẾT QUẢ\n"
        "Tổ chức 04 hội nghị, hội thảo quốc tế.\n"
        "II. NHIỆM VỤ QUÝ IV\n"
        "- Ước thực hiện cả năm 2025, tỉnh đón khoảng 70 đoàn vào.\n"
        "- Phấn đấu tổ chức thêm 02 hội nghị quốc tế.\n"
    )
    assert published_figures(text) == {
        ("2025-9M", "intl_conferences", Decimal(4), "exact"),
        ("2025", "inbound_delegations", Decimal(70), "approx"),
    }


@pytest.mark.parametrize(
    "name", ["Luật Thỏa thuận quốc tế năm 2020", "Nghị định 80/2020/NĐ-CP năm 2020", "Công ước Viên năm 1963"]
)
def test_a_law_named_with_its_year_is_no_period_of_the_figure(name):
    text = NINE + f"Tỉnh đã ký kết 02 thỏa thuận quốc tế, thực hiện đúng {name}.\n"
    assert published_figures(text) == {("2025-9M", "intl_agreements", Decimal(2), "exact")}


def test_quy_ra_is_a_conversion_not_a_quarter():
    text = YEAR + "- Tổng giá trị hỗ trợ các tỉnh của Lào (quy đổi ra tiền đồng): 3,4 tỷ đồng\n"
    assert published_figures(text) == {("2025", "support_to_lao_provinces", Decimal(3400000000), "exact")}


def test_an_agreement_still_being_negotiated_is_no_agreement_signed():
    text = Q3 + "5. Thỏa thuận quốc tế được ký kết: 01 thỏa thuận\n- Thỏa thuận đang đàm phán: 02 thỏa thuận\n"
    assert published_figures(text) == {("2025-Q3", "intl_agreements", Decimal(1), "exact")}
    assert "not done yet" in not_published_reasons(text)["02"]


def test_the_title_says_what_a_report_on_one_kind_of_work_counts():
    text = (
        "BÁO CÁO\nCông tác vận động viện trợ phi chính phủ nước ngoài năm 2025\n"
        "1. Chương trình, dự án\n"
        "Các cơ quan của tỉnh đã thẩm định, tiếp nhận 15 dự án (6 tháng đầu năm: 7 dự án); riêng quý IV là "
        "5 dự án, phần lớn là cứu trợ sau bão.\n"
        "2. Giá trị\n"
        "Giá trị cam kết đạt 1.250.000 USD (6 tháng đầu năm: 410.000 USD).\n"
    )
    assert published_figures(text) == {
        ("2025", "ngo_projects_approved", Decimal(15), "exact"),
        ("2025-H1", "ngo_projects_approved", Decimal(7), "exact"),
        ("2025-Q4", "ngo_projects_approved", Decimal(5), "exact"),
        ("2025", "ngo_aid_committed", Decimal(1250000), "exact"),
        ("2025-H1", "ngo_aid_committed", Decimal(410000), "exact"),
    }


def test_a_long_so_subject_names_what_a_bare_value_counts():
    text = (
        YEAR
        + "- Số hài cốt liệt sĩ quân tình nguyện Việt Nam hy sinh qua các thời kỳ được hồi hương về tỉnh trong năm là 17\n"
    )
    assert published_figures(text) == {("2025", "remains_repatriated", Decimal(17), "exact")}


def test_the_opening_period_of_a_sentence_carries_past_before_that():
    text = (
        "Tin hoạt động\nTrước đó, năm 2024, tỉnh cử 12 đoàn ra với 70 lượt người; tổ chức 3 hội nghị, "
        "hội thảo quốc tế (cả trực tuyến) và ký kết hai thỏa thuận quốc tế.\n"
    )
    assert published_figures(text) == {
        ("2024", "outbound_delegations", Decimal(12), "exact"),
        ("2024", "outbound_persons", Decimal(70), "exact"),
        ("2024", "intl_conferences", Decimal(3), "exact"),
        ("2024", "intl_agreements", Decimal(2), "exact"),
    }


def test_decimal_sub_rows_of_a_table_are_parts_of_the_row_above():
    text = YEAR + (
        "| TT | Chỉ tiêu | ĐVT | Năm 2025 |\n"
        "|---|---|---|---|\n"
        "| 3 | Hồ sơ hợp pháp hóa, chứng nhận lãnh sự | hồ sơ | 480 |\n"
        "| 3.1 | Chứng nhận lãnh sự | hồ sơ | 300 |\n"
        "| 3.2 | Hợp pháp hóa lãnh sự | hồ sơ | 180 |\n"
    )
    assert published_figures(text) == {("2025", "consular_legalisations", Decimal(480), "exact")}


def test_a_wrapped_line_after_a_joining_word_and_lettered_lines(tmp_path):
    path = tmp_path / "bao_cao.txt"
    path.write_text(
        YEAR + "\nI. KẾT QUẢ\n\nCả năm, tỉnh cử 40 đoàn ra với\n210 lượt cán bộ đi công tác.\n\n"
        "4. Cảng biển Sơn Dương:\n"
        "a) Lượt tàu xuất cảnh, nhập cảnh: 260 lượt tàu\n"
        "b) Lượt thuyền viên xuất cảnh, nhập cảnh: 5.100 lượt thuyền viên\n",
        encoding="utf-8",
    )
    figures = {
        (f.period_code, f.indicator_code, f.value, f.qualifier) for f in extract_figures(read_document(path)).figures
    }
    assert figures == {
        ("2025", "outbound_delegations", Decimal(40), "exact"),
        ("2025", "outbound_persons", Decimal(210), "exact"),
        ("2025", "port_vessels", Decimal(260), "exact"),
        ("2025", "port_crew", Decimal(5100), "exact"),
    }


def test_a_bold_lead_sentence_ends_before_the_sentence_it_opens(tmp_path):
    path = tmp_path / "tham_luan.md"
    path.write_text(
        "# BÁO CÁO THAM LUẬN\n## Công tác đối ngoại năm 2025\n\n"
        "**Một là, quản lý đoàn ra, đoàn vào chặt chẽ.** Cả năm, tỉnh cử 31 đoàn ra.\n",
        encoding="utf-8",
    )
    figures = {(f.period_code, f.indicator_code, f.value) for f in extract_figures(read_document(path)).figures}
    assert figures == {("2025", "outbound_delegations", Decimal(31))}


# Found by the fourteenth blind batch.


def test_sub_items_under_a_lettered_item_and_a_sentence_item_without_a_label():
    text = NINE + (
        "1. Đoàn ra, đoàn vào\n"
        "a) Đoàn vào: trong 9 tháng, tỉnh đón 30 đoàn với 410 lượt khách quốc tế.\n"
        "   • Cùng kỳ năm 2024: 26 đoàn/380 lượt khách.\n"
        "   • Tăng hơn cùng kỳ 4 đoàn.\n"
        "b) Phối hợp giải quyết 19 vụ việc bảo hộ công dân.\n"
        "   • Trong đó: tại Hàn Quốc 7 vụ; tại Lào 12 vụ.\n"
    )
    assert published_figures(text) == {
        ("2025-9M", "inbound_delegations", Decimal(30), "exact"),
        ("2025-9M", "inbound_visitors", Decimal(410), "exact"),
        ("2024-9M", "inbound_delegations", Decimal(26), "exact"),
        ("2024-9M", "inbound_visitors", Decimal(380), "exact"),
        ("2025-9M", "consular_cases", Decimal(19), "exact"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Trong năm, tỉnh cử 52 đoàn ra, nhiều hơn 6 đoàn so với năm 2024.",
        "Trong năm, tỉnh cử 52 đoàn ra, nhiều hơn năm trước 6 đoàn.",
    ],
)
def test_more_than_an_earlier_period_is_a_difference(sentence):
    assert published_figures(YEAR + sentence + "\n") == {("2025", "outbound_delegations", Decimal(52), "exact")}


def test_the_figure_compared_with_is_dated_by_its_own_period():
    text = YEAR + "Tỉnh ký kết 09 thỏa thuận quốc tế, gấp đôi so với mức 4 thỏa thuận của năm 2024.\n"
    assert published_figures(text) == {
        ("2025", "intl_agreements", Decimal(9), "exact"),
        ("2024", "intl_agreements", Decimal(4), "exact"),
    }


def test_a_part_set_apart_that_an_indicator_counts_by_definition():
    text = (
        YEAR + "Riêng các tổ chức quốc tế, cơ quan đại diện ngoại giao tại Việt Nam có 12 đoàn vào với 90 lượt khách.\n"
    )
    assert published_figures(text) == {
        ("2025", "inbound_mission_delegations", Decimal(12), "exact"),
        ("2025", "inbound_mission_visitors", Decimal(90), "exact"),
    }


def test_a_period_after_the_figure_that_is_the_reports_own_changes_nothing():
    text = YEAR + "Chúng ta đã giải quyết 31 vụ việc lãnh sự, bảo hộ công dân theo số liệu tổng hợp năm 2025.\n"
    assert published_figures(text) == {("2025", "consular_cases", Decimal(31), "exact")}


def test_organisations_on_the_territory_now_are_the_stock_not_the_registrations_of_the_period():
    text = HALF + "Hiện trên địa bàn tỉnh có 29 tổ chức PCPNN được cấp giấy đăng ký hoạt động.\n"
    assert published_figures(text) == {("2025-H1", "ngos_registered_total", Decimal(29), "exact")}


def test_examples_of_the_work_are_not_its_total():
    text = YEAR + "Một số vụ việc điển hình: hỗ trợ đưa 05 thi hài về nước; xác minh cho 11 trường hợp công dân.\n"
    assert published_figures(text) == set()
    assert "example" in not_published_reasons(text)["11"]


def test_the_label_of_a_sentence_does_not_block_what_follows_it():
    text = YEAR + (
        "- Về xuất nhập cảnh qua cửa khẩu, cảng biển: Cửa khẩu quốc tế Cầu Treo làm thủ tục xuất, nhập cảnh cho "
        "350.000 lượt người; Biên phòng cửa khẩu cảng làm thủ tục cho 900 lượt tàu tại cảng Vũng Áng.\n"
    )
    assert published_figures(text) == {
        ("2025", "border_crossings_persons", Decimal(350000), "exact"),
        ("2025", "port_vessels", Decimal(900), "exact"),
    }


def test_in_a_report_on_partners_the_sentence_opening_says_the_figures_are_the_provinces():
    text = (
        "BÁO CÁO\nKết quả hợp tác với các tỉnh của Lào 6 tháng đầu năm 2025\n"
        "Toàn tỉnh cử 20 đoàn ra với 95 lượt cán bộ; đón 12 đoàn vào với 300 lượt khách.\n"
        "Các sở đã đón 04 đoàn của Lào.\n"
    )
    assert published_figures(text) == {
        ("2025-H1", "outbound_delegations", Decimal(20), "exact"),
        ("2025-H1", "outbound_persons", Decimal(95), "exact"),
        ("2025-H1", "inbound_delegations", Decimal(12), "exact"),
        ("2025-H1", "inbound_visitors", Decimal(300), "exact"),
    }


def test_a_project_cost_is_no_support_and_a_language_list_is_no_partner():
    text = YEAR + (
        "Khởi công Trường học hữu nghị tại tỉnh Khăm Muộn (Lào) với tổng mức đầu tư 4,1 tỷ đồng.\n"
        "Biên dịch 820 trang tài liệu (tiếng Anh, Lào, Hàn), phiên dịch 40 giờ.\n"
    )
    assert published_figures(text) == {
        ("2025", "translated_pages", Decimal(820), "exact"),
        ("2025", "interpreting_hours", Decimal(40), "exact"),
    }


def test_a_sentence_broken_by_a_blank_line_and_a_table_caption(tmp_path):
    path = tmp_path / "bao_cao.txt"
    path.write_text(
        YEAR + "\nI. KẾT QUẢ\n\nCửa khẩu Cầu Treo làm thủ tục xuất, nhập cảnh cho 350.000 lượt người và 61.000\n\n"
        "lượt phương tiện.\n",
        encoding="utf-8",
    )
    figures = {(f.indicator_code, f.value) for f in extract_figures(read_document(path)).figures}
    assert figures == {("border_crossings_persons", Decimal(350000)), ("border_crossings_vehicles", Decimal(61000))}


def test_the_same_period_a_year_earlier_written_as_its_own_clause():
    text = Q3 + "Trong quý, tỉnh đón 09 đoàn vào với 70 lượt khách; cùng kỳ năm 2024 là 06 đoàn.\n"
    assert published_figures(text) == {
        ("2025-Q3", "inbound_delegations", Decimal(9), "exact"),
        ("2025-Q3", "inbound_visitors", Decimal(70), "exact"),
        ("2024-Q3", "inbound_delegations", Decimal(6), "exact"),
    }
    # a year that is not the one before stays uncertain
    assert "06" in not_published_reasons(text.replace("cùng kỳ năm 2024", "cùng kỳ năm 2022"))


# Found by the fifteenth blind batch.


def test_a_bracket_after_so_voi_cung_ky_that_names_its_own_period_is_not_the_same_period():
    text = NINE + "Xử lý 30 vụ việc bảo hộ công dân, tăng 6 vụ so với cùng kỳ (năm 2024 xử lý 35 vụ việc).\n"
    published = published_figures(text)
    assert ("2025-9M", "consular_cases", Decimal(30), "exact") in published
    assert not any(period == "2024-9M" for (period, _, _, _) in published)


def test_the_education_sector_is_not_a_training_trip():
    text = NINE + "Cho phép 40 đoàn ra nước ngoài, trong đó ngành giáo dục - đào tạo có 09 đoàn.\n"
    assert published_figures(text) == {("2025-9M", "outbound_delegations", Decimal(40), "exact")}


def test_a_table_cell_marked_as_an_estimate_is_published_as_approximate():
    text = YEAR + (
        "| STT | Chỉ tiêu | Đơn vị tính | Năm 2024 | Năm 2025 |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Giá trị viện trợ PCPNN cam kết | USD | 2.100.000 | 2.450.000 (ước tính) |\n"
    )
    assert published_figures(text) == {
        ("2024", "ngo_aid_committed", Decimal(2100000), "exact"),
        ("2025", "ngo_aid_committed", Decimal(2450000), "approx"),
    }


def test_a_sentence_opening_trong_do_counts_parts_of_the_sentence_before():
    text = (
        "BÁO CÁO\nCông tác hội nhập quốc tế và đối ngoại kinh tế năm 2025\n"
        "Kim ngạch xuất nhập khẩu 10 tháng đạt 3,1 tỷ USD; cả năm đạt 3,9 tỷ USD. "
        "Trong đó, kim ngạch xuất khẩu ước đạt 1,7 tỷ USD, nhập khẩu ước 2,2 tỷ USD.\n"
    )
    assert ("2025", "export_import_turnover", Decimal(1700000000), "approx") not in published_figures(text)
    reason = not_published_reasons(text)["ước đạt 1,7 tỷ USD"]
    assert "sub-count" in reason or "one side of the trade" in reason
