"""Every setting of a load, declared once: its default, its environment variable, its command
line option and its help. The `warehouse` command's options, the load request and the Dagster
resource of scheduled, sensor and UI runs are all made from this one declaration, so a run
started by the daemon reads the deployment exactly as `warehouse load` does."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from dagster_project.paths import (
    DEFAULT_DBT_WORK_DIR,
    DEFAULT_DECISIONS_PATH,
    DEFAULT_RAW_DIR,
    DEFAULT_WAIVERS_PATH,
    DEFAULT_WAREHOUSE_PATH,
)

TARGETS = ("duckdb", "postgres")


class SettingsError(ValueError):
    """A setting has a value the load cannot use; the message names the variable or option."""


@dataclass(frozen=True)
class SettingSource:
    """Where a setting comes from besides its default."""

    env: str
    help: str
    # The command-line flag; None for settings read from the environment only (secrets).
    option: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] = ()


def _setting(default, env: str, help: str, option: str | None = None, **limits):
    return field(default=default, metadata={"source": SettingSource(env, help, option, **limits)})


@dataclass(frozen=True)
class Settings:
    raw_dir: Path = _setting(
        DEFAULT_RAW_DIR, "WAREHOUSE_RAW_DIR", "Folder with registers/, reports/ and documents/.", "--raw"
    )
    warehouse_path: Path = _setting(DEFAULT_WAREHOUSE_PATH, "WAREHOUSE_PATH", "Published DuckDB file.", "--warehouse")
    waivers_path: Path = _setting(
        DEFAULT_WAIVERS_PATH,
        "WAREHOUSE_WAIVERS",
        "Reviewed reconciliation waivers and source choices (YAML).",
        "--waivers",
    )
    decisions_path: Path = _setting(
        DEFAULT_DECISIONS_PATH,
        "WAREHOUSE_DECISIONS",
        "Reviewed decisions on the extraction review queue (YAML).",
        "--decisions",
    )
    max_reject_share: float = _setting(
        0.2,
        "WAREHOUSE_MAX_REJECT_SHARE",
        "A file with a larger share of rejected rows blocks publishing.",
        "--max-reject-share",
        minimum=0.0,
        maximum=1.0,
    )
    max_workbook_mb: float = _setting(
        20.0,
        "WAREHOUSE_MAX_WORKBOOK_MB",
        "Larger registers and report tables are refused unread.",
        "--max-workbook-mb",
        minimum=0.0,
    )
    max_document_mb: float = _setting(
        5.0,
        "WAREHOUSE_MAX_DOCUMENT_MB",
        "Larger narrative reports are refused unread.",
        "--max-document-mb",
        minimum=0.0,
    )
    lock_wait_seconds: float = _setting(
        600.0,
        "WAREHOUSE_LOCK_WAIT_SECONDS",
        "Seconds to wait for a running load before giving up.",
        "--wait",
        minimum=0.0,
    )
    keep_versions: int = _setting(
        3, "WAREHOUSE_KEEP_VERSIONS", "Earlier published versions kept for rollback.", "--keep-versions", minimum=0
    )
    target: str = _setting(
        "duckdb",
        "WAREHOUSE_TARGET",
        "Where to publish: the DuckDB file, or the PostgreSQL database at WAREHOUSE_POSTGRES_URL.",
        "--target",
        choices=TARGETS,
    )
    # Environment only: where dbt works is a property of the deployment, not of one load.
    dbt_work_dir: Path = _setting(
        DEFAULT_DBT_WORK_DIR,
        "WAREHOUSE_DBT_WORK_DIR",
        "dbt's target folder (parse state, link to the running build); loads sharing one take turns on dbt.",
    )
    # Environment only: a password on a command line is visible to every user of the machine.
    postgres_url: str = _setting(
        "", "WAREHOUSE_POSTGRES_URL", "postgresql://user:password@host:port/database of the PostgreSQL target."
    )
    postgres_reader_role: str = _setting(
        "warehouse_reader", "WAREHOUSE_POSTGRES_READER", "Read-only role BI users log in as on the PostgreSQL target."
    )
    postgres_reader_password: str = _setting(
        "", "WAREHOUSE_POSTGRES_READER_PASSWORD", "Password given to the reader role (empty: set by a DBA)."
    )

    def __post_init__(self) -> None:
        # The published path is made absolute but never resolved: it is a link into the current
        # release, and resolving it would pin one release.
        object.__setattr__(self, "warehouse_path", Path(os.path.abspath(self.warehouse_path)))
        for name in ("raw_dir", "waivers_path", "decisions_path", "dbt_work_dir"):
            object.__setattr__(self, name, Path(getattr(self, name)).resolve())
        for item in setting_fields(self):
            source: SettingSource = item.metadata["source"]
            value = getattr(self, item.name)
            name = source.option or source.env
            if source.choices and value not in source.choices:
                raise SettingsError(f"{name} is {value!r}: use one of {', '.join(source.choices)}")
            if source.minimum is not None and value < source.minimum:
                raise SettingsError(f"{name} is {value}: it must be at least {source.minimum:g}")
            if source.maximum is not None and value > source.maximum:
                raise SettingsError(f"{name} is {value}: it must be at most {source.maximum:g}")

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None, **overrides) -> Settings:
        """Defaults, then the environment's variables, then ``overrides`` (the command line's)."""
        environ = os.environ if environ is None else environ
        values = {}
        for item in setting_fields(cls):
            text = environ.get(item.metadata["source"].env)
            if text is not None and text.strip() != "":
                values[item.name] = _parse(item, text.strip())
        return cls(**{**values, **overrides})

    @property
    def reviewed_files(self) -> tuple[Path, Path]:
        """Reviewed files a load depends on, as the load fingerprint counts them."""
        return self.waivers_path, self.decisions_path

    def replace(self, **changes) -> Settings:
        return dataclasses.replace(self, **changes)


def setting_fields(settings: Settings | type[Settings] | None = None) -> list[dataclasses.Field]:
    """The declared settings (a subclass's own fields, such as a request's flags, are not settings)."""
    return [item for item in dataclasses.fields(settings or Settings) if "source" in item.metadata]


def source_of(name: str) -> SettingSource:
    """Where the setting ``name`` comes from (its variable names it in messages)."""
    return next(item.metadata["source"] for item in setting_fields() if item.name == name)


def _parse(item: dataclasses.Field, text: str):
    kind = (
        item.type if isinstance(item.type, type) else {"Path": Path, "float": float, "int": int, "str": str}[item.type]
    )
    try:
        return kind(text)
    except ValueError:
        raise SettingsError(f"{item.metadata['source'].env}={text!r} is not a {kind.__name__}") from None
