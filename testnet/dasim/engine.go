package dasim

import (
	"container/heap"
	"time"
)

// The event engine: per-node upload and download capacities, per-pair one-way
// latency, one CPU per node whose charged work delays the node's later handling
// and sends. It is testnet/sim's link model (uplinks shared round-robin across
// destinations in 16 KiB segments, downlinks serialised) without its restriction
// to the scenario's connection graph: DA traffic runs on per-column overlays.

const segment = 16 << 10

type frame struct {
	from, to int
	size     int
	sent     int
	msg      any
	// cancel, when set, is asked before the frame's first byte leaves.
	cancel func() bool
}

type evKind uint8

const (
	evUpDone evKind = iota
	evArrive
	evDeliver
	evEnqueue
	evTimer
)

type event struct {
	t    time.Duration
	seq  uint64
	kind evKind
	node int
	seg  int
	last bool
	aux  time.Duration
	fr   *frame
	fn   func()
}

type evHeap []event

func (h evHeap) Len() int { return len(h) }
func (h evHeap) Less(i, j int) bool {
	if h[i].t != h[j].t {
		return h[i].t < h[j].t
	}
	return h[i].seq < h[j].seq
}
func (h evHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *evHeap) Push(x any)   { *h = append(*h, x.(event)) }
func (h *evHeap) Pop() any {
	old := *h
	e := old[len(old)-1]
	*h = old[:len(old)-1]
	return e
}

// host is a protocol's per-node handler set.
type host interface {
	// receive handles a frame's full arrival (after the CPU is free).
	receive(n int, f *frame)
	// pull may produce frames when n's uplink is idle and its queues are empty.
	pull(n int)
}

type nodeState struct {
	up, down float64
	queues   map[int][]*frame
	order    []int // destinations with a queue, round-robin
	rr       int
	upBusy   bool
	downFree time.Duration
	cpuFree  time.Duration
	rx, tx   int64
	cpu      time.Duration
	charge   time.Duration
	inCall   bool
	pending  []*frame
}

type engine struct {
	lat    func(i, j int) time.Duration
	nodes  []*nodeState
	ev     evHeap
	seq    uint64
	now    time.Duration
	limit  time.Duration
	h      host
	stopAt time.Duration // stop once now passes it (0: none)
}

func newEngine(up, down []float64, lat func(i, j int) time.Duration, limit time.Duration) *engine {
	e := &engine{lat: lat, limit: limit}
	for i := range up {
		e.nodes = append(e.nodes, &nodeState{up: up[i], down: down[i], queues: map[int][]*frame{}})
	}
	return e
}

func (e *engine) push(ev event) {
	e.seq++
	ev.seq = e.seq
	heap.Push(&e.ev, ev)
}

func txTime(bytes int, rate float64) time.Duration {
	return time.Duration(float64(bytes) / rate * float64(time.Second))
}

// charge adds CPU time to the handler running on n.
func (e *engine) charge(n int, d time.Duration) { e.nodes[n].charge += d }

// send queues a frame from n; it leaves after the current handler's charged time.
func (e *engine) send(n int, f *frame) {
	f.from = n
	ns := e.nodes[n]
	if ns.inCall {
		ns.pending = append(ns.pending, f)
		return
	}
	e.enqueue(n, f)
}

// sendNow queues a frame from n at once, ahead of the handler's charged work (a
// control frame sent before the work starts).
func (e *engine) sendNow(n int, f *frame) {
	f.from = n
	e.enqueue(n, f)
}

func (e *engine) enqueue(n int, f *frame) {
	ns := e.nodes[n]
	if _, ok := ns.queues[f.to]; !ok || len(ns.queues[f.to]) == 0 {
		if _, ok := ns.queues[f.to]; !ok {
			ns.order = append(ns.order, f.to)
		}
	}
	ns.queues[f.to] = append(ns.queues[f.to], f)
	e.pump(n)
}

// call runs fn as a handler of node n at the current time. Its sends leave once
// its charged CPU time has passed; the uplink is pumped after it.
func (e *engine) call(n int, fn func()) {
	if e.handle(n, fn) {
		e.pump(n)
	}
}

// handle runs fn as a handler and reports whether the uplink should be pumped
// now (no CPU was charged).
func (e *engine) handle(n int, fn func()) bool {
	ns := e.nodes[n]
	ns.charge = 0
	ns.inCall = true
	fn()
	ns.inCall = false
	p := ns.pending
	ns.pending = nil
	if ns.charge > 0 {
		ns.cpu += ns.charge
		ns.cpuFree = e.now + ns.charge
		for _, f := range p {
			e.push(event{t: ns.cpuFree, kind: evEnqueue, node: n, fr: f})
		}
		// The uplink may want more frames once the CPU is free.
		e.push(event{t: ns.cpuFree, kind: evTimer, node: n, fn: func() { e.pump(n) }})
		return false
	}
	for _, f := range p {
		e.enqueue(n, f)
	}
	return true
}

// after runs fn on node n after d (respecting its CPU).
func (e *engine) after(n int, d time.Duration, fn func()) {
	e.push(event{t: e.now + e.nodes[n].charge + d, kind: evTimer, node: n, fn: func() { e.call(n, fn) }})
}

func (e *engine) pump(n int) {
	ns := e.nodes[n]
	if ns.upBusy || ns.inCall {
		return
	}
	for attempt := 0; attempt < 2; attempt++ {
		k := len(ns.order)
		for i := 0; i < k; i++ {
			idx := (ns.rr + i) % k
			to := ns.order[idx]
			q := ns.queues[to]
			for len(q) > 0 && q[0].sent == 0 && q[0].cancel != nil && q[0].cancel() {
				q = q[1:]
			}
			ns.queues[to] = q
			if len(q) == 0 {
				continue
			}
			f := q[0]
			seg := min(segment, f.size-f.sent)
			end := e.now + txTime(seg, ns.up)
			lat := e.lat(n, to)
			ns.upBusy = true
			ns.rr = (idx + 1) % k
			ns.tx += int64(seg)
			e.push(event{t: end, kind: evUpDone, node: n, seg: seg, fr: f})
			e.push(event{t: e.now + lat, kind: evArrive, node: to, seg: seg, last: f.sent+seg == f.size, aux: end + lat, fr: f})
			return
		}
		// Nothing queued: ask the protocol, once, when the CPU is free.
		if attempt > 0 || ns.cpuFree > e.now {
			return
		}
		e.handle(n, func() { e.h.pull(n) })
		if ns.upBusy {
			return
		}
	}
}

func (e *engine) step(ev event) {
	ns := e.nodes[ev.node]
	switch ev.kind {
	case evUpDone:
		ns.upBusy = false
		f := ev.fr
		f.sent += ev.seg
		if f.sent == f.size {
			q := ns.queues[f.to]
			ns.queues[f.to] = q[1:]
		}
		e.pump(ev.node)
	case evArrive:
		start := max(e.now, ns.downFree)
		finish := max(ev.aux, start+txTime(ev.seg, ns.down))
		ns.downFree = finish
		ns.rx += int64(ev.seg)
		if ev.last {
			e.push(event{t: finish, kind: evDeliver, node: ev.node, fr: ev.fr})
		}
	case evDeliver:
		if ns.cpuFree > e.now {
			ev.t = ns.cpuFree
			e.push(ev)
			return
		}
		f := ev.fr
		e.call(ev.node, func() { e.h.receive(ev.node, f) })
	case evEnqueue:
		e.enqueue(ev.node, ev.fr)
	case evTimer:
		if ns.cpuFree > e.now {
			ev.t = ns.cpuFree
			e.push(ev)
			return
		}
		ev.fn()
	}
}

func (e *engine) run() {
	for e.ev.Len() > 0 {
		ev := heap.Pop(&e.ev).(event)
		if ev.t > e.limit || (e.stopAt > 0 && ev.t > e.stopAt) {
			return
		}
		e.now = ev.t
		e.step(ev)
	}
}
