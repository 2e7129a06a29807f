"""Capabilities of the hundred-and-sixth round, written here in phrasings other than the held reports'. Expected
figures were written from the texts below before the code ran on them."""

from decimal import Decimal

from dagster_project.documents.quantities import find_quantities
from tests.unit.documents import published_figures, report_text, word_report

HEAD = "UBND TỈNH HÀ TĨNH\nSỞ NGOẠI VỤ\nSố: 106/BC-SNgV\n"


def _report(date: str, title: str, *lines: str) -> str:
    return report_text("106", date, title, *lines)


def test_a_number_in_words_then_its_digits_in_brackets_is_one_number():
    assert [(q.value, q.unit_words) for q in find_quantities("tiếp nhận hai mươi bảy (27) hồ sơ")] == [
        (Decimal(27), "ho so")
    ]
    amounts = find_quantities("tổng trị giá hai tỷ năm trăm triệu (2.500.000.000) đồng")
    assert [(q.value, q.currency) for q in amounts] == [(Decimal(2500000000), "VND")]
    # (words and digits that disagree are left as written; a year in brackets is no restatement)
    assert [q.value for q in find_quantities("ký ba (04) thỏa thuận")] == [Decimal(4)]
    assert find_quantities("trong năm (2023) có") == []


def test_a_report_written_in_words_and_digits():
    text = _report(
        "28 tháng 12 năm 2022",
        "Báo cáo kết quả công tác đối ngoại năm 2022",
        "- Trong năm, tỉnh cử mười hai (12) đoàn với bốn mươi lăm (45) lượt cán bộ đi công tác nước ngoài.",
        "- Tổng trị giá hỗ trợ hai tỉnh bạn Lào là ba tỷ hai trăm triệu (3.200.000.000) đồng.",
    )
    found = published_figures(text)
    assert ("2022", "outbound_delegations", Decimal(12), "exact") in found
    assert ("2022", "outbound_persons", Decimal(45), "exact") in found


def test_the_clerks_dr_and_dv_are_delegations():
    text = _report(
        "03 tháng 4 năm 2023",
        "Báo cáo công tác đối ngoại quý I năm 2023",
        "- Quý I/2023 cử 06 ĐR/21 lượt CBCCVC đi công tác nước ngoài; đón 04 ĐV/37 lượt khách quốc tế.",
    )
    found = published_figures(text)
    assert ("2023-Q1", "outbound_delegations", Decimal(6), "exact") in found
    assert ("2023-Q1", "inbound_delegations", Decimal(4), "exact") in found
    assert ("2023-Q1", "inbound_visitors", Decimal(37), "exact") in found


def test_a_total_row_takes_the_measure_beside_its_label(tmp_path):
    extraction = word_report(
        tmp_path / "bieu.docx",
        [
            HEAD,
            "Hà Tĩnh, ngày 10 tháng 01 năm 2024",
            "BÁO CÁO",
            "Tình hình xuất nhập cảnh qua các cửa khẩu năm 2023",
            "Biểu 02. Phương tiện xuất nhập cảnh theo cửa khẩu",
            "Đơn vị tính: lượt",
        ],
        [
            ("TT", "Cửa khẩu", "Chỉ tiêu", "Quý I", "Quý II", "Cả năm"),
            ("1", "CKQT Cầu Treo", "Phương tiện XNC", "4.100", "5.020", "19.870"),
            ("2", "CK Kim Đồ", "Phương tiện XNC", "210", "305", "1.130"),
            ("Tổng cộng", "", "Phương tiện XNC", "4.310", "5.325", "21.000"),
        ],
    )
    found = {(f.period_code, f.indicator_code, f.value.normalize()) for f in extraction.figures}
    assert ("2023-Q1", "border_crossings_vehicles", Decimal(4310)) in found
    assert not any(value in (Decimal(4100), Decimal(210)) for *_, value in found)


# -- guards written after the second reading of the round, in phrasings of their own -----------------------------------


def test_a_plans_figures_wait_whether_approved_or_set_out():
    text = _report(
        "20 tháng 12 năm 2023",
        "Báo cáo kết quả công tác đối ngoại năm 2023",
        "- Kế hoạch năm 2023 đã được UBND tỉnh phê duyệt với 70 đoàn ra.",
        "- Kế hoạch số 45/KH-UBND ngày 12/01/2023 đặt ra 50 đoàn vào.",
        "- Năm 2023, Ban Thường vụ Tỉnh ủy đề ra 08 thỏa thuận quốc tế.",
    )
    assert not published_figures(text)


def test_dv_alone_is_no_delegation():
    text = _report(
        "02 tháng 4 năm 2023",
        "Báo cáo công tác đối ngoại quý I năm 2023",
        "- Sở phối hợp với 09 ĐV liên quan chuẩn bị đón tiếp các đoàn khách quốc tế.",
    )
    assert not any(code == "inbound_delegations" for _, code, *_ in published_figures(text))


def test_a_value_after_trong_do_that_cannot_be_a_part_leaves_both_waiting():
    text = _report(
        "20 tháng 12 năm 2023",
        "Báo cáo kết quả công tác đối ngoại năm 2023",
        "- Năm 2023, tỉnh đón 15 đoàn vào cấp Bộ, trong đó 6 đoàn cấp Bộ trưởng, và 30 đoàn vào cấp tỉnh, địa phương.",
    )
    assert not any(code == "inbound_delegations" for _, code, *_ in published_figures(text))


def test_ck_before_a_qualified_value_is_the_same_period_a_year_earlier():
    text = _report(
        "03 tháng 6 năm 2024",
        "Báo cáo công tác đối ngoại tháng 5 năm 2024",
        "- Tháng 5 đón 27 đoàn vào (CK: gần 25 đoàn).",
    )
    assert ("2023-05", "inbound_delegations", Decimal(25), "approx") in published_figures(text)


def test_lines_another_body_prepared_are_its_figures_until_the_next_heading():
    text = report_text(
        "107",
        "10 tháng 10 năm 2021",
        "Đề cương trả lời phỏng vấn về công tác đối ngoại 9 tháng năm 2021",
        "### Phần 2. Xuất nhập cảnh",
        "Nội dung trả lời (số liệu do Đồn Biên phòng CKQT Cầu Treo cung cấp):",
        "- 9 tháng, đã làm thủ tục xuất nhập cảnh cho 38.400 lượt người qua CKQT Cầu Treo.",
        "### Phần 3. Đoàn vào",
        "- 9 tháng năm 2021, tỉnh đón 12 đoàn vào.",
    )
    found = published_figures(text)
    assert Decimal(38400) not in {value for *_, value, _ in found}
    assert ("2021-9M", "inbound_delegations", Decimal(12), "exact") in found


def test_the_official_value_after_the_estimate_it_replaces_is_exact():
    text = report_text(
        "107",
        "08 tháng 7 năm 2022",
        "Báo cáo công tác biên dịch, phiên dịch 6 tháng đầu năm 2022",
        "Ghi chú: Quý II đã báo cáo tại Báo cáo số 101/BC-SNgV là 540 trang (số ước đến ngày 20/6/2022), nay cập nhật "
        "số chính thức 562 trang biên dịch.",
    )
    found = published_figures(text)
    assert ("2022-Q2", "translated_pages", Decimal(562), "exact") in found
    assert not any(value == Decimal(540) for *_, value, _ in found)


# -- guards written after the third reading, in phrasings of their own -------------------------------------------------


def test_a_difference_from_a_named_year_is_a_change_and_a_remark_before_a_years_level_is_not():
    text = _report(
        "22 tháng 12 năm 2023",
        "Báo cáo kết quả công tác đối ngoại năm 2023",
        "- Số thỏa thuận quốc tế được ký kết ít hơn năm 2022 là 02 thỏa thuận.",
        "- Số đoàn vào tiếp tục tăng, năm 2023 là 47 đoàn.",
    )
    found = published_figures(text)
    assert not any(value == Decimal(2) for *_, value, _ in found)
    assert ("2023", "inbound_delegations", Decimal(47), "exact") in found


def test_a_plan_of_a_coming_year_stays_a_plan_beside_ordinary_words():
    text = _report(
        "20 tháng 12 năm 2024",
        "Báo cáo kết quả công tác đối ngoại năm 2024",
        "- Kế hoạch năm 2025 đón 48 đoàn vào, phù hợp thực tế của tỉnh.",
        "- Kế hoạch số 31/KH-UBND được triển khai: UBND tỉnh đã cử 44 đoàn ra.",
    )
    found = published_figures(text)
    assert not any(value == Decimal(48) for *_, value, _ in found)
    assert ("2024", "outbound_delegations", Decimal(44), "exact") in found


def test_an_official_meeting_does_not_make_an_estimate_exact():
    text = _report(
        "25 tháng 6 năm 2022",
        "Báo cáo công tác biên dịch, phiên dịch 6 tháng đầu năm 2022",
        "- Ước số giờ phiên dịch cho các chuyến thăm chính thức là 180 giờ.",
    )
    assert ("2022-H1", "interpreting_hours", Decimal(180), "approx") in published_figures(text)


def test_the_departments_own_or_a_data_sources_line_is_no_other_bodys_answer():
    text = report_text(
        "107",
        "15 tháng 12 năm 2023",
        "Báo cáo kết quả công tác đối ngoại năm 2023",
        "Nội dung trả lời (do Sở chuẩn bị):",
        "- Năm 2023, tỉnh cử 41 đoàn ra.",
        "Tình hình xuất nhập cảnh (số liệu do Bộ Chỉ huy Bộ đội Biên phòng tỉnh cung cấp):",
        "- Năm 2023, qua CKQT Cầu Treo làm thủ tục xuất nhập cảnh cho 388.200 lượt người.",
    )
    found = published_figures(text)
    assert ("2023", "outbound_delegations", Decimal(41), "exact") in found
    assert ("2023", "border_crossings_persons", Decimal(388200), "exact") in found


def test_a_count_the_sentence_raises_to_a_total_is_an_addition():
    text = _report(
        "18 tháng 12 năm 2023",
        "Báo cáo kết quả công tác đối ngoại năm 2023",
        "- Trong năm 2023, tỉnh cử 9 đoàn đi các nước châu Âu, trong đó 4 đoàn đi Đức, nâng tổng số đoàn ra trong năm "
        "lên 51 đoàn.",
    )
    found = published_figures(text)
    assert ("2023", "outbound_delegations", Decimal(51), "exact") in found
    assert not any(value in (Decimal(9), Decimal(4)) for *_, value, _ in found)
