package da

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"testing"

	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
)

func TestPieceWireRoundTrip(t *testing.T) {
	f := getFixture(t)
	src := f.source(t, 7)
	rng := rand.New(rand.NewPCG(1, 2))
	for range 3 {
		p, err := src.Recode(rng)
		if err != nil {
			t.Fatal(err)
		}
		b, err := p.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		if len(b) != p.Size() {
			t.Fatalf("size %d, encoded %d", p.Size(), len(b))
		}
		var q Piece
		if err := q.UnmarshalBinary(b); err != nil {
			t.Fatal(err)
		}
		b2, _ := q.MarshalBinary()
		if !bytes.Equal(b, b2) {
			t.Fatal("round trip differs")
		}
	}
}

// TestRelayChain: the publisher's column, recoded by a relay that holds only
// part of it, then by a second relay, reaches full rank at a custody node, which
// decodes exactly the blobs' cells and proofs.
func TestRelayChain(t *testing.T) {
	f := getFixture(t)
	const j = 42
	src := f.source(t, j)
	rng := rand.New(rand.NewPCG(3, 4))
	relay, _ := NewColumn(f.block, j, nil)
	// The relay gets two systematic pieces only (rank 2 of 3).
	for i := 0; i < 2; i++ {
		p, err := src.Systematic(i)
		if err != nil {
			t.Fatal(err)
		}
		if err := relay.Add(p); err != nil {
			t.Fatal(err)
		}
	}
	sink, _ := NewColumn(f.block, j, nil)
	for tries := 0; !sink.Full(); tries++ {
		if tries > 10 {
			t.Fatal("no progress")
		}
		var p *Piece
		var err error
		if sink.Rank() < 2 {
			p, err = relay.Recode(rng) // a combination of a partial relay
		} else {
			p, err = src.Recode(rng)
		}
		if err != nil {
			t.Fatal(err)
		}
		if err := sink.Offer(p, tries); err != nil {
			if errors.Is(err, ErrNotInnovative) {
				continue
			}
			t.Fatal(err)
		}
		acc, rej, err := sink.Flush()
		if err != nil || len(rej) != 0 || len(acc) != 1 {
			t.Fatalf("flush: %v %v %v", acc, rej, err)
		}
	}
	// Once the relay's span is held, its pieces are refused before any pairing.
	if p, _ := relay.Recode(rng); p != nil {
		if innov, err := sink.Innovative(p); err != nil || innov {
			t.Fatalf("full column: innovative=%v err=%v", innov, err)
		}
	}
	cells, proofs, err := sink.Cells()
	if err != nil {
		t.Fatal(err)
	}
	for i := range f.blobs {
		if cells[i] != f.blobs[i].Cells[j] || proofs[i] != f.blobs[i].Proofs[j] {
			t.Fatalf("blob %d decoded wrong", i)
		}
	}
	// The decoded column recodes into pieces the publisher's data verifies.
	p, err := sink.Recode(rng)
	if err != nil {
		t.Fatal(err)
	}
	if errs := NewVerifier(nil).Verify(f.block, []*Piece{p}); errs[0] != nil {
		t.Fatal(errs[0])
	}
}

// TestBatchNamesBadPieces: one folded check for a batch, bisection names the bad.
func TestBatchNamesBadPieces(t *testing.T) {
	f := getFixture(t)
	rng := rand.New(rand.NewPCG(5, 6))
	var pieces []*Piece
	for _, j := range []int{3, 3, 3, 90, 90, 127} {
		p, err := f.source(t, j).Recode(rng)
		if err != nil {
			t.Fatal(err)
		}
		pieces = append(pieces, p)
	}
	pieces[1].Cell[100] ^= 1 // tampered cell
	pieces[4].Terms[0].Coeff.SetUint64(77)
	errs := NewVerifier(nil).Verify(f.block, pieces)
	for i, err := range errs {
		bad := i == 1 || i == 4
		if bad != (err != nil) || (bad && !errors.Is(err, ErrProof)) {
			t.Errorf("piece %d: %v", i, err)
		}
	}
	// The same through a Column's queue.
	col, _ := NewColumn(f.block, 3, nil)
	for i := 0; i < 3; i++ {
		if err := col.Offer(pieces[i], 10+i); err != nil {
			t.Fatal(err)
		}
	}
	acc, rej, err := col.Flush()
	if err != nil || len(acc) != 2 || len(rej) != 1 || rej[0] != 11 || col.Rank() != 2 {
		t.Fatalf("accepted %v rejected %v rank %d err %v", acc, rej, col.Rank(), err)
	}
}

// TestBadInput: every bad input of issue 9 is refused with a typed error and
// never held.
func TestBadInput(t *testing.T) {
	f := getFixture(t)
	rng := rand.New(rand.NewPCG(7, 8))
	const j = 17
	src := f.source(t, j)
	good := func() *Piece {
		p, err := src.Recode(rng)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	otherSrc := sourceOf(t, f.other, []*BlobCells{f.blobs[2], f.blobs[0], f.blobs[1]}, j)
	for _, c := range []struct {
		name   string
		piece  func() *Piece
		column int
		block  *Block
		want   error
	}{
		{"tampered cell", func() *Piece { p := good(); p.Cell[2047] ^= 0x10; return p }, j, nil, ErrProof},
		{"tampered proof", func() *Piece {
			p := good()
			q := good()
			p.Proof = q.Proof
			return p
		}, j, nil, ErrProof},
		{"wrong coefficients", func() *Piece {
			p := good()
			p.Terms[len(p.Terms)-1].Coeff.Add(&p.Terms[len(p.Terms)-1].Coeff, new(fr.Element).SetOne())
			return p
		}, j, nil, ErrProof},
		{"wrong cell index", func() *Piece { p := good(); p.Column = j + 1; return p }, j, nil, ErrWrongColumn},
		{"relabelled cell index", func() *Piece { p := good(); p.Column = j + 1; return p }, j + 1, nil, ErrProof},
		{"mixing indices", func() *Piece {
			// cell_{0,j} + cell_{1,j+1} with the proofs summed, claimed as column j.
			a, _ := src.Systematic(0)
			b, _ := f.source(t, j+1).Systematic(1)
			var sa, sb [ScalarsPerCell]fr.Element
			_ = cellScalars(&a.Cell, sa[:])
			_ = cellScalars(&b.Cell, sb[:])
			for i := range sa {
				sa[i].Add(&sa[i], &sb[i])
			}
			scalarsCell(sa[:], &a.Cell)
			pa, _ := parsePoint(a.Proof[:])
			pb, _ := parsePoint(b.Proof[:])
			pa.Add(&pa, &pb)
			a.Proof = Proof(pa.Bytes())
			a.Terms = append(a.Terms, Term{Blob: 1, Coeff: *new(fr.Element).SetOne()})
			return a
		}, j, nil, ErrProof},
		{"identity proof", func() *Piece {
			p := good()
			var inf bls12381.G1Affine
			p.Proof = Proof(inf.Bytes())
			return p
		}, j, nil, ErrIdentity},
		{"zero coefficient", func() *Piece { p := good(); p.Terms[0].Coeff.SetZero(); return p }, j, nil, ErrZeroCoefficient},
		{"no terms", func() *Piece { p := good(); p.Terms = nil; return p }, j, nil, ErrZeroCoefficient},
		{"commitment not in block", func() *Piece {
			p := good()
			p.Terms = append(p.Terms, Term{Blob: testBlobs, Coeff: *new(fr.Element).SetOne()})
			return p
		}, j, nil, ErrNotInBlock},
		{"duplicate term", func() *Piece {
			p := good()
			p.Terms = append(p.Terms, p.Terms[0])
			return p
		}, j, nil, ErrDuplicateTerm},
		{"replay from another block", func() *Piece {
			p, _ := otherSrc.Recode(rng)
			return p
		}, j, nil, ErrWrongBlock},
		{"replay relabelled to this block", func() *Piece {
			p, _ := otherSrc.Recode(rng)
			p.Root = f.block.Root
			return p
		}, j, nil, ErrProof},
		{"non-canonical cell scalar", func() *Piece {
			p := good()
			for i := 0; i < 32; i++ {
				p.Cell[i] = 0xff
			}
			return p
		}, j, nil, ErrMalformed},
		{"proof not on curve", func() *Piece { p := good(); p.Proof[5] ^= 0xff; return p }, j, nil, ErrMalformed},
	} {
		t.Run(c.name, func(t *testing.T) {
			b := f.block
			if c.block != nil {
				b = c.block
			}
			col, err := NewColumn(b, c.column, nil)
			if err != nil {
				t.Fatal(err)
			}
			err = col.Add(c.piece())
			if !errors.Is(err, c.want) {
				t.Fatalf("got %v, want %v", err, c.want)
			}
			if col.Rank() != 0 || col.Pending() != 0 {
				t.Fatalf("refused piece held: rank %d pending %d", col.Rank(), col.Pending())
			}
		})
	}
	// Non-innovative: checked before verification.
	col, _ := NewColumn(f.block, j, nil)
	p := good()
	if err := col.Add(p); err != nil {
		t.Fatal(err)
	}
	if err := col.Offer(p, 1); !errors.Is(err, ErrNotInnovative) || col.Pending() != 0 {
		t.Fatalf("duplicate: %v, pending %d", err, col.Pending())
	}
	// Wire-level refusals.
	b, _ := good().MarshalBinary()
	for name, mut := range map[string]func([]byte) []byte{
		"truncated":      func(b []byte) []byte { return b[:len(b)-1] },
		"trailing":       func(b []byte) []byte { return append(b, 0) },
		"column 128":     func(b []byte) []byte { b[32], b[33] = 0, 128; return b },
		"zero terms":     func(b []byte) []byte { b[34], b[35] = 0, 0; return b },
		"coeff len 0":    func(b []byte) []byte { b[38] = 0; return b },
		"coeff len 33":   func(b []byte) []byte { b[38] = 33; return b },
		"leading zero":   func(b []byte) []byte { b[39] = 0; return b },
		"too many terms": func(b []byte) []byte { b[34], b[35] = 0xff, 0xff; return b },
	} {
		var q Piece
		if err := q.UnmarshalBinary(mut(append([]byte(nil), b...))); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// TestSampling: only the whole column answers; answers verify against the
// commitments the sampler rebuilds; a wrong answer fails.
func TestSampling(t *testing.T) {
	f := getFixture(t)
	rng := rand.New(rand.NewPCG(11, 12))
	s, err := NewSampler(f.block, 4, rng)
	if err != nil {
		t.Fatal(err)
	}
	chs := s.Challenges()
	for n, ch := range chs {
		src := f.source(t, int(ch.Column))
		// A node with all but one blob's cell cannot answer.
		part, _ := NewColumn(f.block, int(ch.Column), nil)
		for i := 0; i < testBlobs-1; i++ {
			p, _ := src.Systematic(i)
			if err := part.Add(p); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := part.Answer(ch); !errors.Is(err, ErrRank) {
			t.Fatalf("partial column answered: %v", err)
		}
		a, err := src.Answer(ch)
		if err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			bad := *a
			bad.Cell[64] ^= 1
			if err := s.Check(&bad); !errors.Is(err, ErrProof) {
				t.Fatalf("tampered answer: %v", err)
			}
			// An answer to another seed (a stale or guessed challenge) fails.
			other := ch
			other.Seed[0] ^= 1
			wrong, _ := src.Answer(other)
			if err := s.Check(wrong); !errors.Is(err, ErrProof) {
				t.Fatalf("answer to another challenge: %v", err)
			}
		}
		if err := s.Check(a); err != nil {
			t.Fatal(err)
		}
	}
	if !s.Done() || s.Passed() != 4 {
		t.Fatalf("passed %d", s.Passed())
	}
	if got, want := s.Confidence(), 1-FooledProbability(4); got != want {
		t.Fatalf("confidence %v want %v", got, want)
	}
	unasked := SampleAnswer{Root: f.block.Root, Column: 200}
	if err := s.Check(&unasked); !errors.Is(err, ErrWrongColumn) {
		t.Fatalf("unasked column: %v", err)
	}
}

func TestFooledProbability(t *testing.T) {
	// PeerDAS's 8 samples: about 2^-8.5 (issue 9).
	if b := SecurityBits(8); b < 8.3 || b > 8.7 {
		t.Fatalf("8 samples: %.2f bits", b)
	}
	s := SamplesFor(30)
	if SecurityBits(s) < 30 || SecurityBits(s-1) >= 30 {
		t.Fatalf("SamplesFor(30) = %d (%.2f bits, %d: %.2f)", s, SecurityBits(s), s-1, SecurityBits(s-1))
	}
	if FooledProbability(0) != 1 || FooledProbability(64) != 0 {
		t.Fatal("bounds")
	}
}

// TestReconstruct: half the columns, held as coded pieces, rebuild every column.
func TestReconstruct(t *testing.T) {
	f := getFixture(t)
	rng := rand.New(rand.NewPCG(13, 14))
	var have []*Column
	for j := 1; j < Columns; j += 2 { // the odd half
		src := f.source(t, j)
		c, _ := NewColumn(f.block, j, nil)
		// Collected as coded pieces for a few columns, as the blobs' own cells for the rest.
		for !c.Full() {
			var p *Piece
			if j < 8 {
				p, _ = src.Recode(rng)
			} else {
				p, _ = src.Systematic(c.Rank())
			}
			if err := c.Offer(p, 0); err != nil && !errors.Is(err, ErrNotInnovative) {
				t.Fatal(err)
			}
			if j < 8 {
				if _, rej, err := c.Flush(); err != nil || len(rej) > 0 {
					t.Fatal(rej, err)
				}
			} else {
				c.held, c.pending = append(c.held, c.pending...), nil // verified by the fixture
			}
		}
		have = append(have, c)
	}
	if _, err := Reconstruct(f.block, have[:63]); !errors.Is(err, ErrTooFewColumns) {
		t.Fatalf("63 columns: %v", err)
	}
	all, err := Reconstruct(f.block, have)
	if err != nil {
		t.Fatal(err)
	}
	for _, j := range []int{0, 2, 64, 126} {
		cells, proofs, err := all[j].Cells()
		if err != nil {
			t.Fatal(err)
		}
		for i := range f.blobs {
			if cells[i] != f.blobs[i].Cells[j] || proofs[i] != f.blobs[i].Proofs[j] {
				t.Fatalf("column %d blob %d differs", j, i)
			}
		}
	}
}

func FuzzPieceUnmarshal(f *testing.F) {
	p := Piece{Root: Root{9}, Column: 5, Terms: []Term{{Blob: 0, Coeff: *new(fr.Element).SetUint64(3)}, {Blob: 2, Coeff: *new(fr.Element).SetUint64(1 << 40)}}}
	b, _ := p.MarshalBinary()
	f.Add(b)
	f.Add(b[:40])
	f.Fuzz(func(t *testing.T, data []byte) {
		var q Piece
		if err := q.UnmarshalBinary(data); err != nil {
			return
		}
		out, err := q.MarshalBinary()
		if err != nil {
			t.Fatalf("decoded piece does not encode: %v", err)
		}
		if !bytes.Equal(out, data) {
			t.Fatal("decode(encode) differs: the wire form is not canonical")
		}
	})
}

func TestCalibrate(t *testing.T) {
	f := getFixture(t)
	cs, err := Calibrate([]int{2}, f.blobs[0])
	if err != nil {
		t.Fatal(err)
	}
	c := cs[0]
	if c.Blobs != 2 || c.VerifyFixed <= 0 || c.Recode <= 0 || c.Answer <= 0 || c.SampleCheck <= 0 ||
		c.ColumnVerify <= 0 || c.RecoverRow <= 0 || c.Systematic <= 0 || len(c.VerifyCurve) != len(verifySizes) {
		t.Fatalf("costs %v", c)
	}
}
