"""The dbt a load starts before it needs it (dagster_project.warm_dbt): run through its wrapper, a
command gives what the real dbt gives (output, exit code), once; any later command, or one with no
server waiting, runs the real dbt; and the server never outlives the load that started it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time

import duckdb
import psutil
import pytest
from dagster_dbt import DbtCliResource

from dagster_project import warm_dbt
from dagster_project.dbt_project import WarehouseDbtCli, warehouse_dbt_project

# Each test starts a process that imports dbt (seconds): with the loads, not in the quick set.
pytestmark = pytest.mark.slow


def _installed(output: str) -> str:
    return re.search(r"installed: (\d+\.\d+\.\d+)", output).group(1)


@pytest.fixture
def server():
    started = warm_dbt.start()
    assert started is not None
    yield started
    started.stop()


def test_a_command_through_the_wrapper_is_run_by_the_waiting_process_then_by_the_real_dbt(server):
    real = subprocess.run([warm_dbt.real_dbt(), "--version"], capture_output=True, text=True, check=True)

    served = subprocess.run([str(server.executable), "--version"], capture_output=True, text=True)
    server.process.wait(timeout=30)  # it ran the one command it waited for, then ended
    # a command with no process waiting (the socket gone with it): the client runs the real dbt
    client = [sys.executable, "-S", str(warm_dbt.CLIENT), str(server.folder / warm_dbt.SOCKET_NAME)]
    again = subprocess.run([*client, "dbt", "--version"], capture_output=True, text=True)

    assert served.returncode == again.returncode == 0
    assert _installed(served.stdout) == _installed(again.stdout) == _installed(real.stdout)
    assert server.process.returncode == 0
    assert not server.folder.exists()  # the waiting process removes its folder when it ends


def test_a_command_dbt_refuses_ends_with_dbts_own_exit_code_and_message(server):
    real = subprocess.run([warm_dbt.real_dbt(), "no-such-command"], capture_output=True, text=True)

    served = subprocess.run([str(server.executable), "no-such-command"], capture_output=True, text=True)

    assert real.returncode == served.returncode == 2
    assert "no-such-command" in served.stderr


def test_dbt_builds_in_the_callers_folder_with_the_callers_environment(server, tmp_path):
    """dbt reads its project from the folder, and its profile's database from the variables, of
    whoever runs it: the model lands in the database the caller's variable names."""
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / "answer.sql").write_text("select 42 as answer", encoding="utf-8")
    (tmp_path / "dbt_project.yml").write_text(
        "name: warm_check\nversion: '1.0'\nprofile: warm_check\nmodel-paths: [models]\n", encoding="utf-8"
    )
    (tmp_path / "profiles.yml").write_text(
        "warm_check:\n  target: dev\n  outputs:\n    dev:\n      type: duckdb\n"
        "      path: \"{{ env_var('WARM_CHECK_DATABASE') }}\"\n",
        encoding="utf-8",
    )
    database = tmp_path / "elsewhere" / "built.duckdb"
    database.parent.mkdir()
    env = {**os.environ, "WARM_CHECK_DATABASE": str(database), "DBT_PROFILES_DIR": str(tmp_path)}

    served = subprocess.run(
        [str(server.executable), "run", "--log-format", "json"], capture_output=True, text=True, cwd=tmp_path, env=env
    )

    assert served.returncode == 0, served.stdout[-2000:] + served.stderr[-2000:]
    assert '"name": "LogModelResult"' in served.stdout  # dbt's own log lines reach the caller's stdout
    with duckdb.connect(str(database), read_only=True) as connection:
        assert connection.execute("select answer from answer").fetchall() == [(42,)]


def test_stop_ends_a_server_no_command_came_to_and_removes_its_files():
    started = warm_dbt.start()
    assert os.environ[warm_dbt.EXECUTABLE_VARIABLE] == str(started.executable)

    started.stop()

    assert started.process.poll() is not None
    assert not started.folder.exists()
    assert warm_dbt.EXECUTABLE_VARIABLE not in os.environ


def test_the_server_is_stopped_with_the_loads_process_group(server):
    """A supervisor's kill of the load's group (or a Ctrl-C) reaches the dbt it runs, as it reached dbt's
    own subprocess: no orphan goes on building on a build file the next load cleans."""
    assert os.getpgid(server.process.pid) == os.getpgid(0)


def test_the_server_ends_when_the_process_that_started_it_is_gone():
    starter = subprocess.run(
        [sys.executable, "-c", "from dagster_project import warm_dbt; print(warm_dbt.start().process.pid)"],
        capture_output=True,
        text=True,
        check=True,
    )
    pid = int(starter.stdout.strip())
    deadline = time.monotonic() + 60  # its imports first, then a second at most
    while time.monotonic() < deadline:
        try:
            if psutil.Process(pid).status() == psutil.STATUS_ZOMBIE:
                break
        except psutil.NoSuchProcess:
            break
        time.sleep(0.2)
    else:
        pytest.fail(f"the warm dbt process {pid} outlived the process that started it")


def test_the_dbt_resource_runs_the_waiting_dbt_only_in_place_of_the_dbt_beside_this_interpreter(server, monkeypatch):
    calls = []
    monkeypatch.setattr(DbtCliResource, "cli", lambda self, args, **kwargs: calls.append(self))
    resource = WarehouseDbtCli(project_dir=warehouse_dbt_project, dbt_executable=warm_dbt.real_dbt())
    other = WarehouseDbtCli(project_dir=warehouse_dbt_project, dbt_executable=sys.executable)

    resource.cli(["build"])
    other.cli(["build"])

    assert [call.dbt_executable for call in calls] == [str(server.executable), sys.executable]
    # dagster-dbt asks the version of the dbt it runs; the waiting one is never spent on that question
    assert str(calls[0]._cli_version) == _installed(
        subprocess.run([warm_dbt.real_dbt(), "--version"], capture_output=True, text=True).stdout
    )
    assert server.process.poll() is None
