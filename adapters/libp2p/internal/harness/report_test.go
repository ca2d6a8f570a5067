package harness

import (
	"math"
	"testing"
	"time"
)

func TestDefaultSteps(t *testing.T) {
	got := DefaultSteps([]string{Gossipsub, Weft}, 2)
	want := []Step{{Gossipsub, 0}, {Gossipsub, 1}, {Weft, 0}, {Weft, 1}}
	if len(got) != len(want) {
		t.Fatalf("%v", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("step %d: %v, want %v", i, got[i], want[i])
		}
	}
}

// TestReportPools checks that completed steps pool per protocol and size, that
// an interrupted run reports only what completed, and that the ideal bound
// covers the messages that ran.
func TestReportPools(t *testing.T) {
	c := &Config{Nodes: 3, UpMbps: []float64{8, 8, 8}, DownMbps: []float64{8, 8, 8},
		Peers:     [][]int{{1, 2}, {0, 2}, {0, 1}},
		Latency:   func(int, int) time.Duration { return 10 * time.Millisecond },
		Messages:  []Message{{Size: 1000, Publisher: 0}, {Size: 2000, Publisher: 1}, {Size: 1000, Publisher: 2}},
		Protocols: []string{Gossipsub, Weft},
	}
	w := &world{c: c}
	out := func(proto string, msg int, times ...float64) *Outcome {
		m := c.Messages[msg]
		return &Outcome{Step: Step{proto, msg}, Message: m, Times: times, PubTxRatio: 2,
			rx: []float64{1, 3}, dup: []float64{0, 1}, cpu: []float64{1, 1}}
	}
	outs := []*Outcome{
		out(Gossipsub, 0, 30, 40), out(Weft, 0, 20, 25),
		out(Gossipsub, 1, 50, math.Inf(1)), out(Weft, 1, 45, 60),
		out(Gossipsub, 2, 35, 45), nil, // interrupted before weft's third message
	}
	rep := w.report(outs)
	if len(rep.Results) != 4 || len(rep.Ideal) != 2 {
		t.Fatalf("%d results, %d ideal", len(rep.Results), len(rep.Ideal))
	}
	r := rep.Results[0]
	if r.Strategy != Gossipsub || r.SizeBytes != 1000 || len(r.Times) != 4 || r.RxRatioMean != 2 || r.DupRatioMean != 0.5 {
		t.Errorf("gossipsub 1000: %+v", r)
	}
	if r := rep.Results[1]; r.SizeBytes != 2000 || r.DeliveredFraction != 0.5 || r.P99ms != nil || *r.MaxMs != 50 {
		t.Errorf("gossipsub 2000: %+v", r)
	}
	if r := rep.Results[2]; r.Strategy != Weft || len(r.Times) != 2 || *r.P50ms != 20 {
		t.Errorf("weft 1000: %+v", r)
	}
	// Messages 0 and 2 ran at 1000 B: the ideal has both publishers' pairs.
	if id := rep.Ideal[0]; id.SizeBytes != 1000 || len(id.Times) != 4 {
		t.Errorf("ideal 1000: %+v", id)
	}
	if rep := w.report(nil); len(rep.Results) != 0 || len(rep.Ideal) != 0 {
		t.Errorf("nothing ran: %+v", rep)
	}
}
