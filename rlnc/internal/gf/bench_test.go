package gf

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/klauspost/reedsolomon"
)

var benchSizes = []struct {
	name string
	n    int
}{{"1KiB", 1 << 10}, {"16KiB", 16 << 10}, {"64KiB", 64 << 10}}

var benchKs = []int{16, 32, 64, 128}

func benchInputs(k, n int) ([]byte, [][]byte) {
	r := rand.New(rand.NewPCG(uint64(k), uint64(n)))
	in := make([][]byte, k)
	for i := range in {
		in[i] = randBytes(r, n)
	}
	coeffs := randBytes(r, k)
	for i := range coeffs {
		coeffs[i] |= 2 // no 0 or 1 coefficients: every input costs a full multiply
	}
	return coeffs, in
}

// BenchmarkDot is the fused k→1 kernel: one coded packet from k chunks.
// Throughput counts the k*size input bytes.
func BenchmarkDot(b *testing.B) {
	for _, p := range testPaths(b) {
		kern, _ := New(p)
		for _, k := range benchKs {
			for _, s := range benchSizes {
				b.Run(fmt.Sprintf("path=%s/k=%d/size=%s", p, k, s.name), func(b *testing.B) {
					coeffs, in := benchInputs(k, s.n)
					out := make([]byte, s.n)
					b.SetBytes(int64(k * s.n))
					b.ReportAllocs()
					for b.Loop() {
						kern.Dot(coeffs, in, out, false)
					}
				})
			}
		}
	}
}

// BenchmarkMatrix is the fused k→m kernel with m=4 rows.
func BenchmarkMatrix(b *testing.B) {
	const m = 4
	for _, p := range testPaths(b) {
		kern, _ := New(p)
		for _, k := range []int{16, 32} {
			for _, s := range benchSizes[:2] {
				b.Run(fmt.Sprintf("path=%s/m=%d/k=%d/size=%s", p, m, k, s.name), func(b *testing.B) {
					_, in := benchInputs(k, s.n)
					coeffs, _ := benchInputs(m*k, 1)
					out := make([][]byte, m)
					for i := range out {
						out[i] = make([]byte, s.n)
					}
					b.SetBytes(int64(k * s.n))
					b.ReportAllocs()
					for b.Loop() {
						kern.Matrix(coeffs, in, out, false)
					}
				})
			}
		}
	}
}

// BenchmarkMulAdd is out ^= c*in over size bytes.
func BenchmarkMulAdd(b *testing.B) {
	for _, p := range testPaths(b) {
		kern, _ := New(p)
		for _, s := range benchSizes {
			b.Run(fmt.Sprintf("path=%s/size=%s", p, s.name), func(b *testing.B) {
				_, in := benchInputs(1, s.n)
				out := make([]byte, s.n)
				b.SetBytes(int64(s.n))
				b.ReportAllocs()
				for b.Loop() {
					kern.MulAdd(0x8e, in[0], out)
				}
			})
		}
	}
}

// BenchmarkReedSolomonEncode is the baseline for BenchmarkDot in the same run:
// klauspost/reedsolomon computing one parity shard from k data shards, with its
// default options (it may split large shards across goroutines).
func BenchmarkReedSolomonEncode(b *testing.B) { benchReedSolomon(b) }

// BenchmarkReedSolomonEncodeOneCore is the same with reedsolomon held to one
// goroutine, the fair one-core comparison for the kernels.
func BenchmarkReedSolomonEncodeOneCore(b *testing.B) {
	benchReedSolomon(b, reedsolomon.WithMaxGoroutines(1))
}

func benchReedSolomon(b *testing.B, opts ...reedsolomon.Option) {
	for _, k := range benchKs {
		for _, s := range benchSizes {
			b.Run(fmt.Sprintf("k=%d/size=%s", k, s.name), func(b *testing.B) {
				enc, err := reedsolomon.New(k, 1, opts...)
				if err != nil {
					b.Fatal(err)
				}
				_, in := benchInputs(k, s.n)
				shards := append(in, make([]byte, s.n))
				b.SetBytes(int64(k * s.n))
				b.ReportAllocs()
				for b.Loop() {
					if err := enc.Encode(shards); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
