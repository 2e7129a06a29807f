"""Capabilities of the hundred-and-twenty-first round, written here in phrasings other than the reports that showed the
need. Expected figures were written from the texts below before the code ran on them."""

from decimal import Decimal

from tests.unit.documents import figure_keys, published_figures, report_text, text_report

_GATE_TITLE = (
    "UBND TỈNH HÀ TĨNH\nSỞ NGOẠI VỤ\nSố: 41/BC-SNgV\nHà Tĩnh, ngày 20 tháng 12 năm 2024\nBÁO CÁO\n"
    "Tình hình xuất nhập cảnh qua Cửa khẩu quốc tế Cầu Treo quý IV năm 2024\n\n"
)


def _grid(widths: list[int], rows: list[list[str]]) -> str:
    """A table drawn with "+---+" borders, each cell padded to its column's width (a cell given as ``(text, n)``
    spans n columns, with the pipes between them)."""

    def line(cells) -> str:
        parts, column = [], 0
        for cell in cells:
            text, span = cell if isinstance(cell, tuple) else (cell, 1)
            width = sum(widths[column : column + span]) + span - 1
            parts.append(f" {text}".ljust(width))
            column += span
        return "|" + "|".join(parts) + "|"

    border = "+" + "+".join("-" * width for width in widths) + "+"
    return "\n".join([border, *(border if row == "-" else line(row) for row in rows), border])


def test_a_grid_tables_group_header_heads_the_columns_its_pipes_span(tmp_path):
    widths = [18, 11, 11, 9, 11, 11, 9]
    table = _grid(
        widths,
        [
            ["Tháng", ("Người xuất nhập cảnh (lượt)", 3), ("Phương tiện XNC (lượt)", 3)],
            ["", "Nhập cảnh", "Xuất cảnh", "Tổng", "Nhập cảnh", "Xuất cảnh", "Tổng"],
            "-",
            ["Tháng 10/2024", "6.120", "5.980", "12.100", "1.210", "1.190", "2.400"],
            ["Tháng 11/2024", "5.400", "5.650", "11.050", "1.100", "1.105", "2.205"],
        ],
    )
    found = figure_keys(text_report(tmp_path, "cau_treo.txt", _GATE_TITLE + table + "\n"))
    assert {
        ("2024-10", "border_crossings_persons", Decimal(12100)),
        ("2024-10", "border_crossings_vehicles", Decimal(2400)),
        ("2024-11", "border_crossings_persons", Decimal(11050)),
        ("2024-11", "border_crossings_vehicles", Decimal(2205)),
    } <= found
    # one way across is a part of the crossings, never their figure
    assert not {value for _, _, value in found} & {Decimal(v) for v in (6120, 5980, 1210, 1190, 5400, 5650, 1100)}


def test_a_narrower_header_row_whose_pipes_do_not_line_up_publishes_nothing_of_its_table(tmp_path):
    text = _GATE_TITLE + "\n".join(
        [
            "| Kỳ | Người xuất nhập cảnh | Phương tiện |",
            "| | Nhập cảnh | Xuất cảnh | Tổng | Nhập cảnh | Xuất cảnh | Tổng |",
            "|---|---|---|---|---|---|---|",
            "| Tháng 10/2024 | 6.120 | 5.980 | 12.100 | 1.210 | 1.190 | 2.400 |",
        ]
    )
    found = figure_keys(text_report(tmp_path, "cau_treo.md", text + "\n"))
    assert not any(code.startswith("border_crossings") for _, code, _ in found)


def test_an_organisation_leading_a_list_item_gives_its_own_share_and_a_quarter_is_no_organisation():
    found = published_figures(
        report_text(
            "52",
            "20 tháng 6 năm 2024",
            "Kết quả vận động viện trợ PCPNN 6 tháng đầu năm 2024",
            "6 tháng đầu năm 2024, tỉnh tiếp nhận 08 chương trình, dự án PCPNN với tổng giá trị cam kết 1.200.000 USD.",
            "Các nhà tài trợ lớn:",
            "- Quỹ Châu Á (The Asia Foundation): 300.000 USD cho phòng, chống thiên tai;",
            "- Hội Chữ thập đỏ Đức: 210.000 USD, hỗ trợ sinh kế;",
            "- Ngân hàng Tái thiết Đức: 150.000 USD cho nước sạch.",
            "Theo quý:",
            "- Quý I/2024: tiếp nhận 03 chương trình, dự án PCPNN;",
            "- Quý II/2024: tiếp nhận 05 chương trình, dự án PCPNN.",
        )
    )
    keys = {key[:3] for key in found}
    assert {
        ("2024-H1", "ngo_projects_approved", Decimal(8)),
        ("2024-H1", "ngo_aid_committed", Decimal(1200000)),
        ("2024-Q1", "ngo_projects_approved", Decimal(3)),
        ("2024-Q2", "ngo_projects_approved", Decimal(5)),
    } <= keys
    assert not {value for _, _, value in keys} & {Decimal(300000), Decimal(210000), Decimal(150000)}


def test_one_named_projects_value_with_the_day_it_was_approved_is_no_total():
    found = published_figures(
        report_text(
            "88",
            "25 tháng 9 năm 2024",
            "Kết quả công tác PCPNN quý III năm 2024",
            "Trong quý III, Dự án “Nước sạch cho trường học vùng cao” được UBND tỉnh phê duyệt ngày 15/8/2024 với "
            "giá trị 95.000 USD.",
        )
    )
    assert not any(key[2] == Decimal(95000) for key in found)


def test_a_shared_links_headline_and_teaser_are_another_sources_words(tmp_path):
    text = (
        "BẢN XUẤT TRANG THÔNG TIN ĐIỆN TỬ SỞ NGOẠI VỤ HÀ TĨNH\nQuý IV năm 2023\n\n"
        "Sở Ngoại vụ Hà Tĩnh đã chia sẻ một liên kết · 28/12/2023\n"
        "vnexpress.net\n"
        "Hà Tĩnh đón 120 đoàn khách quốc tế trong năm\n"
        "Năm 2023, tỉnh đón 120 đoàn khách quốc tế, tăng mạnh so với năm trước...\n"
        "\n"
        "Trong năm 2023, Sở tham mưu tổ chức 07 hội nghị, hội thảo quốc tế.\n"
    )
    found = figure_keys(text_report(tmp_path, "trang.txt", text))
    assert ("2023", "intl_conferences", Decimal(7)) in found
    assert not any(value == Decimal(120) for _, _, value in found)


def test_a_sentence_shown_over_two_subtitle_cues_is_one_sentence(tmp_path):
    text = (
        "[GHI CHÚ: bản phụ đề đã duyệt số liệu]\n\n"
        "1\n00:00:00,000 --> 00:00:04,000\nĐỐI NGOẠI HÀ TĨNH NĂM 2023\n\n"
        "2\n00:00:04,500 --> 00:00:09,000\nTrong năm 2023, toàn tỉnh cử 45 đoàn ra\n\n"
        "3\n00:00:09,500 --> 00:00:14,000\nvới 230 lượt cán bộ đi công tác nước ngoài.\n\n"
        "4\n00:00:14,500 --> 00:00:19,000\nHiện có 900 lưu học sinh Lào đang học tập tại tỉnh\n\n"
        "5\n00:00:19,500 --> 00:00:24,000\nvà khoảng 70.000 người Hà Tĩnh ở nước ngoài.\n"
    )
    found = figure_keys(text_report(tmp_path, "phu_de.txt", text))
    assert {("2023", "outbound_delegations", Decimal(45)), ("2023", "outbound_persons", Decimal(230))} <= found
    assert not any(code == "overseas_residents" for _, code, _ in found)


def test_a_number_in_words_with_its_digits_inside_a_comparisons_bracket(tmp_path):
    text = report_text(
        "12",
        "25 tháng 3 năm 2023",
        "Kết quả công tác đối ngoại quý I năm 2023",
        "Trong quý I, tỉnh đón mười hai (12) đoàn vào, tăng so với cùng kỳ năm 2022 (chín (09) đoàn); cử bảy (07) "
        "đoàn ra, bằng cùng kỳ năm 2022.",
    )
    found = figure_keys(text_report(tmp_path, "bc.txt", text))
    assert {
        ("2023-Q1", "inbound_delegations", Decimal(12)),
        ("2022-Q1", "inbound_delegations", Decimal(9)),
    } <= found


def test_a_total_column_beside_columns_of_kinds_under_a_caption_naming_the_indicator(tmp_path):
    text = report_text(
        "140",
        "18 tháng 12 năm 2024",
        "Kết quả hợp tác với các tỉnh của Lào năm 2024",
        "",
        "**Bảng 2. Giá trị hỗ trợ các tỉnh bạn Lào năm 2024 phân theo quý và hình thức**",
        "",
        "_Đơn vị: triệu đồng_",
        "",
        "| Kỳ | Tiền mặt | Hiện vật | Tổng cộng |",
        "|---|---:|---:|---:|",
        "| Quý I | 500 | 700 | 1.200 |",
        "| Quý II | 300 | 450 | 750 |",
    )
    found = figure_keys(text_report(tmp_path, "lao.md", text))
    assert {
        ("2024-Q1", "support_to_lao_provinces", Decimal(1200000000)),
        ("2024-Q2", "support_to_lao_provinces", Decimal(750000000)),
    } <= found
    assert not {value for _, _, value in found} & {Decimal(500000000), Decimal(700000000)}


def test_a_period_rows_remark_that_it_was_corrected_leaves_it_that_periods_row():
    found = published_figures(
        report_text(
            "61",
            "22 tháng 6 năm 2024",
            "Kết quả công tác đối ngoại 6 tháng đầu năm 2024",
            "| Kỳ | Đoàn ra | Đoàn vào |",
            "|---|---|---|",
            "| Quý I (đã đính chính) | 06 | 11 |",
            "| Quý II | 09 | 14 |",
        )
    )
    keys = {key[:3] for key in found}
    assert {
        ("2024-Q1", "outbound_delegations", Decimal(6)),
        ("2024-Q1", "inbound_delegations", Decimal(11)),
        ("2024-Q2", "outbound_delegations", Decimal(9)),
    } <= keys


def test_the_whole_span_under_a_heading_naming_it_in_a_book_of_no_period(tmp_path):
    text = (
        "KỶ YẾU NGÀNH NGOẠI VỤ HÀ TĨNH\nChương II. Hợp tác quốc tế qua các thời kỳ\n\n"
        "I. GIAI ĐOẠN 2016 - 2020\n\n"
        "Công tác vận động viện trợ có nhiều chuyển biến: cả giai đoạn, tỉnh tiếp nhận 120 chương trình, dự án "
        "PCPNN.\n"
    )
    found = figure_keys(text_report(tmp_path, "ky_yeu.txt", text))
    assert ("2016-2020", "ngo_projects_approved", Decimal(120)) in found


def test_what_is_left_over_is_no_count_of_the_period():
    found = published_figures(
        report_text(
            "05",
            "20 tháng 6 năm 2023",
            "Kết quả công tác lãnh sự 6 tháng đầu năm 2023",
            "6 tháng đầu năm 2023, Sở tiếp nhận 40 hồ sơ cấp mới hộ chiếu công vụ; số hồ sơ chuyển sang kỳ sau chỉ còn "
            "05 hồ sơ.",
            "Tỉnh đã tiếp nhận 12 hài cốt liệt sỹ; hiện còn 8 hài cốt liệt sỹ đang chờ đưa về nước.",
        )
    )
    values = {key[2] for key in found}
    assert Decimal(40) in values
    assert not values & {Decimal(5), Decimal(8)}


def test_a_meeting_recordings_time_dates_the_levels_its_speakers_give(tmp_path):
    lines = [
        "Giao ban trực tuyến công tác đối ngoại cuối năm 2023 - Bản ghi cuộc họp",
        "20 tháng 12, 2023, 14:30 CH",
        "Trần Văn Bình (SNgV Hà Tĩnh)   0:12:05",
        "Năm 2023, Sở tham mưu tổ chức 06 hội nghị, hội thảo quốc tế. Hiện có 35 tổ chức phi chính phủ nước ngoài "
        "có giấy đăng ký hoạt động trên địa bàn tỉnh.",
    ]
    dated = figure_keys(text_report(tmp_path, "ban_ghi.txt", "\n\n".join(lines) + "\n"))
    assert ("2023", "ngos_registered_total", Decimal(35)) in dated
    # (a recording of January: the level on its day, not at the end of the year it reviews)
    lines[1] = "05 tháng 1, 2024, 09:00 SA"
    later = figure_keys(text_report(tmp_path, "ban_ghi.txt", "\n\n".join(lines) + "\n"))
    assert ("2023", "intl_conferences", Decimal(6)) in later
    assert not any(code == "ngos_registered_total" for _, code, _ in later)


def test_a_rule_under_merged_header_cells_beside_open_cells_and_group_nouns_without_a_bracket(tmp_path):
    table = "\n".join(
        [
            "+----+----------+-----------+-----------+---------+-----------+-----------+---------+---------+",
            "| TT | Tháng    | Người xuất nhập cảnh            | Phương tiện (lượt chiếc)        | Ghi chú |",
            "|    |          +-----------+-----------+---------+-----------+-----------+---------+         |",
            "|    |          | Nhập cảnh | Xuất cảnh | Cộng    | Nhập cảnh | Xuất cảnh | Cộng    |         |",
            "+----+----------+-----------+-----------+---------+-----------+-----------+---------+---------+",
            "| 1  | Tháng 10 | 4.100     | 4.250     | 8.350   | 960       | 940       | 1.900   |         |",
            "+----+----------+-----------+-----------+---------+-----------+-----------+---------+---------+",
        ]
    )
    found = figure_keys(text_report(tmp_path, "cau_treo.txt", _GATE_TITLE + "Số liệu xuất nhập cảnh (XNC)\n" + table))
    assert ("2024-10", "border_crossings_persons", Decimal(8350)) in found
    assert not {value for _, _, value in found} & {Decimal(v) for v in (4100, 4250, 960, 940)}


def test_a_webvtt_cues_names_are_no_text_and_a_cue_ending_no_sentence_runs_on(tmp_path):
    text = (
        "WEBVTT\n\n"
        "mo-dau\n00:00.000 --> 00:04.000\nĐỐI NGOẠI HÀ TĨNH NĂM 2022\n\n"
        "vien-tro\n00:04.500 --> 00:08.000\nNăm 2022, tỉnh đã tiếp nhận, thẩm định\n\n"
        "vien-tro-2\n00:08.500 --> 00:12.000\n41 chương trình, dự án PCPNN.\n"
    )
    found = figure_keys(text_report(tmp_path, "video.txt", text))
    assert ("2022", "ngo_projects_approved", Decimal(41)) in found


def test_no_title_stands_below_paragraphs_of_the_body():
    found = published_figures(
        "Sáng nay, Sở Ngoại vụ tổ chức hội nghị sơ kết công tác đối ngoại 6 tháng đầu năm 2024 với sự tham dự của "
        "lãnh đạo các sở, ngành.\n"
        "Theo báo cáo, 6 tháng đầu năm 2024, tỉnh đã cử 22 đoàn với 95 lượt cán bộ đi công tác nước ngoài, tăng so "
        "với cùng kỳ.\n"
        "Tỉnh cũng đã đón tiếp 26 đoàn với 301 lượt khách quốc tế đến thăm, làm việc tại tỉnh trong 6 tháng đầu năm "
        "2024.\n"
        "Phát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh đề nghị Sở tiếp tục tham mưu tổ chức tốt các hoạt động\n"
    )
    keys = {key[:3] for key in found}
    assert {("2024-H1", "outbound_delegations", Decimal(22)), ("2024-H1", "inbound_delegations", Decimal(26))} <= keys


def test_a_remark_on_tourists_after_a_crossings_figure_leaves_it_the_crossings():
    found = published_figures(
        report_text(
            "30",
            "28 tháng 3 năm 2023",
            "Tình hình xuất nhập cảnh qua Cửa khẩu quốc tế Cầu Treo quý I năm 2023",
            "Quý I năm 2023, qua CKQT Cầu Treo đã làm thủ tục xuất nhập cảnh cho 40.210 lượt người, tăng mạnh do cửa "
            "khẩu mở lại cho khách du lịch quốc tế.",
            "Quý I năm 2023, tỉnh đón khoảng 1.250 lượt khách du lịch quốc tế.",
        )
    )
    keys = {key[:3] for key in found}
    assert ("2023-Q1", "border_crossings_persons", Decimal(40210)) in keys
    assert not any(key[2] == Decimal(1250) for key in keys)


def test_a_bracket_opening_the_next_line_of_a_wrapped_sentence_goes_on_with_it(tmp_path):
    text = report_text(
        "77",
        "22 tháng 9 năm 2023",
        "Kết quả công tác lãnh sự quý III năm 2023",
        "Trong quý III, Sở tiếp nhận 58 hồ sơ chứng nhận lãnh sự, hợp pháp hóa lãnh sự, tăng so với quý II năm 2023",
        "(41 hồ sơ) do nhu cầu du học, lao động ở nước ngoài tăng.",
    )
    found = figure_keys(text_report(tmp_path, "bc.txt", text))
    assert {
        ("2023-Q3", "consular_legalisations", Decimal(58)),
        ("2023-Q2", "consular_legalisations", Decimal(41)),
    } <= found


def test_the_last_readings_counterexamples_wait(tmp_path):
    """A caption narrowing its table to a part, one country's people crossing, guests who are mostly tourists, a count
    opening the next subtitle cue after a sentence the cue ended, and the department named as a body."""
    part_caption = report_text(
        "90",
        "20 tháng 12 năm 2023",
        "Kết quả vận động viện trợ PCPNN năm 2023",
        "**Bảng 3. Giá trị cam kết viện trợ PCPNN cho lĩnh vực y tế, giáo dục năm 2023 phân theo quý**",
        "",
        "*Đơn vị: nghìn USD*",
        "",
        "| Kỳ | Y tế | Giáo dục | Tổng cộng |",
        "|---|---:|---:|---:|",
        "| Quý I | 50,0 | 40,0 | 90,0 |",
    )
    assert not figure_keys(text_report(tmp_path, "part.md", part_caption))
    widths = [16, 10, 10, 10, 10, 10, 10]
    one_country = _grid(
        widths,
        [
            ["Tháng", ("Người Việt Nam (lượt)", 3), ("Người nước ngoài (lượt)", 3)],
            ["", "Nhập cảnh", "Xuất cảnh", "Tổng", "Nhập cảnh", "Xuất cảnh", "Tổng"],
            "-",
            ["Tháng 10/2024", "3.000", "3.200", "6.200", "500", "600", "1.100"],
        ],
    )
    crossings = figure_keys(text_report(tmp_path, "gate.txt", _GATE_TITLE + one_country + "\n"))
    assert not any(code.startswith("border_crossings") for _, code, _ in crossings)
    tourists = published_figures(
        report_text(
            "91",
            "20 tháng 12 năm 2023",
            "Kết quả công tác đối ngoại năm 2023",
            "Năm 2023, toàn tỉnh đón 85.000 lượt khách quốc tế, chủ yếu là khách du lịch từ Lào và Thái Lan qua Cửa "
            "khẩu Cầu Treo.",
        )
    )
    assert not any(key[2] == Decimal(85000) for key in tourists)
    cues = (
        "1\n00:00:00,000 --> 00:00:04,000\nĐỐI NGOẠI HÀ TĨNH NĂM 2018\n\n"
        "2\n00:00:04,500 --> 00:00:09,000\nRiêng tháng 12/2018, tỉnh đón 6 đoàn vào\n\n"
        "3\n00:00:09,500 --> 00:00:14,000\n9 hội nghị, hội thảo quốc tế đã được tổ chức trong năm 2018\n"
    )
    assert not any(
        key[0] == "2018-12" and key[1] == "intl_conferences"
        for key in figure_keys(text_report(tmp_path, "cues.txt", cues))
    )
    own = published_figures(
        report_text(
            "92",
            "20 tháng 6 năm 2023",
            "Kết quả công tác đối ngoại 6 tháng đầu năm 2023",
            "Cơ quan Sở Ngoại vụ đã tham mưu tổ chức mười một (11) đoàn ra với 45 lượt cán bộ đi công tác nước ngoài.",
        )
    )
    assert ("2023-H1", "outbound_delegations", Decimal(11)) in {key[:3] for key in own}
