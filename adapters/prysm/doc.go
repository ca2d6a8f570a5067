// Package weftprysm runs weft inside a Prysm v5 beacon node: blocks and blob
// sidecars the node proposes travel as rlnc-verified weft sessions on a libp2p
// host of weft's own, beside Prysm's gossip, and what arrives through weft goes
// to the node's own import path (ReceiveBlock, ReceiveBlob).
//
// Authentication: a session's topic carries the block's SignedBeaconBlockHeader
// (and the blob index), and its id is bound to that topic and to the weft
// publisher's key (SessionID). When a header frame arrives, before the engine
// opens the session, the Service checks the proposer's BLS signature over the
// header (once per session), that the slot is neither in the future nor
// finalized, and that the parent is known; refused headers cost the sending
// peer points. A header that fails only the parent check (its parent is still
// being imported) is held, bounded in sessions, bytes and time
// (Config.ParentWait), with the frames of its session that follow, and handed
// to the engine once the parent is known; when the wait ends it is refused
// like any unknown parent. Chunks are rlnc-verified: each is checked against the
// publisher's Pedersen commitments before it is stored, recoded or forwarded.
// A decoded message must hash to the signed header's root (blocks) or carry
// that header with a valid inclusion and KZG proof (blobs); otherwise the peer
// that opened the session is penalised, the publisher's key refused, and
// nothing reaches the import path.
//
// Locally proposed blocks are recognised on the node's block feed: the gossip
// path sends an operation-feed event (BlockGossipReceived) just before its
// block-feed event, the proposer RPC path does not. That event comes after
// Prysm's own gossip broadcast; a Beacon-API front (sidecar.NewFront,
// weft-beacon-chain's --weft-api-listen) publishes earlier, before the node
// sees the block, with PublishBlockDelivered (or PublishBlockSent), imports it
// at once (ImportOwn), and hands the publication to the node, which gossips
// it, once the weft peers have decoded it (or weft has written a coded copy).
//
// Usage (cmd/weft-beacon-chain does this):
//
//	var chain *blockchain.Service
//	opts := append(flagOpts, func(s *blockchain.Service) error { chain = s; return nil })
//	beacon, err := node.New(cliCtx, cancel, node.WithBlockchainFlagOptions(opts), ...)
//	svc, err := weftprysm.New(cfg, chain, beacon)
//	err = svc.Start()
//	defer svc.Close()
//	beacon.Start()
//
// This package links Prysm (GPL-3.0) and is licensed GPL-3.0.
package weftprysm
