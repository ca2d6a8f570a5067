package rlnc

import "encoding/binary"

// Rand is a small deterministic generator (xoshiro256**) for coefficient vectors.
// It is not cryptographic: GF(2^8) coding only needs coefficients that an honest
// sender picks uniformly, not secret ones. A Rand is not safe for concurrent use.
type Rand struct{ s [4]uint64 }

// NewRand returns a generator seeded with seed (expanded with splitmix64).
func NewRand(seed uint64) *Rand {
	r := &Rand{}
	r.Seed(seed)
	return r
}

// Seed resets r to the stream of seed.
func (r *Rand) Seed(seed uint64) {
	for i := range r.s {
		seed += 0x9E3779B97F4A7C15
		r.s[i] = splitmix(seed)
	}
}

func splitmix(z uint64) uint64 {
	z = (z ^ z>>30) * 0xBF58476D1CE4E5B9
	z = (z ^ z>>27) * 0x94D049BB133111EB
	return z ^ z>>31
}

func rotl(x uint64, k uint) uint64 { return x<<k | x>>(64-k) }

// Uint64 returns the next 64 pseudo-random bits.
func (r *Rand) Uint64() uint64 {
	s := &r.s
	out := rotl(s[1]*5, 7) * 9
	t := s[1] << 17
	s[2] ^= s[0]
	s[3] ^= s[1]
	s[1] ^= s[2]
	s[0] ^= s[3]
	s[2] ^= t
	s[3] = rotl(s[3], 45)
	return out
}

// Uint32 returns the next 32 pseudo-random bits.
func (r *Rand) Uint32() uint32 { return uint32(r.Uint64() >> 32) }

// Intn returns a value in [0, n) for n > 0 (with negligible bias for small n); it
// returns 0 for n <= 0.
func (r *Rand) Intn(n int) int {
	if n <= 0 {
		return 0
	}
	return int((r.Uint64() >> 1) % uint64(n))
}

// Fill fills dst with pseudo-random bytes.
func (r *Rand) Fill(dst []byte) {
	for len(dst) >= 8 {
		binary.LittleEndian.PutUint64(dst, r.Uint64())
		dst = dst[8:]
	}
	if len(dst) > 0 {
		v := r.Uint64()
		for i := range dst {
			dst[i] = byte(v >> (8 * i))
		}
	}
}

// ExpandSeed writes the coefficient vector that seed names into dst (len(dst) = k).
// It is part of the wire format (docs/spec/wire.md): byte i of the vector is byte
// i%8 (little-endian) of splitmix64 output number i/8, where output j is
// splitmix(seed + (j+1)*0x9E3779B97F4A7C15) and seed is taken as a uint64. An
// all-zero vector (probability 256^-k) has its first byte set to 1 so that every
// seed names a usable combination.
func ExpandSeed(seed uint32, dst []byte) {
	x := uint64(seed)
	for i := 0; i < len(dst); i += 8 {
		x += 0x9E3779B97F4A7C15
		v := splitmix(x)
		for j := 0; j < 8 && i+j < len(dst); j++ {
			dst[i+j] = byte(v >> (8 * j))
		}
	}
	for _, c := range dst {
		if c != 0 {
			return
		}
	}
	if len(dst) > 0 {
		dst[0] = 1
	}
}
