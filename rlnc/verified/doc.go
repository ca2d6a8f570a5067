// Package verified is weft's verifiable coding: random linear network coding
// over the Ristretto255 scalar field, with every coded chunk checkable against
// Pedersen vector commitments signed by the publisher. Relays in permissionless
// gossip check each chunk before they recode it, so one hostile relay cannot
// poison the nodes downstream of it.
//
// A message is packed into scalars of 31 bytes (exact round trip of any length)
// and split into N chunks of L scalars. The publisher commits to chunk i as
// C_i = Σ_k x_ik·G_k over generators G_k derived by hashing to the group (no
// trusted setup), and signs a session header carrying the N commitments once per
// peer. A coded chunk y with coefficients c is valid iff Σ_k y_k·G_k = Σ_i c_i·C_i.
//
// What makes it cheap (numbers in docs/benchmarks.md (verified coding), choices in
// docs/adr/0002-verified-coding.md, byte formats in docs/spec/verified.md):
//   - fixed-base tables: each generator is stored as 22 (short chunks: 26) multiples,
//     so a check is one pass of bucket additions with no doublings;
//   - batch verification: Queue then Flush checks a random linear combination of
//     all queued chunks with one multi-scalar multiplication of length L, and
//     bisects to name the polluted chunks when it fails;
//   - non-innovative chunks are dropped in coefficient space and never verified;
//   - recoding with small mixing coefficients keeps coefficient vectors a few bytes
//     per entry for several hops (CoeffCompact), so N = 16 fits the wire budget;
//   - on CPUs with AVX-512 IFMA (detected at run time; -tags noasm or another CPU
//     keeps the pure-Go code) the bucket additions run eight at a time in radix
//     2^52, and Decode's multiply-accumulate eight outputs at a time: about 3× less
//     CPU for commitments and checks, 3-6× for decoding. The kernels are generated
//     by _gen (avo) and tested against their pure-Go twins.
//
// Shape of the API (like klauspost/reedsolomon and the GF(2^8) codec in package
// rlnc): validated constructors with options, reusable objects, caller-owned
// packets, Err* sentinels wrapped with the reason.
//
// Usage, publisher:
//
//	gens, _ := verified.NewGenerators(verified.ChunkScalars(maxMsg, n)) // once per process
//	enc, _ := verified.NewEncoder(gens, n, verified.WithCoeffBits(8))
//	hdr, _ := enc.Commit(msg, verified.Session{MessageID: id, Epoch: slot}, verified.Ed25519Signer{Key: priv})
//	send(hdr.Bytes()) // once per peer
//	var p verified.Packet
//	for i := 0; i < n; i++ {
//		_ = enc.Systematic(i, &p) // or enc.Seeded(seed, &p)
//		send(p)
//	}
//
// Usage, relay and receiver:
//
//	hdr, err := verified.ParseHeader(raw, verified.Ed25519Verifier{Keys: proposers}, verified.WithEpochs(lo, hi))
//	dec, _ := verified.NewDecoder(gens, hdr, verified.WithRecodeBits(8)) // compact recoded coefficients
//	for !dec.Done() {
//		p := receive()
//		if dec.Rank() == 0 {
//			_, err = dec.Add(&p) // first chunk: check alone, forward at once
//		} else {
//			_, err = dec.Queue(&p, peerID) // the rest: checked in batches
//		}
//		if err != nil { penalise(peer, err) }
//		if readyToFlush(dec) { // see docs/adr/0002-verified-coding.md for the policy
//			_, rejected, _ := dec.Flush()
//			for _, r := range rejected { penalise(r.Tag, r.Err) }
//		}
//		_ = dec.Recode(nil, &out) // only verified chunks are ever mixed
//		forward(out)
//	}
//	msg, _ := dec.Decode()
//
// Concurrency: a Generators is immutable and shared; a ParseHeader call is
// independent; an Encoder, Decoder or Recoder belongs to one goroutine at a time.
package verified
