package sim

import (
	"errors"
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
}

// Result, Ideal and Report are the shared report shape (core/report), so the
// simulator, the real-code harness and the devnet compare column for column.
type (
	Result = report.Result
	Ideal  = report.Ideal
	Report = report.Report
)

type runSpec struct {
	size, pubIdx, publisher int
	strategy                Strategy
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
	crashAt := make([]time.Duration, sc.Nodes)
	perm := rng.Perm(sc.Nodes)
	perm = slices.DeleteFunc(perm, func(i int) bool { return i == publisher })
	nb := int(math.Round(sc.Faults.ByzantineFraction * float64(sc.Nodes)))
	nc := int(math.Round(sc.Faults.CrashFraction * float64(sc.Nodes)))
	for _, i := range perm[:nb] {
		roles[i] = Byzantine
	}
	w := sc.Faults.CrashWindowMS
	for _, i := range perm[nb : nb+nc] {
		roles[i] = Crashing
		ms := w[0] + rng.Float64()*(w[1]-w[0])
		crashAt[i] = time.Duration(ms * float64(time.Millisecond))
	}
	return roles, crashAt
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

	var specs []runSpec
	for _, st := range strategies {
		for _, size := range sc.Sizes {
			for pi, p := range pubs {
				specs = append(specs, runSpec{size: size.Bytes, pubIdx: pi, publisher: p, strategy: st})
			}
		}
	}
	outs := make([]report.Samples, len(specs))
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		done int
		next = make(chan int)
	)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				outs[i] = simulate(sc, nw, specs[i], &costs, opt.Limit)
				if opt.Progress != nil {
					mu.Lock()
					done++
					opt.Progress(done, len(specs))
					mu.Unlock()
				}
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
			for i, s := range specs {
				if s.strategy == st && s.size == size.Bytes {
					agg.Merge(outs[i], len(pubs))
				}
			}
			rep.Results = append(rep.Results, report.Summarize(st.Name(), size.Bytes, agg, sc.TwoThirds))
		}
	}
	for _, size := range sc.Sizes {
		var times []float64
		for _, p := range pubs {
			roles, crashAt := rolesOf(sc, p, runSeed(sc, size.Bytes, p))
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
func simulate(sc *scenario.Scenario, nw *Network, s runSpec, costs *costmodel.Model, limit time.Duration) (o report.Samples) {
	seed := runSeed(sc, s.size, s.publisher)
	roles, crashAt := rolesOf(sc, s.publisher, seed)
	ctx := &RunContext{Network: nw, Size: s.size, Publisher: s.publisher, Roles: roles,
		Behavior: sc.Faults.ByzantineBehavior, Costs: costs, Seed: seed}
	r := &run{nw: nw, loss: sc.Faults.Loss, rng: rand.New(rand.NewPCG(seed, 1)), limit: limit,
		counted: make([]bool, nw.N), grace: 2 * time.Second}
	for i, role := range roles {
		if role != Byzantine && i != s.publisher {
			r.counted[i] = true
			r.pending++
		}
	}
	r.nodes = make([]*nodeState, nw.N)
	for i := range r.nodes {
		n := &nodeState{id: i, up: nw.Up[i], down: nw.Down[i], delivered: -1,
			queues: make([][]*wireFrame, len(nw.Peers[i])), rng: rand.New(rand.NewPCG(seed, uint64(i)+2))}
		if i == s.publisher {
			n.up, n.down = mbps(sc.Publisher.UpMbps), mbps(sc.Publisher.DownMbps)
		}
		r.nodes[i] = n
	}
	for i, n := range r.nodes {
		n.proto = s.strategy.NewNode(ctx, i)
		if roles[i] == Crashing {
			r.push(event{t: crashAt[i], kind: evCrash, node: int32(i)})
		}
	}
	pub := r.nodes[s.publisher]
	r.call(pub, pub.proto.Publish)
	r.loop()
	if f, ok := s.strategy.(finisher); ok {
		w := f.finish(ctx)
		o.Wrong = &w
	}

	size := float64(s.size)
	for i, n := range r.nodes {
		if i == s.publisher {
			o.PubTx = float64(n.tx) / size
			continue
		}
		if roles[i] != Honest {
			continue
		}
		t := math.Inf(1)
		if n.delivered >= 0 {
			t = float64(n.delivered) / float64(time.Millisecond)
		}
		o.Add(t, float64(n.rx)/size, float64(n.wasted)/size, float64(n.cpu)/float64(time.Millisecond))
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
