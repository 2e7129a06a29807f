"""A Word statistics table as clerks build it: the letterhead as a table, a merged year cell over
"Quý IV" and "Cả năm", numbered section rows between the header and the first row of figures,
cells with units and "a/b" pairs, a value followed by a note in brackets, a plan and a ratio
column. The expected figures are written from the table below, not from the extractor."""

from decimal import Decimal

from docx import Document

from dagster_project.documents.extract import extract_figures
from dagster_project.documents.reader import read_document

HEADER = ["STT", "Nội dung", "Đơn vị tính", "Năm 2025", "", "Kế hoạch năm 2025", "Tỷ lệ so với kế hoạch (%)"]
SUB_HEADER = ["", "", "", "Quý IV", "Cả năm", "", ""]
ROWS = [
    ["I", "HỢP TÁC QUỐC TẾ", "", "", "", "", ""],
    ["1", "Đoàn ra", "đoàn/lượt người", "05 đoàn/21 lượt người", "24 đoàn/97 lượt người", "25", "96"],
    ["2", "Đoàn vào", "đoàn", "07 (trong đó 02 đoàn cấp Bộ)", "31", "30", "103"],
    ["II", "VIỆN TRỢ PHI CHÍNH PHỦ NƯỚC NGOÀI", "", "", "", "", ""],
    ["1", "Giá trị viện trợ PCPNN cam kết", "nghìn USD", "410", "1.850", "2.000", "92,5"],
]
EXPECTED = {
    ("2025-Q4", "outbound_delegations", Decimal(5)),
    ("2025-Q4", "outbound_persons", Decimal(21)),
    ("2025", "outbound_delegations", Decimal(24)),
    ("2025", "outbound_persons", Decimal(97)),
    ("2025-Q4", "inbound_delegations", Decimal(7)),
    ("2025", "inbound_delegations", Decimal(31)),
    ("2025-Q4", "ngo_aid_committed", Decimal(410_000)),
    ("2025", "ngo_aid_committed", Decimal(1_850_000)),
}


def _report(path):
    document = Document()
    letterhead = document.add_table(rows=2, cols=2)
    letterhead.cell(0, 0).text = "UBND TỈNH HÀ TĨNH\nSỞ NGOẠI VỤ"
    letterhead.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    letterhead.cell(1, 0).text = "Số: 45/BC-SNV"
    letterhead.cell(1, 1).text = "Hà Tĩnh, ngày 05 tháng 01 năm 2026"
    document.add_paragraph("BÁO CÁO")
    document.add_paragraph("Kết quả công tác đối ngoại năm 2025")
    document.add_paragraph("I. KẾT QUẢ THỰC HIỆN")
    table = document.add_table(rows=2 + len(ROWS), cols=len(HEADER))
    for column, (top, below) in enumerate(zip(HEADER, SUB_HEADER)):
        table.cell(0, column).text, table.cell(1, column).text = top, below
    table.cell(0, 3).merge(table.cell(0, 4)).text = "Năm 2025"
    for column in (0, 1, 2, 5, 6):
        table.cell(0, column).merge(table.cell(1, column))
    for row, cells in enumerate(ROWS, start=2):
        for column, text in enumerate(cells):
            table.cell(row, column).text = text
    document.add_paragraph("II. PHƯƠNG HƯỚNG NĂM 2026")
    document.add_paragraph("Phấn đấu tổ chức 26 đoàn ra, đón 35 đoàn vào.")
    document.save(path)
    return path


def test_section_rows_a_whole_year_sub_header_and_a_value_with_a_note(tmp_path):
    extraction = extract_figures(read_document(_report(tmp_path / "bao_cao_nam_2025.docx")))

    assert {(f.period_code, f.indicator_code, f.value.normalize()) for f in extraction.figures} == EXPECTED
    queued = {item.value_as_written: item.reason for item in extraction.review}
    assert queued["02"].startswith("a sub-count")
    apart = {item.value_as_written for item in extraction.set_aside}
    assert {"25", "30", "2.000", "26", "35"} <= apart  # the plan column and the plan paragraph
