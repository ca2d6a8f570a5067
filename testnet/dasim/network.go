package dasim

import (
	"math/rand/v2"
	"slices"
	"time"

	"github.com/weftnet/weft/da"
	"github.com/weftnet/weft/testnet/scenario"
	"github.com/weftnet/weft/testnet/sim"
)

// world is the static part of a run, shared by both protocols: nodes' links and
// regions (from the scenario, as testnet/sim builds them), the publisher, each
// node's columns and the per-column overlays.
type world struct {
	sc        *scenario.Scenario
	n         int
	up, down  []float64
	region    []int
	publisher int
	seed      uint64
}

func mbps(v float64) float64 { return v * 1e6 / 8 }

func newWorld(sc *scenario.Scenario, seed uint64) *world {
	nw := sim.NewNetwork(sc)
	w := &world{sc: sc, n: nw.N, up: append([]float64(nil), nw.Up...), down: append([]float64(nil), nw.Down...),
		region: nw.Region, seed: seed}
	rng := rand.New(rand.NewPCG(sc.Seed, seed^0x707562))
	w.publisher = rng.IntN(w.n)
	w.up[w.publisher], w.down[w.publisher] = mbps(sc.Publisher.UpMbps), mbps(sc.Publisher.DownMbps)
	return w
}

// latency is the one-way latency between any two nodes: half their regions'
// RTT plus a jitter in [0, jitter_ms) fixed per pair by the seed.
func (w *world) latency(i, j int) time.Duration {
	a, b := min(i, j), max(i, j)
	x := uint64(a)*0x9E3779B97F4A7C15 ^ uint64(b)*0xC2B2AE3D27D4EB4F ^ w.seed
	x ^= x >> 31
	x *= 0xBF58476D1CE4E5B9
	x ^= x >> 29
	frac := float64(x>>11) / float64(1<<53)
	rtt := w.sc.RTTMS[w.region[i]][w.region[j]]
	return time.Duration((rtt/2 + frac*w.sc.JitterMS) * float64(time.Millisecond))
}

// columnsOf assigns each node count distinct columns, balanced: layer by layer,
// nodes are dealt columns from shuffled rounds of all 128, so every column has
// about n·count/128 holders (none is left out once n·count ≥ 128). A node's
// first c columns are the same for any count ≥ c (its custody; PeerDAS's
// sampling columns extend it).
func columnsOf(n, count int, seed uint64) [][]int {
	out := make([][]int, n)
	for layer := range count {
		rng := rand.New(rand.NewPCG(seed, uint64(layer)+0x636f6c))
		var deck []int
		for len(deck) < n {
			deck = append(deck, rng.Perm(da.Columns)...)
		}
		for i := range n {
			c := deck[i]
			for slices.Contains(out[i], c) {
				c = rng.IntN(da.Columns)
			}
			out[i] = append(out[i], c)
		}
	}
	return out
}

// overlay builds, for each column, a random graph among the nodes holding it:
// each member links to degree/2 random other members (average degree about
// degree), as a column subnet's mesh does.
func overlay(n int, cols [][]int, degree int, seed uint64) (members [][]int, adj []map[int][]int) {
	members = make([][]int, da.Columns)
	for i := range n {
		for _, c := range cols[i] {
			members[c] = append(members[c], i)
		}
	}
	adj = make([]map[int][]int, da.Columns)
	for c := range da.Columns {
		rng := rand.New(rand.NewPCG(seed, uint64(c)+0x6d657368))
		m := members[c]
		links := map[int]map[int]bool{}
		for _, i := range m {
			links[i] = map[int]bool{}
		}
		for _, i := range m {
			for tries := 0; len(links[i]) < degree/2 && tries < 20*degree; tries++ {
				j := m[rng.IntN(len(m))]
				if j != i {
					links[i][j], links[j][i] = true, true
				}
			}
		}
		adj[c] = map[int][]int{}
		for _, i := range m {
			var l []int
			for j := range links[i] {
				l = append(l, j)
			}
			slices.Sort(l)
			adj[c][i] = l
		}
	}
	return members, adj
}

// pick returns k distinct random members of m (all of them if fewer).
func pick(rng *rand.Rand, m []int, k int, not int) []int {
	var c []int
	for _, x := range m {
		if x != not {
			c = append(c, x)
		}
	}
	rng.Shuffle(len(c), func(i, j int) { c[i], c[j] = c[j], c[i] })
	return c[:min(k, len(c))]
}
