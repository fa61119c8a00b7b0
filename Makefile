# GreenPub: the two commands of the README are the whole set-up on a fresh machine.
#   make site   build the release binary, then the site from content/ and templates/ into site/
#   make test   every test (unit, golden files, determinism, command line)
#   make clean  remove the build folders and the site

SWIFT ?= swift
BUILD_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config

.PHONY: site test clean deps

deps:
	@scripts/ensure-debian-packages.sh $(BUILD_PACKAGES)

site: deps
	$(SWIFT) build -c release --product greenpub
	.build/release/greenpub build

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test

clean:
	rm -rf .build site
