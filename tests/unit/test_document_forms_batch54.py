"""Capabilities found before and while reading the fifty-fourth blind batch, written here in
phrasings other than the batch's."""

from decimal import Decimal

from dagster_project.documents.extract import extract_figures
from dagster_project.documents.reader import read_document
from tests.unit.documents import extract_text, figure_keys, published_figures, text_report, word_report


def test_a_qualifier_word_that_ends_a_partners_name_qualifies_nothing():
    # "tỉnh Xiêng Khoảng 700 triệu đồng" had been read as "about 700 million".
    report = extract_text(
        "BÁO CÁO\nKết quả hợp tác với các địa phương của Lào quý III năm 2024\n\n"
        "Trong quý III năm 2024, tỉnh trao tặng tỉnh Xiêng Khoảng 700 triệu đồng để sửa chữa trạm y tế.\n"
        "Đoàn công tác của tỉnh sang làm việc với Sở Ngoại vụ Xiêng Khoảng khoảng 3 ngày.\n"
    )
    amounts = [item for item in [*report.figures, *report.review] if item.value == Decimal(700_000_000)]
    assert amounts and all(item.qualifier == "exact" for item in amounts)
    assert all(figure.qualifier == "exact" for figure in report.figures)


def test_a_qualifier_in_title_case_is_still_a_qualifier():
    figures = published_figures(
        "BÁO CÁO\nCông tác đối ngoại 9 tháng năm 2023\n\n- Đón Tiếp Khoảng 25 đoàn vào với 310 lượt khách quốc tế.\n"
    )
    assert ("2023-9M", "inbound_delegations", 25, "approx") in figures


def test_crossings_through_the_secondary_gates_alone_are_a_share_but_with_the_main_gate_the_total():
    figures = published_figures(
        "BÁO CÁO\nTình hình xuất nhập cảnh năm 2022\n\n"
        "Năm 2022, qua cửa khẩu quốc tế Cầu Treo và cửa khẩu phụ Kim Quang đã làm thủ tục xuất, nhập cảnh cho "
        "301.450 lượt người.\n"
        "Riêng qua các lối mở trên tuyến biên giới Hương Khê có 4.812 lượt người xuất nhập cảnh.\n"
        "Qua cửa khẩu phụ Sơn Hồng có 9.630 lượt người xuất nhập cảnh.\n"
    )
    values = {value for _, indicator, value, _ in figures if indicator == "border_crossings_persons"}
    assert values == {301450}


def test_foreign_vehicles_crossing_are_a_share_of_the_vehicles(tmp_path):
    # Held back only because it conflicted with the row above it.
    report = word_report(
        tmp_path / "xnc_6_thang_2025.docx",
        ["BÁO CÁO", "Xuất nhập cảnh qua cửa khẩu 6 tháng đầu năm 2025"],
        [
            ("STT", "Chỉ tiêu", "Đơn vị tính", "6 tháng 2025"),
            ("1", "Phương tiện xuất nhập cảnh qua cửa khẩu", "lượt", "41.207"),
            ("2", "Phương tiện của nước ngoài xuất nhập cảnh qua cửa khẩu", "lượt", "5.318"),
        ],
    )
    assert ("2025-H1", "border_crossings_vehicles", 41207) in figure_keys(report)
    assert not any(value == 5318 for _, _, value in figure_keys(report))


def test_a_table_pasted_with_tabs_reads_as_a_table_whose_row_number_is_no_count(tmp_path):
    # Each line had been read as prose: "2<tab>Hồ sơ …" published 2 dossiers.
    path = tmp_path / "email_so_lieu_quy_I_2026.txt"
    path.write_text(
        "BÁO CÁO\nCông tác lãnh sự quý I năm 2026\n\n"
        "Số liệu cụ thể:\n"
        "STT\tNội dung\tĐơn vị\tTháng 1\tTháng 2\tTháng 3\tQuý I/2026\n"
        "1\tVụ việc bảo hộ công dân\tVụ\t2\t0\t3\t5\n"
        "2\tHồ sơ hợp pháp hóa lãnh sự\tHồ sơ\t9\t4\t11\t24\n",
        encoding="utf-8",
    )
    found = figure_keys(extract_figures(read_document(path)))
    assert {
        ("2026-Q1", "consular_cases", 5),
        ("2026-Q1", "consular_legalisations", 24),
        ("2026-03", "consular_legalisations", 11),
    } <= found
    assert not any(value in (1, 2) and period == "2026-Q1" for period, _, value in found)


def test_tabs_that_only_align_one_line_stay_prose():
    figures = published_figures(
        "BÁO CÁO\nCông tác đối ngoại năm 2024\n\nĐoàn ra:\t\t38 đoàn với 171 lượt cán bộ đi công tác nước ngoài.\n"
    )
    assert ("2024", "outbound_delegations", 38, "exact") in figures


def test_guests_of_a_partners_localities_are_its_share():
    figures = published_figures(
        "BÁO CÁO\nKết quả hợp tác quốc tế 9 tháng năm 2025\n\n"
        "Trong 9 tháng, tỉnh đã đón tiếp 15 đoàn với 203 lượt khách của các địa phương Campuchia sang thăm, làm việc.\n"
    )
    assert not any(indicator.startswith("inbound") for _, indicator, _, _ in figures)


def test_an_estimated_year_under_a_terms_header_is_that_year(tmp_path):
    report = word_report(
        tmp_path / "tong_ket_2021_2025.docx",
        ["BÁO CÁO", "Tổng kết công tác đối ngoại giai đoạn 2021 - 2025"],
        [
            ("TT", "Chỉ tiêu", "Giai đoạn 2021 - 2025", "Giai đoạn 2021 - 2025", "Giai đoạn 2021 - 2025"),
            ("TT", "Chỉ tiêu", "2024", "2025 (ước)", "Tổng giai đoạn (ước)"),
            ("1", "Hội nghị, hội thảo quốc tế (hội nghị)", "9", "11", "47"),
        ],
    )
    approx = {(f.period_code, f.indicator_code, f.value.normalize(), f.qualifier) for f in report.figures}
    assert ("2025", "intl_conferences", 11, "approx") in approx
    assert ("2021-2025", "intl_conferences", 47, "approx") in approx
    assert not any(period == "2021-2025" and value == 11 for period, _, value, _ in approx)


def test_a_column_of_which_a_quarter_under_a_half_year_is_that_quarter(tmp_path):
    report = word_report(
        tmp_path / "bc_6_thang_2023.docx",
        ["BÁO CÁO", "Công tác đối ngoại 6 tháng đầu năm 2023"],
        [
            ("TT", "Nội dung", "6 tháng năm 2023", "6 tháng năm 2023"),
            ("TT", "Nội dung", "Cộng", "Trong đó: Quý II"),
            ("1", "Đoàn vào (đoàn)", "19", "11"),
        ],
    )
    assert {("2023-H1", "inbound_delegations", 19), ("2023-Q2", "inbound_delegations", 11)} <= figure_keys(report)


def test_a_note_listing_estimated_periods_makes_each_an_estimate(tmp_path):
    report = word_report(
        tmp_path / "bc_nam_2024.docx",
        ["BÁO CÁO", "Công tác đối ngoại năm 2024"],
        [
            ("TT", "Nội dung", "Quý III", "Quý IV", "Năm 2024"),
            ("1", "Đoàn ra (đoàn)", "12", "9", "41"),
        ],
        ["Ghi chú: số liệu tháng 12, quý IV và năm 2024 là số ước thực hiện."],
    )
    found = {(f.period_code, f.value.normalize(), f.qualifier) for f in report.figures}
    assert {("2024-Q3", 12, "exact"), ("2024-Q4", 9, "approx"), ("2024", 41, "approx")} <= found


def test_a_note_naming_an_official_then_an_estimated_period_settles_each(tmp_path):
    report = word_report(
        tmp_path / "bc_nam_2024b.docx",
        ["BÁO CÁO", "Công tác đối ngoại năm 2024"],
        [
            ("TT", "Nội dung", "Năm 2023", "Năm 2024"),
            ("1", "Đoàn ra (đoàn)", "36", "41"),
        ],
        ["Ghi chú: số liệu năm 2023 là số chính thức năm 2024 là số ước."],
    )
    # (the periods before "là số chính thức" are results; only those after it are estimates)
    assert {(f.period_code, f.value, f.qualifier) for f in report.figures} == {
        ("2023", 36, "exact"),
        ("2024", 41, "approx"),
    }


def test_the_same_value_said_once_as_an_estimate_is_published_as_one(tmp_path):
    report = word_report(
        tmp_path / "bc_cang_2025.docx",
        ["BÁO CÁO", "Xuất nhập cảnh qua cảng biển năm 2025", "Năm 2025, cấp 301 thẻ đi bờ cho thuyền viên nước ngoài."],
        [
            ("TT", "Nội dung", "Quý IV (ước)", "Cả năm (ước)"),
            ("1", "Thẻ đi bờ (thẻ)", "70", "301"),
        ],
    )
    shore = [f for f in report.figures if f.indicator_code == "shore_passes" and f.period_code == "2025"]
    assert [(f.value, f.qualifier) for f in shore] == [(301, "approx")]


def test_a_level_at_a_moment_is_dated_by_that_moment():
    # "Tại thời điểm 30/6/2025, … có 1.241 lưu học sinh" in a year's report had been read as the year's level.
    report = extract_text(
        "BÁO CÁO\nKết quả hợp tác với các tỉnh của Lào năm 2025\n\n"
        "Vào thời điểm 31/3/2025, trên địa bàn có 1.190 lưu học sinh Lào đang học tập.\n"
    )
    assert not any(f.value == 1190 and f.period_code == "2025" for f in report.figures)


def test_the_departments_earlier_message_below_a_reply_with_figures_is_replaced_by_it(tmp_path):
    # The earlier, provisional figures had been read beside the final ones, and all went to review.
    report = text_report(
        tmp_path,
        "email_so_lieu_thang_5.txt",
        "Từ: Văn phòng Sở Ngoại vụ <vanphong.sngv@hatinh.gov.vn>\n"
        "Gửi: Phòng Kinh tế tổng hợp - Văn phòng UBND tỉnh\n"
        "Chủ đề: RE: Số liệu đối ngoại tháng 5/2026\n\n"
        "Văn phòng Sở gửi số liệu chính thức tháng 5/2026 thay cho số liệu gửi ngày 27/5:\n"
        "- Đoàn ra: 9 đoàn với 41 lượt cán bộ;\n"
        "- Đoàn vào: 6 đoàn với 58 lượt khách quốc tế;\n"
        "- Hội nghị, hội thảo quốc tế: 2 hội nghị.\n\n"
        "---------- Thư đã gửi ----------\n"
        "Từ: Văn phòng Sở Ngoại vụ <vanphong.sngv@hatinh.gov.vn>\n"
        "Ngày: 27/5/2026\n"
        "Chủ đề: Số liệu đối ngoại tháng 5/2026\n\n"
        "Sở gửi số liệu tháng 5/2026: đoàn ra 7 đoàn với 33 lượt cán bộ; đoàn vào 5 đoàn với 49 lượt khách quốc tế.\n",
    )
    found = figure_keys(report)
    assert {("2026-05", "outbound_delegations", 9), ("2026-05", "inbound_visitors", 58)} <= found
    assert not any(value in (7, 33, 5, 49) for _, _, value in found)


def test_the_departments_own_report_forwarded_under_a_covering_note_is_still_read(tmp_path):
    report = text_report(
        tmp_path,
        "email_chuyen_tiep_bao_cao.txt",
        "Từ: Phòng Hợp tác quốc tế - Sở Ngoại vụ <htqt.sngv@hatinh.gov.vn>\n"
        "Gửi: Văn phòng Sở\n"
        "Chủ đề: Fwd: Số liệu đối ngoại tháng 5/2026\n\n"
        "Phòng chuyển Văn phòng số liệu tháng 5 như bên dưới để tổng hợp.\n\n"
        "---------- Thư đã gửi ----------\n"
        "Từ: Phòng Hợp tác quốc tế - Sở Ngoại vụ <htqt.sngv@hatinh.gov.vn>\n"
        "Ngày: 29/5/2026\n"
        "Chủ đề: Số liệu đối ngoại tháng 5/2026\n\n"
        "Trong tháng 5/2026, tỉnh cử 9 đoàn với 41 lượt cán bộ đi công tác nước ngoài.\n",
    )
    assert ("2026-05", "outbound_delegations", 9) in figure_keys(report)


def test_a_whole_named_after_a_word_of_stress_opens_the_sentence():
    figures = published_figures(
        "BÁO CÁO\nCông tác đối ngoại 6 tháng đầu năm 2025\n\n"
        "Sáu tháng đầu năm, tỉnh đón 33 đoàn với 402 lượt khách quốc tế. Đặc biệt, trong số các đoàn vào có 9 đoàn "
        "với 57 lượt khách là các cơ quan đại diện ngoại giao, tổ chức quốc tế tại Việt Nam.\n"
    )
    assert {
        ("2025-H1", "inbound_mission_delegations", 9, "exact"),
        ("2025-H1", "inbound_delegations", 33, "exact"),
    } <= (figures)


def test_a_markdown_row_with_slashed_pairs_and_signed_changes_is_a_table_row_not_a_breadcrumb(tmp_path):
    path = tmp_path / "tin_so_ket_6_thang_2025.md"
    path.write_text(
        "# Sơ kết công tác đối ngoại 6 tháng đầu năm 2025\n\n"
        "Sáng 10/7, Sở Ngoại vụ tổ chức hội nghị sơ kết công tác đối ngoại 6 tháng đầu năm 2025.\n\n"
        "| Chỉ tiêu | 6 tháng 2024 | 6 tháng 2025 | Tăng/giảm |\n"
        "|---|---|---|---|\n"
        "| Đoàn vào (đoàn / lượt khách) | 29 / 344 | 33 / 402 | +4 / +58 |\n",
        encoding="utf-8",
    )
    found = figure_keys(extract_figures(read_document(path)))
    assert {("2024-H1", "inbound_delegations", 29), ("2024-H1", "inbound_visitors", 344)} <= found


def test_a_pasted_row_with_empty_cells_at_either_end_keeps_its_columns(tmp_path):
    # The outer tabs had been read as a Markdown table's borders: every value moved one column left.
    report = text_report(
        tmp_path,
        "bc_quy_III_2024.txt",
        "BÁO CÁO\nCông tác đối ngoại quý III năm 2024\n\n"
        "TT\tChỉ tiêu\tTháng 7\tTháng 8\tTháng 9\tQuý III\tGhi chú\n"
        "\tHội nghị, hội thảo quốc tế (hội nghị)\t1\t2\t0\t3\t\n"
        "\tVụ việc bảo hộ công dân (vụ)\t2\t1\t4\t7\t\n",
    )
    found = figure_keys(report)
    assert {
        ("2024-07", "intl_conferences", 1),
        ("2024-Q3", "intl_conferences", 3),
        ("2024-09", "consular_cases", 4),
    } <= (found)
    assert ("2024-Q3", "consular_cases", 4) not in found


def test_a_letterhead_laid_out_with_tabs_is_no_table(tmp_path):
    report = text_report(
        tmp_path,
        "bc_thang_10_2024.txt",
        "UBND TỈNH HÀ TĨNH\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "SỞ NGOẠI VỤ\t\tĐộc lập - Tự do - Hạnh phúc\n\n"
        "\t\tBÁO CÁO\n\t\tKết quả công tác đối ngoại tháng 10 năm 2024\n\n"
        "Trong tháng, tỉnh đón 7 đoàn với 64 lượt khách quốc tế đến thăm, làm việc.\n",
    )
    assert report.period_code == "2024-10"
    assert ("2024-10", "inbound_delegations", 7) in figure_keys(report)


def test_a_note_naming_a_quarter_beside_the_year_it_lists_dates_the_quarter_in_that_year(tmp_path):
    report = word_report(
        tmp_path / "bc_quy_I_2025.docx",
        ["BÁO CÁO", "Công tác đối ngoại quý I năm 2025"],
        [("TT", "Nội dung", "Quý IV/2024", "Năm 2024", "Quý I/2025"), ("1", "Đoàn vào (đoàn)", "13", "49", "11")],
        ["Ghi chú: số liệu quý IV và cả năm 2024 là số ước."],
    )
    found = {(f.period_code, f.value.normalize(), f.qualifier) for f in report.figures}
    assert {("2024-Q4", 13, "approx"), ("2024", 49, "approx"), ("2025-Q1", 11, "exact")} <= found


def test_the_line_introducing_a_table_dates_its_columns(tmp_path):
    report = word_report(
        tmp_path / "bc_nam_2023.docx",
        ["BÁO CÁO", "Tổng kết công tác đối ngoại năm 2023", "Kết quả thực hiện tính đến ngày 20/11/2023:"],
        [("TT", "Nội dung", "Năm 2023"), ("1", "Đoàn ra (đoàn)", "44"), ("2", "Đoàn vào (đoàn)", "51")],
    )
    assert not report.figures
    assert any("20/11/2023" in item.reason for item in report.review)


def test_an_official_value_is_not_made_an_estimate_by_an_annex(tmp_path):
    report = word_report(
        tmp_path / "tong_ket_2024.docx",
        ["BÁO CÁO", "Tổng kết công tác đối ngoại năm 2024", "Theo số liệu chính thức, năm 2024 tỉnh cử 47 đoàn ra."],
        [("TT", "Nội dung", "Năm 2024 (ước)"), ("1", "Đoàn ra (đoàn)", "47")],
    )
    assert not any(f.value == 47 and f.qualifier == "approx" for f in report.figures)


def test_a_sentence_opened_by_the_other_side_is_that_sides_figure(tmp_path):
    report = text_report(
        tmp_path,
        "bc_xnc_6_thang_2025.txt",
        "BÁO CÁO\nTình hình xuất nhập cảnh 6 tháng đầu năm 2025\n\n"
        "6 tháng đầu năm, qua cửa khẩu quốc tế Cầu Treo làm thủ tục xuất nhập cảnh cho 301.220 lượt người; kim\n"
        "ngạch xuất nhập khẩu đạt 210 triệu USD. Về phía bạn, cửa khẩu quốc tế\n"
        "Nặm Phao (tỉnh Bolikhămxay) đã làm thủ tục cho khoảng 296.000 lượt người.\n",
    )
    found = figure_keys(report)
    assert ("2025-H1", "border_crossings_persons", 301220) in found
    assert not any(value == 296000 for _, _, value in found)


def test_foreigners_crossing_the_border_are_no_guests_of_the_province():
    figures = published_figures(
        "BÁO CÁO\nTình hình xuất nhập cảnh quý II năm 2025\n\n"
        "Đồn Biên phòng cửa khẩu quốc tế Cầu Treo đã làm thủ tục xuất nhập cảnh cho 4.150 lượt khách nước ngoài.\n"
    )
    assert not any(value == 4150 for _, _, value, _ in figures)


def test_a_moment_after_a_level_dates_it_but_a_start_or_a_comparison_does_not():
    figures = published_figures(
        "BÁO CÁO\nKết quả hợp tác với các tỉnh của Lào 6 tháng đầu năm 2025\n\n"
        "Từ thời điểm 01/01/2025 đến 30/6/2025, tỉnh đã tiếp đón 19 đoàn với 230 lượt khách quốc tế.\n"
        "Số lưu học sinh Lào đang học tập tại tỉnh là 905 em (thời điểm 30/6/2025), tăng 40 em so với cùng thời điểm "
        "30/6/2024.\n"
    )
    assert {("2025-H1", "inbound_delegations", 19, "exact"), ("2025-H1", "lao_students", 905, "exact")} <= figures


def test_a_secondary_gate_alone_is_a_share_and_named_with_the_main_gate_the_whole():
    figures = published_figures(
        "BÁO CÁO\nTình hình xuất nhập cảnh năm 2023\n\n"
        "Lượt người xuất nhập cảnh qua cửa khẩu phụ Sơn Hồng và cửa khẩu quốc tế Cầu Treo đạt 388.400 lượt.\n"
        "Cửa khẩu phụ Kim Quang đã làm thủ tục xuất nhập cảnh cho 6.730 lượt người.\n"
        "Qua cửa khẩu quốc tế Cầu Treo, làm thủ tục xuất nhập cảnh cho 2.940 lượt phương tiện mang biển số Lào.\n"
    )
    assert {value for _, _, value, _ in figures} == {388400}
