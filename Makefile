# Every target bootstraps its own virtualenv in .venv; nothing installed by hand is needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
# `make demo` needs the runtime and the emulator only, not the dev toolchain.
RUNTIME_STAMP := $(VENV)/.installed-runtime
PRISM_DIR := .tools/prism
PRISM := $(PRISM_DIR)/node_modules/.bin/prism
PRISM_VERSION := 5.16.0
# Real OpenAPI documents nobody here wrote (npm @readme/oas-examples, MIT): the pipeline tests run
# generation on them. Installed from npm, never committed.
OAS_DIR := .tools/oas-examples
OAS_EXAMPLES := $(OAS_DIR)/node_modules/@readme/oas-examples
OAS_VERSION := 8.2.2

.DEFAULT_GOAL := help
.PHONY: help venv demo test check generate spec probe lint typecheck bench prism docs dist clean

help:
	@echo "make demo       run examples/live_transcript.py against the embedded emulator"
	@echo "make test       run the test suite"
	@echo "make check      fail if cortex_client/_generated differs from a fresh generation"
	@echo "               or templates/ changes the generator's own outside marked regions"
	@echo "make generate   regenerate cortex_client/_generated from openapi/cortex.json"
	@echo "make spec       fetch {CORTEX_BASE_URL}/api/docs-json into openapi/cortex.json"
	@echo "make lint       ruff + actionlint;  make typecheck: mypy --strict"
	@echo "make bench      run benchmarks/ (never part of make test)"
	@echo "make probe      GET-only check of a live server against the spec: PROBE_ARGS=\"--project <id>\""
	@echo "make docs       build the documentation site into site/ (mkdocs --strict)"
	@echo "make dist       build sdist + wheel into dist/, twine check, install the wheel in a fresh venv"

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip --version >/dev/null 2>&1 || $(PY) -m ensurepip --upgrade >/dev/null
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP) $(RUNTIME_STAMP)

# The dev extra includes testing, so a venv made by `make test` serves `make demo` as it is.
# A first `make demo` installs the requirements of the runtime and the `testing` extra only, and
# runs from the source tree (building an editable wheel costs seconds). Where the base
# interpreter has pip >= 22.3, the venv is made without a pip of its own and filled with
# `pip --python` (ensurepip alone costs seconds); otherwise, or if that fails, the usual way. The
# dev targets above add a pip to the venv when it has none.
HOST_PIP_CHECK := import pip, sys; sys.exit(tuple(map(int, pip.__version__.split(".")[:2])) < (22, 3))
PIP_FLAGS := --quiet --disable-pip-version-check
$(RUNTIME_STAMP): pyproject.toml
	if $(PYTHON) -c '$(HOST_PIP_CHECK)' 2>/dev/null; then \
		test -x $(PY) || $(PYTHON) -m venv --without-pip $(VENV); \
	else \
		test -x $(PY) || $(PYTHON) -m venv $(VENV); \
	fi
	$(PYTHON) scripts/requirements.py testing > $(VENV)/requirements-demo.txt
	$(PYTHON) -m pip --python $(PY) install $(PIP_FLAGS) -r $(VENV)/requirements-demo.txt 2>/dev/null \
		|| { $(PY) -m pip --version >/dev/null 2>&1 || $(PY) -m ensurepip --upgrade >/dev/null; \
			$(PY) -m pip install $(PIP_FLAGS) -r $(VENV)/requirements-demo.txt; }
	touch $(RUNTIME_STAMP)

venv: $(STAMP)

# Prism mocks openapi/cortex.json for the conformance test; installed from npm into an ignored folder.
$(PRISM):
	mkdir -p $(PRISM_DIR)
	cd $(PRISM_DIR) && npm install --silent --no-audit --no-fund --prefix . @stoplight/prism-cli@$(PRISM_VERSION) >/dev/null

prism: $(PRISM)

$(OAS_EXAMPLES)/package.json:
	mkdir -p $(OAS_DIR)
	cd $(OAS_DIR) && npm install --silent --no-audit --no-fund --prefix . @readme/oas-examples@$(OAS_VERSION) >/dev/null

demo: $(RUNTIME_STAMP)
	PYTHONPATH=$(CURDIR) $(PY) examples/run_demo.py

test: $(STAMP) $(PRISM) $(OAS_EXAMPLES)/package.json
	CORTEX_PRISM=$(abspath $(PRISM)) CORTEX_OAS_EXAMPLES=$(abspath $(OAS_EXAMPLES)) $(PY) -m pytest -q

check: $(STAMP)
	$(PY) scripts/generate.py --check
	$(PY) scripts/template_diff.py

generate: $(STAMP)
	$(PY) scripts/generate.py

spec: $(STAMP)
	$(PY) scripts/fetch_spec.py $(SPEC_ARGS)

$(BIN)/actionlint: $(STAMP)
	$(PY) -m pip install --quiet -e '.[dev,lint]'

lint: $(STAMP) $(BIN)/actionlint
	$(BIN)/ruff check --no-cache .
	$(BIN)/ruff format --no-cache --check .
	$(BIN)/actionlint .github/workflows/*.yml

typecheck: $(STAMP)
	$(BIN)/mypy

probe: $(STAMP)
	$(PY) -m cortex_client.probe $(PROBE_ARGS)

bench: $(STAMP)
	$(PY) -m benchmarks

docs: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --site-dir site

dist: $(STAMP)
	$(PY) scripts/check_dist.py --out dist

clean:
	rm -rf $(VENV) .tools .pytest_cache .mypy_cache site dist
