"""dbt started before it is needed: a one-shot process that imports dbt-core and the DuckDB and
PostgreSQL adapters while Dagster starts and the files land, then runs the one dbt command of the
load's dbt step as if it were the ``dbt`` executable.

Importing dbt is 2-4 s of pure Python that every ``dbt build`` subprocess pays before its first
node; in the load it sat on the critical path between landing and the models. dagster-dbt still
starts "dbt" as a subprocess and reads its JSON log lines from that subprocess's stdout: the
subprocess is ``client.py``, which hands its stdout, stderr, arguments, working folder and
environment to the waiting process (``server.py``) and exits with dbt's exit code. The server
parses the project as dbt always does (its partial parse, from the files as they are at that
moment), so nothing dbt reads is decided before the command arrives.

Where no server is waiting (a run the Dagster daemon starts, a second dbt command in the same
load, a server that failed to start), the client runs the real dbt in its place.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

# The wrapper script dagster-dbt runs as "dbt" while a server waits (see dbt_project.WarehouseDbtCli).
EXECUTABLE_VARIABLE = "WAREHOUSE_WARM_DBT"
SOCKET_NAME = "dbt.sock"
CLIENT = Path(__file__).with_name("client.py")
SERVER = Path(__file__).with_name("server.py")


def real_dbt() -> str:
    """The dbt beside this interpreter (the uv environment), else whatever is on PATH."""
    candidate = Path(sys.executable).parent / "dbt"
    return str(candidate) if candidate.exists() else "dbt"


@dataclass
class WarmDbt:
    process: subprocess.Popen
    folder: Path

    @property
    def executable(self) -> Path:
        return self.folder / "dbt"

    def stop(self) -> None:
        """End the server if no command came (a load blocked before dbt), and remove its folder."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if os.environ.get(EXECUTABLE_VARIABLE) == str(self.executable):
            del os.environ[EXECUTABLE_VARIABLE]
        shutil.rmtree(self.folder, ignore_errors=True)


def start() -> WarmDbt | None:
    """Start the server and point this process's dbt calls at it (``EXECUTABLE_VARIABLE``);
    ``None`` where it cannot start, and dbt then runs as before."""
    # A short folder: a Unix socket's path is limited to about 100 bytes.
    folder = Path(tempfile.mkdtemp(prefix="warm-dbt-"))
    if os.statvfs(folder).f_flag & os.ST_NOEXEC:
        # (a temporary folder mounted noexec: the wrapper could not run; dbt runs as before)
        shutil.rmtree(folder, ignore_errors=True)
        return None
    try:
        wrapper = folder / "dbt"
        wrapper.write_text(
            "#!/bin/sh\n"
            f"exec {shlex.quote(sys.executable)} -S {shlex.quote(str(CLIENT))} "
            f'{shlex.quote(str(folder / SOCKET_NAME))} {shlex.quote(real_dbt())} "$@"\n',
            encoding="utf-8",
        )
        wrapper.chmod(0o755)
        process = subprocess.Popen(
            [sys.executable, str(SERVER), str(folder / SOCKET_NAME), str(os.getpid())],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            # In the load's process group, as dbt's own subprocess was: whatever stops the group (a Ctrl-C, a
            # supervisor's kill) stops the dbt it runs too, and no orphan goes on building on a build file.
        )
    except OSError:
        shutil.rmtree(folder, ignore_errors=True)
        return None
    os.environ[EXECUTABLE_VARIABLE] = str(wrapper)
    return WarmDbt(process, folder)
