package sim

import (
	"container/heap"
	"math/rand/v2"
	"time"
)

// Frame is what a protocol hands the network: a size charged to the links and an
// opaque value for the receiving protocol.
type Frame struct {
	// Size is the number of bytes on the wire.
	Size int
	// Data is the protocol's content (a model value or a real encoded frame).
	Data any
	// Cancel, when set, is asked once the frame reaches the head of its queue and
	// before its first byte is sent; returning true drops it unsent.
	Cancel func() bool
}

// Env is a node's view of the simulator during a handler call.
type Env interface {
	// ID is the node's index.
	ID() int
	// Now is the virtual time at which the handler runs.
	Now() time.Duration
	// Peers lists the node's neighbours.
	Peers() []int
	// Send queues a frame to neighbour to. It leaves once the handler's charged
	// processing time has elapsed and the uplink reaches it.
	Send(to int, f Frame)
	// Charge adds processing time to the current handler.
	Charge(d time.Duration)
	// Deliver records that the node has the whole message, verified.
	Deliver()
	// Wasted counts received bytes that carried nothing new (duplicates,
	// non-innovative chunks, data after delivery).
	Wasted(bytes int)
	// Backlog is how many received frames wait for the node's CPU (arrived
	// while it was busy, not yet handed to Receive).
	Backlog() int
	// After asks for a Tick call after d.
	After(d time.Duration)
	// Rand is the node's deterministic random source.
	Rand() *rand.Rand
	// Disconnect closes the connection to neighbour peer, as a host does when
	// its engine disconnects a peer for its penalties. Nothing more is sent on it
	// or handed over from it; frames already queued to the peer are dropped. The
	// peer learns of it one one-way latency later (its Disconnected is called, if
	// it has one) and only then stops sending: what it sent before still arrives
	// and takes the node's downlink, as data in flight does when a TCP connection
	// is reset.
	Disconnect(peer int)
}

// Disconnecter is implemented by protocols that want to know when a neighbour
// has closed the connection to them.
type Disconnecter interface {
	Disconnected(env Env, peer int)
}

// Reconnecter is implemented by protocols that take a neighbour back when it
// restarts after a crash that closed its connections (Options.CrashCloses in
// a sequence); Reconnected reports whether the node accepts it (a node refuses
// a peer it banned).
type Reconnecter interface {
	Reconnected(env Env, peer int) bool
}

// Protocol is one node's dissemination logic for one message, as the simulator drives it.
type Protocol interface {
	// Publish is called on the publishing node when the message starts (time 0,
	// or its slot in a sequence).
	Publish(env Env)
	// Receive hands over a frame from neighbour from.
	Receive(env Env, from int, f Frame)
	// Sent reports that a frame to neighbour to has fully left the uplink.
	Sent(env Env, to int, f Frame)
	// Tick runs the timers the protocol asked for with After.
	Tick(env Env)
}

// segment is the unit the uplink schedules: frames are sent as a round-robin of
// segments across neighbours, as concurrent streams share a real uplink.
const segment = 16 << 10

type eventKind uint8

const (
	evUpDone eventKind = iota
	evSegArrive
	evDeliver
	evEnqueue
	evTick
	evCrash
	evClosed // a neighbour closed its connection: node learns it
)

type event struct {
	t    time.Duration
	seq  uint64
	kind eventKind
	node int32
	peer int32 // index into the node's peer list, or the sender
	seg  int32
	last bool
	// deferred: an evDeliver put off while the node's CPU was busy (counted in
	// the node's backlog).
	deferred bool
	aux      time.Duration
	fr       *wireFrame
}

type wireFrame struct {
	Frame
	from, to int
	toIdx    int // index of to in from's peers
	sent     int
	lost     bool
}

type eventHeap []event

func (h eventHeap) Len() int { return len(h) }
func (h eventHeap) Less(i, j int) bool {
	if h[i].t != h[j].t {
		return h[i].t < h[j].t
	}
	return h[i].seq < h[j].seq
}
func (h eventHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *eventHeap) Push(x any)   { *h = append(*h, x.(event)) }
func (h *eventHeap) Pop() any {
	old := *h
	e := old[len(old)-1]
	*h = old[:len(old)-1]
	return e
}

type nodeState struct {
	id       int
	proto    Protocol
	up, down float64 // bytes per second
	queues   [][]*wireFrame
	closed   []bool // by peer index: the connection is closed on this side
	rr       int
	upBusy   bool
	downFree time.Duration
	cpuFree  time.Duration
	crashed  bool
	rng      *rand.Rand

	delivered time.Duration // -1 until delivered
	meters
	mark        meters       // meters when the current message began
	pendingSend []*wireFrame // sends buffered during a handler
	charge      time.Duration
	backlog     int // frames that arrived while the CPU was busy, not yet handled
}

// meters count a node's traffic and processing.
type meters struct {
	rx, tx int64
	wasted int64
	cpu    time.Duration
}

// since is what the meters counted after o was taken.
func (m meters) since(o meters) meters {
	return meters{rx: m.rx - o.rx, tx: m.tx - o.tx, wasted: m.wasted - o.wasted, cpu: m.cpu - o.cpu}
}

// run is one message published on one network, or the messages of a sequence
// one after another.
type run struct {
	nw     *Network
	nodes  []*nodeState
	events eventHeap
	seq    uint64
	now    time.Duration
	start  time.Duration // the current message's publish
	loss   float64
	rng    *rand.Rand
	limit  time.Duration
	// counted[i] says node i's delivery is measured; pending counts those that
	// have not delivered. Once none is pending the run continues for grace, to
	// account for bytes still in flight, then stops.
	counted []bool
	pending int
	grace   time.Duration
	// crashCloses: a crash closes the node's connections (Options.CrashCloses).
	crashCloses bool
}

func (r *run) push(e event) {
	r.seq++
	e.seq = r.seq
	heap.Push(&r.events, e)
}

func txTime(bytes int, rate float64) time.Duration {
	return time.Duration(float64(bytes) / rate * float64(time.Second))
}

// env implements Env for one node during one handler call.
type env struct {
	r *run
	n *nodeState
}

func (e env) ID() int                { return e.n.id }
func (e env) Now() time.Duration     { return e.r.now }
func (e env) Peers() []int           { return e.r.nw.Peers[e.n.id] }
func (e env) Rand() *rand.Rand       { return e.n.rng }
func (e env) Charge(d time.Duration) { e.n.charge += d }

func (e env) Backlog() int { return e.n.backlog }
func (e env) Wasted(b int) { e.n.wasted += int64(b) }
func (e env) Deliver() {
	if e.n.delivered < 0 {
		e.n.delivered = e.r.now + e.n.charge
		if e.r.counted[e.n.id] {
			e.r.pending--
			if e.r.pending == 0 {
				e.r.limit = min(e.r.limit, e.n.delivered+e.r.grace)
			}
		}
	}
}
func (e env) After(d time.Duration) {
	e.r.push(event{t: e.r.now + e.n.charge + d, kind: evTick, node: int32(e.n.id)})
}
func (e env) Send(to int, f Frame) {
	idx := e.r.nw.PeerIndex(e.n.id, to)
	if idx < 0 || f.Size <= 0 || e.n.closed[idx] {
		return
	}
	e.n.pendingSend = append(e.n.pendingSend, &wireFrame{Frame: f, from: e.n.id, to: to, toIdx: idx})
}

func (e env) Disconnect(peer int) {
	idx := e.r.nw.PeerIndex(e.n.id, peer)
	if idx < 0 || e.n.closed[idx] {
		return
	}
	e.n.closed[idx] = true
	// Queued frames go once the uplink is free (pump); the peer hears of it
	// one way later.
	e.r.closeToward(e.n.id, idx, e.r.now+e.n.charge)
}

// closeToward tells node's neighbour at index idx, one way after at, that node
// has closed their connection (evClosed).
func (r *run) closeToward(node, idx int, at time.Duration) {
	peer := r.nw.Peers[node][idx]
	r.push(event{t: at + r.nw.Latency[node][idx], kind: evClosed, node: int32(peer),
		peer: int32(r.nw.PeerIndex(peer, node))})
}

// call runs a handler on node n at the current time, respecting its CPU: if the CPU
// is busy the caller must have deferred the event. Charged time occupies the CPU and
// delays the handler's sends.
func (r *run) call(n *nodeState, h func(Env)) {
	n.charge = 0
	h(env{r, n})
	if n.charge > 0 {
		// A handler that ran while the CPU was still busy (Sent is not
		// deferred) queues its work behind what the CPU is doing.
		n.cpu += n.charge
		n.cpuFree = max(n.cpuFree, r.now) + n.charge
	}
	if len(n.pendingSend) == 0 {
		return
	}
	if n.charge > 0 {
		for _, f := range n.pendingSend {
			r.push(event{t: n.cpuFree, kind: evEnqueue, node: int32(n.id), fr: f})
		}
	} else {
		for _, f := range n.pendingSend {
			n.queues[f.toIdx] = append(n.queues[f.toIdx], f)
		}
		r.pump(n)
	}
	n.pendingSend = n.pendingSend[:0]
}

// deferIfBusy re-queues e when the node's CPU is still busy, keeping event order.
func (r *run) deferIfBusy(n *nodeState, e event) bool {
	if n.cpuFree > r.now {
		if e.kind == evDeliver && !e.deferred {
			e.deferred = true
			n.backlog++
		}
		e.t = n.cpuFree
		r.push(e)
		return true
	}
	return false
}

// pump starts the next segment on n's uplink if it is idle.
func (r *run) pump(n *nodeState) {
	if n.upBusy || n.crashed {
		return
	}
	k := len(n.queues)
	for i := 0; i < k; i++ {
		idx := (n.rr + i) % k
		q := n.queues[idx]
		if n.closed[idx] {
			// The uplink is idle, so no segment of these is in flight.
			clear(q)
			n.queues[idx] = nil
			continue
		}
		for len(q) > 0 && q[0].sent == 0 && q[0].Cancel != nil && q[0].Cancel() {
			q[0] = nil
			q = q[1:]
		}
		n.queues[idx] = q
		if len(q) == 0 {
			continue
		}
		f := q[0]
		if f.sent == 0 && r.loss > 0 && r.rng.Float64() < r.loss {
			f.lost = true
		}
		seg := min(segment, f.Size-f.sent)
		end := r.now + txTime(seg, n.up)
		lat := r.nw.Latency[n.id][idx]
		n.upBusy = true
		n.rr = (idx + 1) % k
		n.tx += int64(seg)
		r.push(event{t: end, kind: evUpDone, node: int32(n.id), peer: int32(idx), seg: int32(seg)})
		if !f.lost {
			r.push(event{t: r.now + lat, kind: evSegArrive, node: int32(f.to), seg: int32(seg),
				last: f.sent+seg == f.Size, aux: end + lat, fr: f})
		}
		return
	}
}

func (r *run) step(e event) {
	n := r.nodes[e.node]
	switch e.kind {
	case evUpDone:
		n.upBusy = false
		if n.crashed {
			return
		}
		q := n.queues[e.peer]
		f := q[0]
		f.sent += int(e.seg)
		if f.sent == f.Size {
			q[0] = nil
			n.queues[e.peer] = q[1:]
			r.call(n, func(env Env) { n.proto.Sent(env, f.to, f.Frame) })
		}
		r.pump(n)
	case evSegArrive:
		if n.crashed {
			return
		}
		start := max(r.now, n.downFree)
		finish := max(e.aux, start+txTime(int(e.seg), n.down))
		n.downFree = finish
		n.rx += int64(e.seg)
		if e.last {
			r.push(event{t: finish, kind: evDeliver, node: e.node, fr: e.fr})
		}
	case evDeliver:
		if n.crashed || r.deferIfBusy(n, e) {
			return
		}
		if e.deferred {
			n.backlog--
		}
		f := e.fr
		if n.closed[r.nw.PeerIndex(n.id, f.from)] {
			return
		}
		r.call(n, func(env Env) { n.proto.Receive(env, f.from, f.Frame) })
	case evEnqueue:
		if n.crashed {
			return
		}
		n.queues[e.fr.toIdx] = append(n.queues[e.fr.toIdx], e.fr)
		r.pump(n)
	case evClosed:
		if n.crashed || n.closed[e.peer] {
			return
		}
		n.closed[e.peer] = true
		if d, ok := n.proto.(Disconnecter); ok {
			peer := r.nw.Peers[n.id][e.peer]
			r.call(n, func(env Env) { d.Disconnected(env, peer) })
		}
		r.pump(n)
	case evTick:
		if n.crashed || r.deferIfBusy(n, e) {
			return
		}
		r.call(n, n.proto.Tick)
	case evCrash:
		n.crashed = true
		if r.crashCloses {
			// The process is gone and its kernel closes its connections:
			// each peer sees the close one way later.
			for k := range r.nw.Peers[n.id] {
				if !n.closed[k] {
					r.closeToward(n.id, k, r.now)
				}
			}
		}
		if r.counted[n.id] {
			r.counted[n.id] = false
			if n.delivered < 0 {
				r.pending--
			}
		}
		for i := range n.queues {
			n.queues[i] = nil
		}
	}
}

func (r *run) loop() {
	for r.events.Len() > 0 && r.events[0].t <= r.limit {
		e := heap.Pop(&r.events).(event)
		r.now = e.t
		r.step(e)
	}
}
