"""Capabilities found by the thirty-fifth blind batch, written here in phrasings other than the batch's."""

from tests.unit.documents import published_figures


def test_a_stock_only_the_reports_date_dates_is_the_periods_only_in_its_last_month():
    text = (
        "UBND TỈNH HÀ TĨNH\nSỞ NGOẠI VỤ\nHà Tĩnh, ngày 06 tháng 10 năm 2025\nBÁO CÁO\n"
        "Kết quả công tác đối ngoại 9 tháng đầu năm 2025\n"
        "Đến nay, toàn tỉnh có 97 dự án FDI còn hiệu lực. Trong 9 tháng, tỉnh đón 31 đoàn vào.\n"
    )
    found = published_figures(text)
    assert ("2025-9M", "inbound_delegations", 31, "exact") in found
    assert not any(value == 97 for _, _, value, _ in found)
    in_september = published_figures(text.replace("ngày 06 tháng 10", "ngày 26 tháng 9"))
    assert ("2025-9M", "fdi_projects_total", 97, "exact") in in_september


def test_a_value_given_for_each_one_is_not_the_total():
    found = published_figures(
        "BÁO CÁO\nKết quả công tác đối ngoại quý II năm 2025\n"
        "Nhân dịp Tết Bunpimay, tỉnh hỗ trợ các tỉnh bạn Savannakhet, Khăm Muồn, cho mỗi tỉnh bạn 300 triệu đồng. "
        "Trong quý, tỉnh tiếp nhận vốn vay ưu đãi mới của 2 nhà tài trợ ODA.\n"
    )
    assert not any(value == 300000000 for _, _, value, _ in found)


def test_a_stock_a_survey_of_another_period_found_waits():
    text = (
        "BÁO CÁO\nTổng kết công tác đối ngoại giai đoạn 2021 - 2025\n"
        "Kết quả khảo sát năm 2023 cho thấy có khoảng 71.000 người Hà Tĩnh đang sinh sống, lao động ở nước ngoài.\n"
    )
    assert not any(value == 71000 for _, _, value, _ in published_figures(text))


def test_sponsored_conferences_and_workers_sent_abroad_are_no_totals():
    found = published_figures(
        "BÁO CÁO\nKết quả công tác đối ngoại năm 2025\n"
        "Năm 2025, các đơn vị tổ chức 6 hội nghị, hội thảo quốc tế do các tổ chức phi chính phủ nước ngoài tài trợ. "
        "Theo Sở Nội vụ, năm 2025 toàn tỉnh có 4.870 người đi làm việc ở nước ngoài theo hợp đồng.\n"
    )
    assert not any(value in (6, 4870) for _, _, value, _ in found)


def test_a_web_pages_date_after_its_weekday_dates_the_article():
    text = (
        "# Hội nghị tổng kết công tác đối ngoại năm 2024\n"
        "*Báo Hà Tĩnh điện tử - Thứ Tư, 15/01/2025 - Mục: Chính trị*\n"
        "(HTO) - Năm 2024, tỉnh đón 48 đoàn vào. Hiện có gần 1.250 lưu học sinh Lào đang học tập tại tỉnh.\n"
    )
    found = published_figures(text)
    assert ("2024", "inbound_delegations", 48, "exact") in found
    assert not any(value == 1250 for _, _, value, _ in found)  # the level in January 2025
