package weftprysm_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/weftnet/weft/adapters/prysm/devnet"
)

var kvRe = regexp.MustCompile(`(\w+)=("[^"]*"|\S+)`)

// fields parses a slog text line's key=value pairs.
func fields(line string) map[string]string {
	m := map[string]string{}
	for _, kv := range kvRe.FindAllStringSubmatch(line, -1) {
		m[kv[1]] = strings.Trim(kv[2], `"`)
	}
	return m
}

// startDevnet builds the binaries (client binaries cached by version) and
// starts a devnet; on failure it prints the tail of every log.
func startDevnet(t *testing.T, ctx context.Context, cfg devnet.Config) *devnet.Net {
	t.Helper()
	dir := cfg.Dir
	if dir == "" {
		dir = t.TempDir()
		cfg.Dir = dir
	}
	start := time.Now()
	bins, err := devnet.Build(ctx, dir, func(s string) { t.Log(s) })
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("binaries ready in %v", time.Since(start).Round(time.Second))
	cfg.Bins = bins
	cfg.Logf = t.Logf
	n, err := devnet.Start(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		n.Stop()
		if t.Failed() {
			for _, nd := range n.Nodes {
				for _, name := range []string{"beacon", "sidecar", "validator", "geth"} {
					b, err := os.ReadFile(filepath.Join(dir, fmt.Sprintf("node%d", nd.Index), name+".log"))
					if err != nil {
						continue
					}
					lines := strings.Split(string(b), "\n")
					t.Logf("==== node%d/%s (last 40 lines)\n%s", nd.Index, name, strings.Join(lines[max(0, len(lines)-40):], "\n"))
				}
			}
		}
	})
	return n
}

// waitFinalized waits on node's finalized_checkpoint events for an epoch of
// at least epoch, failing on a process exit or the deadline.
func waitFinalized(t *testing.T, ctx context.Context, n *devnet.Net, nd *devnet.Node, epoch uint64) uint64 {
	t.Helper()
	if err := nd.WaitHTTP(ctx); err != nil {
		t.Fatal(err)
	}
	evs, err := nd.Events(ctx, "finalized_checkpoint")
	if err != nil {
		t.Fatal(err)
	}
	for {
		select {
		case msg := <-n.Exited():
			t.Fatal(msg)
		case ev, ok := <-evs:
			if !ok {
				t.Fatalf("node%d: event stream ended before epoch %d was finalized: %v", nd.Index, epoch, ctx.Err())
			}
			var d struct {
				Epoch string `json:"epoch"`
			}
			if err := json.Unmarshal(ev.Data, &d); err != nil {
				t.Fatalf("finalized_checkpoint event %s: %v", ev.Data, err)
			}
			e, _ := strconv.ParseUint(d.Epoch, 10, 64)
			t.Logf("node%d: finalized epoch %d (slot %d)", nd.Index, e, n.SlotOf(ev.At))
			if e >= epoch {
				return e
			}
		}
	}
}

// weftReceived counts the blocks node nd imported through weft that the other
// nodes' validators proposed, and how many weft brought first.
func weftReceived(n *devnet.Net, nd *devnet.Node) (total, first int) {
	for _, l := range nd.Beacon.Lines("weft block received") {
		f := fields(l)
		p, err := strconv.Atoi(f["proposer"])
		if err != nil || (p >= nd.FirstValidator && p < nd.FirstValidator+nd.NumValidators) {
			continue
		}
		total++
		if f["first"] == "true" {
			first++
		}
	}
	return total, first
}

// TestTwoStackDevnet runs two full proof-of-stake stacks (geth, weft-beacon-chain
// with --weft, validator) on loopback for a few epochs: blocks proposed on
// each node reach the other through weft and are imported, the chain
// finalizes, and a hostile weft peer sending forged blocks and junk chunks is
// penalised while nothing invalid is imported.
func TestTwoStackDevnet(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 9*time.Minute)
	defer cancel()
	n := startDevnet(t, ctx, devnet.Config{Nodes: 2, Validators: 64, Weft: true})

	if err := n.Nodes[0].WaitHTTP(ctx); err != nil {
		t.Fatal(err)
	}
	runHostile(t, ctx, n)
	// The chain finalizes, and the attacked node keeps following it.
	waitFinalized(t, ctx, n, n.Nodes[0], 2)

	for _, nd := range n.Nodes {
		total, first := weftReceived(n, nd)
		t.Logf("node%d: %d blocks of the other node received through weft, %d of them before gossip", nd.Index, total, first)
		if total < 3 {
			t.Errorf("node%d received %d of the other node's blocks through weft, want >= 3", nd.Index, total)
		}
		if bad := nd.Beacon.Lines("weft block import failed"); len(bad) > 0 {
			t.Errorf("node%d: blocks received through weft failed import: %q", nd.Index, bad)
		}
		if pub := nd.Beacon.Lines("weft published", "kind=block"); len(pub) == 0 {
			t.Errorf("node%d published no block through weft", nd.Index)
		}
	}
}
