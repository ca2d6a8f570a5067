// Command weft-geth is go-ethereum's node with weft: geth's node, RPC and
// metrics flags (datadir, networkid, http, ws, authrpc, dev, bootnodes, ...)
// plus --verbosity and the weft flags:
//
//	--weft                    carry sequencer blocks and large/blob transactions over weft/1
//	--weft.sequencer.key      file with the sequencer's hex secp256k1 key (the sequencer only;
//	                          with --dev it defaults to the dev account's key)
//	--weft.sequencer.address  the only publisher whose blocks followers import
//	--weft.strategy           rlnc (default), rlnc-verified, rs or flood
//	--weft.metrics            export weft/... counters in geth's registry (--metrics)
//
// It builds the node as cmd/geth's makeFullNode does (eth service, filter
// API, dev-mode simulated beacon with --dev, the engine API otherwise) and
// calls weftgeth.Register before the node starts; the flags and their parsing
// are package weftflags, which an L2 fork reuses. geth's profiling and
// logging flags other than --verbosity live in an internal package and are
// not offered; neither are console subcommands.
//
// Licence: this binary links go-ethereum's GPL-3.0 cmd/utils and is therefore
// distributed under GPL-3.0 (see LICENSE and COPYING here).
package main
