package core

import (
	"fmt"
	"runtime"
	"testing"
	"time"
)

// nullStrategy does no codec work: it measures the Engine alone. Its sessions
// never complete; every chunk is useful; every peer may always get one more.
type nullStrategy struct{}

func (nullStrategy) ID() StrategyID { return 200 }
func (nullStrategy) Publish(env *Env, h *Header, payload []byte, sh Shape) (Session, error) {
	h.ChunkSize, h.Chunks, h.GenSize, h.Auth = 64, 0xFFFF, 0xFFFF, nil
	return &nullSession{}, nil
}
func (nullStrategy) Open(env *Env, h *Header) (Session, error) { return &nullSession{}, nil }

type nullSession struct{ rank int }

func (s *nullSession) Reserve() int64 { return 1 }
func (s *nullSession) AddLink()       {}
func (s *nullSession) Chunk(int, []byte) (bool, error) {
	s.rank++
	return true, nil
}
func (s *nullSession) Have(int, []byte) error { return nil }
func (s *nullSession) PeerDone(int)           {}
func (s *nullSession) Emit(slot int, dst []byte) ([]byte, bool) {
	return append(dst, nullBody[:]...), true
}
func (s *nullSession) EmitSize() int                             { return len(nullBody) }
func (s *nullSession) AppendHave(_ int, _ bool, d []byte) []byte { return d }
func (s *nullSession) HaveDue(int) bool                          { return false }
func (s *nullSession) Progress() (int, int)                      { return 0, 1 << 30 }
func (s *nullSession) Complete() bool                            { return false }
func (s *nullSession) Message() []byte                           { return nil }
func (s *nullSession) Release()                                  {}

var nullBody [64]byte

// benchRelay sets up a relay with peers 1..peers that holds an open session of
// strategy sid, and returns it with chunk frames of that session from peer 1.
func benchRelay(b testing.TB, sid StrategyID, peers, size int) (*Engine, [][]byte) {
	strats := append(allStrategies(b), nullStrategy{})
	seed := make([]byte, 32)
	pub, err := New(Config{Seed: 1, Signer: NewEd25519Signer(seed), Strategies: strats, MaxChunkSize: 8 << 10})
	if err != nil {
		b.Fatal(err)
	}
	relay, err := New(Config{Seed: 2, Strategies: strats, RedundantAllowance: 1 << 30, MaxChunkSize: 8 << 10})
	if err != nil {
		b.Fatal(err)
	}
	_ = pub.AddPeer(1)
	for p := 1; p <= peers; p++ {
		_ = relay.AddPeer(PeerID(p))
	}
	var id MessageID
	id[0] = byte(sid)
	msg := make([]byte, size)
	for i := range msg {
		msg[i] = byte(i)
	}
	if err := pub.Publish(epoch, id, msg, PublishOptions{Strategy: sid}); err != nil {
		b.Fatal(err)
	}
	var frames [][]byte
	for len(frames) < 4096 {
		rd := pub.Ready()
		if len(rd.Frames) == 0 {
			break
		}
		for _, f := range rd.Frames {
			frames = append(frames, append([]byte(nil), f.Frame...))
		}
		n := len(rd.Frames)
		pub.Advance()
		pub.Sent(1, n)
		if sid != 200 && len(frames) > 1 {
			break
		}
	}
	if err := relay.Step(epoch, 1, frames[0]); err != nil { // the header
		b.Fatal(err)
	}
	drain(relay)
	return relay, frames[1:]
}

// drain plays a host that sends every frame at once: Advance, then Sent. It
// returns the number of frames sent.
func drain(e *Engine) int {
	rd := e.Ready()
	var to [64]PeerID
	n := 0
	for _, f := range rd.Frames {
		if n < len(to) {
			to[n] = f.To
			n++
		}
	}
	e.Advance()
	for _, p := range to[:n] {
		e.Sent(p, 1)
	}
	return len(rd.Frames)
}

// BenchmarkEngineChunk measures the Engine's own work per chunk handled: parse,
// session and link lookup, bookkeeping, and the forwarding decision and framing of
// the chunks it sends on (to 8 peers' open windows), with a strategy that does no
// codec work. Target: <= 2 µs and 0 allocs per chunk.
func BenchmarkEngineChunk(b *testing.B) {
	for _, peers := range []int{8, 32} {
		b.Run(fmt.Sprintf("strategy=null/peers=%d", peers), func(b *testing.B) {
			relay, frames := benchRelay(b, 200, peers, 1)
			chunk := frames[0]
			now := epoch
			b.ReportAllocs()
			b.ResetTimer()
			sent := 0
			for i := 0; i < b.N; i++ {
				if err := relay.Step(now, 1, chunk); err != nil {
					b.Fatal(err)
				}
				sent += drain(relay)
			}
			// A chunk handled is one received or one sent.
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N+sent), "ns/chunk")
		})
	}
}

// BenchmarkEngineChunkCodec is the same with a real strategy, codec included: a
// relay receiving a 64 KiB message in 8 KiB chunks, per chunk.
func BenchmarkEngineChunkCodec(b *testing.B) {
	for _, sid := range []StrategyID{StrategyRS, StrategyRLNC, StrategyRLNCVerified} {
		b.Run("strategy="+sid.String()+"/size=64KiB/chunk=8KiB", func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(8 << 10)
			var relay *Engine
			var frames [][]byte
			j := 0
			for i := 0; i < b.N; i++ {
				if relay == nil || j == len(frames) {
					b.StopTimer()
					relay, frames = benchRelay(b, sid, 8, 64<<10)
					j = 0
					b.StartTimer()
				}
				_ = relay.Step(epoch.Add(time.Duration(i)), 1, frames[j])
				j++
				drain(relay)
			}
		})
	}
}

// BenchmarkEngineFootprint reports the heap an idle Engine with 8 peers takes, and
// what one open rlnc session of a 1 MiB message adds on a relay before any chunk
// arrives (what a 10,000-node simulator pays per node), with Config.FrameAlloc
// set as a simulator does (no per-engine frame arena).
func BenchmarkEngineFootprint(b *testing.B) {
	const count = 1000
	var ms0, ms1, ms2 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms0)
	engines := make([]*Engine, count)
	for i := range engines {
		e, err := New(Config{Seed: uint64(i), FrameAlloc: func(n int) []byte { return make([]byte, 0, n) },
			FrameFree: func([]byte) {}})
		if err != nil {
			b.Fatal(err)
		}
		for p := 1; p <= 8; p++ {
			_ = e.AddPeer(PeerID(p))
		}
		engines[i] = e
	}
	runtime.GC()
	runtime.ReadMemStats(&ms1)
	seed := make([]byte, 32)
	pub, _ := New(Config{Signer: NewEd25519Signer(seed)})
	_ = pub.AddPeer(1)
	_ = pub.Publish(epoch, MessageID{1}, make([]byte, 1<<20), PublishOptions{Strategy: StrategyRLNC})
	hdr := append([]byte(nil), pub.Ready().Frames[0].Frame...)
	for _, e := range engines {
		if err := e.Step(epoch, 1, hdr); err != nil {
			b.Fatal(err)
		}
		e.Advance()
	}
	runtime.GC()
	runtime.ReadMemStats(&ms2)
	b.ReportMetric(float64(ms1.HeapAlloc-ms0.HeapAlloc)/count, "B/engine")
	b.ReportMetric(float64(ms2.HeapAlloc-ms1.HeapAlloc)/count, "B/session")
	runtime.KeepAlive(engines)
	for i := 0; i < b.N; i++ {
	}
}
