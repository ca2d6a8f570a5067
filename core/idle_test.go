package core

import (
	"bytes"
	"testing"
	"time"
)

// TestIdleVerifiesQueued: with a large VerifyBatch and a long VerifyDelay,
// rlnc-verified chunks wait in the queue until the host says it is idle; Idle
// checks them at once, and a receiver that calls Idle after each input
// decodes without ever waiting for the delay.
func TestIdleVerifiesQueued(t *testing.T) {
	mk := func(i uint64, batch int) *Engine {
		var seed [32]byte
		seed[0] = byte(i)
		e, err := New(Config{Strategies: allStrategies(t), VerifyBatch: batch, VerifyDelay: time.Hour,
			Seed: i, Signer: NewEd25519Signer(seed[:])})
		if err != nil {
			t.Fatal(err)
		}
		return e
	}
	a, b := mk(1, 1), mk(2, 64)
	if err := a.AddPeer(2); err != nil {
		t.Fatal(err)
	}
	if err := b.AddPeer(1); err != nil {
		t.Fatal(err)
	}
	now := epoch
	msg := bytes.Repeat([]byte("idle "), 4000)
	if err := a.Publish(now, MessageID{9}, msg, PublishOptions{Strategy: StrategyRLNCVerified, ChunkSize: 1 << 10}); err != nil {
		t.Fatal(err)
	}
	// exchange moves every frame both ways once; idle says whether b calls
	// Idle after each input, as Node does when its inbox is empty.
	exchange := func(idle bool) {
		now = now.Add(time.Millisecond)
		rd := a.Ready()
		for _, f := range rd.Frames {
			_ = b.Step(now, 1, f.Frame)
			if idle {
				b.Idle(now)
			}
		}
		n := len(rd.Frames)
		a.Advance()
		a.Sent(2, n)
		rd = b.Ready()
		for _, f := range rd.Frames {
			_ = a.Step(now, 2, f.Frame)
		}
		n = len(rd.Frames)
		b.Advance()
		b.Sent(1, n)
	}
	for i := 0; i < 5; i++ {
		exchange(false)
	}
	if c := b.Counters(); c.ChunksUseful != 0 || c.Delivered != 0 {
		t.Fatalf("before Idle: %d chunks counted, %d delivered; want all queued", c.ChunksUseful, c.Delivered)
	}
	b.Idle(now)
	if c := b.Counters(); c.ChunksUseful == 0 {
		t.Fatal("Idle verified nothing")
	}
	for i := 0; i < 200 && b.Counters().Delivered == 0; i++ {
		exchange(true)
	}
	if b.Counters().Delivered != 1 {
		t.Fatal("receiver calling Idle did not decode")
	}
	if got := now.Sub(epoch); got >= time.Hour {
		t.Fatalf("decoded after %v: waited for VerifyDelay", got)
	}
}
