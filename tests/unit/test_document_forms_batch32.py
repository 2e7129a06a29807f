"""Capabilities found by the thirty-second blind batch, written here in phrasings other than the batch's."""

from tests.unit.documents import extract_text, published_figures


def test_a_stock_under_a_span_column_waits():
    text = (
        "BÁO CÁO\nTổng kết công tác lãnh sự giai đoạn 2021 - 2025\n"
        "| TT | Chỉ tiêu | Năm 2024 | Giai đoạn 2016 - 2020 |\n|---|---|---|---|\n"
        "| 1 | Số lưu học sinh Lào đang học tập tại tỉnh (cuối kỳ) | 640 | 510 |\n"
    )
    found = published_figures(text)
    assert not any(value == 510 for _, _, value, _ in found)


def test_a_note_that_a_year_is_estimated_makes_the_spans_figure_approximate():
    text = (
        "BÁO CÁO\nTổng kết công tác đối ngoại giai đoạn 2021 - 2025\n"
        "Cả nhiệm kỳ 2021 - 2025 (năm 2025 là số ước thực hiện), tỉnh đã tổ chức 41 hội nghị, hội thảo quốc tế.\n"
        "Năm 2024 (số liệu chính thức), tỉnh tổ chức 9 hội nghị, hội thảo quốc tế.\n"
    )
    found = published_figures(text)
    assert ("2021-2025", "intl_conferences", 41, "approx") in found
    assert not any(value == 41 and qualifier == "exact" for _, _, value, qualifier in found)
    assert ("2024", "intl_conferences", 9, "exact") in found


def test_among_a_counted_whole_its_part_and_a_period_between_them_wait():
    text = (
        "BÁO CÁO\nKết quả công tác đối ngoại 6 tháng đầu năm 2026\n"
        "Trong 14 đoàn vào tháng 6 có 5 đoàn của các tỉnh Lào.\n"
        "Trong 6 tháng có 3 đoàn với 21 lượt cán bộ đi đào tạo, bồi dưỡng tại Hàn Quốc.\n"
    )
    extraction = extract_text(text)
    found = {(f.period_code, f.indicator_code, f.value.normalize()) for f in extraction.figures}
    assert not any(value in (14, 5) for *_, value in found)
    assert ("2026-H1", "training_delegations", 3) in found  # "trong 6 tháng" is a period, no whole


def test_a_part_given_again_after_la_is_the_same_kind_of_part():
    text = (
        "BIÊN BẢN\nHội nghị giao ban công tác đối ngoại quý III năm 2026\n"
        "Báo cáo nêu: quý III đón 20 đoàn vào với 260 lượt khách, trong đó 6 đoàn với 41 lượt khách là cơ quan "
        "đại diện ngoại giao, tổ chức quốc tế.\n"
        "Đồng chí Trưởng phòng đề nghị sửa lại: số đoàn vào quý III là 21 đoàn với 268 lượt khách; trong đó đoàn "
        "của cơ quan đại diện ngoại giao, tổ chức quốc tế là 7 đoàn với 49 lượt khách.\n"
    )
    found = published_figures(text)
    assert not any(value in (6, 41) and code.startswith("inbound_mission") for _, code, value, _ in found)


# A second reader's cases against the estimate note above: each published a wrong period or qualifier.


def test_a_treaty_or_a_whole_year_estimate_in_brackets_is_no_note_on_the_figures():
    heading = "BÁO CÁO\nKết quả công tác đối ngoại 6 tháng đầu năm 2026\n"
    treaty = published_figures(heading + "Tỉnh đã ký kết 4 thỏa thuận quốc tế (các điều ước ký trong năm 2024).\n")
    whole_year = published_figures(heading + "Tỉnh đón 25 đoàn khách quốc tế (ước cả năm 2026).\n")
    assert not any(period == "2026-H1" for period, *_ in treaty)
    assert not any(period == "2026-H1" for period, *_ in whole_year)


def test_a_note_on_another_clauses_figures_leaves_this_one_exact():
    text = (
        "BÁO CÁO\nKết quả công tác đối ngoại 6 tháng đầu năm 2026\n"
        "Trong 6 tháng đầu năm 2026, tỉnh đón 22 đoàn khách quốc tế; kim ngạch xuất khẩu đạt 480 triệu USD "
        "(số liệu xuất khẩu năm 2026 là ước tính).\n"
    )
    assert ("2026-H1", "inbound_delegations", 22, "exact") in published_figures(text)
