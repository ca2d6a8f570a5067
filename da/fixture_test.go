package da

import (
	"math/rand/v2"
	"sync"
	"testing"
)

// testBlobs is the number of real blobs the tests compute (each costs about
// 0.3 s, 1 s under -race), once per test binary.
const testBlobs = 3

type fixture struct {
	blobs []*BlobCells
	block *Block
	other *Block // a second block (different root, blobs in another order)
}

var fix = sync.OnceValues(func() (*fixture, error) {
	rng := rand.New(rand.NewPCG(9, 9))
	f := &fixture{}
	var cms []Commitment
	for range testBlobs {
		var b Blob
		for i := 0; i < BlobSize; i += 32 {
			for j := 1; j < 32; j++ { // byte 0 stays 0: every scalar is canonical
				b[i+j] = byte(rng.Uint32())
			}
		}
		bc, err := ComputeBlobCells(&b)
		if err != nil {
			return nil, err
		}
		f.blobs = append(f.blobs, bc)
		cms = append(cms, bc.Commitment)
	}
	var err error
	if f.block, err = NewBlock(Root{1}, cms); err != nil {
		return nil, err
	}
	rev := []Commitment{cms[2], cms[0], cms[1]}
	if f.other, err = NewBlock(Root{2}, rev); err != nil {
		return nil, err
	}
	return f, nil
})

func getFixture(t testing.TB) *fixture {
	t.Helper()
	f, err := fix()
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// source returns column j of the fixture's block held in full.
func (f *fixture) source(t testing.TB, j int) *Column {
	t.Helper()
	cells := make([]Cell, len(f.blobs))
	proofs := make([]Proof, len(f.blobs))
	for i, b := range f.blobs {
		cells[i], proofs[i] = b.Cells[j], b.Proofs[j]
	}
	c, err := NewSourceColumn(f.block, j, cells, proofs)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// scaledBlock is ScaledBlobs for tests.
func scaledBlock(t testing.TB, base *BlobCells, k int, seed uint64) (*Block, []*BlobCells) {
	t.Helper()
	b, blobs, err := ScaledBlobs(base, k, seed)
	if err != nil {
		t.Fatal(err)
	}
	return b, blobs
}

func sourceOf(t testing.TB, b *Block, blobs []*BlobCells, j int) *Column {
	t.Helper()
	cells := make([]Cell, len(blobs))
	proofs := make([]Proof, len(blobs))
	for i, bc := range blobs {
		cells[i], proofs[i] = bc.Cells[j], bc.Proofs[j]
	}
	c, err := NewSourceColumn(b, j, cells, proofs)
	if err != nil {
		t.Fatal(err)
	}
	return c
}
