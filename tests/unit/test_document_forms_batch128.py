"""Capabilities of the hundred-and-twenty-eighth round, written here in phrasings other than the reports that showed
the need. Expected figures were written from the texts below before the code ran on them."""

from decimal import Decimal

from dagster_project.documents.extract import extract_figures
from dagster_project.documents.reader import read_document
from tests.unit.documents import not_published_reasons, published_figures, report_text

_YEAR_REPORT_HEAD = (
    "UBND TỈNH HÀ TĨNH\nSỞ NGOẠI VỤ\nSố: 31/BC-SNgV\nHà Tĩnh, ngày 18 tháng 12 năm 2021\n\n"
    "# BÁO CÁO KẾT QUẢ CÔNG TÁC ĐỐI NGOẠI NĂM 2021\n\n"
)


def _markdown_figures(tmp_path, body: str):
    path = tmp_path / "bao_cao.md"
    path.write_text(_YEAR_REPORT_HEAD + body, encoding="utf-8")
    extraction = extract_figures(read_document(path))
    published = {(f.period_code, f.indicator_code, f.value.normalize()) for f in extraction.figures}
    return published, {item.value_as_written: item.reason for item in extraction.review}


def test_a_bold_line_naming_months_no_report_uses_captions_the_list_below_it(tmp_path):
    published, review = _markdown_figures(
        tmp_path,
        "## Phụ lục 2\n\n**Tổng hợp 10 tháng gửi Văn phòng Tỉnh ủy ngày 05/11/2021**\n\n"
        "- Đoàn ra: 13 đoàn\n- Đoàn vào: 22 đoàn\n\n## Phụ lục 3\n\n- Tiếp nhận 31 đoàn vào trong năm.\n",
    )
    assert published == {("2021", "inbound_delegations", Decimal(31))}
    assert review["13"].startswith("period not certain") and review["22"].startswith("period not certain")


def test_a_bold_caption_with_no_period_leaves_its_lines_their_period(tmp_path):
    published, _ = _markdown_figures(tmp_path, "__Hợp tác với các tỉnh của Lào__\n\n- Trong năm, đón 17 đoàn vào.\n")
    assert published == {("2021", "inbound_delegations", Decimal(17))}


def test_a_heading_naming_an_unused_span_and_a_month_settles_no_period_for_its_section():
    text = report_text(
        "44",
        "20 tháng 12 năm 2021",
        "Kết quả công tác đối ngoại năm 2021",
        "1. Số liệu 11 tháng đã gửi Sở Kế hoạch và Đầu tư trong tháng 12",
        "- Tỉnh cử 19 đoàn ra; đón 25 đoàn vào.",
        "2. Cả năm 2021",
        "- Tỉnh cử 21 đoàn ra.",
    )
    assert {key[:3] for key in published_figures(text)} == {("2021", "outbound_delegations", Decimal(21))}
    assert not_published_reasons(text)["19"].startswith("period not certain")


def test_a_list_opener_naming_eleven_months_of_the_year_keeps_its_items_back():
    text = report_text(
        "45",
        "16 tháng 12 năm 2021",
        "Kết quả công tác đối ngoại năm 2021",
        "Tổng hợp số liệu 11 tháng năm 2021 của các phòng như sau:",
        "- Xử lý 28 vụ việc lãnh sự, bảo hộ công dân;",
        "- Tổ chức 06 hội nghị, hội thảo quốc tế.",
    )
    assert published_figures(text) == set()
    reasons = not_published_reasons(text)
    assert reasons["28"].startswith("period not certain") and reasons["06"].startswith("period not certain")


def test_trips_for_work_and_study_alike_are_not_published_as_training():
    def figures(line: str) -> set[tuple]:
        return {key[:3] for key in published_figures(report_text("46", "24 tháng 9 năm 2021", "Kết quả quý III", line))}

    assert figures("Trong quý, Sở cử 03 đoàn với 11 lượt cán bộ sang Lào công tác, học tập kinh nghiệm.") == set()
    assert (
        figures("Trong quý, tỉnh cử 05 đoàn với 19 lượt người đi học tập kinh nghiệm và làm việc tại Hàn Quốc.")
        == set()
    )
    assert figures("Trong quý, tỉnh cử 04 đoàn với 15 lượt cán bộ đi đào tạo, bồi dưỡng tại Singapore.") == {
        ("2021-Q3", "training_delegations", Decimal(4)),
        ("2021-Q3", "training_persons", Decimal(15)),
    }


def test_a_table_typed_with_dot_leaders_is_read_by_its_columns(tmp_path):
    from tests.unit.documents import text_file_figures

    body = (
        "I. SỐ LIỆU CHỦ YẾU\n\n"
        "   Nội dung                               Quý I        Quý II (ước)     6 tháng (ước)\n"
        "   - Số đoàn ra (đoàn) …………………………… 05 ………… 07 ………… 12\n"
        "   - Đoàn vào, đoàn/lượt khách …………… 4/48 ……… 5/61 ……… 9/109\n"
        "   - Vụ việc lãnh sự, bảo hộ công dân, vụ …. 3 ………… 2 ………… 5\n"
        "   - Giá trị cam kết viện trợ PCPNN, USD …… 120.000 … 95.000 …… 215.000\n\n"
        "Sở Ngoại vụ kính báo cáo./.\n"
    )
    figures = text_file_figures(
        tmp_path, "77", "24 tháng 6 năm 2023", "Kết quả công tác đối ngoại 6 tháng đầu năm 2023", body
    )
    expected = {
        ("2023-Q1", "outbound_delegations", 5), ("2023-Q2", "outbound_delegations", 7),
        ("2023-H1", "outbound_delegations", 12),
        ("2023-Q1", "inbound_delegations", 4), ("2023-Q1", "inbound_visitors", 48),
        ("2023-Q2", "inbound_delegations", 5), ("2023-Q2", "inbound_visitors", 61),
        ("2023-H1", "inbound_delegations", 9), ("2023-H1", "inbound_visitors", 109),
        ("2023-Q1", "consular_cases", 3), ("2023-Q2", "consular_cases", 2), ("2023-H1", "consular_cases", 5),
        ("2023-Q1", "ngo_aid_committed", 120000), ("2023-Q2", "ngo_aid_committed", 95000),
        ("2023-H1", "ngo_aid_committed", 215000),
    }  # fmt: skip
    assert figures == {(period, code, Decimal(value)) for period, code, value in expected}


def test_a_quarter_closed_on_a_day_under_its_year_and_a_note_row_across_the_table(tmp_path):
    import docx

    document = docx.Document()
    for line in (
        "UBND TỈNH HÀ TĨNH",
        "SỞ NGOẠI VỤ",
        "Số: 801/BC-SNgV",
        "Hà Tĩnh, ngày 15 tháng 12 năm 2023",
        "BÁO CÁO",
        "Kết quả công tác đối ngoại quý IV và năm 2023",
    ):
        document.add_paragraph(line)
    rows = [
        ("TT", "Chỉ tiêu", "Năm 2023", "", "Năm 2022"),
        ("", "", "Quý IV (số liệu đến 10/12)", "Cả năm", ""),
        ("1", "Số đoàn ra", "08", "41*", "37"),
        ("2", "Số đoàn vào", "06", "30", "28"),
        ("(*) Các số có dấu (*) là số ước thực hiện đến hết năm; số không có dấu là số chính thức.", "", "", "", ""),
    ]
    table = document.add_table(rows=len(rows), cols=5)
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            table.cell(row, column).text = value
    table.cell(0, 2).merge(table.cell(0, 3))
    table.cell(0, 2).text = "Năm 2023"
    for column in (0, 1, 4):
        table.cell(0, column).merge(table.cell(1, column))
    note = table.cell(4, 0).merge(table.cell(4, 4))
    note.text = rows[4][0]
    path = tmp_path / "bao_cao.docx"
    document.save(path)
    extraction = extract_figures(read_document(path))
    published = {(f.period_code, f.indicator_code, f.value.normalize(), f.qualifier) for f in extraction.figures}
    assert published == {
        ("2023-Q4", "outbound_delegations", Decimal(8), "exact"),
        ("2023", "outbound_delegations", Decimal(41), "approx"),
        ("2022", "outbound_delegations", Decimal(37), "exact"),
        ("2023-Q4", "inbound_delegations", Decimal(6), "exact"),
        ("2023", "inbound_delegations", Decimal(30), "exact"),
        ("2022", "inbound_delegations", Decimal(28), "exact"),
    }
