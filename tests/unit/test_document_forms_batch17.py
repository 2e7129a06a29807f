"""Capabilities found by the seventeenth blind batch, each written here in phrasings and layouts
other than the batch's: parts named without a count after "trong đó", headings with remarks and
headings that name no period, speeches and submissions as titled reports, spans written "N năm
(…)", labels with no year, lines laid out as table rows, sentences opening "Trong số đó", words
that leave figures out of the count, and partners as the subjects of what they sent."""

from decimal import Decimal

from tests.unit.documents import not_published_reasons, published_figures

HALF = "BÁO CÁO\nSơ kết công tác đối ngoại 6 tháng đầu năm 2026\n"
YEAR = "BÁO CÁO\nTổng kết công tác đối ngoại năm 2026\n"


def test_parts_named_without_a_count_do_not_say_what_the_total_counts():
    text = HALF + (
        "Trong 6 tháng, tỉnh đón 23 đoàn vào với 310 lượt khách quốc tế, trong đó có một số đoàn của Tổng "
        "Lãnh sự quán Lào, Đại sứ quán Hàn Quốc và Tổ chức JICA.\n"
    )
    assert published_figures(text) == {
        ("2026-H1", "inbound_delegations", Decimal(23), "exact"),
        ("2026-H1", "inbound_visitors", Decimal(310), "exact"),
    }


def test_a_remark_in_brackets_names_no_period_of_its_section():
    text = (
        "BÁO CÁO\nKết quả công tác đối ngoại quý III năm 2026\n"
        "a) Đoàn ra, đoàn vào trong quý\n- Cử 08 đoàn đi công tác nước ngoài.\n"
        "b) Lũy kế 9 tháng năm 2026 (để tổng hợp báo cáo 9 tháng của UBND tỉnh)\n"
        "- Đoàn ra: 25 đoàn.\n"
    )
    assert published_figures(text) == {
        ("2026-Q3", "outbound_delegations", Decimal(8), "exact"),
        ("2026-9M", "outbound_delegations", Decimal(25), "exact"),
    }


def test_a_speech_is_titled_like_a_report_and_n_years_in_brackets_is_a_span():
    text = (
        "BÀI PHÁT BIỂU\nCỦA GIÁM ĐỐC SỞ NGOẠI VỤ\ntại Hội nghị tổng kết 5 năm (2021 - 2025) công tác đối ngoại\n"
        "Kính thưa các đồng chí!\n"
        "Năm 2021, dịch bệnh làm ngưng trệ nhiều hoạt động. Cả giai đoạn, toàn tỉnh đã ký kết 21 thỏa thuận "
        "quốc tế.\n"
    )
    assert published_figures(text) == {("2021-2025", "intl_agreements", Decimal(21), "exact")}


def test_a_submission_dates_its_results_by_the_heading_above_not_by_the_plan_year():
    text = (
        "TỜ TRÌNH\nVề việc ban hành Kế hoạch công tác đối ngoại năm 2027\n"
        "I. SỰ CẦN THIẾT\nNăm 2027 là năm bản lề của nhiệm kỳ.\n"
        "II. KẾT QUẢ THỰC HIỆN NĂM 2026\n"
        "1. Đoàn ra, đoàn vào\n"
        "- 9 tháng năm 2026, UBND tỉnh cho phép 40 đoàn đi công tác nước ngoài.\n"
        "- Hồ sơ, thủ tục (9 tháng): 20 hồ sơ cấp mới HCCV, HCNG; 55 hồ sơ hợp pháp hóa lãnh sự.\n"
    )
    assert published_figures(text) == {
        ("2026-9M", "outbound_delegations", Decimal(40), "exact"),
        ("2026-9M", "official_passports_issued", Decimal(20), "exact"),
        ("2026-9M", "consular_legalisations", Decimal(55), "exact"),
    }


def test_a_label_with_no_year_after_another_year_leaves_the_period_uncertain():
    text = (
        "BÁO CÁO\nKết quả công tác lãnh sự 6 tháng đầu năm 2026\n"
        "Năm 2025 giải quyết 20 vụ việc lãnh sự (quý IV: 06 vụ việc); 6 tháng đầu năm 2026 là 09 vụ việc.\n"
    )
    published = published_figures(text)
    assert ("2025", "consular_cases", Decimal(20), "exact") in published
    assert not any(value == 6 for _, _, value, _ in published)
    assert "names no year" in not_published_reasons(text)["06"]


def test_a_period_after_a_later_figure_is_that_figures():
    text = HALF + "Cấp mới 30 hồ sơ hộ chiếu công vụ trong năm 2025 và 12 hồ sơ trong 6 tháng đầu năm 2026.\n"
    assert ("2026-H1", "official_passports_issued", Decimal(30), "exact") not in published_figures(text)


def test_a_line_laid_out_like_a_table_row_takes_its_first_field_as_its_label():
    text = (
        "BÁO CÁO\nKết quả công tác đối ngoại quý I năm 2026\n"
        "- Đoàn ra — 09 đoàn/40 lượt người — cùng kỳ 2025: 07 đoàn/28 lượt người — tăng 2 đoàn\n"
        "- Hồ sơ hợp pháp hóa lãnh sự\t33 hồ sơ\tcùng kỳ 2025: 25 hồ sơ\ttăng 32%\n"
    )
    assert published_figures(text) == {
        ("2026-Q1", "outbound_delegations", Decimal(9), "exact"),
        ("2026-Q1", "outbound_persons", Decimal(40), "exact"),
        ("2025-Q1", "outbound_delegations", Decimal(7), "exact"),
        ("2025-Q1", "outbound_persons", Decimal(28), "exact"),
        ("2026-Q1", "consular_legalisations", Decimal(33), "exact"),
        ("2025-Q1", "consular_legalisations", Decimal(25), "exact"),
    }


def test_a_sentence_opening_trong_so_do_counts_parts_of_the_sentence_before():
    text = YEAR + (
        "Năm 2026, tỉnh đón 60 đoàn vào với 900 lượt khách quốc tế. Trong số đó có 12 đoàn của các cơ quan đại "
        "diện ngoại giao, tổ chức quốc tế tại Việt Nam.\n"
    )
    published = published_figures(text)
    assert ("2026", "inbound_delegations", Decimal(60), "exact") in published
    assert ("2026", "inbound_mission_delegations", Decimal(12), "exact") in published


def test_words_that_leave_a_figure_out_of_the_count():
    text = YEAR + (
        "Trong năm, ký kết 06 thỏa thuận quốc tế. Chưa kể các trường đại học đã ký 4 thỏa thuận hợp tác đào tạo.\n"
    )
    assert published_figures(text) == {("2026", "intl_agreements", Decimal(6), "exact")}


def test_a_foreign_partner_as_the_subject_of_sending_delegations_sends_a_part():
    text = YEAR + "Năm 2026, tỉnh đón 40 đoàn vào, Khăm Muồn cử 12 đoàn sang làm việc.\n"
    published = published_figures(text)
    assert ("2026", "inbound_delegations", Decimal(40), "exact") in published
    assert "named partners" in not_published_reasons(text)["12"]
