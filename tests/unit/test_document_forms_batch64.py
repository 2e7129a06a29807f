"""Capabilities found in the sixty-fourth round, written here in phrasings and layouts other than the batch's.
Expected figures were written from the texts below before the code ran on them."""

from tests.unit.documents import not_published_reasons, published_figures


def test_a_title_saying_its_figures_are_estimates_makes_the_periods_figures_estimates():
    figures = published_figures(
        "BÁO CÁO\nƯớc tính kết quả công tác đối ngoại 6 tháng đầu năm 2024\n\n"
        "Trong 6 tháng, tỉnh cử 23 đoàn ra. Cùng kỳ năm 2023, tỉnh cử 17 đoàn ra.\n"
    )
    assert {
        ("2024-H1", "outbound_delegations", 23, "approx"),
        ("2023-H1", "outbound_delegations", 17, "exact"),
    } <= figures


def test_the_clause_leading_into_a_list_names_the_lists_period():
    figures = published_figures(
        "BÁO CÁO\nKết quả công tác đối ngoại tháng 10 năm 2024\n\n"
        "Trong tháng 10, tỉnh đón 4 đoàn vào.\n"
        "Căn cứ kết quả 10 tháng và kế hoạch các tháng còn lại, Sở ước thực hiện cả năm 2024 như sau:\n"
        "- Đoàn vào: 37 đoàn;\n- Hội nghị quốc tế: 11 hội nghị.\n"
    )
    assert {
        ("2024-10", "inbound_delegations", 4, "exact"),
        ("2024", "inbound_delegations", 37, "approx"),
        ("2024", "intl_conferences", 11, "approx"),
    } <= figures


def test_a_note_of_figures_titled_in_capitals_takes_the_year_it_names():
    figures = published_figures(
        "SỞ NGOẠI VỤ\n\n   GHI CHÚ SỐ LIỆU ĐỐI NGOẠI NĂM 2023\n   (Phục vụ họp giao ban cuối năm)\n\n"
        "Kính gửi: Ban Giám đốc\n\n- Cả năm tổ chức 10 hội nghị quốc tế.\n"
    )
    assert ("2023", "intl_conferences", 10, "exact") in figures


def test_last_years_column_naming_another_period_than_the_one_a_year_before_its_neighbour_waits():
    text = (
        "BẢN TIN\nSố liệu nhanh của Văn phòng\n\n"
        "| Chỉ tiêu | Quý II/2026 | Lũy kế 6 tháng | Cùng kỳ 6 tháng 2025 |\n|---|---|---|---|\n"
        "| Đoàn vào (đoàn) | 9 | 20 | 16 |\n"
    )
    assert ("2025-Q2", "inbound_delegations", 16, "exact") not in published_figures(text)
    assert "not the same period a year before" in not_published_reasons(text)["16"]
