package weft

import (
	"bytes"
	"context"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/weftnet/weft/core"
)

// closeTracer records sessions closed as rejected, and chunk frames sent for
// them afterwards.
type closeTracer struct {
	mu       sync.Mutex
	rejected map[core.MessageID]bool
	after    int
}

func (c *closeTracer) SessionOpened(core.MessageID, core.StrategyID, core.PeerID, int) {}
func (c *closeTracer) SessionClosed(id core.MessageID, reason string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if reason == "rejected" {
		c.rejected[id] = true
	}
}
func (c *closeTracer) FrameSent(_ core.PeerID, t core.FrameType, id core.MessageID, _ int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if t == core.FrameChunk && c.rejected[id] {
		c.after++
	}
}
func (c *closeTracer) ChunkReceived(core.PeerID, core.MessageID, int, bool) {}
func (c *closeTracer) FrameRejected(core.PeerID, error)                     {}
func (c *closeTracer) Delivered(core.MessageID, int)                        {}
func (c *closeTracer) Penalized(core.PeerID, int, int, error)               {}

// TestValidatorRejectStopsServing: a relay whose validator rejects a message
// closes its session at once (core's Reject), sends no further chunk of it, and
// penalizes nobody; the other hosts are unaffected.
func TestValidatorRejectStopsServing(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		hs, stop := simHosts(t, 3)
		defer stop()
		tr := &closeTracer{rejected: map[core.MessageID]bool{}}
		a := newPS(t, hs[0], Config{})
		defer a.Close()
		b := newPS(t, hs[1], Config{Engine: core.Config{Tracer: tr}})
		defer b.Close()
		c := newPS(t, hs[2], Config{})
		defer c.Close()
		ta, _ := a.Join("blocks")
		tb, _ := b.Join("blocks")
		tc, _ := c.Join("blocks")
		tb.AddValidator(func(context.Context, peer.ID, *Message) ValidationResult { return ValidationReject })
		sb, _ := tb.Subscribe()
		sc, _ := tc.Subscribe()
		connect(t, hs[0], hs[1])
		connect(t, hs[1], hs[2])
		connect(t, hs[0], hs[2])
		synctest.Wait()
		time.Sleep(time.Second) // virtual: streams open

		msg := bytes.Repeat([]byte("bad block "), 100_000)
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if err := ta.Publish(ctx, msg); err != nil {
			t.Fatal(err)
		}
		if got, err := sc.Next(ctx); err != nil || !bytes.Equal(got.Data, msg) {
			t.Fatalf("the accepting host: %v", err)
		}
		time.Sleep(10 * time.Second) // virtual: let every frame in flight land
		synctest.Wait()
		short, cancel2 := context.WithTimeout(context.Background(), time.Second)
		defer cancel2()
		if m, err := sb.Next(short); err == nil {
			t.Fatalf("the rejecting host delivered %d bytes to its subscriber", len(m.Data))
		}
		st := b.Stats()
		if st.ValidationRejected != 1 || st.Penalties != 0 {
			t.Fatalf("rejecting host: %+v", st)
		}
		tr.mu.Lock()
		defer tr.mu.Unlock()
		if len(tr.rejected) != 1 {
			t.Fatalf("sessions closed as rejected: %d", len(tr.rejected))
		}
		if tr.after != 0 {
			t.Fatalf("%d chunk frames sent after the rejection", tr.after)
		}
		if p := a.Stats().Penalties + c.Stats().Penalties; p != 0 {
			t.Fatalf("%d penalties at the other hosts", p)
		}
	})
}
