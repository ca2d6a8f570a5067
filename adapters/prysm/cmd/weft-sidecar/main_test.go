package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestHelp runs the real app's --help and checks that every option is listed
// with its help text.
func TestHelp(t *testing.T) {
	app := newApp()
	var out bytes.Buffer
	app.Writer, app.ErrWriter = &out, &out
	if err := app.Run([]string{"weft-sidecar", "--help"}); err != nil {
		t.Fatalf("--help: %v", err)
	}
	help := out.String()
	for _, f := range []string{"--listen", "--node", "--datadir", "--max-body-size", "--blob-wait", "--connect-timeout",
		"--metrics-listen", "--log-level", "--weft-listen", "--weft-peer", "--weft-key-file", "--weft-key ", "--weft-blobs",
		"--weft-verify-batch", "--weft-max-message-size", "--publish-timeout", "--head-start-until", "Blinded blocks pass through"} {
		if !strings.Contains(help, f) {
			t.Errorf("--help does not list %s", f)
		}
	}
	if strings.Contains(help, "--weft ") {
		t.Error("--help lists the --weft switch, which the sidecar does not have")
	}
}

// TestBadFlags: bad values are clear errors before anything starts.
func TestBadFlags(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--node", "localhost:5052"}, "beacon node URL"},
		{[]string{"--node", ""}, "no beacon node URL"},
		{[]string{"--listen", "5053"}, "listen address"},
		{[]string{"--weft-verify-batch", "-1"}, "verify batch"},
		{[]string{"--weft-key", "abcd"}, "--weft-key"},
		{[]string{"--blob-wait", "-1s"}, "negative"},
		{[]string{"--log-level", "loud"}, "--log-level"},
		{[]string{"extra"}, "unexpected arguments"},
	} {
		app := newApp()
		var out bytes.Buffer
		app.Writer, app.ErrWriter = &out, &out
		err := app.Run(append([]string{"weft-sidecar", "--datadir", dir}, c.args...))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%v: want an error about %q, got %v", c.args, c.want, err)
		}
	}
}
