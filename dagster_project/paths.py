"""Where things live in a checkout; every path a user can change is a setting (settings.py)."""

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DBT_PROJECT_DIR = PROJECT_ROOT / "dbt"
# The variable dbt/profiles.yml reads for the DuckDB file a load builds.
DBT_PROFILE_DATABASE_VARIABLE = "WAREHOUSE_DB_PATH"
SEEDS_DIR = DBT_PROJECT_DIR / "seeds"
DEFAULT_RAW_DIR = PROJECT_ROOT / "raw"
# dbt's target folder: its partial-parse state and the link to the running build.
DEFAULT_DBT_WORK_DIR = DBT_PROJECT_DIR / "target"
DEFAULT_WAREHOUSE_PATH = PROJECT_ROOT / "warehouse" / "warehouse.duckdb"
DEFAULT_WAIVERS_PATH = PROJECT_ROOT / "expectations" / "waivers.yml"
DEFAULT_DECISIONS_PATH = PROJECT_ROOT / "expectations" / "extraction_decisions.yml"
