// Package rlnc is weft's codec: random linear network coding over GF(2^8) with the
// 0x11D polynomial (the field of klauspost/reedsolomon, which the tests use as an
// oracle).
//
// A message is split into k source chunks of equal size (a generation). An Encoder
// produces packets that are linear combinations of the chunks: systematic (a chunk
// itself), seeded (coefficients expanded from a 32-bit seed, so the header is 4
// bytes), or explicit. A Recoder mixes the packets it holds into fresh combinations
// without decoding, as a relay does. A Decoder reduces each packet in coefficient
// space first, so a packet that carries nothing new is rejected before any payload
// work, and recovers the source once it holds k innovative packets; chunks that are
// already solved can be read before that (partial decode).
//
//	enc, _ := rlnc.NewEncoder(k, size)
//	_ = enc.SetSource(gen, chunks)
//	_ = enc.Seeded(seed, &pkt)           // a distinct combination per peer
//
//	dec, _ := rlnc.NewDecoder(k, size)
//	dec.Reset(gen)
//	for !dec.Done() {
//		innovative, err := dec.Add(&pkt) // err: malformed packet, penalise the sender
//		...
//		_ = dec.Recode(rnd, &fwd)        // forward a fresh combination meanwhile
//	}
//	data, _ := dec.Decode()
//
// All objects are validated once at construction, reuse caller-owned buffers, allocate
// nothing per packet and are not safe for concurrent use; each method documents what
// it overwrites. Errors are the Err* values, wrapped with context. The slice kernels
// (GFNI-512, GFNI-256, AVX2, pure Go) live in internal/gf; WithKernel forces one, and
// the noasm build tag leaves only the pure-Go path.
//
// The package holds no global mutable state and reads no clock or global randomness:
// recoding draws from a caller-supplied Rand.
package rlnc
