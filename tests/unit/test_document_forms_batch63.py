"""Capabilities found in the sixty-third round, written here in phrasings and layouts other than any batch's.
Expected figures were written from the texts below before the code ran on them."""

from tests.unit.documents import not_published_reasons, published_figures, word_report


def test_a_table_whose_caption_column_or_row_says_preliminary_publishes_none_of_those_cells():
    text = (
        "BÁO CÁO\nKết quả công tác lãnh sự 9 tháng năm 2024\n\n"
        "Biểu 2: Số liệu sơ bộ về công tác bảo hộ công dân\n\n"
        "| STT | Nội dung | ĐVT | 9 tháng/2024 |\n|---|---|---|---|\n"
        "| 1 | Vụ việc bảo hộ công dân | vụ | 14 |\n\n"
        "Biểu 3: Hợp pháp hóa, chứng nhận lãnh sự\n\n"
        "| STT | Nội dung | ĐVT | 9 tháng/2024 (sơ bộ) | 9 tháng/2023 |\n|---|---|---|---|---|\n"
        "| 1 | Đoàn ra | đoàn | 22 | 18 |\n"
        "| 2 | Hội nghị quốc tế (số liệu chưa chốt) | hội nghị | 4 | 3 |\n"
    )
    figures = published_figures(text)
    assert ("2023-9M", "outbound_delegations", 18, "exact") in figures
    assert ("2023-9M", "intl_conferences", 3, "exact") not in figures  # (its row's words speak of every column)
    assert not {f for f in figures if f[0] == "2024-9M"}
    reasons = not_published_reasons(text)
    assert "not final" in reasons["14"] and "not final" in reasons["22"] and "not final" in reasons["4"]


def test_a_markdown_table_right_after_another_reads_its_own_header():
    figures = published_figures(
        "BÁO CÁO\nCông tác đối ngoại 6 tháng đầu năm 2023\n\n"
        "| TT | Nội dung | Đơn vị | 6 tháng 2023 | 6 tháng 2022 |\n|---|---|---|---|---|\n"
        "| 1 | Đoàn ra | đoàn | 19 | 15 |\n"
        "\n"
        "| TT | Nội dung | Đơn vị | Kế hoạch năm 2023 |\n|:--|:--|:--|--:|\n"
        "| 1 | Đoàn vào | đoàn | 40 |\n"
    )
    assert ("2023-H1", "outbound_delegations", 19, "exact") in figures
    assert ("2022-H1", "outbound_delegations", 15, "exact") in figures
    assert not {f for f in figures if f[1] == "inbound_delegations"}  # (a plan column, not the half's count)


def test_word_tables_with_nothing_written_between_them_each_read_their_own_header(tmp_path):
    report = word_report(
        tmp_path / "BC quy IV 2022.docx",
        ["BÁO CÁO", "Kết quả công tác đối ngoại quý IV năm 2022"],
        [("STT", "Chỉ tiêu", "ĐVT", "Quý IV/2022", "Quý III/2022"), ("1", "Đoàn vào", "đoàn", "11", "8")],
        next_tables=[
            [("STT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu năm 2023"), ("1", "Đoàn ra", "đoàn", "30")],
            [("STT", "Chỉ tiêu", "ĐVT", "Quý IV/2021"), ("1", "Hội nghị quốc tế", "hội nghị", "2")],
        ],
    )
    figures = {(f.period_code, f.indicator_code, int(f.value)) for f in report.figures}
    assert {("2022-Q4", "inbound_delegations", 11), ("2022-Q3", "inbound_delegations", 8)} <= figures
    assert ("2021-Q4", "intl_conferences", 2) in figures
    assert not {f for f in figures if f[1] == "outbound_delegations"}  # (a target for next year)


def test_an_estimate_written_after_its_period_covers_every_figure_under_that_label():
    figures = published_figures(
        "BÁO CÁO\nTình hình công tác đối ngoại năm 2024\n\n"
        "1. Cả năm 2024 (ước):\n"
        "- Tiếp nhận 12 dự án viện trợ phi chính phủ nước ngoài; cấp giấy đăng ký hoạt động cho 5 tổ chức phi chính phủ nước ngoài.\n"
        "2. Tháng 12/2024 ước: 4 đoàn ra/19 lượt người; 3 đoàn vào/25 lượt khách.\n"
    )
    assert {
        ("2024", "ngo_projects_approved", 12, "approx"),
        ("2024", "ngo_registrations", 5, "approx"),
        ("2024-12", "outbound_persons", 19, "approx"),
        ("2024-12", "inbound_delegations", 3, "approx"),
        ("2024-12", "inbound_visitors", 25, "approx"),
    } <= figures


def test_a_paragraphs_period_goes_on_to_the_next_sentence_but_its_estimate_does_not():
    figures = published_figures(
        "BÁO CÁO\nKết quả công tác đối ngoại năm 2023\n\n"
        "Năm 2023 ước đón 38 đoàn vào với 410 lượt khách. Sở đã tham mưu tổ chức 9 hội nghị quốc tế.\n"
    )
    assert ("2023", "inbound_delegations", 38, "approx") in figures
    assert ("2023", "intl_conferences", 9, "exact") in figures


def test_a_level_to_the_end_of_a_quarter_is_the_level_on_its_last_day():
    text = (
        "BÁO CÁO\nKết quả công tác đối ngoại 6 tháng đầu năm 2026\n\n"
        "Tính đến hết quý II năm 2026, trên địa bàn tỉnh có 41 tổ chức phi chính phủ nước ngoài có giấy đăng ký hoạt "
        "động.\n"
        "Đến cuối quý I/2026 có 39 tổ chức phi chính phủ nước ngoài có giấy đăng ký hoạt động.\n"
    )
    figures = published_figures(text)
    assert ("2026-H1", "ngos_registered_total", 41, "exact") in figures
    assert not {f for f in figures if f[2] == 39}  # (a level before the report's period ended)
    assert "not the end of the report's period" in not_published_reasons(text)["39"]


def test_a_running_total_to_a_day_is_no_count_of_a_period_that_does_not_start_the_year():
    for title, period in (("tháng 6 năm 2023", "2023-06"), ("quý II năm 2023", "2023-Q2")):
        text = (
            f"BÁO CÁO\nCông tác lãnh sự {title}\n\n"
            "Lũy kế đến hết quý II/2023, Sở đã chứng nhận lãnh sự, hợp pháp hóa lãnh sự 310 hồ sơ.\n"
            "Tính đến ngày 30/6/2023, đã tiếp nhận 27 hồ sơ đề nghị cấp hộ chiếu công vụ.\n"
            "Trong kỳ, phối hợp giải quyết 4 vụ việc bảo hộ công dân.\n"
        )
        figures = published_figures(text)
        assert (period, "consular_cases", 4, "exact") in figures
        assert not {f for f in figures if f[2] in (310, 27)}
        assert "running total" in not_published_reasons(text)["310"]


def test_a_markdown_heading_naming_only_the_department_is_no_title_and_a_title_in_capitals_follows():
    figures = published_figures(
        "# UBND TỈNH HÀ TĨNH - SỞ NGOẠI VỤ\n\n---\n\n## Trang 1\n\n"
        "**KẾT QUẢ CÔNG TÁC ĐỐI NGOẠI QUÝ III NĂM 2023**\n\nHà Tĩnh, tháng 10/2023\n\n---\n\n"
        "## Trang 2 — Đoàn ra\n\n- Cử 12 đoàn ra với 47 lượt cán bộ\n"
    )
    assert {("2023-Q3", "outbound_delegations", 12, "exact"), ("2023-Q3", "outbound_persons", 47, "exact")} <= figures


def test_the_number_of_a_slide_or_an_annex_in_a_heading_is_no_figure():
    text = (
        "BÁO CÁO\nKết quả công tác đối ngoại năm 2022\n\n"
        "## Slide 3: Hội nghị, hội thảo quốc tế\n\n- Năm 2022 tổ chức 8 hội nghị quốc tế.\n\n"
        "## Bản chiếu 5 — Thỏa thuận quốc tế\n\nPhụ lục 2: Danh mục 4 thỏa thuận quốc tế đã ký kết\n"
    )
    figures = published_figures(text)
    assert ("2022", "intl_conferences", 8, "exact") in figures
    assert not {f for f in figures if f[2] in (3, 5, 2)}


def test_a_bare_value_after_last_years_label_is_that_years_and_leaves_the_first_figure_alone():
    figures = published_figures(
        "BÁO CÁO\nKết quả công tác đối ngoại 9 tháng năm 2026\n\n"
        "- Đã ký kết 5 thỏa thuận quốc tế — cùng kỳ năm 2025: 3\n"
    )
    assert {("2026-9M", "intl_agreements", 5, "exact"), ("2025-9M", "intl_agreements", 3, "exact")} <= figures


def test_a_month_marked_as_last_years_same_period_right_of_another_month_is_that_month(tmp_path):
    report = word_report(
        tmp_path / "BC thang 3 2026.docx",
        ["BÁO CÁO", "Kết quả công tác đối ngoại tháng 3 năm 2026"],
        [
            ("TT", "Nội dung", "ĐVT", "Tháng 3/2026", "Tháng 2/2026", "Tháng 3/2025 (cùng kỳ)"),
            ("1", "Đoàn vào", "đoàn", "7", "4", "6"),
        ],
    )
    figures = {(f.period_code, f.indicator_code, int(f.value)) for f in report.figures}
    assert {("2026-03", "inbound_delegations", 7), ("2025-03", "inbound_delegations", 6)} <= figures


def test_a_letter_subject_wrapped_onto_a_second_line_of_its_letterhead_cell_names_the_period(tmp_path):
    import docx

    from dagster_project.documents.extract import extract_figures
    from dagster_project.documents.reader import read_document

    document = docx.Document()
    letterhead = document.add_table(rows=1, cols=2)
    letterhead.cell(0, 0).text = "Số: 77/SNgV-LS\nV/v báo cáo số liệu công tác lãnh sự\n6 tháng đầu năm 2026"
    letterhead.cell(0, 1).text = "Hà Tĩnh, ngày 03 tháng 7 năm 2026"
    document.add_paragraph("Kính gửi: Cục Lãnh sự - Bộ Ngoại giao.")
    document.add_paragraph("Sở đã phối hợp giải quyết 9 vụ việc lãnh sự, bảo hộ công dân.")
    path = tmp_path / "CV so lieu lanh su.docx"
    document.save(path)
    report = extract_figures(read_document(path))
    assert report.period_code == "2026-H1"
    assert {(f.period_code, f.indicator_code, int(f.value)) for f in report.figures} == {
        ("2026-H1", "consular_cases", 9)
    }


def test_since_the_start_of_the_year_in_a_report_on_a_quarter_and_its_nine_months_is_the_nine_months():
    text = (
        "BÁO CÁO\nTình hình công tác đối ngoại quý III và 9 tháng năm 2025\n\n"
        "Từ đầu năm đến nay, tỉnh đã đón 27 đoàn vào với 301 lượt khách quốc tế; riêng quý III đón 8 đoàn.\n"
        "Từ đầu năm đến ngày 15/9/2025, cấp 12 hồ sơ hộ chiếu công vụ.\n"
    )
    figures = published_figures(text)
    assert {("2025-9M", "inbound_delegations", 27, "exact"), ("2025-Q3", "inbound_delegations", 8, "exact")} <= figures
    assert not {f for f in figures if f[2] == 12}  # (to a day the period may not end on: waits)


def test_notable_cases_listed_under_their_label_are_examples_not_the_periods_count():
    text = (
        "BÁO CÁO\nCông tác bảo hộ công dân năm 2021\n\n"
        "Năm 2021, Sở phối hợp giải quyết 15 vụ việc lãnh sự, bảo hộ công dân.\n"
        "Một số vụ việc nổi bật:\n- Hỗ trợ xác minh nhân thân cho 11 trường hợp công dân tử vong ở nước ngoài.\n"
    )
    assert published_figures(text) == {("2021", "consular_cases", 15, "exact")}
    assert "example" in not_published_reasons(text)["11"]


def test_a_row_of_several_counted_nouns_and_what_was_done_to_them_is_a_measure_under_its_caption():
    figures = published_figures(
        "BÁO CÁO\nCông tác viện trợ phi chính phủ nước ngoài năm 2023\n\n"
        "Bảng 2. Kết quả vận động viện trợ PCPNN năm 2023\n\n"
        "| TT | Chỉ tiêu | ĐVT | Quý I | Quý II | Cả năm |\n|---|---|---|---|---|---|\n"
        "| 1 | Chương trình, dự án, khoản viện trợ được phê duyệt, tiếp nhận | dự án | 3 | 5 | 17 |\n"
    )
    assert {("2023-Q1", "ngo_projects_approved", 3, "exact"), ("2023", "ngo_projects_approved", 17, "exact")} <= figures


def test_the_parts_listed_after_gom_are_parts_even_with_words_before_their_numbers():
    text = (
        "BÁO CÁO\nCông tác phi chính phủ nước ngoài 6 tháng đầu năm 2024\n\n"
        "Trong 6 tháng, Sở tham mưu cấp, gia hạn Giấy đăng ký hoạt động cho 6 tổ chức phi chính phủ nước ngoài, "
        "bao gồm: cấp mới 01 tổ chức, gia hạn 04 tổ chức và bổ sung địa bàn cho 01 tổ chức.\n"
    )
    assert published_figures(text) == {("2024-H1", "ngo_registrations", 6, "exact")}
    assert "sub-count" in not_published_reasons(text)["04"]


# Found by a second reader of this round's change.


def test_an_estimate_label_covers_its_lines_only_not_the_next_label_and_its_lines():
    figures = published_figures(
        "BÁO CÁO\nTổng kết công tác đối ngoại năm 2024\n\n"
        "Cả năm 2024 (ước):\n- 51 đoàn ra;\n- 44 đoàn vào.\n"
        "Công tác người Việt Nam ở nước ngoài và lãnh sự:\n- Phối hợp giải quyết 18 vụ việc bảo hộ công dân.\n"
    )
    assert {("2024", "outbound_delegations", 51, "approx"), ("2024", "consular_cases", 18, "exact")} <= figures


def test_a_note_or_a_cell_saying_preliminary_keeps_that_row_or_cell_from_publishing():
    text = (
        "BÁO CÁO\nKết quả công tác đối ngoại 6 tháng đầu năm 2026\n\n"
        "| TT | Nội dung | 6 tháng 2026 | Ghi chú |\n|---|---|---|---|\n"
        "| 1 | Hội nghị quốc tế (hội nghị) | 6 | Số liệu sơ bộ |\n"
        "| 2 | Đoàn vào (đoàn) | 17 (chưa chốt) | |\n"
        "| 3 | Đoàn ra (đoàn) | 21 | |\n"
    )
    assert published_figures(text) == {("2026-H1", "outbound_delegations", 21, "exact")}


def test_an_estimate_line_right_above_a_table_makes_its_figures_estimates():
    figures = published_figures(
        "BÁO CÁO\nTổng kết công tác đối ngoại năm 2023\n\nƯớc thực hiện năm 2023:\n\n"
        "| Chỉ tiêu | Số lượng |\n|---|---|\n| Đoàn vào (đoàn) | 47 |\n"
    )
    assert ("2023", "inbound_delegations", 47, "approx") in figures


def test_bare_year_columns_in_a_report_on_part_of_the_year_wait():
    text = (
        "BÁO CÁO\nKết quả công tác đối ngoại quý II năm 2024\n\n"
        "| Nội dung | 2023 | 2024 |\n|---|---|---|\n| Đoàn ra (đoàn) | 11 | 14 |\n"
    )
    assert not published_figures(text)
    assert "names only a year" in not_published_reasons(text)["11"]


def test_a_result_of_a_month_after_the_report_was_written_is_a_misread():
    text = (
        "BÁO CÁO\nKết quả công tác lãnh sự tháng 02 năm 2026\nHà Tĩnh, ngày 26 tháng 02 năm 2026\n\n"
        "| TT | Nội dung | Tháng 02 | Tháng 11 |\n|---|---|---|---|\n| 1 | Vụ việc bảo hộ công dân (vụ) | 2 | 4 |\n"
    )
    assert published_figures(text) == {("2026-02", "consular_cases", 2, "exact")}
    assert "2026-11" in not_published_reasons(text)["4"]


def test_a_number_after_thang_that_no_month_has_is_a_figure():
    figures = published_figures(
        "BÁO CÁO\nKết quả công tác đối ngoại quý III năm 2026\n\nTrong quý cử 9 đoàn ra; cộng dồn 9 tháng 27 đoàn ra.\n"
    )
    assert {
        ("2026-Q3", "outbound_delegations", 9, "exact"),
        ("2026-9M", "outbound_delegations", 27, "exact"),
    } <= figures


def test_a_running_total_column_and_last_years_column_beside_it_wait_in_a_quarterly_report():
    text = (
        "BÁO CÁO\nKết quả công tác lãnh sự quý II năm 2025\n\n"
        "| Nội dung | Quý II/2025 | Lũy kế đến hết ngày 30/6/2025 | Cùng kỳ năm 2024 |\n|---|---|---|---|\n"
        "| Vụ việc bảo hộ công dân (vụ) | 4 | 9 | 7 |\n"
    )
    assert published_figures(text) == {("2025-Q2", "consular_cases", 4, "exact")}
    reasons = not_published_reasons(text)
    assert "running total" in reasons["9"] and "not certain" in reasons["7"]
