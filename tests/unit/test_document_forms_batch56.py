"""Capabilities found while reading the fifty-sixth blind batch, written here in phrasings other than the
batch's."""

from tests.unit.documents import published_figures


def test_delegations_in_a_report_on_the_border_work_are_that_works_part():
    figures = published_figures(
        "BÁO CÁO\nKết quả công tác biên giới năm 2023\n\n"
        "Trong năm, tỉnh cử 4 đoàn với 31 lượt cán bộ sang Lào hội đàm về quản lý biên giới.\n"
        "Toàn tỉnh có 57 đoàn ra với 341 lượt cán bộ đi công tác nước ngoài.\n"
    )
    outbound = {value for _, indicator, value, _ in figures if indicator.startswith("outbound")}
    assert outbound == {57, 341}


def test_an_estimate_of_the_year_goes_on_to_a_clause_without_a_subject_of_its_own():
    figures = published_figures(
        "BÁO CÁO\nTình hình xuất nhập cảnh năm 2023\n\n"
        "Tại cảng Sơn Dương, ước cả năm 2023 lực lượng Biên phòng cửa khẩu cảng làm thủ tục cho 612 lượt tàu với "
        "13.400 lượt thuyền viên; cấp 205 giấy phép xuống tàu và 1.120 thẻ đi bờ.\n"
    )
    assert {("2023", "boarding_permits", 205, "approx"), ("2023", "shore_passes", 1120, "approx")} <= figures


def test_an_estimate_of_the_year_stops_at_a_clause_with_a_subject_that_says_it_is_done():
    figures = published_figures(
        "BÁO CÁO\nTình hình xuất nhập cảnh năm 2023\n\n"
        "Cửa khẩu quốc tế Cầu Treo ước cả năm làm thủ tục xuất nhập cảnh cho 420.000 lượt người; các cảng biển "
        "Vũng Áng, Sơn Dương đã cấp 310 thẻ đi bờ.\n"
    )
    assert ("2023", "shore_passes", 310, "exact") in figures


def test_what_a_count_includes_in_a_bracket_does_not_say_what_it_counts():
    figures = published_figures(
        "BÁO CÁO\nCông tác đối ngoại 6 tháng đầu năm 2024\n\n"
        "Sáu tháng đầu năm, toàn tỉnh có 27 đoàn với 160 lượt cán bộ đi công tác nước ngoài (tính cả các đoàn "
        "đi bồi dưỡng ngắn hạn).\n"
    )
    assert {("2024-H1", "outbound_delegations", 27, "exact"), ("2024-H1", "outbound_persons", 160, "exact")} <= figures


def test_a_figure_another_body_reports_and_the_writer_leaves_out_is_not_published():
    figures = published_figures(
        "BÁO CÁO\nCông tác đối ngoại tháng 5 năm 2025\n\n"
        "Số liệu Ban Quản lý Khu kinh tế tỉnh cấp mới 2 dự án FDI trong tháng.\n"
        "Trong tháng, Sở Y tế tiếp 1 đoàn chuyên gia, số này không đưa vào báo cáo của Sở.\n"
    )
    assert not figures


def test_the_other_half_of_a_slashed_pair_lets_the_period_after_them_date_both():
    figures = published_figures(
        "BÁO CÁO\nTổng kết công tác đối ngoại năm 2023\n\n"
        "Ước cả năm đón 44 đoàn với 530 lượt khách quốc tế. Các cơ quan đại diện ngoại giao, tổ chức quốc tế tại "
        "Việt Nam có 15 đoàn/98 lượt khách đến làm việc với tỉnh trong năm.\n"
    )
    assert {
        ("2023", "inbound_mission_delegations", 15, "exact"),
        ("2023", "inbound_mission_visitors", 98, "exact"),
    } <= (figures)


def test_an_estimate_is_not_carried_when_the_clauses_before_name_another_period_or_a_name_opens_the_clause():
    figures = published_figures(
        "BÁO CÁO\nTình hình xuất nhập cảnh năm 2023\n\n"
        "Tại cảng Vũng Áng, 11 tháng đầu năm làm thủ tục cho 1.210 lượt tàu, ước cả năm 2023 là 1.330 lượt tàu; cấp "
        "276 giấy phép xuống tàu.\n"
        "Tại cảng Sơn Dương, ước cả năm 2023 làm thủ tục cho 640 lượt tàu; Đồn Biên phòng cửa khẩu cảng cấp 1.050 thẻ "
        "đi bờ.\n"
    )
    assert not any(value == 276 for _, _, value, _ in figures)
    assert ("2023", "shore_passes", 1050, "exact") in figures


def test_a_bracket_naming_the_kinds_a_count_mixes_still_leaves_it_uncertain():
    figures = published_figures(
        "BÁO CÁO\nCông tác đối ngoại năm 2023\n\nNăm 2023, toàn tỉnh có 83 đoàn (gồm cả đoàn ra và đoàn vào) với 702 "
        "lượt người.\n"
    )
    assert not any(value in (83, 702) for _, _, value, _ in figures)


def test_a_total_beside_words_on_visas_or_interpreters_in_general_is_still_the_total():
    figures = published_figures(
        "BÁO CÁO\nCông tác đối ngoại năm 2023\n\n"
        "Năm 2023, toàn tỉnh có 44 đoàn ra với 251 lượt cán bộ đi công tác nước ngoài, đúng thời hạn thị thực.\n"
        "Tỉnh đón 48 đoàn vào với 590 lượt khách quốc tế, cán bộ phiên dịch đáp ứng tốt yêu cầu.\n"
    )
    assert {("2023", "outbound_delegations", 44, "exact"), ("2023", "inbound_delegations", 48, "exact")} <= figures


def test_a_clause_naming_a_plan_for_a_count_is_no_result_even_after_an_estimate():
    figures = published_figures(
        "BÁO CÁO\nTình hình xuất nhập cảnh năm 2023\n\n"
        "Tại cảng Vũng Áng, ước cả năm 2023 làm thủ tục xuất nhập cảnh cho 1.280 lượt tàu; kế hoạch cấp 340 giấy phép "
        "xuống tàu cho thuyền viên.\n"
    )
    assert not any(value == 340 for _, _, value, _ in figures)
