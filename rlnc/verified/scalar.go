package verified

import (
	"encoding/binary"
	"math/big"
	"math/bits"
	"slices"

	"filippo.io/edwards25519"
)

// sc is an element of the Ristretto255 scalar field Z/ℓZ, ℓ = 2^252 +
// 27742317777372353535851937790883648493, in four little-endian 64-bit limbs.
// Invariant: a value of type sc is always canonical (< ℓ) unless a comment says
// otherwise.
type sc [4]uint64

// wide is an unreduced accumulator of products of scalars (up to 576 bits).
// Sums of fewer than 2^60 products of canonical scalars fit without overflow.
type wide [9]uint64

var (
	ell = sc{0x5812631a5cf5d3ed, 0x14def9dea2f79cd6, 0, 0x1000000000000000}
	// kMont is 2^320 mod ℓ: the Montgomery radix used by redc.
	kMont = sc{0x5812631a5cf5d3ed, 0x93b8c838d39a5e06, 0xb2106215d086329a, 0xffffffffffffffe}
	// kMont2 is 2^640 mod ℓ: montMul(a, kMont2) = a·2^320, the Montgomery form of a.
	kMont2 = sc{0xe372e8efd301e8d4, 0xad24db5f36cabecd, 0xf2ee573e5a6e5f71, 0xb5c63aa97a331b4}
	// kMont3 is 2^960 mod ℓ, used to bring an inverse back into Montgomery form.
	kMont3 = sc{0x45a0fd0c50d75ac4, 0xf9b3d2aeebce4d89, 0xf9dc924e5a45ffd7, 0xd9603fdbbd01a55}
)

// ellInv64 is -ℓ^-1 mod 2^64.
const ellInv64 = 0xd2b51da312547e1b

// scalarBytes is the size of an encoded scalar on the wire; dataBytes is how many
// message bytes one scalar carries (248 bits < ℓ, so packing never reduces).
const (
	scalarBytes = 32
	dataBytes   = 31
)

// setCanonical decodes a 32-byte little-endian scalar and reports whether it is
// canonical (< ℓ). On false s is unchanged.
func (s *sc) setCanonical(b []byte) bool {
	if len(b) != scalarBytes {
		return false
	}
	var t sc
	t[0] = binary.LittleEndian.Uint64(b[0:])
	t[1] = binary.LittleEndian.Uint64(b[8:])
	t[2] = binary.LittleEndian.Uint64(b[16:])
	t[3] = binary.LittleEndian.Uint64(b[24:])
	if !t.lessThanEll() {
		return false
	}
	*s = t
	return true
}

// lessThanEll reports whether the (possibly unreduced) limbs are < ℓ.
func (s *sc) lessThanEll() bool {
	_, b := bits.Sub64(s[0], ell[0], 0)
	_, b = bits.Sub64(s[1], ell[1], b)
	_, b = bits.Sub64(s[2], ell[2], b)
	_, b = bits.Sub64(s[3], ell[3], b)
	return b == 1
}

// setData packs up to 31 message bytes (little-endian, zero padded) into s.
func (s *sc) setData(b []byte) {
	var buf [32]byte
	copy(buf[:dataBytes], b)
	s[0] = binary.LittleEndian.Uint64(buf[0:])
	s[1] = binary.LittleEndian.Uint64(buf[8:])
	s[2] = binary.LittleEndian.Uint64(buf[16:])
	s[3] = binary.LittleEndian.Uint64(buf[24:])
}

// putBytes writes the 32-byte little-endian encoding of s.
func (s *sc) putBytes(b []byte) {
	_ = b[31]
	binary.LittleEndian.PutUint64(b[0:], s[0])
	binary.LittleEndian.PutUint64(b[8:], s[1])
	binary.LittleEndian.PutUint64(b[16:], s[2])
	binary.LittleEndian.PutUint64(b[24:], s[3])
}

// fitsData reports whether s carries at most 248 bits, as every packed message
// scalar does.
func (s *sc) fitsData() bool { return s[3]>>56 == 0 }

func (s *sc) isZero() bool { return s[0]|s[1]|s[2]|s[3] == 0 }

func (s *sc) isOne() bool { return s[0] == 1 && s[1]|s[2]|s[3] == 0 }

// add sets s = a + b mod ℓ.
func (s *sc) add(a, b *sc) {
	var t sc
	var c uint64
	t[0], c = bits.Add64(a[0], b[0], 0)
	t[1], c = bits.Add64(a[1], b[1], c)
	t[2], c = bits.Add64(a[2], b[2], c)
	t[3], _ = bits.Add64(a[3], b[3], c) // < 2ℓ < 2^254: no carry out
	s.condSubEll(&t)
}

// sub sets s = a - b mod ℓ.
func (s *sc) sub(a, b *sc) {
	var t sc
	var br uint64
	t[0], br = bits.Sub64(a[0], b[0], 0)
	t[1], br = bits.Sub64(a[1], b[1], br)
	t[2], br = bits.Sub64(a[2], b[2], br)
	t[3], br = bits.Sub64(a[3], b[3], br)
	// Add ℓ back when it borrowed.
	m := -br
	var c uint64
	t[0], c = bits.Add64(t[0], ell[0]&m, 0)
	t[1], c = bits.Add64(t[1], ell[1]&m, c)
	t[2], c = bits.Add64(t[2], ell[2]&m, c)
	t[3], _ = bits.Add64(t[3], ell[3]&m, c)
	*s = t
}

// neg sets s = -a mod ℓ.
func (s *sc) neg(a *sc) {
	var z sc
	s.sub(&z, a)
}

// condSubEll sets s = t - ℓ if t ≥ ℓ, else t; t must be < 2ℓ.
func (s *sc) condSubEll(t *sc) {
	var u sc
	var br uint64
	u[0], br = bits.Sub64(t[0], ell[0], 0)
	u[1], br = bits.Sub64(t[1], ell[1], br)
	u[2], br = bits.Sub64(t[2], ell[2], br)
	u[3], br = bits.Sub64(t[3], ell[3], br)
	m := -br // all ones when t < ℓ
	s[0] = (t[0] & m) | (u[0] &^ m)
	s[1] = (t[1] & m) | (u[1] &^ m)
	s[2] = (t[2] & m) | (u[2] &^ m)
	s[3] = (t[3] & m) | (u[3] &^ m)
}

// mulAdd adds the 512-bit product a·b to acc.
func (acc *wide) mulAdd(a, b *sc) {
	b0, b1, b2, b3 := b[0], b[1], b[2], b[3]
	t0, t1, t2, t3, t4, t5, t6, t7, t8 := acc[0], acc[1], acc[2], acc[3], acc[4], acc[5], acc[6], acc[7], acc[8]
	var c, h0, l0, h1, l1, h2, l2, h3, l3, w1, w2, w3, c1 uint64
	// Row 0: a[0]·b at limb 0.
	h0, l0 = bits.Mul64(a[0], b0)
	h1, l1 = bits.Mul64(a[0], b1)
	h2, l2 = bits.Mul64(a[0], b2)
	h3, l3 = bits.Mul64(a[0], b3)
	w1, c1 = bits.Add64(l1, h0, 0)
	w2, c1 = bits.Add64(l2, h1, c1)
	w3, c1 = bits.Add64(l3, h2, c1)
	h3 += c1
	t0, c = bits.Add64(t0, l0, 0)
	t1, c = bits.Add64(t1, w1, c)
	t2, c = bits.Add64(t2, w2, c)
	t3, c = bits.Add64(t3, w3, c)
	t4, c = bits.Add64(t4, h3, c)
	t5, c = bits.Add64(t5, 0, c)
	t6, c = bits.Add64(t6, 0, c)
	t7, c = bits.Add64(t7, 0, c)
	t8 += c
	// Row 1: a[1]·b at limb 1.
	h0, l0 = bits.Mul64(a[1], b0)
	h1, l1 = bits.Mul64(a[1], b1)
	h2, l2 = bits.Mul64(a[1], b2)
	h3, l3 = bits.Mul64(a[1], b3)
	w1, c1 = bits.Add64(l1, h0, 0)
	w2, c1 = bits.Add64(l2, h1, c1)
	w3, c1 = bits.Add64(l3, h2, c1)
	h3 += c1
	t1, c = bits.Add64(t1, l0, 0)
	t2, c = bits.Add64(t2, w1, c)
	t3, c = bits.Add64(t3, w2, c)
	t4, c = bits.Add64(t4, w3, c)
	t5, c = bits.Add64(t5, h3, c)
	t6, c = bits.Add64(t6, 0, c)
	t7, c = bits.Add64(t7, 0, c)
	t8 += c
	// Row 2: a[2]·b at limb 2.
	h0, l0 = bits.Mul64(a[2], b0)
	h1, l1 = bits.Mul64(a[2], b1)
	h2, l2 = bits.Mul64(a[2], b2)
	h3, l3 = bits.Mul64(a[2], b3)
	w1, c1 = bits.Add64(l1, h0, 0)
	w2, c1 = bits.Add64(l2, h1, c1)
	w3, c1 = bits.Add64(l3, h2, c1)
	h3 += c1
	t2, c = bits.Add64(t2, l0, 0)
	t3, c = bits.Add64(t3, w1, c)
	t4, c = bits.Add64(t4, w2, c)
	t5, c = bits.Add64(t5, w3, c)
	t6, c = bits.Add64(t6, h3, c)
	t7, c = bits.Add64(t7, 0, c)
	t8 += c
	// Row 3: a[3]·b at limb 3.
	h0, l0 = bits.Mul64(a[3], b0)
	h1, l1 = bits.Mul64(a[3], b1)
	h2, l2 = bits.Mul64(a[3], b2)
	h3, l3 = bits.Mul64(a[3], b3)
	w1, c1 = bits.Add64(l1, h0, 0)
	w2, c1 = bits.Add64(l2, h1, c1)
	w3, c1 = bits.Add64(l3, h2, c1)
	h3 += c1
	t3, c = bits.Add64(t3, l0, 0)
	t4, c = bits.Add64(t4, w1, c)
	t5, c = bits.Add64(t5, w2, c)
	t6, c = bits.Add64(t6, w3, c)
	t7, c = bits.Add64(t7, h3, c)
	t8 += c
	_ = c
	acc[0], acc[1], acc[2], acc[3], acc[4], acc[5], acc[6], acc[7], acc[8] = t0, t1, t2, t3, t4, t5, t6, t7, t8
}

// mulAddSmall adds the product a·b to acc where a < 2^64.
func (acc *wide) mulAddSmall(a uint64, b *sc) {
	h0, l0 := bits.Mul64(a, b[0])
	h1, l1 := bits.Mul64(a, b[1])
	h2, l2 := bits.Mul64(a, b[2])
	h3, l3 := bits.Mul64(a, b[3])
	var c uint64
	acc[0], c = bits.Add64(acc[0], l0, 0)
	acc[1], c = bits.Add64(acc[1], l1, c)
	acc[2], c = bits.Add64(acc[2], l2, c)
	acc[3], c = bits.Add64(acc[3], l3, c)
	acc[4], c = bits.Add64(acc[4], 0, c)
	acc[5], c = bits.Add64(acc[5], 0, c)
	acc[6], c = bits.Add64(acc[6], 0, c)
	acc[7], c = bits.Add64(acc[7], 0, c)
	acc[8], _ = bits.Add64(acc[8], 0, c)
	acc[1], c = bits.Add64(acc[1], h0, 0)
	acc[2], c = bits.Add64(acc[2], h1, c)
	acc[3], c = bits.Add64(acc[3], h2, c)
	acc[4], c = bits.Add64(acc[4], h3, c)
	acc[5], c = bits.Add64(acc[5], 0, c)
	acc[6], c = bits.Add64(acc[6], 0, c)
	acc[7], c = bits.Add64(acc[7], 0, c)
	acc[8], _ = bits.Add64(acc[8], 0, c)
}

// redc sets s = acc·2^-320 mod ℓ (Montgomery reduction with radix 2^320).
// acc must be below 2^570, which any sum of fewer than 2^60 products of
// canonical scalars is: then acc + m·ℓ stays below 2^576 and the result,
// below acc/2^320 + ℓ < 2ℓ, needs one conditional subtraction.
func (s *sc) redc(acc *wide) {
	t0, t1, t2, t3, t4, t5, t6, t7, t8 := acc[0], acc[1], acc[2], acc[3], acc[4], acc[5], acc[6], acc[7], acc[8]
	var m, h0, l0, h1, l1, c, c1 uint64
	// Round 0: add m·ℓ·2^0 with m chosen to clear limb 0; ℓ = (ℓ0, ℓ1, 0, 2^60).
	m = t0 * ellInv64
	h0, l0 = bits.Mul64(m, ell[0])
	h1, l1 = bits.Mul64(m, ell[1])
	_, c = bits.Add64(t0, l0, 0)
	l1, c1 = bits.Add64(l1, h0, 0)
	h1 += c1
	t1, c = bits.Add64(t1, l1, c)
	t2, c = bits.Add64(t2, h1, c)
	t3, c = bits.Add64(t3, m<<60, c)
	t4, c = bits.Add64(t4, m>>4, c)
	t5, c = bits.Add64(t5, 0, c)
	t6, c = bits.Add64(t6, 0, c)
	t7, c = bits.Add64(t7, 0, c)
	t8 += c
	// Round 1: add m·ℓ·2^64 with m chosen to clear limb 1; ℓ = (ℓ0, ℓ1, 0, 2^60).
	m = t1 * ellInv64
	h0, l0 = bits.Mul64(m, ell[0])
	h1, l1 = bits.Mul64(m, ell[1])
	_, c = bits.Add64(t1, l0, 0)
	l1, c1 = bits.Add64(l1, h0, 0)
	h1 += c1
	t2, c = bits.Add64(t2, l1, c)
	t3, c = bits.Add64(t3, h1, c)
	t4, c = bits.Add64(t4, m<<60, c)
	t5, c = bits.Add64(t5, m>>4, c)
	t6, c = bits.Add64(t6, 0, c)
	t7, c = bits.Add64(t7, 0, c)
	t8 += c
	// Round 2: add m·ℓ·2^128 with m chosen to clear limb 2; ℓ = (ℓ0, ℓ1, 0, 2^60).
	m = t2 * ellInv64
	h0, l0 = bits.Mul64(m, ell[0])
	h1, l1 = bits.Mul64(m, ell[1])
	_, c = bits.Add64(t2, l0, 0)
	l1, c1 = bits.Add64(l1, h0, 0)
	h1 += c1
	t3, c = bits.Add64(t3, l1, c)
	t4, c = bits.Add64(t4, h1, c)
	t5, c = bits.Add64(t5, m<<60, c)
	t6, c = bits.Add64(t6, m>>4, c)
	t7, c = bits.Add64(t7, 0, c)
	t8 += c
	// Round 3: add m·ℓ·2^192 with m chosen to clear limb 3; ℓ = (ℓ0, ℓ1, 0, 2^60).
	m = t3 * ellInv64
	h0, l0 = bits.Mul64(m, ell[0])
	h1, l1 = bits.Mul64(m, ell[1])
	_, c = bits.Add64(t3, l0, 0)
	l1, c1 = bits.Add64(l1, h0, 0)
	h1 += c1
	t4, c = bits.Add64(t4, l1, c)
	t5, c = bits.Add64(t5, h1, c)
	t6, c = bits.Add64(t6, m<<60, c)
	t7, c = bits.Add64(t7, m>>4, c)
	t8 += c
	// Round 4: add m·ℓ·2^256 with m chosen to clear limb 4; ℓ = (ℓ0, ℓ1, 0, 2^60).
	m = t4 * ellInv64
	h0, l0 = bits.Mul64(m, ell[0])
	h1, l1 = bits.Mul64(m, ell[1])
	_, c = bits.Add64(t4, l0, 0)
	l1, c1 = bits.Add64(l1, h0, 0)
	h1 += c1
	t5, c = bits.Add64(t5, l1, c)
	t6, c = bits.Add64(t6, h1, c)
	t7, c = bits.Add64(t7, m<<60, c)
	t8, c = bits.Add64(t8, m>>4, c)
	_ = c
	r := sc{t5, t6, t7, t8}
	s.condSubEll(&r)
}

// montMul sets s = a·b·2^-320 mod ℓ: mulAdd into a zero accumulator then redc,
// fused so the product stays in registers (a and b must be canonical).
func (s *sc) montMul(a, b *sc) {
	a0, a1, a2, a3 := a[0], a[1], a[2], a[3]
	b0, b1, b2, b3 := b[0], b[1], b[2], b[3]
	var c, c1, h, l uint64
	// Schoolbook product into t0..t7.
	t1, t0 := bits.Mul64(a0, b0)
	h, l = bits.Mul64(a0, b1)
	t1, c = bits.Add64(t1, l, 0)
	t2 := h + c
	h, l = bits.Mul64(a0, b2)
	t2, c = bits.Add64(t2, l, 0)
	t3 := h + c
	h, l = bits.Mul64(a0, b3)
	t3, c = bits.Add64(t3, l, 0)
	t4 := h + c

	var u0, u1, u2, u3, u4 uint64
	u1, u0 = bits.Mul64(a1, b0)
	h, l = bits.Mul64(a1, b1)
	u1, c = bits.Add64(u1, l, 0)
	u2 = h + c
	h, l = bits.Mul64(a1, b2)
	u2, c = bits.Add64(u2, l, 0)
	u3 = h + c
	h, l = bits.Mul64(a1, b3)
	u3, c = bits.Add64(u3, l, 0)
	u4 = h + c
	t1, c = bits.Add64(t1, u0, 0)
	t2, c = bits.Add64(t2, u1, c)
	t3, c = bits.Add64(t3, u2, c)
	t4, c = bits.Add64(t4, u3, c)
	t5 := u4 + c

	u1, u0 = bits.Mul64(a2, b0)
	h, l = bits.Mul64(a2, b1)
	u1, c = bits.Add64(u1, l, 0)
	u2 = h + c
	h, l = bits.Mul64(a2, b2)
	u2, c = bits.Add64(u2, l, 0)
	u3 = h + c
	h, l = bits.Mul64(a2, b3)
	u3, c = bits.Add64(u3, l, 0)
	u4 = h + c
	t2, c = bits.Add64(t2, u0, 0)
	t3, c = bits.Add64(t3, u1, c)
	t4, c = bits.Add64(t4, u2, c)
	t5, c = bits.Add64(t5, u3, c)
	t6 := u4 + c

	u1, u0 = bits.Mul64(a3, b0)
	h, l = bits.Mul64(a3, b1)
	u1, c = bits.Add64(u1, l, 0)
	u2 = h + c
	h, l = bits.Mul64(a3, b2)
	u2, c = bits.Add64(u2, l, 0)
	u3 = h + c
	h, l = bits.Mul64(a3, b3)
	u3, c = bits.Add64(u3, l, 0)
	u4 = h + c
	t3, c = bits.Add64(t3, u0, 0)
	t4, c = bits.Add64(t4, u1, c)
	t5, c = bits.Add64(t5, u2, c)
	t6, c = bits.Add64(t6, u3, c)
	t7 := u4 + c

	// Montgomery reduction with radix 2^320 as in redc; t8 starts at 0 and the
	// product is below 2^506, so every round's carry fits.
	var m, h0, l0, h1, l1, t8 uint64
	m = t0 * ellInv64
	h0, l0 = bits.Mul64(m, ell[0])
	h1, l1 = bits.Mul64(m, ell[1])
	_, c = bits.Add64(t0, l0, 0)
	l1, c1 = bits.Add64(l1, h0, 0)
	h1 += c1
	t1, c = bits.Add64(t1, l1, c)
	t2, c = bits.Add64(t2, h1, c)
	t3, c = bits.Add64(t3, m<<60, c)
	t4, c = bits.Add64(t4, m>>4, c)
	t5, c = bits.Add64(t5, 0, c)
	t6, c = bits.Add64(t6, 0, c)
	t7, c = bits.Add64(t7, 0, c)
	t8 = c
	m = t1 * ellInv64
	h0, l0 = bits.Mul64(m, ell[0])
	h1, l1 = bits.Mul64(m, ell[1])
	_, c = bits.Add64(t1, l0, 0)
	l1, c1 = bits.Add64(l1, h0, 0)
	h1 += c1
	t2, c = bits.Add64(t2, l1, c)
	t3, c = bits.Add64(t3, h1, c)
	t4, c = bits.Add64(t4, m<<60, c)
	t5, c = bits.Add64(t5, m>>4, c)
	t6, c = bits.Add64(t6, 0, c)
	t7, c = bits.Add64(t7, 0, c)
	t8 += c
	m = t2 * ellInv64
	h0, l0 = bits.Mul64(m, ell[0])
	h1, l1 = bits.Mul64(m, ell[1])
	_, c = bits.Add64(t2, l0, 0)
	l1, c1 = bits.Add64(l1, h0, 0)
	h1 += c1
	t3, c = bits.Add64(t3, l1, c)
	t4, c = bits.Add64(t4, h1, c)
	t5, c = bits.Add64(t5, m<<60, c)
	t6, c = bits.Add64(t6, m>>4, c)
	t7, c = bits.Add64(t7, 0, c)
	t8 += c
	m = t3 * ellInv64
	h0, l0 = bits.Mul64(m, ell[0])
	h1, l1 = bits.Mul64(m, ell[1])
	_, c = bits.Add64(t3, l0, 0)
	l1, c1 = bits.Add64(l1, h0, 0)
	h1 += c1
	t4, c = bits.Add64(t4, l1, c)
	t5, c = bits.Add64(t5, h1, c)
	t6, c = bits.Add64(t6, m<<60, c)
	t7, c = bits.Add64(t7, m>>4, c)
	t8 += c
	m = t4 * ellInv64
	h0, l0 = bits.Mul64(m, ell[0])
	h1, l1 = bits.Mul64(m, ell[1])
	_, c = bits.Add64(t4, l0, 0)
	l1, c1 = bits.Add64(l1, h0, 0)
	h1 += c1
	t5, c = bits.Add64(t5, l1, c)
	t6, c = bits.Add64(t6, h1, c)
	t7, c = bits.Add64(t7, m<<60, c)
	t8, _ = bits.Add64(t8, m>>4, c)
	// t < 2ℓ: one conditional subtraction.
	r0, br := bits.Sub64(t5, ell[0], 0)
	r1, br := bits.Sub64(t6, ell[1], br)
	r2, br := bits.Sub64(t7, ell[2], br)
	r3, br := bits.Sub64(t8, ell[3], br)
	if br == 0 {
		t5, t6, t7, t8 = r0, r1, r2, r3
	}
	s[0], s[1], s[2], s[3] = t5, t6, t7, t8
}

// montMulSlow is montMul through mulAdd and redc, its reference in tests.
func (s *sc) montMulSlow(a, b *sc) {
	var acc wide
	acc.mulAdd(a, b)
	s.redc(&acc)
}

// toMont sets s = a·2^320 mod ℓ (the Montgomery form of a).
func (s *sc) toMont(a *sc) { s.montMul(a, &kMont2) }

// fromMont sets s = a·2^-320 mod ℓ.
func (s *sc) fromMont(a *sc) {
	var acc wide
	copy(acc[:4], a[:])
	s.redc(&acc)
}

// mul sets s = a·b mod ℓ (plain, non-Montgomery operands).
func (s *sc) mul(a, b *sc) {
	var t sc
	t.toMont(a)
	s.montMul(&t, b)
}

// ellBig is ℓ as a big.Int (read only).
var ellBig = new(big.Int).SetBytes([]byte{
	0x10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0x14, 0xde, 0xf9, 0xde, 0xa2, 0xf7, 0x9c, 0xd6, 0x58, 0x12, 0x63, 0x1a, 0x5c, 0xf5, 0xd3, 0xed,
})

// invMont sets s to the Montgomery form of a^-1 given the Montgomery form of a
// (a ≠ 0). It is not constant time; scalars here are public. math/big's
// Lehmer GCD (≈ 1.7 µs) is about three times faster than edwards25519's
// constant-time addition chain (invMontSlow, its reference in tests).
func (s *sc) invMont(a *sc) {
	var buf [32]byte
	a.putBytes(buf[:])
	slices.Reverse(buf[:])
	x := new(big.Int).SetBytes(buf[:])
	if x.ModInverse(x, ellBig) == nil {
		*s = sc{} // a = 0 (or not canonical): no inverse
		return
	}
	x.FillBytes(buf[:])
	slices.Reverse(buf[:])
	var z sc
	z.setCanonical(buf[:])
	s.montMul(&z, &kMont3)
}

// invMontSlow is invMont through edwards25519.Scalar.Invert.
func (s *sc) invMontSlow(a *sc) {
	var buf [32]byte
	a.putBytes(buf[:])
	var e edwards25519.Scalar
	if _, err := e.SetCanonicalBytes(buf[:]); err != nil {
		// Unreachable for canonical a; keep the zero result.
		*s = sc{}
		return
	}
	e.Invert(&e)
	var z sc
	z.setCanonical(e.Bytes())
	s.montMul(&z, &kMont3)
}

// edScalar returns s as an edwards25519.Scalar.
func (s *sc) edScalar() *edwards25519.Scalar {
	var buf [32]byte
	s.putBytes(buf[:])
	e, err := edwards25519.NewScalar().SetCanonicalBytes(buf[:])
	if err != nil {
		return edwards25519.NewScalar()
	}
	return e
}

// setUniform sets s to a 64-byte uniform string reduced mod ℓ.
func (s *sc) setUniform(b *[64]byte) {
	e, err := edwards25519.NewScalar().SetUniformBytes(b[:])
	if err != nil {
		*s = sc{}
		return
	}
	s.setCanonical(e.Bytes())
}

// mulAdd128 adds a·b to acc where a < 2^128 (a[2] = a[3] = 0).
func (acc *wide) mulAdd128(a, b *sc) {
	t0, t1, t2, t3, t4, t5, t6, t7, t8 := acc[0], acc[1], acc[2], acc[3], acc[4], acc[5], acc[6], acc[7], acc[8]
	b0, b1, b2, b3 := b[0], b[1], b[2], b[3]
	var c, c1 uint64
	h0, l0 := bits.Mul64(a[0], b0)
	h1, l1 := bits.Mul64(a[0], b1)
	h2, l2 := bits.Mul64(a[0], b2)
	h3, l3 := bits.Mul64(a[0], b3)
	l1, c1 = bits.Add64(l1, h0, 0)
	l2, c1 = bits.Add64(l2, h1, c1)
	l3, c1 = bits.Add64(l3, h2, c1)
	h3 += c1
	t0, c = bits.Add64(t0, l0, 0)
	t1, c = bits.Add64(t1, l1, c)
	t2, c = bits.Add64(t2, l2, c)
	t3, c = bits.Add64(t3, l3, c)
	t4, c = bits.Add64(t4, h3, c)
	t5, c = bits.Add64(t5, 0, c)
	t6, c = bits.Add64(t6, 0, c)
	t7, c = bits.Add64(t7, 0, c)
	t8 += c
	h0, l0 = bits.Mul64(a[1], b0)
	h1, l1 = bits.Mul64(a[1], b1)
	h2, l2 = bits.Mul64(a[1], b2)
	h3, l3 = bits.Mul64(a[1], b3)
	l1, c1 = bits.Add64(l1, h0, 0)
	l2, c1 = bits.Add64(l2, h1, c1)
	l3, c1 = bits.Add64(l3, h2, c1)
	h3 += c1
	t1, c = bits.Add64(t1, l0, 0)
	t2, c = bits.Add64(t2, l1, c)
	t3, c = bits.Add64(t3, l2, c)
	t4, c = bits.Add64(t4, l3, c)
	t5, c = bits.Add64(t5, h3, c)
	t6, c = bits.Add64(t6, 0, c)
	t7, c = bits.Add64(t7, 0, c)
	t8 += c
	acc[0], acc[1], acc[2], acc[3], acc[4], acc[5], acc[6], acc[7], acc[8] = t0, t1, t2, t3, t4, t5, t6, t7, t8
}
