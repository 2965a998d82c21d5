"""Ingestion benchmark: articles stored through the HTTP API, one by one and in bulk, beside the
extraction alone in the same run.

usage: .venv/bin/factcheck with-search-node .venv/bin/python bench/bench_ingest.py [--articles N]

The articles are every text the project ships (fixtures/articles, fixtures/eval, the unseen test
articles, and ../shared/eval/conflicts-dev when present), each sent under several outlet names so that
every submission is a new article whose figures are compared with the other outlets'. A gunicorn
server (gunicorn.conf.py) on a free loopback port stores them under a fresh index prefix, deleted at
the end. Client threads, gunicorn and Elasticsearch share the machine.
"""
from __future__ import annotations

import argparse
import json
import os
import pathlib
import sys
import tempfile
import threading
import time
import urllib.request
import uuid

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from server import percentile, start_server, stop_server  # noqa: E402
from factcheck import create_app  # noqa: E402
from factcheck.extract import extract_claims  # noqa: E402
from factcheck.index import get_store, mappings  # noqa: E402

CLIENTS = 4
BULK_LINES = 50


def shipped_texts():
    """Every article body the project ships, once each."""
    texts = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "fixtures" / "articles").glob("*.txt"))]
    texts += [path.read_text(encoding="utf-8") for path in sorted((ROOT / "tests" / "extract" / "unseen").glob("*.txt"))]
    sets = sorted((ROOT / "fixtures" / "eval").glob("*/articles.jsonl"))
    shared = ROOT.parent / "shared" / "eval" / "conflicts-dev" / "articles.jsonl"
    for path in [*sets, *([shared] if shared.exists() else [])]:
        texts += [json.loads(line)["body"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return texts


def articles(count, run):
    texts = shipped_texts()
    return [{"body": texts[number % len(texts)], "source": f"Outlet {run}-{number // len(texts)}",
             "published_at": "2026-06-01"} for number in range(count)]


def post(base_url, path, data, content_type):
    request = urllib.request.Request(base_url + path, data=data, method="POST", headers={"Content-Type": content_type})
    with urllib.request.urlopen(request, timeout=120) as response:
        return response.status, json.loads(response.read())


def one_by_one(base_url, batch):
    latencies, failures, queue, lock = [], [], list(batch), threading.Lock()

    def worker():
        while True:
            with lock:
                if not queue:
                    return
                article = queue.pop()
            started = time.perf_counter()
            status, _ = post(base_url, "/v1/articles", json.dumps(article).encode(), "application/json")
            latencies.append(time.perf_counter() - started)
            if status != 201:
                failures.append(status)

    started = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - started, latencies, failures


def in_bulk(base_url, batch):
    latencies, failures = [], []
    started = time.perf_counter()
    for first in range(0, len(batch), BULK_LINES):
        lines = "\n".join(json.dumps(article) for article in batch[first:first + BULK_LINES]).encode()
        began = time.perf_counter()
        _, result = post(base_url, "/v1/articles:bulk", lines, "application/x-ndjson")
        latencies.append(time.perf_counter() - began)
        failures += [item["status"] for item in result["items"] if item["status"] != 201]
    return time.perf_counter() - started, latencies, failures


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300, help="articles per mode")
    args = parser.parse_args()
    es_url = os.environ.get("FACTCHECK_ES_URL", "http://127.0.0.1:9200")
    prefix = f"fcingest-{uuid.uuid4().hex[:8]}"
    single, bulk = articles(args.articles, "single"), articles(args.articles, "bulk")
    size_mb = sum(len(article["body"].encode()) for article in single) / 1e6

    started = time.process_time()
    for article in single:
        extract_claims(article["body"])
    extraction = time.process_time() - started

    rows = [("Extraction alone (in process, 1 thread, CPU time)", f"{args.articles}", "", "", extraction)]
    with tempfile.TemporaryDirectory() as logs:
        server, base_url = start_server(prefix, es_url, os.path.join(logs, "gunicorn.log"))
        try:
            seconds, latencies, failures = one_by_one(base_url, single)
            rows.append((f"POST /v1/articles, {CLIENTS} clients", f"{args.articles} ({len(failures)} failed)",
                         f"{percentile(latencies, 0.5):.0f}", f"{percentile(latencies, 0.99):.0f}", seconds))
            seconds, latencies, failures = in_bulk(base_url, bulk)
            rows.append((f"POST /v1/articles:bulk, {BULK_LINES} a request", f"{args.articles} ({len(failures)} failed)",
                         f"{percentile(latencies, 0.5):.0f}", f"{percentile(latencies, 0.99):.0f}", seconds))
        finally:
            stop_server(server)
            store = get_store(create_app({"FACTCHECK_INDEX_PREFIX": prefix, "FACTCHECK_ES_URL": es_url}))
            mappings.uninstall(store.engine, prefix)
            store.engine.close()

    print(f"\nfactcheck ingestion benchmark: {args.articles} articles a mode ({size_mb:.2f} MB), "
          f"{os.cpu_count()} CPUs, Elasticsearch at {es_url}\n")
    print("| what | articles | p50 ms a request | p99 ms a request | articles/s |")
    print("| --- | --- | --- | --- | --- |")
    for what, count, p50, p99, seconds in rows:
        print(f"| {what} | {count} | {p50} | {p99} | {args.articles / seconds:.1f} |")


if __name__ == "__main__":
    main()
