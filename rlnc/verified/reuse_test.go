package verified

import (
	"math/rand/v2"
	"testing"
)

// TestRecodeIntoReceivedPacket: a Packet filled by UnmarshalBinary aliases the
// received bytes; recoding into it (Recode reuses Coeffs' and Payload's
// capacity) must not write the coefficients over the payload. Every kind of
// received packet is tried, with full-scalar and compact recoding.
func TestRecodeIntoReceivedPacket(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	msg := randMsg(r, 3000)
	const n = 4
	enc, h := publish(t, msg, n)
	for _, bits := range []int{0, 8} {
		var opts []Option
		if bits > 0 {
			opts = append(opts, WithRecodeBits(bits))
		}
		relay, err := NewDecoder(gens(t), h, opts...)
		if err != nil {
			t.Fatal(err)
		}
		var p Packet
		for i := 0; i < n; i++ {
			if err := enc.Systematic(i, &p); err != nil {
				t.Fatal(err)
			}
			if _, err := relay.Add(&p); err != nil {
				t.Fatal(err)
			}
		}
		var sys, seeded, recoded Packet
		_ = enc.Systematic(1, &sys)
		_ = enc.Seeded(9, &seeded)
		_ = relay.Recode(nil, &recoded)
		for name, src := range map[string]*Packet{"systematic": &sys, "seeded": &seeded, "recoded": &recoded} {
			wire, err := src.AppendBinary(nil)
			if err != nil {
				t.Fatal(err)
			}
			var in Packet
			if err := in.UnmarshalBinary(wire); err != nil {
				t.Fatal(err)
			}
			if err := relay.Recode(nil, &in); err != nil {
				t.Fatal(err)
			}
			check, err := NewDecoder(gens(t), h)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := check.Add(&in); err != nil {
				t.Errorf("recode bits %d into a received %s packet: %v", bits, name, err)
			}
		}
	}
}
