package verified

import (
	"fmt"
	"io"

	"filippo.io/edwards25519"
)

// Decoder receives the packets of one session, checks every one against the
// publisher's commitments before it counts, and recovers the message.
//
// Checks run in this order, cheapest first: framing and session tag; the
// coefficient vector, reduced against what the Decoder holds (a non-innovative
// packet is dropped here, before any payload work, and costs no verification);
// the payload's scalars (canonical); the commitment check. Add checks one packet
// at once (the lowest delay: a relay can forward right after); Queue and Flush
// check many at once with one random linear combination, which costs about one
// single check for the whole batch, and find polluted packets by bisection.
//
// Only verified packets raise Rank and feed Recode and Decode, so a polluted
// packet is never recoded. A Decoder is reusable through Reset. It is not safe for
// concurrent use.
type Decoder struct {
	g    *Generators
	h    *Header
	n, l int
	rand io.Reader

	basis echelon // verified rows, with transform
	tent  echelon // verified and pending rows, with transform
	// tentInOrder: tent's original indices are the verified rows then the
	// queued ones in queue order, so a clean Flush can adopt tent as the basis.
	tentInOrder bool
	coef        []sc // verified rows' coefficients (plain), rank×n
	data        []sc // verified rows' payloads, rank×l

	pend []pendingPacket
	free []pendingPacket

	// scratch
	vplain, vmont []sc
	small         []uint64
	sums          []sc
	wbuf          []byte
	scrs          []*msmScratch
	workers       int
	recodeBits    int
	out           []byte
	decoded       bool
	x52, t52      []uint64 // Decode's radix-2^52 copies (IFMA path)
}

type pendingPacket struct {
	tag        uint64
	coef, mont []sc
	data       []sc
}

// Rejected names a queued packet that Flush found polluted.
type Rejected struct {
	// Tag is the value given to Queue (for example the sending peer).
	Tag uint64
	// Err wraps ErrPolluted.
	Err error
}

// NewDecoder returns a Decoder for the session of h (from ParseHeader, or from
// Encoder.Commit on the publisher) over the generators g. Options: WithRand
// (batch weights; default crypto/rand), WithConcurrency (goroutines per check;
// default 1, as a node verifies many sessions at once — more cores shorten the
// delay of one check, not its CPU cost) and WithRecodeBits (small mixing
// coefficients for Recode). It fails with ErrInvalidParams, or with ErrTooLarge
// when the chunks are longer than g.
func NewDecoder(g *Generators, h *Header, opts ...Option) (*Decoder, error) {
	if g == nil || h == nil {
		return nil, fmt.Errorf("%w: nil Generators or Header", ErrInvalidParams)
	}
	o, err := applyOptions(opts)
	if err != nil {
		return nil, err
	}
	d := &Decoder{g: g, rand: o.rand, workers: o.decoderWorkers, recodeBits: o.recodeBits}
	if err := d.Reset(h); err != nil {
		return nil, err
	}
	return d, nil
}

// Reset empties the Decoder and points it at the session of h, reusing memory
// when the shape allows. It fails like NewDecoder.
func (d *Decoder) Reset(h *Header) error {
	if h == nil || len(h.comm) != h.Chunks {
		return fmt.Errorf("%w: header not parsed", ErrInvalidParams)
	}
	l := h.ChunkScalars()
	if l > d.g.Len() {
		return fmt.Errorf("%w: chunks of %d scalars, generators for %d", ErrTooLarge, l, d.g.Len())
	}
	n := h.Chunks
	if n != d.n || l != d.l {
		d.n, d.l = n, l
		d.basis = newEchelon(n, true)
		d.tent = newEchelon(n, true)
		d.coef = make([]sc, n*n)
		d.data = make([]sc, n*l)
		d.vplain = make([]sc, n)
		d.vmont = make([]sc, n)
		d.small = make([]uint64, n)
		d.sums = make([]sc, l+n)
		// Buffers of free and queued packets have the old shape: drop them.
		d.free = nil
		d.pend = d.pend[:0]
	}
	d.h = h
	d.basis.reset()
	d.tent.reset()
	d.free = append(d.free, d.pend...)
	d.pend = d.pend[:0]
	d.decoded = false
	return nil
}

// Header returns the session header.
func (d *Decoder) Header() *Header { return d.h }

// Rank returns the number of verified innovative packets held (0..N).
func (d *Decoder) Rank() int { return d.basis.rank }

// Pending returns the number of queued packets awaiting Flush.
func (d *Decoder) Pending() int { return len(d.pend) }

// Done reports whether the message can be decoded (verified rank N).
func (d *Decoder) Done() bool { return d.basis.rank == d.n }

// coefficients parses p's framing and coefficient vector into d.vplain and
// d.vmont, without looking at the payload beyond its length.
func (d *Decoder) coefficients(p *Packet) error {
	if p.Session != d.h.Tag() {
		return fmt.Errorf("%w: tag %016x, want %016x", ErrWrongSession, p.Session, d.h.Tag())
	}
	if len(p.Payload) != d.l*scalarBytes {
		return fmt.Errorf("%w: payload of %d bytes, want %d (%d scalars)", ErrMalformed, len(p.Payload), d.l*scalarBytes, d.l)
	}
	switch p.Kind {
	case CoeffSystematic:
		if len(p.Coeffs) != 0 {
			return fmt.Errorf("%w: systematic packet with coefficients", ErrMalformed)
		}
		if p.Seed >= uint32(d.n) {
			return fmt.Errorf("%w: systematic index %d, N=%d", ErrBadCoefficients, p.Seed, d.n)
		}
		clear(d.vplain)
		d.vplain[p.Seed] = sc{1}
	case CoeffSeeded:
		if len(p.Coeffs) != 0 {
			return fmt.Errorf("%w: seeded packet with coefficients", ErrMalformed)
		}
		expandSeed(&d.h.session, p.Seed, d.h.CoeffBits, d.small)
		for i, c := range d.small {
			d.vplain[i] = sc{c}
		}
	case CoeffCompact:
		w := coeffWidth(p.Kind, p.Seed)
		if w == 0 || len(p.Coeffs) != d.n*w {
			return fmt.Errorf("%w: %d coefficient bytes of width %d, want %d coefficients", ErrMalformed, len(p.Coeffs), p.Seed, d.n)
		}
		var buf [scalarBytes]byte
		for i := range d.vplain {
			copy(buf[:], p.Coeffs[i*w:(i+1)*w])
			clear(buf[w:])
			if !d.vplain[i].setCanonical(buf[:]) {
				return fmt.Errorf("%w: coefficient %d not below ℓ", ErrNonCanonical, i)
			}
		}
	case CoeffExplicit:
		if len(p.Coeffs) != d.n*scalarBytes {
			return fmt.Errorf("%w: %d coefficient bytes, want %d", ErrMalformed, len(p.Coeffs), d.n*scalarBytes)
		}
		for i := range d.vplain {
			if !d.vplain[i].setCanonical(p.Coeffs[i*scalarBytes : (i+1)*scalarBytes]) {
				return fmt.Errorf("%w: coefficient %d not below ℓ", ErrNonCanonical, i)
			}
		}
	default:
		return fmt.Errorf("%w: coefficient kind %d", ErrMalformed, p.Kind)
	}
	zero := true
	for i := range d.vplain {
		if !d.vplain[i].isZero() {
			zero = false
		}
		d.vmont[i].toMont(&d.vplain[i])
	}
	if zero {
		return fmt.Errorf("%w: all-zero coefficient vector", ErrBadCoefficients)
	}
	return nil
}

// payload parses p.Payload into dst (l scalars), rejecting non-canonical scalars.
func parsePayload(dst []sc, b []byte) error {
	for k := range dst {
		if !dst[k].setCanonical(b[k*scalarBytes : (k+1)*scalarBytes]) {
			return fmt.Errorf("%w: payload scalar %d not below ℓ", ErrNonCanonical, k)
		}
	}
	return nil
}

// Add offers a packet and checks it at once. It returns true if the packet was
// verified and raised the rank (its contents are copied); false with a nil error
// if it carried nothing new (rejected in coefficient space, before any payload
// work and without verification); or an error, and then nothing changes:
// ErrWrongSession, ErrMalformed, ErrBadCoefficients, ErrNonCanonical, or
// ErrPolluted for a packet whose data or coefficients do not match the
// commitments. Cost of a verified packet: one fixed-base multi-scalar
// multiplication of L scalars plus one of N.
func (d *Decoder) Add(p *Packet) (innovative bool, err error) { return d.add(p, true) }

// add is Add; verify=false (benchmarks of the decoding work alone) skips the
// commitment check.
func (d *Decoder) add(p *Packet, verify bool) (innovative bool, err error) {
	if err := d.coefficients(p); err != nil {
		return false, err
	}
	r := d.basis.rank
	if r+len(d.pend) >= d.n {
		return false, nil
	}
	if len(d.pend) > 0 {
		if !d.tent.reduce(d.vmont, 0) {
			return false, nil
		}
	} else if !d.basis.reduce(d.vmont, r) {
		return false, nil
	}
	row := d.data[r*d.l : (r+1)*d.l]
	if err := parsePayload(row, p.Payload); err != nil {
		return false, err
	}
	if verify && !d.checkOne(d.vplain, row) {
		return false, fmt.Errorf("%w: %s packet (seed/index %d)", ErrPolluted, p.Kind, p.Seed)
	}
	if len(d.pend) > 0 {
		d.tent.insert()
		d.tentInOrder = false // this row is verified before the queued ones
		d.accept(d.vplain, d.vmont)
	} else {
		d.basis.insert()
		copy(d.coef[r*d.n:(r+1)*d.n], d.vplain)
		d.decoded = false
	}
	return true, nil
}

// Innovative reports whether Add or Queue would find p innovative, without
// changing the Decoder and without reading its payload beyond the length. It
// fails with the parsing errors of Add.
func (d *Decoder) Innovative(p *Packet) (bool, error) {
	if err := d.coefficients(p); err != nil {
		return false, err
	}
	if d.basis.rank+len(d.pend) >= d.n {
		return false, nil
	}
	e := &d.basis
	if len(d.pend) > 0 {
		e = &d.tent
	}
	return e.reduce(d.vmont, e.rank), nil
}

// accept inserts a verified row whose payload is already at d.data[rank].
func (d *Decoder) accept(plain, mont []sc) {
	r := d.basis.rank
	if !d.basis.reduce(mont, r) {
		// Cannot happen: the row was innovative against a superset of the basis.
		return
	}
	d.basis.insert()
	copy(d.coef[r*d.n:(r+1)*d.n], plain)
	d.decoded = false
}

// Queue offers a packet for batch verification by the next Flush. It returns
// whether the packet is innovative with respect to the verified and queued
// packets (false, nil: dropped in coefficient space), or a parsing error as Add
// does (ErrWrongSession, ErrMalformed, ErrBadCoefficients, ErrNonCanonical). tag
// is returned by Flush if the packet proves polluted. A queued packet does not
// count in Rank nor feed Recode until Flush verifies it.
func (d *Decoder) Queue(p *Packet, tag uint64) (innovative bool, err error) {
	if err := d.coefficients(p); err != nil {
		return false, err
	}
	if len(d.pend) == 0 {
		d.tent.copyFrom(&d.basis)
		d.tentInOrder = true
	}
	if d.basis.rank+len(d.pend) >= d.n || !d.tent.reduce(d.vmont, d.basis.rank+len(d.pend)) {
		return false, nil
	}
	var pp pendingPacket
	if n := len(d.free); n > 0 {
		pp, d.free = d.free[n-1], d.free[:n-1]
	} else {
		pp = pendingPacket{coef: make([]sc, d.n), mont: make([]sc, d.n), data: make([]sc, d.l)}
	}
	if err := parsePayload(pp.data, p.Payload); err != nil {
		d.free = append(d.free, pp)
		return false, err
	}
	d.tent.insert()
	pp.tag = tag
	copy(pp.coef, d.vplain)
	copy(pp.mont, d.vmont)
	d.pend = append(d.pend, pp)
	return true, nil
}

// Flush verifies every queued packet with one combined check (random weights
// from the Decoder's source), bisecting to find the polluted ones when it fails,
// accepts the good ones and returns how many it accepted and which it rejected.
// The rejected slice is newly allocated (nil when none). Cost: one fixed-base
// multi-scalar multiplication of L scalars plus one of N for a clean batch, plus
// about 2·log2(batch) more per polluted packet. An error from the random source
// leaves the queue untouched.
func (d *Decoder) Flush() (accepted int, rejected []Rejected, err error) {
	if len(d.pend) == 0 {
		return 0, nil, nil
	}
	idx := make([]int, len(d.pend))
	for i := range idx {
		idx[i] = i
	}
	bad := make([]bool, len(d.pend))
	if err := d.bisect(idx, false, bad); err != nil {
		return 0, nil, err
	}
	clean := true
	for _, b := range bad {
		clean = clean && !b
	}
	if clean && d.tentInOrder {
		// Every queued row passed and tent holds exactly basis + queue in order,
		// transform included: adopt it instead of reducing each row again.
		r := d.basis.rank
		for i, pp := range d.pend {
			copy(d.data[(r+i)*d.l:(r+i+1)*d.l], pp.data)
			copy(d.coef[(r+i)*d.n:(r+i+1)*d.n], pp.coef)
		}
		d.basis, d.tent = d.tent, d.basis
		d.decoded = false
		accepted = len(d.pend)
	} else {
		for i, pp := range d.pend {
			if bad[i] {
				rejected = append(rejected, Rejected{Tag: pp.tag, Err: fmt.Errorf("%w: queued packet %d of %d", ErrPolluted, i, len(d.pend))})
				continue
			}
			r := d.basis.rank
			copy(d.data[r*d.l:(r+1)*d.l], pp.data)
			d.accept(pp.coef, pp.mont)
			accepted++
		}
	}
	d.free = append(d.free, d.pend...)
	d.pend = d.pend[:0]
	return accepted, rejected, nil
}

// bisect marks the polluted packets among set. knownBad says the caller already
// knows set holds at least one (its sibling passed after their union failed).
func (d *Decoder) bisect(set []int, knownBad bool, bad []bool) error {
	if len(set) == 0 {
		return nil
	}
	if len(set) == 1 && knownBad {
		bad[set[0]] = true
		return nil
	}
	if !knownBad {
		ok, err := d.checkBatch(set)
		if err != nil {
			return err
		}
		if ok {
			return nil
		}
		if len(set) == 1 {
			bad[set[0]] = true
			return nil
		}
	}
	mid := len(set) / 2
	left, right := set[:mid], set[mid:]
	ok, err := d.checkBatch(left)
	if err != nil {
		return err
	}
	if ok {
		return d.bisect(right, true, bad)
	}
	if len(left) == 1 {
		bad[left[0]] = true
	} else if err := d.bisect(left, true, bad); err != nil {
		return err
	}
	return d.bisect(right, false, bad)
}

// msm runs a fixed-base multi-scalar multiplication on the Decoder's workers.
func (d *Decoder) msm(s []sc) point {
	if d.scrs == nil {
		d.scrs = make([]*msmScratch, max(d.workers, 1))
		for i := range d.scrs {
			d.scrs[i] = new(msmScratch)
		}
	}
	return d.g.msmParallel(s, d.scrs)
}

// checkOne verifies Σ_k y_k·G_k = Σ_i c_i·C_i for one packet.
func (d *Decoder) checkOne(coef, data []sc) bool {
	lhs := d.msm(data)
	return d.equalCommitted(&lhs, coef)
}

// equalCommitted reports whether lhs = Σ_i t_i·C_i.
func (d *Decoder) equalCommitted(lhs *point, t []sc) bool {
	scalars := make([]*edwards25519.Scalar, d.n)
	for i := range t {
		scalars[i] = t[i].edScalar()
	}
	rhs := new(edwards25519.Point).VarTimeMultiScalarMult(scalars, d.h.comm)
	var r point
	r.fromEdwards(rhs)
	return lhs.equal(&r)
}

// checkBatch verifies the random combination of the queued packets in set:
// Σ_k (Σ_j w_j y_jk)·G_k = Σ_i (Σ_j w_j c_ji)·C_i with fresh 128-bit weights.
func (d *Decoder) checkBatch(set []int) (bool, error) {
	if len(set) == 1 {
		pp := &d.pend[set[0]]
		return d.checkOne(pp.coef, pp.data), nil
	}
	need := 16 * len(set)
	if cap(d.wbuf) < need {
		d.wbuf = make([]byte, need)
	}
	w := d.wbuf[:need]
	if _, err := io.ReadFull(d.rand, w); err != nil {
		return false, fmt.Errorf("reading batch weights: %w", err)
	}
	weights := make([]sc, len(set))
	for j := range weights {
		weights[j] = sc{le64(w[16*j:]), le64(w[16*j+8:])}
	}
	// The weights are taken as Montgomery forms: redc of Σ u_j·x_j is
	// Σ (u_j·2^-320)·x_j, the same implicit weights on both sides.
	s := d.sums[:d.l]
	for k := 0; k < d.l; k++ {
		var acc wide
		for j, i := range set {
			acc.mulAdd128(&weights[j], &d.pend[i].data[k])
		}
		s[k].redc(&acc)
	}
	t := d.sums[d.l : d.l+d.n]
	for c := 0; c < d.n; c++ {
		var acc wide
		for j, i := range set {
			acc.mulAdd128(&weights[j], &d.pend[i].coef[c])
		}
		t[c].redc(&acc)
	}
	lhs := d.msm(s)
	return d.equalCommitted(&lhs, t), nil
}

func le64(b []byte) uint64 {
	_ = b[7]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// decodeBlock is how many output scalars Decode accumulates at once.
const decodeBlock = 64

// Decode returns the message (Header.Size bytes) as a view into the Decoder's
// memory, valid until the next Reset or Add; the caller must not modify it. It
// fails with ErrNotDone before rank N. Cost: N²·L scalar multiply-adds (the
// inverse of the coefficient matrix is kept up to date as packets arrive).
func (d *Decoder) Decode() ([]byte, error) {
	if !d.Done() {
		return nil, fmt.Errorf("%w: rank %d of %d", ErrNotDone, d.basis.rank, d.n)
	}
	if d.decoded {
		return d.out, nil
	}
	size := d.h.Size
	if cap(d.out) < d.n*d.l*dataBytes {
		d.out = make([]byte, d.n*d.l*dataBytes)
	}
	out := d.out[:d.n*d.l*dataBytes]
	var buf [32]byte
	errWide := fmt.Errorf("%w: decoded scalar wider than 31 bytes: the publisher committed to non-message data", ErrMalformed)
	// Rows that are one received packet times one need no arithmetic; the
	// others are computed together, block of columns by block of columns, so a
	// block of every received row (N·decodeBlock scalars) is read from memory
	// once and reused from cache for all N outputs.
	mixed := make([]int, 0, d.n)
	for r := 0; r < d.n; r++ {
		p := d.basis.piv[r]
		tr := d.basis.tr[r*d.n : (r+1)*d.n]
		single := -1
		for j := range tr {
			if !tr[j].isZero() {
				if single >= 0 {
					single = -2
					break
				}
				single = j
			}
		}
		if single < 0 || tr[single] != kMont {
			mixed = append(mixed, r)
			continue
		}
		dst := out[p*d.l*dataBytes : (p+1)*d.l*dataBytes]
		src := d.data[single*d.l : (single+1)*d.l]
		for k := range src {
			if !src[k].fitsData() {
				return nil, errWide
			}
			src[k].putBytes(buf[:])
			copy(dst[k*dataBytes:], buf[:dataBytes])
		}
	}
	if kernels.ifma && len(mixed) > 0 {
		if err := d.decodeMixed52(out, mixed); err != nil {
			return nil, err
		}
		d.out = out[:size]
		d.decoded = true
		return d.out, nil
	}
	var accs [decodeBlock]wide
	for k0 := 0; k0 < d.l; k0 += decodeBlock {
		kn := min(decodeBlock, d.l-k0)
		for _, r := range mixed {
			tr := d.basis.tr[r*d.n : (r+1)*d.n]
			clear(accs[:kn])
			for j := range tr {
				if tr[j].isZero() {
					continue
				}
				t := &tr[j]
				row := d.data[j*d.l+k0 : j*d.l+k0+kn]
				for k := range row {
					accs[k].mulAdd(t, &row[k])
				}
			}
			dst := out[d.basis.piv[r]*d.l*dataBytes:]
			for k := 0; k < kn; k++ {
				var s sc
				s.redc(&accs[k])
				if !s.fitsData() {
					return nil, errWide
				}
				s.putBytes(buf[:])
				copy(dst[(k0+k)*dataBytes:], buf[:dataBytes])
			}
		}
	}
	d.out = out[:size]
	d.decoded = true
	return d.out, nil
}

// decodeMixed52 is Decode's loop over the mixed rows on the radix-2^52 kernel
// (dot52): the received payloads are copied once into blocks of eight scalars,
// then for each block every output row is one dot52 over the N received rows,
// whose blocks stay in cache across the rows.
func (d *Decoder) decodeMixed52(out []byte, mixed []int) error {
	n, l := d.n, d.l
	nblk := (l + 7) / 8
	stride := nblk * block52
	if cap(d.x52) < n*stride {
		d.x52 = make([]uint64, n*stride)
	}
	x52 := d.x52[:n*stride]
	for j := 0; j < n; j++ {
		row := d.data[j*l : (j+1)*l]
		base := j * stride
		for k := range row {
			setLimbs52(x52[base+(k>>3)*block52+k&7:], 8, &row[k])
		}
		for k := l; k < nblk*8; k++ {
			var z sc
			setLimbs52(x52[base+(k>>3)*block52+k&7:], 8, &z)
		}
	}
	if cap(d.t52) < len(mixed)*n*5 {
		d.t52 = make([]uint64, len(mixed)*n*5)
	}
	t52 := d.t52[:len(mixed)*n*5]
	for i, r := range mixed {
		tr := d.basis.tr[r*n : (r+1)*n]
		for j := range tr {
			setLimbs52(t52[(i*n+j)*5:], 1, &tr[j])
		}
	}
	var cols [80]uint64
	var buf [32]byte
	for b := 0; b < nblk; b++ {
		lanes := min(8, l-8*b)
		for i, r := range mixed {
			dot52(&cols, t52[i*n*5:(i+1)*n*5], x52[b*block52:], stride, n)
			dst := out[d.basis.piv[r]*l*dataBytes:]
			for lane := 0; lane < lanes; lane++ {
				var w wide
				var s sc
				colsToWide(&cols, lane, &w)
				s.redc(&w)
				if !s.fitsData() {
					return fmt.Errorf("%w: decoded scalar wider than 31 bytes: the publisher committed to non-message data", ErrMalformed)
				}
				s.putBytes(buf[:])
				copy(dst[(8*b+lane)*dataBytes:], buf[:dataBytes])
			}
		}
	}
	return nil
}
