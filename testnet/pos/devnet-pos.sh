#!/bin/sh
# Four proof-of-stake stacks on loopback (geth v1.15.0, weft-beacon-chain =
# Prysm v5.3.3's beacon node with weft, Prysm's validator client), 2-second
# slots, beacon and weft links through a user-space shaper, a transaction load
# filling blocks; block arrival per node per slot, gossip only and with weft.
# Flags go to weft-pos-devnet (see adapters/prysm/README.md), e.g.
#   testnet/pos/devnet-pos.sh --sizes 1MiB --slots 20 --up-mbps 50 --latency 50ms
# The client binaries are built once from the module proxy into
# $(go env GOCACHE)/../weft-pos-bin/<key>; weft-beacon-chain from this tree.
# The devnet runs under nice (WEFT_POS_NICE, default 10) so it yields to other
# work; on a machine where other jobs keep every core busy, its stacks then get
# a fraction of the CPU and arrival times measure CPU starvation as much as the
# network: WEFT_POS_NICE=0 gives them their share.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root/adapters/prysm"
exec env GOWORK=off nice -n "${WEFT_POS_NICE:-10}" go run ./cmd/weft-pos-devnet "$@"
