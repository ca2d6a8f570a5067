package harness

import (
	"container/heap"
	"fmt"
	"math"
	"sort"
	"time"
)

// Result is one protocol at one size, pooled over its messages; its JSON is the
// simulator's (testnet/sim.Result). Times are from the publish moment; ratios are
// bytes divided by the message size. Bytes are counted on each node's socket
// (QUIC packets), so they include transport overhead the simulator leaves out.
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
	// Times holds every pair's completion in ms (undelivered: +Inf), sorted.
	Times []float64 `json:"-"`
}

// Ideal is the lower bound for a size (testnet/sim.Ideal).
type Ideal struct {
	SizeBytes int       `json:"size_bytes"`
	P50ms     float64   `json:"p50_ms"`
	P90ms     float64   `json:"p90_ms"`
	P99ms     float64   `json:"p99_ms"`
	Times     []float64 `json:"-"`
}

// Report is a whole run (testnet/sim.Report).
type Report struct {
	Scenario string   `json:"scenario"`
	Costs    string   `json:"costs"`
	Results  []Result `json:"results"`
	Ideal    []Ideal  `json:"ideal"`
}

// runOut is one message's measurements over its non-publisher nodes.
type runOut struct {
	times, rx, dup, cpu []float64
	pubTx               float64
}

func summarize(name string, size int, o runOut) Result {
	sort.Float64s(o.times)
	res := Result{Strategy: name, SizeBytes: size, Times: o.times}
	ptr := func(v float64) *float64 {
		if math.IsInf(v, 0) || math.IsNaN(v) {
			return nil
		}
		return &v
	}
	res.P50ms, res.P90ms, res.P99ms = ptr(Pct(o.times, 0.5)), ptr(Pct(o.times, 0.9)), ptr(Pct(o.times, 0.99))
	delivered := 0
	maxT := math.NaN()
	for _, t := range o.times {
		if !math.IsInf(t, 0) {
			delivered++
			maxT = t
		}
	}
	res.MaxMs = ptr(maxT)
	if len(o.times) > 0 {
		res.DeliveredFraction = float64(delivered) / float64(len(o.times))
	}
	res.RxRatioMean = mean(o.rx)
	sort.Float64s(o.rx)
	res.RxRatioP99 = Pct(o.rx, 0.99)
	res.PublisherTxRatio = o.pubTx
	res.DupRatioMean = mean(o.dup)
	res.CPUmsPerNodeMean = mean(o.cpu)
	return res
}

// Pct is the nearest-rank percentile of sorted values.
func Pct(sorted []float64, q float64) float64 {
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

func bytesPerSec(mbps float64) float64 { return mbps * 1e6 / 8 }

// idealTimes is the simulator's bound: every node waits at least the shortest
// path latency from the publisher plus size/min(up_p, down_v), and the last one
// at least what the network's total upload capacity allows.
func idealTimes(c *Config, p, size int) []float64 {
	dist := distances(c, p)
	upP := bytesPerSec(c.UpMbps[p])
	var times []float64
	total := upP
	for v := range c.Nodes {
		if v == p {
			continue
		}
		total += bytesPerSec(c.UpMbps[v])
		rate := min(upP, bytesPerSec(c.DownMbps[v]))
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

// distances is Dijkstra over the connection graph with one-way latencies.
func distances(c *Config, src int) []time.Duration {
	dist := make([]time.Duration, c.Nodes)
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
		for _, j := range c.Peers[it.node] {
			if d := it.d + c.Latency(it.node, j); d < dist[j] {
				dist[j] = d
				heap.Push(h, distItem{j, d})
			}
		}
	}
	return dist
}

// Format renders a report as a plain table, the ideal bound above each size.
func Format(rep *Report) string {
	f := func(p *float64) string {
		if p == nil {
			return "—"
		}
		return fmt.Sprintf("%.0f", *p)
	}
	out := fmt.Sprintf("scenario %s\ncosts: %s\n\n", rep.Scenario, rep.Costs)
	out += fmt.Sprintf("%-15s %8s %8s %8s %8s %8s %9s %8s %8s %8s %8s\n", "strategy", "size", "p50 ms", "p90 ms", "p99 ms", "max ms", "delivered", "rx/size", "pub tx", "dup", "cpu ms")
	for _, id := range rep.Ideal {
		out += fmt.Sprintf("%-15s %8d %8.0f %8.0f %8.0f\n", "ideal", id.SizeBytes, id.P50ms, id.P90ms, id.P99ms)
		for _, r := range rep.Results {
			if r.SizeBytes != id.SizeBytes {
				continue
			}
			out += fmt.Sprintf("%-15s %8d %8s %8s %8s %8s %8.1f%% %8.2f %8.2f %8.2f %8.1f\n", r.Strategy, r.SizeBytes,
				f(r.P50ms), f(r.P90ms), f(r.P99ms), f(r.MaxMs), 100*r.DeliveredFraction, r.RxRatioMean, r.PublisherTxRatio, r.DupRatioMean, r.CPUmsPerNodeMean)
		}
	}
	return out
}
