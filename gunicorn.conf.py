"""gunicorn settings for factcheck, sized for a 2-core machine; FACTCHECK_BIND and WEB_CONCURRENCY override."""
import os

bind = os.environ.get("FACTCHECK_BIND", "127.0.0.1:8000")
# Extraction is CPU-bound Python: one process per core; threads overlap the waits on Elasticsearch.
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
worker_class = "gthread"
threads = int(os.environ.get("FACTCHECK_THREADS", "4"))
timeout = 60
graceful_timeout = 20
# The search client is created lazily in each worker, so the app can be loaded before the fork.
preload_app = False
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("FACTCHECK_LOG_LEVEL", "info")
