"""Capabilities of the hundred-and-thirty-first round, written here in phrasings other than the reports that showed the
need. Expected figures were written from the texts below before the code ran on them."""

from decimal import Decimal

from tests.unit.documents import not_published_reasons, published_figures, report_text


def test_a_header_marked_for_a_note_that_says_estimated_gives_estimates():
    text = report_text(
        "51",
        "22 tháng 6 năm 2021",
        "Kết quả công tác đối ngoại quý II năm 2021",
        "| TT | Chỉ tiêu | Tháng 4 | Tháng 5 | Tháng 6 (*) |",
        "|---|---|---|---|---|",
        "| 1 | Số đoàn vào | 03 | 02 | 04 |",
        "(*) Số liệu tháng 6 chốt đến ngày 20/6/2021 và ước 10 ngày cuối tháng. Tháng 4, tháng 5 là số chính thức.",
    )
    assert published_figures(text) == {
        ("2021-04", "inbound_delegations", Decimal(3), "exact"),
        ("2021-05", "inbound_delegations", Decimal(2), "exact"),
        ("2021-06", "inbound_delegations", Decimal(4), "approx"),
    }


def test_a_figure_within_a_whole_named_by_where_it_was_given_is_a_part():
    text = report_text(
        "52",
        "20 tháng 12 năm 2021",
        "Kết quả công tác đối ngoại năm 2021",
        "Năm 2021, tỉnh hỗ trợ các tỉnh của Lào 9.500 triệu đồng.",
        "Trong tổng kinh phí nêu trên, hỗ trợ tỉnh Bolikhămxay 4.200 triệu đồng xây dựng bệnh viện.",
    )
    keys = {key[:3] for key in published_figures(text)}
    assert ("2021", "support_to_lao_provinces", Decimal(9_500_000_000)) in keys
    assert len(keys) == 1


def test_a_value_in_square_brackets_beside_another_waits():
    text = report_text(
        "53",
        "08 tháng 1 năm 2022",
        "Số liệu chính thức công tác đối ngoại năm 2021",
        "Tỉnh cử 25 đoàn [23 đoàn] với 104 lượt cán bộ [khoảng 100 lượt] đi công tác nước ngoài.",
    )
    keys = {key[:3] for key in published_figures(text)}
    assert ("2021", "outbound_persons", Decimal(104)) in keys
    assert not [key for key in keys if key[2] in (Decimal(23), Decimal(100))]
    assert "square brackets" in not_published_reasons(text)["23"]
