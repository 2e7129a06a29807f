"""Capabilities found in the seventieth round, written here in phrasings and layouts other than the batch's.
Expected figures were written from the texts below before the code ran on them."""

from tests.unit.documents import not_published_reasons, published_figures, word_report


def _figures(extraction) -> set[tuple]:
    return {(f.period_code, f.indicator_code, f.value.normalize(), f.qualifier) for f in extraction.figures}


def _reasons(extraction) -> dict[str, str]:
    return {item.value_as_written: item.reason for item in extraction.review + extraction.set_aside}


def test_a_same_period_column_beside_a_running_total_of_no_reporting_period_is_not_dated(tmp_path):
    extraction = word_report(
        tmp_path / "thang4.docx",
        ["BÁO CÁO", "Kết quả công tác đối ngoại tháng 4 năm 2024"],
        [
            ("TT", "Nội dung", "Tháng 3", "Tháng 4", "Cộng 4 tháng", "Cùng kỳ 2023"),
            ("1", "Đoàn ra", "3", "6", "17", "12"),
        ],
    )
    assert ("2024-04", "outbound_delegations", 6, "exact") in _figures(extraction)
    assert not any(value == 12 for _, _, value, _ in _figures(extraction))
    assert "not certain" in _reasons(extraction)["12"]


def test_a_same_period_column_naming_its_own_months_is_read_whatever_stands_beside_it(tmp_path):
    extraction = word_report(
        tmp_path / "quy1.docx",
        ["BÁO CÁO", "Kết quả công tác đối ngoại quý I năm 2024"],
        [
            ("TT", "Nội dung", "Lũy kế đến 20/3/2024", "Cùng kỳ năm 2023 (3 tháng)"),
            ("1", "Đoàn vào", "9", "7"),
        ],
    )
    assert ("2023-Q1", "inbound_delegations", 7, "exact") in _figures(extraction)


def test_a_lead_in_set_off_by_a_comma_opens_the_sentence_before_its_period():
    figures = published_figures(
        "BÁO CÁO\nCông tác đối ngoại tháng 1 năm 2025\n\n"
        "Nhìn lại cả năm, trong năm 2024 Sở tham mưu tổ chức 14 hội nghị quốc tế; ký kết 6 thỏa thuận quốc tế.\n"
    )
    assert {("2024", "intl_conferences", 14, "exact"), ("2024", "intl_agreements", 6, "exact")} <= figures


def test_a_bare_visits_cell_counts_the_people_its_row_names(tmp_path):
    extraction = word_report(
        tmp_path / "cuakhau.docx",
        ["BÁO CÁO", "Tình hình xuất nhập cảnh qua Cửa khẩu quốc tế Cầu Treo năm 2023"],
        [("Nội dung", "Năm 2023"), ("Người xuất, nhập cảnh", "402.118 lượt"), ("Phương tiện", "81.204 lượt")],
    )
    assert ("2023", "border_crossings_persons", 402118, "exact") in _figures(extraction)


def test_an_item_that_opens_a_list_with_a_period_dates_the_items_of_another_marker_below_it():
    text = (
        "BÁO CÁO\nCông tác đối ngoại tháng 7 năm 2025\n\n"
        "- Tổng hợp số liệu 6 tháng đầu năm 2025, đã gửi Sở Tài chính:\n"
        "* Đoàn ra: 21 đoàn/88 lượt người.\n"
        "* Vụ việc lãnh sự, bảo hộ công dân: 9 vụ.\n"
    )
    figures = published_figures(text)
    assert {("2025-H1", "outbound_delegations", 21, "exact"), ("2025-H1", "consular_cases", 9, "exact")} <= figures
    assert not any(period == "2025-07" for period, *_ in figures)


def test_items_of_the_same_marker_after_an_opener_naming_a_period_wait_for_a_person():
    text = (
        "BÁO CÁO\nCông tác đối ngoại tháng 7 năm 2025\n\n"
        "- Số liệu 6 tháng đầu năm 2025 đã báo cáo như sau:\n"
        "- Đoàn ra: 21 đoàn/88 lượt người.\n"
        "- Vụ việc lãnh sự, bảo hộ công dân: 9 vụ.\n"
    )
    assert not published_figures(text)
    assert "same marker" in not_published_reasons(text)["21"]


def test_the_visitors_of_the_clerks_guest_abbreviation_are_guests_and_officials_sent_to_study_are_not_residents():
    figures = published_figures(
        "BÁO CÁO\nCông tác đối ngoại quý II năm 2024\n\n"
        "- ĐV: 12 đoàn/140 lượt khách.\n"
        "- Được cử đi học tập kinh nghiệm ở nước ngoài: 02 đoàn/15 người.\n"
    )
    assert ("2024-Q2", "inbound_visitors", 140, "exact") in figures
    assert not any(indicator == "overseas_residents" for _, indicator, *_ in figures)


def test_an_explanation_in_a_row_labels_brackets_is_no_unit(tmp_path):
    extraction = word_report(
        tmp_path / "doan.docx",
        ["BÁO CÁO", "Công tác đối ngoại năm 2022"],
        [
            ("TT", "Chỉ tiêu", "Năm 2022", "Năm 2022"),
            ("TT", "Chỉ tiêu", "Số đoàn", "Số lượt người"),
            ("1", "Đoàn vào (khách quốc tế, kể cả doanh nhân)", "27", "310"),
            ("", "Trong đó: đoàn của tổ chức quốc tế, cơ quan đại diện", "6", "41"),
        ],
    )
    figures = _figures(extraction)
    assert {
        ("2022", "inbound_delegations", 27, "exact"),
        ("2022", "inbound_visitors", 310, "exact"),
        ("2022", "inbound_mission_delegations", 6, "exact"),
        ("2022", "inbound_mission_visitors", 41, "exact"),
    } <= figures


def test_each_figure_of_a_series_takes_the_period_written_after_it():
    figures = published_figures(
        "BÁO CÁO\nTổng kết công tác đối ngoại giai đoạn 2021 - 2025\n\n"
        "Sở thẩm định, trình cho phép 2 hội thảo quốc tế năm 2022, 4 hội thảo quốc tế năm 2023 và 3 hội thảo quốc tế "
        "trong 6 tháng đầu năm 2024.\n"
    )
    assert {
        ("2022", "intl_conferences", 2, "exact"),
        ("2023", "intl_conferences", 4, "exact"),
        ("2024-H1", "intl_conferences", 3, "exact"),
    } <= figures


def test_a_year_right_after_a_figure_that_also_opens_the_next_leaves_the_first_uncertain():
    text = (
        "BÁO CÁO\nCông tác đối ngoại năm 2025\n\n"
        "Sở đã phối hợp giải quyết 19 vụ việc lãnh sự năm 2023, năm 2024 giải quyết 23 vụ việc.\n"
    )
    figures = published_figures(text)
    assert ("2024", "consular_cases", 23, "exact") in figures
    assert not any(value == 19 for _, _, value, _ in figures)


def test_a_remark_in_a_column_headers_brackets_leaves_its_period(tmp_path):
    extraction = word_report(
        tmp_path / "h1.docx",
        ["BÁO CÁO", "Công tác đối ngoại 6 tháng đầu năm 2024"],
        [
            ("TT", "Chỉ tiêu", "Quý I (số liệu chính thức)", "Quý II"),
            ("1", "Hội nghị, hội thảo quốc tế", "2", "4"),
        ],
    )
    assert ("2024-Q1", "intl_conferences", 2, "exact") in _figures(extraction)


def test_a_rows_period_cell_dates_it_and_a_corrected_column_supersedes_the_others(tmp_path):
    extraction = word_report(
        tmp_path / "doichieu.docx",
        ["GHI CHÚ", "Đối chiếu số liệu công tác đối ngoại năm 2024"],
        [
            ("TT", "Chỉ tiêu", "Kỳ báo cáo", "Sổ của Phòng Lãnh sự", "Sổ của Văn phòng", "Số liệu thống nhất"),
            ("1", "Vụ việc bảo hộ công dân", "Quý III/2024", "11", "12", "11"),
            ("2", "Hồ sơ hợp pháp hóa lãnh sự", "Quý IV/2024", "57", "54", "57"),
        ],
    )
    figures = _figures(extraction)
    assert {("2024-Q3", "consular_cases", 11, "exact"), ("2024-Q4", "consular_legalisations", 57, "exact")} <= figures
    assert not any(value in (12, 54) for _, _, value, _ in figures)
    assert "corrects" in _reasons(extraction)["12"]


def test_a_place_the_sentence_opens_with_is_the_subject_of_every_clause_after_it():
    text = (
        "BÁO CÁO\nCông tác đối ngoại quý I năm 2025\n\n"
        "Đối với thị xã Kỳ Anh, trong quý cử 4 đoàn ra với 15 lượt người; đón 6 đoàn vào.\n"
        "Tỉnh đón 22 đoàn vào.\n"
    )
    figures = published_figures(text)
    assert ("2025-Q1", "inbound_delegations", 22, "exact") in figures
    assert not any(value in (4, 15, 6) for _, _, value, _ in figures)
    assert "Kỳ Anh" in not_published_reasons(text)["6"]


def test_a_lead_in_naming_a_partner_a_body_or_a_lower_level_is_the_subject_of_its_clauses():
    for lead_in in ("Với tỉnh Khăm Muồn", "Ở cấp huyện", "Đối với Trường Cao đẳng Việt - Đức", "Trong quan hệ với Lào"):
        text = (
            f"BÁO CÁO\nCông tác đối ngoại năm 2025\n\n{lead_in}, năm 2025 đã đón 7 đoàn với 64 lượt khách; cử 3 đoàn "
            "với 11 lượt cán bộ đi công tác.\n"
        )
        assert not any(value in (7, 64, 3, 11) for _, _, value, _ in published_figures(text)), lead_in


def test_a_list_opener_saying_whose_figures_they_are_keeps_them_apart():
    text = (
        "BÁO CÁO\nCông tác đối ngoại 9 tháng năm 2025\n\n"
        "- Số liệu quý III/2025 của UBND thị xã Kỳ Anh:\n"
        "+ Đón 4 đoàn với 31 lượt khách quốc tế.\n"
        "- Toàn tỉnh 9 tháng đón 28 đoàn vào.\n"
    )
    figures = published_figures(text)
    assert ("2025-9M", "inbound_delegations", 28, "exact") in figures
    assert not any(value in (4, 31) for _, _, value, _ in figures)


def test_a_series_period_tied_to_an_event_or_a_partner_is_not_the_counts():
    text = (
        "BÁO CÁO\nCông tác lãnh sự năm 2025\n\n"
        "Sở đã giải quyết 5 vụ việc phát sinh năm 2024 và 12 vụ việc phát sinh năm 2025.\n"
    )
    assert ("2024", "consular_cases", 5, "exact") not in published_figures(text)


def test_a_period_cell_is_no_value_and_a_plan_after_adjustment_corrects_nothing(tmp_path):
    extraction = word_report(
        tmp_path / "kybaocao.docx",
        ["BÁO CÁO", "Công tác đối ngoại năm 2024"],
        [
            ("TT", "Chỉ tiêu", "Kỳ số liệu", "Thực hiện", "Kế hoạch sau điều chỉnh"),
            ("1", "Đoàn ra", "6 tháng đầu năm 2024", "", "40"),
            ("2", "Đoàn vào", "Năm 2024", "33", "35"),
        ],
    )
    figures = _figures(extraction)
    assert ("2024", "inbound_delegations", 33, "exact") in figures
    assert not any(value in (6, 40, 35) for _, _, value, _ in figures)


def test_crossings_a_sentence_places_at_another_post_are_not_the_titles_gate():
    figures = published_figures(
        "BÁO CÁO\nTình hình xuất nhập cảnh qua Cửa khẩu quốc tế Cầu Treo quý I năm 2025\n\n"
        "Qua cửa khẩu, lực lượng chức năng làm thủ tục cho 96.112 lượt người xuất, nhập cảnh.\n"
        "Đồn Biên phòng Kim Quang giải quyết thủ tục cho 650 lượt người xuất, nhập cảnh.\n"
    )
    assert not any(value == 650 for _, _, value, _ in figures)
