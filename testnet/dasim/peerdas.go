package dasim

import (
	"math"
	"math/rand/v2"
	"time"

	"github.com/weftnet/weft/da"
)

// PeerDAS's model (Fulu): every node subscribes to its column subnets (custody
// plus sampling columns, PeerDASColumns in all) and gets whole
// DataColumnSidecars through gossipsub on each subnet's mesh (the same overlay
// construction and degree as weft's). The proposer publishes each column to
// Fanout subscribers. A receiver sends IDONTWANT to its mesh peers as soon as a
// sidecar has arrived, verifies it (go-eth-kzg's cell batch check over the k
// cells, charged as measured), then forwards it to the mesh peers that have
// neither sent it nor said IDONTWANT; a queued copy is dropped before its first
// byte if the peer has meanwhile said IDONTWANT. Not modelled: IHAVE/IWANT lazy
// gossip, req/resp sampling, distributed blob publishing from the EL mempool
// (getBlobs), supernodes.

type pdSidecar struct{ col int }

type pdDontWant struct{ col int }

const dontWantSize = frameOverhead + 8

func sidecarSize(k int) int {
	// SSZ: 356 fixed + k cells, commitments and proofs, plus the gossip envelope.
	return frameOverhead + 356 + k*(da.CellSize+2*da.PointSize)
}

type pdNode struct {
	cols  map[int]bool // subscribed
	have  map[int]bool
	known map[int]map[int]bool // column → peers known to have it (sent it or IDONTWANT)
	got   int
	done  time.Duration
}

type peerdasRun struct {
	p     *Params
	w     *world
	e     *engine
	k     int
	nodes []*pdNode
	adj   []map[int][]int
}

func runPeerDAS(p *Params, w *world) *RunResult {
	r := &peerdasRun{p: p, w: w, k: p.Blobs}
	cols := columnsOf(w.n, p.PeerDASColumns, w.sc.Seed)
	cols[w.publisher] = nil
	members, adj := overlay(w.n, cols, p.Degree, w.sc.Seed)
	r.adj = adj
	r.e = newEngine(w.up, w.down, w.latency, p.Limit)
	r.e.h = r
	for i := range w.n {
		n := &pdNode{cols: map[int]bool{}, have: map[int]bool{}, known: map[int]map[int]bool{}, done: -1}
		for _, c := range cols[i] {
			n.cols[c] = true
			n.known[c] = map[int]bool{}
		}
		r.nodes = append(r.nodes, n)
	}
	rng := rand.New(rand.NewPCG(p.Seed, 0x7064))
	for c := range da.Columns {
		if !p.released(c) {
			continue
		}
		for _, to := range pick(rng, members[c], p.Fanout, w.publisher) {
			r.e.send(w.publisher, &frame{to: to, size: sidecarSize(r.k), msg: &pdSidecar{col: c}})
		}
	}
	r.e.run()
	res := &RunResult{Reconstructed: -1,
		VerifyPerCell: float64(p.Costs.ColumnVerify) / float64(r.k) / float64(time.Millisecond)}
	for i, n := range r.nodes {
		ns := r.e.nodes[i]
		if i == w.publisher {
			res.PubTx = ns.tx
			continue
		}
		t := math.Inf(1)
		if n.done >= 0 {
			t = float64(n.done) / float64(time.Millisecond)
		}
		res.add(t, ns.rx, ns.tx, ns.cpu)
	}
	return res
}

func (r *peerdasRun) pull(int) {}

func (r *peerdasRun) receive(id int, f *frame) {
	n := r.nodes[id]
	switch m := f.msg.(type) {
	case *pdDontWant:
		if n.cols[m.col] {
			n.known[m.col][f.from] = true
		}
	case *pdSidecar:
		if !n.cols[m.col] {
			return
		}
		n.known[m.col][f.from] = true
		if n.have[m.col] {
			return // a duplicate
		}
		n.have[m.col] = true
		mesh := r.adj[m.col][id]
		for _, p := range mesh {
			if p != f.from {
				r.e.sendNow(id, &frame{to: p, size: dontWantSize, msg: &pdDontWant{col: m.col}})
			}
		}
		// Verify, then forward (the sends leave after the charged verification).
		r.e.charge(id, r.p.Costs.ColumnVerify)
		n.got++
		if n.got == len(n.cols) {
			n.done = r.e.now + r.e.nodes[id].charge
		}
		for _, p := range mesh {
			if n.known[m.col][p] {
				continue
			}
			col, to := m.col, p
			r.e.send(id, &frame{to: to, size: sidecarSize(r.k), msg: &pdSidecar{col: col},
				cancel: func() bool { return n.known[col][to] }})
		}
	}
}
