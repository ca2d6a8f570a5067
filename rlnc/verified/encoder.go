package verified

import (
	"fmt"
	"sync"

	"filippo.io/edwards25519"
)

// Encoder is the publisher's side: it splits a message into N chunks of L
// scalars (31 message bytes each), commits to every chunk, signs the session
// header, and then produces systematic and seeded packets of that session.
//
// An Encoder is reusable: Commit starts the next session and keeps a copy of the
// message's scalars. It is not safe for concurrent use; Commit itself uses
// WithConcurrency goroutines.
type Encoder struct {
	g    *Generators
	n    int
	opts options
	hdr  *Header
	l    int
	src  []sc // n×l source scalars
	cbuf []uint64
	scrs []*msmScratch // one per commit goroutine, kept across sessions
}

// NewEncoder returns an Encoder of messages in n chunks (1..MaxChunks) over the
// generators g. Options: WithConcurrency, WithCoeffBits. It fails with
// ErrInvalidParams.
func NewEncoder(g *Generators, n int, opts ...Option) (*Encoder, error) {
	if g == nil {
		return nil, fmt.Errorf("%w: nil Generators", ErrInvalidParams)
	}
	if n < 1 || n > MaxChunks {
		return nil, fmt.Errorf("%w: %d chunks, want 1..%d", ErrInvalidParams, n, MaxChunks)
	}
	o, err := applyOptions(opts)
	if err != nil {
		return nil, err
	}
	return &Encoder{g: g, n: n, opts: o, cbuf: make([]uint64, n)}, nil
}

// Session describes the message Commit publishes.
type Session struct {
	MessageID [32]byte
	Epoch     uint64
	// Context binds the signature to a network or topic (see WithContext).
	Context []byte
}

// Commit splits msg into chunks, commits to each (the expensive part: one
// fixed-base multi-scalar multiplication per chunk, spread over the Encoder's
// goroutines), and signs the header with s. The Encoder copies what it needs from
// msg. It fails with ErrTooLarge when a chunk would exceed the generators or
// DefaultMaxSize, ErrInvalidParams for a bad signer or context, or the signer's
// error.
func (e *Encoder) Commit(msg []byte, sess Session, s Signer) (*Header, error) {
	if s == nil {
		return nil, fmt.Errorf("%w: nil Signer", ErrInvalidParams)
	}
	if len(sess.Context) > 0xffff {
		return nil, fmt.Errorf("%w: context of %d bytes", ErrInvalidParams, len(sess.Context))
	}
	if len(msg) > DefaultMaxSize {
		return nil, fmt.Errorf("%w: message of %d bytes, limit %d", ErrTooLarge, len(msg), DefaultMaxSize)
	}
	l := ChunkScalars(len(msg), e.n)
	if l > e.g.Len() {
		return nil, fmt.Errorf("%w: chunks of %d scalars, generators for %d", ErrTooLarge, l, e.g.Len())
	}
	if cap(e.src) < e.n*l {
		e.src = make([]sc, e.n*l)
	}
	e.src = e.src[:e.n*l]
	for i := range e.src {
		lo := i * dataBytes
		if lo >= len(msg) {
			e.src[i] = sc{}
			continue
		}
		e.src[i].setData(msg[lo:min(lo+dataBytes, len(msg))])
	}
	e.l = l
	h := &Header{
		MessageID:   sess.MessageID,
		Epoch:       sess.Epoch,
		Size:        len(msg),
		Chunks:      e.n,
		CoeffBits:   e.opts.coeffBits,
		Commitments: make([][32]byte, e.n),
		comm:        make([]*edwards25519.Point, e.n),
	}
	e.commit(h)
	if err := encodeHeader(h, sess.Context, s); err != nil {
		return nil, err
	}
	e.hdr = h
	return h, nil
}

// commit computes the N commitments, one chunk per task.
func (e *Encoder) commit(h *Header) {
	workers := min(e.opts.workers, e.n)
	for len(e.scrs) < workers {
		e.scrs = append(e.scrs, new(msmScratch))
	}
	var wg sync.WaitGroup
	var next sync.Mutex
	i := 0
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			scr := e.scrs[w]
			for {
				next.Lock()
				c := i
				i++
				next.Unlock()
				if c >= e.n {
					return
				}
				p := e.g.msm(e.src[c*e.l:(c+1)*e.l], scr)
				p.encodeRistretto(h.Commitments[c][:])
				h.comm[c] = p.toEdwards()
			}
		}()
	}
	wg.Wait()
}

// Header returns the header of the current session, nil before Commit.
func (e *Encoder) Header() *Header { return e.hdr }

func (e *Encoder) ready() error {
	if e.hdr == nil {
		return fmt.Errorf("%w: Commit first", ErrNoData)
	}
	return nil
}

// Systematic fills p with source chunk i (Kind CoeffSystematic). p.Payload is
// overwritten (32·L bytes); p.Coeffs is emptied. It fails with ErrNoData before
// Commit and ErrBadCoefficients for i outside [0, N).
func (e *Encoder) Systematic(i int, p *Packet) error {
	if err := e.ready(); err != nil {
		return err
	}
	if i < 0 || i >= e.n {
		return fmt.Errorf("%w: systematic index %d, N=%d", ErrBadCoefficients, i, e.n)
	}
	p.Session, p.Kind, p.Seed, p.Coeffs = e.hdr.Tag(), CoeffSystematic, uint32(i), p.Coeffs[:0]
	p.Payload = growBytes(p.Payload, e.l*scalarBytes)
	for k, s := range e.src[i*e.l : (i+1)*e.l] {
		s.putBytes(p.Payload[k*scalarBytes:])
	}
	return nil
}

// Seeded fills p with the combination of all source chunks whose small
// coefficients expand from seed (Kind CoeffSeeded): N·L multiply-adds of a
// CoeffBits-wide number by a scalar. p.Payload is overwritten (32·L bytes);
// p.Coeffs is emptied. It fails with ErrNoData before Commit and with
// ErrBadCoefficients for the rare seed that expands to all zeros.
func (e *Encoder) Seeded(seed uint32, p *Packet) error {
	if err := e.ready(); err != nil {
		return err
	}
	expandSeed(&e.hdr.session, seed, e.hdr.CoeffBits, e.cbuf)
	zero := true
	for _, c := range e.cbuf {
		zero = zero && c == 0
	}
	if zero {
		return fmt.Errorf("%w: seed %d expands to zero", ErrBadCoefficients, seed)
	}
	p.Session, p.Kind, p.Seed, p.Coeffs = e.hdr.Tag(), CoeffSeeded, seed, p.Coeffs[:0]
	p.Payload = growBytes(p.Payload, e.l*scalarBytes)
	for k := 0; k < e.l; k++ {
		var acc wide
		for j, c := range e.cbuf {
			if c != 0 {
				acc.mulAddSmall(c, &e.src[j*e.l+k])
			}
		}
		var s sc
		s.redc(&acc) // Σ c·x·2^-320
		s.toMont(&s) // Σ c·x
		s.putBytes(p.Payload[k*scalarBytes:])
	}
	return nil
}

func growBytes(b []byte, n int) []byte {
	if cap(b) < n {
		return make([]byte, n)
	}
	return b[:n]
}
