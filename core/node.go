package core

import (
	"context"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"log/slog"
	"sync"
	"time"
)

// Transport sends frames to peers. Adapters implement it over their host's
// connections (libp2p streams, devp2p, CometBFT channels).
type Transport interface {
	// Send writes one frame to a peer. It may block while the connection is
	// busy; it must return once ctx is done. frame is only valid during the call.
	Send(ctx context.Context, to PeerID, frame []byte) error
}

// NodeConfig configures a Node.
type NodeConfig struct {
	// Engine configures the Engine the Node drives. A zero Engine.Seed is
	// replaced by a random one (crypto/rand): batch-verification weights and
	// coefficients must be unpredictable to peers in production.
	Engine Config
	// Transport sends frames (required).
	Transport Transport
	// Deliver receives every decoded, checked message, on the Node's goroutine;
	// Payload is the caller's to keep. It should return quickly and must not call
	// the Node's methods synchronously (start a goroutine for that) (nil: dropped).
	Deliver func(Delivery)
	// Penalized receives penalties, on the Node's goroutine; when Disconnect is
	// set the host should close the connection (nil: ignored).
	Penalized func(Penalty)
	// TickInterval is how often the Engine is ticked (default 50ms).
	TickInterval time.Duration
	// QueueLen bounds the chunk frames queued per peer (default 32). When a
	// queue is full its oldest chunk frame is dropped: coded chunks are
	// interchangeable and peers' have frames recover the rank. Control frames
	// (header, have, done) are never dropped; a have frame replaces an older one of
	// the same session still queued.
	QueueLen int
	// InboxLen bounds the received frames and calls waiting for the Node's
	// goroutine (default 1024); Receive blocks beyond it.
	InboxLen int
	// Logger logs transport errors (nil: slog.Default()).
	Logger *slog.Logger
}

// ErrClosed is returned by a Node's methods after Close.
var ErrClosed = errors.New("core: node closed")

// Node drives an Engine with the real clock and a Transport: one goroutine owns
// the Engine, one goroutine per peer sends its queue. Its methods are safe for
// concurrent use.
type Node struct {
	cfg   NodeConfig
	e     *Engine
	owned bool // frames from Ready are ours (FrameAlloc set by NewNode)
	inbox chan func()
	quit  chan struct{}
	done  chan struct{}
	ctx   context.Context
	stop  context.CancelFunc

	mu      sync.Mutex
	closed  bool
	senders map[PeerID]*sender
	wg      sync.WaitGroup
	drops   uint64
}

// NewNode returns a Node; call Start to run it.
func NewNode(cfg NodeConfig) (*Node, error) {
	if cfg.Transport == nil {
		return nil, &ConfigError{"Transport", "nil"}
	}
	if cfg.TickInterval < 0 || cfg.QueueLen < 0 || cfg.InboxLen < 0 {
		return nil, &ConfigError{"NodeConfig", "negative interval or length"}
	}
	if cfg.TickInterval == 0 {
		cfg.TickInterval = 50 * time.Millisecond
	}
	if cfg.QueueLen == 0 {
		cfg.QueueLen = 32
	}
	if cfg.InboxLen == 0 {
		cfg.InboxLen = 1024
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.Engine.Seed == 0 {
		var b [8]byte
		_, _ = rand.Read(b[:])
		cfg.Engine.Seed = binary.LittleEndian.Uint64(b[:])
	}
	owned := cfg.Engine.FrameAlloc == nil
	if owned {
		// Frames go to the send queues as they are: let the Engine allocate each
		// one for us instead of copying it out of its arena.
		cfg.Engine.FrameAlloc = func(n int) []byte { return make([]byte, 0, n) }
	}
	e, err := New(cfg.Engine)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithCancel(context.Background())
	return &Node{cfg: cfg, e: e, owned: owned, inbox: make(chan func(), cfg.InboxLen), quit: make(chan struct{}),
		done: make(chan struct{}), ctx: ctx, stop: cancel, senders: map[PeerID]*sender{}}, nil
}

// Start runs the Node's goroutine.
func (n *Node) Start() { go n.loop() }

func (n *Node) loop() {
	defer close(n.done)
	t := time.NewTicker(n.cfg.TickInterval)
	defer t.Stop()
	// deadline fires at the Engine's NextDeadline when it is sooner than a tick
	// (a batch of chunks to verify, say).
	deadline := time.NewTimer(time.Hour)
	defer deadline.Stop()
	for {
		select {
		case f := <-n.inbox:
			f()
			if len(n.inbox) == 0 {
				// Nothing else waiting: check queued chunks now (Engine.Idle).
				n.e.Idle(time.Now())
			}
		case now := <-t.C:
			n.e.Tick(now)
		case now := <-deadline.C:
			n.e.Tick(now)
		case <-n.quit:
			return
		}
		n.flush()
		if d := n.e.NextDeadline(); !d.IsZero() && time.Until(d) < n.cfg.TickInterval {
			deadline.Reset(max(0, time.Until(d)))
		}
	}
}

// do runs f on the Node's goroutine and waits for it.
func (n *Node) do(ctx context.Context, f func()) error {
	ch := make(chan struct{})
	select {
	case n.inbox <- func() { f(); close(ch) }:
	case <-n.quit:
		return ErrClosed
	case <-ctx.Done():
		return ctx.Err()
	}
	select {
	case <-ch:
		return nil
	case <-n.done:
		return ErrClosed
	}
}

// post queues f for the Node's goroutine without waiting for it.
func (n *Node) post(f func()) error {
	select {
	case n.inbox <- f:
		return nil
	case <-n.quit:
		return ErrClosed
	}
}

// Publish disseminates a message (see Engine.Publish).
func (n *Node) Publish(ctx context.Context, id MessageID, payload []byte, opts PublishOptions) error {
	var err error
	if e2 := n.do(ctx, func() { err = n.e.Publish(time.Now(), id, payload, opts) }); e2 != nil {
		return e2
	}
	return err
}

// Receive hands the Node a frame read from a peer; the Node takes ownership of
// frame. It blocks while the inbox is full.
func (n *Node) Receive(from PeerID, frame []byte) error {
	return n.post(func() { _ = n.e.Step(time.Now(), from, frame) })
}

// AddPeer connects a peer and starts its sender.
func (n *Node) AddPeer(id PeerID) error {
	var err error
	if e2 := n.do(context.Background(), func() {
		if err = n.e.AddPeer(id); err == nil {
			n.startSender(id)
		}
	}); e2 != nil {
		return e2
	}
	return err
}

// Penalize charges a peer points for an offence the host found (see
// Engine.Penalize); the resulting Penalty reaches NodeConfig.Penalized and a
// disconnect stops the peer's sender.
func (n *Node) Penalize(id PeerID, points int, reason error) error {
	var err error
	if e2 := n.do(context.Background(), func() { err = n.e.Penalize(id, points, reason) }); e2 != nil {
		return e2
	}
	return err
}

// RemovePeer disconnects a peer and stops its sender.
func (n *Node) RemovePeer(id PeerID) error {
	var err error
	if e2 := n.do(context.Background(), func() {
		err = n.e.RemovePeer(id)
		n.stopSender(id)
	}); e2 != nil {
		return e2
	}
	return err
}

// Stats is a snapshot of a Node's Engine.
type Stats struct {
	Sessions int
	Memory   int64
	Costs    Costs
	// Dropped counts chunk frames dropped from full send queues.
	Dropped uint64
}

// Stats returns a snapshot of the Engine's counters.
func (n *Node) Stats() (Stats, error) {
	var st Stats
	err := n.do(context.Background(), func() {
		st = Stats{Sessions: n.e.Sessions(), Memory: n.e.Memory(), Costs: n.e.Costs()}
	})
	n.mu.Lock()
	st.Dropped = n.drops
	n.mu.Unlock()
	return st, err
}

// Close stops the Node: no more input is accepted, queued frames are sent until
// ctx is done, then every goroutine exits. It returns ctx's error if the queues
// could not be drained in time.
func (n *Node) Close(ctx context.Context) error {
	n.mu.Lock()
	if n.closed {
		n.mu.Unlock()
		return ErrClosed
	}
	n.closed = true
	n.mu.Unlock()
	close(n.quit)
	<-n.done
	n.mu.Lock()
	for _, s := range n.senders {
		s.close()
	}
	n.mu.Unlock()
	drained := make(chan struct{})
	go func() { n.wg.Wait(); close(drained) }()
	select {
	case <-drained:
		n.stop()
		return nil
	case <-ctx.Done():
		n.stop() // aborts blocked Sends
		<-drained
		return ctx.Err()
	}
}

// flush hands the Engine's output to the senders and the host.
func (n *Node) flush() {
	if !n.e.HasReady() {
		return
	}
	rd := n.e.Ready()
	for _, d := range rd.Delivered {
		if n.cfg.Deliver != nil {
			d.Payload = append([]byte(nil), d.Payload...)
			d.Topic = append([]byte(nil), d.Topic...)
			d.Publisher = append([]byte(nil), d.Publisher...)
			n.cfg.Deliver(d)
		}
	}
	for _, p := range rd.Penalties {
		if p.Disconnect {
			n.stopSender(p.Peer)
		}
		if n.cfg.Penalized != nil {
			n.cfg.Penalized(p)
		}
	}
	var dropped map[PeerID]int
	for _, f := range rd.Frames {
		s := n.senders[f.To]
		if s == nil {
			continue
		}
		frame := f.Frame
		if !n.owned {
			frame = append([]byte(nil), frame...)
		}
		if s.push(frame, n.cfg.QueueLen) {
			if dropped == nil {
				dropped = map[PeerID]int{}
			}
			dropped[f.To]++
		}
	}
	n.e.Advance()
	for p, c := range dropped {
		n.mu.Lock()
		n.drops += uint64(c)
		n.mu.Unlock()
		n.e.Sent(p, c)
	}
}

func (n *Node) startSender(id PeerID) {
	if n.senders[id] != nil {
		return
	}
	s := &sender{id: id, wake: make(chan struct{}, 1)}
	n.mu.Lock()
	n.senders[id] = s
	n.mu.Unlock()
	n.wg.Add(1)
	go n.runSender(s)
}

func (n *Node) stopSender(id PeerID) {
	n.mu.Lock()
	s := n.senders[id]
	delete(n.senders, id)
	n.mu.Unlock()
	if s != nil {
		s.abort()
	}
}

// runSender sends a peer's queue in order and reports each frame as sent.
func (n *Node) runSender(s *sender) {
	defer n.wg.Done()
	for {
		f, ok := s.pop()
		if !ok {
			return
		}
		if f == nil {
			select {
			case <-s.wake:
				continue
			case <-n.ctx.Done():
				return
			}
		}
		if err := n.cfg.Transport.Send(n.ctx, s.id, f); err != nil && n.ctx.Err() == nil {
			n.cfg.Logger.Debug("weft: send failed", "peer", s.id, "err", err)
		}
		_ = n.post(func() { n.e.Sent(s.id, 1) })
	}
}

// sender is one peer's send queue.
type sender struct {
	id      PeerID
	mu      sync.Mutex
	q       [][]byte
	chunks  int
	closing bool // send what is queued, then exit
	aborted bool // exit now
	wake    chan struct{}
}

// push queues a frame, dropping the oldest chunk frame beyond limit chunk frames
// and replacing a queued have of the same session. It reports whether a frame was
// dropped (the caller reports it as sent).
func (s *sender) push(f []byte, limit int) (dropped bool) {
	fi, err := PeekFrame(f)
	s.mu.Lock()
	defer func() {
		s.mu.Unlock()
		select {
		case s.wake <- struct{}{}:
		default:
		}
	}()
	if err == nil && fi.Type == FrameHave {
		for i, g := range s.q {
			if gi, _ := PeekFrame(g); gi.Type == FrameHave && gi.ID == fi.ID {
				s.q[i] = f
				return true
			}
		}
	}
	if err == nil && fi.Type == FrameChunk {
		s.chunks++
		if s.chunks > limit {
			for i, g := range s.q {
				if gi, _ := PeekFrame(g); gi.Type == FrameChunk {
					s.q = append(s.q[:i], s.q[i+1:]...)
					s.chunks--
					dropped = true
					break
				}
			}
		}
	}
	s.q = append(s.q, f)
	return dropped
}

// pop returns the next frame; nil with ok when empty (wait for wake); !ok when
// the sender must exit.
func (s *sender) pop() ([]byte, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.aborted {
		return nil, false
	}
	if len(s.q) == 0 {
		return nil, !s.closing
	}
	f := s.q[0]
	s.q[0] = nil
	s.q = s.q[1:]
	if fi, _ := PeekFrame(f); fi.Type == FrameChunk {
		s.chunks--
	}
	return f, true
}

func (s *sender) close() {
	s.mu.Lock()
	s.closing = true
	s.mu.Unlock()
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

func (s *sender) abort() {
	s.mu.Lock()
	s.aborted = true
	s.mu.Unlock()
	select {
	case s.wake <- struct{}{}:
	default:
	}
}
