# Verbatim: `make site` builds the sample site into site/, `make test` runs every test.

SWIFT        ?= swift
VERBATIM     := .build/release/verbatim
APT_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev cmark-gfm libxml2-dev zlib1g-dev pkg-config
# What `make bench` needs besides: Hugo to compare with, node to run the search script.
BENCH_PACKAGES := hugo nodejs
# What `make bench-statements` needs besides: the emulator whose plugin counts instructions.
STATEMENTS_BENCH_PACKAGES := qemu-user
PORT         ?= 8000
N            ?= 10000

.PHONY: all site test test-browser serve clean deps build eval eval-train eval-statements eval-extraction bench bench-rebuild bench-statements bench-identity bench-annotate bench-extraction fuzz test-sanitize bench-pathological size-breakdown

all: site

## deps: install cmark-gfm's development packages when they are missing (Debian/Ubuntu).
deps:
	@scripts/install-packages.sh $(APT_PACKAGES)

## build: the optimised verbatim binary.
build: deps
	$(SWIFT) build -c release --product verbatim

## site: annotate articles/ into content/ and build the site into site/.
site: build
	$(VERBATIM) build --root . --output site

## test: every test of the package.
test: deps
	$(SWIFT) test

## test-browser: walk the served sample site in headless Chromium; screenshots go to screenshots/.
test-browser: build
	@scripts/install-packages.sh chromium chromium-driver
	scripts/browser-test.sh

## serve: build the site and preview it on http://127.0.0.1:$(PORT) with live reload.
serve: build
	$(VERBATIM) serve --root . --output site --port $(PORT)

## eval: attribution and speaker-page scores on the dev sets of ../shared/eval/quotes (eval-train for train; CAP=1 adds what the pages could reach against that gold).
eval: build
	scripts/eval-quotes.sh dev
	scripts/eval-quotes.sh bbc-dev
	scripts/eval-pages.sh dev
	scripts/eval-pages.sh bbc-dev

eval-train: build
	scripts/eval-quotes.sh train

## eval-statements: build a site from the train and dev articles; the share of gold quote pairs sharing eight words that share a statement, and the short links.
eval-statements: build
	scripts/eval-statements.sh

## eval-extraction: article-body F1 on ../shared/testdata/article-extraction beside the peers' (ERRORS=N lists the N worst pages).
ERRORS ?= 0
eval-extraction: build
	VERBATIM=$(VERBATIM) scripts/eval-extraction.sh --errors $(ERRORS)

## bench: speed, memory, rebuild times, output size, largest page and search bytes at 1,000 and N articles next to Hugo (make bench N=50000).
bench: build
	@scripts/install-packages.sh $(BENCH_PACKAGES)
	scripts/bench.sh $(N)

## bench-rebuild: one-edit and no-change rebuild times of N articles (default 10,000), beside BASELINE=binary when given, alternating.
bench-rebuild: build
	BASELINE=$(BASELINE) scripts/bench-rebuild.sh $(N)

## bench-statements: instructions of a full build of N bench articles (default 10,000) with statements and with --no-statements, their ratio, and the sites' bytes.
bench-statements: build
	@scripts/install-packages.sh $(STATEMENTS_BENCH_PACKAGES)
	scripts/bench-statements.sh $(N)

## size-breakdown: what a built site's bytes are made of: by folder, by kind of file, and by part of article and speaker pages (SITE, default site).
size-breakdown:
	scripts/size-breakdown.py $(or $(SITE),site)

## bench-identity: rebuild times of a large archive (N, default 10,000) when one added article merges or splits speaker pages.
bench-identity: build
	scripts/bench-identity.sh $(N)

## bench-extraction: web-page reading speed in pages/s on one core over the saved pages, and seconds per MB as pages grow.
bench-extraction: build
	scripts/bench-extraction.sh

## bench-annotate: annotation speed in articles/s on one core.
bench-annotate: build
	scripts/bench-annotate.sh

## fuzz: libFuzzer over reading, attribution and the Markdown round trip for FUZZ_SECONDS (default 60).
FUZZ_SECONDS ?= 60
fuzz: deps
	scripts/fuzz.sh $(FUZZ_SECONDS)

## test-sanitize: every test under AddressSanitizer, then ThreadSanitizer (slow; own build folders).
test-sanitize: deps
	LSAN_OPTIONS=suppressions=$(CURDIR)/scripts/lsan.supp $(SWIFT) test --sanitize=address --scratch-path .build-asan
	$(SWIFT) test --sanitize=thread --scratch-path .build-tsan

## bench-pathological: time and peak memory of hostile text at doubling sizes (unbalanced and nested quotes, a 2 MB line, a 10 MB article).
bench-pathological: build
	scripts/pathological.sh

## clean: remove build products and the built site.
clean:
	rm -rf .build .build-fuzz .build-asan .build-tsan site .site.spare content/.build-*
