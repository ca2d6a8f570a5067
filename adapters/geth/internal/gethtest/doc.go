// Package gethtest starts real go-ethereum nodes in one process for weft's
// tests and benchmarks: node.New on 127.0.0.1 with an ephemeral port, eth.New
// on a shared dev-mode genesis, optionally weft (weftgeth.Register) and a
// dev-mode sequencer (catalyst.NewSimulatedBeacon, blocks sealed on Commit).
// Nodes connect only over devp2p (Server().AddPeer). Every wait here is on an
// event feed (peer events, chain head events, pool events) under a context
// deadline, never on a sleep.
package gethtest
