# Two commands do everything on a fresh machine: `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB := demo.db

.PHONY: demo test setup bench clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

# Read every example page (records to JSONL, a summary table), show one page in full,
# then store them, search the store and show one story across outlets.
demo: $(STAMP)
	$(BIN)/dateline read examples/ --out demo-records.jsonl
	$(BIN)/dateline read examples/nl-scraped-buitenland.txt
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/dateline ingest examples/ --db $(DEMO_DB)
	$(BIN)/dateline search "aanslag konvooi" --db $(DEMO_DB)
	$(BIN)/dateline story $$($(BIN)/dateline search konvooi --db $(DEMO_DB) --json -n 1 | \
	  $(BIN)/python -c 'import json,sys; print(json.load(sys.stdin)["id"])') --db $(DEMO_DB)

# pytest exits 5 when it collects no tests; that is not a failure of the code.
test: $(STAMP)
	$(BIN)/python -m pytest -q; rc=$$?; if [ $$rc -eq 5 ]; then echo "no tests collected"; exit 0; fi; exit $$rc

bench: $(STAMP)
	$(BIN)/pip install -q -e '.[bench]'
	$(BIN)/python benchmarks/extraction.py
	$(BIN)/python benchmarks/startup.py
	$(BIN)/python benchmarks/scraped_text.py
	$(BIN)/python benchmarks/ner.py
	$(BIN)/python benchmarks/ud.py
	$(BIN)/python benchmarks/analysis_speed.py
	$(BIN)/python benchmarks/attribution.py
	$(BIN)/python benchmarks/places.py
	$(BIN)/python benchmarks/eventdna_shared.py
	$(BIN)/python benchmarks/polnear.py
	$(BIN)/python benchmarks/plover.py
	$(BIN)/python benchmarks/eventdna.py
	$(BIN)/python benchmarks/figures.py
	$(BIN)/python benchmarks/ingest.py --n 10000
	$(BIN)/python benchmarks/serve.py --n 10000

clean:
	rm -rf $(VENV) build *.egg-info demo-records.jsonl $(DEMO_DB)*
