"""Capabilities found in the seventy-first round, written here in phrasings and layouts other than the batch's.
Expected figures were written from the texts below before the code ran on them."""

from tests.unit.documents import not_published_reasons, published_figures


def test_clauses_after_a_period_an_unknown_lead_in_opens_are_not_dated_by_the_report():
    text = (
        "BÁO CÁO\nCông tác đối ngoại tháng 01 năm 2025\n\nI. KẾT QUẢ THÁNG 01 NĂM 2025\n"
        "Theo đánh giá chung của Hội nghị, năm 2024 toàn tỉnh đã cử 70 đoàn với 300 lượt cán bộ đi công tác nước ngoài; "
        "đón 90 đoàn với 1.100 lượt khách quốc tế; tổ chức 15 hội nghị, hội thảo quốc tế.\n"
    )
    figures = published_figures(text)
    assert not any(period == "2025-01" for period, *_ in figures)
    assert "not certain" in not_published_reasons(text)["90"]


def test_visits_of_businesses_are_no_persons_travelling():
    text = (
        "BÁO CÁO\nCông tác đối ngoại quý III năm 2024\n\n"
        "Sở đã tư vấn cho 18 lượt doanh nghiệp về thủ tục xuất cảnh sang Lào; cử 9 đoàn với 40 lượt cán bộ đi Lào.\n"
    )
    figures = published_figures(text)
    assert ("2024-Q3", "outbound_persons", 40, "exact") in figures
    assert not any(value == 18 for _, _, value, _ in figures)


def test_a_staff_count_is_no_guests_whatever_the_sentence_received():
    figures = published_figures(
        "BÁO CÁO\nKết quả công tác quý III năm 2025\n\n"
        "Khối lượng công việc tăng mạnh so với quý II, nhất là việc đón tiếp các đoàn cấp cao của các tỉnh bạn Lào, "
        "trong khi biên chế của cơ quan chỉ còn 22 người.\n"
    )
    assert not any(value == 22 for _, _, value, _ in figures)


def test_a_lead_in_naming_somebody_in_capitals_or_with_whom_carries_no_period():
    for lead_in in ("Về hợp tác với Campuchia", "Theo báo cáo UBND huyện Hương Khê", "Đối với tỉnh bạn Savannakhet"):
        text = (
            "BÁO CÁO\nCông tác đối ngoại 9 tháng năm 2025\n\nI. KẾT QUẢ 9 THÁNG NĂM 2025\n"
            f"{lead_in}, năm 2024 đã đón 6 đoàn với 41 lượt khách; ký kết 2 thỏa thuận quốc tế.\n"
        )
        figures = published_figures(text)
        assert not any(value in (6, 41, 2) for _, _, value, _ in figures), lead_in


def test_a_list_opener_naming_who_reported_the_items_keeps_them_apart():
    text = (
        "BÁO CÁO\nCông tác đối ngoại quý III năm 2025\n\n"
        "- Số liệu đoàn ra do các sở, ngành tự tổng hợp, quý III/2025:\n"
        "+ Cử 6 đoàn với 25 lượt cán bộ.\n"
        "- Ban Quản lý Khu kinh tế tỉnh, quý III/2025:\n"
        "+ Đón 3 đoàn với 19 lượt khách quốc tế.\n"
    )
    assert not any(value in (6, 25, 3, 19) for _, _, value, _ in published_figures(text))


def test_a_series_whose_figures_name_a_partner_or_a_kind_of_guest_is_no_series():
    text = (
        "BÁO CÁO\nTổng kết công tác đối ngoại giai đoạn 2021 - 2025\n\n"
        "Tỉnh đã đón 4 đoàn Hàn Quốc năm 2023, 5 đoàn năm 2024 và 6 đoàn trong 9 tháng đầu năm 2025.\n"
    )
    assert not any(value in (5, 6) for _, _, value, _ in published_figures(text))


def test_an_opener_naming_the_reports_own_period_dates_the_items_of_its_marker():
    figures = published_figures(
        "BÁO CÁO\nKết quả công tác đối ngoại 6 tháng đầu năm 2024\n\n"
        "- Kết quả 6 tháng đầu năm 2024 cụ thể như sau:\n"
        "- Cử 20 đoàn với 95 lượt cán bộ đi công tác nước ngoài.\n"
    )
    assert ("2024-H1", "outbound_delegations", 20, "exact") in figures


def test_a_lead_in_naming_a_lower_level_carries_no_period_to_the_clauses_after_it():
    text = (
        "BÁO CÁO\nCông tác đối ngoại 9 tháng năm 2025\n\nI. KẾT QUẢ 9 THÁNG NĂM 2025\n"
        "Theo số liệu các địa phương gửi về, năm 2024 đã tiếp 5 đoàn; đón 8 đoàn với 60 lượt khách quốc tế.\n"
    )
    figures = published_figures(text)
    assert not any(value in (8, 60) for _, _, value, _ in figures)


def test_a_row_dated_by_its_period_cell_whose_note_or_label_names_a_part_waits(tmp_path):
    from tests.unit.documents import word_report

    extraction = word_report(
        tmp_path / "ky.docx",
        ["BÁO CÁO", "Công tác đối ngoại 9 tháng năm 2025"],
        [
            ("Chỉ tiêu", "Kỳ số liệu", "Số đoàn", "Ghi chú"),
            ("Đoàn vào", "Năm 2024", "14", "Chỉ tính đoàn cấp tỉnh"),
            ("Đoàn ra cấp huyện", "Năm 2024", "9", ""),
        ],
    )
    assert not any(f.value in (14, 9) for f in extraction.figures)


def test_the_items_under_an_opener_naming_one_event_are_that_events():
    text = (
        "BÁO CÁO\nCông tác đối ngoại 9 tháng năm 2025\n\n"
        "- Diễn đàn hợp tác kinh tế Việt - Lào tại Viêng Chăn tháng 6/2025:\n"
        "+ Cử 01 đoàn với 9 lượt cán bộ tham dự.\n"
    )
    figures = published_figures(text)
    assert not any(value in (1, 9) for _, _, value, _ in figures)
