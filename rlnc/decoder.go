package rlnc

import "fmt"

// Decoder collects coded packets of one generation and recovers the k source chunks.
//
// Decoding is progressive in coefficient space: every packet is reduced against what
// the Decoder holds before any payload byte is touched, so a non-innovative packet
// costs O(rank·k) byte operations and nothing more. Innovative payloads are kept as
// they arrived; the payload arithmetic runs in fused kernels when a chunk is first
// asked for (Chunk, Decode) or recoded (Recode). The decoded output always equals the
// source: a packet either raises the rank by exactly one or is rejected.
//
// A Decoder is reusable through Reset and allocates nothing after New. It is not safe
// for concurrent use.
type Decoder struct {
	basis
	out     []byte   // k×size decoded chunks
	outRows [][]byte // views of out
	ready   []bool   // ready[i]: outRows[i] holds source chunk i
	nready  int
	coefM   []byte // scratch: m×n coefficient matrix for the final solve
	idx     []int  // scratch
}

// NewDecoder returns a Decoder for generation 0 of k chunks of chunkSize bytes; call
// Reset to decode another generation. It fails with ErrInvalidK,
// ErrInvalidChunkSize or ErrUnsupportedKernel.
func NewDecoder(k, chunkSize int, opts ...Option) (*Decoder, error) {
	kern, err := setup(k, chunkSize, opts)
	if err != nil {
		return nil, err
	}
	d := &Decoder{
		basis: newBasis(k, chunkSize, kern),
		out:   make([]byte, k*chunkSize),
		ready: make([]bool, k),
		coefM: make([]byte, k*k),
		idx:   make([]int, 0, 2*k),
	}
	d.outRows = rows(d.out, k, chunkSize)
	return d, nil
}

// Reset empties the Decoder and makes it accept packets of generation gen.
func (d *Decoder) Reset(gen uint32) {
	d.reset(gen)
	clear(d.ready)
	d.nready = 0
}

// K returns the number of source chunks per generation.
func (d *Decoder) K() int { return d.k }

// ChunkSize returns the size of every chunk, in bytes.
func (d *Decoder) ChunkSize() int { return d.size }

// Generation returns the generation the Decoder accepts.
func (d *Decoder) Generation() uint32 { return d.gen }

// Kernel names the kernel implementation in use.
func (d *Decoder) Kernel() string { return d.kern.Path().String() }

// Rank returns the number of innovative packets held (0..k).
func (d *Decoder) Rank() int { return d.rank }

// Done reports whether the whole generation can be decoded (rank k).
func (d *Decoder) Done() bool { return d.rank == d.k }

// Add offers a packet. It returns true if the packet raised the rank (its payload is
// copied), false with a nil error if it carried nothing new (rejected before any
// payload work), or an error for a malformed packet: ErrGeneration, ErrPayloadLength,
// ErrCoeffLength, ErrCoeffKind or ErrIndex. A malformed packet changes nothing.
func (d *Decoder) Add(p *Packet) (innovative bool, err error) { return d.add(p) }

// Innovative reports whether Add would accept p, without changing the Decoder.
func (d *Decoder) Innovative(p *Packet) (bool, error) { return d.innovative(p) }

// Recode fills p with a fresh random combination of what the Decoder holds, with
// explicit coefficients relative to the source (p.Kind = CoeffExplicit). p.Payload
// needs chunkSize bytes and p.Coeffs capacity for k; both are overwritten. It fails
// with ErrRankZero when the Decoder holds nothing.
func (d *Decoder) Recode(rnd *Rand, p *Packet) error { return d.recode(rnd, p) }

// Solved reports whether source chunk i can already be read with Chunk (partial
// decode), before the whole generation is decoded.
func (d *Decoder) Solved(i int) bool { return d.solved(i) }

// Chunk returns source chunk i as a view into the Decoder's memory, valid until the
// next Reset; the caller must not modify it. It fails with ErrIndex or ErrNotSolved.
func (d *Decoder) Chunk(i int) ([]byte, error) {
	if i < 0 || i >= d.k {
		return nil, fmt.Errorf("%w: %d, k=%d", ErrIndex, i, d.k)
	}
	if !d.ready[i] {
		if !d.solved(i) {
			return nil, fmt.Errorf("%w: chunk %d at rank %d", ErrNotSolved, i, d.rank)
		}
		d.kern.Dot(d.trRows[i][:d.rank], d.rawRows[:d.rank], d.outRows[i], false)
		d.ready[i] = true
		d.nready++
	}
	return d.outRows[i], nil
}

// Decode returns the k decoded chunks concatenated (k·chunkSize bytes) as a view into
// the Decoder's memory, valid until the next Reset; the caller must not modify it.
// It fails with ErrNotDecoded before rank k.
func (d *Decoder) Decode() ([]byte, error) {
	if !d.Done() {
		return nil, fmt.Errorf("%w: rank %d of %d", ErrNotDecoded, d.rank, d.k)
	}
	if d.nready == d.k {
		return d.out, nil
	}
	// Rows that are a single raw packet (a systematic chunk that needed no
	// reduction) are copied; the rest are solved together in one k→m pass that reads
	// each needed raw row once per block of output rows.
	pending := d.idx[:0]
	for i := 0; i < d.k; i++ {
		if d.ready[i] {
			continue
		}
		if l, ok := unitIndex(d.trRows[i][:d.rank]); ok {
			copy(d.outRows[i], d.rawRows[l])
			d.ready[i] = true
			continue
		}
		pending = append(pending, i)
	}
	if m := len(pending); m > 0 {
		// Raw rows any pending output needs.
		cols := pending[m:m]
		for l := 0; l < d.rank; l++ {
			for _, i := range pending {
				if d.trRows[i][l] != 0 {
					cols = append(cols, l)
					break
				}
			}
		}
		n := len(cols)
		coef := d.coefM[:m*n]
		for r, i := range pending {
			for c, l := range cols {
				coef[r*n+c] = d.trRows[i][l]
			}
			d.in2[r] = d.outRows[i]
		}
		for c, l := range cols {
			d.in[c] = d.rawRows[l]
		}
		d.kern.Matrix(coef, d.in[:n], d.in2[:m], false)
		for _, i := range pending {
			d.ready[i] = true
		}
	}
	d.nready = d.k
	return d.out, nil
}

// unitIndex reports whether v is a unit vector e_l, and l.
func unitIndex(v []byte) (int, bool) {
	l := -1
	for j, x := range v {
		if x == 0 {
			continue
		}
		if x != 1 || l >= 0 {
			return 0, false
		}
		l = j
	}
	return l, l >= 0
}
