"""Nothing outside raw/ lands, and a file too large to be a report or register is refused
before any parser opens it: each blocks publishing, names the file, and leaves the published
warehouse byte-identical."""

from __future__ import annotations

import shutil

import duckdb
import pytest

from dagster_project.loading import LoadRequest, run_load
from tests.conftest import workspace_from
from tests.faults.helpers import sha256

pytestmark = pytest.mark.slow


def _blocked(raw, warehouse, **settings) -> str:
    before = sha256(warehouse)
    outcome = run_load(LoadRequest(raw_dir=raw, warehouse_path=warehouse, force=True, **settings))
    assert not outcome.published
    assert sha256(warehouse) == before
    return "\n".join(outcome.failures)


def _landed_text(warehouse) -> str:
    with duckdb.connect(str(warehouse), read_only=True) as connection:
        return "\n".join(
            text for (text,) in connection.execute("select document_text from landing.documents").fetchall()
        )


def test_link_to_a_system_file_is_refused_and_its_text_never_lands(published_sample, tmp_path):
    raw, warehouse = workspace_from(published_sample, tmp_path)
    secret = tmp_path / "outside" / "passwd"
    secret.parent.mkdir()
    secret.write_text("root:x:0:0:root:/root:/bin/bash\nBáo cáo năm 2020: 99 đoàn ra\n", encoding="utf-8")
    (raw / "documents" / "passwd.txt").symlink_to(secret)

    message = _blocked(raw, warehouse)

    assert "documents/passwd.txt: not read: it is a link to" in message and "outside raw/" in message
    assert "root:x:0:0" not in _landed_text(warehouse)
    assert not any(
        "root:x:0:0" in path.read_text(errors="ignore") for path in (warehouse.parent / ".build").rglob("*.jsonl")
    )


def test_link_to_a_workbook_outside_raw_is_refused(published_sample, tmp_path):
    raw, warehouse = workspace_from(published_sample, tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    shutil.copy2(raw / "registers" / "SAMPLE_lanh_su.xlsx", elsewhere / "lanh_su_2023.xlsx")
    (raw / "registers" / "lanh_su_2023.xlsx").symlink_to(elsewhere / "lanh_su_2023.xlsx")

    message = _blocked(raw, warehouse)

    assert "registers/lanh_su_2023.xlsx: not read: it is a link to" in message


def test_linked_folder_outside_raw_is_refused(published_sample, tmp_path):
    raw, warehouse = workspace_from(published_sample, tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    shutil.copy2(raw / "registers" / "SAMPLE_lanh_su.xlsx", elsewhere / "lanh_su_2023.xlsx")
    (raw / "registers" / "shared_drive").symlink_to(elsewhere, target_is_directory=True)

    message = _blocked(raw, warehouse)

    assert "registers/shared_drive: not read: it is a link to" in message


def test_oversized_report_is_refused_before_it_is_read(published_sample, tmp_path, monkeypatch):
    from dagster_project.landing import documents

    raw, warehouse = workspace_from(published_sample, tmp_path)
    sentence = "Năm 2020, tiếp đón 5 đoàn vào với 20 lượt người.\n"
    (raw / "documents" / "bao_cao_lon.txt").write_text(sentence * 30_000, encoding="utf-8")  # 1.9 MB

    def never(*args, **kwargs):
        raise AssertionError("an oversized report must not be parsed")

    monkeypatch.setattr(documents, "read_document", never)
    message = _blocked(raw, warehouse, max_document_mb=1)

    assert "documents/bao_cao_lon.txt: not read: 1.9 MB is more than the 1 MB allowed for documents" in message
    assert "WAREHOUSE_MAX_DOCUMENT_MB" in message


def test_oversized_workbook_is_refused(published_sample, tmp_path):
    raw, warehouse = workspace_from(published_sample, tmp_path)
    message = _blocked(raw, warehouse, max_workbook_mb=0.01)
    assert (
        "registers/SAMPLE_doan_ra_doan_vao.xlsx: not read: 0.0 MB is more than the 0.01 MB allowed for registers"
        in message
    )
