"""Capabilities of the hundred-and-forty-fifth round, written here in phrasings other than the reports that showed the
need. Expected figures were written from the texts below before the code ran on them."""

from decimal import Decimal

from tests.unit.documents import published_figures, report_text


def test_under_a_note_counting_to_a_day_an_undated_count_waits_beside_the_estimates_of_the_year():
    text = report_text(
        "1712",
        "18 tháng 12 năm 2024",
        "Tổng kết công tác đối ngoại năm 2024",
        "(Số liệu thực hiện tính đến hết ngày 15/12/2024; số liệu cả năm là số ước thực hiện đến 31/12/2024.)",
        "1. Đón 47 đoàn vào; ước cả năm đón 50 đoàn vào.",
        "2. Thẩm định hồ sơ đăng ký hoạt động cho 14 tổ chức PCPNN; tính đến 15/12/2024 có 40 tổ chức PCPNN.",
    )
    published = published_figures(text)
    assert ("2024", "inbound_delegations", Decimal(50), "approx") in published
    assert not {figure for figure in published if figure[2] in (Decimal(47), Decimal(14), Decimal(40))}


def test_agreements_signed_on_the_sidelines_of_events_are_a_part():
    text = report_text(
        "1800",
        "28 tháng 12 năm 2021",
        "Tổng kết công tác đối ngoại năm 2021",
        "Năm 2021, tỉnh ký kết 09 thỏa thuận quốc tế. Bên lề Diễn đàn hợp tác kinh tế Hà Tĩnh - Nhật Bản, các sở, "
        "ngành ký kết 03 thỏa thuận hợp tác quốc tế.",
    )
    published = published_figures(text)
    assert ("2021", "intl_agreements", Decimal(9), "exact") in published
    assert not {figure for figure in published if figure[2] == Decimal(3)}


def test_a_cut_off_of_an_earlier_report_or_of_one_field_leaves_the_reports_own_counts_published():
    earlier = report_text(
        "09",
        "10 tháng 01 năm 2024",
        "Tổng kết công tác đối ngoại năm 2023",
        "",
        "Số liệu tại báo cáo trước của Sở tính đến hết ngày 18/12/2023, số cả năm là số ước; báo cáo này thay bằng số "
        "liệu chính thức.",
        "",
        "Năm 2023, tỉnh cử 33 đoàn ra với 140 lượt cán bộ.",
    )
    assert ("2023", "outbound_delegations", Decimal(33), "exact") in published_figures(earlier)
    one_field = report_text(
        "1801",
        "26 tháng 12 năm 2023",
        "Tổng kết công tác đối ngoại năm 2023",
        "",
        "Số liệu xuất nhập cảnh qua Cửa khẩu Cầu Treo tính đến hết ngày 20/12/2023, ước thực hiện đến 31/12/2023.",
        "",
        "Năm 2023, tỉnh cử 33 đoàn ra với 140 lượt cán bộ.",
    )
    assert ("2023", "outbound_delegations", Decimal(33), "exact") in published_figures(one_field)


def test_in_the_year_under_a_note_counting_to_a_day_is_a_count_so_far():
    text = report_text(
        "1802",
        "22 tháng 12 năm 2023",
        "Tổng kết công tác đối ngoại năm 2023",
        "",
        "Số liệu thực hiện tính đến hết ngày 18/12/2023; số cả năm là số ước thực hiện đến 31/12/2023.",
        "",
        "Trong năm, tỉnh ký kết 07 thỏa thuận quốc tế; ước cả năm 08 thỏa thuận quốc tế.",
    )
    published = published_figures(text)
    assert ("2023", "intl_agreements", Decimal(8), "approx") in published
    assert not {figure for figure in published if figure[2] == Decimal(7)}


def test_agreements_signed_at_one_event_or_visit_are_a_part():
    text = report_text(
        "1803",
        "27 tháng 12 năm 2022",
        "Tổng kết công tác đối ngoại năm 2022",
        "Năm 2022, tỉnh ký kết 06 thỏa thuận quốc tế.",
        "Nhân dịp chuyến thăm của Đoàn đại biểu tỉnh Khăm Muồn, hai bên ký kết 02 thỏa thuận hợp tác quốc tế.",
        "Tại Lễ kỷ niệm 60 năm quan hệ hữu nghị, các sở ký kết 01 thỏa thuận hợp tác quốc tế.",
    )
    published = published_figures(text)
    assert ("2022", "intl_agreements", Decimal(6), "exact") in published
    assert not {figure for figure in published if figure[2] in (Decimal(2), Decimal(1))}


def _year_table_with_a_note(tmp_path, note: str):
    from tests.unit.documents import word_report

    extraction = word_report(
        tmp_path / "bc.docx",
        ["SỞ NGOẠI VỤ", "Số: 1990/BC-SNgV", "Hà Tĩnh, ngày 18 tháng 12 năm 2023", "BÁO CÁO", "Tổng kết năm 2023"],
        [
            ("Nội dung", "Đơn vị", "Ước thực hiện năm 2023", "Năm 2022"),
            ("Đoàn vào", "đoàn", "52", "47"),
            ("Lượt khách trong các đoàn vào", "lượt", "410", "388"),
            ("Hồ sơ hợp pháp hóa lãnh sự", "hồ sơ", "2.410", "2.266"),
        ],
        [note],
    )
    return {(f.period_code, f.indicator_code, f.value.normalize(), f.qualifier) for f in extraction.figures}


def test_a_note_under_a_table_calling_one_rows_year_official_makes_that_value_exact(tmp_path):
    published = _year_table_with_a_note(tmp_path, "Ghi chú: số hồ sơ hợp pháp hóa lãnh sự là số chính thức cả năm.")
    assert ("2023", "consular_legalisations", Decimal(2410), "exact") in published
    assert ("2023", "inbound_delegations", Decimal(52), "approx") in published


def test_a_note_fitting_several_rows_or_another_year_changes_no_estimate(tmp_path):
    several = _year_table_with_a_note(tmp_path, "Ghi chú: số đoàn vào là số chính thức cả năm.")
    assert ("2023", "inbound_delegations", Decimal(52), "approx") in several
    assert ("2023", "inbound_visitors", Decimal(410), "approx") in several
    other_year = _year_table_with_a_note(
        tmp_path, "Ghi chú: số hồ sơ hợp pháp hóa lãnh sự là số chính thức năm 2022; năm 2023 là số ước."
    )
    assert ("2023", "consular_legalisations", Decimal(2410), "approx") in other_year
