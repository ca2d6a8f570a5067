package weftgeth

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/event"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/p2p/enode"
	"github.com/weftnet/weft/core"
)

// Errors the Service returns or charges peers with.
var (
	ErrBadBlock   = errors.New("weft/geth: bad block")
	ErrStaleBlock = errors.New("weft/geth: block at or below the head and not on the local chain")
	ErrBadTx      = errors.New("weft/geth: bad transaction")
	ErrNotStarted = errors.New("weft/geth: service not running")
	ErrDupPeer    = errors.New("weft/geth: peer already connected over weft/1")
	errNoPeer     = errors.New("weft/geth: no such peer")
)

// Service runs weft on a geth node: the weft/1 protocol with every peer that
// speaks it, a core.Node that disseminates, and the hooks into the host — the
// sequencer publishes each new head, followers import what they decode, and
// large and blob transactions go from pool to pool. It implements
// node.Lifecycle and Handler; Register wires it into a node.
type Service struct {
	cfg    Config
	b      Backend
	log    log.Logger
	node   *core.Node
	signer *Secp256k1Signer // nil: publishes nothing
	seq    bool             // signer is the sequencer

	started chan struct{}
	quit    chan struct{}
	wg      sync.WaitGroup
	state   atomic.Int32 // 0 new, 1 running, 2 stopped

	mu     sync.Mutex
	peers  map[core.PeerID]*peerConn
	ids    map[enode.ID]core.PeerID // stable across reconnects, so core's bans hold
	idFIFO []enode.ID
	nextID core.PeerID

	blocks chan core.Delivery
	txs    chan core.Delivery
	seen   *hashSet // transactions that came through weft (not republished)

	st        stats
	peerFeed  event.Feed
	blockFeed event.Feed
}

// BlockEvent reports what a follower did with a block weft delivered: Err nil
// means imported (it became head); otherwise the block was rejected (or, with
// ErrHeld, is waiting for its parent).
type BlockEvent struct {
	Hash   common.Hash
	Number uint64
	From   core.PeerID
	Err    error
}

// ErrHeld is the BlockEvent error of a block waiting for its parent.
var ErrHeld = errors.New("weft/geth: block held until its parent arrives")

// PeerEvent reports a weft/1 peer joining (Added) or leaving the engine.
type PeerEvent struct {
	ID    enode.ID
	Added bool
}

type peerConn struct {
	p  *p2p.Peer
	rw p2p.MsgReadWriter
	id core.PeerID
}

// maxRememberedPeers bounds the enode→PeerID map (core remembers as many bans).
const maxRememberedPeers = 4096

// New returns a Service over b; Start runs it (node.Node does, once it is
// registered as a lifecycle).
func New(cfg Config, b Backend) (*Service, error) {
	c, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	if b == nil {
		return nil, configErr("Backend", "nil")
	}
	s := &Service{cfg: c, b: b, log: log.Root().With("module", "weft"),
		started: make(chan struct{}), quit: make(chan struct{}),
		peers: map[core.PeerID]*peerConn{}, ids: map[enode.ID]core.PeerID{},
		blocks: make(chan core.Delivery, c.QueueLen), txs: make(chan core.Delivery, c.QueueLen),
		seen: newHashSet(4096)}
	s.st.init(c.Metrics)
	key := c.SequencerKey
	if key == nil {
		key = c.NodeKey
	}
	if key != nil {
		s.signer, _ = NewSecp256k1Signer(key)
		s.seq = c.SequencerAddress != (common.Address{}) && s.signer.Address() == c.SequencerAddress
	}
	eng := c.Engine
	if s.signer != nil {
		eng.Signer = s.signer
	}
	eng.Verifier = Secp256k1Verifier{}
	seqAddr := c.SequencerAddress
	eng.AcceptPublisher = func(pub, topic []byte) bool {
		switch string(topic) {
		case TopicBlock:
			return seqAddr != (common.Address{}) && common.BytesToAddress(pub) == seqAddr && len(pub) == common.AddressLength
		case TopicTx:
			return len(pub) == common.AddressLength
		}
		return false
	}
	n, err := core.NewNode(core.NodeConfig{Engine: eng, Transport: transport{s}, Deliver: s.deliver,
		Penalized: s.penalized, TickInterval: c.TickInterval, Logger: slog.New(s.log.Handler())})
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrConfig, err)
	}
	s.node = n
	return s, nil
}

// Protocols returns weft/1 for node.Node.RegisterProtocols.
func (s *Service) Protocols() []p2p.Protocol { return MakeProtocols(s) }

// Config returns the Service's configuration with defaults filled in.
func (s *Service) Config() Config { return s.cfg }

// IsSequencer reports whether this node publishes blocks.
func (s *Service) IsSequencer() bool { return s.seq }

// Start implements node.Lifecycle: it starts the engine and the loops.
func (s *Service) Start() error {
	if !s.state.CompareAndSwap(0, 1) {
		return ErrNotStarted
	}
	s.node.Start()
	s.spawn(s.importLoop)
	s.spawn(s.txImportLoop)
	if s.signer != nil {
		s.spawn(s.txPublishLoop)
	}
	if s.seq {
		s.spawn(s.blockPublishLoop)
	}
	close(s.started)
	return nil
}

func (s *Service) spawn(f func()) {
	s.wg.Add(1)
	go func() { defer s.wg.Done(); f() }()
}

// Stop implements node.Lifecycle.
func (s *Service) Stop() error {
	if s.state.CompareAndSwap(0, 2) {
		close(s.quit) // never started: release peers waiting for Start
		return nil
	}
	if !s.state.CompareAndSwap(1, 2) {
		return nil // already stopped
	}
	close(s.quit)
	s.wg.Wait()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if err := s.node.Close(ctx); err != nil && !errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	return nil
}

// SubscribePeers reports weft/1 peers joining and leaving.
func (s *Service) SubscribePeers(ch chan<- PeerEvent) event.Subscription {
	return s.peerFeed.Subscribe(ch)
}

// SubscribeBlocks reports every block weft delivers and its outcome. The
// receiver must keep reading: the import loop waits for it.
func (s *Service) SubscribeBlocks(ch chan<- BlockEvent) event.Subscription {
	return s.blockFeed.Subscribe(ch)
}

// NodeInfo implements Handler.
func (s *Service) NodeInfo() any {
	info := map[string]any{"blockStrategy": s.cfg.BlockStrategy.String(), "txStrategy": s.cfg.TxStrategy.String()}
	if s.cfg.SequencerAddress != (common.Address{}) {
		info["sequencer"] = s.cfg.SequencerAddress
	}
	return info
}

// RunPeer implements Handler: it serves one weft/1 peer until its connection
// ends or it must go (a framing error, a penalty disconnect, a ban).
func (s *Service) RunPeer(p *p2p.Peer, rw p2p.MsgReadWriter) error {
	select {
	case <-s.started:
	case <-s.quit:
		return ErrNotStarted
	}
	s.mu.Lock()
	id := s.peerIDLocked(p.ID())
	if s.peers[id] != nil {
		s.mu.Unlock()
		return ErrDupPeer
	}
	s.peers[id] = &peerConn{p: p, rw: rw, id: id}
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		delete(s.peers, id)
		s.mu.Unlock()
	}()
	if err := s.node.AddPeer(id); err != nil {
		s.log.Debug("weft peer refused", "peer", p.ID(), "err", err)
		return fmt.Errorf("weft/geth: %w", err)
	}
	s.st.peers.Add(1)
	s.peerFeed.Send(PeerEvent{ID: p.ID(), Added: true})
	defer func() {
		_ = s.node.RemovePeer(id)
		s.st.peers.Add(-1)
		s.peerFeed.Send(PeerEvent{ID: p.ID()})
	}()
	for {
		f, err := ReadFrame(rw, s.cfg.MaxFrameSize)
		if err != nil {
			if errors.Is(err, ErrFrameTooLarge) || errors.Is(err, ErrEmptyFrame) || errors.Is(err, ErrUnknownMsg) {
				s.st.badFrames.inc()
				s.log.Warn("weft peer broke the framing, disconnecting", "peer", p.ID(), "err", err)
			}
			return err
		}
		s.st.framesIn.inc()
		s.st.bytesIn.add(int64(len(f)))
		if points, err := s.checkHeader(f); err != nil {
			s.penalize(id, points, err)
			continue // no session for it
		}
		if err := s.node.Receive(id, f); err != nil {
			return err
		}
	}
}

// ErrNotSequencer is charged for a block header signed by anyone but the
// sequencer. The engine only refuses such headers (core's AcceptPublisher costs
// no points, as a publisher can be refused by configuration); on TopicBlock it
// is a forgery, and costs BadBlockPenalty.
var ErrNotSequencer = errors.New("weft/geth: block published by an address that is not the sequencer")

// ErrTxTooLarge is charged for a transaction header above Config.MaxTxSize.
var ErrTxTooLarge = errors.New("weft/geth: transaction message above MaxTxSize")

// checkHeader vets a header frame before the engine sees it: on TopicBlock the
// publisher must be the sequencer (else ErrNotSequencer, ForgedPenalty), on
// TopicTx the message must fit MaxTxSize (else ErrTxTooLarge, BadTxPenalty).
// Other frames, and headers that do not parse (the engine penalizes those),
// pass.
func (s *Service) checkHeader(f []byte) (int, error) {
	if fi, err := core.PeekFrame(f); err != nil || fi.Type != core.FrameHeader {
		return 0, nil
	}
	h, err := core.ParseHeader(f)
	if err != nil {
		return 0, nil
	}
	switch string(h.Topic) {
	case TopicBlock:
		if s.cfg.SequencerAddress == (common.Address{}) || !bytes.Equal(h.Publisher, s.cfg.SequencerAddress.Bytes()) {
			return s.cfg.ForgedPenalty, fmt.Errorf("%w: %x", ErrNotSequencer, h.Publisher)
		}
	case TopicTx:
		if int64(h.Size) > int64(s.cfg.MaxTxSize) {
			return s.cfg.BadTxPenalty, fmt.Errorf("%w: %d bytes", ErrTxTooLarge, h.Size)
		}
	}
	return 0, nil
}

func (s *Service) peerIDLocked(e enode.ID) core.PeerID {
	if id, ok := s.ids[e]; ok {
		return id
	}
	if len(s.idFIFO) >= maxRememberedPeers {
		old := s.idFIFO[0]
		s.idFIFO = s.idFIFO[1:]
		if id := s.ids[old]; s.peers[id] == nil {
			delete(s.ids, old)
		}
	}
	s.nextID++
	s.ids[e] = s.nextID
	s.idFIFO = append(s.idFIFO, e)
	return s.nextID
}

func (s *Service) peer(id core.PeerID) *peerConn {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.peers[id]
}

// transport implements core.Transport over the peers' weft/1 connections.
type transport struct{ s *Service }

func (t transport) Send(_ context.Context, to core.PeerID, frame []byte) error {
	pc := t.s.peer(to)
	if pc == nil {
		return errNoPeer
	}
	if err := WriteFrame(pc.rw, frame); err != nil {
		return err
	}
	t.s.st.framesOut.inc()
	t.s.st.bytesOut.add(int64(len(frame)))
	return nil
}

// penalized runs on the engine's goroutine.
func (s *Service) penalized(p core.Penalty) {
	s.st.penalties.add(int64(p.Points))
	if !p.Disconnect {
		s.log.Debug("weft peer penalized", "peer", p.Peer, "points", p.Points, "total", p.Total, "err", p.Err)
		return
	}
	s.st.disconnects.inc()
	if pc := s.peer(p.Peer); pc != nil {
		s.log.Warn("weft peer disconnected for its penalties", "peer", pc.p.ID(), "total", p.Total, "err", p.Err)
		pc.p.Disconnect(p2p.DiscSubprotocolError)
	}
}

// deliver runs on the engine's goroutine: it hands the message to the loop
// that imports it, or drops it when that loop is behind.
func (s *Service) deliver(d core.Delivery) {
	var q chan core.Delivery
	switch string(d.Topic) {
	case TopicBlock:
		q = s.blocks
	case TopicTx:
		q = s.txs
	default:
		return // AcceptPublisher admits no other topic
	}
	select {
	case q <- d:
	default:
		s.st.dropped.inc()
		s.log.Warn("weft import queue full, dropping", "topic", string(d.Topic), "id", d.ID)
	}
}

// penalize charges a peer for a decoded message the host rejects.
// stopServing spends no more upload on a message the host rejected: its peers
// are told this node needs nothing more of it (core's Node.Reject).
func (s *Service) stopServing(id core.MessageID) {
	if s.node == nil { // an importer under unit test has no Node
		return
	}
	if e := s.node.Reject(id); e != nil {
		s.log.Debug("weft reject", "id", id, "err", e)
	}
}

func (s *Service) penalize(from core.PeerID, points int, err error) {
	if from == 0 || points == 0 {
		return
	}
	if e := s.node.Penalize(from, points, err); e != nil && !errors.Is(e, core.ErrUnknownPeer) {
		s.log.Debug("weft penalize", "peer", from, "err", e)
	}
}

// hashSet is a bounded set of hashes; the oldest go first.
type hashSet struct {
	mu   sync.Mutex
	m    map[common.Hash]struct{}
	fifo []common.Hash
	max  int
}

func newHashSet(max int) *hashSet { return &hashSet{m: map[common.Hash]struct{}{}, max: max} }

func (h *hashSet) add(x common.Hash) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if _, ok := h.m[x]; ok {
		return
	}
	if len(h.fifo) >= h.max {
		delete(h.m, h.fifo[0])
		h.fifo = h.fifo[1:]
	}
	h.m[x] = struct{}{}
	h.fifo = append(h.fifo, x)
}

func (h *hashSet) has(x common.Hash) bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	_, ok := h.m[x]
	return ok
}
