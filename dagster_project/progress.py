"""Progress messages go to the Dagster run log and to the 'warehouse' logger, which the CLI
shows on the console (with progress bars for long steps) and writes as JSON lines."""

from __future__ import annotations

import logging

PROGRESS_LOGGER = logging.getLogger("warehouse")


def _extra(context, **fields) -> dict:
    return {"run_id": context.run.run_id, **fields}


def report(context, message: str) -> None:
    context.log.info(message)
    PROGRESS_LOGGER.info(message, extra=_extra(context))


def warn(context, message: str) -> None:
    context.log.warning(message)
    PROGRESS_LOGGER.warning(message, extra=_extra(context))


def advance(context, step: str, done: int, total: int) -> None:
    """One more unit of a long step (files landed, dbt nodes built): drawn as a bar by the CLI."""
    PROGRESS_LOGGER.debug(f"{step}: {done}/{total}", extra=_extra(context, step=step, done=done, total=total))
