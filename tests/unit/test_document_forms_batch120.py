"""Capabilities of the hundred-and-twentieth round, written here in phrasings other than the reports that showed the
need. Expected figures were written from the texts below before the code ran on them."""

from decimal import Decimal

from tests.unit.documents import published_figures, report_text, text_report


def _published(date: str, title: str, *lines: str) -> set[tuple]:
    return published_figures(report_text("20", date, title, *lines))


def _values(keys: set[tuple]) -> set[Decimal]:
    return {key[2] for key in keys}


def test_workers_and_students_abroad_in_a_table_of_cases_are_no_lao_students():
    found = _published(
        "22 tháng 9 năm 2023",
        "Báo cáo công tác bảo hộ công dân quý III năm 2023",
        "| TT | Nhóm vụ việc | Quý III/2023 |",
        "|---|---|---|",
        "| 1 | Ngư dân bị nước ngoài bắt giữ | 3 |",
        "| 2 | Lao động, du học sinh bị lừa đảo | 4 |",
    )
    assert not any(key[1] == "lao_students" for key in found)


def test_the_month_of_a_meeting_the_figures_serve_is_not_their_period(tmp_path):
    extraction = text_report(
        tmp_path,
        "cv.txt",
        "UBND TỈNH HÀ TĨNH\nSỞ NGOẠI VỤ\nSố: 20/SNgV-VP\nV/v cung cấp số liệu đối ngoại phục vụ Hội nghị giao ban "
        "tháng 10/2023\nHà Tĩnh, ngày 05 tháng 10 năm 2023\n\nKính gửi: Văn phòng UBND tỉnh\n\n"
        "Hiện trên địa bàn tỉnh có 35 tổ chức PCPNN có giấy đăng ký hoạt động.\n"
        "9 tháng năm 2023, tỉnh đón 30 đoàn vào với 310 lượt khách quốc tế.\n",
    )
    found = {(f.period_code, f.indicator_code, f.value.normalize()) for f in extraction.figures}
    assert ("2023-9M", "inbound_delegations", Decimal(30)) in found
    assert not any(key[0] == "2023-10" for key in found)


def test_a_text_tables_header_wrapped_onto_lines_opening_with_an_empty_first_cell(tmp_path):
    extraction = text_report(
        tmp_path,
        "bieu.txt",
        "UBND TỈNH HÀ TĨNH\nSỞ NGOẠI VỤ\nHà Tĩnh, ngày 25 tháng 9 năm 2023\nBÁO CÁO\n"
        "Số liệu đối ngoại quý III năm 2023\n\n"
        " Mã   | Chỉ tiêu               | ĐVT  | Quý III   | Lũy kế\n"
        "      |                        |      | năm 2023  | 9 tháng năm 2023\n"
        " ĐN01 | Số đoàn ra             | đoàn | 05        | 14\n"
        " ĐN03 | Số đoàn vào            | đoàn | 08        | 21\n",
    )
    found = {(f.period_code, f.indicator_code, f.value.normalize()) for f in extraction.figures}
    assert {
        ("2023-Q3", "outbound_delegations", Decimal(5)),
        ("2023-9M", "outbound_delegations", Decimal(14)),
        ("2023-Q3", "inbound_delegations", Decimal(8)),
        ("2023-9M", "inbound_delegations", Decimal(21)),
    } <= found


def test_a_group_headers_remark_naming_no_period_leaves_the_columns_periods():
    found = _published(
        "15 tháng 12 năm 2023",
        "Báo cáo kết quả giải quyết thủ tục hành chính năm 2023",
        "| TT | Chỉ tiêu | Năm 2022 (chưa số hóa) | | Năm 2023 (đã số hóa) | |",
        "|---|---|---|---|---|---|",
        "| TT | Chỉ tiêu | Quý I | Cả năm | Quý I | Cả năm |",
        "| 1 | Hồ sơ chứng nhận lãnh sự, hợp pháp hóa lãnh sự | 210 | 905 | 260 | 1.120 |",
    )
    assert {
        ("2022-Q1", "consular_legalisations", Decimal(210), "exact"),
        ("2022", "consular_legalisations", Decimal(905), "exact"),
        ("2023-Q1", "consular_legalisations", Decimal(260), "exact"),
        ("2023", "consular_legalisations", Decimal(1120), "exact"),
    } <= found


def test_a_result_over_its_target_with_the_matching_share_gives_the_result():
    found = _published(
        "18 tháng 6 năm 2024",
        "Kết quả thực hiện nhiệm vụ đối ngoại 6 tháng đầu năm 2024",
        "(Số liệu ghi theo dạng: thực hiện/kế hoạch năm (tỷ lệ %).)",
        "- Đoàn vào: đạt 12/40 đoàn (30,0%) với 150/600 lượt khách quốc tế (25,0%).",
        "- Ký kết thỏa thuận quốc tế: đạt 02/05 thỏa thuận (35%).",
        "- Trong số đoàn vào, 05/12 đoàn (41,7%) do lãnh đạo các tỉnh của Lào dẫn đầu.",
    )
    assert ("2024-H1", "inbound_delegations", Decimal(12), "exact") in found
    assert ("2024-H1", "inbound_visitors", Decimal(150), "exact") in found
    # (a share that does not match, and a part over its whole without "đạt", give nothing)
    assert not _values(found) & {Decimal(40), Decimal(600), Decimal(2), Decimal(5)}


def test_when_all_of_a_count_happened_is_not_its_period():
    found = _published(
        "18 tháng 6 năm 2024",
        "Kết quả công tác đối ngoại 6 tháng đầu năm 2024",
        "- Tổ chức 03 hội nghị, hội thảo quốc tế, đều diễn ra trong quý I.",
    )
    assert not any(key[1] == "intl_conferences" and key[0] == "2024-Q1" for key in found)


def test_a_title_giving_a_month_and_the_official_figures_of_another_quarter_names_two_periods():
    found = _published(
        "24 tháng 7 năm 2023",
        "Kết quả công tác đối ngoại tháng 7 năm 2023; số liệu chính thức quý II năm 2023",
        "Tỉnh đã cử 06 đoàn ra đi công tác nước ngoài.",
        "Trong tháng 7, tỉnh đón 04 đoàn vào đến thăm, làm việc.",
    )
    assert ("2023-07", "inbound_delegations", Decimal(4), "exact") in found
    assert Decimal(6) not in _values(found)


def test_a_count_whose_every_item_fell_in_a_quarter_is_the_reports_count():
    found = _published(
        "18 tháng 6 năm 2024",
        "Kết quả công tác đối ngoại 6 tháng đầu năm 2024",
        "Các cơ quan, đơn vị trên địa bàn đã tổ chức 4 hội nghị, hội thảo quốc tế (đều diễn ra trong quý I).",
    )
    assert ("2024-H1", "intl_conferences", Decimal(4), "exact") in found
    assert not any(key[0] == "2024-Q1" for key in found)


def test_a_result_over_its_target_with_a_long_noun():
    found = _published(
        "15 tháng 12 năm 2024",
        "Kết quả thực hiện kế hoạch đối ngoại năm 2024",
        "Ghi chú: các chỉ tiêu ghi số TH/KH năm và tỷ lệ hoàn thành.",
        "- Công tác PCPNN: thẩm định, tiếp nhận đạt 18/20 chương trình, dự án, phi dự án (90%).",
    )
    assert ("2024", "ngo_projects_approved", Decimal(18), "exact") in found
    assert Decimal(20) not in _values(found)


def test_a_month_and_the_official_figures_of_a_half_written_with_a_slash_are_two_periods():
    found = _published(
        "25 tháng 7 năm 2024",
        "Tình hình đối ngoại tháng 7/2024, số liệu chính thức 6 tháng đầu năm 2024",
        "Sở đã bổ sung Giấy đăng ký hoạt động cho 3 tổ chức phi chính phủ nước ngoài.",
        "6 tháng đầu năm 2024, tỉnh đón 25 đoàn vào với 240 lượt khách quốc tế.",
    )
    assert ("2024-H1", "inbound_delegations", Decimal(25), "exact") in found
    assert Decimal(3) not in _values(found)


def test_a_titles_bracket_on_where_the_figures_come_from_names_no_second_period():
    found = _published(
        "16 tháng 9 năm 2024",
        "Kết quả hoạt động đối ngoại 9 tháng năm 2024 (số liệu chính thức 8 tháng, ước tháng 9)",
        "Toàn tỉnh có 15 đoàn với 47 lượt cán bộ công chức đi công tác nước ngoài.",
    )
    assert ("2024-9M", "outbound_delegations", Decimal(15), "exact") in found


def test_an_official_column_beside_the_value_reported_before_corrects_it(tmp_path):
    from tests.unit.documents import word_report

    extraction = word_report(
        tmp_path / "bc.docx",
        [
            "UBND TỈNH HÀ TĨNH",
            "SỞ NGOẠI VỤ",
            "Hà Tĩnh, ngày 20 tháng 12 năm 2022",
            "BÁO CÁO",
            "Đính chính số liệu quý III",
        ],
        [
            ("TT", "Chỉ tiêu", "Đơn vị tính", "Quý III/2022", ""),
            ("TT", "Chỉ tiêu", "Đơn vị tính", "Đã báo cáo (BC 318)", "Chính thức"),
            ("1", "Đoàn ra", "đoàn", "13", "15"),
        ],
    )
    found = {(f.period_code, f.indicator_code, f.value.normalize()) for f in extraction.figures}
    assert found == {("2022-Q3", "outbound_delegations", Decimal(15))}


def test_without_a_note_on_results_over_targets_a_slashed_pair_gives_nothing():
    found = _published(
        "20 tháng 3 năm 2024",
        "Báo cáo công tác đối ngoại quý I năm 2024",
        "Trong quý, số đoàn ra đi Lào đạt 05/12 đoàn ra (41,7%).",
    )
    assert not _values(found) & {Decimal(5), Decimal(12)}


def test_the_days_a_cited_letters_figures_cover_are_not_the_periods_of_this_one(tmp_path):
    extraction = text_report(
        tmp_path,
        "cv.txt",
        "UBND TỈNH HÀ TĨNH\nSỞ NGOẠI VỤ\nSố: 123/SNgV-HTQT\nHà Tĩnh, ngày 05 tháng 4 năm 2024\n"
        "V/v cung cấp thông tin về công tác đoàn ra, đoàn vào\nKính gửi: Sở Nội vụ tỉnh Hà Tĩnh.\n"
        "Sở Ngoại vụ đã gửi số liệu từ ngày 01/10/2023 đến ngày 31/12/2023 tại Văn bản số 45/SNgV-HTQT. Nay Sở "
        "Ngoại vụ cung cấp thông tin như sau:\n"
        "- Đoàn ra: UBND tỉnh đã cho phép 14 đoàn với 61 lượt CBCCVC đi công tác nước ngoài.\n",
    )
    assert not any(f.period_code == "2023-Q4" for f in extraction.figures)


def test_a_titles_earlier_reporting_period_is_no_label_of_its_own():
    found = _published(
        "05 tháng 4 năm 2024",
        "Kết quả công tác đối ngoại tháng 3 năm 2024 (bổ sung số liệu kỳ báo cáo trước tháng 02/2024)",
        "Trong tháng, Sở đã tham mưu tổ chức 12 đoàn ra với 45 lượt người đi công tác nước ngoài.",
    )
    assert not any(key[0] == "2024-02" for key in found)


def test_a_note_whose_unmarked_figures_are_counted_since_january_is_no_key():
    found = _published(
        "05 tháng 7 năm 2023",
        "Kết quả công tác đối ngoại quý II và 6 tháng đầu năm 2023",
        "Số ngoài ngoặc là số lũy kế từ đầu năm, số trong ngoặc là số quý II năm 2023.",
        "- Đoàn vào: tiếp đón 17 đoàn với 205 lượt khách quốc tế đến thăm, làm việc tại tỉnh.",
    )
    assert not _values(found) & {Decimal(17), Decimal(205)}


def test_a_count_with_no_report_and_overdue_is_a_shortcoming():
    found = _published(
        "05 tháng 4 năm 2024",
        "Kết quả công tác đối ngoại quý I năm 2024",
        "Còn 03 đoàn ra không có báo cáo, quá hạn theo quy định.",
    )
    assert Decimal(3) not in _values(found)


def test_a_column_of_cases_already_checked_is_no_verified_column():
    found = _published(
        "05 tháng 4 năm 2024",
        "Kết quả công tác đối ngoại quý I năm 2024",
        "| STT | Nội dung | Số vụ việc tiếp nhận | Số vụ việc đã có kết quả xác minh |",
        "|---|---|---|---|",
        "| 1 | Vụ việc lãnh sự, bảo hộ công dân | 15 | 09 |",
    )
    assert ("2024-Q1", "consular_cases", Decimal(9), "exact") not in found
