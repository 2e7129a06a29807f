"""Capabilities of the ninety-fifth round, written here in phrasings and layouts other than the held reports'.
Expected figures were written from the texts below before the code ran on them."""

from decimal import Decimal

from tests.unit.documents import published_figures, word_report

HEAD = "UBND TỈNH HÀ TĨNH\nSỞ NGOẠI VỤ\nSố: 19/BC-SNgV\n"


def test_a_sum_column_under_a_year_beside_two_quarters_is_their_half_and_a_bracket_names_a_part(tmp_path):
    extraction = word_report(
        tmp_path / "bc_quy_1_2.docx",
        [HEAD, "Hà Tĩnh, ngày 10 tháng 7 năm 2021", "BÁO CÁO", "Kết quả công tác đối ngoại quý I và quý II năm 2021"],
        [
            ("TT", "Chỉ tiêu", "Năm 2021", "Năm 2021", "Năm 2021", "Cùng kỳ 2020"),
            ("TT", "Chỉ tiêu", "Quý I", "Quý II", "Tổng cộng", "(6 tháng đầu năm)"),
            ("1", "Số đoàn vào (đoàn)", "4", "6", "10", "13"),
        ],
    )
    found = {(f.period_code, f.indicator_code, f.value.normalize()) for f in extraction.figures}
    assert ("2021-H1", "inbound_delegations", Decimal(10)) in found
    assert ("2020-H1", "inbound_delegations", Decimal(13)) in found
    assert not any(period in ("2021", "2020") for period, *_ in found)


def test_a_sum_column_beside_columns_that_make_no_period_waits(tmp_path):
    extraction = word_report(
        tmp_path / "bc_quy_1_3.docx",
        [HEAD, "Hà Tĩnh, ngày 10 tháng 10 năm 2021", "BÁO CÁO", "Số liệu công tác đối ngoại quý I và quý III năm 2021"],
        [
            ("TT", "Chỉ tiêu", "Năm 2021", "Năm 2021", "Năm 2021"),
            ("TT", "Chỉ tiêu", "Quý I", "Quý III", "Cộng"),
            ("1", "Số đoàn vào (đoàn)", "4", "7", "11"),
        ],
    )
    assert not any(figure.value == 11 for figure in extraction.figures)


def test_a_named_embassys_delegation_is_that_partners_share():
    text = (
        f"{HEAD}Hà Tĩnh, ngày 24 tháng 11 năm 2020\nBÁO CÁO\nCông tác đối ngoại tháng 11 năm 2020\n"
        "Trong tháng đón 06 đoàn vào, trong đó 02 đoàn của tỉnh Savannakhet và 01 đoàn của Tổng Lãnh sự quán Lào tại "
        "Đà Nẵng.\n"
    )
    found = published_figures(text)
    assert ("2020-11", "inbound_delegations", Decimal(6), "exact") in found
    assert not any(value == 1 for *_, value, _ in found)


def test_projects_still_being_proposed_and_businesses_own_agreements_are_not_the_provinces():
    text = (
        f"{HEAD}Hà Tĩnh, ngày 24 tháng 11 năm 2020\nBÁO CÁO\nCông tác đối ngoại tháng 11 năm 2020\n"
        "- Sở góp ý hồ sơ của 03 dự án FDI đang đề nghị cấp giấy chứng nhận đầu tư.\n"
        "- Tại hội chợ, các bên ký 05 biên bản hợp tác giữa các doanh nghiệp du lịch hai nước.\n"
        "- Trong tháng, ký kết 01 thỏa thuận quốc tế nhân danh UBND tỉnh.\n"
    )
    found = published_figures(text)
    assert ("2020-11", "intl_agreements", Decimal(1), "exact") in found
    assert not any(value in (3, 5) for *_, value, _ in found)


def test_what_an_earlier_report_or_another_document_wrote_is_not_this_reports_figure():
    text = (
        f"{HEAD}Hà Tĩnh, ngày 20 tháng 12 năm 2019\nBÁO CÁO\nKết quả công tác đối ngoại quý IV năm 2019\n"
        "- Báo cáo số 410/BC-SNgV ngày 22/9/2019 đã báo cáo quý III cấp mới 31 hộ chiếu công vụ; qua rà soát lại, số "
        "đúng là 29 hồ sơ.\n"
        "- Tài liệu hội nghị ghi năm 2019 có 44 đoàn vào; số liệu này chưa được Sở xác nhận.\n"
        "- Quý IV, Sở cử 07 đoàn ra.\n"
    )
    found = published_figures(text)
    assert ("2019-Q4", "outbound_delegations", Decimal(7), "exact") in found
    assert not any(value in (31, 44) for *_, value, _ in found)


def test_a_total_column_that_is_not_the_sum_of_the_months_beside_it_is_the_groups_whole(tmp_path):
    extraction = word_report(
        tmp_path / "bc_9_thang.docx",
        [HEAD, "Hà Tĩnh, ngày 25 tháng 9 năm 2023", "BÁO CÁO", "Kết quả công tác đối ngoại 9 tháng năm 2023"],
        [
            ("TT", "Chỉ tiêu", "9 tháng năm 2023", "9 tháng năm 2023", "9 tháng năm 2023", "9 tháng năm 2023"),
            ("TT", "Chỉ tiêu", "Tổng", "Tháng 7", "Tháng 8", "Tháng 9"),
            ("1", "Số đoàn ra (đoàn)", "45", "5", "6", "4"),
        ],
    )
    found = {(f.period_code, f.indicator_code, f.value.normalize()) for f in extraction.figures}
    assert ("2023-9M", "outbound_delegations", Decimal(45)) in found
    assert ("2023-08", "outbound_delegations", Decimal(6)) in found
    assert not any(period == "2023-Q3" for period, *_ in found)


def test_a_cited_reports_value_does_not_reach_this_reports_figures_after_a_comma():
    text = (
        f"{HEAD}Hà Tĩnh, ngày 20 tháng 3 năm 2024\nBÁO CÁO\nKết quả công tác đối ngoại quý I năm 2024\n"
        "Báo cáo số 15/BC-SNgV ngày 10/01/2024 đã báo cáo năm 2023 cử 62 đoàn ra, trong quý I năm 2024 toàn tỉnh cử "
        "14 đoàn ra với 80 lượt cán bộ.\n"
    )
    found = published_figures(text)
    assert ("2024-Q1", "outbound_delegations", Decimal(14), "exact") in found
    assert not any(value == 62 for *_, value, _ in found)


def test_a_column_of_what_was_cancelled_or_postponed_holds_no_result(tmp_path):
    extraction = word_report(
        tmp_path / "bc_quy_2.docx",
        [HEAD, "Hà Tĩnh, ngày 22 tháng 6 năm 2021", "BÁO CÁO", "Kết quả công tác đối ngoại quý II năm 2021"],
        [
            ("Nội dung", "ĐVT", "Thực hiện quý II", "Hủy, hoãn"),
            ("Đoàn ra", "đoàn", "03", "11"),
        ],
    )
    found = {(f.period_code, f.indicator_code, f.value.normalize()) for f in extraction.figures}
    assert ("2021-Q2", "outbound_delegations", Decimal(3)) in found
    assert not any(value == 11 for *_, value in found)


def test_agreements_the_province_and_its_partner_provinces_signed_are_a_share():
    text = (
        f"{HEAD}Hà Tĩnh, ngày 15 tháng 12 năm 2020\nBÁO CÁO\nTổng kết công tác đối ngoại giai đoạn 2016 - 2020\n"
        "Giai đoạn 2016 - 2020, tỉnh và các tỉnh bạn ký kết 05 thỏa thuận hợp tác; tỉnh hỗ trợ các tỉnh bạn 38 tỷ đồng.\n"
    )
    found = published_figures(text)
    assert not any(indicator == "intl_agreements" for _, indicator, *_ in found)
