# threadplay's two commands:
#   make serve   install what is missing, build the page with Trunk, serve it on 127.0.0.1
#   make test    install what tests need, then run every check in order, stopping at the first failure
# Each step of `make test` is also a target of its own (`make e2e`, `make size`, ...).

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
MAKEFLAGS += --no-print-directory

# Pinned tool versions (see README.md, "Tools"). wasm-bindgen-cli must equal the wasm-bindgen
# crate in Cargo.lock, so it is read from there; Trunk.toml names the same versions.
TRUNK_VERSION        := 0.21.14
WASM_BINDGEN_VERSION := $(shell awk '$$0 == "name = \"wasm-bindgen\"" { getline; gsub(/"/, "", $$3); print $$3; exit }' Cargo.lock)
BINARYEN_VERSION     := 132.0.0
TERSER_VERSION       := 5.51.4
WASM_OPT_VERSION     := 132

HOST  := 127.0.0.1
PORT  ?= 8080
TOOLS := .tools
WASM  := wasm32-unknown-unknown

# Cargo-installed tools and npm's wasm-opt (from binaryen, installed into $(TOOLS)/).
export PATH := $(CURDIR)/$(TOOLS)/node_modules/.bin:$(or $(CARGO_HOME),$(HOME)/.cargo)/bin:$(PATH)
# Trunk never downloads: it uses the tools above or fails (it also runs cargo with --offline).
export TRUNK_OFFLINE := true
export TRUNK_SKIP_VERSION_CHECK := true
# Playwright drives Debian's /usr/bin/chromium; it must never fetch a browser of its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

SUDO := $(if $(filter 0,$(shell id -u)),,sudo)

# The steps of `make test`, in order.
TEST_STEPS := test-deps fmt clippy clippy-wasm test-native test-wasm build e2e size

.PHONY: help serve build test tools test-deps $(TEST_STEPS) \
        tool-wasm-target tool-trunk tool-wasm-bindgen tool-wasm-opt tool-terser fuzz clean

help:
	@echo "make serve   build the playground and serve it at http://$(HOST):$(PORT)/ (PORT=... to change)"
	@echo "make test    every check: $(TEST_STEPS)"
	@echo "make build   only build dist/ (release, Trunk)"
	@echo "make fuzz    fuzz the engine with AFL++ on one core for FUZZ_EXECS runs (not part of make test)"

## ---- serve --------------------------------------------------------------------------------

serve: build
	@node e2e/serve.js --dir dist --port $(PORT)

# The crates' sources are named without the registry folder of this machine in the panic
# locations the .wasm carries: shorter, and the same bytes on every machine.
REGISTRY_SRC = $(wildcard $(or $(CARGO_HOME),$(HOME)/.cargo)/registry/src/*/)

build: tools
	cargo fetch --quiet
	RUSTFLAGS="$(foreach dir,$(REGISTRY_SRC),--remap-path-prefix=$(dir)=)" trunk build --release

## ---- tools (each installed only when missing or at another version) ---------------------

tools: tool-wasm-target tool-trunk tool-wasm-bindgen tool-wasm-opt tool-terser

tool-wasm-target:
	@rustup target list --installed | grep -qx $(WASM) || rustup target add $(WASM)

tool-trunk:
	@if [ "$$(trunk --version 2>/dev/null)" = "trunk $(TRUNK_VERSION)" ]; then \
	  echo "trunk $(TRUNK_VERSION): present"; \
	else \
	  echo "installing trunk $(TRUNK_VERSION) (5-8 minutes on 2 cores)"; \
	  cargo install trunk --locked --version $(TRUNK_VERSION); \
	fi

# Not --locked: wasm-bindgen-cli's own lockfile names a crate version the registry lacks.
tool-wasm-bindgen:
	@test -n "$(WASM_BINDGEN_VERSION)" || { echo "no wasm-bindgen in Cargo.lock"; exit 1; }
	@grep -qx 'wasm_bindgen = "$(WASM_BINDGEN_VERSION)"' Trunk.toml || \
	  { echo "Trunk.toml [tools] wasm_bindgen must be \"$(WASM_BINDGEN_VERSION)\", as in Cargo.lock"; exit 1; }
	@if [ "$$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $(WASM_BINDGEN_VERSION)" ] && \
	    [ "$$(wasm-bindgen-test-runner --version 2>/dev/null)" = "wasm-bindgen-test-runner $(WASM_BINDGEN_VERSION)" ]; then \
	  echo "wasm-bindgen $(WASM_BINDGEN_VERSION): present"; \
	else \
	  cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION); \
	fi

tool-wasm-opt:
	@if wasm-opt --version 2>/dev/null | grep -qx "wasm-opt version $(WASM_OPT_VERSION) (version_$(WASM_OPT_VERSION))"; then \
	  echo "wasm-opt $(BINARYEN_VERSION): present"; \
	else \
	  npm install --prefix $(TOOLS) --no-save --no-audit --no-fund binaryen@$(BINARYEN_VERSION); \
	fi

# terser (JavaScript, from npm) minifies the JS glue after Trunk's build (Trunk.toml's hook).
tool-terser:
	@if [ "$$(node -p "require('./$(TOOLS)/terser/node_modules/terser/package.json').version" 2>/dev/null)" = "$(TERSER_VERSION)" ]; then \
	  echo "terser $(TERSER_VERSION): present"; \
	else \
	  npm install --prefix $(TOOLS)/terser --no-save --no-audit --no-fund terser@$(TERSER_VERSION); \
	fi

## ---- test ---------------------------------------------------------------------------------

# Runs each step as its own make, timing it; stops at the first failure.
test:
	@times=""; \
	for step in $(TEST_STEPS); do \
	  echo; echo "==> make $$step"; start=$$(date +%s); \
	  if $(MAKE) $$step; then status=ok; else status=FAILED; fi; \
	  times="$$times$$(printf '  %-12s %5ss  %s' $$step $$(( $$(date +%s) - start )) $$status)\n"; \
	  if [ $$status = FAILED ]; then printf "\n==> make test: make $$step FAILED\n$$times"; exit 1; fi; \
	done; \
	printf "\n==> make test: all steps passed\n$$times"

test-deps: tools
	@if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then \
	  echo "chromium, chromium-driver: present"; \
	else \
	  $(SUDO) apt-get update -q; \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver; \
	fi
	cd e2e && npm ci --no-audit --no-fund

fmt:
	cargo fmt --all --check

clippy:
	cargo clippy --all-targets -- -D warnings

# Everything that is built for the browser: the library, both binaries and tests/wasm_*.rs, and
# the page's own build (without the bundled-modules feature, as index.html builds it).
# (The library's unit tests and the other tests/*.rs use native-only dev-dependencies.)
clippy-wasm:
	cargo clippy --target $(WASM) --lib --bins --test 'wasm_*' -- -D warnings
	cargo clippy --target $(WASM) --lib --bins --no-default-features -- -D warnings

test-native:
	cargo test

# tests/wasm_*.rs in headless Chromium (.cargo/config.toml's runner, webdriver.json).
test-wasm:
	cargo test --target $(WASM) --test 'wasm_*'

e2e:
	cd e2e && ./node_modules/.bin/playwright test

size:
	node scripts/size_report.mjs dist

## ---- fuzz (not part of `make test`) -------------------------------------------------------

# Coverage-guided fuzzing of source text → parse → compile → run (fuzz/, AFL++ through cargo-afl
# on stable Rust), one instance on one core, until FUZZ_EXECS executions in all; running it again
# resumes fuzz/out/. Seeds: the golden programs. Crashes and hangs land in
# fuzz/out/default/{crashes,hangs}/: minimise one with `cd fuzz && cargo afl tmin -i IN -o OUT --
# target/release/run_source`, save it under fuzz/crashes/ and fix it; `make test` replays
# fuzz/crashes/ and fuzz/corpus/ (tests/fuzz_replay.rs).
CARGO_AFL_VERSION := $(shell sed -n 's/^afl = "=\(.*\)"$$/\1/p' fuzz/Cargo.toml)
FUZZ_EXECS ?= 10000000

fuzz:
	@if [ "$$(cargo afl --version 2>/dev/null | cut -d' ' -f2)" = "$(CARGO_AFL_VERSION)" ]; then \
	  echo "cargo-afl $(CARGO_AFL_VERSION): present"; \
	else \
	  echo "installing cargo-afl $(CARGO_AFL_VERSION) (it builds AFL++ from source: about 2 minutes)"; \
	  cargo install cargo-afl --locked --version $(CARGO_AFL_VERSION); \
	fi
	@cargo afl build --help >/dev/null 2>&1 || cargo afl config --build
	rm -rf fuzz/target/seeds && mkdir -p fuzz/target/seeds && cp tests/programs/*.py fuzz/target/seeds/
	cd fuzz && cargo afl build --release
	cd fuzz && AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_AUTORESUME=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 \
	  nice cargo afl fuzz -i target/seeds -o out -t 1000 -E $(FUZZ_EXECS) target/release/run_source

clean:
	rm -rf dist e2e/test-results e2e/playwright-report
