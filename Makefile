# Agora — build, test and lint. Needs only Go (modules come from the proxy)
# and, for -race, a C toolchain as cgo needs it.

GO      ?= go
BIN     := bin/agora
# Release version stamped into the binary: the nearest tag, else the commit,
# else "dev" (for example outside a git checkout or before the first commit).
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -X main.version=$(VERSION)

# Test suites run by `make test`. A later suite appends its target (and marks
# it .PHONY beside its rule):
#   TEST_SUITES += test-e2e
TEST_SUITES := test-go

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
# and regenerate the committed artifacts and Go bindings. Needs npm; build and
# test do not, since the artifacts and bindings are committed.
CONTRACTS_DIR := chain/contracts
ABIGEN        := github.com/ethereum/go-ethereum/cmd/abigen@v1.17.10

contracts:
	cd $(CONTRACTS_DIR) && npm ci --no-audit --no-fund
	rm -rf $(CONTRACTS_DIR)/build
	cd $(CONTRACTS_DIR) && npx --no-install solcjs --optimize --bin --abi \
		--include-path node_modules/ --base-path . AgoraToken.sol -o build
	mkdir -p $(CONTRACTS_DIR)/artifacts chain/bindings
	cp $(CONTRACTS_DIR)/build/AgoraToken_sol_AgoraToken.abi $(CONTRACTS_DIR)/artifacts/AgoraToken.abi
	cp $(CONTRACTS_DIR)/build/AgoraToken_sol_AgoraToken.bin $(CONTRACTS_DIR)/artifacts/AgoraToken.bin
	$(GO) run $(ABIGEN) --abi $(CONTRACTS_DIR)/artifacts/AgoraToken.abi \
		--bin $(CONTRACTS_DIR)/artifacts/AgoraToken.bin \
		--pkg bindings --type AgoraToken --out chain/bindings/agora_token.go
