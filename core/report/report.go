// Package report is the shape of every propagation result weft measures — in the
// simulator (testnet/sim), on real libp2p hosts in virtual time (adapters/libp2p
// bench) and on the loopback devnet — so the three are compared column for column:
// completion percentiles over (node, message) pairs, byte ratios, duplicates,
// processing time, and the ideal bound beside each size.
//
//	var s report.Samples
//	s.Add(timeMs, rxBytes/size, dupBytes/size, cpuMs) // per measured node and message
//	res := report.Summarize("rlnc", size, s, false)
//	fmt.Print(report.Format(&report.Report{Results: []report.Result{res}, Ideal: ...}))
package report

import (
	"container/heap"
	"fmt"
	"math"
	"sort"
	"strings"
	"time"
)

// Result is one strategy at one size, pooled over its messages. Times are from the
// publish moment; ratios are bytes divided by the message size. Percentiles are over
// every (measured node, message) pair; a pair that never delivered counts as
// infinitely late, and a percentile that lands on one is null.
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
	// message (must be 0); harnesses that cannot see content leave it out.
	WrongDeliveries *int `json:"wrong_deliveries,omitempty"`
	// Times holds every pair's completion in ms (undelivered: +Inf), sorted, for CDFs.
	Times []float64 `json:"-"`
	// Messages, when the messages ran one after another on the same nodes (the
	// simulator's sequence mode), summarises each message alone, in publishing
	// order; the fields above pool them.
	Messages []Result `json:"messages,omitempty"`
}

// Ideal is the lower bound for a size: no scheduler can do better with these links.
type Ideal struct {
	SizeBytes int       `json:"size_bytes"`
	P50ms     float64   `json:"p50_ms"`
	P90ms     float64   `json:"p90_ms"`
	P99ms     float64   `json:"p99_ms"`
	Times     []float64 `json:"-"`
}

// Report is a whole run.
type Report struct {
	Scenario string   `json:"scenario"`
	Costs    string   `json:"costs"`
	Results  []Result `json:"results"`
	Ideal    []Ideal  `json:"ideal"`
}

// Samples collects one strategy's measurements at one size.
type Samples struct {
	// Times, Rx, Dup and CPU have one entry per measured (node, message) pair:
	// completion in ms (+Inf if never), bytes received ÷ size, useless bytes ÷
	// size, processing ms.
	Times, Rx, Dup, CPU []float64
	// PubTx is the mean over messages of bytes the publisher sent ÷ size.
	PubTx float64
	// Wrong counts wrong deliveries; nil when not observed.
	Wrong *int
}

// Add records one measured pair.
func (s *Samples) Add(timeMs, rx, dup, cpuMs float64) {
	s.Times = append(s.Times, timeMs)
	s.Rx = append(s.Rx, rx)
	s.Dup = append(s.Dup, dup)
	s.CPU = append(s.CPU, cpuMs)
}

// Merge appends o's pairs; publisher ratios are averaged with weight 1/messages.
func (s *Samples) Merge(o Samples, messages int) {
	s.Times = append(s.Times, o.Times...)
	s.Rx = append(s.Rx, o.Rx...)
	s.Dup = append(s.Dup, o.Dup...)
	s.CPU = append(s.CPU, o.CPU...)
	s.PubTx += o.PubTx / float64(max(1, messages))
	if o.Wrong != nil {
		w := *o.Wrong
		if s.Wrong != nil {
			w += *s.Wrong
		}
		s.Wrong = &w
	}
}

// Summarize turns samples into a Result; twoThirds adds the time at which two
// thirds of the pairs had delivered (for consensus networks).
func Summarize(name string, size int, s Samples, twoThirds bool) Result {
	sort.Float64s(s.Times)
	res := Result{Strategy: name, SizeBytes: size, Times: s.Times, WrongDeliveries: s.Wrong}
	res.P50ms, res.P90ms, res.P99ms = finite(Pct(s.Times, 0.5)), finite(Pct(s.Times, 0.9)), finite(Pct(s.Times, 0.99))
	delivered := 0
	maxT := math.NaN()
	for _, t := range s.Times {
		if !math.IsInf(t, 0) {
			delivered++
			maxT = t
		}
	}
	res.MaxMs = finite(maxT)
	if twoThirds {
		res.TwoThirdsMs = finite(Pct(s.Times, 2.0/3))
	}
	if len(s.Times) > 0 {
		res.DeliveredFraction = float64(delivered) / float64(len(s.Times))
	}
	res.RxRatioMean = Mean(s.Rx)
	rx := append([]float64(nil), s.Rx...)
	sort.Float64s(rx)
	res.RxRatioP99 = Pct(rx, 0.99)
	res.PublisherTxRatio = s.PubTx
	res.DupRatioMean = Mean(s.Dup)
	res.CPUmsPerNodeMean = Mean(s.CPU)
	return res
}

func finite(v float64) *float64 {
	if math.IsInf(v, 0) || math.IsNaN(v) {
		return nil
	}
	return &v
}

// NewIdeal summarizes the ideal completion times of a size.
func NewIdeal(size int, times []float64) Ideal {
	sort.Float64s(times)
	return Ideal{SizeBytes: size, P50ms: Pct(times, 0.5), P90ms: Pct(times, 0.9), P99ms: Pct(times, 0.99), Times: times}
}

// Pct is the nearest-rank percentile of sorted values (NaN for none).
func Pct(sorted []float64, q float64) float64 {
	if len(sorted) == 0 {
		return math.NaN()
	}
	i := int(math.Ceil(q*float64(len(sorted)))) - 1
	return sorted[max(0, min(i, len(sorted)-1))]
}

// Mean is the arithmetic mean (0 for none).
func Mean(v []float64) float64 {
	if len(v) == 0 {
		return 0
	}
	s := 0.0
	for _, x := range v {
		s += x
	}
	return s / float64(len(v))
}

// Links describes a network for the ideal bound.
type Links struct {
	// Peers are adjacency lists; EdgeLatency(i, k) is the one-way latency from i
	// to Peers[i][k].
	Peers       [][]int
	EdgeLatency func(i, k int) time.Duration
	// Up and Down are capacities in bytes per second.
	Up, Down []float64
	// Relays reports whether node v, first reached at time at, can pass the
	// message on (nil: every node can). A faulty network's bound routes only
	// through nodes that forward valid data: not through polluting or
	// withholding nodes, and through a crashing one only before it crashes.
	Relays func(v int, at time.Duration) bool
}

// IdealTimes is, for every node include accepts (never the publisher p), the
// earliest it could hold a message of size bytes: its first byte cannot arrive
// before the shortest-path latency from p, and the message cannot flow faster than
// p's uplink or the node's downlink, so t ≥ d(p,v) + size/min(up_p, down_v); and the
// network as a whole cannot deliver faster than its total upload capacity allows,
// which bounds the last node. Times are in ms, sorted.
func IdealTimes(l Links, p, size int, include func(v int) bool) []float64 {
	dist := Distances(l, p)
	upP := l.Up[p]
	total := 0.0
	var times []float64
	for v := range l.Peers {
		if l.Relays == nil || l.Relays(v, 0) {
			total += l.Up[v]
		}
		if v == p || !include(v) || dist[v] == math.MaxInt64 {
			// Not reachable through nodes that relay: no bound.
			continue
		}
		rate := min(upP, l.Down[v])
		times = append(times, float64(dist[v])/float64(time.Millisecond)+float64(size)/rate*1000)
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

// Distances is Dijkstra over the graph with one-way latencies from src, passing
// only through nodes that Links.Relays accepts at the time they are reached.
func Distances(l Links, src int) []time.Duration {
	dist := make([]time.Duration, len(l.Peers))
	for i := range dist {
		dist[i] = math.MaxInt64
	}
	dist[src] = 0
	h := &distHeap{{src, 0}}
	for h.Len() > 0 {
		it := heap.Pop(h).(distItem)
		if it.d > dist[it.node] {
			continue
		}
		if it.node != src && l.Relays != nil && !l.Relays(it.node, it.d) {
			continue
		}
		for k, j := range l.Peers[it.node] {
			if d := it.d + l.EdgeLatency(it.node, k); d < dist[j] {
				dist[j] = d
				heap.Push(h, distItem{j, d})
			}
		}
	}
	return dist
}

type distItem struct {
	node int
	d    time.Duration
}
type distHeap []distItem

func (h distHeap) Len() int           { return len(h) }
func (h distHeap) Less(i, j int) bool { return h[i].d < h[j].d }
func (h distHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *distHeap) Push(x any)        { *h = append(*h, x.(distItem)) }
func (h *distHeap) Pop() any {
	o := *h
	x := o[len(o)-1]
	*h = o[:len(o)-1]
	return x
}

// Format renders a report as a plain table, the ideal bound above each size.
func Format(rep *Report) string {
	f := func(p *float64) string {
		if p == nil {
			return "—"
		}
		return fmt.Sprintf("%.0f", *p)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "scenario %s\ncosts: %s\n\n", rep.Scenario, rep.Costs)
	fmt.Fprintf(&b, "%-15s %8s %8s %8s %8s %8s %9s %8s %8s %8s %8s\n", "strategy", "size", "p50 ms", "p90 ms", "p99 ms", "max ms", "delivered", "rx/size", "pub tx", "dup", "cpu ms")
	for _, id := range rep.Ideal {
		fmt.Fprintf(&b, "%-15s %8s %8.0f %8.0f %8.0f\n", "ideal", SizeText(id.SizeBytes), id.P50ms, id.P90ms, id.P99ms)
		for _, r := range rep.Results {
			if r.SizeBytes != id.SizeBytes {
				continue
			}
			fmt.Fprintf(&b, "%-15s %8s %8s %8s %8s %8s %8.1f%% %8.2f %8.2f %8.2f %8.1f", r.Strategy, SizeText(r.SizeBytes),
				f(r.P50ms), f(r.P90ms), f(r.P99ms), f(r.MaxMs), 100*r.DeliveredFraction, r.RxRatioMean, r.PublisherTxRatio, r.DupRatioMean, r.CPUmsPerNodeMean)
			if r.TwoThirdsMs != nil {
				fmt.Fprintf(&b, "   2/3 at %.0f ms", *r.TwoThirdsMs)
			}
			if r.WrongDeliveries != nil && *r.WrongDeliveries > 0 {
				fmt.Fprintf(&b, "   WRONG DELIVERIES: %d", *r.WrongDeliveries)
			}
			b.WriteByte('\n')
			for i, m := range r.Messages {
				fmt.Fprintf(&b, "%-15s %8s %8s %8s %8s %8s %8.1f%% %8.2f %8.2f %8.2f %8.1f\n", fmt.Sprintf("  message %d", i+1), "",
					f(m.P50ms), f(m.P90ms), f(m.P99ms), f(m.MaxMs), 100*m.DeliveredFraction, m.RxRatioMean, m.PublisherTxRatio, m.DupRatioMean, m.CPUmsPerNodeMean)
			}
		}
	}
	return b.String()
}

// SizeText writes a byte count as "128KiB", "2MiB" or "1000B".
func SizeText(n int) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%dMiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%dKiB", n>>10)
	}
	return fmt.Sprintf("%dB", n)
}
