"""Publishing a load: the targets (DuckDB file, PostgreSQL), build folders, releases, the
writer lock, the load fingerprint and the run record."""
