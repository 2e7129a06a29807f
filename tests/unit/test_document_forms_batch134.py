"""Capabilities of the hundred-and-thirty-fourth round, written here in phrasings other than the reports that showed
the need. Expected figures were written from the texts below before the code ran on them."""

from decimal import Decimal

from tests.unit.documents import (
    not_published_reasons,
    published_figures,
    report_text,
    text_report,
    word_report,
)


def _figures(extraction) -> set[tuple]:
    return {(f.period_code, f.indicator_code, f.value.normalize(), f.qualifier) for f in extraction.figures}


def test_a_clause_of_a_term_and_a_count_continues_the_training_clause_before_it():
    text = report_text(
        "12",
        "10 tháng 01 năm 2024",
        "Kết quả công tác đối ngoại năm 2023",
        "2. Về đoàn ra",
        "Năm 2023 tỉnh cử 07 đoàn với 25 lượt cán bộ đi tập huấn ở nước ngoài; nhiệm kỳ 2016 - 2020 là 120 đoàn với"
        " 300 lượt cán bộ.",
    )
    published = published_figures(text)
    assert ("2023", "training_delegations", Decimal(7), "exact") in published
    assert not {figure for figure in published if figure[0] == "2016-2020"}


def test_a_sentence_after_one_opening_with_another_period_takes_no_headings_period():
    text = report_text(
        "31",
        "28 tháng 9 năm 2024",
        "Kết quả công tác đối ngoại quý III năm 2024",
        "I. KẾT QUẢ QUÝ III",
        "Đối với công tác lãnh sự, 9 tháng đầu năm đã phối hợp xử lý 20 vụ việc lãnh sự. Sở đã tiếp nhận 40 hồ sơ cấp"
        " mới hộ chiếu công vụ.",
        "Trong quý III, tỉnh đón 06 đoàn vào.",
    )
    published = published_figures(text)
    assert ("2024-9M", "consular_cases", Decimal(20), "exact") in published
    assert ("2024-Q3", "inbound_delegations", Decimal(6), "exact") in published
    assert not {figure for figure in published if figure[1] == "official_passports_issued"}
    assert "9 thang dau nam" in not_published_reasons(text)["40"]


def test_an_estimate_opening_a_sentence_carries_through_its_clauses():
    text = report_text(
        "41",
        "16 tháng 12 năm 2024",
        "Kết quả công tác đối ngoại năm 2024",
        "Ước cả năm 2024, toàn tỉnh đón 52 đoàn vào; cử 48 đoàn ra.",
    )
    assert published_figures(text) == {
        ("2024", "inbound_delegations", Decimal(52), "approx"),
        ("2024", "outbound_delegations", Decimal(48), "approx"),
    }


def test_a_forms_column_of_the_period_it_reports_is_that_period(tmp_path):
    extraction = word_report(
        tmp_path / "bieu.docx",
        ["SỞ NGOẠI VỤ TỈNH HÀ TĨNH", "BIỂU THỐNG KÊ HOẠT ĐỘNG ĐỐI NGOẠI", "Kỳ báo cáo: Quý III năm 2024"],
        [
            ("Chỉ tiêu", "Mã số", "ĐVT", "Kỳ này", "Cùng kỳ năm trước", "Tỷ lệ (%)"),
            ("A", "B", "C", "1", "2", "3"),
            ("Số đoàn vào", "05", "Đoàn", "14", "11", "127,3"),
            ("Số hội nghị, hội thảo quốc tế", "07", "Hội nghị", "3", "2", "150,0"),
        ],
    )
    assert _figures(extraction) == {
        ("2024-Q3", "inbound_delegations", Decimal(14), "exact"),
        ("2023-Q3", "inbound_delegations", Decimal(11), "exact"),
        ("2024-Q3", "intl_conferences", Decimal(3), "exact"),
        ("2023-Q3", "intl_conferences", Decimal(2), "exact"),
    }


_RULE = "-" * 78


def test_a_yearbook_table_laid_out_with_spaces_reads_under_its_two_line_header(tmp_path):
    header = [
        "                                        Đơn vị tính     2021     2022     2023",
        "                                        Unit",
    ]
    table = [
        "Đoàn vào - Inbound delegations",
        "  Số đoàn - Number                      Đoàn              9       27       41",
        "Hội nghị - Conferences",
        "  Số hội nghị, hội thảo quốc tế         Hội nghị          2        6        9",
    ]
    second = ["  Số thỏa thuận quốc tế được ký kết    Thỏa thuận        1        4        5"]
    extraction = text_report(
        tmp_path,
        "nien_giam.txt",
        "\n".join(
            [
                "NIÊN GIÁM THỐNG KÊ TỈNH HÀ TĨNH - CHƯƠNG ĐỐI NGOẠI",
                "",
                "Biểu 1. Đoàn vào và hội nghị",
                _RULE,
                *header,
                _RULE,
                *table,
                _RULE,
                "",
                "Biểu 2. Thỏa thuận quốc tế",
                _RULE,
                *header,
                _RULE,
                *second,
                _RULE,
                "",
            ]
        ),
    )
    assert {(f.period_code, f.indicator_code, f.value) for f in extraction.figures} == {
        ("2021", "inbound_delegations", Decimal(9)),
        ("2022", "inbound_delegations", Decimal(27)),
        ("2023", "inbound_delegations", Decimal(41)),
        ("2021", "intl_conferences", Decimal(2)),
        ("2022", "intl_conferences", Decimal(6)),
        ("2023", "intl_conferences", Decimal(9)),
        ("2021", "intl_agreements", Decimal(1)),
        ("2022", "intl_agreements", Decimal(4)),
        ("2023", "intl_agreements", Decimal(5)),
    }


def test_a_table_of_percentages_or_index_numbers_holds_no_counts():
    in_percent = report_text(
        "15",
        "20 tháng 01 năm 2025",
        "Số liệu đối ngoại các năm 2022 - 2024",
        "Bảng 3. Tốc độ phát triển số đoàn",
        "Đơn vị tính: %",
        "| Chỉ tiêu | 2022 | 2023 | 2024 |",
        "|---|---|---|---|",
        "| Số đoàn ra | 240 | 158 | 118 |",
    )
    indexed = report_text(
        "16",
        "20 tháng 01 năm 2025",
        "Số liệu đối ngoại các năm 2022 - 2024",
        "Bảng 4. Chỉ số phát triển đoàn vào (năm trước = 100)",
        "| Chỉ tiêu | 2022 | 2023 | 2024 |",
        "|---|---|---|---|",
        "| Số đoàn vào | 300 | 152 | 115 |",
    )
    assert published_figures(in_percent) == set()
    assert published_figures(indexed) == set()


def test_a_count_written_with_a_decimal_place_is_no_count():
    text = report_text(
        "17",
        "20 tháng 01 năm 2025",
        "Số liệu đối ngoại năm 2024",
        "| Chỉ tiêu | Năm 2023 | Năm 2024 |",
        "|---|---|---|",
        "| Số đoàn ra | 38 | 45,0 |",
        "| Số đoàn vào | 41 | 47 |",
    )
    assert published_figures(text) == {
        ("2023", "outbound_delegations", Decimal(38), "exact"),
        ("2023", "inbound_delegations", Decimal(41), "exact"),
        ("2024", "inbound_delegations", Decimal(47), "exact"),
    }
    assert "decimal place" in not_published_reasons(text)["45,0"]


def test_a_series_parted_by_middle_dots_gives_each_value_its_year():
    text = report_text(
        "18",
        "20 tháng 01 năm 2025",
        "Báo cáo thường niên năm 2024",
        "Số thỏa thuận quốc tế được ký kết theo năm: 2022: 4 thỏa thuận · 2023: 5 thỏa thuận · 2024: 6 thỏa thuận.",
    )
    assert published_figures(text) == {
        ("2022", "intl_agreements", Decimal(4), "exact"),
        ("2023", "intl_agreements", Decimal(5), "exact"),
        ("2024", "intl_agreements", Decimal(6), "exact"),
    }


def test_a_value_column_of_a_year_is_that_years():
    text = report_text(
        "19",
        "20 tháng 01 năm 2024",
        "Một số chỉ tiêu đối ngoại năm 2023",
        "| Chỉ tiêu | Giá trị 2023 | So với 2022 |",
        "|---|---|---|",
        "| Hội nghị, hội thảo quốc tế | 9 hội nghị | +3 |",
    )
    assert published_figures(text) == {("2023", "intl_conferences", Decimal(9), "exact")}


def test_a_press_conference_record_dates_year_less_periods_but_not_every_figure(tmp_path):
    extraction = text_report(
        tmp_path,
        "hop_bao.txt",
        "VĂN PHÒNG UBND TỈNH HÀ TĨNH\n\nBẢN GỠ BĂNG\nHỌP BÁO THƯỜNG KỲ QUÝ III NĂM 2024\n\n"
        "GIÁM ĐỐC SỞ NGOẠI VỤ:\nTrong 9 tháng đầu năm, tỉnh đón 33 đoàn vào.\n\nPHÓNG VIÊN:\nXin hỏi về hộ chiếu?\n\n"
        "GIÁM ĐỐC SỞ NGOẠI VỤ:\nSở đã giải quyết 45 hồ sơ hộ chiếu công vụ, không có hồ sơ trễ hẹn.\n",
    )
    assert extraction.period_code is None
    assert _figures(extraction) == {("2024-9M", "inbound_delegations", Decimal(33), "exact")}


def test_a_one_column_table_boxing_text_is_read_as_its_paragraphs(tmp_path):
    import docx

    from dagster_project.documents.extract import extract_figures
    from dagster_project.documents.reader import read_document

    document = docx.Document()
    for line in ("SỞ NGOẠI VỤ TỈNH HÀ TĨNH", "TỜ THÔNG TIN VỀ BẢO HỘ CÔNG DÂN"):
        document.add_paragraph(line)
    box = document.add_table(rows=1, cols=1).cell(0, 0)
    box.text = "NĂM 2024, SỞ NGOẠI VỤ ĐÃ:"
    box.add_paragraph("- Phối hợp xử lý 58 vụ việc lãnh sự và bảo hộ công dân;")
    box.add_paragraph("- Tiếp nhận 402 hồ sơ chứng nhận lãnh sự, hợp pháp hóa lãnh sự.")
    path = tmp_path / "to_thong_tin.docx"
    document.save(path)
    assert _figures(extract_figures(read_document(path))) == {
        ("2024", "consular_cases", Decimal(58), "exact"),
        ("2024", "consular_legalisations", Decimal(402), "exact"),
    }


def test_an_annex_title_naming_a_year_dates_the_annex(tmp_path):
    extraction = text_report(
        tmp_path,
        "quyet_dinh.txt",
        "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\nSố: 120/QĐ-UBND\nHà Tĩnh, ngày 10 tháng 3 năm 2025\n\nQUYẾT ĐỊNH\n"
        "Về việc tặng Bằng khen\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n\n"
        + "".join(f"Căn cứ văn bản số {n}/2020/QĐ-UBND của UBND tỉnh;\n" for n in range(10, 22))
        + "\nQUYẾT ĐỊNH:\n\nĐiều 1. Tặng Bằng khen cho 01 tập thể.\n\nĐiều 2. Quyết định có hiệu lực kể từ ngày ký.\n\n"
        "PHỤ LỤC\n"
        "TÓM TẮT THÀNH TÍCH CỦA SỞ NGOẠI VỤ NĂM 2024\n\nI. KẾT QUẢ\n\nTham mưu tổ chức 11 hội nghị, hội thảo quốc tế;"
        " tiếp nhận 17 hài cốt liệt sỹ quân tình nguyện Việt Nam hy sinh tại Lào.\n",
    )
    assert {(f.period_code, f.indicator_code, f.value) for f in extraction.figures} == {
        ("2024", "intl_conferences", Decimal(11)),
        ("2024", "remains_repatriated", Decimal(17)),
    }


def test_a_bilingual_table_writing_a_leading_zero_in_one_language_agrees():
    text = report_text(
        "20",
        "15 tháng 01 năm 2025",
        "Tóm tắt công tác đối ngoại năm 2024",
        "| Tiếng Việt | English |",
        "|---|---|",
        "| Năm 2024 tỉnh ký kết 06 thỏa thuận quốc tế. | In 2024 the province signed 6 international agreements. |",
    )
    assert published_figures(text) == {("2024", "intl_agreements", Decimal(6), "exact")}


def test_the_end_of_a_running_total_or_a_term_is_not_the_period_reported():
    text = report_text(
        "22",
        "25 tháng 6 năm 2024",
        "Kết quả công tác đối ngoại 6 tháng đầu năm 2024",
        "Tính từ đầu nhiệm kỳ tới kỳ báo cáo, tỉnh đã tiếp nhận 96 hài cốt liệt sỹ quân tình nguyện.",
        "Nhiệm kỳ này, tỉnh đã tổ chức 31 hội nghị, hội thảo quốc tế.",
        "Kỳ báo cáo trước, Sở đã xử lý 12 vụ việc lãnh sự.",
        "Trong kỳ báo cáo, tỉnh đón 20 đoàn vào.",
    )
    assert published_figures(text) == {("2024-H1", "inbound_delegations", Decimal(20), "exact")}


def test_a_running_header_between_rules_over_prose_stays_page_furniture(tmp_path):
    rule = "_" * 60
    extraction = text_report(
        tmp_path,
        "bao_cao_nam.txt",
        "UBND TỈNH HÀ TĨNH\nSỞ NGOẠI VỤ\nSố: 9/BC-SNgV\nHà Tĩnh, ngày 20 tháng 12 năm 2023\n\nBÁO CÁO\n"
        "Kết quả công tác đối ngoại năm 2023\n\nIII. RIÊNG QUÝ IV\n\nTrong quý, Sở đã tiếp nhận 14 hồ sơ cấp mới hộ chiếu"
        f"\n{rule}\nSỞ NGOẠI VỤ HÀ TĨNH        BÁO CÁO ĐỐI NGOẠI NĂM 2023\n{rule}\n"
        "công vụ và phối hợp xử lý 05 vụ việc lãnh sự.\n"
        f"\n{rule}\nSỞ NGOẠI VỤ HÀ TĨNH        BÁO CÁO ĐỐI NGOẠI NĂM 2023\n{rule}\n"
        "Sở đã biên dịch 120 trang tài liệu.\n",
    )
    assert {(f.period_code, f.indicator_code) for f in extraction.figures} == {
        ("2023-Q4", "consular_cases"),
        ("2023-Q4", "translated_pages"),
    }


def test_a_boxs_first_line_dates_the_lines_of_the_box(tmp_path):
    import docx

    from dagster_project.documents.extract import extract_figures
    from dagster_project.documents.reader import read_document

    document = docx.Document()
    for line in ("UBND TỈNH HÀ TĨNH", "SỞ NGOẠI VỤ", "Hà Tĩnh, ngày 20 tháng 6 năm 2024", "BÁO CÁO"):
        document.add_paragraph(line)
    document.add_paragraph("Kết quả công tác đối ngoại 6 tháng đầu năm 2024")
    document.add_paragraph("Trong 6 tháng đầu năm, tỉnh cử 21 đoàn ra.")
    box = document.add_table(rows=3, cols=1)
    box.cell(0, 0).text = "Cùng kỳ năm 2023"
    box.cell(1, 0).text = "Đoàn ra: 17 đoàn"
    box.cell(2, 0).text = "Thỏa thuận quốc tế: 2 thỏa thuận"
    document.add_paragraph("Sở đã biên dịch 310 trang tài liệu.")
    path = tmp_path / "bao_cao_6_thang.docx"
    document.save(path)
    assert _figures(extract_figures(read_document(path))) == {
        ("2024-H1", "outbound_delegations", Decimal(21), "exact"),
        ("2023-H1", "outbound_delegations", Decimal(17), "exact"),
        ("2023-H1", "intl_agreements", Decimal(2), "exact"),
        ("2024-H1", "translated_pages", Decimal(310), "exact"),
    }


def test_dots_between_bare_years_or_after_a_bare_label_part_nothing():
    text = report_text(
        "23",
        "15 tháng 01 năm 2025",
        "Kết quả công tác đối ngoại năm 2024",
        "Số thỏa thuận quốc tế các năm 2022 · 2023 · 2024 tương ứng là 4, 5 và 6 thỏa thuận.",
        "Hội nghị quốc tế · 2023: 7 · 2024: 9.",
    )
    assert published_figures(text) == set()


def test_a_briefings_record_dates_no_this_month_nor_this_year(tmp_path):
    extraction = text_report(
        tmp_path,
        "go_bang.txt",
        "BẢN GỠ BĂNG\nHỌP BÁO THƯỜNG KỲ THÁNG 7 NĂM 2025\n\nGIÁM ĐỐC SỞ NGOẠI VỤ:\n"
        "Trong tháng, Sở đã tiếp nhận 6 hồ sơ cấp mới hộ chiếu công vụ. Trong năm, tỉnh đã tổ chức 4 hội nghị, hội thảo"
        " quốc tế. Sáu tháng đầu năm, tỉnh đón 25 đoàn vào.\n",
    )
    assert _figures(extraction) == {("2025-H1", "inbound_delegations", Decimal(25), "exact")}


def test_a_caption_in_percent_and_its_translation_keep_their_table_from_counts():
    text = report_text(
        "24",
        "20 tháng 01 năm 2025",
        "Số liệu đối ngoại các năm 2023 - 2024",
        "Biểu 2. Tỷ trọng đoàn ra sang Lào (%)",
        "| Chỉ tiêu | 2023 | 2024 |",
        "|---|---|---|",
        "| Số đoàn ra | 45 | 52 |",
        "Biểu 3. Tốc độ tăng số đoàn vào",
        "Growth of inbound delegations",
        "| Chỉ tiêu | 2023 | 2024 |",
        "|---|---|---|",
        "| Số đoàn vào | 112 | 118 |",
    )
    assert published_figures(text) == set()


def test_a_note_estimating_this_periods_figures_never_leaves_them_exact():
    table = (
        "| TT | Chỉ tiêu | Quý III/2023 | Quý III/2024 |\n"
        "|---|---|---|---|\n"
        "| 1 | Số đoàn vào | 11 | 14 |\n"
        "| 2 | Số vụ việc lãnh sự | 5 | 7 |\n"
    )
    head = report_text("25", "25 tháng 9 năm 2024", "Kết quả công tác đối ngoại quý III năm 2024")
    for note in ("Ghi chú: số liệu trong quý là số ước.", "Ghi chú: số liệu kỳ này là số ước."):
        published = published_figures(head + table + note + "\n")
        assert not {figure for figure in published if figure[0] == "2024-Q3" and figure[3] == "exact"}, note
