package core

import (
	"testing"
	"time"
)

// TestRejectStopsServing: every host rejects the message it decodes (an
// invalid block, say). From then on a node sends no chunk of it, holds no
// session for it, and no honest peer is penalized for the chunks still in
// flight towards it. Nodes whose every neighbour rejected before serving them
// never decode it, as with gossip that drops invalid messages; their sessions
// expire.
func TestRejectStopsServing(t *testing.T) {
	for _, sid := range []StrategyID{StrategyRLNC, StrategyRS, StrategyRLNCVerified} {
		t.Run(sid.String(), func(t *testing.T) {
			run := func(reject bool) (*testNet, MessageID) {
				c := netConfig{nodes: 30, degree: 5, seed: 9, upload: 5 << 20,
					cfg: func(int) Config { return Config{Strategies: allStrategies(t)} }}
				if reject {
					c.reject = func(i int) bool { return i != 0 }
				}
				n := newTestNet(t, c)
				size, opts := 200_000, PublishOptions{Strategy: sid}
				if sid == StrategyRLNCVerified {
					size, opts.ChunkSize = 16<<10, 1<<10
				}
				id := n.publish(0, size, opts)
				n.run(40*time.Second, nil)
				return n, id
			}
			base, _ := run(false)
			n, id := run(true)
			decoded := 0
			for _, nd := range n.nodes[1:] {
				want := uint64(0)
				if _, ok := nd.delivered[id]; ok {
					decoded++
					want = 1
				}
				if nd.afterReject != 0 {
					t.Errorf("node %d sent %d chunks of a message it had rejected", nd.idx, nd.afterReject)
				}
				if nd.e.Sessions() != 0 {
					t.Errorf("node %d still holds %d sessions", nd.idx, nd.e.Sessions())
				}
				if c := nd.e.Counters(); c.Penalties != 0 || c.Rejected != want {
					t.Errorf("node %d: %d penalties, %d rejected", nd.idx, c.Penalties, c.Rejected)
				}
			}
			t.Logf("%d of 29 decoded; bytes on the wire: %d with rejection, %d without", decoded, n.bytes, base.bytes)
			if decoded == 0 {
				t.Error("nobody decoded")
			}
			if n.bytes > base.bytes {
				t.Errorf("rejecting moved more bytes (%d) than serving (%d)", n.bytes, base.bytes)
			}
		})
	}
}
