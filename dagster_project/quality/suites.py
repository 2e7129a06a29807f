"""Great Expectations suites (GX 1.x JSON) in expectations/, one per landing and marts table.

``python -m dagster_project.quality.suites`` writes a starting suite for any table that has
none, derived from the landing specs and the marts contract; after that the JSON files are
the reviewed source and are edited by hand."""

from __future__ import annotations

import json
from pathlib import Path

from dagster_project.landing.specs import ALL_SPECS, TableSpec
from dagster_project.landing.store import LANDING_SCHEMA, PROVENANCE_COLUMNS
from dagster_project.parsing.vn_numbers import CURRENCY_ALIASES
from dagster_project.paths import PROJECT_ROOT

EXPECTATIONS_DIR = PROJECT_ROOT / "expectations"

# The public marts (docs/architecture.md, "The table contract") and the key that identifies one row.
MARTS_KEYS: dict[str, list[str]] = {
    "dim_partner": ["partner_key"],
    "bridge_partner_alias": ["alias"],
    "dim_period": ["period_code"],
    "dim_date": ["date_key"],
    "dim_activity_type": ["activity_type_code"],
    "dim_indicator": ["indicator_code"],
    "fct_activity": ["activity_id"],
    "fct_funding": ["funding_id"],
    "fct_reported_indicator": ["period_code", "indicator_code"],
    "fct_reported_indicator_source": ["source_row_id"],
    "bridge_document_partner": ["document_id", "partner_code"],
    "rpt_reconciliation": ["period_code", "indicator_code"],
}
# Tables built from codelists are never empty; facts are empty when their kind of input is
# absent (a load of narrative reports only has no activities), which is not an error.
NEVER_EMPTY = {"dim_partner", "bridge_partner_alias", "dim_period", "dim_date", "dim_activity_type", "dim_indicator"}


def suite_name(schema: str, table: str) -> str:
    return f"{schema}.{table}"


def suite_path(schema: str, table: str) -> Path:
    return EXPECTATIONS_DIR / f"{suite_name(schema, table)}.json"


def _expect(kind: str, **kwargs) -> dict:
    return {"type": f"expect_{kind}", "kwargs": kwargs}


def landing_suite(spec: TableSpec) -> dict:
    columns = [column.name for column in spec.landed_columns] + list(PROVENANCE_COLUMNS)
    expectations = [_expect("table_columns_to_match_set", column_set=columns, exact_match=True)]
    for name in ("_source_file", "_sheet", "_row_number", "_file_sha256", "_loaded_at"):
        expectations.append(_expect("column_values_to_not_be_null", column=name))
    for column in spec.landed_columns:
        if column.required:
            expectations.append(_expect("column_values_to_not_be_null", column=column.name))
        if column.kind == "count":
            expectations.append(
                _expect("column_values_to_be_between", column=column.name, min_value=0, max_value=column.maximum)
            )
        if column.kind in ("amount", "rate"):
            expectations.append(_expect("column_values_to_be_between", column=column.name, min_value=0))
        if column.kind == "currency":
            expectations.append(
                _expect(
                    "column_values_to_be_in_set", column=column.name, value_set=sorted(set(CURRENCY_ALIASES.values()))
                )
            )
        if column.kind == "qualifier":
            expectations.append(
                _expect(
                    "column_values_to_be_in_set", column=column.name, value_set=["exact", "approx", "over", "under"]
                )
            )
    return {
        "name": suite_name(LANDING_SCHEMA, spec.name),
        "expectations": expectations,
        "meta": {"table": f"{LANDING_SCHEMA}.{spec.name}"},
    }


MARTS_EXTRA: dict[str, list[dict]] = {
    "dim_partner": [_expect("column_values_to_match_regex", column="country_code", regex="^[A-Z]{2}$")],
    "dim_period": [
        _expect("column_pair_values_a_to_be_greater_than_b", column_A="end_date", column_B="start_date", or_equal=True)
    ],
    "fct_activity": [
        _expect("column_values_to_be_between", column="persons", min_value=0, max_value=5000),
        _expect("column_values_to_be_in_set", column="delegations", value_set=[0, 1]),
        _expect("column_values_to_not_be_null", column="partner_key"),
    ],
    "fct_funding": [
        _expect("column_values_to_be_between", column="amount", min_value=0),
        _expect("column_values_to_be_in_set", column="transaction_type", value_set=[1, 2, 3, 11]),
        _expect("column_values_to_not_be_null", column="partner_key"),
    ],
    "fct_reported_indicator_source": [
        _expect("column_values_to_be_in_set", column="extraction_method", value_set=["report_table", "narrative"]),
        _expect("column_values_to_not_be_null", column="source_excerpt"),
    ],
    "fct_reported_indicator": [
        _expect("column_values_to_be_between", column="value", min_value=0),
        _expect("column_values_to_be_in_set", column="qualifier", value_set=["exact", "approx", "over", "under"]),
    ],
    "rpt_reconciliation": [
        _expect(
            "column_values_to_be_in_set",
            column="status",
            value_set=[
                "match",
                "within_tolerance",
                "mismatch",
                "not_in_registers",
                "not_reported",
                "register_incomplete",
            ],
        ),
    ],
}


def marts_suite(table: str) -> dict:
    key = MARTS_KEYS[table]
    expectations = [_expect("table_row_count_to_be_between", min_value=1)] if table in NEVER_EMPTY else []
    if len(key) == 1:
        expectations += [
            _expect("column_values_to_be_unique", column=key[0]),
            _expect("column_values_to_not_be_null", column=key[0]),
        ]
    else:
        expectations.append(_expect("compound_columns_to_be_unique", column_list=key))
    expectations += MARTS_EXTRA.get(table, [])
    return {"name": suite_name("marts", table), "expectations": expectations, "meta": {"table": f"marts.{table}"}}


def starting_suites() -> dict[Path, dict]:
    suites = {suite_path(LANDING_SCHEMA, spec.name): landing_suite(spec) for spec in ALL_SPECS}
    suites.update({suite_path("marts", table): marts_suite(table) for table in MARTS_KEYS})
    return suites


class SuiteFileError(ValueError):
    """A suite file that cannot be read; the message names it."""


def load_suite(schema: str, table: str) -> dict | None:
    path = suite_path(schema, table)
    if not path.exists():
        return None
    try:
        suite = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise SuiteFileError(f"{path}: not valid JSON ({error})") from error
    if not isinstance(suite, dict) or not isinstance(suite.get("expectations"), list):
        raise SuiteFileError(f"{path}: expected an object with a list of 'expectations'")
    return suite


if __name__ == "__main__":
    EXPECTATIONS_DIR.mkdir(exist_ok=True)
    for path, suite in starting_suites().items():
        if not path.exists():
            path.write_text(json.dumps(suite, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            print(path)
