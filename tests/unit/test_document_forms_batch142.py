"""Capabilities of the hundred-and-forty-second round, written here in phrasings other than the report that showed the
need. Expected figures were written from the texts below before the code ran on them."""

from decimal import Decimal

from tests.unit.documents import published_figures, report_text


def test_a_count_right_after_the_word_for_month_is_no_month():
    text = report_text(
        "515",
        "24 tháng 11 năm 2023",
        "Kết quả công tác đối ngoại tháng 11 năm 2023",
        "- Đoàn ra: đến ngày 20/11 có 03 đoàn/09 lượt người; ước cả tháng 04 đoàn/13 lượt người.",
        "- Hồ sơ chứng nhận lãnh sự: ước cả tháng 11 hồ sơ.",
    )
    published = published_figures(text)
    # ("cả tháng 04 đoàn/13 lượt": four delegations over the month, not April's)
    assert not {figure for figure in published if figure[0] == "2023-04"}
    assert ("2023-11", "outbound_persons", Decimal(13), "approx") in published
