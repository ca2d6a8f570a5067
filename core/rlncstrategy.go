package core

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"fmt"

	"github.com/weftnet/weft/rlnc"
)

// RLNC is random linear network coding over GF(2^8) (package rlnc). Chunks are not
// verifiable one by one: the decoded message is checked end to end against the
// publisher's signed SHA-256 digest, so it suits authenticated peer sets. The
// policy (docs/adr/0003):
//   - the publisher sends source chunks first, each to one peer only (the first
//     k sends are k distinct chunks), then seeded combinations;
//   - a relay recodes what it holds as soon as it holds anything, and never sends a
//     peer more than its own rank minus what the two exchanged on that link;
//   - a sender stops sending a peer a generation once the peer's last reported rank
//     plus what was sent since (or, before any report, sent plus received) covers
//     the generation;
//   - a decoded node re-encodes from the decoded chunks (seeded, 4-byte
//     coefficient headers) and serves without budget;
//   - a decode that fails the digest starts over from one done peer alone, which
//     is blamed if that fails too (docs/adr/0011).
//
// Receivers ask for credit as described on linkGen (docs/adr/0004, 0009, 0011).
type RLNC struct{}

// ID implements Strategy.
func (RLNC) ID() StrategyID { return StrategyRLNC }

// chunk body: gen u16 | kind u8 | seed u32 | coeffs (explicit: k bytes) | payload
const rlncChunkFixed = 7

// maxGenerations bounds the generations of one rlnc message (16 MiB in 1 KiB chunks
// of generations of 64 is 256).
const maxGenerations = 1024

// Publish implements Strategy.
func (RLNC) Publish(env *Env, h *Header, payload []byte, sh Shape) (Session, error) {
	if sh.GenSize > rlnc.MaxK {
		sh.GenSize = rlnc.MaxK
	}
	if sh.Chunks > 0xFFFF || (sh.Chunks+sh.GenSize-1)/sh.GenSize > maxGenerations {
		return nil, fmt.Errorf("%w: %d chunks in generations of %d", ErrTooLarge, sh.Chunks, sh.GenSize)
	}
	h.ChunkSize, h.Chunks, h.GenSize = uint32(sh.ChunkSize), uint16(sh.Chunks), uint16(sh.GenSize)
	d := sha256.Sum256(payload)
	env.Costs.Add(OpHash, len(payload))
	h.Auth = d[:]
	s := newRLNCSession(env, h)
	s.publisher = true
	s.buf = make([]byte, s.k*s.c)
	copy(s.buf, payload)
	if err := s.serve(); err != nil {
		return nil, err
	}
	return s, nil
}

// Open implements Strategy.
func (RLNC) Open(env *Env, h *Header) (Session, error) {
	if len(h.Auth) != sha256.Size {
		return nil, fmt.Errorf("%w: rlnc digest of %d bytes", ErrMalformed, len(h.Auth))
	}
	if int(h.GenSize) > rlnc.MaxK || int(h.ChunkSize) > rlnc.MaxChunkSize {
		return nil, fmt.Errorf("%w: rlnc shape gen=%d chunk=%d", ErrMalformed, h.GenSize, h.ChunkSize)
	}
	// The shape must be the one the size implies, and generations few enough
	// that per-generation state stays within what Reserve accounts for.
	if want := max(1, (int(h.Size)+int(h.ChunkSize)-1)/int(h.ChunkSize)); int(h.Chunks) != want || h.Generations() > maxGenerations {
		return nil, fmt.Errorf("%w: rlnc shape: %d chunks for %d bytes in chunks of %d, %d generations",
			ErrMalformed, h.Chunks, h.Size, h.ChunkSize, h.Generations())
	}
	return newRLNCSession(env, h), nil
}

type rlncGen struct {
	k   int
	dec *rlnc.Decoder
	enc *rlnc.Encoder
	sys int // next source chunk the publisher sends
}

type rlncSession struct {
	env      *Env
	size     int
	k, c, g  int // chunks, chunk size, generation size
	digest   [32]byte
	gens     []rlncGen
	lg       []linkGen // slot-major: slot i's generations at [i*len(gens):]
	cursor   []uint16
	rank     int
	restarts int // polluted decodes started over: robust credit shares from then on
	// solo is 1 + the slot of the one done peer a restarted session decodes
	// from alone (0: none); soloRank is our rank when it was chosen or last
	// made progress.
	solo, soloRank int
	done           bool
	publisher      bool
	buf            []byte // k·c: the message, padded, once decoded or published
	pkt            rlnc.Packet
	check          rlnc.Packet // audit scratch
}

func newRLNCSession(env *Env, h *Header) *rlncSession {
	s := &rlncSession{env: env, size: int(h.Size), k: int(h.Chunks), c: int(h.ChunkSize), g: int(h.GenSize)}
	copy(s.digest[:], h.Auth)
	n := h.Generations()
	s.gens = make([]rlncGen, n)
	for i := range s.gens {
		s.gens[i].k = h.GenChunks(i)
	}
	return s
}

// serve sets up encoders over s.buf for a publisher or a decoded node.
func (s *rlncSession) serve() error {
	for i := range s.gens {
		gn := &s.gens[i]
		enc, err := rlnc.NewEncoder(gn.k, s.c)
		if err != nil {
			return fmt.Errorf("%w: %w", ErrMalformed, err)
		}
		rows := make([][]byte, gn.k)
		for j := range rows {
			off := (i*s.g + j) * s.c
			rows[j] = s.buf[off : off+s.c : off+s.c]
		}
		if err := enc.SetSource(0, rows); err != nil {
			return err
		}
		gn.enc, gn.dec = enc, nil
	}
	s.done, s.rank = true, s.k
	return nil
}

func (s *rlncSession) Reserve() int64 {
	r := int64(s.k) * int64(s.c) * 3
	for i := range s.gens {
		// decoder matrices, generation state, and link state for up to 64 peers
		r += int64(2*s.gens[i].k*s.gens[i].k + 256 + 64*24)
	}
	return r
}

func (s *rlncSession) AddLink() {
	for range s.gens {
		s.lg = append(s.lg, linkGen{})
	}
	s.cursor = append(s.cursor, 0)
}

func (s *rlncSession) Chunk(slot int, body []byte) (bool, error) {
	if len(body) < rlncChunkFixed {
		return false, fmt.Errorf("%w: short rlnc chunk", ErrMalformed)
	}
	g := int(binary.BigEndian.Uint16(body))
	if g >= len(s.gens) {
		return false, fmt.Errorf("%w: generation %d of %d", ErrMalformed, g, len(s.gens))
	}
	gn := &s.gens[g]
	p := &s.pkt
	p.Generation, p.Kind, p.Seed = 0, rlnc.CoeffKind(body[2]), binary.BigEndian.Uint32(body[3:])
	rest := body[rlncChunkFixed:]
	switch p.Kind {
	case rlnc.CoeffExplicit:
		if len(rest) != gn.k+s.c {
			return false, fmt.Errorf("%w: explicit chunk of %d bytes, want %d", ErrMalformed, len(rest), gn.k+s.c)
		}
		p.Coeffs, p.Payload = rest[:gn.k], rest[gn.k:]
	case rlnc.CoeffSeeded, rlnc.CoeffSystematic:
		if len(rest) != s.c {
			return false, fmt.Errorf("%w: chunk payload of %d bytes, want %d", ErrMalformed, len(rest), s.c)
		}
		if p.Kind == rlnc.CoeffSystematic && int(p.Seed) >= gn.k {
			return false, fmt.Errorf("%w: systematic index %d, k=%d", ErrMalformed, p.Seed, gn.k)
		}
		p.Coeffs, p.Payload = nil, rest
	default:
		return false, fmt.Errorf("%w: coefficient kind %d", ErrMalformed, body[2])
	}
	if s.done {
		return false, s.audit(gn, p)
	}
	if gn.dec == nil {
		dec, err := rlnc.NewDecoder(gn.k, s.c)
		if err != nil {
			return false, fmt.Errorf("%w: %w", ErrMalformed, err)
		}
		gn.dec = dec
	}
	lg := &s.lg[slot*len(s.gens)+g]
	if s.solo > 0 && slot != s.solo-1 {
		// Decoding from one peer alone after a polluted decode: chunks from
		// others could carry the pollution again.
		lg.got++
		return false, nil
	}
	if gn.dec.Done() {
		lg.onChunk(false, gn.k)
		return false, nil
	}
	innov, err := gn.dec.Add(p)
	p.Coeffs, p.Payload = nil, nil
	if err != nil {
		return false, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	lg.onChunk(innov, gn.k)
	if !innov {
		s.env.Costs.Add(OpReject, gn.k*gn.k)
		return false, nil
	}
	s.env.Costs.Add(OpDecodeAdd, s.c+gn.k*gn.k)
	s.rank++
	s.soloRank = s.rank
	if s.rank == s.k {
		return true, s.finish()
	}
	return true, nil
}

// audit checks a chunk received after decoding against the decoded message: a
// mismatch proves the sender polluted it (or forwarded pollution it could not
// see), so it is refused as invalid and the sender penalized. This is how rlnc
// blames polluters: once a node has decoded and checked the digest, every later
// chunk is verifiable. Cost: one encode per late chunk (OpEncode).
func (s *rlncSession) audit(gn *rlncGen, p *rlnc.Packet) error {
	defer func() { p.Coeffs, p.Payload = nil, nil }()
	if gn.enc == nil {
		return nil
	}
	q := &s.check
	if cap(q.Payload) < s.c {
		q.Payload = make([]byte, s.c)
		q.Coeffs = make([]byte, 0, s.g)
	}
	q.Payload = q.Payload[:s.c]
	var err error
	switch p.Kind {
	case rlnc.CoeffSystematic:
		err = gn.enc.Systematic(int(p.Seed), q)
	case rlnc.CoeffSeeded:
		err = gn.enc.Seeded(p.Seed, q)
	default:
		err = gn.enc.Explicit(p.Coeffs, q)
	}
	s.env.Costs.Add(OpEncode, gn.k*s.c)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	if !bytes.Equal(q.Payload, p.Payload) {
		if p.Kind == rlnc.CoeffExplicit {
			// A recoding: an honest relay may have mixed in pollution it
			// could not see before decoding.
			return fmt.Errorf("%w: recoded chunk does not match the decoded message", ErrContaminated)
		}
		return fmt.Errorf("%w: chunk does not match the decoded message", ErrInvalidChunk)
	}
	return nil
}

// finish assembles the decoded message and checks it against the signed digest.
func (s *rlncSession) finish() error {
	buf := make([]byte, s.k*s.c)
	for i := range s.gens {
		gn := &s.gens[i]
		data, err := gn.dec.Decode()
		if err != nil {
			return fmt.Errorf("%w: %w", ErrMalformed, err)
		}
		s.env.Costs.Add(OpDecodeSolve, gn.k*gn.k*s.c)
		copy(buf[i*s.g*s.c:], data)
	}
	s.env.Costs.Add(OpHash, s.size)
	if sha256.Sum256(buf[:s.size]) != s.digest {
		// Polluted: start over. GF(2^8) chunks cannot be checked one by one, so
		// nobody can be blamed from here; authenticated peer sets make this rare.
		for i := range s.gens {
			s.gens[i].dec.Reset(0)
		}
		for i := range s.lg {
			s.lg[i].recv = 0
		}
		s.rank = 0
		s.restarts++
		be := &BlameError{Err: ErrDigestMismatch}
		if s.solo > 0 {
			// Every chunk came from the one peer: it polluted them.
			be.Slots = []int{s.solo - 1}
		}
		s.pickSolo()
		return be
	}
	s.buf = buf
	return s.serve()
}

func (s *rlncSession) Have(slot int, body []byte) error {
	n := len(s.gens)
	if len(body) != 3+linkReportLen*n || int(binary.BigEndian.Uint16(body[1:])) != n || body[0]&^haveFlagStalled != 0 {
		return fmt.Errorf("%w: rlnc have of %d bytes for %d generations", ErrMalformed, len(body), n)
	}
	stalled := body[0]&haveFlagStalled != 0
	for i := 0; i < n; i++ {
		e := body[3+linkReportLen*i:]
		r := binary.BigEndian.Uint16(e)
		if int(r) > s.gens[i].k {
			return fmt.Errorf("%w: rank %d above k=%d", ErrMalformed, r, s.gens[i].k)
		}
		s.lg[slot*n+i].onReport(r, binary.BigEndian.Uint16(e[2:]), binary.BigEndian.Uint16(e[4:]), stalled)
	}
	return nil
}

func (s *rlncSession) PeerDone(slot int) {
	n := len(s.gens)
	for i := range s.lg[slot*n : (slot+1)*n] {
		l := &s.lg[slot*n+i]
		l.rank, l.reported = uint16(s.gens[i].k), true
	}
}

// Emit implements the forwarding policy described on RLNC.
func (s *rlncSession) Emit(slot int, dst []byte) ([]byte, bool) {
	n := len(s.gens)
	cur := int(s.cursor[slot])
	for j := 0; j < n; j++ {
		g := cur + j
		if g >= n {
			g -= n
		}
		gn := &s.gens[g]
		l := &s.lg[slot*n+g]
		r := gn.k
		if !s.done {
			r = 0
			if gn.dec != nil {
				r = gn.dec.Rank()
			}
		}
		if !l.allow(gn.k, r, len(s.cursor), s.done, s.env.cfg.PushPercent) {
			continue
		}
		out, ok := s.encode(g, dst)
		if !ok {
			continue
		}
		l.sent++
		s.cursor[slot] = uint16((g + 1) % n)
		return out, true
	}
	return dst, false
}

func (s *rlncSession) encode(g int, dst []byte) ([]byte, bool) {
	gn := &s.gens[g]
	p := &s.pkt
	start := len(dst)
	dst = binary.BigEndian.AppendUint16(dst, uint16(g))
	var err error
	if s.done {
		dst = append(dst, 0, 0, 0, 0, 0)
		dst, p.Payload = grow(dst, s.c)
		if s.publisher && gn.sys < gn.k {
			err = gn.enc.Systematic(gn.sys, p)
			gn.sys++
			s.env.Costs.Add(OpCopy, s.c)
		} else {
			err = gn.enc.Seeded(s.env.Rand.Uint32(), p)
			s.env.Costs.Add(OpEncode, gn.k*s.c)
		}
	} else {
		dst = append(dst, 0, 0, 0, 0, 0)
		var cp []byte
		dst, cp = grow(dst, gn.k+s.c)
		p.Coeffs, p.Payload = cp[:gn.k], cp[gn.k:]
		err = gn.dec.Recode(s.env.Rand, p)
		s.env.Costs.Add(OpRecode, gn.dec.Rank()*s.c)
	}
	if err != nil {
		p.Coeffs, p.Payload = nil, nil
		return dst[:start], false
	}
	dst[start+2] = byte(p.Kind)
	binary.BigEndian.PutUint32(dst[start+3:], p.Seed)
	p.Coeffs, p.Payload = nil, nil
	return dst, true
}

// grow extends dst by n bytes and returns the new tail.
func grow(dst []byte, n int) ([]byte, []byte) {
	l := len(dst)
	if cap(dst)-l < n {
		nd := make([]byte, l, l+n)
		copy(nd, dst)
		dst = nd
	}
	dst = dst[:l+n]
	return dst, dst[l:]
}

func (s *rlncSession) EmitSize() int { return rlncChunkFixed + s.g + s.c }

func (s *rlncSession) genRank(i int) int {
	switch gn := &s.gens[i]; {
	case s.done:
		return gn.k
	case gn.dec != nil:
		return gn.dec.Rank()
	}
	return 0
}

// pickSolo chooses, after a polluted decode, the next peer that holds the whole
// message (by its reports) to decode from alone, after the last one chosen; none
// (0) if no link is done. A polluter chosen this way is blamed by the next
// failed decode, so at most one attempt per polluting neighbour is lost.
func (s *rlncSession) pickSolo() {
	links, n := len(s.cursor), len(s.gens)
	prev := s.solo
	s.solo, s.soloRank = 0, s.rank
	for j := 0; j < links; j++ {
		slot := (prev + j) % links // prev is 1 + the last slot: start after it
		done := true
		for i := range s.gens {
			if l := &s.lg[slot*n+i]; !l.reported || int(l.rank) < s.gens[i].k {
				done = false
				break
			}
		}
		if done && slot+1 != prev {
			s.solo = slot + 1
			return
		}
	}
}

// stalled implements staller: a restarted session whose single source made no
// progress moves on to the next done peer.
func (s *rlncSession) stalled() {
	if s.restarts > 0 && !s.done && (s.solo == 0 || s.rank == s.soloRank) {
		s.pickSolo()
	}
}

// AppendHave writes, per generation, our rank, the credit asked of slot and the
// chunks we got from it.
func (s *rlncSession) AppendHave(slot int, stalled bool, dst []byte) []byte {
	n := len(s.gens)
	flags := byte(0)
	if stalled {
		flags = haveFlagStalled
	}
	dst = append(dst, flags)
	dst = binary.BigEndian.AppendUint16(dst, uint16(n))
	links := len(s.cursor)
	for i := range s.gens {
		r := s.genRank(i)
		providers, idx := 0, -1
		capable, cidx := 0, -1
		for j := 0; j < links; j++ {
			if l := &s.lg[j*n+i]; l.recv > 0 {
				if l.capable(r) {
					if j == slot {
						cidx = capable
					}
					capable++
				}
				if j == slot {
					idx = providers
				}
				providers++
			}
		}
		l := &s.lg[slot*n+i]
		need := s.gens[i].k - r
		var credit int
		switch {
		case s.solo > 0:
			// Decoding from one peer alone: it is asked for the whole need.
			if slot == s.solo-1 {
				credit = creditFor(need, 1, s.env.cfg.CreditPercent)
			}
		case s.restarts > 0:
			// After a polluted decode started over, exact shares would leave
			// the polluters, still providers, with most of the need.
			credit = l.ask(need, s.gens[i].k, providers, idx, r, s.env.cfg.CreditPercent, true)
		case stalled && idx >= 0 && capable > 0:
			// Stalled: the exact shares rotate with our rank, so while it does
			// not move they can keep the whole need on a relay ranked below us,
			// which by its sending rule sends nothing, until the session
			// expires. Ask the providers that can serve (others: nothing).
			if cidx >= 0 {
				credit = l.ask(need, s.gens[i].k, capable, cidx, r, s.env.cfg.CreditPercent, false)
			}
		default:
			credit = l.ask(need, s.gens[i].k, providers, idx, r, s.env.cfg.CreditPercent, false)
		}
		dst = l.appendReport(dst, r, credit)
	}
	return dst
}

// HaveDue: renew a link's credit once half of it has arrived.
func (s *rlncSession) HaveDue(slot int) bool {
	if s.done {
		return false
	}
	n := len(s.gens)
	for i := range s.gens {
		if s.lg[slot*n+i].due() && s.genRank(i) < s.gens[i].k {
			return true
		}
	}
	return false
}

func (s *rlncSession) Progress() (int, int) { return s.rank, s.k }
func (s *rlncSession) Complete() bool       { return s.done }
func (s *rlncSession) Message() []byte {
	if !s.done {
		return nil
	}
	return s.buf[:s.size:s.size]
}
func (s *rlncSession) Release() { s.gens, s.lg, s.cursor, s.buf = nil, nil, nil, nil }
