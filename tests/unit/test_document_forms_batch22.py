"""Capabilities found by the twenty-second blind batch (a questionnaire reply, slides, a chat message,
a correction letter, a party report, a budget note …), each written here in phrasings other than
the batch's: signs and arrows by figures, the clerks' abbreviations, lines that are only a period,
figures not final or corrected, and periods not ended when the report was written."""

from decimal import Decimal

from tests.unit.documents import extract_text, not_published_reasons, published_figures

NINE_MONTHS = "BÁO CÁO\nKết quả công tác đối ngoại 9 tháng năm 2024\n"


def test_signs_before_a_figure_are_its_qualifier():
    text = NINE_MONTHS + (
        "- Giá trị cam kết viện trợ phi chính phủ nước ngoài: > 1,6 triệu USD.\n"
        "- Kim ngạch xuất nhập khẩu ≈ 4,1 tỷ USD.\n"
    )
    published = published_figures(text)
    assert ("2024-9M", "ngo_aid_committed", Decimal(1600000), "over") in published
    assert ("2024-9M", "export_import_turnover", Decimal(4100000000), "approx") in published


def test_an_arrow_before_a_figure_marks_a_change():
    text = NINE_MONTHS + "- Tiếp đón 31 đoàn khách quốc tế (▲ 5 đoàn so với cùng kỳ).\n"
    assert published_figures(text) == {("2024-9M", "inbound_delegations", Decimal(31), "exact")}
    assert "change" in not_published_reasons(text)["5"]


def test_the_clerks_abbreviations_of_periods_and_delegations():
    text = "BÁO CÁO\nKết quả công tác đối ngoại năm 2024\n" + (
        "- Q2/2024: ĐR 6 đoàn/31 lượt; ĐV 9 đoàn/120 lượt khách.\n- Lũy kế 6T/2024: ĐR 11 đoàn.\n"
    )
    published = published_figures(text)
    assert {
        ("2024-Q2", "outbound_delegations", Decimal(6), "exact"),
        ("2024-Q2", "inbound_delegations", Decimal(9), "exact"),
        ("2024-H1", "outbound_delegations", Decimal(11), "exact"),
    } <= published


def test_a_line_that_is_only_a_period_heads_the_lines_below_it():
    text = (
        "Kính gửi anh, em gửi số liệu ạ\n"
        "+ Tháng 3/2025:\n- Đoàn ra: 4 đoàn\n- Hồ sơ cấp mới hộ chiếu công vụ, ngoại giao: 7 hồ sơ\n"
        "+ Quý I/2025:\n- Đoàn ra: 10 đoàn\n"
    )
    published = published_figures(text)
    assert ("2025-03", "outbound_delegations", Decimal(4), "exact") in published
    assert ("2025-03", "official_passports_issued", Decimal(7), "exact") in published
    assert ("2025-Q1", "outbound_delegations", Decimal(10), "exact") in published


def test_an_estimate_of_a_named_period_is_approximate():
    text = "BÁO CÁO\nKết quả công tác đối ngoại quý IV năm 2024\n" + (
        "Ước tháng 12/2024 tiếp nhận 05 hồ sơ chứng nhận lãnh sự, hợp pháp hóa lãnh sự.\n"
    )
    assert ("2024-12", "consular_legalisations", Decimal(5), "approx") in published_figures(text)


def test_a_figure_the_writer_says_is_not_final_waits():
    text = NINE_MONTHS + "Hỗ trợ các tỉnh của Lào 2,2 tỷ đồng (số liệu sơ bộ, Sở Tài chính đang đối chiếu).\n"
    assert published_figures(text) == set()
    assert "not final" in not_published_reasons(text)["2,2 tỷ đồng"]


def test_a_corrected_value_is_published_and_the_old_one_never():
    text = "Số: 215/SNgV-HTQT\nV/v điều chỉnh số liệu báo cáo 6 tháng đầu năm 2024\n" + (
        "Kính gửi: Văn phòng UBND tỉnh.\nSở Ngoại vụ điều chỉnh một số số liệu như sau:\n"
        "1. Số liệu 6 tháng đầu năm 2024\n"
        "- Báo cáo ghi nhầm là 21 đoàn ra; sửa thành 23 đoàn ra đi công tác nước ngoài.\n"
    )
    published = published_figures(text)
    assert ("2024-H1", "outbound_delegations", Decimal(23), "exact") in published
    assert not any(value == 21 for *_, value, _ in published)
    assert "corrects" in not_published_reasons(text)["21"]


def test_a_stock_labelled_by_the_end_of_a_year():
    text = "BÁO CÁO\nCông tác viện trợ phi chính phủ nước ngoài năm 2024\n" + (
        "Hiện trên địa bàn có 37 tổ chức PCPNN có giấy đăng ký hoạt động (cuối năm 2023: 33 tổ chức).\n"
    )
    assert ("2023", "ngos_registered_total", Decimal(33), "exact") in published_figures(text)


def test_a_span_not_yet_ended_when_the_report_was_written_is_a_count_so_far():
    text = (
        "Hà Tĩnh, ngày 20 tháng 3 năm 2024\nBÁO CÁO\nSơ kết công tác đối ngoại\n"
        "Giai đoạn 2021 - 2025, tỉnh đã tiếp nhận 44 hài cốt liệt sỹ.\n"
    )
    assert published_figures(text) == set()
    assert "had not ended at the report's date" in not_published_reasons(text)["44"]


def test_a_budget_estimate_title_names_the_plans_year_not_the_reports():
    text = "THUYẾT MINH\nDự toán ngân sách năm 2027\nTrong năm, Sở tiếp nhận 38 hồ sơ chứng nhận lãnh sự.\n"
    assert not any(period == "2027" for period, *_ in published_figures(text))


def test_a_title_on_how_work_was_carried_out_names_the_reports_period():
    text = "BÁO CÁO\nTình hình triển khai công tác đối ngoại năm 2023\nTỉnh đã tổ chức 9 hội nghị quốc tế.\n"
    assert extract_text(text).period_code == "2023"


def test_a_questionnaires_question_heads_its_answer():
    text = "BÁO CÁO\nTrả lời phiếu khảo sát công tác đối ngoại năm 2025\n" + (
        "Câu 5. Đề nghị cho biết kết quả vận động viện trợ phi chính phủ nước ngoài của địa phương.\n"
        "Trả lời:\n- Trong năm, tổng giá trị cam kết viện trợ đạt khoảng 2,4 triệu USD.\n"
    )
    assert ("2025", "ngo_aid_committed", Decimal(2400000), "approx") in published_figures(text)


def test_the_one_period_a_list_opener_names_governs_its_items():
    text = "BÁO CÁO\nThuyết minh nhiệm vụ năm 2026\n" + (
        "Kết quả thực hiện quý I năm 2025 như sau:\n- Tiếp đón 7 đoàn khách quốc tế.\n"
        "- Cử 4 đoàn cán bộ đi công tác nước ngoài.\n"
    )
    published = published_figures(text)
    assert ("2025-Q1", "inbound_delegations", Decimal(7), "exact") in published
    assert ("2025-Q1", "outbound_delegations", Decimal(4), "exact") in published


def test_a_part_that_is_an_indicator_of_its_own_inside_a_named_whole():
    text = "BÁO CÁO\nKết quả công tác đối ngoại năm 2024\n" + (
        "Năm 2024, toàn tỉnh có 44 đoàn ra với 260 lượt cán bộ đi công tác nước ngoài.\n"
        "Trong tổng số đoàn ra nói trên có 9 đoàn với 61 lượt cán bộ đi bồi dưỡng ở nước ngoài và 15 đoàn đi Lào.\n"
    )
    published = published_figures(text)
    assert ("2024", "training_delegations", Decimal(9), "exact") in published
    assert ("2024", "training_persons", Decimal(61), "exact") in published
    assert not any(value == 15 for *_, value, _ in published)


def test_a_heading_on_the_work_of_a_past_year_is_no_plan():
    text = "Hà Tĩnh, ngày 15 tháng 7 năm 2025\nTHUYẾT MINH\nDự toán ngân sách năm 2026\nKính gửi: Sở Tài chính.\n" + (
        "III. CĂN CỨ XÂY DỰNG DỰ TOÁN\n1. Nhiệm vụ đã thực hiện năm 2024\n"
        "Năm 2024, Sở đã tiếp nhận 118 hồ sơ chứng nhận lãnh sự, hợp pháp hóa lãnh sự.\n"
    )
    assert ("2024", "consular_legalisations", Decimal(118), "exact") in published_figures(text)


def test_words_after_a_sub_count_are_not_the_headlines():
    text = "BÁO CÁO\nKết quả công tác đối ngoại năm 2024\n" + (
        "Năm 2024, toàn tỉnh có 58 đoàn ra với 301 lượt cán bộ, trong đó 7 đoàn với 40 lượt cán bộ đi bồi dưỡng, "
        "tập huấn; đón 33 đoàn vào.\n"
    )
    published = published_figures(text)
    assert ("2024", "outbound_delegations", Decimal(58), "exact") in published
    assert not any(indicator.startswith("training") and value == 58 for _, indicator, value, _ in published)


def test_a_flow_or_a_level_counted_before_its_periods_last_month_is_a_count_so_far():
    # (a level "hiện có" in a report dated in November was published as the year's until the thirty-fourth
    # batch: it is the level in November, as a level "tính đến 15/11" already was, and now waits too)
    text = (
        "Hà Tĩnh, ngày 12 tháng 11 năm 2024\nBÁO CÁO\nKết quả công tác đối ngoại năm 2024\n"
        "Năm 2024, tỉnh đã ký kết 6 thỏa thuận quốc tế. Hiện có 1.130 lưu học sinh Lào đang học tập tại tỉnh.\n"
        "Ước cả năm 2024 ký kết 7 thỏa thuận quốc tế.\n"
    )
    published = published_figures(text)
    assert ("2024", "intl_agreements", Decimal(6), "exact") not in published
    assert ("2024", "intl_agreements", Decimal(7), "approx") in published
    assert ("2024", "lao_students", Decimal(1130), "exact") not in published
    in_december = published_figures(text.replace("tháng 11 năm 2024", "tháng 12 năm 2024"))
    assert ("2024", "lao_students", Decimal(1130), "exact") in in_december


def test_a_span_counted_to_the_reports_date_by_its_headings_remark():
    text = (
        "Hà Tĩnh, ngày 08 tháng 10 năm 2025\nBÁO CÁO NHANH\nPhục vụ buổi làm việc của Thường trực Tỉnh ủy\n"
        "Kính gửi: Thường trực Tỉnh ủy.\n2. Kết quả nhiệm kỳ 2021 - 2025 (số liệu đến nay)\n"
        "- Tiếp nhận 150 hài cốt liệt sỹ.\n"
    )
    assert published_figures(text) == set()
