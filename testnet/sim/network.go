package sim

import (
	"math"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/weftnet/weft/testnet/scenario"
)

// Network is the static part of a run: who is connected to whom, each node's link
// capacities and region, and each link's one-way latency. It is built from the
// scenario's seed alone, so every strategy runs on the same network.
type Network struct {
	N int
	// Peers[i] lists i's neighbours; Latency[i][j] is the one-way latency to
	// Peers[i][j]. Links are symmetric.
	Peers   [][]int
	Latency [][]time.Duration
	// Up and Down are each node's capacities in bytes per second.
	Up, Down []float64
	Region   []int
	// Class is the index of the node's bandwidth class in the scenario.
	Class []int
	seed  uint64
}

func mbps(v float64) float64 { return v * 1e6 / 8 }

// NewNetwork builds the network of sc: a random graph where every node has at least
// PeersPerNode neighbours (drawn from the seed), bandwidth classes and regions
// assigned by share, one-way latency = RTT/2 + jitter drawn per link.
func NewNetwork(sc *scenario.Scenario) *Network {
	rng := rand.New(rand.NewPCG(sc.Seed, 0x6e6574))
	n := sc.Nodes
	nw := &Network{N: n, Peers: make([][]int, n), Latency: make([][]time.Duration, n),
		Up: make([]float64, n), Down: make([]float64, n), Region: make([]int, n), Class: make([]int, n), seed: sc.Seed}
	assign := func(dst []int, shares []float64) {
		idx := 0
		for c, s := range shares {
			count := int(math.Round(s * float64(n)))
			if c == len(shares)-1 {
				count = n - idx
			}
			for j := 0; j < count && idx < n; j++ {
				dst[idx] = c
				idx++
			}
		}
		rng.Shuffle(n, func(i, j int) { dst[i], dst[j] = dst[j], dst[i] })
	}
	bw := make([]float64, len(sc.Bandwidth))
	for i, b := range sc.Bandwidth {
		bw[i] = b.Share
	}
	assign(nw.Class, bw)
	rs := make([]float64, len(sc.Regions))
	for i, r := range sc.Regions {
		rs[i] = r.Share
	}
	assign(nw.Region, rs)
	for i := range n {
		c := sc.Bandwidth[nw.Class[i]]
		nw.Up[i], nw.Down[i] = mbps(c.UpMbps), mbps(c.DownMbps)
	}
	// Random graph: every node dials until it has PeersPerNode neighbours, choosing
	// uniformly among nodes it is not yet connected to.
	d := sc.PeersPerNode
	linked := make([]map[int]bool, n)
	for i := range linked {
		linked[i] = make(map[int]bool, d+4)
	}
	order := rng.Perm(n)
	for _, i := range order {
		for tries := 0; len(linked[i]) < d && tries < 50*n; tries++ {
			j := rng.IntN(n)
			if j == i || linked[i][j] {
				continue
			}
			linked[i][j], linked[j][i] = true, true
		}
	}
	jitter := sc.JitterMS
	lat := make(map[[2]int]time.Duration)
	for i := range n {
		peers := make([]int, 0, len(linked[i]))
		for j := range linked[i] {
			peers = append(peers, j)
		}
		slices.Sort(peers)
		nw.Peers[i] = peers
	}
	for i := range n {
		nw.Latency[i] = make([]time.Duration, len(nw.Peers[i]))
		for k, j := range nw.Peers[i] {
			key := [2]int{min(i, j), max(i, j)}
			l, ok := lat[key]
			if !ok {
				rtt := sc.RTTMS[nw.Region[i]][nw.Region[j]]
				l = time.Duration((rtt/2 + rng.Float64()*jitter) * float64(time.Millisecond))
				lat[key] = l
			}
			nw.Latency[i][k] = l
		}
	}
	return nw
}

// PeerIndex returns the position of j in i's neighbour list, or -1.
func (nw *Network) PeerIndex(i, j int) int {
	ps := nw.Peers[i]
	lo, hi := 0, len(ps)
	for lo < hi {
		m := (lo + hi) / 2
		if ps[m] < j {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(ps) && ps[lo] == j {
		return lo
	}
	return -1
}
