// Package weftgeth runs weft — RLNC-coded dissemination — inside go-ethereum,
// as the devp2p protocol weft/1, switched on with one call (Register) in an L2
// fork or with --weft in the weft-geth binary.
//
// It carries two kinds of data. Sequencer blocks: the node configured with the
// sequencer's secp256k1 key publishes every new head of its chain; a session
// header is signed by that key (Secp256k1Signer: the publisher is the 20-byte
// address, recovered from a 65-byte signature) and followers open sessions only
// for that address, decode, check the block's hash against the signed id and
// import it with the chain's own InsertChain, which makes it head. A block whose
// parent is missing waits for it (bounded); if the gap does not close, the
// follower catches up over eth with the downloader's beacon sync to the signed
// block. Transactions: every blob transaction (with its sidecar) and every
// transaction of at least Config.LargeTxSize bytes entering a node's pool is
// published through weft into its peers' pools; small ones stay on eth.
//
// Peers that do not speak weft/1 never reach this package and keep using
// eth/69+ untouched. The package is a thin driver (docs/spec/engine.md): the
// Service maps devp2p peers to core.PeerIDs, moves core's frames as weft/1
// messages (one message code, the raw frame as payload, capped by
// Config.MaxFrameSize), and turns deliveries into imports. Frames the engine
// refuses cost the sending peer points, and so do decoded blocks and
// transactions the host rejects (Node.Penalize), and a rejected block is served
// no further (Node.Reject); at core's disconnect score the
// peer is dropped, and a peer that breaks the framing is dropped at once. Before
// the engine sees a header, the Service refuses block headers not signed by the
// sequencer (a forgery, ForgedPenalty) and transaction headers above
// Config.MaxTxSize, so only the sequencer can make followers hold block-sized
// sessions.
//
// Usage, before the node starts:
//
//	stack, _ := node.New(&nodeCfg)
//	ethService, _ := eth.New(stack, &ethCfg)
//	svc, err := weftgeth.Register(stack, ethService, weftgeth.Config{
//		SequencerAddress: seqAddr, // followers
//		SequencerKey:     seqKey,  // the sequencer only
//	})
//	if err != nil { ... }
//	err = stack.Start()
//	// svc.Stats() counts frames, imports, rejections and penalties;
//	// svc.SubscribeBlocks(ch) reports each delivered block's outcome.
//
// Subpackages: weftflags holds the weft flags for a geth-based binary; shape limits the bandwidth and adds latency to devp2p
// connections in user space, for the benchmarks in package bench; cmd/weft-geth
// is geth's node with the weft flags (GPL-3.0, see README.md).
package weftgeth
