"""Capabilities of the eighty-sixth round, written here in phrasings and layouts other than the held reports'.
Expected figures were written from the texts below before the code ran on them."""

from decimal import Decimal

from tests.unit.documents import figure_keys, text_report, word_report

HEAD = "UBND TỈNH HÀ TĨNH\nSỞ NGOẠI VỤ\nSố: 57/BC-SNgV\n"


def _year_report(tmp_path, name: str, rows, before: tuple[str, ...] = (), after: tuple[str, ...] = (), year=2021):
    return word_report(
        tmp_path / name,
        [
            HEAD,
            f"Hà Tĩnh, ngày 14 tháng 01 năm {year + 1}",
            "BÁO CÁO",
            f"Kết quả công tác đối ngoại năm {year}",
            *before,
        ],
        rows,
        list(after),
    )


def test_a_same_period_column_of_the_year_before_dates_each_month_and_quarter_row(tmp_path):
    extraction = _year_report(
        tmp_path,
        "bc_2021.docx",
        [
            ("Thời gian", "Năm 2021", "Năm 2021", "Cùng kỳ 2020", "Cùng kỳ năm 2019"),
            ("Thời gian", "Đoàn vào", "Lượt khách quốc tế", "Đoàn vào", "Đoàn vào"),
            ("Tháng 4", "7", "61", "2", "9"),
            ("Quý II", "15", "140", "4", "21"),
        ],
    )
    found = figure_keys(extraction)
    for key in [
        ("2021-04", "inbound_delegations", 7),
        ("2021-04", "inbound_visitors", 61),
        ("2021-Q2", "inbound_delegations", 15),
        ("2020-04", "inbound_delegations", 2),
        ("2020-Q2", "inbound_delegations", 4),
    ]:
        assert key in found
    # (two years before is no "cùng kỳ" of this table's year: it waits)
    assert not any(value in (9, 21) for *_, value in found)


def test_a_rows_estimate_is_not_carried_to_the_column_of_the_year_before(tmp_path):
    extraction = _year_report(
        tmp_path,
        "bc_quy_4.docx",
        [
            ("Tháng", "Năm 2021", "Cùng kỳ năm 2020"),
            ("Tháng", "Đoàn ra", "Đoàn ra"),
            ("Tháng 11", "5", "3"),
            ("Tháng 12 (ước)", "6", "4"),
        ],
    )
    qualifiers = {(f.period_code, f.value.normalize()): f.qualifier for f in extraction.figures}
    assert qualifiers[("2021-12", Decimal(6))] == "approx"
    assert qualifiers[("2020-12", Decimal(4))] == "exact"
    assert qualifiers[("2020-11", Decimal(3))] == "exact"


def test_the_places_beside_a_groups_total_are_its_parts(tmp_path):
    extraction = _year_report(
        tmp_path,
        "bc_cua_khau.docx",
        before=("Bảng 2. Xuất nhập cảnh qua các cửa khẩu theo quý",),
        rows=[
            ("Quý", "Lượt người xuất nhập cảnh", "Lượt người xuất nhập cảnh", "Lượt người xuất nhập cảnh"),
            ("Quý", "Cửa khẩu Cầu Treo", "Lối mở Kim Quang", "Tổng cộng"),
            ("Quý I", "52.300", "1.200", "53.500"),
            ("Quý II", "48.100", "900", "49.000"),
        ],
    )
    found = figure_keys(extraction)
    assert ("2021-Q1", "border_crossings_persons", 53500) in found
    assert ("2021-Q2", "border_crossings_persons", 49000) in found
    assert not any(value in (52300, 1200, 48100, 900) for *_, value in found)


def test_a_unit_cell_of_the_labels_initials_names_its_noun(tmp_path):
    extraction = _year_report(
        tmp_path,
        "bc_chi_tieu.docx",
        [
            ("STT", "Nội dung", "ĐVT", "Năm 2020", "Năm 2021"),
            ("1", "Hội thảo quốc tế đã tổ chức", "HT", "3", "5"),
            ("2", "Dự án PCPNN được phê duyệt", "DA", "12", "14"),
            ("3", "Đoàn ra", "HN", "7", "9"),
        ],
    )
    found = figure_keys(extraction)
    for key in [
        ("2020", "intl_conferences", 3),
        ("2021", "intl_conferences", 5),
        ("2020", "ngo_projects_approved", 12),
        ("2021", "ngo_projects_approved", 14),
    ]:
        assert key in found
    # (initials of another noun than the label's: what the row counts is not known)
    assert not any(value in (7, 9) for *_, value in found)


def test_a_title_adding_an_earlier_periods_final_figures_names_two_periods(tmp_path):
    found = figure_keys(
        text_report(
            tmp_path,
            "bc_thang_10.txt",
            HEAD
            + "Hà Tĩnh, ngày 24 tháng 10 năm 2020\nBÁO CÁO\nCông tác đối ngoại tháng 10 năm 2020 và bổ sung số liệu "
            "chính thức quý III năm 2020\n"
            "I. SỐ LIỆU CHÍNH THỨC QUÝ III NĂM 2020\n"
            "Trong quý, toàn tỉnh cử 11 đoàn ra; đón 9 đoàn vào.\n"
            "II. CÔNG TÁC ĐỐI NGOẠI THÁNG 10 NĂM 2020\n"
            "Trong tháng, toàn tỉnh cử 04 đoàn ra; đón 03 đoàn vào.\n",
        )
    )
    for key in [
        ("2020-Q3", "outbound_delegations", 11),
        ("2020-Q3", "inbound_delegations", 9),
        ("2020-10", "outbound_delegations", 4),
        ("2020-10", "inbound_delegations", 3),
    ]:
        assert key in found
    assert ("2020-Q3", "outbound_delegations", 4) not in found


def test_a_column_of_final_figures_corrects_the_estimates_beside_it(tmp_path):
    extraction = word_report(
        tmp_path / "bc_dieu_chinh.docx",
        [HEAD, "Hà Tĩnh, ngày 20 tháng 4 năm 2022", "BÁO CÁO", "Kết quả công tác đối ngoại quý I năm 2022"],
        [
            ("Chỉ tiêu", "Số ước đã báo cáo", "Số liệu chính thức"),
            ("Đoàn ra (đoàn)", "12", "13"),
            ("Đoàn vào (đoàn)", "8", "8"),
        ],
    )
    found = figure_keys(extraction)
    assert ("2022-Q1", "outbound_delegations", 13) in found
    assert ("2022-Q1", "outbound_delegations", 12) not in found
    assert ("2022-Q1", "inbound_delegations", 8) in found


def test_an_estimate_note_to_a_years_end_makes_only_that_years_values_estimates(tmp_path):
    extraction = word_report(
        tmp_path / "bc_nam_2022.docx",
        [HEAD, "Hà Tĩnh, ngày 16 tháng 12 năm 2022", "BÁO CÁO", "Tổng kết công tác đối ngoại năm 2022"],
        [
            ("Chỉ tiêu", "Năm 2020", "Năm 2021", "Năm 2022"),
            ("Đoàn vào (đoàn)", "6", "10", "19"),
        ],
        ["Ghi chú: số liệu trong bảng trên là số ước tính đến hết năm 2022."],
    )
    qualifiers = {(f.period_code, f.indicator_code): f.qualifier for f in extraction.figures}
    assert qualifiers[("2022", "inbound_delegations")] == "approx"
    assert qualifiers[("2020", "inbound_delegations")] == "exact"
    assert qualifiers[("2021", "inbound_delegations")] == "exact"


def test_a_bracket_after_a_count_no_indicator_reads_holds_its_parts(tmp_path):
    found = figure_keys(
        text_report(
            tmp_path,
            "bc_thang_3.txt",
            HEAD + "Hà Tĩnh, ngày 25 tháng 3 năm 2021\nBÁO CÁO\nCông tác đối ngoại tháng 3 năm 2021\n"
            "3. Xuất nhập cảnh\n"
            "- Tại cửa khẩu Cầu Treo, làm thủ tục xuất, nhập cảnh cho 31.200 lượt người và 6.100 lượt phương tiện. Tại "
            "khu bến Vũng Áng: 57 lượt phương tiện với 1.020 lượt thuyền viên (khu bến Sơn Dương 20 lượt phương tiện); "
            "cấp 9 giấy phép xuống tàu.\n",
        )
    )
    assert ("2021-03", "border_crossings_persons", 31200) in found
    assert not any(value == 20 for *_, value in found)


def test_monitoring_and_gift_headers_are_no_ratio_columns(tmp_path):
    extraction = _year_report(
        tmp_path,
        "bc_giam_sat.docx",
        [
            ("Chỉ tiêu", "Kỳ giám sát", "Kỳ giám sát"),
            ("Chỉ tiêu", "Năm 2020", "Năm 2021"),
            ("Đoàn ra (đoàn)", "14", "22"),
        ],
    )
    found = figure_keys(extraction)
    assert ("2020", "outbound_delegations", 14) in found
    assert ("2021", "outbound_delegations", 22) in found
    ratios = _year_report(
        tmp_path,
        "bc_ty_le.docx",
        [("Chỉ tiêu", "Năm 2021", "Tăng, giảm so với năm 2020"), ("Đoàn ra (đoàn)", "22", "8")],
    )
    assert not any(value == 8 for *_, value in figure_keys(ratios))


def test_a_breakdown_label_naming_its_year_makes_its_counts_parts(tmp_path):
    found = figure_keys(
        text_report(
            tmp_path,
            "bc_doan_ra.txt",
            HEAD + "Hà Tĩnh, ngày 10 tháng 01 năm 2024\nBÁO CÁO\nKết quả quản lý đoàn ra năm 2023\n"
            "1. Đoàn ra\n"
            "- Năm 2023, toàn tỉnh cử 47 đoàn ra.\n"
            "- Chia theo cấp cử đoàn năm 2023: cấp tỉnh 19 đoàn; cấp huyện 21 đoàn; doanh nghiệp 07 đoàn.\n",
        )
    )
    assert ("2023", "outbound_delegations", 47) in found
    assert not any(value in (19, 21, 7) for *_, value in found)


def test_abbreviated_passports_and_vehicles_name_their_nouns(tmp_path):
    extraction = _year_report(
        tmp_path,
        "bc_ho_chieu.docx",
        [
            ("Quý", "Cấp mới HCCV", "Lượt p.tiện xuất nhập cảnh qua cửa khẩu Cầu Treo"),
            ("Quý I", "18", "4.210"),
            ("Quý II", "25", "5.030"),
        ],
    )
    found = figure_keys(extraction)
    for key in [
        ("2021-Q1", "official_passports_issued", 18),
        ("2021-Q2", "official_passports_issued", 25),
        ("2021-Q1", "border_crossings_vehicles", 4210),
        ("2021-Q2", "border_crossings_vehicles", 5030),
    ]:
        assert key in found


# Capabilities of the eighty-seventh round (its batch's first run, then these inputs written apart from it).


def test_a_title_naming_two_months_gives_no_single_period_but_brackets_do_not_count(tmp_path):
    found = figure_keys(
        text_report(
            tmp_path,
            "bc_thang_11_12.txt",
            HEAD
            + "Hà Tĩnh, ngày 24 tháng 12 năm 2021\nBÁO CÁO\nKết quả công tác đối ngoại tháng 11 và tháng 12 năm 2021\n"
            "- Tháng 11 đón 03 đoàn vào; tháng 12 đón 05 đoàn vào.\n"
            "- Trong hai tháng, toàn tỉnh cử 06 đoàn ra.\n",
        )
    )
    assert ("2021-11", "inbound_delegations", 3) in found
    assert ("2021-12", "inbound_delegations", 5) in found
    assert not any(value == 6 for *_, value in found)
    quarter = figure_keys(
        text_report(
            tmp_path,
            "bc_quy_3.txt",
            HEAD + "Hà Tĩnh, ngày 23 tháng 9 năm 2024\nBÁO CÁO\nKết quả công tác đối ngoại quý III năm 2024 (số liệu "
            "tháng 7, tháng 8 và ước tháng 9)\n- Trong quý, toàn tỉnh cử 09 đoàn ra.\n",
        )
    )
    assert ("2024-Q3", "outbound_delegations", 9) in quarter


def test_a_same_period_column_naming_a_span_no_period_is_is_not_read(tmp_path):
    extraction = word_report(
        tmp_path / "bc_4_thang.docx",
        [HEAD, "Hà Tĩnh, ngày 25 tháng 4 năm 2021", "BÁO CÁO", "Kết quả công tác đối ngoại tháng 4 năm 2021"],
        [
            ("Chỉ tiêu", "Tháng 4/2021", "Lũy kế 4 tháng", "Cùng kỳ 2020 (4 tháng)"),
            ("Đoàn vào (đoàn)", "3", "11", "7"),
        ],
    )
    found = figure_keys(extraction)
    assert ("2021-04", "inbound_delegations", 3) in found
    assert not any(value in (11, 7) for *_, value in found)


def test_a_period_in_brackets_right_after_a_count_is_that_counts(tmp_path):
    found = figure_keys(
        text_report(
            tmp_path,
            "bc_quy_4.txt",
            HEAD
            + "Hà Tĩnh, ngày 22 tháng 11 năm 2021\nBÁO CÁO\nKết quả công tác đối ngoại tháng 10, tháng 11 năm 2021\n"
            "b) Đoàn vào\n"
            "- Ngoài ra, tiếp 03 đoàn (tháng 10) với 19 lượt khách và 02 đoàn (tháng 11) với 9 lượt khách là cơ quan "
            "đại diện ngoại giao, tổ chức quốc tế tại Việt Nam.\n",
        )
    )
    assert ("2021-10", "inbound_mission_delegations", 2) not in found


def test_a_marked_note_counting_a_period_only_to_a_day_unsettles_that_periods_cell(tmp_path):
    extraction = word_report(
        tmp_path / "bc_quy_2.docx",
        [HEAD, "Hà Tĩnh, ngày 21 tháng 6 năm 2024", "BÁO CÁO", "Kết quả công tác đối ngoại quý II năm 2024"],
        [
            ("Chỉ tiêu", "Quý I/2024", "Quý II/2024"),
            ("Lượt người xuất nhập cảnh qua cửa khẩu Cầu Treo (*)", "71.400", "52.900"),
            ("Đoàn ra (đoàn)", "12", "15"),
        ],
        ["(*) Số liệu quý II/2024 tại cửa khẩu tính đến ngày 10/6/2024; số liệu quý I/2024 là số chính thức."],
    )
    found = figure_keys(extraction)
    assert ("2024-Q1", "border_crossings_persons", 71400) in found
    assert ("2024-Q2", "outbound_delegations", 15) in found
    assert not any(value == 52900 for *_, value in found)


def test_a_numbered_marker_whose_note_doubts_the_row_keeps_it_back(tmp_path):
    extraction = word_report(
        tmp_path / "phu_luc.docx",
        [HEAD, "Hà Tĩnh, ngày 15 tháng 01 năm 2023", "PHỤ LỤC SỐ LIỆU", "Kết quả công tác đối ngoại năm 2022"],
        [
            ("STT", "Chỉ tiêu", "ĐVT", "Năm 2022"),
            ("1", "Đoàn vào (2)", "đoàn", "31"),
            ("2", "Đoàn ra", "đoàn", "44"),
        ],
        ["Ghi chú:", "(2) Số đoàn vào năm 2022 chưa chính xác, Sở đang rà soát với các huyện."],
    )
    found = figure_keys(extraction)
    assert ("2022", "outbound_delegations", 44) in found
    assert not any(value == 31 for *_, value in found)


def test_initials_listed_in_a_unit_cell_and_a_sum_over_an_estimated_column(tmp_path):
    extraction = word_report(
        tmp_path / "bc_nhiem_ky.docx",
        [
            HEAD,
            "Hà Tĩnh, ngày 10 tháng 12 năm 2020",
            "BÁO CÁO",
            "Kết quả công tác đối ngoại năm 2020 và giai đoạn 2016 - 2020",
        ],
        [
            ("Chỉ tiêu", "ĐVT", "2018", "2019", "Ước năm 2020", "Cộng 2018 - 2020"),
            ("Hội nghị, hội thảo quốc tế", "HN, HT", "6", "8", "5", "19"),
        ],
    )
    qualifiers = {(f.period_code, f.value.normalize()): f.qualifier for f in extraction.figures}
    assert qualifiers[("2018", Decimal(6))] == "exact"
    assert qualifiers[("2020", Decimal(5))] == "approx"
    assert qualifiers[("2018-2020", Decimal(19))] == "approx"


def test_an_estimated_month_inside_a_rows_periods_makes_only_that_rows_values_estimates(tmp_path):
    extraction = word_report(
        tmp_path / "bc_6_thang.docx",
        [HEAD, "Hà Tĩnh, ngày 22 tháng 6 năm 2022", "BÁO CÁO", "Kết quả công tác đối ngoại quý II và 6 tháng năm 2022"],
        [
            ("Chỉ tiêu", "Quý II", "6 tháng"),
            ("Tổng kim ngạch xuất nhập khẩu (triệu USD)", "410", "805"),
            ("Đoàn ra (đoàn)", "9", "17"),
        ],
        ["Kim ngạch xuất nhập khẩu quý II và 6 tháng năm 2022 có số liệu tháng 6 là số ước."],
    )
    qualifiers = {(f.period_code, f.indicator_code): f.qualifier for f in extraction.figures}
    assert qualifiers[("2022-Q2", "export_import_turnover")] == "approx"
    assert qualifiers[("2022-H1", "export_import_turnover")] == "approx"
    assert qualifiers[("2022-Q2", "outbound_delegations")] == "exact"
    assert qualifiers[("2022-H1", "outbound_delegations")] == "exact"


def test_a_pipe_header_written_over_three_lines_keeps_its_last_line(tmp_path):
    table = (
        "+=====+===============================+======+==========+=========+==========+\n"
        "| STT | Chỉ tiêu                      | ĐVT  |  6 tháng | Tháng 6 |  So sánh |\n"
        "|     |                               |      | năm 2023 |   (đến  | 6T/cùng  |\n"
        "|     |                               |      |          |  15/6)  |  kỳ (%)  |\n"
        "+-----+-------------------------------+------+----------+---------+----------+\n"
        "|  1  | Lượt người XNC qua CKQT Cầu Treo | lượt | 210.400  |  18.300 |   104,2  |\n"
    )
    found = figure_keys(
        text_report(
            tmp_path,
            "phu_luc_6_thang.txt",
            HEAD
            + "Hà Tĩnh, ngày 23 tháng 6 năm 2023\nPHỤ LỤC SỐ LIỆU\nKết quả công tác đối ngoại 6 tháng đầu năm 2023\n"
            + table,
        )
    )
    assert ("2023-H1", "border_crossings_persons", 210400) in found
    assert not any(value in (18300, Decimal("104.2")) for *_, value in found)


def test_an_undated_count_under_a_heading_of_two_years_around_the_reports_year_waits(tmp_path):
    found = figure_keys(
        text_report(
            tmp_path,
            "to_trinh.txt",
            HEAD
            + "Hà Tĩnh, ngày 20 tháng 01 năm 2023\nTỜ TRÌNH\nĐề nghị khen thưởng thành tích công tác đối ngoại năm "
            "2022\nII. THÀNH TÍCH HAI NĂM 2021 - 2022\n"
            "- Năm 2022, Sở tham mưu cử 41 đoàn ra (năm 2021: 12 đoàn).\n"
            "- Tham mưu tổ chức 09 hội nghị, hội thảo quốc tế.\n",
        )
    )
    assert ("2022", "outbound_delegations", 41) in found
    assert ("2021", "outbound_delegations", 12) in found
    assert not any(value == 9 for *_, value in found)


def test_a_schools_count_is_the_schools(tmp_path):
    found = figure_keys(
        text_report(
            tmp_path,
            "tham_luan.txt",
            HEAD + "Hà Tĩnh, ngày 26 tháng 12 năm 2024\nBÁO CÁO\nKết quả công tác đối ngoại năm 2024\n"
            "- Hiện nay, toàn tỉnh có 1.210 lưu học sinh Lào.\n"
            "- Tỉnh tặng 300 suất quà cho huyện bạn. Trường Trung cấp nghề Kỳ Anh hiện đào tạo 38 học viên Lào.\n",
        )
    )
    assert ("2024", "lao_students", 1210) in found
    assert not any(value == 38 for *_, value in found)


def test_measures_and_kinds_beside_a_groups_total_are_not_made_its_parts(tmp_path):
    extraction = _year_report(
        tmp_path,
        "bc_do_luong.docx",
        [
            ("Kỳ", "Đoàn ra", "Đoàn ra", "Viện trợ PCPNN (USD)", "Viện trợ PCPNN (USD)", "Viện trợ PCPNN (USD)"),
            ("Kỳ", "Tổng số", "Số lượt cán bộ", "Cam kết", "Giải ngân", "Tổng số"),
            ("Quý I", "7", "36", "900.000", "500.000", "1.400.000"),
        ],
    )
    found = figure_keys(extraction)
    assert ("2021-Q1", "outbound_delegations", 7) in found
    assert ("2021-Q1", "outbound_persons", 36) in found
    assert not any(value == 1400000 for *_, value in found)


# The second reading of the 87th round's rules (78 probes written apart): what they must not do.


def test_a_gift_column_beside_a_count_is_no_count(tmp_path):
    extraction = _year_report(
        tmp_path,
        "bc_qua.docx",
        [
            ("Quý", "Lưu học sinh Lào đang học tập (người)", "Lưu học sinh Lào được tặng quà (em)"),
            ("Quý IV", "1.105", "140"),
        ],
    )
    assert not any(value == 140 for *_, value in figure_keys(extraction))


def test_a_total_of_some_districts_or_of_a_gate_and_a_port_is_not_the_provinces(tmp_path):
    districts = _year_report(
        tmp_path,
        "bc_huyen.docx",
        [
            ("Quý", "Đoàn vào cấp huyện", "Đoàn vào cấp huyện", "Đoàn vào cấp huyện"),
            ("Quý", "Huyện Hương Sơn", "Thị xã Hồng Lĩnh", "Cộng"),
            ("Quý I", "2", "1", "3"),
        ],
    )
    assert not any(value == 3 for *_, value in figure_keys(districts))
    mixed = _year_report(
        tmp_path,
        "bc_cua_khau_cang.docx",
        [
            (
                "Quý",
                "Lượt phương tiện xuất nhập cảnh",
                "Lượt phương tiện xuất nhập cảnh",
                "Lượt phương tiện xuất nhập cảnh",
            ),
            ("Quý", "Cửa khẩu Cầu Treo", "Cảng Vũng Áng", "Cộng"),
            ("Quý I", "6.150", "52", "6.202"),
        ],
    )
    assert not any(value == 6202 for *_, value in figure_keys(mixed))


def test_estimates_to_a_years_end_reach_its_last_quarter_and_month_not_its_earlier_quarters(tmp_path):
    extraction = word_report(
        tmp_path / "bc_quy_4.docx",
        [HEAD, "Hà Tĩnh, ngày 18 tháng 12 năm 2021", "BÁO CÁO", "Kết quả công tác đối ngoại quý IV năm 2021"],
        [("Chỉ tiêu", "Quý III/2021", "Tháng 12/2021", "Quý IV/2021"), ("Đoàn vào (đoàn)", "6", "3", "8")],
        ["Số liệu tại Biểu trên là số ước đến hết ngày 31/12/2021."],
    )
    qualifiers = {f.period_code: f.qualifier for f in extraction.figures if f.indicator_code == "inbound_delegations"}
    assert qualifiers == {"2021-Q3": "exact", "2021-12": "approx", "2021-Q4": "approx"}


def test_the_estimated_month_named_inside_a_rows_periods_is_an_estimate_too(tmp_path):
    extraction = word_report(
        tmp_path / "bc_quy_2.docx",
        [HEAD, "Hà Tĩnh, ngày 22 tháng 6 năm 2022", "BÁO CÁO", "Kết quả công tác đối ngoại quý II năm 2022"],
        [("Chỉ tiêu", "Tháng 6", "Quý II"), ("Tổng kim ngạch xuất nhập khẩu (triệu USD)", "140", "410")],
        ["Ghi chú: Kim ngạch xuất nhập khẩu quý II năm 2022 có số liệu tháng 6 là số ước."],
    )
    qualifiers = {
        f.period_code: f.qualifier for f in extraction.figures if f.indicator_code == "export_import_turnover"
    }
    assert qualifiers == {"2022-06": "approx", "2022-Q2": "approx"}


def test_a_breakdown_by_quarter_naming_its_year_gives_each_quarter(tmp_path):
    found = figure_keys(
        text_report(
            tmp_path,
            "bc_nam_2023.txt",
            HEAD + "Hà Tĩnh, ngày 12 tháng 01 năm 2024\nBÁO CÁO\nKết quả công tác đối ngoại năm 2023\n"
            "- Phân theo quý năm 2023: quý I 10 đoàn ra; quý II 12 đoàn ra; quý III 11 đoàn ra.\n",
        )
    )
    assert ("2023-Q1", "outbound_delegations", 10) in found
    assert ("2023-Q3", "outbound_delegations", 11) in found


def test_doubting_words_in_a_sentence_or_a_numbered_list_keep_no_table_row_back(tmp_path):
    found = figure_keys(
        text_report(
            tmp_path,
            "bc_thang_5.txt",
            HEAD + "Hà Tĩnh, ngày 24 tháng 5 năm 2022\nBÁO CÁO\nKết quả công tác đối ngoại tháng 5 năm 2022\n"
            "- Trong tháng, phối hợp xử lý 07 vụ việc lãnh sự, bảo hộ công dân; đính chính 02 tin bài phản ánh chưa "
            "chính xác.\n",
        )
    )
    assert ("2022-05", "consular_cases", 7) in found
    listed = word_report(
        tmp_path / "bc_nhiem_vu.docx",
        [
            HEAD,
            "Hà Tĩnh, ngày 15 tháng 01 năm 2023",
            "BÁO CÁO",
            "Kết quả công tác đối ngoại năm 2022",
            "(1) Rà soát các đoàn ra còn chậm báo cáo; số liệu một số huyện chưa chính xác.",
        ],
        [("Chỉ tiêu", "Năm 2022"), ("Đoàn ra (1)", "44")],
    )
    assert ("2022", "outbound_delegations", 44) in figure_keys(listed)


def test_this_quarter_under_the_heading_of_one_of_a_titles_two_quarters_is_that_quarter(tmp_path):
    found = figure_keys(
        text_report(
            tmp_path,
            "bc_quy_3.txt",
            HEAD + "Hà Tĩnh, ngày 25 tháng 9 năm 2020\nBÁO CÁO\nKết quả công tác đối ngoại quý III năm 2020 và bổ sung "
            "số liệu quý II năm 2020\nI. KẾT QUẢ QUÝ III NĂM 2020\n- Trong quý, cử 07 đoàn ra.\n"
            "II. BỔ SUNG SỐ LIỆU QUÝ II NĂM 2020\n- Quý II/2020, toàn tỉnh đón 05 đoàn vào.\n",
        )
    )
    assert ("2020-Q3", "outbound_delegations", 7) in found
    assert ("2020-Q2", "inbound_delegations", 5) in found


# The 88th batch's first run (on b7bbb1f), then these inputs written apart from it.


def test_what_an_earlier_report_said_is_not_this_reports_figure(tmp_path):
    found = figure_keys(
        text_report(
            tmp_path,
            "bc_quy_3.txt",
            HEAD + "Hà Tĩnh, ngày 04 tháng 10 năm 2022\nBÁO CÁO\nKết quả công tác đối ngoại quý III năm 2022\n"
            "I. CẬP NHẬT SỐ LIỆU THÁNG 8 NĂM 2022\n"
            "Tại Báo cáo số 205/BC-SNgV, Sở đã báo cáo tháng 8/2022 có 04 đoàn ra với 17 lượt cán bộ; cấp mới 12 hồ sơ "
            "HCCV, HCNG. Nay cập nhật như sau:\nII. KẾT QUẢ QUÝ III NĂM 2022\n- Trong quý, toàn tỉnh cử 13 đoàn ra.\n",
        )
    )
    assert ("2022-Q3", "outbound_delegations", 13) in found
    assert not any(value in (4, 17, 12) for *_, value in found)


def test_the_clerks_months_in_a_header_are_months(tmp_path):
    extraction = word_report(
        tmp_path / "bc_quy_2.docx",
        [HEAD, "Hà Tĩnh, ngày 24 tháng 6 năm 2024", "BÁO CÁO", "Kết quả công tác đối ngoại quý II năm 2024"],
        [
            ("Chỉ tiêu", "Quý II", "Quý II", "Quý II"),
            ("Chỉ tiêu", "T4", "T5", "T6"),
            ("Đoàn vào (đoàn)", "4", "2", "5"),
        ],
    )
    found = figure_keys(extraction)
    for key in [
        ("2024-04", "inbound_delegations", 4),
        ("2024-05", "inbound_delegations", 2),
        ("2024-06", "inbound_delegations", 5),
    ]:
        assert key in found


def test_an_agreed_column_corrects_the_same_years_columns_beside_it(tmp_path):
    extraction = word_report(
        tmp_path / "bien_ban.docx",
        [HEAD, "Hà Tĩnh, ngày 12 tháng 01 năm 2025", "BIÊN BẢN", "Thống nhất số liệu đối ngoại năm 2024"],
        [
            ("STT", "Nội dung", "Năm 2024", "Năm 2024", "Năm 2023"),
            ("STT", "Nội dung", "Số đã báo cáo tại BC 301", "Số thống nhất", "Năm 2023"),
            ("1", "Đoàn vào (đoàn)", "52", "55", "47"),
        ],
    )
    found = figure_keys(extraction)
    assert ("2024", "inbound_delegations", 55) in found
    assert ("2023", "inbound_delegations", 47) in found
    assert ("2024", "inbound_delegations", 52) not in found


# The 89th batch's first run (on fb2f535), then these inputs written apart from it.


def test_a_count_written_against_its_noun_is_read(tmp_path):
    found = figure_keys(
        text_report(
            tmp_path,
            "bc_thang_4.txt",
            HEAD + "Hà Tĩnh, ngày 24 tháng 4 năm 2021\nBÁO CÁO\nKết quả công tác đối ngoại tháng 4 năm 2021\n"
            "- Trong tháng, toàn tỉnh cử 04đoàn ra (02 đoàn đi Lào, 02 đoàn đi Hàn Quốc); đón 3đoàn vào.\n"
            "- Đội K192 tiếp nhận hài cốt liệt sỹ.\n",
        )
    )
    assert ("2021-04", "outbound_delegations", 4) in found
    assert ("2021-04", "inbound_delegations", 3) in found
    assert not any(value in (2, 192) for *_, value in found)


def test_a_date_closing_a_count_in_a_review_of_several_years_does_not_date_it_to_the_span(tmp_path):
    found = figure_keys(
        text_report(
            tmp_path,
            "bc_giai_doan.txt",
            HEAD + "Hà Tĩnh, ngày 18 tháng 12 năm 2025\nBÁO CÁO\nTổng kết công tác đối ngoại giai đoạn 2021 - 2025\n"
            "- Giai đoạn 2021 - 2025, toàn tỉnh cử 236 đoàn ra.\n"
            "- Tính đến ngày 12/12/2025, toàn tỉnh có 54 đoàn ra.\n",
        )
    )
    assert ("2021-2025", "outbound_delegations", 236) in found
    assert not any(value == 54 for *_, value in found)


def test_hours_of_the_day_are_no_hours_counted_and_a_cited_agreed_column_corrects_nothing(tmp_path):
    found = figure_keys(
        text_report(
            tmp_path,
            "bc_thang_6.txt",
            HEAD + "Hà Tĩnh, ngày 25 tháng 6 năm 2024\nBÁO CÁO\nKết quả công tác đối ngoại tháng 6 năm 2024\n"
            "- Phiên dịch cho buổi làm việc với Đại sứ quán lúc 14giờ ngày 05/6/2024 và từ 8giờ đến 11giờ ngày 12/6.\n"
            "- Trong tháng, thực hiện 26giờ phiên dịch.\n",
        )
    )
    assert ("2024-06", "interpreting_hours", 26) in found
    assert not any(value in (14, 8, 11) for *_, value in found)
    table = word_report(
        tmp_path / "bien_ban_2023.docx",
        [HEAD, "Hà Tĩnh, ngày 15 tháng 01 năm 2024", "BIÊN BẢN", "Thống nhất số liệu đối ngoại năm 2023"],
        [
            ("TT", "Chỉ tiêu", "Năm 2023", "Năm 2023"),
            ("TT", "Chỉ tiêu", "Số thống nhất tại BC 318", "Số cập nhật sau rà soát cuối năm"),
            ("1", "Đoàn ra (đoàn)", "40", "42"),
        ],
    )
    assert ("2023", "outbound_delegations", 40) not in figure_keys(table)
