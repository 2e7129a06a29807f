"""Progress messages go to the Dagster run log and to the 'warehouse' logger the CLI prints."""

from __future__ import annotations

import logging

PROGRESS_LOGGER = logging.getLogger("warehouse")


def report(context, message: str) -> None:
    context.log.info(message)
    PROGRESS_LOGGER.info(message)


def warn(context, message: str) -> None:
    context.log.warning(message)
    PROGRESS_LOGGER.warning(message)
