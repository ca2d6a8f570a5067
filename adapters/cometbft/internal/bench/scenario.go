package bench

import (
	"fmt"
	"math/rand/v2"
	"os"
	"sort"
	"time"

	"github.com/pelletier/go-toml/v2"
)

// Scenario is the part of a shared scenario file (../shared/scenarios/*.toml)
// the benchmark uses: bandwidth, regions and their round-trip times, jitter.
type Scenario struct {
	Name      string  `toml:"name"`
	Seed      uint64  `toml:"seed"`
	JitterMs  float64 `toml:"jitter_ms"`
	Bandwidth []struct {
		Share    float64 `toml:"share"`
		UpMbps   float64 `toml:"up_mbps"`
		DownMbps float64 `toml:"down_mbps"`
	} `toml:"bandwidth"`
	Publisher struct {
		UpMbps   float64 `toml:"up_mbps"`
		DownMbps float64 `toml:"down_mbps"`
	} `toml:"publisher"`
	Region []struct {
		Name  string  `toml:"name"`
		Share float64 `toml:"share"`
	} `toml:"region"`
	RTTms map[string][]float64 `toml:"rtt_ms"`
}

// LoadScenario reads a scenario file.
func LoadScenario(path string) (*Scenario, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var s Scenario
	if err := toml.Unmarshal(b, &s); err != nil {
		return nil, fmt.Errorf("bench: %s: %w", path, err)
	}
	if len(s.Bandwidth) == 0 || len(s.Region) == 0 {
		return nil, fmt.Errorf("bench: %s: no bandwidth or region table", path)
	}
	for _, r := range s.Region {
		if len(s.RTTms[r.Name]) != len(s.Region) {
			return nil, fmt.Errorf("bench: %s: rtt_ms.%s needs %d entries", path, r.Name, len(s.Region))
		}
	}
	return &s, nil
}

// Layout is the link model of n validators under a scenario.
type Layout struct {
	// Region of each validator (index into Scenario.Region).
	Region []int
	// UpBps and DownBps of each validator, bytes per second.
	UpBps, DownBps []float64
	// OneWay latency between validators i and j, with the link's jitter.
	OneWay [][]time.Duration
}

// Layout assigns n validators to regions and bandwidth classes by their shares
// (largest remainder), deterministically from the scenario's seed.
func (s *Scenario) Layout(n int) Layout {
	rshares := make([]float64, len(s.Region))
	for i, r := range s.Region {
		rshares[i] = r.Share
	}
	bshares := make([]float64, len(s.Bandwidth))
	for i, b := range s.Bandwidth {
		bshares[i] = b.Share
	}
	l := Layout{Region: apportion(n, rshares)}
	for _, b := range apportion(n, bshares) {
		l.UpBps = append(l.UpBps, s.Bandwidth[b].UpMbps*1e6/8)
		l.DownBps = append(l.DownBps, s.Bandwidth[b].DownMbps*1e6/8)
	}
	rng := rand.New(rand.NewPCG(s.Seed, 0x636f6d6574))
	l.OneWay = make([][]time.Duration, n)
	for i := range l.OneWay {
		l.OneWay[i] = make([]time.Duration, n)
	}
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			rtt := s.RTTms[s.Region[l.Region[i]].Name][l.Region[j]]
			d := time.Duration((rtt/2 + rng.Float64()*s.JitterMs) * float64(time.Millisecond))
			l.OneWay[i][j], l.OneWay[j][i] = d, d
		}
	}
	return l
}

// apportion gives each of n items a class so that class k gets about
// shares[k]·n items (largest remainder), in class order.
func apportion(n int, shares []float64) []int {
	total := 0.0
	for _, s := range shares {
		total += s
	}
	counts := make([]int, len(shares))
	type rem struct {
		k int
		r float64
	}
	var rems []rem
	got := 0
	for k, s := range shares {
		x := s / total * float64(n)
		counts[k] = int(x)
		got += counts[k]
		rems = append(rems, rem{k, x - float64(counts[k])})
	}
	sort.SliceStable(rems, func(a, b int) bool { return rems[a].r > rems[b].r })
	for i := 0; got < n; i++ {
		counts[rems[i%len(rems)].k]++
		got++
	}
	out := make([]int, 0, n)
	for k, c := range counts {
		for range c {
			out = append(out, k)
		}
	}
	return out
}
