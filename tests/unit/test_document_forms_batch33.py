"""Capabilities found by the thirty-third blind batch, written here in phrasings other than the batch's."""

from tests.unit.documents import published_figures

QUARTER = "BÁO CÁO\nKết quả công tác đối ngoại quý III năm 2026\n"


def test_a_count_of_what_is_not_done_yet_is_no_result():
    found = published_figures(
        QUARTER + "Quý III, cử 18 đoàn ra với 96 lượt người. Đến cuối quý vẫn còn 4 đoàn ra chưa gửi báo cáo "
        "kết quả chuyến đi. Có 3 đoàn vào chưa được Ủy ban nhân dân tỉnh cho phép. Còn 5 tổ chức phi chính phủ "
        "nước ngoài chưa gia hạn Giấy đăng ký.\n"
    )
    assert ("2026-Q3", "outbound_delegations", 18, "exact") in found
    assert not any(value in (4, 3, 5) for _, _, value, _ in found)


def test_a_figure_whose_own_phrase_says_never_before_or_leaves_something_out_stands():
    found = published_figures(
        QUARTER + "Quý III, tỉnh đón 52 đoàn vào, con số chưa từng có; cử 18 đoàn ra, chưa kể các đoàn doanh "
        "nghiệp; tổ chức 3 hội nghị quốc tế, tuy nhiên việc báo cáo sau hội nghị chưa kịp thời.\n"
    )
    assert {("2026-Q3", "inbound_delegations", 52, "exact"), ("2026-Q3", "outbound_delegations", 18, "exact")} <= found
    assert ("2026-Q3", "intl_conferences", 3, "exact") in found


def test_a_label_naming_shortcomings_makes_its_figures_no_result():
    for label in ("- Hạn chế", "Tồn tại, hạn chế", "+ Khó khăn, vướng mắc"):
        found = published_figures(QUARTER + f"{label}: 3 đoàn vào làm việc không báo trước với Sở.\n")
        assert not any(value == 3 for _, _, value, _ in found), label
    assert ("2026-Q3", "inbound_delegations", 3, "exact") in published_figures(
        QUARTER + "- Kết quả: quý III đón 3 đoàn vào.\n"
    )


def test_a_period_named_above_without_its_year_takes_the_year_named_below():
    text = (
        "BÁO CÁO\nSố liệu công tác đối ngoại\n"
        "| Chỉ tiêu | Kết quả 9 tháng đầu năm | | Tỷ lệ (%) |\n"
        "| Chỉ tiêu | Năm 2025 | Cùng kỳ năm 2024 | Tỷ lệ (%) |\n|---|---|---|---|\n"
        "| Đoàn vào | 14 | 11 | 127,3 |\n"
        "| Hội nghị, hội thảo quốc tế | 4 | 3 | 133,3 |\n"
    )
    found = published_figures(text)
    assert {
        ("2025-9M", "inbound_delegations", 14, "exact"),
        ("2024-9M", "inbound_delegations", 11, "exact"),
        ("2025-9M", "intl_conferences", 4, "exact"),
        ("2024-9M", "intl_conferences", 3, "exact"),
    } <= found
    assert not any(value in (127.3, 133.3) for _, _, value, _ in found)


def test_this_month_in_a_report_on_a_month_and_its_quarter_is_the_month():
    text = (
        "BÁO CÁO\nTình hình công tác đối ngoại tháng 9, quý III năm 2025\n"
        "- Đoàn vào: trong tháng, tỉnh đón 6 đoàn vào với 58 lượt khách quốc tế. Trong quý, tỉnh đón 15 đoàn vào.\n"
    )
    found = published_figures(text)
    assert {("2025-09", "inbound_delegations", 6, "exact"), ("2025-09", "inbound_visitors", 58, "exact")} <= found
    assert ("2025-Q3", "inbound_delegations", 15, "exact") in found


# Found while checking the changes above against the held sets: a donor's own figure published as the total
# when no total in the report disagreed with it.

NGO_YEAR = "BÁO CÁO\nKết quả công tác viện trợ phi chính phủ nước ngoài năm 2025\n"


def test_the_first_item_of_a_list_of_named_bodies_is_a_part_like_the_others():
    found = published_figures(
        NGO_YEAR + "Các nhà tài trợ cam kết nhiều trong năm gồm: Tổ chức Hành động vì trẻ em (ACF) 250.000 USD; "
        "Tổ chức Cứu trợ trẻ em 120.000 USD.\n"
    )
    assert not any(value in (250000, 120000) for _, _, value, _ in found)


def test_one_item_singled_out_as_the_largest_is_not_the_total():
    found = published_figures(
        NGO_YEAR + "Trong năm, nhà tài trợ có số vốn cam kết nhiều nhất là Tổ chức Đông Tây Hội ngộ với 310.000 USD. "
        "Năm 2025, tỉnh đón 52 đoàn vào, cao nhất từ trước đến nay.\n"
    )
    assert not any(value == 310000 for _, _, value, _ in found)
    assert ("2025", "inbound_delegations", 52, "exact") in found


def test_the_clerks_abbreviations_in_a_unit_column_and_a_row_label():
    text = (
        "BÁO CÁO\nSố liệu công tác đối ngoại năm 2024\n"
        "| TT | Nội dung | ĐVT | Năm 2023 | Năm 2024 |\n|---|---|---|---|---|\n"
        "| 1 | Chương trình, dự án PCPNN được phê duyệt tiếp nhận | CT, DA | 12 | 15 |\n"
        "| 2 | Số lượt cán bộ đi công tác NN | lượt | 240 | 265 |\n"
    )
    found = published_figures(text)
    assert {
        ("2023", "ngo_projects_approved", 12, "exact"),
        ("2024", "ngo_projects_approved", 15, "exact"),
        ("2023", "outbound_persons", 240, "exact"),
        ("2024", "outbound_persons", 265, "exact"),
    } <= found
