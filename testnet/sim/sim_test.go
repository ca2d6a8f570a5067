package sim

import (
	"math"
	"os"
	"testing"

	"github.com/weftnet/weft/testnet/scenario"
)

func loadShared(t testing.TB, name string) *scenario.Scenario {
	t.Helper()
	for _, d := range []string{"../../../shared/scenarios/", "../../shared/scenarios/"} {
		if _, err := os.Stat(d + name); err == nil {
			sc, err := scenario.Load(d + name)
			if err != nil {
				t.Fatal(err)
			}
			return sc
		}
	}
	t.Fatalf("scenario %s not found beside the repository", name)
	return nil
}

func TestNetworkDeterministic(t *testing.T) {
	sc := loadShared(t, "small-100.toml")
	a, b := NewNetwork(sc), NewNetwork(sc)
	for i := range a.N {
		if len(a.Peers[i]) < sc.PeersPerNode {
			t.Fatalf("node %d has %d peers, want ≥ %d", i, len(a.Peers[i]), sc.PeersPerNode)
		}
		for k, j := range a.Peers[i] {
			if b.Peers[i][k] != j || a.Latency[i][k] != b.Latency[i][k] {
				t.Fatal("network differs between two builds from the same seed")
			}
			back := a.PeerIndex(j, i)
			if back < 0 || a.Latency[j][back] != a.Latency[i][k] {
				t.Fatalf("link %d-%d is not symmetric", i, j)
			}
		}
	}
}

// TestGossipsubSmall runs the gossipsub model on small-100 with two publishers and
// checks the invariants every strategy must keep: everyone delivers, nobody is
// faster than the ideal bound, duplicates are counted.
func TestGossipsubSmall(t *testing.T) {
	sc := loadShared(t, "small-100.toml")
	sc.Sizes = sc.Sizes[:2]
	rep, err := Run(sc, []Strategy{NewGossipsub()}, Options{Publishers: 2})
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + Format(rep))
	for i, r := range rep.Results {
		id := rep.Ideal[i]
		if r.DeliveredFraction != 1 {
			t.Errorf("%s/%d: delivered %.3f", r.Strategy, r.SizeBytes, r.DeliveredFraction)
		}
		if r.P50ms == nil || *r.P50ms < id.P50ms || *r.P99ms < id.P99ms {
			t.Errorf("%d: faster than the ideal bound: %v vs %+v", r.SizeBytes, r.P50ms, id)
		}
		// Every pair must respect its own lower bound too.
		if r.Times[0] < id.Times[0]-1e-9 {
			t.Errorf("fastest node %.1f ms beats the fastest ideal %.1f ms", r.Times[0], id.Times[0])
		}
		if r.RxRatioMean < 1 || r.DupRatioMean <= 0 || r.PublisherTxRatio < float64(sc.PeersPerNode)*0.99 {
			t.Errorf("byte accounting: %+v", r)
		}
		if math.IsNaN(r.CPUmsPerNodeMean) || r.CPUmsPerNodeMean <= 0 {
			t.Errorf("no processing time charged: %+v", r)
		}
	}
}

func TestDeterministic(t *testing.T) {
	sc := loadShared(t, "small-100.toml")
	sc.Sizes = sc.Sizes[:1]
	sc.Faults.Loss = 0.02
	sc.Faults.CrashFraction = 0.1
	var p50 []float64
	for range 2 {
		rep, err := Run(sc, []Strategy{NewGossipsub()}, Options{Publishers: 3, Workers: 2})
		if err != nil {
			t.Fatal(err)
		}
		p50 = append(p50, *rep.Results[0].P99ms)
	}
	if p50[0] != p50[1] {
		t.Fatalf("two runs with the same seed differ: %v", p50)
	}
}

// TestWeftStrategies runs every core strategy on a slice of small-100: everyone
// delivers the right message, nobody beats the ideal bound.
func TestWeftStrategies(t *testing.T) {
	sc := loadShared(t, "small-100.toml")
	sc.Sizes = sc.Sizes[:2]
	var strategies []Strategy
	for _, name := range []string{"rlnc", "rs", "flood"} {
		w, err := NewWeft(name, 4)
		if err != nil {
			t.Fatal(err)
		}
		strategies = append(strategies, w)
	}
	strategies = append(strategies, NewGossipsub())
	rep, err := Run(sc, strategies, Options{Publishers: 1})
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + Format(rep))
	for _, r := range rep.Results {
		counted := r.WrongDeliveries != nil || r.Strategy == "gossipsub" // the model carries no content
		if r.DeliveredFraction != 1 || !counted || (r.WrongDeliveries != nil && *r.WrongDeliveries != 0) {
			t.Errorf("%s/%d: delivered %.3f, wrong %v", r.Strategy, r.SizeBytes, r.DeliveredFraction, r.WrongDeliveries)
		}
	}
}
