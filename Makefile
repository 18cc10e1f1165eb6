# Agora — build, test and lint. Needs only Go (modules come from the proxy)
# and, for -race, a C toolchain as cgo needs it.

GO      ?= go
BIN     := bin/agora
# Release version stamped into the binary: the nearest tag, else the commit,
# else "dev" (for example outside a git checkout or before the first commit).
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -X main.version=$(VERSION)

# Test suites run by `make test`. Append a new suite's target here, next to
# these lines: `test: $(TEST_SUITES)` below expands the list when make reads
# it, so an append further down the file would be silently ignored.
TEST_SUITES := test-go
TEST_SUITES += test-geth
TEST_SUITES += test-browser

# Packages benchmarked by `make bench`; scoring runs on one CPU so numbers
# are comparable between runs and machines.
BENCH_PKGS := ./scoring/...

.PHONY: all build test $(TEST_SUITES) bench lint devnet clean contracts

all: build

build:
	$(GO) build -trimpath -ldflags "$(LDFLAGS)" -o $(BIN) ./cmd/agora

test: $(TEST_SUITES)

test-go:
	$(GO) test -race ./...

# The integration test against a real node (test/geth_test.go): geth
# $(GETH_VERSION), built once by `make geth` into .cache/, which this Makefile
# owns (`make clean-cache` removes it). `go test ./...` skips that test;
# test-geth runs it with AGORA_GETH set, so a geth that cannot be built fails
# `make test` instead of skipping anything.
GETH_VERSION := v1.17.8
GETH_BIN_DIR := $(abspath .cache/geth/$(GETH_VERSION)/bin)
GETH         := $(GETH_BIN_DIR)/geth

.PHONY: geth test-geth clean-cache

geth: $(GETH)

# go install writes the binary only once the build succeeded, so an
# interrupted or failed build leaves nothing that looks built.
$(GETH):
	@mkdir -p $(GETH_BIN_DIR)
	@echo "geth: building github.com/ethereum/go-ethereum/cmd/geth@$(GETH_VERSION) into $(GETH_BIN_DIR) (once; up to about 2 minutes with a cold build cache)"
	@start=$$(date +%s); \
	if ! GOBIN=$(GETH_BIN_DIR) $(GO) install github.com/ethereum/go-ethereum/cmd/geth@$(GETH_VERSION); then \
		echo "geth: FAILED to build geth $(GETH_VERSION) (see the go output above); test-geth, and so make test, cannot run without it" >&2; \
		exit 1; \
	fi; \
	echo "geth: built in $$(( $$(date +%s) - start )) s: $(GETH)"

test-geth: $(GETH)
	AGORA_GETH=$(GETH) $(GO) test -race -count=1 -run '^TestGeth' -v ./test/

clean-cache:
	rm -rf .cache

# The browser test of the labeling page (labeler/browser_test.go): headless
# Chromium driven by chromedp. `go test ./...` skips that test; test-browser
# runs it with AGORA_CHROMIUM set, first installing Debian's chromium with
# apt-get when $(CHROMIUM) is missing (CI runs as root), so that a browser
# that cannot be installed fails `make test` instead of skipping anything.
CHROMIUM ?= /usr/bin/chromium

.PHONY: chromium test-browser

chromium:
	@if [ ! -x "$(CHROMIUM)" ]; then \
		echo "chromium: $(CHROMIUM) is missing; installing Debian's chromium (apt-get install -y chromium)"; \
		if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium; }; then \
			echo "chromium: FAILED to install chromium with apt-get (it needs root and Debian's archive); test-browser, and so make test, cannot run without it" >&2; \
			exit 1; \
		fi; \
		if [ ! -x "$(CHROMIUM)" ]; then \
			echo "chromium: apt-get installed chromium but $(CHROMIUM) is still missing; set CHROMIUM=/path/to/chromium" >&2; \
			exit 1; \
		fi; \
	fi

test-browser: chromium
	AGORA_CHROMIUM=$(CHROMIUM) $(GO) test -race -count=1 -run '^TestBrowser' -v ./labeler/

bench:
	GOMAXPROCS=1 $(GO) test -run '^$$' -bench . -benchmem $(BENCH_PKGS)

lint:
	@unformatted="$$(find . -name '*.go' -not -path './.git/*' -not -path '*/node_modules/*' -print0 | xargs -0 gofmt -l)"; \
	if [ -n "$$unformatted" ]; then \
		echo "gofmt: these files need formatting (run gofmt -w):"; echo "$$unformatted"; exit 1; \
	fi
	$(GO) vet ./...

# The whole network in one process on its built-in defaults
# (configs/devnet.yaml). Ctrl-C stops it; DEVNET_FLAGS passes flags, e.g.
#   make devnet DEVNET_FLAGS="--epochs 3 --data-dir /tmp/agora"
DEVNET_FLAGS ?=
devnet: build
	./$(BIN) devnet --log-level warn $(DEVNET_FLAGS)

clean:
	rm -rf bin

# Solidity: compile chain/contracts with solc-js (pinned in its package-lock.json)
# and regenerate the committed artifacts, their checksum manifest and the Go
# bindings. Needs npm; build and test do not, since all three are committed
# (chain/artifacts_test.go checks them against each other and against the
# sources' recorded checksums, and against a fresh compile when npm and
# chain/contracts/node_modules are there). The compiler flags are package.json's
# "build" script. CONTRACTS lists source:Type:binding-file for every contract;
# a source in a subdirectory keeps the directory in solc's output name
# (bench/X.sol -> bench_X_sol_X). bench/ holds benchmark-only contracts.
CONTRACTS_DIR := chain/contracts
ABIGEN        := github.com/ethereum/go-ethereum/cmd/abigen@v1.17.10
CONTRACTS     := AgoraToken.sol:AgoraToken:agora_token \
                 SubnetRegistry.sol:SubnetRegistry:subnet_registry \
                 Staking.sol:Staking:staking \
                 Emission.sol:Emission:emission \
                 bench/TransferLoop.sol:TransferLoop:transfer_loop

contracts:
	cd $(CONTRACTS_DIR) && npm ci --no-audit --no-fund
	rm -rf $(CONTRACTS_DIR)/build $(CONTRACTS_DIR)/artifacts
	cd $(CONTRACTS_DIR) && npm run --silent build -- -o build \
		$(foreach c,$(CONTRACTS),$(word 1,$(subst :, ,$(c))))
	mkdir -p $(CONTRACTS_DIR)/artifacts chain/bindings
	set -e; for c in $(CONTRACTS); do \
		src=$${c%%:*}; rest=$${c#*:}; type=$${rest%%:*}; out=$${rest#*:}; \
		base=$$(echo "$$src" | tr '/.' '__')_$$type; \
		cp $(CONTRACTS_DIR)/build/$$base.abi $(CONTRACTS_DIR)/artifacts/$$type.abi; \
		cp $(CONTRACTS_DIR)/build/$$base.bin $(CONTRACTS_DIR)/artifacts/$$type.bin; \
		$(GO) run $(ABIGEN) --abi $(CONTRACTS_DIR)/artifacts/$$type.abi \
			--bin $(CONTRACTS_DIR)/artifacts/$$type.bin \
			--pkg bindings --type $$type --out chain/bindings/$$out.go; \
	done
	cd $(CONTRACTS_DIR) && sha256sum package.json package-lock.json \
		$(foreach c,$(CONTRACTS),$(word 1,$(subst :, ,$(c)))) \
		$$(ls artifacts/*.abi artifacts/*.bin | LC_ALL=C sort) > artifacts/SHA256SUMS
