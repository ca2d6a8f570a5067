package da

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc"
	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
)

// Rand is the random source for recoding coefficients: a seeded source in
// deterministic code (rlnc.Rand, math/rand/v2's *rand.Rand).
type Rand interface{ Uint64() uint64 }

// Column collects the coded pieces of one cell index of one block until it holds
// the whole column (rank = number of blobs). It checks each offered piece against
// the block, checks innovation in coefficient space before any pairing, queues
// it, and verifies the queue in one folded batch (Flush). Only verified pieces
// are held, recombined (Recode) or used to answer samples.
//
// Usage:
//
//	col, _ := da.NewColumn(block, j, da.NewVerifier(nil))
//	if err := col.Offer(piece, from); err != nil { penalise(from, err) }
//	if col.Pending() >= batch { _, rejected := col.Flush(); penalise each rejected }
//	if col.Full() { cells, proofs, _ := col.Cells() }
//
// A Column is not safe for concurrent use.
type Column struct {
	block   *Block
	index   int
	k       int
	ver     *Verifier
	held    []*coded
	pending []*coded
	basis   echelon
	inv     [][]fr.Element // inverse of the held coefficient matrix, once full
	// pool, when set, verifies this column's queue together with its other
	// columns' (queued: this column is in pool.cols).
	pool   *Pool
	queued bool
	// Outcomes of verified pieces not yet returned by Flush (a pool flush
	// run by another column settles this one too), and the checks run.
	acc, rej []int
	err      error
	checks   int
}

// NewColumn returns an empty column index of block b. v verifies the batches
// (nil: NewVerifier(nil)).
func NewColumn(b *Block, index int, v *Verifier) (*Column, error) {
	if b == nil || index < 0 || index >= Columns {
		return nil, fmt.Errorf("%w: column %d", ErrConfig, index)
	}
	if v == nil {
		v = NewVerifier(nil)
	}
	return &Column{block: b, index: index, k: b.Blobs(), ver: v, basis: newEchelon(b.Blobs())}, nil
}

// NewSourceColumn returns column index of block b held in full from the blobs'
// own cells and proofs, cells[i] and proofs[i] being blob i's (as the publisher
// holds them from the blobs' senders). It does not recompute or check proofs.
func NewSourceColumn(b *Block, index int, cells []Cell, proofs []Proof) (*Column, error) {
	c, err := NewColumn(b, index, nil)
	if err != nil {
		return nil, err
	}
	if len(cells) != c.k || len(proofs) != c.k {
		return nil, fmt.Errorf("%w: %d cells and %d proofs for %d blobs", ErrConfig, len(cells), len(proofs), c.k)
	}
	for i := range c.k {
		p := c.systematicPiece(i, &cells[i], &proofs[i])
		cd, err := parsePiece(b, index, p)
		if err != nil {
			return nil, fmt.Errorf("blob %d: %w", i, err)
		}
		c.basis.add(cd.coeffs)
		c.held = append(c.held, cd)
	}
	return c, nil
}

func (c *Column) systematicPiece(i int, cell *Cell, proof *Proof) *Piece {
	p := &Piece{Root: c.block.Root, Column: uint16(c.index), Cell: *cell, Proof: *proof,
		Terms: []Term{{Blob: uint16(i)}}}
	p.Terms[0].Coeff.SetOne()
	return p
}

// Clone returns a copy of the column that shares nothing mutable with it (its
// pieces are immutable once verified), for use on another goroutine.
func (c *Column) Clone() *Column {
	d := &Column{block: c.block, index: c.index, k: c.k, ver: c.ver, basis: newEchelon(c.k)} // in no pool
	d.held = append([]*coded(nil), c.held...)
	for _, cd := range d.held {
		d.basis.add(cd.coeffs)
	}
	return d
}

// Index returns the cell index.
func (c *Column) Index() int { return c.index }

// Block returns the block.
func (c *Column) Block() *Block { return c.block }

// Rank returns the number of verified innovative pieces held.
func (c *Column) Rank() int { return len(c.held) }

// Full reports whether the whole column is held.
func (c *Column) Full() bool { return len(c.held) == c.k }

// Pending returns the pieces whose outcome Flush has not returned yet: those
// queued for verification, and those a pool flush run by another column of the
// pool verified.
func (c *Column) Pending() int { return len(c.pending) + len(c.acc) + len(c.rej) }

// Completes reports whether the queued pieces would complete the column: every
// piece it still needs is queued, so its verification is on the critical path
// and waiting for a larger batch only delays the column.
func (c *Column) Completes() bool { return len(c.pending) > 0 && len(c.held)+len(c.pending) == c.k }

func (c *Column) completes() bool { return c.Completes() }
func (c *Column) done() bool      { return c.Full() }

func (c *Column) take() []*coded {
	pend := c.pending
	c.pending, c.queued = nil, false
	return pend
}

// Innovative reports whether p would add rank (p must already parse; errors as
// Offer's).
func (c *Column) Innovative(p *Piece) (bool, error) {
	cd, err := parsePiece(c.block, c.index, p)
	if err != nil {
		return false, err
	}
	return c.basis.innovative(cd.coeffs), nil
}

// Offer checks p against the block and this column and queues it for
// verification under tag (the caller's name for its sender). Errors, each
// wrapping one reason: ErrWrongBlock, ErrWrongColumn, ErrNotInBlock,
// ErrZeroCoefficient, ErrDuplicateTerm, ErrMalformed, ErrIdentity, and
// ErrNotInnovative for a piece in the span of those held or queued (no pairing
// is spent on it). p is not retained.
func (c *Column) Offer(p *Piece, tag int) error {
	cd, err := parsePiece(c.block, c.index, p)
	if err != nil {
		return err
	}
	if !c.basis.add(cd.coeffs) {
		return ErrNotInnovative
	}
	cd.tag = tag
	c.pending = append(c.pending, cd)
	c.pool.enqueue(c, &c.queued)
	return nil
}

// Flush verifies the queued pieces in one folded batch and returns the tags of
// those accepted and of those rejected (ErrProof), one entry per piece. In a
// Pool, it flushes the whole pool (every column's queue in one check) and
// returns this column's outcomes, including those of an earlier pool flush run
// by another column. err is set only when the verifier's random source failed;
// then nothing was accepted and the queue was dropped.
func (c *Column) Flush() (accepted, rejected []int, err error) {
	c.checks = 0
	if len(c.pending) > 0 {
		if c.pool != nil {
			before := c.pool.checks
			_ = c.pool.Flush()
			c.checks = c.pool.checks - before
		} else {
			pend := c.pending
			c.pending = nil
			ok, n, err := c.ver.verifyCoded(pend)
			c.checks = n
			c.settle(pend, ok, err)
		}
	}
	accepted, rejected, err = c.acc, c.rej, c.err
	c.acc, c.rej, c.err = nil, nil, nil
	if err != nil {
		return nil, nil, err
	}
	return accepted, rejected, nil
}

// leave takes the column out of its pool, dropping its queue and outcomes (its
// session ended).
func (c *Column) leave() {
	if p := c.pool; p != nil {
		p.remove(c)
	}
	c.pending, c.queued, c.acc, c.rej, c.err = nil, false, nil, nil, nil
}

// settle records the outcome of the verified pieces pend (all of this column).
func (c *Column) settle(pend []*coded, ok []bool, err error) {
	bad := false
	for i, cd := range pend {
		if err == nil && ok[i] {
			c.held = append(c.held, cd)
			c.acc = append(c.acc, cd.tag)
		} else {
			c.rej = append(c.rej, cd.tag)
			bad = true
		}
	}
	if bad {
		// The basis counted the rejected pieces: rebuild it from those held.
		c.basis = newEchelon(c.k)
		for _, cd := range c.held {
			c.basis.add(cd.coeffs)
		}
	}
	if err != nil {
		c.err = err
	}
}

// Add offers p and verifies it at once (Offer then Flush for one piece). It
// returns nil if p was accepted.
func (c *Column) Add(p *Piece) error {
	if c.Pending() > 0 {
		return fmt.Errorf("%w: %d pieces queued, Flush first", ErrConfig, c.Pending())
	}
	if err := c.Offer(p, 0); err != nil {
		return err
	}
	_, rej, err := c.Flush()
	if err != nil {
		return err
	}
	if len(rej) > 0 {
		return ErrProof
	}
	return nil
}

// Recode returns a fresh combination of the held verified pieces with random
// non-zero 8-bit coefficients from rnd: no decoding and no proof is computed,
// only Σ r_p·cell_p and Σ r_p·π_p. It fails with ErrRank if nothing is held.
func (c *Column) Recode(rnd Rand) (*Piece, error) {
	if len(c.held) == 0 {
		return nil, fmt.Errorf("%w: nothing held", ErrRank)
	}
	r := make([]fr.Element, len(c.held))
	for i := range r {
		r[i].SetUint64(1 + rnd.Uint64()%255)
	}
	return c.combine(r)
}

// Systematic returns blob i's own cell of this column with its proof
// (coefficient 1). It needs the whole column unless that piece is held as is.
func (c *Column) Systematic(i int) (*Piece, error) {
	if i < 0 || i >= c.k {
		return nil, fmt.Errorf("%w: blob %d of %d", ErrNotInBlock, i, c.k)
	}
	r, err := c.solve(func(v []fr.Element) { v[i].SetOne() })
	if err != nil {
		return nil, err
	}
	return c.combine(r)
}

// combine returns Σ r_p·held_p as a piece.
func (c *Column) combine(r []fr.Element) (*Piece, error) {
	coeffs := make([]fr.Element, c.k)
	var cell [ScalarsPerCell]fr.Element
	proofs := make([]bls12381.G1Affine, 0, len(c.held))
	scal := make([]fr.Element, 0, len(c.held))
	var t fr.Element
	for p, cd := range c.held {
		w := &r[p]
		if w.IsZero() {
			continue
		}
		for j := range coeffs {
			if !cd.coeffs[j].IsZero() {
				t.Mul(w, &cd.coeffs[j])
				coeffs[j].Add(&coeffs[j], &t)
			}
		}
		for j := range cell {
			t.Mul(w, &cd.cell[j])
			cell[j].Add(&cell[j], &t)
		}
		proofs = append(proofs, cd.proof)
		scal = append(scal, *w)
	}
	var pf bls12381.G1Affine
	if _, err := pf.MultiExp(proofs, scal, ecc.MultiExpConfig{NbTasks: 1}); err != nil {
		return nil, err
	}
	out := &Piece{Root: c.block.Root, Column: uint16(c.index), Proof: Proof(pf.Bytes())}
	for j := range coeffs {
		if !coeffs[j].IsZero() {
			out.Terms = append(out.Terms, Term{Blob: uint16(j), Coeff: coeffs[j]})
		}
	}
	if len(out.Terms) == 0 {
		return nil, fmt.Errorf("%w: combination cancelled out", ErrZeroCoefficient)
	}
	scalarsCell(cell[:], &out.Cell)
	return out, nil
}

// solve returns the weights x over the held pieces with Σ x_p·coeffs_p = target
// (target filled by set), which needs the whole column.
func (c *Column) solve(set func([]fr.Element)) ([]fr.Element, error) {
	if !c.Full() {
		return nil, fmt.Errorf("%w: rank %d of %d", ErrRank, len(c.held), c.k)
	}
	if c.inv == nil {
		a := make([][]fr.Element, c.k)
		for p, cd := range c.held {
			a[p] = cd.coeffs
		}
		inv, ok := invert(a)
		if !ok {
			return nil, fmt.Errorf("%w: held pieces are dependent", ErrRank)
		}
		c.inv = inv
	}
	target := make([]fr.Element, c.k)
	set(target)
	// x^T·A = target^T  ⇒  x^T = target^T·A⁻¹.
	x := make([]fr.Element, c.k)
	var t fr.Element
	for i := range target {
		if target[i].IsZero() {
			continue
		}
		for p := range x {
			t.Mul(&target[i], &c.inv[i][p])
			x[p].Add(&x[p], &t)
		}
	}
	return x, nil
}

// Cells decodes the column: blob i's cell and proof at position i. It needs the
// whole column; each proof costs one multi-scalar multiplication over the held
// proofs unless the held pieces are the blobs' own.
func (c *Column) Cells() ([]Cell, []Proof, error) {
	cells := make([]Cell, c.k)
	proofs := make([]Proof, c.k)
	for i := range c.k {
		p, err := c.Systematic(i)
		if err != nil {
			return nil, nil, err
		}
		cells[i], proofs[i] = p.Cell, p.Proof
	}
	return cells, proofs, nil
}

// challengeCoeffs expands a sampler's seed into the dense coefficients of its
// challenge: r_i = SHA-256(seed ‖ root ‖ column ‖ i) mod r, never zero.
func challengeCoeffs(seed [32]byte, root Root, column, k int) []fr.Element {
	r := make([]fr.Element, k)
	var buf [32 + 32 + 2 + 4]byte
	copy(buf[:], seed[:])
	copy(buf[32:], root[:])
	binary.BigEndian.PutUint16(buf[64:], uint16(column))
	for i := range r {
		binary.BigEndian.PutUint32(buf[66:], uint32(i))
		h := sha256.Sum256(buf[:])
		r[i].SetBytes(h[:])
		if r[i].IsZero() {
			r[i].SetOne()
		}
	}
	return r
}
