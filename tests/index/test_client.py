"""The engine gateway: errors are translated, the client is per process."""
import pytest

from factcheck.config import defaults
from factcheck.index.client import Engine, EngineNotFound, EngineUnavailable


def test_unreachable_engine_raises_engine_unavailable():
    engine = Engine(defaults() | {"FACTCHECK_ES_URL": "http://127.0.0.1:9", "FACTCHECK_ES_MAX_RETRIES": 0})
    with pytest.raises(EngineUnavailable):
        engine.health()


def test_health_of_the_real_engine():
    engine = Engine(defaults())
    assert engine.health()["status"] in ("green", "yellow")
    engine.close()


def test_missing_index_raises_engine_not_found():
    engine = Engine(defaults())
    with pytest.raises(EngineNotFound):
        engine.get("fctest-no-such-index", "1")
    with pytest.raises(EngineNotFound):
        engine.get_many("fctest-no-such-index", ["1"])
    engine.close()


def test_client_is_rebuilt_in_a_forked_process(monkeypatch):
    engine = Engine(defaults())
    first = engine.client
    assert engine.client is first
    monkeypatch.setattr("factcheck.index.client.os.getpid", lambda: -1)
    assert engine.client is not first
    first.close()


def test_credentials_and_tls_options_reach_the_client(tmp_path):
    engine = Engine(defaults() | {"FACTCHECK_ES_URL": "https://a.example:9200, https://b.example:9200",
                                  "FACTCHECK_ES_USERNAME": "elastic", "FACTCHECK_ES_PASSWORD": "pw",
                                  "FACTCHECK_ES_VERIFY_CERTS": False})
    client = engine.client
    assert len(client.transport.node_pool.all()) == 2
    assert client._headers["authorization"].startswith("Basic ")
    engine.close()
