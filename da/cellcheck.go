package da

import (
	"encoding/hex"
	"fmt"
	"io"
	"math/big"
	"math/bits"
	"sync"

	"github.com/consensys/gnark-crypto/ecc"
	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fp"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
)

// The cell check is EIP-7594's batch check of cell proofs (the consensus
// specs' verify_cell_kzg_proof_batch, go-eth-kzg's VerifyCellKZGProofBatch)
// evaluated on coded pieces directly. A piece p of column j with coefficients
// c_p, cell y_p and proof π_p is valid iff
//
//	e(π_p, [s^64 − h_j^64]₂) = e(Σ_i c_{p,i}·C_i − [I_p(s)]₁, [1]₂)
//
// where h_j is column j's coset shift and I_p the polynomial of degree < 64
// taking the cell's values on that coset. With a random 128-bit weight w_p per
// piece, the pieces' equations are summed into one:
//
//	e(Σ_p w_p·π_p, [s^64]₂) = e(Σ_i a_i·C_i − [Σ_j I_j(s)]₁ + Σ_p w_p·h_j^64·π_p, [1]₂)
//
// with a_i = Σ_p w_p·c_{p,i} and I_j the interpolation of column j's folded
// cell Σ_{p∈j} w_p·y_p: one multi-scalar multiplication over the pieces'
// proofs (the 128-bit weights), one over the proofs and the block's
// commitments together (the right-hand side's: small MSMs cost mostly their
// fixed part, so one of n+k points costs little more than one of n), one over
// the 64 setup points (from a precomputed table, summed in affine coordinates:
// srsTable, sumAffine), one 64-point inverse FFT per column and two pairings
// with precomputed lines (their G2 arguments are fixed). Going
// through go-eth-kzg's API instead costs a claim per column, each with its own
// commitment MSM and two point decompressions; both are checked against each
// other in the tests.

// cellSetup holds what the check needs from the setup and the domain.
type cellSetup struct {
	g1       [ScalarsPerCell]bls12381.G1Affine // [s^i]₁
	s64      bls12381.G2Affine                 // [s^64]₂
	negG2    bls12381.G2Affine                 // −[1]₂
	omegaInv fr.Element                        // inverse of a primitive 64th root of unity
	nInv     fr.Element                        // 1/64
	shiftPow [Columns]fr.Element               // h_j^64
	shiftInv [Columns]fr.Element               // 1/h_j
	// lines are the Miller loop's precomputed lines for [s^64]₂ and −[1]₂:
	// the check's two pairings have fixed G2 arguments. Read only: the
	// fixed-argument Miller loop overwrites the lines it is given.
	lines [][2][len(bls12381.LoopCounter) - 1]bls12381.LineEvaluationAff
}

var cellSetupOnce = sync.OnceValues(newCellSetup)

func newCellSetup() (*cellSetup, error) {
	st := &cellSetup{}
	for i, h := range srsG1 {
		b, err := hex.DecodeString(h)
		if err != nil {
			return nil, err
		}
		if _, err := st.g1[i].SetBytes(b); err != nil {
			return nil, fmt.Errorf("da: setup G1 point %d: %w", i, err)
		}
	}
	var g2 [2]bls12381.G2Affine
	for i, h := range srsG2 {
		b, err := hex.DecodeString(h)
		if err != nil {
			return nil, err
		}
		if _, err := g2[i].SetBytes(b); err != nil {
			return nil, fmt.Errorf("da: setup G2 point %d: %w", i, err)
		}
	}
	st.negG2.Neg(&g2[0])
	st.s64 = g2[1]
	st.lines = [][2][len(bls12381.LoopCounter) - 1]bls12381.LineEvaluationAff{
		bls12381.PrecomputeLines(st.s64), bls12381.PrecomputeLines(st.negG2)}
	// The scalar field's 2^32-th root of unity (go-eth-kzg's, the specs'
	// PRIMITIVE_ROOT_OF_UNITY raised to (r−1)/2^32).
	var root fr.Element
	if _, err := root.SetString("10238227357739495823651030575849232062558860180284477541189508159991286009131"); err != nil {
		return nil, err
	}
	var omega, ext fr.Element
	omega.Exp(root, big.NewInt(1<<(32-6))) // order 64
	ext.Exp(root, big.NewInt(1<<(32-13)))  // order 8192: the extended blob's domain
	st.omegaInv.Inverse(&omega)
	st.nInv.SetUint64(ScalarsPerCell)
	st.nInv.Inverse(&st.nInv)
	// Cell j is the coset h_j·⟨ω⟩ with h_j the extended domain's root at
	// position 64·j in bit-reversed order: ext^bitrev7(j).
	for j := range Columns {
		e := bits.Reverse8(uint8(j)) >> 1
		var h fr.Element
		h.Exp(ext, big.NewInt(int64(e)))
		st.shiftInv[j].Inverse(&h)
		st.shiftPow[j].Exp(h, big.NewInt(ScalarsPerCell))
	}
	return st, nil
}

// interpolate turns a cell's values (in the cell's order: bit-reversed over the
// coset) into the monomial coefficients of the polynomial of degree < 64
// taking them on column j's coset, in place.
func (st *cellSetup) interpolate(y *[ScalarsPerCell]fr.Element, j int) {
	// An iterative radix-2 inverse DFT wants its input bit-reversed, which the
	// cell's values already are.
	const n = ScalarsPerCell
	for size := 2; size <= n; size <<= 1 {
		half := size / 2
		var step fr.Element
		step.Exp(st.omegaInv, big.NewInt(int64(n/size)))
		for start := 0; start < n; start += size {
			w := fr.One()
			for k := range half {
				var v fr.Element
				v.Mul(&y[start+k+half], &w)
				y[start+k+half].Sub(&y[start+k], &v)
				y[start+k].Add(&y[start+k], &v)
				w.Mul(&w, &step)
			}
		}
	}
	// Divide by n, and undo the coset shift: coefficient i by h_j^-i.
	s := st.nInv
	for i := range y {
		y[i].Mul(&y[i], &s)
		s.Mul(&s, &st.shiftInv[j])
	}
}

// check verifies the pieces cs[idx] (any columns, any blocks) with one pairing
// check. err is set only if the random source failed.
func (v *Verifier) check(cs []*coded, idx []int) (bool, error) {
	st, err := cellSetupOnce()
	if err != nil {
		return false, err
	}
	n := len(idx)
	w := make([]fr.Element, n)
	if n == 1 {
		w[0].SetOne()
	} else {
		var buf [16]byte
		for q := range w {
			if _, err := io.ReadFull(v.rand, buf[:]); err != nil {
				return false, fmt.Errorf("da: batch weights: %w", err)
			}
			w[q].SetBytes(buf[:])
			if w[q].IsZero() {
				w[q].SetOne()
			}
		}
	}
	type blockAcc struct {
		b *Block
		a []fr.Element
	}
	var blocks []blockAcc
	type colAcc struct {
		j int
		y [ScalarsPerCell]fr.Element
	}
	var cols []*colAcc
	proofs := make([]bls12381.G1Affine, n)
	shifted := make([]fr.Element, n)
	var t fr.Element
	for q, i := range idx {
		c := cs[i]
		wq := &w[q]
		bi := -1
		for x := range blocks {
			if blocks[x].b == c.block {
				bi = x
			}
		}
		if bi < 0 {
			bi = len(blocks)
			blocks = append(blocks, blockAcc{c.block, make([]fr.Element, c.block.Blobs())})
		}
		a := blocks[bi].a
		for k := range c.coeffs {
			if !c.coeffs[k].IsZero() {
				t.Mul(wq, &c.coeffs[k])
				a[k].Add(&a[k], &t)
			}
		}
		var ca *colAcc
		for _, x := range cols {
			if x.j == c.column {
				ca = x
			}
		}
		if ca == nil {
			ca = &colAcc{j: c.column}
			cols = append(cols, ca)
		}
		for k := range ca.y {
			t.Mul(wq, &c.cell[k])
			ca.y[k].Add(&ca.y[k], &t)
		}
		proofs[q] = c.proof
		shifted[q].Mul(wq, &st.shiftPow[c.column])
	}
	var ip [ScalarsPerCell]fr.Element
	for _, ca := range cols {
		st.interpolate(&ca.y, ca.j)
		for k := range ip {
			ip[k].Add(&ip[k], &ca.y[k])
		}
	}
	var lhs, r, pt bls12381.G1Affine
	if n == 1 {
		lhs = proofs[0]
	} else if err := msm(&lhs, proofs, w, 128); err != nil {
		return false, err
	}
	// The proofs' shifted terms and the blocks' commitments in one MSM: a
	// small MSM's cost is mostly its fixed part (about 0.3 ms in gnark's
	// bucket method), so one MSM of n+k points costs little more than one of
	// n.
	pts := proofs
	for _, ba := range blocks {
		pts = append(pts, ba.b.points...)
		shifted = append(shifted, ba.a...)
	}
	if err := msm(&pt, pts, shifted, fr.Bits); err != nil {
		return false, err
	}
	var acc bls12381.G1Jac
	acc.FromAffine(&pt)
	tbl, err := srsTableOnce()
	if err != nil {
		return false, err
	}
	tbl.commit(&pt, &ip)
	pt.Neg(&pt)
	acc.AddMixed(&pt)
	r.FromJacobian(&acc)
	// gnark's fixed-argument Miller loop evaluates the lines in place: it
	// gets a copy.
	lines := [][2][len(bls12381.LoopCounter) - 1]bls12381.LineEvaluationAff{st.lines[0], st.lines[1]}
	ok, err := bls12381.PairingCheckFixedQ([]bls12381.G1Affine{lhs, r}, lines)
	if err != nil {
		return false, err
	}
	return ok, nil
}

// msm sets dst to Σ s_i·P_i on one goroutine, the scalars being at most bits
// bits: Straus's interleaved method (strausMSM) for up to strausMax(bits)
// points, where the bucket method's fixed part costs more than it saves,
// gnark's multi-exponentiation beyond (measured: BenchmarkMSM).
func msm(dst *bls12381.G1Affine, pts []bls12381.G1Affine, s []fr.Element, bits int) error {
	if len(pts) > strausMax(bits) {
		_, err := dst.MultiExp(pts, s, ecc.MultiExpConfig{NbTasks: 1})
		return err
	}
	strausMSM(dst, pts, s, bits)
	return nil
}

// strausMax is the most points strausMSM takes for bits-bit scalars: about
// where gnark's bucket method catches up on this machine.
func strausMax(bits int) int {
	if bits <= 128 {
		return 16
	}
	return 28
}

// srsTable holds, for each setup point G_i and byte position w of a scalar,
// the multiples d·256^w·G_i for d = 1..255 (about 50 MB, built once per
// process, in 1-2 s): a multi-scalar multiplication over the 64 setup points is then one
// mixed addition per non-zero byte of each scalar (at most 2048), against
// about twice that work for the bucket method at this size.
type srsTable [][32][255]bls12381.G1Affine

var srsTableOnce = sync.OnceValues(func() (srsTable, error) {
	st, err := cellSetupOnce()
	if err != nil {
		return nil, err
	}
	t := make(srsTable, ScalarsPerCell)
	jac := make([]bls12381.G1Jac, 32*255)
	bases := make([]bls12381.G1Jac, 32)
	for i := range st.g1 {
		bases[0].FromAffine(&st.g1[i])
		for w := 1; w < 32; w++ {
			bases[w] = bases[w-1]
			for range 8 {
				bases[w].DoubleAssign()
			}
		}
		aff := bls12381.BatchJacobianToAffineG1(bases)
		for w := range 32 {
			row := jac[w*255 : (w+1)*255]
			row[0] = bases[w]
			for d := 1; d < 255; d++ {
				row[d] = row[d-1]
				row[d].AddMixed(&aff[w])
			}
		}
		all := bls12381.BatchJacobianToAffineG1(jac)
		for w := range 32 {
			copy(t[i][w][:], all[w*255:(w+1)*255])
		}
	}
	return t, nil
})

// commit sets dst to Σ_i s_i·G_i over the setup points: the table entries
// of the scalars' non-zero bytes, summed in affine coordinates (sumAffine).
func (t srsTable) commit(dst *bls12381.G1Affine, s *[ScalarsPerCell]fr.Element) {
	pts := make([]bls12381.G1Affine, 0, ScalarsPerCell*32)
	for i := range s {
		b := s[i].Bytes() // big-endian
		for w := range 32 {
			if d := b[31-w]; d != 0 {
				pts = append(pts, t[i][w][d-1])
			}
		}
	}
	acc := sumAffine(pts)
	dst.FromJacobian(&acc)
}

// commitJac is commit with one mixed Jacobian addition per entry: the
// reference sumAffine is tested against.
func (t srsTable) commitJac(dst *bls12381.G1Affine, s *[ScalarsPerCell]fr.Element) {
	var acc bls12381.G1Jac
	for i := range s {
		b := s[i].Bytes()
		for w := range 32 {
			if d := b[31-w]; d != 0 {
				acc.AddMixed(&t[i][w][d-1])
			}
		}
	}
	dst.FromJacobian(&acc)
}

// sumAffineFloor is where sumAffine stops pairing points and adds the rest
// in Jacobian coordinates: below it a level's inversion costs more than its
// additions save.
const sumAffineFloor = 16

// sumAffine returns the sum of pts (none the identity), overwriting pts. It
// adds them pairwise in affine coordinates, level by level, each level's
// slopes sharing one field inversion (Montgomery's trick): about 6
// multiplications per addition against about 11 for a mixed Jacobian
// addition. A pair with equal x (a doubling, or a sum that is the identity:
// never seen with random scalars, but possible) is added in Jacobian
// coordinates instead.
func sumAffine(pts []bls12381.G1Affine) bls12381.G1Jac {
	var acc bls12381.G1Jac
	den := make([]fp.Element, len(pts)/2)
	for len(pts) > sumAffineFloor {
		h := len(pts) / 2
		for i := range h {
			den[i].Sub(&pts[2*i+1].X, &pts[2*i].X)
		}
		// BatchInvert maps zero to zero: those pairs go to acc below.
		inv := fp.BatchInvert(den[:h])
		next := pts[:0]
		var lambda, t fp.Element
		for i := range h {
			p, q := pts[2*i], pts[2*i+1]
			if inv[i].IsZero() {
				acc.AddMixed(&p)
				acc.AddMixed(&q)
				continue
			}
			lambda.Sub(&q.Y, &p.Y)
			lambda.Mul(&lambda, &inv[i])
			var r bls12381.G1Affine
			r.X.Square(&lambda)
			r.X.Sub(&r.X, &p.X)
			r.X.Sub(&r.X, &q.X)
			t.Sub(&p.X, &r.X)
			r.Y.Mul(&lambda, &t)
			r.Y.Sub(&r.Y, &p.Y)
			next = append(next, r)
		}
		if len(pts)%2 == 1 {
			next = append(next, pts[len(pts)-1])
		}
		pts = next
	}
	for i := range pts {
		acc.AddMixed(&pts[i])
	}
	return acc
}
