"""Capabilities of the hundred-and-thirty-fifth round, written here in phrasings other than the reports that showed
the need. Expected figures were written from the texts below before the code ran on them."""

from decimal import Decimal

from tests.unit.documents import published_figures, report_text, text_report, word_report


def _month_report(*lines: str) -> str:
    return report_text("61", "26 tháng 10 năm 2022", "Kết quả công tác đối ngoại tháng 10 năm 2022", *lines)


def test_the_second_count_of_a_pair_waits_with_its_first():
    text = report_text(
        "60",
        "25 tháng 9 năm 2022",
        "Kết quả công tác đối ngoại quý III năm 2022",
        "1. Công tác đoàn ra, đoàn vào",
        "Quý III, Sở tham mưu cử 12 đoàn với 47 lượt cán bộ đi công tác nước ngoài, trong đó 03 đoàn với 11 lượt cán bộ"
        " đi đào tạo, học tập kinh nghiệm ở nước ngoài. Lũy kế 9 tháng năm 2022 có 38 đoàn/149 lượt người.",
    )
    published = published_figures(text)
    assert ("2022-Q3", "training_persons", Decimal(11), "exact") in published
    assert not {figure for figure in published if figure[2] in (Decimal(38), Decimal(149))}


def test_a_figures_own_estimate_bracket_makes_it_approximate():
    text = _month_report(
        "- Đoàn vào: 06 đoàn/58 lượt khách (ước).",
        "- Hội nghị, hội thảo quốc tế: 02 hội nghị (số ước tại Báo cáo số 40/BC-SNgV là 03 hội nghị).",
        "- Lãnh sự: xử lý 05 vụ việc (số liệu ước, chờ Cục Lãnh sự xác nhận).",
    )
    assert published_figures(text) == {
        ("2022-10", "inbound_delegations", Decimal(6), "approx"),
        ("2022-10", "inbound_visitors", Decimal(58), "approx"),
        ("2022-10", "intl_conferences", Decimal(2), "exact"),
        ("2022-10", "consular_cases", Decimal(5), "approx"),
    }


def test_a_reason_column_holds_no_figure_of_the_period():
    text = _month_report(
        "| TT | Chỉ tiêu | Đã báo cáo | Điều chỉnh | Nguyên nhân |",
        "|---|---|---|---|---|",
        "| 1 | Số đoàn vào (đoàn) | 7 | 8 | Bổ sung 01 đoàn của Trường Đại học Hà Tĩnh với 12 lượt khách |",
    )
    published = published_figures(text)
    assert not {figure for figure in published if figure[2] in (Decimal(1), Decimal(12))}


def test_a_letter_on_a_districts_work_publishes_only_the_provinces_whole(tmp_path):
    extraction = text_report(
        tmp_path,
        "cong_van.txt",
        "UBND TỈNH HÀ TĨNH\nSỞ NGOẠI VỤ\nSố: 310/SNgV-HTQT\nV/v cung cấp số liệu hợp tác quốc tế tại thị xã Hồng"
        " Lĩnh năm 2024\nHà Tĩnh, ngày 12 tháng 3 năm 2025\n\nKính gửi: Báo Hà Tĩnh\n\n"
        "1. Số liệu chung\nNăm 2024, toàn tỉnh tiếp nhận 41 chương trình, dự án phi chính phủ nước ngoài.\n\n"
        "2. Kết quả cụ thể\nNăm 2024, Sở đã thẩm định, tiếp nhận 03 chương trình, dự án phi chính phủ nước ngoài với"
        " tổng giá trị cam kết 210.000 USD.\n",
    )
    assert {(f.period_code, f.indicator_code, f.value) for f in extraction.figures} == {
        ("2024", "ngo_projects_approved", Decimal(41)),
    }


def test_an_official_columns_year_is_its_period():
    text = report_text(
        "62",
        "30 tháng 12 năm 2022",
        "Rà soát số liệu đối ngoại năm 2022",
        "| TT | Chỉ tiêu | ĐVT | Chính thức 2021 | Ghi chú |",
        "|---|---|---|---|---|",
        "| 1 | Số thỏa thuận quốc tế được ký kết | thỏa thuận | 5 | |",
    )
    assert published_figures(text) == {("2021", "intl_agreements", Decimal(5), "exact")}


def test_a_semicolon_export_headed_by_abbreviations_reads_with_its_key(tmp_path):
    extraction = text_report(
        tmp_path,
        "thu_dien_tu.txt",
        "Từ: Văn phòng Sở Ngoại vụ\nTiêu đề: Số liệu hội nghị, thỏa thuận quý III năm 2023\n\n"
        "Chú giải cột: HN - số hội nghị, hội thảo quốc tế; TT - số thỏa thuận quốc tế được ký kết\n\n"
        "Kỳ;HN;TT;Ghi chú\nTháng 7/2023;2;1;\nTháng 8/2023;1;0;\nTháng 9/2023;3;2;có 01 hội thảo trực tuyến\n",
    )
    assert {(f.period_code, f.indicator_code, f.value) for f in extraction.figures} == {
        ("2023-07", "intl_conferences", Decimal(2)),
        ("2023-08", "intl_conferences", Decimal(1)),
        ("2023-09", "intl_conferences", Decimal(3)),
        ("2023-07", "intl_agreements", Decimal(1)),
        ("2023-08", "intl_agreements", Decimal(0)),
        ("2023-09", "intl_agreements", Decimal(2)),
    }


def test_a_prose_list_with_semicolons_stays_prose():
    text = _month_report("Trong tháng, tỉnh đón 09 đoàn vào; trong đó: Lào 5; Thái Lan 3; Nhật Bản 1.")
    assert published_figures(text) == {("2022-10", "inbound_delegations", Decimal(9), "exact")}


def test_a_clerks_month_opening_a_row_is_no_partner(tmp_path):
    extraction = word_report(
        tmp_path / "bieu_thang.docx",
        ["BÁO CÁO", "Số liệu đoàn vào quý IV năm 2022"],
        [
            ("Tháng", "Đoàn vào (đoàn)", "Ghi chú"),
            ("T10/2022", "4", ""),
            ("T11/2022", "2", ""),
        ],
    )
    assert {(f.period_code, f.indicator_code, f.value) for f in extraction.figures} == {
        ("2022-10", "inbound_delegations", Decimal(4)),
        ("2022-11", "inbound_delegations", Decimal(2)),
    }


def test_a_rows_explanation_giving_another_value_holds_the_row_back():
    text = report_text(
        "63",
        "12 tháng 01 năm 2025",
        "Kết quả công tác đối ngoại năm 2024",
        "| TT | Chỉ tiêu | Năm 2024 | Giải trình |",
        "|---|---|---|---|",
        "| 1 | Số đoàn vào (đoàn) | 33 | Số liệu đã điều chỉnh thành 35 đoàn sau khi bổ sung 02 đoàn của huyện |",
        "| 2 | Số hội nghị, hội thảo quốc tế (hội nghị) | 8 | Có 01 hội nghị trực tuyến |",
    )
    assert published_figures(text) == {("2024", "intl_conferences", Decimal(8), "exact")}


def test_an_estimate_bracket_on_another_noun_or_value_leaves_the_count_exact():
    text = report_text(
        "64",
        "12 tháng 01 năm 2025",
        "Kết quả công tác đối ngoại năm 2024",
        "Năm 2024, tỉnh đón 52 đoàn vào, tổng kinh phí đón tiếp (ước) khoảng 2 tỷ đồng.",
        "Năm 2024, tỉnh tổ chức 12 hội nghị, hội thảo quốc tế (ước đạt 120% kế hoạch).",
    )
    assert published_figures(text) == {
        ("2024", "inbound_delegations", Decimal(52), "exact"),
        ("2024", "intl_conferences", Decimal(12), "exact"),
    }


def test_an_area_named_in_passing_or_as_the_meetings_place_leaves_the_provinces_figures(tmp_path):
    extraction = text_report(
        tmp_path,
        "bao_cao.txt",
        "UBND TỈNH HÀ TĨNH\nSỞ NGOẠI VỤ\nSố: 15/BC-SNgV\nHà Tĩnh, ngày 10 tháng 01 năm 2025\n\nBÁO CÁO\n"
        "Kết quả công tác đối ngoại năm 2024\n(Phục vụ Hội nghị tổng kết tổ chức tại huyện Cẩm Xuyên)\n\n"
        "Năm 2024, Sở đã tham mưu cử 47 đoàn đi công tác nước ngoài.\n",
    )
    assert {(f.period_code, f.indicator_code, f.value) for f in extraction.figures} == {
        ("2024", "outbound_delegations", Decimal(47)),
    }


def test_a_sum_over_a_cell_marked_as_an_estimate_is_an_estimate():
    text = report_text(
        "65",
        "20 tháng 01 năm 2025",
        "Số liệu hội nghị quốc tế giai đoạn 2022 - 2024",
        "| Năm | Hội nghị, hội thảo quốc tế (hội nghị) |",
        "|---|---|",
        "| 2022 | 6 |",
        "| 2023 | 9 |",
        "| 2024 | 11 (ước) |",
        "| Cộng 2022 - 2024 | 26 |",
    )
    published = published_figures(text)
    assert ("2024", "intl_conferences", Decimal(11), "approx") in published
    assert ("2022-2024", "intl_conferences", Decimal(26), "approx") in published
    assert ("2022", "intl_conferences", Decimal(6), "exact") in published


def test_a_roman_quarter_opening_a_line_is_no_partner():
    text = report_text(
        "66",
        "25 tháng 12 năm 2024",
        "Kết quả công tác đối ngoại quý IV năm 2024",
        "- QIV/2024: đón 05 đoàn vào với 30 lượt khách quốc tế.",
    )
    assert ("2024-Q4", "inbound_delegations", Decimal(5), "exact") in published_figures(text)
