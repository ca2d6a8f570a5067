package core

import (
	"flag"
	"testing"
	"time"
)

var flagSize = flag.Int("size", 1<<20, "message size for TestDiag")

type countTracer struct {
	useful, useless, uselessBytes, usefulBytes int
	sent                                       [5]int
	sentBytes                                  [5]int
	closed                                     map[string]int
}

func (c *countTracer) SessionOpened(MessageID, StrategyID, PeerID, int) {}
func (c *countTracer) SessionClosed(_ MessageID, reason string) {
	if c.closed == nil {
		c.closed = map[string]int{}
	}
	c.closed[reason]++
}
func (c *countTracer) FrameSent(_ PeerID, t FrameType, _ MessageID, n int) {
	c.sent[t]++
	c.sentBytes[t] += n
}
func (c *countTracer) ChunkReceived(_ PeerID, _ MessageID, n int, useful bool) {
	if useful {
		c.useful++
		c.usefulBytes += n
	} else {
		c.useless++
		c.uselessBytes += n
	}
}
func (c *countTracer) FrameRejected(PeerID, error)       {}
func (c *countTracer) Delivered(MessageID, int)          {}
func (c *countTracer) Penalized(PeerID, int, int, error) {}

// TestDiag breaks a 1 MiB propagation down by frame kind (go test -run Diag -table -v).
func TestDiag(t *testing.T) {
	if !*flagTable {
		t.Skip("needs -table")
	}
	for _, sid := range []StrategyID{StrategyRS, StrategyRLNC} {
		tr := &countTracer{}
		n := newTestNet(t, netConfig{nodes: 100, degree: *flagDegree, seed: 7, upload: *flagUpload, latency: 20 * time.Millisecond,
			cfg: func(int) Config { return Config{SendWindow: *flagWindow, HaveSteps: *flagHaves, Tracer: tr} }})
		id := n.publish(0, *flagSize, PublishOptions{Strategy: sid})
		n.run(30*time.Second, nil)
		st := n.stats(id, 0)
		var rej uint64
		for _, nd := range n.nodes {
			rej += nd.e.Costs().Count[OpReject]
		}
		t.Logf("non-innovative before decode: %d", rej)
		t.Logf("%v p50=%v useful=%d (%.2f MB) useless=%d (%.2f MB) sent=%v bytes=%v", sid, st.p50, tr.useful, float64(tr.usefulBytes)/1e6, tr.useless, float64(tr.uselessBytes)/1e6, tr.sent, tr.sentBytes)
	}
}
