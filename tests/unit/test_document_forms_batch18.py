"""Capabilities found by the eighteenth blind batch, each written here in phrasings other than the
batch's: titles on the results of carrying work out, year-to-date totals closed by a date, counts
at a cut-off date beside an estimate of the whole period, the clerks' abbreviations, and centres
that are other bodies."""

from decimal import Decimal

from tests.unit.documents import not_published_reasons, published_figures

YEAR = "BÁO CÁO\nTổng kết công tác đối ngoại năm 2026\n"


def test_a_title_on_the_results_of_carrying_work_out_names_the_reported_year():
    text = (
        "BÁO CÁO\nKết quả triển khai công tác đối ngoại nhân dân năm 2026 và nhiệm vụ năm 2027\n"
        "Trong năm, tỉnh ký kết 05 thỏa thuận quốc tế.\n"
    )
    assert published_figures(text) == {("2026", "intl_agreements", Decimal(5), "exact")}


def test_a_year_to_date_total_closed_by_a_date_before_the_last_month_is_not_the_years():
    text = YEAR + "Từ đầu năm đến ngày 15/11/2026, toàn tỉnh đã cử 40 đoàn đi công tác nước ngoài.\n"
    assert published_figures(text) == set()
    assert "not the end" in not_published_reasons(text)["40"]


def test_a_count_at_a_cut_off_date_yields_to_the_estimate_of_the_whole_year():
    text = YEAR + ("Tính đến ngày 12/12/2026, tỉnh đã đón 30 đoàn vào; ước cả năm 2026 đón 33 đoàn vào.\n")
    assert published_figures(text) == {("2026", "inbound_delegations", Decimal(33), "approx")}
    assert "cut-off date" in not_published_reasons(text)["30"]


def test_the_clerks_abbreviations_name_what_is_counted():
    text = (
        "BÁO CÁO\nKết quả công tác đối ngoại quý II năm 2026\n"
        "- CKQT Cầu Treo: làm thủ tục XNC cho 90.100 lượt người, 17.200 lượt PT.\n"
        "- Hiện có khoảng 1.300 LHS Lào đang học tập tại tỉnh.\n"
        "- Riêng T6/2026: 4 đoàn ra.\n"
    )
    published = published_figures(text)
    assert {
        ("2026-Q2", "border_crossings_persons", Decimal(90100), "exact"),
        ("2026-Q2", "border_crossings_vehicles", Decimal(17200), "exact"),
        ("2026-06", "outbound_delegations", Decimal(4), "exact"),
    } <= published
    assert any(indicator == "lao_students" and value == 1300 for _, indicator, value, _ in published)


def test_a_centre_of_another_body_is_not_the_department():
    text = YEAR + (
        "Sở đã đón 20 đoàn vào; Trung tâm Xúc tiến đầu tư và Hỗ trợ doanh nghiệp tỉnh đón 9 đoàn nhà đầu tư "
        "nước ngoài.\nTrung tâm Dịch vụ đối ngoại đã biên dịch 3.000 trang tài liệu.\n"
    )
    published = published_figures(text)
    assert ("2026", "inbound_delegations", Decimal(20), "exact") in published
    assert ("2026", "translated_pages", Decimal(3000), "exact") in published
    assert "another body" in not_published_reasons(text)["9"]
