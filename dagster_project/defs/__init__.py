"""Dagster definitions, one module per source family plus dbt and publishing."""
