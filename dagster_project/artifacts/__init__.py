"""What each publish writes beside the warehouse file: Parquet exports, the dbt docs site
and the dashboard. Each is written into the run's build folder and published with the
database as one release (dagster_project.publishing.releases), so all of them describe the same load."""
