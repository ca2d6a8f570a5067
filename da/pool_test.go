package da

import (
	"errors"
	"math/rand/v2"
	"testing"
	"time"
)

// TestPoolVerifiesColumnsTogether: pieces of three columns of two blocks share
// one cell batch check; a bad piece is bisected within its own column and
// named there, and no other column loses a piece.
func TestPoolVerifiesColumnsTogether(t *testing.T) {
	f := getFixture(t)
	rng := rand.New(rand.NewPCG(7, 7))
	pool := NewPool(nil)
	other := sourceOf(t, f.other, []*BlobCells{f.blobs[2], f.blobs[0], f.blobs[1]}, 40)
	type member struct {
		col *Column
		src *Column
	}
	var ms []member
	for _, j := range []int{3, 90} {
		c, err := pool.Column(f.block, j)
		if err != nil {
			t.Fatal(err)
		}
		ms = append(ms, member{c, f.source(t, j)})
	}
	c40, err := pool.Column(f.other, 40)
	if err != nil {
		t.Fatal(err)
	}
	ms = append(ms, member{c40, other})

	// Round 1: two pieces per column, all good: one check for six pieces.
	for i, m := range ms {
		for n := range 2 {
			p, _ := m.src.Recode(rng)
			if err := m.col.Offer(p, 10*i+n); err != nil {
				t.Fatal(err)
			}
		}
	}
	if pool.Pending() != 6 || pool.Columns() != 3 || pool.Completes() {
		t.Fatalf("pending %d columns %d completes %v", pool.Pending(), pool.Columns(), pool.Completes())
	}
	if err := pool.Flush(); err != nil {
		t.Fatal(err)
	}
	if pool.Checks() != 1 {
		t.Fatalf("%d checks for a good batch", pool.Checks())
	}
	for i, m := range ms {
		if m.col.Rank() != 2 || m.col.Pending() != 2 {
			t.Fatalf("column %d: rank %d, outcomes waiting %d", i, m.col.Rank(), m.col.Pending())
		}
		acc, rej, err := m.col.Flush()
		if err != nil || len(acc) != 2 || len(rej) != 0 || m.col.Pending() != 0 {
			t.Fatalf("column %d: accepted %v rejected %v err %v", i, acc, rej, err)
		}
	}
	if pool.Checks() != 1 {
		t.Fatal("returning outcomes ran a check")
	}

	// Round 2: the last piece of each column; column 90's is tampered. The
	// queue completes columns, and a flush through one column settles all.
	for i, m := range ms {
		p, _ := m.src.Recode(rng)
		if i == 1 {
			p.Cell[5] ^= 1
		}
		if err := m.col.Offer(p, 100+i); err != nil {
			t.Fatal(err)
		}
		if !m.col.Completes() {
			t.Fatalf("column %d: the third piece completes it", i)
		}
	}
	if !pool.Completes() {
		t.Fatal("pool does not see a completing column")
	}
	acc, rej, err := ms[0].col.Flush()
	if err != nil || len(acc) != 1 || acc[0] != 100 || len(rej) != 0 || !ms[0].col.Full() {
		t.Fatalf("column 3: accepted %v rejected %v err %v", acc, rej, err)
	}
	if !ms[2].col.Full() || ms[1].col.Full() || ms[1].col.Rank() != 2 {
		t.Fatal("the pool flush did not settle the other columns")
	}
	acc, rej, err = ms[1].col.Flush()
	if err != nil || len(acc) != 0 || len(rej) != 1 || rej[0] != 101 {
		t.Fatalf("column 90: accepted %v rejected %v err %v", acc, rej, err)
	}
	if acc, rej, err = ms[2].col.Flush(); err != nil || len(acc) != 1 || len(rej) != 0 {
		t.Fatalf("column 40 of the other block: accepted %v rejected %v err %v", acc, rej, err)
	}
	// The rejected piece no longer counts: column 90 takes a good one.
	p, _ := ms[1].src.Recode(rng)
	if err := ms[1].col.Add(p); err != nil || !ms[1].col.Full() {
		t.Fatalf("column 90 after the refusal: %v", err)
	}
	// Decoding gives the blobs' own cells back.
	cells, _, err := ms[1].col.Cells()
	if err != nil || cells[0] != f.blobs[0].Cells[90] {
		t.Fatalf("decode: %v", err)
	}
}

// TestPoolRefusesBadInput: the checks before any pairing hold in a pool, and
// a pool's flush is never fooled by a bad piece among good ones of other
// columns (each kind of tampering, at each position).
func TestPoolRefusesBadInput(t *testing.T) {
	f := getFixture(t)
	rng := rand.New(rand.NewPCG(8, 8))
	src3, src4 := f.source(t, 3), f.source(t, 4)
	otherSrc := sourceOf(t, f.other, []*BlobCells{f.blobs[2], f.blobs[0], f.blobs[1]}, 3)
	pool := NewPool(nil)
	c3, _ := pool.Column(f.block, 3)
	for _, c := range []struct {
		name  string
		piece func() *Piece
		want  error
	}{
		{"wrong cell index", func() *Piece { p, _ := src4.Recode(rng); return p }, ErrWrongColumn},
		{"replay from another block", func() *Piece { p, _ := otherSrc.Recode(rng); return p }, ErrWrongBlock},
		{"identity proof", func() *Piece { p, _ := src3.Recode(rng); p.Proof = Proof{0xc0}; return p }, ErrIdentity},
		{"no terms", func() *Piece { p, _ := src3.Recode(rng); p.Terms = nil; return p }, ErrZeroCoefficient},
	} {
		if err := c3.Offer(c.piece(), 1); !errors.Is(err, c.want) {
			t.Errorf("%s: %v, want %v", c.name, err, c.want)
		}
	}
	if pool.Pending() != 0 {
		t.Fatal("a refused piece was queued")
	}
	tamper := []func(p *Piece){
		func(p *Piece) { p.Cell[64] ^= 2 },                // cell
		func(p *Piece) { p.Terms[0].Coeff.SetUint64(99) }, // coefficient
		func(p *Piece) { p.Column = 4 },                   // relabelled index (pieces of 4 are genuine)
	}
	for ti, tf := range tamper {
		for pos := range 3 {
			pool := NewPool(nil)
			a, _ := pool.Column(f.block, 3)
			b, _ := pool.Column(f.block, 4)
			for n := range 3 {
				col, src := a, src3
				if n == 1 {
					col, src = b, src4
				}
				p, _ := src.Recode(rng)
				if n == pos {
					if ti == 2 {
						// A genuine piece of column 3 offered as column 4's.
						col = b
						p, _ = src3.Recode(rng)
					}
					tf(p)
				}
				if err := col.Offer(p, n); err != nil {
					t.Fatalf("tamper %d at %d: offer %v", ti, pos, err)
				}
			}
			if err := pool.Flush(); err != nil {
				t.Fatal(err)
			}
			var rejected []int
			for _, col := range []*Column{a, b} {
				_, rej, err := col.Flush()
				if err != nil {
					t.Fatal(err)
				}
				rejected = append(rejected, rej...)
			}
			if len(rejected) != 1 || rejected[0] != pos {
				t.Errorf("tamper %d at %d: rejected %v", ti, pos, rejected)
			}
		}
	}
}

func TestPoolJoin(t *testing.T) {
	f := getFixture(t)
	p1, p2 := NewPool(nil), NewPool(nil)
	c, _ := NewColumn(f.block, 3, nil)
	if err := c.Join(nil); !errors.Is(err, ErrConfig) {
		t.Fatalf("nil pool: %v", err)
	}
	if err := c.Join(p1); err != nil {
		t.Fatal(err)
	}
	if err := c.Join(p2); !errors.Is(err, ErrConfig) {
		t.Fatalf("second pool: %v", err)
	}
	d, _ := NewColumn(f.block, 4, nil)
	p, _ := f.source(t, 4).Recode(rand.New(rand.NewPCG(1, 1)))
	_ = d.Offer(p, 0)
	if err := d.Join(p1); !errors.Is(err, ErrConfig) {
		t.Fatalf("column with a queue: %v", err)
	}
	if err := (BatchPolicy{MaxPieces: -1}).Validate(); !errors.Is(err, ErrConfig) {
		t.Fatalf("negative policy: %v", err)
	}
}

// TestBatchPolicy: when a queue is due.
func TestBatchPolicy(t *testing.T) {
	bp := BatchPolicy{MaxPieces: 8, MaxDelay: 40 * time.Millisecond}
	for _, c := range []struct {
		pending   int
		waited    time.Duration
		completes bool
		due       bool
	}{
		{0, time.Second, true, false}, // nothing queued
		{1, 0, false, false},
		{7, 39 * time.Millisecond, false, false},
		{8, 0, false, true},                      // a full batch
		{1, 40 * time.Millisecond, false, true},  // the bound on waiting
		{1, 0, true, true},                       // completes a column
		{3, 10 * time.Millisecond, true, true},   // completes a column
		{3, 10 * time.Millisecond, false, false}, // waits
	} {
		if got := bp.Due(c.pending, c.waited, c.completes); got != c.due {
			t.Errorf("Due(%d, %v, %v) = %v", c.pending, c.waited, c.completes, got)
		}
	}
	if !(BatchPolicy{}).Due(1, 0, false) {
		t.Error("the zero policy waits")
	}
	if (BatchPolicy{MaxPieces: 4}).Due(3, time.Hour, false) {
		t.Error("no delay bound: waits for the batch")
	}
}

// TestPoolPolicyScenario drives a pool with the policy on a virtual clock:
// pieces of three columns arrive at seeded random times; a flush happens
// exactly when the policy says, no piece waits beyond MaxDelay, no batch
// exceeds MaxPieces, and the piece that completes a column is verified on
// arrival. Every column ends full.
func TestPoolPolicyScenario(t *testing.T) {
	f := getFixture(t)
	rng := rand.New(rand.NewPCG(21, 4))
	bp := BatchPolicy{MaxPieces: 4, MaxDelay: 30 * time.Millisecond}
	pool := NewPool(nil)
	cols := []int{0, 64, 127}
	srcs := make([]*Column, len(cols))
	sinks := make([]*Column, len(cols))
	for i, j := range cols {
		srcs[i] = f.source(t, j)
		sinks[i], _ = pool.Column(f.block, j)
	}
	var (
		now, oldest time.Duration
		flushes     int
	)
	flush := func(reason string) {
		t.Helper()
		if w := now - oldest; w > bp.MaxDelay {
			t.Fatalf("%s flush at %v: oldest waited %v", reason, now, w)
		}
		if n := pool.Pending(); n > bp.MaxPieces {
			t.Fatalf("%s flush of %d pieces", reason, n)
		}
		if err := pool.Flush(); err != nil {
			t.Fatal(err)
		}
		flushes++
		for _, c := range sinks {
			if _, rej, err := c.Flush(); err != nil || len(rej) > 0 {
				t.Fatalf("honest pieces refused: %v %v", rej, err)
			}
		}
	}
	for step := 0; step < 200; step++ {
		done := true
		for _, c := range sinks {
			done = done && c.Full()
		}
		if done {
			break
		}
		next := now + time.Duration(1+rng.IntN(20))*time.Millisecond
		// The timer fires first if the oldest piece's wait ends before the next arrival.
		if pool.Pending() > 0 && oldest+bp.MaxDelay <= next {
			now = oldest + bp.MaxDelay
			if !bp.Due(pool.Pending(), now-oldest, pool.Completes()) {
				t.Fatal("timer fired, policy not due")
			}
			flush("timer")
			continue
		}
		now = next
		i := rng.IntN(len(sinks))
		if sinks[i].Full() {
			continue
		}
		p, _ := srcs[i].Recode(rng)
		if pool.Pending() == 0 {
			oldest = now
		}
		if err := sinks[i].Offer(p, step); err != nil {
			if errors.Is(err, ErrNotInnovative) {
				continue
			}
			t.Fatal(err)
		}
		completes := sinks[i].Completes()
		if bp.Due(pool.Pending(), now-oldest, pool.Completes()) {
			flush("arrival")
			if completes && !sinks[i].Full() {
				t.Fatal("the completing piece was not verified on arrival")
			}
		}
	}
	for i, c := range sinks {
		if !c.Full() {
			t.Fatalf("column %d at rank %d", cols[i], c.Rank())
		}
	}
	// Nine pieces in all: fewer checks than pieces.
	if pool.Checks() != flushes || flushes >= 3*testBlobs {
		t.Fatalf("%d checks, %d flushes", pool.Checks(), flushes)
	}
}

// TestPoolLeave: a column whose session ended leaves the pool with its queue.
func TestPoolLeave(t *testing.T) {
	f := getFixture(t)
	rng := rand.New(rand.NewPCG(4, 4))
	pool := NewPool(nil)
	a, _ := pool.Column(f.block, 3)
	b, _ := pool.Column(f.block, 4)
	pa, _ := f.source(t, 3).Recode(rng)
	pb, _ := f.source(t, 4).Recode(rng)
	_ = a.Offer(pa, 1)
	_ = b.Offer(pb, 2)
	a.leave()
	if pool.Pending() != 1 || pool.Columns() != 1 || a.Pending() != 0 || len(pool.members) != 1 {
		t.Fatalf("pool holds %d pieces of %d columns", pool.Pending(), pool.Columns())
	}
	if err := pool.Flush(); err != nil || a.Rank() != 0 || b.Rank() != 1 {
		t.Fatalf("flush: %v, ranks %d %d", err, a.Rank(), b.Rank())
	}
}
