package weftprysm_test

import (
	"bufio"
	"context"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/weftnet/weft/adapters/prysm/devnet"
)

// sidecarCounter sums the series of a counter in a weft-sidecar's /metrics
// whose labels include every one of labels ("k=\"v\"").
func sidecarCounter(t *testing.T, ctx context.Context, nd *devnet.Node, name string, labels ...string) float64 {
	t.Helper()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, nd.SidecarMetrics(), nil)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("node%d sidecar metrics: %v", nd.Index, err)
	}
	defer resp.Body.Close()
	sum := 0.0
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		l := sc.Text()
		if !strings.HasPrefix(l, name+"{") && !strings.HasPrefix(l, name+" ") {
			continue
		}
		ok := true
		for _, lb := range labels {
			ok = ok && strings.Contains(l, lb)
		}
		if f := strings.Fields(l); ok && len(f) == 2 {
			v, _ := strconv.ParseFloat(f[1], 64)
			sum += v
		}
	}
	return sum
}

// otherPosted counts the blocks a stack's sidecar received through weft and
// posted to its node (accepted) that the other stacks' validators proposed,
// and how many of them the node did not have yet (weft first).
func otherPosted(nd *devnet.Node) (total, first int) {
	for _, l := range nd.Sidecar.Lines("weft block posted") {
		f := fields(l)
		p, err := strconv.Atoi(f["proposer"])
		if err != nil || (p >= nd.FirstValidator && p < nd.FirstValidator+nd.NumValidators) {
			continue
		}
		total++
		if f["known"] == "false" {
			first++
		}
	}
	return total, first
}

// TestSidecarDevnet runs two proof-of-stake stacks on loopback with stock
// Prysm v5.3.3 beacon nodes (gossip between them as usual) and, in front of
// each node's Beacon API, a weft-sidecar; each stack's Prysm validator client
// runs in REST mode against its sidecar (its gRPC endpoint is a closed port).
// Blocks proposed on each stack are published by its sidecar through weft and
// reach the other stack's node through the other sidecar, which posts them to
// it; the chain finalizes.
func TestSidecarDevnet(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 9*time.Minute)
	defer cancel()
	n := startDevnet(t, ctx, devnet.Config{Nodes: 2, Validators: 64, Sidecar: true})

	// Each sidecar posts at least three of the other stack's blocks to its
	// node: wait on the sidecars' log lines (events, with the test's deadline).
	for _, nd := range n.Nodes {
		for from := 0; ; {
			total, _ := otherPosted(nd)
			if total >= 3 {
				break
			}
			var err error
			if _, from, err = nd.Sidecar.Wait(ctx, from, func(l string) bool {
				return strings.Contains(l, "weft block posted")
			}); err != nil {
				t.Fatalf("node%d: %v (posted so far: %d)", nd.Index, err, total)
			}
		}
	}
	// The validator clients keep working through the sidecars: finality.
	waitFinalized(t, ctx, n, n.Nodes[0], 2)

	for _, nd := range n.Nodes {
		total, first := otherPosted(nd)
		published := len(nd.Sidecar.Lines("weft sidecar published"))
		ok := sidecarCounter(t, ctx, nd, "weft_sidecar_node_posts_total", `result="ok"`)
		skipped := nd.Sidecar.Lines("not published through weft")
		t.Logf("node%d: sidecar published %d of its validators' blocks through weft; posted %d of the other stack's blocks to its node (%d before gossip brought them); metrics: %v posts ok",
			nd.Index, published, total, first, ok)
		if published == 0 {
			t.Errorf("node%d: the sidecar published none of its validators' blocks", nd.Index)
		}
		if float64(total) > ok {
			t.Errorf("node%d: %d posted lines but weft_sidecar_node_posts_total{result=ok} = %v", nd.Index, total, ok)
		}
		if d := sidecarCounter(t, ctx, nd, "weft_prysm_delivered_total", `kind="block"`); d < float64(total) {
			t.Errorf("node%d: weft_prysm_delivered_total{kind=block} = %v, below the %d blocks posted", nd.Index, d, total)
		}
		if len(skipped) > 0 {
			t.Errorf("node%d: blocks the validator posted were not published: %q", nd.Index, skipped)
		}
		if bad := nd.Sidecar.Lines("weft block post failed"); len(bad) > 0 {
			t.Errorf("node%d: posts to the node failed: %q", nd.Index, bad)
		}
		// Gossip is still running beside weft.
		var pc struct {
			Data struct {
				Connected string `json:"connected"`
			} `json:"data"`
		}
		if _, err := nd.Get(ctx, "/eth/v1/node/peer_count", &pc); err != nil || pc.Data.Connected == "0" || pc.Data.Connected == "" {
			t.Errorf("node%d: beacon peers %q (%v): gossip is not running", nd.Index, pc.Data.Connected, err)
		}
	}
}
