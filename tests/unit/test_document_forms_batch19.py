"""Capabilities found by the nineteenth blind batch, each written here in phrasings other than the
batch's: estimate columns of the year in a shorter report, parts listed after "gồm:" in words, the
province as the subject in a report on partners, labels naming a series by year, months written as
a line's label, and visas that are no crossings."""

from decimal import Decimal

from tests.unit.documents import not_published_reasons, published_figures


def test_a_year_estimate_column_of_a_nine_month_table_is_the_years_estimate():
    text = (
        "BÁO CÁO\nKết quả công tác đối ngoại 9 tháng năm 2026\n"
        "| Chỉ tiêu | ĐVT | 9 tháng năm 2026 | Ước thực hiện cả năm 2026 |\n"
        "|---|---|---|---|\n"
        "| Đoàn ra | đoàn | 40 | 55 |\n"
    )
    assert published_figures(text) == {
        ("2026-9M", "outbound_delegations", Decimal(40), "exact"),
        ("2026", "outbound_delegations", Decimal(55), "approx"),
    }


def test_parts_listed_after_gom_in_words_are_parts():
    text = (
        "BÁO CÁO\nKết quả công tác đối ngoại quý II năm 2026\n"
        "Trong quý ký kết 03 thỏa thuận quốc tế, gồm: hai biên bản ghi nhớ với tỉnh Khăm Muồn giai đoạn 2026 - "
        "2030 và 01 thỏa thuận với Tổ chức JICA.\n"
    )
    assert published_figures(text) == {("2026-Q2", "intl_agreements", Decimal(3), "exact")}


def test_the_province_as_subject_in_a_report_on_partners_is_the_whole_province():
    text = (
        "BÁO CÁO\nKết quả hợp tác với các tỉnh của Lào năm 2026\n"
        "Trong năm, tỉnh cử 30 đoàn ra, trong đó 18 đoàn sang Lào. Tỉnh đón 25 đoàn vào.\n"
        "Tỉnh ký kết 02 thỏa thuận với tỉnh Savannakhet.\n"
    )
    published = published_figures(text)
    assert ("2026", "inbound_delegations", Decimal(25), "exact") in published
    assert not any(indicator == "intl_agreements" for _, indicator, _, _ in published)


def test_a_label_naming_a_series_by_year_counts_what_the_sentence_before_counted():
    text = (
        "BÁO CÁO\nTổng kết giai đoạn 2022 - 2025\n"
        "Cả giai đoạn có 1,2 triệu lượt người xuất nhập cảnh qua Cửa khẩu quốc tế Cầu Treo. "
        "Số lượt qua các năm: năm 2024 đạt 400.000 lượt; năm 2025 đạt 420.000 lượt.\n"
    )
    published = published_figures(text)
    assert ("2024", "border_crossings_persons", Decimal(400000), "exact") in published
    assert ("2025", "border_crossings_persons", Decimal(420000), "exact") in published


def test_a_month_written_as_its_lines_label_is_the_whole_months():
    text = (
        "BÁO CÁO\nTình hình xuất nhập cảnh qua cửa khẩu quý I năm 2026\n"
        "1. Tháng 1/2026: Đồn Biên phòng Cầu Treo làm thủ tục xuất nhập cảnh cho 28.000 lượt người.\n"
        "Tháng 2/2026, lãnh đạo tỉnh đón 01 đoàn khách quốc tế tại cửa khẩu.\n"
    )
    published = published_figures(text)
    assert ("2026-01", "border_crossings_persons", Decimal(28000), "exact") in published
    assert not any(value == 1 for _, _, value, _ in published)


def test_visas_issued_at_the_gate_are_not_crossings():
    text = (
        "BÁO CÁO\nTình hình xuất nhập cảnh qua cửa khẩu quý I năm 2026\n"
        "Tại Cửa khẩu quốc tế Cầu Treo, cấp thị thực cho 150 lượt người nước ngoài xuất nhập cảnh.\n"
    )
    assert published_figures(text) == set()
    assert "150" in not_published_reasons(text)
