package sim

import (
	"slices"
	"sync"
	"testing"
	"time"
)

// relay is a test protocol for sequences: a node delivers and forwards each
// message once, and remembers across messages how many it has been carried
// over (Continue) since it was built.
type relay struct {
	mu      sync.Mutex
	built   map[int]int           // node -> protocols built for it
	ctxs    []*RunContext         // the messages, in order
	publish []time.Duration       // when each message was published
	lives   map[int][][2]int      // node -> (message index, its Continue count) per message received
	seen    map[*RunContext][]int // message -> nodes that received it
}

func (rl *relay) Name() string    { return "relay" }
func (rl *relay) Continues() bool { return true }

func (rl *relay) NewNode(ctx *RunContext, id int) Protocol {
	rl.mu.Lock()
	defer rl.mu.Unlock()
	rl.built[id]++
	return &relayNode{rl: rl, id: id, ctx: ctx}
}

type relayNode struct {
	rl        *relay
	id        int
	ctx       *RunContext
	continued int
	got       *RunContext // the message this node has forwarded
}

func (n *relayNode) Continue(ctx *RunContext) { n.ctx, n.continued = ctx, n.continued+1 }

func (n *relayNode) Publish(env Env) {
	n.rl.mu.Lock()
	n.rl.ctxs = append(n.rl.ctxs, n.ctx)
	n.rl.publish = append(n.rl.publish, env.Now())
	n.rl.mu.Unlock()
	n.got = n.ctx
	env.Deliver()
	for _, p := range env.Peers() {
		env.Send(p, Frame{Size: 1000, Data: n.ctx})
	}
}

func (n *relayNode) Receive(env Env, _ int, f Frame) {
	if f.Data.(*RunContext) != n.ctx || n.got == n.ctx {
		return
	}
	n.got = n.ctx
	env.Deliver()
	n.rl.mu.Lock()
	n.rl.lives[n.id] = append(n.rl.lives[n.id], [2]int{slices.Index(n.rl.ctxs, n.ctx), n.continued})
	n.rl.seen[n.ctx] = append(n.rl.seen[n.ctx], n.id)
	n.rl.mu.Unlock()
	for _, p := range env.Peers() {
		env.Send(p, Frame{Size: 1000, Data: n.ctx})
	}
}

func (n *relayNode) Sent(Env, int, Frame) {}
func (n *relayNode) Tick(Env)             {}

// Reconnected implements Reconnecter: a restarted neighbour is always taken back.
func (n *relayNode) Reconnected(Env, int) bool { return true }

// TestSequenceCarriesNodes: in a sequence the messages are published a slot
// apart on one clock; Byzantine nodes stay the same; a node keeps its protocol
// from one message to the next unless it crashed, in which case it restarts
// with a fresh one (and, when its crash closed its connections, its
// neighbours take it back); and every live node gets every message.
func TestSequenceCarriesNodes(t *testing.T) {
	for _, closes := range []bool{false, true} {
		t.Run(map[bool]string{false: "silent", true: "closes"}[closes], func(t *testing.T) { testSequenceCarriesNodes(t, closes) })
	}
}

func testSequenceCarriesNodes(t *testing.T, crashCloses bool) {
	sc := loadShared(t, "small-100.toml")
	sc.Sizes = sc.Sizes[:1]
	sc.Faults.CrashFraction, sc.Faults.CrashWindowMS = 0.2, [2]float64{500, 600}
	sc.Faults.ByzantineFraction, sc.Faults.ByzantineBehavior = 0.1, "withhold"
	rl := &relay{built: map[int]int{}, lives: map[int][][2]int{}, seen: map[*RunContext][]int{}}
	const msgs = 4
	rep, err := Run(sc, []Strategy{rl}, Options{Publishers: msgs, Workers: 1, Sequence: true, Slot: 5 * time.Second, CrashCloses: crashCloses})
	if err != nil {
		t.Fatal(err)
	}
	if len(rl.ctxs) != msgs || len(rep.Results[0].Messages) != msgs {
		t.Fatalf("%d messages published, %d reported; want %d", len(rl.ctxs), len(rep.Results[0].Messages), msgs)
	}
	for i, at := range rl.publish {
		if want := time.Duration(i) * 5 * time.Second; at != want {
			t.Errorf("message %d published at %v, want %v", i+1, at, want)
		}
	}
	byz := func(ctx *RunContext) []int {
		var b []int
		for i, r := range ctx.Roles {
			if r == Byzantine {
				b = append(b, i)
			}
		}
		return b
	}
	for i, ctx := range rl.ctxs {
		if !slices.Equal(byz(ctx), byz(rl.ctxs[0])) {
			t.Errorf("message %d has other Byzantine nodes than message 1", i+1)
		}
		if i > 0 && slices.Equal(crashed(ctx), crashed(rl.ctxs[0])) {
			t.Errorf("message %d crashes the same nodes as message 1: not drawn per message", i+1)
		}
	}
	// Crashes fall 500-600 ms after the publish, after a 1000-byte frame has
	// crossed the network: every node but the Byzantine ones receives each
	// message, and a node that crashed in message m starts message m+1 anew.
	for id := range sc.Nodes {
		restarts := 0
		for m, ctx := range rl.ctxs[:msgs-1] {
			if ctx.Roles[id] == Crashing {
				restarts++
				if m+1 < len(rl.ctxs) && rl.ctxs[m+1].Publisher != id && !slices.Contains(rl.seen[rl.ctxs[m+1]], id) {
					t.Errorf("node %d crashed in message %d and did not get message %d", id, m+1, m+2)
				}
			}
		}
		if rl.built[id] != 1+restarts {
			t.Errorf("node %d: %d protocols built, want %d (1 + %d restarts)", id, rl.built[id], 1+restarts, restarts)
		}
	}
	for m, res := range rep.Results[0].Messages {
		if res.DeliveredFraction != 1 {
			t.Errorf("message %d: delivered %.3f", m+1, res.DeliveredFraction)
		}
	}
	// A node never restarted has been continued once per message before the one
	// it receives.
	for id, lives := range rl.lives {
		for _, l := range lives {
			if rl.built[id] == 1 && l[0] != l[1] {
				t.Errorf("node %d got message %d after %d Continue calls", id, l[0]+1, l[1])
			}
		}
	}
}

func crashed(ctx *RunContext) []int {
	var c []int
	for i, r := range ctx.Roles {
		if r == Crashing {
			c = append(c, i)
		}
	}
	return c
}

// TestSequenceNeedsContinuer: a strategy whose nodes keep no state across
// messages is refused in a sequence rather than silently run fresh.
func TestSequenceNeedsContinuer(t *testing.T) {
	sc := loadShared(t, "small-100.toml")
	if _, err := Run(sc, []Strategy{NewGossipsub()}, Options{Publishers: 2, Sequence: true}); err == nil {
		t.Fatal("gossipsub model ran in a sequence")
	}
}

// TestWeftSequence runs rlnc-verified's engines through a sequence on a small
// network with crashes, loss and polluters: every honest live node delivers
// every message, with the right content, and two runs agree (with silent
// crashes; the determinism is the same code either way). With crashes
// that close connections, restarted nodes reconnect; six messages, since a
// frame lost at a reconnect once stalled a node's uplink window for every
// message after it.
func TestWeftSequence(t *testing.T) {
	for _, tc := range []struct {
		closes     bool
		msgs, runs int
	}{{false, 3, 2}, {true, 6, 1}} {
		t.Run(map[bool]string{false: "silent", true: "closes"}[tc.closes], func(t *testing.T) { testWeftSequence(t, tc.closes, tc.msgs, tc.runs) })
	}
}

func testWeftSequence(t *testing.T, crashCloses bool, msgs, runs int) {
	sc := loadShared(t, "small-100.toml")
	sc.Sizes = sc.Sizes[:1]
	sc.Faults.Loss, sc.Faults.CrashFraction = 0.01, 0.3
	sc.Faults.ByzantineFraction, sc.Faults.ByzantineBehavior = 0.2, "pollute"
	var p99 []float64
	for range runs {
		w, err := NewWeft("rlnc-verified", 4)
		if err != nil {
			t.Fatal(err)
		}
		rep, err := Run(sc, []Strategy{w}, Options{Publishers: msgs, Workers: 1, Sequence: true, CrashCloses: crashCloses})
		if err != nil {
			t.Fatal(err)
		}
		res := rep.Results[0]
		if len(res.Messages) != msgs {
			t.Fatalf("%d messages reported, want %d", len(res.Messages), msgs)
		}
		for m, r := range res.Messages {
			if r.DeliveredFraction != 1 || r.WrongDeliveries == nil || *r.WrongDeliveries != 0 {
				t.Errorf("message %d: delivered %.3f, wrong %v", m+1, r.DeliveredFraction, r.WrongDeliveries)
			}
		}
		p99 = append(p99, *res.P99ms)
		t.Log("\n" + Format(rep))
	}
	if len(p99) > 1 && p99[0] != p99[1] {
		t.Fatalf("two runs of the same sequence differ: p99 %v", p99)
	}
}
