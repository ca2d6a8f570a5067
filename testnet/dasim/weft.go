package dasim

import (
	"math"
	"math/bits"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/weftnet/weft/da"
	"github.com/weftnet/weft/rlnc"
)

// weft's model: per column, coded pieces over the column's overlay; ranks
// tracked exactly with GF(2^8) linear algebra on the coefficient vectors (the
// same 1/255 chance of a non-innovative combination as 8-bit coefficients over
// BLS12-381's field), cells and proofs not computed: their verification and
// recombination are charged from da.Calibrate's measurements.

const (
	frameOverhead = 6 + 32 // core envelope + message id
	haveSize      = frameOverhead + 5
	challengeSize = frameOverhead + 32 + 2 + 32
	answerSize    = frameOverhead + 32 + 2 + da.CellSize + da.PointSize
	fetchSize     = frameOverhead + 32 + 2 + 2
	cellPieceSize = frameOverhead + 36 + 3 + 1 + da.CellSize + da.PointSize // a systematic piece
	stallTimeout  = 250 * time.Millisecond
)

type wPiece struct {
	col    int
	coeffs []byte
	bits   int       // coefficient magnitude, in bits, over the field
	supp   [2]uint64 // blobs with a non-zero coefficient
}

type wHave struct {
	col, rank, got, credit int
}

type wChallenge struct{ col int }

type wAnswer struct{ col int }

type wFetch struct{ row, col int }

type wCell struct{ row, col int }

type wlink struct {
	peer                   int
	sent, acked, recv, got int
	peerRank               int
	peerFull               bool
	// credit is what the peer last asked of us; reported says it has reported.
	credit   int
	reported bool
	// since counts its pieces since our last have to it; grant is the credit
	// we gave it then.
	since, grant int
	// blocked: the peer sent a useless piece before it was full (its span is
	// inside ours); ask it for nothing until it reports a rank above ours (or a
	// stall unblocks it).
	blocked bool
}

// pend is a queued piece of column c, or (c nil) a sample answer for
// column ans.
type pend struct {
	from int
	c    *wcol
	p    *wPiece
	ans  int
}

// vqueue is a verification queue: one per node (Params.VerifyScope
// ScopeNode, a da.Pool over the node's columns) or one per column
// (ScopeColumn). gen counts its flushes, so that a timer set for an earlier
// batch does nothing.
type vqueue struct {
	pending []pend
	answers int           // pending sample answers
	graced  bool          // a completion grace timer is set
	armed   bool          // the wait (VerifyDelay) runs, since since
	since   time.Duration // when the wait started (the oldest piece queued)
	gen     int
}

type wcol struct {
	col        int
	seen, ver  *rlnc.Decoder
	vq         vqueue // ScopeColumn
	links      []wlink
	linkOf     map[int]int
	bits       int
	supp       [2]uint64
	lastHave   int
	waiters    []func()
	full       bool
	window     int
	stallWatch bool
	normalized bool
	// publisher only
	source  bool
	sys     int
	budget  int
	sentAll int
}

type wnode struct {
	id       int
	cols     map[int]*wcol
	order    []int
	rr       int
	rnd      *rlnc.Rand
	samples  int
	passed   int
	custody  int
	fullCols int
	done     time.Duration
	vq       vqueue // ScopeNode
	// reconstruction
	rowCells  map[int]map[int]bool
	recovered map[int]bool
}

type weftRun struct {
	p       *Params
	w       *world
	e       *engine
	k       int
	nodes   []*wnode
	members [][]int
	rng     *rand.Rand
	// pairs counts (custodian, column) pairs; fullPairs those full.
	pairs, fullPairs int
	allFull          time.Duration
	// verifyCPU is the verification time charged for verified coded cells:
	// pieces and sample answers (in the node's checks, or one check each
	// with SingleAnswers).
	verifyCPU time.Duration
	verified  int
	checks    int
	// batchPieces[n] counts the checks of n pieces (last bucket: more).
	batchPieces [65]int
}

func newPacket(k int) *rlnc.Packet {
	return &rlnc.Packet{Kind: rlnc.CoeffExplicit, Coeffs: make([]byte, k), Payload: make([]byte, 1)}
}

func (r *weftRun) newCol(col int, links []int) *wcol {
	seen, _ := rlnc.NewDecoder(r.k, 1)
	ver, _ := rlnc.NewDecoder(r.k, 1)
	c := &wcol{col: col, seen: seen, ver: ver, linkOf: map[int]int{}}
	for _, l := range links {
		c.linkOf[l] = len(c.links)
		c.links = append(c.links, wlink{peer: l})
	}
	c.window = (r.k+len(links)-1)/max(1, len(links)) + 1
	return c
}

func runWeft(p *Params, w *world) *RunResult {
	k := p.Blobs
	r := &weftRun{p: p, w: w, k: k, rng: rand.New(rand.NewPCG(p.Seed, 0x77656674)), allFull: -1}
	cols := columnsOf(w.n, p.Custody, w.sc.Seed)
	cols[w.publisher] = nil
	members, adj := overlay(w.n, cols, p.Degree, w.sc.Seed)
	r.members = members
	r.e = newEngine(w.up, w.down, w.latency, p.Limit)
	r.e.h = r
	for i := range w.n {
		n := &wnode{id: i, cols: map[int]*wcol{}, rnd: rlnc.NewRand(p.Seed ^ uint64(i+1)*0x9E3779B97F4A7C15), done: -1,
			rowCells: map[int]map[int]bool{}, recovered: map[int]bool{}}
		for _, c := range cols[i] {
			n.cols[c] = r.newCol(c, adj[c][i])
			n.order = append(n.order, c)
			r.pairs++
		}
		n.custody = len(cols[i])
		r.nodes = append(r.nodes, n)
	}
	// The publisher holds every column in full and pushes the released ones to
	// Fanout custodians each.
	pub := r.nodes[w.publisher]
	for c := range da.Columns {
		if !p.released(c) {
			continue
		}
		col := r.newCol(c, pick(r.rng, members[c], p.Fanout, w.publisher))
		col.source, col.full, col.budget = true, true, int(math.Ceil(p.Redundancy*float64(k)))
		for i := range k {
			pk := newPacket(k)
			pk.Coeffs[i] = 1
			_, _ = col.ver.Add(pk)
			_, _ = col.seen.Add(pk)
		}
		col.bits = 1
		pub.cols[c] = col
		pub.order = append(pub.order, c)
	}
	// Samplers ask custodians at time 0 (the block, hence its commitments, is
	// known to every node at 0 in both protocols).
	for i, n := range r.nodes {
		if i == w.publisher {
			continue
		}
		n.samples = p.Samples
		srng := rand.New(rand.NewPCG(p.Seed^0x73616d70, uint64(i)))
		var cands []int
		for c := range da.Columns {
			if _, own := n.cols[c]; !own {
				cands = append(cands, c)
			}
		}
		srng.Shuffle(len(cands), func(a, b int) { cands[a], cands[b] = cands[b], cands[a] })
		for _, c := range cands[:p.Samples] {
			to := members[c][srng.IntN(len(members[c]))]
			r.e.send(i, &frame{to: to, size: challengeSize, msg: &wChallenge{col: c}})
		}
	}
	if p.Reconstruct {
		r.scheduleReconstruction()
	}
	r.e.pump(w.publisher)
	r.e.run()
	return r.result()
}

// recodeBits is the coefficient size of a combination of rank pieces with
// 8-bit weights: the largest input plus 8 bits plus the carry of the sum.
func recodeBits(in, rank int) int {
	return min(255, in+8+bits.Len(uint(max(1, rank-1))))
}

func pieceSize(k int, p *wPiece) int {
	terms := bits.OnesCount64(p.supp[0]) + bits.OnesCount64(p.supp[1])
	return frameOverhead + 36 + terms*(3+(p.bits+7)/8) + da.CellSize + da.PointSize
}

// pull: the node's uplink is idle; send the next allowed piece, round-robin over
// its columns and their links.
func (r *weftRun) pull(id int) {
	n := r.nodes[id]
	for a := 0; a < len(n.order); a++ {
		c := n.cols[n.order[(n.rr+a)%len(n.order)]]
		if c.source && c.sentAll >= c.budget {
			continue
		}
		rank := c.ver.Rank()
		if rank == 0 {
			continue
		}
		for b := 0; b < len(c.links); b++ {
			li := (c.sentAll + b) % len(c.links)
			l := &c.links[li]
			in := l.sent - l.acked
			if l.peerFull || l.peerRank+in >= r.k || (!l.reported && (in >= c.window || (!c.full && in >= 1))) || (l.reported && in >= l.credit) {
				continue
			}
			if !c.full && (l.sent+l.recv >= rank || l.peerRank+in >= rank) {
				continue
			}
			pk := newPacket(r.k)
			wp := &wPiece{col: c.col}
			switch {
			case c.source && c.sys < r.k:
				pk.Coeffs[c.sys] = 1
				wp.bits = 1
				wp.supp[c.sys/64] |= 1 << (c.sys % 64)
				c.sys++
			default:
				if err := c.ver.Recode(n.rnd, pk); err != nil {
					continue
				}
				wp.bits = recodeBits(c.bits, rank)
				wp.supp = c.supp
				if c.source || c.normalized {
					wp.bits = 8
					wp.supp = fullSupport(r.k)
				}
				r.e.charge(id, r.p.Costs.Recode*time.Duration(rank)/time.Duration(r.k))
			}
			wp.coeffs = pk.Coeffs
			l.sent++
			c.sentAll++
			n.rr = (n.rr + a + 1) % len(n.order)
			r.e.send(id, &frame{to: l.peer, size: pieceSize(r.k, wp), msg: wp})
			return
		}
	}
}

func fullSupport(k int) [2]uint64 {
	var s [2]uint64
	for i := range k {
		s[i/64] |= 1 << (i % 64)
	}
	return s
}

func (r *weftRun) receive(id int, f *frame) {
	n := r.nodes[id]
	switch m := f.msg.(type) {
	case *wPiece:
		c := n.cols[m.col]
		if c == nil || c.full {
			return
		}
		li, ok := c.linkOf[f.from]
		if !ok {
			// A sender outside the column's overlay (the publisher, a
			// reconstructor) needs nothing of this column: it becomes a link
			// that gets our haves and nothing else.
			li = len(c.links)
			c.linkOf[f.from] = li
			c.links = append(c.links, wlink{peer: f.from, peerFull: true})
		}
		c.links[li].got++
		pk := &rlnc.Packet{Kind: rlnc.CoeffExplicit, Coeffs: append([]byte(nil), m.coeffs...), Payload: make([]byte, 1)}
		innov, err := c.seen.Add(pk)
		if err != nil || !innov {
			// A useless piece: tell its sender what we hold and got, or it
			// counts the piece as in flight and stops serving us.
			if l := &c.links[li]; !l.peerFull && c.seen.Rank() < r.k {
				l.blocked = true
				r.watchStall(id, c)
			}
			r.sendHave(id, c, li)
			return
		}
		l := &c.links[li]
		l.since++
		if l.since*2 >= max(1, l.grant) {
			r.sendHave(id, c, li)
		}
		q := &n.vq
		if r.p.VerifyScope == ScopeColumn {
			q = &c.vq
		}
		r.arm(id, q)
		q.pending = append(q.pending, pend{from: f.from, c: c, p: m})
		finishes := !r.p.NoCompletionFlush && r.finishes(n, q)
		completes := !r.p.NoCompletionFlush && c.seen.Rank() == r.k
		if completes && !finishes && r.p.CompletionGrace > 0 {
			// Wait up to the grace for other columns about to complete.
			completes = false
			if !q.graced {
				q.graced = true
				gen := q.gen
				r.e.after(id, r.p.CompletionGrace, func() {
					if q.gen == gen {
						r.verify(id, q)
					}
				})
			}
		}
		if r.policy().Due(len(q.pending), r.e.now-q.since, completes || finishes) {
			r.verify(id, q)
		}
	case *wHave:
		c := n.cols[m.col]
		if c == nil {
			return
		}
		li, ok := c.linkOf[f.from]
		if !ok {
			return
		}
		l := &c.links[li]
		l.peerRank = max(l.peerRank, m.rank)
		l.acked = max(l.acked, min(m.got, l.sent))
		l.credit, l.reported = m.credit, true
		if l.blocked && (m.rank > c.seen.Rank() || l.peerFull) {
			l.blocked = false
			if !c.full {
				r.sendHave(id, c, li)
			}
		}
		if m.rank >= r.k {
			l.peerFull = true
		}
		r.e.pump(id)
	case *wChallenge:
		c := n.cols[m.col]
		if c == nil {
			return
		}
		answer := func() {
			r.e.charge(id, r.p.Costs.Answer)
			r.e.send(id, &frame{to: f.from, size: answerSize, msg: &wAnswer{col: m.col}})
		}
		if c.full {
			answer()
		} else {
			c.waiters = append(c.waiters, answer)
		}
	case *wAnswer:
		if r.p.SingleAnswers || r.p.VerifyScope == ScopeColumn {
			// One check per answer (Sampler.Check).
			r.e.charge(id, r.p.Costs.SampleCheck)
			r.verifyCPU += r.p.Costs.SampleCheck
			r.verified++
			r.checks++
			r.batchPieces[1]++
			n.passed++
			r.checkDone(id)
			return
		}
		// The answer joins the node's queue (Sampler.Offer into its da.Pool):
		// it needs no wait bound of its own (it unlocks nothing but the DA
		// check), so it rides with the next check, or is verified at once
		// when the queue would finish the node's DA check (Pool.Finishes).
		// Without that rule, the answer waits like a piece.
		q := &n.vq
		if r.p.NoCompletionFlush {
			r.arm(id, q)
		}
		q.pending = append(q.pending, pend{from: f.from, ans: m.col})
		q.answers++
		waited := time.Duration(0)
		if q.armed {
			waited = r.e.now - q.since
		}
		if r.policy().Due(len(q.pending), waited, !r.p.NoCompletionFlush && r.finishes(n, q)) {
			r.verify(id, q)
		}
	case *wFetch:
		c := n.cols[m.col]
		if c == nil {
			return
		}
		serve := func() {
			r.e.charge(id, r.p.Costs.Systematic)
			r.e.send(id, &frame{to: f.from, size: cellPieceSize, msg: &wCell{row: m.row, col: m.col}})
		}
		if c.full {
			serve()
		} else {
			c.waiters = append(c.waiters, serve)
		}
	case *wCell:
		r.gotCell(id, m)
	}
}

// arm starts q's wait (VerifyDelay) unless it is running.
func (r *weftRun) arm(id int, q *vqueue) {
	if q.armed {
		return
	}
	q.armed, q.since = true, r.e.now
	gen := q.gen
	r.e.after(id, r.p.VerifyDelay, func() {
		if q.gen == gen {
			r.verify(id, q)
		}
	})
}

// finishes reports whether verifying q would finish node n's DA check
// (da.Pool.Finishes): every custody column full or completed by what is
// queued, and an answer queued for every sample not yet passed.
func (r *weftRun) finishes(n *wnode, q *vqueue) bool {
	if len(q.pending) == 0 || n.passed+q.answers < n.samples {
		return false
	}
	for _, c := range n.cols {
		if !c.full && c.seen.Rank() < r.k {
			return false
		}
	}
	return true
}

func (r *weftRun) policy() da.BatchPolicy {
	return da.BatchPolicy{MaxPieces: r.p.VerifyBatch, MaxDelay: r.p.VerifyDelay}
}

// verify checks a queue's pieces in one batch check (da.Pool), charged
// Costs.VerifyCost(pieces, columns). Pieces of a column completed meanwhile are
// dropped unverified.
func (r *weftRun) verify(id int, q *vqueue) {
	q.gen++
	ps := q.pending
	q.pending, q.answers, q.graced, q.armed = nil, 0, false, false
	var cols []*wcol
	var ansCols []int
	n, answers := 0, 0
	for _, pe := range ps {
		if pe.c == nil {
			answers++
			if !slices.Contains(ansCols, pe.ans) {
				ansCols = append(ansCols, pe.ans)
			}
			continue
		}
		if pe.c.full {
			continue
		}
		n++
		if !slices.Contains(cols, pe.c) {
			cols = append(cols, pe.c)
		}
	}
	if n+answers == 0 {
		return
	}
	// An answer is a coded cell of its column: in the check it costs what a
	// piece costs plus Costs.VerifyAnswer (its challenge's coefficients and
	// its column's inverse FFT); costs measured without VerifyAnswer charge
	// its column as a further column instead (BenchmarkVerifyAnswers).
	d := r.p.Costs.VerifyCost(n+answers, len(cols)) + time.Duration(answers)*r.p.Costs.VerifyAnswer
	if r.p.Costs.VerifyAnswer == 0 {
		d = r.p.Costs.VerifyCost(n+answers, len(cols)+len(ansCols))
	}
	r.e.charge(id, d)
	r.verifyCPU += d
	r.verified += n + answers
	r.checks++
	r.batchPieces[min(n+answers, len(r.batchPieces)-1)]++
	if answers > 0 {
		r.nodes[id].passed += answers
		r.checkDone(id)
	}
	for _, c := range cols {
		r.settle(id, c, ps)
	}
	r.e.pump(id)
}

// settle adds c's verified pieces among ps to its verified rank.
func (r *weftRun) settle(id int, c *wcol, ps []pend) {
	before := c.ver.Rank()
	for _, pe := range ps {
		if pe.c != c {
			continue
		}
		pk := &rlnc.Packet{Kind: rlnc.CoeffExplicit, Coeffs: append([]byte(nil), pe.p.coeffs...), Payload: make([]byte, 1)}
		innov, err := c.ver.Add(pk)
		if err != nil || !innov {
			continue
		}
		c.bits = max(c.bits, pe.p.bits)
		c.supp[0] |= pe.p.supp[0]
		c.supp[1] |= pe.p.supp[1]
		if li, ok := c.linkOf[pe.from]; ok {
			c.links[li].recv++
		}
	}
	rank := c.ver.Rank()
	if rank == before {
		return
	}
	if rank == r.k {
		c.full = true
		n := r.nodes[id]
		n.fullCols++
		r.fullPairs++
		if r.fullPairs == r.pairs && r.allFull < 0 {
			r.allFull = r.e.now + r.e.nodes[id].charge
		}
		for _, w := range c.waiters {
			w()
		}
		c.waiters = nil
		r.checkDone(id)
		if r.p.Decode {
			// Decode the column (one MSM per blob) and recode from the blobs'
			// own cells from now on: 8-bit coefficients instead of grown ones.
			r.e.after(id, 0, func() {
				r.e.charge(id, time.Duration(r.k)*r.p.Costs.Systematic)
				c.bits, c.supp, c.normalized = 1, fullSupport(r.k), true
			})
		}
	}
	if rank == r.k || rank-c.lastHave >= max(1, r.k/8) {
		c.lastHave = rank
		// Haves go to every link, full ones too: they are the ones serving us.
		for i := range c.links {
			r.sendHave(id, c, i)
		}
	}
}

// watchStall: if the column makes no progress for stallTimeout while links are
// blocked, unblock them all and ask again (core's stall re-announcement).
func (r *weftRun) watchStall(id int, c *wcol) {
	if c.stallWatch {
		return
	}
	c.stallWatch = true
	at := c.seen.Rank()
	r.e.after(id, stallTimeout, func() {
		c.stallWatch = false
		if c.full {
			return
		}
		if c.seen.Rank() != at {
			for i := range c.links {
				if c.links[i].blocked {
					r.watchStall(id, c)
					return
				}
			}
			return
		}
		for i := range c.links {
			if c.links[i].blocked {
				c.links[i].blocked = false
				r.sendHave(id, c, i)
			}
		}
	})
}

// sendHave reports our rank and what we got from link li, and asks it for a
// share of what we still need (core's credit rule: twice the need split over the
// links that have served us; one piece, a probe, from a link that has not).
func (r *weftRun) sendHave(id int, c *wcol, li int) {
	l := &c.links[li]
	need := r.k - c.seen.Rank()
	providers := 0
	for i := range c.links {
		if c.links[i].recv > 0 {
			providers++
		}
	}
	credit := 0
	if need > 0 {
		credit = (need+max(1, providers)-1)/max(1, providers) + 1
		if l.recv == 0 && providers > 0 {
			credit = 1
		}
		if l.blocked {
			credit = 0
		}
	}
	l.since, l.grant = 0, credit
	r.e.send(id, &frame{to: l.peer, size: haveSize, msg: &wHave{col: c.col, rank: c.seen.Rank(), got: l.got, credit: credit}})
}

func (r *weftRun) checkDone(id int) {
	n := r.nodes[id]
	if n.done < 0 && n.fullCols == n.custody && n.passed >= n.samples {
		n.done = r.e.now + r.e.nodes[id].charge
	}
}

// scheduleReconstruction: Reconstructors nodes per blob row, ReconstructAfter
// into the slot, ask a custodian of every column for the row's cell, recover
// the row from the first half that arrive, and push the recovered cells of the
// columns they did not get to two custodians of each.
func (r *weftRun) scheduleReconstruction() {
	rng := rand.New(rand.NewPCG(r.p.Seed, 0x7265636f))
	for row := range r.k {
		for _, id := range pick(rng, seq(r.w.n), r.p.Reconstructors, r.w.publisher) {
			row, id := row, id
			r.e.push(event{t: r.p.ReconstructAfter, kind: evTimer, node: id, fn: func() {
				r.e.call(id, func() {
					n := r.nodes[id]
					if n.rowCells[row] == nil {
						n.rowCells[row] = map[int]bool{}
					}
					for c := range da.Columns {
						m := r.members[c]
						to := m[rng.IntN(len(m))]
						r.e.send(id, &frame{to: to, size: fetchSize, msg: &wFetch{row: row, col: c}})
					}
				})
			}})
		}
	}
}

func seq(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = i
	}
	return s
}

func (r *weftRun) gotCell(id int, m *wCell) {
	n := r.nodes[id]
	cells := n.rowCells[m.row]
	if cells == nil || n.recovered[m.row] {
		return
	}
	cells[m.col] = true
	if len(cells) < da.Columns/2 {
		return
	}
	n.recovered[m.row] = true
	r.e.charge(id, r.p.Costs.RecoverRow)
	rng := rand.New(rand.NewPCG(r.p.Seed^uint64(id), uint64(m.row)))
	for c := range da.Columns {
		if cells[c] {
			continue
		}
		for _, to := range pick(rng, r.members[c], r.p.ReconstructPush, id) {
			wp := &wPiece{col: c, coeffs: make([]byte, r.k), bits: 1}
			wp.coeffs[m.row] = 1
			wp.supp[m.row/64] |= 1 << (m.row % 64)
			r.e.send(id, &frame{to: to, size: pieceSize(r.k, wp), msg: wp})
		}
	}
}

func (r *weftRun) result() *RunResult {
	res := &RunResult{}
	for i, n := range r.nodes {
		ns := r.e.nodes[i]
		if i == r.w.publisher {
			res.PubTx = ns.tx
			continue
		}
		t := math.Inf(1)
		if n.done >= 0 {
			t = float64(n.done) / float64(time.Millisecond)
		}
		res.add(t, ns.rx, ns.tx, ns.cpu)
	}
	if r.verified > 0 {
		res.VerifyPerCell = float64(r.verifyCPU) / float64(r.verified) / float64(time.Millisecond)
		res.PiecesPerCheck = float64(r.verified) / float64(r.checks)
		res.Cells, res.Checks = r.verified, r.checks
	}
	res.Reconstructed = -1
	if r.allFull >= 0 {
		res.Reconstructed = float64(r.allFull) / float64(time.Millisecond)
	}
	return res
}
