package sidecar

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"strconv"
	"strings"

	"github.com/prysmaticlabs/prysm/v5/api"
	"github.com/prysmaticlabs/prysm/v5/api/server/structs"
	"github.com/prysmaticlabs/prysm/v5/consensus-types/blocks"
	"github.com/prysmaticlabs/prysm/v5/consensus-types/interfaces"
	"github.com/prysmaticlabs/prysm/v5/consensus-types/primitives"
	ethpb "github.com/prysmaticlabs/prysm/v5/proto/prysm/v1alpha1"
	"github.com/prysmaticlabs/prysm/v5/runtime/version"
	"github.com/prysmaticlabs/prysm/v5/time/slots"
)

// Why a block posted by the validator client was not published through weft
// (it is forwarded to the node all the same).
var (
	ErrBody      = errors.New("weft sidecar: request body is not a signed block of its fork")
	ErrNoVersion = errors.New("weft sidecar: SSZ body without an Eth-Consensus-Version header")
	ErrFork      = errors.New("weft sidecar: unknown or unsupported fork")
	ErrBlobs     = errors.New("weft sidecar: blobs do not match the block")
)

// contents is a decoded publish request: the signed block and, from Deneb,
// its blobs and KZG proofs.
type contents struct {
	blk    interfaces.ReadOnlySignedBeaconBlock
	blobs  [][]byte
	proofs [][]byte
}

// isSSZ reports whether a request's body is SSZ (Content-Type
// application/octet-stream); anything else is taken as JSON, as nodes do.
func isSSZ(h http.Header) bool {
	mt, _, err := mime.ParseMediaType(h.Get("Content-Type"))
	return err == nil && mt == api.OctetStreamMediaType
}

// decodeRequest decodes the body of POST /eth/v{1,2}/beacon/blocks. The fork
// comes from the Eth-Consensus-Version header or, for a JSON body without it
// (allowed on v1), from the block's slot. Phase 0 to Electra are decoded;
// later forks are ErrFork.
func decodeRequest(h http.Header, body []byte) (*contents, error) {
	ssz := isSSZ(h)
	name := strings.ToLower(strings.TrimSpace(h.Get(api.VersionHeader)))
	var v int
	if name == "" {
		if ssz {
			return nil, ErrNoVersion
		}
		slot, err := jsonSlot(body)
		if err != nil {
			return nil, err
		}
		v = slots.ToForkVersion(primitives.Slot(slot))
	} else {
		var err error
		if v, err = version.FromString(name); err != nil {
			return nil, fmt.Errorf("%w: %q", ErrFork, name)
		}
	}
	if v > version.Electra {
		return nil, fmt.Errorf("%w: %s", ErrFork, version.String(v))
	}
	var g *ethpb.GenericSignedBeaconBlock
	var err error
	if ssz {
		g, err = decodeSSZ(v, body)
	} else {
		g, err = decodeJSON(v, body)
	}
	if err != nil {
		return nil, fmt.Errorf("%w (%s, ssz=%v): %w", ErrBody, version.String(v), ssz, err)
	}
	blk, err := blocks.NewSignedBeaconBlock(g.Block)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBody, err)
	}
	if blk.IsNil() || blk.Block().IsNil() || blk.Block().Body().IsNil() {
		return nil, fmt.Errorf("%w: empty block", ErrBody)
	}
	c := &contents{blk: blk}
	switch {
	case g.GetDeneb() != nil:
		c.blobs, c.proofs = g.GetDeneb().Blobs, g.GetDeneb().KzgProofs
	case g.GetElectra() != nil:
		c.blobs, c.proofs = g.GetElectra().Blobs, g.GetElectra().KzgProofs
	}
	return c, nil
}

// jsonSlot reads the slot of a JSON block or block contents.
func jsonSlot(body []byte) (uint64, error) {
	var b struct {
		Message *struct {
			Slot string `json:"slot"`
		} `json:"message"`
		SignedBlock *struct {
			Message *struct {
				Slot string `json:"slot"`
			} `json:"message"`
		} `json:"signed_block"`
	}
	if err := json.Unmarshal(body, &b); err != nil {
		return 0, fmt.Errorf("%w: %w", ErrBody, err)
	}
	s := ""
	switch {
	case b.Message != nil:
		s = b.Message.Slot
	case b.SignedBlock != nil && b.SignedBlock.Message != nil:
		s = b.SignedBlock.Message.Slot
	default:
		return 0, fmt.Errorf("%w: no message.slot or signed_block.message.slot", ErrBody)
	}
	slot, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("%w: slot %q", ErrBody, s)
	}
	return slot, nil
}

type sszUnmarshaler interface {
	UnmarshalSSZ([]byte) error
}

func decodeSSZ(v int, body []byte) (*ethpb.GenericSignedBeaconBlock, error) {
	var m sszUnmarshaler
	var g *ethpb.GenericSignedBeaconBlock
	switch v {
	case version.Phase0:
		b := &ethpb.SignedBeaconBlock{}
		m, g = b, &ethpb.GenericSignedBeaconBlock{Block: &ethpb.GenericSignedBeaconBlock_Phase0{Phase0: b}}
	case version.Altair:
		b := &ethpb.SignedBeaconBlockAltair{}
		m, g = b, &ethpb.GenericSignedBeaconBlock{Block: &ethpb.GenericSignedBeaconBlock_Altair{Altair: b}}
	case version.Bellatrix:
		b := &ethpb.SignedBeaconBlockBellatrix{}
		m, g = b, &ethpb.GenericSignedBeaconBlock{Block: &ethpb.GenericSignedBeaconBlock_Bellatrix{Bellatrix: b}}
	case version.Capella:
		b := &ethpb.SignedBeaconBlockCapella{}
		m, g = b, &ethpb.GenericSignedBeaconBlock{Block: &ethpb.GenericSignedBeaconBlock_Capella{Capella: b}}
	case version.Deneb:
		b := &ethpb.SignedBeaconBlockContentsDeneb{}
		m, g = b, &ethpb.GenericSignedBeaconBlock{Block: &ethpb.GenericSignedBeaconBlock_Deneb{Deneb: b}}
	case version.Electra:
		b := &ethpb.SignedBeaconBlockContentsElectra{}
		m, g = b, &ethpb.GenericSignedBeaconBlock{Block: &ethpb.GenericSignedBeaconBlock_Electra{Electra: b}}
	default:
		return nil, fmt.Errorf("%w: %s", ErrFork, version.String(v))
	}
	if err := m.UnmarshalSSZ(body); err != nil {
		return nil, err
	}
	return g, nil
}

type genericJSON interface {
	ToGeneric() (*ethpb.GenericSignedBeaconBlock, error)
}

func decodeJSON(v int, body []byte) (*ethpb.GenericSignedBeaconBlock, error) {
	var m genericJSON
	switch v {
	case version.Phase0:
		m = &structs.SignedBeaconBlock{}
	case version.Altair:
		m = &structs.SignedBeaconBlockAltair{}
	case version.Bellatrix:
		m = &structs.SignedBeaconBlockBellatrix{}
	case version.Capella:
		m = &structs.SignedBeaconBlockCapella{}
	case version.Deneb:
		m = &structs.SignedBeaconBlockContentsDeneb{}
	case version.Electra:
		m = &structs.SignedBeaconBlockContentsElectra{}
	default:
		return nil, fmt.Errorf("%w: %s", ErrFork, version.String(v))
	}
	if err := json.Unmarshal(body, m); err != nil {
		return nil, err
	}
	return m.ToGeneric()
}

// encodeContents encodes a block and its blobs as the body of POST
// /eth/v2/beacon/blocks: SSZ (ssz) or JSON. Blobs are in index order.
func encodeContents(blk interfaces.ReadOnlySignedBeaconBlock, blobs []blocks.VerifiedROBlob, ssz bool) ([]byte, error) {
	pb, err := blk.Proto()
	if err != nil {
		return nil, err
	}
	raw, proofs := make([][]byte, len(blobs)), make([][]byte, len(blobs))
	for i, b := range blobs {
		raw[i], proofs[i] = b.Blob, b.KzgProof
	}
	var m interface {
		MarshalSSZ() ([]byte, error)
	}
	var j func() (any, error)
	switch b := pb.(type) {
	case *ethpb.SignedBeaconBlockDeneb:
		c := &ethpb.SignedBeaconBlockContentsDeneb{Block: b, KzgProofs: proofs, Blobs: raw}
		m, j = c, func() (any, error) { return structs.SignedBeaconBlockContentsDenebFromConsensus(c) }
	case *ethpb.SignedBeaconBlockElectra:
		c := &ethpb.SignedBeaconBlockContentsElectra{Block: b, KzgProofs: proofs, Blobs: raw}
		m, j = c, func() (any, error) { return structs.SignedBeaconBlockContentsElectraFromConsensus(c) }
	case *ethpb.SignedBeaconBlockCapella:
		m, j = b, func() (any, error) { return structs.SignedBeaconBlockCapellaFromConsensus(b) }
	case *ethpb.SignedBeaconBlockBellatrix:
		m, j = b, func() (any, error) { return structs.SignedBeaconBlockBellatrixFromConsensus(b) }
	case *ethpb.SignedBeaconBlockAltair:
		m, j = b, func() (any, error) { return structs.SignedBeaconBlockAltairFromConsensus(b), nil }
	case *ethpb.SignedBeaconBlock:
		m, j = b, nil
	default:
		return nil, fmt.Errorf("%w: %T", ErrFork, pb)
	}
	if ssz {
		return m.MarshalSSZ()
	}
	if j == nil {
		return nil, fmt.Errorf("%w: no JSON encoding of %T here", ErrFork, pb)
	}
	v, err := j()
	if err != nil {
		return nil, err
	}
	return json.Marshal(v)
}

// post sends a block received through weft to the node: SSZ, or JSON once
// the node has refused SSZ with 415.
func (c *apiChain) post(ctx context.Context, blk interfaces.ReadOnlySignedBeaconBlock, blobs []blocks.VerifiedROBlob) (int, error) {
	ver := version.String(blk.Version())
	c.mu.Lock()
	ssz := !c.jsonOnl
	c.mu.Unlock()
	for {
		body, err := encodeContents(blk, blobs, ssz)
		if err != nil {
			return 0, fmt.Errorf("%w: encode: %w", errNotPosted, err)
		}
		code, msg, err := c.node.postBlock(ctx, ver, ssz, body)
		if err != nil {
			return code, fmt.Errorf("%w: %w", errNotPosted, err)
		}
		if code == http.StatusUnsupportedMediaType && ssz {
			c.mu.Lock()
			c.jsonOnl = true
			c.mu.Unlock()
			c.log.Info("weft sidecar: the node refuses SSZ blocks; posting JSON")
			ssz = false
			continue
		}
		if code/100 != 2 {
			return code, fmt.Errorf("%w: %w", errNotPosted, &statusError{code, msg})
		}
		return code, nil
	}
}
