package weftcmt

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	cmtpubsub "github.com/cometbft/cometbft/libs/pubsub"
	nm "github.com/cometbft/cometbft/node"
	"github.com/cometbft/cometbft/p2p"
	"github.com/cometbft/cometbft/p2p/conn"
	sm "github.com/cometbft/cometbft/state"
	"github.com/cometbft/cometbft/types"
	gogotypes "github.com/cosmos/gogoproto/types"
	"github.com/weftnet/weft/core"
)

// ReactorName is the name the Reactor is registered under in the Switch.
const ReactorName = "WEFT"

// removedKey marks a p2p.Peer the Reactor has seen removed, so a frame read
// after RemovePeer does not add it again.
const removedKey = "weft.removed"

// consensusInput is the public surface of CometBFT v1's consensus State the
// Reactor feeds decoded proposals into (docs in README.md, "Feeding consensus").
type consensusInput interface {
	GetState() sm.State
	SetProposal(proposal *types.Proposal, peerID p2p.ID) error
	AddProposalBlockPart(height int64, round int32, part *types.Part, peerID p2p.ID) error
}

// Stats counts what a Reactor did since it started.
type Stats struct {
	// Published counts proposal blocks this node published as proposer.
	Published uint64
	// Delivered counts blocks decoded from weft and fed to consensus.
	Delivered uint64
	// Rejected counts decoded blocks that did not match the signed part-set
	// header, and headers from peers that were not the round's proposer.
	Rejected uint64
	// Disconnected counts peers the Reactor stopped for their offences.
	Disconnected uint64
	// FramesIn and BytesIn count weft frames received; FramesOut and BytesOut
	// frames sent.
	FramesIn, BytesIn, FramesOut, BytesOut uint64
	// Dropped counts deliveries dropped because the feeder was busy.
	Dropped uint64
}

type stats struct {
	published, delivered, rejected, disconnected atomic.Uint64
	framesIn, bytesIn, framesOut, bytesOut       atomic.Uint64
	dropped                                      atomic.Uint64
}

// Reactor carries proposal blocks over weft on its own p2p channel. The round's
// proposer publishes its block once its consensus holds the complete part set;
// every other validator decodes it, re-splits it with CometBFT's part-set code,
// checks it against the part-set header in the proposer's signed proposal and
// feeds the proposal and parts to consensus. The stock part gossip keeps
// running beside it, so peers without weft are served as before.
type Reactor struct {
	p2p.BaseReactor

	cfg Config

	// set by attach, read-only afterwards
	setupErr error
	chainID  string
	pub      []byte
	self     p2p.ID
	signer   *ValidatorSigner
	cons     consensusInput
	store    sm.Store
	bus      *types.EventBus
	node     *core.Node

	peerOps sync.Mutex // serialises engine AddPeer/RemovePeer with the maps
	mu      sync.Mutex
	nextID  core.PeerID
	ids     map[p2p.ID]core.PeerID
	peers   map[core.PeerID]p2p.Peer
	names   map[core.PeerID]p2p.ID // kept after removal, for logs
	byKey   map[string]p2p.Peer    // validator key (hello) -> peer
	change  chan struct{}          // closed and replaced when byKey changes

	feed chan core.Delivery
	quit chan struct{}
	wg   sync.WaitGroup
	st   stats

	// corrupt, when set (tests only), alters a block before it is published,
	// as a Byzantine proposer would.
	corrupt func([]byte) []byte
}

// NewReactor returns a Reactor; add it to a node with Option. It fails with a
// *ConfigError for an invalid cfg.
func NewReactor(cfg Config) (*Reactor, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	r := &Reactor{
		cfg:    cfg.withDefaults(),
		ids:    map[p2p.ID]core.PeerID{},
		peers:  map[core.PeerID]p2p.Peer{},
		names:  map[core.PeerID]p2p.ID{},
		byKey:  map[string]p2p.Peer{},
		change: make(chan struct{}),
		feed:   make(chan core.Delivery, 4),
		quit:   make(chan struct{}),
	}
	r.BaseReactor = *p2p.NewBaseReactor("Weft", r)
	return r, nil
}

// Option returns the node.Option that installs r in a node: it registers r with
// the Switch (as node.CustomReactors does, advertising its channel) and wires r
// to the node's validator key, event bus and consensus. Options run at the end
// of node.NewNode, when all of these exist. A wiring error makes the node's
// Start fail.
func Option(r *Reactor) nm.Option {
	return func(n *nm.Node) {
		nm.CustomReactors(map[string]p2p.Reactor{ReactorName: r})(n)
		r.attach(n)
	}
}

// attach wires the Reactor to the node n.
func (r *Reactor) attach(n *nm.Node) {
	r.SetLogger(n.Logger.With("module", "weft"))
	if err := r.wire(n); err != nil {
		r.setupErr = err
	}
}

func (r *Reactor) wire(n *nm.Node) error {
	env, err := n.ConfigureRPC()
	if err != nil {
		return fmt.Errorf("weft/cometbft: node environment: %w", err)
	}
	cons, ok := env.ConsensusState.(consensusInput)
	if !ok {
		return fmt.Errorf("weft/cometbft: consensus state %T lacks SetProposal/AddProposalBlockPart", env.ConsensusState)
	}
	if err := checkRoundStateAccess(env.ConsensusState); err != nil {
		return err
	}
	signer, err := NewValidatorSigner(n.PrivValidator())
	if err != nil {
		return err
	}
	r.cons, r.chainID, r.pub, r.bus = cons, n.GenesisDoc().ChainID, signer.PublicKey(), n.EventBus()
	r.signer, r.self, r.store = signer, n.NodeInfo().ID(), env.StateStore
	ecfg := r.cfg.Engine
	ecfg.Signer = signer
	ecfg.Verifier = Verifier{}
	ecfg.AcceptPublisher = r.acceptPublisher
	ecfg.MaxMessageSize = r.cfg.MaxBlockSize
	ecfg.DefaultStrategy = r.cfg.Strategy
	r.node, err = core.NewNode(core.NodeConfig{
		Engine:    ecfg,
		Transport: transport{r},
		Deliver:   r.deliver,
		Penalized: r.penalized,
		Logger:    r.cfg.Logger,
	})
	return err
}

// GetChannels implements p2p.Reactor: a channel of raw weft frames, and the
// next one for hellos.
func (r *Reactor) GetChannels() []*conn.ChannelDescriptor {
	return []*conn.ChannelDescriptor{{
		ID:                  r.cfg.Channel,
		Priority:            r.cfg.Priority,
		SendQueueCapacity:   r.cfg.SendQueue,
		RecvBufferCapacity:  64 << 10,
		RecvMessageCapacity: r.maxFrame(),
		MessageType:         &gogotypes.BytesValue{},
	}, {
		ID:                  r.cfg.Channel + 1,
		Priority:            1,
		SendQueueCapacity:   2,
		RecvMessageCapacity: 256,
		MessageType:         &gogotypes.BytesValue{},
	}}
}

// maxFrame is the largest frame accepted: a chunk of the largest size plus its
// coefficients and envelope, or a header.
func (r *Reactor) maxFrame() int {
	c := r.cfg.Engine.MaxChunkSize
	if c == 0 {
		c = core.DefaultMaxChunkSize
	}
	return c + 16<<10
}

// OnStart implements service.Service.
func (r *Reactor) OnStart() error {
	if r.setupErr != nil {
		return r.setupErr
	}
	if r.node == nil {
		return errors.New("weft/cometbft: reactor not installed with Option")
	}
	sub, err := r.bus.Subscribe(context.Background(), "weft", types.EventQueryCompleteProposal, 16)
	if err != nil {
		return fmt.Errorf("weft/cometbft: subscribe: %w", err)
	}
	r.node.Start()
	r.wg.Add(2)
	go r.feeder()
	go r.watch(sub)
	return nil
}

// OnStop implements service.Service.
func (r *Reactor) OnStop() {
	if r.node == nil {
		return
	}
	close(r.quit)
	_ = r.bus.UnsubscribeAll(context.Background(), "weft")
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	_ = r.node.Close(ctx)
	r.wg.Wait()
}

// changed wakes WaitPeers; r.mu must be held.
func (r *Reactor) changed() {
	close(r.change)
	r.change = make(chan struct{})
}

// Peers returns how many connected peers run weft and have introduced their
// validator key.
func (r *Reactor) Peers() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.byKey)
}

// WaitPeers waits until at least n peers run weft with this node in both
// directions (they introduced their key, which they do once this node is their
// engine's peer), or ctx ends.
func (r *Reactor) WaitPeers(ctx context.Context, n int) error {
	for {
		r.mu.Lock()
		have, ch := len(r.byKey), r.change
		r.mu.Unlock()
		if have >= n {
			return nil
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return fmt.Errorf("weft/cometbft: %d of %d weft peers: %w", have, n, ctx.Err())
		}
	}
}

// Stats returns the Reactor's counters.
func (r *Reactor) Stats() Stats {
	return Stats{
		Published: r.st.published.Load(), Delivered: r.st.delivered.Load(), Rejected: r.st.rejected.Load(),
		Disconnected: r.st.disconnected.Load(), FramesIn: r.st.framesIn.Load(), BytesIn: r.st.bytesIn.Load(),
		FramesOut: r.st.framesOut.Load(), BytesOut: r.st.bytesOut.Load(), Dropped: r.st.dropped.Load(),
	}
}

// speaksWeft reports whether a peer advertised the Reactor's channel.
func (r *Reactor) speaksWeft(p p2p.Peer) bool {
	ni, ok := p.NodeInfo().(p2p.DefaultNodeInfo)
	return ok && ni.HasChannel(r.cfg.Channel)
}

// AddPeer implements p2p.Reactor.
func (r *Reactor) AddPeer(p p2p.Peer) {
	if r.ensurePeer(p) != 0 {
		r.sendHello(p)
	}
}

// ensurePeer returns the engine id of p, adding p to the engine if new. It
// returns 0 for peers without weft, removed or refused (banned) ones. A node
// ID keeps its engine id across reconnections, so the engine's ban holds.
func (r *Reactor) ensurePeer(p p2p.Peer) core.PeerID {
	if !r.IsRunning() || !r.speaksWeft(p) || p.Get(removedKey) != nil {
		return 0
	}
	r.mu.Lock()
	id, known := r.ids[p.ID()]
	if known && r.peers[id] == p {
		r.mu.Unlock()
		return id
	}
	r.mu.Unlock()
	// Adding and removing a node ID's engine peer happen one at a time, so a
	// late RemovePeer of an old connection cannot undo the new one's AddPeer.
	r.peerOps.Lock()
	defer r.peerOps.Unlock()
	if p.Get(removedKey) != nil {
		return 0 // removed while we waited
	}
	r.mu.Lock()
	id, known = r.ids[p.ID()]
	if known && r.peers[id] == p {
		r.mu.Unlock()
		return id
	}
	if !known {
		if len(r.ids) >= maxKnownPeers {
			r.forgetDisconnected()
		}
		r.nextID++
		id = r.nextID
		r.ids[p.ID()] = id
		r.names[id] = p.ID()
	}
	r.peers[id] = p
	r.mu.Unlock()
	if err := r.node.AddPeer(id); err != nil && !errors.Is(err, core.ErrPeerExists) {
		r.Logger.Info("weft refuses peer", "peer", p.ID(), "err", err)
		p.Set(removedKey, true) // ignore this connection's frames from now on
		r.mu.Lock()
		if r.peers[id] == p {
			delete(r.peers, id)
		}
		r.mu.Unlock()
		return 0
	}
	return id
}

// maxKnownPeers bounds the node IDs remembered across reconnections.
const maxKnownPeers = 4096

// forgetDisconnected drops remembered node IDs that are not connected; r.mu
// must be held.
func (r *Reactor) forgetDisconnected() {
	for pid, id := range r.ids {
		if r.peers[id] == nil {
			delete(r.ids, pid)
			delete(r.names, id)
		}
	}
}

// RemovePeer implements p2p.Reactor.
func (r *Reactor) RemovePeer(p p2p.Peer, _ any) {
	p.Set(removedKey, true)
	r.peerOps.Lock()
	defer r.peerOps.Unlock()
	r.mu.Lock()
	id, ok := r.ids[p.ID()]
	ok = ok && r.peers[id] == p
	if ok {
		delete(r.peers, id)
	}
	for k, q := range r.byKey {
		if q == p {
			delete(r.byKey, k)
			r.changed()
		}
	}
	r.mu.Unlock()
	if ok {
		_ = r.node.RemovePeer(id)
	}
}

// Receive implements p2p.Reactor. Headers are checked against the round's
// proposer here, where the sender is known: a header for a height whose
// validator set we know, from anyone but that round's proposer or with a bad
// proposal signature, disconnects the sender (honest relays only forward
// sessions they accepted, and every honest node computes the same proposer).
func (r *Reactor) Receive(e p2p.Envelope) {
	msg, ok := e.Message.(*gogotypes.BytesValue)
	if !ok {
		r.Switch.StopPeerForError(e.Src, fmt.Errorf("weft/cometbft: unexpected message %T", e.Message))
		return
	}
	if e.ChannelID == r.cfg.Channel+1 {
		r.receiveHello(e.Src, msg.Value)
		return
	}
	id := r.ensurePeer(e.Src)
	if id == 0 {
		return
	}
	r.st.framesIn.Add(1)
	r.st.bytesIn.Add(uint64(len(msg.Value)))
	if fi, err := core.PeekFrame(msg.Value); err == nil && fi.Type == core.FrameHeader {
		if err := r.checkHeader(msg.Value); err != nil && !errors.Is(err, ErrUnknownHeight) {
			r.st.rejected.Add(1)
			r.punish(id, err)
			return
		}
	}
	_ = r.node.Receive(id, msg.Value)
}

// checkHeader checks a header frame's topic against its publisher key.
func (r *Reactor) checkHeader(frame []byte) error {
	h, err := core.ParseHeader(frame)
	if err != nil {
		return nil // the engine penalises malformed frames
	}
	return r.checkTopic(h.Publisher, h.Topic)
}

// checkTopic checks that pub is the proposer named by a topic's signed proposal.
func (r *Reactor) checkTopic(pub, topic []byte) error {
	p, err := decodeTopic(topic)
	if err != nil {
		return err
	}
	return checkProposal(r.chainID, r.validatorsAt(p.Height), pub, p)
}

// acceptPublisher is the engine's AcceptPublisher: sessions only from the
// proposer of the height and round their topic names, and only for heights
// not yet committed here.
func (r *Reactor) acceptPublisher(pub, topic []byte) bool {
	p, err := decodeTopic(topic)
	if err != nil || p.Height <= r.cons.GetState().LastBlockHeight {
		return false
	}
	return checkProposal(r.chainID, r.validatorsAt(p.Height), pub, p) == nil
}

// validatorsAt returns the validator set of height h when this node knows it:
// a committed height's (from the state store), the current height's or the
// next one's; nil beyond.
func (r *Reactor) validatorsAt(h int64) *types.ValidatorSet {
	st := r.cons.GetState()
	switch {
	case h == st.LastBlockHeight+1:
		return st.Validators
	case h == st.LastBlockHeight+2:
		return st.NextValidators
	case h >= st.InitialHeight && h <= st.LastBlockHeight:
		vals, err := r.store.LoadValidators(h)
		if err != nil {
			return nil
		}
		return vals
	}
	return nil
}

// punish charges a peer the disconnect score for err; the resulting penalty
// disconnects it (penalized).
func (r *Reactor) punish(id core.PeerID, err error) {
	r.Logger.Info("weft: peer misbehaved", "peer", r.name(id), "err", err)
	if e := r.node.Penalize(id, disconnectPoints(r.cfg.Engine), err); e != nil && !errors.Is(e, core.ErrUnknownPeer) {
		r.Logger.Debug("weft: penalize", "err", e)
	}
}

func disconnectPoints(c core.Config) int {
	if c.DisconnectScore > 0 {
		return c.DisconnectScore
	}
	return core.DefaultDisconnectScore
}

func (r *Reactor) name(id core.PeerID) p2p.ID {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.names[id]
}

// penalized runs on the engine's goroutine: a disconnect stops the p2p peer.
func (r *Reactor) penalized(p core.Penalty) {
	if !p.Disconnect {
		r.Logger.Debug("weft: penalty", "peer", r.name(p.Peer), "points", p.Points, "err", p.Err)
		return
	}
	r.mu.Lock()
	peer := r.peers[p.Peer]
	r.mu.Unlock()
	if peer == nil || peer.Get(removedKey) != nil {
		return // already on its way out
	}
	peer.Set(removedKey, true)
	r.st.disconnected.Add(1)
	r.Logger.Info("weft: disconnecting peer", "peer", peer.ID(), "err", p.Err)
	if r.cfg.OnMisbehavior != nil {
		r.cfg.OnMisbehavior(peer.ID(), p.Err)
	}
	// StopPeerForError calls RemovePeer, which waits for the engine goroutine.
	go r.Switch.StopPeerForError(peer, p.Err)
}

// misbehaved reports an offence the Reactor found itself (a bad hello, a
// header from a non-proposer, a mismatching block).
func (r *Reactor) misbehaved(p p2p.Peer, err error) {
	r.st.disconnected.Add(1)
	if r.cfg.OnMisbehavior != nil {
		r.cfg.OnMisbehavior(p.ID(), err)
	}
}

// deliver runs on the engine's goroutine; the feeder does the work.
func (r *Reactor) deliver(d core.Delivery) {
	select {
	case r.feed <- d:
	default:
		r.st.dropped.Add(1)
		r.Logger.Info("weft: feeder busy, block left to the part gossip", "id", d.ID)
	}
}

// feeder checks decoded blocks and feeds them to consensus.
func (r *Reactor) feeder() {
	defer r.wg.Done()
	for {
		select {
		case <-r.quit:
			return
		case d := <-r.feed:
			r.handle(d)
		}
	}
}

// handle checks one decoded block and feeds it to consensus.
func (r *Reactor) handle(d core.Delivery) {
	p, err := decodeTopic(d.Topic)
	if err != nil { // the engine accepted it: cannot happen unless the topic check changed
		r.Logger.Error("weft: delivered topic", "err", err)
		return
	}
	ps, err := splitBlock(d.Payload, p.BlockID.PartSetHeader)
	if err != nil {
		// Only the proposer can sign a session for this round: it bound a block
		// that is not the one it proposed. Relays cannot check a block before
		// decoding it, so the proposer is to blame, not the peer that relayed.
		r.st.rejected.Add(1)
		if e := r.node.Reject(d.ID); e != nil { // serve it no further
			r.Logger.Debug("weft: reject", "err", e)
		}
		r.mu.Lock()
		peer := r.byKey[string(d.Publisher)]
		r.mu.Unlock()
		if peer == nil {
			r.Logger.Info("weft: proposer sent a mismatching block and is not a peer", "height", p.Height, "err", err)
			return
		}
		r.mu.Lock()
		id, ok := r.ids[peer.ID()]
		r.mu.Unlock()
		if ok {
			r.punish(id, err) // bans it from weft and stops it
			return
		}
		r.misbehaved(peer, err)
		r.Switch.StopPeerForError(peer, err)
		return
	}
	if r.cons.GetState().LastBlockHeight >= p.Height {
		return // committed meanwhile
	}
	src := r.name(d.From)
	if src == "" {
		src = "weft"
	}
	if err := r.cons.SetProposal(p, src); err != nil {
		r.Logger.Error("weft: set proposal", "err", err)
		return
	}
	for i := 0; i < int(ps.Total()); i++ {
		if err := r.cons.AddProposalBlockPart(p.Height, p.Round, ps.GetPart(i), src); err != nil {
			r.Logger.Error("weft: add part", "err", err)
			return
		}
	}
	r.st.delivered.Add(1)
}

// watch publishes this node's proposal blocks once consensus holds them whole.
func (r *Reactor) watch(sub types.Subscription) {
	defer r.wg.Done()
	for {
		select {
		case <-r.quit:
			return
		case <-sub.Canceled():
			if !errors.Is(sub.Err(), cmtpubsub.ErrOutOfCapacity) {
				return // the bus or the Reactor is stopping
			}
			// fell behind: subscribe again (a missed proposal goes by the part gossip)
			r.Logger.Error("weft: event subscription fell behind", "err", sub.Err())
			s, err := r.bus.Subscribe(context.Background(), "weft", types.EventQueryCompleteProposal, 16)
			if err != nil {
				r.Logger.Error("weft: resubscribe", "err", err)
				return
			}
			sub = s
		case m := <-sub.Out():
			ev, ok := m.Data().(types.EventDataCompleteProposal)
			if !ok {
				continue
			}
			if err := r.publish(ev); err != nil {
				r.Logger.Error("weft: publish", "height", ev.Height, "round", ev.Round, "err", err)
			}
		}
	}
}

// publish publishes the proposal block of ev if this node proposed it.
func (r *Reactor) publish(ev types.EventDataCompleteProposal) error {
	v := proposerOf(r.validatorsAt(ev.Height), ev.Round)
	if v == nil || string(v.PubKey.Bytes()) != string(r.pub) {
		return nil
	}
	prop, parts, err := roundProposal(r.cons, ev.Height, ev.Round)
	if err != nil {
		return err
	}
	if !parts.HasHeader(ev.BlockID.PartSetHeader) || !prop.BlockID.Equals(ev.BlockID) {
		return nil // the round moved on
	}
	block := make([]byte, 0, parts.ByteSize())
	for i := 0; i < int(parts.Total()); i++ {
		block = append(block, parts.GetPart(i).Bytes...)
	}
	if r.corrupt != nil {
		block = r.corrupt(block)
	}
	topic, err := encodeTopic(prop)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := r.node.Publish(ctx, messageID(topic), block, core.PublishOptions{Topic: topic, Strategy: r.cfg.Strategy}); err != nil {
		return err
	}
	r.st.published.Add(1)
	return nil
}

// transport sends engine frames on the Reactor's channel.
type transport struct{ r *Reactor }

// Send implements core.Transport. peer.Send blocks while the channel's queue is
// full (up to MConnection's send timeout).
func (t transport) Send(_ context.Context, to core.PeerID, frame []byte) error {
	r := t.r
	r.mu.Lock()
	p := r.peers[to]
	r.mu.Unlock()
	if p == nil {
		return core.ErrUnknownPeer
	}
	if !p.Send(p2p.Envelope{ChannelID: r.cfg.Channel, Message: &gogotypes.BytesValue{Value: frame}}) {
		return fmt.Errorf("weft/cometbft: send to %s failed", p.ID())
	}
	r.st.framesOut.Add(1)
	r.st.bytesOut.Add(uint64(len(frame)))
	return nil
}
