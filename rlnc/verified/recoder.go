package verified

import (
	"crypto/rand"
	"fmt"
	"io"
	"math/bits"
)

// Recode fills p with a fresh random combination of the verified packets the
// Decoder holds (never of queued ones), with coefficients relative to the
// source chunks. By default the mixing coefficients are full scalars and p is
// CoeffExplicit; with WithRecodeBits they are small and p is CoeffCompact. rnd
// supplies the mixing coefficients; nil means crypto/rand. p.Payload (32·L
// bytes) and p.Coeffs (up to 32·N bytes) are overwritten, reusing their
// capacity. It fails with ErrNoData at rank 0 or with the reader's error. Cost:
// rank·(L+N) scalar multiply-adds.
func (d *Decoder) Recode(rnd io.Reader, p *Packet) error {
	rank := d.basis.rank
	if rank == 0 {
		return fmt.Errorf("%w: rank 0", ErrNoData)
	}
	if rnd == nil {
		rnd = rand.Reader
	}
	if d.recodeBits > 0 {
		return d.recodeSmall(rnd, p)
	}
	u := make([]sc, rank)
	var b [64]byte
	for j := range u {
		for u[j].isZero() {
			if _, err := io.ReadFull(rnd, b[:]); err != nil {
				return fmt.Errorf("reading recoding coefficients: %w", err)
			}
			u[j].setUniform(&b)
		}
	}
	// u_j is taken as a Montgomery form: redc(Σ u_j·x_j) = Σ (u_j·2^-320)·x_j on
	// payload and coefficients alike.
	p.Session, p.Kind, p.Seed = d.h.Tag(), CoeffExplicit, 0
	p.Payload = growBytes(p.Payload, d.l*scalarBytes)
	p.Coeffs = growBytes(p.Coeffs, d.n*scalarBytes)
	var s sc
	for k := 0; k < d.l; k++ {
		var acc wide
		for j := range u {
			acc.mulAdd(&u[j], &d.data[j*d.l+k])
		}
		s.redc(&acc)
		s.putBytes(p.Payload[k*scalarBytes:])
	}
	for c := 0; c < d.n; c++ {
		var acc wide
		for j := range u {
			acc.mulAdd(&u[j], &d.coef[j*d.n+c])
		}
		s.redc(&acc)
		s.putBytes(p.Coeffs[c*scalarBytes:])
	}
	return nil
}

// recodeSmall is Recode with non-zero mixing coefficients of d.recodeBits bits,
// sent as CoeffCompact with the narrowest width that holds every coefficient.
func (d *Decoder) recodeSmall(rnd io.Reader, p *Packet) error {
	rank := d.basis.rank
	w := d.recodeBits / 8
	buf := make([]byte, w)
	u := make([]uint64, rank)
	for j := range u {
		for u[j] == 0 {
			if _, err := io.ReadFull(rnd, buf); err != nil {
				return fmt.Errorf("reading recoding coefficients: %w", err)
			}
			for i := w - 1; i >= 0; i-- {
				u[j] = u[j]<<8 | uint64(buf[i])
			}
		}
	}
	// redc(Σ u_j·x_j) = Σ u_j·x_j·2^-320; toMont multiplies the 2^320 back.
	p.Session, p.Kind = d.h.Tag(), CoeffCompact
	p.Payload = growBytes(p.Payload, d.l*scalarBytes)
	var s sc
	for k := 0; k < d.l; k++ {
		var acc wide
		for j := range u {
			acc.mulAddSmall(u[j], &d.data[j*d.l+k])
		}
		s.redc(&acc)
		s.toMont(&s)
		s.putBytes(p.Payload[k*scalarBytes:])
	}
	coefs := make([]sc, d.n)
	width := 1
	for c := range coefs {
		var acc wide
		for j := range u {
			acc.mulAddSmall(u[j], &d.coef[j*d.n+c])
		}
		coefs[c].redc(&acc)
		coefs[c].toMont(&coefs[c])
		width = max(width, byteLen(&coefs[c]))
	}
	p.Seed = uint32(width)
	p.Coeffs = growBytes(p.Coeffs, d.n*width)
	var b [scalarBytes]byte
	for c := range coefs {
		coefs[c].putBytes(b[:])
		copy(p.Coeffs[c*width:(c+1)*width], b[:width])
	}
	return nil
}

// byteLen is the number of bytes of s without its high zero bytes.
func byteLen(s *sc) int {
	for i := 3; i >= 0; i-- {
		if s[i] != 0 {
			return i*8 + (bits.Len64(s[i])+7)/8
		}
	}
	return 0
}

// Recoder is a relay that forwards without decoding: it verifies what it
// receives (Add, or Queue and Flush) and emits fresh combinations of the
// verified packets (Recode). It is a Decoder without Decode; the same contracts
// hold. It is not safe for concurrent use.
type Recoder struct{ d *Decoder }

// NewRecoder returns a Recoder for the session of h. Options and errors as
// NewDecoder.
func NewRecoder(g *Generators, h *Header, opts ...Option) (*Recoder, error) {
	d, err := NewDecoder(g, h, opts...)
	if err != nil {
		return nil, err
	}
	return &Recoder{d: d}, nil
}

// Reset empties the Recoder and points it at the session of h.
func (r *Recoder) Reset(h *Header) error { return r.d.Reset(h) }

// Rank returns the number of verified innovative packets held.
func (r *Recoder) Rank() int { return r.d.Rank() }

// Pending returns the number of queued packets awaiting Flush.
func (r *Recoder) Pending() int { return r.d.Pending() }

// Add verifies and keeps a packet; see Decoder.Add.
func (r *Recoder) Add(p *Packet) (innovative bool, err error) { return r.d.Add(p) }

// Innovative reports whether Add would keep p; see Decoder.Innovative.
func (r *Recoder) Innovative(p *Packet) (bool, error) { return r.d.Innovative(p) }

// Queue queues a packet for Flush; see Decoder.Queue.
func (r *Recoder) Queue(p *Packet, tag uint64) (innovative bool, err error) { return r.d.Queue(p, tag) }

// Flush batch-verifies the queue; see Decoder.Flush.
func (r *Recoder) Flush() (accepted int, rejected []Rejected, err error) { return r.d.Flush() }

// Recode emits a fresh combination of the verified packets; see Decoder.Recode.
func (r *Recoder) Recode(rnd io.Reader, p *Packet) error { return r.d.Recode(rnd, p) }
