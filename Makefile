# weft — build, test, bench, fuzz, lint.
#
#   make test     everything CI runs (generated code check, vet, lint, tests with -race)
#   make bench    codec benchmarks (see docs/benchmarks.md for how numbers are recorded)
#   make devnet   a local libp2p network on loopback: weft vs gossipsub, live (docs/devnet.md)
#   make devnet-pos  four proof-of-stake stacks (geth + weft-beacon-chain + validator), gossip vs weft
#   make fuzz     a short run of every fuzz target (FUZZTIME per target, default 10s)
#   make generate regenerate the assembly kernels with avo

SHELL    := /bin/bash
.SHELLFLAGS := -o pipefail -c
GO       ?= go
FUZZTIME ?= 10s
BENCHTIME ?= 1s
# Every module of the repository except the generator and tool modules.
MODULES  := $(sort $(patsubst ./%,%,$(patsubst %/go.mod,%,$(shell find . -name go.mod -not -path './tools/*' -not -path '*/_gen/*' -not -path '*/node_modules/*'))))
LINT     := $(CURDIR)/bin/golangci-lint

export GOWORK := off
export GOFLAGS := -buildvcs=false

.PHONY: all build test unit unit-noasm vet lint fuzz bench bench-verified generate check-generate clean

all: build

build:
	@for m in $(MODULES); do echo "== build $$m"; (cd $$m && $(GO) build ./...) || exit 1; done

test: check-generate vet lint unit unit-noasm

# adapters/prysm's tests run two proof-of-stake devnets one after the other (and, cold,
# first build the Prysm and geth binaries): more than go test's default 10 minutes.
unit:
	@for m in $(MODULES); do echo "== test $$m"; t=10m; if [ $$m = adapters/prysm ]; then t=20m; fi; (cd $$m && $(GO) test -race -count=1 -timeout $$t ./...) || exit 1; done

# The pure-Go kernels, as on a machine without AVX2/GFNI or with the noasm tag.
unit-noasm:
	cd rlnc && $(GO) test -tags noasm -count=1 ./...

vet:
	@for m in $(MODULES); do echo "== vet $$m"; (cd $$m && $(GO) vet ./...) || exit 1; done

$(LINT): tools/go.mod tools/go.sum
	cd tools && $(GO) build -o $(LINT) github.com/golangci/golangci-lint/v2/cmd/golangci-lint

lint: $(LINT)
	@for m in $(MODULES); do echo "== lint $$m"; (cd $$m && $(LINT) run --config $(CURDIR)/.golangci.yml ./...) || exit 1; done

fuzz:
	@FUZZTIME=$(FUZZTIME) ./scripts/fuzz.sh $(MODULES)

bench:
	cd rlnc && $(GO) test -run XXX -bench 'Encode|ReedSolomonEncode|Decode|Recode|Reject' -benchtime 200x -count 3 . | python3 ../scripts/benchtable.py
	cd rlnc && $(GO) test -run XXX -bench . -benchtime $(BENCHTIME) ./internal/gf

# The verified codec's benchmarks (minutes; see docs/benchmarks.md for the command used there).
bench-verified:
	cd rlnc && $(GO) test -run XXX -bench . -benchtime 3x ./verified/

# A local network on loopback: real libp2p hosts, weft vs gossipsub, live view and report
# (docs/devnet.md). Flags pass through DEVNET_FLAGS, e.g. DEVNET_FLAGS='--nodes 16 --messages 4'.
.PHONY: devnet
devnet:
	$(GO) run ./cmd/weft devnet $(DEVNET_FLAGS)

# Four proof-of-stake stacks on loopback (geth, weft-beacon-chain, Prysm's validator),
# shaped beacon links, blocks filled to each size: block arrival per node per slot,
# gossip only vs weft (adapters/prysm/README.md). Flags: DEVNET_POS_FLAGS.
.PHONY: devnet-pos
devnet-pos:
	testnet/pos/devnet-pos.sh $(DEVNET_POS_FLAGS)

generate:
	cd rlnc/_gen && $(GO) run . -out ../internal/gf
	cd rlnc/verified/_gen && $(GO) run . -out ..

# Fails when the committed generated files differ from what the generator writes.
check-generate: generate
	@git diff --exit-code --stat -- rlnc/internal/gf/gf_amd64.s rlnc/internal/gf/gf_amd64.go rlnc/verified/ifma_amd64.s rlnc/verified/ifma_amd64.go || { echo "generated kernels are stale: run 'make generate' and commit"; exit 1; }

clean:
	rm -rf bin

# Contracts (contracts/README.md). Artifacts and Go bindings are committed, so `make test`
# needs neither node nor npm; these targets do.
#   make contracts        npm ci + solc-js compile + abigen v2 -> contracts/artifacts, contracts/bindings
#   make check-contracts  rebuild and fail if the committed artifacts or bindings differ
.PHONY: contracts check-contracts
contracts:
	contracts/scripts/build.sh

check-contracts: contracts
	@git diff --exit-code --stat -- contracts/artifacts contracts/bindings || { echo "contract artifacts are stale: run 'make contracts' and commit"; exit 1; }
	@test -z "$$(git status --porcelain --untracked-files=all -- contracts/artifacts contracts/bindings)" || { echo "untracked contract artifacts: run 'make contracts' and commit"; exit 1; }
