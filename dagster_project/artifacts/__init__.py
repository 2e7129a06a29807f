"""What each publish writes beside the warehouse file: Parquet exports, the dbt docs site
and the dashboard. Each is written into the run's build folder and moved into place with
the warehouse file, so all of them always describe the same load."""

ARTIFACT_FOLDERS = ("exports", "docs", "dashboard")
