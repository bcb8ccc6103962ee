# kg: `make run` builds the seeds' graph and serves it; `make test` lints and tests;
# `make eval` measures extraction.
# `make run PORT=8080 HOST=0.0.0.0 STORE=dir` passes those on; without them kg's own
# settings apply (KG_PORT, KG_HOST, KG_STORE, else the defaults in kg/config.py).
VENV   ?= .venv
PYTHON ?= python3
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
# a flag only for what is given on make's command line: a PORT or HOST in the
# environment is some other program's, and kg reads its own KG_* variables itself
given   = $(filter command line,$(origin $(1)))
STORE_FLAG  := $(if $(call given,STORE),--store $(STORE))
SERVE_FLAGS := $(strip $(STORE_FLAG) $(if $(call given,HOST),--host $(HOST)) \
                 $(if $(call given,PORT),--port $(PORT)))
STORE_DIR   := $(if $(call given,STORE),$(STORE),$(or $(KG_STORE),kg-store))

.PHONY: install run test lint bench bench-scale eval clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/kg build seeds $(STORE_FLAG)
	$(BIN)/kg serve $(SERVE_FLAGS)

lint: install
	$(BIN)/ruff check kg tests bench
	$(BIN)/ruff format --check kg tests bench

test: lint
	$(BIN)/pytest

bench: install
	$(BIN)/python bench/run.py

# 1x and 10x corpus builds and a 100,000-article synthetic store: bench/scale.json (long)
bench-scale: install
	$(BIN)/python bench/scale.py

# Extraction quality: the capability suite's pass rate per capability (tests/capability/),
# then the shared scorer on the seeds and the dev set.
eval: install
	$(BIN)/python -m tests.capability.run --json bench/capability-results.json
	$(BIN)/python bench/eval_sets.py

clean:
	rm -rf $(filter-out http://% https://%,$(STORE_DIR)) .pytest_cache .ruff_cache
