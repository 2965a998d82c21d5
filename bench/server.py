"""A real gunicorn server of the project for benchmarks and evaluations (free loopback port, its own
index prefix, started until /readyz answers, stopped with its workers), and the percentiles they report."""
from __future__ import annotations

import http.client
import os
import pathlib
import signal
import socket
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]


def free_port():
    """A loopback port that is free now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(prefix, es_url, log_path):
    """Start gunicorn (gunicorn.conf.py) under ``prefix`` against ``es_url``; ``(process, base_url)``
    once /readyz answers 200."""
    port = free_port()
    env = dict(os.environ, FACTCHECK_BIND=f"127.0.0.1:{port}", FACTCHECK_INDEX_PREFIX=prefix,
               FACTCHECK_INDEX_AUTO_CREATE="true", FACTCHECK_ES_URL=es_url, FACTCHECK_LOG_LEVEL="warning")
    log = open(log_path, "wb")
    process = subprocess.Popen([sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "wsgi:app"],
                               cwd=str(ROOT), env=env, stdout=log, stderr=subprocess.STDOUT,
                               start_new_session=True)
    base_url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn exited with {process.returncode}; see {log_path}")
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            connection.request("GET", "/readyz")
            if connection.getresponse().status == 200:
                connection.close()
                return process, base_url
        except OSError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"gunicorn did not become ready; see {log_path}")


def stop_server(process):
    """Stop gunicorn and its workers (SIGTERM, then SIGKILL to the process group)."""
    if process is None or process.poll() is not None:
        return
    process.terminate()  # gunicorn's master stops its workers on SIGTERM
    try:
        process.wait(timeout=25)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def percentile(values, fraction):
    """Nearest-rank percentile of ``values`` (seconds in, milliseconds out)."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(0, min(len(ordered) - 1, int(round(fraction * len(ordered) + 0.5)) - 1))
    return ordered[rank] * 1000.0
