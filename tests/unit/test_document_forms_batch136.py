"""Capabilities of the hundred-and-thirty-sixth round, written here in phrasings other than the reports that showed
the need. Expected figures were written from the texts below before the code ran on them."""

from decimal import Decimal

from tests.unit.documents import not_published_reasons, published_figures, report_text, text_report, word_report


def test_a_quick_report_on_the_first_days_of_a_month_dates_no_figure_as_the_month(tmp_path):
    text = (
        "Từ: Phòng Tổng hợp - Sở Ngoại vụ\n"
        "Tiêu đề: Báo cáo nhanh tình hình đối ngoại 15 ngày đầu tháng 3/2024\n\n"
        "Kính gửi: Văn phòng UBND tỉnh\n\n"
        "Sở Ngoại vụ báo cáo nhanh tình hình đối ngoại nửa đầu tháng 3 năm 2024 như sau:\n"
        "- Đoàn ra: 04 đoàn/17 lượt người;\n"
        "- Vụ việc lãnh sự, bảo hộ công dân: 06 vụ.\n"
        "Riêng tháng 02/2024 (số chính thức): 07 đoàn ra/26 lượt người.\n"
    )
    extraction = text_report(tmp_path, "email.txt", text)
    assert extraction.period_code is None
    published = {(f.period_code, f.indicator_code, f.value.normalize()) for f in extraction.figures}
    assert published == {
        ("2024-02", "outbound_delegations", Decimal(7)),
        ("2024-02", "outbound_persons", Decimal(26)),
    }


def test_the_values_in_a_bracket_after_a_ratio_to_a_named_year_are_that_years():
    text = report_text(
        "12",
        "10 tháng 01 năm 2024",
        "Kết quả công tác đối ngoại năm 2023",
        "- Đoàn vào: đón 42 đoàn/515 lượt khách, gấp đôi năm 2022 (21 đoàn/240 lượt).",
        "- Hội nghị quốc tế: tổ chức 09 hội nghị, gấp khoảng 3 lần so với năm 2021 (03 hội nghị).",
    )
    assert published_figures(text) == {
        ("2023", "inbound_delegations", Decimal(42), "exact"),
        ("2023", "inbound_visitors", Decimal(515), "exact"),
        ("2022", "inbound_delegations", Decimal(21), "exact"),
        ("2022", "inbound_visitors", Decimal(240), "exact"),
        ("2023", "intl_conferences", Decimal(9), "exact"),
        ("2021", "intl_conferences", Decimal(3), "exact"),
    }


def test_names_listed_in_an_earlier_clauses_bracket_leave_a_later_count_the_provinces():
    text = report_text(
        "20",
        "12 tháng 01 năm 2025",
        "Tổng kết công tác đối ngoại năm 2024",
        "- Quý IV ký 02 văn bản thỏa thuận quốc tế (Biên bản ghi nhớ giữa tỉnh Hà Tĩnh và tỉnh Xiengkhouang; Kế hoạch"
        " hợp tác giữa Hà Tĩnh và tỉnh Chungcheongbuk), cả năm ký 06 thỏa thuận quốc tế.",
        "- Kim ngạch thương mại giữa Hà Tĩnh và Lào đạt 310 triệu USD.",
    )
    published = published_figures(text)
    assert ("2024", "intl_agreements", Decimal(6), "exact") in published
    assert not {figure for figure in published if figure[2] == Decimal(310000000)}


def test_delegations_named_by_who_led_them_or_by_their_level_are_parts():
    text = report_text(
        "31",
        "28 tháng 6 năm 2023",
        "Kết quả công tác đối ngoại 6 tháng đầu năm 2023",
        "1. Đoàn ra",
        "Sáu tháng, cử 24 đoàn/96 lượt cán bộ đi nước ngoài. Các đoàn do đồng chí Bí thư Tỉnh ủy dẫn đầu là 03 đoàn;"
        " đoàn cấp sở, ngành có 15 đoàn.",
        "2. Đoàn vào",
        "Đón 19 đoàn khách quốc tế; trong kỳ có 05 đoàn cấp bộ trưởng của Lào sang thăm.",
    )
    assert published_figures(text) == {
        ("2023-H1", "outbound_delegations", Decimal(24), "exact"),
        ("2023-H1", "outbound_persons", Decimal(96), "exact"),
        ("2023-H1", "inbound_delegations", Decimal(19), "exact"),
    }
    reasons = [reason for reason in not_published_reasons(text).values() if "not the total" in reason]
    assert len(reasons) == 3  # (the 03 led by the Secretary, the 15 of departments, the 05 of ministers)


def test_last_months_values_in_a_monthly_report_are_the_month_before():
    text = report_text(
        "5",
        "29 tháng 01 năm 2025",
        "Kết quả công tác đối ngoại tháng 01 năm 2025",
        "- Đón 03 đoàn vào/28 lượt khách (tháng trước: 06 đoàn/51 lượt).",
        "- Tiếp nhận 05 hồ sơ hộ chiếu ngoại giao, công vụ; tháng trước: 09 hồ sơ.",
    )
    published = published_figures(text)
    assert ("2024-12", "inbound_delegations", Decimal(6), "exact") in published
    assert ("2024-12", "inbound_visitors", Decimal(51), "exact") in published
    assert ("2025-01", "inbound_delegations", Decimal(3), "exact") in published


def test_last_months_values_in_a_quarterly_report_wait():
    text = report_text(
        "44",
        "25 tháng 9 năm 2025",
        "Kết quả công tác đối ngoại quý III năm 2025",
        "- Quý III đón 11 đoàn vào/140 lượt khách (tháng trước: 04 đoàn/52 lượt; quý trước: 09 đoàn/97 lượt).",
    )
    published = published_figures(text)
    assert ("2025-Q2", "inbound_delegations", Decimal(9), "exact") in published
    assert not {figure for figure in published if figure[2] in (Decimal(4), Decimal(52))}


def test_a_year_estimate_written_with_the_clerks_abbreviation_is_the_year_approx():
    text = report_text(
        "90",
        "28 tháng 11 năm 2024",
        "Kết quả công tác đối ngoại tháng 11 và nhiệm vụ tháng 12 năm 2024",
        "I. KẾT QUẢ THÁNG 11",
        "- Đoàn ra: 05 đoàn/21 lượt.",
        "II. NHIỆM VỤ THÁNG 12",
        "- Ước TH cả năm 2024: đoàn vào khoảng 57 đoàn; cam kết viện trợ PCPNN ước đạt 3,1 triệu USD.",
    )
    published = published_figures(text)
    assert ("2024", "inbound_delegations", Decimal(57), "approx") in published
    assert ("2024", "ngo_aid_committed", Decimal(3100000), "approx") in published


def test_a_marker_whose_note_defers_the_official_value_marks_an_estimate(tmp_path):
    extraction = word_report(
        tmp_path / "bc.docx",
        [
            "SỞ NGOẠI VỤ",
            "Số: 77/BC-SNgV",
            "Hà Tĩnh, ngày 20 tháng 12 năm 2021",
            "BÁO CÁO",
            "Kết quả công tác đối ngoại năm 2021",
        ],
        [
            ("TT", "Chỉ tiêu", "ĐVT", "Năm 2021", "Năm 2020"),
            ("1", "Hội nghị, hội thảo quốc tế", "Hội nghị", "06(**)", "08"),
            ("2", "Vụ việc lãnh sự, bảo hộ công dân", "Vụ việc", "19", "23"),
        ],
        ["(**) Số ước đến 31/12/2021; số liệu chính thức sẽ được báo cáo bổ sung trong quý I/2022."],
    )
    published = {(f.period_code, f.indicator_code, f.value.normalize(), f.qualifier) for f in extraction.figures}
    assert ("2021", "intl_conferences", Decimal(6), "approx") in published
    assert ("2021", "consular_cases", Decimal(19), "exact") in published
    assert ("2020", "intl_conferences", Decimal(8), "exact") in published


def test_last_months_label_after_a_running_total_or_another_period_waits():
    text = report_text(
        "70",
        "27 tháng 8 năm 2024",
        "Kết quả công tác đối ngoại tháng 8 năm 2024",
        "- Lũy kế 8 tháng: 41 đoàn ra/190 lượt (tháng trước: 36 đoàn/171 lượt).",
        "- Cộng dồn từ đầu năm đến nay đón 33 đoàn vào (tháng trước: 29 đoàn).",
        "- Đính chính số liệu tháng 6/2024: xử lý 05 vụ việc lãnh sự (tháng trước: 03 vụ việc).",
        "- Tháng 8 tiếp nhận 04 hồ sơ hộ chiếu ngoại giao (tháng trước: 06 hồ sơ; cùng kỳ năm 2023: 02 hồ sơ).",
    )
    published = published_figures(text)
    assert not {figure for figure in published if figure[2] in (Decimal(36), Decimal(171), Decimal(29), Decimal(3))}
    assert ("2024-07", "official_passports_issued", Decimal(6), "exact") in published
    assert ("2023-08", "official_passports_issued", Decimal(2), "exact") in published


def test_a_bracket_after_a_ratio_that_says_more_than_the_bases_value_waits():
    text = report_text(
        "13",
        "11 tháng 01 năm 2024",
        "Kết quả công tác đối ngoại năm 2023",
        "- Số hội thảo quốc tế tăng gấp đôi năm 2022 (từ 04 lên 08 hội thảo).",
        "- Đón 36 đoàn vào, gấp 3 lần năm 2021 (với 410 lượt khách).",
    )
    published = published_figures(text)
    assert not {figure for figure in published if figure[0] in ("2021", "2022")}
    assert ("2023", "inbound_visitors", Decimal(410), "exact") in published


def test_a_bracket_naming_one_partner_before_a_figure_still_makes_it_that_partners():
    text = report_text(
        "14",
        "12 tháng 01 năm 2024",
        "Kết quả công tác đối ngoại năm 2023",
        "- Năm 2023, giá trị xuất nhập khẩu (giữa tỉnh Hà Tĩnh và tỉnh Savannakhet) đạt 18,2 triệu USD.",
    )
    assert not published_figures(text)


def test_a_week_or_half_of_a_month_in_a_title_names_no_month(tmp_path):
    for title in ("Tình hình đối ngoại tuần thứ ba tháng 9 năm 2021", "Kết quả đối ngoại nửa cuối tháng 4 năm 2022"):
        extraction = text_report(
            tmp_path,
            "bc.txt",
            f"SỞ NGOẠI VỤ\nSố: 3/BC-SNgV\nBÁO CÁO\n{title}\n- Đón 02 đoàn vào với 15 lượt khách.\n",
        )
        assert extraction.period_code is None
        assert not extraction.figures


def test_an_email_asking_for_figures_by_a_day_keeps_the_period_its_lines_name(tmp_path):
    text = (
        "Tiêu đề: RE: Đề nghị gửi số liệu trong 03 ngày đầu tháng 10\n\n"
        "Văn phòng gửi số liệu phục vụ báo cáo 9 tháng năm 2022 như sau:\n"
        "- Hội nghị, hội thảo quốc tế: 06 hội nghị;\n"
        "- Thỏa thuận quốc tế đã ký: 04 thỏa thuận.\n"
    )
    extraction = text_report(tmp_path, "thu.txt", text)
    published = {(f.period_code, f.indicator_code, f.value.normalize()) for f in extraction.figures}
    assert published == {("2022-9M", "intl_conferences", Decimal(6)), ("2022-9M", "intl_agreements", Decimal(4))}
