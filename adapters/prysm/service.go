package weftprysm

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/libp2p/go-libp2p"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/p2p/transport/tcp"
	ma "github.com/multiformats/go-multiaddr"
	"github.com/prysmaticlabs/prysm/v5/async/event"
	"github.com/prysmaticlabs/prysm/v5/beacon-chain/core/feed"
	blockfeed "github.com/prysmaticlabs/prysm/v5/beacon-chain/core/feed/block"
	opfeed "github.com/prysmaticlabs/prysm/v5/beacon-chain/core/feed/operation"
	"github.com/prysmaticlabs/prysm/v5/consensus-types/blocks"
	"github.com/prysmaticlabs/prysm/v5/consensus-types/interfaces"
	"github.com/prysmaticlabs/prysm/v5/consensus-types/primitives"
	"github.com/prysmaticlabs/prysm/v5/runtime/version"
	"github.com/prysmaticlabs/prysm/v5/time/slots"
	"github.com/weftnet/weft/core"
	"golang.org/x/time/rate"
)

// Feeds are the beacon node's event feeds the Service listens to
// (*node.BeaconNode provides both). A Service without feeds (nil) publishes
// only what it is handed through PublishBlock and PublishBlob, as the Beacon-API
// sidecar does.
type Feeds interface {
	BlockFeed() *event.Feed
	OperationFeed() event.SubscriberSender
}

// Service runs weft beside a Prysm beacon node: it publishes the blocks (and
// blob sidecars) this node proposes as weft sessions authenticated by the
// proposer's signature, and hands blocks and blobs received through weft to
// the node's import path once they are checked.
type Service struct {
	cfg    Config
	chain  Chain
	feeds  Feeds
	check  *checker
	hold   *holder // nil: ParentWait negative
	h      host.Host
	d      *driver
	node   *core.Node
	signer core.Ed25519Signer
	met    *metrics
	log    *slog.Logger

	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup
	work   chan core.Delivery

	mu     sync.Mutex
	local  map[[32]byte]primitives.Slot         // blocks this node proposed
	weft   map[[32]byte]primitives.Slot         // blocks delivered through weft
	gossip map[[32]byte]primitives.Slot         // blocks first seen on gossip
	blobs  map[[32]byte][]blocks.VerifiedROBlob // blobs waiting for their block's classification
	closed bool
	banFor time.Duration
}

// New builds a Service over the node's chain and feeds (nil: none, see
// Feeds); Start runs it.
func New(cfg Config, chain Chain, feeds Feeds) (*Service, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if chain == nil {
		return nil, fmt.Errorf("%w: nil chain", ErrConfig)
	}
	priv := ed25519.NewKeyFromSeed(cfg.Key)
	lk, err := crypto.UnmarshalEd25519PrivateKey(priv)
	if err != nil {
		return nil, fmt.Errorf("weft/prysm: key: %w", err)
	}
	h, err := libp2p.New(
		libp2p.Identity(lk),
		libp2p.ListenAddrStrings(cfg.ListenAddrs...),
		libp2p.Transport(tcp.NewTCPTransport),
		libp2p.DisableRelay(),
		libp2p.NATPortMap(),
	)
	if err != nil {
		return nil, fmt.Errorf("weft/prysm: libp2p host: %w", err)
	}
	s := &Service{cfg: cfg, chain: chain, feeds: feeds, h: h, signer: core.Ed25519Signer{Key: priv},
		met: newMetrics(cfg.Registerer), log: cfg.Logger,
		work:  make(chan core.Delivery, 256),
		local: map[[32]byte]primitives.Slot{}, weft: map[[32]byte]primitives.Slot{},
		gossip: map[[32]byte]primitives.Slot{}, blobs: map[[32]byte][]blocks.VerifiedROBlob{}}
	s.ctx, s.cancel = context.WithCancel(context.Background())
	s.check = newChecker(chain, cfg.MaxMessageSize, cfg.Blobs)
	if cfg.ParentWait >= 0 {
		wait := cfg.ParentWait
		if wait == 0 {
			wait = secondsPerSlot()
		}
		s.hold = newHolder(s, wait)
	}
	vs, err := core.NewVerified(64 << 10)
	if err != nil {
		_ = h.Close()
		return nil, err
	}
	ec := cfg.Engine
	s.banFor = ec.BanDuration
	if s.banFor == 0 {
		s.banFor = 10 * time.Minute // core's default BanDuration
	}
	ec.Signer = s.signer
	ec.Verifier = core.Ed25519Verifier{}
	ec.Strategies = []core.Strategy{vs}
	ec.DefaultStrategy = core.StrategyRLNCVerified
	ec.MaxMessageSize = cfg.MaxMessageSize
	if cfg.VerifyBatch > 0 {
		ec.VerifyBatch = cfg.VerifyBatch
	}
	s.d = newDriver(h, cfg.Logger, cfg.MaxMessageSize+(2<<20))
	if cfg.UploadBytesPerSec > 0 {
		s.d.pace = rate.NewLimiter(rate.Limit(cfg.UploadBytesPerSec), paceBurst)
	}
	s.d.admit = s.admit
	node, err := core.NewNode(core.NodeConfig{Engine: ec, Transport: s.d, Deliver: s.deliver,
		Penalized: s.penalized, Logger: cfg.Logger})
	if err != nil {
		_ = h.Close()
		return nil, err
	}
	s.node = node
	s.d.node = node
	return s, nil
}

// Blobs reports whether blob sidecars are published and accepted (Config.Blobs).
func (s *Service) Blobs() bool { return s.cfg.Blobs }

// ID is the weft host's libp2p peer id.
func (s *Service) ID() peer.ID { return s.h.ID() }

// Addrs are the weft host's listen addresses with its /p2p id.
func (s *Service) Addrs() []string {
	var out []string
	for _, a := range s.h.Addrs() {
		out = append(out, a.String()+"/p2p/"+s.h.ID().String())
	}
	return out
}

// Start runs the Service: the engine, the streams, the peer dialer and the
// feed listener.
func (s *Service) Start() error {
	s.node.Start()
	s.d.start()
	var peers []peer.AddrInfo
	for _, a := range s.cfg.Peers {
		m, err := ma.NewMultiaddr(a)
		if err != nil {
			return fmt.Errorf("%w: peer %q: %w", ErrConfig, a, err)
		}
		ai, err := peer.AddrInfoFromP2pAddr(m)
		if err != nil {
			return fmt.Errorf("%w: peer %q: %w", ErrConfig, a, err)
		}
		peers = append(peers, *ai)
	}
	s.log.Info("weft started", "id", s.h.ID().String(), "addrs", fmt.Sprint(s.Addrs()), "peers", len(peers))
	for _, ai := range peers {
		s.wg.Add(1)
		go s.keep(ai)
	}
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		s.worker()
	}()
	if s.hold != nil {
		s.wg.Add(1)
		go func() {
			defer s.wg.Done()
			s.hold.loop(s.ctx)
		}()
	}
	if s.feeds == nil {
		return nil
	}
	blockCh := make(chan *feed.Event, 64)
	opCh := make(chan *feed.Event, 256)
	bsub := s.feeds.BlockFeed().Subscribe(blockCh)
	osub := s.feeds.OperationFeed().Subscribe(opCh)
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		defer bsub.Unsubscribe()
		defer osub.Unsubscribe()
		s.listen(blockCh, opCh)
	}()
	return nil
}

// keep keeps a configured peer connected. A peer that does not stay up (it
// refuses our weft stream, or closes the connection) is retried with an
// exponential backoff, reset once the peer has stayed up for 5 seconds.
func (s *Service) keep(ai peer.AddrInfo) {
	defer s.wg.Done()
	const base, ceiling = 250 * time.Millisecond, 30 * time.Second
	backoff := base
	var next, upSince time.Time
	t := time.NewTimer(0)
	defer t.Stop()
	for {
		select {
		case <-s.ctx.Done():
			return
		case <-t.C:
		}
		now := time.Now()
		up := s.h.Network().Connectedness(ai.ID) == network.Connected && s.d.hasPeer(ai.ID)
		switch {
		case up:
			if upSince.IsZero() {
				upSince = now
			}
			if now.Sub(upSince) >= 5*time.Second {
				backoff = base
			}
		case s.d.isBanned(ai.ID), now.Before(next):
			upSince = time.Time{}
		default:
			upSince = time.Time{}
			next = now.Add(backoff)
			backoff = min(2*backoff, ceiling)
			if s.h.Network().Connectedness(ai.ID) == network.Connected {
				s.d.connected(ai.ID) // connected, but weft is not set up: try again
			} else {
				ctx, cancel := context.WithTimeout(s.ctx, 5*time.Second)
				if err := s.h.Connect(ctx, ai); err != nil {
					s.log.Debug("weft dial", "peer", ai.ID.String(), "err", err)
				}
				cancel()
			}
		}
		t.Reset(base)
	}
}

// listen classifies the node's blocks: one the block feed reports without a
// gossip event just before it was proposed here (the proposer RPC path), and
// is published through weft.
func (s *Service) listen(blockCh, opCh chan *feed.Event) {
	for {
		select {
		case <-s.ctx.Done():
			return
		case ev := <-opCh:
			s.onOperation(ev)
		case ev := <-blockCh:
			// The gossip path sends its operation event before the block event:
			// take every operation event already queued first.
			for drained := false; !drained; {
				select {
				case oe := <-opCh:
					s.onOperation(oe)
				default:
					drained = true
				}
			}
			if ev.Type != blockfeed.ReceivedBlock {
				continue
			}
			data, ok := ev.Data.(*blockfeed.ReceivedBlockData)
			if !ok || data.SignedBlock == nil || data.SignedBlock.IsNil() {
				continue
			}
			s.onBlock(data.SignedBlock)
		}
	}
}

func (s *Service) onOperation(ev *feed.Event) {
	switch ev.Type {
	case opfeed.BlockGossipReceived:
		data, ok := ev.Data.(*opfeed.BlockGossipReceivedData)
		if !ok || data.SignedBlock == nil || data.SignedBlock.IsNil() {
			return
		}
		root, err := data.SignedBlock.Block().HashTreeRoot()
		if err != nil {
			return
		}
		s.mu.Lock()
		if _, ok := s.gossip[root]; !ok {
			s.gossip[root] = data.SignedBlock.Block().Slot()
		}
		s.mu.Unlock()
	case opfeed.BlobSidecarReceived:
		data, ok := ev.Data.(*opfeed.BlobSidecarReceivedData)
		if !ok || data.Blob == nil || !s.cfg.Blobs {
			return
		}
		b := *data.Blob
		root := b.BlockRoot()
		s.mu.Lock()
		_, local := s.local[root]
		if !local {
			if _, g := s.gossip[root]; !g {
				if _, w := s.weft[root]; !w {
					s.blobs[root] = append(s.blobs[root], b)
				}
			}
		}
		s.mu.Unlock()
		if local {
			s.publishBlob(b)
		}
	}
}

// onBlock handles a block the node received from its proposer RPC or gossip.
func (s *Service) onBlock(blk interfaces.ReadOnlySignedBeaconBlock) {
	root, err := blk.Block().HashTreeRoot()
	if err != nil {
		return
	}
	slot := blk.Block().Slot()
	s.mu.Lock()
	_, g := s.gossip[root]
	_, w := s.weft[root]
	_, l := s.local[root]
	if g || w || l {
		s.mu.Unlock()
		return
	}
	s.local[root] = slot
	pending := s.blobs[root]
	delete(s.blobs, root)
	s.prune(slot)
	s.mu.Unlock()
	if err := s.publishBlock(blk); err != nil {
		s.log.Warn("weft publish block", "slot", uint64(slot), "root", fmt.Sprintf("%#x", root), "err", err)
	}
	for _, b := range pending {
		s.publishBlob(b)
	}
}

// prune forgets classification older than 64 slots; s.mu is held.
func (s *Service) prune(now primitives.Slot) {
	if now < 64 {
		return
	}
	lim := now - 64
	for _, m := range []map[[32]byte]primitives.Slot{s.local, s.weft, s.gossip} {
		for r, sl := range m {
			if sl < lim {
				delete(m, r)
			}
		}
	}
	for r, bs := range s.blobs {
		if len(bs) == 0 || bs[0].Slot() < lim {
			delete(s.blobs, r)
		}
	}
}

// CheckProposer checks a signed block as a receiver's admission would before
// it is published: the proposer's BLS signature over the block (proposer
// domain of the block's epoch, the chain's genesis validators root; the result
// is cached per signed header, so the receiving path does not check it
// again), a slot that is not in the future, and a fork that is the one the
// block's slot falls in. PublishBlock does not check: a node publishes what
// its own proposer signed. The Beacon-API sidecar, which publishes what a
// validator client posts, calls this first, since a block a receiver refuses
// costs the publisher its peers.
func (s *Service) CheckProposer(ctx context.Context, blk interfaces.ReadOnlySignedBeaconBlock) error {
	if blk == nil || blk.IsNil() || blk.Block().IsNil() {
		return fmt.Errorf("%w: nil block", ErrUndecodable)
	}
	slot := blk.Block().Slot()
	if want := slots.ToForkVersion(slot); blk.Version() != want {
		return fmt.Errorf("%w: a %s block at slot %d, which is in %s", ErrWrongFork,
			version.String(blk.Version()), slot, version.String(want))
	}
	if s.chain.GenesisTime().IsZero() {
		return ErrNotReady
	}
	if cur := s.chain.CurrentSlot(); slot > cur+1 {
		return fmt.Errorf("%w: slot %d, now %d", ErrFutureSlot, slot, cur)
	}
	hdr, err := interfaces.SignedBeaconBlockHeaderFromBlockInterface(blk)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrUndecodable, err)
	}
	root, err := hdr.Header.HashTreeRoot()
	if err != nil {
		return fmt.Errorf("%w: %w", ErrUndecodable, err)
	}
	return s.check.verifySig(ctx, &Topic{Kind: KindBlock, Header: hdr, Root: root})
}

// PublishBlock publishes a signed block through weft.
func (s *Service) PublishBlock(blk interfaces.ReadOnlySignedBeaconBlock) error {
	s.markLocal(blk)
	return s.publishBlock(blk)
}

// publishBlock publishes a block already marked local.
func (s *Service) publishBlock(blk interfaces.ReadOnlySignedBeaconBlock) error {
	topic, payload, slot, err := blockSession(blk)
	if err != nil {
		return err
	}
	return s.publish(topic, payload, slot)
}

// markLocal records a block published here, so the block feed's event for
// it (when the node imports it) does not publish it again, and returns its
// root (ok false: the block does not hash, and nothing is recorded).
func (s *Service) markLocal(blk interfaces.ReadOnlySignedBeaconBlock) (root [32]byte, ok bool) {
	root, err := blk.Block().HashTreeRoot()
	if err != nil {
		return root, false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.local[root]; !ok {
		s.local[root] = blk.Block().Slot()
		s.prune(blk.Block().Slot())
	}
	return root, true
}

// ImportOwn hands a block this node's validator client proposed, with its
// verified blobs, to the node's import path at once, in the background (blobs
// first, so the block finds them). A front that holds the node's own publish
// back for weft's head start calls it (weft-beacon-chain's --weft-api-listen):
// the node's publish endpoint would gossip the block and import it, and only
// the gossip should wait; the import, which the proposer's attesters and its
// next proposal build on, should not. When the held publish reaches the node,
// its import finds the block known. The block is marked local first, so the
// block feed's event for it does not publish it again. Failures are logged (a
// refused block also counted in weft_prysm_import_errors_total); the held
// publish still follows.
// Do not call it where the Chain's ReceiveBlock is the node's publish
// endpoint (the sidecar's Beacon API chain): that would gossip at once.
func (s *Service) ImportOwn(blk interfaces.ReadOnlySignedBeaconBlock, blobs []blocks.VerifiedROBlob) {
	root, ok := s.markLocal(blk)
	if !ok {
		return
	}
	s.mu.Lock()
	if s.closed { // Close waits for what it knows of; nothing new starts after it
		s.mu.Unlock()
		return
	}
	s.wg.Add(1)
	s.mu.Unlock()
	go func() {
		defer s.wg.Done()
		start := time.Now()
		for _, b := range blobs {
			if err := s.chain.ReceiveBlob(s.ctx, b); err != nil {
				s.log.Warn("weft: own blob import failed", "slot", uint64(b.Slot()), "index", b.Index, "err", err)
			}
		}
		attrs := []any{"slot", uint64(blk.Block().Slot()), "root", fmt.Sprintf("%#x", root)}
		if err := s.importBlock(blk, root); err != nil {
			s.log.Warn("weft: own block import failed", append(attrs, "err", err)...)
			return
		}
		s.log.Info("weft: own block imported", append(attrs, "import_ms", time.Since(start).Milliseconds())...)
	}()
}

// importBlock hands a block to the node's import path (failures counted in
// weft_prysm_import_errors_total); once it is in, a held session whose
// parent it is may go on.
func (s *Service) importBlock(blk interfaces.ReadOnlySignedBeaconBlock, root [32]byte) error {
	if err := s.chain.ReceiveBlock(s.ctx, blk, root, nil); err != nil {
		s.met.importErrors.Inc()
		return err
	}
	if s.hold != nil {
		s.hold.poke()
	}
	return nil
}

// PublishBlockSent publishes a signed block through weft like PublishBlock,
// and returns a channel closed once the weft host has handed the network one
// coded copy of the block: as many chunk frames of its session, over all its
// peers, as the block has source chunks (written to the peers' streams). It is
// closed at once when no weft peer is connected. unwatch stops the counting
// (call it when done waiting; the channel then may stay open). This is the
// head start a Beacon-API front (the sidecar) gives weft before it forwards the
// block to the node, whose gossip would otherwise queue full copies first.
func (s *Service) PublishBlockSent(blk interfaces.ReadOnlySignedBeaconBlock) (sent <-chan struct{}, unwatch func(), err error) {
	return s.publishWatched(blk, false)
}

// PublishBlockDelivered is PublishBlockSent with a later signal: the channel
// closes once every weft peer connected at the publish has reported the block
// decoded (sent its done frame), or has gone. A front that waits for it keeps
// the node's gossip copies off the uplink for the whole of weft's delivery to
// its peers, at the cost of the node's gossip starting that much later for
// peers without weft (bound the wait).
func (s *Service) PublishBlockDelivered(blk interfaces.ReadOnlySignedBeaconBlock) (delivered <-chan struct{}, unwatch func(), err error) {
	return s.publishWatched(blk, true)
}

func (s *Service) publishWatched(blk interfaces.ReadOnlySignedBeaconBlock, delivered bool) (sent <-chan struct{}, unwatch func(), err error) {
	topic, payload, slot, err := blockSession(blk)
	if err != nil {
		return nil, nil, err
	}
	s.markLocal(blk)
	sent, unwatch = s.d.watch(SessionID(topic, s.signer.PublicKey()), delivered)
	if err := s.publish(topic, payload, slot); err != nil {
		unwatch()
		return nil, nil, err
	}
	return sent, unwatch, nil
}

// blockSession is a block's session topic and payload.
func blockSession(blk interfaces.ReadOnlySignedBeaconBlock) (topic, payload []byte, slot primitives.Slot, err error) {
	hdr, err := interfaces.SignedBeaconBlockHeaderFromBlockInterface(blk)
	if err != nil {
		return nil, nil, 0, err
	}
	if payload, err = blk.MarshalSSZ(); err != nil {
		return nil, nil, 0, err
	}
	if topic, err = EncodeTopic(KindBlock, hdr, 0); err != nil {
		return nil, nil, 0, err
	}
	return topic, payload, hdr.Header.Slot, nil
}

func (s *Service) publishBlob(b blocks.VerifiedROBlob) {
	if err := s.PublishBlob(b); err != nil {
		s.log.Warn("weft publish blob", "slot", uint64(b.Slot()), "index", b.Index, "err", err)
	}
}

// PublishBlob publishes a verified blob sidecar through weft.
func (s *Service) PublishBlob(b blocks.VerifiedROBlob) error {
	payload, err := b.MarshalSSZ()
	if err != nil {
		return err
	}
	topic, err := EncodeTopic(KindBlob, b.SignedBlockHeader, b.Index)
	if err != nil {
		return err
	}
	return s.publish(topic, payload, b.Slot())
}

func (s *Service) publish(topic, payload []byte, slot primitives.Slot) error {
	id := SessionID(topic, s.signer.PublicKey())
	start := time.Now()
	err := s.node.Publish(s.ctx, id, payload, core.PublishOptions{Strategy: core.StrategyRLNCVerified, Topic: topic})
	if err != nil {
		return err
	}
	s.met.published.WithLabelValues(Kind(topic[0]).String()).Inc()
	s.log.Info("weft published", "kind", Kind(topic[0]).String(), "slot", uint64(slot), "bytes", len(payload),
		"commit_ms", time.Since(start).Milliseconds())
	return nil
}

// deliver runs on the engine's goroutine: hand over to the worker.
func (s *Service) deliver(d core.Delivery) {
	select {
	case s.work <- d:
	case <-s.ctx.Done():
	}
}

func (s *Service) worker() {
	for {
		select {
		case <-s.ctx.Done():
			return
		case d := <-s.work:
			s.handle(d)
		}
	}
}

// handle checks a delivered message against its authenticated topic and hands
// it to the node's import path.
func (s *Service) handle(d core.Delivery) {
	t, err := DecodeTopic(d.Topic)
	if err != nil { // admission checked the topic: cannot happen for our sessions
		s.blame(d, err)
		return
	}
	switch t.Kind {
	case KindBlock:
		blk, err := decodeBlock(t, d.Payload)
		if err != nil {
			s.blame(d, err)
			return
		}
		// The delivery time, before any lookup (HasBlock may be a call to the
		// node) and before the import.
		since := time.Since(slotStart(s.chain.GenesisTime(), t.Header.Header.Slot))
		s.mu.Lock()
		s.weft[t.Root] = t.Header.Header.Slot
		_, gossiped := s.gossip[t.Root]
		s.mu.Unlock()
		// first: neither gossip nor the node's other paths brought it before weft.
		first := !gossiped && !s.chain.InForkchoice(t.Root) && !s.chain.HasBlock(s.ctx, t.Root)
		s.met.delivered.WithLabelValues("block", fmt.Sprint(first)).Inc()
		s.wg.Add(1)
		go func() {
			defer s.wg.Done()
			err := s.importBlock(blk, t.Root)
			attrs := []any{"slot", uint64(t.Header.Header.Slot), "proposer", uint64(t.Header.Header.ProposerIndex),
				"root", fmt.Sprintf("%#x", t.Root), "bytes", len(d.Payload), "first", first,
				"since_slot_ms", since.Milliseconds()}
			if err != nil {
				s.log.Warn("weft block import failed", append(attrs, "err", err)...)
				return
			}
			s.log.Info("weft block received", attrs...)
		}()
	case KindBlob:
		vb, err := decodeBlob(t, d.Payload)
		if err != nil {
			s.blame(d, err)
			return
		}
		s.met.delivered.WithLabelValues("blob", "true").Inc()
		if err := s.chain.ReceiveBlob(s.ctx, vb); err != nil {
			s.log.Warn("weft blob import failed", "slot", uint64(vb.Slot()), "index", vb.Index, "err", err)
			return
		}
		s.log.Info("weft blob received", "slot", uint64(vb.Slot()), "index", vb.Index)
	}
}

func slotStart(genesis time.Time, slot primitives.Slot) time.Time {
	return genesis.Add(time.Duration(uint64(slot)) * secondsPerSlot())
}

// blame penalises the peer that opened a session whose message does not match
// its signed topic. A peer that published it is disconnected; a relay that
// forwarded it loses fewer points (it could not check the message before
// decoding it), and the publisher's key is refused from now on.
func (s *Service) blame(d core.Delivery, err error) {
	s.met.rejected.Inc()
	s.check.banPublisher(d.Publisher)
	points := 10
	if pid, ok := s.d.peerOf(d.From); ok {
		if pk, e := pid.ExtractPublicKey(); e == nil {
			if raw, e := pk.Raw(); e == nil && bytes.Equal(raw, d.Publisher) {
				points = 100
			}
		}
	}
	s.log.Warn("weft message rejected", "from", uint64(d.From), "points", points, "err", err)
	_ = s.node.Reject(d.ID) // serve it no further
	_ = s.node.Penalize(d.From, points, err)
	// The publisher, if connected, is disconnected.
	s.d.disconnectKey(d.Publisher)
}

// admit checks a frame before the engine sees it: a header opens a session
// only if its topic carries a block header signed by the slot's proposer. A
// header refused only for a parent the node has not imported yet is held
// (see holder), with the frames of its session that follow.
func (s *Service) admit(c *conn, frame []byte) bool {
	info, err := core.PeekFrame(frame)
	if err != nil {
		return true // the engine judges (and penalises) it
	}
	if s.hold != nil && s.hold.take(c, info.ID, info.Type, frame) {
		return false
	}
	if info.Type == core.FrameChunk && s.check.wasRefused(info.ID) {
		return false // the chunks of a header we refused: dropped, not the sender's fault
	}
	if info.Type != core.FrameHeader {
		return true
	}
	h, err := core.ParseHeader(frame)
	if err != nil {
		return true
	}
	points, err := s.check.admit(s.ctx, h)
	if err == nil {
		return true
	}
	if errors.Is(err, ErrUnknownParent) && s.hold != nil {
		if t, terr := DecodeTopic(h.Topic); terr == nil &&
			s.hold.hold(c, h, [32]byte(t.Header.Header.ParentRoot), t.Header.Header.Slot, frame) {
			s.log.Debug("weft header held for its parent", "peer", c.pid.String(), "slot", uint64(t.Header.Header.Slot),
				"parent", fmt.Sprintf("%#x", t.Header.Header.ParentRoot))
			return false
		}
	}
	s.check.refuse(h.ID)
	s.refuseHeader(c, points, err)
	return false
}

// refuseHeader logs a refused header and charges its sender.
func (s *Service) refuseHeader(c *conn, points int, err error) {
	if points > 0 {
		s.met.penalties.WithLabelValues(reason(err)).Inc()
		s.log.Warn("weft header refused", "peer", c.pid.String(), "points", points, "err", err)
		_ = s.node.Penalize(c.id, points, err)
	} else {
		s.log.Debug("weft header dropped", "peer", c.pid.String(), "err", err)
	}
}

// penalized runs on the engine's goroutine.
func (s *Service) penalized(p core.Penalty) {
	s.met.penalties.WithLabelValues(reason(p.Err)).Inc()
	s.log.Info("weft penalty", "peer", uint64(p.Peer), "points", p.Points, "total", p.Total,
		"disconnect", p.Disconnect, "err", fmt.Sprint(p.Err))
	if p.Disconnect {
		go s.d.ban(p.Peer, s.banFor)
	}
}

// Close stops the Service.
func (s *Service) Close() error {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return nil
	}
	s.closed = true
	s.mu.Unlock()
	s.cancel()
	s.d.close()
	if s.hold != nil {
		s.hold.close()
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	err := s.node.Close(ctx)
	s.wg.Wait()
	if e := s.h.Close(); e != nil && err == nil {
		err = e
	}
	if errors.Is(err, core.ErrClosed) {
		err = nil
	}
	return err
}
