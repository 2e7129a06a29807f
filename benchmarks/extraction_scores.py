"""Score the narrative extractor: found / expected / false figures per report, and the review
queue, on every report with a hand-written list of expected figures (the department's reports
in ../shared/seeds, the shipped SAMPLE reports and the style reports of tests/data).

    uv run python benchmarks/extraction_scores.py
"""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

from rich.console import Console
from rich.table import Table

from dagster_project.documents.extract import extract_figures
from dagster_project.documents.reader import read_document
from dagster_project.paths import DEFAULT_RAW_DIR, PROJECT_ROOT

DATA = PROJECT_ROOT / "tests" / "data"
SEEDS = PROJECT_ROOT.parent / "shared" / "seeds"


def _key(row) -> tuple:
    return (row["period_code"], row["indicator_code"], Decimal(row["value"]).normalize(), row["unit"], row["qualifier"])


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def report_sets() -> list[tuple[str, Path, set]]:
    sets = []
    seed_rows = _rows("published_figures.csv")
    for path in sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []:
        prefix = path.name[:3]
        sets.append((f"seed {path.name}", path, {_key(r) for r in seed_rows if r["seed"] == prefix}))
    for file_name, folder in (("sample_document_figures.csv", DEFAULT_RAW_DIR / "documents"),
                              ("style_report_figures.csv", DATA / "style_reports")):
        rows = _rows(file_name)
        for document in sorted({r["document"] for r in rows} | {p.name for p in folder.iterdir()}):
            sets.append((document, folder / document, {_key(r) for r in rows if r["document"] == document}))
    return sets


def main() -> None:
    table = Table("report", "period", "found", "expected", "false", "review")
    totals = [0, 0, 0, 0]
    for label, path, expected in report_sets():
        extraction = extract_figures(read_document(path))
        found = {(f.period_code, f.indicator_code, f.value.normalize(), f.unit, f.qualifier) for f in extraction.figures}
        row = [len(found & expected), len(expected), len(found - expected), len(extraction.review)]
        totals = [a + b for a, b in zip(totals, row)]
        table.add_row(label, extraction.period_code or "-", *map(str, row))
        for missing in sorted(expected - found):
            table.add_row("", "", f"[yellow]missing {missing}[/]", "", "", "")
        for wrong in sorted(found - expected):
            table.add_row("", "", f"[red]false {wrong}[/]", "", "", "")
    table.add_row("all", "", *map(str, totals))
    Console(width=200).print(table)


if __name__ == "__main__":
    main()
