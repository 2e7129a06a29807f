"""The indicator codelist (dbt/seeds/indicators.csv), read by landing, extraction and reports alike."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from dagster_project.paths import SEEDS_DIR


@dataclass(frozen=True)
class Indicator:
    code: str
    unit: str
    kind: str
    name_vi: str
    name_en: str


def load_indicators(path: Path = SEEDS_DIR / "indicators.csv") -> dict[str, Indicator]:
    with path.open(encoding="utf-8") as handle:
        return {
            row["indicator_code"]: Indicator(
                row["indicator_code"], row["unit"], row["kind"], row["name_vi"], row["name_en"]
            )
            for row in csv.DictReader(handle)
        }
