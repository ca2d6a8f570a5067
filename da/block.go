package da

import (
	"fmt"

	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
)

// Root identifies a block (the beacon block root, or any 32-byte id the host
// gives it).
type Root [32]byte

// Block is what every node knows of a block before any data arrives: its root
// and the KZG commitments of its blobs, in order (from the signed block body).
// Verifiers rebuild every combined commitment from these, never from a peer.
// A Block is immutable and safe for concurrent use.
type Block struct {
	Root        Root
	Commitments []Commitment
	points      []bls12381.G1Affine
}

// NewBlock validates the commitments (points of G1's subgroup) and returns the
// block. It fails with ErrConfig for no or too many blobs and ErrMalformed for
// a commitment that does not decode.
func NewBlock(root Root, commitments []Commitment) (*Block, error) {
	if len(commitments) == 0 || len(commitments) > MaxBlobs {
		return nil, fmt.Errorf("%w: %d blobs (need 1..%d)", ErrConfig, len(commitments), MaxBlobs)
	}
	b := &Block{Root: root, Commitments: append([]Commitment(nil), commitments...),
		points: make([]bls12381.G1Affine, len(commitments))}
	for i := range commitments {
		p, err := parsePoint(commitments[i][:])
		if err != nil {
			return nil, fmt.Errorf("commitment %d: %w", i, err)
		}
		b.points[i] = p
	}
	return b, nil
}

// Blobs returns the number of blobs, which is every column's full rank.
func (b *Block) Blobs() int { return len(b.Commitments) }
