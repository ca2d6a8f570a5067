#!/usr/bin/env bash
# Runs every fuzz target of the given modules for $FUZZTIME each (a smoke run; long
# campaigns run the same targets with a larger FUZZTIME).
set -euo pipefail
fuzztime=${FUZZTIME:-10s}
export GOWORK=${GOWORK:-off}
for m in "$@"; do
  ( cd "$m"
    for pkg in $(go list ./...); do
      for f in $(go test -list '^Fuzz' "$pkg" | grep '^Fuzz' || true); do
        echo "== fuzz $pkg $f ($fuzztime)"
        go test -run XXX -fuzz "^${f}\$" -fuzztime "$fuzztime" "$pkg"
      done
    done )
done
