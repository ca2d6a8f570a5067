package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestStartHelp: 'weft-cometbft start --help' lists CometBFT's own flags and
// the weft options.
func TestStartHelp(t *testing.T) {
	root := newRootCmd()
	var out bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&out)
	root.SetArgs([]string{"start", "--help"})
	if err := root.Execute(); err != nil {
		t.Fatal(err)
	}
	help := out.String()
	for _, want := range []string{"--weft ", "--weft.strategy", "--weft.channel", "--weft.priority",
		"--weft.max-block-size", "--weft.send-queue", "--weft.chunk-size", "--weft.gossip-sleep", "--p2p.persistent_peers", "--proxy_app"} {
		if !strings.Contains(help, want) {
			t.Errorf("start --help lacks %q:\n%s", want, help)
		}
	}
}
