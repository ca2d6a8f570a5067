package da

import (
	"bytes"
	"errors"
	"testing"
)

// bodyWith builds a 16-leaf block body whose field 11 is the commitments' root
// and returns its root and the inclusion proof of field 11.
func bodyWith(cms []Commitment) ([32]byte, [KZGCommitmentsInclusionProofDepth][32]byte) {
	leaves := make([][32]byte, 16)
	for i := range leaves {
		leaves[i][0] = byte(i + 1)
	}
	leaves[kzgCommitmentsSubtreeIndex] = commitmentsRoot(cms)
	var proof [KZGCommitmentsInclusionProofDepth][32]byte
	level := leaves
	idx := kzgCommitmentsSubtreeIndex
	for d := 0; d < KZGCommitmentsInclusionProofDepth; d++ {
		proof[d] = level[idx^1]
		next := make([][32]byte, len(level)/2)
		for i := range next {
			next[i] = hashPair(level[2*i], level[2*i+1])
		}
		level, idx = next, idx/2
	}
	return level[0], proof
}

func TestSidecarSSZ(t *testing.T) {
	f := getFixture(t)
	body, incl := bodyWith(f.block.Commitments)
	hdr := SignedBeaconBlockHeader{Message: BeaconBlockHeader{Slot: 12, ProposerIndex: 7, BodyRoot: body}}
	hdr.Signature[3] = 9
	blk, err := NewBlock(hdr.Message.HashTreeRoot(), f.block.Commitments)
	if err != nil {
		t.Fatal(err)
	}
	src := sourceOf(t, blk, f.blobs, 33)
	sc, err := src.Sidecar(hdr, incl)
	if err != nil {
		t.Fatal(err)
	}
	if !sc.VerifyInclusion() {
		t.Fatal("inclusion proof does not verify")
	}
	b, err := sc.MarshalSSZ()
	if err != nil {
		t.Fatal(err)
	}
	if len(b) != sc.SizeSSZ() || len(b) != sidecarFixed+testBlobs*(CellSize+2*PointSize) {
		t.Fatalf("size %d", len(b))
	}
	var back DataColumnSidecar
	if err := back.UnmarshalSSZ(b); err != nil {
		t.Fatal(err)
	}
	b2, _ := back.MarshalSSZ()
	if !bytes.Equal(b, b2) || back.BlockRoot() != blk.Root {
		t.Fatal("round trip differs")
	}
	// The sidecar's cells are pieces a column takes.
	sb, err := back.SidecarBlock()
	if err != nil {
		t.Fatal(err)
	}
	col, _ := NewColumn(sb, 33, nil)
	ps, err := back.Pieces()
	if err != nil {
		t.Fatal(err)
	}
	for i, p := range ps {
		if err := col.Offer(p, i); err != nil {
			t.Fatal(err)
		}
	}
	if _, rej, err := col.Flush(); err != nil || len(rej) != 0 || !col.Full() {
		t.Fatalf("sidecar pieces: rejected %v err %v", rej, err)
	}
	// A commitment swapped breaks the inclusion proof; bad encodings are refused.
	bad := back
	bad.KZGCommitments = append([]Commitment(nil), back.KZGCommitments...)
	bad.KZGCommitments[0], bad.KZGCommitments[1] = bad.KZGCommitments[1], bad.KZGCommitments[0]
	if bad.VerifyInclusion() {
		t.Fatal("inclusion proof verifies for other commitments")
	}
	for name, mut := range map[string]func([]byte) []byte{
		"short":          func(b []byte) []byte { return b[:sidecarFixed-1] },
		"offset":         func(b []byte) []byte { b[8]++; return b },
		"partial cell":   func(b []byte) []byte { return b[:len(b)-1] },
		"offset overrun": func(b []byte) []byte { b[19] = 0xff; return b },
	} {
		var s DataColumnSidecar
		if err := s.UnmarshalSSZ(mut(append([]byte(nil), b...))); !errors.Is(err, ErrMalformed) {
			t.Errorf("%s: %v", name, err)
		}
	}
	back.Index = Columns
	if err := back.Validate(); !errors.Is(err, ErrWrongColumn) {
		t.Fatalf("index 128: %v", err)
	}
}

func FuzzSidecarSSZ(f *testing.F) {
	s := DataColumnSidecar{Index: 3, Column: make([]Cell, 1), KZGCommitments: make([]Commitment, 1), KZGProofs: make([]Proof, 1)}
	b, _ := s.MarshalSSZ()
	f.Add(b)
	f.Fuzz(func(t *testing.T, data []byte) {
		var d DataColumnSidecar
		if err := d.UnmarshalSSZ(data); err != nil {
			return
		}
		out, err := d.MarshalSSZ()
		if err != nil || !bytes.Equal(out, data) {
			t.Fatalf("decode(encode) differs: %v", err)
		}
	})
}
