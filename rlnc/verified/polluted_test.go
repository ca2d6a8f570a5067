package verified

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"testing"
)

// pollution is one way to spoil a packet, and the sentinel the Decoder must
// answer with.
type pollution struct {
	name string
	want error
	// apply spoils p (a copy the test owns); r draws positions and values.
	apply func(r *rand.Rand, p *Packet, other *Packet)
}

func flipScalar(r *rand.Rand, b []byte) {
	// Change one scalar to another canonical scalar.
	k := r.IntN(len(b) / 32)
	b[k*32+r.IntN(31)] ^= byte(1 + r.IntN(255))
}

var pollutions = []pollution{
	{"wrong data", ErrPolluted, func(r *rand.Rand, p, _ *Packet) { flipScalar(r, p.Payload) }},
	{"wrong coefficient", ErrPolluted, func(r *rand.Rand, p, _ *Packet) {
		if p.Kind == CoeffExplicit {
			flipScalar(r, p.Coeffs)
			return
		}
		// A seeded or systematic packet claims other coefficients.
		if p.Kind == CoeffSystematic {
			p.Seed = (p.Seed + 1 + uint32(r.IntN(3))) % 4
			return
		}
		p.Seed ^= 1 << r.IntN(32)
	}},
	{"swapped payload scalars", ErrPolluted, func(r *rand.Rand, p, _ *Packet) {
		n := len(p.Payload) / 32
		i, j := r.IntN(n), r.IntN(n)
		if p.Payload[i*32] == p.Payload[j*32] {
			p.Payload[i*32]++
		}
		for k := 0; k < 32; k++ {
			p.Payload[i*32+k], p.Payload[j*32+k] = p.Payload[j*32+k], p.Payload[i*32+k]
		}
	}},
	{"another session's packet", ErrWrongSession, func(_ *rand.Rand, p, o *Packet) { *p = *o }},
	{"another session's packet under our tag", ErrPolluted, func(_ *rand.Rand, p, o *Packet) {
		tag := p.Session
		*p = *o
		p.Session = tag
	}},
	{"another session's coefficients", ErrPolluted, func(_ *rand.Rand, p, o *Packet) {
		if p.Kind == CoeffSystematic && o.Seed == p.Seed {
			o.Seed = (o.Seed + 1) % 4 // same claim as ours: not another session's
		}
		p.Kind, p.Seed, p.Coeffs = o.Kind, o.Seed, o.Coeffs
	}},
	{"truncated payload", ErrMalformed, func(r *rand.Rand, p, _ *Packet) { p.Payload = p.Payload[:len(p.Payload)-1-r.IntN(40)] }},
	{"payload one scalar short", ErrMalformed, func(_ *rand.Rand, p, _ *Packet) { p.Payload = p.Payload[:len(p.Payload)-32] }},
	{"payload too long", ErrMalformed, func(_ *rand.Rand, p, _ *Packet) { p.Payload = append(p.Payload, make([]byte, 32)...) }},
	{"truncated coefficients", ErrMalformed, func(r *rand.Rand, p, _ *Packet) {
		if p.Kind != CoeffExplicit {
			p.Coeffs = make([]byte, 1+r.IntN(40)) // coefficients on a seeded/systematic packet
			return
		}
		p.Coeffs = p.Coeffs[:len(p.Coeffs)-1-r.IntN(31)]
	}},
	{"non-canonical payload scalar", ErrNonCanonical, func(r *rand.Rand, p, _ *Packet) {
		k := r.IntN(len(p.Payload) / 32)
		var s sc
		s.setCanonical(p.Payload[k*32 : k*32+32])
		// s + ℓ when it fits in 256 bits, else all ones.
		var c uint64
		var t sc
		t[0], c = addc(s[0], ell[0], 0)
		t[1], c = addc(s[1], ell[1], c)
		t[2], c = addc(s[2], ell[2], c)
		t[3], c = addc(s[3], ell[3], c)
		if c != 0 {
			t = sc{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}
		}
		t.putBytes(p.Payload[k*32:])
	}},
	{"non-canonical coefficient", ErrNonCanonical, func(r *rand.Rand, p, _ *Packet) {
		if p.Kind != CoeffExplicit {
			p.Kind = CoeffExplicit
			p.Coeffs = make([]byte, 4*32) // N=4 in these tests
		}
		k := r.IntN(len(p.Coeffs) / 32)
		e := ell
		e[0] += uint64(r.IntN(5))
		e.putBytes(p.Coeffs[k*32:])
	}},
	{"all-zero coefficients", ErrBadCoefficients, func(_ *rand.Rand, p, _ *Packet) {
		p.Kind = CoeffExplicit
		p.Coeffs = make([]byte, 4*32)
	}},
	{"systematic index out of range", ErrBadCoefficients, func(r *rand.Rand, p, _ *Packet) {
		p.Kind, p.Coeffs, p.Seed = CoeffSystematic, nil, uint32(4+r.IntN(1000))
	}},
	{"unknown coefficient kind", ErrMalformed, func(r *rand.Rand, p, _ *Packet) { p.Kind = CoeffKind(3 + r.IntN(250)) }},
}

func addc(a, b, c uint64) (uint64, uint64) {
	s := a + b + c
	carry := uint64(0)
	if s < a || (s == a && (b|c) != 0) {
		carry = 1
	}
	return s, carry
}

func clonePacket(p *Packet) Packet {
	q := *p
	q.Coeffs = append([]byte(nil), p.Coeffs...)
	q.Payload = append([]byte(nil), p.Payload...)
	return q
}

// TestPollutedChunks: every kind of polluted chunk, from every kind of sender
// (publisher systematic, publisher seeded, relay recoded), is rejected with its
// sentinel by Add and by Queue/Flush, and changes nothing.
func TestPollutedChunks(t *testing.T) {
	const n = 4
	r := rand.New(rand.NewPCG(10, 10))
	msg := randMsg(r, 3000)
	enc, h := publish(t, msg, n)
	encB, hB := publish(t, randMsg(r, 3000), n)
	_ = hB
	relay, _ := NewDecoder(gens(t), h, WithRand(NewSeededReader(1)))
	var p Packet
	for s := uint32(0); !relay.Done(); s++ {
		_ = enc.Seeded(s, &p)
		_, _ = relay.Add(&p)
	}
	relayB, _ := NewDecoder(gens(t), hB)
	for s := uint32(0); !relayB.Done(); s++ {
		_ = encB.Seeded(s, &p)
		_, _ = relayB.Add(&p)
	}
	rng := NewSeededReader(2)
	makePacket := func(kind int, src *Encoder, rel *Decoder) Packet {
		var q Packet
		switch kind {
		case 0:
			_ = src.Systematic(r.IntN(n), &q)
		case 1:
			_ = src.Seeded(r.Uint32(), &q)
		default:
			_ = rel.Recode(rng, &q)
		}
		return q
	}
	for _, pol := range pollutions {
		t.Run(pol.name, func(t *testing.T) {
			for trial := 0; trial < 12; trial++ {
				kind := trial % 3
				good := makePacket(kind, enc, relay)
				other := makePacket(kind, encB, relayB)
				bad := clonePacket(&good)
				pol.apply(r, &bad, &other)
				dec, _ := NewDecoder(gens(t), h, WithRand(NewSeededReader(uint64(trial))))
				// Hold one good packet first so the rank must stay at 1.
				first := makePacket(2, enc, relay)
				if ok, err := dec.Add(&first); !ok || err != nil {
					t.Fatal("good packet", ok, err)
				}
				ok, err := dec.Add(&bad)
				if ok || !errors.Is(err, pol.want) {
					// A wrong coefficient can make a packet non-innovative (only by
					// chance here) — that is rejected too, before verification.
					if err != nil || ok || !errors.Is(pol.want, ErrPolluted) {
						t.Fatalf("%s packet: Add = %v, %v; want %v", []string{"systematic", "seeded", "recoded"}[kind], ok, err, pol.want)
					}
				}
				if dec.Rank() != 1 {
					t.Fatalf("rank %d after a rejected packet", dec.Rank())
				}
				// The batch path.
				ok, err = dec.Queue(&bad, 77)
				if errors.Is(pol.want, ErrPolluted) {
					if err != nil {
						t.Fatalf("Queue: %v", err)
					}
					if ok {
						acc, rej, err := dec.Flush()
						if err != nil || acc != 0 || len(rej) != 1 || rej[0].Tag != 77 || !errors.Is(rej[0].Err, ErrPolluted) {
							t.Fatalf("Flush = %d, %v, %v", acc, rej, err)
						}
					}
				} else if ok || !errors.Is(err, pol.want) {
					t.Fatalf("Queue = %v, %v; want %v", ok, err, pol.want)
				}
				if dec.Rank() != 1 || dec.Pending() != 0 {
					t.Fatalf("rank %d pending %d", dec.Rank(), dec.Pending())
				}
				// The decoder still completes and decodes the right message.
				for !dec.Done() {
					q := makePacket(2, enc, relay)
					if _, err := dec.Add(&q); err != nil {
						t.Fatal(err)
					}
				}
				got, err := dec.Decode()
				if err != nil || !bytes.Equal(got, msg) {
					t.Fatal("decode after pollution", err)
				}
			}
		})
	}
}

// A polluted chunk from a relay is rejected before it is recoded: the honest
// relay never mixes it into what it forwards.
func TestPollutedRelayChunkNotRecoded(t *testing.T) {
	const n = 4
	r := rand.New(rand.NewPCG(11, 11))
	msg := randMsg(r, 2000)
	enc, h := publish(t, msg, n)
	evil, _ := NewDecoder(gens(t), h)
	var p Packet
	for s := uint32(0); !evil.Done(); s++ {
		_ = enc.Seeded(s, &p)
		_, _ = evil.Add(&p)
	}
	rng := NewSeededReader(4)
	honest, _ := NewRecoder(gens(t), h, WithRand(rng))
	// The evil relay sends a polluted recoded chunk first.
	_ = evil.Recode(rng, &p)
	bad := clonePacket(&p)
	flipScalar(r, bad.Payload)
	if ok, err := honest.Add(&bad); ok || !errors.Is(err, ErrPolluted) {
		t.Fatalf("Add = %v, %v", ok, err)
	}
	if err := honest.Recode(rng, &p); !errors.Is(err, ErrNoData) {
		t.Fatalf("Recode after a rejected chunk: %v", err)
	}
	// Queued, it is not recoded either until Flush has checked it.
	if ok, err := honest.Queue(&bad, 9); !ok || err != nil {
		t.Fatal(ok, err)
	}
	if err := honest.Recode(rng, &p); !errors.Is(err, ErrNoData) {
		t.Fatalf("Recode with only a queued chunk: %v", err)
	}
	if _, rej, _ := honest.Flush(); len(rej) != 1 || rej[0].Tag != 9 {
		t.Fatalf("Flush rejected %v", rej)
	}
	// Everything the honest relay forwards verifies downstream.
	for honest.Rank() < n {
		_ = evil.Recode(rng, &p)
		if _, err := honest.Add(&p); err != nil {
			t.Fatal(err)
		}
	}
	down, _ := NewDecoder(gens(t), h)
	for !down.Done() {
		if err := honest.Recode(rng, &p); err != nil {
			t.Fatal(err)
		}
		if _, err := down.Add(&p); err != nil {
			t.Fatalf("downstream: %v", err)
		}
	}
	if got, err := down.Decode(); err != nil || !bytes.Equal(got, msg) {
		t.Fatal("downstream decode", err)
	}
}

// TestTwentyPercentPolluted: a session where 20% of the chunks arriving come
// from polluting relays still decodes the right message; batch verification
// finds exactly the polluted chunks (by tag) and never accepts one.
func TestTwentyPercentPolluted(t *testing.T) {
	for _, n := range []int{4, 8, 16} {
		t.Run(fmt.Sprint("n=", n), func(t *testing.T) {
			r := rand.New(rand.NewPCG(12, uint64(n)))
			msg := randMsg(r, 31*n*8+5)
			enc, h := publish(t, msg, n)
			rng := NewSeededReader(uint64(n))
			relay, _ := NewDecoder(gens(t), h, WithRand(rng))
			var p Packet
			for s := uint32(0); !relay.Done(); s++ {
				_ = enc.Seeded(s, &p)
				_, _ = relay.Add(&p)
			}
			dec, _ := NewDecoder(gens(t), h, WithRand(rng))
			var tag uint64
			polluted := map[uint64]bool{}
			rejected := 0
			for !dec.Done() {
				// Arrivals between two flushes: 4 chunks, each polluted with
				// probability 1/5.
				for i := 0; i < 4; i++ {
					tag++
					_ = relay.Recode(rng, &p)
					q := clonePacket(&p)
					if r.IntN(5) == 0 {
						pollutions[r.IntN(3)].apply(r, &q, nil)
						polluted[tag] = true
					}
					if _, err := dec.Queue(&q, tag); err != nil {
						t.Fatal(err)
					}
				}
				_, rej, err := dec.Flush()
				if err != nil {
					t.Fatal(err)
				}
				for _, x := range rej {
					if !polluted[x.Tag] || !errors.Is(x.Err, ErrPolluted) {
						t.Fatalf("good chunk %d rejected: %v", x.Tag, x.Err)
					}
					rejected++
				}
			}
			if rejected == 0 {
				t.Fatal("no polluted chunk reached the decoder; the test proves nothing")
			}
			got, err := dec.Decode()
			if err != nil || !bytes.Equal(got, msg) {
				t.Fatal("decode", err)
			}
		})
	}
}
