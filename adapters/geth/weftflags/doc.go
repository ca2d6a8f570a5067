// Package weftflags holds weft's command-line flags for a geth-based binary
// (urfave/cli/v2, as go-ethereum's cmd/geth uses) and turns them into a
// weftgeth.Config, so an L2 fork adds weft with a few lines:
//
//	// cmd/geth/main.go
//	nodeFlags = slices.Concat(nodeFlags, weftflags.Flags)
//
//	// cmd/geth/config.go, makeFullNode, after utils.RegisterEthService:
//	if weftflags.Enabled(ctx) {
//		wcfg, err := weftflags.Config(ctx, nil)
//		if err != nil {
//			utils.Fatalf("weft: %v", err)
//		}
//		if _, err := weftgeth.Register(stack, eth, wcfg); err != nil {
//			utils.Fatalf("weft: %v", err)
//		}
//	}
//
// It links no GPL code (go-ethereum's cmd/utils is GPL-3.0); the flags are
// plain cli flags.
package weftflags
