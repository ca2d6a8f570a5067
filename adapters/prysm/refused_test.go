package weftprysm_test

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prysmaticlabs/prysm/v5/beacon-chain/core/feed"
	blockfeed "github.com/prysmaticlabs/prysm/v5/beacon-chain/core/feed/block"
	"github.com/prysmaticlabs/prysm/v5/runtime/interop"
)

// recorder keeps every log record's message and attributes as a line.
type recorder struct {
	mu    sync.Mutex
	lines []string
}

type recordHandler struct {
	slog.Handler
	r     *recorder
	attrs []slog.Attr
}

func (h recordHandler) Handle(ctx context.Context, rec slog.Record) error {
	var b strings.Builder
	b.WriteString(rec.Message)
	for _, a := range h.attrs {
		fmt.Fprintf(&b, " %s", a)
	}
	rec.Attrs(func(a slog.Attr) bool { fmt.Fprintf(&b, " %s", a); return true })
	h.r.mu.Lock()
	h.r.lines = append(h.r.lines, b.String())
	h.r.mu.Unlock()
	return h.Handler.Handle(ctx, rec)
}

func (h recordHandler) WithAttrs(as []slog.Attr) slog.Handler {
	return recordHandler{Handler: h.Handler.WithAttrs(as), r: h.r, attrs: append(append([]slog.Attr(nil), h.attrs...), as...)}
}

func (r *recorder) count(parts ...string) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	n := 0
	for _, l := range r.lines {
		all := true
		for _, p := range parts {
			all = all && strings.Contains(l, p)
		}
		if all {
			n++
		}
	}
	return n
}

// TestRefusedHeaderChunksDropped: a block whose parent the receiving node has
// not imported is refused at its header (a small penalty: the check cost a
// signature verification); the chunks its honest sender pushed after the
// header are dropped without further penalty, and the next block goes through.
func TestRefusedHeaderChunksDropped(t *testing.T) {
	sks, pubs, err := interop.DeterministicallyGenerateKeys(0, 8)
	if err != nil {
		t.Fatal(err)
	}
	var parent, orphanParent [32]byte
	parent[0], orphanParent[0] = 1, 2
	ca, cb := newChain(t, pubs, parent), newChain(t, pubs, parent)
	ca.known[orphanParent] = true // the proposer has it; the receiver not yet
	cb.gvr = ca.gvr
	connected := make(chan struct{}, 1)
	a, fa := newService(t, ca, connected)

	rec := &recorder{}
	newLoggedService(t, cb, recordHandler{Handler: slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}), r: rec},
		a.Addrs()[0])

	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	select {
	case <-connected:
	case <-ctx.Done():
		t.Fatal("the weft peers did not connect")
	}
	orphan := signedBlock(t, ca, sks[3], 3, ca.CurrentSlot(), orphanParent)
	fa.block.Send(&feed.Event{Type: blockfeed.ReceivedBlock, Data: &blockfeed.ReceivedBlockData{SignedBlock: orphan}})
	next := signedBlock(t, ca, sks[4], 4, ca.CurrentSlot(), parent)
	want, err := next.Block().HashTreeRoot()
	if err != nil {
		t.Fatal(err)
	}
	fa.block.Send(&feed.Event{Type: blockfeed.ReceivedBlock, Data: &blockfeed.ReceivedBlockData{SignedBlock: next}})
	select {
	case got := <-cb.received:
		if got != want {
			t.Fatalf("received %#x, want the second block %#x", got, want)
		}
	case <-ctx.Done():
		t.Fatal("the second block did not arrive through weft")
	}
	// (The proposer resends a header its peer never confirmed, so a slow run
	// may see more than one refusal.)
	if n := rec.count("weft header refused", "unknown parent"); n == 0 {
		t.Fatal("the orphan's header was not refused")
	}
	if n := rec.count("weft penalty", "unknown session"); n != 0 {
		t.Fatalf("the sender was penalized %d times for the chunks of the refused session", n)
	}
}
