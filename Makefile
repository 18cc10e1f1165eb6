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

.PHONY: all build test $(TEST_SUITES) bench lint devnet clean

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

devnet:
	@echo "make devnet: the embedded devnet arrives with the next issue; nothing to run yet." >&2
	@exit 1

clean:
	rm -rf bin
