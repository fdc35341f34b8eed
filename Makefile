# Orga App: the two commands of the README are `make demo` and `make check` (lint, types, tests).
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
# System libraries: libzbar0 for pyzbar; the rest lets Qt run offscreen and under Xvfb (xdotool
# types into the app there as a USB scanner does, for tests/e2e/test_xvfb_wedge.py).
# Badges (orga_app/badges): fonts-noto-core has Noto Sans and its Arabic, Hebrew, Devanagari and
# Thai families, fonts-noto-cjk the CJK one; cups, printer-driver-cups-pdf (a PDF printer) and
# poppler-utils (pdfinfo, pdftotext, pdftoppm) let tests/badges print through a real CUPS queue
# and read what came out.
# Spoken verdicts (orga_app/ui/speech.py): speech-dispatcher with its espeak-ng module (a
# Recommends, so named here) and libspeechd2, which Qt's speechd plug-in loads;
# tests/ui/test_speech_real.py speaks through them into libao's null audio driver.
SYSTEM_PACKAGES := libzbar0 libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 \
	libdbus-1-3 libglib2.0-0 fonts-dejavu-core libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 \
	libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xkb1 \
	libpulse0 libasound2 xvfb xauth xdotool \
	fonts-noto-core fonts-noto-cjk cups printer-driver-cups-pdf poppler-utils \
	speech-dispatcher speech-dispatcher-espeak-ng espeak-ng libspeechd2

.PHONY: system setup real-server pretix-venvs demo test check lint typecheck bench screenshots installer installer-test clean i18n

# Installs the Debian packages when run as root (CI, kiosk set-up); otherwise says what to install.
system:
	@if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
		missing=$$(for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
		if [ -n "$$missing" ]; then \
			(apt-get update -qq || (sleep 5 && apt-get update -qq)) && \
			DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
				--no-install-recommends $$missing >/dev/null; \
		fi; \
	elif command -v apt-get >/dev/null 2>&1; then \
		echo "not root: make sure these Debian packages are installed: $(SYSTEM_PACKAGES)"; \
	fi

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $@

setup: system $(VENV)/.installed

# The real Open Event server that tests/real runs against lives next to the checkout
# (../shared, or $ORGA_REAL_SERVERS_DIR). Its start script installs PostgreSQL, redis and libpq
# (as root) and builds the server's venv the first time (minutes); this target does that once,
# as its own step, by starting and stopping it. Without ../shared the tests/real are skipped.
ORGA_REAL_SERVERS_DIR ?= ../shared/real-servers
OES_DIR := $(ORGA_REAL_SERVERS_DIR)/open-event-server
real-server:
	@if [ -x "$(OES_DIR)/start" ]; then \
		port=$$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'); \
		"$(OES_DIR)/start" --port $$port --attendees 1 >/dev/null \
			|| { "$(OES_DIR)/stop" --port $$port; exit 1; }; \
		"$(OES_DIR)/stop" --port $$port; \
	else \
		echo "no $(OES_DIR): the real-server tests (tests/real) will be skipped"; \
	fi
	@$(MAKE) --no-print-directory pretix-venvs

# The real pretix 2026 and eventyay-tickets servers of tests/real_pretix run from venvs their
# setup scripts build under ~/.cache (PyPI only, no root; measured with a warm pip cache: pretix
# 37 s, eventyay-tickets 45 s). A venv that already imports its server is left as it is.
PRETIX_DIR := $(ORGA_REAL_SERVERS_DIR)/pretix
EYT_DIR := $(ORGA_REAL_SERVERS_DIR)/eventyay-tickets
PRETIX_VENV ?= $(HOME)/.cache/pretix-fixture/venv
EYT_VENV ?= $(HOME)/.cache/eyt-fixture/venv
pretix-venvs:
	@if [ -f "$(PRETIX_DIR)/setup_venv.sh" ]; then \
		"$(PRETIX_VENV)/bin/python" -c "import pretix, gunicorn" 2>/dev/null \
			|| PRETIX_VENV="$(PRETIX_VENV)" sh "$(PRETIX_DIR)/setup_venv.sh"; \
	else \
		echo "no $(PRETIX_DIR): the pretix tests (tests/real_pretix) will be skipped"; \
	fi
	@if [ -f "$(EYT_DIR)/setup_venv.sh" ]; then \
		"$(EYT_VENV)/bin/python" -c "import pretix, pretix_venueless, gunicorn" 2>/dev/null \
			|| EYT_VENV="$(EYT_VENV)" sh "$(EYT_DIR)/setup_venv.sh"; \
	else \
		echo "no $(EYT_DIR): the eventyay-tickets tests (tests/real_pretix) will be skipped"; \
	fi

demo: setup
	$(VENV)/bin/orga-app demo

test: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

lint: setup
	$(VENV)/bin/ruff check orga_app tests bench
	$(VENV)/bin/ruff format --check orga_app tests bench

typecheck: setup
	$(VENV)/bin/mypy orga_app tests

check: lint typecheck test

bench: setup
	$(PY) bench/run_all.py

# Catalogs: lupdate puts every tr() string into orga_app/resources/i18n/*.ts (new ones marked
# unfinished: translate them there, e.g. with pyside6-linguist), lrelease compiles the .qm files
# the app loads. Both are committed; tests/unit/test_i18n_catalogs.py fails when they are stale.
i18n: setup
	$(PY) scripts/i18n.py update release

screenshots: setup
	$(PY) scripts/screenshots.py
	$(PY) scripts/screenshots_languages.py
	$(PY) scripts/screenshots_readiness.py
	$(PY) scripts/screenshots_badges.py
	$(PY) scripts/screenshots_badge_forms.py

installer: setup
	$(PY) -m pip install -q -e '.[installer]'
	$(VENV)/bin/pyinstaller --noconfirm build_installer.spec

# Builds the one-folder bundle in a temp dir and runs it: --version, self-check, demo server.
installer-test: setup
	$(PY) -m pip install -q -e '.[installer]'
	ORGA_APP_BUILD_INSTALLER=1 QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q tests/e2e/test_installer.py

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache
