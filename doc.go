// Package weft is the application module of weft, a coded networking fabric for
// blockchain nodes: RLNC-coded dissemination of blocks and blobs in place of gossip.
//
// The codec lives in the module github.com/weftnet/weft/rlnc; this module holds the
// command-line tool (cmd/weft) and, as they land, the simulator, the data-availability
// package, the contracts and the chain bridge. See README.md for the layout.
package weft
