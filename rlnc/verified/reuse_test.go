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

// TestResetDropsQueuedOfOldShape: Reset to a session of another shape while
// packets are queued must not leave buffers of the old shape to be reused (a
// shorter one made an honest packet fail its check, a longer one read past the
// payload).
func TestResetDropsQueuedOfOldShape(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for _, sizes := range [][2]int{{4000, 1200}, {1200, 4000}} {
		encA, hA := publish(t, randMsg(r, sizes[0]), 4)
		encB, hB := publish(t, randMsg(r, sizes[1]), 4)
		d, err := NewDecoder(gens(t), hA)
		if err != nil {
			t.Fatal(err)
		}
		var p Packet
		for i := 0; i < 2; i++ {
			_ = encA.Seeded(uint32(i), &p)
			if _, err := d.Queue(&p, 0); err != nil {
				t.Fatal(err)
			}
		}
		if err := d.Reset(hB); err != nil {
			t.Fatal(err)
		}
		for i := 0; i < 4; i++ {
			_ = encB.Seeded(uint32(i), &p)
			if _, err := d.Queue(&p, uint64(i)); err != nil {
				t.Fatal(err)
			}
		}
		acc, rej, err := d.Flush()
		if err != nil || len(rej) != 0 || acc != 4 {
			t.Fatalf("sizes %v: accepted %d, rejected %v, %v", sizes, acc, rej, err)
		}
	}
}
