# SmartSite — the two commands of the README, plus helpers.
#   make site   installs what is missing, builds in release mode, builds content/ into output/
#   make test   installs what is missing, runs the tests

SWIFT ?= swift
CONTENT ?= content
OUTPUT ?= output

.PHONY: site test deps release example clean

site: deps release
	.build/release/smartsite build --content $(CONTENT) --output $(OUTPUT)

test: deps
	$(SWIFT) test

deps:
	@scripts/install-deps.sh

release:
	$(SWIFT) build -c release --product smartsite

# Regenerates the shipped example's datasets (small, deterministic).
example: deps release
	.build/release/smartsite demo-data $(CONTENT)/data --projects 1000 --seed 2025 --year 2025 --dust-devices 12 --dust-days 21

clean:
	rm -rf .build $(OUTPUT)/* .cache
