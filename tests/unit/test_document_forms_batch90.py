"""Capabilities of the ninetieth round, written here in phrasings and layouts other than the held reports'.
Expected figures were written from the texts below before the code ran on them."""

from decimal import Decimal

from tests.unit.documents import figure_keys, not_published_reasons, published_figures, word_report

HEAD = "UBND TỈNH HÀ TĨNH\nSỞ NGOẠI VỤ\nSố: 133/BC-SNgV\n"


def test_a_title_that_updates_an_earlier_periods_official_figures_after_a_comma_names_two_periods():
    text = (
        f"{HEAD}Hà Tĩnh, ngày 24 tháng 4 năm 2022\nBÁO CÁO\n"
        "Công tác đối ngoại tháng 4 năm 2022, bổ sung số liệu chính thức quý I năm 2022\n"
        "I. SỐ LIỆU CHÍNH THỨC QUÝ I NĂM 2022\n"
        "Quý I, toàn tỉnh cử 09 đoàn ra với 31 lượt người.\n"
        "II. KẾT QUẢ CÔNG TÁC ĐỐI NGOẠI THÁNG 4 NĂM 2022\n"
        "Trong tháng, tiếp đón 04 đoàn vào với 27 lượt khách.\n"
    )
    found = published_figures(text)
    assert ("2022-Q1", "outbound_delegations", Decimal(9), "exact") in found
    assert ("2022-04", "inbound_delegations", Decimal(4), "exact") in found
    # (the month's count is never dated by the quarter the title names second)
    assert not any(period == "2022-Q1" and value == 4 for period, _, value, _ in found)


def test_an_official_column_beside_the_estimate_it_replaces_leaves_the_quarter_beside_them_exact(tmp_path):
    extraction = word_report(
        tmp_path / "bc_thang_4.docx",
        [HEAD, "Hà Tĩnh, ngày 25 tháng 4 năm 2022", "BÁO CÁO", "Tình hình công tác đối ngoại tháng 4 năm 2022"],
        [
            ("STT", "Nội dung", "Tháng 3/2022", "Tháng 3/2022", "Quý I/2022"),
            ("STT", "Nội dung", "Số ước tại BC 96", "Số chính thức", "Quý I/2022"),
            ("1", "Đoàn ra", "4", "5", "12"),
            ("2", "Đoàn vào", "3", "3", "8"),
        ],
    )
    found = {(f.period_code, f.indicator_code, f.value.normalize(), f.qualifier) for f in extraction.figures}
    assert ("2022-03", "outbound_delegations", Decimal(5), "exact") in found
    assert ("2022-Q1", "outbound_delegations", Decimal(12), "exact") in found
    assert ("2022-Q1", "inbound_delegations", Decimal(8), "exact") in found
    assert ("2022-03", "outbound_delegations", Decimal(4), "approx") not in found
    assert not any(qualifier == "approx" for *_, qualifier in found)


def test_a_yearless_quarter_under_a_heading_of_several_years_is_not_dated_by_its_last_year():
    text = (
        f"{HEAD}Hà Tĩnh, ngày 08 tháng 01 năm 2021\nBÁO CÁO\nTổng kết công tác đối ngoại giai đoạn 2016 - 2020\n"
        "II. KẾT QUẢ GIAI ĐOẠN 2016 - 2020\n"
        "- Năm 2018, công tác đối ngoại khởi sắc từ quý III: toàn tỉnh tiếp 33 đoàn vào với 260 lượt khách.\n"
    )
    found = published_figures(text)
    assert not any(period == "2020-Q3" for period, *_ in found)
    assert "33" in not_published_reasons(text)


def test_a_quarter_named_alone_after_another_year_is_not_the_reports_year():
    text = (
        f"{HEAD}Hà Tĩnh, ngày 12 tháng 01 năm 2024\nBÁO CÁO\nKết quả công tác đối ngoại năm 2023\n"
        "Nhìn lại năm 2019, quý IV tỉnh đón 11 đoàn vào.\n"
        "Năm 2023, toàn tỉnh đón 38 đoàn vào với 301 lượt khách.\n"
    )
    found = published_figures(text)
    assert ("2023", "inbound_delegations", Decimal(38), "exact") in found
    assert not any(value == 11 for *_, value, _ in found)


def test_a_count_of_what_named_funders_gave_waits_and_a_kind_of_funder_does_not():
    text = (
        f"{HEAD}Hà Tĩnh, ngày 10 tháng 01 năm 2025\nBÁO CÁO\nKết quả công tác đối ngoại năm 2024\n"
        "- Năm 2024, tỉnh tiếp nhận 21 dự án do các tổ chức phi chính phủ nước ngoài tài trợ với tổng giá trị "
        "3,8 triệu USD.\n"
        "- Các chương trình của Tổ chức Tầm nhìn Thế giới và Plan International tài trợ có 06 dự án với tổng giá "
        "trị 1,1 triệu USD.\n"
    )
    found = published_figures(text)
    assert ("2024", "ngo_projects_approved", Decimal(21), "exact") in found
    assert ("2024", "ngo_aid_committed", Decimal(3_800_000), "exact") in found
    assert not any(value in (6, Decimal(1_100_000)) for *_, value, _ in found)
    reasons = not_published_reasons(text)
    assert "Tầm nhìn Thế giới" in reasons["06"]


def test_the_delegations_of_a_named_partner_body_and_their_people_are_its_share():
    text = (
        f"{HEAD}Hà Tĩnh, ngày 20 tháng 6 năm 2023\nBÁO CÁO\nCông tác đối ngoại 6 tháng đầu năm 2023\n"
        "- Tiếp 04 đoàn của Sở Giáo dục và Thể thao tỉnh Savannakhet với 37 lượt người đến trao đổi.\n"
        "- 6 tháng đầu năm, toàn tỉnh đón 29 đoàn vào với 244 lượt khách.\n"
    )
    found = published_figures(text)
    assert ("2023-H1", "inbound_delegations", Decimal(29), "exact") in found
    assert not any(value in (4, 37) for *_, value, _ in found)
    reasons = not_published_reasons(text)
    assert "Savannakhet" in reasons["04"] and "Savannakhet" in reasons["37"]


def _quarter_report(tmp_path, name: str, rows, next_tables=()):
    return word_report(
        tmp_path / name,
        [HEAD, "Hà Tĩnh, ngày 23 tháng 9 năm 2021", "BÁO CÁO", "Kết quả công tác đối ngoại quý III năm 2021"],
        rows,
        next_tables=list(next_tables),
    )


def test_a_dashed_row_in_another_bracketed_unit_is_the_second_measure_and_in_the_same_unit_a_part(tmp_path):
    extraction = _quarter_report(
        tmp_path,
        "bc_quy_3.docx",
        [
            ("STT", "Nội dung", "Tháng 9", "Quý III", "9 tháng"),
            ("1", "Đoàn vào (đoàn)", "4", "11", "30"),
            ("", "- Lượt khách quốc tế (lượt)", "39", "102", "266"),
            ("", "- Từ các tỉnh Lào (đoàn)", "2", "6", "15"),
            ("2", "Thỏa thuận QT ký kết (văn bản)", "0", "2", "4"),
        ],
    )
    found = figure_keys(extraction)
    for key in [
        ("2021-Q3", "inbound_delegations", 11),
        ("2021-09", "inbound_visitors", 39),
        ("2021-Q3", "inbound_visitors", 102),
        ("2021-9M", "inbound_visitors", 266),
        ("2021-Q3", "intl_agreements", 2),
        ("2021-9M", "intl_agreements", 4),
    ]:
        assert key in found
    # (the Lao provinces' delegations are a part of the row above, in its own unit)
    assert not any(value in (6, 15) for *_, value in found)


def test_columns_under_a_part_or_a_partner_beside_the_provinces_group_are_parts(tmp_path):
    extraction = _quarter_report(
        tmp_path,
        "bc_nam.docx",
        [
            ("Năm", "Hội nghị, hội thảo quốc tế", "Hội nghị, hội thảo quốc tế", "Đoàn ra", "Đoàn ra", "Đoàn ra"),
            ("Năm", "Toàn tỉnh", "Với đối tác Lào", "Toàn tỉnh", "Toàn tỉnh", "Trong đó tại các nước ASEAN"),
            ("Năm", "Toàn tỉnh", "Với đối tác Lào", "Đoàn", "Lượt người", "Đoàn"),
            ("2019", "9", "4", "40", "166", "13"),
            ("2020", "3", "1", "12", "41", "5"),
        ],
    )
    found = figure_keys(extraction)
    for key in [
        ("2019", "intl_conferences", 9),
        ("2019", "outbound_delegations", 40),
        ("2019", "outbound_persons", 166),
        ("2020", "intl_conferences", 3),
        ("2020", "outbound_delegations", 12),
    ]:
        assert key in found
    assert not any(value in (4, 13, 1, 5) for *_, value in found)


def test_a_column_of_passages_names_its_noun_before_where_they_crossed(tmp_path):
    extraction = _quarter_report(
        tmp_path,
        "bc_xnc.docx",
        [
            ("Năm", "Người qua cửa khẩu Cầu Treo (lượt)", "Tàu thuyền qua cảng Vũng Áng (lượt)"),
            ("2019", "512.760", "502"),
            ("2020", "198.431", "377"),
        ],
    )
    found = figure_keys(extraction)
    assert ("2019", "port_vessels", 502) in found
    assert ("2020", "port_vessels", 377) in found
    assert not any(indicator == "border_crossings_vehicles" for _, indicator, _ in found)


def test_a_count_on_a_day_named_right_before_it_is_not_the_periods():
    text = (
        f"{HEAD}Hà Tĩnh, ngày 15 tháng 01 năm 2023\nBÁO CÁO\nKết quả công tác đối ngoại năm 2022\n"
        "Năm 2022, lượng người qua lại tăng trở lại sau dịch. Dịp Quốc khánh, ngày đông nhất 02/9/2022 "
        "có 4.615 lượt người xuất nhập cảnh qua cửa khẩu Cầu Treo.\n"
        "Tính đến hết ngày 31/12/2022, qua cửa khẩu Cầu Treo có 301.226 lượt người xuất nhập cảnh.\n"
    )
    found = published_figures(text)
    assert not any(value == 4615 for *_, value, _ in found)
    assert "one day" in not_published_reasons(text)["4.615"]


def test_a_chinh_thuc_column_replaces_the_estimate_beside_it_and_a_cited_reports_estimate_note_stays_there(tmp_path):
    extraction = word_report(
        tmp_path / "bc_quy_2.docx",
        [
            HEAD,
            "Hà Tĩnh, ngày 06 tháng 7 năm 2022",
            "BÁO CÁO",
            "Kết quả công tác đối ngoại quý II và 6 tháng đầu năm 2022 (số liệu chính thức)",
            "Ngày 21/6/2022, Sở đã có Báo cáo số 180/BC-SNgV, trong đó số liệu tháng 6 là số ước.",
        ],
        [
            ("TT", "Chỉ tiêu", "Tháng 6/2022", "Tháng 6/2022", "Quý II/2022", "6 tháng 2022"),
            ("TT", "Chỉ tiêu", "Ước (BC 180)", "Chính thức", "Quý II/2022", "6 tháng 2022"),
            ("1", "Đoàn vào", "6", "5", "13", "24"),
            ("2", "Vụ việc lãnh sự, bảo hộ công dân", "3", "3", "8", "15"),
        ],
    )
    found = {(f.period_code, f.indicator_code, f.value.normalize(), f.qualifier) for f in extraction.figures}
    for key in [
        ("2022-06", "inbound_delegations", 5, "exact"),
        ("2022-Q2", "inbound_delegations", 13, "exact"),
        ("2022-H1", "inbound_delegations", 24, "exact"),
        ("2022-06", "consular_cases", 3, "exact"),
        ("2022-H1", "consular_cases", 15, "exact"),
    ]:
        assert key in found
    assert not any(value == 6 for _, _, value, _ in found)


def test_a_bracketed_estimate_remark_in_a_sentence_qualifies_only_that_sentence(tmp_path):
    extraction = word_report(
        tmp_path / "bc_pcpnn.docx",
        [
            HEAD,
            "Hà Tĩnh, ngày 20 tháng 01 năm 2025",
            "BÁO CÁO",
            "Tổng kết công tác phi chính phủ nước ngoài năm 2024",
            "Năm 2024, giá trị cam kết viện trợ ước đạt 3,1 triệu USD (số liệu năm 2024 là số ước).",
        ],
        [
            ("Năm", "Số dự án được tiếp nhận", "Số tổ chức được cấp, gia hạn, bổ sung ĐKHĐ"),
            ("2023", "19", "06"),
            ("2024", "22", "09"),
        ],
    )
    found = {(f.period_code, f.indicator_code, f.value.normalize(), f.qualifier) for f in extraction.figures}
    assert ("2024", "ngo_aid_committed", 3_100_000, "approx") in found
    assert ("2024", "ngo_projects_approved", 22, "exact") in found


def test_words_a_clerk_uses_for_an_earlier_report_and_a_quoted_draft_mark_values_that_are_replaced():
    text = (
        f"{HEAD}Hà Tĩnh, ngày 22 tháng 9 năm 2020\nBÁO CÁO\nCông tác đối ngoại quý III năm 2020\n"
        "- Điều chỉnh số liệu: tại BC số 77/BC-SNgV đã BC đoàn vào quý II là 04 đoàn; sau rà soát, số đúng là 05 đoàn.\n"
        '- Bản dự thảo nêu "quý III tiếp 13 đoàn vào"; đề nghị sửa thành: "quý III tiếp 12 đoàn vào".\n'
    )
    found = published_figures(text)
    assert not any(value in (4, 13) for *_, value, _ in found)


def test_a_comparison_whose_own_words_name_another_indicator_than_the_figure_before_waits():
    text = (
        f"{HEAD}Hà Tĩnh, ngày 12 tháng 01 năm 2021\nBÁO CÁO\nKết quả công tác đối ngoại năm 2020\n"
        "Năm 2020, toàn tỉnh cử 14 đoàn ra với 51 lượt cán bộ; tổ chức 04 hội nghị quốc tế, giảm 55,6% số hội "
        "nghị so với năm 2019 (09 hội nghị).\n"
        "Năm 2020, toàn tỉnh cử 14 đoàn ra, giảm 66,7% số đoàn vào so với năm 2019 (42 đoàn).\n"
    )
    found = published_figures(text)
    assert ("2020", "outbound_delegations", Decimal(14), "exact") in found
    assert ("2019", "intl_conferences", Decimal(9), "exact") in found
    assert not any(period == "2019" and value == 42 for period, _, value, _ in found)


def test_a_level_dated_by_a_survey_of_the_districts_in_another_year_waits():
    text = (
        f"{HEAD}Hà Tĩnh, ngày 21 tháng 6 năm 2019\nBÁO CÁO\nCông tác đối ngoại 6 tháng đầu năm 2019\n"
        "- Theo số liệu thống kê của các huyện năm 2017, có khoảng 52.000 người Hà Tĩnh đang sinh sống ở nước ngoài.\n"
        "- Theo tổng hợp của Sở Kế hoạch và Đầu tư, 6 tháng đầu năm 2019 tỉnh chấp thuận 02 dự án FDI.\n"
    )
    found = published_figures(text)
    assert not any(value == 52000 for *_, value, _ in found)
    assert ("2019-H1", "fdi_projects_approved", Decimal(2), "exact") in found


def test_the_people_of_a_named_district_are_that_districts_share():
    text = (
        f"{HEAD}Hà Tĩnh, ngày 24 tháng 11 năm 2023\nBÁO CÁO\nCông tác đối ngoại tháng 11 năm 2023\n"
        "- Trong tháng, người dân huyện Đức Thọ qua cửa khẩu Cầu Treo sang Lào làm ăn, thăm thân 310 lượt người.\n"
        "- Trong tháng, toàn tỉnh cử 04 đoàn ra đi công tác nước ngoài.\n"
    )
    found = published_figures(text)
    assert ("2023-11", "outbound_delegations", Decimal(4), "exact") in found
    assert not any(value == 310 for *_, value, _ in found)


def test_official_delegations_are_a_kind_not_a_correction_and_an_instructions_estimate_note_holds(tmp_path):
    extraction = word_report(
        tmp_path / "bc_thang_12.docx",
        [
            HEAD,
            "Hà Tĩnh, ngày 19 tháng 12 năm 2024",
            "BÁO CÁO",
            "Công tác đối ngoại tháng 12 năm 2024",
            "Theo Công văn số 1520/UBND-TH của UBND tỉnh về thời hạn báo cáo, số liệu tháng 12/2024 là số ước thực hiện.",
        ],
        [("Chỉ tiêu", "Tháng 12/2024"), ("Đoàn vào", "9"), ("Đoàn ra", "4")],
        next_tables=[[("Chỉ tiêu", "Tổng số", "Chính thức", "Không chính thức"), ("Đoàn vào (đoàn)", "9", "5", "4")]],
    )
    found = {(f.period_code, f.indicator_code, f.value.normalize(), f.qualifier) for f in extraction.figures}
    assert ("2024-12", "outbound_delegations", 4, "approx") in found
    assert not any(value == 5 for _, _, value, _ in found)


def test_a_comparison_brackets_own_words_choose_its_indicator_over_the_words_before_it():
    text = (
        f"{HEAD}Hà Tĩnh, ngày 24 tháng 9 năm 2024\nBÁO CÁO\nCông tác đối ngoại tháng 9 năm 2024\n"
        "- Trong tháng, cử 05 đoàn ra với 20 lượt cán bộ; đón 06 đoàn vào với 25 lượt khách, tăng 2 đoàn vào so với "
        "cùng kỳ năm 2023 (cùng kỳ năm 2023: 04 đoàn ra/18 lượt cán bộ).\n"
    )
    found = published_figures(text)
    assert ("2024-09", "inbound_delegations", Decimal(6), "exact") in found
    assert not any(indicator == "inbound_delegations" and value == 4 for _, indicator, value, _ in found)


def test_a_value_a_cited_report_or_a_draft_gave_is_replaced_by_the_one_said_exact_after_it():
    text = (
        f"{HEAD}Hà Tĩnh, ngày 16 tháng 01 năm 2022\nBÁO CÁO\nKết quả công tác đối ngoại năm 2021\n"
        "Ghi chú: số hồ sơ hộ chiếu công vụ năm 2020 tại Báo cáo số 09/BC-SNgV ghi 71 hồ sơ, nay chính xác lại là "
        "69 hồ sơ.\n"
        "Lưu ý: số đoàn ra năm 2021 ghi trong dự thảo gửi các sở là 23 đoàn; số chính thức sau rà soát là 25 đoàn.\n"
    )
    found = published_figures(text)
    assert not any(value in (71, 23) for *_, value, _ in found)


def test_the_span_in_the_bracket_before_a_lists_colon_dates_every_item_of_the_list():
    text = (
        f"{HEAD}Hà Tĩnh, ngày 22 tháng 11 năm 2021\nBÁO CÁO\nCông tác đối ngoại tháng 11 năm 2021\n"
        "- Trong tháng, tại cảng biển Sơn Dương (số liệu tính từ ngày 16/10/2021 đến ngày 15/11/2021): làm thủ tục "
        "cho 41 lượt phương tiện, 977 lượt thuyền viên; cấp 57 giấy phép xuống tàu và 63 thẻ đi bờ.\n"
    )
    found = published_figures(text)
    assert not any(value in (41, 977, 57, 63) for *_, value, _ in found)


def test_organisations_holding_a_registration_on_a_years_last_day_are_the_level_not_registrations():
    text = (
        f"{HEAD}Hà Tĩnh, ngày 10 tháng 3 năm 2024\nBÁO CÁO\nTổng kết công tác đối ngoại giai đoạn 2019 - 2023\n"
        "- Đến ngày 31/12/2023, trên địa bàn tỉnh có 41 tổ chức PCPNN được cấp giấy đăng ký hoạt động.\n"
    )
    found = published_figures(text)
    assert not any(indicator == "ngo_registrations" for _, indicator, _, _ in found)
