"""Capabilities found by the sixteenth blind batch, each written here in phrasings and layouts
other than the batch's: year series with bare year labels and elided nouns, titles naming a month
and its quarter, the verb of receiving guests, running totals, guests of one partner, periods
running from a year to a month, as-of dates after a period, labels and headings that head
opposite kinds, a department's own reply forwarded on, results measured against a target,
breakdowns by a criterion, rows of estimates, and work called off or still being handled."""

from decimal import Decimal

from tests.unit.documents import not_published_reasons, published_figures

YEAR = "BÁO CÁO\nTổng kết công tác đối ngoại năm 2025\n"
SPAN = "BÁO CÁO\nSơ kết thực hiện Chương trình hành động về đối ngoại giai đoạn 2021 - 2025\n"
QUARTER = "BÁO CÁO\nKết quả công tác đối ngoại quý II năm 2025\n"


def test_a_year_labelling_the_value_after_it_is_no_figure_and_each_value_takes_its_year():
    text = SPAN + (
        "Số đoàn khách quốc tế đến làm việc qua các năm tương ứng là: 2021: 07 đoàn; 2022: 19 đoàn; "
        "2023: 24 đoàn; tổng cộng 50 đoàn.\n"
    )
    published = published_figures(text)
    assert {
        ("2021", "inbound_delegations", Decimal(7), "exact"),
        ("2022", "inbound_delegations", Decimal(19), "exact"),
        ("2023", "inbound_delegations", Decimal(24), "exact"),
    } <= published
    assert not any(value in (Decimal(2021), Decimal(2022)) for _, _, value, _ in published)


def test_a_bare_number_in_a_year_series_counts_the_noun_of_the_figure_before_it():
    text = SPAN + (
        "Về hội nghị quốc tế: năm 2021 các đơn vị tổ chức 03 hội nghị, hội thảo quốc tế; năm 2022: 09; năm 2023: 11.\n"
    )
    assert {
        ("2021", "intl_conferences", Decimal(3), "exact"),
        ("2022", "intl_conferences", Decimal(9), "exact"),
        ("2023", "intl_conferences", Decimal(11), "exact"),
    } <= published_figures(text)


def test_details_of_the_sentence_before_go_on_counting_what_it_counted():
    text = SPAN + (
        "II. KẾT QUẢ\n1. Đoàn ra, đoàn vào\n"
        "Cả giai đoạn, tỉnh đã cử 150 đoàn đi công tác nước ngoài. Cụ thể: năm 2021: 10 đoàn; năm 2022: 30 đoàn.\n"
    )
    assert {
        ("2021-2025", "outbound_delegations", Decimal(150), "exact"),
        ("2021", "outbound_delegations", Decimal(10), "exact"),
        ("2022", "outbound_delegations", Decimal(30), "exact"),
    } <= published_figures(text)


def test_a_title_naming_a_month_and_its_quarter_dates_only_figures_that_name_their_own_period():
    text = (
        "BÁO CÁO\nCông tác đối ngoại tháng 6 và quý II năm 2025\n"
        "- Trong tháng 6, Sở trình cho phép 03 đoàn đi công tác nước ngoài.\n"
        "- Quý II, toàn tỉnh có 11 đoàn đi công tác nước ngoài.\n"
        "- Tiếp nhận 27 hồ sơ hợp pháp hóa lãnh sự.\n"
    )
    assert published_figures(text) == {
        ("2025-06", "outbound_delegations", Decimal(3), "exact"),
        ("2025-Q2", "outbound_delegations", Decimal(11), "exact"),
    }
    assert "period not certain" in not_published_reasons(text)["27"]


def test_receiving_guests_written_as_a_bare_don_before_a_count_of_delegations():
    text = QUARTER + (
        "1. Công tác đoàn ra, đoàn vào\n"
        "- Trong quý, đón 12 đoàn với 140 lượt khách.\n"
        "- Cửa khẩu quốc tế Cầu Treo đón gần 5.000 lượt người trong dịp lễ.\n"
    )
    published = published_figures(text)
    assert ("2025-Q2", "inbound_delegations", Decimal(12), "exact") in published
    # a border gate "đón" people: crossings, not guests of the province
    assert not any(indicator.startswith("inbound") and value == 5000 for _, indicator, value, _ in published)


def test_a_running_total_opening_a_sentence_counts_what_the_sentence_before_counted():
    text = (
        "BÁO CÁO\nKết quả công tác đối ngoại 6 tháng đầu năm 2025\n"
        "1. Hoạt động đoàn ra, đoàn vào\n"
        "- Quý II, Sở trình cho phép 06 đoàn với 25 lượt người đi nước ngoài. Tính chung 6 tháng: 14 đoàn với 51 "
        "lượt người.\n"
    )
    assert {
        ("2025-H1", "outbound_delegations", Decimal(14), "exact"),
        ("2025-H1", "outbound_persons", Decimal(51), "exact"),
    } <= published_figures(text)


def test_guests_of_one_named_partner_are_a_part_not_the_provinces_total():
    text = YEAR + ("Tỉnh đã đón tiếp 05 đoàn của tỉnh Khăm Muồn.\nTrong năm đón 09 đoàn đến từ Hàn Quốc.\n")
    assert published_figures(text) == set()
    reasons = not_published_reasons(text)
    assert "named partners" in reasons["05"] and "named partners" in reasons["09"]


def test_a_period_from_a_year_to_a_month_is_not_understood_and_dates_nothing():
    text = SPAN + (
        "Từ năm 2021 đến hết tháng 9/2025, các cảng biển làm thủ tục cho 3.100 lượt tàu; "
        "Cửa khẩu Cầu Treo làm thủ tục cho 1.200.000 lượt người.\n"
    )
    assert published_figures(text) == set()
    assert "does not understand" in not_published_reasons(text)["3.100"]


def test_a_stock_at_a_date_after_the_period_ends_is_not_the_periods_level():
    text = YEAR + "Tính đến ngày 10/01/2026, trên địa bàn có 1.300 lưu học sinh Lào đang học tập.\n"
    assert published_figures(text) == set()


def test_a_stock_said_to_be_of_now_does_not_take_the_period_of_the_sentence_before():
    text = (
        "BÁO CÁO\nCông tác đối ngoại tháng 9 và quý III năm 2025\n"
        "Quý III, Sở thẩm định 05 dự án PCPNN. Hiện nay có 38 tổ chức PCPNN đang hoạt động trên địa bàn.\n"
    )
    published = published_figures(text)
    assert ("2025-Q3", "ngo_projects_approved", Decimal(5), "exact") in published
    assert not any(value == 38 for _, _, value, _ in published)


def test_a_label_naming_outbound_and_inbound_heads_both_and_the_figures_own_words_choose():
    text = (
        "BÁO CÁO\nKết quả công tác đối ngoại 6 tháng đầu năm 2025\n"
        "- Về quản lý đoàn ra, đoàn vào: toàn tỉnh cử 18 đoàn ra với 70 lượt người đi nước ngoài; tiếp 22 đoàn vào "
        "với 300 lượt khách quốc tế.\n"
        "b) Hợp tác quốc tế, đoàn ra - đoàn vào\n"
        "- Trong 6 tháng, cử 18 đoàn với 70 lượt cán bộ đi công tác nước ngoài; lũy kế từ đầu năm là 18 đoàn.\n"
    )
    assert {
        ("2025-H1", "outbound_delegations", Decimal(18), "exact"),
        ("2025-H1", "outbound_persons", Decimal(70), "exact"),
        ("2025-H1", "inbound_delegations", Decimal(22), "exact"),
        ("2025-H1", "inbound_visitors", Decimal(300), "exact"),
    } <= published_figures(text)


def test_a_guest_list_lifts_no_word_of_the_counted_noun_before_it():
    text = (
        "BÁO CÁO\nKết quả công tác đối ngoại năm 2025\n"
        "- Hợp tác, quản lý đoàn ra - đoàn vào: toàn tỉnh có 40 đoàn ra, chủ yếu sang các tỉnh bạn Lào; đón 31 đoàn "
        "vào.\n"
    )
    published = published_figures(text)
    assert ("2025", "inbound_delegations", Decimal(40), "exact") not in published
    assert ("2025", "inbound_delegations", Decimal(31), "exact") in published


def test_the_departments_own_reply_forwarded_on_is_its_own_text_the_request_below_it_is_not():
    text = (
        "-------- Forwarded message --------\n"
        "From: Trần Văn Nam <namtv.sngv@hatinh.gov.vn>\n"
        "Date: 05/7/2025\n"
        "Subject: RE: Số liệu đối ngoại 6 tháng đầu năm 2025\n"
        "To: Phòng Tổng hợp <tonghop.vpubnd@hatinh.gov.vn>\n\n"
        "Sở Ngoại vụ gửi số liệu: đoàn ra 21 đoàn/88 lượt người; đoàn vào 17 đoàn.\n\n"
        "-----Original Message-----\n"
        "From: Phòng Tổng hợp <tonghop.vpubnd@hatinh.gov.vn>\n"
        "Subject: Số liệu đối ngoại 6 tháng đầu năm 2025\n\n"
        "> Năm 2024 Sở báo cáo 35 đoàn ra; đề nghị gửi trước ngày 04/7.\n"
    )
    assert published_figures(text) == {
        ("2025-H1", "outbound_delegations", Decimal(21), "exact"),
        ("2025-H1", "outbound_persons", Decimal(88), "exact"),
        ("2025-H1", "inbound_delegations", Decimal(17), "exact"),
    }


def test_the_departments_own_message_on_another_subject_stays_a_forwarded_document():
    text = (
        "From: Lê Thị Hoa <hoalt.sngv@hatinh.gov.vn>\n"
        "To: Phòng HTQT <htqt.sngv@hatinh.gov.vn>\n"
        "Subject: Số liệu tháng 8/2025\n\n"
        "Đoàn ra tháng 8: 04 đoàn.\n\n"
        "---------- Forwarded message ---------\n"
        "From: Lê Thị Hoa <hoalt.sngv@hatinh.gov.vn>\n"
        "Subject: Số liệu tháng 7\n\n"
        "Đoàn ra: 06 đoàn.\n"
    )
    assert published_figures(text) == {("2025-08", "outbound_delegations", Decimal(4), "exact")}


def test_a_result_measured_against_a_target_is_a_result_and_the_target_is_not():
    text = SPAN + (
        "Giai đoạn 2021 - 2025, ký kết 18 thỏa thuận quốc tế, vượt chỉ tiêu ký kết ít nhất 12 thỏa thuận quốc tế "
        "đề ra.\n"
    )
    published = published_figures(text)
    assert published == {("2021-2025", "intl_agreements", Decimal(18), "exact")}
    assert "plan" in not_published_reasons(text)["ít nhất 12"]


def test_a_breakdown_label_queues_its_figures_as_parts():
    text = YEAR + (
        "Năm 2025 thẩm định, tiếp nhận 14 dự án PCPNN.\n"
        "- Phân theo địa bàn: Hương Sơn 04 dự án; Cẩm Xuyên 06 dự án; các huyện khác 04 dự án.\n"
    )
    assert published_figures(text) == {("2025", "ngo_projects_approved", Decimal(14), "exact")}
    assert "breakdown" in not_published_reasons(text)["06"]


def test_work_called_off_or_still_being_handled_is_not_a_result():
    text = QUARTER + (
        "Trong quý, 03 đoàn vào bị hủy do thời tiết.\nHiện còn 02 vụ việc bảo hộ công dân đang xử lý, chưa dứt điểm.\n"
    )
    assert published_figures(text) == set()


def test_counts_of_violations_at_the_border_are_not_consular_cases():
    text = QUARTER + "2. Công tác lãnh sự\nPhát hiện, xử lý 09 trường hợp xuất cảnh trái phép.\n"
    assert published_figures(text) == set()
