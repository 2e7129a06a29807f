"""Score the register landing on a folder of clerks' workbooks: load them as written with
default settings, then compare every expected figure with ``marts.rpt_reconciliation`` and
every sheet's rows with the expected entries (landed / structure / quarantined / dropped).

    uv run python benchmarks/register_scores.py tests/data/clerk_workbooks

The folder holds ``workbooks/*.xlsx`` (or a ``generate.py`` that writes them), with
``expected_figures.csv`` (indicator_code, period_code, value) and ``expected_rows.csv`` (file,
sheet, data_rows, structure_rows[, uncertain_rows]) computed from the same rows it puts in the
workbooks; expected figures may say certain=no (they depend on a cell nobody can read with
certainty, and the right outcome is that they are withheld).
"""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

import duckdb
from rich.console import Console
from rich.table import Table

from dagster_project.loading import LoadRequest, run_load


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def generate(folder: Path, work: Path) -> Path:
    """The folder's workbooks: as they are, or written by its generate.py into ``work``."""
    if (folder / "workbooks").is_dir():
        return folder
    output = work / "generated"
    subprocess.run([sys.executable, str(folder / "generate.py"), str(output)], check=True, capture_output=True)
    return output


def score(folder: Path, work: Path) -> dict[str, object]:
    folder = generate(folder, work)
    raw = work / "raw" / "registers"
    raw.mkdir(parents=True)
    for workbook in sorted((folder / "workbooks").glob("*.xlsx")):
        shutil.copy2(workbook, raw / workbook.name)
    warehouse = work / "warehouse" / "warehouse.duckdb"
    outcome = run_load(LoadRequest(raw_dir=work / "raw", warehouse_path=warehouse, force=True))
    result: dict[str, object] = {"published": outcome.published, "failures": outcome.failures}
    if not outcome.published:
        return result  # blocked: nothing was published, so no figure is right or wrong
    database = warehouse
    with duckdb.connect(str(database), read_only=True) as con:
        published = {
            (indicator, period): value
            for indicator, period, value in con.execute(
                "select indicator_code, period_code, register_value from marts.rpt_reconciliation "
                "where register_value is not null"
            ).fetchall()
        }
        sheets = {
            (source.split("/", 1)[1], sheet): (landed, rejected, structure)
            for source, sheet, landed, rejected, structure in con.execute(
                "select _source_file, _sheet, rows_landed, rows_rejected, rows_structure from quality.load_files "
                "where family = 'registers'"
            ).fetchall()
        }
    # A figure marked certain=no depends on a cell nobody can read with certainty: the right
    # outcome is that it is withheld; publishing it, even at the intended value, is a guess.
    right, wrong, missing, withheld, guessed = [], [], [], [], []
    for row in _read(folder / "expected_figures.csv"):
        key = (row["indicator_code"], row["period_code"])
        expected = Decimal(row["value"])
        certain = row.get("certain", "yes").strip().lower() not in ("no", "false", "0")
        if key not in published:
            (missing if certain else withheld).append((*key, expected, None))
        elif Decimal(published[key]).quantize(Decimal("0.01")) != expected.quantize(Decimal("0.01")):
            wrong.append((*key, expected, published[key]))
        else:
            (right if certain else guessed).append(key)
    rows = {"expected_entries": 0, "landed": 0, "quarantined": 0, "structure": 0, "dropped": 0}
    for row in _read(folder / "expected_rows.csv"):
        landed, rejected, structure = sheets.get((row["file"], row["sheet"]), (0, 0, 0))
        entries = int(row["data_rows"])  # uncertain rows included: they are entries too
        rows["expected_entries"] += entries
        rows["landed"] += landed or 0
        rows["quarantined"] += rejected or 0
        rows["structure"] += structure or 0
        rows["dropped"] += max(0, entries - (landed or 0) - (rejected or 0))
    result.update(right=right, wrong=wrong, missing=missing, withheld=withheld, guessed=guessed, rows=rows)
    return result


def main(folder: str) -> int:
    console = Console()
    with tempfile.TemporaryDirectory() as work:
        result = score(Path(folder), Path(work))
    console.print(f"published: {result['published']}")
    for failure in result["failures"]:
        console.print(f"  blocked by: {failure}", markup=False)
    if "right" not in result:
        console.print("nothing published: every expected figure is missing")
        return 1
    table = Table(
        "figures right",
        "wrong",
        "missing",
        "uncertain: withheld",
        "uncertain: published",
        "entries expected",
        "landed",
        "quarantined",
        "structure rows",
        "silently dropped",
    )
    rows = result["rows"]
    table.add_row(
        *(str(len(result[key])) for key in ("right", "wrong", "missing", "withheld", "guessed")),
        *(str(rows[key]) for key in ("expected_entries", "landed", "quarantined", "structure", "dropped")),
    )
    console.print(table)
    for label in ("wrong", "missing"):
        for indicator, period, expected, got in result[label]:
            console.print(f"  {label}: {indicator} {period}: expected {expected}, warehouse {got}", markup=False)
    for indicator, period in result["guessed"]:
        console.print(f"  published although uncertain: {indicator} {period}", markup=False)
    return 0 if not result["wrong"] else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "tests/data/clerk_workbooks"))
