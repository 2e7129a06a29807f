"""Capabilities of the hundred-and-forty-third round, written here in phrasings other than the reports that showed the
need. Expected figures were written from the texts below before the code ran on them."""

from decimal import Decimal

from tests.unit.documents import not_published_reasons, published_figures, report_text, word_report


def test_a_marked_rows_estimate_note_makes_its_own_periods_values_estimates_not_an_earlier_years(tmp_path):
    extraction = word_report(
        tmp_path / "bc.docx",
        [
            "SỞ NGOẠI VỤ",
            "Số: 77/BC-SNgV",
            "Hà Tĩnh, ngày 28 tháng 6 năm 2022",
            "BÁO CÁO",
            "Kết quả công tác đối ngoại 6 tháng đầu năm 2022",
        ],
        [
            ("TT", "Chỉ tiêu", "ĐVT", "6 tháng 2022", "6 tháng 2021"),
            ("1", "Đoàn vào", "đoàn", "18", "11"),
            ("2", "Giá trị cam kết viện trợ PCPNN (**)", "USD", "1.240.000", "980.000"),
        ],
        ["(**) Số ước, theo tổng hợp của Phòng Hợp tác quốc tế."],
    )
    published = {(f.period_code, f.indicator_code, f.value.normalize(), f.qualifier) for f in extraction.figures}
    assert ("2022-H1", "inbound_delegations", Decimal(18), "exact") in published
    assert ("2022-H1", "ngo_aid_committed", Decimal(1240000), "approx") in published
    assert ("2021-H1", "ngo_aid_committed", Decimal(980000), "exact") in published


def test_a_value_whose_own_words_say_no_official_figure_exists_yet_waits_alone():
    text = report_text(
        "211",
        "05 tháng 5 năm 2024",
        "Kết quả công tác đối ngoại tháng 4 năm 2024",
        "Tháng 4, tiếp nhận 36 hồ sơ chứng nhận lãnh sự, hợp pháp hóa lãnh sự (tháng 3/2024 khoảng 30 hồ sơ, chưa có số "
        "liệu chính thức).",
    )
    published = published_figures(text)
    assert ("2024-04", "consular_legalisations", Decimal(36), "exact") in published
    assert not {figure for figure in published if figure[0] == "2024-03"}
    assert "chua co so lieu chinh thuc" in not_published_reasons(text)["khoảng 30"]
