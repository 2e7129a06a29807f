"""Run a command whose children must not outlive it: `warehouse serve` starts `dagster dev`,
which starts the webserver, the daemon and code servers. On SIGTERM or SIGINT the whole
process group is asked to stop, then killed after a grace period."""

from __future__ import annotations

import os
import signal
import subprocess
from pathlib import Path

GRACE_SECONDS = 20


def stop_group(process: subprocess.Popen, grace: float = GRACE_SECONDS) -> None:
    try:
        os.killpg(process.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        process.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        pass
    try:
        os.killpg(process.pid, signal.SIGKILL)  # what is left of the group
    except ProcessLookupError:
        pass


def run_supervised(command: list[str], env: dict[str, str], cwd: Path) -> int:
    process = subprocess.Popen(command, env=env, cwd=cwd, start_new_session=True)

    def _forward(signum, _frame):
        stop_group(process)
        raise SystemExit(128 + signum)

    previous = {sig: signal.signal(sig, _forward) for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)}
    try:
        return process.wait()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        if process.poll() is None:
            stop_group(process)
