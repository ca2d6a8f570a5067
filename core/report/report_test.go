package report

import (
	"math"
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
