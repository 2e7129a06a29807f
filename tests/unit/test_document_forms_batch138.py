"""Capabilities of the hundred-and-thirty-eighth round, written here in phrasings other than the reports that showed
the need. Expected figures were written from the texts below before the code ran on them."""

from decimal import Decimal

from tests.unit.documents import published_figures, report_text


def test_values_in_brackets_are_the_year_before_when_the_opening_says_so():
    text = report_text(
        "301",
        "20 tháng 12 năm 2019",
        "Tổng kết công tác đối ngoại năm 2019",
        "Sở Ngoại vụ báo cáo như sau (số trong ngoặc đơn là số liệu năm 2018):",
        "1. Năm 2019, toàn tỉnh tổ chức 11 hội nghị, hội thảo quốc tế (08 hội nghị, hội thảo), chủ yếu về đầu tư.",
        "2. Hỗ trợ các tỉnh bạn Lào 9,6 tỷ đồng (7,4 tỷ đồng), tập trung ở Bolikhămxay (5 tỷ đồng).",
    )
    published = published_figures(text)
    assert ("2018", "intl_conferences", Decimal(8), "exact") in published
    assert ("2018", "support_to_lao_provinces", Decimal(7400000000), "exact") in published
    assert ("2019", "support_to_lao_provinces", Decimal(9600000000), "exact") in published
    assert not {figure for figure in published if figure[2] == Decimal(5000000000)}


def test_brackets_without_a_note_on_them_stay_parts():
    text = report_text(
        "301",
        "20 tháng 12 năm 2019",
        "Tổng kết công tác đối ngoại năm 2019",
        "Năm 2019, toàn tỉnh tổ chức 11 hội nghị, hội thảo quốc tế (08 hội nghị, hội thảo), chủ yếu về đầu tư.",
    )
    published = published_figures(text)
    assert ("2019", "intl_conferences", Decimal(11), "exact") in published
    assert not {figure for figure in published if figure[2] == Decimal(8)}


def test_an_estimate_note_after_one_figure_leaves_the_next_figure_exact():
    text = report_text(
        "12",
        "27 tháng 5 năm 2024",
        "Kết quả công tác đối ngoại tháng 5 năm 2024",
        "- Tiếp nhận 07 hồ sơ hộ chiếu công vụ (số ước), trả kết quả 11 hồ sơ hợp pháp hóa lãnh sự.",
    )
    assert published_figures(text) == {
        ("2024-05", "official_passports_issued", Decimal(7), "approx"),
        ("2024-05", "consular_legalisations", Decimal(11), "exact"),
    }


def test_a_bracket_under_the_note_that_says_more_than_its_figures_noun_stays_a_part():
    text = report_text(
        "301",
        "20 tháng 12 năm 2019",
        "Tổng kết công tác đối ngoại năm 2019",
        "Sở Ngoại vụ báo cáo như sau (số trong ngoặc đơn là số liệu năm 2018):",
        "- Cử 30 đoàn ra (17 đoàn đi Lào); đón 52 đoàn khách quốc tế (410 lượt khách).",
        "- Tổ chức 08 hội nghị và 04 hội thảo quốc tế (03 hội thảo).",
        "- Riêng tháng 12/2019, xử lý 04 vụ việc lãnh sự (02 vụ việc).",
    )
    published = published_figures(text)
    assert not {figure for figure in published if figure[0] == "2018" or figure[0].startswith("2018-")}
    assert ("2019", "outbound_delegations", Decimal(30), "exact") in published
