"""The ``dbt`` that dagster-dbt starts while a warm dbt server waits (see __init__.py).

    python -S client.py SOCKET REAL_DBT [dbt arguments...]

Only the standard library, and no site packages (-S): it starts in milliseconds. It passes its
stdin, stdout and stderr to the server with the arguments, working folder and environment, then
waits for dbt's exit code. Ctrl-C and a terminate reach dbt through it. Where no server takes the
command, it becomes the real dbt (exec), so the command runs either way.
"""

import json
import os
import signal
import socket
import sys


def _send_request(connection, arguments):
    request = json.dumps({"argv": arguments, "cwd": os.getcwd(), "env": dict(os.environ)}).encode("utf-8")
    socket.send_fds(connection, [len(request).to_bytes(8, "big")], [0, 1, 2])
    connection.sendall(request)


def main():
    socket_path, real_dbt, arguments = sys.argv[1], sys.argv[2], sys.argv[3:]
    connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        connection.connect(socket_path)
        _send_request(connection, arguments)
        answers = connection.makefile("rb")
        # The server's pid once it takes the command; 0 or nothing when it cannot run dbt.
        server_pid = int(answers.readline().strip() or b"0")
    except (OSError, ValueError):
        server_pid = 0
    if server_pid <= 0:
        connection.close()
        os.execvp(real_dbt, [real_dbt, *arguments])

    def forward(number, _frame):
        try:
            os.kill(server_pid, number)
        except OSError:
            pass

    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, forward)
    exit_code = answers.readline().strip()
    # The server's end (its socket closes with it): dbt's DuckDB file is released only then, and the
    # caller opens that file as soon as "dbt" has exited.
    while answers.read(4096):
        pass
    if not exit_code.lstrip(b"-").isdigit():
        print("dbt (warm process) ended without an exit code", file=sys.stderr)
        sys.exit(2)
    sys.exit(int(exit_code))


if __name__ == "__main__":
    main()
