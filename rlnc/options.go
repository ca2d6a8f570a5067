package rlnc

import (
	"fmt"

	"github.com/weftnet/weft/rlnc/internal/gf"
)

// Limits on the codec's shape. They are checked by every constructor.
const (
	// MaxK is the largest number of source chunks in one generation.
	MaxK = 1024
	// MaxChunkSize is the largest chunk, in bytes.
	MaxChunkSize = 1 << 26
)

// Option configures an Encoder, Decoder or Recoder.
type Option func(*options) error

type options struct {
	path gf.Path
}

// WithKernel forces the kernel implementation by name: "generic", "avx2",
// "gfni256" or "gfni512". The default is the fastest the CPU supports. A name this
// CPU or build (noasm) cannot run makes the constructor fail with ErrUnsupportedKernel.
func WithKernel(name string) Option {
	return func(o *options) error {
		for _, p := range gf.Paths() {
			if p.String() == name {
				if !gf.Supported(p) {
					return fmt.Errorf("%w: %s", ErrUnsupportedKernel, name)
				}
				o.path = p
				return nil
			}
		}
		return fmt.Errorf("%w: unknown kernel %q", ErrUnsupportedKernel, name)
	}
}

// Kernels lists the kernel names this CPU and build support, slowest first.
func Kernels() []string {
	var names []string
	for _, p := range gf.Paths() {
		if gf.Supported(p) {
			names = append(names, p.String())
		}
	}
	return names
}

// DefaultKernel names the kernel constructors choose when WithKernel is not given.
func DefaultKernel() string { return gf.Best().String() }

// setup validates the shape and applies options, returning the kernel to use.
func setup(k, chunkSize int, opts []Option) (gf.Kernel, error) {
	if k < 1 || k > MaxK {
		return gf.Kernel{}, fmt.Errorf("%w: k=%d, want 1..%d", ErrInvalidK, k, MaxK)
	}
	if chunkSize < 1 || chunkSize > MaxChunkSize {
		return gf.Kernel{}, fmt.Errorf("%w: %d, want 1..%d", ErrInvalidChunkSize, chunkSize, MaxChunkSize)
	}
	o := options{path: gf.Best()}
	for _, opt := range opts {
		if err := opt(&o); err != nil {
			return gf.Kernel{}, err
		}
	}
	return gf.New(o.path)
}
