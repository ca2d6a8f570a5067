package verified

import (
	"crypto/rand"
	"crypto/sha3"
	"encoding/binary"
	"fmt"
	"io"
	"runtime"
)

// Option configures an Encoder, Decoder or Recoder. Options that do not apply to
// a constructor are ignored by it.
type Option func(*options) error

type options struct {
	rand      io.Reader
	workers   int
	coeffBits int
	// decoderWorkers is workers when WithConcurrency was given, else 1.
	decoderWorkers int
	recodeBits     int
}

func defaultOptions() options {
	return options{rand: rand.Reader, workers: runtime.GOMAXPROCS(0), coeffBits: 16, decoderWorkers: 1}
}

func applyOptions(opts []Option) (options, error) {
	o := defaultOptions()
	for _, opt := range opts {
		if opt == nil {
			return o, fmt.Errorf("%w: nil option", ErrInvalidParams)
		}
		if err := opt(&o); err != nil {
			return o, err
		}
	}
	return o, nil
}

// WithRand sets the randomness source. Decoders and Recoders draw their batch
// verification weights from it: these must be unpredictable to whoever sends the
// chunks, so the default is crypto/rand and a deterministic source belongs in
// tests and simulations only. Encoders do not use it.
func WithRand(r io.Reader) Option {
	return func(o *options) error {
		if r == nil {
			return fmt.Errorf("%w: nil rand", ErrInvalidParams)
		}
		o.rand = r
		return nil
	}
}

// WithConcurrency sets how many goroutines an Encoder uses to commit (default
// GOMAXPROCS) or a Decoder or Recoder uses for one verification (default 1).
// 1 keeps all work on the caller's goroutine.
func WithConcurrency(n int) Option {
	return func(o *options) error {
		if n < 1 || n > 1024 {
			return fmt.Errorf("%w: concurrency %d, want 1..1024", ErrInvalidParams, n)
		}
		o.workers, o.decoderWorkers = n, n
		return nil
	}
}

// WithCoeffBits sets the width, 8 or 16 bits, of the coefficients an Encoder
// draws for seeded packets (default 16). Narrower coefficients make encoding a
// little cheaper and do not change the wire size (seeded packets carry a seed).
func WithCoeffBits(bits int) Option {
	return func(o *options) error {
		if bits != 8 && bits != 16 {
			return fmt.Errorf("%w: coefficient width %d, want 8 or 16", ErrInvalidParams, bits)
		}
		o.coeffBits = bits
		return nil
	}
}

// WithRecodeBits makes a Decoder or Recoder mix its packets with random
// coefficients of 8 or 16 bits instead of full scalars, and send the result as
// CoeffCompact packets whose coefficients take only the bytes they need. Over
// the publisher's 8/16-bit coefficients that is a few bytes per coefficient for
// several hops instead of 32 (see the wire-overhead tables); the price is a
// higher chance that a recoded packet is not innovative for its receiver (about
// 2^-bits, as with GF(2^8) coding at 8 bits). 0 (the default) mixes with full
// scalars and sends explicit coefficients.
func WithRecodeBits(bits int) Option {
	return func(o *options) error {
		if bits != 0 && bits != 8 && bits != 16 {
			return fmt.Errorf("%w: recoding width %d, want 0, 8 or 16", ErrInvalidParams, bits)
		}
		o.recodeBits = bits
		return nil
	}
}

// NewSeededReader returns a deterministic, reproducible stream (SHAKE128 of the
// seed) for tests and simulations. It is not safe for concurrent use and must
// not supply batch-verification weights in production.
func NewSeededReader(seed uint64) io.Reader {
	x := sha3.NewSHAKE128()
	var b [8]byte
	binary.LittleEndian.PutUint64(b[:], seed)
	_, _ = x.Write([]byte("weft/rlnc/verified/v1/seeded-reader"))
	_, _ = x.Write(b[:])
	return x
}
