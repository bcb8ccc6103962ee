# kg: `make run` builds the seeds' graph and serves it; `make test` lints and tests.
VENV   ?= .venv
PYTHON ?= python3
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
STORE  ?= kg-store
HOST   ?= 127.0.0.1
PORT   ?= 8000

.PHONY: install run test lint bench clean

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

clean:
	rm -rf $(STORE) .pytest_cache .ruff_cache
