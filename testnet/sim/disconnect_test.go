package sim

import (
	"sync"
	"testing"
	"time"
)

// hangup is a test protocol: the publisher queues ten 100 kB frames to each
// neighbour; a neighbour delivers on the first frame and closes the connection
// to whoever sent it. The publisher records when it hears of each close.
type hangup struct {
	mu       sync.Mutex
	got      map[int]int           // frames handed to each receiver
	closedAt map[int]time.Duration // receiver -> when it closed
	heardAt  map[int]time.Duration // receiver -> when the publisher heard
	sentTo   map[int]int           // frames the publisher finished sending to each
}

func (h *hangup) Name() string { return "hangup" }

func (h *hangup) NewNode(_ *RunContext, id int) Protocol { return &hangupNode{h: h, id: id} }

type hangupNode struct {
	h  *hangup
	id int
}

func (n *hangupNode) Publish(env Env) { publishFrames(env, 10, 100_000) }

func (n *hangupNode) Receive(env Env, from int, _ Frame) {
	n.h.mu.Lock()
	defer n.h.mu.Unlock()
	n.h.got[n.id]++
	if _, ok := n.h.closedAt[n.id]; !ok {
		env.Deliver()
		env.Disconnect(from)
		n.h.closedAt[n.id] = env.Now()
		// A send on a closed connection goes nowhere.
		env.Send(from, Frame{Size: 1000})
	}
}

func (n *hangupNode) Sent(_ Env, to int, _ Frame) {
	n.h.mu.Lock()
	n.h.sentTo[to]++
	n.h.mu.Unlock()
}

func (n *hangupNode) Tick(Env) {}

func (n *hangupNode) Disconnected(env Env, peer int) {
	n.h.mu.Lock()
	n.h.heardAt[peer] = env.Now()
	n.h.mu.Unlock()
}

// TestDisconnectClosesBothWays: after a node closes a connection nothing more is
// handed to it from that peer, the peer hears of it one one-way latency later,
// and from then on sends nothing more on it.
func TestDisconnectClosesBothWays(t *testing.T) {
	sc := loadShared(t, "small-100.toml")
	sc.Sizes = sc.Sizes[:1]
	sc.Faults.Loss = 0
	h := &hangup{got: map[int]int{}, closedAt: map[int]time.Duration{}, heardAt: map[int]time.Duration{}, sentTo: map[int]int{}}
	if _, err := Run(sc, []Strategy{h}, Options{Publishers: 1, Workers: 1, Limit: 30 * time.Second}); err != nil {
		t.Fatal(err)
	}
	nw := NewNetwork(sc)
	pub := publishersOf(sc, 1)[0]
	peers := nw.Peers[pub]
	if len(h.closedAt) != len(peers) {
		t.Fatalf("%d of %d neighbours received a frame", len(h.closedAt), len(peers))
	}
	total := 0
	for k, p := range peers {
		if h.got[p] != 1 {
			t.Errorf("neighbour %d was handed %d frames, want 1 (the rest arrived after it closed)", p, h.got[p])
		}
		heard, ok := h.heardAt[p]
		if !ok {
			t.Errorf("publisher never heard that %d closed", p)
			continue
		}
		if want := h.closedAt[p] + nw.Latency[pub][k]; heard != want {
			t.Errorf("publisher heard of %d's close at %v, want %v (one way after it)", p, heard, want)
		}
		total += h.sentTo[p]
	}
	// The frames are interleaved in 16 KiB segments, so each neighbour's first
	// frame completes only after a few hundred ms; the publisher then stops
	// within a one-way latency: far fewer than the ten frames per peer it queued.
	if total >= 10*len(peers) || total < len(peers) {
		t.Fatalf("publisher finished %d frames to %d peers: the closes did not stop its sends", total, len(peers))
	}
	t.Logf("publisher finished %d of %d frames", total, 10*len(peers))
}

// closeLog is a test protocol that publishes one small frame and records,
// per node, which peers it heard close and when.
type closeLog struct {
	mu    sync.Mutex
	heard map[[2]int]time.Duration // (node, peer) -> when node heard peer close
}

func (c *closeLog) Name() string { return "closelog" }

func (c *closeLog) NewNode(_ *RunContext, id int) Protocol { return &closeLogNode{c: c, id: id} }

type closeLogNode struct {
	c  *closeLog
	id int
}

func (n *closeLogNode) Publish(env Env)         { env.Deliver() }
func (n *closeLogNode) Receive(Env, int, Frame) {}
func (n *closeLogNode) Sent(Env, int, Frame)    {}
func (n *closeLogNode) Tick(Env)                {}
func (n *closeLogNode) Disconnected(env Env, peer int) {
	n.c.mu.Lock()
	n.c.heard[[2]int{n.id, peer}] = env.Now()
	n.c.mu.Unlock()
}

// TestCrashCloses: with Options.CrashCloses every live neighbour of a crashing
// node hears the close one one-way latency after the crash; without it none
// does.
func TestCrashCloses(t *testing.T) {
	sc := loadShared(t, "small-100.toml")
	sc.Sizes = sc.Sizes[:1]
	sc.Faults.CrashFraction, sc.Faults.CrashWindowMS = 0.2, [2]float64{0, 400}
	nw := NewNetwork(sc)
	pub := publishersOf(sc, 1)[0]
	roles, crashAt := rolesOf(sc, pub, runSeed(sc, sc.Sizes[0].Bytes, pub))
	for _, closes := range []bool{false, true} {
		c := &closeLog{heard: map[[2]int]time.Duration{}}
		if _, err := Run(sc, []Strategy{c}, Options{Publishers: 1, Workers: 1, CrashCloses: closes, Limit: 5 * time.Second}); err != nil {
			t.Fatal(err)
		}
		if !closes {
			if len(c.heard) != 0 {
				t.Fatalf("without CrashCloses %d closes were heard", len(c.heard))
			}
			continue
		}
		want := 0
		for i, r := range roles {
			if r != Crashing {
				continue
			}
			for k, p := range nw.Peers[i] {
				if roles[p] == Crashing && crashAt[p] <= crashAt[i]+nw.Latency[i][k] {
					continue // gone before the close reached it
				}
				want++
				at, ok := c.heard[[2]int{p, i}]
				if !ok {
					t.Errorf("node %d never heard its neighbour %d crash", p, i)
				} else if at != crashAt[i]+nw.Latency[i][k] {
					t.Errorf("node %d heard %d crash at %v, want %v", p, i, at, crashAt[i]+nw.Latency[i][k])
				}
			}
		}
		if len(c.heard) != want || want == 0 {
			t.Fatalf("%d closes heard, want %d", len(c.heard), want)
		}
	}
}
