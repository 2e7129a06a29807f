"""The code location deploys (issue 14, point 2): a fresh checkout imports and validates
without a prepared dbt manifest; the production processes (dagster-webserver and
dagster-daemon with their own DAGSTER_HOME) start, serve and stop; `warehouse serve` stops all
its children on SIGTERM (point 1)."""

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import psutil
import pytest

from dagster_project.paths import PROJECT_ROOT
from tests.conftest import workspace_from

pytestmark = pytest.mark.slow
BIN = Path(sys.executable).parent


def _fresh_checkout(destination: Path) -> Path:
    files = (
        subprocess.run(["git", "ls-files", "-z"], cwd=PROJECT_ROOT, capture_output=True, check=True)
        .stdout.decode()
        .split("\0")
    )
    for name in filter(None, files):
        target = destination / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if (PROJECT_ROOT / name).is_file():
            shutil.copy2(PROJECT_ROOT / name, target)
    return destination


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_for(url: str, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return True
        except OSError:
            time.sleep(2)
    return False


def _environment(published_sample, tmp_path, home: Path) -> dict[str, str]:
    """Point the sensor at a copy of the published sample, so it skips instead of loading."""
    raw, warehouse = workspace_from(published_sample, tmp_path)
    home.mkdir(exist_ok=True)
    shutil.copy(PROJECT_ROOT / "dagster_project" / "dagster_home" / "dagster.yaml", home / "dagster.yaml")
    return {**os.environ, "DAGSTER_HOME": str(home), "WAREHOUSE_RAW_DIR": str(raw), "WAREHOUSE_PATH": str(warehouse)}


def test_a_fresh_checkout_validates_as_a_code_location(tmp_path):
    checkout = _fresh_checkout(tmp_path / "checkout")
    assert not (checkout / "dbt" / "target" / "manifest.json").exists()
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    completed = subprocess.run(
        [str(BIN / "dagster"), "definitions", "validate", "-m", "dagster_project.definitions"],
        cwd=checkout,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert (checkout / "dbt" / "target" / "manifest.json").exists()


def test_production_webserver_and_daemon_start_serve_and_stop(published_sample, tmp_path):
    env = _environment(published_sample, tmp_path, tmp_path / "dagster_home")
    # As a service manager starts them: the environment's bin/ is not on PATH.
    env["PATH"] = os.pathsep.join(part for part in env["PATH"].split(os.pathsep) if Path(part) != BIN)
    daemon_log = (tmp_path / "daemon.log").open("w")
    # As docs/operations.md deploys: the storage is created once before both processes start
    # (two processes creating the SQLite storage at once can leave it with two schema heads).
    subprocess.run([str(BIN / "dagster"), "instance", "migrate"], env=env, check=True, capture_output=True, timeout=300)
    port = _free_port()
    webserver = subprocess.Popen(
        [str(BIN / "dagster-webserver"), "-m", "dagster_project.definitions", "-h", "127.0.0.1", "-p", str(port)],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    daemon = subprocess.Popen(
        [str(BIN / "dagster-daemon"), "run", "-m", "dagster_project.definitions"],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=daemon_log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        assert _wait_for(f"http://127.0.0.1:{port}/server_info", 240), "dagster-webserver did not answer"
        deadline, check = time.monotonic() + 300, None
        while time.monotonic() < deadline and (check is None or check.returncode != 0):
            time.sleep(5)
            check = subprocess.run(
                [str(BIN / "dagster-daemon"), "liveness-check"], env=env, capture_output=True, text=True
            )
        daemon_log.flush()
        log = (tmp_path / "daemon.log").read_text(encoding="utf-8", errors="replace")
        assert check.returncode == 0, f"dagster-daemon sent no heartbeat: {check.stdout[-300:]}\n{log[-3000:]}"
        assert "Error loading repository location" not in log, log[-3000:]
        assert (tmp_path / "dagster_home" / "history" / "runs.db").exists() or any(
            (tmp_path / "dagster_home").rglob("*.db")
        )
    finally:
        for process in (webserver, daemon):
            os.killpg(process.pid, signal.SIGTERM)
        for process in (webserver, daemon):
            process.wait(timeout=60)


def test_serve_stops_every_child_on_sigterm(published_sample, tmp_path):
    env = _environment(published_sample, tmp_path, tmp_path / "unused_home")
    serve = subprocess.Popen(
        [str(BIN / "warehouse"), "serve"],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        assert _wait_for("http://127.0.0.1:3000/server_info", 240), "warehouse serve did not start the UI"
        children = psutil.Process(serve.pid).children(recursive=True)
        assert children
        serve.send_signal(signal.SIGTERM)  # the CLI only, as a service manager would
        serve.wait(timeout=60)
        gone, alive = psutil.wait_procs(children, timeout=60)
        assert alive == [], f"left running: {[p.pid for p in alive]}"
    finally:
        if serve.poll() is None:
            os.killpg(serve.pid, signal.SIGKILL)
