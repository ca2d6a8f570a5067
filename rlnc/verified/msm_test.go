package verified

import (
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

func TestDigits(t *testing.T) {
	r := rand.New(rand.NewPCG(6, 6))
	for i := 0; i < 1000; i++ {
		s := randSc(r)
		var d [tableDigits]int32
		digits12(&s, &d)
		// Σ d_j 2^(12j) == s, checked with big integers.
		sum := scToBig(&sc{})
		for j := tableDigits - 1; j >= 0; j-- {
			sum.Lsh(sum, tableWindow)
			sum.Add(sum, bigInt(int64(d[j])))
			if d[j] > tableBuckets || d[j] < -tableBuckets {
				t.Fatalf("digit %d out of range", d[j])
			}
		}
		if sum.Cmp(scToBig(&s)) != 0 {
			t.Fatal("digits do not recompose")
		}
	}
}
