"""Every ``FACTCHECK_*`` setting in one place: its default, how it is parsed and what it does.

Settings come from the environment (``from_environ``); ``create_app(config)`` may override any of them
with a dict, which is how tests point the app at a unique index prefix.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import Any, Callable


def _text(value: str) -> str | None:
    """An optional string: empty means unset."""
    value = value.strip()
    return value or None


def _boolean(value: str) -> bool:
    """``1/true/yes/on`` or ``0/false/no/off`` (any case)."""
    lowered = value.strip().lower()
    if lowered in ("1", "true", "yes", "on"):
        return True
    if lowered in ("0", "false", "no", "off"):
        return False
    raise ValueError(f"expected a boolean (true/false), got {value!r}")


def _positive_number(value: str) -> float:
    """A number of seconds greater than zero."""
    number = float(value)
    if not number > 0:
        raise ValueError(f"expected a positive number, got {value!r}")
    return number


def _count(value: str) -> int:
    """A whole number, zero or more."""
    number = int(value)
    if number < 0:
        raise ValueError(f"expected zero or more, got {value!r}")
    return number


def _positive_count(value: str) -> int:
    """A whole number, one or more."""
    number = int(value)
    if number < 1:
        raise ValueError(f"expected one or more, got {value!r}")
    return number


def _probability(value: str) -> float:
    """A number from 0 to 1."""
    number = float(value)
    if not 0 <= number <= 1:
        raise ValueError(f"expected a number from 0 to 1, got {value!r}")
    return number


def _port(value: str) -> int:
    """A TCP port number."""
    number = int(value)
    if not 0 < number < 65536:
        raise ValueError(f"expected a port number (1-65535), got {value!r}")
    return number


def _byte_size(value: str) -> int:
    """A size in bytes; ``KiB``/``MiB`` suffixes accepted (``2MiB``, ``512KiB``)."""
    match = re.fullmatch(r"\s*(\d+)\s*(b|kib|mib)?\s*", value, flags=re.IGNORECASE)
    if not match:
        raise ValueError(f"expected a size such as 2097152 or 2MiB, got {value!r}")
    number = int(match.group(1))
    multiplier = {None: 1, "b": 1, "kib": 1024, "mib": 1024 * 1024}[(match.group(2) or "").lower() or None]
    if number * multiplier <= 0:
        raise ValueError(f"expected a positive size, got {value!r}")
    return number * multiplier


# Elasticsearch index names: lowercase, no leading '-', '_' or '+', none of \ / * ? " < > | , # : or spaces.
_INDEX_PREFIX = re.compile(r"[a-z0-9][a-z0-9_.-]{0,99}")


def _index_prefix(value: str) -> str:
    """A prefix that makes valid Elasticsearch index, alias and template names."""
    value = value.strip()
    if not _INDEX_PREFIX.fullmatch(value):
        raise ValueError(f"expected lowercase letters, digits, '-', '_' or '.', got {value!r}")
    return value


@dataclass(frozen=True)
class Setting:
    """One environment setting."""

    name: str
    default: Any
    parse: Callable[[str], Any]
    help: str


SETTINGS = (
    # Where the search engine listens; several nodes comma-separated. The default is the local node.
    Setting("FACTCHECK_ES_URL", "http://127.0.0.1:9200", _text,
            "Elasticsearch URL(s), comma-separated; default: the local node"),
    # Basic-auth user for a secured cluster (with FACTCHECK_ES_PASSWORD).
    Setting("FACTCHECK_ES_USERNAME", None, _text, "user name for HTTP basic auth"),
    # Basic-auth password for a secured cluster.
    Setting("FACTCHECK_ES_PASSWORD", None, _text, "password for HTTP basic auth"),
    # Encoded API key (the base64 'id:key' string); used instead of username/password when set.
    Setting("FACTCHECK_ES_API_KEY", None, _text, "encoded API key; takes precedence over basic auth"),
    # PEM file of the CA that signed the cluster's certificate (self-signed clusters).
    Setting("FACTCHECK_ES_CA_CERTS", None, _text, "path of a PEM CA bundle for HTTPS"),
    # Whether TLS certificates are checked; turn off only for local experiments.
    Setting("FACTCHECK_ES_VERIFY_CERTS", True, _boolean, "verify TLS certificates"),
    # Seconds one request to the engine may take before it counts as failed.
    Setting("FACTCHECK_ES_TIMEOUT", 10.0, _positive_number, "seconds per engine request"),
    # Extra attempts on connection errors and timeouts before answering 503.
    Setting("FACTCHECK_ES_MAX_RETRIES", 2, _count, "retries on connection errors and timeouts"),
    # First part of every index, alias and template name, so environments can share a cluster.
    Setting("FACTCHECK_INDEX_PREFIX", "factcheck", _index_prefix,
            "prefix of index, alias and template names"),
    # Install missing index templates, indices and aliases at first use; off when the app's
    # credentials may not manage indices (then readiness fails until an operator installs them).
    Setting("FACTCHECK_INDEX_AUTO_CREATE", True, _boolean,
            "create missing index templates, indices and aliases"),
    # How far apart (in days of publication) two figures may be and still be compared for conflicts.
    Setting("FACTCHECK_CONFLICT_WINDOW_DAYS", 180, _count,
            "days either side of publication searched for conflicting figures (0: no limit)"),
    # Candidate figures fetched from the index per new figure; the articles they belong to are ranked.
    Setting("FACTCHECK_CONFLICT_CANDIDATES", 50, _positive_count,
            "candidate figures fetched per new figure to find related articles"),
    # Related articles whose figures are aligned with a new article's (the best-matching ones).
    Setting("FACTCHECK_CONFLICT_ARTICLES", 20, _positive_count,
            "related articles compared with each new article"),
    # How likely (by the pair model) two disagreeing figures must be the same quantity to be flagged; 0.45
    # is where recall and precision balance best when each labelled story is scored by a model trained on
    # the others (bench/eval_pair_model.py --cv).
    Setting("FACTCHECK_CONFLICT_MIN_CONFIDENCE", 0.45, _probability,
            "least confidence that two disagreeing figures are the same quantity, to flag them (0..1)"),
    # Largest request body accepted; bigger requests get 413.
    Setting("FACTCHECK_MAX_CONTENT_LENGTH", 2 * 1024 * 1024, _byte_size,
            "largest request body in bytes (2 MiB); larger gets 413"),
    # Articles per POST /v1/articles:bulk request; the byte limit above applies too.
    Setting("FACTCHECK_BULK_MAX_LINES", 500, _positive_count, "articles per bulk (NDJSON) request"),
    # -- webhooks (factcheck/webhooks.py) --
    # Where newly detected conflicts are POSTed; off when empty.
    Setting("FACTCHECK_WEBHOOK_URLS", None, _text, "comma-separated URLs that receive new conflicts"),
    # Shared secret for the X-Factcheck-Signature HMAC, so receivers can check the sender.
    Setting("FACTCHECK_WEBHOOK_SECRET", None, _text, "HMAC-SHA256 key for X-Factcheck-Signature"),
    Setting("FACTCHECK_WEBHOOK_TIMEOUT", 5.0, _positive_number, "seconds per webhook attempt"),
    Setting("FACTCHECK_WEBHOOK_ATTEMPTS", 3, _positive_count, "attempts per webhook delivery"),
    # -- gunicorn (gunicorn.conf.py) --
    # Address the API listens on.
    Setting("FACTCHECK_BIND", "127.0.0.1:8000", _text, "host:port gunicorn listens on"),
    # Extraction is CPU-bound Python: one worker process per core.
    Setting("FACTCHECK_WORKERS", 2, _positive_count, "gunicorn worker processes (one per core)"),
    # Threads per worker overlap the waits on Elasticsearch.
    Setting("FACTCHECK_THREADS", 4, _positive_count, "threads per gunicorn worker"),
    Setting("FACTCHECK_LOG_LEVEL", "info", _text, "gunicorn log level"),
    # -- the local search node (factcheck search-node, make run/test when FACTCHECK_ES_URL is unset) --
    # Where the local node keeps its data, logs and pid file; relative paths are from the checkout.
    Setting("FACTCHECK_SEARCH_NODE_HOME", "var/search-node", _text, "data, logs and pid file of the local node"),
    Setting("FACTCHECK_SEARCH_NODE_PORT", 9200, _port, "HTTP port of the local node (127.0.0.1)"),
    # JVM heap of the local node; 1g suits a 2-core, few-GB development machine.
    Setting("FACTCHECK_SEARCH_NODE_HEAP", "1g", _text, "JVM heap of the local node (-Xms/-Xmx)"),
    # Elasticsearch 8.14 runs on JDK 17; unset means the JDK 17 of the machine, else `java` on PATH.
    Setting("FACTCHECK_SEARCH_NODE_JAVA", None, _text, "java executable for the local node"),
)


def defaults() -> dict:
    """Every setting at its default value."""
    return {setting.name: setting.default for setting in SETTINGS}


def from_environ(environ=None) -> dict:
    """Every setting, read from ``environ`` (``os.environ`` by default) where set, else its default.

    An unparsable value raises ``ValueError`` naming the variable: a misconfigured service should not
    start.
    """
    environ = os.environ if environ is None else environ
    settings = defaults()
    for setting in SETTINGS:
        raw = environ.get(setting.name)
        if raw is None:
            continue
        try:
            value = setting.parse(raw)
        except ValueError as error:
            raise ValueError(f"{setting.name}: {error}") from None
        settings[setting.name] = setting.default if value is None else value
    return settings
