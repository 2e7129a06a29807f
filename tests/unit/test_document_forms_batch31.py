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
        "Trong năm, Sở đã số hóa hồ sơ của 640 người Hà Tĩnh ở nước ngoài, kết nối 85 kiều bào với quê hương. "
        "Theo cơ sở dữ liệu cập nhật đến cuối năm, hiện có khoảng 83.000 người Hà Tĩnh đang sinh sống, học tập, "
        "lao động ở nước ngoài.\n"
    )
    found = published_figures(text)
    assert ("2026", "overseas_residents", 83000, "approx") in found
    assert not any(value in (640, 85) for _, _, value, _ in found)
