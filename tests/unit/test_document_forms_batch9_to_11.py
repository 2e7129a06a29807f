"""Capabilities found by the ninth to eleventh blind batches, each written here in phrasings
and layouts other than the batches': what governs a figure's period (date ranges, a title
naming two periods, sub-headers, parts of a headline, earlier periods in brackets), values
paired with a list, work not done yet, reported speech, page furniture, abbreviations."""

from decimal import Decimal

import pytest

from dagster_project.documents.extract import extract_figures
from dagster_project.documents.reader import read_document
from tests.unit.documents import not_published_reasons, published_figures

YEAR = "BÁO CÁO\nTổng kết công tác đối ngoại năm 2025\n"
HALF = "BÁO CÁO\nSơ kết công tác đối ngoại 6 tháng đầu năm 2025\n"
NINE = "BÁO CÁO\nKết quả công tác đối ngoại 9 tháng năm 2025\n"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a range running over the half exactly is the half
        (
            "Từ ngày 01/01 đến ngày 30/6/2025, Cửa khẩu Cầu Treo làm thủ tục xuất, nhập cảnh cho 61.200 lượt người.",
            True,
        ),
        # one from the gate's reopening is not
        ("Từ 10/3 đến 30/6/2025, Cửa khẩu Cầu Treo làm thủ tục xuất, nhập cảnh cho 61.200 lượt người.", False),
    ],
    ids=["whole-half", "from-a-date-inside"],
)
def test_a_date_range_is_a_period_only_when_it_runs_over_one(sentence, expected):
    figure = ("2025-H1", "border_crossings_persons", Decimal(61200), "exact")
    assert (figure in published_figures(HALF + sentence)) is expected


def test_a_title_naming_a_quarter_and_the_half_holding_it_dates_nothing_by_itself():
    text = (
        "BÁO CÁO\nKết quả công tác đối ngoại quý II và 6 tháng đầu năm 2025\n"
        "Cấp 31 giấy phép xuống tàu cho thuyền viên.\n"
        "Trong quý II, xử lý 05 vụ việc bảo hộ công dân.\n"
    )
    assert published_figures(text) == {("2025-Q2", "consular_cases", Decimal(5), "exact")}
    assert "period not certain" in not_published_reasons(text)["31"]


def test_sub_headers_under_a_partial_year_header():
    text = (
        YEAR.replace("năm 2025", "6 tháng đầu năm 2025")
        + "| TT | Chỉ tiêu | ĐVT | 6 tháng đầu năm 2025 | | | |\n"
        + "| TT | Chỉ tiêu | ĐVT | Quý I | Quý II | Lũy kế 6 tháng | Ước cả năm |\n"
        + "| 1 | Hội nghị, hội thảo quốc tế | hội nghị | 2 | 3 | 5 | 11 |\n"
    )
    assert published_figures(text) == {
        ("2025-Q1", "intl_conferences", Decimal(2), "exact"),
        ("2025-Q2", "intl_conferences", Decimal(3), "exact"),
        ("2025-H1", "intl_conferences", Decimal(5), "exact"),
        ("2025", "intl_conferences", Decimal(11), "approx"),
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the same count for a period within the headline's
        (
            "Giai đoạn 2021 - 2025 tiếp nhận 140 hài cốt liệt sỹ, trong đó năm 2024 là 31 hài cốt.",
            {("2021-2025", "remains_repatriated", Decimal(140)), ("2024", "remains_repatriated", Decimal(31))},
        ),
        # and after "riêng", both figures of a pair
        (
            "9 tháng năm 2025 cử 40 đoàn với 190 lượt cán bộ đi công tác nước ngoài, riêng quý III có 11 đoàn với 52 lượt.",
            {
                ("2025-9M", "outbound_delegations", Decimal(40)),
                ("2025-9M", "outbound_persons", Decimal(190)),
                ("2025-Q3", "outbound_delegations", Decimal(11)),
                ("2025-Q3", "outbound_persons", Decimal(52)),
            },
        ),
        # a kind of the count is still a part, period or not
        (
            "Năm 2025, cử 40 đoàn đi công tác nước ngoài, trong đó năm 2025 có 6 đoàn cấp tỉnh.",
            {("2025", "outbound_delegations", Decimal(40))},
        ),
        # the same count of the year before, stated outright in brackets
        (
            "Năm 2025, xử lý 19 vụ việc bảo hộ công dân (năm 2024 là 23 vụ việc).",
            {("2025", "consular_cases", Decimal(19)), ("2024", "consular_cases", Decimal(23))},
        ),
    ],
    ids=["year-in-span", "quarter-after-rieng", "a-kind-not-a-period", "earlier-year-in-brackets"],
)
def test_parts_of_a_headline_by_period(sentence, expected):
    text = NINE if "9 tháng" in sentence else YEAR
    assert {(p, c, v) for p, c, v, _ in published_figures(text + sentence)} == expected


def test_values_paired_with_a_list_by_lan_luot_are_queued_unless_their_words_name_them():
    text = (
        YEAR + "Tiếp nhận 120 hồ sơ hộ chiếu công vụ và 300 hồ sơ hợp pháp hóa lãnh sự; riêng quý IV lần lượt là "
        "30 hồ sơ và 80 hồ sơ.\nSố hội nghị và thỏa thuận trong năm lần lượt là 07 hội nghị quốc tế và 02 thỏa "
        "thuận quốc tế được ký kết.\n"
    )
    published = published_figures(text)
    assert not any(value in (30, 80) for _, _, value, _ in published)
    assert ("2025", "intl_conferences", Decimal(7), "exact") in published
    assert "lần lượt" in not_published_reasons(text)["30"]


def test_work_not_done_and_a_later_period_are_never_results():
    text = (
        YEAR + "Thẩm định, tiếp nhận 09 dự án phi chính phủ nước ngoài; còn 04 dự án đang chờ thẩm định.\n"
        "Đề nghị bố trí kinh phí hỗ trợ các tỉnh bạn Lào năm 2026 khoảng 6 tỷ đồng.\n"
    )
    assert published_figures(text) == {("2025", "ngo_projects_approved", Decimal(9), "exact")}


def test_a_figure_a_representative_of_another_body_speaks_of_is_that_bodys():
    text = YEAR + "Tại hội nghị, đại diện Trường Cao đẳng Y tế cho biết nhà trường đang đào tạo 310 lưu học sinh Lào."
    assert published_figures(text) == set()


@pytest.mark.parametrize(
    ("title", "period"),
    [
        ("THÔNG CÁO BÁO CHÍ\nHà Tĩnh tổng kết công tác đối ngoại năm 2025, triển khai nhiệm vụ năm 2026\n", "2025"),
        ("# BẢN TIN ĐỐI NGOẠI\n**Số 04/2025 - Tháng 4 năm 2025**\n", "2025-04"),
        (
            "BÁO CÁO\nKết quả công tác đối ngoại 9 tháng năm 2025;\nphương hướng, nhiệm vụ 3 tháng cuối năm 2025\n",
            "2025-9M",
        ),
    ],
    ids=["press-release", "bulletin-issue-line", "title-half-ending-in-semicolon"],
)
def test_title_forms_name_the_period(title, period):
    text = title + "Trong kỳ, tỉnh đón 12 đoàn với 80 lượt khách quốc tế đến thăm, làm việc.\n"
    assert {p for p, *_ in published_figures(text)} == {period}


def test_a_sentence_with_no_figure_says_what_the_next_one_counts():
    text = (
        NINE
        + "Công tác vận động viện trợ phi chính phủ nước ngoài đạt kết quả tốt. 9 tháng, Sở thẩm định 12 chương trình, dự án."
    )
    assert ("2025-9M", "ngo_projects_approved", Decimal(12), "exact") in published_figures(text)


def test_the_clerks_abbreviations():
    text = NINE + "9 tháng: cho phép tổ chức 07 HNHTQT; ký kết 02 TTQT; cấp 48 GP xuống tàu tại cảng Vũng Áng."
    assert published_figures(text) == {
        ("2025-9M", "intl_conferences", Decimal(7), "exact"),
        ("2025-9M", "intl_agreements", Decimal(2), "exact"),
        ("2025-9M", "boarding_permits", Decimal(48), "exact"),
    }


def test_a_report_pasted_from_a_pdf_reads_across_its_page_breaks(tmp_path):
    report = tmp_path / "bao_cao_9_thang_2025.txt"
    report.write_text(
        "BÁO CÁO\nKết quả công tác đối ngoại 9 tháng năm 2025\n"
        "Trong 9 tháng, các sở, ngành, địa phương đã tiếp đón 26 đoàn với 180 lượt khách quốc tế đến\n\n"
        "________________________________\nBáo cáo 9 tháng năm 2025 - Sở Ngoại vụ\nTrang 1/3\n\n"
        "Báo cáo 9 tháng năm 2025 - Sở Ngoại vụ\nthăm, làm việc; tổ chức\n"
        "05 hội nghị, hội thảo quốc tế.\n",
        encoding="utf-8",
    )
    found = {(f.period_code, f.indicator_code, f.value) for f in extract_figures(read_document(report)).figures}
    assert found == {
        ("2025-9M", "inbound_delegations", Decimal(26)),
        ("2025-9M", "inbound_visitors", Decimal(180)),
        ("2025-9M", "intl_conferences", Decimal(5)),
    }


@pytest.mark.parametrize("opening", ["Tính chung quý I/2025:", "Tính chung quý I/2025,", "Lũy kế quý I/2025:"])
def test_an_opening_period_carries_past_the_semicolons_of_its_sentence(opening):
    text = (
        "BÁO CÁO\nBáo cáo công tác tháng 3 năm 2025\n"
        f"{opening} đoàn ra có 11 đoàn/52 lượt người; đoàn vào có 6 đoàn/90 lượt khách quốc tế."
    )
    assert {(p, c) for p, c, _, _ in published_figures(text)} == {
        ("2025-Q1", "outbound_delegations"),
        ("2025-Q1", "outbound_persons"),
        ("2025-Q1", "inbound_delegations"),
        ("2025-Q1", "inbound_visitors"),
    }


def test_rows_of_a_group_above_its_total_row_are_its_parts():
    text = (
        YEAR
        + "| TT | Chỉ tiêu | ĐVT | Năm 2025 |\n|---|---|---|---|\n"
        + "| I | ĐOÀN RA | | |\n"
        + "| 1 | Đoàn do lãnh đạo tỉnh dẫn đầu đi công tác nước ngoài | đoàn | 6 |\n"
        + "| 2 | Đoàn của các sở, ngành đi công tác nước ngoài | đoàn | 17 |\n"
        + "| | Tổng cộng | đoàn | 23 |\n"
    )
    assert published_figures(text) == {("2025", "outbound_delegations", Decimal(23), "exact")}
