"""The waiting dbt process (see __init__.py): bind the socket, import dbt, run one command.

    python server.py SOCKET PARENT_PID

Run as a file, not a module of the project: the caller's working folder (the project's root, whose
``dbt/`` folder would join dbt's package path) is not on ``sys.path``. Imports only the standard
library and dbt, exits without a command once the process that started it is gone, and removes its
folder when it ends.
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import socket
import sys
from pathlib import Path

# dbt's exit codes (dbt.cli.exceptions.ExitCodes): the command ran and failed, or could not run.
_SUCCESS, _MODEL_ERROR, _UNHANDLED = 0, 1, 2


def _import_dbt():
    """dbt's runner, with what a build imports before its first node; None if dbt cannot import."""
    try:
        import dbt.adapters.duckdb  # noqa: F401
        import dbt.parser.manifest  # noqa: F401
        import dbt.task.build  # noqa: F401
        from dbt.cli.main import dbtRunner
    except Exception:  # noqa: BLE001 - any failure: the client runs the real dbt, which reports it
        return None
    try:
        import dbt.adapters.postgres  # noqa: F401
    except ImportError:
        pass
    return dbtRunner


def _accept(listener: socket.socket, parent_pid: int) -> socket.socket | None:
    listener.settimeout(1.0)
    while True:
        try:
            connection, _ = listener.accept()
            connection.settimeout(None)
            return connection
        except TimeoutError:
            if os.getppid() != parent_pid:
                return None  # the load ended without a dbt command


def _read_request(connection: socket.socket) -> dict:
    header, fds, _flags, _address = socket.recv_fds(connection, 8, 3)
    length, body = int.from_bytes(header, "big"), b""
    while len(body) < length:
        chunk = connection.recv(length - len(body))
        if not chunk:
            raise ConnectionError("the dbt command was cut short")
        body += chunk
    request = json.loads(body)
    request["fds"] = fds
    return request


def _take_over(request: dict) -> None:
    """Become the client's dbt: its working folder, environment, stdin, stdout and stderr."""
    os.chdir(request["cwd"])
    os.environ.clear()
    os.environ.update(request["env"])
    for target, received in zip((0, 1, 2), request["fds"], strict=True):
        os.dup2(received, target)
        os.close(received)
    # dagster-dbt reads the log line by line while dbt runs
    sys.stdout.reconfigure(line_buffering=True)
    sys.stderr.reconfigure(line_buffering=True)


def _run(runner_class, argv: list[str]) -> int:
    try:
        outcome = runner_class().invoke(argv)
    except BaseException as error:  # noqa: BLE001 - reported as dbt reports an unhandled error
        print(f"dbt: {error}", file=sys.stderr)
        return _UNHANDLED
    if outcome.success:
        return _SUCCESS
    if outcome.exception is not None:
        print(f"dbt: {outcome.exception}", file=sys.stderr)
        return _UNHANDLED
    return _MODEL_ERROR


def _close_dbt_connections() -> None:
    """dbt-duckdb keeps the build file open until its own exit handler; close it before the caller,
    told dbt has ended, opens the file."""
    manager = sys.modules.get("dbt.adapters.duckdb.connections")
    if manager is not None:
        try:
            manager.DuckDBConnectionManager.close_all_connections()
        except Exception:  # noqa: BLE001 - the exit handler closes it again, at the latest when this process ends
            pass


# The connection to the client: closed by the operating system when this process has ended (after
# every exit handler), which is when the client, and so the load, goes on.
_CLIENT: list[socket.socket] = []


def _release_client_streams() -> None:
    """Close this process's copies of the client's pipes, so its reader sees their end."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except OSError:
            pass
    null = os.open(os.devnull, os.O_RDWR)
    for target in (0, 1, 2):
        os.dup2(null, target)
    os.close(null)


def main() -> None:
    socket_path, parent_pid = sys.argv[1], int(sys.argv[2])
    atexit.register(shutil.rmtree, Path(socket_path).parent, True)
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(socket_path)  # first, so a command that comes early waits for the imports
    listener.listen(1)
    # Below the load's own process while both start: the load's imports and landing come first.
    os.nice(5)
    runner_class = _import_dbt()
    connection = _accept(listener, parent_pid)
    listener.close()
    os.unlink(socket_path)  # one command: later ones find no server and run the real dbt
    if connection is None:
        return
    _CLIENT.append(connection)
    try:
        request = _read_request(connection)
    except (OSError, ValueError):
        return
    if runner_class is None:
        connection.sendall(b"0\n")
        return
    connection.sendall(f"{os.getpid()}\n".encode("ascii"))
    _take_over(request)
    exit_code = _run(runner_class, request["argv"])
    _close_dbt_connections()
    _release_client_streams()
    connection.sendall(f"{exit_code}\n".encode("ascii"))


if __name__ == "__main__":
    main()
