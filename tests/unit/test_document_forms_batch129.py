"""Capabilities of the hundred-and-twenty-ninth round (and the second reading of round 128), written here in phrasings
other than the reports and counterexamples that showed the need. Expected figures were written from the texts below
before the code ran on them."""

from decimal import Decimal

from dagster_project.documents.extract import extract_figures
from dagster_project.documents.reader import read_document
from tests.unit.documents import not_published_reasons, published_figures, report_text, text_file_figures


def _quarter_keys(*lines: str) -> set[tuple]:
    text = report_text("12", "27 tháng 6 năm 2019", "Kết quả công tác đối ngoại quý II năm 2019", *lines)
    return {key[:3] for key in published_figures(text)}


def test_months_in_a_bracket_break_down_the_figure_their_sum_equals():
    assert _quarter_keys(
        "Trong quý, tỉnh cử 07 đoàn với 33 lượt cán bộ đi công tác nước ngoài (tháng 4: 01; tháng 5: 04; tháng 6: 02)."
    ) == {
        ("2019-Q2", "outbound_delegations", Decimal(7)),
        ("2019-Q2", "outbound_persons", Decimal(33)),
        ("2019-04", "outbound_delegations", Decimal(1)),
        ("2019-05", "outbound_delegations", Decimal(4)),
        ("2019-06", "outbound_delegations", Decimal(2)),
    }
    assert _quarter_keys(
        "Trong quý, đón 05 đoàn với 48 lượt khách quốc tế (tháng 4: 20; tháng 5: 11; tháng 6: 17)."
    ) >= {("2019-04", "inbound_visitors", Decimal(20)), ("2019-06", "inbound_visitors", Decimal(17))}
    # (a sum of neither: which figure they break down is not said)
    assert _quarter_keys(
        "Trong quý, đón 05 đoàn với 48 lượt khách quốc tế (tháng 4: 02; tháng 5: 01; tháng 6: 01)."
    ) == {("2019-Q2", "inbound_delegations", Decimal(5)), ("2019-Q2", "inbound_visitors", Decimal(48))}


def test_a_clock_time_is_no_figure():
    text = report_text(
        "13",
        "27 tháng 6 năm 2019",
        "Kết quả công tác đối ngoại quý II năm 2019",
        "Theo thông tin cập nhật lúc 16:45, số đoàn vào nêu ở mục 10:15 đã được Văn phòng rà soát lại.",
        "Trong quý, tỉnh đón 09 đoàn vào.",
    )
    assert {key[:3] for key in published_figures(text)} == {("2019-Q2", "inbound_delegations", Decimal(9))}
    assert not {"45", "15", "16", "10"} & set(not_published_reasons(text))


def test_values_a_later_sentence_calls_a_drafts_estimate_are_not_published():
    text = report_text(
        "14",
        "27 tháng 6 năm 2019",
        "Kết quả công tác đối ngoại quý II năm 2019",
        "Trong quý, tỉnh đón 11 đoàn với 96 lượt khách quốc tế đến làm việc.",
        "Lưu ý: số đoàn vào nói trên là số ước trong dự thảo (11 đoàn với 96 lượt khách); Văn phòng đang tổng hợp lại.",
    )
    assert published_figures(text) == set()
    assert "a sentence of the report names this kind and value as wrong" in not_published_reasons(text)["96"]


def test_the_letterhead_exported_above_a_sheet_is_no_header(tmp_path):
    rows = [
        "UBND TỈNH HÀ TĨNH\t\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\t",
        "SỞ NGOẠI VỤ\t\t\tĐộc lập - Tự do - Hạnh phúc\t",
        "BIỂU SỐ LIỆU ĐỐI NGOẠI QUÝ II NĂM 2019\t\t\t\t",
        "STT\tChỉ tiêu\tĐơn vị\tQuý II năm 2018\tQuý II năm 2019",
        "1\tSố đoàn ra\tĐoàn\t6\t8",
        "2\tSố đoàn vào\tĐoàn\t10\t12",
    ]
    path = tmp_path / "bieu.txt"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    extraction = extract_figures(read_document(path))
    assert {(f.period_code, f.indicator_code, f.value) for f in extraction.figures} == {
        ("2018-Q2", "outbound_delegations", Decimal(6)),
        ("2019-Q2", "outbound_delegations", Decimal(8)),
        ("2018-Q2", "inbound_delegations", Decimal(10)),
        ("2019-Q2", "inbound_delegations", Decimal(12)),
    }


def test_a_contents_page_with_dot_leaders_is_no_table(tmp_path):
    body = (
        "MỤC LỤC\n"
        "I. Đoàn ra, đoàn vào ....................... 3\n"
        "II. Hội nghị, hội thảo quốc tế ............. 6\n"
        "III. Vụ việc lãnh sự ....................... 8\n\n"
        "Trong năm, tỉnh cử 40 đoàn ra.\n"
    )
    figures = text_file_figures(tmp_path, "15", "20 tháng 12 năm 2019", "Kết quả công tác đối ngoại năm 2019", body)
    assert figures == {("2019", "outbound_delegations", Decimal(40))}


def test_dot_leader_rows_under_titles_that_skip_the_label_column_are_no_table(tmp_path):
    body = (
        "                    Quý IV         Cả năm         Ghi chú\n"
        "   Đoàn ra ..................... 12 ............ 41\n"
        "   Đoàn vào .................... 15 ............ 52\n"
    )
    figures = text_file_figures(tmp_path, "16", "20 tháng 12 năm 2019", "Kết quả công tác đối ngoại năm 2019", body)
    assert figures == set()


def test_a_dash_for_none_keeps_a_dotted_table_whole(tmp_path):
    body = (
        "   Chỉ tiêu                              Quý IV/2019\n"
        "   - Số đoàn ra (đoàn) ...................... 12\n"
        "   - Dự án PCPNN mới (dự án) ................ -\n"
        "   - Vụ việc lãnh sự (vụ) ................... 7\n"
    )
    figures = text_file_figures(tmp_path, "17", "20 tháng 12 năm 2019", "Kết quả công tác đối ngoại năm 2019", body)
    assert figures == {("2019-Q4", "outbound_delegations", Decimal(12)), ("2019-Q4", "consular_cases", Decimal(7))}


def _markdown_figures(tmp_path, body: str) -> set[tuple]:
    path = tmp_path / "bao_cao.md"
    head = "UBND TỈNH HÀ TĨNH\nSỞ NGOẠI VỤ\nSố: 18/BC-SNgV\nHà Tĩnh, ngày 19 tháng 12 năm 2019\n\n"
    path.write_text(head + "# KẾT QUẢ CÔNG TÁC ĐỐI NGOẠI NĂM 2019\n\n" + body, encoding="utf-8")
    return {(f.period_code, f.indicator_code, f.value) for f in extract_figures(read_document(path)).figures}


def test_a_stressed_bold_sentence_naming_a_year_leaves_the_lines_below_their_period(tmp_path):
    body = "**Hoàn thành các nội dung hợp tác đã ký kết năm 2017**\n\n- Trong năm, tỉnh đón 44 đoàn vào.\n"
    assert _markdown_figures(tmp_path, body) == {("2019", "inbound_delegations", Decimal(44))}


def test_a_markdown_sibling_of_a_plan_heading_in_capitals_ends_the_plan(tmp_path):
    body = (
        "## NHIỆM VỤ TRỌNG TÂM NĂM 2020\n\n- Phấn đấu tổ chức 06 hội nghị, hội thảo quốc tế.\n\n"
        "## Phần phụ lục - Số liệu năm 2019\n\n- Trong năm, tỉnh tổ chức 05 hội nghị, hội thảo quốc tế.\n"
    )
    assert _markdown_figures(tmp_path, body) == {("2019", "intl_conferences", Decimal(5))}
    # (numbered items under a plan heading in capitals stay in the plan)
    body = "## NHIỆM VỤ TRỌNG TÂM NĂM 2020\n\n1. Hội nghị quốc tế\n\nTổ chức 06 hội nghị, hội thảo quốc tế.\n"
    assert _markdown_figures(tmp_path, body) == set()


def test_a_note_correcting_marked_values_to_official_ones_is_no_estimates_note():
    text = report_text(
        "19",
        "20 tháng 12 năm 2019",
        "Kết quả công tác đối ngoại năm 2019",
        "| Chỉ tiêu | Năm 2019 |",
        "| Số đoàn ra | 42* |",
        "(*) Báo cáo quý III ghi số ước; nay cập nhật số chính thức, các chỉ tiêu còn lại giữ nguyên.",
    )
    assert all(key[3] != "approx" for key in published_figures(text))


def test_a_list_opener_naming_eleven_months_and_citing_a_letter_keeps_its_items_back():
    text = report_text(
        "20",
        "20 tháng 12 năm 2019",
        "Kết quả công tác đối ngoại năm 2019",
        "Số liệu 11 tháng năm 2019 đã gửi kèm Công văn số 902/SNgV-VP ngày 28/11/2019 như sau:",
        "- Tỉnh cử 36 đoàn ra;",
        "- Đón 41 đoàn vào.",
    )
    assert published_figures(text) == set()


def test_a_header_cell_ending_in_a_notes_mark_is_still_a_header():
    text = report_text(
        "21",
        "14 tháng 6 năm 2019",
        "Kết quả công tác đối ngoại 6 tháng đầu năm 2019",
        "| TT | Chỉ tiêu | Cùng kỳ năm 2018 (2) | Ước 6 tháng đầu năm 2019 (1) |",
        "|---|---|---|---|",
        "| 1 | Số đoàn ra | 20 | 23 |",
        "| 2 | Số đoàn vào | 31 | 35 |",
        "(1) Số ước, gồm các đoàn đã có quyết định cho phép.",
        "(2) Số chính thức.",
    )
    assert {key for key in published_figures(text)} == {
        ("2018-H1", "outbound_delegations", Decimal(20), "exact"),
        ("2019-H1", "outbound_delegations", Decimal(23), "approx"),
        ("2018-H1", "inbound_delegations", Decimal(31), "exact"),
        ("2019-H1", "inbound_delegations", Decimal(35), "approx"),
    }
