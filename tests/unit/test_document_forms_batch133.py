"""Capabilities of the hundred-and-thirty-third round, written here in phrasings other than the reports that showed
the need. Expected figures were written from the texts below before the code ran on them."""

from decimal import Decimal

from tests.unit.documents import published_figures


def _issued_by(letterhead: str, *lines: str) -> str:
    return f"{letterhead}\nSố: 88/BC-UBND\nKỳ Anh, ngày 20 tháng 12 năm 2023\nBÁO CÁO\n" + "\n".join(lines) + "\n"


def test_a_lower_bodys_report_gives_its_own_figures_to_review_and_the_provinces_it_quotes():
    text = _issued_by(
        "UBND THỊ XÃ KỲ ANH",
        "Kết quả công tác đối ngoại năm 2023",
        "1. Năm 2023, thị xã cử 06 đoàn với 19 lượt cán bộ đi công tác nước ngoài.",
        "2. Tiếp nhận 02 hài cốt liệt sỹ quân tình nguyện.",
        "3. Theo Báo cáo của Sở Ngoại vụ, năm 2023 toàn tỉnh cử 64 đoàn ra.",
    )
    assert published_figures(text) == {("2023", "outbound_delegations", Decimal(64), "exact")}


def test_another_departments_report_gives_its_own_figures_to_review():
    text = _issued_by(
        "UBND TỈNH HÀ TĨNH\nSỞ Y TẾ",
        "Kết quả hợp tác quốc tế ngành y tế năm 2023",
        "Năm 2023, đã đón 05 đoàn vào với 31 lượt khách quốc tế; tổ chức 02 hội thảo quốc tế.",
    )
    assert published_figures(text) == set()


def test_the_departments_own_letterhead_under_the_province_is_no_lower_body():
    text = _issued_by(
        "UBND TỈNH HÀ TĨNH\nSỞ NGOẠI VỤ",
        "Kết quả công tác đối ngoại năm 2023",
        "Năm 2023, tỉnh đón 58 đoàn vào.",
    )
    assert published_figures(text) == {("2023", "inbound_delegations", Decimal(58), "exact")}


def test_a_bracket_saying_the_figures_after_it_are_estimates_makes_them_approximate():
    text = _issued_by(
        "UBND TỈNH HÀ TĨNH\nSỞ NGOẠI VỤ",
        "Kết quả công tác đối ngoại 6 tháng đầu năm 2023",
        "Trong 6 tháng đầu năm (số liệu ước thực hiện đến hết tháng 6), tỉnh tổ chức 05 hội nghị, hội thảo quốc tế;"
        " ký kết 03 thỏa thuận quốc tế.",
    )
    assert published_figures(text) == {
        ("2023-H1", "intl_conferences", Decimal(5), "approx"),
        ("2023-H1", "intl_agreements", Decimal(3), "approx"),
    }


def test_an_estimating_opening_carries_to_the_clauses_after_it():
    text = _issued_by(
        "UBND TỈNH HÀ TĨNH\nSỞ NGOẠI VỤ",
        "Kết quả công tác đối ngoại năm 2023",
        "Cả năm 2023, toàn tỉnh ước đạt 61 đoàn ra; đón 47 đoàn vào; riêng quý IV đón 12 đoàn vào.",
    )
    assert published_figures(text) == {
        ("2023", "outbound_delegations", Decimal(61), "approx"),
        ("2023", "inbound_delegations", Decimal(47), "approx"),
        ("2023-Q4", "inbound_delegations", Decimal(12), "exact"),
    }


def test_from_the_years_start_in_a_quarters_report_is_the_running_total_to_its_end():
    text = _issued_by(
        "UBND TỈNH HÀ TĨNH\nSỞ NGOẠI VỤ",
        "Kết quả công tác đối ngoại quý III năm 2023",
        "Trong quý, tỉnh đón 14 đoàn vào. Lũy kế từ đầu năm, tỉnh đón 37 đoàn vào.",
    )
    assert published_figures(text) == {
        ("2023-Q3", "inbound_delegations", Decimal(14), "exact"),
        ("2023-9M", "inbound_delegations", Decimal(37), "exact"),
    }


# -- guards written after the second reading of the round, in phrasings of their own -----------------------------------


def test_a_lower_bodys_figure_stays_its_own_beside_the_departments_name_or_a_share_of_the_province():
    text = _issued_by(
        "UBND TP. HÀ TĨNH",
        "Kết quả công tác đối ngoại năm 2023",
        "Năm 2023, thành phố phối hợp với Sở Ngoại vụ tiếp 04 đoàn khách quốc tế.",
        "Năm 2023, thành phố cử 03 đoàn ra, bằng 5% số đoàn ra của toàn tỉnh.",
    )
    assert published_figures(text) == set()


def test_a_lower_bodys_office_under_it_or_its_letter_without_a_title_is_still_that_body():
    office = (
        "UBND HUYỆN CẨM XUYÊN\nVĂN PHÒNG HĐND VÀ UBND\nSố: 41/BC-VP\nCẩm Xuyên, ngày 05 tháng 1 năm 2024\nBÁO CÁO\n"
        "Kết quả công tác đối ngoại năm 2023\nNăm 2023, huyện đón 03 đoàn khách quốc tế.\n"
    )
    letter = (
        "UBND HUYỆN LỘC HÀ\nSố: 12/UBND-VP\nV/v báo cáo công tác đối ngoại năm 2023\nLộc Hà, ngày 05 tháng 1 năm 2024\n"
        "Kính gửi: Sở Ngoại vụ.\nNăm 2023, huyện đón 02 đoàn khách quốc tế với 17 lượt khách.\n"
    )
    markdown = (
        "| ỦY BAN NHÂN DÂN<br>HUYỆN VŨ QUANG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n"
        "Vũ Quang, ngày 05 tháng 1 năm 2024\n\nBÁO CÁO\nKết quả công tác đối ngoại năm 2023\n"
        "Năm 2023, huyện đón 05 đoàn khách quốc tế.\n"
    )
    assert published_figures(office) == published_figures(letter) == published_figures(markdown) == set()


def test_the_motto_wrapped_over_two_lines_names_no_lower_body():
    text = (
        "UBND TỈNH HÀ TĨNH | CỘNG HÒA\nSỞ NGOẠI VỤ | XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 15/BC-SNgV\n"
        "Hà Tĩnh, ngày 10 tháng 1 năm 2024\nBÁO CÁO\nKết quả công tác đối ngoại năm 2023\n"
        "Năm 2023, tỉnh ký kết 09 thỏa thuận quốc tế.\n"
    )
    assert published_figures(text) == {("2023", "intl_agreements", Decimal(9), "exact")}


def test_an_opening_estimate_does_not_reach_a_treaty_a_plan_or_an_official_clause():
    treaty = _issued_by(
        "UBND TỈNH HÀ TĨNH\nSỞ NGOẠI VỤ",
        "Kết quả công tác đối ngoại năm 2023",
        "Thực hiện các hiệp ước có liên quan, năm 2023 tỉnh tổ chức 06 hội nghị, hội thảo quốc tế; đón 40 đoàn vào.",
    )
    plan = _issued_by(
        "UBND TỈNH HÀ TĨNH\nSỞ NGOẠI VỤ",
        "Kết quả công tác đối ngoại năm 2023",
        "Theo Kế hoạch năm 2023, tỉnh ước đón 45 đoàn vào; thực tế năm 2023 đã đón 40 đoàn vào.",
    )
    official = _issued_by(
        "UBND TỈNH HÀ TĨNH\nSỞ NGOẠI VỤ",
        "Kết quả công tác đối ngoại năm 2023",
        "Năm 2023, tỉnh ước đón 40 đoàn vào; số chính thức đã ký kết 09 thỏa thuận quốc tế.",
    )
    assert ("2023", "inbound_delegations", Decimal(40), "exact") in published_figures(treaty)
    assert ("2023", "inbound_delegations", Decimal(40), "approx") not in published_figures(plan)
    assert ("2023", "intl_agreements", Decimal(9), "exact") in published_figures(official)


def test_an_estimate_in_words_of_reckoning_carries_too():
    text = _issued_by(
        "UBND TỈNH HÀ TĨNH\nSỞ NGOẠI VỤ",
        "Kết quả công tác đối ngoại năm 2023",
        "Năm 2023, toàn tỉnh ước tính cử 63 đoàn ra; ký kết 08 thỏa thuận quốc tế.",
    )
    assert published_figures(text) == {
        ("2023", "outbound_delegations", Decimal(63), "approx"),
        ("2023", "intl_agreements", Decimal(8), "approx"),
    }


# -- guards from the held sets, in phrasings of their own -----------------------------------------------------------------


def test_a_figures_own_estimate_note_and_one_values_estimate_do_not_reach_the_figures_after_them():
    text = _issued_by(
        "UBND TỈNH HÀ TĨNH\nSỞ NGOẠI VỤ",
        "Kết quả công tác đối ngoại 6 tháng đầu năm 2023",
        "6 tháng đầu năm, tỉnh đón 22 đoàn vào với 180 lượt khách (số ước); cùng kỳ năm 2022 là 14 đoàn, 96 lượt.",
        "6 tháng đầu năm, giá trị hỗ trợ các tỉnh của Lào ước đạt 4,2 tỷ đồng; ký kết 05 thỏa thuận quốc tế.",
    )
    found = published_figures(text)
    assert ("2022-H1", "inbound_delegations", Decimal(14), "exact") in found
    assert ("2023-H1", "intl_agreements", Decimal(5), "exact") in found


def test_so_far_in_a_quarters_report_stays_a_count_so_far():
    text = _issued_by(
        "UBND TỈNH HÀ TĨNH\nSỞ NGOẠI VỤ",
        "Kết quả công tác đối ngoại quý III năm 2023",
        "Từ đầu năm đến nay, tỉnh đã ký kết 11 thỏa thuận quốc tế.",
    )
    assert published_figures(text) == set()


def test_a_lower_bodys_section_on_the_provinces_results_gives_them():
    text = _issued_by(
        "UBND HUYỆN NGHI XUÂN",
        "Tham luận tại Hội nghị tổng kết công tác đối ngoại năm 2023",
        "I. KẾT QUẢ CHUNG CỦA TỈNH NĂM 2023",
        "Năm 2023, các cơ quan, đơn vị trong tỉnh tổ chức 14 hội nghị, hội thảo quốc tế.",
        "II. KẾT QUẢ CỦA HUYỆN",
        "Năm 2023, huyện tổ chức 01 hội thảo quốc tế.",
    )
    assert published_figures(text) == {("2023", "intl_conferences", Decimal(14), "exact")}


def test_official_figures_replacing_an_estimate_are_exact():
    text = _issued_by(
        "UBND TỈNH HÀ TĨNH\nSỞ NGOẠI VỤ",
        "Số liệu chính thức công tác đối ngoại năm 2022",
        "Năm 2022 (số chính thức, thay thế cho số ước tại Báo cáo số 905/BC-SNgV), tỉnh cử 47 đoàn với 215 lượt cán bộ"
        " đi công tác nước ngoài.",
    )
    assert published_figures(text) == {
        ("2022", "outbound_delegations", Decimal(47), "exact"),
        ("2022", "outbound_persons", Decimal(215), "exact"),
    }
