"""Capabilities found in the sixty-seventh round, written here in phrasings and layouts other than the batch's.
Expected figures were written from the texts below before the code ran on them."""

from dagster_project.documents.extract import extract_figures
from dagster_project.documents.reader import read_document
from tests.unit.documents import not_published_reasons, published_figures

# A sheet exported from a spreadsheet as text: a banner of dashes over the period columns, a header whose row-number
# cell and month columns stand one space apart, its second line under three columns only, then a group line.
EXPORTED_SHEET = """SỞ NGOẠI VỤ HÀ TĨNH

              BẢNG TỔNG HỢP ĐOÀN VÀO THEO THÁNG NĂM 2024

                                          |------------------- Năm 2024 -------------------|
TT Nội dung                          ĐVT     T4   T5 T6 Quý II   Lũy kế 6T   Cùng kỳ   % CK
                                                                                2023
A. KHÁCH QUỐC TẾ
1  Đoàn vào                          đoàn     3    4   2      9          17        14   121,4
     Lượt khách quốc tế              lượt    21   40  12     73         150       120   125,0
"""


def test_a_sheet_exported_as_text_gives_each_column_its_period(tmp_path):
    path = tmp_path / "Tong hop doan vao theo thang 2024.txt"
    path.write_text(EXPORTED_SHEET, encoding="utf-8")
    figures = {
        (f.period_code, f.indicator_code, f.value.normalize(), f.qualifier)
        for f in extract_figures(read_document(path)).figures
    }
    assert {
        ("2024-04", "inbound_delegations", 3, "exact"),
        ("2024-06", "inbound_delegations", 2, "exact"),
        ("2024-Q2", "inbound_delegations", 9, "exact"),
        ("2024-H1", "inbound_delegations", 17, "exact"),
        ("2023-H1", "inbound_delegations", 14, "exact"),
        ("2024-05", "inbound_visitors", 40, "exact"),
        ("2024-H1", "inbound_visitors", 150, "exact"),
    } <= figures
    assert not any(figure[2] in (121.4, 125) for figure in figures)


def test_a_table_whose_unit_line_names_money_holds_amounts_whatever_its_labels_count():
    text = (
        "BÁO CÁO\nKết quả công tác đối ngoại năm 2023\n\nĐơn vị tính: triệu đồng\n\n"
        "| TT | Nội dung chi | Dự toán 2023 | Thực hiện 2023 |\n|---|---|---|---|\n"
        "| 1 | Đoàn vào | 1.150 | 1.090 |\n| 2 | Hội nghị quốc tế | 420 | 415 |\n"
    )
    figures = published_figures(text)
    assert not any(figure[1] in ("inbound_delegations", "intl_conferences") for figure in figures)


def test_a_tables_caption_on_the_volume_of_work_is_no_plan():
    figures = published_figures(
        "BÁO CÁO\nKết quả công tác lãnh sự năm 2023\n\nKHỐI LƯỢNG NHIỆM VỤ NĂM 2023\n\n"
        "| TT | Nội dung | ĐVT | Thực hiện năm 2023 |\n|---|---|---|---|\n"
        "| 1 | Hồ sơ chứng nhận lãnh sự, hợp pháp hóa lãnh sự | hồ sơ | 64 |\n"
    )
    assert ("2023", "consular_legalisations", 64, "exact") in figures


def test_a_budget_note_is_a_title():
    figures = published_figures(
        "SỞ NGOẠI VỤ\n\nTHUYẾT MINH\nTình hình thực hiện nhiệm vụ năm 2023\n\n"
        "Năm 2023, Sở tham mưu tổ chức 11 hội nghị, hội thảo quốc tế.\n"
    )
    assert ("2023", "intl_conferences", 11, "exact") in figures


def test_a_whole_read_from_a_sentence_with_the_value_of_its_part_in_a_table_waits():
    text = (
        "BÁO CÁO\nCông tác vận động viện trợ năm 2024\n\n"
        "Quý III, tỉnh đón 6 đoàn của các tổ chức quốc tế tại Việt Nam. Sang quý IV, số đoàn vào đạt 13 đoàn.\n\n"
        "| Thời gian | Đoàn CQĐD, TCQT tại Việt Nam (đoàn) |\n|---|---|\n| Quý IV/2024 | 13 |\n"
    )
    figures = published_figures(text)
    assert ("2024-Q4", "inbound_mission_delegations", 13, "exact") in figures
    assert ("2024-Q4", "inbound_delegations", 13, "exact") not in figures


def test_a_sentence_opening_with_what_its_counts_are_broken_down_by_gives_parts():
    text = (
        "BÁO CÁO\nCông tác cảng biển năm 2023\n\n"
        "Năm 2023, cảng Vũng Áng làm thủ tục xuất, nhập cảnh cho 612 lượt tàu. Chia theo bến, bến Sơn Dương có 402 lượt "
        "tàu.\n"
    )
    assert ("2023", "port_vessels", 612, "exact") in published_figures(text)
    assert "breakdown" in not_published_reasons(text)["402"]


def test_courses_followed_at_home_online_are_no_training_abroad():
    text = (
        "BÁO CÁO\nCông tác đối ngoại quý III năm 2021\n\n"
        "Sở phối hợp với tổ chức JICA mở 01 lớp tập huấn trực tuyến về quản lý đô thị cho 38 cán bộ.\n"
    )
    assert not any(figure[2] == 38 for figure in published_figures(text))


# What a second reader found the first version of these capabilities publishing wrongly; each now waits or stands.


def test_what_most_of_the_counted_were_does_not_choose_the_indicator():
    figures = published_figures(
        "BÁO CÁO\nCông tác đối ngoại quý I năm 2024\n\n"
        "Trong quý, tỉnh đón 9 đoàn vào với 95 lượt khách, phần lớn là đoàn của các cơ quan đại diện ngoại giao.\n"
    )
    assert ("2024-Q1", "inbound_delegations", 9, "exact") in figures
    assert not any(figure[1] == "inbound_mission_delegations" for figure in figures)


def test_cases_detected_are_no_consular_cases():
    text = (
        "BÁO CÁO\nCông tác lãnh sự năm 2024\n\n"
        "Qua thẩm định hồ sơ hợp pháp hóa lãnh sự, Sở phát hiện 4 vụ việc dùng con dấu giả.\n"
    )
    assert not any(figure[2] == 4 for figure in published_figures(text))


def test_under_a_money_unit_line_a_row_saying_it_counts_is_a_count_and_a_bare_activity_waits():
    text = (
        "BÁO CÁO\nCông tác phi chính phủ nước ngoài năm 2023\n\nĐơn vị tính: USD\n\n"
        "| TT | Chỉ tiêu | Năm 2023 |\n|---|---|---|\n| 1 | Số dự án PCPNN được tiếp nhận | 21 |\n"
        "| 2 | Đoàn vào khảo sát dự án | 5 |\n"
    )
    figures = published_figures(text)
    assert ("2023", "ngo_projects_approved", 21, "exact") in figures
    assert not any(figure[2] == 5 for figure in figures)


def test_a_sheet_kept_over_a_year_gives_no_years_figure_from_its_total_column(tmp_path):
    path = tmp_path / "Bang theo doi 2024.txt"
    path.write_text(
        "SỞ NGOẠI VỤ\n\n             BẢNG THEO DÕI ĐOÀN RA NĂM 2024\n\n"
        "STT Nội dung                ĐVT     Quý I   Quý II   Quý III    Cộng\n"
        "1   Đoàn ra                 đoàn       8       11         9      28\n"
        "2   Lượt cán bộ             lượt      40       52        47     139\n",
        encoding="utf-8",
    )
    figures = {(f.period_code, f.indicator_code, f.value) for f in extract_figures(read_document(path)).figures}
    assert ("2024-Q2", "outbound_delegations", 11) in figures
    assert not any(period == "2024" for period, _, _ in figures)


def test_a_caption_on_the_volume_of_work_over_plan_columns_only_is_a_plan():
    text = (
        "KẾ HOẠCH\nCông tác đối ngoại năm 2026\n\nKHỐI LƯỢNG NHIỆM VỤ NĂM 2026\n\n"
        "| TT | Nội dung | Năm 2026 |\n|---|---|---|\n| 1 | Đoàn ra | 14 |\n"
    )
    assert not any(figure[2] == 14 for figure in published_figures(text))
