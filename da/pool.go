package da

import (
	"fmt"
	"slices"
	"time"
)

// Pool verifies the queued pieces of many columns, of one block or several, in
// one check. Pieces of different cell indices cannot be combined into one
// piece, but their cell equations can share one pairing check (Verifier): the
// check's fixed cost (an MSM over the 64 setup points, a small MSM and two
// pairings, about 1.1-1.3 ms) is paid once per pool flush instead of once per
// column, and a further column adds only its 64-point inverse FFT. A custody
// node that collects four columns at once fills a batch about four times as
// fast. A Sampler that joins the pool (Sampler.Join) adds its queued sample
// answers to the same checks: an answer is a coded cell of its column.
//
// Flushing any column of the pool (Column.Flush) flushes the whole pool; each
// column keeps its outcomes until its own Flush returns them. A failed check is
// bisected, the pieces ordered by column, so a bad piece costs the other
// columns a few more checks but never their pieces.
//
// Usage, with the pool's policy driving the flushes:
//
//	pool := da.NewPool(da.NewVerifier(nil))
//	col, _ := pool.Column(block, j)
//	_ = col.Offer(piece, from)
//	if policy.Due(pool.Pending(), now.Sub(firstQueued), pool.Completes()) { _ = pool.Flush() }
//	accepted, rejected, _ := col.Flush() // this column's outcomes
//
// A Pool and its columns are not safe for concurrent use: they share one
// goroutine.
type Pool struct {
	ver     *Verifier
	cols    []queue // columns and samplers with queued pieces, in the order they first queued
	members []queue // every column and sampler that joined and has not left
	checks  int
}

// queue is what a Pool verifies: a Column's queued pieces or a Sampler's
// queued answers.
type queue interface {
	// take returns the queued pieces and empties the queue.
	take() []*coded
	// settle records the outcome of pieces take returned.
	settle(pend []*coded, ok []bool, err error)
	// completes: the queue would complete the member (Column.Completes,
	// Sampler.Completes); done: the member needs nothing more.
	completes() bool
	done() bool
}

func (p *Pool) join(q queue) {
	if !slices.Contains(p.members, q) {
		p.members = append(p.members, q)
	}
}

// enqueue puts q into the pool's next check, once: queued is q's own flag,
// cleared when its queue is taken. A nil pool does nothing.
func (p *Pool) enqueue(q queue, queued *bool) {
	if p != nil && !*queued {
		*queued = true
		p.cols = append(p.cols, q)
	}
}

// remove takes q out of the pool: out of the queues and the members.
func (p *Pool) remove(q queue) {
	p.cols = slices.DeleteFunc(p.cols, func(x queue) bool { return x == q })
	p.members = slices.DeleteFunc(p.members, func(x queue) bool { return x == q })
}

// NewPool returns an empty pool whose checks v runs (nil: NewVerifier(nil)).
func NewPool(v *Verifier) *Pool {
	if v == nil {
		v = NewVerifier(nil)
	}
	return &Pool{ver: v}
}

// Column returns an empty column index of block b that verifies in the pool
// (NewColumn with the pool's verifier, then Join).
func (p *Pool) Column(b *Block, index int) (*Column, error) {
	c, err := NewColumn(b, index, p.ver)
	if err != nil {
		return nil, err
	}
	if err := c.Join(p); err != nil {
		return nil, err
	}
	return c, nil
}

// Join makes c verify in pool p with p's verifier. It fails with ErrConfig if c
// has pieces whose outcome Flush has not returned, or is in another pool.
func (c *Column) Join(p *Pool) error {
	switch {
	case p == nil:
		return fmt.Errorf("%w: nil pool", ErrConfig)
	case c.Pending() > 0:
		return fmt.Errorf("%w: %d pieces pending, Flush first", ErrConfig, c.Pending())
	case c.pool != nil && c.pool != p:
		return fmt.Errorf("%w: column already in a pool", ErrConfig)
	}
	c.pool, c.ver = p, p.ver
	p.join(c)
	return nil
}

// Pending returns the pieces and sample answers queued in the pool.
func (p *Pool) Pending() int {
	n := 0
	for _, c := range p.cols {
		switch q := c.(type) {
		case *Column:
			n += len(q.pending)
		case *Sampler:
			n += len(q.pending)
		}
	}
	return n
}

// Columns returns how many columns and samplers have pieces or answers queued.
func (p *Pool) Columns() int { return len(p.cols) }

// Completes reports whether a column of the pool would be completed by its
// queued pieces (Column.Completes).
func (p *Pool) Completes() bool {
	for _, c := range p.cols {
		if _, ok := c.(*Column); ok && c.completes() {
			return true
		}
	}
	return false
}

// Finishes reports whether the queue would finish everything the pool
// verifies: with its queued pieces and answers verified, every member column
// would be full and every member sampler done (Sampler.Done). For a node whose
// custody columns and sampler share the pool, that is its DA check: waiting
// could only delay it. False if nothing is queued.
func (p *Pool) Finishes() bool {
	if len(p.cols) == 0 {
		return false
	}
	for _, m := range p.members {
		if !m.done() && !m.completes() {
			return false
		}
	}
	return true
}

// Checks returns the cell batch checks the pool has run (one per flush, more
// when a failed flush is bisected).
func (p *Pool) Checks() int { return p.checks }

// Flush verifies every queued piece of every column in the pool in one cell
// batch check, bisecting each column's claim if it fails, and records each
// column's outcomes for its Flush. It returns the random source's error, if it
// failed (then every queued piece was dropped, and each column's Flush returns
// the error).
func (p *Pool) Flush() error {
	if len(p.cols) == 0 {
		return nil
	}
	cols := p.cols
	p.cols = nil
	var all []*coded
	ends := make([]int, len(cols))
	for i, c := range cols {
		all = append(all, c.take()...)
		ends[i] = len(all)
	}
	ok, n, err := p.ver.verifyCoded(all)
	p.checks += n
	start := 0
	for i, c := range cols {
		c.settle(all[start:ends[i]], ok[start:ends[i]], err)
		start = ends[i]
	}
	return err
}

// BatchPolicy says when queued pieces are verified: a bounded batching delay.
// A check costs about 1.1-1.3 ms plus 0.11-0.16 ms per piece (da.Calibrate),
// so the cost per piece falls from about 1.2 ms alone to 0.27-0.37 ms at 8
// pieces and 0.13-0.17 ms at 32; waiting for a batch delays what a relay can forward (only verified
// pieces are recoded) and when a column completes, so the wait is bounded (of
// the order of a link's latency), and a queue that would complete a column is
// verified at once. Sample answers need no wait bound of their own: they
// unlock nothing but the node's DA check, so they can ride with the next
// check, and a queue that would finish that check (Pool.Finishes) is due at
// once like a completing one. The zero value verifies every piece at once.
type BatchPolicy struct {
	// MaxPieces: verify once this many pieces are queued (0 or 1: at once).
	MaxPieces int
	// MaxDelay: verify once the oldest queued piece has waited this long (0:
	// no bound but MaxPieces and completion).
	MaxDelay time.Duration
}

// Validate reports a negative field as ErrConfig.
func (bp BatchPolicy) Validate() error {
	if bp.MaxPieces < 0 || bp.MaxDelay < 0 {
		return fmt.Errorf("%w: batch policy %d pieces, delay %v", ErrConfig, bp.MaxPieces, bp.MaxDelay)
	}
	return nil
}

// Due reports whether pending queued pieces, the oldest queued waited ago,
// should be verified now: MaxPieces are queued, the oldest has waited MaxDelay,
// or completes (the queue would complete a column: Column.Completes,
// Pool.Completes), when waiting could only delay the column. It reads no clock:
// the caller passes the wait.
func (bp BatchPolicy) Due(pending int, waited time.Duration, completes bool) bool {
	switch {
	case pending <= 0:
		return false
	case completes, pending >= max(1, bp.MaxPieces):
		return true
	}
	return bp.MaxDelay > 0 && waited >= bp.MaxDelay
}
