# The two set-up commands of the README: `make demo` and `make test`. Both install what they
# need into .venv first, so they work on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install gen gen-check lint-spec portability lint typecheck test pytest pytest-aiohttp docs demo coverage coverage-refresh bench clean

install: $(STAMP)

$(STAMP): pyproject.toml requirements-dev.txt requirements-audio.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements-dev.txt
	$(BIN)/pip install --quiet -e '.[emulator,cli,migrate,aiohttp]'
	@# simpleaudio (the [audio] extra) compiles against ALSA's headers (libasound2-dev); without
	@# them everything but sound playback still works, so `make demo` runs on any machine.
	$(BIN)/pip install --quiet -r requirements-audio.txt -e '.[audio]' || echo "warning: the [audio] extra did not install (apt-get install libasound2-dev); sound playback tests will fail"
	touch $(STAMP)

gen: $(STAMP)
	$(BIN)/python codegen/generate.py
	$(BIN)/python codegen/exports.py
	$(BIN)/python codegen/migration_table.py

# Regenerate into a scratch folder and fail on any difference with the committed tree.
gen-check: $(STAMP)
	@rm -rf .gen-check && mkdir .gen-check
	$(BIN)/python codegen/generate.py --out .gen-check
	@diff -r --exclude=__pycache__ generated/coze_api .gen-check/coze_api \
	  || (echo "generated/ is stale: run 'make gen' and commit the result" && rm -rf .gen-check && exit 1)
	@rm -rf .gen-check
	$(BIN)/python codegen/exports.py --check
	$(BIN)/python codegen/migration_table.py --check

lint-spec: $(STAMP)
	$(BIN)/python codegen/lint_spec.py

# The spec portability gate (openapi/CONVENTIONS.md): the pinned stock openapi-python-client
# must generate a client from the spec without a warning, and mypy --strict must pass on it.
# Its output goes to a scratch folder, removed afterwards whatever the result.
portability: $(STAMP)
	$(BIN)/python codegen/portability.py --out .portability; status=$$?; rm -rf .portability; exit $$status

lint: $(STAMP)
	$(BIN)/ruff check coze_ext codegen tests examples bench
	$(BIN)/ruff format --check coze_ext codegen tests examples bench
	$(BIN)/mypy
	# The examples are what users copy, and tests/typecheck pins the types of the user contract.
	MYPYPATH=examples $(BIN)/mypy --follow-imports=silent --ignore-missing-imports examples tests/typecheck

pytest: $(STAMP)
	$(BIN)/python -m pytest -q

# The async tests again, every AsyncCoze on the aiohttp transport (the [aiohttp] extra; see
# tests/conftest.py): each path must behave the same on either transport.
pytest-aiohttp: $(STAMP)
	COZE_TEST_TRANSPORT=aiohttp $(BIN)/python -m pytest -q

# The documentation site (mkdocs.yml) in site/, built strictly: a warning, such as a broken
# link or anchor, fails it. (Never --quiet: it hides the warnings from the strict check too.)
DOCS_CONFIG ?= mkdocs.yml
docs: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --config-file $(DOCS_CONFIG)

test: gen-check lint-spec portability lint pytest pytest-aiohttp docs

demo: $(STAMP)
	$(BIN)/python examples/demo.py

# The coverage report reads the vendored codegen/reference_operations.json; coverage-refresh
# rebuilds it from ../shared/reference (or COZE_REFERENCE_DIR) when the sources change.
coverage: $(STAMP)
	$(BIN)/python codegen/spec_coverage.py

coverage-refresh: $(STAMP)
	$(BIN)/python codegen/spec_coverage.py --refresh

# make bench BENCH_ARGS=--quick (fewer rounds), --smoke (tiny sizes), --only request,ws, --strict
bench: $(STAMP)
	$(BIN)/python bench/run.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) .gen-check .portability .pytest_cache .mypy_cache .ruff_cache site
