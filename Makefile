# Veilig Thuis chat: the commands a newcomer needs. `make help` lists them.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYENV_ROOT ?= $(shell pyenv root 2>/dev/null || echo $(HOME)/.pyenv)
PYTHON310 ?= $(firstword $(wildcard $(PYENV_ROOT)/versions/3.10.*/bin/python) $(shell command -v python3.10 2>/dev/null))
VENV := .venv
PY := $(VENV)/bin/python
SHARED_MODEL := $(wildcard ../shared/models/nl_core_news_sm-3.4.0*.whl)
SPACY_MODEL_URL := https://github.com/explosion/spacy-models/releases/download/nl_core_news_sm-3.4.0/nl_core_news_sm-3.4.0-py3-none-any.whl
RASA_DATA := $(shell find data -name '*.yml' 2>/dev/null) config.yml
MODEL := models/vtchat.tar.gz
# The browser tests drive Debian's Chromium (never a downloaded one) and run
# axe-core from the npm registry inside the page.
CHROMIUM := /usr/bin/chromium
# tests/test_proxy.py runs deploy/nginx.conf in front of the app with Debian's nginx.
NGINX := /usr/sbin/nginx
BROWSER_TEST_DEPS := tests/browser/node_modules/.installed

export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL := 2

.PHONY: help install train run shell test test-fast lint bench load eval clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(VENV)/.installed: pyproject.toml
	@if [ ! -x "$(PY)" ]; then \
	  if [ -z "$(PYTHON310)" ] || ! "$(PYTHON310)" -c 'import sys; assert sys.version_info[:2] == (3, 10)' 2>/dev/null; then \
	    echo "error: Python 3.10 not found (Rasa 3.6 needs 3.10). Install it with 'pyenv install 3.10.13' or run 'make PYTHON310=/path/to/python3.10'." >&2; exit 1; fi; \
	  echo "creating $(VENV) with $(PYTHON310)"; \
	  "$(PYTHON310)" -m venv $(VENV); fi
	$(PY) -m pip install --quiet --upgrade 'pip<25' 'setuptools>=61,<70' wheel
	$(PY) -m pip install --quiet -e '.[dev]'
	@if $(PY) -c 'import nl_core_news_sm' 2>/dev/null; then echo "nl_core_news_sm already installed"; \
	elif [ -n "$(SHARED_MODEL)" ]; then $(PY) -m pip install --quiet "$(SHARED_MODEL)"; \
	else $(PY) -m pip install --quiet "$(SPACY_MODEL_URL)"; fi
	$(PY) -m pip check
	$(VENV)/bin/rasa telemetry disable >/dev/null
	@touch $@

# Root (CI) installs Chromium itself; anyone else is told the one command to run.
$(CHROMIUM):
	@if [ "$$(id -u)" != 0 ]; then \
	  echo "error: the browser tests need Chromium at $(CHROMIUM). Install it with 'sudo apt-get install --no-install-recommends chromium' (Debian/Ubuntu), then run make again." >&2; exit 1; fi
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null

$(NGINX):
	@if [ "$$(id -u)" != 0 ]; then \
	  echo "error: the proxy tests need nginx at $(NGINX). Install it with 'sudo apt-get install --no-install-recommends nginx-light' (Debian/Ubuntu), then run make again." >&2; exit 1; fi
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nginx-light >/dev/null

$(BROWSER_TEST_DEPS): tests/browser/package.json tests/browser/package-lock.json
	@if ! command -v npm >/dev/null; then \
	  if [ "$$(id -u)" != 0 ]; then \
	    echo "error: npm not found; the browser tests need it for axe-core. Install it with 'sudo apt-get install --no-install-recommends npm', then run make again." >&2; exit 1; fi; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends npm >/dev/null; fi
	cd tests/browser && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	@touch $@

install: $(VENV)/.installed $(CHROMIUM) $(NGINX) $(BROWSER_TEST_DEPS) ## install everything: .venv (Python 3.10), Chromium, nginx and axe-core for the tests

$(MODEL): $(RASA_DATA) | $(VENV)/.installed
	$(PY) -m bot.cli sync-domain
	$(VENV)/bin/rasa train --domain data/domain --data data --config config.yml \
	  --out models --fixed-model-name vtchat

train: $(MODEL) ## train the Rasa model when data or config changed

run: $(MODEL) ## start the chat on http://127.0.0.1:8000/ (VT_PORT overrides)
	$(VENV)/bin/vtchat serve

shell: $(MODEL) ## chat with the bot in the terminal (no website)
	@SANIC_HOST=127.0.0.1 $(PY) -m rasa_sdk --actions actions --port 5055 --quiet & \
	  pid=$$!; trap "kill $$pid" EXIT; \
	  $(VENV)/bin/rasa shell --model $(MODEL) --endpoints endpoints.yml

# Test processes: the suite mostly waits on servers, browsers and databases, so
# two processes finish it in far less time even on two cores.
TEST_WORKERS ?= 2

test: $(VENV)/.installed $(CHROMIUM) $(NGINX) $(BROWSER_TEST_DEPS) ## the whole test suite (CI runs exactly this)
	$(PY) -m bot.cli sync-domain --check
	$(VENV)/bin/rasa data validate --domain data/domain --data data --config config.yml
	@# Train once here, so the test processes share one model instead of each training it.
	$(MAKE) --no-print-directory $(MODEL)
	$(PY) -m pytest -q -n $(TEST_WORKERS) --dist load -m "not alone"
	@# Timing-sensitive tests (the load harness's flood cut-off) run by themselves.
	$(PY) -m pytest -q -m alone

lint: $(VENV)/.installed ## ruff and mypy
	$(VENV)/bin/ruff check bot actions tests bench
	$(VENV)/bin/ruff format --check bot actions tests bench
	$(VENV)/bin/mypy

bench: $(MODEL) ## benchmarks: startup, memory, latency, danger overhead
	$(PY) -m bench.run

load: $(MODEL) ## load test (~25 min): simulated chatters and workers, 1 process and 2 on PostgreSQL + Redis
	$(PY) -m bench.load $(LOAD_ARGS)

eval: $(VENV)/.installed ## danger scores on the shared development set
	$(VENV)/bin/vtchat assess --eval ../shared/eval/danger_dev.jsonl

clean: ## remove trained models and local data (keeps .venv)
	rm -rf models/*.tar.gz var .rasa .pytest_cache test-artifacts
