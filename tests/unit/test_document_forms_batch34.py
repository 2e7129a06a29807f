"""Capabilities found by the thirty-fourth blind batch, written here in phrasings other than the batch's."""

from tests.unit.documents import extract_text, published_figures


def test_a_stock_dated_only_by_a_report_written_before_the_periods_last_month_waits():
    text = (
        "UBND TỈNH HÀ TĨNH\nSỞ NGOẠI VỤ\nHà Tĩnh, ngày 18 tháng 11 năm 2026\nBÁO CÁO\n"
        "Tổng kết công tác đối ngoại năm 2026\n"
        "Hiện nay trên địa bàn tỉnh có 41 tổ chức phi chính phủ nước ngoài có Giấy đăng ký hoạt động. "
        "Năm 2026, tỉnh tổ chức 9 hội nghị, hội thảo quốc tế.\n"
    )
    found = published_figures(text)
    assert not any(value == 41 for _, _, value, _ in found)
    december = published_figures(text.replace("ngày 18 tháng 11", "ngày 10 tháng 12"))
    assert ("2026", "ngos_registered_total", 41, "exact") in december


def test_guests_of_the_partner_provinces_named_after_the_count_are_a_part():
    found = published_figures(
        "BÁO CÁO\nKết quả công tác đối ngoại quý III năm 2025\n"
        "Trong quý, tỉnh đón 02 đoàn lãnh đạo của các tỉnh bạn Lào sang thăm và làm việc.\n"
    )
    assert not any(value == 2 for _, _, value, _ in found)


def test_a_column_headed_by_a_currency_under_a_merged_header_holds_money_not_a_count():
    text = (
        "BÁO CÁO\nKết quả công tác viện trợ phi chính phủ nước ngoài 6 tháng đầu năm 2025\n"
        "Biểu 2. Các khoản viện trợ PCPNN được phê duyệt tiếp nhận 6 tháng đầu năm 2025\n"
        "| STT | Tên khoản viện trợ | Nhà tài trợ | Địa bàn | Giá trị cam kết | |\n"
        "| STT | Tên khoản viện trợ | Nhà tài trợ | Địa bàn | USD | Quy đổi (triệu đồng) |\n|---|---|---|---|---|---|\n"
        "| I | Quý II/2025 | | | 310.000 | 7.750 |\n"
        "| 1 | Dự án nước sạch cho trường học | Tổ chức Đông Tây Hội ngộ | Huyện Kỳ Anh | 310.000 | 7.750 |\n"
    )
    found = published_figures(text)
    assert ("2025-Q2", "ngo_aid_committed", 310000, "exact") in found
    assert not any(code == "ngo_projects_approved" for _, code, _, _ in found)


def test_the_part_among_a_counted_whole_runs_past_commas_to_the_clauses_end():
    found = published_figures(
        "BÁO CÁO\nSố liệu công tác đối ngoại quý III/2025\n"
        "Trong 17 đoàn vào của quý có 05 đoàn là cơ quan đại diện ngoại giao, tổ chức quốc tế tại Việt Nam với "
        "38 lượt khách (Đại sứ quán Nhật Bản, Văn phòng UNDP).\n"
    )
    assert ("2025-Q3", "inbound_delegations", 17, "exact") in found
    assert not any(value == 17 and code != "inbound_delegations" for _, code, value, _ in found)


def test_a_figure_a_named_body_gives_of_itself_is_that_bodys():
    text = (
        "BÁO CÁO\nSố liệu công tác đối ngoại quý III/2025\n"
        "Theo Bệnh viện Đa khoa tỉnh, trong quý bệnh viện đã đón 4 đoàn vào. "
        "Theo số liệu của Sở Tài chính, quý III/2025 UBND tỉnh chấp thuận chủ trương đầu tư 3 dự án FDI.\n"
    )
    extraction = extract_text(text)
    found = {(f.period_code, f.indicator_code, f.value) for f in extraction.figures}
    assert not any(value == 4 for *_, value in found)
    assert ("2025-Q3", "fdi_projects_approved", 3) in found
