"""Capabilities of the hundred-and-thirtieth round, written here in phrasings other than the reports that showed the
need. Expected figures were written from the texts below before the code ran on them."""

from decimal import Decimal

from dagster_project.documents.extract import extract_figures
from dagster_project.documents.reader import read_document
from tests.unit.documents import not_published_reasons, published_figures, report_text


def _keys(text: str) -> set[tuple]:
    return {key[:3] for key in published_figures(text)}


def test_a_thing_made_for_a_year_dates_none_of_the_figures_it_prints(tmp_path):
    path = tmp_path / "lich.md"
    path.write_text(
        "UBND TỈNH HÀ TĨNH\nSỞ NGOẠI VỤ\n\n# LỊCH TREO TƯỜNG NĂM 2021\n## Một năm đối ngoại qua những con số\n\n"
        "### Tờ tháng 3\n# 44 ĐOÀN VÀO\nđến thăm, làm việc trong năm\n\n### Tờ tháng 4\n# 12 HỘI NGHỊ, HỘI THẢO QUỐC TẾ\n",
        encoding="utf-8",
    )
    extraction = extract_figures(read_document(path))
    assert not [f for f in extraction.figures if f.period_code == "2021"]


def test_a_quoted_phrase_asked_to_change_is_the_wrong_value_wherever_it_is_given():
    text = report_text(
        "31",
        "26 tháng 12 năm 2019",
        "Góp ý dự thảo bài phỏng vấn về công tác đối ngoại năm 2019",
        "1. Đoạn 3: đề nghị sửa “45 đoàn vào” thành “47 đoàn vào” theo số chốt của Văn phòng.",
        "2. Câu “tổ chức 11 hội nghị, hội thảo quốc tế” đề nghị ghi lại là “tổ chức 12 hội nghị, hội thảo quốc tế”.",
        "DỰ THẢO BÀI PHỎNG VẤN",
        "Năm 2019, tỉnh đón 45 đoàn vào và tổ chức 11 hội nghị, hội thảo quốc tế.",
    )
    reasons = not_published_reasons(text)
    assert ("2019", "inbound_delegations", Decimal(45)) not in _keys(text)
    assert ("2019", "intl_conferences", Decimal(11)) not in _keys(text)
    assert "names this kind and value as wrong" in reasons["45"] or "wrong" in reasons["45"]


def test_a_note_on_how_figures_are_written_defines_the_same_period():
    text = report_text(
        "32",
        "25 tháng 6 năm 2021",
        "Kết quả công tác đối ngoại quý II năm 2021",
        'Cách ghi số liệu: mỗi dòng ghi "Quý II", "lũy kế 6 tháng"; "cùng kỳ" là lũy kế 6 tháng năm 2020.',
        "- Đoàn vào: Quý II: 03 đoàn; lũy kế 6 tháng: 05 đoàn; cùng kỳ: 21 đoàn.",
    )
    keys = _keys(text)
    assert ("2020-H1", "inbound_delegations", Decimal(21)) in keys
    assert not [key for key in keys if key[0] == "2020-Q2"]


def test_a_bracket_with_its_own_count_does_not_date_the_figure_after_it():
    text = report_text(
        "33",
        "20 tháng 12 năm 2019",
        "Kết quả công tác đối ngoại năm 2019",
        "Cả năm 2019, tỉnh cử bốn mươi đoàn ra (sáu tháng đầu năm đã báo cáo mười tám đoàn) và năm mươi hai đoàn vào.",
    )
    keys = _keys(text)
    assert ("2019", "inbound_delegations", Decimal(52)) in keys
    assert not [key for key in keys if key[0] == "2019-H1" and key[1] == "inbound_delegations"]


def test_a_short_bold_caption_dates_or_plans_the_lines_below_it():
    def keys(*lines: str) -> set[tuple]:
        return _keys(report_text("34", "25 tháng 9 năm 2020", "Kết quả công tác đối ngoại quý III năm 2020", *lines))

    assert keys("Trong quý, tỉnh cử 02 đoàn ra.", "**6 tháng đầu năm 2020**", "- Tiếp nhận 07 dự án PCPNN.") == {
        ("2020-Q3", "outbound_delegations", Decimal(2)),
        ("2020-H1", "ngo_projects_approved", Decimal(7)),
    }
    assert keys("Trong quý, tỉnh cử 02 đoàn ra.", "**Kế hoạch quý IV**", "- Đón 09 đoàn vào.") == {
        ("2020-Q3", "outbound_delegations", Decimal(2))
    }


def test_an_unnumbered_markdown_heading_under_a_numbered_plan_heading_stays_in_the_plan(tmp_path):
    path = tmp_path / "bao_cao.md"
    path.write_text(
        "UBND TỈNH HÀ TĨNH\nSỞ NGOẠI VỤ\nSố: 35/BC-SNgV\nHà Tĩnh, ngày 18 tháng 12 năm 2020\n\n"
        "# BÁO CÁO KẾT QUẢ CÔNG TÁC ĐỐI NGOẠI NĂM 2020\n\n## I. KẾT QUẢ\n\nTrong năm, tỉnh tổ chức 04 hội nghị, hội thảo "
        "quốc tế.\n\n## II. NHIỆM VỤ NĂM 2021\n\n## Hội nghị quốc tế\n\n- Tổ chức 06 hội nghị, hội thảo quốc tế.\n",
        encoding="utf-8",
    )
    extraction = extract_figures(read_document(path))
    assert {(f.period_code, f.indicator_code, f.value) for f in extraction.figures} == {
        ("2020", "intl_conferences", Decimal(4))
    }


def test_an_export_whose_header_has_one_value_column_keeps_it(tmp_path):
    path = tmp_path / "bieu.txt"
    path.write_text(
        "SỐ LIỆU ĐỐI NGOẠI CÙNG KỲ NĂM 2019\t\t\nNội dung\tQuý III năm 2019\t\nSố đoàn ra\t5\t(1)\nSố đoàn vào\t11\t\n",
        encoding="utf-8",
    )
    extraction = extract_figures(read_document(path))
    assert {(f.period_code, f.indicator_code, f.value) for f in extraction.figures} <= {
        ("2019-Q3", "outbound_delegations", Decimal(5)),
        ("2019-Q3", "inbound_delegations", Decimal(11)),
    }


def test_earlier_years_in_a_bracket_compare_whatever_they_sum_to():
    keys = _keys(
        report_text(
            "36",
            "20 tháng 12 năm 2020",
            "Kết quả công tác đối ngoại năm 2020",
            "Năm 2020, tỉnh đón 90 đoàn với 700 lượt khách quốc tế, số lượt khách cao hơn (năm 2018: 40; năm 2019: 50).",
        )
    )
    assert ("2018", "inbound_delegations", Decimal(40)) not in keys
    assert ("2019", "inbound_delegations", Decimal(50)) not in keys


def test_a_change_refused_or_proposed_leaves_both_values_waiting():
    text = report_text(
        "37",
        "27 tháng 12 năm 2019",
        "Góp ý dự thảo tin bài tổng kết năm 2019",
        "1. Đề nghị không đổi “12 hội nghị” thành “13 hội nghị”: hội nghị thứ 13 lùi sang tháng 1/2020.",
        "DỰ THẢO TIN BÀI",
        "Năm 2019, các cơ quan tổ chức 12 hội nghị, hội thảo quốc tế; có nơi ghi 13 hội nghị, hội thảo quốc tế.",
    )
    assert not [key for key in _keys(text) if key[1] == "intl_conferences"]


def test_a_short_bold_line_dating_its_subject_is_no_caption():
    keys = _keys(
        report_text(
            "38",
            "20 tháng 12 năm 2019",
            "Kết quả công tác đối ngoại năm 2019",
            "**Các vụ việc phát sinh từ năm 2017**",
            "- Trong năm, đã giải quyết dứt điểm 04 vụ việc lãnh sự, bảo hộ công dân.",
        )
    )
    assert not [key for key in keys if key[0] == "2017"]


def test_a_mixed_case_plan_heading_at_a_numbered_headings_depth_keeps_its_numbered_items(tmp_path):
    path = tmp_path / "bao_cao.md"
    path.write_text(
        "UBND TỈNH HÀ TĨNH\nSỞ NGOẠI VỤ\nSố: 39/BC-SNgV\nHà Tĩnh, ngày 18 tháng 12 năm 2019\n\n"
        "# BÁO CÁO KẾT QUẢ CÔNG TÁC ĐỐI NGOẠI NĂM 2019\n\n## I. Kết quả đạt được\n\nTrong năm, tỉnh đón 52 đoàn vào.\n\n"
        "## Định hướng, nhiệm vụ năm 2020\n\n### 1. Đoàn vào và hội nghị\n\nĐón 60 đoàn vào, tổ chức 05 hội nghị, hội thảo "
        "quốc tế.\n",
        encoding="utf-8",
    )
    extraction = extract_figures(read_document(path))
    assert {(f.period_code, f.indicator_code) for f in extraction.figures} <= {("2019", "inbound_delegations")}


def test_a_note_defining_the_same_period_for_one_row_defines_none_for_the_report():
    text = report_text(
        "40",
        "25 tháng 9 năm 2019",
        "Kết quả công tác đối ngoại quý III năm 2019",
        'Cách ghi số liệu: ở dòng lũy kế, "cùng kỳ" là lũy kế 9 tháng năm 2018.',
        "- Đoàn vào: Quý III: 10 đoàn; cùng kỳ: 8 đoàn.",
    )
    assert not [key for key in _keys(text) if key[0] == "2018-9M"]


def test_quarters_in_a_bracket_break_down_the_years_count_in_a_report_on_its_last_quarter():
    keys = _keys(
        report_text(
            "41",
            "20 tháng 12 năm 2019",
            "Kết quả công tác đối ngoại quý IV năm 2019",
            "Cả năm 2019, tỉnh cử 30 đoàn với 200 lượt cán bộ đi công tác nước ngoài (quý I: 5; quý II: 10; quý III: 7;"
            " quý IV: 8).",
        )
    )
    assert ("2019-Q2", "outbound_delegations", Decimal(10)) in keys
    assert not [key for key in keys if key[1] == "outbound_persons" and key[0] != "2019"]
