"""Capabilities found by the twentieth blind batch, each written here in phrasings other than the
batch's: counts since an event, clauses after an earlier clause that names another period, the
period a paragraph opens with, and a leader speaking for another body."""

from decimal import Decimal

from tests.unit.documents import not_published_reasons, published_figures

YEAR = "BÁO CÁO\nTổng kết công tác đối ngoại năm 2026\n"


def test_a_count_since_an_event_closed_by_a_date_is_no_reporting_period():
    text = (
        "BÁO CÁO\nKết quả công tác đối ngoại 6 tháng đầu năm 2026\n"
        "Kể từ khi khánh thành nhà ga mới (02/4/2026) đến ngày 20/6/2026, Cửa khẩu quốc tế Cầu Treo làm thủ tục "
        "xuất nhập cảnh cho 52.000 lượt người.\n"
    )
    assert published_figures(text) == set()
    assert "since an event" in not_published_reasons(text)["52.000"]


def test_a_clause_after_an_earlier_clause_naming_another_period_is_uncertain():
    text = YEAR + (
        "Tính lại cả nhiệm kỳ, trong giai đoạn 2021 - 2025 tỉnh đón 180 đoàn vào; ký kết 22 thỏa thuận quốc tế.\n"
    )
    published = published_figures(text)
    assert not any(indicator == "intl_agreements" and period == "2026" for period, indicator, _, _ in published)


def test_the_period_a_paragraph_opens_with_carries_to_its_next_sentences():
    text = YEAR + (
        "Nhìn lại cả giai đoạn 2021 - 2025, tỉnh đã cử 240 đoàn đi công tác nước ngoài. Tỉnh đã tiếp nhận, an táng "
        "90 hài cốt liệt sỹ.\n"
    )
    published = published_figures(text)
    assert ("2021-2025", "outbound_delegations", Decimal(240), "exact") in published
    assert ("2026", "remains_repatriated", Decimal(90), "exact") not in published


def test_a_leader_speaking_for_another_body_gives_that_bodys_figures():
    text = YEAR + "Giám đốc Sở Y tế cho biết, năm 2026 ngành y tế đón 8 đoàn khách quốc tế.\n"
    assert published_figures(text) == set()


def test_a_heading_in_capitals_with_a_remark_in_brackets_is_a_heading():
    text = (
        "BÁO CÁO\nCông tác đối ngoại tháng 6 và quý II năm 2026\n"
        "A. KẾT QUẢ THÁNG 6/2026\n+ Tháng 6/2026: đón 3 đoàn vào.\n"
        "B. TỔNG HỢP QUÝ II/2026 (tháng 4, 5, 6)\n+ Đoàn vào: 9 đoàn.\n"
    )
    assert published_figures(text) == {
        ("2026-06", "inbound_delegations", Decimal(3), "exact"),
        ("2026-Q2", "inbound_delegations", Decimal(9), "exact"),
    }


def test_vuot_before_a_figure_leaves_it_uncertain():
    text = YEAR + "Tổng kim ngạch xuất nhập khẩu năm 2026 trên địa bàn tỉnh vượt 6,1 tỷ USD.\n"
    assert published_figures(text) == set()
    assert any("vượt" in reason for reason in not_published_reasons(text).values())
