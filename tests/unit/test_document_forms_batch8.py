"""Capabilities found by the eighth blind batch (the department's ordinary reports), each
written here in phrasings and layouts other than the batch's."""

from decimal import Decimal

from tests.unit.documents import not_published_reasons, published_figures

YEAR_REPORT = "BÁO CÁO\nKết quả công tác đối ngoại năm 2025\n"


def test_a_result_label_over_sub_headers_names_the_year_that_holds_their_periods():
    text = (
        YEAR_REPORT
        + "| TT | Nội dung | Kết quả thực hiện năm 2025 | | Ghi chú |\n"
        + "| TT | Nội dung | 6 tháng đầu năm 2025 | Quý IV/2025 | Ghi chú |\n"
        + "| 1 | Số đoàn vào | 21 | 09 | |\n"
    )
    assert published_figures(text) >= {
        ("2025-H1", "inbound_delegations", Decimal("21"), "exact"),
        ("2025-Q4", "inbound_delegations", Decimal("9"), "exact"),
    }


def test_a_sub_header_outside_the_year_its_group_names_stays_uncertain():
    text = (
        YEAR_REPORT
        + "| TT | Nội dung | Thực hiện năm 2025 | | Ghi chú |\n"
        + "| TT | Nội dung | Quý IV/2025 | Quý I/2026 | Ghi chú |\n"
        + "| 1 | Số đoàn vào | 09 | 06 | |\n"
    )
    published = published_figures(text)
    assert ("2025-Q4", "inbound_delegations", Decimal("9"), "exact") in published
    assert not any(figure[2] == Decimal("6") for figure in published)


def test_a_city_or_town_of_the_province_is_not_the_province():
    text = YEAR_REPORT + (
        "Thị xã Hồng Lĩnh tiếp 02 đoàn khách quốc tế.\n"
        "Thành phố Hà Tĩnh đón 05 đoàn khách của tỉnh Xiêng Khoảng.\n"
        "Tỉnh Hà Tĩnh đón 48 đoàn khách quốc tế.\n"
    )
    published = published_figures(text)
    assert ("2025", "inbound_delegations", Decimal("48"), "exact") in published
    assert not any(figure[2] in (Decimal("2"), Decimal("5")) for figure in published)
    reasons = not_published_reasons(text)
    assert "Hà Tĩnh" in reasons["05"] and "Hồng Lĩnh" in reasons["02"]
