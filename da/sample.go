package da

import (
	"fmt"
	"math"
	"slices"

	"github.com/consensys/gnark-crypto/ecc"
	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
)

// Challenge asks a custody node of one column for the combination of the
// column's cells with coefficients expanded from Seed (challengeCoeffs), which
// only a node holding the whole column can compute. The seed is the sampler's
// secret until it asks.
type Challenge struct {
	Root   Root
	Column uint16
	Seed   [32]byte
}

// SampleAnswer is the answer to a Challenge: the combined cell and its proof.
// It carries no coefficients: the sampler knows them.
type SampleAnswer struct {
	Root   Root
	Column uint16
	Cell   Cell
	Proof  Proof
}

// Answer computes the answer to ch from the whole column (ErrRank otherwise;
// ErrWrongBlock, ErrWrongColumn for a challenge that is not for this column).
// It costs one solve against the held coefficients and one multi-scalar
// multiplication over the held proofs.
func (c *Column) Answer(ch Challenge) (*SampleAnswer, error) {
	if ch.Root != c.block.Root {
		return nil, ErrWrongBlock
	}
	if int(ch.Column) != c.index {
		return nil, fmt.Errorf("%w: challenge for %d, column %d", ErrWrongColumn, ch.Column, c.index)
	}
	r := challengeCoeffs(ch.Seed, ch.Root, c.index, c.k)
	x, err := c.solve(func(v []fr.Element) { copy(v, r) })
	if err != nil {
		return nil, err
	}
	p, err := c.combine(x)
	if err != nil {
		return nil, err
	}
	return &SampleAnswer{Root: p.Root, Column: p.Column, Cell: p.Cell, Proof: p.Proof}, nil
}

// FooledProbability is the probability that s distinct uniformly drawn columns
// all pass while the data cannot be reconstructed: the publisher released at
// most Columns/2−1 columns, so each sample lands on a released column with the
// hypergeometric odds C(63, s)/C(128, s). It is 1 for s = 0.
func FooledProbability(s int) float64 {
	avail := Columns/2 - 1
	if s > avail {
		return 0
	}
	p := 1.0
	for i := 0; i < s; i++ {
		p *= float64(avail-i) / float64(Columns-i)
	}
	return p
}

// SecurityBits is −log2(FooledProbability(s)).
func SecurityBits(s int) float64 {
	p := FooledProbability(s)
	if p == 0 {
		return math.Inf(1)
	}
	return -math.Log2(p)
}

// SamplesFor returns the fewest samples whose FooledProbability is at most 2^-bits.
func SamplesFor(bits float64) int {
	for s := 0; s <= Columns/2; s++ {
		if SecurityBits(s) >= bits {
			return s
		}
	}
	return Columns/2 + 1
}

// Sampler runs a node's sampling of one block: it draws distinct random columns
// and secret seeds, checks each answer against the commitments it rebuilds from
// the block, and reports its confidence under the withholding model. Not safe for
// concurrent use.
type Sampler struct {
	block    *Block
	ch       map[uint16]Challenge
	order    []uint16
	passed   map[uint16]bool
	failures int
	// Batched checks (Offer, Flush): answers queued, by column, and the
	// outcomes of a pool flush not yet returned by Flush.
	ver      *Verifier
	pool     *Pool
	queued   bool
	pending  []*coded
	acc, rej []int
	err      error
}

// NewSampler draws n distinct columns (1..Columns) and their seeds from rnd (a
// seeded or secret source; the seeds must stay unknown to custody nodes until
// asked).
func NewSampler(b *Block, n int, rnd Rand) (*Sampler, error) {
	if b == nil || n < 1 || n > Columns {
		return nil, fmt.Errorf("%w: %d samples", ErrConfig, n)
	}
	s := &Sampler{block: b, ch: map[uint16]Challenge{}, passed: map[uint16]bool{}}
	perm := make([]uint16, Columns)
	for i := range perm {
		perm[i] = uint16(i)
	}
	for i := 0; i < n; i++ {
		j := i + int(rnd.Uint64()%uint64(Columns-i))
		perm[i], perm[j] = perm[j], perm[i]
		ch := Challenge{Root: b.Root, Column: perm[i]}
		for w := 0; w < 4; w++ {
			v := rnd.Uint64()
			for k := 0; k < 8; k++ {
				ch.Seed[w*8+k] = byte(v >> (8 * k))
			}
		}
		s.ch[perm[i]] = ch
		s.order = append(s.order, perm[i])
	}
	return s, nil
}

// Challenges returns the challenges to send, one per sampled column.
func (s *Sampler) Challenges() []Challenge {
	out := make([]Challenge, len(s.order))
	for i, c := range s.order {
		out[i] = s.ch[c]
	}
	return out
}

// Check verifies an answer: ErrWrongBlock or ErrWrongColumn for an answer to
// nothing asked, ErrMalformed, ErrIdentity, ErrProof. A passing answer counts
// once per column.
func (s *Sampler) Check(a *SampleAnswer) error {
	if a.Root != s.block.Root {
		return ErrWrongBlock
	}
	ch, ok := s.ch[a.Column]
	if !ok {
		return fmt.Errorf("%w: column %d was not sampled", ErrWrongColumn, a.Column)
	}
	r := challengeCoeffs(ch.Seed, ch.Root, int(ch.Column), s.block.Blobs())
	var cs [ScalarsPerCell]fr.Element
	if err := cellScalars(&a.Cell, cs[:]); err != nil {
		s.failures++
		return err
	}
	pf, err := parsePoint(a.Proof[:])
	if err != nil {
		s.failures++
		return err
	}
	var cm bls12381.G1Affine
	if _, err := cm.MultiExp(s.block.points, r, ecc.MultiExpConfig{NbTasks: 1}); err != nil {
		return err
	}
	if pf.IsInfinity() || cm.IsInfinity() {
		s.failures++
		return fmt.Errorf("%w: sample answer", ErrIdentity)
	}
	ctx, err := Context()
	if err != nil {
		return err
	}
	c := Commitment(cm.Bytes())
	if err := ctx.VerifyCellKZGProofBatch([]Commitment{c}, []uint64{uint64(a.Column)}, []*Cell{&a.Cell}, []Proof{a.Proof}); err != nil {
		s.failures++
		return fmt.Errorf("%w: %w", ErrProof, err)
	}
	s.passed[a.Column] = true
	return nil
}

// Offer checks answer a without a pairing and queues it for a batched check
// under tag (the caller's name for the peer that sent it): a sample answer is
// a coded cell of its column, with the coefficients the sampler's seed names,
// so its cell equation joins any batch check (Flush; in a Pool, with the
// node's coded pieces, at about the cost of one more piece instead of a check
// of its own). Errors: ErrWrongBlock or ErrWrongColumn for an answer to
// nothing asked, ErrMalformed, ErrIdentity (an identity proof; as for pieces,
// it also refuses a combined commitment that is the identity, which only that
// proof could open), and ErrNotInnovative for an answer to a column that has
// already passed (no offence: no pairing is spent on it). Several answers for
// one column may be queued; the column passes if any of them verifies. a is
// not retained.
func (s *Sampler) Offer(a *SampleAnswer, tag int) error {
	if a.Root != s.block.Root {
		return ErrWrongBlock
	}
	ch, ok := s.ch[a.Column]
	if !ok {
		return fmt.Errorf("%w: column %d was not sampled", ErrWrongColumn, a.Column)
	}
	if s.passed[a.Column] {
		return fmt.Errorf("%w: column %d already passed", ErrNotInnovative, a.Column)
	}
	cd, err := parseAnswer(s.block, ch, a)
	if err != nil {
		s.failures++
		return err
	}
	cd.tag = tag
	s.pending = append(s.pending, cd)
	s.pool.enqueue(s, &s.queued)
	return nil
}

// parseAnswer parses a, the answer to ch, as a coded cell of ch's column
// with the challenge's coefficients: ErrMalformed, ErrIdentity.
func parseAnswer(b *Block, ch Challenge, a *SampleAnswer) (*coded, error) {
	cd := &coded{block: b, column: int(ch.Column), coeffs: challengeCoeffs(ch.Seed, ch.Root, int(ch.Column), b.Blobs())}
	if err := cellScalars(&a.Cell, cd.cell[:]); err != nil {
		return nil, err
	}
	pf, err := parsePoint(a.Proof[:])
	if err != nil {
		return nil, err
	}
	if pf.IsInfinity() {
		return nil, fmt.Errorf("%w: sample answer proof", ErrIdentity)
	}
	cd.proof = pf
	return cd, nil
}

// Join makes s verify its queued answers in pool p, together with the pool's
// columns (one check for a node's pieces and answers). It fails with ErrConfig
// if s has answers whose outcome Flush has not returned, or is in another pool.
func (s *Sampler) Join(p *Pool) error {
	switch {
	case p == nil:
		return fmt.Errorf("%w: nil pool", ErrConfig)
	case s.Pending() > 0:
		return fmt.Errorf("%w: %d answers pending, Flush first", ErrConfig, s.Pending())
	case s.pool != nil && s.pool != p:
		return fmt.Errorf("%w: sampler already in a pool", ErrConfig)
	}
	s.pool, s.ver = p, p.ver
	p.join(s)
	return nil
}

// Pending returns the answers whose outcome Flush has not returned: queued,
// or verified by a pool flush run by another member of the pool.
func (s *Sampler) Pending() int { return len(s.pending) + len(s.acc) + len(s.rej) }

// Completes reports whether the queued answers would complete the sampling:
// an answer is queued for every sampled column that has not passed.
func (s *Sampler) Completes() bool {
	if len(s.pending) == 0 {
		return false
	}
	for _, c := range s.order {
		if s.passed[c] {
			continue
		}
		if !slices.ContainsFunc(s.pending, func(cd *coded) bool { return cd.column == int(c) }) {
			return false
		}
	}
	return true
}

// Flush verifies the queued answers in one batch check and returns the tags
// of those accepted and of those rejected (ErrProof: penalise the peers they
// name), one entry per answer. In a Pool it flushes the whole pool and returns
// the sampler's outcomes, including those of an earlier pool flush run by
// another member. err is set only when the verifier's random source failed;
// then nothing was accepted and the queue was dropped.
func (s *Sampler) Flush() (accepted, rejected []int, err error) {
	if len(s.pending) > 0 {
		if s.pool != nil {
			_ = s.pool.Flush()
		} else {
			if s.ver == nil {
				s.ver = NewVerifier(nil)
			}
			pend := s.take()
			ok, _, err := s.ver.verifyCoded(pend)
			s.settle(pend, ok, err)
		}
	}
	accepted, rejected, err = s.acc, s.rej, s.err
	s.acc, s.rej, s.err = nil, nil, nil
	if err != nil {
		return nil, nil, err
	}
	return accepted, rejected, nil
}

func (s *Sampler) take() []*coded {
	pend := s.pending
	s.pending, s.queued = nil, false
	return pend
}

func (s *Sampler) settle(pend []*coded, ok []bool, err error) {
	for i, cd := range pend {
		if err == nil && ok[i] {
			s.passed[uint16(cd.column)] = true
			s.acc = append(s.acc, cd.tag)
		} else {
			if err == nil { // a failed random source is not the answer's fault
				s.failures++
			}
			s.rej = append(s.rej, cd.tag)
		}
	}
	if err != nil {
		s.err = err
	}
}

func (s *Sampler) completes() bool { return s.Completes() }
func (s *Sampler) done() bool      { return s.Done() }

// Failures returns the answers refused so far (by Check, Offer or a batch).
func (s *Sampler) Failures() int { return s.failures }

// Passed returns the number of sampled columns whose answer verified.
func (s *Sampler) Passed() int { return len(s.passed) }

// Done reports whether every sampled column passed.
func (s *Sampler) Done() bool { return len(s.passed) == len(s.order) }

// Confidence returns 1 − FooledProbability(passed) while every sample passes so
// far, i.e. the probability that the data is available given what was seen.
func (s *Sampler) Confidence() float64 { return 1 - FooledProbability(s.Passed()) }
