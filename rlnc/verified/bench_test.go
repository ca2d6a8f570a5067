package verified

import (
	"fmt"
	"math/rand/v2"
	"sync"
	"syscall"
	"testing"
	"time"

	"filippo.io/edwards25519"
)

// The benchmark machines are shared: wall-clock ns/op swings with other load, so
// every benchmark also reports the process CPU time per op (getrusage), which is
// what the "ms of CPU per MB" targets mean, and that time per MiB of
// message. For single-goroutine benchmarks CPU time equals the work done.
func cpuNow() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// cpuMeter reports cpu-ms/op and cpu-ms/MiB when stopped; call it right before
// the b.Loop loop and call the result right after.
func cpuMeter(b *testing.B, bytesPerOp int) func() {
	c0 := cpuNow()
	return func() {
		per := float64(cpuNow()-c0) / 1e6 / float64(b.N)
		b.ReportMetric(per, "cpu-ms/op")
		if bytesPerOp > 0 {
			b.ReportMetric(per/(float64(bytesPerOp)/(1<<20)), "cpu-ms/MiB")
		}
	}
}

var benchSizes = []struct {
	name string
	size int
}{{"128KiB", 128 << 10}, {"1MiB", 1 << 20}, {"2MiB", 2 << 20}}

var benchNs = []int{8, 16, 32}

var (
	benchGensOnce sync.Once
	benchGens     *Generators
)

// benchGenerators covers the longest chunk benchmarked (2 MiB in 8 chunks).
func benchGenerators(b *testing.B) *Generators {
	benchGensOnce.Do(func() {
		g, err := NewGenerators(ChunkScalars(2<<20, 8))
		if err != nil {
			panic(err)
		}
		benchGens = g
	})
	return benchGens
}

type benchSession struct {
	enc *Encoder
	h   *Header
	msg []byte
	// recoded packets: what a relay receives from other relays
	pkts []Packet
	// the same from a relay recoding with 8-bit coefficients (CoeffCompact)
	compact []Packet
}

var benchSessions sync.Map

func getSession(b *testing.B, size, n int) *benchSession {
	key := fmt.Sprint(size, "/", n)
	if s, ok := benchSessions.Load(key); ok {
		return s.(*benchSession)
	}
	g := benchGenerators(b)
	r := rand.New(rand.NewPCG(uint64(size), uint64(n)))
	msg := randMsg(r, size)
	enc, err := NewEncoder(g, n)
	if err != nil {
		b.Fatal(err)
	}
	h, err := enc.Commit(msg, Session{MessageID: [32]byte{1}}, testSigner())
	if err != nil {
		b.Fatal(err)
	}
	h, err = ParseHeader(h.Bytes(), testVerifier())
	if err != nil {
		b.Fatal(err)
	}
	// A relay at full rank produces 2N recoded packets.
	relay, _ := NewDecoder(g, h, WithRand(NewSeededReader(1)))
	var p Packet
	for s := uint32(0); !relay.Done(); s++ {
		_ = enc.Seeded(s, &p)
		if _, err := relay.add(&p, false); err != nil {
			b.Fatal(err)
		}
	}
	rng := NewSeededReader(2)
	pkts := make([]Packet, 2*n)
	for i := range pkts {
		if err := relay.Recode(rng, &pkts[i]); err != nil {
			b.Fatal(err)
		}
	}
	small, _ := NewDecoder(g, h, WithRecodeBits(8))
	for s := uint32(0); !small.Done(); s++ {
		_ = enc.Seeded(s, &p)
		if _, err := small.add(&p, false); err != nil {
			b.Fatal(err)
		}
	}
	compact := make([]Packet, 2*n)
	for i := range compact {
		if err := small.Recode(rng, &compact[i]); err != nil {
			b.Fatal(err)
		}
	}
	s := &benchSession{enc: enc, h: h, msg: msg, pkts: pkts, compact: compact}
	benchSessions.Store(key, s)
	return s
}

func forShapes(b *testing.B, f func(b *testing.B, s *benchSession, size, n int)) {
	for _, sz := range benchSizes {
		for _, n := range benchNs {
			b.Run(fmt.Sprintf("size=%s/n=%d", sz.name, n), func(b *testing.B) {
				s := getSession(b, sz.size, n)
				b.ReportAllocs()
				f(b, s, sz.size, n)
			})
		}
	}
}

// BenchmarkCommit: the publisher's commitments (all cores, and one core).
func BenchmarkCommit(b *testing.B) {
	forShapes(b, func(b *testing.B, s *benchSession, size, n int) {
		for _, workers := range []int{0, 1} {
			opts := []Option{}
			name := "cores=all"
			if workers == 1 {
				opts = append(opts, WithConcurrency(1))
				name = "cores=1"
			}
			for _, k := range benchKernels() {
				b.Run(name+"/kernel="+k.name, func(b *testing.B) {
					defer k.use()()
					enc, err := NewEncoder(benchGenerators(b), n, opts...)
					if err != nil {
						b.Fatal(err)
					}
					b.SetBytes(int64(size))
					stop := cpuMeter(b, size)
					for b.Loop() {
						if _, err := enc.Commit(s.msg, Session{}, testSigner()); err != nil {
							b.Fatal(err)
						}
					}
					stop()
				})
			}
		}
	})
}

// BenchmarkVerify: one recoded chunk checked on its own (Decoder.Add); bytes are
// the message bytes the chunk carries (size/N).
func BenchmarkVerify(b *testing.B) {
	forShapes(b, func(b *testing.B, s *benchSession, size, n int) {
		for _, k := range benchKernels() {
			b.Run("kernel="+k.name, func(b *testing.B) {
				defer k.use()()
				dec, _ := NewDecoder(benchGenerators(b), s.h)
				b.SetBytes(int64(size / n))
				i := 0
				stop := cpuMeter(b, size/n)
				for b.Loop() {
					if i%n == 0 {
						_ = dec.Reset(s.h)
					}
					if ok, err := dec.Add(&s.pkts[i%n]); !ok || err != nil {
						b.Fatal(ok, err)
					}
					i++
				}
				stop()
			})
		}
	})
}

// BenchmarkVerifyBaseline: the prototypes' way — per chunk, a plain
// VarTimeMultiScalarMult (Straus) over the L generators and one over the N
// commitments.
func BenchmarkVerifyBaseline(b *testing.B) {
	forShapes(b, func(b *testing.B, s *benchSession, size, n int) {
		l := s.h.ChunkScalars()
		gensE := baselineGenerators(l)
		b.SetBytes(int64(size / n))
		i := 0
		stop := cpuMeter(b, size/n)
		for b.Loop() {
			if !verifyBaseline(gensE, s.h, &s.pkts[i%n]) {
				b.Fatal("baseline rejected a good packet")
			}
			i++
		}
		stop()
	})
}

var baseGens struct {
	sync.Mutex
	pts []*edwards25519.Point
}

func baselineGenerators(l int) []*edwards25519.Point {
	baseGens.Lock()
	defer baseGens.Unlock()
	for len(baseGens.pts) < l {
		p := hashGenerator(len(baseGens.pts))
		baseGens.pts = append(baseGens.pts, p.toEdwards())
	}
	return baseGens.pts[:l]
}

// verifyBaseline checks one explicit packet with edwards25519's Straus MSM,
// decoding scalars through edwards25519.Scalar as a straightforward
// implementation does.
func verifyBaseline(gensE []*edwards25519.Point, h *Header, p *Packet) bool {
	l := len(gensE)
	ys := make([]*edwards25519.Scalar, l)
	for k := range ys {
		y, err := edwards25519.NewScalar().SetCanonicalBytes(p.Payload[k*32 : (k+1)*32])
		if err != nil {
			return false
		}
		ys[k] = y
	}
	cs := make([]*edwards25519.Scalar, h.Chunks)
	for i := range cs {
		c, err := edwards25519.NewScalar().SetCanonicalBytes(p.Coeffs[i*32 : (i+1)*32])
		if err != nil {
			return false
		}
		cs[i] = c
	}
	lhs := new(edwards25519.Point).VarTimeMultiScalarMult(ys, gensE)
	rhs := new(edwards25519.Point).VarTimeMultiScalarMult(cs, h.comm)
	var a, c point
	a.fromEdwards(lhs)
	c.fromEdwards(rhs)
	return a.equal(&c)
}

// BenchmarkVerifyBatch: Queue then Flush of a batch of recoded chunks; bytes are
// the message bytes the batch carries.
func BenchmarkVerifyBatch(b *testing.B) {
	forShapes(b, func(b *testing.B, s *benchSession, size, n int) {
		for _, batch := range batchSizes(n) {
			b.Run(fmt.Sprintf("batch=%d", batch), func(b *testing.B) {
				dec, _ := NewDecoder(benchGenerators(b), s.h, WithRand(NewSeededReader(5)))
				b.SetBytes(int64(batch * size / n))
				stop := cpuMeter(b, batch*size/n)
				for b.Loop() {
					_ = dec.Reset(s.h)
					for j := 0; j < batch; j++ {
						if ok, err := dec.Queue(&s.pkts[j], 0); !ok || err != nil {
							b.Fatal(ok, err)
						}
					}
					if acc, rej, err := dec.Flush(); acc != batch || rej != nil || err != nil {
						b.Fatal(acc, rej, err)
					}
				}
				stop()
			})
		}
	})
}

func batchSizes(n int) []int {
	out := []int{1, 2, 4, 8}
	if n >= 16 {
		out = append(out, 16)
	}
	if n >= 32 {
		out = append(out, 32)
	}
	return out
}

// BenchmarkDecodeVerified: the decoding work for N verified recoded chunks
// (coefficient elimination, payload copies, N²·L multiply-adds); verification is
// measured by the benchmarks above.
//
// kernel=go is the pure-Go multiply-accumulate (the only path before the IFMA
// kernel, and the path on CPUs without it); kernel=ifma, where the CPU has
// AVX-512 IFMA, is what Decode runs there.
func BenchmarkDecodeVerified(b *testing.B) {
	forShapes(b, func(b *testing.B, s *benchSession, size, n int) {
		for _, k := range benchKernels() {
			b.Run("kernel="+k.name, func(b *testing.B) {
				defer k.use()()
				dec, _ := NewDecoder(benchGenerators(b), s.h)
				b.SetBytes(int64(size))
				stop := cpuMeter(b, size)
				for b.Loop() {
					_ = dec.Reset(s.h)
					for j := 0; !dec.Done(); j++ {
						if _, err := dec.add(&s.pkts[j], false); err != nil {
							b.Fatal(err)
						}
					}
					if _, err := dec.Decode(); err != nil {
						b.Fatal(err)
					}
				}
				stop()
			})
		}
	})
}

type benchKernel struct {
	name string
	use  func() (restore func())
}

// benchKernels lists the vector paths to compare: the pure-Go one always, the
// IFMA kernel when the CPU has it.
func benchKernels() []benchKernel {
	saved := kernels
	out := []benchKernel{{"go", func() func() {
		kernels.ifma, kernels.msm = false, false
		// Build the pure-Go tables now rather than in a timed loop.
		for _, g := range []*Generators{benchGens, testGens} {
			if g != nil {
				g.wide.niels()
				g.narrow.niels()
			}
		}
		return func() { kernels = saved }
	}}}
	if saved.ifma || saved.msm {
		out = append(out, benchKernel{"ifma", func() func() {
			kernels = saved
			return func() { kernels = saved }
		}})
	}
	return out
}

// BenchmarkReceive: all the verification an honest node does to receive (and so
// be able to forward) one message: parse and check the signed header, then
// verify N recoded chunks under a flush policy — "first+B" checks the first
// chunk alone (so the relay can forward at once) and the rest in batches of B;
// "all" checks all N chunks in one batch. Bytes are the message's.
func BenchmarkReceive(b *testing.B) {
	forShapes(b, func(b *testing.B, s *benchSession, size, n int) {
		// first+1 is per-chunk checking; first+(N-1) checks the first chunk alone
		// and everything else in one batch; "all" is a single batch.
		policies := []int{1, 4}
		for _, p := range []int{n / 2, n - 1} {
			if p > policies[len(policies)-1] {
				policies = append(policies, p)
			}
		}
		for _, batch := range append(policies, 0) {
			name := fmt.Sprintf("policy=first+%d", batch)
			if batch == 0 {
				name = "policy=all"
			}
			for _, k := range benchKernels() {
				b.Run(name+"/kernel="+k.name, func(b *testing.B) {
					defer k.use()()
					raw := s.h.Bytes()
					g := benchGenerators(b)
					dec, _ := NewDecoder(g, s.h, WithRand(NewSeededReader(5)))
					b.SetBytes(int64(size))
					stop := cpuMeter(b, size)
					for b.Loop() {
						h, err := ParseHeader(raw, testVerifier())
						if err != nil {
							b.Fatal(err)
						}
						_ = dec.Reset(h)
						j := 0
						if batch > 0 {
							if ok, err := dec.Add(&s.pkts[0]); !ok || err != nil {
								b.Fatal(ok, err)
							}
							j = 1
						}
						for ; j < n; j++ {
							if ok, err := dec.Queue(&s.pkts[j], 0); !ok || err != nil {
								b.Fatal(ok, err)
							}
							if dec.Pending() == batch || j == n-1 {
								if _, rej, err := dec.Flush(); rej != nil || err != nil {
									b.Fatal(rej, err)
								}
							}
						}
						if !dec.Done() {
							b.Fatal("not done")
						}
					}
					stop()
				})
			}
		}
	})
}

// BenchmarkVerifyLatency: one chunk checked alone with the check split over
// two goroutines (WithConcurrency(2)) — the per-hop delay of the first chunk
// when the host lends a second core.
func BenchmarkVerifyLatency(b *testing.B) {
	forShapes(b, func(b *testing.B, s *benchSession, size, n int) {
		dec, _ := NewDecoder(benchGenerators(b), s.h, WithConcurrency(2))
		b.SetBytes(int64(size / n))
		i := 0
		stop := cpuMeter(b, size/n)
		for b.Loop() {
			if i%n == 0 {
				_ = dec.Reset(s.h)
			}
			if ok, err := dec.Add(&s.pkts[i%n]); !ok || err != nil {
				b.Fatal(ok, err)
			}
			i++
		}
		stop()
	})
}

// BenchmarkReceiveCompact: BenchmarkReceive's first+(N-1) policy over chunks
// recoded with 8-bit mixing (CoeffCompact), the recommended relay setting.
func BenchmarkReceiveCompact(b *testing.B) {
	forShapes(b, func(b *testing.B, s *benchSession, size, n int) {
		raw := s.h.Bytes()
		dec, _ := NewDecoder(benchGenerators(b), s.h, WithRand(NewSeededReader(5)))
		b.SetBytes(int64(size))
		stop := cpuMeter(b, size)
		for b.Loop() {
			h, err := ParseHeader(raw, testVerifier())
			if err != nil {
				b.Fatal(err)
			}
			_ = dec.Reset(h)
			for j := 0; !dec.Done(); j++ {
				if j == len(s.compact) {
					b.Fatal("compact packets ran out")
				}
				var err error
				if j == 0 {
					_, err = dec.Add(&s.compact[j])
				} else {
					_, err = dec.Queue(&s.compact[j], 0)
				}
				if err != nil {
					b.Fatal(err)
				}
				if dec.Rank()+dec.Pending() == n && dec.Pending() > 0 {
					if _, rej, err := dec.Flush(); rej != nil || err != nil {
						b.Fatal(rej, err)
					}
				}
			}
		}
		stop()
	})
}

// BenchmarkFlushPolluted: a batch of B = N queued chunks of which `bad` are
// polluted — the price a polluting peer imposes (bisection), against the clean
// batch of BenchmarkVerifyBatch.
func BenchmarkFlushPolluted(b *testing.B) {
	forShapes(b, func(b *testing.B, s *benchSession, size, n int) {
		for _, bad := range []int{1, 2} {
			b.Run(fmt.Sprintf("bad=%d", bad), func(b *testing.B) {
				pkts := make([]Packet, n)
				for j := range pkts {
					pkts[j] = clonePacket(&s.pkts[j])
				}
				for j := 0; j < bad; j++ {
					pkts[(j*n)/bad+n/(2*bad)].Payload[0] ^= 1
				}
				dec, _ := NewDecoder(benchGenerators(b), s.h, WithRand(NewSeededReader(5)))
				b.SetBytes(int64(size))
				stop := cpuMeter(b, size)
				for b.Loop() {
					_ = dec.Reset(s.h)
					for j := range pkts {
						if _, err := dec.Queue(&pkts[j], uint64(j)); err != nil {
							b.Fatal(err)
						}
					}
					if acc, rej, err := dec.Flush(); acc != n-bad || len(rej) != bad || err != nil {
						b.Fatal(acc, rej, err)
					}
				}
				stop()
			})
		}
	})
}
