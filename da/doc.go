// Package da is coded data availability for Ethereum blobs: random linear
// network coding across the blobs of a block, per cell index, checked with KZG's
// linearity.
//
// PeerDAS (EIP-7594) extends each blob to 128 cells with one KZG proof per cell.
// For one cell index j, a combination Σ c_i·cell_{i,j} over the block's blobs,
// with proof Σ c_i·π_{i,j}, verifies against Σ c_i·C_i with the ordinary cell
// check. So a coded Piece of column j costs one cell check to verify, and relays
// recombine pieces (Column.Recode) without decoding and without computing a
// proof. Cells of different indices cannot be combined.
//
// The verifier never trusts a combined commitment: it rebuilds Σ c_i·C_i from the
// Block's commitments. A Column checks each offered piece against the block
// (root, cell index, blob indices, non-zero coefficients, canonical scalars, no
// identity proof) and for innovation in coefficient space before it spends a
// pairing, queues it, and verifies the queue in one batch: the pieces are folded
// with random weights into one claim, whose commitment is one multi-scalar
// multiplication over the block's commitments (Verifier). A failed batch is
// bisected; every refusal is a typed error (ErrProof, ErrWrongBlock, ...).
//
// Custody: a node collects its columns to full rank and holds them (Cells
// decodes the blobs' own cells and proofs). Sampling: a Sampler picks random
// columns and secret seeds; a custody node answers with the combination the seed
// names (Column.Answer), which only the whole column can produce, and the sampler
// checks it against commitments it rebuilds; Sampler.Confidence is the
// probability of not being fooled under the withholding model. Reconstruction:
// anyone with half the columns recovers the rest (Reconstruct, RecoverRow) and
// serves them by publishing their sidecars through its Engine: peers that hold
// the column's session take the pieces like any others. DataColumnSidecar
// mirrors the consensus type, with SSZ, and converts to and from pieces.
//
// Strategy disseminates columns through core.Engine (strategy code 16): the
// session header is the sidecar without its cells (commitments, signed block
// header, inclusion proof, all checked), chunks are pieces, refusals are
// penalised by the Engine. With Strategy.Hold, completed columns are handed to
// the host undecoded. Refusals found outside sessions (sample answers) reach the
// Engine's penalties through Penalize.
//
// The package's costs, measured (Calibrate), drive the DA simulator in
// testnet/dasim; results are in docs/benchmarks.md (coded data availability).
//
// A usage loop for a custody node of column j:
//
//	block, _ := da.NewBlock(root, commitments) // from the signed block
//	col, _ := da.NewColumn(block, j, da.NewVerifier(nil))
//	for piece, from := range incoming {
//		if err := col.Offer(piece, from); err != nil && !errors.Is(err, da.ErrNotInnovative) {
//			penalise(from, err)
//		}
//		if col.Pending() >= batch {
//			_, rejected, _ := col.Flush()
//			for _, from := range rejected { penalise(from, da.ErrProof) }
//		}
//		if col.Full() { break }
//	}
//	next, _ := col.Recode(rnd) // forward fresh combinations
package da
