package verified

import (
	"bytes"
	"errors"
	"testing"
)

// FuzzVerifier feeds arbitrary bytes to the verifier: as a packet (through Add,
// and through Queue and Flush) and as a header. Nothing may panic, every failure
// must carry one of the package's sentinels, and whatever is accepted must still
// decode to the published message.
func FuzzVerifier(f *testing.F) {
	msg := bytes.Repeat([]byte("fuzz the verifier "), 7)
	const n = 3
	enc, h := publish(f, msg, n)
	relay, _ := NewDecoder(gens(f), h)
	var p Packet
	for s := uint32(0); !relay.Done(); s++ {
		_ = enc.Seeded(s, &p)
		_, _ = relay.Add(&p)
	}
	rng := NewSeededReader(1)
	seed := func(p *Packet) {
		b, _ := p.AppendBinary(nil)
		f.Add(byte(0), b)
		f.Add(byte(1), b)
	}
	_ = enc.Systematic(1, &p)
	seed(&p)
	_ = enc.Seeded(7, &p)
	seed(&p)
	_ = relay.Recode(rng, &p)
	seed(&p)
	small, _ := NewDecoder(gens(f), h, WithRecodeBits(8))
	for s := uint32(0); !small.Done(); s++ {
		_ = enc.Seeded(s, &p)
		_, _ = small.Add(&p)
	}
	_ = small.Recode(rng, &p)
	seed(&p)
	f.Add(byte(2), h.Bytes())
	sentinels := []error{ErrMalformed, ErrNonCanonical, ErrNotInGroup, ErrWrongSession,
		ErrBadCoefficients, ErrPolluted, ErrBadSignature, ErrReplayedHeader, ErrTooLarge}
	typed := func(err error) bool {
		for _, s := range sentinels {
			if errors.Is(err, s) {
				return true
			}
		}
		return false
	}
	f.Fuzz(func(t *testing.T, mode byte, data []byte) {
		if mode%3 == 2 {
			ph, err := ParseHeader(data, testVerifier(), WithContext([]byte("test")))
			if err != nil && !typed(err) {
				t.Fatalf("untyped header error: %v", err)
			}
			if err == nil && ph.SessionID() != h.SessionID() {
				t.Fatal("a header nobody signed was accepted")
			}
			return
		}
		var q Packet
		if err := q.UnmarshalBinary(data); err != nil {
			if !typed(err) {
				t.Fatalf("untyped: %v", err)
			}
			return
		}
		dec, _ := NewDecoder(gens(t), h, WithRand(NewSeededReader(2)))
		var err error
		if mode%3 == 0 {
			_, err = dec.Add(&q)
		} else {
			_, err = dec.Queue(&q, 1)
			if err == nil {
				var rej []Rejected
				_, rej, err = dec.Flush()
				for _, x := range rej {
					if !errors.Is(x.Err, ErrPolluted) {
						t.Fatalf("rejection without ErrPolluted: %v", x.Err)
					}
				}
			}
		}
		if err != nil && !typed(err) {
			t.Fatalf("untyped: %v", err)
		}
		// Whatever was accepted is consistent with the commitments: fill up with
		// good packets and decode the published message.
		for s := uint32(100); !dec.Done(); s++ {
			_ = enc.Seeded(s, &p)
			if _, err := dec.Add(&p); err != nil {
				t.Fatal(err)
			}
		}
		got, err := dec.Decode()
		if err != nil || !bytes.Equal(got, msg) {
			t.Fatalf("decode after fuzz input: %v", err)
		}
	})
}
