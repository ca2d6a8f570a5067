package verified

import (
	"crypto/sha512"
	"encoding/binary"
	"math/big"

	"filippo.io/edwards25519"
	"filippo.io/edwards25519/field"
)

// Group arithmetic on the Edwards curve -x^2 + y^2 = 1 + d·x^2·y^2 over
// GF(2^255-19), with the Ristretto255 encoding (RFC 9496) on top. Written over
// filippo.io/edwards25519/field so the multi-scalar multiplications can keep
// their own point layouts. Nothing here is constant time: every scalar and point
// the verifier handles is public.

// point is a point in extended coordinates (X:Y:Z:T), x = X/Z, y = Y/Z, T = XY/Z.
type point struct {
	X, Y, Z, T field.Element
}

// niels is an affine point in the form used by mixed addition:
// (y+x, y-x, 2·d·x·y).
type niels struct {
	YplusX, YminusX, T2d field.Element
}

// cached is a projective point prepared for addition: (Y+X, Y-X, 2Z, 2dT).
type cached struct {
	YplusX, YminusX, Z2, T2d field.Element
}

var (
	feOne    = new(field.Element).One()
	feD      = feFromDecimal("37095705934669439343138083508754565189542113879843219016388785533085940283555")
	feD2     = new(field.Element).Add(feD, feD)
	feSqrtM1 = feFromDecimal("19681161376707505956807079304988542015446066515923890162744021073123829784752")
	// Constants of RFC 9496 section 4.1.
	feSqrtADMinusOne = feFromDecimal("25063068953384623474111414158702152701244531502492656460079210482610430750235")
	feInvSqrtAMinusD = feFromDecimal("54469307008909316920995813868745141605393597292927456921205312896311721017578")
	feOneMinusDSQ    = feFromDecimal("1159843021668779879193775521855586647937357759715417654439879720876111806838")
	feDMinusOneSQ    = feFromDecimal("40440834346308536858101042469323190826248399146238708352240133220865137265952")
)

func feFromDecimal(s string) *field.Element {
	n, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic("verified: bad field constant") // package initialisation of fixed constants only
	}
	var b [32]byte
	nb := n.Bytes()
	for i, v := range nb {
		b[len(nb)-1-i] = v
	}
	fe, err := new(field.Element).SetBytes(b[:])
	if err != nil {
		panic("verified: bad field constant")
	}
	return fe
}

func (p *point) setIdentity() *point {
	p.X.Zero()
	p.Y.One()
	p.Z.One()
	p.T.Zero()
	return p
}

// isIdentity reports whether p is the identity of the Ristretto group, that is
// whether p lies in the 4-torsion subgroup: X = 0 or Y = 0.
func (p *point) isIdentity() bool {
	var zero field.Element
	return p.X.Equal(&zero) == 1 || p.Y.Equal(&zero) == 1
}

// equal reports Ristretto equality: X1·Y2 = Y1·X2 or Y1·Y2 = X1·X2.
func (p *point) equal(q *point) bool {
	var a, b field.Element
	a.Multiply(&p.X, &q.Y)
	b.Multiply(&p.Y, &q.X)
	if a.Equal(&b) == 1 {
		return true
	}
	a.Multiply(&p.Y, &q.Y)
	b.Multiply(&p.X, &q.X)
	return a.Equal(&b) == 1
}

func (c *cached) fromPoint(p *point) {
	c.YplusX.Add(&p.Y, &p.X)
	c.YminusX.Subtract(&p.Y, &p.X)
	c.Z2.Add(&p.Z, &p.Z)
	c.T2d.Multiply(&p.T, feD2)
}

// add sets p = a + q (q prepared). 8 multiplications.
func (p *point) addCached(a *point, q *cached) {
	var pp, mm, tt, zz, t field.Element
	t.Add(&a.Y, &a.X)
	pp.Multiply(&t, &q.YplusX)
	t.Subtract(&a.Y, &a.X)
	mm.Multiply(&t, &q.YminusX)
	tt.Multiply(&a.T, &q.T2d)
	zz.Multiply(&a.Z, &q.Z2)
	p.fromCompleted(&pp, &mm, &zz, &tt)
}

// add sets p = a + b.
func (p *point) add(a, b *point) {
	var c cached
	c.fromPoint(b)
	p.addCached(a, &c)
}

// addNiels sets p = a + q, or a - q when neg is set. 7 multiplications.
func (p *point) addNiels(a *point, q *niels, neg bool) {
	var pp, mm, tt, zz, t field.Element
	ypx, ymx := &q.YplusX, &q.YminusX
	if neg {
		ypx, ymx = ymx, ypx
	}
	t.Add(&a.Y, &a.X)
	pp.Multiply(&t, ypx)
	t.Subtract(&a.Y, &a.X)
	mm.Multiply(&t, ymx)
	tt.Multiply(&a.T, &q.T2d)
	if neg {
		tt.Negate(&tt)
	}
	zz.Add(&a.Z, &a.Z)
	p.fromCompleted(&pp, &mm, &zz, &tt)
}

// fromCompleted finishes an addition from PP = (Y1+X1)(Y2+X2), MM = (Y1-X1)(Y2-X2),
// ZZ2 = 2·Z1·Z2 and TT2d = 2d·T1·T2.
func (p *point) fromCompleted(pp, mm, zz2, tt2d *field.Element) {
	var x, y, z, t field.Element
	x.Subtract(pp, mm)
	y.Add(pp, mm)
	z.Add(zz2, tt2d)
	t.Subtract(zz2, tt2d)
	p.X.Multiply(&x, &t)
	p.Y.Multiply(&y, &z)
	p.Z.Multiply(&z, &t)
	p.T.Multiply(&x, &y)
}

// double sets p = 2a.
func (p *point) double(a *point) {
	var xx, yy, zz2, xy, t field.Element
	xx.Square(&a.X)
	yy.Square(&a.Y)
	zz2.Square(&a.Z)
	zz2.Add(&zz2, &zz2)
	t.Add(&a.X, &a.Y)
	xy.Square(&t)
	// Completed point: X = (X+Y)^2 - YY - XX, Y = YY + XX, Z = YY - XX, T = 2ZZ - Z.
	var x, y, z, tt field.Element
	y.Add(&yy, &xx)
	z.Subtract(&yy, &xx)
	x.Subtract(&xy, &y)
	tt.Subtract(&zz2, &z)
	p.X.Multiply(&x, &tt)
	p.Y.Multiply(&y, &z)
	p.Z.Multiply(&z, &tt)
	p.T.Multiply(&x, &y)
}

// toEdwards converts p to an edwards25519.Point.
func (p *point) toEdwards() *edwards25519.Point {
	e, err := new(edwards25519.Point).SetExtendedCoordinates(&p.X, &p.Y, &p.Z, &p.T)
	if err != nil {
		return edwards25519.NewIdentityPoint()
	}
	return e
}

// fromEdwards sets p from an edwards25519.Point.
func (p *point) fromEdwards(e *edwards25519.Point) {
	x, y, z, t := e.ExtendedCoordinates()
	p.X.Set(x)
	p.Y.Set(y)
	p.Z.Set(z)
	p.T.Set(t)
}

// toNielsBatch converts points to affine Niels form with one field inversion
// (Montgomery's trick). Points must have Z ≠ 0, which every curve point has.
func toNielsBatch(dst []niels, src []point) {
	n := len(src)
	if n == 0 {
		return
	}
	prefix := make([]field.Element, n)
	acc := new(field.Element).One()
	for i := range src {
		prefix[i].Set(acc)
		acc.Multiply(acc, &src[i].Z)
	}
	inv := new(field.Element).Invert(acc)
	var zinv, x, y field.Element
	for i := n - 1; i >= 0; i-- {
		zinv.Multiply(inv, &prefix[i])
		inv.Multiply(inv, &src[i].Z)
		x.Multiply(&src[i].X, &zinv)
		y.Multiply(&src[i].Y, &zinv)
		dst[i].YplusX.Add(&y, &x)
		dst[i].YminusX.Subtract(&y, &x)
		dst[i].T2d.Multiply(&x, &y)
		dst[i].T2d.Multiply(&dst[i].T2d, feD2)
	}
}

// decodeRistretto decodes a canonical 32-byte Ristretto255 encoding
// (RFC 9496 section 4.3.1). It returns false for non-canonical encodings and for
// strings that are not the encoding of a group element.
func (p *point) decodeRistretto(b []byte) bool {
	if len(b) != 32 {
		return false
	}
	var s field.Element
	if _, err := s.SetBytes(b); err != nil {
		return false
	}
	// Canonical: re-encoding must give the same bytes (rejects s ≥ p and a set
	// top bit), and s must be non-negative.
	if !bytesEqual(s.Bytes(), b) || s.IsNegative() == 1 {
		return false
	}
	var ss, u1, u2, u2sq, v, t field.Element
	ss.Square(&s)
	u1.Subtract(feOne, &ss)
	u2.Add(feOne, &ss)
	u2sq.Square(&u2)
	t.Square(&u1)
	v.Multiply(feD, &t)
	v.Negate(&v)
	v.Subtract(&v, &u2sq)
	var invsqrt field.Element
	t.Multiply(&v, &u2sq)
	_, wasSquare := invsqrt.SqrtRatio(feOne, &t)
	var denX, denY, x, y field.Element
	denX.Multiply(&invsqrt, &u2)
	denY.Multiply(&invsqrt, &denX)
	denY.Multiply(&denY, &v)
	x.Multiply(&s, &denX)
	x.Add(&x, &x)
	x.Absolute(&x)
	y.Multiply(&u1, &denY)
	t.Multiply(&x, &y)
	var zero field.Element
	if wasSquare == 0 || t.IsNegative() == 1 || y.Equal(&zero) == 1 {
		return false
	}
	p.X.Set(&x)
	p.Y.Set(&y)
	p.Z.One()
	p.T.Set(&t)
	return true
}

// encodeRistretto returns the canonical 32-byte encoding of p (RFC 9496 4.3.2).
func (p *point) encodeRistretto(out []byte) {
	var u1, u2, t, invsqrt field.Element
	t.Add(&p.Z, &p.Y)
	u1.Subtract(&p.Z, &p.Y)
	u1.Multiply(&u1, &t)
	u2.Multiply(&p.X, &p.Y)
	t.Square(&u2)
	t.Multiply(&t, &u1)
	invsqrt.SqrtRatio(feOne, &t)
	var den1, den2, zInv field.Element
	den1.Multiply(&invsqrt, &u1)
	den2.Multiply(&invsqrt, &u2)
	zInv.Multiply(&den1, &den2)
	zInv.Multiply(&zInv, &p.T)
	var ix, iy, enchanted field.Element
	ix.Multiply(&p.X, feSqrtM1)
	iy.Multiply(&p.Y, feSqrtM1)
	enchanted.Multiply(&den1, feInvSqrtAMinusD)
	t.Multiply(&p.T, &zInv)
	rotate := t.IsNegative()
	var x, y, denInv field.Element
	x.Select(&iy, &p.X, rotate)
	y.Select(&ix, &p.Y, rotate)
	denInv.Select(&enchanted, &den2, rotate)
	t.Multiply(&x, &zInv)
	var ny field.Element
	ny.Negate(&y)
	y.Select(&ny, &y, t.IsNegative())
	var s field.Element
	s.Subtract(&p.Z, &y)
	s.Multiply(&s, &denInv)
	s.Absolute(&s)
	copy(out, s.Bytes())
}

// mapToPoint is the Elligator-based MAP of RFC 9496 section 4.3.4.
func (p *point) mapToPoint(t *field.Element) {
	var r, u, v, tmp field.Element
	r.Square(t)
	r.Multiply(&r, feSqrtM1)
	u.Add(&r, feOne)
	u.Multiply(&u, feOneMinusDSQ)
	// v = (-1 - r·D) · (r + D)
	tmp.Multiply(&r, feD)
	v.Negate(feOne)
	v.Subtract(&v, &tmp)
	tmp.Add(&r, feD)
	v.Multiply(&v, &tmp)
	var s field.Element
	_, wasSquare := s.SqrtRatio(&u, &v)
	var sPrime field.Element
	sPrime.Multiply(&s, t)
	sPrime.Absolute(&sPrime)
	sPrime.Negate(&sPrime)
	s.Select(&s, &sPrime, wasSquare)
	var c field.Element
	c.Negate(feOne)
	c.Select(&c, &r, wasSquare)
	// N = c·(r-1)·D_MINUS_ONE_SQ - v
	var nn field.Element
	tmp.Subtract(&r, feOne)
	nn.Multiply(&c, &tmp)
	nn.Multiply(&nn, feDMinusOneSQ)
	nn.Subtract(&nn, &v)
	var w0, w1, w2, w3, ss field.Element
	w0.Multiply(&s, &v)
	w0.Add(&w0, &w0)
	w1.Multiply(&nn, feSqrtADMinusOne)
	ss.Square(&s)
	w2.Subtract(feOne, &ss)
	w3.Add(feOne, &ss)
	p.X.Multiply(&w0, &w3)
	p.Y.Multiply(&w2, &w1)
	p.Z.Multiply(&w1, &w3)
	p.T.Multiply(&w0, &w2)
}

// fromUniformBytes is the Ristretto255 one-way map from 64 uniform bytes.
func (p *point) fromUniformBytes(b *[64]byte) {
	var t1, t2 field.Element
	var h [32]byte
	copy(h[:], b[:32])
	h[31] &= 0x7f
	_, _ = t1.SetBytes(h[:])
	copy(h[:], b[32:])
	h[31] &= 0x7f
	_, _ = t2.SetBytes(h[:])
	var p1, p2 point
	p1.mapToPoint(&t1)
	p2.mapToPoint(&t2)
	p.add(&p1, &p2)
}

// generatorDomain separates weft's Pedersen generators from any other use of
// the hash-to-group map.
const generatorDomain = "weft/rlnc/verified/v1/generator"

// hashGenerator derives the i-th Pedersen generator: the Ristretto255 one-way map
// of SHA-512(domain || uint64(i)). Nobody knows a discrete-log relation between
// generators derived this way (no trusted setup).
func hashGenerator(i int) point {
	var in [len(generatorDomain) + 8]byte
	copy(in[:], generatorDomain)
	binary.LittleEndian.PutUint64(in[len(generatorDomain):], uint64(i))
	h := sha512.Sum512(in[:])
	var p point
	p.fromUniformBytes(&h)
	return p
}

func bytesEqual(a, b []byte) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
