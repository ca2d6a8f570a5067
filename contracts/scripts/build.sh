#!/usr/bin/env bash
# Rebuilds the contract artifacts and Go bindings from source:
#   npm ci (pinned solc-js + OpenZeppelin from package-lock.json)
#   -> node scripts/compile.js        -> artifacts/*.combined.json
#   -> go tool abigen --v2            -> bindings/{registry,payments}.go, bindings/mocks/mocks.go
# Run from anywhere; `make contracts` calls it. Needs node, npm and Go.
set -euo pipefail
cd "$(dirname "$0")/.."
export GOWORK=off
if [ "${SKIP_NPM_CI:-}" != "1" ]; then
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
fi
node scripts/compile.js
mkdir -p bindings/mocks
# One file per contract family: NodeRegistry and RelayPayments both inherit OpenZeppelin's
# eip712Domain(), whose output struct would be declared twice in one package, so the
# payments binding renames it (RelayPayments.PackPaymentsEip712Domain etc.).
rm -f bindings/bindings.go
go tool abigen --v2 --combined-json artifacts/weft.combined.json --pkg bindings --out bindings/registry.go \
	--exc '*:RelayPayments'
go tool abigen --v2 --combined-json artifacts/weft.combined.json --pkg bindings --out bindings/payments.go \
	--exc '*:NodeRegistry,*:EquivocationDisputes,*:WeftResolver' --alias eip712Domain=paymentsEip712Domain
go tool abigen --v2 --combined-json artifacts/mocks.combined.json --pkg mocks --out bindings/mocks/mocks.go
chmod 0644 bindings/registry.go bindings/payments.go bindings/mocks/mocks.go
