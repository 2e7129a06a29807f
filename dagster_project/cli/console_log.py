"""How the CLI shows the 'warehouse' logger: readable lines and progress bars on the console,
and one JSON object per line in warehouse/logs/warehouse.jsonl for machines."""

from __future__ import annotations

import datetime as dt
import json
import logging
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn


class ConsoleProgressHandler(logging.Handler):
    def __init__(self, console: Console):
        super().__init__(logging.DEBUG)
        self.console = console
        self.progress: Progress | None = None
        self.tasks: dict[str, int] = {}

    def _bar(self, step: str, done: int, total: int) -> None:
        if self.progress is None:
            self.progress = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                # dbt's lines go to the load's log file; the bar must not pull them back to the screen.
                console=self.console,
                transient=True,
                redirect_stdout=False,
                redirect_stderr=False,
            )
            self.progress.start()
        if step not in self.tasks:
            self.tasks[step] = self.progress.add_task(step, total=total)
        self.progress.update(self.tasks[step], completed=done, total=total)
        if done >= total:
            self.progress.remove_task(self.tasks.pop(step))
            if not self.tasks:
                self.progress.stop()
                self.progress = None

    def emit(self, record: logging.LogRecord) -> None:
        if hasattr(record, "step"):
            self._bar(record.step, record.done, record.total)
            return
        if record.levelno < logging.INFO:
            return
        run = f"run {record.run_id[:8]} " if hasattr(record, "run_id") else ""
        style = "yellow" if record.levelno >= logging.WARNING else "dim"
        stamp = dt.datetime.fromtimestamp(record.created).strftime("%H:%M:%S")
        self.console.print(
            f"[{style}]{stamp} {run}[/{style}]{escape(record.getMessage())}", markup=True, highlight=False
        )


class JsonLinesHandler(logging.FileHandler):
    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        super().__init__(path, encoding="utf-8")
        self.setLevel(logging.INFO)

    def format(self, record: logging.LogRecord) -> str:
        return json.dumps(
            {
                "time": dt.datetime.fromtimestamp(record.created).isoformat(timespec="milliseconds"),
                "level": record.levelname.lower(),
                "run_id": getattr(record, "run_id", None),
                "message": record.getMessage(),
            },
            ensure_ascii=False,
        )


def configure(console: Console, log_file: Path) -> None:
    logger = logging.getLogger("warehouse")
    logger.handlers.clear()
    logger.addHandler(ConsoleProgressHandler(console))
    logger.addHandler(JsonLinesHandler(log_file))
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
