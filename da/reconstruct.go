package da

import (
	"fmt"
	"slices"
)

// RecoverRow recovers one blob's whole extended row from at least half its
// cells (go-eth-kzg recovery): cells[j] is the blob's cell at column cols[j].
// It returns all 128 cells and their proofs (the proofs are computed, which is
// the one place a node computes proofs: for data nobody else can serve).
// Errors: ErrTooFewColumns, ErrWrongColumn, ErrMalformed.
func RecoverRow(cols []int, cells []Cell) (*BlobCells, error) {
	if len(cols) != len(cells) {
		return nil, fmt.Errorf("%w: %d columns, %d cells", ErrConfig, len(cols), len(cells))
	}
	if len(cols) < Columns/2 {
		return nil, fmt.Errorf("%w: %d of %d", ErrTooFewColumns, len(cols), Columns)
	}
	ord := make([]int, len(cols))
	for i := range ord {
		ord[i] = i
	}
	slices.SortFunc(ord, func(a, b int) int { return cols[a] - cols[b] })
	ids := make([]uint64, 0, len(cols))
	cs := make([]*Cell, 0, len(cols))
	for n, i := range ord {
		if cols[i] < 0 || cols[i] >= Columns || (n > 0 && cols[i] == cols[ord[n-1]]) {
			return nil, fmt.Errorf("%w: column %d", ErrWrongColumn, cols[i])
		}
		ids = append(ids, uint64(cols[i]))
		cs = append(cs, &cells[i])
	}
	ctx, err := Context()
	if err != nil {
		return nil, err
	}
	all, proofs, err := ctx.RecoverCellsAndComputeKZGProofs(ids, cs, 1)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	out := &BlobCells{Proofs: proofs}
	for j, c := range all {
		out.Cells[j] = *c
	}
	return out, nil
}

// Reconstruct rebuilds every column of block b from at least half the columns
// held in full. It decodes each given column, recovers every blob's row and
// returns the 128 columns as source columns (ready to serve and to recode).
// Errors: ErrTooFewColumns, ErrRank for a column not held in full, and
// recovery's errors.
func Reconstruct(b *Block, have []*Column) ([]*Column, error) {
	if len(have) < Columns/2 {
		return nil, fmt.Errorf("%w: %d of %d", ErrTooFewColumns, len(have), Columns)
	}
	k := b.Blobs()
	cols := make([]int, len(have))
	rows := make([][]Cell, k)
	for i := range rows {
		rows[i] = make([]Cell, len(have))
	}
	for n, c := range have {
		if c.block.Root != b.Root {
			return nil, ErrWrongBlock
		}
		cells, _, err := c.Cells()
		if err != nil {
			return nil, fmt.Errorf("column %d: %w", c.index, err)
		}
		cols[n] = c.index
		for i := range k {
			rows[i][n] = cells[i]
		}
	}
	full := make([]*BlobCells, k)
	for i := range k {
		bc, err := RecoverRow(cols, rows[i])
		if err != nil {
			return nil, fmt.Errorf("blob %d: %w", i, err)
		}
		full[i] = bc
	}
	out := make([]*Column, Columns)
	for j := range Columns {
		cells := make([]Cell, k)
		proofs := make([]Proof, k)
		for i := range k {
			cells[i], proofs[i] = full[i].Cells[j], full[i].Proofs[j]
		}
		c, err := NewSourceColumn(b, j, cells, proofs)
		if err != nil {
			return nil, err
		}
		out[j] = c
	}
	return out, nil
}
