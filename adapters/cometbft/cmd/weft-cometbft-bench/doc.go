// Command weft-cometbft-bench runs real CometBFT validators in one process over
// loopback links shaped to a scenario (per-node bandwidth, per-region latency)
// and compares proposal-block propagation with the stock part gossip alone and
// with weft, in one run:
//
//	weft-cometbft-bench --scenario ../shared/scenarios/comet-validators.toml \
//	    --validators 16 --sizes 4MiB,16MiB --blocks 3
//
// It prints, per block size, the time from the proposer holding its complete
// block to validators with more than 2/3 of the power holding it, the block
// interval, the bytes moved per block, and weft's ratios to stock.
package main
