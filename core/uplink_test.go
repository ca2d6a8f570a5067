package core

import (
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
// nothing of the message at most VerifiedBlindPush bytes of chunks (a peer that
// crashed never answers), and serves it its push share once it shows life; rlnc
// has no such cap.
func TestVerifiedBlindPush(t *testing.T) {
	const peers = 4
	for _, tc := range []struct {
		strategy StrategyID
		blind    int // chunks each silent peer gets; 0: more than the cap
	}{{StrategyRLNCVerified, 2}, {StrategyRLNC, 0}} {
		t.Run(tc.strategy.String(), func(t *testing.T) {
			e, err := New(Config{Seed: 1, Signer: NewEd25519Signer(make([]byte, 32)), Strategies: allStrategies(t),
				VerifiedBlindPush: 9000}) // two chunks of 4 KiB (133 scalars of 32 bytes)
			if err != nil {
				t.Fatal(err)
			}
			for p := PeerID(1); p <= peers; p++ {
				if err := e.AddPeer(p); err != nil {
					t.Fatal(err)
				}
			}
			id := MessageID{7}
			if err := e.Publish(epoch, id, make([]byte, 32<<12), PublishOptions{Strategy: tc.strategy, ChunkSize: 4 << 10}); err != nil {
				t.Fatal(err)
			}
			chunks := map[PeerID]int{}
			var header []byte
			drain := func() {
				for {
					rd := e.Ready()
					if len(rd.Frames) == 0 {
						e.Advance()
						return
					}
					var to []PeerID
					for _, f := range rd.Frames {
						to = append(to, f.To)
						fi, err := PeekFrame(f.Frame)
						if err != nil {
							t.Fatal(err)
						}
						switch fi.Type {
						case FrameChunk:
							chunks[f.To]++
						case FrameHeader:
							header = append([]byte(nil), f.Frame...)
						}
					}
					e.Advance()
					for _, p := range to {
						e.Sent(p, 1)
					}
				}
			}
			drain()
			for p := PeerID(1); p <= peers; p++ {
				if tc.blind > 0 && chunks[p] != tc.blind {
					t.Fatalf("silent peer %d got %d chunks, want %d: %v", p, chunks[p], tc.blind, chunks)
				}
				if tc.blind == 0 && chunks[p] <= 2 {
					t.Fatalf("rlnc peer %d got %d chunks, want its whole push share: %v", p, chunks[p], chunks)
				}
			}
			if tc.blind == 0 {
				return
			}
			// Peer 1 shows life (it sends the header back, as a peer that has the
			// message from elsewhere does): it gets its push share, the rest nothing more.
			if err := e.Step(epoch, 1, header); err != nil {
				t.Fatal(err)
			}
			drain()
			if chunks[1] <= tc.blind {
				t.Fatalf("peer 1 got %d chunks after it showed life, want more than %d", chunks[1], tc.blind)
			}
			for p := PeerID(2); p <= peers; p++ {
				if chunks[p] != tc.blind {
					t.Fatalf("silent peer %d got %d chunks, want %d", p, chunks[p], tc.blind)
				}
			}
		})
	}
}
