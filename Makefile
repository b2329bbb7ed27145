# SmartSite — the two commands of the README, plus helpers.
#   make site   installs what is missing, builds in release mode, builds content/ into output/
#   make test   installs what is missing, runs the tests (swift test, then the generated-site tests)

SWIFT ?= swift
CONTENT ?= content
OUTPUT ?= output

.PHONY: site test test-site deps test-deps release example clean

site: deps release
	.build/release/smartsite build --content $(CONTENT) --output $(OUTPUT)

test: deps test-deps
	$(SWIFT) test
	$(SITE_TESTS)

# The generated-site tests of Tests/site/ alone: builds the site once (debug binary, planted project),
# validates every page with the Nu HTML Checker, opens pages in headless Chromium with axe-core.
# Keeps what it made (site, screenshots) in .build/site-test/.
VENV_TEST ?= .venv-test
SITE_TESTS = $(SWIFT) build --product smartsite && \
	PYTHONDONTWRITEBYTECODE=1 $(VENV_TEST)/bin/python -m pytest Tests/site

test-site: test-deps
	$(SITE_TESTS)

# Java, Chromium and its driver from Debian; the pinned PyPI packages into .venv-test/.
test-deps:
	@VENV=$(VENV_TEST) scripts/install-test-deps.sh

deps:
	@scripts/install-deps.sh

release:
	$(SWIFT) build -c release --product smartsite

# Regenerates the shipped example's datasets (small, deterministic).
example: deps release
	.build/release/smartsite demo-data $(CONTENT)/data --projects 1000 --seed 2025 --year 2025 --dust-devices 12 --dust-days 21

clean:
	rm -rf .build $(OUTPUT)/* .cache
