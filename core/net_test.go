package core

import (
	"bytes"
	"container/heap"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"hash"
	"slices"
	"testing"
	"time"

	"github.com/weftnet/weft/rlnc"
)

// This file is the in-memory network the tests run Engines on: a deterministic
// discrete-event loop in virtual time with per-link latency, loss, upload
// bandwidth, crashes and hostile nodes. It is a test harness, not a simulator:
// testnet/sim is the real thing.

var epoch = time.Unix(1_700_000_000, 0)

type behavior int

const (
	honest behavior = iota
	polluter
	withholder
	spammer
)

type netNode struct {
	idx       int
	e         *Engine
	kind      behavior
	crashAt   time.Time // zero: never
	upFree    time.Time
	delivered map[MessageID][]byte
	at        map[MessageID]time.Duration // delivery time since epoch
	wrong     int                         // deliveries that did not match what was published
	peers     map[int]bool
	maxMem    int64
	wake      time.Time // the evWake already scheduled
	// rejected: messages this node's host rejected (netConfig.reject);
	// afterReject counts chunk frames it sent for them afterwards.
	rejected    map[MessageID]bool
	afterReject int
}

func (n *netNode) crashed(now time.Time) bool { return !n.crashAt.IsZero() && !now.Before(n.crashAt) }

type evKind int

const (
	evFrame evKind = iota
	evSent
	evTick
	evWake // one node's NextDeadline
)

type event struct {
	at    time.Time
	seq   uint64
	kind  evKind
	node  int
	from  int
	frame []byte
}

type evHeap []*event

func (h evHeap) Len() int { return len(h) }
func (h evHeap) Less(i, j int) bool {
	if !h[i].at.Equal(h[j].at) {
		return h[i].at.Before(h[j].at)
	}
	return h[i].seq < h[j].seq
}
func (h evHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *evHeap) Push(x any)   { *h = append(*h, x.(*event)) }
func (h *evHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

type netConfig struct {
	nodes   int
	degree  int
	seed    uint64
	latency time.Duration // per link, plus up to latency/2 jitter
	loss    float64       // per frame
	upload  int           // bytes per second per node; 0: unlimited
	tick    time.Duration
	cfg     func(i int) Config
	kinds   func(i int) behavior
	crash   func(i int) time.Duration // 0: never
	pool    bool                      // frames from Config.FrameAlloc, recycled
	reject  func(i int) bool          // node i's host rejects every message it delivers
}

type testNet struct {
	t       testing.TB
	c       netConfig
	now     time.Time
	nodes   []*netNode
	q       evHeap
	seq     uint64
	rnd     *rlnc.Rand
	latency map[[2]int]time.Duration
	sent    map[MessageID][]byte // what each publisher published
	pubOf   map[MessageID]int    // who published it
	frames  int
	bytes   int64
	rxBytes []int64
	pool    framePool
	digest  hash.Hash // every frame sent, in order: runs are compared by it
}

// framePool is a free list of frame buffers, as a simulator keeps.
type framePool struct{ free [][]byte }

func (p *framePool) get(n int) []byte {
	for i := len(p.free) - 1; i >= 0 && i >= len(p.free)-4; i-- {
		if b := p.free[i]; cap(b) >= n {
			p.free = append(p.free[:i], p.free[i+1:]...)
			return b[:0]
		}
	}
	return make([]byte, 0, n)
}

func (p *framePool) put(b []byte) {
	if len(p.free) < 256 {
		p.free = append(p.free, b[:0])
	}
}

func newTestNet(t testing.TB, c netConfig) *testNet {
	if c.tick == 0 {
		c.tick = 50 * time.Millisecond
	}
	if c.latency == 0 {
		c.latency = 10 * time.Millisecond
	}
	n := &testNet{t: t, c: c, now: epoch, rnd: rlnc.NewRand(c.seed), latency: map[[2]int]time.Duration{},
		sent: map[MessageID][]byte{}, pubOf: map[MessageID]int{}, rxBytes: make([]int64, c.nodes)}
	for i := 0; i < c.nodes; i++ {
		cfg := Config{}
		if c.cfg != nil {
			cfg = c.cfg(i)
		}
		cfg.Seed = c.seed*1000003 + uint64(i)
		if c.pool {
			cfg.FrameAlloc, cfg.FrameFree = n.pool.get, n.pool.put
		}
		if cfg.Signer == nil {
			var seed [32]byte
			binary.BigEndian.PutUint64(seed[:], uint64(i)+1)
			cfg.Signer = NewEd25519Signer(seed[:])
		}
		e, err := New(cfg)
		if err != nil {
			t.Fatal(err)
		}
		nd := &netNode{idx: i, e: e, delivered: map[MessageID][]byte{}, at: map[MessageID]time.Duration{}, peers: map[int]bool{}}
		if c.kinds != nil {
			nd.kind = c.kinds(i)
		}
		if c.crash != nil {
			if d := c.crash(i); d > 0 {
				nd.crashAt = epoch.Add(d)
			}
		}
		n.nodes = append(n.nodes, nd)
	}
	// A random graph: a ring for connectivity plus random chords up to degree.
	for i := 0; i < c.nodes && c.nodes > 1; i++ {
		n.connect(i, (i+1)%c.nodes)
	}
	for i := 0; i < c.nodes; i++ {
		for tries := 0; len(n.nodes[i].peers) < c.degree && tries < 10*c.degree; tries++ {
			j := n.rnd.Intn(c.nodes)
			if j != i && len(n.nodes[j].peers) < c.degree+2 {
				n.connect(i, j)
			}
		}
	}
	n.schedule(&event{at: n.now.Add(c.tick), kind: evTick})
	return n
}

func (n *testNet) connect(i, j int) {
	if i == j || n.nodes[i].peers[j] {
		return
	}
	n.nodes[i].peers[j], n.nodes[j].peers[i] = true, true
	lat := n.c.latency + time.Duration(n.rnd.Intn(int(n.c.latency/2)+1))
	n.latency[[2]int{i, j}], n.latency[[2]int{j, i}] = lat, lat
	if err := n.nodes[i].e.AddPeer(PeerID(j + 1)); err != nil {
		n.t.Fatal(err)
	}
	if err := n.nodes[j].e.AddPeer(PeerID(i + 1)); err != nil {
		n.t.Fatal(err)
	}
}

func (n *testNet) schedule(ev *event) {
	n.seq++
	ev.seq = n.seq
	heap.Push(&n.q, ev)
}

// publish publishes a message of size bytes from node i and returns its id.
func (n *testNet) publish(i int, size int, opts PublishOptions) MessageID {
	msg := make([]byte, size)
	n.rnd.Fill(msg)
	id := MessageID(sha256.Sum256(msg))
	n.sent[id] = msg
	n.pubOf[id] = i
	if err := n.nodes[i].e.Publish(n.now, id, msg, opts); err != nil {
		n.t.Fatal(err)
	}
	n.drain(n.nodes[i])
	return id
}

// drain moves a node's Ready output onto the network.
func (n *testNet) drain(nd *netNode) {
	e := nd.e
	defer n.scheduleWake(nd)
	if !e.HasReady() {
		return
	}
	rd := e.Ready()
	var rejectNow []MessageID
	for _, d := range rd.Delivered {
		if n.c.reject != nil && n.c.reject(nd.idx) {
			rejectNow = append(rejectNow, d.ID)
		}
		if want, ok := n.sent[d.ID]; !ok || !bytes.Equal(want, d.Payload) {
			nd.wrong++
		}
		if _, dup := nd.delivered[d.ID]; dup {
			nd.wrong++
		}
		nd.delivered[d.ID] = bytes.Clone(d.Payload)
		nd.at[d.ID] = n.now.Sub(epoch)
	}
	for _, p := range rd.Penalties {
		if p.Disconnect {
			j := int(p.Peer) - 1
			delete(nd.peers, j)
			if n.nodes[j].peers[nd.idx] {
				delete(n.nodes[j].peers, nd.idx)
				_ = n.nodes[j].e.RemovePeer(PeerID(nd.idx + 1))
			}
		}
	}
	for _, o := range rd.Frames {
		j := int(o.To) - 1
		frame := bytes.Clone(o.Frame)
		if n.digest == nil {
			n.digest = sha256.New()
		}
		n.digest.Write(frame)
		if n.c.pool {
			n.pool.put(o.Frame) // the host owns FrameAlloc frames
		}
		fi, _ := PeekFrame(frame)
		if fi.Type == FrameChunk && nd.rejected[fi.ID] {
			nd.afterReject++
		}
		if fi.Type == FrameChunk {
			switch nd.kind {
			case withholder:
				n.schedule(&event{at: n.now, kind: evSent, node: nd.idx, from: j})
				continue
			case polluter:
				frame[len(frame)-1] ^= 0x5A
				frame[len(frame)-9] ^= 0xA5
			}
		}
		start := n.now
		if nd.upFree.After(start) {
			start = nd.upFree
		}
		done := start
		if n.c.upload > 0 {
			done = start.Add(time.Duration(int64(len(frame)) * int64(time.Second) / int64(n.c.upload)))
		}
		nd.upFree = done
		n.schedule(&event{at: done, kind: evSent, node: nd.idx, from: j})
		if n.c.loss > 0 && float64(n.rnd.Uint32())/(1<<32) < n.c.loss {
			continue
		}
		n.frames++
		n.bytes += int64(len(frame))
		n.schedule(&event{at: done.Add(n.latency[[2]int{nd.idx, j}]), kind: evFrame, node: j, from: nd.idx, frame: frame})
	}
	e.Advance()
	for _, id := range rejectNow {
		if nd.rejected == nil {
			nd.rejected = map[MessageID]bool{}
		}
		nd.rejected[id] = true
		e.Reject(n.now, id)
	}
	if m := e.Memory(); m > nd.maxMem {
		nd.maxMem = m
	}
}

// scheduleWake wakes the node at its next deadline when that comes before the
// next tick.
func (n *testNet) scheduleWake(nd *netNode) {
	if d := nd.e.NextDeadline(); !d.IsZero() && d.Sub(n.now) < n.c.tick && (nd.wake.IsZero() || d.Before(nd.wake) || !nd.wake.After(n.now)) {
		if d.Before(n.now) {
			d = n.now
		}
		nd.wake = d
		n.schedule(&event{at: d, kind: evWake, node: nd.idx})
	}
}

// run processes events until until (virtual time) or until the queue holds only ticks
// and stop reports true.
func (n *testNet) run(until time.Duration, stop func() bool) {
	end := epoch.Add(until)
	for n.q.Len() > 0 {
		ev := heap.Pop(&n.q).(*event)
		if ev.at.After(end) {
			heap.Push(&n.q, ev)
			n.now = end
			return
		}
		n.now = ev.at
		switch ev.kind {
		case evTick:
			for _, nd := range n.nodes {
				if nd.crashed(n.now) {
					continue
				}
				nd.e.Tick(n.now)
				n.drain(nd)
			}
			if stop != nil && stop() {
				return
			}
			n.schedule(&event{at: n.now.Add(n.c.tick), kind: evTick})
		case evWake:
			nd := n.nodes[ev.node]
			if nd.crashed(n.now) || !ev.at.Equal(nd.wake) {
				continue
			}
			nd.wake = time.Time{}
			nd.e.Tick(n.now)
			n.drain(nd)
		case evSent:
			nd := n.nodes[ev.node]
			if nd.crashed(n.now) {
				continue
			}
			nd.e.Sent(PeerID(ev.from+1), 1)
			n.drain(nd)
		case evFrame:
			nd := n.nodes[ev.node]
			if nd.crashed(n.now) || !nd.peers[ev.from] {
				continue
			}
			n.rxBytes[ev.node] += int64(len(ev.frame))
			_ = nd.e.Step(n.now, PeerID(ev.from+1), ev.frame)
			n.drain(nd)
		}
	}
}

// spam makes every spammer send junk: self-signed headers of sessions that never
// get chunks, headers with bad signatures, and chunks for unknown sessions.
func (n *testNet) spam(count int) {
	for _, nd := range n.nodes {
		if nd.kind != spammer {
			continue
		}
		var seed [32]byte
		binary.BigEndian.PutUint64(seed[:], uint64(nd.idx)+1)
		signer := NewEd25519Signer(seed[:])
		for j := range nd.peers {
			for c := 0; c < count; c++ {
				var id MessageID
				n.rnd.Fill(id[:])
				// Every third header is a well-formed 512 KiB session that will
				// never get a chunk (it takes memory until evicted or expired),
				// every third is too large, every third has a bad signature.
				h := &Header{ID: id, Strategy: StrategyRLNC, Size: 512 << 10, ChunkSize: 16 << 10, Chunks: 32, GenSize: 32, Auth: make([]byte, 32)}
				if c%3 == 2 {
					h.Size, h.ChunkSize, h.Chunks, h.GenSize = 8<<20, 64<<10, 128, 64
				}
				frame, err := AppendHeader(nil, h, signer)
				if err != nil {
					n.t.Fatal(err)
				}
				if c%3 == 1 {
					frame[len(frame)-3] ^= 1 // bad signature
				}
				n.schedule(&event{at: n.now.Add(time.Duration(c) * time.Millisecond), kind: evFrame, node: j, from: nd.idx, frame: frame})
				chunk := AppendDone(nil, id)
				chunk[1] = byte(FrameChunk)
				n.schedule(&event{at: n.now.Add(time.Duration(c) * time.Millisecond), kind: evFrame, node: j, from: nd.idx, frame: chunk})
			}
		}
	}
}

func (n *testNet) allDelivered(id MessageID, want func(*netNode) bool) func() bool {
	return func() bool {
		for _, nd := range n.nodes {
			if n.pubOf[id] == nd.idx {
				continue
			}
			if want(nd) {
				if _, ok := nd.delivered[id]; !ok {
					return false
				}
			}
		}
		return true
	}
}

// honestReachable returns the honest nodes that never crash and are connected to
// src through such nodes: the ones that must deliver.
func (n *testNet) honestReachable(src int) []bool {
	ok := make([]bool, len(n.nodes))
	good := func(nd *netNode) bool { return nd.kind == honest && nd.crashAt.IsZero() }
	stack := []int{src}
	ok[src] = true
	for len(stack) > 0 {
		i := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for j := range n.nodes[i].peers {
			if !ok[j] && good(n.nodes[j]) {
				ok[j] = true
				stack = append(stack, j)
			}
		}
	}
	return ok
}

func (n *testNet) String() string {
	return fmt.Sprintf("%d nodes, %d frames, %d bytes, t=%v", len(n.nodes), n.frames, n.bytes, n.now.Sub(epoch))
}

// stats summarizes a message's propagation over the nodes that delivered it.
type netStats struct {
	delivered     int
	p50, p90, max time.Duration
	rxRatio       float64 // bytes received per delivering node / message size
}

func (n *testNet) stats(id MessageID, start time.Duration) netStats {
	var ts []time.Duration
	var rx int64
	for i, nd := range n.nodes {
		if at, ok := nd.at[id]; ok {
			ts = append(ts, at-start)
			rx += n.rxBytes[i]
		}
	}
	st := netStats{delivered: len(ts)}
	if len(ts) == 0 {
		return st
	}
	slices.Sort(ts)
	st.p50, st.p90, st.max = ts[len(ts)/2], ts[len(ts)*9/10], ts[len(ts)-1]
	st.rxRatio = float64(rx) / float64(len(ts)) / float64(len(n.sent[id]))
	return st
}

func newTestRand(seed uint64) *rlnc.Rand { return rlnc.NewRand(seed) }

// dump logs a node's view of a session, for debugging a stuck node.
func (n *testNet) dump(t testing.TB, i int, id MessageID) {
	nd := n.nodes[i]
	s := nd.e.sess[id]
	if s == nil {
		t.Logf("node %d: no session (tomb=%v)", i, nd.e.isTomb(id))
		return
	}
	have, need := s.st.Progress()
	t.Logf("node %d: progress %d/%d sent=%d budget=%d", i, have, need, s.sent, s.budget)
	for sl, l := range s.links {
		j := int(l.p.id) - 1
		var peerView string
		if ps := n.nodes[j].e.sess[id]; ps != nil {
			if pl := ps.link(n.nodes[j].e.peers[PeerID(i+1)]); pl != nil {
				peerView = fmt.Sprintf("peer's link: knows=%v done=%v stall=%d ver=%d complete=%v sent=%d budget=%d", pl.knows, pl.done, pl.stall, ps.version, ps.complete, ps.sent, ps.budget)
				if rs, ok := ps.st.(*rlncSession); ok {
					k := ps.slot(n.nodes[j].e.peers[PeerID(i+1)])
					peerView += fmt.Sprintf(" lg=%+v", rs.lg[k*len(rs.gens):(k+1)*len(rs.gens)])
				}
			}
		}
		var mine string
		if rs, ok := s.st.(*rlncSession); ok {
			mine = fmt.Sprintf("%+v", rs.lg[sl*len(rs.gens):(sl+1)*len(rs.gens)])
		}
		t.Logf("  link to %d (kind %d crashed=%v removed=%v): knows=%v done=%v %s | %s", j, n.nodes[j].kind, n.nodes[j].crashed(n.now), l.p.removed, l.knows, l.done, mine, peerView)
	}
}
