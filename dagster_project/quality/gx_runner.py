"""Validate pandas frames with Great Expectations and write Data Docs (GX's SQL datasource
does not work on DuckDB, so tables are read into pandas first)."""

from __future__ import annotations

import contextlib
import io
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

_RUNNERS: dict[Path, GxRunner] = {}


@dataclass(frozen=True)
class SuiteOutcome:
    passed: bool
    evaluated: int
    failures: list[dict]


def runner_for(docs_dir: Path, run_id: str) -> GxRunner:
    """One GX context per run and docs folder: importing GX takes seconds, so do it once."""
    runner = _RUNNERS.get(docs_dir)
    if runner is None or runner.run_id != run_id:
        runner = _RUNNERS[docs_dir] = GxRunner(docs_dir, run_id)
    return runner


class GxRunner:
    def __init__(self, docs_dir: Path, run_id: str):
        os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
        import great_expectations as gx

        self.gx = gx
        self.run_id = run_id
        self.docs_dir = docs_dir
        shutil.rmtree(docs_dir, ignore_errors=True)
        docs_dir.mkdir(parents=True, exist_ok=True)
        self.context = gx.get_context(mode="ephemeral")
        self.context.add_data_docs_site(
            site_name="warehouse",
            site_config={
                "class_name": "SiteBuilder",
                "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(docs_dir)},
                "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
            },
        )
        self.datasource = self.context.data_sources.add_pandas("warehouse_frames")

    def validate(self, suite_json: dict, frame: pd.DataFrame) -> SuiteOutcome:
        from great_expectations.core import ExpectationSuite

        name = suite_json["name"]
        suite = self.context.suites.add(ExpectationSuite(name=name, expectations=suite_json["expectations"]))
        batch = self.datasource.add_dataframe_asset(name).add_batch_definition_whole_dataframe("whole_table")
        validation = self.context.validation_definitions.add(
            self.gx.ValidationDefinition(name=name, data=batch, suite=suite)
        )
        # GX draws tqdm bars on stderr for every metric; they are noise in a nightly log.
        # The result is kept in the context's store; build_docs() renders all of them at once
        # (a checkpoint with a docs action re-renders the whole site after every suite).
        with contextlib.redirect_stderr(io.StringIO()):
            validation_result = validation.run(batch_parameters={"dataframe": frame})
        failures = [
            {
                "expectation": item.expectation_config.type,
                "column": item.expectation_config.kwargs.get("column")
                or item.expectation_config.kwargs.get("column_list"),
                "unexpected_count": item.result.get("unexpected_count"),
                "examples": [str(value) for value in (item.result.get("partial_unexpected_list") or [])[:5]],
                "observed": str(item.result.get("observed_value")) if "observed_value" in item.result else None,
            }
            for item in validation_result.results
            if not item.success
        ]
        return SuiteOutcome(validation_result.success, len(validation_result.results), failures)

    def build_docs(self) -> None:
        with contextlib.redirect_stderr(io.StringIO()):
            self.context.build_data_docs(site_names=["warehouse"])

    @property
    def index_path(self) -> Path:
        return self.docs_dir / "index.html"
