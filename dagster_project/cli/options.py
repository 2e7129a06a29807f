"""Command-line options made from the settings declaration: a command names the settings it
takes and receives them as one Settings object, made from the defaults, then the environment,
then the options given (so `--help` and the daemon's runs agree on every default)."""

import dataclasses
import functools
import inspect
from pathlib import Path

import typer
from rich.markup import escape

from dagster_project.cli.console import console
from dagster_project.paths import PROJECT_ROOT
from dagster_project.settings import Settings, SettingsError, setting_fields

_TYPES = {"Path": Path, "float": float, "int": int, "str": str}


def _option(item: dataclasses.Field):
    source = item.metadata["source"]
    limits = {key: value for key, value in (("min", source.minimum), ("max", source.maximum)) if value is not None}
    choices = f" One of: {', '.join(source.choices)}." if source.choices else ""
    return typer.Option(
        None,
        source.option,
        help=f"{source.help}{choices} (env {source.env}; default {_shown(item.default)})",
        show_default=False,
        **limits,
    )


def _shown(default) -> str:
    """A default path relative to the project, as the README writes it."""
    return str(default.relative_to(PROJECT_ROOT)) if isinstance(default, Path) else str(default)


def _type(item: dataclasses.Field) -> type:
    return item.type if isinstance(item.type, type) else _TYPES[item.type]


def settings_from_options(given: dict) -> Settings:
    """Settings with the options given; a value the load cannot use ends the command with its reason."""
    try:
        return Settings.from_environment(**{name: value for name, value in given.items() if value is not None})
    except SettingsError as error:
        console.print(f"[red]Not started:[/red] {escape(str(error))}")
        raise typer.Exit(2) from None


def with_settings(*names: str):
    """Decorator: the command also takes these settings as options (all that have one when no
    name is given) and is called with ``settings``."""
    chosen = [item for item in setting_fields() if item.metadata["source"].option and (not names or item.name in names)]

    def decorate(command):
        own = [
            parameter for parameter in inspect.signature(command).parameters.values() if parameter.name != "settings"
        ]
        extra = [
            inspect.Parameter(
                item.name, inspect.Parameter.KEYWORD_ONLY, default=_option(item), annotation=_type(item) | None
            )
            for item in chosen
        ]

        @functools.wraps(command)
        def run(**options):
            given = {item.name: options.pop(item.name) for item in chosen}
            return command(settings=settings_from_options(given), **options)

        run.__signature__ = inspect.Signature([*own, *extra])
        run.__annotations__ = {parameter.name: parameter.annotation for parameter in [*own, *extra]}
        return run

    return decorate
