package sidecar_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prysmaticlabs/prysm/v5/beacon-chain/das"
	"github.com/prysmaticlabs/prysm/v5/config/params"
	"github.com/prysmaticlabs/prysm/v5/consensus-types/blocks"
	"github.com/prysmaticlabs/prysm/v5/consensus-types/interfaces"
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
	connected := make(chan slog.Record, 1)
	log := slog.New(capture{Handler: slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}),
		msgs: []string{"weft: peer connected"}, ch: connected})
	chain := &importChain{stubChain: stubChain{keys}, imports: make(chan string, 8)}
	w, err := weftprysm.New(weftprysm.Config{Key: key, Peers: b.s.Weft().Addrs(), Blobs: true, Logger: log}, chain, nil)
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
	// The node's own import did not wait for the head start: its blob, then
	// its block, went to the import path.
	root, err := c.Block.Block.HashTreeRoot()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{fmt.Sprintf("blob %#x 0", root), fmt.Sprintf("block %#x", root)} {
		select {
		case got := <-chain.imports:
			if got != want {
				t.Fatalf("import %q, want %q", got, want)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("no %s imported", want)
		}
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

// TestPublishOutlivesClient: a validator client that stops waiting for its
// publish call (a Prysm validator gives up at the end of the slot, which the
// head start brings closer) does not cancel the forward: the node, still
// importing when the client leaves, answers, and its answer is logged.
func TestPublishOutlivesClient(t *testing.T) {
	params.SetupTestConfigCleanup(t)
	keys := newChainKeys(t)
	node := newFakeNode(t, keys)
	gate := make(chan struct{})
	node.set(func(f *fakeNode) { f.gate, f.held = gate, make(chan struct{}, 1) })
	const left, forwardedMsg = "weft sidecar: the validator client stopped waiting; the publish goes on to the node",
		"weft sidecar: publish forwarded"
	logged := make(chan slog.Record, 2)
	h := startSidecar(t, node, func(c *sidecar.Config) {
		c.Logger = slog.New(capture{Handler: slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}),
			msgs: []string{left, forwardedMsg}, ch: logged})
	})
	next := func(msg string) slog.Record {
		t.Helper()
		select {
		case rec := <-logged:
			if rec.Message != msg {
				t.Fatalf("logged %q, want %q", rec.Message, msg)
			}
			return rec
		case <-time.After(10 * time.Second):
			t.Fatalf("the sidecar did not log %q", msg)
		}
		return slog.Record{}
	}

	body := denebJSON(t, denebContents(t, keys, 9, 3, 0, nil))
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, h.url+"/eth/v2/beacon/blocks", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Eth-Consensus-Version", "deneb")
	req.Header.Set("Content-Type", "application/json")
	errc := make(chan error, 1)
	go func() {
		resp, err := http.DefaultClient.Do(req)
		if err == nil {
			_ = resp.Body.Close()
		}
		errc <- err
	}()
	if fwd := node.next(t, 5*time.Second); !bytes.Equal(fwd.Body, body) {
		t.Fatal("the node did not get the request unchanged")
	}
	select {
	case <-node.held: // the node is importing
	case <-time.After(5 * time.Second):
		t.Fatal("the node's handler did not start")
	}
	cancel() // the validator client stops waiting
	if err := <-errc; err == nil {
		t.Fatal("the client's call was not cancelled")
	}
	next(left)  // the sidecar has seen the client go
	close(gate) // the node finishes its import and answers
	rec := next(forwardedMsg)
	attrs := map[string]slog.Value{}
	rec.Attrs(func(a slog.Attr) bool { attrs[a.Key] = a.Value; return true })
	if st := attrs["status"].Int64(); st != http.StatusOK {
		t.Fatalf("the node's answer reached the sidecar as %d, want 200 (the forward ended with the client's call)", st)
	}
	if !attrs["client_gone"].Bool() {
		t.Error("the log does not say the client had gone")
	}
}

// importChain records what the front hands its node's import path.
type importChain struct {
	stubChain
	imports chan string
}

func (c *importChain) ReceiveBlock(_ context.Context, _ interfaces.ReadOnlySignedBeaconBlock, root [32]byte, _ das.AvailabilityStore) error {
	c.imports <- fmt.Sprintf("block %#x", root)
	return nil
}

func (c *importChain) ReceiveBlob(_ context.Context, b blocks.VerifiedROBlob) error {
	c.imports <- fmt.Sprintf("blob %#x %d", b.BlockRoot(), b.Index)
	return nil
}
