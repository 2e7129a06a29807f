"""Capabilities of the hundred-and-nineteenth round, written here in phrasings other than the reports that showed the
need. Expected figures were written from the texts below before the code ran on them."""

from decimal import Decimal

from tests.unit.documents import published_figures, report_text, text_report, word_report


def _published(date: str, title: str, *lines: str) -> set[tuple]:
    return published_figures(report_text("19", date, title, *lines))


def _values(keys: set[tuple]) -> set[Decimal]:
    return {key[2] for key in keys}


def _word_report(tmp_path, date: str, title: str, rows: list[tuple[str, ...]], after: list[str] = ()):
    """A Word report of the department: its header block, the title, one table and the lines after it."""
    header = ["UBND TỈNH HÀ TĨNH", "SỞ NGOẠI VỤ", f"Hà Tĩnh, ngày {date}", "BÁO CÁO", title]
    return word_report(tmp_path / "bc.docx", header, rows, after)


def test_a_note_naming_which_of_the_titles_two_periods_the_unmarked_figures_are_dates_them():
    found = _published(
        "28 tháng 3 năm 2024",
        "Kết quả công tác đối ngoại tháng 3 và quý I năm 2024",
        "(Số ngoài ngoặc là số quý I năm 2024; số trong ngoặc đơn là số riêng tháng 3.)",
        "- Đoàn ra: 12 đoàn với 40 lượt người đi công tác nước ngoài (tháng 3: 05 đoàn, 16 lượt).",
        "- Tổ chức 04 hội nghị, hội thảo quốc tế (tháng 3: 01 hội nghị).",
    )
    assert {
        ("2024-Q1", "outbound_delegations", Decimal(12), "exact"),
        ("2024-Q1", "outbound_persons", Decimal(40), "exact"),
        ("2024-Q1", "intl_conferences", Decimal(4), "exact"),
        ("2024-03", "outbound_delegations", Decimal(5), "exact"),
    } <= found


def test_a_note_naming_a_period_the_title_does_not_is_no_key():
    found = _published(
        "28 tháng 3 năm 2024",
        "Kết quả công tác đối ngoại tháng 3 và quý I năm 2024",
        "(Số ngoài ngoặc là số cùng kỳ năm 2023.)",
        "- Đoàn ra: 12 đoàn với 40 lượt người đi công tác nước ngoài.",
    )
    assert not _values(found) & {Decimal(12), Decimal(40)}


def test_the_year_a_titles_subject_runs_to_is_no_period_of_the_report(tmp_path):
    extraction = text_report(
        tmp_path,
        "phieu.md",
        "**HỆ THỐNG KHẢO SÁT TRỰC TUYẾN**\n\n# PHIẾU KHẢO SÁT\n"
        "## Đánh giá thực hiện Chiến lược hội nhập quốc tế của tỉnh đến năm 2030\n\n"
        "> Trạng thái: Đã gửi lúc 09:10 ngày 12/5/2024\n\n"
        "**1.** Toàn tỉnh đã cử 12 đoàn ra đi công tác nước ngoài.\n\n"
        "**2.** Năm 2023, tỉnh đón 40 đoàn vào đến thăm, làm việc.\n",
    )
    found = {(f.period_code, f.indicator_code, f.value.normalize()) for f in extraction.figures}
    assert ("2023", "inbound_delegations", Decimal(40)) in found
    assert not any(key[0] == "2030" for key in found)


def test_the_days_an_opening_says_the_figures_cover_give_the_period_of_a_form_naming_none():
    found = _published(
        "15 tháng 01 năm 2025",
        "Phiếu khảo sát tình hình hợp tác với các địa phương nước ngoài",
        "Số liệu được tính từ ngày 01/01/2020 đến ngày 31/12/2024.",
        "Tổng số đoàn ra của tỉnh: 85 đoàn đi công tác nước ngoài.",
    )
    assert ("2020-2024", "outbound_delegations", Decimal(85), "exact") in found
    quarter = _published(
        "05 tháng 7 năm 2024",
        "Phiếu cung cấp thông tin về công tác lãnh sự",
        "Số liệu từ 01/4/2024 đến 30/6/2024.",
        "Sở đã phối hợp xử lý 9 vụ việc lãnh sự, bảo hộ công dân.",
    )
    assert ("2024-Q2", "consular_cases", Decimal(9), "exact") in quarter


def test_the_mark_of_a_quoted_line_is_not_more_than(tmp_path):
    extraction = text_report(
        tmp_path,
        "bc.md",
        "UBND TỈNH HÀ TĨNH\nSỞ NGOẠI VỤ\nSố: 19/BC-SNgV\nHà Tĩnh, ngày 20 tháng 12 năm 2024\n\n# BÁO CÁO\n"
        "## Kết quả công tác đối ngoại năm 2024\n\n"
        "**Câu 3.** Số lượt khách quốc tế đến thăm, làm việc tại tỉnh trong năm:\n> 1.250 lượt khách quốc tế.\n\n"
        "Kim ngạch xuất nhập khẩu năm 2024 đạt > 2,4 tỷ USD.\n",
    )
    found = {(f.period_code, f.indicator_code, f.value.normalize(), f.qualifier) for f in extraction.figures}
    assert ("2024", "inbound_visitors", Decimal(1250), "exact") in found
    assert ("2024", "export_import_turnover", Decimal(2400000000), "over") in found


def test_a_row_note_counting_a_column_to_a_day_before_its_last_month_holds_that_value(tmp_path):
    extraction = _word_report(
        tmp_path,
        "18 tháng 6 năm 2024",
        "Công tác cửa khẩu 6 tháng đầu năm 2024",
        [
            ("TT", "Nội dung", "ĐVT", "6 tháng đầu năm 2023", "6 tháng đầu năm 2024", "Ghi chú"),
            ("1", "Lượt tàu XNC qua cảng Vũng Áng", "Lượt", "410", "388", "Số liệu năm 2024 tính đến ngày 20/5/2024"),
        ],
    )
    values = {(f.period_code, f.value.normalize()) for f in extraction.figures if f.indicator_code == "port_vessels"}
    assert ("2023-H1", Decimal(410)) in values
    assert ("2024-H1", Decimal(388)) not in values


def test_a_count_left_out_by_the_words_after_its_bracket_waits():
    found = _published(
        "20 tháng 12 năm 2024",
        "Báo cáo kết quả cử cán bộ đi đào tạo, bồi dưỡng ở nước ngoài năm 2024",
        "Năm 2024 cử 14 đoàn với 52 lượt cán bộ đi đào tạo, bồi dưỡng ngắn hạn ở nước ngoài.",
        "- 03 cán bộ đi đào tạo, bồi dưỡng tại Nhật Bản (học bổng dài hạn) không tính vào số liệu trên.",
    )
    assert ("2024", "training_delegations", Decimal(14), "exact") in found
    assert Decimal(3) not in _values(found)


def test_the_subject_line_of_a_markdown_letterhead_cell_gives_the_period(tmp_path):
    extraction = text_report(
        tmp_path,
        "cv.md",
        "| UBND TỈNH HÀ TĨNH<br>**SỞ NGOẠI VỤ** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |\n|:---:|:---:|\n"
        "| Số: 55/SNgV-LS<br>V/v báo cáo số liệu bảo hộ công dân quý III năm 2024 | *Hà Tĩnh, ngày 25 tháng 9 năm 2024* |\n\n"
        "**Kính gửi:** Cục Lãnh sự - Bộ Ngoại giao\n\n"
        "Trong kỳ, Sở phối hợp giải quyết 14 vụ việc lãnh sự, bảo hộ công dân.\n",
    )
    found = {(f.period_code, f.indicator_code, f.value.normalize()) for f in extraction.figures}
    assert extraction.period_code == "2024-Q3"
    assert ("2024-Q3", "consular_cases", Decimal(14)) in found


def test_a_paragraph_opening_with_a_number_in_thousands_is_no_numbered_heading():
    found = _published(
        "20 tháng 12 năm 2024",
        "Báo cáo kết quả công tác đối ngoại năm 2024",
        "Về đoàn vào, trong năm tỉnh đã đón tiếp:",
        "1.250 lượt khách quốc tế đến thăm, làm việc tại tỉnh.",
    )
    assert ("2024", "inbound_visitors", Decimal(1250), "exact") in found


def test_a_row_naming_the_columns_by_letters_and_formulas_is_no_row_of_figures(tmp_path):
    extraction = _word_report(
        tmp_path,
        "16 tháng 12 năm 2024",
        "Công tác đối ngoại năm 2024",
        [
            ("TT", "Nội dung", "ĐVT", "Năm 2023", "Năm 2024", "Chênh lệch"),
            ("A", "B", "C", "a", "b", "c = b - a"),
            ("1", "Giá trị cam kết viện trợ PCPNN", "Triệu USD", "2,15", "2,80", "+0,65"),
        ],
    )
    found = {(f.period_code, f.indicator_code, f.value.normalize()) for f in extraction.figures}
    assert ("2023", "ngo_aid_committed", Decimal(2150000)) in found
    assert ("2024", "ngo_aid_committed", Decimal(2800000)) in found


def test_a_marked_rows_note_naming_one_columns_period_as_an_estimate_makes_that_value_approximate(tmp_path):
    extraction = _word_report(
        tmp_path,
        "16 tháng 12 năm 2024",
        "Công tác đối ngoại năm 2024",
        [
            ("TT", "Nội dung", "ĐVT", "Năm 2023", "Năm 2024"),
            ("1", "Kim ngạch xuất nhập khẩu trên địa bàn (**)", "Triệu USD", "2.100", "2.450"),
        ],
        after=["Ghi chú:", "(**) Năm 2024 là số ước thực hiện đến hết năm."],
    )
    found = {(f.period_code, f.indicator_code, f.value.normalize(), f.qualifier) for f in extraction.figures}
    assert ("2023", "export_import_turnover", Decimal(2100000000), "exact") in found
    assert ("2024", "export_import_turnover", Decimal(2450000000), "approx") in found


def test_a_note_saying_the_reports_figures_are_one_of_the_titles_periods_keys_them_in_other_words():
    found = _published(
        "20 tháng 6 năm 2024",
        "Kết quả công tác đối ngoại quý II và 6 tháng đầu năm 2024",
        "Lưu ý: Các số liệu không ghi chú kỳ báo cáo là số liệu lũy kế 6 tháng đầu năm 2024; số liệu riêng quý II ghi "
        "trong ngoặc đơn.",
        "- Tiếp đón 21 đoàn với 190 lượt khách quốc tế đến thăm, làm việc tại tỉnh (quý II: 12 đoàn, 101 lượt).",
    )
    assert ("2024-H1", "inbound_delegations", Decimal(21), "exact") in found
    assert ("2024-H1", "inbound_visitors", Decimal(190), "exact") in found


def test_a_titles_reporting_period_label_after_a_plans_words_gives_the_period(tmp_path):
    extraction = text_report(
        tmp_path,
        "bieu.txt",
        "HỆ THỐNG BÁO CÁO TRỰC TUYẾN\nTrạng thái: Đã gửi lúc 09:05 ngày 04/7/2024\n\nBÁO CÁO\n"
        "Kết quả triển khai Kế hoạch hội nhập quốc tế đến năm 2030 - kỳ báo cáo 6 tháng đầu năm\n\n"
        "1. Kết quả\n\n- Ký kết 3 thỏa thuận quốc tế với các địa phương nước ngoài.\n",
    )
    found = {(f.period_code, f.indicator_code, f.value.normalize()) for f in extraction.figures}
    assert ("2024-H1", "intl_agreements", Decimal(3)) in found


def test_the_days_a_form_covers_written_in_words_give_its_period():
    found = _published(
        "05 tháng 7 năm 2024",
        "Phiếu cung cấp thông tin về công tác lãnh sự",
        "Thời gian lấy số liệu: từ ngày 01 tháng 4 năm 2024 đến ngày 30 tháng 6 năm 2024.",
        "Sở đã phối hợp xử lý 9 vụ việc lãnh sự, bảo hộ công dân.",
    )
    assert ("2024-Q2", "consular_cases", Decimal(9), "exact") in found


def test_a_count_not_taken_into_the_total_by_duoc_tinh_waits():
    found = _published(
        "25 tháng 3 năm 2024",
        "Báo cáo công tác đối ngoại quý I năm 2024",
        "Tiếp đón 9 đoàn với 63 lượt khách quốc tế đến thăm, làm việc tại tỉnh; 2 đoàn khác làm việc trực tuyến không "
        "được tính vào số đoàn vào.",
    )
    assert ("2024-Q1", "inbound_delegations", Decimal(9), "exact") in found
    assert Decimal(2) not in _values(found)


def test_a_column_of_values_after_an_inspections_check_is_the_reports_period(tmp_path):
    extraction = _word_report(
        tmp_path,
        "20 tháng 3 năm 2024",
        "Kết quả kiểm tra, xác minh số liệu công tác đối ngoại năm 2023",
        [
            ("TT", "Nội dung", "Đơn vị tính", "Số liệu Sở báo cáo", "Số liệu sau kiểm tra của Đoàn", "Chênh lệch"),
            ("1", "Số đoàn ra", "đoàn", "41", "39", "-2"),
        ],
    )
    found = {(f.period_code, f.indicator_code, f.value.normalize()) for f in extraction.figures}
    assert found == {("2023", "outbound_delegations", Decimal(39))}
