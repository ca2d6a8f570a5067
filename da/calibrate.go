package da

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"slices"
	"time"

	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
)

// ScaledBlobs returns k real blobs' data as multiples a_i·base of one blob's
// (a_i drawn from seed): a blob's commitment, cells and proofs scale with it, so
// these are valid KZG data obtained without k proof computations. Benchmarks and
// the simulator's calibration use them at Ethereum's blob counts; verification
// costs are those of distinct blobs.
func ScaledBlobs(base *BlobCells, k int, seed uint64) (*Block, []*BlobCells, error) {
	if k < 1 || k > MaxBlobs {
		return nil, nil, fmt.Errorf("%w: %d blobs", ErrConfig, k)
	}
	rng := rand.New(rand.NewPCG(seed, 1))
	bp, err := parsePoint(base.Commitment[:])
	if err != nil {
		return nil, nil, err
	}
	var pts [Columns]bls12381.G1Affine
	cellS := make([][ScalarsPerCell]fr.Element, Columns)
	for j := range Columns {
		if pts[j], err = parsePoint(base.Proofs[j][:]); err != nil {
			return nil, nil, err
		}
		if err := cellScalars(&base.Cells[j], cellS[j][:]); err != nil {
			return nil, nil, err
		}
	}
	out := make([]*BlobCells, k)
	cms := make([]Commitment, k)
	for i := range k {
		var a fr.Element
		a.SetUint64(rng.Uint64() | 1)
		ab := a.BigInt(new(big.Int))
		bc := &BlobCells{}
		var cm bls12381.G1Affine
		cm.ScalarMultiplication(&bp, ab)
		bc.Commitment = Commitment(cm.Bytes())
		for j := range Columns {
			var pf bls12381.G1Affine
			pf.ScalarMultiplication(&pts[j], ab)
			bc.Proofs[j] = Proof(pf.Bytes())
			var s [ScalarsPerCell]fr.Element
			for x := range s {
				s[x].Mul(&cellS[j][x], &a)
			}
			scalarsCell(s[:], &bc.Cells[j])
		}
		out[i], cms[i] = bc, bc.Commitment
	}
	b, err := NewBlock(Root{byte(seed), byte(seed >> 8), 0xbe}, cms)
	if err != nil {
		return nil, nil, err
	}
	return b, out, nil
}

// Costs are processing times measured on this machine for one blob count, for a
// virtual-time simulator to charge. Durations are nanoseconds in JSON.
type Costs struct {
	Blobs int
	// VerifyFixed + n·VerifyPiece is one batch check of n pieces of a column
	// (VerifyPiece priced on a batch of 16);
	// each further column in the same check (a Pool flush) adds VerifyColumn
	// (its inverse FFT, and small multi-scalar multiplications), measured
	// against a batch of as many pieces of one column.
	VerifyFixed, VerifyPiece, VerifyColumn time.Duration
	// VerifyCurve[i] is one check of 2^i pieces of one column (1 to 64): the
	// per-piece price falls with the batch (multi-scalar multiplications
	// amortise), which VerifyCost interpolates. Empty in costs measured before
	// it existed: VerifyCost is then linear.
	VerifyCurve []time.Duration `json:",omitempty"`
	// VerifyAnswer is what a sample answer adds to a check beyond a piece
	// (Sampler.Offer into a Pool: its challenge's coefficients, k SHA-256
	// expansions, and its column's inverse FFT, for sampled columns are
	// distinct), measured as 16 pieces and 16 answers against 32 pieces.
	// Zero in costs measured before it existed.
	VerifyAnswer time.Duration `json:",omitempty"`
	// Recode is one recombination of a full column (Column.Recode).
	Recode time.Duration
	// Answer is a custody node's answer to a sample challenge (Column.Answer).
	Answer time.Duration
	// SampleCheck is a sampler's check of one answer (Sampler.Check).
	SampleCheck time.Duration
	// Systematic is one blob's own cell and proof from a coded full column.
	Systematic time.Duration
	// ColumnVerify is PeerDAS's check of one whole column sidecar: go-eth-kzg's
	// VerifyCellKZGProofBatch over its k cells.
	ColumnVerify time.Duration
	// RecoverRow is one blob's recovery from half its cells (RecoverRow).
	RecoverRow time.Duration
}

// verifySizes are the batch sizes VerifyCurve is measured at.
var verifySizes = [...]int{1, 2, 4, 8, 16, 32, 64}

// VerifyCost is one check of pieces pieces of columns columns: VerifyCurve
// interpolated linearly (beyond its last size, its last slope), or
// VerifyFixed + pieces·VerifyPiece without a curve, plus VerifyColumn per
// column beyond the first.
func (c Costs) VerifyCost(pieces, columns int) time.Duration {
	if pieces <= 0 {
		return 0
	}
	d := c.VerifyFixed + time.Duration(pieces)*c.VerifyPiece
	if n := len(c.VerifyCurve); n == len(verifySizes) {
		i := 1
		for i < n-1 && verifySizes[i] < pieces {
			i++
		}
		x0, x1 := verifySizes[i-1], verifySizes[i]
		y0, y1 := c.VerifyCurve[i-1], c.VerifyCurve[i]
		d = y0 + (y1-y0)*time.Duration(pieces-x0)/time.Duration(x1-x0)
	}
	return d + time.Duration(max(0, columns-1))*c.VerifyColumn
}

func (c Costs) String() string {
	ms := func(d time.Duration) string { return fmt.Sprintf("%.3fms", float64(d)/1e6) }
	curve := ""
	if len(c.VerifyCurve) == len(verifySizes) {
		curve = fmt.Sprintf(" (batch 2/8/32/64: %s/%s/%s/%s)", ms(c.VerifyCurve[1]), ms(c.VerifyCurve[3]), ms(c.VerifyCurve[5]), ms(c.VerifyCurve[6]))
	}
	if c.VerifyAnswer > 0 {
		curve += fmt.Sprintf(" +%s/answer", ms(c.VerifyAnswer))
	}
	return fmt.Sprintf("blobs=%d verify=%s+%s/piece+%s/column%s recode=%s answer=%s sample-check=%s systematic=%s peerdas-column-verify=%s recover-row=%s",
		c.Blobs, ms(c.VerifyFixed), ms(c.VerifyPiece), ms(c.VerifyColumn), curve, ms(c.Recode), ms(c.Answer), ms(c.SampleCheck), ms(c.Systematic),
		ms(c.ColumnVerify), ms(c.RecoverRow))
}

// timeIt returns the least process CPU time of n runs of f (each op runs on one
// goroutine): on a shared, loaded machine, CPU time is not inflated by waiting
// for a core, and the minimum drops runs disturbed by the garbage collector.
// Calibrate must run alone in its process.
func timeIt(n int, f func() error) (time.Duration, error) {
	best := time.Duration(math.MaxInt64)
	for range n {
		t0 := cpuNow()
		if err := f(); err != nil {
			return 0, err
		}
		best = min(best, cpuNow()-t0)
	}
	return best, nil
}

// checkMixed verifies pieces and answers (to chs) in one check, parsing
// included as in a Pool's Offer and Flush.
func checkMixed(v *Verifier, blk *Block, pieces []*Piece, chs []Challenge, answers []*SampleAnswer) error {
	cs := make([]*coded, 0, len(pieces)+len(answers))
	for _, p := range pieces {
		cd, err := parsePiece(blk, -1, p)
		if err != nil {
			return err
		}
		cs = append(cs, cd)
	}
	for i, a := range answers {
		cd, err := parseAnswer(blk, chs[i], a)
		if err != nil {
			return err
		}
		cs = append(cs, cd)
	}
	ok, _, err := v.verifyCoded(cs)
	if err == nil && slices.Contains(ok, false) {
		err = fmt.Errorf("calibration: %w", ErrProof)
	}
	return err
}

// Calibrate measures Costs for each blob count on this machine with real KZG
// (one real blob, scaled; about a second per blob count), as process CPU time:
// run it while nothing else runs in the process. base may be nil (one blob is
// then computed).
func Calibrate(blobCounts []int, base *BlobCells) ([]Costs, error) {
	if base == nil {
		var b Blob
		rng := rand.New(rand.NewPCG(1, 2))
		for i := 0; i < BlobSize; i += 32 {
			for j := 1; j < 32; j++ {
				b[i+j] = byte(rng.Uint32())
			}
		}
		var err error
		if base, err = ComputeBlobCells(&b); err != nil {
			return nil, err
		}
	}
	ctx, err := Context()
	if err != nil {
		return nil, err
	}
	var out []Costs
	for _, k := range blobCounts {
		blk, blobs, err := ScaledBlobs(base, k, uint64(k))
		if err != nil {
			return nil, err
		}
		const j = 3
		cells := make([]Cell, k)
		proofs := make([]Proof, k)
		for i, bc := range blobs {
			cells[i], proofs[i] = bc.Cells[j], bc.Proofs[j]
		}
		src, err := NewSourceColumn(blk, j, cells, proofs)
		if err != nil {
			return nil, err
		}
		rng := rand.New(rand.NewPCG(3, uint64(k)))
		pieces := make([]*Piece, max(k, verifySizes[len(verifySizes)-1]))
		for i := range pieces {
			if pieces[i], err = src.Recode(rng); err != nil {
				return nil, err
			}
		}
		// A coded full column (what a custody node holds).
		coded, _ := NewColumn(blk, j, nil)
		for _, p := range pieces {
			if err := coded.Offer(p, 0); err != nil && !errors.Is(err, ErrNotInnovative) {
				return nil, err
			}
		}
		if _, _, err := coded.Flush(); err != nil {
			return nil, err
		}
		for i := 0; !coded.Full() && i < 4*k; i++ {
			p, _ := src.Recode(rng)
			_ = coded.Add(p)
		}
		v := NewVerifier(nil)
		c := Costs{Blobs: k}
		check := func(ps []*Piece) func() error {
			return func() error {
				for _, e := range v.Verify(blk, ps) {
					if e != nil {
						return e
					}
				}
				return nil
			}
		}
		// The batch checks decide the verification target: more runs, so
		// that their minimum drops what other processes disturbed.
		const reps = 15
		one, err := timeIt(reps, check(pieces[:1]))
		if err != nil {
			return nil, err
		}
		// A piece is priced on a batch of 16 (batches of 10-20 form in the
		// network; larger ones cost less per piece than this).
		base16, err := timeIt(reps, check(pieces[:16]))
		if err != nil {
			return nil, err
		}
		c.VerifyFixed = one
		c.VerifyPiece = max(0, (base16-one)/15)
		for _, n := range verifySizes {
			d := one
			switch n {
			case 1:
			case 16:
				d = base16
			default:
				if d, err = timeIt(reps, check(pieces[:n])); err != nil {
					return nil, err
				}
			}
			c.VerifyCurve = append(c.VerifyCurve, d)
		}
		// Pool flushes: 16 pieces over 4 columns and over 8, against 16
		// pieces of one column; what a further column adds (its inverse
		// FFT, and small multi-scalar multiplications), the larger of the two.
		c.VerifyColumn = 0
		for _, shape := range [][2]int{{4, 4}, {8, 2}} {
			var across []*Piece
			for n := range shape[0] {
				jn := (j + 1 + 16*n) % Columns
				for i, bc := range blobs {
					cells[i], proofs[i] = bc.Cells[jn], bc.Proofs[jn]
				}
				sc, err := NewSourceColumn(blk, jn, cells, proofs)
				if err != nil {
					return nil, err
				}
				for range shape[1] {
					p, err := sc.Recode(rng)
					if err != nil {
						return nil, err
					}
					across = append(across, p)
				}
			}
			t, err := timeIt(reps, check(across))
			if err != nil {
				return nil, err
			}
			c.VerifyColumn = max(c.VerifyColumn, (t-base16)/time.Duration(shape[0]-1))
		}
		// Answers in a check: 16 pieces and 16 answers against 32 pieces.
		smp, err := NewSampler(blk, 16, rng)
		if err != nil {
			return nil, err
		}
		chs := smp.Challenges()
		answers := make([]*SampleAnswer, len(chs))
		for i, ch := range chs {
			for b, bc := range blobs {
				cells[b], proofs[b] = bc.Cells[ch.Column], bc.Proofs[ch.Column]
			}
			sc, err := NewSourceColumn(blk, int(ch.Column), cells, proofs)
			if err != nil {
				return nil, err
			}
			if answers[i], err = sc.Answer(ch); err != nil {
				return nil, err
			}
		}
		mixed, err := timeIt(reps, func() error { return checkMixed(v, blk, pieces[:16], chs, answers) })
		if err != nil {
			return nil, err
		}
		c.VerifyAnswer = max(0, (mixed-c.VerifyCurve[5])/16)
		for i, bc := range blobs {
			cells[i], proofs[i] = bc.Cells[j], bc.Proofs[j]
		}
		if c.Recode, err = timeIt(5, func() error { _, e := coded.Recode(rng); return e }); err != nil {
			return nil, err
		}
		s, err := NewSampler(blk, 1, rng)
		if err != nil {
			return nil, err
		}
		ch := s.Challenges()[0]
		col, _ := NewColumn(blk, int(ch.Column), nil)
		for i := range k {
			ps := blobs[i]
			p := &Piece{Root: blk.Root, Column: ch.Column, Cell: ps.Cells[ch.Column], Proof: ps.Proofs[ch.Column], Terms: []Term{{Blob: uint16(i)}}}
			p.Terms[0].Coeff.SetOne()
			_ = col.Offer(p, 0)
		}
		if _, _, err := col.Flush(); err != nil || !col.Full() {
			return nil, fmt.Errorf("calibration column (full %v): %w", col.Full(), err)
		}
		var ans *SampleAnswer
		if c.Answer, err = timeIt(5, func() error {
			var e error
			ans, e = coded.Answer(Challenge{Root: blk.Root, Column: j, Seed: ch.Seed})
			return e
		}); err != nil {
			return nil, err
		}
		if ans, err = col.Answer(ch); err != nil {
			return nil, err
		}
		if c.SampleCheck, err = timeIt(5, func() error { return s.Check(ans) }); err != nil {
			return nil, err
		}
		if c.Systematic, err = timeIt(5, func() error { _, e := coded.Systematic(k - 1); return e }); err != nil {
			return nil, err
		}
		cms := make([]Commitment, k)
		idx := make([]uint64, k)
		cps := make([]*Cell, k)
		for i := range k {
			cms[i], idx[i], cps[i] = blk.Commitments[i], j, &cells[i]
		}
		if c.ColumnVerify, err = timeIt(reps, func() error { return ctx.VerifyCellKZGProofBatch(cms, idx, cps, proofs) }); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	// Recovery does not depend on the blob count: one row.
	cols := make([]int, 0, Columns/2)
	half := make([]Cell, 0, Columns/2)
	for j := 0; j < Columns; j += 2 {
		cols = append(cols, j)
		half = append(half, base.Cells[j])
	}
	rec, err := timeIt(3, func() error { _, e := RecoverRow(cols, half); return e })
	if err != nil {
		return nil, err
	}
	for i := range out {
		out[i].RecoverRow = rec
	}
	return out, nil
}
