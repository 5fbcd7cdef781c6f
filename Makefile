# Two commands on a fresh machine: `make kg` builds the graph, `make test` runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: kg test lint bench clean

$(BIN)/finkg: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

kg: $(BIN)/finkg
	$(BIN)/finkg build

test: $(BIN)/finkg
	$(BIN)/ruff check src tests
	$(BIN)/mypy
	$(BIN)/pytest

bench: $(BIN)/finkg
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) .finkg build *.egg-info
