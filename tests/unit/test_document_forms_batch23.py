"""Capabilities found by the twenty-third blind batch (a handover record, a trip report, a report
pasted from a PDF, a yearbook reply, a consular table by month …), each written here in phrasings
other than the batch's."""

from decimal import Decimal

from dagster_project.documents.extract import extract_figures
from dagster_project.documents.reader import read_document
from tests.unit.documents import not_published_reasons, published_figures, word_report

YEAR = "BÁO CÁO\nKết quả công tác đối ngoại năm 2024\n"


def _word_report(tmp_path, rows: list[tuple[str, ...]], after: str = "") -> set:
    before = ["BÁO CÁO", "Kết quả công tác năm 2024", "Kính gửi: UBND tỉnh.", "1. Công tác lãnh sự, bảo hộ công dân"]
    extraction = word_report(tmp_path / "bang.docx", before, rows, [after] if after else [])
    return {(f.period_code, f.indicator_code, f.value, f.qualifier) for f in extraction.figures}


def test_a_cell_marked_for_a_note_that_says_estimate_is_approximate(tmp_path):
    rows = [("Chỉ tiêu", "Năm 2023", "Năm 2024"), ("Hồ sơ chứng nhận lãnh sự, hợp pháp hóa lãnh sự", "210", "236 (*)")]
    found = _word_report(tmp_path, rows, "(*) Số ước tính đến hết ngày 31/12/2024.")
    assert ("2024", "consular_legalisations", Decimal(236), "approx") in found
    assert ("2023", "consular_legalisations", Decimal(210), "exact") in found


def test_a_cell_marked_for_a_note_that_is_no_estimate_waits(tmp_path):
    rows = [("Chỉ tiêu", "Năm 2024"), ("Hồ sơ chứng nhận lãnh sự, hợp pháp hóa lãnh sự", "236*")]
    found = _word_report(tmp_path, rows, "* Gồm cả hồ sơ nộp qua dịch vụ bưu chính công ích.")
    assert not any(value == 236 for *_, value, _ in found)


def test_months_as_columns_and_the_noun_of_the_label_column(tmp_path):
    rows = [
        ("STT", "Loại vụ việc", "T1", "T2", "T3", "Cộng"),
        ("1", "Tàu cá bị bắt giữ", "1", "-", "2", "3"),
        ("", "Tổng cộng", "2", "1", "2", "5"),
    ]
    found = _word_report(tmp_path, rows)
    assert {
        ("2024-01", "consular_cases", Decimal(2), "exact"),
        ("2024-03", "consular_cases", Decimal(2), "exact"),
    } <= found
    assert not any(value == 3 for *_, value, _ in found)


def test_a_bold_label_in_markdown_still_labels_its_value():
    text = YEAR + "- **Lưu học sinh Lào đang học tập tại tỉnh:** 1.150 người\n"
    assert ("2024", "lao_students", Decimal(1150), "exact") in published_figures(text)


def test_a_sub_count_of_a_part_is_never_its_whole():
    text = YEAR + (
        "Năm 2024, tỉnh cử 19 đoàn với 80 lượt cán bộ đi bồi dưỡng, tập huấn ở nước ngoài, trong đó có 6 đoàn "
        "sang Hàn Quốc.\n"
    )
    published = published_figures(text)
    assert ("2024", "training_delegations", Decimal(19), "exact") in published
    assert not any(value == 6 for *_, value, _ in published)


def test_a_count_written_as_a_partners_is_that_partners():
    text = YEAR + "Năm 2024, tỉnh tiếp nhận 03 dự án hỗ trợ kỹ thuật sử dụng vốn ODA không hoàn lại của Hàn Quốc.\n"
    assert published_figures(text) == set()


def test_what_a_clause_borrows_from_a_bilateral_phrase_is_the_partners_share():
    text = YEAR + (
        "Kim ngạch xuất nhập khẩu giữa Hà Tĩnh và Hàn Quốc năm 2023 đạt 95 triệu USD; năm 2024 ước đạt 110 triệu USD.\n"
    )
    assert published_figures(text) == set()
    assert "one partner" in not_published_reasons(text)["ước đạt 110 triệu USD"]


def test_a_number_broken_across_a_line_of_pasted_pdf_text(tmp_path):
    path = tmp_path / "ban_pdf.txt"
    path.write_text(
        YEAR + "Trong năm, các lực lượng chức năng tại cửa khẩu đã làm thủ tục xuất nhập cảnh cho tổng số 245.3\n"
        "10 lượt người qua Cửa khẩu quốc tế Cầu Treo.\n",
        encoding="utf-8",
    )
    extraction = extract_figures(read_document(path))
    published = {(f.period_code, f.indicator_code, f.value, f.qualifier) for f in extraction.figures}
    assert ("2024", "border_crossings_persons", Decimal(245310), "exact") in published
    assert not any(value in (Decimal(10), Decimal("245.3")) for *_, value, _ in published)


def test_the_items_under_a_list_of_examples_are_examples():
    text = (
        YEAR
        + "Tổng số vụ việc lãnh sự đã xử lý là 24 vụ. Một số vụ việc điển hình như sau:\n"
        + ("- Trong năm, phối hợp giải cứu 5 vụ việc công dân bị lừa sang Myanmar.\n")
    )
    published = published_figures(text)
    assert ("2024", "consular_cases", Decimal(24), "exact") in published
    assert not any(value == 5 for *_, value, _ in published)
