"""Score the narrative extractor: found / expected / false figures per report, the review
queue and the numbers set apart from it, on every report with a hand-written list of expected
figures (the department's reports in ../shared/seeds, the shipped SAMPLE reports, the style
reports of tests/data and the hold-out set written without reading the code).

    uv run python benchmarks/extraction_scores.py
    uv run python benchmarks/extraction_scores.py --folder DIR --expected FILE.csv   # another set

An expected-figures file has the columns document, period_code, indicator_code, value, unit,
qualifier (as tests/data/style_report_figures.csv).
"""

from __future__ import annotations

import argparse
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


# (expected figures, folder of reports) of the report sets kept in tests/data.
STYLE_SETS = (
    ("style_report_figures.csv", DATA / "style_reports"),
    ("style_report_holdout_figures.csv", DATA / "style_reports_holdout"),
    ("style_report_batch5_figures.csv", DATA / "style_reports_batch5"),
    ("style_report_batch6_figures.csv", DATA / "style_reports_batch6"),
    ("style_report_batch7_figures.csv", DATA / "style_reports_batch7"),
    ("style_report_batch8_figures.csv", DATA / "style_reports_batch8"),
    ("style_report_batch9_figures.csv", DATA / "style_reports_batch9"),
    ("style_report_batch10_figures.csv", DATA / "style_reports_batch10"),
    ("style_report_batch11_figures.csv", DATA / "style_reports_batch11"),
    ("style_report_batch12_figures.csv", DATA / "style_reports_batch12"),
    ("style_report_batch13_figures.csv", DATA / "style_reports_batch13"),
    ("style_report_batch14_figures.csv", DATA / "style_reports_batch14"),
    ("style_report_batch15_figures.csv", DATA / "style_reports_batch15"),
    ("style_report_batch16_figures.csv", DATA / "style_reports_batch16"),
    ("style_report_batch17_figures.csv", DATA / "style_reports_batch17"),
    ("style_report_batch18_figures.csv", DATA / "style_reports_batch18"),
    ("style_report_batch19_figures.csv", DATA / "style_reports_batch19"),
    ("style_report_batch20_figures.csv", DATA / "style_reports_batch20"),
    ("style_report_batch21_figures.csv", DATA / "style_reports_batch21"),
    ("style_report_batch22_figures.csv", DATA / "style_reports_batch22"),
    ("style_report_batch23_figures.csv", DATA / "style_reports_batch23"),
    ("style_report_batch24_figures.csv", DATA / "style_reports_batch24"),
    ("style_report_batch25_figures.csv", DATA / "style_reports_batch25"),
    ("style_report_batch26_figures.csv", DATA / "style_reports_batch26"),
    ("style_report_batch27_figures.csv", DATA / "style_reports_batch27"),
    ("style_report_batch28_figures.csv", DATA / "style_reports_batch28"),
    ("style_report_batch29_figures.csv", DATA / "style_reports_batch29"),
    ("style_report_batch30_figures.csv", DATA / "style_reports_batch30"),
    ("style_report_batch31_figures.csv", DATA / "style_reports_batch31"),
    ("style_report_batch32_figures.csv", DATA / "style_reports_batch32"),
    ("style_report_batch33_figures.csv", DATA / "style_reports_batch33"),
    ("style_report_batch34_figures.csv", DATA / "style_reports_batch34"),
    ("style_report_batch35_figures.csv", DATA / "style_reports_batch35"),
    ("style_report_batch36_figures.csv", DATA / "style_reports_batch36"),
    ("style_report_batch37_figures.csv", DATA / "style_reports_batch37"),
    ("style_report_batch38_figures.csv", DATA / "style_reports_batch38"),
    ("style_report_batch39_figures.csv", DATA / "style_reports_batch39"),
    ("style_report_batch40_figures.csv", DATA / "style_reports_batch40"),
    ("style_report_batch41_figures.csv", DATA / "style_reports_batch41"),
    ("style_report_batch42_figures.csv", DATA / "style_reports_batch42"),
    ("style_report_batch43_figures.csv", DATA / "style_reports_batch43"),
    ("style_report_batch45_figures.csv", DATA / "style_reports_batch45"),
    ("style_report_batch46_figures.csv", DATA / "style_reports_batch46"),
    ("style_report_batch48_figures.csv", DATA / "style_reports_batch48"),
    ("style_report_batch50_figures.csv", DATA / "style_reports_batch50"),
    ("style_report_batch51_figures.csv", DATA / "style_reports_batch51"),
    ("style_report_batch52_figures.csv", DATA / "style_reports_batch52"),
    ("style_report_batch53_figures.csv", DATA / "style_reports_batch53"),
    ("style_report_batch54_figures.csv", DATA / "style_reports_batch54"),
    ("style_report_batch55_figures.csv", DATA / "style_reports_batch55"),
    ("style_report_batch56_figures.csv", DATA / "style_reports_batch56"),
    ("style_report_batch57_figures.csv", DATA / "style_reports_batch57"),
    ("style_report_batch58_figures.csv", DATA / "style_reports_batch58"),
    ("style_report_batch60_figures.csv", DATA / "style_reports_batch60"),
    ("style_report_batch61_figures.csv", DATA / "style_reports_batch61"),
    ("style_report_batch62_figures.csv", DATA / "style_reports_batch62"),
    ("style_report_batch63_figures.csv", DATA / "style_reports_batch63"),
    ("style_report_batch64_figures.csv", DATA / "style_reports_batch64"),
    ("style_report_batch65_figures.csv", DATA / "style_reports_batch65"),
    ("style_report_batch66_figures.csv", DATA / "style_reports_batch66"),
    ("style_report_batch67_figures.csv", DATA / "style_reports_batch67"),
    ("style_report_batch68_figures.csv", DATA / "style_reports_batch68"),
    ("style_report_batch69_figures.csv", DATA / "style_reports_batch69"),
    ("style_report_batch70_figures.csv", DATA / "style_reports_batch70"),
    ("style_report_batch71_figures.csv", DATA / "style_reports_batch71"),
    ("style_report_batch72_figures.csv", DATA / "style_reports_batch72"),
    ("style_report_batch73_figures.csv", DATA / "style_reports_batch73"),
    ("style_report_batch74_figures.csv", DATA / "style_reports_batch74"),
    ("style_report_batch75_figures.csv", DATA / "style_reports_batch75"),
    ("style_report_batch76_figures.csv", DATA / "style_reports_batch76"),
    ("style_report_batch77_figures.csv", DATA / "style_reports_batch77"),
    ("style_report_batch79_figures.csv", DATA / "style_reports_batch79"),
    ("style_report_batch80_figures.csv", DATA / "style_reports_batch80"),
    ("style_report_batch83_figures.csv", DATA / "style_reports_batch83"),
    ("style_report_batch84_figures.csv", DATA / "style_reports_batch84"),
    ("style_report_batch85_figures.csv", DATA / "style_reports_batch85"),
    ("style_report_batch86_figures.csv", DATA / "style_reports_batch86"),
    ("style_report_batch87_figures.csv", DATA / "style_reports_batch87"),
    ("style_report_batch88_figures.csv", DATA / "style_reports_batch88"),
    ("style_report_batch89_figures.csv", DATA / "style_reports_batch89"),
    ("style_report_batch90_figures.csv", DATA / "style_reports_batch90"),
    ("style_report_batch91_figures.csv", DATA / "style_reports_batch91"),
    ("style_report_batch92_figures.csv", DATA / "style_reports_batch92"),
    ("style_report_batch93_figures.csv", DATA / "style_reports_batch93"),
    ("style_report_batch94_figures.csv", DATA / "style_reports_batch94"),
    ("style_report_batch95_figures.csv", DATA / "style_reports_batch95"),
    ("style_report_batch96_figures.csv", DATA / "style_reports_batch96"),
    ("style_report_batch97_figures.csv", DATA / "style_reports_batch97"),
    ("style_report_batch98_figures.csv", DATA / "style_reports_batch98"),
    ("style_report_batch99_figures.csv", DATA / "style_reports_batch99"),
    ("style_report_batch100_figures.csv", DATA / "style_reports_batch100"),
    ("style_report_batch101_figures.csv", DATA / "style_reports_batch101"),
    ("style_report_batch102_figures.csv", DATA / "style_reports_batch102"),
    ("style_report_batch103_figures.csv", DATA / "style_reports_batch103"),
    ("style_report_batch105_figures.csv", DATA / "style_reports_batch105"),
    ("style_report_batch106_figures.csv", DATA / "style_reports_batch106"),
    ("style_report_batch109_figures.csv", DATA / "style_reports_batch109"),
    ("style_report_batch113_figures.csv", DATA / "style_reports_batch113"),
    ("style_report_batch114_figures.csv", DATA / "style_reports_batch114"),
    ("style_report_batch116_figures.csv", DATA / "style_reports_batch116"),
    ("style_report_batch117_figures.csv", DATA / "style_reports_batch117"),
    ("style_report_batch118_figures.csv", DATA / "style_reports_batch118"),
    ("style_report_batch119_figures.csv", DATA / "style_reports_batch119"),
    ("style_report_batch120_figures.csv", DATA / "style_reports_batch120"),
    ("style_report_batch121_figures.csv", DATA / "style_reports_batch121"),
    ("style_report_batch122_figures.csv", DATA / "style_reports_batch122"),
    ("style_report_batch123_figures.csv", DATA / "style_reports_batch123"),
    ("style_report_batch124_figures.csv", DATA / "style_reports_batch124"),
    ("style_report_batch125_figures.csv", DATA / "style_reports_batch125"),
    ("style_report_batch126_figures.csv", DATA / "style_reports_batch126"),
    ("style_report_batch127_figures.csv", DATA / "style_reports_batch127"),
    ("style_report_batch128_figures.csv", DATA / "style_reports_batch128"),
    ("style_report_batch129_figures.csv", DATA / "style_reports_batch129"),
    ("style_report_batch130_figures.csv", DATA / "style_reports_batch130"),
    ("style_report_batch131_figures.csv", DATA / "style_reports_batch131"),
    ("style_report_batch132_figures.csv", DATA / "style_reports_batch132"),
    ("style_report_batch133_figures.csv", DATA / "style_reports_batch133"),
    ("style_report_batch134_figures.csv", DATA / "style_reports_batch134"),
    ("style_report_batch135_figures.csv", DATA / "style_reports_batch135"),
    ("style_report_batch136_figures.csv", DATA / "style_reports_batch136"),
    ("style_report_batch137_figures.csv", DATA / "style_reports_batch137"),
    ("style_report_batch138_figures.csv", DATA / "style_reports_batch138"),
    ("style_report_batch139_figures.csv", DATA / "style_reports_batch139"),
    ("style_report_batch140_figures.csv", DATA / "style_reports_batch140"),
    ("style_report_batch141_figures.csv", DATA / "style_reports_batch141"),
    ("style_report_batch142_figures.csv", DATA / "style_reports_batch142"),
    ("style_report_batch143_figures.csv", DATA / "style_reports_batch143"),
    ("style_report_batch144_figures.csv", DATA / "style_reports_batch144"),
    ("style_report_batch145_figures.csv", DATA / "style_reports_batch145"),
    ("style_report_batch146_figures.csv", DATA / "style_reports_batch146"),
)


def _rows(name: str | Path) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def folder_sets(rows: list[dict[str, str]], folder: Path) -> list[tuple[str, Path, set]]:
    """One set per report of the folder or of the expected rows."""
    # A set's README describes the set; it is no report.
    reports = (".txt", ".md", ".docx")
    names = {r["document"] for r in rows} | {
        p.name for p in folder.iterdir() if p.suffix.lower() in reports and p.stem.upper() != "README"
    }
    return [(name, folder / name, {_key(r) for r in rows if r["document"] == name}) for name in sorted(names)]


def report_sets() -> list[tuple[str, Path, set]]:
    sets = []
    seed_rows = _rows("published_figures.csv")
    for path in sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []:
        prefix = path.name[:3]
        sets.append((f"seed {path.name}", path, {_key(r) for r in seed_rows if r["seed"] == prefix}))
    sets += folder_sets(_rows("sample_document_figures.csv"), DEFAULT_RAW_DIR / "documents")
    for file_name, folder in STYLE_SETS:
        if folder.is_dir():
            sets += folder_sets(_rows(file_name), folder)
    return sets


def score(path: Path, expected: set) -> tuple[str | None, list[int], set, set]:
    """(report period, [found, expected, false, review, set apart], missing, false figures)."""
    extraction = extract_figures(read_document(path))
    found = {(f.period_code, f.indicator_code, f.value.normalize(), f.unit, f.qualifier) for f in extraction.figures}
    row = [
        len(found & expected),
        len(expected),
        len(found - expected),
        len(extraction.review),
        len(extraction.set_aside),
    ]
    return extraction.period_code, row, expected - found, found - expected


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folder", type=Path, help="score the reports of this folder instead")
    parser.add_argument("--expected", type=Path, help="their expected figures (CSV)")
    arguments = parser.parse_args()
    sets = folder_sets(_rows(arguments.expected.resolve()), arguments.folder) if arguments.folder else report_sets()
    table = Table("report", "period", "found", "expected", "false", "review", "set apart")
    totals = [0, 0, 0, 0, 0]
    for label, path, expected in sets:
        period, row, missing, wrong = score(path, expected)
        totals = [a + b for a, b in zip(totals, row)]
        table.add_row(label, period or "-", *map(str, row))
        for item in sorted(missing):
            table.add_row("", "", f"[yellow]missing {item}[/]", "", "", "", "")
        for item in sorted(wrong):
            table.add_row("", "", f"[red]false {item}[/]", "", "", "", "")
    table.add_row("all", "", *map(str, totals))
    Console(width=200).print(table)


if __name__ == "__main__":
    main()
