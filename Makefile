# The two commands of the README are `make run` and `make test`; everything they need is installed here.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: install run test bench search-node-start search-node-stop openapi

install: $(VENV)/.installed

$(VENV)/.installed: setup.cfg pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test,bench]'
	touch $@

# The API on 127.0.0.1:8000; starts the local search node first unless FACTCHECK_ES_URL is set.
run: install
	$(BIN)/factcheck serve

# The whole suite against a real engine: FACTCHECK_ES_URL, or a local node started and stopped for it.
test: install
	$(BIN)/factcheck with-search-node $(BIN)/pytest -q $(PYTEST_ARGS)

# Extraction speed and the public suites (no server), then search and conflict detection at scale.
bench: install
	$(BIN)/python bench/bench_extract.py --repeat 3
	$(BIN)/python bench/eval_public.py --peers
	$(BIN)/factcheck with-search-node $(BIN)/python bench/eval_sets.py
	$(BIN)/factcheck with-search-node $(BIN)/python bench/bench_search.py
	$(BIN)/factcheck with-search-node $(BIN)/python bench/bench_ingest.py

search-node-start: install
	$(BIN)/factcheck search-node start

search-node-stop: install
	$(BIN)/factcheck search-node stop

openapi: install
	$(BIN)/factcheck openapi > schemas/openapi.json
