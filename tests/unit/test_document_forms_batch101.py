"""Capabilities of the hundred-and-first round, written here in phrasings and layouts other than the held reports'.
Expected figures were written from the texts below before the code ran on them."""

from decimal import Decimal

from dagster_project.documents.extract import extract_figures
from dagster_project.documents.reader import read_document
from tests.unit.documents import published_figures, word_report

HEAD = "UBND TỈNH HÀ TĨNH\nSỞ NGOẠI VỤ\nSố: 101/BC-SNgV\n"
NINE_MONTHS = f"{HEAD}Hà Tĩnh, ngày 03 tháng 10 năm 2023\nBÁO CÁO\nKết quả công tác đối ngoại 9 tháng năm 2023\n"


def test_a_list_items_figures_in_a_bracket_after_its_label_are_the_items_own():
    text = (
        f"{NINE_MONTHS}"
        "- Đoàn vào (31 đoàn, 402 lượt khách quốc tế); so với cùng kỳ tăng 06 đoàn.\n"
        "- Vụ việc lãnh sự, bảo hộ công dân (44 vụ việc).\n"
        "- Các vụ việc tập trung ở huyện Cẩm Xuyên (9 vụ việc).\n"
        "Địa bàn có nhiều đoàn nhất là thị xã Kỳ Anh (7 đoàn).\n"
    )
    found = published_figures(text)
    assert ("2023-9M", "inbound_delegations", Decimal(31), "exact") in found
    assert ("2023-9M", "inbound_visitors", Decimal(402), "exact") in found
    assert ("2023-9M", "consular_cases", Decimal(44), "exact") in found
    assert not any(value in (Decimal(9), Decimal(7), Decimal(6)) for *_, value, _ in found)


def test_a_part_counted_within_a_total_waits_unless_its_indicator_is_a_part_by_definition():
    text = (
        f"{NINE_MONTHS}"
        "- Đoàn đi đào tạo, học tập kinh nghiệm ở nước ngoài: 05 đoàn/28 lượt cán bộ (đã tính trong tổng số đoàn ra).\n"
        "- Giá trị hỗ trợ tỉnh Khăm Muồn 9 tháng là 700 triệu đồng (nằm trong tổng giá trị hỗ trợ các tỉnh Lào).\n"
    )
    found = published_figures(text)
    assert ("2023-9M", "training_delegations", Decimal(5), "exact") in found
    assert not any(value == Decimal(700_000_000) for *_, value, _ in found)


def test_the_value_a_cited_report_states_is_that_reports_not_this_ones():
    text = (
        f"{NINE_MONTHS}"
        "Riêng quý III/2023, tiếp nhận 21 hồ sơ cấp mới hộ chiếu công vụ; số hồ sơ cấp mới hộ chiếu công vụ quý II/2023 "
        "tại Báo cáo số 77/BC-SNgV là 12 hồ sơ, nay rà soát, điều chỉnh là 13 hồ sơ.\n"
    )
    found = published_figures(text)
    assert ("2023-Q3", "official_passports_issued", Decimal(21), "exact") in found
    assert not any(value == Decimal(12) for *_, value, _ in found)


def test_in_the_month_under_a_months_heading_of_a_quarterly_report_is_that_month(tmp_path):
    extraction = word_report(
        tmp_path / "bc_quy_cua_khau.docx",
        [
            HEAD,
            "Hà Tĩnh, ngày 05 tháng 4 năm 2022",
            "BÁO CÁO",
            "Số liệu hộ chiếu công vụ quý I năm 2022",
            "1. Tháng 02 năm 2022",
        ],
        [
            ("TT", "Nội dung", "Kết quả thực hiện trong tháng"),
            ("1", "Hồ sơ cấp mới hộ chiếu công vụ, ngoại giao (hồ sơ)", "14"),
        ],
    )
    found = {(f.period_code, f.indicator_code, f.value.normalize()) for f in extraction.figures}
    assert ("2022-02", "official_passports_issued", Decimal(14)) in found
    assert not any(period == "2022-Q1" for period, _, _ in found)


def test_a_text_table_of_years_by_quarters_counts_the_noun_of_its_unit_line(tmp_path):
    path = tmp_path / "bc_tiep_nhan_hai_cot.txt"
    path.write_text(
        "SỞ NGOẠI VỤ\nHà Tĩnh, ngày 20 tháng 01 năm 2024\n\nBÁO CÁO\n"
        "Kết quả tiếp nhận hài cốt liệt sỹ quân tình nguyện hy sinh tại Lào giai đoạn 2021 - 2023\n\n"
        "1. Số hài cốt liệt sỹ được tiếp nhận theo quý\n\nĐơn vị tính: hài cốt\n\n"
        "Năm       Quý I   Quý II   Quý III   Quý IV   Cả năm\n"
        "2021         -       14         -       10       24\n"
        "2022        11        -         -       19       30\n"
        "2023         8       12         -        -       20\n",
        encoding="utf-8",
    )
    found = {
        (f.period_code, f.indicator_code, f.value.normalize()) for f in extract_figures(read_document(path)).figures
    }
    assert ("2021-Q2", "remains_repatriated", Decimal(14)) in found
    assert ("2022-Q4", "remains_repatriated", Decimal(19)) in found
    assert ("2022", "remains_repatriated", Decimal(30)) in found
    assert ("2023-Q1", "remains_repatriated", Decimal(8)) in found


def test_a_column_naming_days_short_of_its_groups_period_is_a_part_of_it(tmp_path):
    extraction = word_report(
        tmp_path / "bc_sap_nhap.docx",
        [HEAD, "Hà Tĩnh, ngày 12 tháng 01 năm 2026", "BÁO CÁO", "Kết quả công tác đối ngoại năm 2025"],
        [
            ("TT", "Nội dung", "Năm 2025", "Năm 2025", "Năm 2025"),
            ("TT", "Nội dung", "Trước hợp nhất (01/01 - 30/6)", "Sau hợp nhất (01/7 - 31/12)", "Cộng năm"),
            ("1", "Đoàn vào (đoàn)", "21", "30", "51"),
            ("2", "Vụ việc lãnh sự, bảo hộ công dân (vụ)", "17", "25", "42"),
        ],
    )
    found = {(f.period_code, f.indicator_code, f.value.normalize()) for f in extraction.figures}
    assert ("2025", "inbound_delegations", Decimal(51)) in found
    assert ("2025", "consular_cases", Decimal(42)) in found
    assert not any(value in (Decimal(21), Decimal(30), Decimal(17), Decimal(25)) for _, _, value in found)
