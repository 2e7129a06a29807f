"""Capabilities found by the sixth batch of style reports (run once blind before any change),
each written here in phrasings and layouts other than the batch's."""

from decimal import Decimal

from tests.unit.documents import extract_text, not_published_reasons, published_figures

TWO_PERIODS = "Hà Tĩnh, ngày 10 tháng 01 năm 2026\nBÁO CÁO\nCông tác lãnh sự tháng 12 và cả năm 2025\n"


def test_a_title_naming_a_part_and_the_whole_year_gives_the_year_to_its_columns_and_no_period_to_its_sentences():
    text = TWO_PERIODS + (
        "| STT | Nội dung | Đơn vị tính | Quý IV/2025 |  | Năm 2025 |\n"
        "| STT | Nội dung | Đơn vị tính | Tháng 12 | Cả quý IV | Năm 2025 |\n"
        "| 1 | Hồ sơ hợp pháp hóa lãnh sự | hồ sơ | 11 | 30 | 140 |\n"
        "| 2 | Giấy phép lao động cho người nước ngoài | giấy phép | 5 | 12 | 60 |\n"
        "Sở tiếp nhận 30 hồ sơ hợp pháp hóa lãnh sự.\n"
    )
    assert extract_text(text).period_code is None
    assert published_figures(text) == {
        ("2025-12", "consular_legalisations", Decimal(11), "exact"),
        ("2025-Q4", "consular_legalisations", Decimal(30), "exact"),
        ("2025", "consular_legalisations", Decimal(140), "exact"),
    }


def test_a_row_whose_unit_cell_counts_something_else_gives_no_figure_whatever_its_label_names():
    text = "BÁO CÁO\nCông tác đối ngoại năm 2025\n" + (
        "| TT | Nội dung | ĐVT | Năm 2025 |\n"
        "| 1 | Thư mời gửi các đoàn khách quốc tế | thư | 40 |\n"
        "| 2 | Đoàn khách quốc tế đến làm việc | đoàn | 36 |\n"
    )
    assert published_figures(text) == {("2025", "inbound_delegations", Decimal(36), "exact")}
    assert "counts 'thư'" in not_published_reasons(text)["40"]


def test_a_lower_header_outside_the_period_above_it_is_not_read_alone():
    text = "BÁO CÁO\nCông tác đối ngoại 9 tháng năm 2025\n" + (
        "| TT | Chỉ tiêu | Lũy kế 9 tháng |  |\n"
        "| TT | Chỉ tiêu | Năm 2025 | Năm 2024 |\n"
        "| 1 | Đoàn khách quốc tế đến làm việc | 31 | 28 |\n"
    )
    assert ("2025", "inbound_delegations", Decimal(31), "exact") not in published_figures(text)


def test_a_turned_table_with_same_period_plan_and_ratio_rows():
    text = "BÁO CÁO\nCông tác đối ngoại quý III năm 2025\n" + (
        "| Kỳ | Đoàn vào | Hội thảo quốc tế |\n"
        "| Quý III/2025 | 12 đoàn/80 lượt khách | 02 hội thảo |\n"
        "| Cùng kỳ năm trước | 10 đoàn/71 lượt khách | 01 hội thảo |\n"
        "| Chỉ tiêu năm 2025 | 45 đoàn | 8 hội thảo |\n"
        "| Tỷ lệ đạt (%) | 26,7 | 25,0 |\n"
    )
    assert published_figures(text) == {
        ("2025-Q3", "inbound_delegations", Decimal(12), "exact"),
        ("2025-Q3", "inbound_visitors", Decimal(80), "exact"),
        ("2025-Q3", "intl_conferences", Decimal(2), "exact"),
        ("2024-Q3", "inbound_delegations", Decimal(10), "exact"),
        ("2024-Q3", "inbound_visitors", Decimal(71), "exact"),
        ("2024-Q3", "intl_conferences", Decimal(1), "exact"),
    }
    assert not_published_reasons(text)["45"].startswith("a plan row")


def test_a_label_naming_the_exact_noun_beside_a_generic_unit_cell():
    text = "BÁO CÁO\nCông tác đối ngoại năm 2025\n" + (
        "| TT | Nội dung | ĐVT | Năm 2025 |\n"
        "| 1 | Cửa khẩu Cha Lo: lượt người xuất nhập cảnh | lượt | 90.000 |\n"
        "| 2 | Cửa khẩu Cha Lo: lượt phương tiện xuất nhập cảnh | lượt | 12.000 |\n"
    )
    assert published_figures(text) == {
        ("2025", "border_crossings_persons", Decimal(90000), "exact"),
        ("2025", "border_crossings_vehicles", Decimal(12000), "exact"),
    }


def test_a_month_named_with_its_year_after_rieng_is_that_months_figure():
    text = "BÁO CÁO\nCông tác đối ngoại quý II năm 2025\n" + (
        "Riêng tháng 5/2025, Sở tiếp nhận 16 hồ sơ hợp pháp hóa lãnh sự. "
        "Ký kết hai thỏa thuận quốc tế, gồm Bản ghi nhớ hợp tác giai đoạn 2025 - 2028 với tỉnh Champasak."
    )
    assert published_figures(text) == {
        ("2025-05", "consular_legalisations", Decimal(16), "exact"),
        ("2025-Q2", "intl_agreements", Decimal(2), "exact"),
    }


SPAN = "BÁO CÁO\nTổng kết công tác đối ngoại giai đoạn 2022 - 2024\n"


def test_values_labelled_by_year_in_brackets_count_what_the_figure_before_counts():
    text = (
        SPAN
        + "Trong giai đoạn 2022 - 2024, tỉnh đã tổ chức 21 hội thảo quốc tế (năm 2022: 06; năm 2023: 07; năm 2024: 08)."
    )
    assert published_figures(text) == {
        ("2022-2024", "intl_conferences", Decimal(21), "exact"),
        ("2022", "intl_conferences", Decimal(6), "exact"),
        ("2023", "intl_conferences", Decimal(7), "exact"),
        ("2024", "intl_conferences", Decimal(8), "exact"),
    }


def test_the_sentence_opening_a_list_names_what_its_items_count():
    text = SPAN + (
        "Tỉnh chú trọng vận động viện trợ. Kết quả phê duyệt, tiếp nhận dự án phi chính phủ nước ngoài:\n"
        "+ Năm 2022: 09 dự án;\n+ Năm 2023: 11 dự án.\n"
    )
    assert published_figures(text) == {
        ("2022", "ngo_projects_approved", Decimal(9), "exact"),
        ("2023", "ngo_projects_approved", Decimal(11), "exact"),
    }


def test_a_part_set_apart_by_rieng_is_not_the_total_and_a_delegation_part_by_owner_runs_to_the_clause_end():
    year = "BÁO CÁO\nTổng kết công tác đối ngoại năm 2025\n"
    capital = year + (
        "Lũy kế đến hết năm 2025, toàn tỉnh có 90 dự án FDI với tổng vốn đầu tư khoảng 15 tỷ USD; "
        "riêng dự án Nhiệt điện Vũng Áng II có vốn đầu tư 2,2 tỷ USD."
    )
    assert ("2025", "fdi_capital_total", Decimal(15000000000), "approx") in published_figures(capital)
    assert not_published_reasons(capital)["2,2 tỷ USD"].startswith("a part set apart by 'riêng'")
    owners = year + (
        "Năm 2025, đón 50 đoàn với 410 lượt khách quốc tế đến làm việc, trong đó có 12 đoàn của các đại sứ quán, "
        "tổ chức quốc tế tại Việt Nam với 88 lượt khách."
    )
    assert published_figures(owners) == {
        ("2025", "inbound_delegations", Decimal(50), "exact"),
        ("2025", "inbound_visitors", Decimal(410), "exact"),
        ("2025", "inbound_mission_delegations", Decimal(12), "exact"),
        ("2025", "inbound_mission_visitors", Decimal(88), "exact"),
    }


def test_a_sentence_setting_a_period_apart_counts_what_the_sentence_before_counted():
    text = (
        "BÁO CÁO\nCông tác bảo hộ công dân năm 2025\n"
        "Năm 2025, Sở giải quyết 20 vụ việc lãnh sự, bảo hộ công dân. Riêng quý I/2025 đã giải quyết 06 vụ việc."
    )
    assert published_figures(text) == {
        ("2025", "consular_cases", Decimal(20), "exact"),
        ("2025-Q1", "consular_cases", Decimal(6), "exact"),
    }


def test_a_month_with_its_year_before_the_whole_province_is_the_months_total():
    text = (
        "BÁO CÁO NHANH\nKết quả chuyến thăm Nhật Bản của đoàn công tác tỉnh\n"
        "Tháng 10/2026, toàn tỉnh có 05 đoàn đi công tác nước ngoài. Tháng 10/2026, tỉnh đón 3 đoàn khách quốc tế."
    )
    assert published_figures(text) == {("2026-10", "outbound_delegations", Decimal(5), "exact")}


def test_the_translated_half_of_a_bilingual_text_is_not_read_again():
    text = (
        "BÁO CÁO\nTóm tắt kết quả đối ngoại năm 2025\n"
        "VN: Năm 2025, tỉnh đón 52 đoàn khách quốc tế đến thăm, làm việc.\n"
        "EN: In 2025 the province received 52 foreign delegations; the card office issued 1,250 cards.\n"
    )
    extraction = extract_text(text)
    assert published_figures(text) == {("2025", "inbound_delegations", Decimal(52), "exact")}
    assert not [item for item in extraction.review + extraction.set_aside if item.excerpt.startswith("EN:")]


def test_a_number_whose_context_names_no_indicator_is_set_apart_not_queued():
    text = (
        "BIÊN BẢN\nHọp giao ban công tác đối ngoại quý I năm 2026\n"
        "Số đại biểu có mặt: 24 người.\n"
        "1. Công tác bảo hộ công dân\nTrong quý, phối hợp giải quyết 04 vụ việc theo đề nghị của gia đình.\n"
    )
    extraction = extract_text(text)
    queued = {item.value_as_written: item for item in extraction.review}
    apart = {item.value_as_written: item for item in extraction.set_aside}
    assert "24" in apart and "24" not in queued
    # the heading says what "04 vụ việc" counts: published, not set apart
    assert published_figures(text) == {("2026-Q1", "consular_cases", Decimal(4), "exact")}


def test_a_stock_named_by_its_year_in_a_part_year_report_and_a_part_after_rieng_anywhere_before_it():
    text = "BÁO CÁO\nCông tác đối ngoại 9 tháng năm 2025\n" + (
        "Năm 2025, toàn tỉnh có khoảng 1.200 lưu học sinh Lào đang học tập; Hiệu trưởng nhà trường cho biết "
        "riêng Trường Đại học Hà Tĩnh hiện có 700 lưu học sinh Lào. Năm 2025, tỉnh đón 40 đoàn khách quốc tế."
    )
    assert published_figures(text) == {("2025", "lao_students", Decimal(1200), "approx")}
    reasons = not_published_reasons(text)
    assert reasons["700"].startswith(("a part set apart by 'riêng'", "a figure of another body"))
    assert reasons["40"].startswith("period not certain")


def test_an_amount_in_a_currency_no_indicator_is_kept_in_is_set_apart():
    text = "BÁO CÁO\nCông tác đối ngoại năm 2025\nNăm 2025, tỉnh hỗ trợ các tỉnh của Lào tổng giá trị 2 tỷ đồng và 900 triệu kíp."
    extraction = extract_text(text)
    assert ("2025", "support_to_lao_provinces", Decimal(2000000000), "exact") in published_figures(text)
    assert [item.reason for item in extraction.set_aside if item.value_as_written == "900 triệu kíp"] == [
        "an amount in LAK, a currency no indicator is kept in"
    ]
