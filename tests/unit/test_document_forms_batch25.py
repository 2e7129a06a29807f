"""Capabilities found by the twenty-fifth blind batch, written here in phrasings other than the batch's."""

from tests.unit.documents import published_figures, word_report

HALF = "BÁO CÁO\nKết quả công tác lãnh sự 6 tháng đầu năm 2026\n"


def test_delegations_a_service_was_given_to_are_not_all_delegations():
    text = HALF + "Trung tâm đã bố trí phiên dịch cho 9 đoàn vào và 5 đoàn ra của lãnh đạo tỉnh.\n"
    assert published_figures(text) == set()


def test_dossiers_named_as_passports_are_not_legalisations():
    text = HALF + (
        "Sở đã tiếp nhận 52 hồ sơ chứng nhận lãnh sự, hợp pháp hóa lãnh sự (riêng Quý II/2026: 14 hồ sơ hộ chiếu).\n"
    )
    assert not any(value == 14 for *_, value, _ in published_figures(text))


def test_a_long_paragraph_opening_like_a_title_is_body_text():
    # A news item: the lead names the period; a later paragraph opens with "Phát biểu" (a title opener)
    # and quotes a leader on another year.
    text = (
        "Hà Tĩnh: Hợp tác quốc tế tiếp tục khởi sắc\n"
        "(HTO) - 6 tháng đầu năm 2026, hoạt động đối ngoại của tỉnh diễn ra sôi nổi, nhiều đối tác mới được mở rộng.\n"
        "Theo Sở Ngoại vụ, 6 tháng đầu năm 2026 tỉnh đã đón 31 đoàn khách quốc tế với 402 lượt người.\n"
        "Phát biểu chỉ đạo tại buổi giao ban, Phó Chủ tịch UBND tỉnh đánh giá cao kết quả đạt được và nhấn mạnh: "
        "“Năm 2025, chúng ta đã cử 58 đoàn đi công tác nước ngoài; năm nay các sở, ngành cần chủ động hơn nữa "
        "trong việc tìm kiếm đối tác, nhất là với các địa phương của Nhật Bản và Hàn Quốc”.\n"
    )
    found = published_figures(text)
    assert ("2026-H1", "inbound_delegations", 31, "exact") in found
    assert ("2026-H1", "inbound_visitors", 402, "exact") in found
    assert not any(period == "2025" and value != 58 for period, _, value, _ in found)


def test_rows_marked_like_a_tables_trong_do_row_are_its_parts(tmp_path):
    rows = [
        ("STT", "Nội dung", "Quý I/2026", "Quý II/2026"),
        ("I", "Dự án được chấp thuận chủ trương đầu tư (dự án)", "40", "52"),
        ("+", "Trong đó: dự án đầu tư trong nước", "36", "47"),
        ("+", "Dự án có vốn đầu tư trực tiếp nước ngoài (FDI)", "4", "5"),
        ("II", "Vốn đăng ký của dự án FDI (triệu USD)", "120,5", "98"),
        ("III", "Vốn đăng ký của dự án trong nước (tỷ đồng)", "5.200", "6.100"),
    ]
    extraction = word_report(
        tmp_path / "dau_tu.docx", ["BÁO CÁO", "Tình hình thu hút đầu tư 6 tháng đầu năm 2026"], rows
    )
    found = {(f.period_code, f.indicator_code, f.value.normalize()) for f in extraction.figures}
    assert {
        ("2026-Q1", "projects_approved", 40),
        ("2026-Q2", "domestic_projects_approved", 47),
        ("2026-Q1", "fdi_projects_approved", 4),
        ("2026-Q2", "fdi_projects_approved", 5),
        ("2026-Q1", "fdi_capital_approved", 120500000),
        ("2026-Q2", "domestic_capital_approved", 6100000000000),
    } <= found
    assert not any(value in (4, 5) and code == "projects_approved" for _, code, value in found)


def test_a_row_marked_like_the_parts_that_names_no_indicator_is_a_part_not_the_whole(tmp_path):
    rows = [
        ("TT", "Chỉ tiêu", "Năm 2025"),
        ("1", "Đoàn vào (đoàn)", "61"),
        ("-", "Trong đó: đoàn của cơ quan đại diện, tổ chức quốc tế", "14"),
        ("-", "Đoàn của các tỉnh bạn Lào", "22"),
        ("2", "Đoàn ra (đoàn)", "47"),
    ]
    extraction = word_report(tmp_path / "doan.docx", ["BÁO CÁO", "Kết quả công tác đối ngoại năm 2025"], rows)
    found = {(f.period_code, f.indicator_code, f.value.normalize()) for f in extraction.figures}
    assert {("2025", "inbound_delegations", 61), ("2025", "outbound_delegations", 47)} <= found
    assert not any(value == 22 for *_, value in found)


def test_parts_of_the_sentence_before_split_by_period_are_those_periods_figures():
    text = (
        "BÁO CÁO\nKết quả công tác lãnh sự năm 2025\n"
        "Năm 2025, tỉnh đã tiếp nhận, an táng 24 hài cốt liệt sỹ hy sinh tại Lào. Trong đó, 6 tháng đầu năm "
        "tiếp nhận 10 hài cốt; 6 tháng cuối năm tiếp nhận 14 hài cốt.\n"
        "Cả năm đã xử lý 19 vụ việc lãnh sự. Trong đó, 7 vụ việc liên quan đến lao động tại Hàn Quốc.\n"
    )
    found = published_figures(text)
    assert {
        ("2025", "remains_repatriated", 24, "exact"),
        ("2025-H1", "remains_repatriated", 10, "exact"),
        ("2025-H2", "remains_repatriated", 14, "exact"),
    } <= found
    assert not any(value == 7 for *_, value, _ in found)


def test_the_period_after_a_lines_label_governs_its_later_clauses():
    text = (
        "BÁO CÁO\nKết quả công tác đối ngoại tháng 6 và 6 tháng đầu năm 2026\n"
        "- Cảng Vũng Áng: trong 6 tháng đầu năm đã làm thủ tục cho 410 lượt tàu; cấp 95 giấy phép xuống tàu và "
        "130 thẻ đi bờ cho thuyền viên.\n"
        "- Theo tiến độ: quý I tiếp nhận 05 dự án với 186.200 USD; quý II 08 dự án, 402.650 USD.\n"
    )
    found = published_figures(text)
    assert {("2026-H1", "boarding_permits", 95, "exact"), ("2026-H1", "shore_passes", 130, "exact")} <= found
    # (a clause between the label's period and the figure names another: the label's no longer governs)
    assert not any(value == 402650 and period == "2026-Q1" for period, _, value, _ in found)


def test_guests_of_one_named_partner_are_its_share_but_hours_served_are_not():
    text = (
        "BÁO CÁO\nKết quả công tác đối ngoại quý III năm 2026\n"
        "Trong quý, tỉnh đón 7 đoàn với 58 lượt khách Hàn Quốc đến tìm hiểu cơ hội đầu tư. "
        "Bố trí phiên dịch 26 giờ cho các đoàn khách Nhật Bản.\n"
    )
    found = published_figures(text)
    assert not any(value in (7, 58) for *_, value, _ in found)
    assert ("2026-Q3", "interpreting_hours", 26, "exact") in found
