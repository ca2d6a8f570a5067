package core

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/weftnet/weft/rlnc"
	"github.com/weftnet/weft/rlnc/verified"
)

// Verified is RLNC over the Ristretto255 scalar field with Pedersen commitments
// (package rlnc/verified): the header carries the publisher's signed commitments
// to every source chunk, and every chunk is verified against them before it
// counts, is recoded or forwarded. A polluting peer is caught on its first bad
// chunk. The forwarding policy is RLNC's (credits, rank reports, relay rule) over
// one generation of at most 256 chunks.
//
// A Verified holds the generator tables (2.6 KiB per 31-byte scalar of the
// longest chunk): build one per process with NewVerified and share it between
// Engines; it is safe for concurrent use.
type Verified struct {
	gens *verified.Generators
}

// NewVerified builds the generator tables for chunks up to maxChunk bytes.
func NewVerified(maxChunk int) (*Verified, error) {
	g, err := verified.NewGenerators((maxChunk + 30) / 31)
	if err != nil {
		return nil, err
	}
	return &Verified{gens: g}, nil
}

// MaxChunk returns the longest chunk, in bytes, the tables cover.
func (v *Verified) MaxChunk() int { return v.gens.Len() * 31 }

// ID implements Strategy.
func (v *Verified) ID() StrategyID { return StrategyRLNCVerified }

// verifierAdapter lets the codec check its header signature with the Engine's
// Verifier.
type verifierAdapter struct{ v Verifier }

func (a verifierAdapter) Verify(pub, msg, sig []byte) error {
	if !a.v.Verify(pub, msg, sig) {
		return ErrBadSignature
	}
	return nil
}

// randReader feeds the codec's io.Reader randomness from the Engine's seeded source.
type randReader struct{ r *rlnc.Rand }

func (r randReader) Read(p []byte) (int, error) {
	r.r.Fill(p)
	return len(p), nil
}

// VerifiedMaxChunks caps the chunks of an rlnc-verified message: a chunk's check
// is a multi-scalar multiplication over the commitments of every chunk, and the
// header carries one commitment per chunk, so verified coding keeps the shape
// the codec's targets were measured at (rlnc/verified benchmarks, N <= 32).
const VerifiedMaxChunks = 32

// Publish implements Strategy.
func (v *Verified) Publish(env *Env, h *Header, payload []byte, sh Shape) (Session, error) {
	n := min(sh.Chunks, VerifiedMaxChunks)
	for n < verified.MaxChunks && verified.ChunkScalars(len(payload), n) > v.gens.Len() {
		n++
	}
	if verified.ChunkScalars(len(payload), n) > v.gens.Len() {
		return nil, fmt.Errorf("%w: %d bytes exceed the generator tables", ErrTooLarge, len(payload))
	}
	enc, err := verified.NewEncoder(v.gens, n, verified.WithConcurrency(1))
	if err != nil {
		return nil, err
	}
	vh, err := enc.Commit(payload, verified.Session{MessageID: h.ID}, env.Signer())
	if err != nil {
		return nil, err
	}
	env.Costs.Add(OpVCommit, len(payload))
	l := vh.ChunkScalars()
	h.ChunkSize, h.Chunks, h.GenSize = uint32(l*32), uint16(n), uint16(n)
	h.Auth = vh.Bytes()
	s := &verifiedSession{env: env, h: vh, n: n, l: l, enc: enc, done: true, rank: n, msg: payload}
	return s, nil
}

// Open implements Strategy.
func (v *Verified) Open(env *Env, h *Header) (Session, error) {
	vh, err := verified.ParseHeader(h.Auth, verifierAdapter{env.Verifier()}, verified.WithMaxSize(env.MaxMessageSize()))
	env.Costs.Add(OpVerifySig, len(h.Auth))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInvalidChunk, err)
	}
	l := vh.ChunkScalars()
	if vh.MessageID != h.ID || vh.Size != int(h.Size) || vh.Chunks != int(h.Chunks) ||
		int(h.GenSize) != vh.Chunks || int(h.ChunkSize) != l*32 {
		return nil, fmt.Errorf("%w: verified header does not match the session header", ErrMalformed)
	}
	if l > v.gens.Len() {
		return nil, fmt.Errorf("%w: chunks of %d scalars, tables for %d", ErrTooLarge, l, v.gens.Len())
	}
	return &verifiedSession{env: env, h: vh, n: vh.Chunks, l: l, gens: v.gens}, nil
}

type verifiedSession struct {
	env   *Env
	gens  *verified.Generators
	h     *verified.Header
	n, l  int
	enc   *verified.Encoder
	dec   *verified.Decoder
	links []linkGen
	rank  int
	done  bool
	sys   int
	msg   []byte
	// in aliases the chunk being received and is cleared before Chunk
	// returns; out is recoded into by Emit. They must stay apart: recoding into
	// a received chunk's buffer would write coefficients over its payload.
	in, out verified.Packet
	// queued holds the slots of chunks queued for batch verification.
	queued []int
}

// Pending implements Batcher.
func (s *verifiedSession) Pending() int { return len(s.queued) }

// Flush implements Batcher: one combined check for the queued chunks, bisection
// for the polluted ones.
func (s *verifiedSession) Flush() (accepted, rejected []int, err error) {
	if len(s.queued) == 0 || s.dec == nil {
		return nil, nil, nil
	}
	n := len(s.queued)
	_, rej, err := s.dec.Flush()
	// One combined check, plus about 2·log2(n) more per polluted chunk.
	checks := 1 + len(rej)*2*bitsLen(n)
	for i := 0; i < checks; i++ {
		s.env.Costs.Add(OpVerifyChunk, s.l*32)
	}
	if err != nil {
		// The batch weights' source failed: nothing was verified.
		return nil, nil, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	bad := map[int]int{}
	for _, r := range rej {
		bad[int(r.Tag)]++
		rejected = append(rejected, int(r.Tag))
	}
	for _, slot := range s.queued {
		if bad[slot] > 0 {
			bad[slot]--
			continue
		}
		accepted = append(accepted, slot)
		l := &s.links[slot]
		l.recv++
		l.recvSince++
	}
	s.queued = s.queued[:0]
	s.rank = s.dec.Rank()
	if s.dec.Done() && !s.done {
		if err := s.finish(); err != nil {
			return accepted, rejected, err
		}
	}
	return accepted, rejected, nil
}

func bitsLen(n int) int {
	b := 0
	for n > 0 {
		b++
		n >>= 1
	}
	return b
}

func (s *verifiedSession) Reserve() int64 {
	return int64(4*s.n*s.l*32 + 6*s.n*s.n*32 + 4096)
}

func (s *verifiedSession) AddLink() { s.links = append(s.links, linkGen{}) }

func (s *verifiedSession) Chunk(slot int, body []byte) (bool, error) {
	if len(body) < 2 || binary.BigEndian.Uint16(body) != 0 {
		return false, fmt.Errorf("%w: verified chunk generation", ErrMalformed)
	}
	p := &s.in
	if err := p.UnmarshalBinary(body[2:]); err != nil {
		return false, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	defer func() { p.Coeffs, p.Payload = nil, nil }()
	if s.done {
		return false, nil
	}
	if s.dec == nil {
		dec, err := verified.NewDecoder(s.gens, s.h, verified.WithRand(randReader{s.env.Rand}), verified.WithConcurrency(1),
			verified.WithRecodeBits(8))
		if err != nil {
			return false, fmt.Errorf("%w: %w", ErrMalformed, err)
		}
		s.dec = dec
	}
	if s.dec.Done() {
		s.links[slot].onChunk(false, s.n)
		return false, nil
	}
	if s.env.cfg.VerifyBatch > 1 {
		innov, err := s.dec.Queue(p, uint64(slot))
		if err != nil {
			return false, fmt.Errorf("%w: %w", ErrMalformed, err)
		}
		if !innov {
			s.links[slot].onChunk(false, s.n)
			s.env.Costs.Add(OpReject, s.n*s.n*32)
			return false, nil
		}
		s.links[slot].got++
		s.queued = append(s.queued, slot)
		return false, ErrQueued
	}
	innov, err := s.dec.Add(p)
	if err != nil {
		if errors.Is(err, verified.ErrPolluted) {
			s.env.Costs.Add(OpVerifyChunk, s.l*32)
			return false, fmt.Errorf("%w: %w", ErrInvalidChunk, err)
		}
		return false, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	s.links[slot].onChunk(innov, s.n)
	if !innov {
		s.env.Costs.Add(OpReject, s.n*s.n*32)
		return false, nil
	}
	s.env.Costs.Add(OpVerifyChunk, s.l*32)
	s.rank = s.dec.Rank()
	if s.dec.Done() {
		return true, s.finish()
	}
	return true, nil
}

func (s *verifiedSession) finish() error {
	msg, err := s.dec.Decode()
	s.env.Costs.Add(OpVDecode, s.n*s.n*s.l*32)
	if err != nil {
		// Verified chunks always decode to what the publisher committed to; a
		// failure means the publisher committed to non-message data.
		return &BlameError{Err: fmt.Errorf("%w: %w", ErrDigestMismatch, err)}
	}
	s.msg = msg
	s.done = true
	return nil
}

func (s *verifiedSession) Have(slot int, body []byte) error {
	if len(body) != 3+linkReportLen || binary.BigEndian.Uint16(body[1:]) != 1 || body[0]&^haveFlagStalled != 0 {
		return fmt.Errorf("%w: verified have of %d bytes", ErrMalformed, len(body))
	}
	r := binary.BigEndian.Uint16(body[3:])
	if int(r) > s.n {
		return fmt.Errorf("%w: rank %d above %d", ErrMalformed, r, s.n)
	}
	s.links[slot].onReport(r, binary.BigEndian.Uint16(body[5:]), binary.BigEndian.Uint16(body[7:]), body[0]&haveFlagStalled != 0)
	return nil
}

func (s *verifiedSession) PeerDone(slot int) {
	l := &s.links[slot]
	l.rank, l.reported = uint16(s.n), true
}

// BlindChunks implements BlindPusher: Config.VerifiedBlindPush in whole chunks,
// at least one.
func (s *verifiedSession) BlindChunks() int {
	return max(1, s.env.cfg.VerifiedBlindPush/(s.l*32))
}

func (s *verifiedSession) Emit(slot int, dst []byte) ([]byte, bool) {
	l := &s.links[slot]
	if !l.allow(s.n, s.rank, len(s.links), s.done, s.env.cfg.PushPercent) {
		return dst, false
	}
	p := &s.out
	var err error
	switch {
	case s.enc != nil && s.sys < s.n:
		err = s.enc.Systematic(s.sys, p)
		s.sys++
		s.env.Costs.Add(OpCopy, s.l*32)
	case s.enc != nil:
		err = s.enc.Seeded(s.env.Rand.Uint32(), p)
		s.env.Costs.Add(OpVEncode, s.n*s.l*32)
	default:
		err = s.dec.Recode(randReader{s.env.Rand}, p)
		s.env.Costs.Add(OpVRecode, s.rank*(s.l+s.n)*32)
	}
	if err != nil {
		return dst, false
	}
	start := len(dst)
	dst = append(dst, 0, 0)
	dst, err = p.AppendBinary(dst)
	if err != nil {
		return dst[:start], false
	}
	l.sent++
	return dst, true
}

func (s *verifiedSession) EmitSize() int { return 2 + 16 + s.n*32 + s.l*32 }

func (s *verifiedSession) AppendHave(slot int, stalled bool, dst []byte) []byte {
	providers := 0
	for i := range s.links {
		if s.links[i].recv > 0 {
			providers++
		}
	}
	flags := byte(0)
	if stalled {
		flags = haveFlagStalled
	}
	dst = append(dst, flags)
	dst = binary.BigEndian.AppendUint16(dst, 1)
	l := &s.links[slot]
	// Verified sessions are for open networks, where crashed and banned
	// providers are expected: every link keeps at least one chunk of credit
	// (creditFor), not exact shares (docs/adr/0009).
	return l.appendReport(dst, s.rank, l.askFor(creditFor(s.n-s.rank, providers, s.env.cfg.CreditPercent), s.n, providers))
}

func (s *verifiedSession) HaveDue(slot int) bool { return !s.done && s.links[slot].due() }

func (s *verifiedSession) Progress() (int, int) { return s.rank, s.n }
func (s *verifiedSession) Complete() bool       { return s.done }
func (s *verifiedSession) Message() []byte {
	if !s.done {
		return nil
	}
	return s.msg[:s.h.Size:s.h.Size]
}
func (s *verifiedSession) Release() { s.enc, s.dec, s.links, s.msg = nil, nil, nil, nil }

var (
	_ Strategy = (*Verified)(nil)
	_ Batcher  = (*verifiedSession)(nil)
)
