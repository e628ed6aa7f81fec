# foedus: two commands on a fresh machine — `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: install run test eval bench lint model clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

run: install
	$(BIN)/foedus code examples/corpus --format table --factual

test: install
	$(BIN)/python -m pytest -q

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
