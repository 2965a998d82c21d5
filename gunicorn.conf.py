"""gunicorn settings for factcheck, sized for a 2-core machine; each comes from a FACTCHECK_* setting
(factcheck/config.py)."""
from factcheck.config import from_environ

_settings = from_environ()

bind = _settings["FACTCHECK_BIND"]
workers = _settings["FACTCHECK_WORKERS"]
worker_class = "gthread"
threads = _settings["FACTCHECK_THREADS"]
timeout = 60
graceful_timeout = 20
# The search client is created lazily in each worker, so nothing is shared across the fork.
preload_app = False
accesslog = "-"
errorlog = "-"
loglevel = _settings["FACTCHECK_LOG_LEVEL"]
