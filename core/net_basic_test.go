package core

import (
	"testing"
	"time"
)

func TestNetworkDeliversEveryStrategy(t *testing.T) {
	for _, sid := range []StrategyID{StrategyFlood, StrategyRS, StrategyRLNC} {
		t.Run(sid.String(), func(t *testing.T) {
			n := newTestNet(t, netConfig{nodes: 30, degree: 4, seed: 1, upload: 10 << 20})
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
