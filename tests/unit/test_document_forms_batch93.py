"""Capabilities of the ninety-third round, written here in phrasings and layouts other than the held reports'.
Expected figures were written from the texts below before the code ran on them."""

import re
from decimal import Decimal

from dagster_project.documents.extract import extract_figures
from dagster_project.documents.period_series import previous_period, read_legend
from tests.unit.documents import document_from_text, published_figures, text_report, word_report

HEAD = "UBND TỈNH HÀ TĨNH\nSỞ NGOẠI VỤ\nSố: 57/BC-SNgV\n"


def test_a_pair_per_cell_in_a_declared_order_gives_the_month_and_the_same_month_a_year_earlier():
    text = (
        f"{HEAD}Hà Tĩnh, ngày 26 tháng 8 năm 2021\nBÁO CÁO\nCông tác đối ngoại tháng 8 năm 2021\n"
        "Lưu ý: các số liệu dưới đây được ghi lần lượt là kỳ báo cáo/cùng kỳ năm trước.\n"
        "1. Trong tháng, Sở tiếp nhận, giải quyết 38/29 hồ sơ hợp pháp hóa, chứng nhận lãnh sự; dịch 210/175 trang "
        "tài liệu đối ngoại.\n"
        "2. Tiếp 03/05 đoàn vào với 21/40 lượt khách.\n"
    )
    found = published_figures(text)
    assert ("2021-08", "consular_legalisations", Decimal(38), "exact") in found
    assert ("2020-08", "consular_legalisations", Decimal(29), "exact") in found
    assert ("2021-08", "translated_pages", Decimal(210), "exact") in found
    assert ("2020-08", "translated_pages", Decimal(175), "exact") in found
    assert ("2021-08", "inbound_delegations", Decimal(3), "exact") in found
    assert ("2020-08", "inbound_visitors", Decimal(40), "exact") in found
    # (no value of a pair is read under the other's period)
    assert ("2021-08", "inbound_delegations", Decimal(5), "exact") not in found
    assert ("2020-08", "consular_legalisations", Decimal(38), "exact") not in found


def test_a_single_figure_beside_a_series_stays_with_the_reports_own_period():
    text = (
        f"{HEAD}Hà Tĩnh, ngày 22 tháng 12 năm 2022\nBÁO CÁO\nKết quả công tác đối ngoại quý IV năm 2022\n"
        "(Số liệu ghi theo thứ tự KN/KT/CK.)\n"
        "- Cho phép tổ chức 4/3/2 hội nghị, hội thảo quốc tế, trong đó huyện Kỳ Anh 01 hội thảo; cấp phép cho 5 "
        "phóng viên nước ngoài.\n"
    )
    found = published_figures(text)
    assert ("2022-Q4", "intl_conferences", Decimal(4), "exact") in found
    assert ("2022-Q3", "intl_conferences", Decimal(3), "exact") in found
    assert ("2021-Q4", "intl_conferences", Decimal(2), "exact") in found
    assert not any(period in ("2022-Q3", "2021-Q4") and value in (1, 5) for period, _, value, _ in found)


def test_a_legend_heading_a_tables_column_spreads_the_column_over_its_periods(tmp_path):
    extraction = word_report(
        tmp_path / "bc_quy_1.docx",
        [HEAD, "Hà Tĩnh, ngày 24 tháng 3 năm 2025", "BÁO CÁO", "Kết quả công tác đối ngoại quý I năm 2025"],
        [
            ("STT", "Chỉ tiêu", "ĐVT", "Kỳ này / Kỳ trước / Cùng kỳ"),
            ("1", "Số đoàn ra", "đoàn", "11 / 15 / 8"),
            ("2", "Số lượt người đi nước ngoài", "lượt", "47 / 60 / 31"),
            ("3", "Số đoàn vào", "đoàn", "9"),
        ],
    )
    found = {(f.period_code, f.indicator_code, f.value.normalize()) for f in extraction.figures}
    assert ("2025-Q1", "outbound_delegations", Decimal(11)) in found
    assert ("2024-Q4", "outbound_delegations", Decimal(15)) in found
    assert ("2024-Q1", "outbound_persons", Decimal(31)) in found
    # (a cell of that column holding one value is no period's figure: which one it is, nobody wrote)
    assert not any(indicator == "inbound_delegations" for _, indicator, _ in found)


def test_a_legend_only_in_a_tables_header_leaves_the_series_of_the_text_unread(tmp_path):
    text = (
        f"{HEAD}Hà Tĩnh, ngày 24 tháng 3 năm 2025\n\nBÁO CÁO\n\nKết quả công tác đối ngoại quý I năm 2025\n\n"
        "Toàn tỉnh cử 11/15/8 đoàn đi công tác nước ngoài.\n\n"
        "| Chỉ tiêu | ĐVT | KN/KT/CK |\n|---|---|---|\n| Số đoàn vào | đoàn | 9/12/7 |\n"
    )
    extraction = text_report(tmp_path, "bc.md", text)
    found = {(f.period_code, f.indicator_code, f.value.normalize()) for f in extraction.figures}
    assert ("2025-Q1", "inbound_delegations", Decimal(9)) in found
    assert ("2024-Q4", "inbound_delegations", Decimal(12)) in found
    assert ("2024-Q1", "inbound_delegations", Decimal(7)) in found
    assert not any(indicator == "outbound_delegations" for _, indicator, _ in found)


def test_a_legend_spelling_out_other_periods_than_the_report_gives_settles_nothing():
    text = (
        f"{HEAD}Hà Tĩnh, ngày 20 tháng 6 năm 2023\nBÁO CÁO\nKết quả công tác đối ngoại quý II năm 2023\n"
        "Số liệu ghi theo thứ tự kỳ này/kỳ trước/cùng kỳ, trong đó kỳ trước là 6 tháng cuối năm 2022.\n"
        "Tiếp 06/14/05 đoàn vào với 52/97/38 lượt khách.\n"
    )
    found = published_figures(text)
    assert not any(value in (14, 5, 97, 38) for *_, value, _ in found)
    assert read_legend(text, "2023-Q2") is None


def test_dates_and_numbers_without_a_noun_are_no_series():
    text = (
        f"{HEAD}Hà Tĩnh, ngày 20 tháng 6 năm 2023\nBÁO CÁO\nKết quả công tác đối ngoại quý II năm 2023\n"
        "Số liệu ghi theo thứ tự kỳ này/kỳ trước/cùng kỳ.\n"
        "Ngày 16/5/2023, tỉnh đón 02 đoàn vào với 15 lượt khách của tỉnh Hủa Phăn.\n"
    )
    found = published_figures(text)
    assert not any(period in ("2023-Q1", "2022-Q2") for period, *_ in found)
    assert not any(value in (16, 5, 2023) for *_, value, _ in found)


def test_a_mention_of_the_periods_compared_is_no_legend():
    text = "Số đoàn ra tăng so với kỳ trước - cùng kỳ; tiếp nhận 5/7 hồ sơ."
    legend = read_legend(text, "2023-Q2")
    assert legend is None or not legend.in_the_text


def test_the_period_before_is_one_of_the_same_kind():
    assert [previous_period(code) for code in ("2024-Q1", "2024-03", "2024-01", "2024-H1", "2024-H2", "2024")] == [
        "2023-Q4",
        "2024-02",
        "2023-12",
        "2023-H2",
        "2024-H1",
        "2023",
    ]
    assert previous_period("2024-9M") is None and previous_period("2021-2025") is None


def test_a_figure_followed_by_its_share_of_a_total_is_a_part():
    text = (
        f"{HEAD}Hà Tĩnh, ngày 25 tháng 12 năm 2019\nBÁO CÁO\nKết quả công tác đối ngoại năm 2019\n"
        "Năm 2019, kim ngạch xuất nhập khẩu của các doanh nghiệp FDI đạt 640 triệu USD, chiếm gần 71% tổng kim ngạch "
        "toàn tỉnh.\n"
        "Tổng kim ngạch xuất nhập khẩu toàn tỉnh năm 2019 đạt 905 triệu USD.\n"
    )
    found = published_figures(text)
    assert ("2019", "export_import_turnover", Decimal(905_000_000), "exact") in found
    assert not any(value == 640_000_000 for *_, value, _ in found)


def test_a_count_the_text_calls_a_first_review_still_being_completed_is_not_published():
    text = (
        f"{HEAD}Hà Tĩnh, ngày 20 tháng 12 năm 2020\nBÁO CÁO\nKết quả công tác đối ngoại năm 2020\n"
        "Qua rà soát bước đầu của các huyện, hiện có khoảng 68.000 người Hà Tĩnh sinh sống, làm việc ở nước ngoài.\n"
        "Năm 2020, toàn tỉnh cử 12 đoàn ra.\n"
    )
    found = published_figures(text)
    assert ("2020", "outbound_delegations", Decimal(12), "exact") in found
    assert not any(value == 68_000 for *_, value, _ in found)


def test_a_course_at_home_on_foreigners_is_no_training_abroad():
    text = (
        f"{HEAD}Hà Tĩnh, ngày 22 tháng 6 năm 2021\nBÁO CÁO\nKết quả công tác đối ngoại 6 tháng đầu năm 2021\n"
        "- Mở 03 lớp bồi dưỡng cho 215 lượt cán bộ công an xã về quản lý người nước ngoài tạm trú.\n"
        "- Cử 04 lượt cán bộ đi đào tạo ở nước ngoài.\n"
    )
    found = published_figures(text)
    assert ("2021-H1", "training_persons", Decimal(4), "exact") in found
    assert not any(value == 215 for *_, value, _ in found)


def test_each_value_of_a_series_is_placed_where_it_is_written():
    text = (
        f"{HEAD}Hà Tĩnh, ngày 22 tháng 12 năm 2022\nBÁO CÁO\nKết quả công tác đối ngoại quý IV năm 2022\n"
        "Các số liệu được ghi theo thứ tự kỳ này/kỳ trước/cùng kỳ.\n"
        "- Dịch 305/280/240 trang tài liệu; phiên dịch 64/51/47 giờ; giá trị viện trợ PCPNN cam kết ước đạt "
        "1,35/0,82/1,1 triệu USD.\n"
    )
    document = document_from_text(text)
    extraction = extract_figures(document)
    assert {(f.period_code, f.value.normalize()) for f in extraction.figures if f.unit == "hour"} == {
        ("2022-Q4", Decimal(64)),
        ("2022-Q3", Decimal(51)),
        ("2021-Q4", Decimal(47)),
    }
    for figure in extraction.figures + extraction.review:
        number = re.search(r"\d[\d.,]*", figure.value_as_written).group()
        assert number in document.text[figure.char_start : figure.char_end], figure
        assert document.text[figure.excerpt_start :].startswith(figure.excerpt), figure
        assert document.text[figure.block.start :].startswith(figure.block.text), figure


def test_slashes_that_are_no_series_of_the_legends_periods_date_nothing():
    text = (
        f"{HEAD}Hà Tĩnh, ngày 21 tháng 9 năm 2020\nBÁO CÁO\nKết quả công tác đối ngoại quý III năm 2020\n"
        "Số liệu được ghi lần lượt theo thứ tự kỳ này/cùng kỳ.\n"
        "- Cử 08/31 đoàn/lượt cán bộ đi công tác nước ngoài.\n"
        "- Đã thực hiện 6/10 đoàn vào theo kế hoạch được duyệt.\n"
        "- Riêng tháng Chín, tiếp 3/2 đoàn vào.\n"
        "- Ước tiếp nhận 40/35 hồ sơ chứng nhận lãnh sự, hợp pháp hóa lãnh sự.\n"
    )
    found = published_figures(text)
    assert not any(period == "2019-Q3" for period, *_ in found)
    assert not any(value in (31, 10, 3, 6) for *_, value, _ in found)


def test_the_label_of_a_copied_clause_names_its_own_kind_of_period():
    from dagster_project.documents.period_series import period_words

    assert [period_words(code) for code in ("2023-9M", "2016-2020", "2024-H2", "2024-02")] == [
        "9 tháng năm 2023",
        "Giai đoạn 2016 - 2020",
        "6 tháng cuối năm 2024",
        "Tháng 2 năm 2024",
    ]


def test_a_total_measured_against_a_larger_total_is_still_the_total():
    text = (
        f"{HEAD}Hà Tĩnh, ngày 22 tháng 6 năm 2024\nBÁO CÁO\nKết quả công tác đối ngoại quý II năm 2024\n"
        "Tổng kim ngạch xuất nhập khẩu của tỉnh trong quý đạt 1,2 tỷ USD, chiếm 30% tổng kim ngạch các tỉnh Bắc Trung "
        "Bộ.\n"
    )
    assert ("2024-Q2", "export_import_turnover", Decimal(1_200_000_000), "exact") in published_figures(text)


def test_training_abroad_on_how_to_manage_foreigners_is_still_training_abroad():
    text = (
        f"{HEAD}Hà Tĩnh, ngày 22 tháng 6 năm 2024\nBÁO CÁO\nKết quả công tác đối ngoại quý II năm 2024\n"
        "Cử 14 lượt cán bộ đi đào tạo, học tập kinh nghiệm tại Singapore về quản lý người nước ngoài.\n"
    )
    assert ("2024-Q2", "training_persons", Decimal(14), "exact") in published_figures(text)
