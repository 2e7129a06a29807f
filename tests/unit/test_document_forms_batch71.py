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
