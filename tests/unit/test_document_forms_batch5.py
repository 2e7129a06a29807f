"""Capabilities found by the fifth batch of style reports (meeting minutes, an official letter, a
speech outline, a council answer, an e-mail, an annual plan, a term report, a news article),
each written here in phrasings and layouts other than the batch's."""

from decimal import Decimal

from dagster_project.documents.quantities import find_quantities
from tests.unit.documents import extract_text, not_published_reasons, published_figures

HALF_TITLE = "BÁO CÁO\nCông tác đối ngoại 6 tháng đầu năm 2025\n"


def test_pairs_of_values_under_a_unit_column_with_a_caption_row_and_a_part_row():
    text = HALF_TITLE + (
        "| Chỉ tiêu | Đơn vị tính | 6 tháng 2025 | 6 tháng 2024 (cùng kỳ) | Tỷ lệ (%) |\n"
        "| Toàn tỉnh |  |  |  |  |\n"
        "| Đoàn đi công tác nước ngoài | đoàn/lượt người | 21/96 | 18/80 | 116,7 |\n"
        "| Khách quốc tế đến thăm, làm việc | đoàn/lượt khách | 30/212 | 25/190 | 120,0 |\n"
        "| Trong đó: đoàn đại sứ quán các nước | đoàn/lượt khách | 05/33 | 04/21 | 125,0 |\n"
        "| Trong đó: đoàn cấp bộ trưởng | đoàn | 02 | 01 | 200,0 |\n"
    )
    assert published_figures(text) == {
        ("2025-H1", "outbound_delegations", Decimal(21), "exact"),
        ("2025-H1", "outbound_persons", Decimal(96), "exact"),
        ("2024-H1", "outbound_delegations", Decimal(18), "exact"),
        ("2024-H1", "outbound_persons", Decimal(80), "exact"),
        ("2025-H1", "inbound_delegations", Decimal(30), "exact"),
        ("2025-H1", "inbound_visitors", Decimal(212), "exact"),
        ("2024-H1", "inbound_delegations", Decimal(25), "exact"),
        ("2024-H1", "inbound_visitors", Decimal(190), "exact"),
        ("2025-H1", "inbound_mission_delegations", Decimal(5), "exact"),
        ("2025-H1", "inbound_mission_visitors", Decimal(33), "exact"),
        ("2024-H1", "inbound_mission_delegations", Decimal(4), "exact"),
        ("2024-H1", "inbound_mission_visitors", Decimal(21), "exact"),
    }


def test_a_column_marked_cung_ky_must_be_the_year_before():
    text = HALF_TITLE + (
        "| Chỉ tiêu | Đơn vị tính | 6 tháng 2025 | 6 tháng 2023 (cùng kỳ) |\n"
        "| Vụ việc bảo hộ công dân | vụ việc | 7 | 4 |\n"
    )
    assert published_figures(text) == {("2025-H1", "consular_cases", Decimal(7), "exact")}


def test_a_pair_of_years_is_a_header_not_two_figures():
    assert find_quantities("2024/2025") == []


def test_minutes_take_their_period_from_the_bien_ban_title():
    text = (
        "BIÊN BẢN\nHội nghị sơ kết công tác đối ngoại 6 tháng đầu năm 2025\n"
        "Trong 6 tháng, tỉnh đón 14 đoàn khách quốc tế.\n"
    )
    assert published_figures(text) == {("2025-H1", "inbound_delegations", Decimal(14), "exact")}


def test_a_time_of_day_is_no_figure():
    quantities = find_quantities("Hội nghị bắt đầu lúc 8 giờ 30 phút và kết thúc lúc 11h15; phiên dịch 3 giờ.")
    assert [q.as_written for q in quantities] == ["3"]


def test_a_count_registered_in_the_plan_is_a_plan():
    text = HALF_TITLE + "Toàn tỉnh đã đăng ký 40 đoàn đi công tác nước ngoài trong kế hoạch năm 2025."
    assert published_figures(text) == set()
    assert not_published_reasons(text)["40"].startswith("a plan")


def test_among_the_cases_a_count_is_a_part():
    text = (
        HALF_TITLE
        + "Trong 6 tháng, giải quyết 09 vụ việc bảo hộ công dân. "
        + "Trong số các vụ việc bảo hộ công dân có 03 vụ liên quan thuyền viên."
    )
    assert published_figures(text) == {("2025-H1", "consular_cases", Decimal(9), "exact")}
    reason = not_published_reasons(text)["03"]
    assert "sub-count" in reason or "a part of the whole" in reason


NINE_MONTHS = "BÁO CÁO\nKết quả công tác đối ngoại 9 tháng năm 2025\n"


def test_an_estimate_word_before_the_verb_makes_the_figures_approximate():
    text = NINE_MONTHS + "Riêng quý III, tỉnh ước cử 12 đoàn với 40 lượt cán bộ đi công tác nước ngoài."
    assert published_figures(text) == {
        ("2025-Q3", "outbound_delegations", Decimal(12), "approx"),
        ("2025-Q3", "outbound_persons", Decimal(40), "approx"),
    }
    treaty = NINE_MONTHS + "Trong 9 tháng, theo công ước, tỉnh cử 12 đoàn đi công tác nước ngoài."
    assert published_figures(treaty) == {("2025-9M", "outbound_delegations", Decimal(12), "exact")}


def test_up_to_now_in_an_article_published_after_the_period_is_not_the_period():
    page = (
        "Thứ Hai, 06/10/2025 - 08:10\n"
        "(HTO) - Trong 9 tháng năm 2025, Hà Tĩnh đón 33 đoàn khách quốc tế đến thăm và làm việc với tỉnh.\n"
        "Tính từ đầu năm đến nay, tỉnh đã giải quyết 17 vụ việc bảo hộ công dân.\n"
    )
    assert published_figures(page) == {("2025-9M", "inbound_delegations", Decimal(33), "exact")}
    assert "after the period 2025-9M ends" in not_published_reasons(page)["17"]
    dated_within = (
        NINE_MONTHS.replace("BÁO CÁO\n", "Hà Tĩnh, ngày 25 tháng 9 năm 2025\nBÁO CÁO\n")
        + "Tính từ đầu năm đến nay, tỉnh đã giải quyết 17 vụ việc bảo hộ công dân."
    )
    assert published_figures(dated_within) == {("2025-9M", "consular_cases", Decimal(17), "exact")}


def test_a_quarter_without_its_year_is_of_the_reports_year_and_a_period_after_trong():
    text = NINE_MONTHS + (
        "Riêng quý II, tỉnh đã đón 8 đoàn khách. Các đại sứ quán có 5 đoàn đến làm việc với tỉnh trong 9 tháng."
    )
    assert published_figures(text) == {
        ("2025-Q2", "inbound_delegations", Decimal(8), "exact"),
        ("2025-9M", "inbound_mission_delegations", Decimal(5), "exact"),
    }


def test_a_total_value_is_not_one_gift_of_that_value():
    text = NINE_MONTHS + "Trong 9 tháng, tỉnh hỗ trợ các tỉnh Nam Lào tổng trị giá 3,2 tỷ đồng."
    assert published_figures(text) == {("2025-9M", "support_to_lao_provinces", Decimal(3200000000), "exact")}
    gift = NINE_MONTHS + "Trong 9 tháng, tỉnh trao tặng các tỉnh Nam Lào 02 xe cứu thương trị giá 3,2 tỷ đồng."
    assert published_figures(gift) == set()


def test_a_councils_term_in_the_title_is_not_the_reports_period_and_december_stocks_are_the_years():
    text = (
        "Hà Tĩnh, ngày 10 tháng 12 năm 2024\nBÁO CÁO\n"
        "Trả lời kiến nghị cử tri trước Kỳ họp thứ 22, HĐND tỉnh khóa XVIII, nhiệm kỳ 2021 - 2026\n"
        "- Hiện nay có 1.120 lưu học sinh Lào đang học tập tại tỉnh.\n"
        "- 9 tháng đầu năm, Sở xử lý 15 vụ việc bảo hộ công dân; ước cả năm 20 vụ việc.\n"
    )
    assert published_figures(text) == {
        ("2024", "lao_students", Decimal(1120), "exact"),
        ("2024-9M", "consular_cases", Decimal(15), "exact"),
        ("2024", "consular_cases", Decimal(20), "approx"),
    }


def test_a_speakers_label_in_minutes_says_who_speaks_not_what_is_counted():
    text = (
        "BIÊN BẢN\nHọp giao ban công tác đối ngoại quý II năm 2025\n"
        "Bà Lê Thị Hoa - Phó trưởng phòng Người Việt Nam ở nước ngoài: Quý II/2025, phòng đã đón 60 kiều bào về "
        "thăm quê; hỗ trợ 03 hồ sơ hợp pháp hóa lãnh sự.\n"
    )
    assert published_figures(text) == {("2025-Q2", "consular_legalisations", Decimal(3), "exact")}


MAIL = """From: Lê Văn An <anlv.sngv@hatinh.gov.vn>
To: Văn phòng UBND tỉnh <vp@hatinh.gov.vn>
Sent: 03/10/2025 09:12
Subject: RE: Fwd: Số liệu đối ngoại 9 tháng năm 2025
Kính gửi anh Minh, em gửi số liệu toàn tỉnh:
- Đoàn ra: 30 đoàn / 121 lượt người (cùng kỳ 2024: 26 đoàn / 99 lượt)
- Đoàn vào: 41 đoàn / 310 lượt khách quốc tế; trong đó đại sứ quán, tổ chức quốc tế: 09 đoàn / 52 lượt khách
--
Lê Văn An
ĐT: 0912.000.111 | Phòng HTQT
> Anh cần số liệu 9 tháng, gồm 12 chỉ tiêu nhé.
-----Original Message-----
Từ: UBND thị xã Kỳ Anh <ubnd@kyanh.gov.vn>
Chủ đề: Báo cáo đối ngoại 9 tháng năm 2025
- Thị xã đón 05 đoàn khách quốc tế với 31 lượt người.
"""


def test_an_email_reads_its_subject_its_body_list_and_sets_a_forwarded_bodys_report_apart():
    extraction = extract_text(MAIL)
    assert extraction.period_code == "2025-9M"
    assert {(f.period_code, f.indicator_code, f.value.normalize()) for f in extraction.figures} == {
        ("2025-9M", "outbound_delegations", Decimal(30)),
        ("2025-9M", "outbound_persons", Decimal(121)),
        ("2024-9M", "outbound_delegations", Decimal(26)),
        ("2024-9M", "outbound_persons", Decimal(99)),
        ("2025-9M", "inbound_delegations", Decimal(41)),
        ("2025-9M", "inbound_visitors", Decimal(310)),
        ("2025-9M", "inbound_mission_delegations", Decimal(9)),
        ("2025-9M", "inbound_mission_visitors", Decimal(52)),
    }
    forwarded = [item for item in extraction.set_aside if item.value_as_written in ("05", "31")]
    assert len(forwarded) == 2 and all("forwarded document (UBND thị xã Kỳ Anh)" in item.reason for item in forwarded)
    assert not any(item.value_as_written == "12" for item in extraction.review)  # the quoted request


def test_a_header_naming_years_beside_words_is_a_header_and_va_ends_the_words_before():
    text = (
        "KẾ HOẠCH\nCông tác đối ngoại năm 2026\nI. KẾT QUẢ NĂM 2025\n"
        "Năm 2025, cấp 18 hộ chiếu công vụ và 40 hồ sơ hợp pháp hóa lãnh sự.\n"
        "| TT | Nội dung | Đơn vị tính | TH 2024 | TH 2025 | KH 2026 | KH 2026/TH 2025 (%) |\n"
        "| 1 | Đoàn khách quốc tế đến làm việc | đoàn | 30 | 34 | 40 | 117,6 |\n"
    )
    assert published_figures(text) == {
        ("2025", "official_passports_issued", Decimal(18), "exact"),
        ("2025", "consular_legalisations", Decimal(40), "exact"),
        ("2024", "inbound_delegations", Decimal(30), "exact"),
        ("2025", "inbound_delegations", Decimal(34), "exact"),
    }


def test_a_term_table_with_a_merged_group_header_an_estimate_column_and_a_generic_unit():
    text = (
        "BÁO CÁO\nTổng kết công tác đối ngoại giai đoạn 2021 - 2025\n"
        "| TT | Nội dung | ĐVT | Số liệu các năm |  | Tổng |\n"
        "| TT | Nội dung | ĐVT | 2024 | Ước 2025 | Tổng |\n"
        "| 1 | Tổ chức NGO được cấp mới giấy đăng ký hoạt động | tổ chức | 7 | 6 | 25 |\n"
        "| 2 | Sinh viên Lào đang học tại tỉnh | người | 980 | 1.010 | - |\n"
        "| 3 | Sinh viên Lào nhận học bổng của tỉnh | người | 120 | 130 | - |\n"
    )
    assert published_figures(text) == {
        ("2024", "ngo_registrations", Decimal(7), "exact"),
        ("2025", "ngo_registrations", Decimal(6), "approx"),
        # (the term's total holds the estimated 2025, so it is an estimate too)
        ("2021-2025", "ngo_registrations", Decimal(25), "approx"),
        ("2024", "lao_students", Decimal(980), "exact"),
        ("2025", "lao_students", Decimal(1010), "approx"),
    }


def test_parts_after_gom_or_after_a_comma_that_opens_the_next_part_are_parts():
    text = NINE_MONTHS + (
        "Trong 9 tháng, ký kết 07 thỏa thuận quốc tế, gồm 03 thỏa thuận cấp tỉnh và 04 thỏa thuận cấp sở. "
        "Trong 9 tháng, giải quyết 15 vụ việc bảo hộ công dân, trong đó 05 vụ thuyền viên, 07 vụ lao động."
    )
    assert published_figures(text) == {
        ("2025-9M", "intl_agreements", Decimal(7), "exact"),
        ("2025-9M", "consular_cases", Decimal(15), "exact"),
    }


def test_an_agencys_name_holding_a_plan_word_is_no_plan_and_training_abroad_names_the_country():
    text = NINE_MONTHS + (
        "5. Kinh tế đối ngoại (theo số liệu của Sở Kế hoạch và Đầu tư)\n"
        "Trong 9 tháng, tỉnh chấp thuận chủ trương đầu tư 12 dự án.\n"
        "Trong 9 tháng, tỉnh cử 03 đoàn với 20 lượt cán bộ đi bồi dưỡng tại Hàn Quốc.\n"
    )
    assert published_figures(text) == {
        ("2025-9M", "projects_approved", Decimal(12), "exact"),
        ("2025-9M", "training_delegations", Decimal(3), "exact"),
        ("2025-9M", "training_persons", Decimal(20), "exact"),
    }


def test_a_count_of_shortcomings_is_no_result_and_people_of_delegations_in_a_cell_are_visits():
    text = "BÁO CÁO\nTổng kết công tác đối ngoại năm 2025\n" + (
        "| Nội dung | Năm 2025 |\n|---|---|\n| Đoàn ra | 40 đoàn/170 người |\n"
        "| Trong đó: đại sứ quán, tổ chức quốc tế | 9 đoàn/60 người |\n"
        "- Năm 2025, còn 04 đoàn ra chậm nộp báo cáo kết quả.\n"
    )
    assert published_figures(text) == {
        ("2025", "outbound_delegations", Decimal(40), "exact"),
        ("2025", "outbound_persons", Decimal(170), "exact"),
    }
    assert not_published_reasons(text)["04"].startswith("counts a shortcoming")


def test_an_average_beside_a_count_is_not_a_second_count():
    text = NINE_MONTHS + "Trong 9 tháng, dịch 2.700 trang tài liệu, bình quân khoảng 300 trang mỗi tháng."
    assert published_figures(text) == {("2025-9M", "translated_pages", Decimal(2700), "exact")}
    assert not_published_reasons(text)["khoảng 300"].startswith("an average")
