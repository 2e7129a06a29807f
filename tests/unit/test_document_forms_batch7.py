"""Capabilities found by the seventh batch of style reports (run once blind before any change),
each written here in phrasings and layouts other than the batch's."""

from decimal import Decimal

from dagster_project.documents.extract import extract_figures
from dagster_project.documents.reader import read_document
from tests.unit.documents import extract_text, not_published_reasons, published_figures


def test_a_word_row_with_a_blank_number_cell_keeps_its_cells_under_their_headers(tmp_path):
    """A Word row whose first cell is empty reads " | label | …": the empty cell is a cell, so the
    ratio column stays a ratio column and each value stays under its own period."""
    import docx

    document = docx.Document()
    document.add_paragraph("BÁO CÁO")
    document.add_paragraph("Tình hình công tác đối ngoại 6 tháng đầu năm 2025")
    rows = [
        ("STT", "Nội dung", "6 tháng 2025", "6 tháng 2024", "Tăng, giảm (%)"),
        ("1", "Đoàn khách quốc tế đến tỉnh", "20 đoàn", "16 đoàn", "125,0"),
        ("", "Trong đó: đoàn các cơ quan đại diện nước ngoài", "05 đoàn", "02 đoàn", "250,0"),
    ]
    table = document.add_table(rows=len(rows), cols=5)
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            table.cell(row, column).text = value
    path = tmp_path / "bang.docx"
    document.save(path)
    extraction = extract_figures(read_document(path))
    found = {(f.period_code, f.value.normalize()) for f in extraction.figures}
    assert ("2025-H1", Decimal(5)) in found and ("2024-H1", Decimal(2)) in found
    assert not {value for _, value in found} & {Decimal(2) * 125, Decimal(250), Decimal(125)}
    assert ("2025-H1", Decimal(2)) not in found


SPAN = "BÁO CÁO\nTổng kết công tác đối ngoại giai đoạn 2021 - 2025\n"


def test_a_stock_is_the_level_at_a_years_end_never_a_span_of_years():
    dated = SPAN + "Tính đến 31/12/2025, toàn tỉnh có 1.240 lưu học sinh Lào đang học tập.\n"
    assert ("2025", "lao_students", Decimal(1240), "exact") in published_figures(dated)
    assert not [f for f in extract_text(dated).figures if f.period_code == "2021-2025"]
    undated = SPAN + "Hiện nay, có 42 tổ chức phi chính phủ nước ngoài có giấy đăng ký hoạt động trên địa bàn.\n"
    assert not [f for f in extract_text(undated).figures if f.indicator_code == "ngos_registered_total"]
    assert "42" in {item.value_as_written for item in extract_text(undated).review}


def test_a_note_that_a_periods_values_are_estimates_reaches_every_table_value_of_that_period():
    table = (
        "| TT | Nội dung | 6 tháng 2024 | 6 tháng 2025 |\n"
        "| 1 | Hồ sơ hợp pháp hóa lãnh sự | 140 | 152 |\n"
        "| 2 | Hội nghị, hội thảo quốc tế | 4 | 6 |\n"
    )
    head = "BÁO CÁO\nSố liệu công tác lãnh sự 6 tháng đầu năm 2025\n"
    noted = head + table + "Lưu ý: các số liệu 6 tháng năm 2025 đều là số ước, sẽ cập nhật sau.\n"
    assert published_figures(noted) == {
        ("2024-H1", "consular_legalisations", Decimal(140), "exact"),
        ("2025-H1", "consular_legalisations", Decimal(152), "approx"),
        ("2024-H1", "intl_conferences", Decimal(4), "exact"),
        ("2025-H1", "intl_conferences", Decimal(6), "approx"),
    }
    # A note whose period is not understood leaves the table's qualifiers unsettled: review, never exact.
    unsettled = head + "(Số liệu kỳ này là số ước.)\n" + table
    assert not {f for f in published_figures(unsettled) if f[3] == "exact"}
    assert {"140", "152"} <= {item.value_as_written for item in extract_text(unsettled).review}


def test_a_group_row_names_what_the_rows_under_it_count_and_a_row_note_can_unsettle_a_period():
    text = "BÁO CÁO\nSố liệu xuất nhập cảnh năm 2026\n" + (
        "| TT | Nội dung | Đơn vị | 2025 | 2026 | Ghi chú |\n"
        "|---|---|---|---|---|---|\n"
        "| A | Qua cửa khẩu quốc tế Cha Lo | | | | |\n"
        "| 1 | Lượt khách xuất, nhập cảnh | lượt | 120.400 | 131.950 | Năm 2026 tính đến hết tháng 11 |\n"
        "| 2 | Phương tiện xuất, nhập cảnh | lượt phương tiện | 20.310 | 22.006 | Kể cả xe quá cảnh |\n"
    )
    assert published_figures(text) == {
        ("2025", "border_crossings_persons", Decimal(120400), "exact"),
        ("2025", "border_crossings_vehicles", Decimal(20310), "exact"),
        ("2026", "border_crossings_vehicles", Decimal(22006), "exact"),
    }
    assert "note" in not_published_reasons(text)["131.950"]
    # Without the group row the rows name no gate: nothing published.
    assert published_figures(text.replace("| A | Qua cửa khẩu quốc tế Cha Lo | | | | |\n", "")) == set()


LETTER = """UBND TỈNH HÀ TĨNH                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ NGOẠI VỤ                              Độc lập - Tự do - Hạnh phúc
Số: 77/SNV-LS                        Hà Tĩnh, ngày 05 tháng 10 năm 2026
V/v báo cáo kết quả quan hệ với tỉnh
Savannakhet (Lào) quý III năm 2026
Kính gửi: Ủy ban nhân dân tỉnh
"""


def test_a_letters_subject_over_several_lines_names_its_period_and_partner():
    text = LETTER + (
        "1. Tỉnh ký kết 01 biên bản hợp tác quốc tế với tỉnh Savannakhet về giáo dục.\n"
        "2. Trong quý, toàn tỉnh đón 14 đoàn khách quốc tế đến làm việc.\n"
        "3. Hiện có 402 lưu học sinh Lào đang học tập tại tỉnh.\n"
    )
    extraction = extract_text(text)
    assert extraction.period_code == "2026-Q3"
    # ("Hiện có 402 lưu học sinh" in a letter dated 05/10: the level in October, not at the quarter's end)
    assert published_figures(text) == {("2026-Q3", "inbound_delegations", Decimal(14), "exact")}
    assert "cooperation with savannakhet" in not_published_reasons(text)["01"]
    # The same sentence in a report on the province's whole work is its figure.
    whole = (
        "BÁO CÁO\nCông tác đối ngoại quý III năm 2026\n"
        "1. Tỉnh ký kết 01 biên bản hợp tác quốc tế với tỉnh Savannakhet.\n"
    )
    assert published_figures(whole) == {("2026-Q3", "intl_agreements", Decimal(1), "exact")}


def test_trade_through_one_gate_is_not_the_provinces_trade():
    text = "BÁO CÁO\nTình hình kinh tế đối ngoại năm 2026\n" + (
        "Kim ngạch xuất nhập khẩu qua cảng Vũng Áng ước đạt 920 triệu USD. "
        "Tổng kim ngạch xuất nhập khẩu của tỉnh đạt 5,1 tỷ USD.\n"
    )
    assert published_figures(text) == {("2026", "export_import_turnover", Decimal("5.1E+9"), "exact")}


def test_words_in_brackets_of_a_row_label_describe_it_and_do_not_make_it_a_ratio():
    text = "BÁO CÁO\nCông tác đối ngoại năm 2026\n" + (
        "| Nội dung | Năm 2026 |\n|---|---|\n"
        "| Hài cốt liệt sỹ được hồi hương (tổ chức tiếp nhận, an táng) | 31 hài cốt |\n"
        "| Tỷ lệ tăng so với năm trước | 12 |\n"
    )
    assert published_figures(text) == {("2026", "remains_repatriated", Decimal(31), "exact")}


MONTH = "BÁO CÁO\nCông tác đối ngoại tháng 7 năm 2026\n"


def test_a_comparison_naming_its_month_before_the_figure_is_that_months_figure():
    text = MONTH + (
        "So với tháng 7/2025 (tiếp nhận 44 hồ sơ hợp pháp hóa lãnh sự), số hồ sơ hợp pháp hóa lãnh sự tăng 9 hồ sơ.\n"
    )
    assert ("2025-07", "consular_legalisations", Decimal(44), "exact") in published_figures(text)
    # "cùng kỳ" with no figure before it to date it stays in review.
    undated = MONTH + "So với cùng kỳ (44 hồ sơ hợp pháp hóa lãnh sự), số hồ sơ tăng.\n"
    assert not published_figures(undated)


def test_parts_after_gom_and_a_colon_are_parts_even_past_nested_brackets():
    text = MONTH + (
        "Giải quyết 05 vụ việc bảo hộ công dân, gồm: 03 vụ lao động (Nhật Bản, Đài Loan (Trung Quốc)), "
        "02 vụ tàu cá bị bắt giữ.\n"
    )
    assert published_figures(text) == {("2026-07", "consular_cases", Decimal(5), "exact")}
    assert not_published_reasons(text)["02"].startswith("a sub-count")


def test_the_whole_named_in_brackets_after_a_partners_part_is_the_provinces_figure():
    text = LETTER + (
        "- Đón 05 đoàn khách quốc tế của tỉnh bạn đến làm việc (trên tổng số 17 đoàn khách quốc tế "
        "đến làm việc với toàn tỉnh trong quý).\n"
    )
    assert published_figures(text) == {("2026-Q3", "inbound_delegations", Decimal(17), "exact")}
    assert "05" in not_published_reasons(text)


def test_delegations_of_foreign_journalists_are_a_kind_of_guest_not_the_inbound_total():
    text = "BÁO CÁO\nCông tác đối ngoại năm 2026\n" + (
        "Tỉnh đón 40 đoàn khách quốc tế đến thăm, làm việc. Các cơ quan báo chí phối hợp đón 02 đoàn báo chí "
        "nước ngoài đến làm việc tại tỉnh.\n"
    )
    assert published_figures(text) == {("2026", "inbound_delegations", Decimal(40), "exact")}


def test_a_table_laid_out_with_spaces_under_nested_headings():
    text = "BÁO CÁO\nTổng kết giai đoạn 2023 - 2025\n" + (
        "III. VIỆN TRỢ PHI CHÍNH PHỦ NƯỚC NGOÀI\n"
        "1. Kết quả phê duyệt theo năm\n"
        "Năm       Số khoản viện trợ      Giá trị cam kết\n"
        "2023         9                   0,86 triệu USD\n"
        "2024         12                  1,10 triệu USD\n"
        "Ghi chú: số liệu do Sở Tài chính cung cấp.\n"
    )
    assert published_figures(text) == {
        ("2023", "ngo_projects_approved", Decimal(9), "exact"),
        ("2023", "ngo_aid_committed", Decimal(860000), "exact"),
        ("2024", "ngo_projects_approved", Decimal(12), "exact"),
        ("2024", "ngo_aid_committed", Decimal(1100000), "exact"),
    }
    # Two lines are no table: nothing is read as one.
    assert published_figures(text.replace("2024         12                  1,10 triệu USD\n", "")) == set()


def test_a_sentence_opening_with_its_whole_gives_parts_and_a_note_can_make_a_row_a_part():
    text = "BÁO CÁO\nCông tác lãnh sự quý II năm 2026\n" + (
        "Tiếp nhận 230 hồ sơ hợp pháp hóa lãnh sự.\n"
        "Trong tổng số 230 hồ sơ có 120 hồ sơ của doanh nghiệp FDI; 40 hồ sơ hợp pháp hóa lãnh sự của cá nhân.\n"
        "| Nội dung | Quý II/2026 | Ghi chú |\n|---|---|---|\n"
        "| Đoàn vào | 14 đoàn/90 lượt khách | |\n"
        "| Đoàn đại sứ quán, tổ chức quốc tế | 05 đoàn/22 lượt khách | Đã tính trong số đoàn vào |\n"
    )
    assert published_figures(text) == {
        ("2026-Q2", "consular_legalisations", Decimal(230), "exact"),
        ("2026-Q2", "inbound_delegations", Decimal(14), "exact"),
        ("2026-Q2", "inbound_visitors", Decimal(90), "exact"),
        ("2026-Q2", "inbound_mission_delegations", Decimal(5), "exact"),
        ("2026-Q2", "inbound_mission_visitors", Decimal(22), "exact"),
    }
    assert not_published_reasons(text)["40"].startswith("a part of the whole")


def test_items_of_a_nested_list_count_what_their_opener_names():
    text = "BÁO CÁO\nCông tác đối ngoại năm 2026\n" + (
        "- Vận động viện trợ phi chính phủ nước ngoài:\n"
        "  * Tiếp nhận 14 chương trình, dự án;\n"
        "- Đoàn ra: 09 đoàn với 40 lượt cán bộ đi công tác nước ngoài, trong đó:\n"
        "  * Đoàn cấp tỉnh: 03 đoàn;\n"
    )
    published = published_figures(text)
    assert ("2026", "ngo_projects_approved", Decimal(14), "exact") in published
    assert ("2026", "outbound_delegations", Decimal(9), "exact") in published
    assert ("2026", "outbound_delegations", Decimal(3), "exact") not in published


def test_a_capital_row_under_a_project_row_is_those_projects_capital():
    text = "BÁO CÁO\nKinh tế đối ngoại 6 tháng đầu năm 2026\n" + (
        "| STT | Chỉ tiêu | Đơn vị | 6 tháng 2026 |\n|---|---|---|---|\n"
        "| 1 | Dự án FDI được cấp mới chủ trương đầu tư | dự án | 03 |\n"
        "| 2 | Tổng vốn đầu tư đăng ký của các dự án | triệu USD | 45,6 |\n"
        "| 3 | Vốn đầu tư thực hiện | tỷ đồng | 900 |\n"
    )
    published = published_figures(text)
    assert ("2026-H1", "fdi_projects_approved", Decimal(3), "exact") in published
    assert ("2026-H1", "fdi_capital_approved", Decimal("4.56E+7"), "exact") in published
    assert not [f for f in published if f[2] == Decimal("9E+11")]


def test_in_a_partner_report_the_friend_province_of_its_sentences_is_the_partner_its_subject_names():
    text = LETTER + "4. Tổng giá trị hỗ trợ tỉnh bạn trong quý là 900 triệu đồng (xây dựng trường học).\n"
    assert published_figures(text) == {("2026-Q3", "support_to_lao_provinces", Decimal("9E+8"), "exact")}
    # Without a subject naming the partner, "tỉnh bạn" says nothing of which one: no figure.
    plain = "BÁO CÁO\nCông tác đối ngoại quý III năm 2026\n" + text.splitlines()[-1] + "\n"
    assert published_figures(plain) == set()


def test_headings_above_the_nearest_say_whose_work_a_figure_is_when_its_words_say_what_it_counts():
    text = "BÁO CÁO\nCông tác đối ngoại năm 2026\n" + (
        "IV. CÔNG TÁC PHI CHÍNH PHỦ NƯỚC NGOÀI\n"
        "2. Kết quả vận động\n"
        "Trong năm, tiếp nhận 18 chương trình, dự án.\n"
        "3. Kết quả khác\n"
        "Công dân tử vong do tai nạn: 04 vụ việc.\n"
    )
    assert published_figures(text) == {("2026", "ngo_projects_approved", Decimal(18), "exact")}


def test_an_indented_total_row_of_a_table_laid_out_with_spaces_keeps_its_columns():
    text = "BÁO CÁO\nCông tác lãnh sự năm 2026\nI. BẢO HỘ CÔNG DÂN\n" + (
        "   TT   Nước                 Số vụ việc    Số người\n"
        "   1    Lào                     04            06\n"
        "   2    Hàn Quốc                03            03\n"
        "        Tổng cộng               07            09\n"
    )
    extraction = extract_text(text)
    assert {(f.period_code, f.indicator_code, f.value) for f in extraction.figures} == {
        ("2026", "consular_cases", Decimal(7))
    }
    assert {item.value_as_written for item in extraction.set_aside} >= {"04", "03"}
