package core

import (
	"errors"
	"testing"
	"time"
)

func TestConfigValidate(t *testing.T) {
	if err := (&Config{}).Validate(); err != nil {
		t.Fatalf("zero config: %v", err)
	}
	bad := []struct {
		field string
		cfg   Config
	}{
		{"SendWindow", Config{SendWindow: -1}},
		{"UplinkWindow", Config{UplinkWindow: -1}},
		{"MaxMemory", Config{MaxMemory: -5}},
		{"ForwardBudget", Config{ForwardBudget: 0.5}},
		{"ScoreDecay", Config{ScoreDecay: -1}},
		{"MinChunkSize", Config{MinChunkSize: 1 << 20, MaxChunkSize: 1024}},
		{"MaxGenSize", Config{MaxGenSize: 4096}},
		{"Strategies", Config{Strategies: []Strategy{}}},
		{"Strategies", Config{Strategies: []Strategy{RS{}, RS{}}}},
		{"Strategies", Config{Strategies: []Strategy{nil}}},
		{"DefaultStrategy", Config{DefaultStrategy: StrategyRLNCVerified}},
		{"MaxMemory", Config{MaxMemory: 1 << 20, MaxMessageSize: 2 << 20}},
		{"StallTimeout", Config{StallTimeout: -time.Second}},
		{"Penalties.Invalid", Config{Penalties: Penalties{Invalid: -1}}},
	}
	for _, b := range bad {
		err := b.cfg.Validate()
		var ce *ConfigError
		if !errors.As(err, &ce) || !errors.Is(err, ErrConfig) {
			t.Errorf("%s: got %v, want a *ConfigError", b.field, err)
			continue
		}
		if ce.Field != b.field {
			t.Errorf("%s: error names field %q (%v)", b.field, ce.Field, err)
		}
		if _, err := New(b.cfg); err == nil {
			t.Errorf("%s: New accepted an invalid config", b.field)
		}
	}
	d := Config{}.withDefaults()
	if d.SendWindow != DefaultSendWindow || d.MaxMemory != DefaultMaxMemory || d.DefaultStrategy != StrategyRLNC {
		t.Fatalf("defaults not applied: %+v", d)
	}
	if d.CreditPercent != DefaultCreditPercent || d.PushPercent != DefaultCreditPercent {
		t.Fatalf("credit defaults: %d, %d", d.CreditPercent, d.PushPercent)
	}
	if p := (Config{UplinkWindow: 1}).withDefaults(); p.CreditPercent != DefaultPacedCreditPercent || p.PushPercent != DefaultPacedCreditPercent {
		t.Fatalf("paced credit defaults: %d, %d", p.CreditPercent, p.PushPercent)
	}
	if d := (Config{Strategies: []Strategy{RS{}}}).withDefaults(); d.DefaultStrategy != StrategyRS {
		t.Fatalf("default strategy without rlnc: %v", d.DefaultStrategy)
	}
}

// TestTracerEvents checks that a Tracer sees the life of a message, and that a
// nil Tracer is fine (every other test runs without one).
func TestTracerEvents(t *testing.T) {
	tr := &countTracer{}
	n := newTestNet(t, netConfig{nodes: 4, degree: 2, seed: 3, cfg: func(int) Config { return Config{Tracer: tr} }})
	id := n.publish(0, 20_000, PublishOptions{Strategy: StrategyRLNC})
	n.run(2*time.Second, nil)
	if tr.useful == 0 || tr.sent[FrameHeader] == 0 || tr.sent[FrameChunk] == 0 || tr.sent[FrameDone] == 0 {
		t.Fatalf("tracer saw %+v", tr)
	}
	for _, nd := range n.nodes[1:] {
		if _, ok := nd.delivered[id]; !ok {
			t.Fatalf("node %d did not deliver", nd.idx)
		}
	}
}

func TestPublishErrors(t *testing.T) {
	e, _ := New(Config{})
	if err := e.Publish(epoch, MessageID{1}, []byte("x"), PublishOptions{}); !errors.Is(err, ErrNoSigner) {
		t.Fatalf("no signer: %v", err)
	}
	e, _ = New(Config{Signer: NewEd25519Signer(make([]byte, 32)), MaxMessageSize: 100, MaxMemory: 1 << 20})
	if err := e.Publish(epoch, MessageID{1}, make([]byte, 101), PublishOptions{}); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("too large: %v", err)
	}
	if err := e.Publish(epoch, MessageID{1}, []byte("x"), PublishOptions{Strategy: 99}); !errors.Is(err, ErrUnknownStrategy) {
		t.Fatalf("unknown strategy: %v", err)
	}
	if err := e.Publish(epoch, MessageID{1}, []byte("x"), PublishOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := e.Publish(epoch, MessageID{1}, []byte("x"), PublishOptions{}); !errors.Is(err, ErrDuplicate) {
		t.Fatalf("duplicate: %v", err)
	}
	if err := e.Publish(epoch, MessageID{2}, nil, PublishOptions{Strategy: StrategyRS}); err != nil {
		t.Fatalf("empty message: %v", err)
	}
	e2, _ := New(Config{Signer: NewEd25519Signer(make([]byte, 32)), StrategyFor: func(topic []byte) StrategyID {
		if string(topic) == "blobs" {
			return StrategyRS
		}
		return 0
	}})
	_ = e2.AddPeer(1)
	_ = e2.Publish(epoch, MessageID{3}, []byte("blob"), PublishOptions{Topic: []byte("blobs")})
	_ = e2.Publish(epoch, MessageID{4}, []byte("block"), PublishOptions{Topic: []byte("blocks")})
	if got := []StrategyID{e2.sess[MessageID{3}].hdr.Strategy, e2.sess[MessageID{4}].hdr.Strategy}; got[0] != StrategyRS || got[1] != StrategyRLNC {
		t.Fatalf("strategies by topic: %v", got)
	}
	if err := e.AddPeer(0); err == nil {
		t.Fatal("peer 0 accepted")
	}
	if err := e.Step(epoch, 5, []byte{1}); !errors.Is(err, ErrUnknownPeer) {
		t.Fatalf("unknown peer: %v", err)
	}
}

func TestTombstonesBounded(t *testing.T) {
	e, _ := New(Config{Signer: NewEd25519Signer(make([]byte, 32)), MaxTombstones: 10, TombstoneLifetime: time.Second})
	now := epoch
	for i := 0; i < 100; i++ {
		now = now.Add(100 * time.Millisecond)
		if err := e.Publish(now, MessageID{byte(i), 1}, []byte("x"), PublishOptions{}); err != nil {
			t.Fatal(err)
		}
		e.Tick(now.Add(e.cfg.SessionLifetime)) // closes it: a tombstone
		now = now.Add(e.cfg.SessionLifetime)
		if len(e.tombs) > 10 || len(e.tombQ)-e.tombH > 10 || len(e.tombQ) > 200 {
			t.Fatalf("tombstones: map %d, queue %d (head %d)", len(e.tombs), len(e.tombQ), e.tombH)
		}
	}
	if err := e.Publish(now, MessageID{99, 1}, []byte("x"), PublishOptions{}); !errors.Is(err, ErrDuplicate) && err != nil {
		t.Fatal(err)
	}
}

func TestBan(t *testing.T) {
	e, _ := New(Config{BanDuration: time.Minute})
	_ = e.AddPeer(1)
	e.Tick(epoch)
	_ = e.Step(epoch, 1, []byte{1, 2}) // malformed: 50
	_ = e.Step(epoch, 1, []byte{1, 2}) // 100: disconnect
	rd := e.Ready()
	if len(rd.Penalties) != 2 || !rd.Penalties[1].Disconnect {
		t.Fatalf("penalties %+v", rd.Penalties)
	}
	e.Advance()
	if err := e.AddPeer(1); !errors.Is(err, ErrBanned) {
		t.Fatalf("re-add: %v", err)
	}
	e.Tick(epoch.Add(2 * time.Minute))
	if err := e.AddPeer(1); err != nil {
		t.Fatalf("after the ban: %v", err)
	}
}

func TestCounters(t *testing.T) {
	n := newTestNet(t, netConfig{nodes: 10, degree: 3, seed: 9})
	n.publish(0, 50_000, PublishOptions{Strategy: StrategyRS})
	n.run(2*time.Second, nil)
	var c Counters
	for _, nd := range n.nodes {
		x := nd.e.Counters()
		c.FramesIn += x.FramesIn
		c.FramesOut += x.FramesOut
		c.ChunksUseful += x.ChunksUseful
		c.Delivered += x.Delivered
	}
	if c.Delivered != 9 || c.ChunksUseful == 0 || c.FramesIn == 0 || c.FramesIn > c.FramesOut {
		t.Fatalf("counters %+v", c)
	}
}

func TestPenalizeByHost(t *testing.T) {
	e, err := New(Config{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	if err := e.AddPeer(3); err != nil {
		t.Fatal(err)
	}
	if err := e.Penalize(3, 0, nil); err == nil {
		t.Fatal("zero points accepted")
	}
	if err := e.Penalize(9, 10, nil); !errors.Is(err, ErrUnknownPeer) {
		t.Fatalf("unknown peer: %v", err)
	}
	bad := errors.New("block signature invalid")
	if err := e.Penalize(3, 40, bad); err != nil {
		t.Fatal(err)
	}
	rd := e.Ready()
	if len(rd.Penalties) != 1 || rd.Penalties[0].Total != 40 || rd.Penalties[0].Disconnect || !errors.Is(rd.Penalties[0].Err, bad) {
		t.Fatalf("penalties %+v", rd.Penalties)
	}
	e.Advance()
	if err := e.Penalize(3, DefaultDisconnectScore, bad); err != nil {
		t.Fatal(err)
	}
	rd = e.Ready()
	if len(rd.Penalties) != 1 || !rd.Penalties[0].Disconnect {
		t.Fatalf("penalties %+v", rd.Penalties)
	}
	e.Advance()
	if err := e.AddPeer(3); !errors.Is(err, ErrBanned) {
		t.Fatalf("re-add after disconnect: %v", err)
	}
}
