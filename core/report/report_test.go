package report

import (
	"math"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestSummarize(t *testing.T) {
	var s Samples
	for i := 1; i <= 99; i++ {
		s.Add(float64(i), 1.5, 0.5, 2)
	}
	s.Add(math.Inf(1), 0.2, 0, 1) // one node never delivered
	r := Summarize("x", 1<<20, s, true)
	if *r.P50ms != 50 || *r.P90ms != 90 || *r.P99ms != 99 || *r.MaxMs != 99 || r.DeliveredFraction != 0.99 {
		t.Fatalf("%+v", r)
	}
	if *r.TwoThirdsMs != 67 {
		t.Fatalf("two thirds %v", *r.TwoThirdsMs)
	}
	s.Add(math.Inf(1), 0, 0, 0)
	if r := Summarize("x", 1, s, false); r.P99ms != nil {
		t.Fatalf("p99 over undelivered pairs should be null, got %v", *r.P99ms)
	}
	if !strings.Contains(Format(&Report{Results: []Result{r}, Ideal: []Ideal{NewIdeal(1<<20, []float64{1, 2})}}), "1MiB") {
		t.Fatal("format")
	}
}

func TestIdealTimes(t *testing.T) {
	// A line 0 - 1 - 2, 10 ms per hop, 1 MB/s everywhere, 1 MB message.
	l := Links{
		Peers:       [][]int{{1}, {0, 2}, {1}},
		EdgeLatency: func(int, int) time.Duration { return 10 * time.Millisecond },
		Up:          []float64{1e6, 1e6, 1e6}, Down: []float64{1e6, 1e6, 1e6},
	}
	got := IdealTimes(l, 0, 1e6, func(int) bool { return true })
	// Node 1: 10 + 1000; node 2: 20 + 1000; aggregate: 2 MB over 3 MB/s = 667 ms.
	if len(got) != 2 || got[0] != 1010 || got[1] != 1020 {
		t.Fatalf("%v", got)
	}
}

// TestIdealRelays: the bound of a faulty network routes only through nodes
// that relay, a crashing one only before it crashes.
func TestIdealRelays(t *testing.T) {
	// 0 - 1 - 3 and 0 - 2 - 3: 10 ms on the top path, 30 ms on the bottom one.
	lat := map[[2]int]time.Duration{{0, 1}: 10, {1, 0}: 10, {1, 3}: 10, {3, 1}: 10, {0, 2}: 30, {2, 0}: 30, {2, 3}: 30, {3, 2}: 30}
	peers := [][]int{{1, 2}, {0, 3}, {0, 3}, {1, 2}}
	l := Links{
		Peers:       peers,
		EdgeLatency: func(i, k int) time.Duration { return lat[[2]int{i, peers[i][k]}] * time.Millisecond },
		Up:          []float64{1e6, 1e6, 1e6, 1e6}, Down: []float64{1e6, 1e6, 1e6, 1e6},
	}
	only3 := func(v int) bool { return v == 3 }
	cases := []struct {
		name   string
		relays func(v int, at time.Duration) bool
		want   []float64
	}{
		{"all relay", nil, []float64{1020}},
		{"1 pollutes", func(v int, _ time.Duration) bool { return v != 1 }, []float64{1060}},
		{"1 crashes after it is reached", func(v int, at time.Duration) bool { return v != 1 || at < 15*time.Millisecond }, []float64{1020}},
		{"1 crashes before", func(v int, at time.Duration) bool { return v != 1 || at < 5*time.Millisecond }, []float64{1060}},
		{"neither relays", func(v int, _ time.Duration) bool { return v == 0 || v == 3 }, nil},
	}
	for _, c := range cases {
		l.Relays = c.relays
		if got := IdealTimes(l, 0, 1e6, only3); !slices.Equal(got, c.want) {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}
