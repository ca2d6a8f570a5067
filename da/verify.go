package da

import (
	"crypto/rand"
	"fmt"
	"io"

	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
)

// coded is a piece parsed against its block: dense coefficients, cell scalars
// and the proof point. Every check that needs no pairing has passed.
type coded struct {
	block  *Block
	column int
	coeffs []fr.Element // length Block.Blobs()
	cell   [ScalarsPerCell]fr.Element
	proof  bls12381.G1Affine
	tag    int
}

// parsePiece checks p against block b (and column col, unless col < 0) and
// parses it. Errors: ErrWrongBlock, ErrWrongColumn, ErrNotInBlock,
// ErrZeroCoefficient, ErrDuplicateTerm, ErrMalformed, ErrIdentity.
func parsePiece(b *Block, col int, p *Piece) (*coded, error) {
	if p.Root != b.Root {
		return nil, fmt.Errorf("%w: root %x, block %x", ErrWrongBlock, p.Root[:4], b.Root[:4])
	}
	if int(p.Column) >= Columns || (col >= 0 && int(p.Column) != col) {
		return nil, fmt.Errorf("%w: piece for cell %d offered for column %d", ErrWrongColumn, p.Column, col)
	}
	if len(p.Terms) == 0 {
		return nil, fmt.Errorf("%w: no terms", ErrZeroCoefficient)
	}
	c := &coded{block: b, column: int(p.Column), coeffs: make([]fr.Element, b.Blobs())}
	for i := range p.Terms {
		t := &p.Terms[i]
		if int(t.Blob) >= b.Blobs() {
			return nil, fmt.Errorf("%w: blob %d of %d", ErrNotInBlock, t.Blob, b.Blobs())
		}
		if t.Coeff.IsZero() {
			return nil, fmt.Errorf("%w: blob %d", ErrZeroCoefficient, t.Blob)
		}
		if !c.coeffs[t.Blob].IsZero() {
			return nil, fmt.Errorf("%w: blob %d", ErrDuplicateTerm, t.Blob)
		}
		c.coeffs[t.Blob] = t.Coeff
	}
	if err := cellScalars(&p.Cell, c.cell[:]); err != nil {
		return nil, err
	}
	pt, err := parsePoint(p.Proof[:])
	if err != nil {
		return nil, err
	}
	// A non-zero combination of cells whose proof is the identity opens a
	// polynomial that vanishes on the coset, i.e. proves nothing about the data;
	// and if Σ c_i·C_i is the identity, only the identity proof would pass the
	// cell check. Refusing identity proofs refuses both.
	if pt.IsInfinity() {
		return nil, fmt.Errorf("%w: proof", ErrIdentity)
	}
	c.proof = pt
	return c, nil
}

// Verifier checks coded pieces in batches: one random 128-bit weight per
// piece sums the pieces' cell equations, of any columns and blocks, into one
// pairing check (EIP-7594's batch cell check; see cellcheck.go), whose
// commitment side is one multi-scalar multiplication over the block's
// commitments Σ_i (Σ_p w_p·c_{p,i})·C_i: the verifier rebuilds it and never
// takes a combined commitment from a peer. By linearity a batch of valid pieces
// passes; a batch with an invalid piece passes with probability about 2^-128.
// A failed batch is bisected to name the bad pieces.
//
// A Verifier is safe for concurrent use if its random source is.
type Verifier struct {
	rand io.Reader
}

// NewVerifier returns a Verifier drawing its batch weights from r (nil:
// crypto/rand). The weights must be unpredictable to the senders.
func NewVerifier(r io.Reader) *Verifier {
	if r == nil {
		r = rand.Reader
	}
	return &Verifier{rand: r}
}

// Verify checks pieces against block b. It returns one error per piece: nil, or
// a *PieceError wrapping ErrWrongBlock, ErrWrongColumn, ErrNotInBlock,
// ErrZeroCoefficient, ErrDuplicateTerm, ErrMalformed, ErrIdentity or ErrProof.
// Pieces may be of different columns; they share one check.
func (v *Verifier) Verify(b *Block, pieces []*Piece) []error {
	errs := make([]error, len(pieces))
	var cs []*coded
	for i, p := range pieces {
		c, err := parsePiece(b, -1, p)
		if err != nil {
			errs[i] = &PieceError{Index: i, Err: err}
			continue
		}
		c.tag = i
		cs = append(cs, c)
	}
	ok, _, err := v.verifyCoded(cs)
	for i, c := range cs {
		switch {
		case err != nil:
			errs[c.tag] = &PieceError{Index: c.tag, Err: err}
		case !ok[i]:
			errs[c.tag] = &PieceError{Index: c.tag, Err: ErrProof}
		}
	}
	return errs
}

// groupKey names the pieces of one column of one block.
type groupKey struct {
	block  *Block
	column int
}

// verifyCoded checks parsed pieces, of any columns and blocks, and returns which
// passed and how many pairing checks it ran (1 when all pass; more when a bad
// piece is bisected). All pieces share one check (cellcheck.go): its fixed
// cost (the setup-point MSM and two pairings) is paid once for the batch,
// whatever the number of columns. A failed batch is bisected, its pieces
// ordered by column, to name the bad pieces. err is set only if the random
// source failed (nothing was verified).
func (v *Verifier) verifyCoded(cs []*coded) ([]bool, int, error) {
	ok := make([]bool, len(cs))
	if len(cs) == 0 {
		return ok, 0, nil
	}
	groups := map[groupKey][]int{}
	var order []groupKey
	for i, c := range cs {
		g := groupKey{c.block, c.column}
		if _, seen := groups[g]; !seen {
			order = append(order, g)
		}
		groups[g] = append(groups[g], i)
	}
	idx := make([]int, 0, len(cs))
	for _, g := range order {
		idx = append(idx, groups[g]...)
	}
	checks := 0
	err := v.bisect(cs, idx, ok, &checks)
	return ok, checks, err
}

func (v *Verifier) bisect(cs []*coded, idx []int, ok []bool, checks *int) error {
	pass, err := v.check(cs, idx)
	if err != nil {
		return err
	}
	*checks++
	if pass {
		for _, i := range idx {
			ok[i] = true
		}
		return nil
	}
	if len(idx) == 1 {
		return nil
	}
	h := len(idx) / 2
	if err := v.bisect(cs, idx[:h], ok, checks); err != nil {
		return err
	}
	return v.bisect(cs, idx[h:], ok, checks)
}
