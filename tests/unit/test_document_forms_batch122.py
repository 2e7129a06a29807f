"""Capabilities of the hundred-and-twenty-second round, written here in phrasings other than the reports that showed
the need. Expected figures were written from the texts below before the code ran on them."""

from decimal import Decimal

from tests.unit.documents import figure_keys, published_figures, report_text, text_report


def test_the_occasion_a_title_serves_names_no_second_period():
    found = published_figures(
        report_text(
            "140",
            "05 tháng 7 năm 2024",
            "Kết quả công tác đối ngoại 6 tháng đầu năm 2024 (Phục vụ phiên họp giao ban tháng 6/2024 của Thường trực "
            "Tỉnh ủy)",
            "- Đoàn ra: 31 đoàn, 140 lượt cán bộ đi công tác nước ngoài.",
        )
    )
    assert ("2024-H1", "outbound_delegations", Decimal(31)) in {key[:3] for key in found}


def test_a_comparisons_value_a_correction_calls_an_earlier_reports_estimate_waits():
    found = published_figures(
        report_text(
            "77",
            "20 tháng 6 năm 2024",
            "Kết quả công tác đối ngoại 6 tháng đầu năm 2024",
            "- Đoàn vào: 26 đoàn với 301 lượt khách quốc tế (cùng kỳ: 28 đoàn).",
            "Lưu ý: số cùng kỳ đoàn vào nêu trên ghi 28 đoàn là số ước tại Báo cáo số 95/BC-SNgV ngày 20/6/2023.",
        )
    )
    keys = {key[:3] for key in found}
    assert ("2024-H1", "inbound_delegations", Decimal(26)) in keys
    assert ("2023-H1", "inbound_delegations", Decimal(28)) not in keys


def test_an_estimate_named_after_its_value_in_a_table_note_stays_the_tables_estimate():
    found = published_figures(
        report_text(
            "15",
            "10 tháng 01 năm 2024",
            "Kết quả công tác đối ngoại năm 2023",
            "| TT | Chỉ tiêu | ĐVT | Năm 2023 | Ghi chú |",
            "|---|---|---|---|---|",
            "| 1 | Đoàn ra | đoàn | 48 | |",
            "| 2 | Giá trị cam kết PCPNN | USD | 3.100.000 | Năm 2023 là số ước |",
        )
    )
    keys = {key[:3] for key in found}
    assert ("2023", "outbound_delegations", Decimal(48)) in keys


def test_a_note_clause_naming_a_value_and_its_year_as_an_estimate(tmp_path):
    text = report_text(
        "150",
        "20 tháng 12 năm 2024",
        "Kết quả vận động viện trợ PCPNN năm 2024",
        "",
        "| TT | Nội dung | ĐVT | Năm 2024 (*) |",
        "|---|---|---|---|",
        "| 1 | Chương trình, dự án PCPNN được tiếp nhận | dự án | 21 |",
        "| 2 | Giá trị cam kết viện trợ PCPNN | USD | 3.250.000 |",
        "",
        "(*) Số liệu năm 2024 tính đến ngày 15/12/2024; giá trị cam kết năm 2024 là số ước.",
    )
    found = {(f.period_code, f.indicator_code, f.value.normalize(), f.qualifier) for f in _figures(tmp_path, text)}
    assert ("2024", "ngo_projects_approved", Decimal(21), "exact") in found
    assert ("2024", "ngo_aid_committed", Decimal(3250000), "approx") in found


def _figures(tmp_path, text: str):
    return text_report(tmp_path, "bc.md", text).figures


def test_a_self_review_is_dated_by_its_title_and_its_writers_own_part_is_no_count():
    found = published_figures(
        "SỞ NGOẠI VỤ HÀ TĨNH\nHà Tĩnh, ngày 18 tháng 12 năm 2023\nBẢN TỰ KIỂM ĐIỂM\nNăm 2023\n"
        "Về kết quả công tác: năm 2023, toàn tỉnh đón 52 đoàn vào với 640 lượt khách quốc tế; bản thân trực tiếp chủ "
        "trì đón tiếp 11 đoàn khách quốc tế.\n"
    )
    keys = {key[:3] for key in found}
    assert ("2023", "inbound_delegations", Decimal(52)) in keys
    assert not any(key[2] == Decimal(11) for key in keys)


def test_a_unit_line_with_a_bracket_on_how_its_values_were_converted(tmp_path):
    text = report_text(
        "160",
        "25 tháng 9 năm 2024",
        "Kết quả vận động viện trợ PCPNN quý III năm 2024",
        "",
        "Đơn vị tính: USD (các khoản bằng ngoại tệ khác quy đổi theo tỷ giá hạch toán)",
        "",
        "| Kỳ | Giá trị cam kết viện trợ PCPNN |",
        "|---|---:|",
        "| Quý III/2024 | 640.000 |",
    )
    assert ("2024-Q3", "ngo_aid_committed", Decimal(640000)) in figure_keys(text_report(tmp_path, "bc.md", text))


def test_the_last_readings_counterexamples(tmp_path):
    """A note clause in a sentence citing an earlier report, or with a number of its own; a unit line's bracket
    excepting a row; a writer as the subject; "bản thân" that is no subject; "là số ước tại thời điểm báo cáo"; and
    "trong tháng" in a report titled for a month's meeting."""
    cited = report_text(
        "170",
        "28 tháng 12 năm 2024",
        "Kết quả công tác đối ngoại năm 2024",
        "Ngày 20/12/2024, Sở đã có Báo cáo số 301/BC-SNgV; giá trị cam kết năm 2024 là số ước. Nay Sở báo cáo số liệu "
        "chính thức như sau:",
        "",
        "| TT | Nội dung | ĐVT | Năm 2024 |",
        "|---|---|---|---|",
        "| 1 | Giá trị cam kết viện trợ PCPNN | USD | 2.900.000 |",
    )
    assert ("2024", "ngo_aid_committed", Decimal(2900000), "exact") in {
        (f.period_code, f.indicator_code, f.value.normalize(), f.qualifier)
        for f in text_report(tmp_path, "cited.md", cited).figures
    }
    excepted = report_text(
        "171",
        "25 tháng 9 năm 2024",
        "Kết quả vận động viện trợ PCPNN quý III năm 2024",
        "",
        "Đơn vị tính: USD (riêng dòng 2 tính bằng triệu đồng, quy đổi theo tỷ giá hạch toán)",
        "",
        "| TT | Nội dung | Quý III/2024 |",
        "|---|---|---:|",
        "| 1 | Giá trị cam kết viện trợ PCPNN | 1.250.000 |",
    )
    assert not any(code == "ngo_aid_committed" for _, code, _ in figure_keys(text_report(tmp_path, "e.md", excepted)))
    own = published_figures(
        "SỞ NGOẠI VỤ HÀ TĨNH\nHà Tĩnh, ngày 15 tháng 12 năm 2024\nBẢN TỰ KIỂM ĐIỂM\nNăm 2024\n"
        "Tôi đã trực tiếp làm thủ tục cho 12 đoàn với 48 lượt cán bộ đi công tác nước ngoài.\n"
        "Bản thân các tổ chức PCPNN đã chủ động phối hợp, nên năm 2024 tỉnh đã tiếp nhận 18 dự án PCPNN.\n"
    )
    keys = {key[:3] for key in own}
    assert not any(key[2] in (Decimal(12), Decimal(48)) for key in keys)
    assert ("2024", "ngo_projects_approved", Decimal(18)) in keys
    at_the_time = published_figures(
        report_text(
            "172",
            "25 tháng 9 năm 2024",
            "Kết quả công tác đối ngoại 9 tháng năm 2024",
            "9 tháng năm 2024, tỉnh đón 42 đoàn vào (số liệu 42 đoàn là số ước tại thời điểm báo cáo).",
        )
    )
    assert ("2024-9M", "inbound_delegations", Decimal(42)) in {key[:3] for key in at_the_time}
    monthly = published_figures(
        report_text(
            "173",
            "26 tháng 9 năm 2025",
            "Kết quả công tác đối ngoại 9 tháng năm 2025 (Phục vụ phiên họp UBND tỉnh thường kỳ tháng 9/2025)",
            "Trong tháng, toàn tỉnh đã cử 4 đoàn ra với 17 lượt cán bộ đi công tác nước ngoài.",
        )
    )
    assert ("2025-09", "outbound_delegations", Decimal(4)) in {key[:3] for key in monthly}


def test_a_total_row_naming_only_the_kind_of_the_reports_period():
    found = published_figures(
        report_text(
            "180",
            "28 tháng 9 năm 2023",
            "Kết quả công tác lãnh sự quý III năm 2023",
            "| Tháng | Hồ sơ cấp mới hộ chiếu công vụ, ngoại giao |",
            "|---|---|",
            "| Tháng 7 | 14 |",
            "| Tháng 8 | 11 |",
            "| Tháng 9 | 16 |",
            "| Tổng cộng quý | 41 |",
        )
    )
    keys = {key[:3] for key in found}
    assert ("2023-Q3", "official_passports_issued", Decimal(41)) in keys
    # (in a report on a half year, "Cộng quý" names no quarter of its own)
    half = published_figures(
        report_text(
            "181",
            "28 tháng 6 năm 2023",
            "Kết quả công tác lãnh sự 6 tháng đầu năm 2023",
            "| Tháng | Hồ sơ cấp mới hộ chiếu công vụ, ngoại giao |",
            "|---|---|",
            "| Tháng 4 | 14 |",
            "| Cộng quý | 41 |",
        )
    )
    assert not any(key[2] == Decimal(41) for key in half)
