package verified

import (
	"fmt"
	"runtime"
	"sync"
)

// tableWindow is the digit width of the fixed-base tables: scalars are split into
// signed 12-bit digits, so each generator G_k is stored as the 22 points
// 2^(12j)·G_k and a multi-scalar multiplication is one pass of bucket additions
// over 2^11 buckets, with no doublings. 12 bits is close to the best window for
// every chunk length from 256 to 8192 scalars (see docs/adr/0002-verified-coding.md).
const (
	tableWindow  = 12
	tableDigits  = (256 + tableWindow - 1) / tableWindow // 22 signed digits cover 253-bit scalars
	tableBuckets = 1 << (tableWindow - 1)
)

// MaxChunkScalars bounds the generators a process may derive (4 MiB chunks).
const MaxChunkScalars = 1 << 17

// Generators holds the Pedersen generators G_0, G_1, … and their fixed-base
// tables. Generator i is the Ristretto255 one-way map of
// SHA-512("weft/rlnc/verified/v1/generator" || uint64le(i)): no trusted setup,
// and the same for every chunk length (a chunk of L scalars uses G_0..G_{L-1}).
//
// Building the tables costs about 22 point doublings per bit-window per generator
// and takes 2.6 KiB per generator; build one Generators per process, sized for the
// largest chunk accepted, and share it. A Generators is immutable after
// NewGenerators returns and safe for concurrent use.
type Generators struct {
	n   int
	tab []niels // tab[k*tableDigits+j] = 2^(tableWindow·j)·G_k
}

// NewGenerators derives maxScalars generators and their tables, using every
// core. maxScalars is the largest chunk, in 31-byte scalars, that encoders and
// decoders sharing these generators will handle.
func NewGenerators(maxScalars int) (*Generators, error) {
	if maxScalars < 1 || maxScalars > MaxChunkScalars {
		return nil, fmt.Errorf("%w: %d generators requested, want 1..%d", ErrInvalidParams, maxScalars, MaxChunkScalars)
	}
	g := &Generators{n: maxScalars, tab: make([]niels, maxScalars*tableDigits)}
	workers := min(runtime.GOMAXPROCS(0), maxScalars)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		lo, hi := w*maxScalars/workers, (w+1)*maxScalars/workers
		wg.Add(1)
		go func() {
			defer wg.Done()
			pts := make([]point, tableDigits)
			for k := lo; k < hi; k++ {
				pts[0] = hashGenerator(k)
				for j := 1; j < tableDigits; j++ {
					pts[j] = pts[j-1]
					for range tableWindow {
						pts[j].double(&pts[j])
					}
				}
				toNielsBatch(g.tab[k*tableDigits:(k+1)*tableDigits], pts)
			}
		}()
	}
	wg.Wait()
	return g, nil
}

// Len returns how many generators g holds: the longest chunk, in scalars, it
// can commit to or verify.
func (g *Generators) Len() int { return g.n }

// digits12 writes the signed base-2^12 digits of s (s < 2^256) into d:
// s = Σ d[j]·2^(12j) with -2^11 ≤ d[j] < 2^11... except the top digit, which
// absorbs the final carry.
func digits12(s *sc, d *[tableDigits]int32) {
	var carry int32
	for j := 0; j < tableDigits; j++ {
		bit := j * tableWindow
		limb, off := bit/64, uint(bit%64)
		var w uint64
		if limb < 4 {
			w = s[limb] >> off
			if off > 64-tableWindow && limb+1 < 4 {
				w |= s[limb+1] << (64 - off)
			}
		}
		v := int32(w&(1<<tableWindow-1)) + carry
		carry = 0
		if v >= tableBuckets {
			v -= 1 << tableWindow
			carry = 1
		}
		d[j] = v
	}
}

// msmScratch holds the buckets of one multi-scalar multiplication; reuse it.
type msmScratch struct {
	buckets [tableBuckets]point
	used    [tableBuckets]bool
}

// msm returns Σ s[k]·G_k over k < len(s) (len(s) ≤ g.Len()). It runs on the
// caller's goroutine; concurrent calls need their own scratch.
func (g *Generators) msm(s []sc, scr *msmScratch) point { return g.msmFrom(s, 0, scr) }

// msmFrom returns Σ s[k]·G_{off+k}.
func (g *Generators) msmFrom(s []sc, off int, scr *msmScratch) point {
	for i := range scr.used {
		scr.used[i] = false
	}
	var d [tableDigits]int32
	for k := range s {
		if s[k].isZero() {
			continue
		}
		digits12(&s[k], &d)
		row := g.tab[(off+k)*tableDigits : (off+k+1)*tableDigits : (off+k+1)*tableDigits]
		for j, v := range d {
			if v == 0 {
				continue
			}
			neg := v < 0
			if neg {
				v = -v
			}
			b := v - 1
			if !scr.used[b] {
				scr.buckets[b].setIdentity()
				scr.used[b] = true
			}
			scr.buckets[b].addNiels(&scr.buckets[b], &row[j], neg)
		}
	}
	// Σ (b+1)·B_b by running sums from the top bucket down.
	var sum, acc point
	sum.setIdentity()
	acc.setIdentity()
	top := tableBuckets - 1
	for top >= 0 && !scr.used[top] {
		top--
	}
	for b := top; b >= 0; b-- {
		if scr.used[b] {
			sum.add(&sum, &scr.buckets[b])
		}
		acc.add(&acc, &sum)
	}
	return acc
}

// minParallelScalars is the least number of scalars worth a goroutine of its
// own in msmParallel: below it the duplicated bucket reduction (2^12 additions)
// outweighs the split.
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
