// Package bench measures weft on a small network of real geth nodes whose
// devp2p links are shaped in user space (package shape): per-node upload
// bandwidth and one-way latency.
//
// Blocks: the time from a dev-mode sequencer's new head to that block being
// head at every follower, for blocks of a given size of transactions, with
// weft (rlnc, followers meshed) against the sequencer serving each follower
// directly (the flood strategy on a star: every follower gets the whole block
// from the sequencer and has no one to pass it to). Blob transactions: the time
// and the bytes on all links for a blob transaction submitted at one node to
// reach every node's pool, with weft against eth/69+'s announce-then-fetch
// alone. Every run starts fresh nodes on one genesis; numbers are meant to be
// compared as ratios within one run.
//
//	res, err := bench.Blocks(ctx, bench.Config{})
//	blobs, err := bench.Blobs(ctx, bench.Config{})
//
// cmd/weft-geth-bench prints both as tables.
package bench
