package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// TestHelpListsWeftFlags runs the real app's --help and checks that every weft
// option and Prysm's own beacon flags are listed.
func TestHelpListsWeftFlags(t *testing.T) {
	app := newApp(func() {})
	var out bytes.Buffer
	app.Writer = &out
	app.ErrWriter = &out
	if err := app.RunContext(context.Background(), []string{"weft-beacon-chain", "--help"}); err != nil {
		t.Fatalf("--help: %v", err)
	}
	help := out.String()
	for _, f := range []string{"--weft ", "--weft-listen", "--weft-peer", "--weft-key-file", "--weft-key ", "--weft-blobs",
		"--weft-verify-batch", "--weft-max-message-size",
		// Prysm's beacon-chain flags are all there too.
		"--execution-endpoint", "--chain-config-file", "--genesis-state", "--no-discovery", "--disable-quic",
		"--min-sync-peers", "--interop-eth1data-votes", "--peer", "--minimal-config"} {
		if !strings.Contains(help, f) {
			t.Errorf("--help does not list %s", f)
		}
	}
}

// TestBadWeftFlag: a bad weft value is a clear error before the node starts.
func TestBadWeftFlag(t *testing.T) {
	app := newApp(func() {})
	var out bytes.Buffer
	app.Writer, app.ErrWriter = &out, &out
	dir := t.TempDir()
	err := app.RunContext(context.Background(), []string{"weft-beacon-chain", "--accept-terms-of-use",
		"--datadir", dir, "--weft", "--weft-verify-batch", "-1"})
	if err == nil || !strings.Contains(err.Error(), "verify batch") {
		t.Fatalf("want a verify batch error, got %v", err)
	}
}
