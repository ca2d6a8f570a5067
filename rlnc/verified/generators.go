package verified

import (
	"fmt"
	"runtime"
	"sync"

	"filippo.io/edwards25519/field"
)

// Fixed-base tables. A table of window c stores each generator G_k as the
// ceil(256/c) points 2^(c·j)·G_k, so a multi-scalar multiplication over the
// generators is one pass of mixed additions into 2^(c-1) buckets (signed c-bit
// digits) followed by 2^c additions to sum the buckets, with no doublings:
// about L·ceil(256/c) + 2^c additions for L scalars. Two windows cover the
// chunk lengths in use: 12 bits for long chunks (22 digits, 2.6 KiB per
// generator) and 10 bits for short ones (26 digits, 3.0 KiB per generator, built
// for the first smallTableScalars generators only), where the 2^12-addition
// bucket sum of the wide window would dominate.
const (
	wideWindow        = 12
	narrowWindow      = 10
	maxDigits         = (256 + narrowWindow - 1) / narrowWindow
	maxBuckets        = 1 << (wideWindow - 1)
	smallTableScalars = 1024
)

// MaxChunkScalars bounds the generators a process may derive (4 MiB chunks).
const MaxChunkScalars = 1 << 17

// table holds the multiples 2^(window·j)·G_k for k < n, j < digits.
//
// The points are kept in one form: affine Niels (tab, for the pure-Go MSM), or
// where the IFMA kernel runs the same points in radix 2^52 (t52, 15 uint64s
// per point: ypx, ymx, t2d). niels() rebuilds tab from t52 on first use, for
// tests and benchmarks that force the pure-Go path there.
type table struct {
	window, digits, buckets, n int
	tab                        []niels  // tab[k*digits+j]
	t52                        []uint64 // t52[15*(k*digits+j):]
	nielsOnce                  sync.Once
}

func newTable(window, n int, radix52 bool) *table {
	d := (256 + window - 1) / window
	t := &table{window: window, digits: d, buckets: 1 << (window - 1), n: n}
	if radix52 {
		t.t52 = make([]uint64, 15*n*d)
	} else {
		t.tab = make([]niels, n*d)
	}
	return t
}

// niels returns the table in affine Niels form (see table).
func (t *table) niels() []niels {
	t.nielsOnce.Do(func() {
		if t.tab != nil {
			return
		}
		tab := make([]niels, len(t.t52)/15)
		for i := range tab {
			var f fe52
			for c, e := range []*field.Element{&tab[i].YplusX, &tab[i].YminusX, &tab[i].T2d} {
				copy(f[:], t.t52[15*i+5*c:])
				f.fieldElement(e)
			}
		}
		t.tab = tab
	})
	return t.tab
}

// cost estimates the additions of an MSM of l scalars with this table.
func (t *table) cost(l int) int { return l*t.digits + 2*t.buckets }

// Generators holds the Pedersen generators G_0, G_1, … and their fixed-base
// tables. Generator i is the Ristretto255 one-way map of
// SHA-512("weft/rlnc/verified/v1/generator" || uint64le(i)): no trusted setup,
// and the same for every chunk length (a chunk of L scalars uses G_0..G_{L-1}).
//
// Building the tables costs about 256 point doublings per generator and takes
// 2.6 KiB per generator (plus 3 MiB for the short-chunk table); build one
// Generators per process, sized for the largest chunk accepted, and share it. A
// Generators is immutable after NewGenerators returns and safe for concurrent
// use. Where the IFMA kernel runs, the tables are kept in its radix-2^52 form
// only (the same size); the pure-Go form is rebuilt once, under a sync.Once, if
// the pure-Go path is forced (tests, benchmarks).
type Generators struct {
	n            int
	wide, narrow *table
}

// NewGenerators derives maxScalars generators and their tables, using every
// core. maxScalars is the largest chunk, in 31-byte scalars, that encoders and
// decoders sharing these generators will handle.
func NewGenerators(maxScalars int) (*Generators, error) {
	if maxScalars < 1 || maxScalars > MaxChunkScalars {
		return nil, fmt.Errorf("%w: %d generators requested, want 1..%d", ErrInvalidParams, maxScalars, MaxChunkScalars)
	}
	radix52 := msmKernel != nil
	g := &Generators{
		n:      maxScalars,
		wide:   newTable(wideWindow, maxScalars, radix52),
		narrow: newTable(narrowWindow, min(maxScalars, smallTableScalars), radix52),
	}
	workers := min(runtime.GOMAXPROCS(0), maxScalars)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		lo, hi := w*maxScalars/workers, (w+1)*maxScalars/workers
		wg.Add(1)
		go func() {
			defer wg.Done()
			pts := make([]point, maxDigits)
			nls := make([]niels, maxDigits)
			for k := lo; k < hi; k++ {
				base := hashGenerator(k)
				for _, t := range []*table{g.wide, g.narrow} {
					if k >= t.n {
						continue
					}
					pts[0] = base
					for j := 1; j < t.digits; j++ {
						pts[j] = pts[j-1]
						for range t.window {
							pts[j].double(&pts[j])
						}
					}
					if radix52 {
						toNielsBatch(nls[:t.digits], pts[:t.digits])
						fillTable52(t.t52[15*k*t.digits:15*(k+1)*t.digits], nls[:t.digits])
					} else {
						toNielsBatch(t.tab[k*t.digits:(k+1)*t.digits], pts[:t.digits])
					}
				}
			}
		}()
	}
	wg.Wait()
	return g, nil
}

// Len returns how many generators g holds: the longest chunk, in scalars, it
// can commit to or verify.
func (g *Generators) Len() int { return g.n }

// pick returns the cheaper table that covers generators [off, off+l).
func (g *Generators) pick(off, l int) *table {
	if off+l <= g.narrow.n && g.narrow.cost(l) < g.wide.cost(l) {
		return g.narrow
	}
	return g.wide
}

// signedDigits writes the signed base-2^w digits of s (s < 2^256) into d[:digits]:
// s = Σ d[j]·2^(w·j) with -2^(w-1) ≤ d[j] < 2^(w-1), except that the top digit
// absorbs the final carry (it stays tiny: s < 2^253).
func signedDigits(s *sc, w, digits int, d *[maxDigits]int32) {
	var carry int64
	half := int64(1) << (w - 1)
	mask := uint64(1)<<w - 1
	bit := 0
	for j := range d[:digits] {
		limb, off := bit>>6, uint(bit&63)
		var x uint64
		if limb < 3 {
			x = s[limb]>>off | s[limb+1]<<(64-off) // a shift by 64 gives 0 in Go
		} else if limb == 3 {
			x = s[3] >> off
		}
		// v ≤ 2^w; the digit is v, or v - 2^w with a carry when v ≥ half.
		v := int64(x&mask) + carry
		carry = (v + half) >> w
		d[j] = int32(v - carry<<w)
		bit += w
	}
}

// msmScratch holds the buckets of one multi-scalar multiplication; reuse it.
type msmScratch struct {
	buckets [maxBuckets]point
	used    [maxBuckets]bool
	s52     *msmScratch52 // the IFMA path's, allocated on first use
}

// msm returns Σ s[k]·G_k over k < len(s) (len(s) ≤ g.Len()). It runs on the
// caller's goroutine; concurrent calls need their own scratch.
func (g *Generators) msm(s []sc, scr *msmScratch) point { return g.msmFrom(s, 0, scr) }

// msmFrom returns Σ s[k]·G_{off+k}.
func (g *Generators) msmFrom(s []sc, off int, scr *msmScratch) point {
	return g.msmTable(g.pick(off, len(s)), s, off, scr)
}

// msmTable is msmFrom with the table chosen by the caller.
func (g *Generators) msmTable(t *table, s []sc, off int, scr *msmScratch) point {
	if kernels.msm && t.t52 != nil {
		return g.msmTable52(t, s, off, scr)
	}
	nb := t.buckets
	used := scr.used[:nb]
	for i := range used {
		used[i] = false
	}
	buckets := scr.buckets[:nb]
	tab := t.niels()
	var d [maxDigits]int32
	for k := range s {
		if s[k].isZero() {
			continue
		}
		signedDigits(&s[k], t.window, t.digits, &d)
		row := tab[(off+k)*t.digits : (off+k+1)*t.digits : (off+k+1)*t.digits]
		for j, v := range d[:t.digits] {
			if v == 0 {
				continue
			}
			neg := v < 0
			if neg {
				v = -v
			}
			b := v - 1
			if !used[b] {
				buckets[b].setIdentity()
				used[b] = true
			}
			buckets[b].addNiels(&buckets[b], &row[j], neg)
		}
	}
	return bucketSum(buckets, used)
}

// bucketSum returns Σ (b+1)·B_b over the used buckets, by running sums from
// the top bucket down.
func bucketSum(buckets []point, used []bool) point {
	nb := len(buckets)
	var sum, acc point
	sum.setIdentity()
	acc.setIdentity()
	top := nb - 1
	for top >= 0 && !used[top] {
		top--
	}
	for b := top; b >= 0; b-- {
		if used[b] {
			sum.add(&sum, &buckets[b])
		}
		acc.add(&acc, &sum)
	}
	return acc
}

// minParallelScalars is the least number of scalars worth a goroutine of its
// own in msmParallel: below it the duplicated bucket sum outweighs the split.
const minParallelScalars = 256

// msmParallel is msm split over up to len(scrs) goroutines, each with its own
// buckets; the partial sums are added at the end.
func (g *Generators) msmParallel(s []sc, scrs []*msmScratch) point {
	workers := min(len(scrs), len(s)/minParallelScalars)
	if workers <= 1 {
		return g.msm(s, scrs[0])
	}
	parts := make([]point, workers)
	var wg sync.WaitGroup
	for w := 1; w < workers; w++ {
		lo, hi := w*len(s)/workers, (w+1)*len(s)/workers
		wg.Add(1)
		go func() {
			defer wg.Done()
			parts[w] = g.msmFrom(s[lo:hi], lo, scrs[w])
		}()
	}
	parts[0] = g.msmFrom(s[:len(s)/workers], 0, scrs[0])
	wg.Wait()
	for w := 1; w < workers; w++ {
		parts[0].add(&parts[0], &parts[w])
	}
	return parts[0]
}
