package core

import (
	"encoding/binary"
	"testing"
)

// TestExactCredit checks that the credits asked of a receiver's providers add
// up to CreditPercent% of its need for every split, that the remainder rotates,
// and that links which have given nothing get a probe only while the need
// exceeds the providers.
func TestExactCredit(t *testing.T) {
	for _, pct := range []int{100, 150, 200} {
		for need := 0; need <= 40; need++ {
			for providers := 1; providers <= 24; providers++ {
				want := (need*pct + 99) / 100
				for rot := 0; rot < 3; rot++ {
					sum := 0
					for idx := 0; idx < providers; idx++ {
						c := exactCredit(need, pct, providers, idx, rot)
						if lo := want / providers; c < lo || c > lo+1 {
							t.Fatalf("need %d pct %d providers %d idx %d: credit %d, want %d or %d", need, pct, providers, idx, c, lo, lo+1)
						}
						sum += c
					}
					if sum != want {
						t.Fatalf("need %d pct %d providers %d rot %d: credits add up to %d, want %d", need, pct, providers, rot, sum, want)
					}
				}
				probe := exactCredit(need, pct, providers, -1, 0)
				if wantProbe := map[bool]int{true: 1, false: 0}[need > providers]; probe != wantProbe {
					t.Fatalf("need %d providers %d: probe %d, want %d", need, providers, probe, wantProbe)
				}
			}
		}
	}
	// Before any provider, the first link is asked for the whole need.
	if c := exactCredit(32, 100, 0, -1, 0); c != 32 {
		t.Fatalf("no providers: credit %d, want 32", c)
	}
	// The remainder moves with the rotation: with 3 providers and a need of 4,
	// each provider gets the extra chunk at some rotation.
	for idx := 0; idx < 3; idx++ {
		got := false
		for rot := 0; rot < 3; rot++ {
			got = got || exactCredit(4, 100, 3, idx, rot) == 2
		}
		if !got {
			t.Fatalf("provider %d never gets the remainder", idx)
		}
	}
}

// TestStalledHaveAsksCapableProviders: a receiver one chunk short whose exact
// share lands on a relay ranked below it (which, by its sending rule, sends
// nothing) asks, once stalled, a provider that can serve. Before this rule the
// share stayed on the same link, rotated by a rank that no longer moved, and the
// receiver waited for the session to expire (eth-1000 at PushPercent 60).
func TestStalledHaveAsksCapableProviders(t *testing.T) {
	const k, size = 4, 64
	cfg := Config{CreditPercent: 100, PushPercent: 100}
	env := &Env{Rand: newTestRand(1), Costs: &Costs{}, cfg: &cfg}
	h := Header{Strategy: StrategyRLNC, Size: k * size, ChunkSize: size, Chunks: k, GenSize: k}
	ps, err := RLNC{}.Publish(env, &h, make([]byte, k*size), Shape{ChunkSize: size, Chunks: k, GenSize: k})
	if err != nil {
		t.Fatal(err)
	}
	pub := ps.(*rlncSession)
	pub.AddLink()
	rs, err := RLNC{}.Open(env, &h)
	if err != nil {
		t.Fatal(err)
	}
	s := rs.(*rlncSession)
	const relayA, done, relayC = 0, 1, 2
	for range 3 {
		s.AddLink()
	}
	// One innovative chunk from each link: rank 3 of 4.
	for slot := range 3 {
		body, ok := pub.Emit(0, nil)
		if !ok {
			t.Fatal("publisher emitted nothing")
		}
		if innov, err := s.Chunk(slot, body); err != nil || !innov {
			t.Fatalf("chunk from slot %d: innovative %v, %v", slot, innov, err)
		}
	}
	report := func(slot, rank int) {
		var b []byte
		b = append(b, 0, 0, 1)
		b = binary.BigEndian.AppendUint16(b, uint16(rank))
		b = binary.BigEndian.AppendUint16(b, 0)
		b = binary.BigEndian.AppendUint16(b, 0)
		if err := s.Have(slot, b); err != nil {
			t.Fatal(err)
		}
	}
	report(relayA, 2)
	report(relayC, 2)
	s.PeerDone(done)
	credit := func(slot int, stalled bool) int {
		b := s.AppendHave(slot, stalled, nil)
		return int(binary.BigEndian.Uint16(b[3+2:]))
	}
	// The exact share (need 1 over three providers, rotated by rank 3) goes to
	// relay A, which cannot serve: that is what stalls.
	if a, d := credit(relayA, false), credit(done, false); a != 1 || d != 0 {
		t.Fatalf("fresh have: credit %d to relay A, %d to the done peer; want 1 and 0 (exact shares)", a, d)
	}
	if a, d, c := credit(relayA, true), credit(done, true), credit(relayC, true); a != 0 || c != 0 || d != 1 {
		t.Fatalf("stalled have: credit %d to relay A, %d to the done peer, %d to relay C; want 0, 1, 0", a, d, c)
	}
}
