package da

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
)

// BenchmarkVerifyCodedCell measures verification per coded cell, amortised over
// a batch of one column's pieces (one pairing check), at Ethereum's blob
// counts. Blobs are multiples of one real blob (scaledBlock): real KZG data,
// the same verification work as distinct blobs.
func BenchmarkVerifyCodedCell(b *testing.B) {
	f := getFixture(b)
	if _, err := srsTableOnce(); err != nil { // built once per process: not timed
		b.Fatal(err)
	}
	for _, k := range []int{6, 21, 48, 72} {
		blk, blobs := scaledBlock(b, f.blobs[0], k, uint64(k))
		src := sourceOf(b, blk, blobs, 5)
		rng := rand.New(rand.NewPCG(1, uint64(k)))
		for _, batch := range []int{1, 16, k} {
			pieces := make([]*Piece, batch)
			for i := range pieces {
				p, err := src.Recode(rng)
				if err != nil {
					b.Fatal(err)
				}
				pieces[i] = p
			}
			v := NewVerifier(nil)
			b.Run(fmt.Sprintf("blobs=%d/batch=%d", k, batch), func(b *testing.B) {
				b.ReportAllocs()
				c0 := cpuNow()
				for b.Loop() {
					for _, err := range v.Verify(blk, pieces) {
						if err != nil {
							b.Fatal(err)
						}
					}
				}
				// Wall time per cell, and process CPU time per cell (not
				// inflated by other processes on a shared machine).
				b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*batch)/1000, "ms/cell")
				b.ReportMetric(float64((cpuNow()-c0).Microseconds())/float64(b.N*batch)/1000, "cpu-ms/cell")
			})
		}
	}
}

// BenchmarkVerifyPool measures verification per coded cell in a Pool's check
// over four columns (a custody node's), per = pieces of each column.
func BenchmarkVerifyPool(b *testing.B) {
	f := getFixture(b)
	if _, err := srsTableOnce(); err != nil {
		b.Fatal(err)
	}
	for _, k := range []int{6, 21, 48, 72} {
		blk, blobs := scaledBlock(b, f.blobs[0], k, uint64(k))
		rng := rand.New(rand.NewPCG(3, uint64(k)))
		var srcs []*Column
		for c := range 4 {
			srcs = append(srcs, sourceOf(b, blk, blobs, 5+32*c))
		}
		for _, per := range []int{1, 4, 8} {
			var pieces []*Piece
			for _, src := range srcs {
				for range per {
					p, err := src.Recode(rng)
					if err != nil {
						b.Fatal(err)
					}
					pieces = append(pieces, p)
				}
			}
			v := NewVerifier(nil)
			b.Run(fmt.Sprintf("blobs=%d/cols=4/batch=%d", k, len(pieces)), func(b *testing.B) {
				b.ReportAllocs()
				c0 := cpuNow()
				for b.Loop() {
					for _, err := range v.Verify(blk, pieces) {
						if err != nil {
							b.Fatal(err)
						}
					}
				}
				b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(pieces))/1000, "ms/cell")
				b.ReportMetric(float64((cpuNow()-c0).Microseconds())/float64(b.N*len(pieces))/1000, "cpu-ms/cell")
			})
		}
	}
}

// BenchmarkRecode measures one recombination of a full column (what a relay
// does per piece it sends): Σ r_p·cell_p and an MSM over the held proofs.
func BenchmarkRecode(b *testing.B) {
	f := getFixture(b)
	for _, k := range []int{6, 21, 48, 72} {
		blk, blobs := scaledBlock(b, f.blobs[0], k, uint64(k))
		src := sourceOf(b, blk, blobs, 5)
		rng := rand.New(rand.NewPCG(2, uint64(k)))
		b.Run(fmt.Sprintf("blobs=%d", k), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := src.Recode(rng); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkVerifyAnswers measures sample answers checked in a batch with a
// node's coded pieces (Sampler.Offer into a Pool) against pieces alone and
// against Sampler.Check (one go-eth-kzg check per answer): parsing (the proof's
// decompression and subgroup check) included, as in a Pool's Offer and Flush.
func BenchmarkVerifyAnswers(b *testing.B) {
	f := getFixture(b)
	if _, err := srsTableOnce(); err != nil {
		b.Fatal(err)
	}
	for _, k := range []int{6, 21, 48, 72} {
		blk, blobs := scaledBlock(b, f.blobs[0], k, uint64(k))
		rng := rand.New(rand.NewPCG(4, uint64(k)))
		var pieces []*Piece
		for c := range 4 {
			src := sourceOf(b, blk, blobs, 5+32*c)
			for range 8 {
				p, err := src.Recode(rng)
				if err != nil {
					b.Fatal(err)
				}
				pieces = append(pieces, p)
			}
		}
		s, err := NewSampler(blk, 16, rng)
		if err != nil {
			b.Fatal(err)
		}
		chs := s.Challenges()
		answers := make([]*SampleAnswer, len(chs))
		for i, ch := range chs {
			if answers[i], err = sourceOf(b, blk, blobs, int(ch.Column)).Answer(ch); err != nil {
				b.Fatal(err)
			}
		}
		v := NewVerifier(nil)
		for _, shape := range [][2]int{{32, 0}, {16, 16}, {0, 16}, {0, 1}} {
			np, na := shape[0], shape[1]
			b.Run(fmt.Sprintf("blobs=%d/pieces=%d/answers=%d", k, np, na), func(b *testing.B) {
				b.ReportAllocs()
				c0 := cpuNow()
				for b.Loop() {
					var cs []*coded
					for _, p := range pieces[:np] {
						cd, err := parsePiece(blk, -1, p)
						if err != nil {
							b.Fatal(err)
						}
						cs = append(cs, cd)
					}
					for i, a := range answers[:na] {
						cd, err := parseAnswer(blk, chs[i], a)
						if err != nil {
							b.Fatal(err)
						}
						cs = append(cs, cd)
					}
					ok, _, err := v.verifyCoded(cs)
					if err != nil || slices.Contains(ok, false) {
						b.Fatal("refused", err)
					}
				}
				b.ReportMetric(float64((cpuNow()-c0).Microseconds())/float64(b.N*(np+na))/1000, "cpu-ms/cell")
			})
		}
		b.Run(fmt.Sprintf("blobs=%d/Sampler.Check", k), func(b *testing.B) {
			c0 := cpuNow()
			for b.Loop() {
				if err := s.Check(answers[0]); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64((cpuNow()-c0).Microseconds())/float64(b.N)/1000, "cpu-ms/cell")
		})
	}
}

// BenchmarkMSM compares the check's small multi-scalar multiplications:
// Straus's interleaved method (strausMSM) against gnark's bucket method, for
// the batch weights (128 bits) and full scalars; msm switches at strausMax.
func BenchmarkMSM(b *testing.B) {
	st, err := cellSetupOnce()
	if err != nil {
		b.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(6, 6))
	for _, bits := range []int{128, 256} {
		for _, n := range []int{4, 8, 16, 32, 64} {
			pts := st.g1[:n]
			s := randScalars(rng, n, bits)
			b.Run(fmt.Sprintf("straus/bits=%d/n=%d", bits, n), func(b *testing.B) {
				var d bls12381.G1Affine
				for b.Loop() {
					strausMSM(&d, pts, s, bits)
				}
			})
			b.Run(fmt.Sprintf("gnark/bits=%d/n=%d", bits, n), func(b *testing.B) {
				var d bls12381.G1Affine
				for b.Loop() {
					if _, err := d.MultiExp(pts, s, ecc.MultiExpConfig{NbTasks: 1}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// BenchmarkCheckParts measures the fixed parts of a cell check: the
// setup-point commitment (table entries summed in affine coordinates against
// mixed Jacobian additions) and the two pairings (precomputed lines against
// gnark's PairingCheck).
func BenchmarkCheckParts(b *testing.B) {
	st, err := cellSetupOnce()
	if err != nil {
		b.Fatal(err)
	}
	tbl, err := srsTableOnce()
	if err != nil {
		b.Fatal(err)
	}
	var ip [ScalarsPerCell]fr.Element
	for i := range ip {
		ip[i].SetUint64(uint64(i + 1))
		ip[i].Exp(ip[i], big.NewInt(1<<40+7)) // full-width scalars
	}
	var d bls12381.G1Affine
	b.Run("setup-commit/affine", func(b *testing.B) {
		for b.Loop() {
			tbl.commit(&d, &ip)
		}
	})
	b.Run("setup-commit/jacobian", func(b *testing.B) {
		for b.Loop() {
			tbl.commitJac(&d, &ip)
		}
	})
	p := []bls12381.G1Affine{st.g1[1], st.g1[2]}
	b.Run("pairings/fixed-lines", func(b *testing.B) {
		for b.Loop() {
			lines := [][2][len(bls12381.LoopCounter) - 1]bls12381.LineEvaluationAff{st.lines[0], st.lines[1]}
			if _, err := bls12381.PairingCheckFixedQ(p, lines); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("pairings/PairingCheck", func(b *testing.B) {
		for b.Loop() {
			if _, err := bls12381.PairingCheck(p, []bls12381.G2Affine{st.s64, st.negG2}); err != nil {
				b.Fatal(err)
			}
		}
	})
}
