"""Capabilities of the hundred-and-second round and of the second reading of round 101, written here in phrasings and
layouts other than the held reports'. Expected figures were written from the texts below before the code ran on them."""

from decimal import Decimal

from dagster_project.documents.extract import extract_figures
from dagster_project.documents.reader import read_document
from tests.unit.documents import published_figures

HEAD = "UBND TỈNH HÀ TĨNH\nSỞ NGOẠI VỤ\nSố: 102/BC-SNgV\n"
YEAR = f"{HEAD}Hà Tĩnh, ngày 22 tháng 12 năm 2021\nBÁO CÁO\nKết quả công tác đối ngoại năm 2021\n"


def test_a_count_with_a_fraction_waits_and_thousands_parted_by_spaces_are_one_number():
    text = (
        f"{YEAR}"
        "- Năm 2021, tỉnh đón 2,150 lượt khách quốc tế đến thăm, làm việc.\n"
        "- Năm 2021, cửa khẩu quốc tế Cầu Treo làm thủ tục xuất, nhập cảnh cho 48 250 lượt người.\n"
    )
    found = published_figures(text)
    assert not any(indicator == "inbound_visitors" for _, indicator, *_ in found)
    assert ("2021", "border_crossings_persons", Decimal(48250), "exact") in found


def test_a_value_adjusted_from_is_the_old_one_and_a_cited_reports_estimate_is_that_reports():
    text = (
        f"{YEAR}"
        "- Số đoàn vào năm 2020 đã điều chỉnh từ 31 đoàn (Báo cáo số 12/BC-SNgV) lên 33 đoàn vào sau khi rà soát.\n"
        "- Tại Báo cáo số 640/BC-SNgV ngày 15/6/2021, số vụ việc lãnh sự 6 tháng đầu năm được ước 19 vụ việc.\n"
    )
    found = published_figures(text)
    assert not any(value in (Decimal(31), Decimal(19)) for *_, value, _ in found)


def test_a_part_among_a_counted_whole_and_a_labelled_value_beside_a_figure_no_indicator_counts():
    text = (
        f"{YEAR}"
        "- Năm 2021, tiếp nhận 52 hồ sơ chứng nhận lãnh sự, hợp pháp hóa lãnh sự; trong số 52 hồ sơ có 30 hồ sơ "
        "(57,7%) của người lao động.\n"
        "- Năm 2021, toàn tỉnh có 3.900 người đi lao động ở nước ngoài theo hợp đồng (năm 2020: 8.100 người).\n"
    )
    found = published_figures(text)
    assert ("2021", "consular_legalisations", Decimal(52), "exact") in found
    assert not any(value in (Decimal(30), Decimal(8100), Decimal(3900)) for *_, value, _ in found)


def test_a_cut_off_closing_a_label_is_a_day_of_the_period_it_ends():
    text = (
        f"{HEAD}Hà Tĩnh, ngày 06 tháng 01 năm 2022\nBÁO CÁO\nKết quả công tác đối ngoại 6 tháng cuối năm 2021\n"
        "- Số liệu chính thức (chốt ngày 30/6/2021): 41 hồ sơ cấp mới hộ chiếu công vụ, ngoại giao.\n"
    )
    assert not any(value == Decimal(41) for *_, value, _ in published_figures(text))


def test_a_title_by_month_over_a_half_year_names_the_half(tmp_path):
    path = tmp_path / "bc_theo_thang.txt"
    path.write_text(
        "SỞ NGOẠI VỤ\nHà Tĩnh, ngày 08 tháng 01 năm 2022\n\nBÁO CÁO\n"
        "Số liệu đoàn ra, đoàn vào theo tháng 6 tháng cuối năm 2021\n\n"
        "Sáu tháng cuối năm 2021, tỉnh cử 05 đoàn ra với 21 lượt cán bộ đi công tác nước ngoài.\n",
        encoding="utf-8",
    )
    extraction = extract_figures(read_document(path))
    assert extraction.period_code == "2021-H2"
    assert ("2021-H2", "outbound_delegations", Decimal(5)) in {
        (f.period_code, f.indicator_code, f.value.normalize()) for f in extraction.figures
    }


def test_a_bracket_after_a_label_is_its_figures_only_when_both_name_the_indicator_and_nothing_narrower():
    text = (
        f"{YEAR}"
        "1. Đoàn ra, đoàn vào\n"
        "- Đoàn vào (22 đoàn, 260 lượt khách quốc tế).\n"
        "- Đoàn ra (4 đoàn sang Lào, 3 đoàn sang Hàn Quốc).\n"
        "- Đoàn ra cấp huyện (5 đoàn).\n"
        "- Hội nghị, hội thảo quốc tế trực tuyến (4 hội nghị).\n"
    )
    found = published_figures(text)
    assert ("2021", "inbound_delegations", Decimal(22), "exact") in found
    assert ("2021", "inbound_visitors", Decimal(260), "exact") in found
    assert not any(value in (Decimal(4), Decimal(3), Decimal(5)) for *_, value, _ in found)


def test_a_unit_line_does_not_count_for_a_table_over_a_partners_or_a_running_total(tmp_path):
    path = tmp_path / "bc_bang_quy.md"
    path.write_text(
        "SỞ NGOẠI VỤ\nHà Tĩnh, ngày 22 tháng 12 năm 2021\n\nBÁO CÁO\nKết quả công tác đối ngoại năm 2021\n\n"
        "1. Đoàn vào từ tỉnh Savannakhet\n\nĐơn vị tính: đoàn\n\n"
        "| Năm | Quý I | Quý II | Quý III | Quý IV | Cả năm |\n|---|---|---|---|---|---|\n"
        "| 2021 | 1 | 2 | 0 | 3 | 6 |\n\n"
        "2. Số đoàn vào theo quý\n\nĐơn vị tính: đoàn\n\n"
        "| Năm | Quý I | Quý II | Quý III | Quý IV | Cả năm |\n|---|---|---|---|---|---|\n"
        "| 2021 | 5 | 7 | 4 | 9 | 25 |\n",
        encoding="utf-8",
    )
    found = {
        (f.period_code, f.indicator_code, f.value.normalize()) for f in extract_figures(read_document(path)).figures
    }
    assert ("2021", "inbound_delegations", Decimal(25)) in found
    assert ("2021-Q4", "inbound_delegations", Decimal(9)) in found
    assert not any(value == Decimal(6) for _, _, value in found)
