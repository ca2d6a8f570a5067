package gf

import (
	"bytes"
	"testing"
)

// FuzzKernels checks every supported path against the reference on arbitrary
// shapes: the first bytes choose the number of inputs and rows, the length, the
// offsets and add; the rest fills coefficients and data.
func FuzzKernels(f *testing.F) {
	f.Add([]byte{3, 2, 100, 1, 5, 1, 2, 3, 4, 5, 6, 0, 1, 0x8e})
	f.Add([]byte{1, 1, 0, 0, 0})
	f.Add([]byte{17, 5, 255, 63, 1, 0, 0, 1, 1})
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) < 5 {
			return
		}
		k := 1 + int(data[0])%24
		m := 1 + int(data[1])%10
		n := int(data[2]) * (1 + int(data[3]>>6)*3)
		off := int(data[3]) % 64
		add := data[4]&1 != 0
		rest := data[5:]
		next := func(i int) byte {
			if len(rest) == 0 {
				return byte(i*151 + 7)
			}
			return rest[i%len(rest)]
		}
		coeffs := make([]byte, k*m)
		for i := range coeffs {
			coeffs[i] = next(i)
		}
		in := make([][]byte, k)
		for i := range in {
			buf := make([]byte, off+n)
			for j := range buf {
				buf[j] = next(len(coeffs) + i*n + j)
			}
			in[i] = buf[off:]
		}
		init := make([]byte, n)
		for j := range init {
			init[j] = byte(j * 31)
		}
		want := make([][]byte, m)
		for r := range want {
			want[r] = bytes.Clone(init)
		}
		matrixRef(coeffs, in, want, add)
		for _, p := range testPaths(t) {
			kern, _ := New(p)
			out := make([][]byte, m)
			for r := range out {
				out[r] = bytes.Clone(init)
			}
			kern.Matrix(coeffs, in, out, add)
			for r := range out {
				if !bytes.Equal(out[r], want[r]) {
					t.Fatalf("%s Matrix k=%d m=%d n=%d add=%v: row %d differs", p, k, m, n, add, r)
				}
			}
			dot := bytes.Clone(init)
			kern.Dot(coeffs[:k], in, dot, add)
			if !bytes.Equal(dot, want[0]) {
				t.Fatalf("%s Dot k=%d n=%d add=%v differs", p, k, n, add)
			}
			one := bytes.Clone(init)
			if add {
				kern.MulAdd(coeffs[0], in[0], one)
			} else {
				kern.Mul(coeffs[0], in[0], one)
			}
			ref := bytes.Clone(init)
			if add {
				mulAddGeneric(coeffs[0], in[0], ref)
			} else {
				mulGeneric(coeffs[0], in[0], ref)
			}
			if !bytes.Equal(one, ref) {
				t.Fatalf("%s Mul/MulAdd n=%d add=%v differs", p, n, add)
			}
		}
	})
}
