package verified

import (
	"bytes"
	"crypto/ed25519"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"sync"
	"testing"
)

var (
	testGensOnce sync.Once
	testGens     *Generators
)

// gens returns generators shared by the tests (built once: 512 scalars, 15.5 KiB chunks).
func gens(t testing.TB) *Generators {
	t.Helper()
	testGensOnce.Do(func() {
		g, err := NewGenerators(512)
		if err != nil {
			panic(err)
		}
		testGens = g
	})
	return testGens
}

func testKey(seed byte) ed25519.PrivateKey {
	var s [32]byte
	s[0] = seed
	return ed25519.NewKeyFromSeed(s[:])
}

func testSigner() Ed25519Signer { return Ed25519Signer{Key: testKey(1)} }

func testVerifier() Ed25519Verifier {
	return Ed25519Verifier{Keys: []ed25519.PublicKey{testKey(1).Public().(ed25519.PublicKey)}}
}

func randMsg(r *rand.Rand, n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

// publish commits msg in n chunks and returns the encoder and the parsed header
// as a receiver sees it.
func publish(t testing.TB, msg []byte, n int, opts ...Option) (*Encoder, *Header) {
	t.Helper()
	enc, err := NewEncoder(gens(t), n, opts...)
	if err != nil {
		t.Fatal(err)
	}
	h, err := enc.Commit(msg, Session{MessageID: [32]byte{7}, Epoch: 10, Context: []byte("test")}, testSigner())
	if err != nil {
		t.Fatal(err)
	}
	ph, err := ParseHeader(h.Bytes(), testVerifier(), WithContext([]byte("test")))
	if err != nil {
		t.Fatal(err)
	}
	if ph.SessionID() != h.SessionID() {
		t.Fatal("session id differs after parsing")
	}
	return enc, ph
}

func TestRoundTripSizes(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 1))
	for _, size := range []int{0, 1, 30, 31, 32, 61, 62, 63, 100, 1000, 4097} {
		for _, n := range []int{1, 3, 8} {
			msg := randMsg(r, size)
			enc, h := publish(t, msg, n)
			dec, err := NewDecoder(gens(t), h, WithRand(NewSeededReader(1)))
			if err != nil {
				t.Fatal(err)
			}
			var p Packet
			seed := uint32(0)
			for !dec.Done() {
				if err := enc.Seeded(seed, &p); err != nil {
					t.Fatal(err)
				}
				seed++
				if _, err := dec.Add(&p); err != nil {
					t.Fatalf("size %d n %d: %v", size, n, err)
				}
			}
			got, err := dec.Decode()
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, msg) {
				t.Fatalf("size %d n %d: decoded message differs", size, n)
			}
		}
	}
}

// A chain publisher → relay → relay → decoder, with systematic, seeded and
// recoded packets, batch and single verification.
func TestRelayChain(t *testing.T) {
	r := rand.New(rand.NewPCG(2, 2))
	msg := randMsg(r, 5000)
	const n = 6
	enc, h := publish(t, msg, n)
	rng := NewSeededReader(3)
	r1, err := NewRecoder(gens(t), h, WithRand(rng))
	if err != nil {
		t.Fatal(err)
	}
	r2, _ := NewRecoder(gens(t), h, WithRand(rng))
	dec, _ := NewDecoder(gens(t), h, WithRand(rng))
	var p Packet
	for i := 0; i < 3; i++ {
		_ = enc.Systematic(i, &p)
		if ok, err := r1.Add(&p); !ok || err != nil {
			t.Fatal(ok, err)
		}
	}
	for s := uint32(0); s < 3; s++ {
		_ = enc.Seeded(s, &p)
		if ok, err := r1.Queue(&p, uint64(s)); !ok || err != nil {
			t.Fatal(ok, err)
		}
	}
	if acc, rej, err := r1.Flush(); acc != 3 || rej != nil || err != nil {
		t.Fatal(acc, rej, err)
	}
	if r1.Rank() != n {
		t.Fatal("rank", r1.Rank())
	}
	// Innovative agrees with Add and changes nothing.
	_ = enc.Systematic(0, &p)
	if ok, err := r2.Innovative(&p); !ok || err != nil {
		t.Fatal("empty relay: systematic packet not innovative", ok, err)
	}
	if ok, err := r1.Innovative(&p); ok || err != nil {
		t.Fatal("full relay: packet innovative", ok, err)
	}
	if r2.Rank() != 0 {
		t.Fatal("Innovative changed the rank")
	}
	// A full relay's extra packets are not innovative.
	_ = enc.Seeded(99, &p)
	if ok, err := r1.Add(&p); ok || err != nil {
		t.Fatal("extra packet", ok, err)
	}
	for r2.Rank() < n {
		if err := r1.Recode(rng, &p); err != nil {
			t.Fatal(err)
		}
		if _, err := r2.Queue(&p, 0); err != nil {
			t.Fatal(err)
		}
		if r2.Pending() == 2 || r2.Rank()+r2.Pending() == n {
			if _, rej, err := r2.Flush(); rej != nil || err != nil {
				t.Fatal(rej, err)
			}
		}
	}
	for !dec.Done() {
		_ = r2.Recode(rng, &p)
		if _, err := dec.Add(&p); err != nil {
			t.Fatal(err)
		}
	}
	got, err := dec.Decode()
	if err != nil || !bytes.Equal(got, msg) {
		t.Fatal("decode", err)
	}
}

var _ io.Reader = NewSeededReader(0)

// The publisher's own header (from Commit) drives a Decoder directly.
func TestPublisherHeaderDecodes(t *testing.T) {
	msg := []byte("the publisher checks its own packets")
	enc, _ := publish(t, msg, 2)
	dec, err := NewDecoder(gens(t), enc.Header())
	if err != nil {
		t.Fatal(err)
	}
	var p Packet
	for i := 0; i < 2; i++ {
		_ = enc.Systematic(i, &p)
		if ok, err := dec.Add(&p); !ok || err != nil {
			t.Fatal(ok, err)
		}
	}
	if got, err := dec.Decode(); err != nil || !bytes.Equal(got, msg) {
		t.Fatal(err)
	}
	if got := len(enc.Header().Bytes()); got != 156+32*2 {
		t.Fatalf("header of %d bytes, want 156+32N", got)
	}
}

func TestHeaderErrors(t *testing.T) {
	msg := []byte("hello header")
	enc, _ := publish(t, msg, 2)
	raw := enc.Header().Bytes()
	if _, err := ParseHeader(raw, testVerifier()); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("wrong context: %v", err)
	}
	other := Ed25519Verifier{Keys: []ed25519.PublicKey{testKey(2).Public().(ed25519.PublicKey)}}
	if _, err := ParseHeader(raw, other, WithContext([]byte("test"))); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("unknown key: %v", err)
	}
	if _, err := ParseHeader(raw, testVerifier(), WithContext([]byte("test")), WithEpochs(11, 20)); !errors.Is(err, ErrReplayedHeader) {
		t.Fatalf("old epoch: %v", err)
	}
	for i := 0; i < len(raw); i++ {
		if _, err := ParseHeader(raw[:i], testVerifier(), WithContext([]byte("test"))); !errors.Is(err, ErrMalformed) {
			t.Fatalf("truncated at %d: %v", i, err)
		}
	}
}

// Every single-byte change of a signed header is rejected with a typed error.
func TestHeaderForgery(t *testing.T) {
	enc, _ := publish(t, []byte("forge me if you can, 40 bytes of message"), 3)
	raw := enc.Header().Bytes()
	sentinels := []error{ErrBadSignature, ErrMalformed, ErrNonCanonical, ErrNotInGroup, ErrTooLarge}
	for i := range raw {
		for _, x := range []byte{1, 0x80, 0xff} {
			b := append([]byte(nil), raw...)
			b[i] ^= x
			_, err := ParseHeader(b, testVerifier(), WithContext([]byte("test")))
			ok := false
			for _, s := range sentinels {
				ok = ok || errors.Is(err, s)
			}
			if !ok {
				t.Fatalf("byte %d ^ %#x: %v", i, x, err)
			}
		}
	}
	// Commitments that are not canonical or not in the group are named as such.
	const commitOff = 56
	cases := []struct {
		enc  string
		want error
	}{
		{"edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f", ErrNonCanonical}, // p
		{"0100000000000000000000000000000000000000000000000000000000000000", ErrNonCanonical}, // negative
		{"0000000000000000000000000000000000000000000000000000000000000080", ErrNonCanonical}, // top bit
		{"26948d35ca62e643e26a83177332e6b6afeb9d08e4268b650f1f5bbd8d81d371", ErrNotInGroup},
		{"4eac077a713c57b4f4397629a4145982c661f48044dd3f96427d40b147d9742f", ErrNotInGroup},
		{"de6a7b00deadc788eb6b6c8d20c0ae96c2f2019078fa604fee5b87d6e989ad7b", ErrNotInGroup},
	}
	for _, c := range cases {
		b := append([]byte(nil), raw...)
		copy(b[commitOff:], mustHex(t, c.enc))
		if _, err := ParseHeader(b, testVerifier(), WithContext([]byte("test"))); !errors.Is(err, c.want) {
			t.Errorf("commitment %s: %v, want %v", c.enc, err, c.want)
		}
	}
	// A valid group element that is not the publisher's commitment: the
	// signature no longer covers it.
	b := append([]byte(nil), raw...)
	var other [32]byte
	g := hashGenerator(3)
	g.encodeRistretto(other[:])
	copy(b[commitOff:], other[:])
	if _, err := ParseHeader(b, testVerifier(), WithContext([]byte("test"))); !errors.Is(err, ErrBadSignature) {
		t.Errorf("swapped commitment: %v", err)
	}
}

func TestPacketBinary(t *testing.T) {
	enc, h := publish(t, []byte("binary form"), 2)
	dec, _ := NewDecoder(gens(t), h)
	var p Packet
	_ = enc.Seeded(5, &p)
	b, err := p.AppendBinary(nil)
	if err != nil {
		t.Fatal(err)
	}
	var q Packet
	if err := q.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	if ok, err := dec.Add(&q); !ok || err != nil {
		t.Fatal(ok, err)
	}
	for i := 0; i < packetFixed; i++ {
		if err := q.UnmarshalBinary(b[:i]); !errors.Is(err, ErrMalformed) {
			t.Fatalf("truncated to %d: %v", i, err)
		}
	}
}

func TestConstructorErrors(t *testing.T) {
	if _, err := NewGenerators(0); !errors.Is(err, ErrInvalidParams) {
		t.Fatal(err)
	}
	if _, err := NewEncoder(gens(t), 0); !errors.Is(err, ErrInvalidParams) {
		t.Fatal(err)
	}
	if _, err := NewEncoder(gens(t), MaxChunks+1); !errors.Is(err, ErrInvalidParams) {
		t.Fatal(err)
	}
	if _, err := NewEncoder(gens(t), 4, WithCoeffBits(12)); !errors.Is(err, ErrInvalidParams) {
		t.Fatal(err)
	}
	if _, err := NewEncoder(gens(t), 4, WithConcurrency(0)); !errors.Is(err, ErrInvalidParams) {
		t.Fatal(err)
	}
	enc, _ := NewEncoder(gens(t), 2)
	var p Packet
	if err := enc.Systematic(0, &p); !errors.Is(err, ErrNoData) {
		t.Fatal(err)
	}
	big := make([]byte, 2*31*gens(t).Len()+1)
	if _, err := enc.Commit(big, Session{}, testSigner()); !errors.Is(err, ErrTooLarge) {
		t.Fatal(err)
	}
	_, h := publish(t, []byte("x"), 2)
	if _, err := NewDecoder(gens(t), h, WithRand(nil)); !errors.Is(err, ErrInvalidParams) {
		t.Fatal(err)
	}
	dec, _ := NewDecoder(gens(t), h)
	if _, err := dec.Decode(); !errors.Is(err, ErrNotDone) {
		t.Fatal(err)
	}
	if err := dec.Recode(nil, &p); !errors.Is(err, ErrNoData) {
		t.Fatal(err)
	}
}

// Generators are shared by decoders on several goroutines (run under -race).
func TestConcurrentSessions(t *testing.T) {
	g := gens(t)
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for w := 0; w < 4; w++ {
		r := rand.New(rand.NewPCG(20, uint64(w)))
		msg := randMsg(r, 1500+w)
		enc, h := publish(t, msg, 3)
		wg.Add(1)
		go func() {
			defer wg.Done()
			dec, err := NewDecoder(g, h, WithRand(NewSeededReader(uint64(w))), WithConcurrency(2))
			if err != nil {
				errs <- err
				return
			}
			var p Packet
			for s := uint32(0); !dec.Done(); s++ {
				if err := enc.Seeded(s, &p); err != nil {
					errs <- err
					return
				}
				if _, err := dec.Add(&p); err != nil {
					errs <- err
					return
				}
			}
			got, err := dec.Decode()
			if err != nil || !bytes.Equal(got, msg) {
				errs <- fmt.Errorf("decode: %w", err)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
}

// Add and Queue interleaved: a packet checked alone while others wait in the
// queue, then the flush; every order decodes.
func TestAddWhileQueued(t *testing.T) {
	r := rand.New(rand.NewPCG(21, 21))
	msg := randMsg(r, 4000)
	const n = 6
	enc, h := publish(t, msg, n)
	rng := NewSeededReader(21)
	relay, _ := NewDecoder(gens(t), h, WithRand(rng))
	var p Packet
	for s := uint32(0); !relay.Done(); s++ {
		_ = enc.Seeded(s, &p)
		_, _ = relay.Add(&p)
	}
	for _, order := range []string{"qqaqfqqaf", "aqqfqaqf", "qqqqqqf", "qqfaqqfaf"} {
		dec, _ := NewDecoder(gens(t), h, WithRand(rng))
		for _, op := range order {
			switch op {
			case 'q':
				_ = relay.Recode(rng, &p)
				if _, err := dec.Queue(&p, 1); err != nil {
					t.Fatal(err)
				}
			case 'a':
				_ = relay.Recode(rng, &p)
				if _, err := dec.Add(&p); err != nil {
					t.Fatal(err)
				}
			case 'f':
				if _, rej, err := dec.Flush(); rej != nil || err != nil {
					t.Fatal(rej, err)
				}
			}
		}
		for !dec.Done() {
			_ = relay.Recode(rng, &p)
			if _, err := dec.Add(&p); err != nil {
				t.Fatal(err)
			}
		}
		if got, err := dec.Decode(); err != nil || !bytes.Equal(got, msg) {
			t.Fatalf("order %s: %v", order, err)
		}
	}
}

// Relays recoding with small coefficients (WithRecodeBits) send compact
// coefficient vectors that grow a little per hop; everything still verifies
// and decodes. The widths per hop are the wire-overhead figures of the docs.
func TestCompactRecodingHops(t *testing.T) {
	for _, shape := range [][2]int{{8, 8}, {8, 16}, {16, 8}, {16, 16}} {
		bits, srcBits := shape[0], shape[1]
		r := rand.New(rand.NewPCG(30, uint64(bits)))
		msg := randMsg(r, 31*16*20)
		const n = 16
		enc, h := publish(t, msg, n, WithCoeffBits(srcBits))
		rng := NewSeededReader(uint64(bits))
		prev, _ := NewDecoder(gens(t), h, WithRand(rng), WithRecodeBits(bits))
		var p Packet
		for s := uint32(0); !prev.Done(); s++ {
			_ = enc.Seeded(s, &p)
			_, _ = prev.Add(&p)
		}
		var widths []int
		for hop := 1; hop <= 6; hop++ {
			next, _ := NewDecoder(gens(t), h, WithRand(rng), WithRecodeBits(bits))
			w := 0
			for !next.Done() {
				if err := prev.Recode(rng, &p); err != nil {
					t.Fatal(err)
				}
				if p.Kind != CoeffCompact || len(p.Coeffs) != n*int(p.Seed) {
					t.Fatalf("hop %d: kind %v, %d coefficient bytes, width %d", hop, p.Kind, len(p.Coeffs), p.Seed)
				}
				w = max(w, int(p.Seed))
				// Through the binary form, as on the wire.
				b, err := p.AppendBinary(nil)
				if err != nil {
					t.Fatal(err)
				}
				var q Packet
				if err := q.UnmarshalBinary(b); err != nil {
					t.Fatal(err)
				}
				if _, err := next.Queue(&q, uint64(hop)); err != nil {
					t.Fatal(err)
				}
				if next.Rank()+next.Pending() == n {
					if _, rej, err := next.Flush(); rej != nil || err != nil {
						t.Fatal(rej, err)
					}
				}
			}
			widths = append(widths, w)
			prev = next
		}
		got, err := prev.Decode()
		if err != nil || !bytes.Equal(got, msg) {
			t.Fatalf("decode after 6 hops: %v", err)
		}
		t.Logf("recode bits %d, N=%d, %d-bit source: widest coefficient per hop (bytes): %v", bits, n, srcBits, widths)
		if widths[0] > 5 {
			t.Fatalf("hop 1 width %d bytes", widths[0])
		}
	}
}

func TestCompactPacketErrors(t *testing.T) {
	const n = 4
	enc, h := publish(t, []byte("compact coefficients, checked like the rest"), n)
	relay, _ := NewDecoder(gens(t), h, WithRecodeBits(8))
	var p Packet
	for s := uint32(0); !relay.Done(); s++ {
		_ = enc.Seeded(s, &p)
		_, _ = relay.Add(&p)
	}
	_ = relay.Recode(NewSeededReader(1), &p)
	w := int(p.Seed)
	cases := []struct {
		name string
		mod  func(q *Packet)
		want error
	}{
		{"width 0", func(q *Packet) { q.Seed = 0 }, ErrMalformed},
		{"width 33", func(q *Packet) { q.Seed = 33 }, ErrMalformed},
		{"truncated", func(q *Packet) { q.Coeffs = q.Coeffs[:len(q.Coeffs)-1] }, ErrMalformed},
		{"wider than sent", func(q *Packet) { q.Seed = uint32(w + 1) }, ErrMalformed},
		{"wrong coefficient", func(q *Packet) { q.Coeffs[0] ^= 1 }, ErrPolluted},
		{"wrong data", func(q *Packet) { q.Payload[5] ^= 1 }, ErrPolluted},
		{"all zero", func(q *Packet) { clear(q.Coeffs) }, ErrBadCoefficients},
		{"non-canonical 32-byte", func(q *Packet) {
			q.Seed = 32
			q.Coeffs = make([]byte, n*32)
			e := ell
			e.putBytes(q.Coeffs)
		}, ErrNonCanonical},
	}
	for _, c := range cases {
		q := clonePacket(&p)
		c.mod(&q)
		dec, _ := NewDecoder(gens(t), h)
		if ok, err := dec.Add(&q); ok || !errors.Is(err, c.want) {
			t.Errorf("%s: %v, %v; want %v", c.name, ok, err, c.want)
		}
	}
	if _, err := NewDecoder(gens(t), h, WithRecodeBits(12)); !errors.Is(err, ErrInvalidParams) {
		t.Fatal(err)
	}
}
