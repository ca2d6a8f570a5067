package core

import (
	"bytes"
	"testing"
	"time"
)

// TestUplinkWindow: with a node-wide window the Engine hands out at most that
// many frames until the host reports them sent, and serves peers in turn, so
// every peer gets a chunk before any peer gets a second.
func TestUplinkWindow(t *testing.T) {
	const peers, window = 8, 2
	seed := make([]byte, 32)
	e, err := New(Config{Seed: 1, Signer: NewEd25519Signer(seed), UplinkWindow: window, MinChunkSize: 64})
	if err != nil {
		t.Fatal(err)
	}
	for p := PeerID(1); p <= peers; p++ {
		if err := e.AddPeer(p); err != nil {
			t.Fatal(err)
		}
	}
	if err := e.Publish(epoch, MessageID{1}, make([]byte, 32*64), PublishOptions{Strategy: StrategyRLNC}); err != nil {
		t.Fatal(err)
	}
	chunks := map[PeerID]int{}
	for round := 0; round < peers; round++ {
		rd := e.Ready()
		if len(rd.Frames) == 0 || len(rd.Frames) > window {
			t.Fatalf("round %d: %d frames in Ready, want 1..%d", round, len(rd.Frames), window)
		}
		var sent []PeerID
		for _, f := range rd.Frames {
			typ, _, err := splitFrame(f.Frame)
			if err != nil {
				t.Fatal(err)
			}
			if typ == FrameChunk {
				chunks[f.To]++
			}
			sent = append(sent, f.To)
		}
		e.Advance()
		for _, p := range sent {
			e.Sent(p, 1)
		}
		if round == peers-1 {
			// A header and a first chunk each: every peer has one chunk, none two.
			for p := PeerID(1); p <= peers; p++ {
				if chunks[p] != 1 {
					t.Fatalf("after %d rounds peer %d has %d chunks, want 1 each: %v", round+1, p, chunks[p], chunks)
				}
			}
		}
	}
}

// TestPublishBeforePeers: a message published while no peer is connected is
// still served to peers that connect later, after Ticks.
func TestPublishBeforePeers(t *testing.T) {
	e, err := New(Config{Seed: 1, Signer: NewEd25519Signer(make([]byte, 32)), MinChunkSize: 64})
	if err != nil {
		t.Fatal(err)
	}
	if err := e.Publish(epoch, MessageID{9}, make([]byte, 4096), PublishOptions{}); err != nil {
		t.Fatal(err)
	}
	for i := 1; i <= 3; i++ {
		e.Tick(epoch.Add(time.Duration(i) * time.Second))
	}
	e.Ready()
	e.Advance()
	if err := e.AddPeer(1); err != nil {
		t.Fatal(err)
	}
	rd := e.Ready()
	var header, chunks int
	for _, f := range rd.Frames {
		typ, _, err := splitFrame(f.Frame)
		if err != nil {
			t.Fatal(err)
		}
		switch typ {
		case FrameHeader:
			header++
		case FrameChunk:
			chunks++
		}
	}
	if header != 1 || chunks == 0 {
		t.Fatalf("late peer got %d headers and %d chunks, want the header and chunks", header, chunks)
	}
}

// TestVerifiedBlindPush: an rlnc-verified publisher gives a peer that has sent
// nothing of the message at most VerifiedBlindPush bytes of chunks while a peer
// that has answered can still be served (a peer that crashed never answers), and
// pushes the rest to silent peers only when the uplink would otherwise idle;
// rlnc has no such cap.
func TestVerifiedBlindPush(t *testing.T) {
	const peers = 4
	for _, tc := range []struct {
		strategy StrategyID
		blind    int // chunks each silent peer gets while peer 1 is served; 0: no cap
	}{{StrategyRLNCVerified, 2}, {StrategyRLNC, 0}} {
		t.Run(tc.strategy.String(), func(t *testing.T) {
			e, err := New(Config{Seed: 1, Signer: NewEd25519Signer(make([]byte, 32)), Strategies: allStrategies(t),
				UplinkWindow: 1, VerifiedBlindPush: 9000}) // two chunks of 4 KiB (133 scalars of 32 bytes)
			if err != nil {
				t.Fatal(err)
			}
			for p := PeerID(1); p <= peers; p++ {
				if err := e.AddPeer(p); err != nil {
					t.Fatal(err)
				}
			}
			if err := e.Publish(epoch, MessageID{7}, make([]byte, 32<<12), PublishOptions{Strategy: tc.strategy, ChunkSize: 4 << 10}); err != nil {
				t.Fatal(err)
			}
			// Send frames one at a time; peer 1 answers the header at once (it
			// has the message from elsewhere), the others never answer.
			answered := false
			var order []PeerID // chunk recipients in sending order
			for _, f := range sendEach(t, e, func(f Outbound, fi FrameInfo) bool {
				back := fi.Type == FrameHeader && f.To == 1 && !answered
				answered = answered || back
				return back
			}) {
				if f.Type == FrameChunk {
					order = append(order, f.To)
				}
			}
			last := 0 // index of peer 1's last chunk
			for i, p := range order {
				if p == 1 {
					last = i
				}
			}
			before, total := map[PeerID]int{}, map[PeerID]int{}
			for i, p := range order {
				if i < last {
					before[p]++
				}
				total[p]++
			}
			for p := PeerID(2); p <= peers; p++ {
				if tc.blind > 0 && before[p] > tc.blind {
					t.Fatalf("silent peer %d got %d chunks while peer 1 was served, want at most %d: %v", p, before[p], tc.blind, order)
				}
				if tc.blind == 0 && before[p] <= 2 {
					t.Fatalf("rlnc: silent peer %d got %d chunks while peer 1 was served, want its push share: %v", p, before[p], order)
				}
				if total[p] <= 2 {
					t.Fatalf("silent peer %d got %d chunks in all, want its push share once the uplink had nothing else: %v", p, total[p], order)
				}
			}
			if total[1] <= 2 {
				t.Fatalf("peer 1 got %d chunks after it answered, want its push share", total[1])
			}
		})
	}
}

// TestVerifiedProvenFirst: an rlnc-verified sender serves a peer that has sent it
// a checked chunk before a peer that answered but never did (as a polluter
// never does), and still serves the latter once the former has nothing to
// take. rlnc, whose chunks are not checked one by one, serves both in turn.
func TestVerifiedProvenFirst(t *testing.T) {
	for _, sid := range []StrategyID{StrategyRLNCVerified, StrategyRLNC} {
		t.Run(sid.String(), func(t *testing.T) {
			cfg := Config{Seed: 1, Strategies: allStrategies(t), UplinkWindow: 1, VerifyBatch: 1}
			// Peer 1 proves itself: it sends us a whole rlnc-verified message.
			x, err := New(Config{Seed: 2, Signer: NewEd25519Signer(make([]byte, 32)), Strategies: allStrategies(t)})
			if err != nil {
				t.Fatal(err)
			}
			if err := x.AddPeer(9); err != nil {
				t.Fatal(err)
			}
			if err := x.Publish(epoch, MessageID{1}, make([]byte, 8<<10), PublishOptions{Strategy: StrategyRLNCVerified, ChunkSize: 1 << 10}); err != nil {
				t.Fatal(err)
			}
			var m1 [][]byte
			for rd := x.Ready(); len(rd.Frames) > 0; rd = x.Ready() {
				for _, f := range rd.Frames {
					m1 = append(m1, append([]byte(nil), f.Frame...))
				}
				x.Advance()
				x.Sent(9, len(rd.Frames))
			}
			cfg.Signer = NewEd25519Signer(bytes.Repeat([]byte{1}, 32))
			e, err := New(cfg)
			if err != nil {
				t.Fatal(err)
			}
			for p := PeerID(1); p <= 3; p++ {
				if err := e.AddPeer(p); err != nil {
					t.Fatal(err)
				}
			}
			for _, f := range m1 {
				if err := e.Step(epoch, 1, f); err != nil {
					t.Fatal(err)
				}
			}
			if e.Counters().Delivered != 1 {
				t.Fatalf("message from peer 1 not delivered: %+v", e.Counters())
			}
			sendEach(t, e, nil) // what we relay of the first message
			if err := e.Publish(epoch, MessageID{2}, make([]byte, 32<<10), PublishOptions{Strategy: sid, ChunkSize: 1 << 10}); err != nil {
				t.Fatal(err)
			}
			// Peers 1 and 2 answer the header at once (they have the message
			// from elsewhere), which tells us they are alive; peer 3 never does.
			var order []PeerID
			for _, f := range sendEach(t, e, func(f Outbound, fi FrameInfo) bool { return fi.Type == FrameHeader && f.To != 3 }) {
				if f.Type == FrameChunk && f.ID == (MessageID{2}) {
					order = append(order, f.To)
				}
			}
			// Peer 2 gets one chunk before its answer arrives (the first
			// round goes out before it); after that, rlnc-verified holds it
			// back while peer 1 takes chunks.
			last1 := -1
			for i, p := range order {
				if p == 1 {
					last1 = i
				}
			}
			before2, n2 := 0, 0
			for i, p := range order {
				if p == 2 {
					n2++
					if i < last1 {
						before2++
					}
				}
			}
			if last1 < 0 || n2 < 2 {
				t.Fatalf("peer 1's last chunk at %d, peer 2 got %d chunks: %v", last1, n2, order)
			}
			if sid == StrategyRLNCVerified && before2 > 1 {
				t.Fatalf("peer 2 (answered, never sent a checked chunk) got %d chunks while proven peer 1 was served: %v", before2, order)
			}
			if sid == StrategyRLNC && before2 <= 1 {
				t.Fatalf("rlnc: peer 2 was held back while peer 1 was served: %v", order)
			}
		})
	}
}

// sent is a frame an Engine handed out, as sendEach saw it.
type sent struct {
	To PeerID
	FrameInfo
}

// sendEach hands e's frames out and reports them sent one Ready at a time
// until e has nothing more to send, and returns them in order. A frame for
// which echo returns true comes straight back from its recipient (a peer that
// has the message from elsewhere answering its header).
func sendEach(t *testing.T, e *Engine, echo func(Outbound, FrameInfo) bool) []sent {
	t.Helper()
	var out []sent
	for rd := e.Ready(); len(rd.Frames) > 0; rd = e.Ready() {
		var to []PeerID
		var back []Outbound
		for _, f := range rd.Frames {
			fi, err := PeekFrame(f.Frame)
			if err != nil {
				t.Fatal(err)
			}
			to = append(to, f.To)
			out = append(out, sent{f.To, fi})
			if echo != nil && echo(f, fi) {
				back = append(back, Outbound{To: f.To, Frame: append([]byte(nil), f.Frame...)})
			}
		}
		e.Advance()
		for _, b := range back {
			if err := e.Step(epoch, b.To, b.Frame); err != nil {
				t.Fatal(err)
			}
		}
		for _, p := range to {
			e.Sent(p, 1)
		}
	}
	return out
}
