package gf

import (
	"bytes"
	"flag"
	"math/rand/v2"
	"os"
	"testing"
)

// forcePath restricts the tests and benchmarks to one path: -gf.path=avx2, or
// WEFT_GF_PATH=avx2 in the environment (for `go test ./...` across packages).
var forcePath = flag.String("gf.path", os.Getenv("WEFT_GF_PATH"),
	"test only this kernel path (generic, avx2, gfni256, gfni512); default: every supported path")

// testPaths returns the paths under test: every supported one, or the forced one.
func testPaths(t testing.TB) []Path {
	t.Helper()
	if *forcePath == "" {
		var ps []Path
		for _, p := range Paths() {
			if Supported(p) {
				ps = append(ps, p)
			}
		}
		return ps
	}
	for _, p := range Paths() {
		if p.String() == *forcePath {
			if !Supported(p) {
				t.Skipf("path %s not supported on this CPU or build", p)
			}
			return []Path{p}
		}
	}
	t.Fatalf("-gf.path=%q: unknown path", *forcePath)
	return nil
}

func forEachPath(t *testing.T, f func(t *testing.T, k Kernel)) {
	for _, p := range testPaths(t) {
		k, err := New(p)
		if err != nil {
			t.Fatal(err)
		}
		t.Run(p.String(), func(t *testing.T) { f(t, k) })
	}
}

func randBytes(r *rand.Rand, n int) []byte {
	b := make([]byte, n)
	for i := 0; i < n; i += 8 {
		v := r.Uint64()
		for j := i; j < min(i+8, n); j++ {
			b[j] = byte(v)
			v >>= 8
		}
	}
	return b
}

// pool is shared read-only input data; inputs are windows into it at varied offsets.
var pool = randBytes(rand.New(rand.NewPCG(9, 9)), 1<<16)

// input returns a read-only input of at least n bytes starting at an offset that
// is o mod 64, and up to extra bytes longer.
func input(r *rand.Rand, n, o, extra int) []byte {
	l := n + r.IntN(extra+1)
	start := (r.IntN((len(pool)-l)/64))*64 + o%64
	if start+l > len(pool) {
		start -= 64
	}
	return pool[start : start+l : start+l]
}

// guarded returns a slice of length n at offset off inside a buffer whose bytes
// outside the slice hold a canary, and a check that the canary is intact.
func guarded(r *rand.Rand, n, off int) ([]byte, func(t *testing.T)) {
	buf := randBytes(r, off+n+80)
	canary := bytes.Clone(buf)
	s := buf[off : off+n : off+n]
	return s, func(t *testing.T) {
		t.Helper()
		if !bytes.Equal(buf[:off], canary[:off]) || !bytes.Equal(buf[off+n:], canary[off+n:]) {
			t.Fatalf("kernel wrote outside out (len %d, offset %d)", n, off)
		}
	}
}

var testLengths = func() []int {
	var ls []int
	for n := 0; n <= 300; n++ {
		ls = append(ls, n)
	}
	return append(ls, 511, 512, 513, 1000, 1024+33, 4096+511)
}()

func TestAffineMatrixLayout(t *testing.T) {
	// GF2P8AFFINEQB as the Intel SDM defines it: bit i of the result is the parity of
	// (byte 7-i of the matrix qword) AND x, xored with bit i of the immediate (0 here).
	affine := func(a uint64, x byte) byte {
		var y byte
		for i := 0; i < 8; i++ {
			row := byte(a >> (8 * (7 - i)))
			v := row & x
			v ^= v >> 4
			v ^= v >> 2
			v ^= v >> 1
			y |= (v & 1) << i
		}
		return y
	}
	for c := 0; c < 256; c++ {
		m := AffineMatrix(byte(c))
		for x := 0; x < 256; x++ {
			if got, want := affine(m, byte(x)), Mul(byte(c), byte(x)); got != want {
				t.Fatalf("affine(AffineMatrix(%#x), %#x) = %#x, want %#x", c, x, got, want)
			}
		}
	}
}

func TestFieldAxioms(t *testing.T) {
	for a := 0; a < 256; a++ {
		low, high := NibbleTables(byte(a))
		for b := 0; b < 256; b++ {
			if Mul(byte(a), byte(b)) != Mul(byte(b), byte(a)) {
				t.Fatal("not commutative")
			}
			if low[b&15]^high[b>>4] != Mul(byte(a), byte(b)) {
				t.Fatalf("nibble tables wrong for %d*%d", a, b)
			}
			if b != 0 && Div(Mul(byte(a), byte(b)), byte(b)) != byte(a) {
				t.Fatalf("(%d*%d)/%d != %d", a, b, b, a)
			}
		}
		if a != 0 && Mul(byte(a), Inv(byte(a))) != 1 {
			t.Fatalf("%d * Inv(%d) != 1", a, a)
		}
	}
}

func TestMul(t *testing.T) {
	forEachPath(t, func(t *testing.T, k Kernel) {
		r := rand.New(rand.NewPCG(1, uint64(k.Path())))
		for _, add := range []bool{false, true} {
			run := func(c byte, n, inOff, outOff int) {
				t.Helper()
				inBuf := randBytes(r, n+inOff)
				in := inBuf[inOff:]
				out, check := guarded(r, n, outOff)
				want := bytes.Clone(out)
				if add {
					mulAddGeneric(c, in, want)
					k.MulAdd(c, in, out)
				} else {
					mulGeneric(c, in, want)
					k.Mul(c, in, out)
				}
				if !bytes.Equal(out, want) {
					t.Fatalf("add=%v c=%#x n=%d offsets %d/%d: mismatch", add, c, n, inOff, outOff)
				}
				check(t)
			}
			for _, n := range testLengths {
				run(byte(r.Uint32()), n, 0, 0)
				run(0, n, 0, 0)
				run(1, n, 0, 0)
			}
			for c := 0; c < 256; c++ {
				run(byte(c), 64*3+5, c%64, (c*7)%64)
			}
			for off := 1; off < 64; off++ {
				run(byte(r.Uint32()), 200+off, off, 64-off)
			}
		}
	})
}

// dotCase runs one Dot against the reference.
func dotCase(t *testing.T, r *rand.Rand, k Kernel, coeffs []byte, n int, add bool, off int) {
	t.Helper()
	in := make([][]byte, len(coeffs))
	for i := range in {
		// Inputs longer than out: the kernel must only use the first n bytes.
		in[i] = input(r, n, off+i, 2)
	}
	out, check := guarded(r, n, off)
	want := bytes.Clone(out)
	dotRef(coeffs, in, want, add)
	k.Dot(coeffs, in, out, add)
	if !bytes.Equal(out, want) {
		t.Fatalf("Dot k=%d n=%d add=%v off=%d: mismatch", len(coeffs), n, add, off)
	}
	check(t)
}

func TestDot(t *testing.T) {
	forEachPath(t, func(t *testing.T, k Kernel) {
		r := rand.New(rand.NewPCG(2, uint64(k.Path())))
		for _, add := range []bool{false, true} {
			// Every k from 1 to 256 on a length with a block, single vectors and a tail.
			for nk := 1; nk <= 256; nk++ {
				dotCase(t, r, k, randBytes(r, nk), 64+32+7, add, nk%64)
			}
			for _, n := range testLengths {
				nk := 1 + r.IntN(5)
				dotCase(t, r, k, randBytes(r, nk), n, add, n%64)
			}
			// Zero and one coefficients, alone and mixed.
			for _, cs := range [][]byte{{0}, {1}, {0, 0, 0}, {1, 1}, {0, 1, 0, 1, 0x53}, {1, 0}} {
				dotCase(t, r, k, cs, 1024+100, add, 3)
			}
			// Every coefficient value in some position.
			for c := 0; c < 256; c += 4 {
				dotCase(t, r, k, []byte{byte(c), byte(c + 1), byte(c + 2), byte(c + 3)}, 130, add, c%64)
			}
			dotCase(t, r, k, randBytes(r, 256), 1100, add, 5)
			// k = 0: out is cleared, or left alone with add.
			dotCase(t, r, k, nil, 100, add, 0)
		}
	})
}

func TestMatrix(t *testing.T) {
	forEachPath(t, func(t *testing.T, k Kernel) {
		r := rand.New(rand.NewPCG(3, uint64(k.Path())))
		for _, add := range []bool{false, true} {
			for m := 1; m <= 16; m++ {
				for _, nk := range []int{1, 2, 3, 5, 17} {
					for _, n := range []int{0, 1, 31, 32, 63, 64, 65, 200, 512 + 97} {
						matrixCase(t, r, k, m, nk, n, add)
					}
				}
				// Long enough for every block stage of every row count.
				matrixCase(t, r, k, m, 2, 1664+33, add)
			}
			coeffs := []byte{0, 1, 0, 1, 1, 0, 0x8e, 1, 0}
			matrixCaseCoeffs(t, r, k, coeffs, 3, 3, 300, add)
		}
	})
}

func matrixCase(t *testing.T, r *rand.Rand, k Kernel, m, nk, n int, add bool) {
	t.Helper()
	matrixCaseCoeffs(t, r, k, randBytes(r, m*nk), m, nk, n, add)
}

func matrixCaseCoeffs(t *testing.T, r *rand.Rand, k Kernel, coeffs []byte, m, nk, n int, add bool) {
	t.Helper()
	in := make([][]byte, nk)
	for i := range in {
		in[i] = input(r, n, i*13, 0)
	}
	out := make([][]byte, m)
	checks := make([]func(*testing.T), m)
	want := make([][]byte, m)
	for j := range out {
		out[j], checks[j] = guarded(r, n, (j*5)%64)
		want[j] = bytes.Clone(out[j])
	}
	matrixRef(coeffs, in, want, add)
	k.Matrix(coeffs, in, out, add)
	for j := range out {
		if !bytes.Equal(out[j], want[j]) {
			t.Fatalf("Matrix m=%d k=%d n=%d add=%v: row %d mismatch", m, nk, n, add, j)
		}
		checks[j](t)
	}
}

func TestZeroAllocs(t *testing.T) {
	if testing.Short() {
		t.Skip("allocation counts are checked in the full run")
	}
	r := rand.New(rand.NewPCG(4, 4))
	const nk, n = 32, 1000
	in := make([][]byte, nk)
	for i := range in {
		in[i] = randBytes(r, n)
	}
	coeffs := randBytes(r, 5*nk)
	out := [][]byte{make([]byte, n), make([]byte, n), make([]byte, n), make([]byte, n), make([]byte, n)}
	for _, p := range testPaths(t) {
		k, _ := New(p)
		allocs := testing.AllocsPerRun(10, func() {
			k.Mul(7, in[0], out[0])
			k.MulAdd(7, in[0], out[0])
			k.Dot(coeffs[:nk], in, out[0], false)
			k.Dot(coeffs[:nk], in, out[0], true)
			k.Matrix(coeffs, in, out, true)
		})
		if allocs != 0 {
			t.Errorf("%s: %v allocations per run, want 0", p, allocs)
		}
	}
}

func TestBestAndNew(t *testing.T) {
	if !Supported(Generic) || !Supported(Best()) {
		t.Fatal("Generic and Best must be supported")
	}
	if _, err := New(numPaths); err == nil {
		t.Fatal("New accepted an unknown path")
	}
	for _, p := range Paths() {
		_, err := New(p)
		if (err == nil) != Supported(p) {
			t.Fatalf("New(%s) = %v, Supported = %v", p, err, Supported(p))
		}
	}
	t.Logf("best path: %s; supported: %v", Best(), testPaths(t))
}

// dotRef is the plainest Dot: one multiply-add pass per input. The generic Dot
// (which folds inputs together) is checked against it.
func dotRef(coeffs []byte, in [][]byte, out []byte, add bool) {
	if !add {
		clear(out)
	}
	for i, c := range coeffs {
		mulAddGeneric(c, in[i][:len(out)], out)
	}
}

// matrixRef is Matrix as one dotRef per row.
func matrixRef(coeffs []byte, in [][]byte, out [][]byte, add bool) {
	for r, o := range out {
		dotRef(coeffs[r*len(in):(r+1)*len(in)], in, o, add)
	}
}
