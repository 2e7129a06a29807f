"""End to end: the shipped sample is loaded and published, then queried with SQL."""

from decimal import Decimal

import pytest
from python_calamine import CalamineWorkbook

from dagster_project.paths import DEFAULT_RAW_DIR
from tests.conftest import load_expected_figures, load_sample_document_figures

pytestmark = pytest.mark.slow

MARTS = [
    "dim_partner",
    "bridge_partner_alias",
    "dim_period",
    "dim_date",
    "dim_activity_type",
    "dim_indicator",
    "fct_activity",
    "fct_funding",
    "fct_reported_indicator",
    "rpt_reconciliation",
]
PROVENANCE = ["_source_file", "_sheet", "_row_number", "_file_sha256", "_loaded_at"]


def register_value(db, period, indicator):
    row = db.execute(
        "select register_value from marts.rpt_reconciliation where period_code = ? and indicator_code = ?",
        [period, indicator],
    ).fetchone()
    return None if row is None else row[0]


def test_every_marts_table_is_published_and_not_empty(sample_db):
    for table in MARTS:
        assert sample_db.execute(f"select count(*) from marts.{table}").fetchone()[0] > 0, table


def test_every_published_figure_is_in_the_warehouse(sample_db):
    found = {
        (period, indicator): (value, unit, qualifier)
        for period, indicator, value, unit, qualifier in sample_db.execute(
            "select period_code, indicator_code, value, unit, qualifier from marts.fct_reported_indicator"
        ).fetchall()
    }
    expected = load_expected_figures() + load_sample_document_figures()
    for figure in expected:
        key = (figure["period_code"], figure["indicator_code"])
        assert key in found, key
        assert found[key] == (Decimal(figure["value"]), figure["unit"], figure["qualifier"]), key
    # Report tables and the SAMPLE narrative reports share the 2022-9M delegations abroad.
    assert len(found) == len({(f["period_code"], f["indicator_code"]) for f in expected}) == 46 + 31 - 2


def test_registers_reconcile_with_every_countable_published_figure(sample_db):
    statuses = dict(
        sample_db.execute("select status, count(*) from marts.rpt_reconciliation group by status").fetchall()
    )
    assert statuses.get("mismatch", 0) == 0
    assert statuses["match"] >= 8
    countable = {
        code
        for (code,) in sample_db.execute(
            "select indicator_code from marts.dim_indicator where is_register_countable"
        ).fetchall()
    }
    for figure in load_expected_figures():
        if figure["indicator_code"] not in countable or figure["period_code"] not in ("2020", "2022-9M"):
            continue
        status, register, reported = sample_db.execute(
            "select status, register_value, reported_value from marts.rpt_reconciliation "
            "where period_code = ? and indicator_code = ?",
            [figure["period_code"], figure["indicator_code"]],
        ).fetchone()
        expected_status = "match" if figure["qualifier"] == "exact" else "within_tolerance"
        assert status == expected_status, (figure, register, reported)


def test_multi_year_figures_are_not_checked_against_registers_that_do_not_cover_them(sample_db):
    assert sample_db.execute(
        "select status from marts.rpt_reconciliation "
        "where period_code = '2016-2020' and indicator_code = 'oda_projects'"
    ).fetchone() == ("not_in_registers",)


def test_three_spellings_of_bolikhamsay_are_one_partner(sample_db):
    keys = sample_db.execute(
        "select distinct partner_key from marts.bridge_partner_alias "
        "where alias in ('Bolikhamsay', 'Bolikhămxay', 'Bolykhămxay')"
    ).fetchall()
    assert len(keys) == 1
    partner = sample_db.execute(
        "select d.partner_code, d.subdivision_code, p.partner_code from marts.dim_partner d "
        "left join marts.dim_partner p on p.partner_key = d.parent_partner_key where d.partner_key = ?",
        [keys[0][0]],
    ).fetchone()
    assert partner == ("LA-BL", "LA-BL", "LA")
    spellings = sample_db.execute(
        "select distinct partner_name_raw from marts.fct_activity where partner_key = ?", [keys[0][0]]
    ).fetchall()
    assert {"Bolikhamsay", "Bolikhămxay", "Bolykhămxay"} <= {name for (name,) in spellings}


def test_flows_sum_over_periods_and_stocks_do_not(sample_db):
    quarters = sum(register_value(sample_db, f"2022-Q{q}", "outbound_delegations") for q in (1, 2, 3))
    assert quarters == register_value(sample_db, "2022-9M", "outbound_delegations") == 36
    halves = sum(register_value(sample_db, f"2020-H{h}", "outbound_persons") for h in (1, 2))
    assert halves == register_value(sample_db, "2020", "outbound_persons") == 33
    # Stocks are the value at the period end: the year equals its last quarter, not a sum.
    assert (
        register_value(sample_db, "2022", "lao_students")
        == register_value(sample_db, "2022-Q3", "lao_students")
        == 1087
    )
    assert register_value(sample_db, "2020", "ngos_registered_total") == 30
    assert register_value(sample_db, "2020-H2", "ngos_registered_total") == 30
    assert register_value(sample_db, "2020-H1", "ngos_registered_total") + 30 != 30


def test_koica_biomass_project_is_17_4_million_usd(sample_db):
    rows = sample_db.execute(
        "select d.partner_code, f.transaction_type, f.is_counterpart, f.amount, f.currency, f.amount_usd "
        "from marts.fct_funding f join marts.dim_partner d on d.partner_key = f.partner_key "
        "join marts.fct_activity a on a.activity_id = f.activity_id "
        "where a.description like 'Phát triển nguồn năng lượng sinh khối%' order by f.amount desc"
    ).fetchall()
    assert rows == [
        ("KOICA", 11, False, Decimal("14000000"), "USD", Decimal("14000000")),
        ("HATINH", 2, True, Decimal("3400000"), "USD", Decimal("3400000")),
    ]


def test_gifts_to_lao_provinces_in_kip_and_in_kind(sample_db):
    rows = sample_db.execute(
        "select f.currency, f.amount, f.quantity, f.quantity_unit, f.is_in_kind from marts.fct_funding f "
        "join marts.dim_partner r on r.partner_key = f.recipient_partner_key "
        "where r.partner_code = 'LA-BL' and f.value_date = date '2022-07-22' order by f.is_in_kind, f.quantity"
    ).fetchall()
    assert rows == [
        ("LAK", Decimal("2600000000"), None, None, False),
        (None, None, Decimal("20"), "bộ", True),
        (None, None, Decimal("9000"), "lít", True),
    ]
    amount_vnd, rate_date = sample_db.execute(
        "select amount_vnd, rate_date from marts.fct_funding where currency = 'LAK' and amount = 2600000000"
    ).fetchone()
    assert amount_vnd == Decimal("4030000000.00") and str(rate_date) == "2022-07-01"


def _sample_personal_values() -> set[str]:
    workbook = CalamineWorkbook.from_path(str(DEFAULT_RAW_DIR / "registers" / "SAMPLE_lanh_su.xlsx"))
    rows = workbook.get_sheet_by_name(workbook.sheet_names[0]).to_python()
    header = rows[2]
    columns = [header.index(name) for name in ("Họ và tên", "Ngày sinh", "Số hộ chiếu")]
    return {str(row[column]) for row in rows[3:] for column in columns if row[column]}


def test_no_personal_identifier_reaches_published_tables(sample_db):
    identifiers = _sample_personal_values()
    assert len(identifiers) > 30
    tables = sample_db.execute(
        "select table_schema, table_name, column_name from information_schema.columns "
        "where table_schema in ('marts', 'landing', 'staging', 'intermediate') and data_type = 'VARCHAR'"
    ).fetchall()
    for schema, table, column in tables:
        values = {
            value for (value,) in sample_db.execute(f'select distinct "{column}" from {schema}."{table}"').fetchall()
        }
        assert not values & identifiers, f"{schema}.{table}.{column}"


def test_views_in_the_published_file_are_queryable(sample_db):
    views = sample_db.execute("select schema_name, view_name from duckdb_views() where not internal").fetchall()
    assert len(views) > 15
    for schema, view in views:
        sample_db.execute(f'select count(*) from {schema}."{view}"').fetchone()


def test_every_landed_row_carries_provenance(sample_db):
    tables = sample_db.execute("select table_name from duckdb_tables() where schema_name = 'landing'").fetchall()
    # 12 kinds of sheet, 4 tables read from narrative reports, waivers, source choices, extraction
    # decisions, register rows in quarantine
    assert len(tables) == 20
    for (table,) in tables:
        nulls = " or ".join(f"{column} is null" for column in PROVENANCE)
        assert sample_db.execute(f"select count(*) from landing.{table} where {nulls}").fetchone()[0] == 0, table


def test_every_raw_row_is_landed_or_rejected(sample_db):
    unbalanced = sample_db.execute(
        "select _source_file, _sheet from quality.load_files "
        "where rows_raw <> rows_landed + rows_rejected + rows_structure"
    ).fetchall()
    assert unbalanced == []


def test_marts_columns_are_documented_in_the_database(sample_db):
    described, total = sample_db.execute(
        "select count(comment), count(*) from duckdb_columns() where schema_name = 'marts'"
    ).fetchone()
    assert described == total


def test_rerun_with_nothing_changed_is_skipped(published_sample):
    from dagster_project.loading import LoadRequest, run_load

    before = published_sample.read_bytes()
    outcome = run_load(LoadRequest(raw_dir=published_sample.parent.parent / "raw", warehouse_path=published_sample))
    assert outcome.skipped
    assert published_sample.read_bytes() == before
