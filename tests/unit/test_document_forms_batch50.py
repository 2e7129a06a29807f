"""Capabilities found by the fiftieth blind batch, written here in phrasings other than the batch's."""

from dagster_project.documents.extract import extract_figures
from dagster_project.documents.reader import read_document
from tests.unit.documents import figure_keys, not_published_reasons, published_figures, text_report, word_report

SEPTEMBER = "BÁO CÁO\nKết quả công tác đối ngoại tháng 9 năm 2024\n"


def test_a_same_period_comparison_after_another_period_of_its_item_waits():
    # "cùng kỳ" after a sentence on the nine months, in a report on the month: the nine months' or the month's
    after_a_sentence = (
        SEPTEMBER + "- Tính chung 9 tháng, tỉnh đón 40 đoàn vào. Cùng kỳ năm 2023, tỉnh đón 31 đoàn vào.\n"
    )
    assert ("2024-9M", "inbound_delegations", 40, "exact") in published_figures(after_a_sentence)
    assert not any(value == 31 for _, _, value, _ in published_figures(after_a_sentence))
    assert "31" in not_published_reasons(after_a_sentence)
    in_the_sentence = SEPTEMBER + "- Quý III/2024 tiếp nhận 6 dự án viện trợ, cùng kỳ năm trước tiếp nhận 4 dự án.\n"
    assert not any(value == 4 for _, _, value, _ in published_figures(in_the_sentence))


def test_a_same_period_comparison_after_the_reports_own_period_or_with_its_own_bracket_is_published():
    own = SEPTEMBER + "- Trong tháng 9, tỉnh đón 5 đoàn vào. Cùng kỳ năm 2023, tỉnh đón 2 đoàn vào.\n"
    assert ("2023-09", "inbound_delegations", 2, "exact") in published_figures(own)
    bracket = (
        "BÁO CÁO\nTình hình xuất nhập cảnh qua cảng biển quý III năm 2024\n"
        "Cùng kỳ năm 2023 (quý III/2023), cảng Vũng Áng cấp 40 giấy phép xuống tàu cho thuyền viên.\n"
    )
    assert ("2023-Q3", "boarding_permits", 40, "exact") in published_figures(bracket)


def test_a_table_over_periods_reads_the_lowest_header_cell_for_what_a_column_counts(tmp_path):
    report = word_report(
        tmp_path / "bc_doan_vao_2022_2024.docx",
        ["BÁO CÁO", "Tổng kết công tác đối ngoại giai đoạn 2022 - 2024"],
        [
            ("STT", "Năm", "Đoàn vào", "Đoàn vào", "Hội nghị quốc tế"),
            ("STT", "Năm", "Số đoàn", "Số lượt khách", "Số hội nghị"),
            ("1", "Năm 2022", "12", "140", "3"),
            ("2", "Năm 2023", "17", "226", "5"),
        ],
    )
    found = figure_keys(report)
    assert {
        ("2022", "inbound_delegations", 12),
        ("2022", "inbound_visitors", 140),
        ("2023", "inbound_visitors", 226),
    } <= found
    assert ("2022", "inbound_delegations", 140) not in found


def test_a_part_named_after_trong_do_and_a_comma_is_no_figure_of_its_own():
    text = (
        "BÁO CÁO\nKết quả công tác đối ngoại năm 2023\n"
        "Năm 2023, tỉnh cử 50 đoàn ra, trong đó, các đoàn làm việc với các tỉnh Lào chiếm 21 đoàn ra (42%).\n"
    )
    found = published_figures(text)
    assert ("2023", "outbound_delegations", 50, "exact") in found
    assert not any(value == 21 for _, _, value, _ in found)


def test_a_part_counting_another_indicator_than_its_whole_is_that_indicators_part():
    text = (
        "BÁO CÁO\nKết quả công tác đối ngoại năm 2023\n"
        "Năm 2023, tỉnh cử 50 đoàn ra với 210 lượt cán bộ; trong đó các đoàn sang làm việc với các tỉnh Lào là "
        "21 đoàn ra và 11 đoàn vào.\n"
        "Năm 2023, tỉnh đón 40 đoàn vào, trong đó 9 đoàn của các cơ quan đại diện ngoại giao, tổ chức quốc tế.\n"
    )
    found = published_figures(text)
    assert not any(value in (21, 11) for _, _, value, _ in found)
    assert {
        ("2023", "outbound_persons", 210, "exact"),
        ("2023", "inbound_delegations", 40, "exact"),
        ("2023", "inbound_mission_delegations", 9, "exact"),
    } <= found
    # ("gồm": what the delegations are made of, not a part of them)
    members = "BÁO CÁO\nKết quả công tác đối ngoại tháng 12 năm 2023\n- Đón 4 đoàn khách quốc tế gồm 31 người.\n"
    assert ("2023-12", "inbound_visitors", 31, "exact") in published_figures(members)


def test_a_table_of_pipes_whose_labels_wrap_onto_a_second_line(tmp_path):
    path = tmp_path / "bc_lanh_su_6_thang_2024.txt"
    path.write_text(
        "BÁO CÁO\nKết quả công tác lãnh sự 6 tháng đầu năm 2024\n\n"
        "Số liệu các năm như sau:\n"
        "STT | Nội dung                         | 2022 | 2023 | 6T/2024\n"
        "----------------------------------------------------------------\n"
        "1   | Số vụ việc bảo hộ công dân được  | 14   | 19   | 8\n"
        "    | giải quyết (vụ việc)             |      |      |\n"
        "2   | Số lượt khách quốc tế đến thăm,  | 410  | 512  | 260\n"
        "    | làm việc tại tỉnh (lượt người)   |      |      |\n",
        encoding="utf-8",
    )
    found = figure_keys(extract_figures(read_document(path)))
    assert {
        ("2022", "consular_cases", 14),
        ("2023", "consular_cases", 19),
        ("2024-H1", "consular_cases", 8),
        ("2022", "inbound_visitors", 410),
        ("2024-H1", "inbound_visitors", 260),
    } <= found
    assert not any(period == "2024-H1" and value in (14, 19, 410, 512) for period, _, value in found)


def test_an_items_label_naming_another_body_governs_its_later_sentences():
    text = (
        "BÁO CÁO\nKết quả vận động viện trợ phi chính phủ nước ngoài 6 tháng đầu năm 2025\n"
        "b) Tổ chức Cứu trợ Trẻ em (Save the Children): tiếp tục đồng hành với tỉnh. Trong 6 tháng, tổ chức đã cam kết "
        "tài trợ "
        "03 dự án với tổng giá trị 420.000 USD.\n"
        "• Nhật Bản: Tháng 5/2025, tỉnh đón đoàn tỉnh Tottori. Trong 6 tháng đầu năm, tỉnh đã ký kết hai thỏa thuận "
        "quốc tế.\n"
    )
    found = published_figures(text)
    assert not any(value in (3, 420000) for _, _, value, _ in found)
    assert "420.000 USD" in not_published_reasons(text)
    assert ("2025-H1", "intl_agreements", 2, "exact") in found


def test_a_cut_off_in_a_label_closes_the_period_named_right_before_it():
    quarter = "BÁO CÁO\nKết quả công tác đối ngoại quý III năm 2025\n"
    # (the month, not the quarter; counted to a day before the month's end, a count so far)
    month = quarter + "- Tháng 9 (số liệu đến 22/9): 07 đoàn ra\n"
    assert not any(value == 7 for _, _, value, _ in published_figures(month))
    assert "07" in not_published_reasons(month)
    assert "thang 9" in not_published_reasons(month)["07"]
    whole_month = published_figures(quarter + "- Tháng 8 (số liệu đến 31/8): 05 đoàn ra\n")
    assert ("2025-08", "outbound_delegations", 5, "exact") in whole_month
    year = quarter + "- Năm 2025 (tính đến 22/9): 31 đoàn ra\n"
    assert not any(value == 31 for _, _, value, _ in published_figures(year))
    assert "31" in not_published_reasons(year)


def test_vehicles_under_a_land_gate_column_are_no_port_vessels(tmp_path):
    import docx

    document = docx.Document()
    for line in (
        "BÁO CÁO",
        "Tình hình xuất nhập cảnh qua cửa khẩu đất liền và cảng biển năm 2024",
        "2. Hoạt động xuất nhập cảnh qua các cảng biển",
        "Cảng Vũng Áng tiếp tục là cửa ngõ giao thương quốc tế của tỉnh.",
        "Biểu số liệu xuất nhập cảnh qua cửa khẩu, cảng biển 6 tháng đầu năm 2024",
    ):
        document.add_paragraph(line)
    rows = [
        ("TT", "Nội dung", "Cửa khẩu đường bộ", "", "Cảng biển", ""),
        ("TT", "Nội dung", "Lượt người", "Lượt phương tiện", "Lượt tàu", "Lượt thuyền viên"),
        ("1", "Quý I/2024", "151.300", "27.940", "240", "4.870"),
        ("2", "Quý II/2024", "170.210", "30.115", "262", "5.102"),
    ]
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            table.cell(row, column).text = value
    # the merged header cells the department's tables have
    table.cell(0, 2).merge(table.cell(0, 3)).text = "Cửa khẩu đường bộ"
    table.cell(0, 4).merge(table.cell(0, 5)).text = "Cảng biển"
    path = tmp_path / "bc_xnc_6_thang_2024.docx"
    document.save(path)
    found = figure_keys(extract_figures(read_document(path)))
    # (the land gates' vehicles had been read as vessels too, and the two values kept each other waiting)
    assert {("2024-Q1", "port_crew", 4870), ("2024-Q1", "port_vessels", 240)} <= found
    assert not any(code == "port_vessels" and value in (27940, 30115) for _, code, value in found)


def test_a_pipe_tables_second_header_line_that_begins_with_a_pipe(tmp_path):
    report = text_report(
        tmp_path,
        "tong_ket_2023_2025.txt",
        "BÁO CÁO\nTổng kết công tác đối ngoại giai đoạn 2023 - 2025\n\n"
        "STT | Năm      | Số lượt khách | Số lượt khách\n"
        "    |          | Đoàn vào      | Hội nghị quốc tế\n"
        "1   | Năm 2023 | 410           | 1.240\n"
        "2   | Năm 2024 | 455           | 1.380\n",
    )
    found = figure_keys(report)
    assert {("2023", "inbound_visitors", 410), ("2024", "inbound_visitors", 455)} <= found
    assert not any(code == "inbound_delegations" for _, code, _ in found)


def test_a_table_label_left_open_by_a_comma_goes_on_in_capitals(tmp_path):
    report = text_report(
        tmp_path,
        "doan_vao_2024.txt",
        "BÁO CÁO\nKết quả công tác đối ngoại năm 2024\n\n"
        "TT | Chỉ tiêu                          | Năm 2023 | Năm 2024\n"
        "1  | Số đoàn vào của các tỉnh Lào,     | 22       | 25\n"
        "   | Campuchia (đoàn)                  |          |\n"
        "2  | Tổng số đoàn vào (đoàn)           | 38       | 41\n",
    )
    found = figure_keys(report)
    # (the partners' row had been cut from its second line, and the total row after it read as a new table)
    assert not any(value in (22, 25) for _, _, value in found)
    assert not any(period == "2024" and value == 38 for period, _, value in found)


def test_a_total_the_text_gives_as_a_count_so_far_waits_in_the_table_too(tmp_path):
    report = text_report(
        tmp_path,
        "tong_ket_2021_2025.txt",
        "UBND TỈNH HÀ TĨNH\nSỞ NGOẠI VỤ\nHà Tĩnh, ngày 20 tháng 11 năm 2025\n"
        "BÁO CÁO\nTổng kết công tác hợp tác quốc tế giai đoạn 2021 - 2025\n\n"
        "Giai đoạn 2021 - 2025, tỉnh đã tổ chức 34 hội nghị, hội thảo quốc tế.\n\n"
        "Năm        | Hội nghị, hội thảo quốc tế\n"
        "           | (hội nghị)\n"
        "2024       | 8\n"
        "2025 (ước) | 7\n"
        "Cộng       | 34\n",
    )
    assert not any(figure.value == 34 for figure in report.figures)
    assert any(item.value == 34 for item in report.review)


def test_what_the_second_reading_found_the_first_change_got_wrong(tmp_path):
    # "Số lượt người" over "Đoàn ra": the upper cell names the count, the lower only the direction
    report = word_report(
        tmp_path / "luot_nguoi_2022_2023.docx",
        ["BÁO CÁO", "Tổng kết công tác đối ngoại giai đoạn 2022 - 2023"],
        [
            ("STT", "Năm", "Số lượt người", "Số lượt người"),
            ("STT", "Năm", "Đoàn ra", "Đoàn vào"),
            ("1", "Năm 2022", "140", "96"),
            ("2", "Năm 2023", "170", "130"),
        ],
    )
    found = figure_keys(report)
    assert {("2022", "outbound_persons", 140), ("2023", "inbound_visitors", 130)} <= found
    assert not any(code.endswith("_delegations") for _, code, _ in found)
    # "cùng kỳ" right after the report's own period, an earlier sentence naming another year
    quarter = (
        "BÁO CÁO\nKết quả công tác đối ngoại quý III năm 2024\n"
        "- Năm 2023, tỉnh cử 40 đoàn ra. Trong quý III/2024, tỉnh cử 11 đoàn ra, cùng kỳ năm trước cử 8 đoàn ra.\n"
    )
    assert ("2023-Q3", "outbound_delegations", 8, "exact") in published_figures(quarter)
    # a clause after the part's comma is no part
    clause = (
        "BÁO CÁO\nKết quả công tác đối ngoại năm 2023\n"
        "Năm 2023, tỉnh cử 50 đoàn ra với 210 lượt người, trong đó, 21 đoàn đi Lào, tỉnh cũng đón 40 đoàn vào với "
        "320 lượt khách.\n"
    )
    assert {("2023", "inbound_delegations", 40, "exact"), ("2023", "inbound_visitors", 320, "exact")} <= (
        published_figures(clause)
    )


def test_what_the_second_reading_of_the_fixes_found(tmp_path):
    # a cut-off after two periods closes neither alone
    quarter = "BÁO CÁO\nKết quả công tác đối ngoại quý III năm 2024\n"
    for label in (
        "Tháng 7 và tháng 8 (đến 31/8)",
        "Quý II, quý III (tính đến 30/9)",
        "Từ quý II đến quý III (đến 30/9)",
    ):
        assert not any(value == 14 for _, _, value, _ in published_figures(quarter + f"- {label}: 14 đoàn ra\n")), label
    # a table with two label columns, the first naming a partner or a body: their counts, not the province's
    report = word_report(
        tmp_path / "doi_tac_2024.docx",
        ["BÁO CÁO", "Kết quả công tác đối ngoại năm 2024"],
        [
            ("Đối tác", "Chỉ tiêu", "Năm 2024"),
            ("Lào", "Số đoàn vào", "9"),
            ("", "Số lượt khách", "60"),
            ("Nhật Bản", "Số đoàn vào", "5"),
            ("", "Số lượt khách", "40"),
        ],
    )
    assert not any(figure.value in (9, 60, 5, 40) for figure in report.figures)


def test_a_part_of_the_quarters_whole_in_a_report_on_nine_months_waits():
    # ("Trong 12 đoàn vào của quý có 04 đoàn …": "của quý", of the quarter, dates the whole and its part)
    text = (
        "BÁO CÁO\nKết quả công tác đối ngoại 9 tháng năm 2024\n"
        "- Trong 15 đoàn vào của quý có 05 đoàn là cơ quan đại diện ngoại giao nước ngoài, tổ chức quốc tế với 31 "
        "lượt khách.\n"
    )
    found = published_figures(text)
    assert not any(value in (15, 5, 31) for _, _, value, _ in found)
    assert "cua quy" in not_published_reasons(text)["15"]
    # (a quarter named after "của" is that quarter)
    named = "BÁO CÁO\nKết quả công tác đối ngoại năm 2024\n- Kế hoạch của quý IV đã hoàn thành: đón 9 đoàn vào.\n"
    assert not any(period == "2024" and value == 9 for period, _, value, _ in published_figures(named))


def test_a_drawn_tables_header_wrapped_onto_a_second_line(tmp_path):
    report = text_report(
        tmp_path,
        "cv_lanh_su_quy_i_2025.txt",
        "V/v báo cáo công tác lãnh sự quý I năm 2025\n\n"
        "+----+-------------------------------+-------+-------+-------+--------+--------+\n"
        "| TT | Nội dung                      | Tháng | Tháng | Tháng | Quý I/ | Quý I/ |\n"
        "|    |                               |   1   |   2   |   3   |  2025  |  2024  |\n"
        "+----+-------------------------------+-------+-------+-------+--------+--------+\n"
        "| 1  | Vụ việc bảo hộ công dân (vụ)  |   4   |   2   |   6   |   12   |   9    |\n"
        "+----+-------------------------------+-------+-------+-------+--------+--------+\n",
    )
    found = figure_keys(report)
    assert {
        ("2025-01", "consular_cases", 4),
        ("2025-03", "consular_cases", 6),
        ("2025-Q1", "consular_cases", 12),
        ("2024-Q1", "consular_cases", 9),
    } <= found
    assert ("2025-Q1", "consular_cases", 9) not in found


def test_what_the_second_reading_of_the_fifty_first_fixes_found(tmp_path):
    # "của quý" is no period of its own elsewhere: a polite word ("của quý cơ quan"), a session ("của kỳ họp")
    quarter = "BÁO CÁO\nKết quả công tác đối ngoại quý III năm 2024\n"
    polite = published_figures(quarter + "Cùng kỳ năm 2023, theo lời mời của quý cơ quan, tỉnh đón 3 đoàn vào.\n")
    assert ("2023-Q3", "inbound_delegations", 3, "exact") in polite
    year = "BÁO CÁO\nKết quả công tác đối ngoại năm 2024\n"
    session = published_figures(year + "Quý III, bên lề của kỳ họp, tỉnh tiếp 6 đoàn vào.\n")
    assert ("2024-Q3", "inbound_delegations", 6, "exact") in session
    # "Cùng kỳ tháng" over "3": no bare "Tháng", so the lines are not joined, and the column waits
    report = text_report(
        tmp_path,
        "cv_quy_i_2025.txt",
        "V/v báo cáo công tác lãnh sự quý I năm 2025\n\n"
        "| TT | Nội dung                     | Tháng 1 | Tháng 2 | Cùng kỳ tháng |\n"
        "|    |                              |         |         |       3       |\n"
        "| 1  | Vụ việc bảo hộ công dân (vụ) |    4    |    2    |       6       |\n",
    )
    assert not any(figure.value == 6 and figure.period_code != "2024-03" for figure in report.figures)
