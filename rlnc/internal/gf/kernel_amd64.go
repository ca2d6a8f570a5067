//go:build !noasm

package gf

import "github.com/klauspost/cpuid/v2"

// nibbleTable[c] is mulLow[c] followed by mulHigh[c]: the two 16-byte VPSHUFB
// tables of the AVX2 kernels, adjacent so one pointer reaches both.
var nibbleTable [256][32]byte

func init() {
	for c := range nibbleTable {
		copy(nibbleTable[c][:16], mulLow[c][:])
		copy(nibbleTable[c][16:], mulHigh[c][:])
	}
	f := cpuid.CPU
	if f.Supports(cpuid.AVX2) {
		impls[AVX2] = &avx2Impl
	}
	if f.Supports(cpuid.AVX2, cpuid.GFNI) {
		impls[GFNI256] = &gfni256Impl
	}
	if f.Supports(cpuid.AVX512F, cpuid.AVX512BW, cpuid.GFNI, cpuid.BMI2) {
		impls[GFNI512] = &gfni512Impl
	}
}

// vecTail is the vector width the VEX kernels work in; they leave the last
// len%vecTail bytes to the generic code.
const vecTail = 32

var gfni512Impl = impl{
	mul: func(c byte, in, out []byte) {
		if c < 2 || len(in) == 0 {
			mulGeneric(c, in, out)
			return
		}
		mulGFNI512(&gfniMatrix[c], in, out)
	},
	mulAdd: func(c byte, in, out []byte) {
		if c == 0 || len(in) == 0 {
			return
		}
		mulAddGFNI512(&gfniMatrix[c], in, out)
	},
	dot: func(coeffs []byte, in [][]byte, out []byte, add bool) {
		if len(in) == 0 || len(out) == 0 {
			dotGeneric(coeffs, in, out, add)
			return
		}
		dotGFNI512(coeffs, &gfniMatrix, in, out, add)
	},
	matrix: func(coeffs []byte, in [][]byte, out [][]byte, add bool) {
		if len(out) == 0 {
			return
		}
		n := len(out[0])
		k := len(in)
		if k == 0 || n == 0 {
			matrixGeneric(coeffs, in, out, add)
			return
		}
		for r := 0; r < len(out); {
			switch m := min(len(out)-r, maxRowsGFNI512); m {
			case 1:
				dotGFNI512(coeffs[r*k:(r+1)*k], &gfniMatrix, in, out[r][:n], add)
			default:
				matrixGFNI512[m](coeffs[r*k:], &gfniMatrix, in, out[r:r+m], n, add)
			}
			r += maxRowsGFNI512
		}
	},
}

const maxRowsGFNI512 = 8

var matrixGFNI512 = [maxRowsGFNI512 + 1]func(coeffs []byte, tab *[256]uint64, in [][]byte, out [][]byte, n int, add bool){
	2: matrixGFNI512x2, 3: matrixGFNI512x3, 4: matrixGFNI512x4, 5: matrixGFNI512x5,
	6: matrixGFNI512x6, 7: matrixGFNI512x7, 8: matrixGFNI512x8,
}

const maxRowsGFNI256 = 4

var matrixGFNI256 = [maxRowsGFNI256 + 1]func(coeffs []byte, tab *[256]uint64, in [][]byte, out [][]byte, n int, add bool){
	2: matrixGFNI256x2, 3: matrixGFNI256x3, 4: matrixGFNI256x4,
}

const maxRowsAVX2 = 4

var matrixAVX2 = [maxRowsAVX2 + 1]func(coeffs []byte, tab *[256][32]byte, in [][]byte, out [][]byte, n int, add bool){
	2: matrixAVX2x2, 3: matrixAVX2x3, 4: matrixAVX2x4,
}

var (
	gfni256Impl = vectorImpl(&gfniMatrix, mulGFNI256, mulAddGFNI256, dotGFNI256, matrixGFNI256[:])
	avx2Impl    = vectorImpl(&nibbleTable, mulAVX2, mulAddAVX2, dotAVX2, matrixAVX2[:])
)

// vectorImpl assembles a 256-bit path from its kernels, which take per-coefficient
// tables of type T (GFNI matrices or PSHUFB nibble tables): the kernels cover whole
// vectors, the generic code the tail; matrix[m] handles m rows at once (m ≥ 2).
func vectorImpl[T any](tab *[256]T,
	mul, mulAdd func(t *T, in, out []byte),
	dot func(coeffs []byte, tab *[256]T, in [][]byte, out []byte, add bool),
	matrix []func(coeffs []byte, tab *[256]T, in [][]byte, out [][]byte, n int, add bool),
) impl {
	maxRows := len(matrix) - 1
	return impl{
		mul: func(c byte, in, out []byte) {
			n := len(in) &^ (vecTail - 1)
			if c < 2 || n == 0 {
				mulGeneric(c, in, out)
				return
			}
			mul(&tab[c], in, out)
			mulGeneric(c, in[n:], out[n:])
		},
		mulAdd: func(c byte, in, out []byte) {
			n := len(in) &^ (vecTail - 1)
			if c == 0 || n == 0 {
				mulAddGeneric(c, in, out)
				return
			}
			mulAdd(&tab[c], in, out)
			mulAddGeneric(c, in[n:], out[n:])
		},
		dot: func(coeffs []byte, in [][]byte, out []byte, add bool) {
			n := len(out) &^ (vecTail - 1)
			if len(in) == 0 || n == 0 {
				dotGeneric(coeffs, in, out, add)
				return
			}
			dot(coeffs, tab, in, out, add)
			dotTail(coeffs, in, out, n, add)
		},
		matrix: func(coeffs []byte, in [][]byte, out [][]byte, add bool) {
			if len(out) == 0 {
				return
			}
			size := len(out[0])
			n := size &^ (vecTail - 1)
			k := len(in)
			if k == 0 || n == 0 {
				matrixGeneric(coeffs, in, out, add)
				return
			}
			for r := 0; r < len(out); r += maxRows {
				switch m := min(len(out)-r, maxRows); m {
				case 1:
					dot(coeffs[r*k:(r+1)*k], tab, in, out[r][:n], add)
				default:
					matrix[m](coeffs[r*k:], tab, in, out[r:r+m], n, add)
				}
			}
			for r, o := range out {
				dotTail(coeffs[r*k:(r+1)*k], in, o[:size], n, add)
			}
		},
	}
}

// dotTail finishes a Dot whose first n bytes a vector kernel computed: out[n:] (^)=
// Σ coeffs[i]*in[i][n:len(out)].
func dotTail(coeffs []byte, in [][]byte, out []byte, n int, add bool) {
	if n == len(out) {
		return
	}
	tail := out[n:]
	if !add {
		clear(tail)
	}
	for i, c := range coeffs {
		mulAddGeneric(c, in[i][n:len(out)], tail)
	}
}
