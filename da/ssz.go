package da

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
)

// The consensus types of Fulu (consensus-specs fulu/das-core.md, phase0), with
// their SSZ encoding, so the package can sit behind a consensus client.

// KZGCommitmentsInclusionProofDepth is KZG_COMMITMENTS_INCLUSION_PROOF_DEPTH.
const KZGCommitmentsInclusionProofDepth = 4

// BeaconBlockHeader mirrors phase0's BeaconBlockHeader.
type BeaconBlockHeader struct {
	Slot          uint64
	ProposerIndex uint64
	ParentRoot    [32]byte
	StateRoot     [32]byte
	BodyRoot      [32]byte
}

// SignedBeaconBlockHeader mirrors phase0's SignedBeaconBlockHeader.
type SignedBeaconBlockHeader struct {
	Message   BeaconBlockHeader
	Signature [96]byte
}

// DataColumnSidecar mirrors Fulu's DataColumnSidecar: one column of a block's
// extended blobs (blob i's cell at Index, and its proof), with the block's
// commitments, signed header and the commitments' inclusion proof.
type DataColumnSidecar struct {
	Index                        uint64
	Column                       []Cell
	KZGCommitments               []Commitment
	KZGProofs                    []Proof
	SignedBlockHeader            SignedBeaconBlockHeader
	KZGCommitmentsInclusionProof [KZGCommitmentsInclusionProofDepth][32]byte
}

const (
	headerSSZSize       = 8 + 8 + 32 + 32 + 32
	signedHeaderSSZSize = headerSSZSize + 96
	// sidecarFixed is the fixed part: index, three list offsets, the signed
	// header and the inclusion proof.
	sidecarFixed = 8 + 4 + 4 + 4 + signedHeaderSSZSize + KZGCommitmentsInclusionProofDepth*32
)

// HashTreeRoot returns the header's SSZ hash tree root: the block root.
func (h *BeaconBlockHeader) HashTreeRoot() Root {
	var leaves [8][32]byte
	binary.LittleEndian.PutUint64(leaves[0][:], h.Slot)
	binary.LittleEndian.PutUint64(leaves[1][:], h.ProposerIndex)
	leaves[2], leaves[3], leaves[4] = h.ParentRoot, h.StateRoot, h.BodyRoot
	return merkleize(leaves[:])
}

func merkleize(leaves [][32]byte) [32]byte {
	for len(leaves) > 1 {
		next := make([][32]byte, len(leaves)/2)
		for i := range next {
			next[i] = hashPair(leaves[2*i], leaves[2*i+1])
		}
		leaves = next
	}
	return leaves[0]
}

func hashPair(a, b [32]byte) [32]byte {
	var buf [64]byte
	copy(buf[:], a[:])
	copy(buf[32:], b[:])
	return sha256.Sum256(buf[:])
}

// SizeSSZ returns the length of the sidecar's SSZ encoding.
func (s *DataColumnSidecar) SizeSSZ() int {
	return sidecarFixed + len(s.Column)*CellSize + (len(s.KZGCommitments)+len(s.KZGProofs))*PointSize
}

// MarshalSSZ returns the SSZ encoding.
func (s *DataColumnSidecar) MarshalSSZ() ([]byte, error) {
	return s.AppendSSZ(make([]byte, 0, s.SizeSSZ()))
}

// AppendSSZ appends the SSZ encoding to dst. The three lists may hold at most
// MaxBlobs entries.
func (s *DataColumnSidecar) AppendSSZ(dst []byte) ([]byte, error) {
	if len(s.Column) > MaxBlobs || len(s.KZGCommitments) > MaxBlobs || len(s.KZGProofs) > MaxBlobs {
		return dst, fmt.Errorf("%w: list longer than %d", ErrConfig, MaxBlobs)
	}
	off := uint32(sidecarFixed)
	dst = binary.LittleEndian.AppendUint64(dst, s.Index)
	dst = binary.LittleEndian.AppendUint32(dst, off)
	off += uint32(len(s.Column) * CellSize)
	dst = binary.LittleEndian.AppendUint32(dst, off)
	off += uint32(len(s.KZGCommitments) * PointSize)
	dst = binary.LittleEndian.AppendUint32(dst, off)
	h := &s.SignedBlockHeader.Message
	dst = binary.LittleEndian.AppendUint64(dst, h.Slot)
	dst = binary.LittleEndian.AppendUint64(dst, h.ProposerIndex)
	dst = append(dst, h.ParentRoot[:]...)
	dst = append(dst, h.StateRoot[:]...)
	dst = append(dst, h.BodyRoot[:]...)
	dst = append(dst, s.SignedBlockHeader.Signature[:]...)
	for i := range s.KZGCommitmentsInclusionProof {
		dst = append(dst, s.KZGCommitmentsInclusionProof[i][:]...)
	}
	for i := range s.Column {
		dst = append(dst, s.Column[i][:]...)
	}
	for i := range s.KZGCommitments {
		dst = append(dst, s.KZGCommitments[i][:]...)
	}
	for i := range s.KZGProofs {
		dst = append(dst, s.KZGProofs[i][:]...)
	}
	return dst, nil
}

// UnmarshalSSZ decodes an SSZ encoding (ErrMalformed: bad offsets, lengths that
// are not whole elements, lists over MaxBlobs). It never panics.
func (s *DataColumnSidecar) UnmarshalSSZ(b []byte) error {
	if len(b) < sidecarFixed {
		return malformed("sidecar of %d bytes", len(b))
	}
	s.Index = binary.LittleEndian.Uint64(b)
	o1 := int(binary.LittleEndian.Uint32(b[8:]))
	o2 := int(binary.LittleEndian.Uint32(b[12:]))
	o3 := int(binary.LittleEndian.Uint32(b[16:]))
	if o1 != sidecarFixed || o2 < o1 || o3 < o2 || o3 > len(b) {
		return malformed("sidecar offsets %d, %d, %d in %d bytes", o1, o2, o3, len(b))
	}
	p := b[20:]
	h := &s.SignedBlockHeader.Message
	h.Slot = binary.LittleEndian.Uint64(p)
	h.ProposerIndex = binary.LittleEndian.Uint64(p[8:])
	copy(h.ParentRoot[:], p[16:48])
	copy(h.StateRoot[:], p[48:80])
	copy(h.BodyRoot[:], p[80:112])
	copy(s.SignedBlockHeader.Signature[:], p[112:208])
	p = p[208:]
	for i := range s.KZGCommitmentsInclusionProof {
		copy(s.KZGCommitmentsInclusionProof[i][:], p[i*32:])
	}
	col, cms, prs := b[o1:o2], b[o2:o3], b[o3:]
	if len(col)%CellSize != 0 || len(cms)%PointSize != 0 || len(prs)%PointSize != 0 {
		return malformed("sidecar lists are not whole elements")
	}
	if len(col)/CellSize > MaxBlobs || len(cms)/PointSize > MaxBlobs || len(prs)/PointSize > MaxBlobs {
		return malformed("sidecar list longer than %d", MaxBlobs)
	}
	s.Column = make([]Cell, len(col)/CellSize)
	for i := range s.Column {
		copy(s.Column[i][:], col[i*CellSize:])
	}
	s.KZGCommitments = make([]Commitment, len(cms)/PointSize)
	for i := range s.KZGCommitments {
		copy(s.KZGCommitments[i][:], cms[i*PointSize:])
	}
	s.KZGProofs = make([]Proof, len(prs)/PointSize)
	for i := range s.KZGProofs {
		copy(s.KZGProofs[i][:], prs[i*PointSize:])
	}
	return nil
}

// BlockRoot returns the root of the sidecar's block (its header's hash tree root).
func (s *DataColumnSidecar) BlockRoot() Root { return s.SignedBlockHeader.Message.HashTreeRoot() }

// commitmentsRoot is hash_tree_root(List[KZGCommitment, MAX_BLOB_COMMITMENTS_PER_BLOCK]).
func commitmentsRoot(cms []Commitment) [32]byte {
	leaves := make([][32]byte, MaxBlobs)
	for i := range cms {
		var a, b [32]byte
		copy(a[:], cms[i][:32])
		copy(b[:], cms[i][32:])
		leaves[i] = hashPair(a, b)
	}
	var n [32]byte
	binary.LittleEndian.PutUint64(n[:], uint64(len(cms)))
	return hashPair(merkleize(leaves), n)
}

// kzgCommitmentsGIndex is get_subtree_index(get_generalized_index(BeaconBlockBody,
// 'blob_kzg_commitments')) in Fulu's body of 16 leaves: field 11.
const kzgCommitmentsSubtreeIndex = 11

// VerifyInclusion checks the sidecar's KZGCommitmentsInclusionProof against its
// header's body root (verify_data_column_sidecar_inclusion_proof).
func (s *DataColumnSidecar) VerifyInclusion() bool {
	leaf := commitmentsRoot(s.KZGCommitments)
	idx := kzgCommitmentsSubtreeIndex
	for i := 0; i < KZGCommitmentsInclusionProofDepth; i++ {
		if idx&1 == 1 {
			leaf = hashPair(s.KZGCommitmentsInclusionProof[i], leaf)
		} else {
			leaf = hashPair(leaf, s.KZGCommitmentsInclusionProof[i])
		}
		idx >>= 1
	}
	return leaf == s.SignedBlockHeader.Message.BodyRoot
}

// Validate checks the sidecar's shape (verify_data_column_sidecar): an index
// below 128, at least one blob, and as many cells and proofs as commitments.
func (s *DataColumnSidecar) Validate() error {
	if s.Index >= Columns {
		return fmt.Errorf("%w: %d", ErrWrongColumn, s.Index)
	}
	if len(s.KZGCommitments) == 0 || len(s.Column) != len(s.KZGCommitments) || len(s.KZGProofs) != len(s.KZGCommitments) {
		return malformed("sidecar with %d cells, %d commitments, %d proofs", len(s.Column), len(s.KZGCommitments), len(s.KZGProofs))
	}
	return nil
}

// SidecarBlock returns the block a sidecar belongs to (its root and commitments).
func (s *DataColumnSidecar) SidecarBlock() (*Block, error) {
	if err := s.Validate(); err != nil {
		return nil, err
	}
	return NewBlock(s.BlockRoot(), s.KZGCommitments)
}

// Pieces returns the sidecar's cells as systematic pieces (one per blob), which
// a Column takes like any coded piece: a PeerDAS sidecar is k pieces.
func (s *DataColumnSidecar) Pieces() ([]*Piece, error) {
	if err := s.Validate(); err != nil {
		return nil, err
	}
	root := s.BlockRoot()
	out := make([]*Piece, len(s.Column))
	for i := range s.Column {
		p := &Piece{Root: root, Column: uint16(s.Index), Cell: s.Column[i], Proof: s.KZGProofs[i],
			Terms: []Term{{Blob: uint16(i)}}}
		p.Terms[0].Coeff.SetOne()
		out[i] = p
	}
	return out, nil
}

// Sidecar returns the whole column as a DataColumnSidecar under the given header
// and inclusion proof (ErrRank if the column is not held in full).
func (c *Column) Sidecar(h SignedBeaconBlockHeader, inclusion [KZGCommitmentsInclusionProofDepth][32]byte) (*DataColumnSidecar, error) {
	cells, proofs, err := c.Cells()
	if err != nil {
		return nil, err
	}
	return &DataColumnSidecar{Index: uint64(c.index), Column: cells, KZGCommitments: c.block.Commitments,
		KZGProofs: proofs, SignedBlockHeader: h, KZGCommitmentsInclusionProof: inclusion}, nil
}
