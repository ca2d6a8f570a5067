package core

import (
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"
)

var (
	testVerifiedOnce sync.Once
	testVerified     *Verified
)

// verifiedStrategy returns a Verified with tables for chunks up to 8 KiB, built once.
func verifiedStrategy(t testing.TB) *Verified {
	testVerifiedOnce.Do(func() {
		v, err := NewVerified(8 << 10)
		if err != nil {
			t.Fatal(err)
		}
		testVerified = v
	})
	return testVerified
}

func allStrategies(t testing.TB) []Strategy {
	return append(DefaultStrategies(), verifiedStrategy(t))
}

// TestAcceptance is the acceptance test: 200 nodes, 20% polluting peers,
// 10% relays crashing while the message is in flight; every honest live node
// must deliver the right message, and no node may deliver a wrong one.
func TestAcceptance(t *testing.T) {
	cases := []struct {
		sid        StrategyID
		polluted   bool
		safetyOnly bool // no wrong delivery required; delivery to all is not
		batch      int  // Config.VerifyBatch
	}{
		{StrategyRS, true, false, 0},
		{StrategyRLNCVerified, true, false, 0},
		// Batch verification: one combined check per 8 chunks (or 2 ms).
		{StrategyRLNCVerified, true, false, 8},
		// GF(2^8) chunks cannot be verified one by one: rlnc relies on
		// authenticated peers, so it is held to crashes and withholding relays.
		{StrategyRLNC, false, false, 0},
		// With polluters, rlnc stays safe (the digest check refuses every
		// polluted decode, which starts over) and decoded nodes audit later
		// chunks, blaming polluters; delivery is slower: see docs/adr/0005
		// and 0011.
		{StrategyRLNC, true, false, 0},
		{StrategyFlood, true, false, 0},
	}
	for _, c := range cases {
		name := c.sid.String()
		if c.polluted && c.sid == StrategyRLNC {
			name += "/polluted"
		}
		if c.batch > 1 {
			name += "/batch"
		}
		t.Run(name, func(t *testing.T) { acceptance(t, name, c.sid, c.polluted, c.safetyOnly, c.batch, 42) })
	}
	// rlnc under polluters decodes polluted messages and starts over; before a
	// restarted session decoded from one done peer at a time (pickSolo), one
	// honest node in three of these networks never delivered.
	for _, seed := range []uint64{2, 5, 7, 8} {
		t.Run(fmt.Sprintf("rlnc/polluted/seed=%d", seed), func(t *testing.T) {
			acceptance(t, "rlnc/polluted", StrategyRLNC, true, false, 0, seed)
		})
	}
}

// acceptance runs one network of TestAcceptance: 200 nodes of degree 8 built from
// seed, 20 % polluters (withholders if !polluted), 10 % crashing in the first
// 150 ms, and requires every honest live node to deliver (unless safetyOnly)
// and none to deliver a wrong message.
func acceptance(t *testing.T, name string, sid StrategyID, polluted, safetyOnly bool, batch int, seed uint64) {
	const nodes = 200
	kinds := make([]behavior, nodes)
	crash := make([]time.Duration, nodes)
	r := newTestRand(seed)
	for i := 1; i < nodes; i++ {
		switch x := r.Intn(100); {
		case x < 20:
			if polluted {
				kinds[i] = polluter
			} else {
				kinds[i] = withholder
			}
		case x < 30:
			crash[i] = time.Duration(1+r.Intn(150)) * time.Millisecond
		}
	}
	n := newTestNet(t, netConfig{nodes: nodes, degree: 8, seed: seed, upload: 20 << 20, latency: 10 * time.Millisecond,
		cfg:   func(int) Config { return Config{Strategies: allStrategies(t), VerifyBatch: batch} },
		kinds: func(i int) behavior { return kinds[i] },
		crash: func(i int) time.Duration { return crash[i] },
	})
	size, opts := 96<<10, PublishOptions{Strategy: sid}
	if sid == StrategyRLNCVerified {
		// Per-chunk verification (an MSM per chunk) dominates the run
		// time under -race: 16 KiB in 8 chunks.
		size, opts.ChunkSize = 16<<10, 2<<10
	}
	id := n.publish(0, size, opts)
	must := n.honestReachable(0)
	n.run(20*time.Second, n.allDelivered(id, func(nd *netNode) bool { return must[nd.idx] && nd.idx != 0 }))
	missing, wrong, want := 0, 0, 0
	for i, nd := range n.nodes {
		if nd.kind == honest {
			wrong += nd.wrong
		}
		if i == 0 || !must[i] {
			continue
		}
		want++
		if _, ok := nd.delivered[id]; !ok {
			missing++
			n.dump(t, i, id)
		}
	}
	st := n.stats(id, 0)
	var checks uint64
	for _, nd := range n.nodes {
		checks += nd.e.Costs().Count[OpVerifyChunk]
	}
	t.Logf("%v: %d of %d honest live nodes delivered; p50=%v p90=%v max=%v; %v; %d chunk checks", name, want-missing, want, st.p50, st.p90, st.max, n, checks)
	if wrong > 0 || (missing > 0 && !safetyOnly) {
		t.Fatalf("%d honest live nodes missed the message, %d wrong deliveries", missing, wrong)
	}
}

// TestSessionFlood: spammers open as many junk sessions as they can; memory stays
// under the cap on every node and the real message still reaches everyone.
func TestSessionFlood(t *testing.T) {
	const nodes = 40
	const maxMem = 6 << 20
	tr := &countTracer{}
	n := newTestNet(t, netConfig{nodes: nodes, degree: 6, seed: 5, upload: 20 << 20,
		cfg: func(int) Config {
			return Config{MaxMemory: maxMem, MaxMessageSize: 1 << 20, MaxSessionsPerPeer: 8, Tracer: tr}
		},
		kinds: func(i int) behavior { return map[bool]behavior{true: spammer}[i%10 == 3] },
	})
	n.spam(60)
	n.run(100*time.Millisecond, nil)
	id := n.publish(0, 600<<10, PublishOptions{Strategy: StrategyRLNC})
	n.run(10*time.Second, n.allDelivered(id, func(nd *netNode) bool { return nd.kind == honest && nd.idx != 0 }))
	evictions := 0
	for _, nd := range n.nodes {
		evictions += int(nd.e.Counters().Penalties)
		if nd.maxMem > maxMem {
			t.Errorf("node %d reserved %d bytes, cap %d", nd.idx, nd.maxMem, maxMem)
		}
		if nd.kind != honest || nd.idx == 0 {
			continue
		}
		if _, ok := nd.delivered[id]; !ok {
			t.Errorf("honest node %d did not deliver", nd.idx)
		}
		if nd.wrong > 0 {
			t.Errorf("node %d: wrong delivery", nd.idx)
		}
	}
	if evictions == 0 {
		t.Errorf("junk sessions: %d penalties, closed %v", evictions, tr.closed)
	}
	t.Logf("junk sessions: %d penalties, closed %v", evictions, tr.closed)
}

// TestEvictionFavorsFewSessions: when memory is full, the peer holding the most
// undelivered sessions loses one to a peer holding fewer; a peer cannot evict its
// own kind.
func TestEvictionFavorsFewSessions(t *testing.T) {
	signer := NewEd25519Signer(make([]byte, 32))
	header := func(b byte) []byte {
		h := &Header{ID: MessageID{b}, Strategy: StrategyRS, Size: 100 << 10, ChunkSize: 10 << 10, Chunks: 10, GenSize: 10}
		h.Auth = make([]byte, 2+20*32)
		h.Auth[1] = 10
		f, err := AppendHeader(nil, h, signer)
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	e, err := New(Config{MaxMemory: 1 << 20, MaxMessageSize: 200 << 10})
	if err != nil {
		t.Fatal(err)
	}
	_ = e.AddPeer(1)
	_ = e.AddPeer(2)
	for i := byte(1); i <= 6; i++ {
		if err := e.Step(epoch, 1, header(i)); err != nil && !errors.Is(err, ErrMemoryLimit) {
			t.Fatal(err)
		}
	}
	full := e.Sessions()
	if full < 2 || e.Memory() > 1<<20 {
		t.Fatalf("%d sessions, %d bytes", full, e.Memory())
	}
	if err := e.Step(epoch, 1, header(7)); !errors.Is(err, ErrMemoryLimit) {
		t.Fatalf("peer 1 over memory: %v", err)
	}
	if err := e.Step(epoch, 2, header(8)); err != nil {
		t.Fatalf("peer 2 could not evict: %v", err)
	}
	if e.Sessions() != full || e.sess[MessageID{8}] == nil {
		t.Fatalf("sessions %d, want %d with peer 2's", e.Sessions(), full)
	}
}

// TestRefusedPublisher: a header from a publisher AcceptPublisher refuses opens
// nothing, costs the sender Penalties.Refused, and is answered with a done
// frame so the sender pushes no chunks of it.
func TestRefusedPublisher(t *testing.T) {
	stranger := NewEd25519Signer(make([]byte, 32))
	h := &Header{ID: MessageID{7}, Strategy: StrategyRS, Size: 100 << 10, ChunkSize: 10 << 10, Chunks: 10, GenSize: 10}
	h.Auth = make([]byte, 2+20*32)
	h.Auth[1] = 10
	frame, err := AppendHeader(nil, h, stranger)
	if err != nil {
		t.Fatal(err)
	}
	e, err := New(Config{AcceptPublisher: func(pub, _ []byte) bool { return false }, Penalties: Penalties{Refused: 30}})
	if err != nil {
		t.Fatal(err)
	}
	_ = e.AddPeer(1)
	if err := e.Step(epoch, 1, frame); !errors.Is(err, ErrRejected) {
		t.Fatalf("refused publisher: %v", err)
	}
	if e.Sessions() != 0 || e.Score(1) != 30 {
		t.Fatalf("sessions %d, score %d; want 0 and 30", e.Sessions(), e.Score(1))
	}
	rd := e.Ready()
	if len(rd.Frames) != 1 || rd.Frames[0].To != 1 {
		t.Fatalf("frames after the refusal: %+v", rd.Frames)
	}
	if fi, err := PeekFrame(rd.Frames[0].Frame); err != nil || fi.Type != FrameDone || fi.ID != h.ID {
		t.Fatalf("answer to a refused header: %+v %v, want done for %v", fi, err, h.ID)
	}
}
