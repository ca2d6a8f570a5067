package weftprysm

import (
	"bytes"
	"errors"
	"testing"

	"github.com/prysmaticlabs/prysm/v5/consensus-types/primitives"
	ethpb "github.com/prysmaticlabs/prysm/v5/proto/prysm/v1alpha1"
)

func sampleHeader() *ethpb.SignedBeaconBlockHeader {
	return &ethpb.SignedBeaconBlockHeader{Header: &ethpb.BeaconBlockHeader{Slot: primitives.Slot(42), ProposerIndex: 7,
		ParentRoot: bytes.Repeat([]byte{1}, 32), StateRoot: bytes.Repeat([]byte{2}, 32), BodyRoot: bytes.Repeat([]byte{3}, 32)},
		Signature: bytes.Repeat([]byte{4}, 96)}
}

func TestTopicRoundTrip(t *testing.T) {
	h := sampleHeader()
	for _, k := range []Kind{KindBlock, KindBlob} {
		b, err := EncodeTopic(k, h, 3)
		if err != nil {
			t.Fatal(err)
		}
		if len(b) > 255 {
			t.Fatalf("%v topic of %d bytes exceeds the wire's 255", k, len(b))
		}
		got, err := DecodeTopic(b)
		if err != nil {
			t.Fatal(err)
		}
		want, _ := h.Header.HashTreeRoot()
		if got.Kind != k || got.Root != want || got.Header.Header.Slot != 42 || (k == KindBlob && got.Index != 3) {
			t.Fatalf("%v: decoded %+v", k, got)
		}
	}
}

// FuzzDecodeTopic: any bytes give a topic or ErrTopic, never a panic.
func FuzzDecodeTopic(f *testing.F) {
	b, _ := EncodeTopic(KindBlock, sampleHeader(), 0)
	f.Add(b)
	b, _ = EncodeTopic(KindBlob, sampleHeader(), 5)
	f.Add(b)
	f.Add([]byte{})
	f.Add([]byte{3})
	f.Fuzz(func(t *testing.T, in []byte) {
		if _, err := DecodeTopic(in); err != nil && !errors.Is(err, ErrTopic) {
			t.Fatalf("error not ErrTopic: %v", err)
		}
	})
}

// FuzzDecodeMessages: junk payloads under a valid topic are refused with
// ErrUndecodable, ErrMismatch or ErrBlobVerification, never a panic, and never
// produce a block or blob.
func FuzzDecodeMessages(f *testing.F) {
	f.Add([]byte{})
	f.Add(bytes.Repeat([]byte{0xff}, 600))
	f.Add(make([]byte, 131928))
	f.Fuzz(func(t *testing.T, in []byte) {
		for _, k := range []Kind{KindBlock, KindBlob} {
			b, _ := EncodeTopic(k, sampleHeader(), 0)
			tp, err := DecodeTopic(b)
			if err != nil {
				t.Fatal(err)
			}
			var derr error
			if k == KindBlock {
				_, derr = decodeBlock(tp, in)
			} else {
				_, derr = decodeBlob(tp, in)
			}
			if derr == nil {
				t.Fatalf("%v: junk accepted", k)
			}
			if !errors.Is(derr, ErrUndecodable) && !errors.Is(derr, ErrMismatch) && !errors.Is(derr, ErrBlobVerification) {
				t.Fatalf("%v: unexpected error %v", k, derr)
			}
		}
	})
}
