"""Capabilities found by the thirty-sixth blind batch, written here in phrasings other than the batch's."""

from tests.unit.documents import extract_text, published_figures


def test_same_period_after_a_value_of_another_period_in_a_breakdown_waits():
    # (the same period as the figure broken down, or as the value right before it: not certain which)
    half = published_figures(
        "BÁO CÁO\nKết quả công tác đối ngoại 6 tháng đầu năm 2025\n"
        "6 tháng đầu năm 2025, tỉnh tổ chức 12 hội nghị, hội thảo quốc tế (quý I/2025: 5 hội nghị; cùng kỳ năm "
        "2024: 9 hội nghị).\n"
    )
    year = published_figures(
        "BÁO CÁO\nKết quả công tác đối ngoại năm 2025\n"
        "Năm 2025, tỉnh đón 48 đoàn vào (tháng 12/2025: 6 đoàn, cùng kỳ năm 2024: 4 đoàn).\n"
    )
    assert ("2025-Q1", "intl_conferences", 5, "exact") in half
    assert not any(value == 9 for _, _, value, _ in half)
    assert ("2025-12", "inbound_delegations", 6, "exact") in year
    assert not any(value == 4 for _, _, value, _ in year)


def test_a_title_naming_a_year_and_a_part_of_the_next_names_no_period_of_its_own():
    text = (
        "# TÀI LIỆU LÀM VIỆC\n## Kết quả công tác đối ngoại năm 2024 và 6 tháng đầu năm 2025\n"
        "Dịch vụ dịch thuật: 9.800 trang biên dịch, phiên dịch 64 giờ.\n"
        "Năm 2024, tỉnh đón 47 đoàn vào.\n"
    )
    extraction = extract_text(text)
    found = {(f.period_code, f.indicator_code, f.value) for f in extraction.figures}
    assert extraction.period_code is None
    assert not any(value in (9800, 64) for *_, value in found)
    assert ("2024", "inbound_delegations", 47) in found


# Found while looking for figures the held sets kept back only because a rival value disagreed with them.

QUARTER = "BÁO CÁO\nKết quả công tác đối ngoại quý II năm 2025\n"


def test_a_count_right_after_a_partners_name_is_that_partners_whatever_it_counts():
    found = published_figures(
        QUARTER + "Trong quý, Sở phối hợp giải quyết các vụ việc bảo hộ công dân tại Malaysia 04 vụ, Nhật Bản 02 vụ. "
        "Tiếp nhận và trả kết quả đúng hạn 15 hồ sơ cấp mới hộ chiếu công vụ, hộ chiếu ngoại giao.\n"
    )
    assert not any(value in (4, 2) for _, _, value, _ in found)
    assert ("2025-Q2", "official_passports_issued", 15, "exact") in found


def test_the_main_part_is_not_the_total():
    found = published_figures(QUARTER + "Các đoàn vào chủ yếu đến từ Nhật Bản, Hàn Quốc với 7 đoàn.\n")
    assert not any(value == 7 for _, _, value, _ in found)


# A second reader's cases against the changes of the thirty-third to thirty-sixth batches.


def test_a_cited_documents_year_in_a_title_is_no_second_period():
    found = published_figures(
        "BÁO CÁO\nKết quả thực hiện Nghị quyết số 15-NQ/TU năm 2019 về hội nhập quốc tế trong 6 tháng đầu năm 2025\n"
        "Trong năm, tỉnh đón 30 đoàn vào.\n"
    )
    assert not any(period == "2019" for period, *_ in found)


def test_a_plan_sections_estimate_clause_still_reads_averages_and_work_not_done():
    found = published_figures(
        QUARTER + "I. KẾT QUẢ QUÝ II\nQuý II, tỉnh đón 9 đoàn vào.\nII. NHIỆM VỤ QUÝ III NĂM 2025\n"
        "- Ước cả năm 2025, bình quân mỗi tháng tiếp nhận 11 hồ sơ cấp hộ chiếu công vụ; còn 3 đoàn ra chưa nộp "
        "báo cáo.\n"
    )
    assert not any(value in (11, 3) for _, _, value, _ in found)


def test_a_currency_column_under_a_caption_naming_its_scale_is_not_read_in_plain_units():
    found = published_figures(
        "BÁO CÁO\nKết quả viện trợ phi chính phủ nước ngoài năm 2025\n"
        "Biểu 1. Viện trợ PCPNN được phê duyệt năm 2025 (ĐVT: nghìn USD)\n"
        "| STT | Khoản viện trợ | Giá trị cam kết | |\n| STT | Khoản viện trợ | USD | VNĐ |\n|---|---|---|---|\n"
        "| I | Quý IV/2025 | 450 | 11.250 |\n"
    )
    assert not any(value == 450 for _, _, value, _ in found)


def test_agriculture_trips_and_ranked_items_and_each_ones_share():
    found = published_figures(
        QUARTER + "Trong quý, có 20 lượt cán bộ đi công tác NN&PTNT tại các xã vùng cao. "
        "Dự án có vốn cam kết lớn nhất trong quý là của Tổ chức Plan với 205.000 USD. "
        "Mỗi tỉnh bạn được tỉnh trao tặng quà trị giá 150 triệu đồng.\n"
    )
    assert not any(value in (20, 205000, 150000000) for _, _, value, _ in found)


def test_a_source_after_an_opening_phrase_and_a_second_half_over_its_years():
    source = published_figures(QUARTER + "Trong quý, theo Trường Đại học Hà Tĩnh, nhà trường đã đón 5 đoàn vào.\n")
    assert not any(value == 5 for _, _, value, _ in source)
    table = published_figures(
        "BÁO CÁO\nSố liệu công tác đối ngoại\n| Chỉ tiêu | 6 tháng cuối năm | |\n"
        "| Chỉ tiêu | Năm 2024 | Năm 2023 |\n|---|---|---|\n| Đoàn ra | 26 | 22 |\n"
    )
    assert ("2024-H2", "outbound_delegations", 26, "exact") in table
    assert not any(period in ("2024", "2023") for period, *_ in table)
