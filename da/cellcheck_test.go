package da

import (
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
)

// referenceCheck verifies one piece with go-eth-kzg's VerifyCellKZGProofBatch
// against the commitment rebuilt from the block's.
func referenceCheck(t *testing.T, b *Block, p *Piece) bool {
	t.Helper()
	c, err := parsePiece(b, -1, p)
	if err != nil {
		t.Fatal(err)
	}
	var cm bls12381.G1Affine
	if _, err := cm.MultiExp(b.points, c.coeffs, ecc.MultiExpConfig{NbTasks: 1}); err != nil {
		t.Fatal(err)
	}
	ctx, err := Context()
	if err != nil {
		t.Fatal(err)
	}
	return ctx.VerifyCellKZGProofBatch([]Commitment{Commitment(cm.Bytes())}, []uint64{uint64(p.Column)},
		[]*Cell{&p.Cell}, []Proof{p.Proof}) == nil
}

// TestCellCheckMatchesGoEthKZG: the batch cell check agrees with go-eth-kzg on
// every cell index (each blob's own cell and proof, and combinations), alone and
// in batches mixing columns and blocks, valid and tampered.
func TestCellCheckMatchesGoEthKZG(t *testing.T) {
	f := getFixture(t)
	rng := rand.New(rand.NewPCG(31, 1))
	v := NewVerifier(nil)
	otherBlobs := []*BlobCells{f.blobs[2], f.blobs[0], f.blobs[1]}
	var batch []*Piece
	var blocks []*Block
	for j := range Columns {
		blk, blobs := f.block, f.blobs
		if j%5 == 4 {
			blk, blobs = f.other, otherBlobs
		}
		sys := &Piece{Root: blk.Root, Column: uint16(j), Cell: blobs[j%3].Cells[j], Proof: blobs[j%3].Proofs[j],
			Terms: []Term{{Blob: uint16(j % 3)}}}
		sys.Terms[0].Coeff.SetOne()
		if errs := v.Verify(blk, []*Piece{sys}); errs[0] != nil {
			t.Fatalf("column %d: a blob's own cell refused: %v", j, errs[0])
		}
		if j%8 == 0 {
			p, err := sourceOf(t, blk, blobs, j).Recode(rng)
			if err != nil {
				t.Fatal(err)
			}
			bad := *p
			bad.Cell[32*int(rng.IntN(ScalarsPerCell))+31] ^= 1
			for _, c := range []struct {
				p    *Piece
				want bool
			}{{p, true}, {&bad, false}} {
				got := v.Verify(blk, []*Piece{c.p})[0] == nil
				if ref := referenceCheck(t, blk, c.p); got != c.want || ref != c.want {
					t.Fatalf("column %d: check %v, go-eth-kzg %v, want %v", j, got, ref, c.want)
				}
			}
			batch = append(batch, p)
			blocks = append(blocks, blk)
		}
	}
	// One batch over sixteen columns of two blocks: every piece passes; with
	// any one of them tampered, exactly that one is refused.
	pool := NewPool(v)
	var cols []*Column
	for i, p := range batch {
		c, err := pool.Column(blocks[i], int(p.Column))
		if err != nil {
			t.Fatal(err)
		}
		if err := c.Offer(p, i); err != nil {
			t.Fatal(err)
		}
		cols = append(cols, c)
	}
	if err := pool.Flush(); err != nil || pool.Checks() != 1 {
		t.Fatalf("flush: %v, %d checks", err, pool.Checks())
	}
	for i, c := range cols {
		if c.Rank() != 1 {
			t.Fatalf("piece %d refused in the batch", i)
		}
	}
	for _, at := range []int{0, 7, 15} {
		pool := NewPool(v)
		cols = cols[:0]
		for i, p := range batch {
			q := *p
			if i == at {
				q.Proof = batch[(i+1)%len(batch)].Proof // another column's valid proof
			}
			c, _ := pool.Column(blocks[i], int(p.Column))
			if err := c.Offer(&q, i); err != nil {
				t.Fatal(err)
			}
			cols = append(cols, c)
		}
		_ = pool.Flush()
		for i, c := range cols {
			if (c.Rank() == 1) != (i != at) {
				t.Fatalf("tampered %d: piece %d rank %d", at, i, c.Rank())
			}
		}
	}
}

// TestSumAffine: the affine tree sum equals mixed Jacobian additions, also
// for pairs that double or cancel, and the table commitment built on it
// equals the reference.
func TestSumAffine(t *testing.T) {
	st, err := cellSetupOnce()
	if err != nil {
		t.Fatal(err)
	}
	g := st.g1[:]
	var negG0 bls12381.G1Affine
	negG0.Neg(&g[0])
	for _, pts := range [][]bls12381.G1Affine{
		nil,
		g[:1],
		g[:40],
		append(append([]bls12381.G1Affine{}, g[:40]...), g[:40]...),           // doublings
		append([]bls12381.G1Affine{g[0], negG0, g[0], g[0]}, g[1:30]...),      // a sum that cancels, a doubling
		append([]bls12381.G1Affine{g[5], g[5], g[5], g[5]}, g[6:7]...),        // repeated doublings, odd length
		append(append([]bls12381.G1Affine{}, g[:33]...), negG0, negG0, negG0), // cancelling at a later level
	} {
		var want bls12381.G1Jac
		for i := range pts {
			want.AddMixed(&pts[i])
		}
		got := sumAffine(append([]bls12381.G1Affine(nil), pts...))
		if !got.Equal(&want) {
			t.Fatalf("%d points: sums differ", len(pts))
		}
	}
	tbl, err := srsTableOnce()
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(5, 5))
	for range 4 {
		var s [ScalarsPerCell]fr.Element
		for i := range s {
			s[i].SetUint64(rng.Uint64())
			var x fr.Element
			x.SetUint64(rng.Uint64())
			s[i].Mul(&s[i], &x)
			s[i].Mul(&s[i], &x)
		}
		s[3].SetZero()
		var a, b bls12381.G1Affine
		tbl.commit(&a, &s)
		tbl.commitJac(&b, &s)
		if !a.Equal(&b) {
			t.Fatal("table commitments differ")
		}
	}
}

// TestStrausMSM: the small-MSM routine equals gnark's multi-exponentiation,
// for full and 128-bit scalars, zero and extreme digits included.
func TestStrausMSM(t *testing.T) {
	st, err := cellSetupOnce()
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(6, 6))
	for _, n := range []int{1, 2, 5, 17, 40} {
		for _, bits := range []int{128, 256} {
			pts := st.g1[:n]
			s := randScalars(rng, n, bits)
			s[0].SetZero()
			if n > 2 {
				s[1].SetOne()
				s[1].Neg(&s[1]) // r−1: every window's digit at its extreme
				s[2].SetUint64(0xffffffffffffffff)
			}
			var got, want bls12381.G1Affine
			strausMSM(&got, pts, s, 256)
			if _, err := want.MultiExp(pts, s, ecc.MultiExpConfig{NbTasks: 1}); err != nil {
				t.Fatal(err)
			}
			if !got.Equal(&want) {
				t.Fatalf("%d points, %d-bit scalars: MSMs differ", n, bits)
			}
			if bits == 128 && n <= 2 {
				strausMSM(&got, pts, s, 128)
				if !got.Equal(&want) {
					t.Fatalf("%d points, 128-bit scalars with 128-bit chain: MSMs differ", n)
				}
			}
		}
	}
}

// FuzzSmallMSM: strausMSM and sumAffine against gnark's arithmetic for
// scalars and point choices from the fuzzer (repeated and opposite points
// included): never a different sum.
func FuzzSmallMSM(f *testing.F) {
	f.Add([]byte{1, 2, 3}, uint8(3))
	f.Add(make([]byte, 64), uint8(0))
	f.Add([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
		0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}, uint8(9))
	st, err := cellSetupOnce()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte, sel uint8) {
		n := min(1+len(data)/32, 12)
		pts := make([]bls12381.G1Affine, n)
		s := make([]fr.Element, n)
		for i := range n {
			// Points from the setup, some repeated or negated.
			pts[i] = st.g1[(int(sel)+i*int(sel>>4))%ScalarsPerCell]
			if (int(sel)>>(i%8))&1 == 1 {
				pts[i].Neg(&pts[i])
			}
			var buf [32]byte
			copy(buf[:], data[min(len(data), 32*i):min(len(data), 32*i+32)])
			s[i].SetBytes(buf[:]) // reduced mod r
		}
		var got, want bls12381.G1Affine
		strausMSM(&got, pts, s, fr.Bits)
		if _, err := want.MultiExp(pts, s, ecc.MultiExpConfig{NbTasks: 1}); err != nil {
			t.Fatal(err)
		}
		if !got.Equal(&want) {
			t.Fatal("strausMSM differs from MultiExp")
		}
		// Enough points for the affine levels (sumAffineFloor), the
		// fuzzer's twice (doublings, and cancellations with their negations).
		many := append(append(append([]bls12381.G1Affine(nil), pts...), st.g1[:sumAffineFloor+1]...), pts...)
		var jac bls12381.G1Jac
		for i := range many {
			jac.AddMixed(&many[i])
		}
		sum := sumAffine(many)
		if !sum.Equal(&jac) {
			t.Fatal("sumAffine differs from Jacobian additions")
		}
	})
}

// randScalars returns n random scalars of at most bits bits (a multiple of 8).
func randScalars(rng *rand.Rand, n, bits int) []fr.Element {
	s := make([]fr.Element, n)
	for i := range s {
		var buf [32]byte
		for j := range bits / 8 {
			buf[31-j] = byte(rng.Uint32())
		}
		s[i].SetBytes(buf[:])
	}
	return s
}
