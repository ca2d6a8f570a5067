// Package shape runs devp2p connections between in-process geth nodes over
// links with a bandwidth limit per node and a one-way latency, in user space
// (kernel shaping is unavailable on these machines).
//
// A Net hands each node a p2p.NodeDialer. When the node's server dials a peer
// (Server().AddPeer), the dialer makes an in-memory connection (net.Pipe) to
// the peer's server, which runs it as an inbound connection (SetupConn); all
// of devp2p above the bytes — the RLPx handshake, encryption, snappy,
// capability negotiation — is real. Each end's writes pass through its node's
// uplink, a FIFO at Host's rate shared by all the node's connections, and
// reach the other end Latency later; net.Pipe has no buffer, so a writer feels
// the link exactly. Net counts every byte carried.
//
//	sn := shape.New(20 * time.Millisecond)
//	h := shape.NewHost(12_500_000) // 100 Mbit/s up
//	stack, _ := node.New(&node.Config{P2P: p2p.Config{Dialer: sn.Dialer(h), ...}})
//	... start ...
//	sn.Register(stack.Server(), h)
//	stack.Server().AddPeer(other.Server().Self())
package shape
