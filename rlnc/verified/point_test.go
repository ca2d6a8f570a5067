package verified

import (
	"bytes"
	"crypto/sha512"
	"encoding/binary"
	"testing"

	"filippo.io/edwards25519"
	"github.com/gtank/ristretto255"
)

// The reference implementation (gtank/ristretto255) is the oracle for the
// Ristretto encoding and the one-way map.
func TestRistrettoAgainstReference(t *testing.T) {
	for i := 0; i < 200; i++ {
		var seed [8]byte
		binary.LittleEndian.PutUint64(seed[:], uint64(i))
		h := sha512.Sum512(seed[:])
		ref := ristretto255.NewElement().FromUniformBytes(h[:])
		want := ref.Encode(nil)
		var p point
		p.fromUniformBytes(&h)
		var got [32]byte
		p.encodeRistretto(got[:])
		if !bytes.Equal(got[:], want) {
			t.Fatalf("map %d: got %x want %x", i, got, want)
		}
		var q point
		if !q.decodeRistretto(want) {
			t.Fatalf("decode %d failed", i)
		}
		if !q.equal(&p) {
			t.Fatalf("decode %d: not equal", i)
		}
		// Sums and doubles agree with the reference.
		var s, d point
		s.add(&p, &q)
		d.double(&p)
		if !s.equal(&d) {
			t.Fatal("p+p != 2p")
		}
		ref2 := ristretto255.NewElement().Add(ref, ref)
		s.encodeRistretto(got[:])
		if !bytes.Equal(got[:], ref2.Encode(nil)) {
			t.Fatal("double encoding differs")
		}
		// Round trip through edwards25519.Point.
		var r point
		r.fromEdwards(p.toEdwards())
		if !r.equal(&p) {
			t.Fatal("edwards round trip")
		}
	}
}

func TestRistrettoRejects(t *testing.T) {
	// Test vectors of RFC 9496 A.2 (bad encodings), a selection.
	bad := []string{
		"00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
		"ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
		"f3ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
		"edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
		"0100000000000000000000000000000000000000000000000000000000000000",
		"01ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
		"ed57ffd8c914fb201471d1c3d245ce3c746fcbe63a3679d51b6a516ebebe0e20",
		"26948d35ca62e643e26a83177332e6b6afeb9d08e4268b650f1f5bbd8d81d371",
		"ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
	}
	for _, h := range bad {
		b := mustHex(t, h)
		var p point
		if p.decodeRistretto(b) {
			t.Errorf("accepted %s", h)
		}
		if err := ristretto255.NewElement().Decode(b); err == nil {
			t.Errorf("reference accepted %s", h)
		}
	}
	var id point
	id.setIdentity()
	var enc [32]byte
	id.encodeRistretto(enc[:])
	if enc != [32]byte{} {
		t.Fatalf("identity encodes to %x", enc)
	}
	var p point
	if !p.decodeRistretto(enc[:]) || !p.isIdentity() {
		t.Fatal("identity round trip")
	}
}

func mustHex(t *testing.T, s string) []byte {
	t.Helper()
	b := make([]byte, len(s)/2)
	for i := range b {
		var v byte
		for _, c := range []byte(s[2*i : 2*i+2]) {
			v <<= 4
			switch {
			case c >= '0' && c <= '9':
				v |= c - '0'
			case c >= 'a' && c <= 'f':
				v |= c - 'a' + 10
			}
		}
		b[i] = v
	}
	return b
}

func TestNielsBatch(t *testing.T) {
	pts := make([]point, 10)
	for i := range pts {
		pts[i] = hashGenerator(i)
		pts[i].double(&pts[i]) // Z != 1
	}
	ns := make([]niels, len(pts))
	toNielsBatch(ns, pts)
	g := hashGenerator(100)
	for i := range pts {
		var a, b point
		a.addNiels(&g, &ns[i], false)
		b.add(&g, &pts[i])
		if !a.equal(&b) {
			t.Fatal("niels add")
		}
		a.addNiels(&a, &ns[i], true)
		if !a.equal(&g) {
			t.Fatal("niels sub")
		}
	}
	_ = edwards25519.NewIdentityPoint()
}
