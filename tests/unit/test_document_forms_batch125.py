"""Capabilities of the hundred-and-twenty-fifth round, written here in phrasings other than the reports that showed
the need. Expected figures were written from the texts below before the code ran on them."""

from decimal import Decimal

from dagster_project.documents.extract import extract_figures
from dagster_project.documents.reader import read_document
from tests.unit.documents import published_figures, report_text, text_file_figures


def _keys(*lines: str, date: str, title: str) -> set[tuple]:
    return {key[:3] for key in published_figures(report_text("205", date, title, *lines))}


def test_a_part_of_last_year_named_from_the_day_of_writing_is_not_this_years():
    keys = _keys(
        "Quý II đón 08 đoàn vào; 6 tháng đầu năm đón 15 đoàn vào. Năm ngoái, 6 tháng là mười một đoàn.",
        "Sáu tháng năm ngoái tiếp nhận 09 dự án PCPNN.",
        date="18 tháng 6 năm 2022",
        title="Kết quả công tác đối ngoại quý II và 6 tháng đầu năm 2022",
    )
    assert ("2022-H1", "inbound_delegations", Decimal(15)) in keys
    assert not any(key[2] in (Decimal(11), Decimal(9)) and key[0].startswith("2022") for key in keys)


def test_a_long_dash_opening_the_running_total_parts_the_clauses():
    keys = _keys(
        "Quý IV cho phép tổ chức 03 hội nghị, hội thảo quốc tế — cả năm 12 hội nghị, hội thảo quốc tế; quý IV ký "
        "kết 02 thỏa thuận quốc tế — lũy kế năm 2019 có 07 thỏa thuận.",
        date="20 tháng 12 năm 2019",
        title="Kết quả công tác đối ngoại quý IV năm 2019",
    )
    assert ("2019-Q4", "intl_conferences", Decimal(3)) in keys
    assert ("2019-Q4", "intl_agreements", Decimal(2)) in keys


def test_a_figure_another_publication_gave_and_a_counting_rule_are_no_figures():
    keys = _keys(
        "Bản tin Sở Ngoại vụ số 3 đã công bố 14 đoàn vào với 150 lượt khách (số ước); số chính thức quý I/2020 là "
        "15 đoàn vào.",
        "Một lượt người xuất cảnh rồi nhập cảnh trong ngày chỉ tính là 01 lượt.",
        date="25 tháng 3 năm 2020",
        title="Kết quả công tác đối ngoại quý I năm 2020",
    )
    assert not any(key[2] in (Decimal(14), Decimal(150), Decimal(1)) for key in keys)
    assert ("2020-Q1", "inbound_delegations", Decimal(15)) in keys


def test_a_bilingual_group_header_over_years_and_a_marked_year():
    keys = _keys(
        "| Chỉ tiêu - Indicator | Đơn vị - Unit | Năm - Year | | |",
        "| | | 2019 | 2020² | 2021 |",
        "|---|---|---|---|---|",
        "| Số đoàn ra - Outbound delegations | Đoàn | 60 | 11 | 14 |",
        "² Số liệu năm 2020 là số chính thức, đã rà soát lại theo sổ theo dõi.",
        date="10 tháng 3 năm 2022",
        title="Số liệu đối ngoại giai đoạn 2019 - 2021 phục vụ Niên giám Thống kê",
    )
    assert ("2019", "outbound_delegations", Decimal(60)) in keys
    assert ("2020", "outbound_delegations", Decimal(11)) in keys


def test_a_header_laid_out_with_spaces_over_three_lines(tmp_path):
    keys = text_file_figures(
        tmp_path,
        "71",
        "22 tháng 9 năm 2019",
        "Kết quả công tác đối ngoại 9 tháng năm 2019",
        "TT   Nội dung                     Đơn vị     9 tháng      9 tháng      Tăng,\n"
        "                                             năm 2018     năm 2019     giảm\n"
        "                                                                       (%)\n"
        "(1)  (2)                          (3)        (4)          (5)          (6)\n"
        "1    Đoàn vào                     đoàn       29           34           117,2\n"
        "2    Vụ việc bảo hộ công dân      vụ         40           36           90,0\n"
        "3    Lưu học sinh Lào             người      1.040        1.102        106,0\n",
    )
    assert ("2018-9M", "inbound_delegations", Decimal(29)) in keys
    assert ("2019-9M", "consular_cases", Decimal(36)) in keys
    assert not any(key[2] in (Decimal(4), Decimal(5), Decimal(6)) for key in keys)


def test_a_forms_dotted_fields_stay_lines_of_their_own(tmp_path):
    path = tmp_path / "bieu.txt"
    path.write_text(
        "HỆ THỐNG BÁO CÁO TRỰC TUYẾN\nBIỂU: CHỈ TIÊU NGOẠI VỤ (BÁO CÁO QUÝ)\n\n"
        "  Đơn vị gửi ........: Sở Ngoại vụ tỉnh Hà Tĩnh\n"
        "  Nơi nhận ..........: Văn phòng UBND tỉnh; Cục Thống kê\n"
        "  Kỳ báo cáo ........: Quý II năm 2023\n"
        "  Cùng kỳ ...........: Quý II năm 2022\n\n"
        "| STT | Chỉ tiêu | ĐVT | Kỳ này | Cùng kỳ quý II/2022 |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Số đoàn vào | Đoàn | 12 | 9 |\n",
        encoding="utf-8",
    )
    extraction = extract_figures(read_document(path))
    keys = {(f.period_code, f.indicator_code, f.value) for f in extraction.figures}
    assert extraction.period_code == "2023-Q2"
    assert ("2022-Q2", "inbound_delegations", Decimal(9)) in keys


def test_quarters_under_a_group_header_naming_only_their_year():
    keys = _keys(
        "| STT | Nhóm | Số hồ sơ năm 2021 | | | Cộng 9 tháng |",
        "| | | Quý I | Quý II | Quý III | |",
        "|---|---|---|---|---|---|",
        "| | Tổng số hồ sơ CNLS, HPHLS | 310 | 402 | 288 | 1.000 |",
        date="21 tháng 9 năm 2021",
        title="Kết quả công tác lãnh sự 9 tháng năm 2021",
    )
    assert ("2021-Q2", "consular_legalisations", Decimal(402)) in keys


def test_the_last_readings_counterexamples(tmp_path):
    """A cut-off bracket saying more than the cut-off, a year label in a report on a quarter that does not close the
    year, the office's own report published, a count after "chỉ tính là", a dash before the period of the count
    before it, a wrapped line ending in an ellipsis, a note narrowing a marked column, and a header naming a running
    total to a quarter."""
    added = _keys(
        "- Năm 2021 (số tăng thêm sau Báo cáo số 301/BC-SNgV đến ngày 18/12/2021): 04 đoàn vào.",
        date="20 tháng 12 năm 2021",
        title="Kết quả công tác đối ngoại quý IV năm 2021",
    )
    assert not any(key[2] == Decimal(4) for key in added)
    third = _keys(
        "- Lũy kế năm 2021 (số liệu chốt đến ngày 10/12/2021): 47 đoàn ra.",
        date="12 tháng 12 năm 2021",
        title="Kết quả công tác đối ngoại quý III năm 2021 (báo cáo muộn)",
    )
    assert not any(key[0] == "2021" for key in third)
    published = _keys(
        "Kết quả 9 tháng được Sở báo cáo và công bố công khai: tiếp đón 29 đoàn vào với 230 lượt khách quốc tế.",
        "Năm nay, không kể đoàn của doanh nghiệp, chỉ tính là 31 đoàn ra.",
        date="25 tháng 9 năm 2021",
        title="Kết quả công tác đối ngoại 9 tháng năm 2021",
    )
    assert ("2021-9M", "inbound_delegations", Decimal(29)) in published
    trailing = _keys(
        "- Phối hợp xử lý 40 vụ việc lãnh sự, bảo hộ công dân — tính chung 9 tháng năm 2021.",
        date="22 tháng 9 năm 2021",
        title="Kết quả công tác đối ngoại quý III năm 2021",
    )
    assert ("2021-Q3", "consular_cases", Decimal(40)) not in trailing
    narrowed = _keys(
        "| Chỉ tiêu | Năm 2020¹ | Năm 2021 |",
        "|---|---|---|",
        "| Đoàn vào | 12 | 20 |",
        "¹ Số liệu năm 2020 tính đến hết tháng 10/2020.",
        date="20 tháng 12 năm 2021",
        title="Kết quả công tác đối ngoại năm 2021",
    )
    assert not any(key[0] == "2020" for key in narrowed)
    running = _keys(
        "| Chỉ tiêu | Lũy kế năm 2021 hết quý III | Quý IV |",
        "|---|---|---|",
        "| Đoàn ra | 33 | 12 |",
        date="20 tháng 12 năm 2021",
        title="Kết quả công tác đối ngoại quý IV năm 2021",
    )
    assert not any(key[2] == Decimal(33) for key in running)
    keys = text_file_figures(
        tmp_path,
        "15",
        "24 tháng 9 năm 2021",
        "Kết quả công tác đối ngoại quý III năm 2021",
        "- Quý III tiếp nhận 70 hồ sơ. Tính chung 9 tháng năm 2021, số hồ sơ chứng\n"
        "nhận lãnh sự, hợp pháp hóa lãnh sự được tiếp nhận….: 240 hồ sơ.\n",
    )
    assert ("2021-Q3", "consular_legalisations", Decimal(240)) not in keys


def test_a_comparison_with_a_part_of_an_earlier_year_and_its_bracket():
    keys = _keys(
        "I. KẾT QUẢ 9 THÁNG NĂM 2022",
        "1. Tiếp nhận viện trợ",
        "Tiếp nhận 14 dự án PCPNN với tổng giá trị 2,1 triệu USD.",
        "So với 9 tháng năm 2021 (11 dự án, trong đó 04 dự án y tế với giá trị 0,6 triệu USD), số dự án tăng 27%.",
        date="22 tháng 9 năm 2022",
        title="Kết quả công tác đối ngoại 9 tháng năm 2022",
    )
    assert ("2022-9M", "ngo_projects_approved", Decimal(14)) in keys
    assert not any(key[0] == "2022-9M" and key[2] in (Decimal(11), Decimal(4), Decimal(600000)) for key in keys)


def test_a_column_key_row_of_letters_in_brackets_is_no_header():
    keys = _keys(
        "| STT | Chỉ tiêu | Đơn vị | Năm 2024 | | |",
        "| | | | Quý I | Quý II | 6 tháng |",
        "| A | B | C | (a) | (b) | (c) = (a) + (b) |",
        "| 1 | Đoàn vào | đoàn | 10 | 13 | 23 |",
        date="18 tháng 6 năm 2024",
        title="Kết quả công tác đối ngoại quý II năm 2024",
    )
    assert ("2024-Q1", "inbound_delegations", Decimal(10)) in keys
    assert ("2024-Q2", "inbound_delegations", Decimal(13)) in keys
