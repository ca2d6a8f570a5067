// Package bench runs weft (through this module's adapter) and go-libp2p-pubsub's
// gossipsub head to head on real go-libp2p hosts over simulated links
// (go-libp2p/x/simlibp2p QUIC over marcopolo/simnet), in virtual time under
// testing/synctest, and reports in the simulator's JSON shape (testnet/sim).
//
// The caller describes the network as plain data (Config): per-node link rates,
// a one-way latency function, the connection graph, sizes and publishers. Each
// size is published once from each publisher, one message at a time; the run
// records when every node delivers it (virtual time from the publish call), the
// bytes each node's simulated endpoint received and the publisher sent (QUIC
// packets, so transport overhead is included), duplicate bytes (gossipsub's
// duplicate messages, weft's non-innovative chunks) and processing time.
//
// Virtual time does not see CPU work, so it is charged as the simulator charges
// it (Config.Costs, a core/costmodel.Model, the simulator's model): gossipsub nodes sleep, in virtual
// time, for a signature check and a hash of the message in their topic validator
// (the publisher for a signature and a hash before publishing), weft nodes for the
// engine's counted work (weft.Config.ChargeCPU).
//
// From a test:
//
//	rep, err := bench.Run(t, cfg)
//
// From a program (the root command 'weft bench libp2p'):
//
//	costs, _ := costmodel.Calibrate() // the model the simulator charges with
//	cfg := bench.Config{Name: sc.Name, Nodes: nw.N, Peers: nw.Peers, Sizes: ..., Publishers: ...,
//		UpMbps: ..., DownMbps: ..., Latency: func(i, j int) time.Duration { ... }, Costs: &costs}
//	rep, err := bench.Main(cfg) // json.Marshal(rep) is the simulator's report shape
//	fmt.Print(bench.Format(rep))
//
// The measurement itself (hosts, protocols, arrivals, byte counts, the report)
// lives in internal/harness and is shared with package devnet, which runs the
// same code on real UDP sockets over loopback, shaped in user space, in real time.
//
// Main obtains the *testing.T synctest needs by running the harness as the only
// test of a testing.M; it must not run concurrently with itself.
package bench
