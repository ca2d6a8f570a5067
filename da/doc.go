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
// pairing, queues it, and verifies the queue in one batch (Verifier): the
// pieces' cell equations, weighted by random 128-bit scalars, are summed into
// one pairing check (EIP-7594's batch cell check, evaluated on the pieces and
// tested against go-eth-kzg's), whose commitment side is one multi-scalar
// multiplication over the block's commitments. A failed batch is bisected;
// every refusal is a typed error (ErrProof, ErrWrongBlock, ...).
//
// Cells of different indices cannot be combined, but their equations share a
// check: a Pool verifies the queues of many columns (a node's custody columns,
// of one block or several) in one check, so its fixed cost (about 1.2 ms: an
// MSM over the 64 setup points, a small MSM and two pairings) is shared. A
// node's sample answers join the same checks (Sampler.Join, Sampler.Offer):
// an answer is a coded cell of its column, so it costs about what a piece
// does in a batch (0.15-0.2 ms; Costs.VerifyAnswer is the difference) instead
// of a check of its own (1.3-2.8 ms, or 3.4-4.5 ms through go-eth-kzg:
// Sampler.Check). BatchPolicy says
// when a queue is verified: a full batch, a bounded wait (of the order of a
// link's latency: relays recode only verified pieces, so the wait delays what
// they forward), or at once when the queue would complete a column
// (Column.Completes) or finish the node's DA check (Pool.Finishes: custody
// columns full and every sample answered). Strategy.Pool and Strategy.Batch apply them under core.
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
// A usage loop for a custody node of columns js, verifying them and its
// sample answers together:
//
//	block, _ := da.NewBlock(root, commitments) // from the signed block
//	pool := da.NewPool(da.NewVerifier(nil))
//	cols := map[int]*da.Column{}
//	for _, j := range js { cols[j], _ = pool.Column(block, j) }
//	sampler, _ := da.NewSampler(block, da.SamplesFor(30), secretRand)
//	_ = sampler.Join(pool)
//	for _, ch := range sampler.Challenges() { ask(custodianOf(ch.Column), ch) }
//	policy := da.BatchPolicy{MaxPieces: 32, MaxDelay: 175 * time.Millisecond}
//	for msg, from := range incoming { // and on a timer at first piece+MaxDelay
//		var err error
//		switch m := msg.(type) {
//		case *da.Piece:
//			err = cols[int(m.Column)].Offer(m, from)
//		case *da.SampleAnswer: // no wait of its own: it rides with the next check
//			err = sampler.Offer(m, from)
//		}
//		if err != nil && !errors.Is(err, da.ErrNotInnovative) {
//			penalise(from, err)
//		}
//		if policy.Due(pool.Pending(), now.Sub(first), pool.Completes() || pool.Finishes()) {
//			_ = pool.Flush()
//			for _, c := range cols {
//				_, rejected, _ := c.Flush() // outcomes of the pool's check
//				for _, from := range rejected { penalise(from, da.ErrProof) }
//			}
//			_, lied, _ := sampler.Flush()
//			for _, from := range lied { penalise(from, da.ErrProof) } // and ask another custodian
//		}
//	}
//	next, _ := cols[js[0]].Recode(rnd) // forward fresh combinations of verified pieces
package da
