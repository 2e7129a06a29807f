"""Capabilities found while reading the fifty-first and fifty-second blind batches, written here in
phrasings other than the batches'."""

from tests.unit.documents import extract_text, figure_keys, not_published_reasons, published_figures, word_report


def test_a_cell_listing_values_with_their_nouns_reads_under_its_columns_period(tmp_path):
    # Six words or more made the cell prose, read with the report's period: the comparison
    # column's values were the report's own.
    report = word_report(
        tmp_path / "bc_xnc_9_thang_2024.docx",
        ["BÁO CÁO", "Tình hình xuất nhập cảnh 9 tháng đầu năm 2024"],
        [
            ("TT", "Nội dung", "Cùng kỳ năm 2023", "Ghi chú"),
            ("1", "Xuất nhập cảnh qua cửa khẩu quốc tế Cầu Treo", "88.731 lượt người/19.550 lượt phương tiện", ""),
            ("2", "Xuất nhập cảnh qua cảng Vũng Áng", "173 lượt tàu; 3.902 lượt thuyền viên", ""),
        ],
    )
    found = figure_keys(report)
    assert {
        ("2023-9M", "border_crossings_persons", 88731),
        ("2023-9M", "border_crossings_vehicles", 19550),
        ("2023-9M", "port_vessels", 173),
        ("2023-9M", "port_crew", 3902),
    } <= found
    assert not any(period == "2024-9M" for period, _, _ in found)


def test_a_result_header_naming_the_year_over_a_months_column_is_those_months_of_that_year(tmp_path):
    # "Kết quả năm 2024" over "9 tháng" had been read as a comparison with the year before.
    report = word_report(
        tmp_path / "bc_doi_ngoai_9_thang_2024.docx",
        ["BÁO CÁO", "Kết quả công tác đối ngoại 9 tháng năm 2024"],
        [
            ("TT", "Chỉ tiêu", "Kết quả năm 2024", "Kết quả năm 2024", "So sánh cùng kỳ (%)"),
            ("TT", "Chỉ tiêu", "Quý III", "9 tháng", "So sánh cùng kỳ (%)"),
            ("1", "Đoàn ra (đoàn)", "6", "19", "112"),
            ("2", "Hội nghị, hội thảo quốc tế (hội nghị)", "2", "5", "125"),
        ],
    )
    found = figure_keys(report)
    assert {
        ("2024-Q3", "outbound_delegations", 6),
        ("2024-9M", "outbound_delegations", 19),
        ("2024-9M", "intl_conferences", 5),
    } <= found
    assert not any(value in (112, 125) for _, _, value in found)


def test_a_bare_passages_column_of_a_table_over_months_counts_what_its_header_names(tmp_path):
    # "Phương tiện (lượt)" under the gate's name had been read as persons' passages.
    report = word_report(
        tmp_path / "xnc_cau_treo_2025.docx",
        ["BÁO CÁO", "Số liệu xuất nhập cảnh quý I năm 2025"],
        [
            ("Tháng", "Xuất nhập cảnh qua cửa khẩu quốc tế Cầu Treo"),
            ("Tháng", "Phương tiện (lượt)"),
            ("Tháng 1", "1.204"),
            ("Tháng 2", "987"),
        ],
    )
    found = figure_keys(report)
    assert {("2025-01", "border_crossings_vehicles", 1204), ("2025-02", "border_crossings_vehicles", 987)} <= found
    assert not any(indicator == "border_crossings_persons" for _, indicator, _ in found)


def test_a_row_labelled_as_an_estimate_before_its_period_is_approximate(tmp_path):
    report = word_report(
        tmp_path / "pcpnn_2022_2026.docx",
        ["BÁO CÁO", "Kết quả công tác phi chính phủ nước ngoài giai đoạn 2022 - 2026"],
        [
            ("Năm", "Số tổ chức PCPNN được cấp mới, gia hạn giấy đăng ký (tổ chức)", "Giá trị cam kết (USD)"),
            ("Năm 2025", "11", "2.310.000"),
            ("Ước thực hiện năm 2026", "8", "1.900.000"),
        ],
    )
    published = {(f.period_code, f.indicator_code, f.value.normalize(), f.qualifier) for f in report.figures}
    assert {
        ("2025", "ngo_registrations", 11, "exact"),
        ("2026", "ngo_registrations", 8, "approx"),
        ("2026", "ngo_aid_committed", 1900000, "approx"),
    } <= published
    assert not any(period == "2026" and qualifier == "exact" for period, _, _, qualifier in published)


def test_a_trong_do_row_under_a_second_measure_is_a_part_of_the_row_further_up():
    text = (
        "# BÁO CÁO\nKết quả công tác đối ngoại năm 2025\n\n"
        "| TT | Chỉ tiêu | ĐVT | Năm 2024 | Năm 2025 |\n|---|---|---|---:|---:|\n"
        "| 1 | Đoàn vào | đoàn | 35 | 40 |\n"
        "| | - Số lượt khách quốc tế | lượt | 410 | 455 |\n"
        "| | Trong đó: đoàn đến từ Thái Lan | đoàn | 9 | 12 |\n"
    )
    found = {(period, indicator, value) for period, indicator, value, _ in published_figures(text)}
    assert {("2024", "inbound_delegations", 35), ("2025", "inbound_delegations", 40)} <= found
    assert not any(value in (9, 12) for _, _, value in found)


def test_a_title_whose_data_run_from_the_periods_first_day_to_a_day_in_its_last_month():
    def report(dates: str) -> str:
        return (
            f"BÁO CÁO\nTình hình xuất nhập cảnh qua cảng biển 9 tháng năm 2025\n({dates})\n"
            "Trong 9 tháng, cảng Vũng Áng làm thủ tục cho 402 lượt tàu thuyền xuất nhập cảnh.\n"
        )

    assert extract_text(report("Số liệu từ ngày 01/01/2025 đến ngày 20/9/2025")).period_code == "2025-9M"
    assert ("2025-9M", "port_vessels", 402, "exact") in published_figures(
        report("từ ngày 01/01/2025 đến ngày 20/9/2025")
    )
    # (data to a day before the last month, or from another day than the period's first, settle no period)
    assert extract_text(report("Số liệu từ ngày 01/01/2025 đến ngày 31/8/2025")).period_code is None
    assert extract_text(report("Số liệu từ ngày 01/4/2025 đến ngày 25/9/2025")).period_code is None


def test_a_lines_values_that_add_up_to_the_total_are_its_breakdown():
    text = (
        "BÁO CÁO\nCông tác lãnh sự quý III năm 2025\n"
        "1. Công tác bảo hộ công dân\n"
        "Trong quý III, Sở phối hợp giải quyết 17 vụ việc lãnh sự, bảo hộ công dân.\n"
        "Về nội dung vụ việc: 6 vụ công dân bị tạm giữ; 5 vụ tai nạn lao động; 4 vụ mất giấy tờ; 2 vụ việc khác.\n"
    )
    assert ("2025-Q3", "consular_cases", 17, "exact") in published_figures(text)
    assert "6" in not_published_reasons(text)
    # values that do not add up to it leave all of them waiting
    uneven = text.replace("2 vụ việc khác", "3 vụ việc khác")
    assert not any(indicator == "consular_cases" for _, indicator, _, _ in published_figures(uneven))


def test_counts_a_report_says_its_data_run_to_before_the_last_month_are_counts_so_far():
    def report(note: str) -> str:
        return (
            "Hà Tĩnh, ngày 08 tháng 12 năm 2025\nBÁO CÁO\nKết quả công tác đối ngoại năm 2025\n"
            f"Sở Ngoại vụ báo cáo kết quả công tác đối ngoại năm 2025 ({note}) như sau:\n"
            "I. KẾT QUẢ\n"
            "Tỉnh đã đón 44 đoàn khách quốc tế với 610 lượt khách; ước cả năm đón 47 đoàn.\n"
        )

    early = published_figures(report("số liệu tính đến ngày 31/10/2025, ước thực hiện cả năm"))
    assert ("2025", "inbound_delegations", 47, "approx") in early
    assert not any(value in (44, 610) for _, _, value, _ in early)
    assert "count so far" in not_published_reasons(report("số liệu tính đến ngày 31/10/2025"))["610"]
    in_the_last_month = published_figures(report("số liệu thực hiện đến ngày 05/12/2025"))
    assert ("2025", "inbound_visitors", 610, "exact") in in_the_last_month


def test_what_the_second_reading_of_the_fifty_second_fixes_found(tmp_path):
    # values of one list that merely add up are kinds, not a total and its parts
    kinds = (
        "BÁO CÁO\nCông tác hồi hương hài cốt năm 2025\n"
        "Năm 2025, đợt 1 tiếp nhận 4 hài cốt liệt sỹ, đợt 2 tiếp nhận 7 hài cốt liệt sỹ, đợt 3 tiếp nhận 11 hài cốt "
        "liệt sỹ.\n"
    )
    assert not any(value == 11 for _, _, value, _ in published_figures(kinds))
    # a 'lượt' column that counts per day, one direction, or one partner's share names no passages of its own
    months = [("Tháng 7", "2.100", "540"), ("Tháng 8", "2.300", "560")]
    for upper, lowest in (
        (("Cầu Treo", "Cầu Treo"), ("Người (lượt/ngày)", "Phương tiện (lượt/ngày)")),
        (("Xuất cảnh", "Xuất cảnh"), ("Người (lượt)", "Phương tiện (lượt)")),
        (("Cửa khẩu Cầu Treo", "Cửa khẩu Cầu Treo"), ("Người Lào (lượt)", "Phương tiện Lào (lượt)")),
    ):
        report = word_report(
            tmp_path / "xnc.docx",
            ["BÁO CÁO", "Tình hình xuất nhập cảnh quý III năm 2025"],
            [("Tháng", *upper), ("Tháng", *lowest), *months],
        )
        assert not any(value in (2100, 540) for _, _, value in figure_keys(report)), lowest
    # a quarter holding an estimated month is partly estimated
    estimated = word_report(
        tmp_path / "xnc_uoc.docx",
        ["BÁO CÁO", "Tình hình xuất nhập cảnh quý III năm 2025"],
        [
            ("Tháng", "Xuất nhập cảnh qua cửa khẩu quốc tế Cầu Treo"),
            ("Tháng", "Phương tiện (lượt)"),
            ("Tháng 8", "2.730"),
            ("Tháng 9 (ước)", "2.480"),
            ("Quý III", "7.825"),
        ],
    )
    published = {(f.period_code, f.value.normalize(), f.qualifier) for f in estimated.figures}
    assert ("2025-Q3", 7825, "approx") in published and ("2025-Q3", 7825, "exact") not in published
    # an estimate of the year after the report's is a forecast
    forecast = word_report(
        tmp_path / "doan_ra_2025.docx",
        ["BÁO CÁO", "Tổng kết công tác đối ngoại năm 2025"],
        [("Năm", "Đoàn ra (đoàn)"), ("Năm 2025", "50"), ("Ước năm 2026", "55")],
    )
    assert ("2025", "outbound_delegations", 50) in figure_keys(forecast)
    assert not any(value == 55 for _, _, value in figure_keys(forecast))
    # foreigners among the persons crossing are not all of them
    foreigners = word_report(
        tmp_path / "nguoi_nuoc_ngoai.docx",
        ["BÁO CÁO", "Tình hình xuất nhập cảnh năm 2025"],
        [("TT", "Nội dung", "Năm 2025"), ("1", "Người nước ngoài xuất nhập cảnh qua cửa khẩu Cầu Treo", "48.300")],
    )
    assert not any(value == 48300 for _, _, value in figure_keys(foreigners))


def test_what_the_second_reading_of_the_cut_off_and_breakdown_rules_found():
    year = "Hà Tĩnh, ngày 05 tháng 12 năm 2024\nBÁO CÁO\nKết quả công tác đối ngoại năm 2024\n"
    # a further batch under a label of its own is no breakdown of the first, whatever its values add up to
    batches = year + (
        "Đợt I: tiếp nhận, an táng 10 hài cốt liệt sỹ quân tình nguyện hy sinh tại Lào.\n"
        "Đợt II: tiếp nhận, an táng 4 hài cốt liệt sỹ tại tỉnh Bolikhămxay và 6 hài cốt liệt sỹ tại tỉnh Khăm Muồn.\n"
    )
    assert not any(value == 10 for _, _, value, _ in published_figures(batches))
    # a note on one item's data, or on the data of an earlier report, is no cut-off of the whole report
    for note in (
        "(riêng số liệu về hộ chiếu công vụ tính đến ngày 31/10/2024)",
        "(đã báo cáo tại Báo cáo số 210/BC-SNgV, số liệu đến ngày 15/6/2024)",
    ):
        text = year + (
            f"Sở Ngoại vụ báo cáo kết quả công tác đối ngoại năm 2024 {note} như sau:\n"
            "I. KẾT QUẢ\nNăm 2024, tỉnh cử 41 đoàn ra với 215 lượt cán bộ đi công tác nước ngoài.\n"
        )
        assert ("2024", "outbound_delegations", 41, "exact") in published_figures(text), note
    # those the leaders received themselves are a part of the delegations received
    leaders = year + "Ước cả năm, lãnh đạo tỉnh trực tiếp tiếp 14 đoàn vào.\n"
    assert not any(value == 14 for _, _, value, _ in published_figures(leaders))


def test_what_the_fifty_third_batch_showed():
    year = "Hà Tĩnh, ngày 06 tháng 12 năm 2023\nBÁO CÁO\nKết quả công tác đối ngoại năm 2023\n"
    # the whole the province's figure is counted in is somebody else's
    whole = year + (
        "Cộng đồng người Hà Tĩnh ở nước ngoài hiện có khoảng 75.000 người, trong tổng số khoảng 5,3 triệu người Việt "
        "Nam đang sinh sống ở nước ngoài.\n"
    )
    assert not any(value == 5300000 for _, _, value, _ in published_figures(whole))
    # the districts' people's committees are other bodies
    for bodies in ("UBND các huyện Nghi Xuân, Đức Thọ", "Ủy ban nhân dân các huyện", "UBND cấp huyện"):
        districts = year + f"Ngoài ra, {bodies} đón 05 đoàn khách của các huyện bạn Lào.\n"
        assert not any(value == 5 for _, _, value, _ in published_figures(districts)), bodies
    # the part before "trong tổng số" is a part, whoever's the whole is
    part = (
        year + "Năm 2023, biên dịch 320 trang tài liệu tiếng Lào, trong tổng số 2.400 trang biên dịch của Trung tâm.\n"
    )
    assert not any(value in (320, 2400) for _, _, value, _ in published_figures(part))
    wider = year + (
        "Năm 2023, tiếp nhận 11 hài cốt liệt sỹ, trong tổng số 96 hài cốt liệt sỹ được hồi hương của cả nước với "
        "tỉnh Nghệ An là địa phương tiếp nhận nhiều nhất.\n"
    )
    assert not any(value in (11, 96) for _, _, value, _ in published_figures(wider))
    own = year + "Sở Ngoại vụ trực tiếp tham mưu tổ chức 12 đoàn ra, trong tổng số 45 đoàn ra của toàn tỉnh năm 2023.\n"
    assert ("2023", "outbound_delegations", 45, "exact") in published_figures(own)
    # when most of the trips happened is not the period they were counted over
    half = "BÁO CÁO\nKết quả công tác đối ngoại 6 tháng đầu năm 2023\n"
    mostly = half + "Đoàn ra: cử 07 đoàn với 30 lượt cán bộ đi công tác nước ngoài, phần lớn trong quý II.\n"
    assert not any(period == "2023-Q2" for period, _, _, _ in published_figures(mostly))
    # a clause on ODA's projects gives no foreign NGO aid
    oda = year + (
        "3. Công tác phi chính phủ nước ngoài và vận động viện trợ\nNăm 2023, tiếp nhận 03 dự án sử dụng vốn ODA, vốn "
        "vay ưu đãi của 02 nhà tài trợ (KOICA, JICA) với tổng vốn khoảng 41 triệu USD.\n"
    )
    assert not any(indicator == "ngo_aid_committed" for _, indicator, _, _ in published_figures(oda))
    # under a data cut-off, a sentence that names the year gives the year's figure; an undated one waits
    cut = year + (
        "Sở Ngoại vụ báo cáo kết quả công tác năm 2023 (số liệu tính đến ngày 30/11/2023) như sau:\n"
        "I. KẾT QUẢ\nNăm 2023, cử 05 đoàn với 26 lượt cán bộ đi đào tạo ở nước ngoài.\n"
        "Đón 37 đoàn khách quốc tế với 402 lượt khách.\n"
    )
    assert ("2023", "training_delegations", 5, "exact") in published_figures(cut)
    assert not any(value == 37 for _, _, value, _ in published_figures(cut))
