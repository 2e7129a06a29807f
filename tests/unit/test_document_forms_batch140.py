"""Capabilities of the hundred-and-fortieth round, written here in phrasings other than the reports that showed the
need. Expected figures were written from the texts below before the code ran on them."""

from decimal import Decimal

from tests.unit.documents import not_published_reasons, published_figures, report_text, text_report


def test_an_email_whose_opening_says_to_what_day_its_estimates_run_keeps_counts_so_far_back(tmp_path):
    text = (
        "Từ: Phòng Hợp tác quốc tế - Sở Ngoại vụ\n"
        "Tiêu đề: Số liệu đối ngoại tháng 8/2023 gửi Văn phòng UBND tỉnh\n\n"
        "Kính gửi: Văn phòng UBND tỉnh\n\n"
        "Ghi chú: số liệu tổng hợp đến ngày 22/8/2023; những số có chữ 'ước' là ước thực hiện đến hết ngày 31/8/2023.\n"
        "1. Đoàn vào: đến 22/8 đón 06 đoàn/41 lượt khách; ước tháng 8 đón 07 đoàn/48 lượt khách.\n"
        "2. Hồ sơ chứng nhận lãnh sự, hợp pháp hóa lãnh sự: đến 22/8 tiếp nhận 18 hồ sơ.\n"
        "3. Vụ việc bảo hộ công dân: ước tháng 8 xử lý 03 vụ việc.\n"
    )
    extraction = text_report(tmp_path, "thu.txt", text)
    published = {(f.period_code, f.indicator_code, f.value.normalize(), f.qualifier) for f in extraction.figures}
    assert published == {
        ("2023-08", "inbound_delegations", Decimal(7), "approx"),
        ("2023-08", "inbound_visitors", Decimal(48), "approx"),
        ("2023-08", "consular_cases", Decimal(3), "approx"),
    }
    waiting = {item.value_as_written for item in extraction.review}
    assert {"06", "41", "18"} <= waiting


def test_the_count_that_made_an_earlier_figure_wrong_is_not_a_figure():
    text = report_text(
        "77",
        "05 tháng 10 năm 2021",
        "Kết quả công tác đối ngoại quý III năm 2021",
        "Quý III, Sở tham mưu tiếp nhận 09 hồ sơ cấp mới hộ chiếu công vụ.",
        "Đính chính: số vụ việc bảo hộ công dân quý II là 11 vụ (Báo cáo số 52/BC-SNgV ghi 14 vụ vì tính trùng 03 vụ "
        "của Công an tỉnh).",
        "Số đoàn vào 6 tháng đầu năm đã báo cáo chênh lệch so với thống kê của Công an tỉnh do tính nhầm 02 đoàn "
        "làm việc tại hai địa phương thành bốn đoàn.",
    )
    published = published_figures(text)
    assert ("2021-Q3", "official_passports_issued", Decimal(9), "exact") in published
    assert ("2021-Q2", "consular_cases", Decimal(11), "exact") in published
    assert not {figure for figure in published if figure[2] in (Decimal(14), Decimal(3), Decimal(2))}
    assert "do tinh nham" in not_published_reasons(text)["02"]


def test_a_value_in_a_sentence_saying_two_sources_disagree_holds_back_the_other_value():
    text = report_text(
        "140",
        "10 tháng 1 năm 2025",
        "Tổng kết công tác đối ngoại năm 2024",
        "Năm 2024, tiếp nhận 212 hồ sơ chứng nhận lãnh sự, hợp pháp hóa lãnh sự; tổ chức 14 hội nghị quốc tế.",
        "Hạn chế: hồ sơ chứng nhận lãnh sự, hợp pháp hóa lãnh sự năm 2024 theo sổ của Bộ phận một cửa là 198 hồ sơ, "
        "không khớp với số của Phòng Lãnh sự.",
    )
    published = published_figures(text)
    assert ("2024", "intl_conferences", Decimal(14), "exact") in published
    assert not {figure for figure in published if figure[1] == "consular_legalisations"}


def test_a_period_closing_the_words_run_on_from_a_figure_before_a_comma_keeps_it_back():
    text = report_text(
        "301",
        "28 tháng 9 năm 2022",
        "Kết quả công tác đối ngoại 9 tháng năm 2022",
        "- Phối hợp tiếp nhận, an táng 04 hài cốt liệt sỹ quân tình nguyện hy sinh tại Lào trong quý III, đưa tổng số "
        "hài cốt từ đầu mùa khô lên 11 hài cốt.",
        "- Đón 23 đoàn vào với 310 lượt khách.",
    )
    published = published_figures(text)
    assert ("2022-9M", "inbound_delegations", Decimal(23), "exact") in published
    # (the quarter or the nine months: not certain which)
    assert not {figure for figure in published if figure[1] == "remains_repatriated"}
    assert "'quy iii' closes the words after the figure" in not_published_reasons(text)["04"]


def test_a_period_set_off_by_commas_between_two_figures_does_not_date_the_first():
    text = report_text(
        "18",
        "30 tháng 12 năm 2023",
        "Kết quả công tác đối ngoại quý IV năm 2023",
        "- Trong quý đón 12 đoàn vào, cả năm 2023, đón 41 đoàn vào.",
    )
    published = published_figures(text)
    assert ("2023-Q4", "inbound_delegations", Decimal(12), "exact") in published
    assert not {figure for figure in published if figure[0] == "2023"}


def test_within_the_quarter_is_the_quarter_a_title_names_before_its_months():
    text = report_text(
        "190",
        "26 tháng 9 năm 2020",
        "Báo cáo kết quả công tác đối ngoại quý III, 9 tháng năm 2020",
        "- 9 tháng, toàn tỉnh ký kết 05 thỏa thuận quốc tế.",
        "- Trong quý, tiếp nhận 07 hồ sơ cấp mới hộ chiếu ngoại giao, hộ chiếu công vụ.",
    )
    published = published_figures(text)
    assert ("2020-9M", "intl_agreements", Decimal(5), "exact") in published
    assert ("2020-Q3", "official_passports_issued", Decimal(7), "exact") in published


def test_a_quarter_after_twice_as_many_is_the_base_of_a_comparison():
    text = report_text(
        "201",
        "02 tháng 10 năm 2023",
        "Kết quả công tác đối ngoại quý III năm 2023",
        "Quý III, ký kết 04 thỏa thuận quốc tế, gấp đôi quý II.",
    )
    assert ("2023-Q3", "intl_agreements", Decimal(4), "exact") in published_figures(text)


def test_an_estimate_of_the_year_after_a_plan_for_its_last_month_is_the_years_estimate():
    text = report_text(
        "1150",
        "04 tháng 12 năm 2021",
        "Tổng kết công tác đối ngoại năm 2021",
        "Đến hết tháng 11, đã tiếp nhận 41 hồ sơ cấp mới hộ chiếu công vụ. Trong tháng 12 dự kiến tiếp nhận thêm 4 hồ "
        "sơ; ước cả năm 2021 tiếp nhận 45 hồ sơ cấp mới hộ chiếu công vụ.",
    )
    published = published_figures(text)
    assert ("2021", "official_passports_issued", Decimal(45), "approx") in published
    assert not {figure for figure in published if figure[2] == Decimal(4)}
