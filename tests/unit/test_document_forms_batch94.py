"""Capabilities of the ninety-fourth round, written here in phrasings and layouts other than the held reports'.
Expected figures were written from the texts below before the code ran on them."""

from decimal import Decimal

from tests.unit.documents import published_figures, text_report, word_report

HEAD = "UBND TỈNH HÀ TĨNH\nSỞ NGOẠI VỤ\nSố: 88/BC-SNgV\n"


def test_a_sentence_going_through_several_quarters_dates_no_sentence_after_it():
    text = (
        f"{HEAD}Hà Tĩnh, ngày 23 tháng 9 năm 2022\nBÁO CÁO\nKết quả công tác đối ngoại 9 tháng đầu năm 2022\n"
        "Quý I tiếp nhận 120 hồ sơ hợp pháp hóa lãnh sự; quý II 135 hồ sơ; quý III 142 hồ sơ. Biên dịch 610 trang "
        "tài liệu đối ngoại.\n"
    )
    found = published_figures(text)
    assert ("2022-Q1", "consular_legalisations", Decimal(120), "exact") in found
    assert ("2022-Q3", "consular_legalisations", Decimal(142), "exact") in found
    assert not any(period == "2022-Q1" and value == 610 for period, _, value, _ in found)


def test_a_note_below_a_table_doubting_some_of_its_values_holds_only_those(tmp_path):
    text = (
        f"{HEAD}Hà Tĩnh, ngày 05 tháng 10 năm 2024\n\nBÁO CÁO\n\nKết quả công tác đối ngoại quý III năm 2024\n\n"
        "| Chỉ tiêu | Tháng 7 | Tháng 8 | Tháng 9 | Quý III |\n|---|---|---|---|---|\n"
        "| Lượt người xuất nhập cảnh qua CKQT Cầu Treo | 31.204 | 29.870 | 33.015 | 94.089 |\n"
        "| Số đoàn ra | 4 | 3 | 5 | 12 |\n\n"
        "Ghi chú: lượt người xuất nhập cảnh tháng 8, tháng 9 (29.870 và 33.015) là số Đồn Biên phòng chưa chốt; "
        "tổng quý III đã được Đồn xác nhận.\n"
    )
    extraction = text_report(tmp_path, "bc_quy_3.md", text)
    found = {(f.period_code, f.indicator_code, f.value.normalize()) for f in extraction.figures}
    assert ("2024-Q3", "border_crossings_persons", Decimal(94089)) in found
    assert ("2024-07", "border_crossings_persons", Decimal(31204)) in found
    assert ("2024-09", "outbound_delegations", Decimal(5)) in found
    assert not any(value in (29870, 33015) for *_, value in found)


def test_an_estimated_month_in_brackets_reaches_the_later_figures_of_its_paragraph_that_hold_it():
    text = (
        f"{HEAD}Hà Tĩnh, ngày 20 tháng 9 năm 2020\nBÁO CÁO\nKết quả công tác đối ngoại 9 tháng đầu năm 2020\n"
        "Theo tổng hợp của các phòng (số liệu tháng 9 là số ước), Sở đã tham mưu cử 6 đoàn ra. Trong 9 tháng, tỉnh "
        "đón 21 đoàn vào với 140 lượt khách.\n"
        "Trong 9 tháng, Sở biên dịch 480 trang tài liệu.\n"
    )
    found = published_figures(text)
    assert not any(value in (21, 140) and qualifier == "exact" for *_, value, qualifier in found)
    # (another paragraph's figure the note does not reach)
    assert ("2020-9M", "translated_pages", Decimal(480), "exact") in found


def test_a_count_of_one_occasion_is_not_the_months():
    text = (
        f"{HEAD}Hà Tĩnh, ngày 28 tháng 12 năm 2021\nBÁO CÁO\nTổng kết công tác đối ngoại năm 2021\n"
        "Năm 2021, tỉnh đón 18 đoàn vào. Riêng tháng 12/2021 tiếp 04 đoàn vào nhân dịp kỷ niệm 60 năm quan hệ ngoại "
        "giao Việt Nam - Lào.\n"
    )
    found = published_figures(text)
    assert ("2021", "inbound_delegations", Decimal(18), "exact") in found
    assert not any(value == 4 for *_, value, _ in found)


def test_a_clause_of_only_a_period_and_a_count_after_a_clause_of_another_indicator_waits():
    text = (
        f"{HEAD}Hà Tĩnh, ngày 10 tháng 01 năm 2023\nBÁO CÁO\nTổng kết công tác đối ngoại giai đoạn 2021 - 2022\n"
        "- Về các đoàn vào: năm 2021, toàn tỉnh đón 8 đoàn với 52 lượt khách là cơ quan đại diện ngoại giao, tổ chức "
        "quốc tế tại Việt Nam; năm 2022 là 12 đoàn với 77 lượt khách.\n"
    )
    found = published_figures(text)
    assert ("2021", "inbound_mission_delegations", Decimal(8), "exact") in found
    assert not any(
        period == "2022" and indicator in ("inbound_delegations", "inbound_visitors") for period, indicator, *_ in found
    )


def test_a_result_header_over_each_year_names_that_year(tmp_path):
    extraction = word_report(
        tmp_path / "bc_giai_doan.docx",
        [
            HEAD,
            "Hà Tĩnh, ngày 15 tháng 11 năm 2024",
            "BÁO CÁO",
            "Tổng kết công tác viện trợ PCPNN giai đoạn 2021 - 2023",
        ],
        [
            ("TT", "Chỉ tiêu", "ĐVT", "Kết quả thực hiện", "Kết quả thực hiện", "Kết quả thực hiện"),
            ("TT", "Chỉ tiêu", "ĐVT", "2021", "2022", "2023"),
            ("1", "Số dự án PCPNN được thẩm định, tiếp nhận", "dự án", "24", "27", "31"),
        ],
    )
    found = {(f.period_code, f.indicator_code, f.value.normalize()) for f in extraction.figures}
    assert {("2021", "ngo_projects_approved", Decimal(24)), ("2023", "ngo_projects_approved", Decimal(31))} <= found


def test_the_months_of_the_quarter_a_sentence_opens_with_leave_that_quarter_to_the_next():
    text = (
        f"{HEAD}Hà Tĩnh, ngày 23 tháng 9 năm 2022\nBÁO CÁO\nKết quả công tác đối ngoại 9 tháng đầu năm 2022\n"
        "Quý III, tháng 7 tiếp nhận 40 hồ sơ hợp pháp hóa lãnh sự, tháng 8 tiếp nhận 38 hồ sơ. Sở cũng cử 5 đoàn ra "
        "đi công tác nước ngoài.\n"
    )
    assert ("2022-Q3", "outbound_delegations", Decimal(5), "exact") in published_figures(text)


def test_a_doubt_note_names_its_values_as_written_and_its_thing_before_them(tmp_path):
    text = (
        f"{HEAD}Hà Tĩnh, ngày 12 tháng 01 năm 2025\n\nBÁO CÁO\n\nTổng kết công tác đối ngoại năm 2024\n\n"
        "| Chỉ tiêu | Năm 2023 | Năm 2024 |\n|---|---|---|\n"
        "| Giá trị viện trợ PCPNN cam kết (triệu USD) | 12,8 | 12,5 |\n"
        "| Số lượt thuyền viên xuất nhập cảnh qua cảng | 410 | 388 |\n\n"
        "Ghi chú: giá trị viện trợ năm 2024 (12,5 triệu USD; 388 lượt) là số của các tổ chức gửi về, chưa chốt.\n"
    )
    extraction = text_report(tmp_path, "bc_nam.md", text)
    found = {(f.period_code, f.indicator_code, f.value.normalize()) for f in extraction.figures}
    assert ("2023", "ngo_aid_committed", Decimal(12_800_000)) in found
    assert ("2024", "port_crew", Decimal(388)) in found  # (the note names aid, not the crews whose value it quotes)
    assert not any(value == 12_500_000 for *_, value in found)


def test_a_clause_of_a_period_and_a_count_naming_its_own_indicator_stands():
    text = (
        f"{HEAD}Hà Tĩnh, ngày 10 tháng 01 năm 2025\nBÁO CÁO\nTổng kết công tác đối ngoại năm 2024\n"
        "- Năm 2023, Sở tham mưu cử 20 đoàn ra đi công tác nước ngoài; năm 2024 có 25 đoàn vào đến thăm, làm việc "
        "tại tỉnh.\n"
    )
    assert ("2024", "inbound_delegations", Decimal(25), "exact") in published_figures(text)
