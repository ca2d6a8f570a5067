package core

import (
	"bytes"
	"flag"
	"testing"
	"time"
)

func TestNetworkDeliversEveryStrategy(t *testing.T) {
	for _, sid := range []StrategyID{StrategyFlood, StrategyRS, StrategyRLNC} {
		t.Run(sid.String(), func(t *testing.T) {
			n := newTestNet(t, netConfig{nodes: 30, degree: 4, seed: 1, upload: 10 << 20, pool: true})
			id := n.publish(0, 100_000, PublishOptions{Strategy: sid})
			n.run(10*time.Second, n.allDelivered(id, func(*netNode) bool { return true }))
			for _, nd := range n.nodes[1:] {
				if _, ok := nd.delivered[id]; !ok {
					t.Errorf("node %d did not deliver", nd.idx)
				}
				if nd.wrong != 0 {
					t.Errorf("node %d: %d wrong deliveries", nd.idx, nd.wrong)
				}
			}
			var rx int64
			for _, b := range n.rxBytes {
				rx += b
			}
			t.Logf("%v; rx per node / size = %.2f", n, float64(rx)/float64(len(n.nodes)-1)/100_000)
		})
	}
}

// TestLossyNetwork: 5% of frames lost on every link; everyone still delivers
// (stalled sessions re-announce what they hold, and senders resend).
func TestLossyNetwork(t *testing.T) {
	for _, sid := range []StrategyID{StrategyRS, StrategyRLNC, StrategyRLNCVerified} {
		t.Run(sid.String(), func(t *testing.T) {
			n := newTestNet(t, netConfig{nodes: 60, degree: 6, seed: 11, upload: 10 << 20, loss: 0.05,
				cfg: func(int) Config { return Config{Strategies: allStrategies(t)} }})
			size, opts := 64<<10, PublishOptions{Strategy: sid}
			if sid == StrategyRLNCVerified {
				size, opts.ChunkSize = 16<<10, 2<<10
			}
			id := n.publish(0, size, opts)
			n.run(30*time.Second, n.allDelivered(id, func(nd *netNode) bool { return nd.idx != 0 }))
			st := n.stats(id, 0)
			pen := 0
			for _, nd := range n.nodes {
				pen += int(nd.e.Counters().Penalties)
			}
			t.Logf("%v: delivered %d/59 p50=%v max=%v, %d penalties", sid, st.delivered, st.p50, st.max, pen)
			if st.delivered != 59 {
				t.Fatalf("delivered %d of 59", st.delivered)
			}
		})
	}
}

// TestPolicyTable prints propagation per strategy (go test -run PolicyTable -table -v);
// it asserts only delivery. Numbers for tuning live in docs/benchmarks.md (engine).
func TestPolicyTable(t *testing.T) {
	if !*flagTable {
		t.Skip("needs -table")
	}
	for _, size := range []int{128 << 10, 1 << 20} {
		for _, sid := range []StrategyID{StrategyFlood, StrategyRS, StrategyRLNC} {
			if sid == StrategyFlood && *flagNoFlood {
				continue
			}
			n := newTestNet(t, netConfig{nodes: *flagNodes, pool: true, degree: *flagDegree, seed: *flagSeed, upload: *flagUpload, latency: 20 * time.Millisecond,
				cfg: func(int) Config {
					return Config{SendWindow: *flagWindow, HaveSteps: *flagHaves, CreditPercent: *flagCredit, PushPercent: *flagPush, RSForward: *flagRSFwd, ForwardFactor: *flagFF}
				}})
			id := n.publish(0, size, PublishOptions{Strategy: sid})
			n.run(30*time.Second, n.allDelivered(id, func(*netNode) bool { return true }))
			// Let every frame still in flight arrive: rx counts all the traffic.
			n.run(n.now.Sub(epoch)+5*time.Second, nil)
			st := n.stats(id, 0)
			var pen, maxScore int
			for _, nd := range n.nodes {
				pen += int(nd.e.Counters().Penalties)
				for _, p := range nd.e.plist {
					maxScore = max(maxScore, int(p.score))
				}
			}
			t.Logf("size=%7d %-6v delivered=%d p50=%v p90=%v max=%v rx/size=%.2f penalties=%d max-score=%d", size, sid, st.delivered, st.p50, st.p90, st.max, st.rxRatio, pen, maxScore)
			if st.delivered != *flagNodes-1 {
				t.Errorf("%v: delivered %d of %d", sid, st.delivered, *flagNodes-1)
			}
		}
	}
}

var (
	flagWindow  = flag.Int("window", 0, "SendWindow for TestPolicyTable")
	flagHaves   = flag.Int("haves", 0, "HaveSteps for TestPolicyTable")
	flagTable   = flag.Bool("table", false, "run the propagation tables (slow)")
	flagCredit  = flag.Int("credit", 0, "CreditPercent for TestPolicyTable")
	flagPush    = flag.Int("push", 0, "PushPercent for TestPolicyTable")
	flagSeed    = flag.Uint64("seed", 7, "seed for TestPolicyTable")
	flagDegree  = flag.Int("degree", 8, "degree for TestPolicyTable")
	flagNodes   = flag.Int("nodes", 100, "nodes for TestPolicyTable")
	flagNoFlood = flag.Bool("noflood", false, "skip flood in TestPolicyTable (its in-flight copies dominate memory at 1000 nodes)")
	flagRSFwd   = flag.Int("rsfwd", 0, "RSForward for TestPolicyTable")
	flagFF      = flag.Int("ff", 0, "ForwardFactor for TestPolicyTable")
	flagUpload  = flag.Int("upload", 10<<20, "upload bytes/s for TestPolicyTable")
)

// TestManyMessages: a stream of messages from different publishers and
// strategies; everyone gets everything, no honest peer is ever disconnected, and
// once the sessions' lifetime has passed every engine has released its memory.
func TestManyMessages(t *testing.T) {
	n := newTestNet(t, netConfig{nodes: 30, degree: 5, seed: 21, upload: 5 << 20,
		cfg: func(int) Config { return Config{Strategies: allStrategies(t), SessionLifetime: 5 * time.Second} }})
	var ids []MessageID
	strategies := []StrategyID{StrategyRLNC, StrategyRS, StrategyFlood, StrategyRLNC}
	for m := 0; m < 20; m++ {
		pub := (m * 7) % 30
		ids = append(ids, n.publish(pub, 20_000+m*1000, PublishOptions{Strategy: strategies[m%len(strategies)]}))
		n.run(time.Duration(m+1)*300*time.Millisecond, nil)
	}
	n.run(20*time.Second, nil)
	for _, nd := range n.nodes {
		for m, id := range ids {
			if _, ok := nd.delivered[id]; !ok && (m*7)%30 != nd.idx {
				t.Errorf("node %d missed message %d", nd.idx, m)
			}
		}
		if nd.wrong > 0 {
			t.Errorf("node %d: wrong deliveries", nd.idx)
		}
		if c := nd.e.Counters(); c.Penalties != 0 {
			t.Errorf("node %d penalized honest peers %d times", nd.idx, c.Penalties)
		}
		if nd.e.Memory() != 0 || nd.e.Sessions() != 0 {
			t.Errorf("node %d still holds %d sessions, %d bytes", nd.idx, nd.e.Sessions(), nd.e.Memory())
		}
	}
}

// TestDeterministic: the same seed gives the same run, frame for frame, with
// every strategy, loss and hostile nodes.
func TestDeterministic(t *testing.T) {
	run := func() []byte {
		n := newTestNet(t, netConfig{nodes: 40, degree: 5, seed: 77, upload: 10 << 20, loss: 0.02,
			cfg:   func(int) Config { return Config{Strategies: allStrategies(t), VerifyBatch: 4} },
			kinds: func(i int) behavior { return []behavior{honest, honest, honest, polluter, withholder}[i%5] },
		})
		for i, sid := range []StrategyID{StrategyRLNC, StrategyRS, StrategyFlood, StrategyRLNCVerified} {
			size, opts := 30_000, PublishOptions{Strategy: sid}
			if sid == StrategyRLNCVerified {
				size, opts.ChunkSize = 4000, 1000
			}
			n.publish(i*5, size, opts)
			n.run(time.Duration(i+1)*time.Second, nil)
		}
		return n.digest.Sum(nil)
	}
	a, b := run(), run()
	if !bytes.Equal(a, b) {
		t.Fatalf("two runs with the same seed differ: %x vs %x", a, b)
	}
}

// TestVerifiedRelaysStayHonest: with rlnc-verified, relays keep recoding after
// they have decoded while late chunks still reach them. No chunk an honest node
// sends may fail a commitment check (a relay once recoded into the buffer of a
// chunk it had just received and dropped, writing coefficients over the
// payload), so no honest peer is ever penalized.
func TestVerifiedRelaysStayHonest(t *testing.T) {
	n := newTestNet(t, netConfig{nodes: 30, degree: 6, seed: 5, upload: 5 << 20,
		cfg: func(int) Config { return Config{Strategies: allStrategies(t)} }})
	var ids []MessageID
	for m := 0; m < 6; m++ {
		ids = append(ids, n.publish((m*11)%30, 16<<10+m*512, PublishOptions{Strategy: StrategyRLNCVerified, ChunkSize: 1 << 10}))
		n.run(time.Duration(m+1)*200*time.Millisecond, nil)
	}
	n.run(10*time.Second, nil)
	for _, nd := range n.nodes {
		for m, id := range ids {
			if _, ok := nd.delivered[id]; !ok && (m*11)%30 != nd.idx {
				t.Errorf("node %d missed message %d", nd.idx, m)
			}
		}
		if c := nd.e.Counters(); c.Penalties != 0 {
			t.Errorf("node %d penalized honest peers %d times", nd.idx, c.Penalties)
		}
	}
}
