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
        "(*) Số liệu tháng 6 chốt đến ngày 20/6/2021 và ước 10 ngày cuối tháng.",
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


def test_a_header_marked_for_a_note_estimated_then_official_waits_and_so_does_its_value_elsewhere():
    text = report_text(
        "54",
        "22 tháng 6 năm 2021",
        "Kết quả công tác đối ngoại quý II năm 2021",
        "Trong quý, tỉnh đón 09 đoàn vào.",
        "| TT | Chỉ tiêu | Tháng 5 | Cộng quý II (*) |",
        "|---|---|---|---|",
        "| 1 | Số đoàn vào | 02 | 09 |",
        "(*) Số liệu quý II tại báo cáo tháng 5 là số ước. Nay đã cập nhật theo số chính thức.",
    )
    assert not [key for key in published_figures(text) if key[0] == "2021-Q2"]
    assert "leaves it estimated or not" in not_published_reasons(text)["09"]


def test_a_bracket_correcting_the_value_before_it_leaves_both_waiting():
    text = report_text(
        "55",
        "08 tháng 1 năm 2022",
        "Kết quả công tác đối ngoại năm 2021",
        "Trong năm, tỉnh đón 34 đoàn vào [số chính thức: 36 đoàn].",
    )
    assert published_figures(text) == set()


def test_bold_header_cells_are_no_note_marks():
    text = report_text(
        "56",
        "20 tháng 12 năm 2021",
        "Kết quả công tác đối ngoại quý IV năm 2021",
        "| TT | Chỉ tiêu | **Tháng 10** | **Tháng 11** |",
        "|---|---|---|---|",
        "| 1 | Số đoàn vào | 03 | 02 |",
        "**Ước cả quý IV năm 2021 đón khoảng 07 đoàn vào.**",
    )
    assert {key for key in published_figures(text) if key[0] in ("2021-10", "2021-11")} == {
        ("2021-10", "inbound_delegations", Decimal(3), "exact"),
        ("2021-11", "inbound_delegations", Decimal(2), "exact"),
    }
