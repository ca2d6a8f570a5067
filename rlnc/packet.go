package rlnc

import "fmt"

// CoeffKind says how a packet names its coefficient vector.
type CoeffKind uint8

const (
	// CoeffExplicit: Packet.Coeffs holds all k coefficients.
	CoeffExplicit CoeffKind = iota
	// CoeffSeeded: the coefficients are ExpandSeed(Packet.Seed), so the header is 4
	// bytes instead of k. Only a source can use it; recoded packets are explicit.
	CoeffSeeded
	// CoeffSystematic: the packet is source chunk Packet.Seed itself.
	CoeffSystematic
)

func (c CoeffKind) String() string {
	switch c {
	case CoeffExplicit:
		return "explicit"
	case CoeffSeeded:
		return "seeded"
	case CoeffSystematic:
		return "systematic"
	}
	return fmt.Sprintf("kind(%d)", uint8(c))
}

// Packet is one coded chunk, independent of any wire format: core frames it.
//
// The codec never keeps a reference to a Packet's slices after a call returns. When
// a codec method fills a Packet, it writes into the Packet's existing Payload and
// Coeffs buffers, which the caller owns and sizes (Payload: chunkSize bytes; Coeffs:
// k bytes, for explicit packets).
type Packet struct {
	// Generation identifies the set of k source chunks the packet combines.
	Generation uint32
	// Kind says which of Seed or Coeffs names the coefficients.
	Kind CoeffKind
	// Seed is the coefficient seed (CoeffSeeded) or source chunk index
	// (CoeffSystematic); unused for CoeffExplicit.
	Seed uint32
	// Coeffs holds the k coefficients of a CoeffExplicit packet.
	Coeffs []byte
	// Payload is the coded chunk: chunkSize bytes.
	Payload []byte
}

// coefficients writes p's coefficient vector into dst (len k), validating p against
// the codec's shape.
func (p *Packet) coefficients(gen uint32, k, size int, dst []byte) error {
	if p.Generation != gen {
		return fmt.Errorf("%w: got %d, want %d", ErrGeneration, p.Generation, gen)
	}
	if len(p.Payload) != size {
		return fmt.Errorf("%w: %d bytes, want %d", ErrPayloadLength, len(p.Payload), size)
	}
	switch p.Kind {
	case CoeffExplicit:
		if len(p.Coeffs) != k {
			return fmt.Errorf("%w: %d, want %d", ErrCoeffLength, len(p.Coeffs), k)
		}
		copy(dst, p.Coeffs)
	case CoeffSeeded:
		ExpandSeed(p.Seed, dst)
	case CoeffSystematic:
		if p.Seed >= uint32(k) {
			return fmt.Errorf("%w: systematic index %d, k=%d", ErrIndex, p.Seed, k)
		}
		clear(dst)
		dst[p.Seed] = 1
	default:
		return fmt.Errorf("%w: %d", ErrCoeffKind, p.Kind)
	}
	return nil
}

// ChunkSize returns the chunk size that splits a message of msgLen bytes into k
// chunks (the last one zero-padded): ceil(msgLen/k), at least 1.
func ChunkSize(msgLen, k int) int {
	if k < 1 {
		return 0
	}
	s := (msgLen + k - 1) / k
	if s < 1 {
		s = 1
	}
	return s
}
