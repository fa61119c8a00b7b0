# GreenPub: the two commands of the README are the whole set-up on a fresh machine.
#   make site         build the release binary, then the site from content/ and templates/ into site/
#   make release      only the release binary, .build/release/greenpub
#   make test         every test (unit, golden files, determinism, command line), then the site checks
#   make site-checks  only the site checks: build the sample site into .build/site-checks/site and
#                     prove it (HTML validity, links, headless Chromium at 390/1280 px, axe-core,
#                     pages from disk, hostile input); screenshots in .build/site-checks/screenshots
#   make bench        GreenPub at 292, 3,000 and 30,000 institutions against Hugo, cmark-gfm and cp
#                     (ten to fourteen minutes; the sites go to a tmpfs, /dev/shm, up to 3 GB at a time,
#                     the projects to .build/bench; see BENCHMARKS.md)
#   make clean        remove the build folders and the site

SWIFT ?= swift
PYTHON ?= python3
BUILD_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config
BROWSER_PACKAGES := chromium chromium-driver fonts-noto-cjk
VENV := .build/venv
SITE_CHECKS := .build/site-checks

BENCH_PACKAGES := hugo cmark-gfm
# The release binary carries the Swift runtime and Foundation inside it: it starts faster and
# calls them directly (about 6-10% less time per build, see BENCHMARKS.md). It is linked at a
# fixed address (not position-independent): the loader then has no 80,000 pointers to relocate
# at every start, a sixth of a rebuild with nothing to do (which takes 0.87 of the time).
RELEASE_FLAGS := -c release --product greenpub --static-swift-stdlib -Xswiftc -Xclang-linker -Xswiftc -no-pie
BENCH_ARGS ?=

.PHONY: site release test clean deps site-checks site-checks-deps bench

deps:
	@scripts/ensure-debian-packages.sh $(BUILD_PACKAGES)

# The release binary alone (make site and make bench build it this way).
release: deps
	$(SWIFT) build $(RELEASE_FLAGS)

site: release
	.build/release/greenpub build

test: site-checks-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test
	@$(MAKE) --no-print-directory site-checks

# Debian packages (one apt-get run for the build's and the browser's), Java for the Nu HTML
# checker only when it is missing, and the Python tools in $(VENV).
site-checks-deps:
	@scripts/ensure-debian-packages.sh $(BUILD_PACKAGES) $(BROWSER_PACKAGES)
	@command -v java >/dev/null 2>&1 || scripts/ensure-debian-packages.sh default-jre-headless
	@PYTHON=$(PYTHON) scripts/site-checks/ensure-venv.sh $(VENV)

site-checks: site-checks-deps
	$(SWIFT) build --product greenpub
	.build/debug/greenpub build --root . --out $(SITE_CHECKS)/site
	$(VENV)/bin/python scripts/site-checks/run_checks.py --project . --site $(SITE_CHECKS)/site \
		--greenpub .build/debug/greenpub --work $(SITE_CHECKS)

# Not part of `make test`: ten to fourteen minutes, sites on /dev/shm, projects under .build/bench (BENCHMARKS.md).
bench:
	@scripts/ensure-debian-packages.sh $(BUILD_PACKAGES) $(BENCH_PACKAGES)
	$(PYTHON) scripts/bench/bench.py $(BENCH_ARGS)

clean:
	rm -rf .build site
