"""Capabilities found in the sixty-eighth round, written here in phrasings and layouts other than the batch's.
Expected figures were written from the texts below before the code ran on them."""

from tests.unit.documents import not_published_reasons, published_figures


def test_months_counted_under_a_heading_closing_them_on_a_day_are_those_months_of_its_year():
    figures = published_figures(
        "GHI NHỚ SỐ LIỆU\n\nII. SỐ LIỆU TÍNH ĐẾN HẾT NGÀY 30/6/2024\n\n"
        "Lũy kế 6 tháng, tỉnh đón 21 đoàn vào với 190 lượt khách quốc tế.\n"
    )
    assert {("2024-H1", "inbound_delegations", 21, "exact"), ("2024-H1", "inbound_visitors", 190, "exact")} <= figures


def test_a_month_label_with_dot_leaders_dates_its_line():
    figures = published_figures(
        "BÁO CÁO\nCông tác đối ngoại quý II năm 2023\n\n"
        "1. Đoàn ra\n\nTháng 4/2023 ........ 3 đoàn, 11 lượt người\nTháng 5/2023 ........ 5 đoàn, 20 lượt người\n"
    )
    assert {("2023-04", "outbound_delegations", 3, "exact"), ("2023-05", "outbound_persons", 20, "exact")} <= figures


def test_the_other_half_of_a_slashed_pair_takes_the_label_of_the_first():
    figures = published_figures(
        "BÁO CÁO\nCông tác đối ngoại năm 2023\n\nQuý III: 08 đoàn ra/41 lượt; 05 đoàn vào/60 lượt khách.\n"
    )
    assert {("2023-Q3", "outbound_delegations", 8, "exact"), ("2023-Q3", "outbound_persons", 41, "exact")} <= figures


def test_a_line_labelled_by_what_it_divides_by_gives_parts():
    text = (
        "BÁO CÁO\nCông tác đối ngoại năm 2023\n\nNăm 2023, tỉnh cử 40 đoàn ra.\n"
        "- Về cấp đoàn: 05 đoàn do lãnh đạo tỉnh dẫn đầu; 35 đoàn của các sở, ngành.\n"
    )
    assert ("2023", "outbound_delegations", 40, "exact") in published_figures(text)
    assert "breakdown" in not_published_reasons(text)["05"]


def test_a_tables_row_reads_what_the_letters_subject_says_it_is_about():
    figures = published_figures(
        "SỞ NGOẠI VỤ\nV/v báo cáo số liệu viện trợ phi chính phủ nước ngoài năm 2023\n\nKính gửi: Sở Tài chính\n\n"
        "| Nội dung | ĐVT | Quý I | Quý II |\n|---|---|---|---|\n"
        "| Giá trị viện trợ cam kết | USD | 210.000 | 305.000 |\n"
    )
    assert {("2023-Q1", "ngo_aid_committed", 210000, "exact"), ("2023-Q2", "ngo_aid_committed", 305000, "exact")} <= (
        figures
    )


def test_a_nouns_comma_before_the_next_figures_label_ends_the_figures_own_noun():
    figures = published_figures(
        "BÁO CÁO\nCông tác cửa khẩu năm 2020\n\n"
        "Năm 2020, số người xuất nhập cảnh qua cửa khẩu quốc tế Cầu Treo đạt 98.410 lượt, phương tiện 31.200 lượt.\n"
    )
    assert ("2020", "border_crossings_persons", 98410, "exact") in figures
    assert ("2020", "border_crossings_vehicles", 98410, "exact") not in figures


def test_a_table_row_opening_with_words_a_web_pages_footer_opens_with_is_read():
    figures = published_figures(
        "BÁO CÁO\nCông tác cảng biển năm 2021\n\n| Nội dung | Năm 2021 |\n|---|---|\n"
        "| Giấy phép xuống tàu đã cấp | 143 |\n"
    )
    assert ("2021", "boarding_permits", 143, "exact") in figures
