// Package sidecar is "weft sidecar": weft for any consensus client through
// the standard Beacon API, with no client change (cmd/weft-sidecar).
//
// The validator client's beacon-node URL points at the Sidecar, which
// reverse-proxies every request to the real beacon node. A block publication,
// POST /eth/v1/beacon/blocks or /eth/v2/beacon/blocks (JSON or SSZ, the fork
// from Eth-Consensus-Version or, for JSON on v1, from the block's slot;
// Deneb and Electra bodies are block contents: block, blobs, KZG proofs), is
// read in full (up to Config.MaxBodySize), decoded and checked, published
// through weft and forwarded to the node unchanged: with Config.HeadStart once
// weft has written one coded copy of the block to its peers, or with
// Config.HeadStartUntilDelivered once every weft peer has reported it decoded
// (or the block is not published, or is below Config.HeadStartMinSize, or
// HeadStart has passed), so the node's gossip copies do not take the uplink
// from weft's chunks; without it at once, in parallel. The forward goes on
// after the validator client stops waiting (up to Config.PublishTimeout), so
// the node still imports and gossips its own block. The checks: the proposer's BLS signature over the
// block (the proposer domain of the block's epoch, the key and genesis data
// from the node's Beacon API, cached), a slot that is not in the future, the
// block type of its slot's fork, and the blobs' KZG proofs. A block that
// passes is published through weft (weftprysm.Service, rlnc-verified
// sessions) with its blob sidecars (inclusion proofs computed here); one that
// does not is only forwarded, and the reason logged and counted, since a
// receiver would refuse it and penalise the publisher. Blinded-block
// endpoints pass through unchanged: the node unblinds them.
//
// Blocks received through weft are checked by weftprysm as in
// weft-beacon-chain (the proposer's signature once per session, slot, parent
// known to the node, chunks verified before they are stored or forwarded, the
// decoded block hashing to the signed root) and posted to the node's
// POST /eth/v2/beacon/blocks as SSZ block contents once their blobs have
// arrived (JSON if the node answers 415).
//
// At Start the Sidecar fetches the node's /eth/v1/config/spec and
// /eth/v1/beacon/genesis and makes the node's chain config Prysm's active
// config for the whole process (one Sidecar per process). Prysm's SSZ types
// are compiled for the mainnet preset; a minimal-preset node is refused.
//
// With Config.PassThrough the Sidecar runs no weft and only forwards, logging
// each publication ("weft publish request") as weft mode does: a gossip-only
// baseline observed at the same point. NewFront wraps a weft Service that
// already runs beside the node in this process (weft-beacon-chain's
// --weft-api-listen); a front also hands a held block to the node's import
// path at once (weftprysm.Service.ImportOwn), so only its gossip waits.
//
// Usage (cmd/weft-sidecar does this):
//
//	s, err := sidecar.New(sidecar.Config{NodeURL: "http://127.0.0.1:5052", Listen: "127.0.0.1:5053",
//		Weft: weftprysm.Config{Key: seed, Peers: peers, Blobs: true}})
//	err = s.Start(ctx) // waits for the node, starts weft, serves
//	defer s.Close()
//
// This package links Prysm (GPL-3.0) and is licensed GPL-3.0.
package sidecar
