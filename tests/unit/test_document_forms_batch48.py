"""Capabilities found by the forty-seventh and forty-eighth blind batches, written here in phrasings other than
the batches'."""

from tests.unit.documents import not_published_reasons, published_figures, word_report


def _figures(report) -> set[tuple]:
    return {(f.period_code, f.indicator_code, f.value.normalize()) for f in report.figures}


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
    assert {("2025-Q3", "ngo_projects_approved", 5), ("2025-Q3", "ngo_aid_committed", 320000)} <= _figures(report)


def _time_table(path, title: str, header: tuple[str, ...], rows: list[tuple[str, ...]]):
    return word_report(path, ["BÁO CÁO", title, "Biểu 1. Kết quả theo kỳ"], [header, *rows])


def test_rows_of_a_table_over_periods_are_measures_of_the_reports_subject(tmp_path):
    report = _time_table(
        tmp_path / "bc_pcpnn_2024.docx",
        "Kết quả vận động viện trợ phi chính phủ nước ngoài năm 2024",
        ("TT", "Chỉ tiêu", "ĐVT", "Quý I", "Quý II", "6 tháng", "Quý III", "9 tháng", "Quý IV", "Năm 2024"),
        [
            ("1", "Dự án, phi dự án được phê duyệt", "dự án", "4", "6", "10", "5", "15", "8", "23"),
            (
                "2",
                "Giá trị viện trợ cam kết",
                "USD",
                "210.000",
                "390.500",
                "600.500",
                "250.000",
                "850.500",
                "400.000",
                "1.250.500",
            ),
        ],
    )
    assert {
        ("2024-Q1", "ngo_projects_approved", 4),
        ("2024-H1", "ngo_projects_approved", 10),
        ("2024-9M", "ngo_projects_approved", 15),
        ("2024", "ngo_projects_approved", 23),
        ("2024-Q2", "ngo_aid_committed", 390500),
        ("2024-H1", "ngo_aid_committed", 600500),
        ("2024", "ngo_aid_committed", 1250500),
    } <= _figures(report)


def test_a_named_item_in_a_table_over_periods_stays_an_item(tmp_path):
    report = _time_table(
        tmp_path / "bc_pcpnn_2024_du_an.docx",
        "Kết quả vận động viện trợ phi chính phủ nước ngoài năm 2024",
        ("TT", "Nội dung", "Quý I", "Quý II", "Quý III", "Quý IV"),
        [("1", "Dự án cấp nước sạch xã Kỳ Tân", "20.000", "35.000", "15.000", "10.000")],
    )
    assert not report.figures


def test_a_months_column_counts_from_january_only_in_a_report_that_does(tmp_path):
    header = ("Chỉ tiêu", "ĐVT", "Quý III", "6 tháng", "Cùng kỳ")
    row = ("Dự án, phi dự án được phê duyệt", "dự án", "5", "10", "4")
    nine_months = _time_table(
        tmp_path / "bc_9_thang.docx",
        "Kết quả vận động viện trợ phi chính phủ nước ngoài 9 tháng năm 2024",
        header,
        [row],
    )
    assert ("2024-H1", "ngo_projects_approved", 10) in _figures(nine_months)
    quarter = _time_table(
        tmp_path / "bc_quy_iii.docx",
        "Kết quả vận động viện trợ phi chính phủ nước ngoài quý III năm 2024",
        header,
        [row],
    )
    assert ("2024-Q3", "ngo_projects_approved", 5) in _figures(quarter)
    assert not any(figure.value == 10 for figure in quarter.figures)


def test_a_column_counted_to_a_day_is_the_periods_only_in_its_last_month(tmp_path):
    report = _time_table(
        tmp_path / "bc_lanh_su.docx",
        "Kết quả công tác lãnh sự 6 tháng đầu năm 2025",
        ("Nội dung", "ĐVT", "Quý I", "Quý II (đến 20/6)", "Tháng 6 (đến 20/6)"),
        [("Vụ việc bảo hộ công dân", "vụ việc", "6", "8", "3")],
    )
    assert {("2025-Q1", "consular_cases", 6), ("2025-Q2", "consular_cases", 8)} <= _figures(report)
    assert not any(figure.period_code == "2025-06" for figure in report.figures)
    early = _time_table(
        tmp_path / "bc_lanh_su_som.docx",
        "Kết quả công tác lãnh sự 6 tháng đầu năm 2025",
        ("Nội dung", "ĐVT", "Quý I", "Quý II (tính đến ngày 15/5/2025)"),
        [("Vụ việc bảo hộ công dân", "vụ việc", "6", "5")],
    )
    assert not any(figure.value == 5 for figure in early.figures)


def test_delegations_of_international_organisations_are_missions(tmp_path):
    found = published_figures(
        "BÁO CÁO\nKết quả công tác đối ngoại quý I năm 2026\n"
        "Quý I/2026, Sở tham mưu đón 05 đoàn của các tổ chức quốc tế đến làm việc, khảo sát dự án tại tỉnh.\n"
    )
    assert ("2026-Q1", "inbound_mission_delegations", 5, "exact") in found


def test_a_row_counting_the_guests_of_the_row_above(tmp_path):
    report = _time_table(
        tmp_path / "bc_doan_vao.docx",
        "Kết quả công tác đối ngoại năm 2023",
        ("Nội dung", "ĐVT", "Quý I", "Quý II", "Quý III", "Quý IV"),
        [
            ("Đoàn cơ quan đại diện nước ngoài đến làm việc", "đoàn", "2", "3", "1", "4"),
            ("Lượt khách của các đoàn nói trên", "lượt người", "9", "14", "5", "21"),
        ],
    )
    assert {("2023-Q2", "inbound_mission_visitors", 14), ("2023-Q4", "inbound_mission_visitors", 21)} <= _figures(
        report
    )
    alone = _time_table(
        tmp_path / "bc_khach.docx",
        "Kết quả công tác đối ngoại năm 2023",
        ("Nội dung", "ĐVT", "Quý I", "Quý II"),
        [("Lượt khách của các đoàn nói trên", "lượt người", "9", "14")],
    )
    assert not alone.figures


def test_reasons_name_the_cut_off():
    text = (
        "BÁO CÁO\nKết quả công tác lãnh sự 6 tháng đầu năm 2025\n"
        "| Nội dung | Quý I | Quý II (đến 15/5) |\n|---|---|---|\n| Vụ việc bảo hộ công dân | 6 vụ việc | 5 vụ việc |\n"
    )
    assert "15/5" in not_published_reasons(text)["5"]


def test_a_row_opening_with_tong_luot_is_a_measure(tmp_path):
    report = _time_table(
        tmp_path / "bc_xnc_2024.docx",
        "Tình hình xuất, nhập cảnh qua cửa khẩu quốc tế Cầu Treo năm 2024",
        ("TT", "Chỉ tiêu", "Đơn vị tính", "6 tháng đầu năm", "6 tháng cuối năm", "Cả năm"),
        [("1", "Tổng số lượt người xuất, nhập cảnh", "lượt người", "240.118", "262.005", "502.123")],
    )
    assert {("2024-H2", "border_crossings_persons", 262005), ("2024", "border_crossings_persons", 502123)} <= _figures(
        report
    )


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
