package weftprysm

import (
	"bytes"
	"fmt"

	"github.com/prysmaticlabs/prysm/v5/beacon-chain/blockchain/kzg"
	"github.com/prysmaticlabs/prysm/v5/consensus-types/blocks"
	"github.com/prysmaticlabs/prysm/v5/consensus-types/interfaces"
	ethpb "github.com/prysmaticlabs/prysm/v5/proto/prysm/v1alpha1"
	"github.com/prysmaticlabs/prysm/v5/runtime/version"
	"github.com/prysmaticlabs/prysm/v5/time/slots"
)

type sszMessage interface {
	UnmarshalSSZ([]byte) error
}

// decodeBlock decodes a block delivered under topic t and checks that it is
// the block the proposer signed: same root, same signature.
func decodeBlock(t *Topic, b []byte) (interfaces.ReadOnlySignedBeaconBlock, error) {
	var m sszMessage
	switch v := slots.ToForkVersion(t.Header.Header.Slot); v {
	case version.Phase0:
		m = &ethpb.SignedBeaconBlock{}
	case version.Altair:
		m = &ethpb.SignedBeaconBlockAltair{}
	case version.Bellatrix:
		m = &ethpb.SignedBeaconBlockBellatrix{}
	case version.Capella:
		m = &ethpb.SignedBeaconBlockCapella{}
	case version.Deneb:
		m = &ethpb.SignedBeaconBlockDeneb{}
	case version.Electra:
		m = &ethpb.SignedBeaconBlockElectra{}
	case version.Fulu:
		m = &ethpb.SignedBeaconBlockFulu{}
	default:
		return nil, fmt.Errorf("%w: fork version %d", ErrUndecodable, v)
	}
	if err := m.UnmarshalSSZ(b); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrUndecodable, err)
	}
	blk, err := blocks.NewSignedBeaconBlock(m)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrUndecodable, err)
	}
	if blk.IsNil() || blk.Block().IsNil() {
		return nil, fmt.Errorf("%w: nil block", ErrUndecodable)
	}
	root, err := blk.Block().HashTreeRoot()
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrUndecodable, err)
	}
	if root != t.Root {
		return nil, fmt.Errorf("%w: block root %#x, signed %#x", ErrMismatch, root, t.Root)
	}
	sig := blk.Signature()
	if !bytes.Equal(sig[:], t.Header.Signature) {
		return nil, fmt.Errorf("%w: block signature differs from the signed header's", ErrMismatch)
	}
	return blk, nil
}

// decodeBlob decodes a blob sidecar delivered under topic t and verifies it as
// gossip would: the signed header it carries is the authenticated one, the
// commitment's inclusion proof holds against the body root, and the KZG proof
// holds for the blob.
func decodeBlob(t *Topic, b []byte) (blocks.VerifiedROBlob, error) {
	sc := &ethpb.BlobSidecar{}
	if err := sc.UnmarshalSSZ(b); err != nil {
		return blocks.VerifiedROBlob{}, fmt.Errorf("%w: %w", ErrUndecodable, err)
	}
	if sc.Index != t.Index {
		return blocks.VerifiedROBlob{}, fmt.Errorf("%w: blob index %d, signed %d", ErrMismatch, sc.Index, t.Index)
	}
	rob, err := blocks.NewROBlob(sc)
	if err != nil {
		return blocks.VerifiedROBlob{}, fmt.Errorf("%w: %w", ErrUndecodable, err)
	}
	if rob.BlockRoot() != t.Root || !bytes.Equal(sc.SignedBlockHeader.Signature, t.Header.Signature) {
		return blocks.VerifiedROBlob{}, fmt.Errorf("%w: blob header differs from the signed header", ErrMismatch)
	}
	if err := blocks.VerifyKZGInclusionProof(rob); err != nil {
		return blocks.VerifiedROBlob{}, fmt.Errorf("%w: inclusion proof: %w", ErrBlobVerification, err)
	}
	if err := kzg.Verify(rob); err != nil {
		return blocks.VerifiedROBlob{}, fmt.Errorf("%w: kzg: %w", ErrBlobVerification, err)
	}
	return blocks.NewVerifiedROBlob(rob), nil
}
