"""Capabilities of the hundred-and-thirty-ninth round, written here in phrasings other than the reports that showed
the need. Expected figures were written from the texts below before the code ran on them."""

from decimal import Decimal

from tests.unit.documents import published_figures, report_text


def test_a_count_to_a_day_before_the_periods_end_is_the_periods_only_in_a_report_written_before_it_ended():
    lines = ("- Tính đến ngày 22/12, tỉnh đã tổ chức 12 hội nghị, hội thảo quốc tế.",)
    before_the_end = report_text("88", "24 tháng 12 năm 2022", "Tổng kết công tác đối ngoại năm 2022", *lines)
    after_the_end = report_text("5", "10 tháng 01 năm 2023", "Tổng kết công tác đối ngoại năm 2022", *lines)
    assert published_figures(before_the_end) == {("2022", "intl_conferences", Decimal(12), "exact")}
    assert not published_figures(after_the_end)


def test_a_markdown_note_under_a_table_marks_a_column_holding_estimates():
    text = (
        "BÁO CÁO\nKết quả công tác đối ngoại năm 2024\nHà Tĩnh, ngày 05 tháng 12 năm 2024\n\n"
        "I. SỐ LIỆU\n\n"
        "| TT | Chỉ tiêu | 2023 | 2024 (\\*) |\n|---|---|---|---|\n"
        "| 1 | Hội nghị, hội thảo quốc tế (hội nghị) | 11 | 13 |\n\n"
        "_(\\*) Số thực hiện đến ngày 30/11/2024 cộng số ước tháng 12/2024._\n"
    )
    published = published_figures(text)
    assert ("2024", "intl_conferences", Decimal(13), "approx") in published
    assert ("2023", "intl_conferences", Decimal(11), "exact") in published


def test_investment_into_viet_nam_and_pages_of_named_languages_are_not_the_provinces_whole():
    text = report_text(
        "9",
        "15 tháng 01 năm 2025",
        "Tổng kết công tác đối ngoại năm 2024",
        "- Nhật Bản hiện có hơn 5.300 dự án đầu tư trực tiếp nước ngoài vào Việt Nam với tổng vốn khoảng 75 tỷ USD.",
        "- Tổ Biên phiên dịch đã dịch 214 trang văn bản tiếng Lào phục vụ các đoàn.",
        "- Cả năm biên dịch 1.430 trang tài liệu, phiên dịch 166 giờ.",
    )
    assert published_figures(text) == {
        ("2024", "translated_pages", Decimal(1430), "exact"),
        ("2024", "interpreting_hours", Decimal(166), "exact"),
    }


def test_a_mark_whose_note_says_the_value_may_change_waits():
    text = report_text(
        "77",
        "26 tháng 9 năm 2023",
        "Kết quả công tác đối ngoại 9 tháng năm 2023",
        "- Thẩm định, tiếp nhận 09 dự án PCPNN với tổng giá trị cam kết 1.120.000 USD (**).",
        "(**) Giá trị cam kết của 02 dự án nhà tài trợ chưa xác nhận đầy đủ.",
    )
    assert not {figure for figure in published_figures(text) if figure[1] == "ngo_aid_committed"}


def test_a_month_dating_an_event_inside_a_part_is_no_part_of_that_month():
    text = report_text(
        "3",
        "12 tháng 01 năm 2024",
        "Tổng kết công tác đối ngoại năm 2023",
        "- Tổng giá trị hỗ trợ các tỉnh bạn Lào đạt 7,2 tỷ đồng, trong đó hỗ trợ khắc phục thiệt hại do bão số 3"
        " tháng 8/2023 là 1,1 tỷ đồng.",
        "- Cử 52 đoàn ra, riêng tháng 12/2023 có 06 đoàn.",
    )
    published = published_figures(text)
    assert not {figure for figure in published if figure[2] == Decimal(1100000000)}
    assert ("2023-12", "outbound_delegations", Decimal(6), "exact") in published
