from decimal import Decimal

import pytest

from dagster_project.parsing.vn_numbers import (
    AmbiguousSeparatorError,
    NumberFormatError,
    count_in_words,
    parse_amount,
    parse_count,
    parse_currency,
    parse_number_token,
    parse_qualifier,
    separator_convention,
)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("1.150.000", Decimal("1150000")),
        ("3.009.681", Decimal("3009681")),
        ("560.020", Decimal("560020")),
        ("10.206,452", Decimal("10206.452")),
        ("2,2", Decimal("2.2")),
        ("13,7", Decimal("13.7")),
        ("09", Decimal("9")),
        ("03", Decimal("3")),
        ("6500", Decimal("6500")),
        ("1,234,567", Decimal("1234567")),
        ("3.4", Decimal("3.4")),
    ],
)
def test_number_tokens(written, expected):
    assert parse_number_token(written) == expected


@pytest.mark.parametrize("written", ["1.15.000", "12,34,5", "abc", "", "1..2"])
def test_malformed_number_tokens_are_refused(written):
    with pytest.raises(NumberFormatError):
        parse_number_token(written)


@pytest.mark.parametrize(
    ("written", "value", "currency", "qualifier"),
    [
        ("trên 1.150.000 USD", Decimal("1150000"), "USD", "over"),
        ("2,2 tỷ", Decimal("2200000000"), None, "exact"),
        ("2 tỷ 600 triệu kíp", Decimal("2600000000"), "LAK", "exact"),
        ("1 tỷ 100 triệu kíp Lào", Decimal("1100000000"), "LAK", "exact"),
        ("10.206,452 tỷ đồng", Decimal("10206452000000"), "VND", "exact"),
        ("gần 1 tỷ đồng", Decimal("1000000000"), "VND", "approx"),
        ("hơn 80", Decimal("80"), None, "over"),
        ("3,4 tỷ USD", Decimal("3400000000"), "USD", "exact"),
        ("1,5 triệu USD", Decimal("1500000"), "USD", "exact"),
        ("khoảng 500 nghìn won", Decimal("500000"), "KRW", "approx"),
        ("dưới 20 triệu yên", Decimal("20000000"), "JPY", "under"),
        ("95.000 euro", Decimal("95000"), "EUR", "exact"),
    ],
)
def test_amount_phrases(written, value, currency, qualifier):
    amount = parse_amount(written)
    assert (amount.value, amount.currency, amount.qualifier) == (value, currency, qualifier)


def test_amount_keeps_unit_words_that_are_not_currencies():
    amount = parse_amount("36 đoàn")
    assert amount.value == 36 and amount.currency is None and amount.unit_text == "doan"


@pytest.mark.parametrize("cell", [1150000, 1150000.0, 0.1, Decimal("2.5")])
def test_numeric_cells_are_taken_exactly(cell):
    assert parse_amount(cell).value == Decimal(str(cell))


@pytest.mark.parametrize(
    "written",
    ["3.009.681 lượt người/560.020 lượt phương tiện", "-5", "không có", "", None, True, float("nan"), "600 triệu 2 tỷ"],
)
def test_amounts_that_are_not_one_certain_figure_are_refused(written):
    with pytest.raises(NumberFormatError):
        parse_amount(written)


@pytest.mark.parametrize(("written", "expected"), [("09", 9), (12.0, 12), ("1.100", 1100)])
def test_counts(written, expected):
    assert parse_count(written) == expected


@pytest.mark.parametrize("written", ["2,5", 3.5, "-1"])
def test_counts_must_be_whole_and_non_negative(written):
    with pytest.raises(NumberFormatError):
        parse_count(written)


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("kíp", "LAK"),
        ("Kíp Lào", "LAK"),
        ("VNĐ", "VND"),
        ("đồng", "VND"),
        ("usd", "USD"),
        ("Yên", "JPY"),
        ("won", "KRW"),
        ("EUR", "EUR"),
    ],
)
def test_currencies(written, code):
    assert parse_currency(written) == code


def test_unknown_currency_is_named():
    with pytest.raises(NumberFormatError, match="unknown currency 'XYZ'"):
        parse_currency("XYZ")


@pytest.mark.parametrize(
    ("written", "qualifier"),
    [
        ("", "exact"),
        (None, "exact"),
        ("gần", "approx"),
        ("Trên", "over"),
        ("hơn", "over"),
        ("khoảng", "approx"),
        ("dưới", "under"),
        ("ước đạt", "approx"),
    ],
)
def test_qualifiers(written, qualifier):
    assert parse_qualifier(written) == qualifier


@pytest.mark.parametrize(("token", "thousands", "decimal"), [("120,000", 120000, "120"), ("1.500", 1500, "1.5")])
def test_one_separator_before_three_digits_is_ambiguous_without_a_convention(token, thousands, decimal):
    with pytest.raises(AmbiguousSeparatorError) as error:
        parse_number_token(token, None)
    assert error.value.readings[0] == thousands and format(error.value.readings[1].normalize(), "f") == decimal


@pytest.mark.parametrize(
    ("token", "convention", "value"),
    [
        ("120,000", "en", "120000"),
        ("120,000", "vi", "120"),
        ("1.500", "vi", "1500"),
        ("1.500", "en", "1.5"),
        ("1.250.000", None, "1250000"),
        ("1,250.5", "en", "1250.5"),
    ],
)
def test_a_convention_settles_it(token, convention, value):
    assert parse_number_token(token, convention) == Decimal(value)


@pytest.mark.parametrize(
    ("cells", "convention"),
    [
        (["1.250.000", "120,000"], "vi"),
        (["1,250,000", "2.5"], "en"),
        (["1.250.000", "1,250,000"], None),
        (["120,000", 5.0], None),
        (["1.620 tỷ", "3,4 triệu"], "vi"),
        (["1.5 tỷ", "150.000"], None),
    ],
)
def test_a_columns_convention_is_what_its_unambiguous_numbers_use(cells, convention):
    assert separator_convention(cells) == convention


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("hai", 2),
        ("muoi", 10),
        ("muoi hai", 12),
        ("muoi lam", 15),
        ("muoi nam", 15),
        ("hai muoi", 20),
        ("hai muoi mot", 21),
        ("ba muoi tu", 34),
        ("chin muoi chin", 99),
        ("nam", None),  # alone: "year"
        ("tu", None),
        ("mot muoi", None),
        ("hai nam", None),
        ("muoi hai nam", None),
        ("hai muoi ba bon", None),
    ],
)
def test_counts_in_words(words, expected):
    assert count_in_words(words.split()) == expected


def test_a_whole_number_with_thousand_dots_is_told_from_a_section_number():
    from dagster_project.parsing.vn_numbers import has_thousand_dots

    assert has_thousand_dots("1.250") and has_thousand_dots("12.500.000")
    assert not has_thousand_dots("1.2") and not has_thousand_dots("1.25") and not has_thousand_dots("1.250,5")
