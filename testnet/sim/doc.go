// Package sim is weft's propagation simulator: real core.Engines (strategies
// rlnc, rlnc-verified, rs, flood) and a model of gossipsub v1.2 run over a
// network model in virtual time, deterministic per scenario seed.
//
// The model gives every node an upload and a download queue at its scenario
// class's bandwidth (the uplink sends 16 KiB segments round-robin over the
// connections with frames queued), one-way latency per link from the region
// RTT matrix plus jitter, packet loss per frame, nodes that crash in a window,
// and Byzantine nodes (pollute, withhold; spam only in the gossipsub model: a
// weft node given "spam" behaves honestly). Processing is charged to each
// node's CPU from a cost model calibrated by the codec benchmarks
// (core/costmodel); a node busy computing handles its next frame later. When a
// node's engine disconnects a peer for its penalties the connection closes
// both ways: the peer hears of it one one-way latency later, and what it sent
// before still takes the node's downlink. A crashed node goes silent; with
// Options.CrashCloses its connections close instead, as a process's do when it
// dies on a running host, and its peers hear of it one way later.
//
// By default every message runs on a fresh network with its own draw of
// faulty nodes. With Options.Sequence the messages of one size run one after
// another on the same nodes, as a live network carries them: engines keep peer
// scores, bans and closed connections, Byzantine nodes stay the same, and
// crashing nodes are drawn per message and restart empty (reconnecting to the
// neighbours that have not banned them, when crashes close connections).
//
// Use:
//
//	sc, _ := scenario.Load("eth-1000.toml")
//	w, _ := sim.NewWeft("rlnc", 8)
//	rep, _ := sim.Run(sc, []sim.Strategy{w, sim.NewGossipsub()}, sim.Options{Costs: &costs})
//	fmt.Print(sim.Format(rep)) // percentiles, bytes, and the ideal bound per size
//
// The command is `weft sim` (cmd/weft).
package sim
