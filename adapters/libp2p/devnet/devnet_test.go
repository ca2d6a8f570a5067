package devnet

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
	"time"
)

// ringConfig is n nodes on a ring with chords to the opposite side, 20 Mbit/s
// links and 2-9 ms latencies.
func ringConfig(n int, msgs ...Message) Config {
	c := Config{Name: "test-ring", Nodes: n, UpMbps: make([]float64, n), DownMbps: make([]float64, n),
		Peers: make([][]int, n), Messages: msgs, Settle: 50 * time.Millisecond, Warmup: time.Millisecond}
	link := func(i, j int) {
		for _, p := range c.Peers[i] {
			if p == j {
				return
			}
		}
		c.Peers[i] = append(c.Peers[i], j)
		c.Peers[j] = append(c.Peers[j], i)
	}
	for i := range n {
		c.UpMbps[i], c.DownMbps[i] = 20, 20
		link(i, (i+1)%n)
		if n > 4 {
			link(i, (i+n/2)%n)
		}
	}
	c.Latency = func(i, j int) time.Duration { return time.Duration(2+(i+j)%8) * time.Millisecond }
	return c
}

func TestDevnetDelivers(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c := ringConfig(6, Message{Size: 16 << 10, Publisher: 0}, Message{Size: 64 << 10, Publisher: 3})
	var outcomes, arrivals atomic.Int64
	c.OnMessage = func(o Outcome) {
		outcomes.Add(1)
		t.Logf("%s %d B from %d: %d/%d, p50 %.1f ms, rx/size %.2f, dup %.2f", o.Protocol, o.Size, o.Publisher,
			o.Delivered, o.Total, o.Times[len(o.Times)/2], o.RxRatio, o.DupRatio)
		if o.Delivered != o.Total || len(o.Times) != 5 {
			t.Errorf("%s message %d: %d of %d nodes", o.Protocol, o.Msg, o.Delivered, o.Total)
		}
	}
	c.OnArrival = func(string, int, int, int) { arrivals.Add(1) }
	rep, err := Run(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	if outcomes.Load() != 4 || arrivals.Load() != 4*5 {
		t.Errorf("%d outcomes, %d arrivals", outcomes.Load(), arrivals.Load())
	}
	if len(rep.Results) != 4 || len(rep.Ideal) != 2 {
		t.Fatalf("%d results, %d ideal", len(rep.Results), len(rep.Ideal))
	}
	names := map[string]bool{}
	for _, r := range rep.Results {
		names[r.Strategy] = true
		if r.DeliveredFraction != 1 || len(r.Times) != 5 {
			t.Errorf("%s %d: delivered %.2f of %d pairs", r.Strategy, r.SizeBytes, r.DeliveredFraction, len(r.Times))
		}
		if r.RxRatioMean <= 0 || r.PublisherTxRatio <= 0 {
			t.Errorf("%s %d: no bytes counted (rx %.2f, publisher tx %.2f)", r.Strategy, r.SizeBytes, r.RxRatioMean, r.PublisherTxRatio)
		}
	}
	if !names["gossipsub"] || !names["weft-rlnc"] {
		t.Errorf("protocols in the report: %v", names)
	}
}

// TestDevnetStops cancels the run as the first message completes (as Ctrl-C
// does) and gets the report of what completed.
func TestDevnetStops(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	stop, cancelStop := context.WithCancel(ctx)
	defer cancelStop()
	c := ringConfig(4, Message{Size: 8 << 10, Publisher: 1}, Message{Size: 8 << 10, Publisher: 2})
	c.OnMessage = func(Outcome) { cancelStop() }
	rep, err := Run(stop, c)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err %v, want context.Canceled", err)
	}
	if rep == nil || len(rep.Results) != 1 || rep.Results[0].Strategy != "gossipsub" || len(rep.Ideal) != 1 {
		t.Fatalf("report of the completed message: %+v", rep)
	}
}
