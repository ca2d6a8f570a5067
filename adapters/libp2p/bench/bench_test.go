package bench

import (
	"math/rand/v2"
	"testing"
	"time"
)

// smallConfig is an n-node network: random graph of degree 5, two bandwidth
// classes, latencies of 5–40 ms.
func smallConfig(n int) Config {
	rng := rand.New(rand.NewPCG(1, 2))
	c := Config{Name: "test-small", Nodes: n, UpMbps: make([]float64, n), DownMbps: make([]float64, n),
		Peers: make([][]int, n), Sizes: []int{128 << 10, 2 << 20}, Publishers: []int{5},
		Settle: time.Second, Warmup: 3 * time.Second}
	linked := map[[2]int]bool{}
	for i := range n {
		c.UpMbps[i], c.DownMbps[i] = 50, 50
		if i%4 == 0 {
			c.UpMbps[i], c.DownMbps[i] = 200, 200
		}
		for len(c.Peers[i]) < 5 {
			j := rng.IntN(n)
			if j == i || linked[[2]int{i, j}] {
				continue
			}
			linked[[2]int{i, j}], linked[[2]int{j, i}] = true, true
			c.Peers[i] = append(c.Peers[i], j)
			c.Peers[j] = append(c.Peers[j], i)
		}
	}
	lat := make([]time.Duration, n*n)
	for i := range n {
		for j := i + 1; j < n; j++ {
			d := time.Duration(5+rng.IntN(35)) * time.Millisecond
			lat[i*n+j], lat[j*n+i] = d, d
		}
	}
	c.Latency = func(i, j int) time.Duration { return lat[i*n+j] }
	return c
}

func TestHeadToHeadSmall(t *testing.T) {
	cfg := smallConfig(10)
	cfg.Logf = t.Logf
	rep, err := Run(t, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("\n%s", Format(rep))
	if len(rep.Results) != 4 || len(rep.Ideal) != 2 || len(rep.Results[0].Times) != 9 {
		t.Fatalf("%d results, %d ideal", len(rep.Results), len(rep.Ideal))
	}
	for _, r := range rep.Results {
		var ideal Ideal
		for _, id := range rep.Ideal {
			if id.SizeBytes == r.SizeBytes {
				ideal = id
			}
		}
		if r.DeliveredFraction != 1 {
			t.Errorf("%s %d: delivered %.3f", r.Strategy, r.SizeBytes, r.DeliveredFraction)
		}
		if len(r.Times) != len(ideal.Times) {
			t.Fatalf("%s %d: %d pairs, ideal %d", r.Strategy, r.SizeBytes, len(r.Times), len(ideal.Times))
		}
		// Sorted pair by pair, every completion is at least its bound.
		for i := range r.Times {
			if r.Times[i] < ideal.Times[i]-1 {
				t.Errorf("%s %d: pair %d at %.1f ms beats the ideal %.1f ms", r.Strategy, r.SizeBytes, i, r.Times[i], ideal.Times[i])
			}
		}
		if r.RxRatioMean < 1 || r.RxRatioMean > 20 || r.PublisherTxRatio < 1 || r.PublisherTxRatio > 20 {
			t.Errorf("%s %d: rx/size %.2f, publisher tx/size %.2f", r.Strategy, r.SizeBytes, r.RxRatioMean, r.PublisherTxRatio)
		}
		if r.CPUmsPerNodeMean <= 0 || r.DupRatioMean < 0 {
			t.Errorf("%s %d: cpu %.2f ms, dup %.2f", r.Strategy, r.SizeBytes, r.CPUmsPerNodeMean, r.DupRatioMean)
		}
	}
}
