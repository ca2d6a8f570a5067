package da

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/weftnet/weft/core"
)

// StrategyID is the core strategy code of column dissemination.
const StrategyID core.StrategyID = 16

// ColumnID is the core message id of column index of the block with root:
// SHA-256("weft/da column" ‖ root ‖ index). Sessions with another id are refused.
func ColumnID(root Root, index int) core.MessageID {
	h := sha256.New()
	h.Write([]byte("weft/da column"))
	h.Write(root[:])
	var b [2]byte
	binary.BigEndian.PutUint16(b[:], uint16(index))
	h.Write(b[:])
	return core.MessageID(h.Sum(nil))
}

// Strategy disseminates one column of one block as a core session: the message
// is the column's DataColumnSidecar (SSZ); the signed session header carries the
// sidecar without its cells and proofs (index, commitments, signed block header,
// inclusion proof, which every receiver checks); chunks are coded Pieces. Every
// chunk is checked against the block and for innovation before any pairing,
// then verified (in batches when Batch > 1) before it counts, is recoded or
// forwarded. Refused chunks come back to the Engine as errors wrapping
// core.ErrInvalidChunk (or core.ErrMalformed) and the da reason, so the Engine
// penalises the sender.
//
// The publisher holds the blobs' cells and proofs (as senders supply them under
// EIP-7594) and sends each peer distinct systematic pieces first, then fresh
// combinations; relays send combinations of what they verified, at most their
// rank per link, and stop once a peer's reported rank covers what it needs.
//
// Publish the sidecar of column j with
//
//	eng.Publish(now, da.ColumnID(root, j), sidecarSSZ, core.PublishOptions{Strategy: da.StrategyID})
//
// A queue that would complete the column (Column.Completes) is verified at
// once, whatever the batch: waiting could only delay the column.
//
// A Strategy without Pool is stateless and safe to share between Engines.
type Strategy struct {
	// Batch is how many pieces are verified together (0 or 1: each at once).
	// Set core.Config.VerifyBatch to the same value: the Engine then flushes
	// the queue when Batch pieces wait or after VerifyDelay.
	Batch int
	// PushPercent is what a full node pushes to a peer before the peer's first
	// report: PushPercent% of the column's rank split over its links, plus one
	// (0: 100). A relay that is not full pushes one piece.
	PushPercent int
	// Verifier checks the batches (nil: NewVerifier(nil); the Pool's when Pool
	// is set).
	Verifier *Verifier
	// Pool, when set, verifies the queued pieces of every column session of
	// this Strategy in one check (see Pool): the Engine's flush of any column
	// session verifies them all, and each session reports its own outcomes at
	// its next flush. A Strategy with a Pool keeps state: use it with the
	// Engines of one goroutine. Nil: each column is verified on its own.
	Pool *Pool
	// Hold, when set, receives a copy of each column the engine completes: the
	// session then delivers only the sidecar's header part (no cells or proofs)
	// and never decodes, keeping k multi-scalar multiplications per column off
	// the dissemination path; the host decodes its copy when it needs the cells
	// (Column.Cells, Column.Sidecar), on any goroutine. Nil: the session decodes
	// at completion and delivers the whole sidecar.
	Hold func(*Column)
}

var _ core.Strategy = (*Strategy)(nil)

// ID implements core.Strategy.
func (st *Strategy) ID() core.StrategyID { return StrategyID }

// columnHeader returns the sidecar's header part: no cells, no proofs.
func columnHeader(s *DataColumnSidecar) *DataColumnSidecar {
	return &DataColumnSidecar{Index: s.Index, KZGCommitments: s.KZGCommitments,
		SignedBlockHeader: s.SignedBlockHeader, KZGCommitmentsInclusionProof: s.KZGCommitmentsInclusionProof}
}

// checkHeader validates a sidecar's header part: index, commitments and their
// inclusion under the signed block header.
func checkHeader(s *DataColumnSidecar) (*Block, error) {
	if s.Index >= Columns {
		return nil, fmt.Errorf("%w: %d", ErrWrongColumn, s.Index)
	}
	if !s.VerifyInclusion() {
		return nil, fmt.Errorf("%w: commitments not included under the block header", ErrNotInBlock)
	}
	return NewBlock(s.BlockRoot(), s.KZGCommitments)
}

// Publish implements core.Strategy: payload is the column's DataColumnSidecar.
func (st *Strategy) Publish(env *core.Env, h *core.Header, payload []byte, _ core.Shape) (core.Session, error) {
	var sc DataColumnSidecar
	if err := sc.UnmarshalSSZ(payload); err != nil {
		return nil, err
	}
	if err := sc.Validate(); err != nil {
		return nil, err
	}
	b, err := checkHeader(&sc)
	if err != nil {
		return nil, err
	}
	if h.ID != ColumnID(b.Root, int(sc.Index)) {
		return nil, fmt.Errorf("%w: message id is not ColumnID(root, %d)", ErrConfig, sc.Index)
	}
	col, err := NewSourceColumn(b, int(sc.Index), sc.Column, sc.KZGProofs)
	if err != nil {
		return nil, err
	}
	auth, err := columnHeader(&sc).MarshalSSZ()
	if err != nil {
		return nil, err
	}
	k := b.Blobs()
	// The message is the whole sidecar; a chunk (a piece) carries one cell, one
	// proof and its coefficients, nominally the sidecar's size over k.
	h.ChunkSize, h.Chunks, h.GenSize, h.Auth = uint32((len(payload)+k-1)/k), uint16(k), uint16(k), auth
	s := st.newSession(env, columnHeader(&sc), col)
	s.source, s.msg = true, payload
	return s, nil
}

// Open implements core.Strategy.
func (st *Strategy) Open(env *core.Env, h *core.Header) (core.Session, error) {
	var sc DataColumnSidecar
	if err := sc.UnmarshalSSZ(h.Auth); err != nil {
		return nil, err
	}
	if len(sc.Column) != 0 || len(sc.KZGProofs) != 0 {
		return nil, fmt.Errorf("%w: session header carries cells", ErrMalformed)
	}
	b, err := checkHeader(&sc)
	if err != nil {
		return nil, err
	}
	k := b.Blobs()
	full := sc.SizeSSZ() + k*(CellSize+PointSize)
	if h.ID != ColumnID(b.Root, int(sc.Index)) || int(h.Chunks) != k || int(h.GenSize) != k ||
		int(h.ChunkSize) != (full+k-1)/k || int(h.Size) != full {
		return nil, fmt.Errorf("%w: session header does not match its column", ErrMalformed)
	}
	col, err := NewColumn(b, int(sc.Index), st.Verifier)
	if err != nil {
		return nil, err
	}
	return st.newSession(env, &sc, col), nil
}

func (st *Strategy) newSession(env *core.Env, hdr *DataColumnSidecar, col *Column) *session {
	if st.Verifier != nil {
		col.ver = st.Verifier
	}
	if st.Pool != nil && !col.Full() {
		_ = col.Join(st.Pool) // a new column: nothing pending, in no pool
	}
	push := st.PushPercent
	if push <= 0 {
		push = 100
	}
	return &session{env: env, st: st, hdr: hdr, col: col, k: col.k, push: push}
}

// link is the per-peer state of a column session.
type link struct {
	sent, recv, got, acked, rank int
	reported, done               bool
	// credit is what the peer last asked of us.
	credit int
	// since counts the peer's pieces since our last have to it; grant is the
	// credit that have gave it.
	since, grant int
	// blocked: the peer sent a useless piece before it was full (its span lies
	// inside ours); ask it for nothing until it reports more rank than we hold,
	// or we stall. unblocked: tell it so at the next chance.
	blocked, unblocked bool
}

type session struct {
	env    *core.Env
	st     *Strategy
	hdr    *DataColumnSidecar
	col    *Column
	k      int
	push   int
	links  []link
	source bool
	sys    int
	msg    []byte
	piece  Piece
}

var (
	_ core.Session = (*session)(nil)
	_ core.Batcher = (*session)(nil)
)

func (s *session) Reserve() int64 { return int64(3*s.k*(CellSize+PointSize+s.k*32) + 64<<10) }

func (s *session) AddLink() { s.links = append(s.links, link{}) }

// chunkError maps a da refusal onto the core error that sets the penalty.
func chunkError(err error) error {
	if errors.Is(err, ErrMalformed) {
		return fmt.Errorf("%w: %w", core.ErrMalformed, err)
	}
	return fmt.Errorf("%w: %w", core.ErrInvalidChunk, err)
}

func (s *session) Chunk(slot int, body []byte) (bool, error) {
	l := &s.links[slot]
	l.got++
	l.since++
	p := &s.piece
	if err := p.UnmarshalBinary(body); err != nil {
		return false, chunkError(err)
	}
	if s.col.Full() {
		return false, nil
	}
	if err := s.col.Offer(p, slot); err != nil {
		if errors.Is(err, ErrNotInnovative) {
			s.env.Costs.Add(core.OpReject, s.k*s.k*32)
			if !l.done && l.rank < s.k {
				l.blocked = true
			}
			return false, nil
		}
		return false, chunkError(err)
	}
	batched := s.st.Batch > 1
	if batched && !s.col.Completes() {
		return false, core.ErrQueued
	}
	acc, rej, err := s.col.Flush()
	s.charge()
	if err != nil {
		return false, chunkError(err)
	}
	s.accepted(acc)
	if batched && len(rej) > 0 {
		// A completing batch with bad pieces: the Engine learns which at its
		// next Flush (queued: no offence yet).
		s.col.rej = append(s.col.rej, rej...)
		return false, core.ErrQueued
	}
	if len(rej) > 0 {
		return false, chunkError(ErrProof)
	}
	return true, s.finish()
}

// charge accounts for the cell batch checks the last Column.Flush ran (none
// when a pool flush run by another column had verified its pieces).
func (s *session) charge() {
	for range s.col.checks {
		s.env.Costs.Add(core.OpVerifyChunk, CellSize)
	}
}

func (s *session) accepted(slots []int) {
	for _, sl := range slots {
		s.links[sl].recv++
	}
}

// Pending implements core.Batcher.
func (s *session) Pending() int { return s.col.Pending() }

// Flush implements core.Batcher: one folded check for the queued pieces,
// bisection for the bad ones.
func (s *session) Flush() (accepted, rejected []int, err error) {
	accepted, rejected, err = s.col.Flush()
	s.charge()
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %w", core.ErrMalformed, err)
	}
	s.accepted(accepted)
	return accepted, rejected, s.finish()
}

// finish builds the delivered message once the column is full.
func (s *session) finish() error {
	if s.msg != nil || !s.col.Full() {
		return nil
	}
	if s.st.Hold != nil {
		s.st.Hold(s.col.Clone())
		var err error
		s.msg, err = s.hdr.MarshalSSZ()
		return err
	}
	sc, err := s.col.Sidecar(s.hdr.SignedBlockHeader, s.hdr.KZGCommitmentsInclusionProof)
	if err != nil {
		return err
	}
	s.env.Costs.Add(core.OpVDecode, s.k*s.k*CellSize)
	// Recode from the decoded cells from now on: combinations then carry
	// 8-bit coefficients instead of ones grown over the hops they came through.
	col, err := NewSourceColumn(s.col.block, s.col.index, sc.Column, sc.KZGProofs)
	if err != nil {
		return err
	}
	col.ver = s.col.ver
	s.col = col
	s.msg, err = sc.MarshalSSZ()
	return err
}

// Have body: flags (bit 0: stalled), the sender's rank (verified and queued),
// the chunks it got from the receiver, and the credit it asks of the receiver.
const haveLen = 7

func (s *session) Have(slot int, body []byte) error {
	if len(body) != haveLen || body[0]&^1 != 0 {
		return fmt.Errorf("%w: da have of %d bytes", core.ErrMalformed, len(body))
	}
	r := int(binary.BigEndian.Uint16(body[1:]))
	got := int(binary.BigEndian.Uint16(body[3:]))
	credit := int(binary.BigEndian.Uint16(body[5:]))
	if r > s.k {
		return fmt.Errorf("%w: rank %d above %d", core.ErrMalformed, r, s.k)
	}
	l := &s.links[slot]
	if body[0]&1 != 0 {
		got = l.sent // a stalled peer: what it has not counted is lost
	}
	l.acked = max(l.acked, min(got, l.sent))
	l.rank = max(l.rank, r)
	l.credit, l.reported = credit, true
	if l.blocked && (l.rank > s.seen() || l.rank >= s.k) {
		l.blocked, l.unblocked = false, true
	}
	return nil
}

// seen is the rank held plus the pieces queued for verification.
func (s *session) seen() int { return s.col.Rank() + len(s.col.pending) }

func (s *session) PeerDone(slot int) {
	l := &s.links[slot]
	l.done, l.rank, l.reported = true, s.k, true
}

// allow is the sending rule (core's, adapted): never beyond what the peer needs
// by its last report plus what is in flight, nor beyond the credit it granted;
// before its first report a push share (full nodes) or one piece (relays); a
// relay that is not full gives a link at most its own rank.
func (s *session) allow(l *link) bool {
	if l.done {
		return false
	}
	in := l.sent - l.acked
	if l.rank+in >= s.k {
		return false
	}
	full := s.col.Full()
	if !l.reported {
		push := 1
		if full {
			push = (s.k*s.push+100*len(s.links)-1)/(100*len(s.links)) + 1
		}
		if in >= push || l.sent+l.recv >= s.k {
			return false
		}
	} else if in >= l.credit {
		return false
	}
	if !full && l.sent+l.recv >= s.col.Rank() {
		return false
	}
	return true
}

func (s *session) Emit(slot int, dst []byte) ([]byte, bool) {
	l := &s.links[slot]
	if !s.allow(l) {
		return dst, false
	}
	var p *Piece
	var err error
	if s.source && s.sys < s.k {
		p, err = s.col.Systematic(s.sys)
		s.sys++
		s.env.Costs.Add(core.OpCopy, CellSize)
	} else {
		p, err = s.col.Recode(s.env.Rand)
		s.env.Costs.Add(core.OpVRecode, s.col.Rank()*(CellSize+PointSize))
	}
	if err != nil {
		return dst, false
	}
	out, err := p.AppendBinary(dst)
	if err != nil {
		return dst, false
	}
	l.sent++
	return out, true
}

func (s *session) EmitSize() int { return pieceFixed + s.k*35 }

// AppendHave reports our rank and what we got from the peer, and asks it for a
// share of what we still need: the need split over the links that have served
// us, plus one; one piece (a probe) from a link that has not; nothing from a
// blocked link. A stalled have unblocks every link first.
func (s *session) AppendHave(slot int, stalled bool, dst []byte) []byte {
	if stalled {
		for i := range s.links {
			if s.links[i].blocked {
				s.links[i].blocked, s.links[i].unblocked = false, true
			}
		}
	}
	l := &s.links[slot]
	need := s.k - s.seen()
	providers := 0
	for i := range s.links {
		if s.links[i].recv > 0 {
			providers++
		}
	}
	credit := 0
	if need > 0 && !l.blocked {
		credit = (need+max(1, providers)-1)/max(1, providers) + 1
		if l.recv == 0 && providers > 0 {
			credit = 1
		}
	}
	l.since, l.grant, l.unblocked = 0, credit, false
	flags := byte(0)
	if stalled {
		flags = 1
	}
	dst = append(dst, flags)
	dst = binary.BigEndian.AppendUint16(dst, uint16(min(s.seen(), s.k)))
	dst = binary.BigEndian.AppendUint16(dst, uint16(min(l.got, 0xffff)))
	return binary.BigEndian.AppendUint16(dst, uint16(min(credit, 0xffff)))
}

// HaveDue: half the credit we granted the peer has arrived, a useless piece
// just blocked it, or it was unblocked.
func (s *session) HaveDue(slot int) bool {
	if s.col.Full() {
		return false
	}
	l := &s.links[slot]
	return l.unblocked || (l.blocked && l.grant > 0) || 2*l.since >= max(1, l.grant)
}

func (s *session) Progress() (int, int) { return s.col.Rank(), s.k }

func (s *session) Complete() bool { return s.col.Full() && s.msg != nil }

func (s *session) Message() []byte { return s.msg }

func (s *session) Release() {
	if s.col != nil {
		s.col.leave() // a pool must not verify an ended session's pieces
	}
	s.col, s.links, s.msg = nil, nil, nil
}
