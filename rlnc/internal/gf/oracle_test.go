package gf

import (
	"bytes"
	"math/rand/v2"
	"testing"

	"github.com/klauspost/reedsolomon"
)

// TestGenericAgainstReedSolomon checks the reference kernels against
// klauspost/reedsolomon (LowLevel.GalMulSlice and GalMulSliceXor), an independent implementation of the same 0x11D field.
func TestGenericAgainstReedSolomon(t *testing.T) {
	var rsLow reedsolomon.LowLevel
	r := rand.New(rand.NewPCG(5, 5))
	all := make([]byte, 256)
	for i := range all {
		all[i] = byte(i)
	}
	for c := 0; c < 256; c++ {
		// The whole multiplication table row, and a random slice with an odd length.
		for _, in := range [][]byte{all, randBytes(r, 77)} {
			want := make([]byte, len(in))
			rsLow.GalMulSlice(byte(c), in, want)
			got := make([]byte, len(in))
			mulGeneric(byte(c), in, got)
			if !bytes.Equal(got, want) {
				t.Fatalf("mul by %#x differs from reedsolomon.GalMulSlice", c)
			}
			acc := randBytes(r, len(in))
			want, got = bytes.Clone(acc), bytes.Clone(acc)
			rsLow.GalMulSliceXor(byte(c), in, want)
			mulAddGeneric(byte(c), in, got)
			if !bytes.Equal(got, want) {
				t.Fatalf("mulAdd by %#x differs from reedsolomon.GalMulSliceXor", c)
			}
		}
	}
}

// TestDotAgainstReedSolomonEncode encodes one parity shard with reedsolomon and
// recomputes it as a Dot with the coefficients recovered from unit-vector encodings.
func TestDotAgainstReedSolomonEncode(t *testing.T) {
	const k, n = 10, 333
	enc, err := reedsolomon.New(k, 1)
	if err != nil {
		t.Fatal(err)
	}
	// Coefficient i of the parity row is the parity of the unit vector e_i.
	coeffs := make([]byte, k)
	for i := range coeffs {
		shards := make([][]byte, k+1)
		for j := range shards {
			shards[j] = make([]byte, 1)
		}
		shards[i][0] = 1
		if err := enc.Encode(shards); err != nil {
			t.Fatal(err)
		}
		coeffs[i] = shards[k][0]
	}
	r := rand.New(rand.NewPCG(6, 6))
	shards := make([][]byte, k+1)
	for i := range shards {
		shards[i] = randBytes(r, n)
	}
	if err := enc.Encode(shards); err != nil {
		t.Fatal(err)
	}
	forEachPath(t, func(t *testing.T, kern Kernel) {
		out := make([]byte, n)
		kern.Dot(coeffs, shards[:k], out, false)
		if !bytes.Equal(out, shards[k]) {
			t.Fatal("Dot differs from reedsolomon's parity shard")
		}
	})
}
