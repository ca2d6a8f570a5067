package weftprysm

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"

	ethpb "github.com/prysmaticlabs/prysm/v5/proto/prysm/v1alpha1"
	"github.com/weftnet/weft/core"
)

// A weft session carrying a beacon object names it in the header's topic, so a
// receiver can authenticate the session by the proposer's signature when the
// header arrives, before any chunk is stored or forwarded:
//
//	kind u8 (1 block, 2 blob sidecar) | SignedBeaconBlockHeader SSZ (208 bytes) | index u64 BE (blobs only)
//
// The session id is SHA-256("weft/prysm/1" || topic || publisher key): a session
// is bound to its object and to the weft publisher, so nobody can open a session
// under the id an honest publisher will use for the same block.

// Kind is the beacon object a session carries.
type Kind uint8

// Kinds.
const (
	KindBlock Kind = 1
	KindBlob  Kind = 2
)

func (k Kind) String() string {
	switch k {
	case KindBlock:
		return "block"
	case KindBlob:
		return "blob"
	}
	return fmt.Sprintf("kind(%d)", uint8(k))
}

const signedHeaderLen = 8 + 8 + 32 + 32 + 32 + 96

// ErrTopic is wrapped by every error about a malformed topic.
var ErrTopic = errors.New("weft/prysm: malformed topic")

// Topic is the decoded topic of a session.
type Topic struct {
	Kind   Kind
	Header *ethpb.SignedBeaconBlockHeader
	// Index is the blob index (KindBlob only).
	Index uint64
	// Root is the block root: the hash tree root of Header.Header.
	Root [32]byte
}

// EncodeTopic returns the topic for an object of kind k under the signed header.
func EncodeTopic(k Kind, hdr *ethpb.SignedBeaconBlockHeader, index uint64) ([]byte, error) {
	b, err := hdr.MarshalSSZ()
	if err != nil {
		return nil, fmt.Errorf("weft/prysm: encode header: %w", err)
	}
	if len(b) != signedHeaderLen {
		return nil, fmt.Errorf("weft/prysm: signed header of %d bytes", len(b))
	}
	out := append([]byte{byte(k)}, b...)
	if k == KindBlob {
		out = binary.BigEndian.AppendUint64(out, index)
	}
	return out, nil
}

// DecodeTopic parses a topic and computes the block root.
func DecodeTopic(b []byte) (*Topic, error) {
	if len(b) < 1+signedHeaderLen {
		return nil, fmt.Errorf("%w: %d bytes", ErrTopic, len(b))
	}
	t := &Topic{Kind: Kind(b[0])}
	switch t.Kind {
	case KindBlock:
		if len(b) != 1+signedHeaderLen {
			return nil, fmt.Errorf("%w: block topic of %d bytes", ErrTopic, len(b))
		}
	case KindBlob:
		if len(b) != 1+signedHeaderLen+8 {
			return nil, fmt.Errorf("%w: blob topic of %d bytes", ErrTopic, len(b))
		}
		t.Index = binary.BigEndian.Uint64(b[1+signedHeaderLen:])
	default:
		return nil, fmt.Errorf("%w: unknown kind %d", ErrTopic, b[0])
	}
	t.Header = &ethpb.SignedBeaconBlockHeader{}
	if err := t.Header.UnmarshalSSZ(b[1 : 1+signedHeaderLen]); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrTopic, err)
	}
	if t.Header.Header == nil {
		return nil, fmt.Errorf("%w: no header", ErrTopic)
	}
	root, err := t.Header.Header.HashTreeRoot()
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrTopic, err)
	}
	t.Root = root
	return t, nil
}

// SessionID is the id of the session a publisher with key pub opens for topic.
func SessionID(topic, pub []byte) core.MessageID {
	h := sha256.New()
	h.Write([]byte("weft/prysm/1"))
	h.Write(topic)
	h.Write(pub)
	var id core.MessageID
	copy(id[:], h.Sum(nil))
	return id
}
