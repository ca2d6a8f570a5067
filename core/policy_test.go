package core

import "testing"

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
