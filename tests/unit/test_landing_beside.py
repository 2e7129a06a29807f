"""A family's files landed side by side (the landing worker and this process) land exactly what
reading them one by one lands: the same rows, rejections and sheet outcomes, a row typed in two
files counted once, a copied file skipped, a broken file refused."""

import datetime as dt
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook

from dagster_project.landing import beside as landing_beside
from dagster_project.landing.beside import side_by_side
from dagster_project.landing.documents import DocumentLoader
from dagster_project.landing.engine import FamilyLoader, LandingBatch, list_input_files
from dagster_project.landing.reuse import DUPLICATE_REASON_PREFIX
from dagster_project.landing.specs import DOCUMENT_SPECS, REGISTER_SPECS
from dagster_project.paths import DEFAULT_RAW_DIR

LOADED_AT = dt.datetime(2022, 9, 20, 2, 0)


@pytest.fixture(autouse=True, scope="module")
def warm_landing_worker(tmp_path_factory):
    """The landing worker started and warm, as `warehouse load` has it when the files land."""
    landing_beside.start(tmp_path_factory.mktemp("raw"), min_bytes=0)
    landing_beside.wait_until_ready()


def _loader(raw: Path, family: str = "registers") -> FamilyLoader:
    loader_class, specs = (DocumentLoader, DOCUMENT_SPECS) if family == "documents" else (FamilyLoader, REGISTER_SPECS)
    return loader_class(family, specs, raw, "test-run", LOADED_AT, b"secret", "v1")


def _as_compared(batch: LandingBatch) -> dict:
    """Everything a batch lands, in its order."""
    return {
        "records": {table: rows for table, rows in batch.records.items() if rows},
        "rejected_rows": batch.rejected_rows,
        "sheets": [vars(sheet) for sheet in batch.sheets],
        "structure_rows": batch.structure_rows,
        "sheet_columns": batch.sheet_columns,
        "total_checks": batch.total_checks,
        "cell_notes": batch.cell_notes,
    }


@pytest.fixture
def registers_with_troubles(tmp_path) -> Path:
    """The sample's registers, and: a second register repeating two rows of the consular one
    (and adding one of its own), an exact copy of a register, a text file and a broken workbook."""
    folder = tmp_path / "registers"
    shutil.copytree(DEFAULT_RAW_DIR / "registers", folder)
    consular = folder / "SAMPLE_lanh_su.xlsx"
    workbook = load_workbook(consular)
    sheet = workbook.worksheets[0]
    last = sheet.max_row
    repeated = [[cell.value for cell in sheet[row]] for row in (last - 1, last)]
    for row in range(sheet.max_row, 0, -1):
        if row > 4 and [cell.value for cell in sheet[row]] not in repeated:
            sheet.delete_rows(row)
    own = list(repeated[0])
    own[1] = "x" if not isinstance(own[1], str) else own[1] + " (khác)"
    sheet.append(own)
    workbook.save(folder / "z_lanh_su_bo_sung.xlsx")
    shutil.copy(folder / "SAMPLE_ty_gia.xlsx", folder / "zz_ty_gia_ban_sao.xlsx")
    (folder / "ghi_chu.txt").write_text("không phải sổ theo dõi", encoding="utf-8")
    (folder / "zzz_hong.xlsx").write_bytes(b"PK\x03\x04 not a workbook")
    return tmp_path


def test_side_by_side_lands_what_one_by_one_lands(registers_with_troubles):
    files = list_input_files(registers_with_troubles / "registers")
    one_by_one = _loader(registers_with_troubles).land(files)
    beside = _loader(registers_with_troubles).land(files, beside=side_by_side(min_bytes=0))
    assert _as_compared(beside) == _as_compared(one_by_one)
    # The cases that depend on other files are really there, not compared empty.
    reasons = [row["reason"] for row in beside.rejected_rows if row["_source_file"].endswith("z_lanh_su_bo_sung.xlsx")]
    assert len([reason for reason in reasons if reason.startswith(DUPLICATE_REASON_PREFIX)]) >= 2
    statuses = {sheet.source_file.split("/")[-1]: sheet.status for sheet in beside.sheets}
    assert statuses["zz_ty_gia_ban_sao.xlsx"] == "duplicate_file"
    assert statuses["zzz_hong.xlsx"] == "rejected_file"
    assert statuses["ghi_chu.txt"] == "skipped_file"
    assert sum(len(rows) for rows in beside.records.values()) > 100


def test_documents_land_side_by_side_as_one_by_one(tmp_path):
    shutil.copytree(DEFAULT_RAW_DIR / "documents", tmp_path / "documents")
    files = list_input_files(tmp_path / "documents")
    one_by_one = _loader(tmp_path, "documents").land(files)
    beside = _loader(tmp_path, "documents").land(files, beside=side_by_side(min_bytes=0))
    assert _as_compared(beside) == _as_compared(one_by_one)
    assert beside.records["document_figures"]


def test_a_file_the_worker_could_not_land_is_landed_here(registers_with_troubles):
    files = list_input_files(registers_with_troubles / "registers")
    one_by_one = _loader(registers_with_troubles).land(files)

    def worker_that_failed(loader, to_read):
        return [lambda: None for _ in to_read]

    assert _as_compared(_loader(registers_with_troubles).land(files, beside=worker_that_failed)) == _as_compared(
        one_by_one
    )


def test_a_small_family_is_not_shared(registers_with_troubles):
    files = list_input_files(registers_with_troubles / "registers")
    loader = _loader(registers_with_troubles)
    to_read = [(path, path.name, str(number)) for number, path in enumerate(files)]
    assert side_by_side()(loader, to_read) == [None] * len(to_read)


def test_a_worker_that_cannot_be_started_leaves_the_files_to_this_process(registers_with_troubles, monkeypatch):
    files = list_input_files(registers_with_troubles / "registers")
    one_by_one = _loader(registers_with_troubles).land(files)

    def no_process_left(*args):
        raise OSError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(landing_beside._WORKER, "submit", no_process_left)
    beside = _loader(registers_with_troubles).land(files, beside=side_by_side(min_bytes=0))
    assert _as_compared(beside) == _as_compared(one_by_one)


def test_a_worker_still_importing_is_not_waited_for(registers_with_troubles, monkeypatch):
    from dagster_project.warm_worker import WarmWorker

    monkeypatch.setattr(landing_beside, "_WORKER", WarmWorker(landing_beside._warm))  # never started
    files = list_input_files(registers_with_troubles / "registers")
    to_read = [(path, path.name, str(number)) for number, path in enumerate(files)]
    assert side_by_side(min_bytes=0)(_loader(registers_with_troubles), to_read) == [None] * len(to_read)


def test_the_worker_exits_when_the_load_is_gone(tmp_path):
    import subprocess
    import sys
    import time

    import psutil

    script = tmp_path / "load_that_dies.py"
    script.write_text(
        "import os\n"
        "from dagster_project.warm_worker import WarmWorker, _noop\n"
        "if __name__ == '__main__':\n"
        "    worker = WarmWorker(_noop)\n"
        "    print(worker.submit(os.getpid).result(), flush=True)\n"
        "    os._exit(0)  # as a killed load: no clean shutdown of its pool\n",
        encoding="utf-8",
    )
    root = Path(__file__).resolve().parents[2]
    run = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        cwd=root,
        timeout=60,
        env={**__import__("os").environ, "PYTHONPATH": str(root)},
    )
    worker = int(run.stdout.split()[0])
    deadline = time.monotonic() + 10
    while psutil.pid_exists(worker) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not psutil.pid_exists(worker) or psutil.Process(worker).status() == psutil.STATUS_ZOMBIE
