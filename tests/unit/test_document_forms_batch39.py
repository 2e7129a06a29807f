"""Capabilities found by the thirty-ninth and fortieth blind batches, written here in phrasings other than the
batches'."""

from dagster_project.documents.extract import extract_figures
from dagster_project.documents.reader import read_document
from tests.unit.documents import not_published_reasons, published_figures, word_report


def test_period_parts_of_a_headline_that_waits_for_review_wait_too():
    text = (
        "BÁO CÁO\nCông tác quản lý đoàn vào 9 tháng năm 2025\n"
        "Sở đã phối hợp đón 14 đoàn với 61 lượt khách là đại diện các tổ chức phi chính phủ nước ngoài đến khảo sát "
        "dự án; trong đó quý I đón 03 đoàn, quý II đón 05 đoàn, quý III đón 06 đoàn.\n"
    )
    assert not any(value in (3, 5, 6) for _, _, value, _ in published_figures(text))
    reasons = not_published_reasons(text)
    assert all("waits for review" in reasons[value] for value in ("03", "05", "06"))


def test_a_part_naming_its_own_indicator_stands_when_its_whole_waits():
    found = published_figures(
        "BÁO CÁO\nTổng kết công tác đối ngoại năm 2023\n"
        "Năm 2023, toàn tỉnh có 52 đoàn ra với 301 lượt cán bộ đi nước ngoài, 33 đoàn vào với 604 lượt khách quốc tế "
        "đến làm việc, trong đó 12 đoàn với 88 lượt khách là cơ quan đại diện ngoại giao, tổ chức quốc tế tại Việt Nam.\n"
    )
    assert ("2023", "inbound_mission_delegations", 12, "exact") in found


def test_a_comparison_with_the_noun_shortened_is_not_read_as_another_indicator():
    text = (
        "BÁO CÁO\nTình hình xuất nhập cảnh quý II năm 2025\n"
        "Quý II/2025, Cửa khẩu quốc tế Cầu Treo làm thủ tục xuất, nhập cảnh cho 52.300 lượt người và 9.870 lượt "
        "phương tiện (cùng kỳ: 8.640 lượt, tăng 14%).\n"
    )
    found = published_figures(text)
    assert ("2025-Q2", "border_crossings_vehicles", 9870, "exact") in found
    assert not any(value == 8640 for _, _, value, _ in found)
    assert "shortened" in not_published_reasons(text)["8.640"]


def test_a_level_now_under_a_month_heading_is_the_months_in_a_report_written_in_that_month():
    report = (
        "SỞ NGOẠI VỤ\nHà Tĩnh, ngày {day} năm 2024\nBÁO CÁO\nKết quả công tác đối ngoại tháng 9, quý III năm 2024\n"
        "I. KẾT QUẢ THÁNG 9/2024\n- Trong tháng, tỉnh cử 04 đoàn với 19 lượt cán bộ đi công tác nước ngoài.\n"
        "- Hiện trên địa bàn có 38 tổ chức phi chính phủ nước ngoài đang hoạt động.\n"
    )
    found = published_figures(report.format(day="ngày 26 tháng 9"))
    assert ("2024-09", "ngos_registered_total", 38, "exact") in found
    assert not any(indicator == "ngos_registered_total" and period != "2024-09" for period, indicator, *_ in found)
    # (written after the month: the level on that day, of no period)
    later = published_figures(report.format(day="ngày 03 tháng 10"))
    assert not any(indicator == "ngos_registered_total" for _, indicator, *_ in later)


def test_agreements_with_the_bodies_of_one_partner_are_its_share_and_one_provinces_are_not():
    share = "BÁO CÁO\nKết quả công tác đối ngoại năm 2024\nNăm 2024, tỉnh đã ký kết 06 thỏa thuận quốc tế với các cơ quan, địa phương của Nhật Bản.\n"
    assert not published_figures(share)
    assert not_published_reasons(share)["06"].startswith("the share of named partners")
    month = "BÁO CÁO\nKết quả công tác đối ngoại tháng 5 năm 2024\nTrong tháng, tỉnh ký kết 02 thỏa thuận quốc tế với tỉnh Khăm Muồn.\n"
    assert ("2024-05", "intl_agreements", 2, "exact") in published_figures(month)


def test_a_text_table_with_pipes_only_between_cells_reads_as_a_table(tmp_path):
    path = tmp_path / "bao_cao_dich_thuat_2024.txt"
    path.write_text(
        "BÁO CÁO\nKết quả công tác biên dịch, phiên dịch năm 2024\n\nBảng tổng hợp\n"
        "=========================================================\n"
        "STT | Nội dung    | Đơn vị | 6 tháng đầu năm | 6 tháng cuối năm | Cả năm\n"
        "=========================================================\n"
        "1   | Biên dịch   | trang  |           1.240 |            1.380 |  2.620\n"
        "2   | Phiên dịch  | giờ    |              75 |               88 |    163\n",
        encoding="utf-8",
    )
    found = {
        (f.period_code, f.indicator_code, f.value.normalize()) for f in extract_figures(read_document(path)).figures
    }
    assert {
        ("2024-H1", "translated_pages", 1240),
        ("2024-H2", "translated_pages", 1380),
        ("2024", "translated_pages", 2620),
        ("2024", "interpreting_hours", 163),
    } <= found
    assert not any(value in (1, 2) for *_, value in found)


def _word_table_figures(path, before: list[str], rows: list[tuple[str, ...]]) -> set[tuple]:
    """(period, indicator, value) of every figure published from a Word report with one table."""
    return {(f.period_code, f.indicator_code, f.value.normalize()) for f in word_report(path, before, rows).figures}


def test_numbered_rows_of_a_table_with_a_unit_column_are_measures(tmp_path):
    found = _word_table_figures(
        tmp_path / "bc_xnc_quy_ii_2026.docx",
        [
            "BÁO CÁO",
            "Tình hình xuất, nhập cảnh quý II năm 2026",
            "Bảng 1. Số liệu xuất, nhập cảnh qua Cửa khẩu quốc tế Cầu Treo",
        ],
        [
            ("STT", "Nội dung", "Đơn vị tính", "Tháng 4", "Tháng 5", "Tháng 6", "Quý II"),
            ("1", "Người xuất, nhập cảnh", "lượt người", "20.110", "22.450", "19.870", "62.430"),
            ("2", "Phương tiện xuất, nhập cảnh", "lượt", "5.120", "5.460", "4.980", "15.560"),
        ],
    )
    assert {
        ("2026-04", "border_crossings_persons", 20110),
        ("2026-Q2", "border_crossings_persons", 62430),
        ("2026-06", "border_crossings_vehicles", 4980),
        ("2026-Q2", "border_crossings_vehicles", 15560),
    } <= found
    assert not any(value in (1, 2) for *_, value in found)


def test_parts_by_kind_after_trong_do_run_past_commas():
    text = (
        "BÁO CÁO\nTình hình xuất nhập cảnh 6 tháng đầu năm 2026\n"
        "6 tháng đầu năm 2026, Cửa khẩu quốc tế Cầu Treo làm thủ tục xuất, nhập cảnh cho 140.200 lượt người, trong "
        "đó xuất cảnh 71.000 lượt người, nhập cảnh 69.200 lượt người.\n"
    )
    found = published_figures(text)
    assert ("2026-H1", "border_crossings_persons", 140200, "exact") in found
    assert not any(value in (71000, 69200) for _, _, value, _ in found)


def test_the_clerks_ls_abbreviation_names_legalisations():
    found = published_figures(
        "BÁO CÁO\nKết quả công tác lãnh sự quý I năm 2026\n"
        "Trong quý, Sở tiếp nhận và giải quyết 37 hồ sơ chứng nhận LS, hợp pháp hóa LS đúng hạn.\n"
    )
    assert ("2026-Q1", "consular_legalisations", 37, "exact") in found


def test_a_part_row_under_a_row_that_waits_is_not_published(tmp_path):
    extraction = word_report(
        tmp_path / "bc_vien_tro_nam_2024.docx",
        [
            "BÁO CÁO",
            "Kết quả công tác vận động viện trợ phi chính phủ nước ngoài năm 2024",
            "Biểu 1. Kết quả tiếp nhận viện trợ PCPNN năm 2024",
        ],
        [
            ("STT", "Chỉ tiêu", "ĐVT", "6 tháng đầu năm", "6 tháng cuối năm", "Cả năm", "Năm 2023"),
            ("1", "Tổ chức được cấp mới Giấy đăng ký", "tổ chức", "2", "1", "3", "4"),
            ("2", "Chương trình, dự án được thẩm định tiếp nhận", "dự án", "9", "11", "20", "18"),
            ("", "Trong đó:", "", "", "", "", ""),
            ("", "- Dự án", "dự án", "7", "8", "15", "13"),
            ("", "- Phi dự án (hàng hóa)", "phi dự án", "2", "3", "5", "5"),
        ],
    )
    published = {f.value.normalize() for f in extraction.figures if f.indicator_code == "ngo_projects_approved"}
    assert not published & {7, 8, 15, 13}


def test_a_column_headers_period_words_say_when_not_what(tmp_path):
    found = _word_table_figures(
        tmp_path / "bc_pcpnn_2024.docx",
        [
            "BÁO CÁO",
            "Kết quả công tác vận động viện trợ phi chính phủ nước ngoài năm 2024",
            "Biểu 1. Kết quả tiếp nhận viện trợ PCPNN năm 2024",
        ],
        [
            ("STT", "Chỉ tiêu", "6 tháng đầu năm", "6 tháng cuối năm", "Cả năm"),
            ("1", "Số tổ chức được cấp mới Giấy đăng ký", "2", "1", "3"),
        ],
    )
    # ("cuối năm" in "6 tháng cuối năm" is no level at the year's end)
    assert ("2024-H2", "ngo_registrations", 1) in found
    assert not any(indicator == "ngos_registered_total" for _, indicator, _ in found)


def test_a_numbered_row_naming_one_item_stays_an_item_in_a_table_with_a_unit_column(tmp_path):
    extraction = word_report(
        tmp_path / "bc_lanh_su_2024.docx",
        ["BÁO CÁO", "Kết quả công tác đối ngoại năm 2024", "Biểu 4. Vụ việc lãnh sự, bảo hộ công dân năm 2024"],
        [("STT", "Nội dung", "ĐVT", "Năm 2024"), ("1", "Vụ việc lao động bỏ trốn tại Hàn Quốc", "vụ việc", "4")],
    )
    assert not extraction.figures
    extraction = word_report(
        tmp_path / "bc_pcpnn_2024.docx",
        ["BÁO CÁO", "Kết quả công tác vận động viện trợ PCPNN năm 2024", "Biểu 1. Dự án PCPNN năm 2024"],
        [("STT", "Chỉ tiêu", "ĐVT", "Năm 2024"), ("1", "Dự án lĩnh vực y tế được phê duyệt", "dự án", "5")],
    )
    assert not extraction.figures


def test_a_bracket_inside_a_breakdown_that_notes_what_the_figure_is_keeps_it_from_publication():
    for note in ("dự kiến", "đến ngày 20/6", "đoàn ra", "tuần 1"):
        text = f"BÁO CÁO\nKết quả công tác đối ngoại quý II năm 2025\nQuý II/2025, tỉnh đón 12 đoàn vào (tháng 6 ({note}): 5 đoàn).\n"
        assert not any(value == 5 for _, _, value, _ in published_figures(text)), note


def test_a_count_carried_over_from_an_earlier_period_is_not_the_periods():
    text = (
        "BÁO CÁO\nKết quả công tác lãnh sự năm 2025\nNăm 2025, Sở tiếp nhận 48 hồ sơ chứng nhận lãnh sự, hợp pháp hóa "
        "lãnh sự, ngoài ra giải quyết 12 hồ sơ chuyển tiếp từ năm 2024.\n"
    )
    found = published_figures(text)
    assert ("2025", "consular_legalisations", 48, "exact") in found
    assert not any(value == 12 for _, _, value, _ in found)


def test_in_a_report_on_a_month_and_its_quarter_a_count_no_words_date_waits():
    text = (
        "SỞ NGOẠI VỤ\nHà Tĩnh, ngày 25 tháng 6 năm 2024\nBÁO CÁO\nKết quả công tác đối ngoại tháng 6, quý II;\n"
        "phương hướng tháng 7 năm 2024\nI. KẾT QUẢ THÁNG 6 VÀ QUÝ II NĂM 2024\n"
        "- Phối hợp tiếp nhận 05 hài cốt liệt sỹ quân tình nguyện Việt Nam hy sinh tại Lào.\n"
        "- Lũy kế quý II, tỉnh cử 14 đoàn với 63 lượt cán bộ đi công tác nước ngoài.\n"
    )
    found = published_figures(text)
    assert not any(value == 5 for _, _, value, _ in found)
    assert "the title names 2024-06 and 2024-Q2" in not_published_reasons(text)["05"]
    assert ("2024-Q2", "outbound_delegations", 14, "exact") in found


def test_a_breakdown_in_brackets_with_a_bracket_inside_is_a_breakdown():
    found = published_figures(
        "BÁO CÁO\nKết quả công tác lãnh sự tháng 10 năm 2024\n"
        "Trong tháng, phối hợp xử lý 05 vụ việc bảo hộ công dân (03 vụ việc lao động bỏ trốn tại Hàn Quốc, 02 vụ "
        "việc công dân bị tạm giữ tại Ma Cao (Trung Quốc)).\n"
    )
    assert ("2024-10", "consular_cases", 5, "exact") in found
    assert not any(value in (3, 2) for _, _, value, _ in found)


def test_overseas_vietnamese_coming_home_are_no_foreign_guests():
    found = published_figures(
        "BÁO CÁO\nCông tác người Việt Nam ở nước ngoài năm 2024\n"
        "Năm 2024, Sở đón tiếp 04 đoàn kiều bào với 37 lượt người về thăm quê hương, tìm hiểu cơ hội đầu tư.\n"
    )
    assert not any(code in ("inbound_delegations", "inbound_visitors") for _, code, _, _ in found)


def test_a_cut_off_in_the_last_month_of_the_section_period_of_a_two_period_title():
    report = (
        "SỞ NGOẠI VỤ\nHà Tĩnh, ngày 18 tháng 12 năm 2024\nBÁO CÁO\n"
        "Tổng kết công tác đối ngoại năm 2024 và giai đoạn 2020 - 2024\nI. KẾT QUẢ NĂM 2024\n"
        "Tính đến ngày {day}/2024, Sở đã tiếp nhận, giải quyết 142 hồ sơ chứng nhận lãnh sự, hợp pháp hóa lãnh sự.\n"
    )
    assert ("2024", "consular_legalisations", 142, "exact") in published_figures(report.format(day="15/12"))
    # (a cut-off before the year's last month counts part of the year)
    assert not published_figures(report.format(day="20/11"))
    carried = "BÁO CÁO\nKết quả công tác đối ngoại quý II năm 2025\nQuý II/2025, xử lý 9 vụ việc lãnh sự (tháng 4 (tồn từ quý I): 3 vụ).\n"
    assert not any(value == 3 for _, _, value, _ in published_figures(carried))


def _read_text_report(tmp_path, name: str, text: str) -> set[tuple]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return {
        (f.period_code, f.indicator_code, f.value.normalize()) for f in extract_figures(read_document(path)).figures
    }


def test_a_text_table_with_a_rule_under_its_header_keeps_its_header(tmp_path):
    found = _read_text_report(
        tmp_path,
        "bc_cang_bien_quy_iii_2025.txt",
        "BÁO CÁO\nTình hình xuất nhập cảnh qua cảng biển quý III năm 2025\n\n"
        " Nội dung                     | Đơn vị | Quý III/2025 | Quý III/2024\n"
        "------------------------------+--------+--------------+-------------\n"
        " Sơn Dương - lượt tàu XNC      | lượt   |          141 |          128\n"
        " Sơn Dương - thuyền viên XNC   | lượt   |        2.980 |        2.714\n",
    )
    assert {
        ("2025-Q3", "port_vessels", 141),
        ("2024-Q3", "port_vessels", 128),
        ("2025-Q3", "port_crew", 2980),
    } <= found


def test_the_label_columns_header_says_whose_rows_they_are(tmp_path):
    found = _read_text_report(
        tmp_path,
        "so_lieu_quy_ii_2025.txt",
        "BÁO CÁO\nSố liệu cửa khẩu, cảng biển quý II năm 2025\n\n3. Cửa khẩu, cảng biển\n\n"
        "CKQT Cầu Treo               T4/2025    T5/2025    T6/2025   Quý II/2025\n"
        "----------------------------------------------------------------------\n"
        "Lượt người XNC               24.310     22.905     25.870       73.085\n"
        "Lượt phương tiện XNC          5.120      4.870      5.306       15.296\n",
    )
    assert ("2025-04", "border_crossings_vehicles", 5120) in found
    assert not any(indicator == "port_vessels" for _, indicator, _ in found)


def test_a_line_wrapped_after_a_comma_goes_on_with_its_label(tmp_path):
    found = _read_text_report(
        tmp_path,
        "bc_cang_quy_ii_2025.txt",
        "BÁO CÁO\nTình hình cảng biển Vũng Áng quý II năm 2025\n\n"
        "- Tháng 4/2025: làm thủ tục xuất, nhập cảnh cho 121 lượt phương tiện,\n"
        "  2.310 lượt thuyền viên; cấp 33 giấy phép xuống tàu, 41 thẻ đi bờ.\n",
    )
    assert ("2025-04", "boarding_permits", 33) in found
    assert not any(value == 33 and period != "2025-04" for period, _, value in found)


def test_a_count_of_one_days_event_is_not_a_quarters_total():
    text = (
        "BÁO CÁO\nKết quả công tác đối ngoại quý III năm 2025\n"
        "Ngày 15/8/2025, Sở phối hợp tổ chức lễ tiếp nhận 06 hài cốt liệt sỹ quân tình nguyện hy sinh tại Lào.\n"
    )
    assert not published_figures(text)
    assert "one event" in not_published_reasons(text)["06"]


def test_year_to_date_in_an_article_with_no_date_of_its_own_waits():
    text = (
        "Hà Tĩnh mở rộng quan hệ hợp tác với các đối tác nước ngoài\n"
        "(Baohatinh.vn) - 9 tháng năm 2025, hoạt động đối ngoại của tỉnh diễn ra sôi động.\n"
        "Từ đầu năm đến nay, tỉnh đã tiếp nhận, hồi hương 21 hài cốt liệt sỹ quân tình nguyện hy sinh tại Lào.\n"
    )
    assert not any(value == 21 for _, _, value, _ in published_figures(text))


def test_a_column_of_a_part_under_a_year_is_not_the_years_total(tmp_path):
    found = _word_table_figures(
        tmp_path / "bc_hop_tac_lao_2022.docx",
        ["BÁO CÁO", "Kết quả hợp tác với các tỉnh của Lào năm 2022"],
        [
            ("TT", "Nội dung", "ĐVT", "Năm 2021", "", "Năm 2022", ""),
            ("TT", "Nội dung", "ĐVT", "Toàn tỉnh", "Trong đó: với Lào", "Toàn tỉnh", "Trong đó: với Lào"),
            ("1", "Đoàn ra", "Đoàn", "9", "6", "45", "29"),
            ("2", "Đoàn vào", "Đoàn", "14", "8", "38", "21"),
        ],
    )
    assert {("2021", "outbound_delegations", 9), ("2022", "inbound_delegations", 38)} <= found
    assert not any(value in (6, 29, 8, 21) for *_, value in found)


def test_a_text_table_whose_header_has_no_label_cell(tmp_path):
    found = _read_text_report(
        tmp_path,
        "so_lieu_thang_6_quy_ii_2025.txt",
        "BÁO CÁO\nKết quả công tác lãnh sự tháng 6 và quý II năm 2025\nKính gửi: Văn phòng Sở\n\n"
        "1. Thủ tục hành chính, dịch thuật\n\n"
        "                                   Tháng 6/2025   Quý II/2025\n"
        " Hồ sơ cấp mới HCCV, HCNG                07            22\n"
        " Trang biên dịch                        640         1.910\n"
        " Giờ phiên dịch                          12            35\n",
    )
    assert {
        ("2025-06", "official_passports_issued", 7),
        ("2025-Q2", "official_passports_issued", 22),
        ("2025-Q2", "interpreting_hours", 35),
    } <= found


def test_cases_of_citizens_in_one_partners_land_are_its_share():
    text = (
        "BÁO CÁO\nKết quả hợp tác với các tỉnh của Lào năm 2025\n"
        "Về bảo hộ công dân: phối hợp xử lý 07 vụ việc liên quan đến công dân Hà Tĩnh tại Lào.\n"
    )
    assert not published_figures(text)
    assert not_published_reasons(text)["07"].startswith("the share of named partners")
    # (one case told is no restriction, nor "chủ yếu tại …")
    told = (
        "BÁO CÁO\nKết quả công tác lãnh sự năm 2025\n"
        "Năm 2025, Sở xử lý 21 vụ việc bảo hộ công dân, chủ yếu tại Hàn Quốc và Nhật Bản.\n"
    )
    assert ("2025", "consular_cases", 21, "exact") in published_figures(told)


def test_agreements_with_two_partners_joined_by_and_are_no_ones_share():
    found = published_figures(
        "BÁO CÁO\nKết quả công tác đối ngoại quý II năm 2025\n"
        "Trong quý, các đơn vị ký kết thêm hai thỏa thuận quốc tế với đối tác Lào và Hàn Quốc.\n"
    )
    assert ("2025-Q2", "intl_agreements", 2, "exact") in found


def test_a_count_the_writer_leaves_out_after_the_figure_is_not_published():
    text = (
        "BÁO CÁO\nKết quả công tác đối ngoại năm 2024\n"
        "Năm 2024, tỉnh đón 41 đoàn vào. Ghi chú: có 02 đoàn làm việc theo hình thức trực tuyến không tính vào số "
        "đoàn vào nêu trên.\n"
    )
    found = published_figures(text)
    assert ("2024", "inbound_delegations", 41, "exact") in found
    assert not any(value == 2 for _, _, value, _ in found)
