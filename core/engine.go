package core

import (
	"errors"
	"fmt"
	"math"
	"time"

	"github.com/weftnet/weft/rlnc"
)

// PeerID names a peer of an Engine. Hosts map their own peer identities to these
// (the simulator uses node indexes). 0 is reserved for "this node".
type PeerID uint64

// Outbound is one frame for one peer.
type Outbound struct {
	To    PeerID
	Frame []byte
}

// Delivery is a message decoded and checked against its publisher's signature.
type Delivery struct {
	ID        MessageID
	Strategy  StrategyID
	Topic     []byte
	Publisher []byte
	// From is the peer whose header opened the session.
	From PeerID
	// Payload is the message, valid until Advance; copy it to keep it.
	Payload []byte
}

// Penalty reports points a peer lost. Disconnect means the Engine has removed the
// peer and the host should close its connection.
type Penalty struct {
	Peer       PeerID
	Points     int
	Total      int
	Err        error
	Disconnect bool
}

// Ready is the Engine's output since the last Advance. Frames are in the order
// they must be sent per peer (a header always precedes the session's chunks).
type Ready struct {
	Frames    []Outbound
	Delivered []Delivery
	Penalties []Penalty
}

// Empty reports whether r holds nothing.
func (r *Ready) Empty() bool {
	return len(r.Frames) == 0 && len(r.Delivered) == 0 && len(r.Penalties) == 0
}

// PublishOptions tune one Publish.
type PublishOptions struct {
	// Strategy to use (zero: Config.DefaultStrategy).
	Strategy StrategyID
	// Topic is carried in the header and handed back in Delivery (at most 255 bytes).
	Topic []byte
	// ChunkSize overrides the chunk size the Engine would choose.
	ChunkSize int
	// GenSize overrides the generation size (rlnc strategies).
	GenSize int
	// Redundancy caps the chunks the publisher sends in total, as a multiple of the
	// chunk count (zero: no cap; the publisher serves each peer until it has enough).
	Redundancy float64
}

// Engine errors.
var (
	ErrUnknownPeer    = errors.New("core: unknown peer")
	ErrPeerExists     = errors.New("core: peer already added")
	ErrNoSigner       = errors.New("core: no signer configured")
	ErrDuplicate      = errors.New("core: message id already seen")
	ErrTooLarge       = errors.New("core: message too large")
	ErrUnknownSession = errors.New("core: frame for an unknown session")
	ErrBadSignature   = errors.New("core: bad header signature")
	ErrSessionLimit   = errors.New("core: session limit reached")
	ErrMemoryLimit    = errors.New("core: memory limit reached")
	ErrRejected       = errors.New("core: publisher or topic not accepted")
	ErrBanned         = errors.New("core: peer banned for its penalties")
)

type peer struct {
	id      PeerID
	queued  int     // frames handed out in Ready and not yet reported Sent
	score   float64 // penalty points, decaying
	opened  int     // undelivered sessions this peer opened
	removed bool
	// proven: the peer has sent us a chunk that was checked and useful (in a
	// session whose chunks are checked one by one: BlindPusher). Such sessions
	// serve proven peers first (flush); a polluter never becomes one.
	proven bool
}

type link struct {
	p         *peer
	knows     bool          // the peer has the header, or we sent it
	confirmed bool          // the peer sent us a frame of the session
	hdrAt     time.Time     // when we last sent it the header
	hdrWait   time.Duration // how long to wait for a sign of life before resending
	done      bool          // the peer holds the whole message
	doneSent  bool          // we told the peer we hold the whole message
	stall     uint32        // session version+1 at which Emit came back empty
	blind     uint16        // chunks sent before the peer sent a frame of the session
	redundant int
}

type session struct {
	id       MessageID
	hdr      Header
	hdrFrame []byte
	st       Session
	origin   *peer // nil: published here, or the opener was removed
	deadline time.Time
	links    []link

	complete  bool
	delivered bool
	sent      int // chunk frames sent
	next      int // the link flush serves first, rotating when the uplink window fills
	budget    int // chunk frames allowed before complete; <0: unlimited
	nextHave  int // progress at which the next have goes out
	need      int // units (chunks, rank) the message needs
	progress  time.Time
	version   uint32
	reserve   int64
	verifyAt  time.Time // when queued chunks must be verified (zero: none queued)
	closed    bool
}

type tomb struct {
	id      MessageID
	expires time.Time
}

// Engine is weft's fabric state machine. It is deterministic for a given Config
// and input sequence, does no I/O, starts no goroutine and never reads the clock:
// every input carries now. It is not safe for concurrent use.
//
// Call order (docs/spec/engine.md): any number of inputs (AddPeer, RemovePeer,
// Publish, Step, Sent, Tick), then Ready, hand its frames to the transport and
// its deliveries to the host, then Advance. Inputs may be given before Advance;
// their output accumulates into the next Ready. Slices in a Ready are valid until
// Advance.
type Engine struct {
	cfg        Config
	env        Env
	costs      Costs
	ctr        Counters
	rnd        *rlnc.Rand
	strategies [256]Strategy

	now     time.Time
	lastDec time.Time
	peers   map[PeerID]*peer
	plist   []*peer
	sess    map[MessageID]*session
	active  []*session
	tombs   map[MessageID]time.Time
	banned  map[PeerID]time.Time
	tombQ   []tomb
	tombH   int
	mem     int64
	queued  int // frames handed out in Ready and not yet reported Sent, all peers

	out     []byte // frame arena (when Config.FrameAlloc is nil)
	spare   []byte // an unused FrameAlloc buffer
	ready   Ready
	handed  [3]int // lengths of the slices the last Ready returned
	scratch []byte
	dirty   bool
}

// New returns an Engine for cfg (see Config.Validate).
func New(cfg Config) (*Engine, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	c := cfg.withDefaults()
	e := &Engine{
		cfg:    c,
		rnd:    rlnc.NewRand(c.Seed),
		peers:  make(map[PeerID]*peer),
		sess:   make(map[MessageID]*session),
		tombs:  make(map[MessageID]time.Time),
		banned: make(map[PeerID]time.Time),
	}
	e.env = Env{Rand: e.rnd, Costs: &e.costs, cfg: &e.cfg}
	for _, s := range c.Strategies {
		e.strategies[s.ID()] = s
	}
	return e, nil
}

// Counters are an Engine's cumulative traffic counts.
type Counters struct {
	FramesIn, FramesOut uint64
	BytesIn, BytesOut   uint64
	// ChunksUseful counts chunks that added rank or a new shard; ChunksUseless
	// the well-formed rest (duplicates, non-innovative, after decoding).
	ChunksUseful, ChunksUseless uint64
	// ChunksRejected counts chunks refused as malformed or invalid.
	ChunksRejected uint64
	Delivered      uint64
	Penalties      uint64
	// Rejected counts messages the host rejected (Reject).
	Rejected uint64
}

// Counters returns the traffic counts so far (a simulator diffs them across a call).
func (e *Engine) Counters() Counters { return e.ctr }

// Costs returns the processing work done so far.
func (e *Engine) Costs() Costs { return e.costs }

// Memory returns the bytes reserved by open sessions (bounded by Config.MaxMemory).
func (e *Engine) Memory() int64 { return e.mem }

// Sessions returns the number of open sessions.
func (e *Engine) Sessions() int { return len(e.active) }

// Score returns a peer's current penalty total.
func (e *Engine) Score(id PeerID) int {
	if p := e.peers[id]; p != nil {
		return int(p.score)
	}
	return 0
}

// AddPeer connects a peer: it joins every open session and may be sent chunks.
func (e *Engine) AddPeer(id PeerID) error {
	if id == 0 {
		return fmt.Errorf("%w: id 0 is reserved", ErrUnknownPeer)
	}
	if e.peers[id] != nil {
		return fmt.Errorf("%w: %d", ErrPeerExists, id)
	}
	if until, ok := e.banned[id]; ok {
		if e.now.Before(until) {
			return fmt.Errorf("%w: %d until %v", ErrBanned, id, until)
		}
		delete(e.banned, id)
	}
	p := &peer{id: id}
	e.peers[id] = p
	e.plist = append(e.plist, p)
	for _, s := range e.active {
		s.links = append(s.links, link{p: p})
		s.st.AddLink()
	}
	e.dirty = true
	e.flush()
	return nil
}

// Penalize charges a peer points for an offence the host found, such as a
// decoded message its application rejects (a block with a bad signature, a
// transaction that does not parse). The Penalty, and a disconnect when the peer's
// score reaches Config.DisconnectScore, appear in Ready like the Engine's own.
// points must be positive; err names the offence.
func (e *Engine) Penalize(id PeerID, points int, err error) error {
	if points <= 0 {
		return fmt.Errorf("core: penalty of %d points: must be positive", points)
	}
	p := e.peers[id]
	if p == nil {
		return fmt.Errorf("%w: %d", ErrUnknownPeer, id)
	}
	if err == nil {
		err = errors.New("core: penalized by host")
	}
	_ = e.penalize(p, points, err)
	return nil
}

// RemovePeer disconnects a peer; frames already in Ready for it may be dropped.
func (e *Engine) RemovePeer(id PeerID) error {
	p := e.peers[id]
	if p == nil {
		return fmt.Errorf("%w: %d", ErrUnknownPeer, id)
	}
	e.removePeer(p)
	return nil
}

func (e *Engine) removePeer(p *peer) {
	p.removed = true
	e.queued -= p.queued
	p.queued = 0
	delete(e.peers, p.id)
	for i, q := range e.plist {
		if q == p {
			e.plist = append(e.plist[:i], e.plist[i+1:]...)
			break
		}
	}
	for _, s := range e.active {
		if s.origin == p {
			if !s.delivered {
				p.opened--
			}
			s.origin = nil
		}
	}
}

// Publish starts disseminating payload as message id. payload is copied.
func (e *Engine) Publish(now time.Time, id MessageID, payload []byte, opts PublishOptions) error {
	e.advanceClock(now)
	if e.cfg.Signer == nil {
		return ErrNoSigner
	}
	if len(payload) > e.cfg.MaxMessageSize {
		return fmt.Errorf("%w: %d bytes, max %d", ErrTooLarge, len(payload), e.cfg.MaxMessageSize)
	}
	if len(opts.Topic) > MaxTopicLen {
		return fmt.Errorf("%w: topic of %d bytes", ErrTooLarge, len(opts.Topic))
	}
	if e.sess[id] != nil || e.isTomb(id) {
		return fmt.Errorf("%w: %v", ErrDuplicate, id)
	}
	sid := opts.Strategy
	if sid == 0 && e.cfg.StrategyFor != nil {
		sid = e.cfg.StrategyFor(opts.Topic)
	}
	if sid == 0 {
		sid = e.cfg.DefaultStrategy
	}
	sg := e.strategies[sid]
	if sg == nil {
		return fmt.Errorf("%w: %v", ErrUnknownStrategy, sid)
	}
	if opts.ChunkSize < 0 || opts.GenSize < 0 || opts.Redundancy < 0 || math.IsNaN(opts.Redundancy) {
		return fmt.Errorf("%w: negative publish option", ErrConfig)
	}
	sh := e.shape(len(payload), opts)
	h := &Header{ID: id, Strategy: sid, Size: uint32(len(payload)), Topic: opts.Topic}
	st, err := sg.Publish(&e.env, h, append([]byte(nil), payload...), sh)
	if err != nil {
		return err
	}
	frame, err := AppendHeader(nil, h, e.cfg.Signer)
	if err != nil {
		st.Release()
		return err
	}
	e.costs.Add(OpSign, len(frame))
	s := &session{id: id, hdrFrame: frame, st: st, complete: true, delivered: true, budget: -1}
	if err := parseHeader(frame, &s.hdr); err != nil {
		st.Release()
		return err
	}
	if opts.Redundancy > 0 {
		s.budget = int(math.Ceil(opts.Redundancy * float64(s.hdr.Chunks)))
	}
	s.reserve = st.Reserve()
	if s.reserve > e.cfg.MaxSessionBytes {
		st.Release()
		return fmt.Errorf("%w: session would reserve %d bytes, cap %d", ErrTooLarge, s.reserve, e.cfg.MaxSessionBytes)
	}
	if e.mem+s.reserve > e.cfg.MaxMemory || len(e.active) >= e.cfg.MaxSessions {
		if !e.evict(nil, s.reserve) {
			st.Release()
			return ErrMemoryLimit
		}
	}
	e.openSession(s)
	e.flush()
	return nil
}

// shape proposes the chunking of a message of n bytes.
func (e *Engine) shape(n int, o PublishOptions) Shape {
	c := o.ChunkSize
	if c == 0 {
		c = (n + e.cfg.TargetChunks - 1) / e.cfg.TargetChunks
		c = min(max(c, e.cfg.MinChunkSize), e.cfg.MaxChunkSize)
	}
	if c < 1 {
		c = 1
	}
	k := max(1, (n+c-1)/c)
	g := o.GenSize
	if g == 0 {
		g = e.cfg.MaxGenSize
	}
	g = min(g, k)
	return Shape{ChunkSize: c, Chunks: k, GenSize: g}
}

func (e *Engine) openSession(s *session) {
	s.deadline = e.now.Add(e.cfg.SessionLifetime)
	s.progress = e.now
	_, need := s.st.Progress()
	s.need = need
	s.nextHave = max(1, need/e.cfg.HaveSteps)
	for _, p := range e.plist {
		s.links = append(s.links, link{p: p, knows: p == s.origin})
		s.st.AddLink()
	}
	e.sess[s.id] = s
	e.active = append(e.active, s)
	e.mem += s.reserve
	if s.origin != nil {
		s.origin.opened++
	}
	e.dirty = true
	if t := e.cfg.Tracer; t != nil {
		from := PeerID(0)
		if s.origin != nil {
			from = s.origin.id
		}
		t.SessionOpened(s.id, s.hdr.Strategy, from, int(s.hdr.Size))
	}
}

func (e *Engine) closeSession(s *session, reason string) {
	if s.closed {
		return
	}
	s.closed = true
	if s.origin != nil && !s.delivered {
		s.origin.opened--
	}
	e.mem -= s.reserve
	s.st.Release()
	delete(e.sess, s.id)
	for i, a := range e.active {
		if a == s {
			e.active = append(e.active[:i], e.active[i+1:]...)
			break
		}
	}
	e.addTomb(s.id)
	if t := e.cfg.Tracer; t != nil {
		t.SessionClosed(s.id, reason)
	}
}

func (e *Engine) addTomb(id MessageID) {
	if _, ok := e.tombs[id]; ok {
		return
	}
	for len(e.tombs) >= e.cfg.MaxTombstones && e.tombH < len(e.tombQ) {
		e.popTomb()
	}
	e.tombs[id] = e.now.Add(e.cfg.TombstoneLifetime)
	e.tombQ = append(e.tombQ, tomb{id, e.now.Add(e.cfg.TombstoneLifetime)})
}

// popTomb drops the oldest queued tombstone (if it is still the current one).
func (e *Engine) popTomb() {
	t := e.tombQ[e.tombH]
	e.tombQ[e.tombH] = tomb{}
	e.tombH++
	if exp, ok := e.tombs[t.id]; ok && exp.Equal(t.expires) {
		delete(e.tombs, t.id)
	}
	if e.tombH > 64 && e.tombH*2 > len(e.tombQ) {
		n := copy(e.tombQ, e.tombQ[e.tombH:])
		e.tombQ = e.tombQ[:n]
		e.tombH = 0
	}
}

func (e *Engine) isTomb(id MessageID) bool {
	_, ok := e.tombs[id]
	return ok
}

// evict frees room for a session of reserve bytes opened by from (nil: local).
// Victims, in order: undelivered sessions whose opener is gone; the undelivered
// session of the peer holding the most open sessions, if that peer holds more
// than from does; delivered sessions still being served, oldest first. It reports
// whether room was made.
func (e *Engine) evict(from *peer, reserve int64) bool {
	for e.mem+reserve > e.cfg.MaxMemory || len(e.active) >= e.cfg.MaxSessions {
		var victim, served *session
		best := -1
		for _, s := range e.active {
			if s.delivered {
				if served == nil {
					served = s // e.active is in opening order
				}
				continue
			}
			score := 1 << 30 // orphaned: its opener was removed
			if s.origin != nil {
				score = s.origin.opened
			}
			if score > best {
				victim, best = s, score
			}
		}
		if victim != nil && victim.origin != nil && from != nil && victim.origin.opened <= from.opened+1 {
			victim = nil
		}
		if victim == nil {
			victim = served
		}
		if victim == nil {
			return false
		}
		e.closeSession(victim, "evicted")
	}
	return true
}

func (e *Engine) advanceClock(now time.Time) {
	if now.After(e.now) {
		e.now = now
	}
	if e.lastDec.IsZero() {
		e.lastDec = e.now
	}
}

// Step processes one frame received from a peer. Every error is also a penalty
// in Ready unless the frame is harmless (a late frame for a closed session is
// ignored without error).
func (e *Engine) Step(now time.Time, from PeerID, frame []byte) error {
	e.advanceClock(now)
	p := e.peers[from]
	if p == nil {
		return fmt.Errorf("%w: %d", ErrUnknownPeer, from)
	}
	e.ctr.FramesIn++
	e.ctr.BytesIn += uint64(len(frame))
	err := e.step(p, frame)
	e.flush()
	return err
}

func (e *Engine) step(p *peer, frame []byte) error {
	if len(frame) > e.maxFrame() {
		return e.reject(p, e.cfg.Penalties.Malformed, fmt.Errorf("%w: %d bytes", ErrFrameTooLarge, len(frame)))
	}
	t, body, err := splitFrame(frame)
	if err != nil {
		return e.reject(p, e.cfg.Penalties.Malformed, err)
	}
	id := MessageID(body[:IDLen])
	s := e.sess[id]
	if t == FrameHeader {
		if s != nil {
			if l := s.link(p); l != nil {
				l.knows, l.confirmed = true, true
				if s.complete && !l.doneSent {
					e.sendDone(s, l) // it is about to serve us: tell it not to
				}
			}
			return nil
		}
		if e.isTomb(id) {
			return nil
		}
		return e.openRemote(p, frame)
	}
	if s == nil {
		if e.isTomb(id) || t == FrameDone {
			return nil
		}
		return e.reject(p, e.cfg.Penalties.Unsolicited, fmt.Errorf("%w: %v %v", ErrUnknownSession, t, id))
	}
	slot := s.slot(p)
	if slot < 0 {
		return nil
	}
	l := &s.links[slot]
	l.knows, l.confirmed = true, true
	if s.complete && !l.doneSent && t != FrameDone {
		e.sendDone(s, l)
	}
	rest := body[IDLen:]
	switch t {
	case FrameChunk:
		useful, err := s.st.Chunk(slot, rest)
		if errors.Is(err, ErrQueued) {
			if b, ok := s.st.(Batcher); ok && b.Pending() >= e.cfg.VerifyBatch {
				e.flushVerify(s)
			} else if s.verifyAt.IsZero() {
				s.verifyAt = e.now.Add(e.cfg.VerifyDelay)
			}
			return nil
		}
		switch {
		case useful:
			e.ctr.ChunksUseful++
			e.vouch(s, p)
		case err != nil:
			e.ctr.ChunksRejected++
		default:
			e.ctr.ChunksUseless++
		}
		if tr := e.cfg.Tracer; tr != nil {
			tr.ChunkReceived(p.id, id, len(frame), useful && err == nil)
		}
		if err != nil {
			var be *BlameError
			if errors.As(err, &be) {
				// The message failed its end-to-end check: the session started
				// over; blame the links the strategy identified.
				s.version++
				var first error
				for _, sl := range be.Slots {
					if sl >= 0 && sl < len(s.links) && !s.links[sl].p.removed {
						if e2 := e.penalize(s.links[sl].p, e.cfg.Penalties.Invalid, err); first == nil {
							first = e2
						}
					}
				}
				if len(be.Slots) == 0 {
					return err
				}
				return first
			}
			if errors.Is(err, ErrContaminated) {
				return e.reject(p, e.cfg.Penalties.Contaminated, err)
			}
			if errors.Is(err, ErrInvalidChunk) || errors.Is(err, ErrDigestMismatch) {
				return e.reject(p, e.cfg.Penalties.Invalid, err)
			}
			return e.reject(p, e.cfg.Penalties.Malformed, err)
		}
		if !useful {
			if !s.complete && s.st.HaveDue(slot) {
				e.sendHave(s, slot, false)
			}
			l.redundant++
			if l.redundant > e.cfg.RedundantAllowance+s.need {
				return e.penalize(p, e.cfg.Penalties.Redundant, errRedundant)
			}
			return nil
		}
		e.progressed(s)
	case FrameHave:
		if err := s.st.Have(slot, rest); err != nil {
			return e.reject(p, e.cfg.Penalties.Malformed, err)
		}
		l.stall = 0
		e.dirty = true
		if !s.complete && s.st.HaveDue(slot) {
			e.sendHave(s, slot, false)
		}
	case FrameDone:
		if len(rest) != 0 {
			return e.reject(p, e.cfg.Penalties.Malformed, fmt.Errorf("%w: done frame with %d extra bytes", ErrMalformed, len(rest)))
		}
		if !l.done {
			l.done = true
			s.st.PeerDone(slot)
		}
	}
	return nil
}

var errRedundant = errors.New("core: redundant chunks beyond allowance")

func (e *Engine) maxFrame() int {
	return EnvelopeLen + IDLen + 64 + e.cfg.MaxMessageSize + 1<<20
}

// progressed handles a useful chunk: have updates, delivery.
func (e *Engine) progressed(s *session) {
	s.version++
	s.progress = e.now
	e.dirty = true
	if !s.complete && s.st.Complete() {
		s.complete = true
		e.deliver(s)
		return
	}
	have, need := s.st.Progress()
	if have >= s.nextHave {
		s.nextHave = have + max(1, need/e.cfg.HaveSteps)
		e.sendHaves(s, false, false)
	} else {
		e.sendHaves(s, true, false)
	}
}

// sendHaves sends a have frame to every link that knows the session (onlyDue:
// only to those the strategy asks for).
func (e *Engine) sendHaves(s *session, onlyDue, stalled bool) {
	for i := range s.links {
		l := &s.links[i]
		// Done peers get haves too: they are the ones that can serve us.
		if l.p.removed || !l.knows || (onlyDue && !s.st.HaveDue(i)) {
			continue
		}
		e.sendHave(s, i, stalled)
	}
}

func (e *Engine) sendHave(s *session, slot int, stalled bool) {
	l := &s.links[slot]
	if l.p.removed || !l.knows {
		return
	}
	dst, start := e.frameBuf(EnvelopeLen+IDLen+8+linkReportLen*s.hdr.Generations()+64, FrameHave, &s.id)
	dst = s.st.AppendHave(slot, stalled, dst)
	e.emit(l.p, FrameHave, s.id, endFrame(dst, 0), start)
}

func (e *Engine) deliver(s *session) {
	s.delivered = true
	if s.origin != nil || s.budget >= 0 {
		s.budget = -1 // a decoded node serves freely
	}
	if s.origin != nil {
		s.origin.opened--
	}
	msg := s.st.Message()
	from := PeerID(0)
	if s.origin != nil {
		from = s.origin.id
	}
	e.ctr.Delivered++
	e.ready.Delivered = append(e.ready.Delivered, Delivery{
		ID: s.id, Strategy: s.hdr.Strategy, Topic: s.hdr.Topic, Publisher: s.hdr.Publisher,
		From: from, Payload: msg,
	})
	if t := e.cfg.Tracer; t != nil {
		t.Delivered(s.id, len(msg))
	}
	for i := range s.links {
		if l := &s.links[i]; !l.done && l.knows {
			e.sendDone(s, l)
		}
	}
}

// sendDone tells a peer we hold the whole message.
func (e *Engine) sendDone(s *session, l *link) {
	if l.p.removed || l.doneSent {
		return
	}
	l.doneSent = true
	dst, start := e.frameBuf(EnvelopeLen+IDLen, FrameDone, &s.id)
	e.emit(l.p, FrameDone, s.id, endFrame(dst, 0), start)
}

func (e *Engine) openRemote(p *peer, frame []byte) error {
	if len(frame) > EnvelopeLen+headerFixed+3*256+maxAuthLen {
		return e.reject(p, e.cfg.Penalties.Malformed, fmt.Errorf("%w: header of %d bytes", ErrFrameTooLarge, len(frame)))
	}
	var h Header
	if err := parseHeader(frame, &h); err != nil {
		return e.reject(p, e.cfg.Penalties.Malformed, err)
	}
	sg := e.strategies[h.Strategy]
	if sg == nil {
		return e.reject(p, e.cfg.Penalties.Unsolicited, fmt.Errorf("%w: %v", ErrUnknownStrategy, h.Strategy))
	}
	if int64(h.Size) > int64(e.cfg.MaxMessageSize) {
		return e.reject(p, e.cfg.Penalties.Limit, fmt.Errorf("%w: %d bytes", ErrTooLarge, h.Size))
	}
	if p.opened >= e.cfg.MaxSessionsPerPeer {
		return e.reject(p, e.cfg.Penalties.Limit, fmt.Errorf("%w: peer %d has %d open sessions", ErrSessionLimit, p.id, p.opened))
	}
	if a := e.cfg.AcceptPublisher; a != nil && !a(h.Publisher, h.Topic) {
		// Tell the sender to stop: it would push chunks until its session ends.
		dst, start := e.frameBuf(EnvelopeLen+IDLen, FrameDone, &h.ID)
		e.emit(p, FrameDone, h.ID, endFrame(dst, 0), start)
		return e.reject(p, e.cfg.Penalties.Refused, ErrRejected)
	}
	e.scratch = signedBytes(e.scratch[:0], frame, &h)
	e.costs.Add(OpVerifySig, len(e.scratch))
	if !e.cfg.Verifier.Verify(h.Publisher, e.scratch, h.Sig) {
		return e.reject(p, e.cfg.Penalties.Invalid, ErrBadSignature)
	}
	s := &session{id: h.ID, origin: p, budget: -1}
	s.hdrFrame = append([]byte(nil), frame...)
	if err := parseHeader(s.hdrFrame, &s.hdr); err != nil {
		return e.reject(p, e.cfg.Penalties.Malformed, err)
	}
	st, err := sg.Open(&e.env, &s.hdr)
	if err != nil {
		return e.reject(p, e.cfg.Penalties.Invalid, err)
	}
	s.st = st
	s.reserve = st.Reserve() + int64(len(s.hdrFrame))
	if s.reserve > e.cfg.MaxSessionBytes {
		st.Release()
		return e.reject(p, e.cfg.Penalties.Limit, fmt.Errorf("%w: session would reserve %d bytes, cap %d", ErrTooLarge, s.reserve, e.cfg.MaxSessionBytes))
	}
	if e.mem+s.reserve > e.cfg.MaxMemory || len(e.active) >= e.cfg.MaxSessions {
		if !e.evict(p, s.reserve) {
			st.Release()
			return e.reject(p, 0, fmt.Errorf("%w: %d bytes reserved", ErrMemoryLimit, e.mem))
		}
	}
	_, need := st.Progress()
	s.budget = int(math.Ceil(e.cfg.ForwardBudget * float64(need)))
	e.openSession(s)
	return nil
}

// flushVerify verifies a session's queued chunks (Batcher) and accounts for the
// result: progress for the good ones, a penalty per bad one.
func (e *Engine) flushVerify(s *session) {
	s.verifyAt = time.Time{}
	b, ok := s.st.(Batcher)
	if !ok || b.Pending() == 0 {
		return
	}
	acc, rej, err := b.Flush()
	e.ctr.ChunksUseful += uint64(len(acc))
	e.ctr.ChunksRejected += uint64(len(rej))
	for _, sl := range acc {
		if sl >= 0 && sl < len(s.links) {
			e.vouch(s, s.links[sl].p)
		}
	}
	for _, sl := range rej {
		if sl >= 0 && sl < len(s.links) && !s.links[sl].p.removed {
			_ = e.reject(s.links[sl].p, e.cfg.Penalties.Invalid, fmt.Errorf("%w: failed batch verification", ErrInvalidChunk))
		}
	}
	var be *BlameError
	if errors.As(err, &be) {
		s.version++
		for _, sl := range be.Slots {
			if sl >= 0 && sl < len(s.links) && !s.links[sl].p.removed {
				_ = e.penalize(s.links[sl].p, e.cfg.Penalties.Invalid, err)
			}
		}
	}
	if len(acc) > 0 {
		e.progressed(s)
	}
}

// vouch marks p proven after a useful chunk in s, if s checks chunks one by one:
// an unchecked GF(2^8) chunk proves nothing.
func (e *Engine) vouch(s *session, p *peer) {
	if _, ok := s.st.(BlindPusher); ok {
		p.proven = true
	}
}

// NextDeadline returns when the Engine next needs a Tick, beyond the regular ones
// (zero: nothing scheduled): queued chunks to verify, a stalled session to
// re-announce, a header to resend, a session or tombstone to expire.
func (e *Engine) NextDeadline() time.Time {
	var d time.Time
	upd := func(t time.Time) {
		if !t.IsZero() && (d.IsZero() || t.Before(d)) {
			d = t
		}
	}
	for _, s := range e.active {
		upd(s.verifyAt)
		upd(s.deadline)
		if !s.delivered {
			upd(s.progress.Add(e.cfg.StallTimeout))
		}
		for i := range s.links {
			if l := &s.links[i]; l.knows && !l.confirmed && !l.done && !l.p.removed && !l.hdrAt.IsZero() {
				upd(l.hdrAt.Add(l.hdrWait))
			}
		}
	}
	if e.tombH < len(e.tombQ) {
		upd(e.tombQ[e.tombH].expires)
	}
	return d
}

// reject refuses a frame: a penalty of points (none if 0) and the error back.
func (e *Engine) reject(p *peer, points int, err error) error {
	if t := e.cfg.Tracer; t != nil {
		t.FrameRejected(p.id, err)
	}
	if points > 0 {
		_ = e.penalize(p, points, err)
	}
	return err
}

func (e *Engine) penalize(p *peer, points int, err error) error {
	if p.removed {
		return err
	}
	p.score += float64(points)
	pen := Penalty{Peer: p.id, Points: points, Total: int(p.score), Err: err}
	if p.score >= float64(e.cfg.DisconnectScore) {
		pen.Disconnect = true
		e.removePeer(p)
		if len(e.banned) < 4096 {
			e.banned[p.id] = e.now.Add(e.cfg.BanDuration)
		}
	}
	e.ctr.Penalties++
	e.ready.Penalties = append(e.ready.Penalties, pen)
	if t := e.cfg.Tracer; t != nil {
		t.Penalized(p.id, points, pen.Total, err)
	}
	return err
}

func (s *session) slot(p *peer) int {
	for i := range s.links {
		if s.links[i].p == p {
			return i
		}
	}
	return -1
}

func (s *session) link(p *peer) *link {
	if i := s.slot(p); i >= 0 {
		return &s.links[i]
	}
	return nil
}

// Sent tells the Engine that n frames queued for peer have left (been written to
// the connection or the upload queue), reopening its send window.
func (e *Engine) Sent(id PeerID, n int) {
	if p := e.peers[id]; p != nil && n > 0 {
		n = min(n, p.queued)
		p.queued -= n
		e.queued -= n
		e.dirty = true
		e.flush()
	}
}

// Idle tells the Engine that the host has no input waiting. Chunks queued for
// batch verification (VerifyBatch > 1) are checked now instead of at
// VerifyDelay: a chunk that reaches an idle node is checked alone at once, and
// the chunks that arrive while the node is busy are checked together when it is
// done — batches as large as the backlog, with no added wait. Hosts call it when
// their input queue runs empty (Node does).
func (e *Engine) Idle(now time.Time) {
	e.advanceClock(now)
	checked := false
	for _, s := range e.active {
		if !s.verifyAt.IsZero() {
			e.flushVerify(s)
			checked = true
		}
	}
	if checked {
		e.flush()
	}
}

// Tick advances time: it expires sessions and tombstones, forgives penalties and
// re-announces stalled sessions.
func (e *Engine) Tick(now time.Time) {
	e.advanceClock(now)
	if dt := e.now.Sub(e.lastDec).Seconds(); dt > 0 {
		e.lastDec = e.now
		for _, p := range e.plist {
			p.score = max(0, p.score-dt*e.cfg.ScoreDecay)
		}
	}
	for _, s := range e.active {
		if !s.verifyAt.IsZero() && !e.now.Before(s.verifyAt) {
			e.flushVerify(s)
		}
	}
	for i := 0; i < len(e.active); i++ {
		s := e.active[i]
		if !e.now.Before(s.deadline) {
			e.closeSession(s, "expired")
			i--
			continue
		}
		for j := range s.links {
			l := &s.links[j]
			if l.knows && !l.confirmed && !l.done && !l.p.removed && !l.hdrAt.IsZero() && e.now.Sub(l.hdrAt) >= l.hdrWait {
				e.sendHeader(s, l)
			}
		}
		if s.delivered {
			if s.allDone() {
				e.closeSession(s, "served")
				i--
			}
			continue
		}
		if e.now.Sub(s.progress) >= e.cfg.StallTimeout {
			s.progress = e.now
			if st, ok := s.st.(staller); ok {
				st.stalled()
			}
			e.sendHaves(s, false, true)
			for j := range s.links {
				s.links[j].stall = 0
			}
			e.dirty = true
		}
	}
	for e.tombH < len(e.tombQ) && !e.now.Before(e.tombQ[e.tombH].expires) {
		e.popTomb()
	}
	e.flush()
}

// allDone reports whether every live peer has the message. With no live peer
// it is false: a message published (or decoded) before any peer connected must
// wait, until it expires, for peers to serve.
func (s *session) allDone() bool {
	live := 0
	for i := range s.links {
		if l := &s.links[i]; !l.p.removed {
			if !l.done {
				return false
			}
			live++
		}
	}
	return live > 0
}

// flush hands out chunk frames while send windows are open: one chunk per link
// per pass, sessions oldest first, so every peer gets a distinct chunk before any
// peer gets a second.
func (e *Engine) flush() {
	if !e.dirty {
		return
	}
	e.dirty = false
	w, uw := e.cfg.SendWindow, e.cfg.UplinkWindow
	// In BlindPusher sessions flush serves links in three tiers: first those
	// whose peer has sent us a checked chunk (proven) or has not answered yet
	// but is within its blind cap; then, when those have nothing to send,
	// peers that answered but never sent a checked chunk (a polluter stays
	// so); last, silent peers past their blind cap. A pass that finds nothing
	// at one tier opens the next, so an uplink with anything to send never
	// idles (docs/adr/0010).
	const (
		holdNone = iota
		holdSilent
		holdUnproven
	)
	hold := holdUnproven
	for {
		progress, held := false, false
		for _, s := range e.active {
			if s.budget >= 0 && s.sent >= s.budget {
				continue
			}
			capped := -1 // a relay's cap: ForwardFactor sends per unit of rank
			if !s.complete && e.cfg.ForwardFactor > 0 && int(s.hdr.ChunkSize) >= e.cfg.ForwardMinChunk {
				have, _ := s.st.Progress()
				if capped = e.cfg.ForwardFactor * have; s.sent >= capped {
					continue
				}
			}
			blind := 0
			if bp, ok := s.st.(BlindPusher); ok {
				blind = bp.BlindChunks()
			}
			for j := range s.links {
				i := (s.next + j) % len(s.links)
				l := &s.links[i]
				if uw > 0 && e.queued >= uw {
					s.next = i
					return
				}
				if l.done || l.p.removed || l.p.queued >= w || l.stall == s.version+1 {
					continue
				}
				if blind > 0 && ((hold >= holdSilent && !l.confirmed && int(l.blind) >= blind) ||
					(hold >= holdUnproven && l.confirmed && !l.p.proven)) {
					held = true
					continue
				}
				dst, start := e.frameBuf(EnvelopeLen+IDLen+s.st.EmitSize(), FrameChunk, &s.id)
				dst, ok := s.st.Emit(i, dst)
				if !ok {
					l.stall = s.version + 1
					e.unframe(dst)
					continue
				}
				chunk := e.commit(endFrame(dst, 0), start)
				if !l.knows {
					e.sendHeader(s, l) // the header goes first
				}
				e.emitFinal(l.p, FrameChunk, s.id, chunk)
				if !l.confirmed && l.blind < math.MaxUint16 {
					l.blind++
				}
				s.sent++
				progress = true
				if (s.budget >= 0 && s.sent >= s.budget) || (capped >= 0 && s.sent >= capped) {
					break
				}
			}
		}
		if !progress {
			if held && hold > holdNone {
				hold--
				continue
			}
			return
		}
		hold = holdUnproven
	}
}

// sendHeader sends the session header to a link and starts waiting for a sign of
// life from the peer: a peer that got it answers within a stall timeout (a have,
// a chunk, done), so silence means the header was lost and Tick sends it again.
func (e *Engine) sendHeader(s *session, l *link) {
	hb, hs := e.rawBuf(len(s.hdrFrame))
	e.emitFinal(l.p, FrameHeader, s.id, e.commit(append(hb, s.hdrFrame...), hs))
	l.knows = true
	l.hdrAt = e.now
	if l.hdrWait == 0 {
		l.hdrWait = 2 * e.cfg.StallTimeout
	} else {
		l.hdrWait *= 2
	}
}

// frameBuf returns a buffer for a frame of at most n bytes with its envelope and
// id written, and the frame's offset in the arena (-1 outside it). With
// Config.FrameAlloc unset, frames live in the engine's arena until Advance.
func (e *Engine) frameBuf(n int, t FrameType, id *MessageID) ([]byte, int) {
	b, start := e.rawBuf(n)
	b, _ = beginFrame(b, t, id)
	return b, start
}

func (e *Engine) rawBuf(n int) ([]byte, int) {
	if e.cfg.FrameAlloc != nil {
		if cap(e.spare) >= n {
			b := e.spare[:0]
			e.spare = nil
			return b, -1
		}
		return e.cfg.FrameAlloc(n)[:0], -1
	}
	if cap(e.out)-len(e.out) < n {
		// Grow: frames already handed out keep the old array.
		e.out = make([]byte, 0, max(2*cap(e.out), n, 64<<10))
	}
	return e.out[len(e.out):len(e.out)], len(e.out)
}

// unframe drops a frame begun with frameBuf; a host-allocated buffer is kept for
// the next frame.
func (e *Engine) unframe(b []byte) {
	if e.cfg.FrameAlloc != nil && cap(b) > cap(e.spare) {
		e.spare = b[:0]
	}
}

// commit makes a finished frame part of the arena and returns it capped.
func (e *Engine) commit(frame []byte, start int) []byte {
	if start < 0 || len(frame) > cap(e.out)-start {
		// Not in the arena (FrameAlloc, or a body that outgrew its bound).
		return frame
	}
	e.out = e.out[:start+len(frame)]
	return e.out[start:len(e.out):len(e.out)]
}

// emit records a finished frame for p.
func (e *Engine) emit(p *peer, t FrameType, id MessageID, frame []byte, start int) {
	e.emitFinal(p, t, id, e.commit(frame, start))
}

func (e *Engine) emitFinal(p *peer, t FrameType, id MessageID, frame []byte) {
	p.queued++
	e.queued++
	e.ctr.FramesOut++
	e.ctr.BytesOut += uint64(len(frame))
	e.ready.Frames = append(e.ready.Frames, Outbound{To: p.id, Frame: frame})
	if tr := e.cfg.Tracer; tr != nil {
		tr.FrameSent(p.id, t, id, len(frame))
	}
}

// HasReady reports whether Ready would return anything.
func (e *Engine) HasReady() bool { return !e.ready.Empty() }

// Ready returns the output accumulated since the last Advance. The slices stay
// valid until Advance.
func (e *Engine) Ready() Ready {
	e.handed = [3]int{len(e.ready.Frames), len(e.ready.Delivered), len(e.ready.Penalties)}
	return e.ready
}

// Advance acknowledges the last Ready: what it returned may be reused. Output
// produced by inputs given after that Ready (a Sent while sending, say) stays for
// the next Ready.
func (e *Engine) Advance() {
	if e.spare != nil && e.cfg.FrameFree != nil {
		e.cfg.FrameFree(e.spare)
		e.spare = nil
	}
	e.ready.Frames = shift(e.ready.Frames, e.handed[0])
	e.ready.Delivered = shift(e.ready.Delivered, e.handed[1])
	e.ready.Penalties = shift(e.ready.Penalties, e.handed[2])
	e.handed = [3]int{}
	if len(e.ready.Frames) > 0 && e.cfg.FrameAlloc == nil {
		// Later frames still live in the arena: keep it, or start a new one
		// when it has grown large (the old one lives as long as they do).
		if cap(e.out) > 1<<20 {
			e.out = nil
		}
		return
	}
	if cap(e.out) > 2<<20 {
		e.out = nil
	} else {
		e.out = e.out[:0]
	}
}

// shift drops the first n elements of s in place.
func shift[T any](s []T, n int) []T {
	m := copy(s, s[n:])
	clear(s[m:])
	return s[:m]
}
