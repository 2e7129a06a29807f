"""Narrative reports that cannot be read: the file is named with the reason, the others land."""

from tests.bad_inputs.builders import land

GOOD = "Báo cáo kết quả công tác đối ngoại năm 2020\nNăm 2020, xử lý 07 vụ việc lãnh sự.\n"


def _write(raw, name, content):
    path = raw / "documents" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def test_corrupt_word_file_blocks_publishing_naming_the_file_and_the_good_report_still_lands(tmp_path):
    _write(tmp_path, "tot.txt", GOOD)
    _write(tmp_path, "hong.docx", b"PK\x03\x04 broken")
    batch = land(tmp_path, "documents")
    (message,) = batch.blocking_messages(0.2)
    assert message.startswith("documents/hong.docx: file rejected: it is not a readable Word document")
    assert [row["value"] for row in batch.records["document_figures"]] == [7]


def test_empty_report_is_rejected_with_its_reason(tmp_path):
    _write(tmp_path, "trong.md", b"")
    (message,) = land(tmp_path, "documents").blocking_messages(0.2)
    assert message == "documents/trong.md: file rejected: the file is empty (0 bytes)."


def test_other_files_in_the_folder_are_skipped_not_blocking(tmp_path):
    _write(tmp_path, "tot.txt", GOOD)
    _write(tmp_path, "scan.pdf", b"%PDF-1.4")
    batch = land(tmp_path, "documents")
    assert batch.blocking_messages(0.2) == []
    assert any(sheet.status == "skipped_file" and sheet.source_file == "documents/scan.pdf" for sheet in batch.sheets)


def test_same_report_under_two_names_is_read_once(tmp_path):
    _write(tmp_path, "a.txt", GOOD)
    _write(tmp_path, "b_ban_sao.txt", GOOD)
    batch = land(tmp_path, "documents")
    assert len(batch.records["document_figures"]) == 1
    assert any(sheet.status == "duplicate_file" for sheet in batch.sheets)


def test_report_without_a_period_lands_its_uncertain_figures_for_review(tmp_path):
    _write(tmp_path, "khong_ro_ky.txt", "Sở đã xử lý 07 vụ việc lãnh sự.\n")
    batch = land(tmp_path, "documents")
    assert batch.records["document_figures"] == []
    (item,) = batch.records["document_review"]
    assert item["reason"].startswith("period not certain") and item["_source_file"] == "documents/khong_ro_ky.txt"
    assert "report period unknown" in batch.messages[0]
