package verified

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"filippo.io/edwards25519"
)

// The fixed-base MSM agrees with edwards25519's Straus MSM, serial and split.
func TestMSMAgainstStraus(t *testing.T) {
	g := gens(t)
	r := rand.New(rand.NewPCG(5, 5))
	for _, l := range []int{1, 2, 7, 100, 300, 512} {
		s := make([]sc, l)
		for k := range s {
			switch k % 5 {
			case 0:
				s[k] = randSc(r)
			case 1:
				s[k] = sc{ell[0] - 1, ell[1], ell[2], ell[3]}
			case 2:
				s[k] = sc{uint64(r.IntN(5000))}
			case 3:
				s[k] = sc{}
			default:
				s[k] = sc{0, 0, 0, r.Uint64() >> 8} // a packed data scalar's top bits
			}
		}
		scalars := make([]*edwards25519.Scalar, l)
		pts := baselineGenerators(l)
		for k := range s {
			scalars[k] = s[k].edScalar()
		}
		want := new(edwards25519.Point).VarTimeMultiScalarMult(scalars, pts)
		var w point
		w.fromEdwards(want)
		got := g.msm(s, new(msmScratch))
		if !got.equal(&w) {
			t.Fatalf("l=%d: msm differs from Straus", l)
		}
		scrs := []*msmScratch{new(msmScratch), new(msmScratch), new(msmScratch)}
		got = g.msmParallel(s, scrs)
		if !got.equal(&w) {
			t.Fatalf("l=%d: parallel msm differs", l)
		}
	}
}

// signedDigitsRef is the first, branchy version of signedDigits.
func signedDigitsRef(s *sc, w, digits int, d *[maxDigits]int32) {
	var carry int32
	half := int32(1) << (w - 1)
	mask := uint64(1)<<w - 1
	for j := 0; j < digits; j++ {
		bit := j * w
		limb, off := bit/64, uint(bit%64)
		var x uint64
		if limb < 4 {
			x = s[limb] >> off
			if off > uint(64-w) && limb+1 < 4 {
				x |= s[limb+1] << (64 - off)
			}
		}
		v := int32(x&mask) + carry
		carry = 0
		if v >= half {
			v -= 1 << w
			carry = 1
		}
		d[j] = v
	}
}

// TestDigitsMatchRef: signedDigits equals its reference on random, edge and
// unreduced scalars, for both windows.
func TestDigitsMatchRef(t *testing.T) {
	r := rand.New(rand.NewPCG(6, 7))
	edges := []sc{{}, {1}, {ell[0] - 1, ell[1], ell[2], ell[3]}, ell, {^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}, {0, 0, 0, 1 << 63}}
	for _, w := range []int{narrowWindow, wideWindow} {
		digits := (256 + w - 1) / w
		for i := 0; i < 5000; i++ {
			s := sc{r.Uint64(), r.Uint64(), r.Uint64(), r.Uint64()}
			if i < len(edges) {
				s = edges[i]
			}
			var got, want [maxDigits]int32
			signedDigits(&s, w, digits, &got)
			signedDigitsRef(&s, w, digits, &want)
			if got != want {
				t.Fatalf("w=%d s=%x: %v, want %v", w, s, got[:digits], want[:digits])
			}
		}
	}
}

func TestDigits(t *testing.T) {
	r := rand.New(rand.NewPCG(6, 6))
	for _, w := range []int{narrowWindow, wideWindow} {
		digits := (256 + w - 1) / w
		for i := 0; i < 1000; i++ {
			s := randSc(r)
			var d [maxDigits]int32
			signedDigits(&s, w, digits, &d)
			// Σ d_j 2^(w·j) == s, checked with big integers.
			sum := scToBig(&sc{})
			for j := digits - 1; j >= 0; j-- {
				sum.Lsh(sum, uint(w))
				sum.Add(sum, bigInt(int64(d[j])))
				if d[j] > 1<<(w-1) || d[j] < -(1<<(w-1)) {
					t.Fatalf("digit %d out of range", d[j])
				}
			}
			if sum.Cmp(scToBig(&s)) != 0 {
				t.Fatal("digits do not recompose")
			}
		}
	}
}

// Both tables give the same sums.
func TestTablesAgree(t *testing.T) {
	g, err := NewGenerators(300)
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(7, 7))
	s := make([]sc, 300)
	for k := range s {
		s[k] = randSc(r)
	}
	for _, l := range []int{1, 50, 300} {
		a := g.msmTable(g.narrow, s[:l], 0, new(msmScratch))
		b := g.msmTable(g.wide, s[:l], 0, new(msmScratch))
		if !a.equal(&b) {
			t.Fatalf("l=%d: tables disagree", l)
		}
	}
}

// BenchmarkMSM compares the two fixed-base tables on short chunks (ratios in
// one run pick the window crossover).
func BenchmarkMSM(b *testing.B) {
	g := gens(b)
	r := rand.New(rand.NewPCG(8, 8))
	s := make([]sc, 512)
	for k := range s {
		s[k] = randSc(r)
	}
	for _, l := range []int{133, 265, 512} {
		for _, tab := range []string{"narrow", "wide"} {
			for _, k := range benchKernels() {
				b.Run(fmt.Sprintf("l=%d/table=%s/kernel=%s", l, tab, k.name), func(b *testing.B) {
					defer k.use()()
					t := g.wide
					if tab == "narrow" {
						t = g.narrow
					}
					scr := new(msmScratch)
					stop := cpuMeter(b, 0)
					for b.Loop() {
						_ = g.msmTable(t, s[:l], 0, scr)
					}
					stop()
				})
			}
		}
	}
}
