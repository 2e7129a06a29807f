"""Write registers and report tables with N times the rows of the shipped sample.

    uv run python benchmarks/generate.py --scale 100 --out /tmp/raw_x100

Every register row of the sample is copied N times (fractions keep a share of the rows).
Copy k moves its dates back by 30·(k mod 40) days (within 3.2 years), takes the next partner,
agency or currency of its column, and gets its own project codes, so the copies spread over
years, partners and currencies like real registers. Headers, title rows and Vietnamese
values are the sample's own. Report tables hold N × 46 figures of the indicators the
registers do not count (FDI, border crossings, ...) over distinct periods, so the
reconciliation has nothing to contradict and the load publishes.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import math
import random
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dagster_project.paths import SEEDS_DIR  # noqa: E402
from dagster_project.sample.generate import TITLE, sample_workbooks  # noqa: E402
from dagster_project.sample.reports import REPORT_HEADERS  # noqa: E402
from dagster_project.sample.workbook import write_workbook  # noqa: E402

SHIFT_DAYS = 30
# Copies move back 30 days each for 40 copies (3.2 years), then start again one day apart,
# so no date leaves the calendar (dim_date starts in 2010) and every copy stays distinct.
CYCLE = 40
# Columns whose values rotate between copies (each within the values of its own column).
ROTATING_HEADERS = {
    "Đối tác",
    "Tên đoàn",
    "Đối tác nước ngoài",
    "Nhà tài trợ",
    "Cơ quan cử đoàn",
    "Cơ quan tiếp đón",
    "Đơn vị tổ chức",
    "Loại tiền",
}
SAMPLE_REPORT_FIGURES = 46


def _shift(copy: int) -> dt.timedelta:
    return dt.timedelta(days=SHIFT_DAYS * (copy % CYCLE) + copy // CYCLE)


def _copy_row(row: list, headers: list[str], copy: int, rotations: dict[int, list]) -> list:
    values = list(row)
    # A written amount ("2 tỷ 600 triệu kíp") names its currency: keep the currency column then.
    amount_is_number = all(
        isinstance(value, (int, float)) for header, value in zip(headers, values) if header == "Số tiền"
    )
    for position, header in enumerate(headers):
        value = values[position]
        if isinstance(value, (dt.date, dt.datetime)):
            values[position] = value - _shift(copy)
        elif header == "Mã dự án" and value and copy:
            values[position] = f"{value}-S{copy:03d}"
        elif position in rotations and value and (header != "Loại tiền" or amount_is_number):
            options = rotations[position]
            values[position] = options[(options.index(value) + copy) % len(options)] if value in options else value
    return values


def _scaled_rows(headers: list[str], rows: list[list], scale: float) -> list[list]:
    rotations = {
        position: sorted({str(row[position]) for row in rows if row[position]})
        for position, header in enumerate(headers)
        if header in ROTATING_HEADERS
    }
    rotations = {position: options for position, options in rotations.items() if len(options) > 1}
    # Rotation works on text; keep the original objects where values are not text.
    wanted = max(1, round(len(rows) * scale))
    scaled: list[list] = []
    for copy in range(math.ceil(wanted / len(rows))):
        for row in rows:
            if len(scaled) == wanted:
                break
            text_row = [
                str(value) if position in rotations and value is not None else value
                for position, value in enumerate(row)
            ]
            scaled.append(_copy_row(text_row, headers, copy, rotations))
    for number, row in enumerate(scaled, start=1):
        if headers[0] == "STT":
            row[0] = number
    return scaled


def _uncounted_indicators() -> list[tuple[str, str]]:
    with (SEEDS_DIR / "indicator_register_measures.csv").open(encoding="utf-8") as handle:
        counted = {row["indicator_code"] for row in csv.DictReader(handle)}
    with (SEEDS_DIR / "indicators.csv").open(encoding="utf-8") as handle:
        return [
            (row["indicator_code"], row["unit"])
            for row in csv.DictReader(handle)
            if row["indicator_code"] not in counted
        ]


def _periods() -> list[str]:
    periods = []
    for year in range(2011, 2026):
        periods += [str(year), f"{year}-H1", f"{year}-H2", f"{year}-9M", *(f"{year}-Q{q}" for q in range(1, 5))]
        periods += [f"{year}-{month:02d}" for month in range(1, 13)]
    return periods


def report_figures(count: int, rng: random.Random) -> list[list[object]]:
    """``count`` distinct (period, indicator) figures the registers do not count."""
    indicators = _uncounted_indicators()
    combinations = [(period, code, unit) for period in _periods() for code, unit in indicators]
    if count > len(combinations):
        raise SystemExit(f"at most {len(combinations)} report figures can be distinct; lower --scale")
    rows = []
    for period, code, unit in rng.sample(combinations, count):
        value = rng.randint(1, 5_000) if unit not in ("USD", "VND") else rng.randint(1, 900) * 1_000_000
        rows.append([period, code, value, "", rng.choice(["", "", "gần", "trên"]), "Benchmark (synthetic)"])
    return rows


def generate(out: Path, scale: float) -> dict[str, int]:
    """Write the scaled registers and report tables under ``out``; returns rows per folder."""
    if out.exists():
        shutil.rmtree(out)
    rng = random.Random(20221231)
    counts = {"registers": 0, "reports": 0}
    for path, sheets in sample_workbooks(out).items():
        family = path.parent.name
        if family == "reports":
            continue
        scaled = [(name, title, headers, _scaled_rows(headers, rows, scale)) for name, title, headers, rows in sheets]
        write_workbook(path, scaled)
        counts[family] += sum(len(rows) for *_, rows in scaled)
    figures = report_figures(max(1, round(SAMPLE_REPORT_FIGURES * scale)), rng)
    half = len(figures) // 2
    for name, part in (("SAMPLE_bang_so_lieu_a.xlsx", figures[:half]), ("SAMPLE_bang_so_lieu_b.xlsx", figures[half:])):
        if part:
            write_workbook(
                out / "reports" / name, [("Số liệu", TITLE.format("SỐ LIỆU BENCHMARK"), REPORT_HEADERS, part)]
            )
    counts["reports"] = len(figures)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=10, help="times the sample's rows (fractions allowed)")
    parser.add_argument("--out", type=Path, required=True, help="raw folder to write (replaced if it exists)")
    arguments = parser.parse_args()
    counts = generate(arguments.out, arguments.scale)
    print(f"wrote {counts['registers']:,} register rows and {counts['reports']:,} report figures to {arguments.out}")


if __name__ == "__main__":
    main()
