package weft

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/weftnet/weft/core"
	"golang.org/x/time/rate"
)

// ProtocolID is the libp2p protocol weft speaks.
const ProtocolID protocol.ID = "/weft/1"

// Defaults for zero Config fields.
const (
	DefaultTickInterval       = 50 * time.Millisecond
	DefaultSubscriptionBuffer = 32
	// frameSlack is what a frame may carry beyond a message's bytes (envelope,
	// id, coefficients, header fields).
	frameSlack = 1 << 20
	// paceBurst is the pacer's bucket size.
	paceBurst = 16 << 10
)

// Errors.
var (
	ErrClosed      = errors.New("weft/libp2p: pubsub closed")
	ErrTopicJoined = errors.New("weft/libp2p: topic already joined")
	ErrTopicClosed = errors.New("weft/libp2p: topic closed")
	ErrNoKey       = errors.New("weft/libp2p: host key is not ed25519 and Engine.Signer is nil")
	// ErrSubCancelled is returned by Subscription.Next after Cancel.
	ErrSubCancelled = errors.New("weft/libp2p: subscription cancelled")
)

// Config configures a PubSub. Every zero field takes the documented default.
type Config struct {
	// Engine configures the core engine. Zero Signer: the host's ed25519 key signs
	// (publishing with any other key type needs an explicit Signer). Zero Seed:
	// drawn from crypto/rand. AcceptPublisher, when nil, accepts the
	// topics this PubSub has joined. Tracer, when set, receives the engine's
	// events beside the adapter's own metrics. FrameAlloc is set by the adapter.
	Engine core.Config
	// Strategy is the strategy Publish uses (zero: the engine's default, rlnc).
	Strategy core.StrategyID
	// MaxFrameSize caps the length of one frame read from a peer (default: the
	// engine's MaxMessageSize plus 1 MiB). A longer length prefix resets the
	// stream and disconnects the peer.
	MaxFrameSize int
	// TickInterval is how often the engine's Tick runs (default 50ms).
	TickInterval time.Duration
	// SubscriptionBuffer is each subscription's queue length; a subscriber that
	// falls further behind loses messages, as in go-libp2p-pubsub (default 32).
	SubscriptionBuffer int
	// UploadBytesPerSec paces all of weft's writes to this rate (0: unpaced). The
	// engine's send window reacts to peers' have updates only if frames leave at
	// the rate the uplink drains them; without pacing, transport buffers (QUIC
	// congestion windows, one per peer) absorb many frames at once and the
	// engine sends more redundant chunks. Set it a little below the uplink.
	UploadBytesPerSec float64
	// Registerer receives the Prometheus metrics (nil: no metrics).
	Registerer prometheus.Registerer
	// Logger receives debug and warning logs (nil: slog.Default()).
	Logger *slog.Logger
	// ChargeCPU is for virtual-time benchmarks (testing/synctest), where CPU work
	// takes no time: after every input the engine loop sleeps for the duration it
	// returns for the work the engine counted, before it sends the output. Nil in
	// real deployments.
	ChargeCPU func(work core.Costs) time.Duration
}

// Validate checks the Config; engine fields are checked by core.
func (c *Config) Validate() error {
	switch {
	case c.MaxFrameSize < 0:
		return fmt.Errorf("%w: MaxFrameSize negative", core.ErrConfig)
	case c.TickInterval < 0:
		return fmt.Errorf("%w: TickInterval negative", core.ErrConfig)
	case c.UploadBytesPerSec < 0:
		return fmt.Errorf("%w: UploadBytesPerSec negative", core.ErrConfig)
	case c.SubscriptionBuffer < 0:
		return fmt.Errorf("%w: SubscriptionBuffer negative", core.ErrConfig)
	}
	return c.Engine.Validate()
}

// PubSub is weft on a libp2p host: it speaks /weft/1 with every connected peer
// that does, and exposes topics shaped like go-libp2p-pubsub's. It is safe for
// concurrent use. One goroutine owns the core.Engine; each peer has a reader and
// a writer goroutine on its two streams.
type PubSub struct {
	h      host.Host
	cfg    Config
	log    *slog.Logger
	eng    *core.Engine // engine goroutine only
	tr     *tracer
	st     stats
	notify *network.NotifyBundle
	pace   *rate.Limiter // nil: unpaced

	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup
	events chan event

	mu     sync.Mutex
	closed bool
	topics map[string]*Topic
	peers  map[peer.ID]*peerConn
	nextID core.PeerID
	seq    uint64

	byID map[core.PeerID]*peerConn // engine goroutine only

	dmu     sync.Mutex
	dq      []*Message
	dwake   chan struct{}
	selfKey []byte
}

type eventKind uint8

const (
	evFrame eventKind = iota
	evSent
	evAdd
	evRemove
	evPublish
	evReject
)

type event struct {
	kind  eventKind
	pc    *peerConn
	n     int
	frame []byte
	pub   *publishReq
	id    core.MessageID // evReject
}

type publishReq struct {
	topic string
	data  []byte
	errc  chan error
}

// New starts weft on h. Close stops it; it does not close h.
func New(h host.Host, cfg Config) (*PubSub, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	ec := cfg.Engine
	if ec.Signer == nil {
		s, err := hostSigner(h)
		if err != nil && !errors.Is(err, ErrNoKey) {
			return nil, err
		}
		if s != nil {
			ec.Signer = s
		}
	}
	if ec.Seed == 0 {
		// Coefficients must be unpredictable to peers.
		var b [8]byte
		if _, err := rand.Read(b[:]); err != nil {
			return nil, err
		}
		ec.Seed = binary.BigEndian.Uint64(b[:]) | 1
	}
	if cfg.MaxFrameSize == 0 {
		m := ec.MaxMessageSize
		if m == 0 {
			m = core.DefaultMaxMessageSize
		}
		cfg.MaxFrameSize = m + frameSlack
	}
	if cfg.TickInterval == 0 {
		cfg.TickInterval = DefaultTickInterval
	}
	if cfg.SubscriptionBuffer == 0 {
		cfg.SubscriptionBuffer = DefaultSubscriptionBuffer
	}
	log := cfg.Logger
	if log == nil {
		log = slog.Default()
	}
	ps := &PubSub{h: h, cfg: cfg, log: log.With("weft", h.ID().ShortString()),
		events: make(chan event, 256), topics: map[string]*Topic{}, peers: map[peer.ID]*peerConn{},
		byID: map[core.PeerID]*peerConn{}, dwake: make(chan struct{}, 1)}
	if cfg.UploadBytesPerSec > 0 {
		ps.pace = rate.NewLimiter(rate.Limit(cfg.UploadBytesPerSec), paceBurst)
	}
	if ec.Signer != nil {
		ps.selfKey = ec.Signer.PublicKey()
	}
	ps.tr = &tracer{st: &ps.st, user: ec.Tracer, opened: map[core.MessageID]time.Time{}}
	if cfg.Registerer != nil {
		m, err := newMetrics(cfg.Registerer)
		if err != nil {
			return nil, err
		}
		ps.tr.m = m
	}
	ec.Tracer = ps.tr
	ec.FrameAlloc = func(n int) []byte { return make([]byte, 0, n) }
	if ec.AcceptPublisher == nil {
		ec.AcceptPublisher = func(_, topic []byte) bool {
			ps.mu.Lock()
			defer ps.mu.Unlock()
			return ps.topics[string(topic)] != nil
		}
	}
	eng, err := core.New(ec)
	if err != nil {
		return nil, err
	}
	ps.eng = eng
	ps.ctx, ps.cancel = context.WithCancel(context.Background())

	h.SetStreamHandler(ProtocolID, ps.handleStream)
	ps.notify = &network.NotifyBundle{
		ConnectedF: func(_ network.Network, c network.Conn) { ps.ensurePeer(c.RemotePeer()) },
		DisconnectedF: func(n network.Network, c network.Conn) {
			if n.Connectedness(c.RemotePeer()) != network.Connected {
				ps.dropPeer(c.RemotePeer(), nil)
			}
		},
	}
	h.Network().Notify(ps.notify)
	ps.wg.Add(2)
	go ps.loop()
	go ps.deliverLoop()
	for _, p := range h.Network().Peers() {
		ps.ensurePeer(p)
	}
	return ps, nil
}

// hostSigner returns a core.Signer for the host's ed25519 identity key.
func hostSigner(h host.Host) (core.Signer, error) {
	k := h.Peerstore().PrivKey(h.ID())
	if k == nil || k.Type() != crypto.Ed25519 {
		return nil, ErrNoKey
	}
	raw, err := k.Raw()
	if err != nil {
		return nil, err
	}
	if len(raw) != ed25519.PrivateKeySize {
		return nil, fmt.Errorf("weft/libp2p: ed25519 key of %d bytes", len(raw))
	}
	return core.Ed25519Signer{Key: ed25519.PrivateKey(raw)}, nil
}

// Stats returns the running totals.
func (ps *PubSub) Stats() Stats { return ps.st.snapshot() }

// Peers returns the peers weft currently exchanges frames with (connected peers
// that speak /weft/1), like go-libp2p-pubsub's ListPeers.
func (ps *PubSub) Peers() []peer.ID {
	ps.mu.Lock()
	defer ps.mu.Unlock()
	var out []peer.ID
	for pid, pc := range ps.peers {
		select {
		case <-pc.ready:
			out = append(out, pid)
		default:
		}
	}
	return out
}

// Host returns the host weft runs on.
func (ps *PubSub) Host() host.Host { return ps.h }

// Close stops weft on the host: it removes the stream handler, resets weft's
// streams, ends every subscription and waits for its goroutines.
func (ps *PubSub) Close() error {
	ps.mu.Lock()
	if ps.closed {
		ps.mu.Unlock()
		return nil
	}
	ps.closed = true
	peers := make([]*peerConn, 0, len(ps.peers))
	for _, pc := range ps.peers {
		peers = append(peers, pc)
	}
	topics := make([]*Topic, 0, len(ps.topics))
	for _, t := range ps.topics {
		topics = append(topics, t)
	}
	ps.mu.Unlock()
	ps.h.Network().StopNotify(ps.notify)
	ps.h.RemoveStreamHandler(ProtocolID)
	ps.cancel()
	for _, pc := range peers {
		pc.shutdown()
	}
	ps.wg.Wait()
	for _, t := range topics {
		t.closeSubs()
	}
	return nil
}

// send hands an event to the engine goroutine; false once closed.
func (ps *PubSub) send(ev event) bool {
	select {
	case ps.events <- ev:
		return true
	case <-ps.ctx.Done():
		return false
	}
}

// loop owns the engine: it applies events and ticks, charges processing time when
// asked to, and hands the engine's output to writers and subscribers.
func (ps *PubSub) loop() {
	defer ps.wg.Done()
	tick := time.NewTicker(ps.cfg.TickInterval)
	defer tick.Stop()
	var charged core.Costs
	for {
		select {
		case <-ps.ctx.Done():
			return
		case <-tick.C:
			ps.eng.Tick(time.Now())
		case ev := <-ps.events:
			ps.apply(ev)
		}
		if f := ps.cfg.ChargeCPU; f != nil {
			c := ps.eng.Costs()
			if d := f(c.Sub(charged)); d > 0 {
				time.Sleep(d)
			}
			charged = c
		}
		ps.flush()
	}
}

func (ps *PubSub) apply(ev event) {
	now := time.Now()
	switch ev.kind {
	case evFrame:
		if ps.byID[ev.pc.id] == nil {
			return
		}
		if err := ps.eng.Step(now, ev.pc.id, ev.frame); err != nil {
			ps.log.Debug("frame refused", "peer", ev.pc.pid, "err", err)
		}
	case evSent:
		ps.eng.Sent(ev.pc.id, ev.n)
	case evAdd:
		if ev.pc.isGone() {
			return
		}
		if err := ps.eng.AddPeer(ev.pc.id); err != nil {
			ps.log.Warn("add peer", "peer", ev.pc.pid, "err", err)
			return
		}
		ps.byID[ev.pc.id] = ev.pc
		close(ev.pc.ready)
	case evRemove:
		if ps.byID[ev.pc.id] == nil {
			return
		}
		delete(ps.byID, ev.pc.id)
		_ = ps.eng.RemovePeer(ev.pc.id) // already gone after a disconnect penalty
	case evPublish:
		ev.pub.errc <- ps.publish(now, ev.pub)
	case evReject:
		ps.eng.Reject(now, ev.id)
	}
}

func (ps *PubSub) publish(now time.Time, r *publishReq) error {
	ps.mu.Lock()
	ps.seq++
	seq := ps.seq
	ps.mu.Unlock()
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], seq)
	hsh := sha256.New()
	hsh.Write([]byte(ps.h.ID()))
	hsh.Write(b[:])
	hsh.Write([]byte(r.topic))
	var id core.MessageID
	copy(id[:], hsh.Sum(nil))
	err := ps.eng.Publish(now, id, r.data, core.PublishOptions{Strategy: ps.cfg.Strategy, Topic: []byte(r.topic)})
	if err != nil {
		return err
	}
	ps.enqueueDelivery(&Message{ID: id, Topic: r.topic, Data: r.data, From: ps.h.ID(), ReceivedFrom: ps.h.ID(), Local: true})
	return nil
}

// flush sends the engine's output: frames to writers, messages to the delivery
// goroutine, disconnects for penalties that call for one.
func (ps *PubSub) flush() {
	if !ps.eng.HasReady() {
		return
	}
	rd := ps.eng.Ready()
	for _, f := range rd.Frames {
		if pc := ps.byID[f.To]; pc != nil {
			pc.enqueue(f.Frame)
		}
	}
	for _, d := range rd.Delivered {
		m := &Message{ID: d.ID, Topic: string(d.Topic), Data: append([]byte(nil), d.Payload...),
			Publisher: append([]byte(nil), d.Publisher...)}
		if pc := ps.byID[d.From]; pc != nil {
			m.ReceivedFrom = pc.pid
		}
		if pk, err := crypto.UnmarshalEd25519PublicKey(d.Publisher); err == nil {
			if id, err := peer.IDFromPublicKey(pk); err == nil {
				m.From = id
			}
		}
		ps.enqueueDelivery(m)
	}
	for _, p := range rd.Penalties {
		pc := ps.byID[p.Peer]
		if pc == nil {
			continue
		}
		ps.log.Debug("penalty", "peer", pc.pid, "points", p.Points, "total", p.Total, "err", p.Err)
		if p.Disconnect {
			delete(ps.byID, p.Peer)
			ps.log.Warn("disconnecting misbehaving peer", "peer", pc.pid, "err", p.Err)
			go ps.dropPeer(pc.pid, pc)
			go func(pid peer.ID) { _ = ps.h.Network().ClosePeer(pid) }(pc.pid)
		}
	}
	ps.eng.Advance()
}

func (ps *PubSub) enqueueDelivery(m *Message) {
	ps.dmu.Lock()
	ps.dq = append(ps.dq, m)
	ps.dmu.Unlock()
	select {
	case ps.dwake <- struct{}{}:
	default:
	}
}

// deliverLoop runs topic validators and feeds subscriptions, off the engine
// goroutine so a slow validator never stalls forwarding.
func (ps *PubSub) deliverLoop() {
	defer ps.wg.Done()
	for {
		select {
		case <-ps.ctx.Done():
			return
		case <-ps.dwake:
		}
		for {
			ps.dmu.Lock()
			if len(ps.dq) == 0 {
				ps.dmu.Unlock()
				break
			}
			m := ps.dq[0]
			ps.dq[0] = nil
			ps.dq = ps.dq[1:]
			ps.dmu.Unlock()
			ps.mu.Lock()
			t := ps.topics[m.Topic]
			ps.mu.Unlock()
			if t != nil {
				t.deliver(ps.ctx, m)
			}
		}
	}
}
