"""Scale benchmark: bulk indexing, claim search through the HTTP API, conflict detection per article.

usage: .venv/bin/python bench/bench_search.py [--quick] [--seed N]

Runs against the Elasticsearch node at FACTCHECK_ES_URL (default http://127.0.0.1:9200) under a fresh
index prefix ``fcbench-<uuid8>`` that is deleted at the end, also on failure or Ctrl-C. Steps:

1. Bulk-load a synthetic corpus (``bench/corpus.py``: 5 claims an article, 3 of them figures) in steps,
   straight into the store's aliases (the same documents ``Store.submit_article`` writes, without
   running the extractor), and report claims/s.
2. At 100,000 claims (10,000 with --quick): ``GET /v1/claims`` through a real gunicorn server
   (``gunicorn.conf.py``, started on a free loopback port) from 16 client threads with keep-alive, a
   fixed mix of queries (words, filters, value and date ranges, cursors); the same validated queries
   sent straight to Elasticsearch's ``_search`` are the baseline, so the gap is the API's overhead.
3. Conflict detection (``ConflictDetector.detect`` on a new article with 5 figures) at 1k, 10k and
   100k articles (1k and 5k with --quick), beside a naive full scan at the two smaller sizes: every
   stored figure of the same units, fetched page by page, grouped by article, and each article aligned
   with the new one exactly as the detector aligns its related articles.

Prints a markdown table at the end. Client threads, gunicorn and Elasticsearch share the machine, so
the numbers are for the whole box, not for the service alone.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import pathlib
import signal
import sys
import tempfile
import threading
import time
import uuid
from collections import defaultdict
from urllib.parse import urlencode, urlsplit

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from corpus import Corpus  # noqa: E402
from server import percentile, start_server, stop_server  # noqa: E402
from factcheck import create_app  # noqa: E402
from factcheck.api.schemas import ClaimSearchArgumentsSchema  # noqa: E402
from factcheck.conflicts import get_detector  # noqa: E402
from factcheck.conflicts.align import conflicts_between  # noqa: E402
from factcheck.index import get_store, mappings, queries  # noqa: E402

CLIENTS = 16
LOAD_BATCH_ARTICLES = 2000

FULL = {"search_at_articles": 20_000, "detect_at": (1_000, 10_000, 100_000), "naive_at": (1_000, 10_000),
        "requests": 2_000, "request_seconds": 120.0, "detections": 50, "naive_detections": 5}
QUICK = {"search_at_articles": 2_000, "detect_at": (1_000, 5_000), "naive_at": (1_000, 5_000),
         "requests": 300, "request_seconds": 30.0, "detections": 20, "naive_detections": 5}


class Interrupted(Exception):
    pass


def _on_signal(signum, frame):
    raise Interrupted(f"signal {signum}")


# -- statistics -------------------------------------------------------------------------------------

# -- loading ----------------------------------------------------------------------------------------

class Loader:
    """Writes corpus articles ``[loaded, n)`` with their claims; keeps the time spent and the counts."""

    def __init__(self, store, corpus):
        self.store = store
        self.corpus = corpus
        self.articles = 0
        self.claims = 0
        self.seconds = 0.0
        self.marks = []  # (articles, claims, seconds) after each step

    def grow_to(self, articles):
        indexed_at = "2026-01-01T00:00:00.000+00:00"
        while self.articles < articles:
            upto = min(articles, self.articles + LOAD_BATCH_ARTICLES)
            started = time.perf_counter()
            article_docs, claim_docs = [], []
            for number in range(self.articles, upto):
                article, claims = self.corpus.article(number)
                article["created_at"] = indexed_at
                article_docs.append((article["id"], article))
                for claim in claims:
                    claim["indexed_at"] = indexed_at
                    claim_docs.append((claim["id"], claim))
            # Claims first, then articles, as the store writes them.
            self.store.engine.bulk_create(self.store.alias("claims"), claim_docs)
            self.store.engine.bulk_create(self.store.alias("articles"), article_docs)
            self.seconds += time.perf_counter() - started
            self.articles = upto
            self.claims += len(claim_docs)
        started = time.perf_counter()
        self.store.refresh("claims", "articles")
        self.seconds += time.perf_counter() - started
        self.settle()
        indexed = self.store.count_claims()
        if indexed != self.claims:
            raise RuntimeError(f"expected {self.claims} searchable claims, the index has {indexed}")
        self.marks.append((self.articles, self.claims, self.seconds))

    def settle(self, limit=60.0):
        """Wait (up to ``limit`` s, not counted as indexing time) for the merges the bulk load started,
        so the timings that follow measure a settled index, not one busy merging segments."""
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            stats = self.store.engine.client.indices.stats(index=self.store.alias("claims"), metric="merge")
            if stats["_all"]["total"]["merges"]["current"] == 0:
                return
            time.sleep(0.5)


# -- the query mix ------------------------------------------------------------------------------------

def query_mix(corpus, count, cursors):
    """``count`` query-string dicts for ``GET /v1/claims``, a fixed rotation of kinds of search."""
    import random
    rng = random.Random(corpus.seed + 99)
    entities = corpus.entities
    units = ("satellite", "USD", "acre", "home", "%", "job", "vehicle", "turbine", "ton")
    words = ("satellites", "revenue", "fire acres", "flood homes", "budget", "unemployment", "recalled",
             "turbines offshore", "grain", "patients", "applications", "project cost", "jobs")
    kinds = ("words", "entity", "type_unit", "range", "source_dates", "speaker", "entity_figure", "cursor",
             "browse", "words_unit")
    mix = []
    for number in range(count):
        kind = kinds[number % len(kinds)]
        if kind == "words":
            args = {"q": rng.choice(words)}
        elif kind == "entity":
            args = {"q": rng.choice(entities)["name"]}
        elif kind == "type_unit":
            args = {"type": "figure", "unit": rng.choice(units)}
        elif kind == "range":
            unit = rng.choice(units)
            low = rng.choice((10, 100, 1000, 1e6))
            args = {"type": "figure", "unit": unit, "min_value": low, "max_value": low * 50}
        elif kind == "source_dates":
            year = rng.choice((2023, 2024, 2025))
            args = {"source": rng.choice(corpus.outlets), "from": f"{year}-01-01", "to": f"{year}-06-30"}
        elif kind == "speaker":
            args = {"type": "quote", "speaker": rng.choice(corpus.people)}
        elif kind == "entity_figure":
            args = {"q": rng.choice(entities)["name"] + " " + rng.choice(("revenue", "acres", "homes", "cost")),
                    "type": "figure"}
        elif kind == "cursor" and cursors:
            args = dict(rng.choice(cursors))
        elif kind == "browse":
            args = {"size": rng.choice((10, 20, 50))}
        else:
            args = {"q": rng.choice(words).split()[0], "unit": rng.choice(units)}
        mix.append({key: (f"{value:g}" if isinstance(value, float) else str(value)) for key, value in args.items()})
    return mix


def api_cursors(base_url, corpus, wanted=40):
    """Second-page queries: ``next`` cursors issued by the API for a few searches."""
    import random
    rng = random.Random(corpus.seed + 7)
    split = urlsplit(base_url)
    connection = http.client.HTTPConnection(split.hostname, split.port, timeout=30)
    cursors = []
    try:
        for _ in range(wanted * 3):
            if len(cursors) >= wanted:
                break
            args = rng.choice(({"type": "figure", "unit": rng.choice(("USD", "satellite", "acre"))},
                               {"q": rng.choice(("revenue", "satellites", "homes"))},
                               {"source": rng.choice(corpus.outlets)}))
            connection.request("GET", "/v1/claims?" + urlencode(args))
            response = connection.getresponse()
            page = json.loads(response.read())
            if response.status == 200 and page.get("next"):
                cursors.append(dict(args, cursor=page["next"]))
    finally:
        connection.close()
    return cursors


# -- load generators --------------------------------------------------------------------------------

def run_clients(send_factory, requests, seconds, clients=CLIENTS):
    """Send ``requests`` (a list) from ``clients`` threads, each with its own keep-alive connection,
    stopping early after ``seconds``. Returns ``(latencies, errors, wall seconds)``."""
    latencies, errors = [], []
    lock = threading.Lock()
    position = [0]
    deadline = time.perf_counter() + seconds

    def worker():
        send = send_factory()
        mine = []
        try:
            while time.perf_counter() < deadline:
                with lock:
                    index = position[0]
                    position[0] += 1
                if index >= len(requests):
                    break
                started = time.perf_counter()
                try:
                    send(requests[index])
                except Exception as error:  # recorded; the run goes on
                    with lock:
                        errors.append(repr(error))
                    send = send_factory()
                    continue
                mine.append(time.perf_counter() - started)
        finally:
            with lock:
                latencies.extend(mine)

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, errors, time.perf_counter() - started


def http_sender(base_url, method, path_for, body_for=None, headers=None):
    """A factory of senders over one keep-alive connection each; non-2xx answers raise."""
    split = urlsplit(base_url)

    def factory():
        connection = http.client.HTTPConnection(split.hostname, split.port, timeout=60)

        def send(item):
            body = body_for(item) if body_for else None
            connection.request(method, path_for(item), body=body, headers=headers or {})
            response = connection.getresponse()
            payload = response.read()
            if response.status >= 300:
                raise RuntimeError(f"HTTP {response.status}: {payload[:200]!r}")
            json.loads(payload)
        return send
    return factory


# -- conflict detection ---------------------------------------------------------------------------------

def naive_detect(detector, claims, page=5000):
    """The baseline: every stored figure with the new figures' units (a scan, no relevance query),
    grouped by article, each article aligned with the new one as the detector does."""
    store = detector.store
    figures = [claim for claim in claims if claim.get("type") == "figure"]
    units = sorted({claim["figure"]["unit"] for claim in figures if claim["figure"].get("unit")})
    by_article = defaultdict(list)
    search_after = None
    while True:
        body = {"query": {"bool": {"filter": [{"term": {"type": "figure"}}, {"terms": {"figure.unit": units}}]}},
                "size": page, "sort": [{"id": "asc"}], "track_total_hits": False}
        if search_after:
            body["search_after"] = search_after
        hits = store.engine.search(store.alias("claims"), **body)["hits"]["hits"]
        for hit in hits:
            stored = hit["_source"]
            if stored["article_id"] != figures[0]["article_id"] and stored["source"] != figures[0]["source"]:
                by_article[stored["article_id"]].append(stored)
        if len(hits) < page:
            break
        search_after = hits[-1]["sort"]
    return sum(len(conflicts_between(others, figures, detector.min_confidence, detector.model))
               for others in by_article.values())


def time_detection(detector, corpus, count, first_probe, mode="detect"):
    """Seconds per article for ``count`` new articles (5 figures each), and conflicts (or candidates)
    found. ``mode``: ``detect`` (the service), ``candidates`` (its related-article query alone: related
    articles found) or ``naive``."""
    times, found = [], 0
    for number in range(first_probe, first_probe + count):
        _, claims = corpus.article(number, figures=5, probe=True)
        started = time.perf_counter()
        if mode == "naive":
            found += naive_detect(detector, claims)
        elif mode == "candidates":
            found += len(detector.related(claims))
        else:
            found += len(detector.detect(claims))
        times.append(time.perf_counter() - started)
    return times, found


# -- main -----------------------------------------------------------------------------------------------

def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes for a smoke run (under a minute)")
    parser.add_argument("--seed", type=int, default=7)
    options = parser.parse_args()
    plan = QUICK if options.quick else FULL

    es_url = os.environ.get("FACTCHECK_ES_URL", "http://127.0.0.1:9200")
    prefix = f"fcbench-{uuid.uuid4().hex[:8]}"
    app = create_app({"FACTCHECK_ES_URL": es_url, "FACTCHECK_INDEX_PREFIX": prefix,
                      "FACTCHECK_INDEX_AUTO_CREATE": True})
    store = get_store(app)
    detector = get_detector(app)
    corpus = Corpus(seed=options.seed)
    loader = Loader(store, corpus)
    rows = []
    server = None
    log_dir = tempfile.mkdtemp(prefix="fcbench-")
    log_path = os.path.join(log_dir, "gunicorn.log")
    began = time.perf_counter()
    signal.signal(signal.SIGTERM, _on_signal)

    def say(text):
        print(f"[{time.perf_counter() - began:6.1f}s] {text}", file=sys.stderr, flush=True)

    try:
        store.ensure_indices()
        say(f"index prefix {prefix} on {es_url}")
        steps = sorted(set(plan["detect_at"]) | {plan["search_at_articles"]})
        probe = 0
        for articles in steps:
            say(f"loading up to {articles:,} articles")
            loader.grow_to(articles)
            say(f"{loader.claims:,} claims searchable ({loader.claims / loader.seconds:,.0f} claims/s so far)")

            if articles == plan["search_at_articles"]:
                rows.append(("Bulk index (claims + articles, refresh)", f"{loader.claims:,} claims",
                             "", "", "", "", f"{loader.claims / loader.seconds:,.0f} claims/s"))
                server, base_url = start_server(prefix, es_url, log_path)
                say(f"gunicorn ready at {base_url}")
                cursors = api_cursors(base_url, corpus)
                mix = query_mix(corpus, plan["requests"], cursors)
                schema = ClaimSearchArgumentsSchema()
                es_bodies = [json.dumps(queries.claim_search(schema.load(args))) for args in mix]
                claims_alias = store.alias("claims")
                api = http_sender(base_url, "GET", lambda args: "/v1/claims?" + urlencode(args))
                engine = http_sender(es_url, "POST", lambda body: f"/{claims_alias}/_search",
                                     body_for=lambda body: body, headers={"Content-Type": "application/json"})
                warm = min(100, len(mix))
                run_clients(api, mix[:warm], 30)
                run_clients(engine, es_bodies[:warm], 30)
                for label, sender, requests in (("ES _search alone (same query bodies)", engine, es_bodies),
                                                ("GET /v1/claims via gunicorn (2 workers x 4 threads)", api, mix)):
                    say(f"{label}: {len(requests)} requests, {CLIENTS} clients")
                    latencies, errors, wall = run_clients(sender, requests, plan["request_seconds"])
                    if errors:
                        say(f"{len(errors)} errors, first: {errors[0]}")
                    rows.append((label, f"{loader.claims:,} claims",
                                 f"{len(latencies)} ok / {len(errors)} err", f"{percentile(latencies, 0.50):.1f}",
                                 f"{percentile(latencies, 0.95):.1f}", f"{percentile(latencies, 0.99):.1f}",
                                 f"{len(latencies) / wall:,.0f} req/s"))
                stop_server(server)
                server = None

            if articles in plan["detect_at"]:
                detector.detect(corpus.article(10**7 + articles, figures=5, probe=True)[1])  # warm-up
                count = plan["detections"]
                say(f"conflict detection: {count} new articles at {articles:,} articles")
                times, found = time_detection(detector, corpus, count, probe)
                rows.append(("Conflict detection per article (index query)", f"{articles:,} articles",
                             f"{count} articles, {found} conflicts", f"{percentile(times, 0.50):.1f}",
                             f"{percentile(times, 0.95):.1f}", f"{percentile(times, 0.99):.1f}",
                             f"{count / sum(times):,.1f} articles/s"))
                times, found = time_detection(detector, corpus, count, probe, mode="candidates")
                rows.append(("  of which: related-article query alone (1 multi-search)", f"{articles:,} articles",
                             f"{count} articles, {found} related", f"{percentile(times, 0.50):.1f}",
                             f"{percentile(times, 0.95):.1f}", f"{percentile(times, 0.99):.1f}",
                             f"{count / sum(times):,.1f} articles/s"))
                if articles in plan["naive_at"]:
                    count = plan["naive_detections"]
                    say(f"naive full scan: {count} new articles at {articles:,} articles")
                    times, found = time_detection(detector, corpus, count, probe, mode="naive")
                    rows.append(("Naive scan (all figures of the units, aligned)", f"{articles:,} articles",
                                 f"{count} articles, {found} conflicts", f"{percentile(times, 0.50):.1f}",
                                 f"{percentile(times, 0.95):.1f}", f"{percentile(times, 0.99):.1f}",
                                 f"{count / sum(times):,.1f} articles/s"))
                probe += plan["detections"]

        rows.append(("Bulk index, whole run", f"{loader.claims:,} claims ({loader.articles:,} articles)",
                     "", "", "", "", f"{loader.claims / loader.seconds:,.0f} claims/s"))
    finally:
        stop_server(server)
        try:
            mappings.uninstall(store.engine, prefix)
            say(f"deleted indices and templates of {prefix}")
        except Exception as error:  # report, but do not hide the original failure
            say(f"could not delete {prefix}: {error!r}")

    print()
    print(f"factcheck search/conflict benchmark ({'quick' if options.quick else 'full'}), "
          f"{os.cpu_count()} CPUs, Elasticsearch at {es_url}, {CLIENTS} clients, "
          f"total {time.perf_counter() - began:.0f} s")
    print()
    header = ("what", "corpus", "n", "p50 ms", "p95 ms", "p99 ms", "throughput")
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join(" --- " for _ in header) + "|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    try:
        main()
    except (KeyboardInterrupt, Interrupted) as error:
        print(f"interrupted ({error!r}); the benchmark's indices were deleted", file=sys.stderr)
        sys.exit(130)
