package da

import (
	"crypto/rand"
	"fmt"
	"io"

	"github.com/consensys/gnark-crypto/ecc"
	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
	goethkzg "github.com/crate-crypto/go-eth-kzg"
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

// Verifier checks coded pieces in batches. For the pieces of one column it draws
// a random 128-bit weight r_p per piece and folds them into one cell claim:
// cell* = Σ r_p·cell_p, proof* = Σ r_p·π_p (one MSM over the proofs) against
// C* = Σ_i (Σ_p r_p·c_{p,i})·C_i (one MSM over the block's commitments), then
// checks every column's folded claim with one go-eth-kzg cell batch check. By
// linearity a batch of valid pieces passes; a batch with an invalid piece passes
// with probability about 2^-128. A failed batch is bisected to name the bad
// pieces.
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
// Pieces may be of different columns; each column is folded on its own and all
// the folded claims share one cell batch check.
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

// groupKey names a fold group: the pieces of one column of one block.
type groupKey struct {
	block  *Block
	column int
}

// verifyCoded checks parsed pieces, of any columns and blocks, and returns which
// passed and how many cell batch checks it ran (1 when all pass; more when a bad
// piece is bisected). The pieces of each (block, column) are folded into one
// claim and all claims go to one cell batch check, so pieces of several columns
// share its fixed cost (coset interpolation commitment, two pairings). err is
// set only if the random source failed (nothing was verified).
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
	claims := make([]claim, 0, len(order))
	for _, g := range order {
		cl, err := v.fold(cs, groups[g])
		if err != nil {
			return ok, 0, err
		}
		claims = append(claims, cl)
	}
	ctx, err := Context()
	if err != nil {
		return ok, 0, err
	}
	checks := 1
	if checkClaims(ctx, claims) {
		for i := range ok {
			ok[i] = true
		}
		return ok, checks, nil
	}
	// Something failed: bisect each group on its own.
	for _, g := range order {
		if err := v.bisect(ctx, cs, groups[g], ok, &checks); err != nil {
			return ok, checks, err
		}
	}
	return ok, checks, nil
}

func (v *Verifier) bisect(ctx *goethkzg.Context, cs []*coded, idx []int, ok []bool, checks *int) error {
	cl, err := v.fold(cs, idx)
	if err != nil {
		return err
	}
	*checks++
	if checkClaims(ctx, []claim{cl}) {
		for _, i := range idx {
			ok[i] = true
		}
		return nil
	}
	if len(idx) == 1 {
		return nil
	}
	h := len(idx) / 2
	if err := v.bisect(ctx, cs, idx[:h], ok, checks); err != nil {
		return err
	}
	return v.bisect(ctx, cs, idx[h:], ok, checks)
}

// claim is one cell check: commitment, cell index, cell and proof.
type claim struct {
	commitment Commitment
	column     uint64
	cell       Cell
	proof      Proof
	bad        bool // an identity fold: fails without a pairing
}

// fold combines the pieces cs[idx] (all of one column of one block) with random
// weights into one claim, rebuilding the commitment from the block's.
func (v *Verifier) fold(cs []*coded, idx []int) (claim, error) {
	b := cs[idx[0]].block
	k := b.Blobs()
	weights := make([]fr.Element, len(idx))
	if len(idx) == 1 {
		weights[0].SetOne()
	} else {
		var buf [16]byte
		for i := range weights {
			if _, err := io.ReadFull(v.rand, buf[:]); err != nil {
				return claim{}, fmt.Errorf("da: batch weights: %w", err)
			}
			weights[i].SetBytes(buf[:])
			if weights[i].IsZero() {
				weights[i].SetOne()
			}
		}
	}
	coeffs := make([]fr.Element, k)
	var cell [ScalarsPerCell]fr.Element
	proofs := make([]bls12381.G1Affine, len(idx))
	var t fr.Element
	for n, i := range idx {
		c := cs[i]
		w := &weights[n]
		for j := range coeffs {
			if !c.coeffs[j].IsZero() {
				t.Mul(w, &c.coeffs[j])
				coeffs[j].Add(&coeffs[j], &t)
			}
		}
		for j := range cell {
			t.Mul(w, &c.cell[j])
			cell[j].Add(&cell[j], &t)
		}
		proofs[n] = c.proof
	}
	cl := claim{column: uint64(cs[idx[0]].column)}
	var cm, pf bls12381.G1Affine
	if _, err := cm.MultiExp(b.points, coeffs, ecc.MultiExpConfig{NbTasks: 1}); err != nil {
		return claim{}, err
	}
	if len(idx) == 1 {
		pf = proofs[0] // weight 1: no multi-scalar multiplication
	} else if _, err := pf.MultiExp(proofs, weights, ecc.MultiExpConfig{NbTasks: 1}); err != nil {
		return claim{}, err
	}
	if cm.IsInfinity() || pf.IsInfinity() {
		cl.bad = true
		return cl, nil
	}
	cl.commitment = Commitment(cm.Bytes())
	cl.proof = Proof(pf.Bytes())
	scalarsCell(cell[:], &cl.cell)
	return cl, nil
}

// checkClaims runs one go-eth-kzg cell batch check over the claims.
func checkClaims(ctx *goethkzg.Context, cls []claim) bool {
	cms := make([]Commitment, len(cls))
	idx := make([]uint64, len(cls))
	cells := make([]*Cell, len(cls))
	proofs := make([]Proof, len(cls))
	for i := range cls {
		if cls[i].bad {
			return false
		}
		cms[i], idx[i], cells[i], proofs[i] = cls[i].commitment, cls[i].column, &cls[i].cell, cls[i].proof
	}
	return ctx.VerifyCellKZGProofBatch(cms, idx, cells, proofs) == nil
}
