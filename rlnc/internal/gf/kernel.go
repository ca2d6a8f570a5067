package gf

import (
	"errors"
	"fmt"
)

// Path names one implementation of the slice kernels.
type Path uint8

const (
	// Generic is the pure-Go reference, available everywhere.
	Generic Path = iota
	// AVX2 uses split-nibble table lookups with VPSHUFB on 256-bit vectors.
	AVX2
	// GFNI256 uses VGF2P8AFFINEQB on 256-bit vectors (GFNI + AVX2).
	GFNI256
	// GFNI512 uses VGF2P8AFFINEQB on 512-bit vectors (GFNI + AVX-512F/BW).
	GFNI512
	numPaths
)

// ErrUnsupported is returned by New for a path this CPU or build cannot run.
var ErrUnsupported = errors.New("gf: kernel path not supported on this CPU or build")

func (p Path) String() string {
	switch p {
	case Generic:
		return "generic"
	case AVX2:
		return "avx2"
	case GFNI256:
		return "gfni256"
	case GFNI512:
		return "gfni512"
	}
	return fmt.Sprintf("path(%d)", uint8(p))
}

// Paths lists every path in order of preference, fastest last.
func Paths() []Path { return []Path{Generic, AVX2, GFNI256, GFNI512} }

// impl is the set of functions behind a Path. Each function may assume the contract
// documented on the corresponding Kernel method; Kernel validates nothing itself.
type impl struct {
	mul    func(c byte, in, out []byte)
	mulAdd func(c byte, in, out []byte)
	dot    func(coeffs []byte, in [][]byte, out []byte, add bool)
	matrix func(coeffs []byte, in [][]byte, out [][]byte, add bool)
}

var generic = impl{mul: mulGeneric, mulAdd: mulAddGeneric, dot: dotGeneric, matrix: matrixGeneric}

// impls[p] is filled for every path this build and CPU support (see arch files).
var impls = [numPaths]*impl{Generic: &generic}

// Supported reports whether p can run here.
func Supported(p Path) bool { return p < numPaths && impls[p] != nil }

// Best returns the fastest supported path.
func Best() Path {
	for p := numPaths - 1; p > Generic; p-- {
		if impls[p] != nil {
			return p
		}
	}
	return Generic
}

// Kernel runs the slice operations on one path. The zero value is not usable; get one
// from New. A Kernel holds no mutable state and may be used from many goroutines.
//
// Contract for every method: slices may be unaligned and of any length, including
// lengths that are not a multiple of the vector width; in and out must not overlap
// unless they are identical; every input must be at least as long as the output range
// the method names. Methods do not check these preconditions: the public rlnc API does.
type Kernel struct {
	p  Path
	fn *impl
}

// New returns the kernel for path p, or ErrUnsupported.
func New(p Path) (Kernel, error) {
	if !Supported(p) {
		return Kernel{}, fmt.Errorf("%w: %s", ErrUnsupported, p)
	}
	return Kernel{p: p, fn: impls[p]}, nil
}

// Path reports the kernel's path.
func (k Kernel) Path() Path { return k.p }

// Mul sets out[i] = c*in[i] for i < len(in). out must be at least as long as in.
func (k Kernel) Mul(c byte, in, out []byte) { k.fn.mul(c, in, out) }

// MulAdd sets out[i] ^= c*in[i] for i < len(in). out must be at least as long as in.
func (k Kernel) MulAdd(c byte, in, out []byte) { k.fn.mulAdd(c, in, out) }

// Dot is the fused k→1 multiply-accumulate: out = Σ coeffs[i]*in[i] (out ^= ... with
// add) over the first len(out) bytes of each input, reading each input once.
// len(coeffs) must equal len(in).
func (k Kernel) Dot(coeffs []byte, in [][]byte, out []byte, add bool) {
	k.fn.dot(coeffs, in, out, add)
}

// Matrix is the fused k→m multiply-accumulate: for each row r, out[r] = Σ_i
// coeffs[r*len(in)+i]*in[i] (^= with add) over the first len(out[r]) bytes; every
// out[r] has the same length. len(coeffs) must equal len(out)*len(in).
func (k Kernel) Matrix(coeffs []byte, in [][]byte, out [][]byte, add bool) {
	k.fn.matrix(coeffs, in, out, add)
}
