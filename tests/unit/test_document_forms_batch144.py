"""Capabilities of the hundred-and-forty-fourth round, written here in phrasings other than the reports that showed the
need. Expected figures were written from the texts below before the code ran on them."""

from decimal import Decimal

from tests.unit.documents import not_published_reasons, published_figures, report_text, text_report, word_report


def test_a_heading_naming_no_field_leaves_the_field_to_the_section_above_it():
    text = report_text(
        "1502",
        "10 tháng 12 năm 2023",
        "Tổng kết công tác đối ngoại năm 2023",
        "II. ĐÓN TIẾP ĐOÀN VÀO",
        "1. Khái quát",
        "Cả năm 2023 ước 64 đoàn/301 lượt.",
        "2. Đoàn tiêu biểu",
        "Đoàn Tổng Lãnh sự Lào tại Đà Nẵng thăm tỉnh tháng 5/2023.",
    )
    published = published_figures(text)
    assert ("2023", "inbound_delegations", Decimal(64), "approx") in published
    assert ("2023", "inbound_visitors", Decimal(301), "approx") in published


def test_under_a_heading_naming_no_field_nor_a_side_a_bare_count_is_not_published():
    text = report_text(
        "1503",
        "10 tháng 12 năm 2023",
        "Tổng kết công tác đoàn ra, đoàn vào năm 2023",
        "I. KẾT QUẢ",
        "1. Khái quát",
        "Cả năm 2023 ước 64 đoàn/301 lượt.",
    )
    assert not {figure for figure in published_figures(text) if figure[2] in (Decimal(64), Decimal(301))}
    assert any("64" in written for written in not_published_reasons(text))


def test_a_section_naming_one_side_settles_the_figures_a_title_naming_both_leaves_open():
    text = report_text(
        "640",
        "02 tháng 10 năm 2019",
        "Tình hình đón đoàn vào và cử đoàn ra quý III năm 2019",
        "1. Đoàn vào",
        "Trong quý: 12 đoàn/87 lượt người (quý III/2018: 09 đoàn/54 lượt).",
        "2. Đoàn ra",
        "Trong quý có 07 đoàn/25 lượt (quý II/2019: 05 đoàn/18 lượt).",
        "3. Đánh giá chung",
        "Tổng số cả hai chiều trong quý: 19 đoàn.",
    )
    published = published_figures(text)
    assert {
        ("2019-Q3", "inbound_delegations", Decimal(12), "exact"),
        ("2019-Q3", "inbound_visitors", Decimal(87), "exact"),
        ("2018-Q3", "inbound_delegations", Decimal(9), "exact"),
        ("2018-Q3", "inbound_visitors", Decimal(54), "exact"),
        ("2019-Q3", "outbound_delegations", Decimal(7), "exact"),
        ("2019-Q3", "outbound_persons", Decimal(25), "exact"),
        ("2019-Q2", "outbound_delegations", Decimal(5), "exact"),
        ("2019-Q2", "outbound_persons", Decimal(18), "exact"),
    } <= published
    assert not {figure for figure in published if figure[2] == Decimal(19)}


def test_a_value_a_cited_report_is_said_to_have_given_in_the_passive_is_not_published():
    text = report_text(
        "301",
        "08 tháng 10 năm 2020",
        "Kết quả công tác đối ngoại 9 tháng năm 2020",
        "Tại Công văn số 88/SNgV-LS ngày 05/4/2020, số vụ việc lãnh sự, bảo hộ công dân quý I được báo cáo là 12 vụ "
        "việc. Qua rà soát, số đúng là 14 vụ việc.",
        "9 tháng năm 2020, Sở phối hợp giải quyết 37 vụ việc lãnh sự, bảo hộ công dân.",
    )
    published = published_figures(text)
    assert ("2020-9M", "consular_cases", Decimal(37), "exact") in published
    assert not {figure for figure in published if figure[2] == Decimal(12)}


def test_a_marked_rows_note_naming_a_month_makes_the_columns_holding_that_month_estimates(tmp_path):
    extraction = word_report(
        tmp_path / "bc.docx",
        [
            "SỞ NGOẠI VỤ",
            "Số: 09/BC-SNgV",
            "Hà Tĩnh, ngày 20 tháng 12 năm 2021",
            "BÁO CÁO",
            "Kết quả công tác đối ngoại quý IV và năm 2021",
        ],
        [
            ("STT", "Nội dung", "Đơn vị", "Quý IV/2021", "Năm 2021", "Năm 2020"),
            ("1", "Số đoàn ra", "đoàn", "6", "19", "15"),
            ("2", "Hồ sơ hợp pháp hóa lãnh sự (**)", "hồ sơ", "210", "805", "760"),
        ],
        ["(**) Số liệu tháng 12/2021 là số ước thực hiện."],
    )
    published = {(f.period_code, f.indicator_code, f.value.normalize(), f.qualifier) for f in extraction.figures}
    assert ("2021-Q4", "outbound_delegations", Decimal(6), "exact") in published
    assert ("2021-Q4", "consular_legalisations", Decimal(210), "approx") in published
    assert ("2021", "consular_legalisations", Decimal(805), "approx") in published
    assert ("2020", "consular_legalisations", Decimal(760), "exact") in published


def test_the_base_a_comparison_names_before_a_figure_is_not_its_period():
    text = report_text(
        "14",
        "05 tháng 01 năm 2022",
        "Tổng kết công tác đối ngoại năm 2021",
        "Riêng 6 tháng cuối năm 2021, hoạt động đón khách nhộn nhịp hơn 6 tháng đầu năm: tỉnh đón 22 đoàn vào.",
        "Nhiều hơn năm 2020, Sở thẩm định 31 dự án PCPNN.",
    )
    published = published_figures(text)
    assert ("2021-H2", "inbound_delegations", Decimal(22), "exact") in published
    assert not {figure for figure in published if figure[2] == Decimal(22) and figure[0] != "2021-H2"}
    assert not {figure for figure in published if figure[2] == Decimal(31)}


def test_a_part_of_an_estimated_whole_and_the_other_half_of_an_estimated_pair_are_estimates():
    text = report_text(
        "1210",
        "22 tháng 9 năm 2022",
        "Kết quả công tác đối ngoại quý III năm 2022",
        "Ước quý III đón 20 đoàn vào; trong số đó 06 đoàn của các cơ quan đại diện ngoại giao, tổ chức quốc tế.",
        "Cử khoảng 30 đoàn/210 lượt người đi công tác nước ngoài trong quý.",
    )
    published = published_figures(text)
    assert ("2022-Q3", "inbound_delegations", Decimal(20), "approx") in published
    assert ("2022-Q3", "inbound_mission_delegations", Decimal(6), "approx") in published
    assert ("2022-Q3", "outbound_delegations", Decimal(30), "approx") in published
    assert ("2022-Q3", "outbound_persons", Decimal(210), "approx") in published


def test_a_line_breaking_a_total_down_by_level_or_purpose_gives_parts_not_totals():
    text = report_text(
        "712",
        "30 tháng 6 năm 2024",
        "Công tác quản lý đoàn ra, đoàn vào 6 tháng đầu năm 2024",
        "1. Đoàn ra",
        "6 tháng đầu năm 2024, toàn tỉnh cử 19 đoàn ra với 84 lượt cán bộ.",
        "a) Theo cấp quản lý: cấp tỉnh 05 đoàn/30 lượt; cấp sở, ngành 14 đoàn/54 lượt.",
        "b) Theo mục đích chuyến đi: hội đàm, ký kết 08 đoàn; khảo sát, học tập 11 đoàn.",
    )
    published = published_figures(text)
    assert ("2024-H1", "outbound_delegations", Decimal(19), "exact") in published
    assert ("2024-H1", "outbound_persons", Decimal(84), "exact") in published
    assert not {figure for figure in published if figure[2] in (Decimal(5), Decimal(14), Decimal(8), Decimal(11))}


def test_a_line_over_a_table_laid_out_with_spaces_says_what_its_paired_cells_count(tmp_path):
    body = "\n".join(
        [
            "UBND TỈNH HÀ TĨNH",
            "SỞ NGOẠI VỤ",
            "Số: 55/BC-SNgV",
            "Hà Tĩnh, ngày 25 tháng 12 năm 2023",
            "BÁO CÁO",
            "Tình hình đón khách quốc tế năm 2023",
            "",
            "Số liệu theo quý:",
            "(Số liệu ghi theo: đoàn/lượt khách)",
            "",
            "Kỳ              Đoàn vào",
            "Quý I           04/31",
            "Quý II          07/45",
            "Quý III         05/40",
            "",
        ]
    )
    extraction = text_report(tmp_path, "bc.txt", body)
    published = {(f.period_code, f.indicator_code, f.value.normalize()) for f in extraction.figures}
    assert {
        ("2023-Q1", "inbound_delegations", Decimal(4)),
        ("2023-Q1", "inbound_visitors", Decimal(31)),
        ("2023-Q2", "inbound_delegations", Decimal(7)),
        ("2023-Q2", "inbound_visitors", Decimal(45)),
        ("2023-Q3", "inbound_delegations", Decimal(5)),
        ("2023-Q3", "inbound_visitors", Decimal(40)),
    } <= published


def test_what_a_set_apart_part_is_worth_and_another_associations_delegations_are_not_published():
    text = report_text(
        "515",
        "03 tháng 10 năm 2018",
        "Kết quả công tác đối ngoại quý III năm 2018",
        "Tiếp nhận 09 dự án PCPNN với tổng giá trị cam kết 1.120.000 USD; riêng Quỹ Nhi đồng Úc tài trợ 02 dự án có "
        "giá trị 430.000 USD.",
        "Trong quý, cử 11 đoàn ra; ngoài ra Hiệp hội Du lịch tỉnh tự tổ chức 03 đoàn đi Thái Lan.",
        "So với quý II, số đoàn vào cao hơn 4 đoàn.",
    )
    published = published_figures(text)
    assert ("2018-Q3", "ngo_aid_committed", Decimal(1120000), "exact") in published
    assert ("2018-Q3", "outbound_delegations", Decimal(11), "exact") in published
    assert not {figure for figure in published if figure[2] in (Decimal(430000), Decimal(3), Decimal(4))}


def test_an_undated_count_equal_to_the_tables_value_for_the_titles_other_period_is_that_periods(tmp_path):
    extraction = word_report(
        tmp_path / "bc.docx",
        [
            "SỞ NGOẠI VỤ",
            "Số: 233/BC-SNgV",
            "Hà Tĩnh, ngày 30 tháng 9 năm 2022",
            "BÁO CÁO",
            "Kết quả công tác đối ngoại quý III, 9 tháng năm 2022",
            "1. Công tác lãnh sự. Phối hợp giải quyết 14 vụ việc bảo hộ công dân.",
        ],
        [
            ("TT", "Chỉ tiêu", "ĐVT", "Quý III/2022", "9 tháng 2022"),
            ("1", "Vụ việc lãnh sự, bảo hộ công dân", "vụ", "14", "38"),
        ],
    )
    published = {(f.period_code, f.indicator_code, f.value.normalize()) for f in extraction.figures}
    assert ("2022-9M", "consular_cases", Decimal(38)) in published
    assert ("2022-Q3", "consular_cases", Decimal(14)) in published
    assert ("2022-9M", "consular_cases", Decimal(14)) not in published


def test_a_level_now_under_a_heading_on_this_month_is_the_months_in_a_report_on_a_month_and_its_half_year():
    text = report_text(
        "402",
        "25 tháng 6 năm 2024",
        "Kết quả công tác đối ngoại tháng 6 và 6 tháng đầu năm 2024",
        "I. CÁC HOẠT ĐỘNG TRONG THÁNG",
        "Hiện có 38 tổ chức PCPNN có giấy đăng ký hoạt động tại tỉnh.",
    )
    published = published_figures(text)
    assert ("2024-06", "ngos_registered_total", Decimal(38), "exact") in published
    assert not {figure for figure in published if figure[0] == "2024-H1"}


def test_a_short_numbered_sentence_counting_something_heads_nothing():
    text = report_text(
        "77",
        "20 tháng 12 năm 2022",
        "Kết quả công tác đối ngoại năm 2022",
        "1. Năm 2022 đón 41 đoàn vào, nhiều hơn năm 2021.",
        "2. Trong năm, số người Hà Tĩnh được hỗ trợ về nước an toàn là 126 người, giảm so với năm trước.",
    )
    published = published_figures(text)
    assert ("2022", "inbound_delegations", Decimal(41), "exact") in published
    assert not {figure for figure in published if figure[2] == Decimal(126)}
