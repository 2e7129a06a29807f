"""Capabilities found in the seventy-eighth round and after, written here in phrasings and layouts other than the
batches'. Expected figures were written from the texts below before the code ran on them."""

from tests.unit.documents import figure_keys, text_report, word_report


def test_a_labelled_sentence_opening_with_a_year_gives_that_year_to_every_clause(tmp_path):
    report = text_report(
        tmp_path,
        "bc_thang_1_2024.txt",
        "BÁO CÁO\nKết quả công tác đối ngoại tháng 01 năm 2024\n"
        "I. KẾT QUẢ THỰC HIỆN THÁNG 01\n"
        "1. Đoàn ra, đoàn vào\n"
        "Trong tháng, tỉnh cử 02 đoàn với 11 lượt cán bộ đi công tác nước ngoài.\n"
        "2. Tổng kết năm\n"
        "- Diễn đàn sơ kết: năm 2023, toàn tỉnh đã tiếp nhận 14 hài cốt liệt sỹ; ký kết 6 thỏa thuận quốc tế.\n",
    )
    found = figure_keys(report)
    assert ("2024-01", "outbound_delegations", 2) in found
    assert ("2023", "remains_repatriated", 14) in found
    assert ("2023", "intl_agreements", 6) in found
    assert not any(period == "2024-01" and value in (14, 6) for period, _, value in found)


def test_figures_a_review_meeting_of_another_year_reports_wait_for_review(tmp_path):
    report = text_report(
        tmp_path,
        "bc_thang_2_2025.txt",
        "BÁO CÁO\nKết quả công tác đối ngoại tháng 02 năm 2025\n"
        "I. KẾT QUẢ THÁNG 02\n"
        "Trong tháng, Sở tiếp đón 03 đoàn với 19 lượt khách quốc tế.\n"
        "Tại Hội nghị sơ kết công tác hội nhập quốc tế năm 2024, đại diện Sở thông tin toàn tỉnh đã "
        "xử lý 23 vụ việc lãnh sự, bảo hộ công dân; tổ chức 8 hội nghị, hội thảo quốc tế.\n"
        "Thực hiện Kế hoạch số 21/KH-UBND năm 2024, trong tháng tiếp nhận 04 hài cốt liệt sỹ.\n",
    )
    found = figure_keys(report)
    assert ("2025-02", "inbound_delegations", 3) in found
    assert ("2025-02", "remains_repatriated", 4) in found
    assert not any(value in (23, 8) for *_, value in found)
    waiting = {item.value_as_written: item.reason for item in report.review}
    assert "another year" in waiting["23"]


def test_a_report_on_the_second_half_of_a_year_compared_with_the_first(tmp_path):
    report = text_report(
        tmp_path,
        "bc_6_thang_cuoi_nam_2022.txt",
        "BÁO CÁO\nTình hình công tác đối ngoại sáu tháng cuối năm 2022 (so sánh với 6 tháng đầu năm 2022)\n"
        "1. Đoàn ra\nTrong 6 tháng cuối năm, tỉnh cử 14 đoàn với 61 lượt cán bộ đi công tác nước ngoài.\n",
    )
    assert report.period_code == "2022-H2"
    assert ("2022-H2", "outbound_delegations", 14) in figure_keys(report)


def test_an_annex_or_a_comparison_in_the_title_leaves_the_reported_period_alone(tmp_path):
    report = text_report(
        tmp_path,
        "bc_thang_1_2026.txt",
        "BÁO CÁO\nKết quả công tác đối ngoại tháng 01 năm 2026 (kèm tóm tắt kết quả năm 2025)\n"
        "I. TÓM TẮT KẾT QUẢ NĂM 2025\n"
        "Năm 2025, công tác đối ngoại đạt nhiều kết quả. Cả năm tiếp nhận 22 hài cốt liệt sỹ; ký kết 9 thỏa thuận quốc tế.\n"
        "II. KẾT QUẢ THÁNG 01 NĂM 2026\n"
        "Trong tháng, tiếp đón 02 đoàn với 15 lượt khách quốc tế.\n",
    )
    found = figure_keys(report)
    assert report.period_code == "2026-01"
    assert ("2025", "remains_repatriated", 22) in found
    assert ("2025", "intl_agreements", 9) in found
    assert ("2026-01", "inbound_delegations", 2) in found
    compared = text_report(
        tmp_path,
        "bc_quy_2_2024.txt",
        "BÁO CÁO\nKết quả công tác đối ngoại quý II năm 2024 và so sánh với quý II các năm 2022, 2023\n"
        "1. Đoàn vào\nTrong quý, tiếp đón 05 đoàn với 40 lượt khách quốc tế.\n",
    )
    assert compared.period_code == "2024-Q2"


def test_a_same_period_comparison_after_another_period_named_since_the_figure_is_not_paired_with_it(tmp_path):
    report = text_report(
        tmp_path,
        "bc_quy_3_2021.txt",
        "BÁO CÁO\nKết quả công tác đối ngoại quý III, lũy kế 9 tháng năm 2021\n1. Thỏa thuận\n"
        "Quý III ký kết 02 thỏa thuận quốc tế; lũy kế 9 tháng 06 thỏa thuận quốc tế (cùng kỳ 2020: 04 thỏa thuận).\n",
    )
    found = figure_keys(report)
    assert ("2021-Q3", "intl_agreements", 2) in found
    assert ("2021-9M", "intl_agreements", 6) in found
    assert ("2020-Q3", "intl_agreements", 4) not in found


def test_a_count_after_a_number_of_months_is_no_month(tmp_path):
    report = text_report(
        tmp_path,
        "bc_quy_2_2022.txt",
        "BÁO CÁO\nKết quả công tác đối ngoại quý II năm 2022\n1. Lãnh sự\n"
        "Quý II xử lý 03 vụ việc lãnh sự, bảo hộ công dân, lũy kế 6 tháng 08 vụ việc.\n",
    )
    found = figure_keys(report)
    assert ("2022-H1", "consular_cases", 8) in found
    assert not any(period == "2022-08" for period, *_ in found)


def test_a_clause_after_one_opening_with_its_own_period_does_not_take_the_sentence_befores(tmp_path):
    report = text_report(
        tmp_path,
        "bc_6_thang_2019.txt",
        "BÁO CÁO\nKết quả công tác đối ngoại quý II và 6 tháng đầu năm 2019\n1. Xuất nhập cảnh\n"
        "Quý II, qua Cửa khẩu quốc tế Cầu Treo có 90.120 lượt người xuất nhập cảnh. "
        "Cảng Sơn Dương 6 tháng làm thủ tục cho 150 lượt tàu; cấp 61 giấy phép xuống tàu.\n",
    )
    assert not any(period == "2019-Q2" and value == 61 for period, _, value in figure_keys(report))


def test_a_key_to_marked_cells_leaves_the_unmarked_cells_final(tmp_path):
    report = word_report(
        tmp_path / "bb_ban_giao.docx",
        ["BIÊN BẢN", "Bàn giao số liệu quý I năm 2024", "Bảng 1. Số liệu chủ yếu (ĐVT: như cột 2; (**) số chưa chốt)"],
        [
            ("TT", "Chỉ tiêu", "ĐVT", "Năm 2023", "Quý I/2024"),
            ("1", "Vụ việc lãnh sự, bảo hộ công dân", "vụ", "21", "05"),
            ("2", "Hồ sơ cấp mới HCCV, HCNG", "hồ sơ", "48", "13**"),
        ],
    )
    found = figure_keys(report)
    assert ("2023", "consular_cases", 21) in found
    assert ("2024-Q1", "consular_cases", 5) in found
    assert ("2024-Q1", "official_passports_issued", 13) not in found


def test_a_value_after_so_voi_and_la_waits(tmp_path):
    reasons = {
        item.value_as_written: item.reason
        for item in text_report(
            tmp_path,
            "bc_nam_2021.txt",
            "BÁO CÁO\nKết quả công tác đối ngoại năm 2021\n1. Lãnh sự\n"
            "Năm 2021 xử lý 19 vụ việc lãnh sự, giảm so với năm 2020 là 04 vụ.\n",
        ).review
    }
    assert "04" in reasons and "so với" in reasons["04"]


def test_a_target_header_naming_a_resolution_number_is_a_header(tmp_path):
    report = word_report(
        tmp_path / "phu_luc.docx",
        ["PHỤ LỤC", "Kết quả thực hiện chỉ tiêu đối ngoại giai đoạn 2011 - 2015"],
        [
            ("TT", "Chỉ tiêu", "Giai đoạn 2011 - 2015", "Giai đoạn 2011 - 2015", "Giai đoạn 2011 - 2015"),
            ("TT", "Chỉ tiêu", "Mục tiêu NQ 15", "Kết quả", "Tỷ lệ (%)"),
            ("1", "Số đoàn vào (đoàn)", "120", "131", "109,2"),
        ],
    )
    found = figure_keys(report)
    assert ("2011-2015", "inbound_delegations", 131) in found
    assert not any(value in (120, 15) or value < 110 for *_, value in found)


def test_a_note_on_one_kind_of_value_leaves_the_other_rows_of_its_year_exact(tmp_path):
    report = word_report(
        tmp_path / "bc_2023.docx",
        ["BÁO CÁO", "Kết quả công tác đối ngoại năm 2023"],
        [
            ("TT", "Chỉ tiêu", "Năm 2023"),
            ("1", "Hội nghị, hội thảo quốc tế (hội nghị)", "17"),
            ("2", "Tổng kim ngạch xuất nhập khẩu (triệu USD)", "4.200"),
        ],
        ["Các số liệu về kim ngạch xuất nhập khẩu năm 2023 là số ước."],
    )
    qualifiers = {(f.indicator_code, f.qualifier) for f in report.figures}
    assert ("intl_conferences", "exact") in qualifiers
    assert ("export_import_turnover", "approx") in qualifiers


def test_a_value_quoted_after_ghi_is_not_published(tmp_path):
    report = text_report(
        tmp_path,
        "thu_dinh_chinh_quy_1_2022.txt",
        "BÁO CÁO\nKết quả công tác đối ngoại quý I năm 2022\n1. Hội nghị\n"
        'Báo cáo trước mục hội nghị ghi "06 hội nghị, hội thảo quốc tế", nay xin báo cáo lại.\n',
    )
    assert not any(value == 6 for *_, value in figure_keys(report))


def test_a_cut_off_the_writer_says_stops_short_makes_a_count_so_far(tmp_path):
    report = text_report(
        tmp_path,
        "bc_quy_4_2020.txt",
        "BÁO CÁO\nKết quả công tác đối ngoại quý IV năm 2020\n1. Đoàn ra\n"
        "Số liệu quý IV mới tính đến ngày 20/12/2020: đoàn ra quý IV là 08 đoàn.\n",
    )
    assert not any(value == 8 for *_, value in figure_keys(report))


def test_amounts_spoken_in_a_speech(tmp_path):
    report = text_report(
        tmp_path,
        "bai_phat_bieu_2022.txt",
        "BÀI PHÁT BIỂU\ntại Hội nghị tổng kết công tác đối ngoại năm 2022\n"
        "Thưa các đồng chí, năm 2022 các tổ chức phi chính phủ nước ngoài cam kết viện trợ hơn 1,6 triệu đô. "
        "Cả năm, tỉnh đón gần ba trăm lượt khách quốc tế, biên dịch gần sáu nghìn trang tài liệu.\n",
    )
    found = {(period, code, value) for period, code, value in figure_keys(report)}
    assert ("2022", "ngo_aid_committed", 1600000) in found
    assert ("2022", "inbound_visitors", 300) in found
    assert ("2022", "translated_pages", 6000) in found


def test_number_words_read_in_hundreds_and_thousands():
    from dagster_project.documents.quantities import find_quantities

    values = {q.as_written: (q.value, q.currency) for q in find_quantities("hơn bốn tỷ đồng, 12 nghìn tỷ đồng")}
    assert values == {"hơn bốn tỷ đồng": (4000000000, "VND"), "12 nghìn tỷ đồng": (12000000000000, "VND")}
    assert [q.value for q in find_quantities("ba trăm linh tư hồ sơ")] == [304]
    # (an amount restated in words is no figure of its own)
    restated = find_quantities("đạt 2 tỷ 150 triệu đồng (bằng chữ: Hai tỷ, một trăm năm mươi triệu đồng)")
    assert [q.value for q in restated] == [2150000000]


def test_a_neighbour_province_named_as_a_friend_is_not_the_province(tmp_path):
    report = text_report(
        tmp_path,
        "bc_nam_2024.txt",
        "BÁO CÁO\nKết quả công tác đối ngoại năm 2024\n1. Đoàn vào\n"
        "Năm 2024, tỉnh đón 44 đoàn vào. Để so sánh: tỉnh bạn Quảng Bình năm qua đón 61 đoàn vào.\n",
    )
    found = figure_keys(report)
    assert ("2024", "inbound_delegations", 44) in found
    assert not any(value == 61 for *_, value in found)


def test_reporters_tourists_and_trainees_are_not_guests(tmp_path):
    report = text_report(
        tmp_path,
        "bc_doan_vao_2021.txt",
        "BÁO CÁO\nCông tác quản lý đoàn vào năm 2021\n1. Kết quả\n"
        "Năm 2021, tiếp đón 33 đoàn vào với 410 lượt khách quốc tế.\n"
        "Sở phối hợp quản lý 06 đoàn với 21 lượt phóng viên nước ngoài đến tác nghiệp tại tỉnh.\n"
        "Khách quốc tế đến theo đường du lịch ước khoảng 12.000 lượt.\n"
        "Tổ chức tập huấn quản lý đoàn vào cho 95 lượt CBCC.\n",
    )
    found = figure_keys(report)
    assert ("2021", "inbound_delegations", 33) in found
    assert ("2021", "inbound_visitors", 410) in found
    assert not any(value in (6, 21, 12000, 95) for *_, value in found)


def test_a_report_on_the_support_to_lao_provinces_names_what_its_yearly_amounts_are(tmp_path):
    report = text_report(
        tmp_path,
        "bc_ho_tro_lao_2018.txt",
        "BÁO CÁO\nKết quả hỗ trợ các tỉnh của Lào năm 2018\n1. Kết quả\n"
        "Giá trị hỗ trợ tăng so với những năm trước. Năm 2018 đạt 3 tỷ 100 triệu đồng.\n",
    )
    assert ("2018", "support_to_lao_provinces", 3100000000) in figure_keys(report)


def test_passports_a_breakdown_the_police_or_a_return_counts_are_not_the_departments_new_passports(tmp_path):
    report = text_report(
        tmp_path,
        "bc_ho_chieu_quy_2_2024.txt",
        "BÁO CÁO\nKết quả cấp hộ chiếu công vụ quý II năm 2024\n1. Kết quả\n"
        "Quý II/2024, Sở đề nghị cấp mới 31 hồ sơ HCCV, HCNG.\n"
        "- Cơ cấu: 04 hồ sơ HCNG và 27 hồ sơ HCCV.\n"
        "- Thu hồi, nộp lưu 09 hộ chiếu công vụ của cán bộ đã nghỉ hưu.\n"
        "- Về hộ chiếu phổ thông: Công an tỉnh cấp 15.230 hộ chiếu phổ thông.\n",
    )
    found = figure_keys(report)
    assert ("2024-Q2", "official_passports_issued", 31) in found
    assert not any(value in (4, 27, 9, 15230) for *_, value in found)


def test_a_sentence_correcting_a_figure_keeps_only_its_corrected_value(tmp_path):
    report = text_report(
        tmp_path,
        "bc_quy_3_2022.txt",
        "BÁO CÁO\nKết quả công tác lãnh sự quý III năm 2022\n1. Lãnh sự\n"
        "- Điều chỉnh số liệu: Báo cáo quý II đã nêu 6 tháng đầu năm có 57 hồ sơ CNLS, HPHLS; sau khi đối chiếu, "
        "số liệu đúng 6 tháng đầu năm là 54 hồ sơ CNLS, HPHLS.\n",
    )
    found = figure_keys(report)
    assert ("2022-H1", "consular_legalisations", 54) in found
    assert not any(value == 57 for *_, value in found)


def test_second_reading_of_the_79th_round(tmp_path):
    from dagster_project.documents.quantities import find_quantities

    # (a spoken range or a vague count is no figure)
    assert find_quantities("khoảng ba, bốn trăm lượt khách") == []
    assert find_quantities("dăm sáu trăm nghìn đô") == []
    # (the second half names the report's period only when the title names it first)
    plan = text_report(
        tmp_path,
        "bc_quy_2.txt",
        "BÁO CÁO\nKết quả công tác đối ngoại quý II năm 2025 và định hướng 6 tháng cuối năm\n"
        "1. Đoàn ra\nTrong quý, cử 06 đoàn với 30 lượt cán bộ đi công tác nước ngoài.\n",
    )
    assert plan.period_code == "2025-Q2"
    # (a key to a marker no cell carries speaks of the whole table)
    keyed = word_report(
        tmp_path / "bc_sobo.docx",
        ["BÁO CÁO", "Kết quả công tác đối ngoại quý I năm 2025", "Bảng số liệu quý I (*)", "(*) Số liệu sơ bộ."],
        [("TT", "Chỉ tiêu", "Quý I/2025"), ("1", "Đoàn ra (đoàn)", "08")],
    )
    assert not keyed.figures
    # ("cả năm" after a sentence on last year, in a report on this year: which year is not certain)
    year = text_report(
        tmp_path,
        "bc_nam_2026.txt",
        "BÁO CÁO\nTổng kết công tác đối ngoại năm 2026\n1. Hội nghị\n"
        "Năm 2025 là năm tỉnh đón nhiều sự kiện. Cả năm, tổ chức 12 hội nghị, hội thảo quốc tế.\n",
    )
    assert not any(value == 12 for *_, value in figure_keys(year))
    # (a title naming the money it reports on does not name an amount that has words of its own)
    support = text_report(
        tmp_path,
        "bc_ho_tro_lao_2021.txt",
        "BÁO CÁO\nKết quả hỗ trợ các tỉnh của Lào năm 2021\n1. Kết quả\n"
        "Năm 2021, Trung ương hỗ trợ tỉnh 700 triệu đồng để thực hiện các dự án hợp tác.\n",
    )
    assert not support.figures
    # (guests near an embassy's name are its guests only when the words say so)
    fair = text_report(
        tmp_path,
        "bc_nam_2023.txt",
        "BÁO CÁO\nKết quả công tác đối ngoại năm 2023\n1. Văn hóa\n"
        "Phối hợp với Đại sứ quán Nhật Bản tổ chức lễ hội văn hóa, thu hút hơn 2.500 lượt khách tham quan.\n",
    )
    assert not fair.figures
    # ("quyết định" as a verb before a count)
    decided = text_report(
        tmp_path,
        "bc_doan_ra_2024.txt",
        "BÁO CÁO\nKết quả quản lý đoàn ra năm 2024\n1. Đoàn ra\n"
        "Năm 2024, Sở trình Chủ tịch UBND tỉnh quyết định cử 42 đoàn ra đi công tác nước ngoài.\n",
    )
    assert ("2024", "outbound_delegations", 42) in figure_keys(decided)


def test_eightieth_round_periods(tmp_path):
    # ("từ tháng 4 đến ngày 20/6": from a month to a day, no period of the codelist)
    ranged = text_report(
        tmp_path,
        "bc_6_thang_2027.txt",
        "BÁO CÁO\nKết quả công tác cảng biển 6 tháng đầu năm 2027\n1. Cảng biển\n"
        "Quý I/2027 cấp 40 thẻ đi bờ; từ tháng 4 đến ngày 18/6 cấp thêm 75 thẻ đi bờ.\n",
    )
    assert not any(value == 75 for *_, value in figure_keys(ranged))
    # (a title on ten months names no period of the codelist; its purpose in brackets names none either)
    ten = text_report(
        tmp_path,
        "bc_10_thang_2025.txt",
        "BÁO CÁO\nKết quả công tác đối ngoại 10 tháng, ước thực hiện cả năm 2025\n"
        "(phục vụ phiên họp UBND tỉnh tháng 10/2025)\n1. Đoàn ra\nĐã cử 51 đoàn ra với 260 lượt cán bộ.\n",
    )
    assert ten.period_code is None
    assert not ten.figures
    # (in a report on a span, one of its years written after the figure)
    span = text_report(
        tmp_path,
        "bc_2022_2024.txt",
        "BÁO CÁO\nKết quả công tác lãnh sự giai đoạn 2022 - 2024\n1. Hợp pháp hóa\n"
        "Sở tiếp nhận 40 hồ sơ chứng nhận lãnh sự, hợp pháp hóa lãnh sự trong năm 2022, 45 hồ sơ năm 2023.\n",
    )
    assert not any(period == "2022-2024" for period, *_ in figure_keys(span))


def test_eightieth_round_values(tmp_path):
    from dagster_project.documents.quantities import find_quantities

    # ("07 (bảy) vụ việc": the number again in words before its noun)
    assert [q.unit_words for q in find_quantities("xử lý 07 (bảy) vụ việc lãnh sự")] == ["vu viec lanh su"]
    report = text_report(
        tmp_path,
        "kl_kiem_tra_2021.txt",
        "KẾT LUẬN\nKiểm tra công tác đối ngoại năm 2021\n1. Số liệu\n"
        "Năm 2021, Báo cáo số 12/BC-SNgV ghi 98 hồ sơ CNLS, HPHLS; sổ theo dõi chỉ có 89 hồ sơ, chênh lệch 9 hồ sơ.\n"
        "Lưu ý: số đoàn vào năm 2021 nêu tại Báo cáo số 15/BC-SNgV là 33 đoàn; nay xác định là 35 đoàn vào.\n",
    )
    found = figure_keys(report)
    assert not any(value in (9, 33) for *_, value in found)


def test_a_row_label_marked_for_a_provisional_note_waits(tmp_path):
    report = text_report(
        tmp_path,
        "bc_thang_8_2026.md",
        "# BÁO CÁO\n## Kết quả công tác đối ngoại tháng 8 năm 2026\n\n"
        "| TT | Chỉ tiêu | ĐVT | Tháng 8/2026 |\n|---|---|---|---|\n"
        "| 1 | Đoàn vào | đoàn | 7 |\n| 2 | Lượt khách quốc tế (**) | lượt | 66 |\n\n"
        "(**) Số lượt khách là số tạm tính, đang đối chiếu.\n",
    )
    found = figure_keys(report)
    assert ("2026-08", "inbound_delegations", 7) in found
    assert not any(value == 66 for *_, value in found)


def test_approval_is_not_oda_and_a_newsreader_is_no_partner(tmp_path):
    approved = text_report(
        tmp_path,
        "bc_2023.txt",
        "BÁO CÁO\nKết quả công tác đối ngoại năm 2023\n3. Kinh tế đối ngoại và vốn ODA\n"
        "Năm 2023, chấp thuận 64 dự án, gồm 62 dự án trong nước và 02 dự án FDI.\n",
    )
    assert not any(code == "oda_projects" for _, code, _ in figure_keys(approved))
    script = text_report(
        tmp_path,
        "ban_tin_6_thang_2020.txt",
        "BẢN TIN\nĐối ngoại 6 tháng đầu năm 2020\n1. Tin chính\n"
        "PTV nữ: 6 tháng đầu năm 2020, tỉnh đã tiếp đón 14 đoàn vào với 120 lượt khách quốc tế.\n",
    )
    assert ("2020-H1", "inbound_delegations", 14) in figure_keys(script)


def test_second_reading_of_the_80th_round(tmp_path):
    from dagster_project.documents.quantities import find_quantities

    # (a one-topic title does not complete what a count's own words leave out)
    topic = text_report(
        tmp_path,
        "bc_thoa_thuan_2025.txt",
        "BÁO CÁO\nKết quả ký kết thỏa thuận quốc tế năm 2025\n1. Kết quả\n"
        "Trong kỳ báo cáo có 04 thỏa thuận hết hiệu lực; Sở thẩm định, góp ý 06 thỏa thuận trước khi ký.\n",
    )
    assert not topic.figures
    # (words in brackets that disagree with the digits restate nothing)
    assert [q.unit_words for q in find_quantities("xử lý 04 (sáu) vụ việc")] == [""]
    # (a purpose in brackets is cut, not a title's own words after a cited plan's year)
    cited = text_report(
        tmp_path,
        "bc_quy_3_2024.txt",
        "BÁO CÁO\nKết quả thực hiện Kế hoạch số 12/KH-UBND năm 2021 về lễ tân, phục vụ đối ngoại quý III năm 2024\n"
        "1. Đoàn ra\nTrong quý, cử 05 đoàn ra với 21 lượt cán bộ.\n",
    )
    assert cited.period_code == "2024-Q3"
    # (a campaign's length in months is no period the title reports on)
    campaign = text_report(
        tmp_path,
        "bc_quy_2_2024.txt",
        "BÁO CÁO\nTình hình thực hiện 02 tháng cao điểm cải cách hành chính, kết quả công tác đối ngoại quý II năm 2024\n"
        "1. Đoàn ra\nTrong quý, cử 04 đoàn ra.\n",
    )
    assert campaign.period_code == "2024-Q2"
    # (a treaty in a row's note is no estimate)
    treaty = text_report(
        tmp_path,
        "bc_2025.md",
        "# BÁO CÁO\n## Kết quả công tác lãnh sự năm 2025\n\n"
        "| TT | Kỳ | Vụ việc lãnh sự, bảo hộ công dân (vụ) |\n|---|---|---|\n| 1 | Quý IV (*) | 6 |\n| 2 | Cả năm | 21 |\n\n"
        "(*) Tính cả các vụ theo Hiệp ước tương trợ tư pháp.\n",
    )
    assert {f.qualifier for f in treaty.figures} == {"exact"}


def test_eighty_first_round(tmp_path):
    # (the months a clause opens with govern its amount after a count; a partner's share in a quarter is no quarter's
    # count; a value "chưa đối chiếu" waits)
    report = text_report(
        tmp_path,
        "bb_giao_ban_quy_3_2026.txt",
        "BIÊN BẢN\nHọp giao ban quý III năm 2026\n1. Kết quả\n"
        "- Phi chính phủ: quý III tiếp nhận 05 dự án; 9 tháng 17 chương trình, dự án với giá trị cam kết khoảng 1,9 "
        "triệu USD.\n"
        "- Hợp tác với Lào: 9 tháng hỗ trợ các tỉnh bạn gần 3,5 tỷ đồng, trong đó quý III hỗ trợ tỉnh Bolikhămxay 400 "
        "triệu đồng.\n"
        "- Lũy kế 9 tháng ký kết 06 thỏa thuận quốc tế (số liệu chưa đối chiếu với các sở, ngành).\n",
    )
    found = figure_keys(report)
    assert ("2026-9M", "ngo_aid_committed", 1900000) in found
    assert ("2026-9M", "support_to_lao_provinces", 3500000000) in found
    assert not any(value in (400000000, 6) for *_, value in found)
