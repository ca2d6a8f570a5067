package rlnc

import (
	"fmt"

	"github.com/weftnet/weft/rlnc/internal/gf"
)

// basis is the state a Recoder and a Decoder share: the innovative packets received
// so far ("raw" rows, payloads kept as they arrived) and, in coefficient space only,
// the reduced row echelon form of their coefficient vectors.
//
// Invariants, with rank r and raw rows raw_0..raw_{r-1}:
//   - for every pivot column j with has[j], row R_j (rref[j]) has R_j[j] = 1 and
//     R_j[q] = 0 for every other pivot column q;
//   - R_j = Σ_l tr[j][l]·coeffs(raw_l), so the payload of R_j is Σ_l tr[j][l]·raw_l;
//   - raw rows never change once written.
//
// Reducing a new packet therefore costs O(r·k) byte operations in coefficient space,
// and a non-innovative packet is rejected before any payload byte is touched. Payload
// work happens only when a chunk is recoded or decoded, in fused kernels.
type basis struct {
	k, size int
	kern    gf.Kernel
	gen     uint32
	rank    int
	has     []bool
	pivots  []int  // filled pivot columns, in insertion order
	rref    []byte // k×k, row j at [j*k:(j+1)*k]
	tr      []byte // k×k, row j at [j*k:(j+1)*k], over raw indices
	raw     []byte // k×size, raw row l at [l*size:(l+1)*size]

	rrefRows, trRows, rawRows [][]byte // views of the rows above

	// scratch, reused by every call
	c, t, mult []byte
	in, in2    [][]byte
}

func newBasis(k, size int, kern gf.Kernel) basis {
	b := basis{
		k: k, size: size, kern: kern,
		has:    make([]bool, k),
		pivots: make([]int, 0, k),
		rref:   make([]byte, k*k),
		tr:     make([]byte, k*k),
		raw:    make([]byte, k*size),
		c:      make([]byte, k),
		t:      make([]byte, k),
		mult:   make([]byte, k),
		in:     make([][]byte, k),
		in2:    make([][]byte, k),
	}
	b.rrefRows = rows(b.rref, k, k)
	b.trRows = rows(b.tr, k, k)
	b.rawRows = rows(b.raw, k, size)
	return b
}

func rows(buf []byte, n, size int) [][]byte {
	r := make([][]byte, n)
	for i := range r {
		r[i] = buf[i*size : (i+1)*size : (i+1)*size]
	}
	return r
}

func (b *basis) reset(gen uint32) {
	b.gen, b.rank = gen, 0
	clear(b.has)
	b.pivots = b.pivots[:0]
}

// reduce writes p's coefficient vector, reduced against the basis, into b.c and
// returns the number n of basis rows it used (their multipliers in b.mult[:n], their
// pivots' tr rows in b.in2[:n]) and the first non-zero column q, or -1 when p is not
// innovative.
func (b *basis) reduce(p *Packet) (n, q int, err error) {
	if err := p.coefficients(b.gen, b.k, b.size, b.c); err != nil {
		return 0, -1, err
	}
	for _, j := range b.pivots {
		if m := b.c[j]; m != 0 {
			b.mult[n] = m
			b.in[n] = b.rrefRows[j]
			b.in2[n] = b.trRows[j]
			n++
		}
	}
	if n > 0 {
		// In characteristic 2 subtraction is addition: c ^= Σ c[j]·R_j.
		b.kern.Dot(b.mult[:n], b.in[:n], b.c, true)
	}
	for i, v := range b.c {
		if v != 0 {
			return n, i, nil
		}
	}
	return n, -1, nil
}

// add inserts p if it is innovative. It copies p.Payload.
func (b *basis) add(p *Packet) (bool, error) {
	n, q, err := b.reduce(p)
	if err != nil || q < 0 {
		return false, err
	}
	l := b.rank
	copy(b.rawRows[l], p.Payload)
	// The new row's combination of raw rows: e_l + Σ mult_j·tr_j.
	clear(b.t)
	b.t[l] = 1
	if n > 0 {
		b.kern.Dot(b.mult[:n], b.in2[:n], b.t, true)
	}
	inv := gf.Inv(b.c[q])
	b.kern.Mul(inv, b.c, b.c)
	b.kern.Mul(inv, b.t, b.t)
	// Clear column q from every other row to keep the form reduced.
	for _, j := range b.pivots {
		if f := b.rrefRows[j][q]; f != 0 {
			b.kern.MulAdd(f, b.c, b.rrefRows[j])
			b.kern.MulAdd(f, b.t, b.trRows[j])
		}
	}
	copy(b.rrefRows[q], b.c)
	copy(b.trRows[q], b.t)
	b.has[q] = true
	b.pivots = append(b.pivots, q)
	b.rank++
	return true, nil
}

// innovative reports whether p would raise the rank, without changing the basis.
func (b *basis) innovative(p *Packet) (bool, error) {
	_, q, err := b.reduce(p)
	return q >= 0, err
}

// recode fills p with a fresh random combination of the basis (explicit
// coefficients relative to the source).
func (b *basis) recode(rnd *Rand, p *Packet) error {
	if b.rank == 0 {
		return ErrRankZero
	}
	if len(p.Payload) < b.size {
		return fmt.Errorf("%w: payload buffer %d bytes, want %d", ErrShortBuffer, len(p.Payload), b.size)
	}
	if cap(p.Coeffs) < b.k {
		return fmt.Errorf("%w: coefficient buffer %d bytes, want %d", ErrShortBuffer, cap(p.Coeffs), b.k)
	}
	p.Payload, p.Coeffs = p.Payload[:b.size], p.Coeffs[:b.k]
	// Random weights over the basis rows; a zero vector would carry nothing.
	r := b.mult[:b.rank]
	for {
		rnd.Fill(r)
		if !allZero(r) {
			break
		}
	}
	for i, j := range b.pivots {
		b.in[i] = b.rrefRows[j]
		b.in2[i] = b.trRows[j]
	}
	b.kern.Dot(r, b.in[:b.rank], p.Coeffs, false) // coefficients relative to the source
	b.kern.Dot(r, b.in2[:b.rank], b.t, false)     // the same combination over raw rows
	b.kern.Dot(b.t[:b.rank], b.rawRows[:b.rank], p.Payload, false)
	p.Generation, p.Kind, p.Seed = b.gen, CoeffExplicit, 0
	return nil
}

// solved reports whether source chunk i is determined by the basis: its pivot row
// is the unit vector e_i.
func (b *basis) solved(i int) bool {
	if i < 0 || i >= b.k || !b.has[i] {
		return false
	}
	row := b.rrefRows[i]
	for j, v := range row {
		if j != i && v != 0 {
			return false
		}
	}
	return true
}

func allZero(b []byte) bool {
	for _, v := range b {
		if v != 0 {
			return false
		}
	}
	return true
}
