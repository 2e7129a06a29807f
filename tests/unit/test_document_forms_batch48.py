"""Capabilities found by the forty-seventh and forty-eighth blind batches, written here in phrasings other than
the batches'."""

from tests.unit.documents import figure_keys, not_published_reasons, published_figures, word_report


def test_a_period_label_governs_every_figure_of_its_item():
    found = published_figures(
        "BÁO CÁO\nKết quả công tác đối ngoại quý II năm 2024\n"
        "Quý II/2024, tỉnh cử 18 đoàn ra với 96 lượt cán bộ đi công tác nước ngoài (quý II/2023: 15 đoàn với "
        "71 lượt cán bộ; quý I/2024: 9 đoàn, 40 lượt cán bộ).\n"
    )
    assert {
        ("2023-Q2", "outbound_delegations", 15, "exact"),
        ("2023-Q2", "outbound_persons", 71, "exact"),
        ("2024-Q1", "outbound_persons", 40, "exact"),
    } <= found
    money = published_figures(
        "BÁO CÁO\nTổng kết công tác viện trợ phi chính phủ nước ngoài năm 2023\n"
        "Năm 2023, tỉnh tiếp nhận 21 dự án với tổng giá trị cam kết 2,1 triệu USD (năm 2022: 17 dự án với giá trị "
        "cam kết 1.480.000 USD).\n"
    )
    assert {("2022", "ngo_aid_committed", 1480000, "exact"), ("2023", "ngo_aid_committed", 2100000, "exact")} <= money


def test_a_period_label_does_not_reach_past_a_total():
    found = published_figures(
        "BÁO CÁO\nKết quả công tác đối ngoại 6 tháng đầu năm 2023\n"
        "Đoàn vào theo quý: quý I: 04 đoàn; quý II: 07 đoàn - cộng 11 đoàn với 152 lượt khách quốc tế.\n"
    )
    assert ("2023-Q2", "inbound_delegations", 7, "exact") in found
    assert not any(value == 152 and period == "2023-Q2" for period, _, value, _ in found)


def test_a_comparison_bracket_that_goes_on_with_another_periods_label():
    text = (
        "BÁO CÁO\nKết quả công tác lãnh sự 6 tháng đầu năm 2024\n"
        "6 tháng đầu năm 2024, Sở đã phối hợp giải quyết 14 vụ việc bảo hộ công dân (cùng kỳ năm 2023: 9 vụ việc; "
        "cả năm 2023: 23 vụ việc).\n"
    )
    found = published_figures(text)
    assert {
        ("2024-H1", "consular_cases", 14, "exact"),
        ("2023-H1", "consular_cases", 9, "exact"),
        ("2023", "consular_cases", 23, "exact"),
    } <= found


def test_the_subject_line_of_a_letterhead_laid_out_as_a_table(tmp_path):
    report = word_report(
        tmp_path / "cv_pcpnn_quy_iii.docx",
        [],
        [
            ("UBND TỈNH HÀ TĨNH\nSỞ NGOẠI VỤ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"),
            (
                "Số: 612/SNgV-HTQT\nV/v báo cáo công tác phi chính phủ nước ngoài quý III năm 2025",
                "Hà Tĩnh, ngày 29 tháng 9 năm 2025",
            ),
        ],
        [
            "Kính gửi: Ủy ban nhân dân tỉnh.",
            "Trong quý, Sở phối hợp thẩm định, tiếp nhận 05 dự án với giá trị cam kết 320.000 USD.",
        ],
    )
    assert report.period_code == "2025-Q3"
    assert {("2025-Q3", "ngo_projects_approved", 5), ("2025-Q3", "ngo_aid_committed", 320000)} <= figure_keys(report)


def _time_table(path, title: str, header: tuple[str, ...], rows: list[tuple[str, ...]]):
    return word_report(path, ["BÁO CÁO", title, "Biểu 1. Kết quả theo kỳ"], [header, *rows])


def test_a_column_counted_to_a_day_is_the_periods_only_in_its_last_month(tmp_path):
    report = _time_table(
        tmp_path / "bc_lanh_su.docx",
        "Kết quả công tác lãnh sự 6 tháng đầu năm 2025",
        ("Nội dung", "ĐVT", "Quý I", "Quý II (đến 20/6)", "Tháng 6 (đến 20/6)"),
        [("Vụ việc bảo hộ công dân", "vụ việc", "6", "8", "3")],
    )
    assert {("2025-Q1", "consular_cases", 6), ("2025-Q2", "consular_cases", 8)} <= figure_keys(report)
    assert not any(figure.period_code == "2025-06" for figure in report.figures)
    early = _time_table(
        tmp_path / "bc_lanh_su_som.docx",
        "Kết quả công tác lãnh sự 6 tháng đầu năm 2025",
        ("Nội dung", "ĐVT", "Quý I", "Quý II (tính đến ngày 15/5/2025)"),
        [("Vụ việc bảo hộ công dân", "vụ việc", "6", "5")],
    )
    assert not any(figure.value == 5 for figure in early.figures)


def test_reasons_name_the_cut_off():
    text = (
        "BÁO CÁO\nKết quả công tác lãnh sự 6 tháng đầu năm 2025\n"
        "| Nội dung | Quý I | Quý II (đến 15/5) |\n|---|---|---|\n| Vụ việc bảo hộ công dân | 6 vụ việc | 5 vụ việc |\n"
    )
    assert "15/5" in not_published_reasons(text)["5"]


def test_a_row_opening_with_tong_luot_is_a_measure(tmp_path):
    report = word_report(
        tmp_path / "bc_xnc_2024.docx",
        ["BÁO CÁO", "Tình hình xuất, nhập cảnh năm 2024", "Biểu 1. Xuất, nhập cảnh qua cửa khẩu quốc tế Cầu Treo"],
        [
            ("TT", "Chỉ tiêu", "Đơn vị tính", "6 tháng đầu năm", "6 tháng cuối năm", "Cả năm"),
            ("1", "Tổng số lượt người xuất, nhập cảnh", "lượt người", "240.118", "262.005", "502.123"),
        ],
    )
    assert {
        ("2024-H2", "border_crossings_persons", 262005),
        ("2024", "border_crossings_persons", 502123),
    } <= figure_keys(report)


def test_a_figure_of_the_partners_side_is_not_the_provinces():
    text = (
        "BÁO CÁO\nKết quả công tác biên giới quý II năm 2025\n"
        "Quý II/2025, cửa khẩu quốc tế Cầu Treo làm thủ tục xuất, nhập cảnh cho 48.210 lượt người. Về phía tỉnh "
        "Bolikhămxay, cửa khẩu quốc tế Nậm Phao làm thủ tục xuất, nhập cảnh cho 45.900 lượt người.\n"
    )
    assert ("2025-Q2", "border_crossings_persons", 48210, "exact") in published_figures(text)
    assert "other side" in not_published_reasons(text)["45.900"]


def test_a_number_explaining_how_a_count_is_made_is_no_figure():
    text = (
        "BÁO CÁO\nKết quả công tác quản lý đoàn ra năm 2024\n"
        "Năm 2024, tỉnh cử 61 đoàn với 402 lượt cán bộ đi công tác nước ngoài. Lưu ý: 01 cán bộ đi nhiều đoàn được "
        "tính nhiều lượt.\n"
    )
    found = published_figures(text)
    assert ("2024", "outbound_persons", 402, "exact") in found
    assert not any(value == 1 for *_, value, _ in found)
    assert "how the count is made" in not_published_reasons(text)["01"]


def test_the_whole_year_after_a_year_the_clause_opens_with_is_that_year():
    found = published_figures(
        "BÁO CÁO\nTổng kết công tác đối ngoại giai đoạn 2021 - 2025\n"
        "Giai đoạn 2021 - 2025, tỉnh tổ chức 48 hội nghị, hội thảo quốc tế. Trong năm 2024, cả năm tiếp nhận 31 dự án "
        "viện trợ phi chính phủ nước ngoài.\n"
    )
    assert ("2024", "ngo_projects_approved", 31, "exact") in found
    # (a comparison's year is not the one the figure's "cả năm" means)
    compared = published_figures(
        "BÁO CÁO\nTổng kết công tác đối ngoại năm 2025\n"
        "So với năm 2024, cả năm tổ chức 12 hội nghị, hội thảo quốc tế.\n"
    )
    assert not any(period == "2024" for period, *_ in compared)


def test_a_comparison_bracket_with_items_parted_by_semicolons_reads_each_items_words():
    found = published_figures(
        "BÁO CÁO\nKết quả công tác đối ngoại quý II năm 2024\n"
        "Tổng hợp quý II/2024: 14 đoàn ra/63 lượt cán bộ; 11 đoàn vào/170 lượt khách quốc tế (cùng kỳ năm 2023: "
        "12 đoàn ra/58 lượt cán bộ; 8 đoàn vào/121 lượt khách).\n"
    )
    assert {
        ("2023-Q2", "outbound_delegations", 12, "exact"),
        ("2023-Q2", "outbound_persons", 58, "exact"),
        ("2023-Q2", "inbound_delegations", 8, "exact"),
        ("2023-Q2", "inbound_visitors", 121, "exact"),
    } <= found


def test_a_months_column_counts_from_january_only_right_after_the_period_ending_those_months(tmp_path):
    header = ("TT", "Chỉ tiêu", "ĐVT", "Quý I", "Quý II", "6 tháng", "Quý III", "9 tháng", "Quý IV", "Cả năm")
    row = ("1", "Vụ việc bảo hộ công dân", "vụ việc", "4", "6", "10", "5", "15", "8", "23")
    year = _time_table(tmp_path / "bc_lanh_su_2024.docx", "Kết quả công tác lãnh sự năm 2024", header, [row])
    assert {
        ("2024-Q1", "consular_cases", 4),
        ("2024-H1", "consular_cases", 10),
        ("2024-9M", "consular_cases", 15),
        ("2024", "consular_cases", 23),
    } <= figure_keys(year)
    # ("6 tháng" after the fourth quarter, "3 tháng" after September: other months than January's)
    later = _time_table(
        tmp_path / "bc_lanh_su_2024_b.docx",
        "Kết quả công tác lãnh sự năm 2024",
        ("TT", "Chỉ tiêu", "ĐVT", "Quý III", "Quý IV", "6 tháng", "Cả năm"),
        [("1", "Vụ việc bảo hộ công dân", "vụ việc", "5", "8", "13", "23")],
    )
    assert not any(figure.value == 13 for figure in later.figures)
    nine = _time_table(
        tmp_path / "bc_lanh_su_9t.docx",
        "Kết quả công tác lãnh sự 9 tháng năm 2024",
        ("TT", "Chỉ tiêu", "ĐVT", "Tháng 7", "Tháng 8", "Tháng 9", "3 tháng", "9 tháng"),
        [("1", "Vụ việc bảo hộ công dân", "vụ việc", "4", "5", "3", "12", "30")],
    )
    assert ("2024-9M", "consular_cases", 30) in figure_keys(nine)
    assert not any(figure.value == 12 for figure in nine.figures)


def test_the_title_alone_does_not_make_a_row_of_a_table_over_periods_a_measure(tmp_path):
    report = _time_table(
        tmp_path / "bc_pcpnn_2024.docx",
        "Kết quả vận động viện trợ phi chính phủ nước ngoài năm 2024",
        ("TT", "Chỉ tiêu", "ĐVT", "Quý I", "Quý II", "Quý III", "Quý IV"),
        [
            ("1", "Giá trị viện trợ thực hiện", "USD", "120.000", "95.000", "80.000", "140.000"),
            ("2", "Dự án chưa được phê duyệt", "dự án", "2", "1", "3", "2"),
            ("3", "Giá trị cam kết lĩnh vực y tế", "USD", "50.000", "40.000", "30.000", "60.000"),
        ],
    )
    assert not report.figures


def test_what_goes_with_a_figure_that_waits_waits_with_it():
    text = (
        "BÁO CÁO\nTổng kết công tác viện trợ phi chính phủ nước ngoài năm 2024\n"
        "Năm 2024, tiếp nhận 21 dự án với tổng giá trị cam kết 2,1 triệu USD (năm 2023: 17 dự án với giá trị cam kết "
        "1.480.000 USD, riêng huyện Cẩm Xuyên 5 dự án với 300.000 USD).\n"
    )
    found = published_figures(text)
    assert ("2023", "ngo_aid_committed", 1480000, "exact") in found
    assert not any(value in (5, 300000) for *_, value, _ in found)
    assert "companion" in not_published_reasons(text)["300.000 USD"]


def test_a_comparison_bracket_is_not_split_at_a_label_without_its_own_year():
    text = (
        "BÁO CÁO\nKết quả công tác đối ngoại 6 tháng đầu năm 2024\n"
        "6 tháng đầu năm 2024, tỉnh đón 25 đoàn vào với 310 lượt khách quốc tế (cùng kỳ năm 2023: 18 đoàn; riêng quý "
        "II: 11 đoàn với 80 lượt khách; trong đó tháng 6/2023: 5 đoàn với 40 lượt khách).\n"
    )
    found = published_figures(text)
    assert ("2024-H1", "inbound_delegations", 25, "exact") in found
    assert not any(value in (11, 80, 5, 40) for *_, value, _ in found)


def test_a_cut_off_naming_another_year_leaves_the_column_uncertain(tmp_path):
    report = _time_table(
        tmp_path / "bc_lanh_su_2025.docx",
        "Kết quả công tác lãnh sự 9 tháng năm 2025",
        ("Nội dung", "ĐVT", "Quý II", "Quý III (đến 15/9/2024)"),
        [("Vụ việc bảo hộ công dân", "vụ việc", "6", "5")],
    )
    assert ("2025-Q2", "consular_cases", 6) in figure_keys(report)
    assert not any(figure.value == 5 for figure in report.figures)


def test_an_items_label_over_a_line_of_its_own_says_what_the_line_holds():
    text = (
        "BÁO CÁO\nKết quả công tác đối ngoại 6 tháng đầu năm 2025\n"
        "- Mục tiêu kế hoạch năm 2025:\n60 đoàn ra; 45 đoàn vào; 15 hội nghị quốc tế\n"
        "- Kết quả 6 tháng: cử 27 đoàn ra; đón 19 đoàn vào.\n"
    )
    found = published_figures(text)
    assert {("2025-H1", "outbound_delegations", 27, "exact"), ("2025-H1", "inbound_delegations", 19, "exact")} <= found
    assert not any(value in (60, 45, 15) for *_, value, _ in found)
    # (a label naming a period or a part over its line is not read onto it: "15 đoàn" is no total of the year)
    labelled = published_figures(
        "BÁO CÁO\nKết quả công tác đối ngoại năm 2025\nI. KẾT QUẢ\n- Số đoàn ra trong quý IV:\n15 đoàn\n"
        "- Đoàn ra của các huyện, thị xã:\n20 đoàn với 80 lượt cán bộ\n- Năm 2024:\n57 đoàn ra; 45 đoàn vào\n"
        "- Cả nước:\n3.000 đoàn ra; 2.500 đoàn vào\n"
    )
    assert not labelled


def test_a_note_dating_the_data_to_another_period_keeps_the_figure_from_publication():
    text = (
        "BÁO CÁO\nKết quả công tác đối ngoại năm 2023\n"
        "Sở phối hợp rà soát danh sách khoảng 76.000 người Hà Tĩnh đang sinh sống ở nước ngoài (theo số liệu của "
        "năm 2022).\n"
    )
    assert not published_figures(text)
    assert "dates the figure" in not_published_reasons(text)["khoảng 76.000"]


def test_period_words_inside_the_bracket_before_a_figure_are_its_own():
    text = (
        "BÁO CÁO\nKết quả công tác đối ngoại 6 tháng đầu năm 2024\n"
        "I. KẾT QUẢ\nTrong 6 tháng, tỉnh cử 33 đoàn ra, đón 20 đoàn vào. Cấp 15 hộ chiếu công vụ. (Số liệu 4 tháng đầu năm "
        "đã gửi Bộ Ngoại giao: 19 đoàn ra, 12 đoàn vào.)\n"
    )
    found = published_figures(text)
    assert ("2024-H1", "outbound_delegations", 33, "exact") in found
    assert not any(value in (19, 12) for *_, value, _ in found)
    assert "4 thang dau nam" in not_published_reasons(text)["19"]


def test_a_sub_count_runs_past_a_bracket_holding_a_names_bracket():
    found = published_figures(
        "BÁO CÁO\nKết quả công tác lãnh sự quý II năm 2025\n"
        "Quý II/2025, Sở phối hợp giải quyết 11 vụ việc bảo hộ công dân, trong đó có 06 vụ lao động bỏ trốn (chủ yếu "
        "tại Hàn Quốc, Đài Loan (Trung Quốc)), 03 vụ công dân bị tạm giữ.\n"
    )
    assert ("2025-Q2", "consular_cases", 11, "exact") in found
    assert not any(value in (6, 3) for *_, value, _ in found)


def test_comparisons_and_plans_before_a_comma_still_keep_the_next_figure_waiting():
    for sentence in (
        "Năm 2025 tỉnh cử 61 đoàn ra (tương đương năm 2024), 48 đoàn vào.",
        "Năm 2025, kế hoạch đề ra 60 đoàn ra, 45 đoàn vào.",
        "Năm 2025, riêng Sở Ngoại vụ chủ trì 20 đoàn ra, 15 đoàn vào.",
    ):
        found = published_figures(f"BÁO CÁO\nKết quả công tác đối ngoại năm 2025\nI. KẾT QUẢ\n{sentence}\n")
        assert not any(value in (48, 45, 15) and period != "2025" for period, _, value, _ in found), sentence
        assert not any(value in (45, 15) for *_, value, _ in found), sentence
