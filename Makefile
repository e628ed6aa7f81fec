# foedus: two commands on a fresh machine — `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: install run test eval bench lint model clean browser-deps

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

SAMPLE_DB ?= build/sample.duckdb
PORT ?= 8000

run: install
	$(BIN)/foedus code examples/corpus --format table --factual
	@mkdir -p $(dir $(SAMPLE_DB)) && rm -f $(SAMPLE_DB) $(SAMPLE_DB).wal
	@$(BIN)/foedus ingest examples/corpus --db $(SAMPLE_DB)
	@echo "Events reported by two or more articles (merged across documents and languages):"
	@$(BIN)/foedus events --db $(SAMPLE_DB) --min-documents 2 --factual
	$(BIN)/foedus serve --db $(SAMPLE_DB) --port $(PORT)

test: install browser-deps
	$(BIN)/python -m pytest -q

# Debian's chromium for the workbench's browser tests (CI is root on a fresh Debian machine).
# Without it (not root, no apt), the browser tests skip and say why.
browser-deps:
	@test -x /usr/bin/chromium || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }; } || \
	  echo "chromium could not be installed: the browser tests will skip"

eval: install
	$(BIN)/foedus eval all

bench: install
	$(BIN)/foedus bench

model: install
	$(BIN)/python -m foedus.events.train --cv

lint: install
	$(BIN)/ruff check foedus tests
	$(BIN)/ruff format --check foedus tests

clean:
	rm -rf $(VENV) .pytest_cache
