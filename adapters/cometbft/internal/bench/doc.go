// Package bench measures proposal-block propagation in a network of real
// CometBFT validators (package cmtnet) over loopback links shaped by package
// shape to a scenario's bandwidth and latencies, with weft and with the stock
// part gossip alone, in one run: the time from the proposer holding its
// complete block to validators with more than 2/3 of the power holding it, the
// resulting block interval, and the bytes the network moved.
//
//	sc, err := bench.LoadScenario("../shared/scenarios/comet-validators.toml")
//	blocks, err := bench.Run(ctx, bench.Options{Scenario: sc, Validators: 16, Sizes: []int{4 << 20}})
package bench
