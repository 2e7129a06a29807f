"""Figures as Vietnamese reports write them, found in running text."""

from decimal import Decimal

import pytest

from dagster_project.documents.quantities import find_quantities


def _read(text):
    return [(q.value, q.qualifier, q.currency) for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # thousands dots, decimal commas, scale words
        ("ước đạt trên 1.150.000 USD", [(Decimal(1150000), "over", "USD")]),
        ("với tổng mức đầu tư 10.206,452 tỷ đồng", [(Decimal("10206452000000"), "exact", "VND")]),
        ("kim ngạch đạt 3,4 tỷ USD", [(Decimal("3400000000"), "exact", "USD")]),
        ("tổng vốn đầu tư trên 13,7 tỷ USD", [(Decimal("13700000000"), "over", "USD")]),
        ("trên 10.500 tỷ đồng", [(Decimal("10500000000000"), "over", "VND")]),
        ("1,5 triệu USD", [(Decimal("1500000"), "exact", "USD")]),
        ("2,2 tỷ", [(Decimal("2200000000"), "exact", None)]),
        ("khoảng 5 nghìn USD", [(Decimal("5000"), "approx", "USD")]),
        # compound amounts are one figure
        (
            "Tặng tỉnh Bolikhamsay: 2 tỷ 600 triệu kíp Lào, 20 bộ máy vi tính",
            [(Decimal("2600000000"), "exact", "LAK"), (Decimal(20), "exact", None)],
        ),
        ("1 tỷ 100 triệu kíp Lào", [(Decimal("1100000000"), "exact", "LAK")]),
        ("5 tỷ 735 triệu đồng", [(Decimal("5735000000"), "exact", "VND")]),
        # currencies
        ("50 triệu won", [(Decimal("50000000"), "exact", "KRW")]),
        ("3 triệu yên", [(Decimal("3000000"), "exact", "JPY")]),
        ("200.000 euro", [(Decimal("200000"), "exact", "EUR")]),
        ("300 triệu kíp", [(Decimal("300000000"), "exact", "LAK")]),
        ("15.000 đô la Mỹ", [(Decimal("15000"), "exact", "USD")]),
        # zero-padded counts and plain counts
        ("ký kết 03 thỏa thuận quốc tế", [(Decimal(3), "exact", None)]),
        ("bổ sung cho 07 tổ chức và 09 chương trình", [(Decimal(7), "exact", None), (Decimal(9), "exact", None)]),
        ("gần 6500 trang biên dịch", [(Decimal(6500), "approx", None)]),
        # qualifiers
        ("hiện nay có gần 1.100 lưu học sinh Lào", [(Decimal(1100), "approx", None)]),
        ("xử lý hơn 80 hồ sơ", [(Decimal(80), "over", None)]),
        ("khoảng 200 lượt khách", [(Decimal(200), "approx", None)]),
        ("dưới 10 đoàn", [(Decimal(10), "under", None)]),
        ("chưa đến 5 vụ việc", [(Decimal(5), "under", None)]),
        ("ước đạt 2 triệu USD", [(Decimal(2000000), "approx", "USD")]),
        # two figures in one phrase
        (
            "3.009.681 lượt người/560.020 lượt phương tiện",
            [(Decimal(3009681), "exact", None), (Decimal(560020), "exact", None)],
        ),
        ("có 36 đoàn với 248 lượt", [(Decimal(36), "exact", None), (Decimal(248), "exact", None)]),
        ("05 đoàn/21 lượt người", [(Decimal(5), "exact", None), (Decimal(21), "exact", None)]),
    ],
)
def test_figures_are_read_with_value_qualifier_and_currency(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tính đến ngày 12/9",
        "Văn bản số 5028/UBND-TH ngày 08/9/2022",
        "Kế hoạch số 27/KH-UBND ngày 28/01/2022",
        "Quyết định số 14/2022/QĐ-UBND",
        "Nghị quyết số 36-NQ/TW",
        "dịch Covid-19",
        "được tổ chức 2-3 năm/lần",
        "năm 2022 sẽ tổ chức",
        "Giai đoạn 2014 – 2020",
        "từ năm 2014 đến 2020",
        "lần thứ 9 tại thành phố An Đông",
        "tăng 20% so với cùng kỳ",
        "Quý III/2022",
        "thôn 3 xã Hương Thủy",
        "nhiệm kỳ 2020-2025",
        "(05/9/1962 - 05/9/2022)",
    ],
)
def test_dates_document_numbers_years_and_percentages_are_not_figures(text):
    assert find_quantities(text) == []


def test_comrade_is_not_a_currency():
    (quantity,) = find_quantities("có 2 đồng chí tham dự")
    assert quantity.currency is None
    assert quantity.unit_words.startswith("dong chi")


def test_offsets_point_at_the_figure_as_written():
    text = "9 tháng đầu năm giá trị cam kết ước đạt trên 1.150.000 USD."
    quantity = find_quantities(text)[-1]
    assert text[quantity.start : quantity.end] == "ước đạt trên 1.150.000 USD" == quantity.as_written


def test_unit_words_follow_the_number():
    quantity = find_quantities("đoàn vào có 23 đoàn với 444 lượt khách quốc tế")[1]
    assert quantity.unit_words == "luot khach quoc te"
