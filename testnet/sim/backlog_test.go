package sim

import (
	"maps"
	"sync"
	"testing"
	"time"
)

// burst is a test protocol: the publisher sends each neighbour five frames at
// once; a receiver charges 50 ms of CPU per frame, records the backlog each
// Receive sees, and delivers after the fifth.
type burst struct {
	mu   sync.Mutex
	seen []int
}

func (b *burst) Name() string { return "burst" }

func (b *burst) NewNode(*RunContext, int) Protocol { return &burstNode{b: b} }

type burstNode struct {
	b   *burst
	got int
}

func (n *burstNode) Publish(env Env) { publishFrames(env, 5, 1000) }

// publishFrames delivers at the publisher and queues n frames of size bytes to
// each of its neighbours (the test protocols' Publish).
func publishFrames(env Env, n, size int) {
	env.Deliver()
	for _, p := range env.Peers() {
		for range n {
			env.Send(p, Frame{Size: size})
		}
	}
}

func (n *burstNode) Receive(env Env, _ int, _ Frame) {
	env.Charge(50 * time.Millisecond)
	n.b.mu.Lock()
	n.b.seen = append(n.b.seen, env.Backlog())
	n.b.mu.Unlock()
	if n.got++; n.got == 5 {
		env.Deliver()
	}
}

func (n *burstNode) Sent(Env, int, Frame) {}
func (n *burstNode) Tick(Env)             {}

// TestBacklogCountsFramesWaitingForCPU: frames that arrive while a node's CPU
// is busy are counted in Env.Backlog until they are handed over; the last of a
// burst sees none waiting (that is when weft's nodes call Engine.Idle).
func TestBacklogCountsFramesWaitingForCPU(t *testing.T) {
	sc := loadShared(t, "small-100.toml")
	sc.Sizes = sc.Sizes[:1]
	b := &burst{}
	if _, err := Run(sc, []Strategy{b}, Options{Publishers: 1, Workers: 1, Limit: 5 * time.Second}); err != nil {
		t.Fatal(err)
	}
	seen := b.seen
	if len(seen) == 0 {
		t.Fatal("no frame received")
	}
	// Each receiver gets five frames about 0.2 ms apart and spends 50 ms on
	// each: the first finds the CPU idle (backlog 0), the other four wait, and
	// are handed over one by one: 3, 2, 1, 0 still waiting behind them.
	if len(seen)%5 != 0 {
		t.Fatalf("%d receives: not whole bursts of 5", len(seen))
	}
	r := len(seen) / 5
	count := map[int]int{}
	for _, b := range seen {
		count[b]++
	}
	want := map[int]int{0: 2 * r, 1: r, 2: r, 3: r}
	if !maps.Equal(count, want) {
		t.Fatalf("backlogs seen %v, want %v (per receiver 0, 3, 2, 1, 0)", count, want)
	}
	t.Logf("%d receives; backlogs seen %v", len(seen), count)
}
