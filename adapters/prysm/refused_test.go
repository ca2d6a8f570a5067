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
	"github.com/prysmaticlabs/prysm/v5/crypto/bls"
	"github.com/prysmaticlabs/prysm/v5/runtime/interop"
	weftprysm "github.com/weftnet/weft/adapters/prysm"
)

// recorder keeps every log record's message and attributes as a line.
type recorder struct {
	mu    sync.Mutex
	lines []string
	wake  chan struct{} // poked on every line (lazily made)
}

// waitFor waits until a line holds every one of parts.
func (r *recorder) waitFor(ctx context.Context, t *testing.T, parts ...string) {
	t.Helper()
	for r.count(parts...) == 0 {
		select {
		case <-r.poke():
		case <-ctx.Done():
			t.Fatalf("no log line with %q", parts)
		}
	}
}

func (r *recorder) poke() chan struct{} {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.wake == nil {
		r.wake = make(chan struct{}, 1)
	}
	return r.wake
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
	wake := h.r.poke()
	h.r.mu.Lock()
	h.r.lines = append(h.r.lines, b.String())
	h.r.mu.Unlock()
	select {
	case wake <- struct{}{}:
	default:
	}
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

// parentPair is a proposer (ca, fa) and a connected receiver (cb, logging to
// rec) whose chains share parent; only the proposer knows extra. The receiver
// waits wait for a header's unknown parent.
type parentPair struct {
	sks    []bls.SecretKey
	parent [32]byte
	ca, cb *chain
	fa     feeds
	rec    *recorder
	ctx    context.Context
}

func newParentPair(t *testing.T, extra [32]byte, wait time.Duration) parentPair {
	t.Helper()
	sks, pubs, err := interop.DeterministicallyGenerateKeys(0, 8)
	if err != nil {
		t.Fatal(err)
	}
	var parent [32]byte
	parent[0] = 1
	ca, cb := newChain(t, pubs, parent), newChain(t, pubs, parent)
	ca.known[extra] = true // the proposer has it; the receiver not yet
	cb.gvr = ca.gvr
	connected := make(chan struct{}, 1)
	a, fa := newService(t, ca, connected)
	rec := &recorder{}
	newConfiguredService(t, cb, recordHandler{Handler: slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}), r: rec},
		func(c *weftprysm.Config) { c.ParentWait = wait }, a.Addrs()[0])
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	t.Cleanup(cancel)
	select {
	case <-connected:
	case <-ctx.Done():
		t.Fatal("the weft peers did not connect")
	}
	return parentPair{sks: sks, parent: parent, ca: ca, cb: cb, fa: fa, rec: rec, ctx: ctx}
}

// TestRefusedHeaderChunksDropped: a block whose parent the receiving node has
// not imported is held at its header, and refused once the parent wait ends
// (a small penalty: the check cost a signature verification); the chunks its
// honest sender pushed after the header are dropped without further penalty,
// and the next block goes through meanwhile.
func TestRefusedHeaderChunksDropped(t *testing.T) {
	var orphanParent [32]byte
	orphanParent[0] = 2
	p := newParentPair(t, orphanParent, 500*time.Millisecond)
	sks, ca, cb, fa, rec, ctx, parent := p.sks, p.ca, p.cb, p.fa, p.rec, p.ctx, p.parent
	orphan := signedBlock(t, ca, sks[3], 3, ca.CurrentSlot(), orphanParent)
	fa.block.Send(&feed.Event{Type: blockfeed.ReceivedBlock, Data: &blockfeed.ReceivedBlockData{SignedBlock: orphan}})
	next := signedBlock(t, ca, sks[4], 4, ca.CurrentSlot(), parent)
	want, err := next.Block().HashTreeRoot()
	if err != nil {
		t.Fatal(err)
	}
	fa.block.Send(&feed.Event{Type: blockfeed.ReceivedBlock, Data: &blockfeed.ReceivedBlockData{SignedBlock: next}})
	cb.awaitReceived(ctx, t, want, "the second block")
	// (The proposer resends a header its peer never confirmed, so a slow run
	// may see more than one refusal.)
	rec.waitFor(ctx, t, "weft header refused", "unknown parent")
	if n := rec.count("weft header released"); n != 0 {
		t.Fatalf("%d held headers released, but the orphan's parent never came", n)
	}
	if n := rec.count("weft penalty", "unknown session"); n != 0 {
		t.Fatalf("the sender was penalized %d times for the chunks of the refused session", n)
	}
}

// TestHeldChildReleased: a block whose parent the receiving node has not
// imported yet is held at its header with the chunks that follow; once the
// parent is imported the session goes on and the block arrives through weft,
// with no penalty for its sender.
func TestHeldChildReleased(t *testing.T) {
	var late [32]byte
	late[0] = 3
	p := newParentPair(t, late, time.Minute)
	sks, ca, cb, fa, rec, ctx := p.sks, p.ca, p.cb, p.fa, p.rec, p.ctx
	child := signedBlock(t, ca, sks[3], 3, ca.CurrentSlot(), late)
	want, err := child.Block().HashTreeRoot()
	if err != nil {
		t.Fatal(err)
	}
	fa.block.Send(&feed.Event{Type: blockfeed.ReceivedBlock, Data: &blockfeed.ReceivedBlockData{SignedBlock: child}})
	rec.waitFor(ctx, t, "weft header held for its parent")
	select {
	case got := <-cb.received:
		t.Fatalf("%#x delivered before its parent was known", got)
	default:
	}
	cb.learn(late)
	cb.awaitReceived(ctx, t, want, "the held child, once its parent was known,")
	rec.waitFor(ctx, t, "weft header released")
	if n := rec.count("weft header refused"); n != 0 {
		t.Fatalf("%d headers refused", n)
	}
	if n := rec.count("weft penalty"); n != 0 {
		t.Fatalf("%d penalties", n)
	}
}
