"""Capabilities of the hundred-and-sixteenth round, written here in phrasings other than the reports that showed the
need. Expected figures were written from the texts below before the code ran on them."""

from decimal import Decimal

from dagster_project.documents.reader import read_document
from tests.unit.documents import published_figures, report_text, text_report, word_report

HEADER = "UBND TỈNH HÀ TĨNH\nSỞ NGOẠI VỤ\nSố: 301/BC-SNgV\n"


def _published(number: str, date: str, title: str, *lines: str) -> set[tuple]:
    """(period, indicator, value, qualifier) of every figure a report of the department with these lines publishes."""
    return published_figures(report_text(number, date, title, *lines))


def _keys(extraction) -> set[tuple]:
    return {(f.period_code, f.indicator_code, f.value.normalize(), f.qualifier) for f in extraction.figures}


def _values(keys: set[tuple]) -> set[Decimal]:
    return {key[2] for key in keys}


def test_a_list_item_wrapped_with_a_hanging_indent_reads_as_one_line(tmp_path):
    text = (
        HEADER + "Hà Tĩnh, ngày 24 tháng 6 năm 2024\n\nBÁO CÁO\n"
        "Công tác đối ngoại quý II và 6 tháng đầu năm 2024\n\n"
        "- Đoàn ra: quý II: 09 đoàn với 31 lượt cán bộ, công chức; 6 tháng:\n"
        "  17 đoàn với 58 lượt cán bộ, công chức đi công tác nước ngoài.\n"
    )
    found = _keys(text_report(tmp_path, "bc.txt", text))
    assert ("2024-H1", "outbound_delegations", Decimal(17), "exact") in found
    assert ("2024-H1", "outbound_persons", Decimal(58), "exact") in found
    assert ("2024-Q2", "outbound_delegations", Decimal(9), "exact") in found


def test_a_lead_ending_in_a_colon_does_not_swallow_the_indented_line_under_it(tmp_path):
    path = tmp_path / "so.txt"
    path.write_text(
        HEADER + "Hà Tĩnh, ngày 08 tháng 10 năm 2024\n\nSỔ THEO DÕI CÔNG VIỆC THÁNG 10/2024\n\n"
        "- Gửi Văn phòng UBND tỉnh số liệu phục vụ phiên họp thường kỳ (theo Công văn 555/VP-TH):\n"
        "  9 tháng năm 2024 đoàn vào 21 đoàn / 233 lượt khách quốc tế.\n",
        encoding="utf-8",
    )
    blocks = [block.text for block in read_document(path).blocks]
    assert "9 tháng năm 2024 đoàn vào 21 đoàn / 233 lượt khách quốc tế." in blocks


def test_a_centred_title_wrapped_over_padded_lines_gives_the_reports_period(tmp_path):
    text = (
        "UBND TỈNH HÀ TĨNH                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "   SỞ NGOẠI VỤ                              Độc lập - Tự do - Hạnh phúc\n"
        "Số: 77/BC-SNgV\n                                        Hà Tĩnh, ngày 19 tháng 12 năm 2019\n\n"
        "                                   BÁO CÁO\n"
        "          Tình hình vận động, tiếp nhận các khoản viện trợ không hoàn lại của các tổ\n"
        "          chức phi chính phủ nước ngoài trên địa bàn tỉnh năm 2019 (phân theo nhà tài\n"
        "                              trợ và theo địa bàn thực hiện)\n\n"
        "    Trong năm, Sở đã thẩm định, trình phê duyệt tiếp nhận 26 chương trình, dự án của các tổ chức PCPNN.\n"
    )
    extraction = text_report(tmp_path, "bc.txt", text)
    assert extraction.period_code == "2019"
    assert ("2019", "ngo_projects_approved", Decimal(26), "exact") in _keys(extraction)


def test_columns_of_a_part_group_beside_the_total_group_are_parts(tmp_path):
    # (the training delegations are themselves a part of all delegations abroad: a part column may be that indicator;
    # here the part group measures what the total's group measures, so it is the total's part)
    extraction = word_report(
        tmp_path / "bc.docx",
        [
            "UBND TỈNH HÀ TĨNH",
            "SỞ NGOẠI VỤ",
            "Số: 12/BC-SNgV",
            "Hà Tĩnh, ngày 15 tháng 3 năm 2024",
            "BÁO CÁO",
            "Kết quả cử cán bộ, công chức đi đào tạo, bồi dưỡng ở nước ngoài giai đoạn 2021 - 2023",
            "Biểu 1. Đoàn đi đào tạo, bồi dưỡng ở nước ngoài theo năm",
        ],
        [
            ("Năm", "Tổng số", "", "Trong đó: từ nguồn xã hội hóa", "", "Ghi chú"),
            ("Năm", "Số đoàn", "Số lượt người", "Số đoàn", "Số lượt người", "Ghi chú"),
            ("2021", "12", "40", "5", "11", ""),
            ("2022", "20", "75", "8", "30", ""),
        ],
    )
    found = _keys(extraction)
    assert {
        ("2021", "training_delegations", Decimal(12), "exact"),
        ("2021", "training_persons", Decimal(40), "exact"),
        ("2022", "training_delegations", Decimal(20), "exact"),
        ("2022", "training_persons", Decimal(75), "exact"),
    } <= found
    assert not _values(found) & {Decimal(5), Decimal(11), Decimal(8), Decimal(30)}


def _quarter_row(note: str) -> set[tuple]:
    text = report_text(
        "88",
        "25 tháng 9 năm 2023",
        "Báo cáo số liệu đối ngoại quý III năm 2023",
        "| Kỳ | Hồ sơ hợp pháp hóa lãnh sự (hồ sơ) | Ghi chú |",
        "|---|---|---|",
        f"| Quý III/2023 | 140 | {note} |",
    )
    return published_figures(text)


def test_a_row_note_closing_the_data_in_the_periods_last_month_keeps_its_figure():
    assert ("2023-Q3", "consular_legalisations", Decimal(140), "exact") in _quarter_row("Số liệu đến ngày 20/9/2023")


def test_a_row_note_closing_the_data_earlier_or_counting_since_january_holds_its_figure():
    assert Decimal(140) not in _values(_quarter_row("Số liệu đến ngày 20/8/2023"))
    assert Decimal(140) not in _values(_quarter_row("Lũy kế đến ngày 30/9/2023"))


def _half_year(*lines: str) -> set[tuple]:
    return published_figures(
        report_text("145", "28 tháng 6 năm 2024", "Báo cáo công tác đối ngoại 6 tháng đầu năm 2024", *lines)
    )


def test_a_sentence_opening_with_the_same_period_compared_then_speaking_of_it_gives_that_periods_figure():
    found = _half_year("So với cùng kỳ năm 2023, lúc đó toàn tỉnh chỉ đón 15 đoàn vào với 160 lượt khách quốc tế.")
    assert ("2023-H1", "inbound_delegations", Decimal(15), "exact") in found
    assert ("2024-H1", "inbound_delegations", Decimal(15), "exact") not in found


def test_a_figure_after_an_opening_comparison_with_no_word_saying_whose_waits():
    found = _half_year("So với cùng kỳ năm 2023, số hồ sơ hợp pháp hóa lãnh sự được giải quyết là 312 hồ sơ.")
    assert Decimal(312) not in _values(found)


def test_a_stock_said_now_after_a_day_later_than_its_cut_off_waits():
    found = _published(
        "150",
        "10 tháng 10 năm 2024",
        "Báo cáo công tác đối ngoại 9 tháng năm 2024",
        "Tính đến ngày 30/9/2024, có 41 tổ chức PCPNN có giấy đăng ký hoạt động trên địa bàn; ngày 08/10/2024, "
        "Bộ Ngoại giao cấp giấy đăng ký cho tổ chức Plan International, nâng tổng số hiện nay lên 42 tổ chức.",
    )
    assert ("2024-9M", "ngos_registered_total", Decimal(41), "exact") in found
    assert Decimal(42) not in _values(found)


def test_a_flat_official_column_beside_an_estimate_column_gives_the_official_values():
    found = _published(
        "9",
        "12 tháng 4 năm 2022",
        "Báo cáo số liệu chính thức công tác đối ngoại quý I năm 2022",
        "| Chỉ tiêu | Báo cáo nhanh (ước) | Chính thức |",
        "|---|---|---|",
        "| Đoàn ra (đoàn) | 07 | 09 |",
        "| Hội nghị, hội thảo quốc tế (hội nghị) | 03 | 03 |",
    )
    assert ("2022-Q1", "outbound_delegations", Decimal(9), "exact") in found
    assert ("2022-Q1", "intl_conferences", Decimal(3), "exact") in found
    assert Decimal(7) not in _values(found)


def test_a_stop_between_two_words_is_not_the_phrase_they_spell():
    found = _half_year(
        "Sở hướng dẫn các tổ chức hoàn thiện hồ sơ; Bộ Ngoại giao đã cấp giấy đăng ký hoạt động cho 04 tổ chức PCPNN."
    )
    assert ("2024-H1", "ngo_registrations", Decimal(4), "exact") in found
    assert Decimal(4) not in _values(
        _half_year("Theo số liệu sơ bộ, đã cấp giấy đăng ký hoạt động cho 04 tổ chức PCPNN.")
    )


def test_a_number_after_a_comma_ends_the_words_of_the_number_before():
    found = _published(
        "145",
        "16 tháng 12 năm 2024",
        "Kết quả thẩm định, tiếp nhận các chương trình, dự án viện trợ phi chính phủ nước ngoài năm 2024",
        "Năm 2024, Sở thẩm định, tiếp nhận 19 chương trình, dự án. Cụ thể:",
        "- 6 tháng đầu năm: 11 dự án, 905.000 USD;",
        "- Quý III: 02 dự án, 130.000 USD; quý IV (đến ngày 12/12/2024): 06 dự án, 512.000 USD.",
    )
    assert {
        ("2024-H1", "ngo_projects_approved", Decimal(11), "exact"),
        ("2024-Q3", "ngo_projects_approved", Decimal(2), "exact"),
        ("2024-Q4", "ngo_projects_approved", Decimal(6), "exact"),
    } <= found


def test_months_of_a_year_named_alone_under_a_heading_on_one_year_of_a_span_review_are_of_that_year():
    found = _published(
        "70",
        "20 tháng 12 năm 2025",
        "Báo cáo sơ kết công tác lãnh sự giai đoạn 2021 - 2025",
        "3. Kết quả năm 2025",
        "Trong năm, Sở tiếp tục tiếp nhận hồ sơ qua dịch vụ công trực tuyến:",
        "+ Sáu tháng đầu năm: tiếp nhận 140 hồ sơ chứng nhận lãnh sự, hợp pháp hóa lãnh sự;",
        "+ Sáu tháng cuối năm: tiếp nhận 163 hồ sơ chứng nhận lãnh sự, hợp pháp hóa lãnh sự.",
    )
    assert ("2025-H1", "consular_legalisations", Decimal(140), "exact") in found
    assert ("2025-H2", "consular_legalisations", Decimal(163), "exact") in found
    assert ("2025", "consular_legalisations", Decimal(140), "exact") not in found


def _rows(*rows: str) -> set[tuple]:
    return _published(
        "31",
        "22 tháng 12 năm 2023",
        "Báo cáo kết quả công tác biên dịch, phiên dịch năm 2023",
        "| Kỳ | Biên dịch (trang) | Phiên dịch (giờ) |",
        "|---|---|---|",
        *rows,
    )


def test_a_row_period_with_a_remark_that_leaves_its_values_as_they_are_is_read():
    found = _rows("| Năm 2022 (để đối chiếu) | 1.410 | 233 |", "| Quý IV/2023 (đến 15/12/2023) | 402 | 61 |")
    assert ("2022", "translated_pages", Decimal(1410), "exact") in found
    assert ("2023-Q4", "interpreting_hours", Decimal(61), "exact") in found


def test_a_row_period_with_a_remark_narrowing_it_or_cutting_a_month_short_waits():
    found = _rows("| Năm 2022 (riêng tiếng Lào) | 910 | 140 |", "| Tháng 12/2023 (đến 15/12) | 130 | 19 |")
    assert not _values(found) & {Decimal(910), Decimal(140), Decimal(130), Decimal(19)}


def test_an_estimate_note_naming_its_period_after_the_estimate_reaches_only_the_rows_it_names():
    found = _published(
        "12",
        "14 tháng 12 năm 2022",
        "Báo cáo kết quả công tác đối ngoại năm 2022",
        "Số liệu đoàn ra, đoàn vào tính đến ngày 10/12/2022; số liệu viện trợ PCPNN là số ước thực hiện cả năm.",
        "| TT | Chỉ tiêu | Năm 2021 | Năm 2022 |",
        "|---|---|---|---|",
        "| 1 | Đoàn ra (đoàn) | 21 | 35 |",
        "| 2 | Dự án viện trợ PCPNN được tiếp nhận (dự án) | 25 | 28 |",
    )
    assert ("2021", "outbound_delegations", Decimal(21), "exact") in found
    assert ("2022", "outbound_delegations", Decimal(35), "exact") in found
    assert ("2021", "ngo_projects_approved", Decimal(25), "exact") in found
    assert ("2022", "ngo_projects_approved", Decimal(28), "approx") in found


def test_the_indicators_of_a_table_named_in_a_sentence_are_no_target():
    found = _published(
        "5",
        "25 tháng 12 năm 2021",
        "Báo cáo tổng kết công tác đối ngoại năm 2021",
        "Ngoài các chỉ tiêu ở Biểu 02, trong năm Sở đã phối hợp tổ chức 06 hội nghị, hội thảo quốc tế.",
    )
    assert ("2021", "intl_conferences", Decimal(6), "exact") in found


def test_a_numbered_row_naming_its_noun_with_the_unit_in_brackets_is_a_measure():
    found = _published(
        "44",
        "24 tháng 8 năm 2021",
        "Báo cáo tình hình tàu thuyền, thuyền viên xuất nhập cảnh qua cảng Vũng Áng tháng 8 năm 2021",
        "Bảng 1. Tàu thuyền, thuyền viên xuất, nhập cảnh qua cảng Vũng Áng",
        "| STT | Nội dung | Tháng 6 | Tháng 7 |",
        "|---|---|---|---|",
        "| 1 | Tàu thuyền XNC (lượt) | 47 | 52 |",
        "| 2 | Dự án cảng tổng hợp (lượt) | 3 | 4 |",
    )
    assert ("2021-06", "port_vessels", Decimal(47), "exact") in found
    assert ("2021-07", "port_vessels", Decimal(52), "exact") in found
    assert not _values(found) & {Decimal(3), Decimal(4)}


def test_an_item_that_is_only_a_label_reads_with_the_indented_line_under_it(tmp_path):
    text = (
        HEADER + "Hà Tĩnh, ngày 20 tháng 12 năm 2022\n\nBÁO CÁO\nKết quả công tác đối ngoại năm 2022\n\n"
        "c) Công tác lãnh sự, trong năm:\n"
        "     phối hợp giải quyết 23 vụ việc lãnh sự, bảo hộ công dân.\n"
    )
    assert ("2022", "consular_cases", Decimal(23), "exact") in _keys(text_report(tmp_path, "bc.txt", text))


def test_a_long_lead_ending_as_follows_leaves_the_indented_lines_under_it_their_own(tmp_path):
    path = tmp_path / "bc.txt"
    path.write_text(
        HEADER + "Hà Tĩnh, ngày 20 tháng 12 năm 2022\n\nBÁO CÁO\nKết quả công tác đối ngoại năm 2022\n\n"
        "- Sở đã tham mưu UBND tỉnh triển khai đồng bộ các nhiệm vụ đối ngoại trong năm, cụ thể như sau:\n"
        "    Đoàn vào: 31 đoàn với 402 lượt khách quốc tế.\n",
        encoding="utf-8",
    )
    assert "Đoàn vào: 31 đoàn với 402 lượt khách quốc tế." in [block.text for block in read_document(path).blocks]


def test_an_estimate_note_on_a_field_of_work_reaches_the_rows_of_that_field():
    found = _published(
        "13",
        "18 tháng 12 năm 2022",
        "Báo cáo kết quả công tác đối ngoại năm 2022",
        "Ghi chú: Năm 2022, số liệu lĩnh vực PCPNN là số ước đến hết năm; các chỉ tiêu khác là số chính thức.",
        "| TT | Chỉ tiêu | Năm 2022 |",
        "|---|---|---|",
        "| 1 | Đoàn vào (đoàn) | 31 |",
        "| 2 | Dự án viện trợ PCPNN được tiếp nhận (dự án) | 19 |",
    )
    assert ("2022", "inbound_delegations", Decimal(31), "exact") in found
    assert ("2022", "ngo_projects_approved", Decimal(19), "approx") in found


def test_besides_the_assigned_indicators_what_was_done_is_a_result():
    found = _published(
        "6",
        "25 tháng 12 năm 2021",
        "Báo cáo tổng kết công tác đối ngoại năm 2021",
        "Ngoài những chỉ tiêu được giao nêu tại Phụ lục 2, Sở còn tham mưu ký kết 03 thỏa thuận quốc tế.",
    )
    assert ("2021", "intl_agreements", Decimal(3), "exact") in found


def test_a_whole_year_row_under_quarter_rows_one_of_them_narrowed_is_the_years():
    found = _rows(
        "| Quý I/2023 | 280 | 40 |",
        "| Quý II/2023 | 301 | 52 |",
        "| Quý III/2023 (riêng tiếng Lào) | 190 | 31 |",
        "| Quý IV/2023 | 255 | 47 |",
        "| Cả năm | 1.104 | 183 |",
    )
    assert ("2023", "translated_pages", Decimal(1104), "exact") in found
    assert not _values(found) & {Decimal(190), Decimal(31)}


def test_a_bracket_after_a_span_compared_with_gives_that_spans_figures():
    found = _published(
        "40",
        "18 tháng 12 năm 2025",
        "Báo cáo tổng kết công tác đối ngoại giai đoạn 2021 - 2025",
        "Giai đoạn 2021 - 2025, toàn tỉnh đã cử 250 đoàn với 900 lượt cán bộ đi công tác nước ngoài, tăng 19% so "
        "với giai đoạn 2016 - 2020 (210 đoàn với 780 lượt cán bộ).",
    )
    assert ("2016-2020", "outbound_delegations", Decimal(210), "exact") in found
    assert ("2016-2020", "outbound_persons", Decimal(780), "exact") in found


def test_a_count_said_to_be_left_out_of_the_figures_is_not_published():
    found = _rows_and_text(
        "Ngoài ra, Sở thuê đơn vị dịch thuật biên dịch 95 trang hồ sơ dự án (không tổng hợp vào số liệu của Sở)."
    )
    assert Decimal(95) not in _values(found)


def _rows_and_text(*lines: str) -> set[tuple]:
    return published_figures(
        report_text("31", "22 tháng 12 năm 2023", "Báo cáo kết quả công tác biên dịch, phiên dịch năm 2023", *lines)
    )
