// Command weft-geth-bench runs package bench on a shaped network of real geth
// nodes and prints markdown tables: sequencer blocks to every follower's head
// (weft against the sequencer serving each follower directly) and a blob
// transaction to every pool (weft against eth/69+ announce-fetch), with the
// ratios of one run.
//
//	go run ./cmd/weft-geth-bench -followers 5 -mbit 100 -latency 20ms -repeats 3
package main
