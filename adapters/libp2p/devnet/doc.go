// Package devnet runs a local network of real go-libp2p hosts on loopback and
// measures weft against go-libp2p-pubsub's gossipsub on it, in real time: every
// host listens with QUIC on its own 127.0.0.1 UDP socket, wrapped by package
// shape so that it uploads and downloads at its node's rates and every datagram
// to a peer waits that link's one-way latency. The hosts connect along a graph,
// run both protocols side by side, and publish messages one at a time, each on
// gossipsub and on weft in turn (never both at once, so they never share links).
// For every (node, message) the run records the arrival time, the UDP bytes the
// node received, and the duplicates it dropped. Before the measured messages,
// each protocol publishes one unmeasured message of the largest size, so that
// QUIC's congestion windows (one per connection, shared by both protocols) are
// warm for the first measured one as for the rest.
//
// It is the same measurement as package bench (internal/harness), on a
// different backend: real sockets and the real clock instead of simnet and
// testing/synctest. Processing therefore costs what it costs on this machine
// and nothing is charged; all hosts share one process and its cores, so CPU
// contention is part of what is measured.
//
// The root command 'weft devnet' builds the Config from a scenario file:
//
//	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
//	defer stop()
//	rep, err := devnet.Run(ctx, devnet.Config{Name: "small-100", Nodes: n, UpMbps: up, DownMbps: down,
//		Latency: lat, Peers: peers, Messages: msgs, OnMessage: show})
//	if err != nil && ctx.Err() == nil { ... } // on Ctrl-C rep holds what completed
//	json.Marshal(rep) // the simulator's report shape
package devnet
