"""The parts of dagster-dbt this project uses, imported without dbt-core in this process.

dagster-dbt imports dbt-core when it can (about 1 s on the load's critical path) only to name dbt's node types and
statuses and to build an adapter; it has the same names of its own for a dbt it runs as a program, which is all this
project does (dbt runs in its own process: the warm one, warm_dbt, or a ``dbt`` subprocess). Its dbt-core check is
its one import of ``dbt.version``: hidden for that import, the load process never imports dbt. Every module of the
project takes dagster-dbt from here, so whichever imports it first, it is imported this way.
"""

from __future__ import annotations

import sys

_DBT_VERSION_MODULE = "dbt.version"

if "dagster_dbt" not in sys.modules and _DBT_VERSION_MODULE not in sys.modules:
    sys.modules[_DBT_VERSION_MODULE] = None  # type: ignore[assignment]  # "import dbt.version" raises ImportError
    try:
        from dagster_dbt import DagsterDbtTranslator, DbtCliResource, DbtProject, dbt_assets
    finally:
        del sys.modules[_DBT_VERSION_MODULE]
else:
    from dagster_dbt import DagsterDbtTranslator, DbtCliResource, DbtProject, dbt_assets

__all__ = ["DagsterDbtTranslator", "DbtCliResource", "DbtProject", "dbt_assets"]
