"""Reading .docx/.txt/.md reports, and finding the partners they mention."""

import pytest

from dagster_project.documents.extract import extract_figures
from dagster_project.documents.partners import find_partner_mentions
from dagster_project.documents.reader import read_document
from dagster_project.parsing.text_files import UnreadableFileError
from dagster_project.sample.documents import write_docx
from tests.bad_inputs.builders import to_cp1258


def test_docx_paragraphs_tables_and_footnotes_are_read_in_order(tmp_path):
    path = write_docx(
        tmp_path / "bao_cao.docx",
        [
            ("p", "Báo cáo kết quả công tác đối ngoại năm 2021"),
            ("footnoted", "Năm 2021, xử lý 12 vụ việc lãnh sự.", "Trong đó 3 vụ tại Hàn Quốc."),
            ("table", [["Nội dung", "Kết quả"], ["Đoàn ra", "4 đoàn, 12 lượt người"]]),
        ],
    )
    document = read_document(path)
    assert [block.kind for block in document.blocks] == ["paragraph", "paragraph", "table_row", "table_row", "footnote"]
    assert document.blocks[-1].text == "[1] Trong đó 3 vụ tại Hàn Quốc."
    assert all(document.text[b.start : b.end] == b.text for b in document.blocks)
    figures = {(f.indicator_code, f.value, f.block.kind) for f in extract_figures(document).figures}
    assert figures == {
        ("consular_cases", 12, "paragraph"),
        ("outbound_delegations", 4, "table_row"),
        ("outbound_persons", 12, "table_row"),
    }


def test_text_with_byte_order_mark_keeps_offsets_on_the_text(tmp_path):
    path = tmp_path / "bao_cao.txt"
    path.write_bytes(
        "\ufeffBáo cáo kết quả công tác đối ngoại năm 2020\r\n\r\nNăm 2020, xử lý 07 vụ việc lãnh sự.\r\n".encode(
            "utf-8"
        )
    )
    document = read_document(path)
    assert not document.text.startswith("\ufeff") and "\r" not in document.text
    (figure,) = extract_figures(document).figures
    assert document.text[figure.char_start : figure.char_end] == "07"


def test_markdown_and_windows_1258_text_are_read(tmp_path):
    markdown = tmp_path / "ban_tin.md"
    markdown.write_text(
        "# Kết quả công tác đối ngoại năm 2020\n\n- **Năm 2020**, xử lý 07 vụ việc lãnh sự.\n", encoding="utf-8"
    )
    assert [(f.period_code, f.value) for f in extract_figures(read_document(markdown)).figures] == [("2020", 7)]
    legacy = tmp_path / "cu.txt"
    legacy.write_bytes(to_cp1258("Năm 2020, xử lý 07 vụ việc lãnh sự."))
    assert read_document(legacy).text == "Năm 2020, xử lý 07 vụ việc lãnh sự."


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("trong.txt", b"", "the file is empty"),
        ("nhi_phan.txt", b"\x00\x01\x02PK\x00", "binary file"),
        ("hong.docx", b"PK\x03\x04 not really a zip", "not a readable Word document"),
        ("bao_cao.pdf", b"%PDF-1.4", "not narrative reports"),
    ],
)
def test_unreadable_documents_say_why(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(UnreadableFileError, match=reason):
        read_document(path)


def _mentions(text, tmp_path):
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return [(m.name_as_written, m.found_by) for m in find_partner_mentions(read_document(path))]


def test_known_spellings_and_unknown_acronyms_are_found(tmp_path):
    text = (
        "Làm việc với KOICA, tỉnh Bolikhămxay (Lào) và tổ chức HENSEN; thực hiện Văn bản số 27/KH-UBND của UBND tỉnh."
    )
    assert _mentions(text, tmp_path) == [
        ("KOICA", "codelist"),
        ("Bolikhămxay", "codelist"),
        ("Lào", "codelist"),
        ("HENSEN", "acronym"),
    ]


def test_ordinary_words_and_home_names_are_not_partners(tmp_path):
    text = "Tuân thủ pháp luật. Pháp luật được tôn trọng tại thị xã Kỳ Anh, Hà Tĩnh, Việt Nam; học tiếng Anh."
    assert _mentions(text, tmp_path) == []
