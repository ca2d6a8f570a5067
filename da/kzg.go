package da

import (
	"fmt"
	"sync"

	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
	goethkzg "github.com/crate-crypto/go-eth-kzg"
)

// Sizes of PeerDAS (EIP-7594, Fulu) data, which this package keeps.
const (
	// Columns is the number of cells an extended blob has (NUMBER_OF_COLUMNS).
	Columns = goethkzg.CellsPerExtBlob
	// CellSize is the bytes of one cell (BYTES_PER_CELL).
	CellSize = goethkzg.BytesPerCell
	// ScalarsPerCell is the field elements in a cell (FIELD_ELEMENTS_PER_CELL).
	ScalarsPerCell = CellSize / 32
	// BlobSize is the bytes of one blob.
	BlobSize = goethkzg.ScalarsPerBlob * 32
	// PointSize is a compressed G1 point: a commitment or a proof.
	PointSize = goethkzg.CompressedG1Size
	// MaxBlobs bounds the blobs of one block this package accepts
	// (MAX_BLOB_COMMITMENTS_PER_BLOCK).
	MaxBlobs = 4096
)

type (
	// Cell is one cell: 64 big-endian canonical field elements.
	Cell = goethkzg.Cell
	// Commitment is a compressed KZG commitment.
	Commitment = goethkzg.KZGCommitment
	// Proof is a compressed KZG cell proof.
	Proof = goethkzg.KZGProof
	// Blob is one blob.
	Blob = goethkzg.Blob
)

// kzgContext is the trusted setup, parsed once per process (about 2 s) and
// read-only after.
var kzgContext = sync.OnceValues(goethkzg.NewContext4096Secure)

// Context returns the process's KZG context (the Ethereum ceremony's setup).
func Context() (*goethkzg.Context, error) { return kzgContext() }

// BlobCells is what a blob's submitter hands the publisher under EIP-7594: the
// commitment, the 128 cells of the extended blob and one proof per cell.
type BlobCells struct {
	Commitment Commitment
	Cells      [Columns]Cell
	Proofs     [Columns]Proof
}

// ComputeBlobCells computes a blob's commitment, cells and cell proofs (what a
// transaction sender does; about 250 ms per blob on one core). Relays never call
// it: they combine proofs they received.
func ComputeBlobCells(blob *Blob) (*BlobCells, error) {
	ctx, err := Context()
	if err != nil {
		return nil, err
	}
	c, err := ctx.BlobToKZGCommitment(blob, 1)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	cells, proofs, err := ctx.ComputeCellsAndKZGProofs(blob, 1)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	bc := &BlobCells{Commitment: c, Proofs: proofs}
	for i, cl := range cells {
		bc.Cells[i] = *cl
	}
	return bc, nil
}

// cellScalars parses a cell into its field elements, rejecting non-canonical ones.
func cellScalars(c *Cell, dst []fr.Element) error {
	for i := range ScalarsPerCell {
		if err := dst[i].SetBytesCanonical(c[i*32 : i*32+32]); err != nil {
			return malformed("cell scalar %d is not canonical", i)
		}
	}
	return nil
}

// scalarsCell serialises field elements into a cell.
func scalarsCell(s []fr.Element, dst *Cell) {
	for i := range ScalarsPerCell {
		b := s[i].Bytes()
		copy(dst[i*32:], b[:])
	}
}

// parsePoint decompresses a G1 point with the subgroup check.
func parsePoint(b []byte) (bls12381.G1Affine, error) {
	var p bls12381.G1Affine
	if _, err := p.SetBytes(b); err != nil {
		return p, malformed("G1 point: %v", err)
	}
	return p, nil
}
