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

func (n *hangupNode) Publish(env Env) {
	env.Deliver()
	for _, p := range env.Peers() {
		for range 10 {
			env.Send(p, Frame{Size: 100_000})
		}
	}
}

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
