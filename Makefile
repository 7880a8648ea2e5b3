# The README's two commands: `make demo` and `make test`. Both work on a fresh Debian machine.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# Installs Debian packages without ever removing one (see the script).
APT_INSTALL = SUDO="$(SUDO)" .ci/apt-install
# The IMAP binary the sandbox runs: dovecot-core alone has `dovecot` but not this.
DOVECOT_IMAP ?= /usr/lib/dovecot/imap

.PHONY: demo test lint typecheck bench bench-scan mutation dovecot postgres venv clean

venv: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	@$(PYTHON) -c 'import ensurepip, venv' 2>/dev/null || $(APT_INSTALL) python3-venv
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test,postgres,train]'
	touch $@

# Dovecot (IMAP) from Debian's packages: the tests and the demo run a private one on loopback
# and never start, stop or reconfigure the system's dovecot service.
dovecot:
	@if [ -x $(DOVECOT_IMAP) ] && { command -v dovecot || [ -x /usr/sbin/dovecot ]; } >/dev/null 2>&1; \
	then :; else \
	  $(APT_INSTALL) dovecot-imapd && \
	  echo "note: Debian enables the system's dovecot service on install; Debrief does not use it" \
	       "(sudo systemctl disable --now dovecot to stop it)."; \
	fi

# PostgreSQL from Debian's packages: the tests run a private server to prove the store works there.
postgres:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || $(APT_INSTALL) postgresql

demo: venv dovecot
	$(BIN)/debrief demo

lint: venv
	$(BIN)/ruff check agent tests benchmarks

typecheck: venv
	$(BIN)/mypy

test: venv dovecot postgres lint typecheck
	$(BIN)/pytest -q

bench: venv
	$(BIN)/python benchmarks/classifier.py

# First scan vs the raw fetch+parse floor, growth with the window, idle-poll cost (issue 11).
bench-scan: venv dovecot
	$(BIN)/python benchmarks/scan_poll.py

# Mutation testing (mutmut) of the core's decisions, configured in pyproject.toml [tool.mutmut];
# prints killed/survived/no-test counts (mutants/mutmut-cicd-stats.json) and the survivors.
mutation: venv
	$(BIN)/mutmut run
	$(BIN)/mutmut export-cicd-stats && cat mutants/mutmut-cicd-stats.json && echo
	$(BIN)/mutmut results

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
