"""Capabilities of the hundred-and-twenty-third round, written here in phrasings other than the reports that showed
the need. Expected figures were written from the texts below before the code ran on them."""

from decimal import Decimal

from tests.unit.documents import published_figures, report_text


def _keys(*lines: str, date: str, title: str) -> set[tuple]:
    return {key[:3] for key in published_figures(report_text("200", date, title, *lines))}


def test_a_level_on_the_same_day_a_year_earlier_is_the_same_period_a_year_earlier():
    keys = _keys(
        "Tính đến ngày 20/9/2023, toàn tỉnh có 38 tổ chức PCPNN có giấy đăng ký hoạt động (cùng thời điểm năm 2022 là "
        "34 tổ chức).",
        date="22 tháng 9 năm 2023",
        title="Kết quả công tác PCPNN quý III năm 2023",
    )
    assert ("2022-Q3", "ngos_registered_total", Decimal(34)) in keys
    assert not any(key[0] == "2022" for key in keys)


def test_a_second_half_named_before_the_one_year_its_title_gives():
    keys = _keys(
        "- Cử 19 đoàn với 87 lượt cán bộ đi công tác nước ngoài.",
        date="12 tháng 12 năm 2023",
        title="Kết quả công tác đối ngoại 6 tháng cuối năm, ước thực hiện cả năm 2023 (kèm cập nhật số liệu quý III "
        "năm 2023)",
    )
    assert ("2023-H2", "outbound_delegations", Decimal(19)) in keys


def test_a_level_in_the_last_month_of_both_periods_the_title_names_waits():
    keys = _keys(
        "- Đón 21 đoàn vào với 260 lượt khách quốc tế.",
        "Tính đến ngày 12/12/2023, trên địa bàn tỉnh có 1.150 lưu học sinh Lào đang học tập.",
        date="14 tháng 12 năm 2023",
        title="Kết quả công tác đối ngoại 6 tháng cuối năm và ước thực hiện năm 2023",
    )
    assert ("2023-H2", "inbound_delegations", Decimal(21)) in keys
    assert not any(key[1] == "lao_students" for key in keys)


def test_the_last_readings_counterexamples():
    """A year a title cites after the half, two periods a title names, a quarter's total under other months or under
    the year's quarters, and a level in December under a heading naming the year."""
    directive = _keys(
        "Trong kỳ báo cáo, có 15 đoàn với 60 lượt cán bộ đi công tác nước ngoài.",
        date="15 tháng 12 năm 2024",
        title="Kết quả 6 tháng cuối năm thực hiện Chỉ thị số 25-CT/TW năm 2018",
    )
    assert not any(key[0].startswith("2018") for key in directive)
    two = _keys(
        "Trong kỳ báo cáo, có 15 đoàn với 60 lượt cán bộ đi công tác nước ngoài.",
        date="15 tháng 12 năm 2024",
        title="Kết quả công tác đối ngoại 6 tháng cuối năm và cả năm 2024",
    )
    assert ("2024-H2", "outbound_delegations", Decimal(15)) not in two
    rows = ("| Kỳ | Đoàn ra | Lượt người đi công tác nước ngoài |", "|---|---|---|")
    other_months = _keys(
        *rows,
        "| Tháng 4 | 3 | 10 |",
        "| Tháng 5 | 4 | 12 |",
        "| Cộng quý | 7 | 22 |",
        date="25 tháng 9 năm 2024",
        title="Kết quả công tác đối ngoại quý III năm 2024",
    )
    assert not any(key[2] in (Decimal(7), Decimal(22)) for key in other_months)
    quarters = _keys(
        *rows,
        "| Quý I | 3 | 10 |",
        "| Quý II | 4 | 12 |",
        "| Quý III | 2 | 8 |",
        "| Cộng quý | 9 | 30 |",
        date="25 tháng 9 năm 2024",
        title="Kết quả công tác đối ngoại quý III năm 2024",
    )
    assert ("2024-Q3", "outbound_delegations", Decimal(9)) not in quarters
    december = _keys(
        "II. KẾT QUẢ THỰC HIỆN GIAI ĐOẠN 2021 - 2025",
        "Tính đến ngày 15/12/2025, trên địa bàn tỉnh có 45 tổ chức PCPNN có giấy đăng ký hoạt động.",
        date="18 tháng 12 năm 2025",
        title="Kết quả công tác đối ngoại năm 2025",
    )
    assert ("2025", "ngos_registered_total", Decimal(45)) in december
