"""The local search node launcher: a second real node on its own port and home, started and stopped."""
import io
import socket
import sys

import pytest

from factcheck import search_node


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def node_settings(tmp_path):
    return search_node.NodeSettings.from_environment(
        {"FACTCHECK_SEARCH_NODE_HOME": str(tmp_path / "node"), "FACTCHECK_SEARCH_NODE_PORT": str(_free_port()),
         "FACTCHECK_SEARCH_NODE_HEAP": "512m"}
    )


def test_health_of_a_closed_port_is_none():
    assert search_node.cluster_health(f"http://127.0.0.1:{_free_port()}", timeout=0.5) is None


def test_start_status_stop_a_real_node(node_settings):
    out = io.StringIO()
    try:
        assert search_node.start(node_settings, timeout=120, out=out) == 0, out.getvalue()
        assert search_node.cluster_health(node_settings.url)["status"] in ("green", "yellow")
        assert search_node.status(node_settings, out=out) == 0
        # Starting again finds the running node instead of spawning a second one.
        assert search_node.start(node_settings, timeout=10, out=out) == 0
        assert "already running" in out.getvalue()
    finally:
        assert search_node.stop(node_settings, out=out) == 0
    assert search_node.cluster_health(node_settings.url, timeout=0.5) is None
    assert not node_settings.pid_file.exists()
    assert search_node.status(node_settings, out=out) == 1


def test_a_node_that_cannot_start_reports_its_log(node_settings, tmp_path):
    broken = search_node.NodeSettings(
        home=node_settings.home, port=node_settings.port, heap="not-a-heap-size", java=node_settings.java
    )
    out = io.StringIO()
    assert search_node.start(broken, timeout=30, out=out) == 1
    assert "exited" in out.getvalue()
    assert "last lines of" in out.getvalue()


def test_with_configured_cluster_the_command_runs_without_a_node():
    environ = {"FACTCHECK_ES_URL": "http://127.0.0.1:9"}
    command = [sys.executable, "-c", "import sys; sys.exit(3)"]
    assert search_node.run_with_node(command, environ=environ) == 3
