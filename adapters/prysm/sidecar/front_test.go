package sidecar_test

import (
	"bytes"
	"crypto/rand"
	"log/slog"
	"os"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prysmaticlabs/prysm/v5/config/params"
	weftprysm "github.com/weftnet/weft/adapters/prysm"
	"github.com/weftnet/weft/adapters/prysm/sidecar"
)

// TestFrontHeadStart: a front around a weft Service that runs beside its node
// in the same process (weft-beacon-chain's --weft-api-listen) publishes a
// posted block through weft and hands the request to its node once weft has
// written a coded copy (the head start), or, until delivered, once the weft
// peer has decoded it; the block reaches the other node through weft; a
// pass-through sidecar only forwards.
func TestFrontHeadStart(t *testing.T) {
	for _, tc := range []struct {
		untilDelivered bool
		outcome        string
	}{{false, "copy_sent"}, {true, "delivered"}} {
		t.Run(tc.outcome, func(t *testing.T) { testFrontHeadStart(t, tc.untilDelivered, tc.outcome) })
	}
}

func testFrontHeadStart(t *testing.T, untilDelivered bool, outcome string) {
	params.SetupTestConfigCleanup(t)
	keys := newChainKeys(t)
	nodeA, nodeB := newFakeNode(t, keys), newFakeNode(t, keys)
	b := startSidecar(t, nodeB, nil) // also makes the fake nodes' config Prysm's

	key := make([]byte, 32)
	_, _ = rand.Read(key)
	connected := make(chan struct{}, 1)
	log := slog.New(signal{Handler: slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}),
		msg: "weft: peer connected", ch: connected})
	w, err := weftprysm.New(weftprysm.Config{Key: key, Peers: b.s.Weft().Addrs(), Blobs: true, Logger: log}, stubChain{keys}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Start(); err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	select {
	case <-connected:
	case <-time.After(30 * time.Second):
		t.Fatal("the weft peers did not connect")
	}
	reg := prometheus.NewRegistry()
	f, err := sidecar.NewFront(sidecar.Config{Listen: "127.0.0.1:0", NodeURL: nodeA.URL(), HeadStart: sidecar.MaxHeadStart,
		HeadStartUntilDelivered: untilDelivered, Logger: log, Registerer: reg}, w)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Start(t.Context()); err != nil {
		t.Fatal(err)
	}
	defer f.Close()

	c := denebContents(t, keys, 9, 3, 1, nil)
	body := denebJSON(t, c)
	code, _ := post(t, "http://"+f.Addr().String(), "/eth/v2/beacon/blocks",
		map[string]string{"Eth-Consensus-Version": "deneb", "Content-Type": "application/json"}, body)
	if code != 200 {
		t.Fatalf("publish: %d", code)
	}
	if fwd := nodeA.next(t, 5*time.Second); !bytes.Equal(fwd.Body, body) {
		t.Fatal("the front's node did not get the request unchanged")
	}
	want, err := c.MarshalSSZ()
	if err != nil {
		t.Fatal(err)
	}
	if got := nodeB.next(t, 20*time.Second); !bytes.Equal(got.Body, want) {
		t.Fatal("the other node did not get the block through weft")
	}
	if n := metric(t, reg, "weft_sidecar_head_start_total", map[string]string{"outcome": outcome}); n != 1 {
		t.Fatalf("head starts that ended %s: %v, want 1", outcome, n)
	}
	if n := metric(t, reg, "weft_sidecar_published_total", nil); n != 1 {
		t.Fatalf("published: %v, want 1", n)
	}

	if untilDelivered {
		return
	}
	// Pass-through: forwarded, nothing published.
	p := startSidecar(t, nodeA, func(c *sidecar.Config) { c.PassThrough = true })
	if p.s.Weft() != nil {
		t.Fatal("a pass-through sidecar runs weft")
	}
	plain := denebJSON(t, denebContents(t, keys, 10, 4, 0, nil))
	if code, _ := post(t, p.url, "/eth/v2/beacon/blocks", map[string]string{"Eth-Consensus-Version": "deneb"}, plain); code != 200 {
		t.Fatalf("publish through the pass-through sidecar: %d", code)
	}
	if fwd := nodeA.next(t, 5*time.Second); !bytes.Equal(fwd.Body, plain) {
		t.Fatal("the pass-through sidecar did not forward the request unchanged")
	}
	nodeB.none(t, 500*time.Millisecond)
}
