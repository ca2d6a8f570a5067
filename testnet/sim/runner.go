package sim

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"
	"time"

	"github.com/weftnet/weft/core/costmodel"
	"github.com/weftnet/weft/core/report"
	"github.com/weftnet/weft/testnet/scenario"
)

// Role is what a node does in a run.
type Role uint8

const (
	// Honest nodes follow the protocol.
	Honest Role = iota
	// Crashing nodes follow the protocol until they crash at CrashAt.
	Crashing
	// Byzantine nodes misbehave as RunContext.Behavior says.
	Byzantine
)

// RunContext describes one message run to a strategy.
type RunContext struct {
	Network   *Network
	Size      int
	Publisher int
	Roles     []Role
	// Behavior is the scenario's byzantine_behavior for Byzantine nodes.
	Behavior string
	Costs    *costmodel.Model
	// Seed is distinct per run; strategies derive their randomness from it.
	Seed uint64
	// KeySeed, when nonzero, gives every node a signing key of its own derived
	// from it (a sequence, where any node may publish a later message); when zero
	// only the publisher gets one, derived from Seed.
	KeySeed uint64
}

// SequenceStrategy is implemented by strategies whose nodes can run in a
// sequence (Options.Sequence): Continues reports that every node they build
// implements Continuer.
type SequenceStrategy interface {
	Strategy
	Continues() bool
}

// Continuer is implemented by protocols that carry a node's state over to the
// next message of a sequence (Options.Sequence): Continue hands them the new
// message's context. Protocols without it start fresh for every message.
type Continuer interface {
	Continue(ctx *RunContext)
}

// Strategy is a dissemination scheme the simulator can run.
type Strategy interface {
	Name() string
	// NewNode returns node id's protocol instance for the run.
	NewNode(ctx *RunContext, id int) Protocol
}

// Options tune a simulation.
type Options struct {
	// Costs charged for processing (nil: costmodel.Fixed()).
	Costs *costmodel.Model
	// Limit is the virtual time after which a run stops (default 120 s).
	Limit time.Duration
	// Workers bounds parallel runs (default GOMAXPROCS).
	Workers int
	// Progress, if set, is called after each run with the runs done and total.
	Progress func(done, total int)
	// Publishers overrides the scenario's publisher count (0 keeps it).
	Publishers int
	// Sequence runs each strategy's messages of one size one after another on
	// the same nodes, as a live network carries them: protocols that implement
	// Continuer keep their state (weft's engines keep peer scores, bans and
	// closed connections), Byzantine nodes are the same for every message, and
	// crashing nodes are drawn per message and restart, with fresh state, before
	// the next one. Without it every message runs on a fresh network with its own
	// draw of faulty nodes.
	Sequence bool
	// Slot is the time from one message's publish to the next in a sequence
	// (default 12 s; longer if a message is still running).
	Slot time.Duration
	// CrashCloses models a crash as a process that dies on a running host: its
	// kernel closes its connections, and each peer sees the close one one-way
	// latency later (its engine drops the peer). Without it a crashed node goes
	// silent, as a host that loses power or its network does, and its peers
	// find out only from its silence. In a sequence the restarted node
	// reconnects to the neighbours that will take it (Reconnecter).
	CrashCloses bool
}

// Result, Ideal and Report are the shared report shape (core/report), so the
// simulator, the real-code harness and the devnet compare column for column.
type (
	Result = report.Result
	Ideal  = report.Ideal
	Report = report.Report
)

type runSpec struct {
	size, publisher int
	strategy        Strategy
	// sequence, when set, lists the publishers whose messages run one after
	// another on the same nodes (Options.Sequence); publisher is then unused.
	sequence []int
}

// finisher is implemented by strategies that keep per-run state: finish drops it
// and returns the number of wrong deliveries (content that differs from what was
// published) seen in the run.
type finisher interface {
	finish(ctx *RunContext) int
}

// publishersOf samples the scenario's publishers from its seed.
func publishersOf(sc *scenario.Scenario, n int) []int {
	rng := rand.New(rand.NewPCG(sc.Seed, 0x707562))
	return rng.Perm(sc.Nodes)[:n]
}

// rolesOf assigns crash and byzantine roles for one run, never to the publisher.
func rolesOf(sc *scenario.Scenario, publisher int, seed uint64) ([]Role, []time.Duration) {
	rng := rand.New(rand.NewPCG(seed, 0x726f6c))
	roles := make([]Role, sc.Nodes)
	perm := rng.Perm(sc.Nodes)
	perm = slices.DeleteFunc(perm, func(i int) bool { return i == publisher })
	nb := int(math.Round(sc.Faults.ByzantineFraction * float64(sc.Nodes)))
	for _, i := range perm[:nb] {
		roles[i] = Byzantine
	}
	return roles, crashes(sc, rng, perm[nb:], roles)
}

// crashes makes the first of candidates Crashing, as many as the scenario's
// crash fraction of all nodes, each at a time drawn in its crash window.
func crashes(sc *scenario.Scenario, rng *rand.Rand, candidates []int, roles []Role) []time.Duration {
	crashAt := make([]time.Duration, sc.Nodes)
	nc := min(len(candidates), int(math.Round(sc.Faults.CrashFraction*float64(sc.Nodes))))
	w := sc.Faults.CrashWindowMS
	for _, i := range candidates[:nc] {
		roles[i] = Crashing
		ms := w[0] + rng.Float64()*(w[1]-w[0])
		crashAt[i] = time.Duration(ms * float64(time.Millisecond))
	}
	return crashAt
}

// sequenceRoles assigns roles for one message of a sequence: the Byzantine
// nodes are the same for the whole sequence (drawn from the scenario's seed,
// never one of its publishers), the crashing ones are drawn per message among
// the others.
func sequenceRoles(sc *scenario.Scenario, pubs []int, publisher int, seed uint64) ([]Role, []time.Duration) {
	roles := make([]Role, sc.Nodes)
	byz := rand.New(rand.NewPCG(sc.Seed, 0x62797a)).Perm(sc.Nodes)
	byz = slices.DeleteFunc(byz, func(i int) bool { return slices.Contains(pubs, i) })
	nb := int(math.Round(sc.Faults.ByzantineFraction * float64(sc.Nodes)))
	for _, i := range byz[:nb] {
		roles[i] = Byzantine
	}
	rng := rand.New(rand.NewPCG(seed, 0x726f6c))
	perm := slices.DeleteFunc(rng.Perm(sc.Nodes), func(i int) bool { return i == publisher || roles[i] == Byzantine })
	return roles, crashes(sc, rng, perm, roles)
}

// Run simulates every strategy at every size of sc.
func Run(sc *scenario.Scenario, strategies []Strategy, opt Options) (*Report, error) {
	if len(strategies) == 0 {
		return nil, errors.New("sim: no strategies")
	}
	costs := costmodel.Fixed()
	if opt.Costs != nil {
		costs = *opt.Costs
	}
	if opt.Limit <= 0 {
		opt.Limit = 120 * time.Second
	}
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	npub := sc.Publishers
	if opt.Publishers > 0 {
		npub = min(opt.Publishers, sc.Nodes)
	}
	nw := NewNetwork(sc)
	pubs := publishersOf(sc, npub)

	rolesFor := func(p int, seed uint64) ([]Role, []time.Duration) { return rolesOf(sc, p, seed) }
	if opt.Sequence {
		rolesFor = func(p int, seed uint64) ([]Role, []time.Duration) { return sequenceRoles(sc, pubs, p, seed) }
		if opt.Slot <= 0 {
			opt.Slot = 12 * time.Second
		}
		for _, st := range strategies {
			if c, ok := st.(SequenceStrategy); !ok || !c.Continues() {
				return nil, fmt.Errorf("sim: strategy %s keeps no state from one message to the next, so it cannot run in a sequence", st.Name())
			}
		}
	}
	var specs []runSpec
	for _, st := range strategies {
		for _, size := range sc.Sizes {
			if opt.Sequence {
				specs = append(specs, runSpec{size: size.Bytes, strategy: st, sequence: pubs})
				continue
			}
			for _, p := range pubs {
				specs = append(specs, runSpec{size: size.Bytes, publisher: p, strategy: st})
			}
		}
	}
	outs := make([][]report.Samples, len(specs))
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		done int
		next = make(chan int)
	)
	progress := func() {
		if opt.Progress != nil {
			mu.Lock()
			done++
			opt.Progress(done, len(specs)*max(1, len(specs[0].sequence)))
			mu.Unlock()
		}
	}
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				if s := specs[i]; s.sequence != nil {
					outs[i] = simulateSequence(sc, nw, s, &costs, opt.Limit, opt.Slot, opt.CrashCloses, progress)
					continue
				}
				outs[i] = []report.Samples{simulate(sc, nw, specs[i], &costs, opt.Limit, opt.CrashCloses)}
				progress()
			}
		}()
	}
	for i := range specs {
		next <- i
	}
	close(next)
	wg.Wait()

	rep := &Report{Scenario: sc.Name, Costs: costs.String()}
	for _, st := range strategies {
		for _, size := range sc.Sizes {
			var agg report.Samples
			var messages []Result
			for i, s := range specs {
				if s.strategy != st || s.size != size.Bytes {
					continue
				}
				for _, o := range outs[i] {
					agg.Merge(o, len(pubs))
					if s.sequence != nil {
						messages = append(messages, report.Summarize(st.Name(), size.Bytes, o, sc.TwoThirds))
					}
				}
			}
			res := report.Summarize(st.Name(), size.Bytes, agg, sc.TwoThirds)
			res.Messages = messages
			rep.Results = append(rep.Results, res)
		}
	}
	for _, size := range sc.Sizes {
		var times []float64
		for _, p := range pubs {
			roles, crashAt := rolesFor(p, runSeed(sc, size.Bytes, p))
			times = append(times, idealTimes(sc, nw, p, size.Bytes, roles, crashAt)...)
		}
		rep.Ideal = append(rep.Ideal, report.NewIdeal(size.Bytes, times))
	}
	return rep, nil
}

func runSeed(sc *scenario.Scenario, size, publisher int) uint64 {
	return sc.Seed*0x9E3779B97F4A7C15 ^ uint64(size)<<20 ^ uint64(publisher)
}

// simulate runs one message on a fresh copy of the network state.
func simulate(sc *scenario.Scenario, nw *Network, s runSpec, costs *costmodel.Model, limit time.Duration, crashCloses bool) report.Samples {
	seed := runSeed(sc, s.size, s.publisher)
	roles, crashAt := rolesOf(sc, s.publisher, seed)
	ctx := &RunContext{Network: nw, Size: s.size, Publisher: s.publisher, Roles: roles,
		Behavior: sc.Faults.ByzantineBehavior, Costs: costs, Seed: seed}
	r := newRun(sc, nw, seed, limit)
	r.crashCloses = crashCloses
	for i, n := range r.nodes {
		n.proto = s.strategy.NewNode(ctx, i)
	}
	r.begin(sc, ctx, crashAt)
	r.loop()
	return r.measure(s.strategy, ctx)
}

// simulateSequence runs the messages of s.sequence one after another on the
// same nodes (Options.Sequence): one network whose clock runs on, each message
// published a slot after the last (later if the last ran longer), its traffic
// measured until the next is published. A node that crashed restarts with a
// fresh protocol before the next message; the others continue theirs.
func simulateSequence(sc *scenario.Scenario, nw *Network, s runSpec, costs *costmodel.Model, limit, slot time.Duration, crashCloses bool, progress func()) []report.Samples {
	var outs []report.Samples
	var r *run
	for _, p := range s.sequence {
		seed := runSeed(sc, s.size, p)
		roles, crashAt := sequenceRoles(sc, s.sequence, p, seed)
		ctx := &RunContext{Network: nw, Size: s.size, Publisher: p, Roles: roles,
			Behavior: sc.Faults.ByzantineBehavior, Costs: costs, Seed: seed, KeySeed: sc.Seed | 1}
		if r == nil {
			r = newRun(sc, nw, seed, limit)
			r.crashCloses = crashCloses
		}
		var restarted []int
		for i, n := range r.nodes {
			switch {
			case n.proto == nil || n.crashed:
				if n.proto != nil {
					restarted = append(restarted, i)
				}
				n.crashed, n.closed = false, make([]bool, len(nw.Peers[i]))
				n.proto = s.strategy.NewNode(ctx, i)
			default:
				n.proto.(Continuer).Continue(ctx)
			}
		}
		for _, i := range restarted {
			r.reconnect(i)
		}
		start := r.now
		r.limit = start + limit
		r.begin(sc, ctx, crashAt)
		r.loop()
		// Run on to the next publish: what is still in flight belongs to this
		// message and is counted with it.
		end := max(r.now, r.limit) - start
		r.counted, r.pending = make([]bool, nw.N), 0
		r.limit = start + max(slot, end.Truncate(time.Second)+time.Second)
		r.loop()
		r.now = r.limit
		outs = append(outs, r.measure(s.strategy, ctx))
		progress()
	}
	return outs
}

// reconnect brings a restarted node's connections back: each neighbour that
// had seen them close (its crash closed them) takes the peer again if it will
// (Reconnecter; a neighbour that banned the node refuses), and a refused
// connection stays closed on both sides.
func (r *run) reconnect(i int) {
	n := r.nodes[i]
	for k, p := range r.nw.Peers[i] {
		m := r.nodes[p]
		back := r.nw.PeerIndex(p, i)
		if !m.closed[back] {
			continue
		}
		if rc, ok := m.proto.(Reconnecter); ok && !m.crashed {
			// Open before the call: what the neighbour sends the node at once
			// goes out on the new connection.
			m.closed[back] = false
			accepted := false
			r.call(m, func(env Env) { accepted = rc.Reconnected(env, i) })
			if accepted {
				continue
			}
			m.closed[back] = true
		}
		n.closed[k] = true
		if d, ok := n.proto.(Disconnecter); ok {
			r.call(n, func(env Env) { d.Disconnected(env, p) })
		}
	}
}

// newRun builds the network state for a run: every node's links, queues and
// random source; protocols are set by the caller.
func newRun(sc *scenario.Scenario, nw *Network, seed uint64, limit time.Duration) *run {
	r := &run{nw: nw, loss: sc.Faults.Loss, rng: rand.New(rand.NewPCG(seed, 1)), limit: limit,
		grace: 2 * time.Second}
	r.nodes = make([]*nodeState, nw.N)
	for i := range r.nodes {
		r.nodes[i] = &nodeState{id: i, up: nw.Up[i], down: nw.Down[i],
			queues: make([][]*wireFrame, len(nw.Peers[i])), closed: make([]bool, len(nw.Peers[i])),
			rng: rand.New(rand.NewPCG(seed, uint64(i)+2))}
	}
	return r
}

// begin starts the message of ctx at the current time: the publisher on the
// scenario's publisher link (every other node on its own class), the honest
// nodes counted, the crashes scheduled, the counters marked, and the publish.
func (r *run) begin(sc *scenario.Scenario, ctx *RunContext, crashAt []time.Duration) {
	r.start = r.now
	r.counted, r.pending = make([]bool, r.nw.N), 0
	for i, n := range r.nodes {
		n.up, n.down = r.nw.Up[i], r.nw.Down[i]
		if i == ctx.Publisher {
			n.up, n.down = mbps(sc.Publisher.UpMbps), mbps(sc.Publisher.DownMbps)
		}
		n.delivered = -1
		n.mark = n.meters
		if ctx.Roles[i] != Byzantine && i != ctx.Publisher {
			r.counted[i] = true
			r.pending++
		}
		if ctx.Roles[i] == Crashing {
			r.push(event{t: r.start + crashAt[i], kind: evCrash, node: int32(i)})
		}
	}
	pub := r.nodes[ctx.Publisher]
	r.call(pub, pub.proto.Publish)
}

// measure collects the message's samples: per honest node its completion (from
// the publish) and what it received, wasted and spent since begin.
func (r *run) measure(st Strategy, ctx *RunContext) (o report.Samples) {
	if f, ok := st.(finisher); ok {
		w := f.finish(ctx)
		o.Wrong = &w
	}
	size := float64(ctx.Size)
	for i, n := range r.nodes {
		d := n.since(n.mark)
		if i == ctx.Publisher {
			o.PubTx = float64(d.tx) / size
			continue
		}
		if ctx.Roles[i] != Honest {
			continue
		}
		t := math.Inf(1)
		if n.delivered >= 0 {
			t = float64(n.delivered-r.start) / float64(time.Millisecond)
		}
		o.Add(t, float64(d.rx)/size, float64(d.wasted)/size, float64(d.cpu)/float64(time.Millisecond))
	}
	return o
}

// idealTimes is the ideal bound (report.IdealTimes) for the honest nodes of one run,
// the publisher on the scenario's publisher link. It routes only through nodes
// that forward valid data: not through polluting or withholding nodes, and
// through a crashing node only if reached before it crashes.
func idealTimes(sc *scenario.Scenario, nw *Network, p, size int, roles []Role, crashAt []time.Duration) []float64 {
	up := append([]float64(nil), nw.Up...)
	down := append([]float64(nil), nw.Down...)
	up[p], down[p] = mbps(sc.Publisher.UpMbps), mbps(sc.Publisher.DownMbps)
	forwards := sc.Faults.ByzantineBehavior == "spam"
	l := report.Links{Peers: nw.Peers, Up: up, Down: down,
		EdgeLatency: func(i, k int) time.Duration { return nw.Latency[i][k] },
		Relays: func(v int, at time.Duration) bool {
			switch roles[v] {
			case Byzantine:
				return forwards
			case Crashing:
				return at < crashAt[v]
			}
			return true
		}}
	return report.IdealTimes(l, p, size, func(v int) bool { return roles[v] == Honest })
}

// Format renders a report as a plain table (report.Format).
func Format(rep *Report) string { return report.Format(rep) }
