"""Capabilities found by the thirty-sixth blind batch, written here in phrasings other than the batch's."""

from tests.unit.documents import extract_text, published_figures


def test_same_period_inside_a_breakdown_compares_with_the_figure_broken_down():
    found = published_figures(
        "BÁO CÁO\nKết quả công tác đối ngoại 6 tháng đầu năm 2025\n"
        "6 tháng đầu năm 2025, tỉnh tổ chức 12 hội nghị, hội thảo quốc tế (quý I/2025: 5 hội nghị; cùng kỳ năm "
        "2024: 9 hội nghị).\n"
    )
    assert ("2024-H1", "intl_conferences", 9, "exact") in found
    assert not any(period == "2024-Q1" for period, *_ in found)


def test_a_title_naming_a_year_and_a_part_of_the_next_names_no_period_of_its_own():
    text = (
        "# TÀI LIỆU LÀM VIỆC\n## Kết quả công tác đối ngoại năm 2024 và 6 tháng đầu năm 2025\n"
        "Dịch vụ dịch thuật: 9.800 trang biên dịch, phiên dịch 64 giờ.\n"
        "Năm 2024, tỉnh đón 47 đoàn vào.\n"
    )
    extraction = extract_text(text)
    found = {(f.period_code, f.indicator_code, f.value) for f in extraction.figures}
    assert extraction.period_code is None
    assert not any(value in (9800, 64) for *_, value in found)
    assert ("2024", "inbound_delegations", 47) in found
