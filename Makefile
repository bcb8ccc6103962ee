# kg: `make run` builds the seeds' graph and serves it; `make test` lints and tests;
# `make eval` measures extraction.
VENV   ?= .venv
PYTHON ?= python3
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
STORE  ?= kg-store
HOST   ?= 127.0.0.1
PORT   ?= 8000

.PHONY: install run test lint bench eval clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/kg build seeds --store $(STORE)
	$(BIN)/kg serve --store $(STORE) --host $(HOST) --port $(PORT)

lint: install
	$(BIN)/ruff check kg tests bench
	$(BIN)/ruff format --check kg tests bench

test: lint
	$(BIN)/pytest

bench: install
	$(BIN)/python bench/run.py

# Extraction quality: the capability suite's pass rate per capability (tests/capability/),
# then the shared scorer on the seeds and the dev set.
eval: install
	$(BIN)/python -m tests.capability.run --json bench/capability-results.json
	$(BIN)/python bench/eval_sets.py

clean:
	rm -rf $(STORE) .pytest_cache .ruff_cache
