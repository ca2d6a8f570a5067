package rlnc

import (
	"fmt"

	"github.com/weftnet/weft/rlnc/internal/gf"
)

// Encoder produces systematic and coded packets from a generation of k source chunks
// of chunkSize bytes each.
//
// An Encoder is reusable: SetSource points it at the next generation. It is not safe
// for concurrent use (it keeps a coefficient scratch buffer); use one Encoder per
// goroutine over the same source chunks, which are only read.
type Encoder struct {
	k, size int
	kern    gf.Kernel
	gen     uint32
	src     [][]byte
	scratch []byte // k coefficients
}

// NewEncoder returns an Encoder for generations of k chunks of chunkSize bytes.
// It fails with ErrInvalidK, ErrInvalidChunkSize or ErrUnsupportedKernel.
func NewEncoder(k, chunkSize int, opts ...Option) (*Encoder, error) {
	kern, err := setup(k, chunkSize, opts)
	if err != nil {
		return nil, err
	}
	return &Encoder{k: k, size: chunkSize, kern: kern, scratch: make([]byte, k)}, nil
}

// K returns the number of source chunks per generation.
func (e *Encoder) K() int { return e.k }

// ChunkSize returns the size of every chunk and payload, in bytes.
func (e *Encoder) ChunkSize() int { return e.size }

// Kernel names the kernel implementation in use.
func (e *Encoder) Kernel() string { return e.kern.Path().String() }

// SetSource sets the generation to encode: exactly k chunks of chunkSize bytes. The
// chunks are not copied; they must stay unchanged while the Encoder uses them.
func (e *Encoder) SetSource(generation uint32, chunks [][]byte) error {
	if len(chunks) != e.k {
		return fmt.Errorf("%w: %d chunks, want %d", ErrSourceShape, len(chunks), e.k)
	}
	for i, c := range chunks {
		if len(c) != e.size {
			return fmt.Errorf("%w: chunk %d has %d bytes, want %d", ErrSourceShape, i, len(c), e.size)
		}
	}
	e.gen, e.src = generation, chunks
	return nil
}

func (e *Encoder) ready(p *Packet) error {
	if e.src == nil {
		return ErrNoSource
	}
	if len(p.Payload) < e.size {
		return fmt.Errorf("%w: payload buffer %d bytes, want %d", ErrShortBuffer, len(p.Payload), e.size)
	}
	p.Payload = p.Payload[:e.size]
	p.Generation = e.gen
	return nil
}

// Systematic fills p with source chunk i unchanged (p.Kind = CoeffSystematic). It
// overwrites p.Payload, which must hold at least chunkSize bytes (it is resliced to
// chunkSize); p.Coeffs is left alone.
func (e *Encoder) Systematic(i int, p *Packet) error {
	if i < 0 || i >= e.k {
		return fmt.Errorf("%w: %d, k=%d", ErrIndex, i, e.k)
	}
	if err := e.ready(p); err != nil {
		return err
	}
	copy(p.Payload, e.src[i])
	p.Kind, p.Seed = CoeffSystematic, uint32(i)
	return nil
}

// Seeded fills p with the combination whose coefficients are ExpandSeed(seed)
// (p.Kind = CoeffSeeded), reading each source chunk once. It overwrites p.Payload,
// which must hold at least chunkSize bytes; p.Coeffs is left alone.
func (e *Encoder) Seeded(seed uint32, p *Packet) error {
	if err := e.ready(p); err != nil {
		return err
	}
	ExpandSeed(seed, e.scratch)
	e.kern.Dot(e.scratch, e.src, p.Payload, false)
	p.Kind, p.Seed = CoeffSeeded, seed
	return nil
}

// Explicit fills p with the combination Σ coeffs[i]·chunk[i] (p.Kind =
// CoeffExplicit). coeffs must have k entries; it is copied into p.Coeffs, which must
// have room for k bytes. p.Payload must hold at least chunkSize bytes.
func (e *Encoder) Explicit(coeffs []byte, p *Packet) error {
	if len(coeffs) != e.k {
		return fmt.Errorf("%w: %d, want %d", ErrCoeffLength, len(coeffs), e.k)
	}
	if cap(p.Coeffs) < e.k {
		return fmt.Errorf("%w: coefficient buffer %d bytes, want %d", ErrShortBuffer, cap(p.Coeffs), e.k)
	}
	if err := e.ready(p); err != nil {
		return err
	}
	p.Coeffs = p.Coeffs[:e.k]
	copy(p.Coeffs, coeffs)
	e.kern.Dot(p.Coeffs, e.src, p.Payload, false)
	p.Kind, p.Seed = CoeffExplicit, 0
	return nil
}

// EncodeMatrix computes m = len(out) combinations at once, reading each source chunk
// once per block of rows: out[r] = Σ_i coeffs[r*k+i]·chunk[i]. coeffs must have m·k
// entries and every out[r] at least chunkSize bytes; the first chunkSize bytes of
// each are overwritten. Use it to prepare distinct packets for many peers.
func (e *Encoder) EncodeMatrix(coeffs []byte, out [][]byte) error {
	if e.src == nil {
		return ErrNoSource
	}
	if len(coeffs) != len(out)*e.k {
		return fmt.Errorf("%w: %d coefficients for %d rows of %d", ErrCoeffLength, len(coeffs), len(out), e.k)
	}
	for r := range out {
		if len(out[r]) < e.size {
			return fmt.Errorf("%w: row %d has %d bytes, want %d", ErrShortBuffer, r, len(out[r]), e.size)
		}
		out[r] = out[r][:e.size]
	}
	e.kern.Matrix(coeffs, e.src, out, false)
	return nil
}
