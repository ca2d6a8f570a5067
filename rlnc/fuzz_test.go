package rlnc

import (
	"bytes"
	"testing"
)

// FuzzDecoder feeds arbitrary packets (mixed with honest ones) to a Decoder: it must
// never panic, and whenever it claims full rank its output must equal the source.
// Packets are well-formed or malformed; the coefficients of the fuzzed ones are
// whatever the fuzzer says, and their payloads are honest encodings of them, except
// when the fuzzer flips a payload byte: then the packet is a lie, and the test only
// checks that the decoder neither panics nor decodes while lies are present.
func FuzzDecoder(f *testing.F) {
	f.Add([]byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
	f.Add([]byte{2, 0, 0, 0, 2, 1, 2, 2, 2, 3})
	f.Add(bytes.Repeat([]byte{1, 0xff}, 40))
	f.Fuzz(func(t *testing.T, data []byte) {
		const k, size = 8, 40
		rnd := NewRand(99)
		src := source(rnd, k, size)
		enc, _ := NewEncoder(k, size)
		_ = enc.SetSource(1, src)
		dec, _ := NewDecoder(k, size)
		dec.Reset(1)
		rec, _ := NewRecoder(k, size)
		rec.Reset(1)
		lied := false
		p := newPacket(k, size)
		for len(data) >= 2 {
			op, arg := data[0], data[1]
			data = data[2:]
			p.Coeffs, p.Payload = p.Coeffs[:k], p.Payload[:size]
			switch op % 8 {
			case 0:
				_ = enc.Systematic(int(arg)%k, p)
			case 1:
				_ = enc.Seeded(uint32(arg), p)
			case 2: // explicit coefficients taken from the input
				c := make([]byte, k)
				n := copy(c, data)
				data = data[n:]
				_ = enc.Explicit(c, p)
			case 3: // relay recoding
				if err := rec.Recode(rnd, p); err != nil {
					continue
				}
			case 4: // malformed: any field wrong
				_ = enc.Seeded(uint32(arg), p)
				switch arg % 5 {
				case 0:
					p.Generation = 2
				case 1:
					p.Payload = p.Payload[:arg%size]
				case 2:
					p.Kind, p.Coeffs = CoeffExplicit, p.Coeffs[:arg%k]
				case 3:
					p.Kind = CoeffKind(3 + arg%200)
				case 4:
					p.Kind, p.Seed = CoeffSystematic, uint32(k)+uint32(arg)
				}
				if ok, err := dec.Add(p); ok || err == nil {
					t.Fatalf("malformed packet accepted: %v %v", ok, err)
				}
				continue
			case 5: // a lie: honest header, corrupted payload
				_ = enc.Seeded(uint32(arg), p)
				p.Payload[int(arg)%size] ^= 1 + arg
				if ok, _ := dec.Innovative(p); ok {
					lied = true
				}
			default:
				_ = enc.Seeded(uint32(arg)<<8|uint32(op), p)
			}
			_, _ = rec.Add(p)
			if _, err := dec.Add(p); err != nil {
				t.Fatalf("well-formed packet rejected: %v", err)
			}
		}
		if dec.Done() && !lied {
			out, err := dec.Decode()
			if err != nil || !bytes.Equal(out, bytes.Join(src, nil)) {
				t.Fatal("full rank but wrong output")
			}
		}
	})
}
