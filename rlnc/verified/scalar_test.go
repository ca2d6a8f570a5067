package verified

import (
	"math/big"
	"math/rand/v2"
	"testing"
)

var bigEll, _ = new(big.Int).SetString("7237005577332262213973186563042994240857116359379907606001950938285454250989", 10)

func scToBig(s *sc) *big.Int {
	var b [32]byte
	s.putBytes(b[:])
	for i, j := 0, 31; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return new(big.Int).SetBytes(b[:])
}

func randSc(r *rand.Rand) sc {
	var b [64]byte
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	var s sc
	s.setUniform(&b)
	return s
}

func TestScalarArithmetic(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	k320 := new(big.Int).Lsh(big.NewInt(1), 320)
	kinv := new(big.Int).ModInverse(k320, bigEll)
	for i := 0; i < 2000; i++ {
		a, b := randSc(r), randSc(r)
		if i == 0 {
			a = sc{ell[0] - 1, ell[1], ell[2], ell[3]}
			b = a
		}
		A, B := scToBig(&a), scToBig(&b)
		var s sc
		s.add(&a, &b)
		if want := new(big.Int).Mod(new(big.Int).Add(A, B), bigEll); scToBig(&s).Cmp(want) != 0 {
			t.Fatalf("add")
		}
		s.sub(&a, &b)
		if want := new(big.Int).Mod(new(big.Int).Sub(A, B), bigEll); scToBig(&s).Cmp(want) != 0 {
			t.Fatalf("sub")
		}
		s.mul(&a, &b)
		if want := new(big.Int).Mod(new(big.Int).Mul(A, B), bigEll); scToBig(&s).Cmp(want) != 0 {
			t.Fatalf("mul")
		}
		s.montMul(&a, &b)
		want := new(big.Int).Mul(A, B)
		want.Mul(want, kinv).Mod(want, bigEll)
		if scToBig(&s).Cmp(want) != 0 {
			t.Fatalf("montMul")
		}
		if !a.isZero() {
			var am, inv, p sc
			am.toMont(&a)
			inv.invMont(&am)
			p.montMul(&am, &inv)
			p.fromMont(&p)
			if !p.isOne() {
				t.Fatalf("invMont")
			}
		}
		// A sum of many products through the wide accumulator.
		var acc wide
		sum := new(big.Int)
		for j := 0; j < 300; j++ {
			x, y := randSc(r), randSc(r)
			if j%3 == 0 {
				x = sc{ell[0] - 1, ell[1], ell[2], ell[3]}
				y = x
			}
			acc.mulAdd(&x, &y)
			sum.Add(sum, new(big.Int).Mul(scToBig(&x), scToBig(&y)))
			w := sc{r.Uint64(), r.Uint64()}
			acc.mulAdd128(&w, &y)
			sum.Add(sum, new(big.Int).Mul(scToBig(&w), scToBig(&y)))
			small := r.Uint64()
			acc.mulAddSmall(small, &y)
			sum.Add(sum, new(big.Int).Mul(new(big.Int).SetUint64(small), scToBig(&y)))
		}
		s.redc(&acc)
		sum.Mul(sum, kinv).Mod(sum, bigEll)
		if scToBig(&s).Cmp(sum) != 0 {
			t.Fatalf("wide redc")
		}
	}
}

func TestScalarCanonical(t *testing.T) {
	var b [32]byte
	e := ell
	e.putBytes(b[:])
	var s sc
	if s.setCanonical(b[:]) {
		t.Fatal("ℓ accepted")
	}
	b[0]--
	if !s.setCanonical(b[:]) {
		t.Fatal("ℓ-1 rejected")
	}
	if s.setCanonical(b[:31]) {
		t.Fatal("short accepted")
	}
}

func BenchmarkScalarMulAdd(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	x, y := randSc(r), randSc(r)
	var acc wide
	for b.Loop() {
		acc.mulAdd(&x, &y)
	}
}

func BenchmarkScalarRedc(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	x, y := randSc(r), randSc(r)
	var acc wide
	acc.mulAdd(&x, &y)
	var s sc
	for b.Loop() {
		s.redc(&acc)
	}
}

func BenchmarkScalarMulAdd128(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	x, y := randSc(r), randSc(r)
	x[2], x[3] = 0, 0
	var acc wide
	for b.Loop() {
		acc.mulAdd128(&x, &y)
	}
}

func BenchmarkScalarMontMul(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	x, y := randSc(r), randSc(r)
	for b.Loop() {
		x.montMul(&x, &y)
	}
}

func BenchmarkScalarInvMont(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	x := randSc(r)
	for b.Loop() {
		x.invMont(&x)
	}
}

func bigInt(v int64) *big.Int { return big.NewInt(v) }

// TestMontMulFused: the fused montMul equals mulAdd+redc on random and edge
// values (0, 1, ℓ−1, the Montgomery constants).
func TestMontMulFused(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 20))
	edges := []sc{{}, {1}, {ell[0] - 1, ell[1], ell[2], ell[3]}, kMont, kMont2, kMont3, {^uint64(0)}}
	for i := 0; i < 20000; i++ {
		a, b := randSc(r), randSc(r)
		if i < len(edges)*len(edges) {
			a, b = edges[i%len(edges)], edges[i/len(edges)]
		}
		var got, want sc
		got.montMul(&a, &b)
		want.montMulSlow(&a, &b)
		if got != want {
			t.Fatalf("montMul(%x, %x) = %x, want %x", a, b, got, want)
		}
	}
}

// TestInvMontFast: the math/big inverse equals edwards25519's on random and
// edge values (1, ℓ-1, the Montgomery constants), and 0 has none.
func TestInvMontFast(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 21))
	edges := []sc{{1}, {2}, {ell[0] - 1, ell[1], ell[2], ell[3]}, kMont, kMont2, kMont3}
	for i := 0; i < 3000; i++ {
		a := randSc(r)
		if i < len(edges) {
			a = edges[i]
		}
		if a.isZero() {
			continue
		}
		var got, want sc
		got.invMont(&a)
		want.invMontSlow(&a)
		if got != want {
			t.Fatalf("invMont(%x) = %x, want %x", a, got, want)
		}
	}
	var z, got sc
	got.invMont(&z)
	if !got.isZero() {
		t.Fatal("invMont(0) not zero")
	}
}
