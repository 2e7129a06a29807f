"""Capabilities found by the thirty-first blind batch, written here in phrasings other than the batch's."""

from dagster_project.documents.extract import extract_figures
from dagster_project.documents.reader import read_document
from tests.unit.documents import published_figures

GRID_TABLE = """BÁO CÁO
Kết quả công tác lãnh sự 6 tháng đầu năm 2026

Biểu số liệu

+-----+------------------------------+---------+---------+-----------+-----------+
| STT | Nội dung                     | Quý I   | Quý II  | 6 tháng   | 6 tháng   |
|     |                              | /2026   | /2026   | đầu năm   | đầu năm   |
|     |                              |         |         | 2026      | 2025      |
+=====+==============================+=========+=========+===========+===========+
| 1   | Hồ sơ chứng nhận lãnh sự,    | 31      | 44      | 75        | 62        |
|     | hợp pháp hóa lãnh sự         |         |         |           |           |
+-----+------------------------------+---------+---------+-----------+-----------+
| 2   | Vụ việc bảo hộ công dân      | 5       | 9       | 14        | 11        |
+-----+------------------------------+---------+---------+-----------+-----------+
| 3   | Lượt người xuất nhập cảnh    | 12.400  | 15.100  | 27.500    | 25.050    |
|     | qua các cửa khẩu đường bộ    |         |         |           |           |
+-----+------------------------------+---------+---------+-----------+-----------+
"""


def test_a_grid_table_with_wrapped_cells_gives_each_column_its_period(tmp_path):
    path = tmp_path / "bieu_lanh_su.txt"
    path.write_text(GRID_TABLE, encoding="utf-8")
    document = read_document(path)
    extraction = extract_figures(document)
    found = {(f.period_code, f.indicator_code, f.value.normalize(), f.qualifier) for f in extraction.figures}
    # every figure points at its own number in the file
    assert all(
        path.read_text(encoding="utf-8")[f.char_start : f.char_end] == f.value_as_written for f in extraction.figures
    )
    assert {
        ("2026-Q1", "consular_legalisations", 31, "exact"),
        ("2026-Q2", "consular_legalisations", 44, "exact"),
        ("2026-H1", "consular_legalisations", 75, "exact"),
        ("2025-H1", "consular_legalisations", 62, "exact"),
        ("2026-Q1", "consular_cases", 5, "exact"),
        ("2026-H1", "consular_cases", 14, "exact"),
        ("2025-H1", "consular_cases", 11, "exact"),
        # its label wrapped onto the next line of the row, which names the gates
        ("2026-Q1", "border_crossings_persons", 12400, "exact"),
        ("2025-H1", "border_crossings_persons", 25050, "exact"),
    } <= found
    assert len(found) == 12


def test_a_new_row_with_a_blank_number_cell_is_not_read_as_a_wrapped_line():
    text = (
        "BÁO CÁO\nKết quả công tác đối ngoại quý I năm 2026\n\n"
        "| TT | Chỉ tiêu | Quý I/2026 |\n|---|---|---|\n"
        "| 1 | Đoàn vào | 17 |\n"
        "|   | Trong đó: |   |\n"
        "|   | - đoàn các tỉnh Lào | 9 |\n"
    )
    found = published_figures(text)
    assert ("2026-Q1", "inbound_delegations", 17, "exact") in found
    assert not any(value == 9 for _, _, value, _ in found)


def test_records_of_people_abroad_are_not_the_people_living_abroad():
    text = (
        "BÁO CÁO\nCông tác người Việt Nam ở nước ngoài năm 2026\n"
        "Trong năm, Sở đã số hóa hồ sơ của 640 người Hà Tĩnh ở nước ngoài. "
        "Theo cơ sở dữ liệu cập nhật đến cuối năm, hiện có khoảng 83.000 người Hà Tĩnh đang sinh sống, học tập, "
        "lao động ở nước ngoài.\n"
    )
    found = published_figures(text)
    assert ("2026", "overseas_residents", 83000, "approx") in found
    assert not any(value == 640 for _, _, value, _ in found)


# A second reader's cases against the work above: each published a wrong figure, or lost a figure's place.


def test_a_result_column_marked_cung_ky_naming_no_year_in_a_report_of_no_period_waits():
    text = (
        "BÁO CÁO\nSố liệu công tác đối ngoại\nHà Tĩnh, ngày 05 tháng 10 năm 2026\n"
        "| TT | Chỉ tiêu | Kết quả quý III (cùng kỳ) | Quý III/2026 |\n|---|---|---|---|\n"
        "| 1 | Số đoàn vào | 15 | 19 |\n| 2 | Số vụ việc bảo hộ công dân | 6 | |\n"
    )
    assert not any(value in (15, 6) for _, _, value, _ in published_figures(text))


def test_records_of_people_studying_abroad_are_no_trainees_either():
    text = (
        "BÁO CÁO\nKết quả công tác quý II năm 2026\n"
        "Trong quý II/2026, Sở đã số hóa thông tin của 96 người đang học tập, đào tạo ở nước ngoài.\n"
    )
    assert not any(value == 96 for _, _, value, _ in published_figures(text))


def test_two_grid_tables_one_after_the_other_each_have_their_own_header(tmp_path):
    path = tmp_path / "hai_bieu.txt"
    path.write_text(
        "BÁO CÁO\nKết quả công tác đối ngoại 6 tháng đầu năm 2026\n\n"
        "+----+------------------+------------+\n| TT | Chỉ tiêu         | Quý I/2026 |\n"
        "+====+==================+============+\n| 1  | Số đoàn ra       | 7          |\n"
        "+----+------------------+------------+\n\n"
        "+----+------------------------------+-------------------+\n"
        "| TT | Chỉ tiêu                     | 6 tháng đầu năm   |\n"
        "+====+==============================+===================+\n"
        "| 1  | Số hội nghị quốc tế          | 4                 |\n"
        "+----+------------------------------+-------------------+\n",
        encoding="utf-8",
    )
    found = {(f.period_code, f.indicator_code, f.value) for f in extract_figures(read_document(path)).figures}
    assert ("2026-Q1", "outbound_delegations", 7) in found
    assert not any(value == 4 and period != "2026-H1" for period, _, value in found)


def test_a_figure_on_a_rows_second_line_keeps_its_place_in_the_file(tmp_path):
    path = tmp_path / "dong_hai.txt"
    path.write_text(
        "BÁO CÁO\nKết quả công tác quý II năm 2026\n\n| TT | Chỉ tiêu | Quý II/2026 |\n|---|---|---|\n"
        "| 1 | Lượt người xuất nhập cảnh qua các | Ước đạt |\n|   | cửa khẩu đường bộ | 38.400 lượt |\n",
        encoding="utf-8",
    )
    document = read_document(path)
    extraction = extract_figures(document)
    for item in [*extraction.figures, *extraction.review, *extraction.set_aside]:
        assert document.text[item.char_start : item.char_end] == item.value_as_written
