package sim

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"sort"
	"sync"
	"time"

	"github.com/weftnet/weft/core/costmodel"
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

// Result is one strategy at one size, pooled over the scenario's publishers.
// Times are from the publish moment; ratios are bytes divided by the message size.
// Percentiles are over every (honest live node, message) pair; a pair that never
// delivered counts as infinitely late, and a percentile that lands on one is null.
type Result struct {
	Strategy          string   `json:"strategy"`
	SizeBytes         int      `json:"size_bytes"`
	P50ms             *float64 `json:"p50_ms"`
	P90ms             *float64 `json:"p90_ms"`
	P99ms             *float64 `json:"p99_ms"`
	MaxMs             *float64 `json:"max_ms"`
	TwoThirdsMs       *float64 `json:"two_thirds_ms,omitempty"`
	DeliveredFraction float64  `json:"delivered_fraction"`
	RxRatioMean       float64  `json:"rx_per_node_ratio_mean"`
	RxRatioP99        float64  `json:"rx_per_node_ratio_p99"`
	PublisherTxRatio  float64  `json:"publisher_tx_ratio"`
	DupRatioMean      float64  `json:"dup_ratio_mean"`
	CPUmsPerNodeMean  float64  `json:"cpu_ms_per_node_mean"`
	// WrongDeliveries counts deliveries whose content differed from the published
	// message (must be 0).
	WrongDeliveries int `json:"wrong_deliveries"`
	// Times holds every pair's completion in ms (undelivered: +Inf), sorted, for CDFs.
	Times []float64 `json:"-"`
}

// Ideal is the lower bound for a size: no scheduler can do better with these links.
type Ideal struct {
	SizeBytes int       `json:"size_bytes"`
	P50ms     float64   `json:"p50_ms"`
	P90ms     float64   `json:"p90_ms"`
	P99ms     float64   `json:"p99_ms"`
	Times     []float64 `json:"-"`
}

// Report is a whole simulation, in the JSON shape of docs/benchmarks.md.
type Report struct {
	Scenario string   `json:"scenario"`
	Costs    string   `json:"costs"`
	Results  []Result `json:"results"`
	Ideal    []Ideal  `json:"ideal"`
}

type runSpec struct {
	size, pubIdx, publisher int
	strategy                Strategy
}

type runOut struct {
	times      []float64 // per counted pair
	rx, wasted []float64 // per counted node, ratio
	cpu        []float64 // per counted node, ms
	pubTx      float64
	wrong      int
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
	outs := make([]runOut, len(specs))
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
			var agg runOut
			for i, s := range specs {
				if s.strategy == st && s.size == size.Bytes {
					o := outs[i]
					agg.times = append(agg.times, o.times...)
					agg.rx = append(agg.rx, o.rx...)
					agg.wasted = append(agg.wasted, o.wasted...)
					agg.cpu = append(agg.cpu, o.cpu...)
					agg.pubTx += o.pubTx / float64(len(pubs))
					agg.wrong += o.wrong
				}
			}
			rep.Results = append(rep.Results, summarize(st.Name(), size.Bytes, agg, sc.TwoThirds))
		}
	}
	for _, size := range sc.Sizes {
		var times []float64
		for _, p := range pubs {
			roles, _ := rolesOf(sc, p, runSeed(sc, size.Bytes, p))
			times = append(times, idealTimes(sc, nw, p, size.Bytes, roles)...)
		}
		sort.Float64s(times)
		rep.Ideal = append(rep.Ideal, Ideal{SizeBytes: size.Bytes, P50ms: pct(times, 0.5),
			P90ms: pct(times, 0.9), P99ms: pct(times, 0.99), Times: times})
	}
	return rep, nil
}

func runSeed(sc *scenario.Scenario, size, publisher int) uint64 {
	return sc.Seed*0x9E3779B97F4A7C15 ^ uint64(size)<<20 ^ uint64(publisher)
}

// simulate runs one message on a fresh copy of the network state.
func simulate(sc *scenario.Scenario, nw *Network, s runSpec, costs *costmodel.Model, limit time.Duration) (o runOut) {
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
		o.wrong = f.finish(ctx)
	}

	size := float64(s.size)
	for i, n := range r.nodes {
		if i == s.publisher {
			o.pubTx = float64(n.tx) / size
			continue
		}
		if roles[i] != Honest {
			continue
		}
		t := math.Inf(1)
		if n.delivered >= 0 {
			t = float64(n.delivered) / float64(time.Millisecond)
		}
		o.times = append(o.times, t)
		o.rx = append(o.rx, float64(n.rx)/size)
		o.wasted = append(o.wasted, float64(n.wasted)/size)
		o.cpu = append(o.cpu, float64(n.cpu)/float64(time.Millisecond))
	}
	return o
}

// idealTimes is, for every honest node, the earliest it could hold the message:
// its first byte cannot arrive before the shortest-path latency from the publisher,
// and the message cannot flow faster than the publisher's uplink or the node's
// downlink (so t ≥ d(p,v) + S/min(up_p, down_v)); and the network as a whole cannot
// deliver faster than its total upload capacity allows.
func idealTimes(sc *scenario.Scenario, nw *Network, p, size int, roles []Role) []float64 {
	dist := nw.Distances(p)
	upP := mbps(sc.Publisher.UpMbps)
	var times []float64
	for v := range nw.N {
		if v == p || roles[v] != Honest {
			continue
		}
		rate := min(upP, nw.Down[v])
		t := float64(dist[v])/float64(time.Millisecond) + float64(size)/rate*1000
		times = append(times, t)
	}
	// Aggregate capacity: delivering to the last of n receivers needs n·S bytes of
	// upload from nodes that already hold data; the total upload rate bounds it.
	total := upP
	for v := range nw.N {
		if v != p {
			total += nw.Up[v]
		}
	}
	sort.Float64s(times)
	if len(times) > 0 {
		agg := float64(len(times)) * float64(size) / total * 1000
		if times[len(times)-1] < agg {
			times[len(times)-1] = agg
		}
	}
	return times
}

func summarize(name string, size int, o runOut, twoThirds bool) Result {
	sort.Float64s(o.times)
	res := Result{Strategy: name, SizeBytes: size, Times: o.times}
	ptr := func(v float64) *float64 {
		if math.IsInf(v, 0) || math.IsNaN(v) {
			return nil
		}
		return &v
	}
	res.P50ms, res.P90ms, res.P99ms = ptr(pct(o.times, 0.5)), ptr(pct(o.times, 0.9)), ptr(pct(o.times, 0.99))
	delivered := 0
	maxT := math.NaN()
	for _, t := range o.times {
		if !math.IsInf(t, 0) {
			delivered++
			maxT = t
		}
	}
	res.MaxMs = ptr(maxT)
	if twoThirds {
		res.TwoThirdsMs = ptr(pct(o.times, 2.0/3))
	}
	if len(o.times) > 0 {
		res.DeliveredFraction = float64(delivered) / float64(len(o.times))
	}
	res.RxRatioMean = mean(o.rx)
	sort.Float64s(o.rx)
	res.RxRatioP99 = pct(o.rx, 0.99)
	res.PublisherTxRatio = o.pubTx
	res.DupRatioMean = mean(o.wasted)
	res.CPUmsPerNodeMean = mean(o.cpu)
	res.WrongDeliveries = o.wrong
	return res
}

// pct is the nearest-rank percentile of sorted values.
func pct(sorted []float64, q float64) float64 {
	if len(sorted) == 0 {
		return math.NaN()
	}
	i := int(math.Ceil(q*float64(len(sorted)))) - 1
	return sorted[max(0, min(i, len(sorted)-1))]
}

func mean(v []float64) float64 {
	if len(v) == 0 {
		return 0
	}
	s := 0.0
	for _, x := range v {
		s += x
	}
	return s / float64(len(v))
}

// Format renders a report as a plain table, the ideal bound beside each size.
func Format(rep *Report) string {
	f := func(p *float64) string {
		if p == nil {
			return "—"
		}
		return fmt.Sprintf("%.0f", *p)
	}
	out := fmt.Sprintf("scenario %s\ncosts: %s\n\n", rep.Scenario, rep.Costs)
	out += fmt.Sprintf("%-12s %8s %8s %8s %8s %8s %9s %8s %8s %8s %8s\n", "strategy", "size", "p50 ms", "p90 ms", "p99 ms", "max ms", "delivered", "rx/size", "pub tx", "dup", "cpu ms")
	for _, id := range rep.Ideal {
		out += fmt.Sprintf("%-12s %8s %8.0f %8.0f %8.0f\n", "ideal", sizeText(id.SizeBytes), id.P50ms, id.P90ms, id.P99ms)
		for _, r := range rep.Results {
			if r.SizeBytes != id.SizeBytes {
				continue
			}
			out += fmt.Sprintf("%-12s %8s %8s %8s %8s %8s %8.1f%% %8.2f %8.2f %8.2f %8.1f\n", r.Strategy, sizeText(r.SizeBytes),
				f(r.P50ms), f(r.P90ms), f(r.P99ms), f(r.MaxMs), 100*r.DeliveredFraction, r.RxRatioMean, r.PublisherTxRatio, r.DupRatioMean, r.CPUmsPerNodeMean)
		}
	}
	return out
}

func sizeText(n int) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%dMiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%dKiB", n>>10)
	}
	return fmt.Sprintf("%dB", n)
}
