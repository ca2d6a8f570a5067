package weftprysm

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
	"github.com/weftnet/weft/core"
	"golang.org/x/time/rate"
)

// ProtocolID is the stream protocol weft frames travel on between beacon nodes.
const ProtocolID = protocol.ID("/weft/prysm/1")

// driver moves core frames over libp2p streams of a host that is not Prysm's
// (weft runs beside Prysm's own host, on Prysm's go-libp2p version). Every
// connected peer that accepts ProtocolID becomes an engine peer; one outbound
// stream per peer carries our frames, and every inbound stream is read by a
// goroutine. Frames are self-delimiting (core.FrameLen), so no extra framing.
type driver struct {
	h        host.Host
	node     *core.Node
	log      *slog.Logger
	maxFrame int
	// admit checks a frame before the engine sees it; false drops it.
	admit func(c *conn, frame []byte) bool

	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup

	mu     sync.Mutex
	closed bool
	byPeer map[peer.ID]*conn
	byID   map[core.PeerID]*conn
	// banned holds peers disconnected for their penalties, until when. Each
	// connection gets a fresh engine PeerID, so the ban lives here.
	banned map[peer.ID]time.Time
	// removing holds, per peer, a channel closed once the engine has removed
	// the peer's previous connection (AddPeer must wait for it).
	removing map[peer.ID]chan struct{}
	nextID   core.PeerID
	// watches count the chunk frames written for sessions someone waits on
	// (watch); nwatch lets Send skip the lookup when there are none.
	watches map[core.MessageID]*sendWatch
	nwatch  atomic.Int32
	// pace limits the bytes written per second over all peers (nil: unpaced).
	pace *rate.Limiter
}

// paceBurst is the pacer's bucket: one large chunk frame leaves at once.
const paceBurst = 128 << 10

// paced waits until the pacer lets n more bytes out.
func (d *driver) paced(ctx context.Context, n int) error {
	if d.pace == nil {
		return nil
	}
	for n > 0 {
		m := min(n, paceBurst)
		if err := d.pace.WaitN(ctx, m); err != nil {
			return err
		}
		n -= m
	}
	return nil
}

// sendWatch counts the chunk frames of one session written to any peer, or,
// with pending set, waits for every peer in it to say it has the message.
type sendWatch struct {
	need, got int // need: the session's source chunks (from its header frame; 0 until seen)
	// pending, for a watch until delivered, holds the peers that have not sent
	// a done frame for the session yet.
	pending map[core.PeerID]bool
	done    chan struct{}
}

// release closes w and forgets it; d.mu is held.
func (d *driver) release(id core.MessageID, w *sendWatch) {
	close(w.done)
	delete(d.watches, id)
	d.nwatch.Add(-1)
}

// maxWatches bounds the sessions watched at once.
const maxWatches = 64

// conn is one weft peer.
type conn struct {
	id    core.PeerID
	pid   peer.ID
	ready chan struct{} // closed once the engine has the peer
	gone  chan struct{}
	once  sync.Once

	wmu sync.Mutex
	out network.Stream
	w   *bufio.Writer
}

func (c *conn) close() { c.once.Do(func() { close(c.gone) }) }

// newDriver installs the stream handler at once, so that a peer that dials us
// early finds the protocol; streams wait for the engine until start.
func newDriver(h host.Host, log *slog.Logger, maxFrame int) *driver {
	ctx, cancel := context.WithCancel(context.Background())
	d := &driver{h: h, log: log, maxFrame: maxFrame, ctx: ctx, cancel: cancel,
		byPeer: map[peer.ID]*conn{}, byID: map[core.PeerID]*conn{}, banned: map[peer.ID]time.Time{},
		removing: map[peer.ID]chan struct{}{}}
	h.SetStreamHandler(ProtocolID, d.handleStream)
	return d
}

// start installs the stream handler and the connection notifications; the node
// must be set.
func (d *driver) start() {
	d.h.Network().Notify(&network.NotifyBundle{
		ConnectedF:    func(_ network.Network, c network.Conn) { d.connected(c.RemotePeer()) },
		DisconnectedF: func(_ network.Network, c network.Conn) { d.disconnected(c.RemotePeer()) },
	})
	for _, c := range d.h.Network().Conns() {
		d.connected(c.RemotePeer())
	}
}

// Send implements core.Transport.
func (d *driver) Send(ctx context.Context, to core.PeerID, frame []byte) error {
	if err := d.paced(ctx, len(frame)); err != nil {
		return err
	}
	d.mu.Lock()
	c := d.byID[to]
	d.mu.Unlock()
	if c == nil {
		return fmt.Errorf("weft/prysm: no connection to peer %d", to)
	}
	c.wmu.Lock()
	defer c.wmu.Unlock()
	if c.w == nil {
		return fmt.Errorf("weft/prysm: peer %d has no stream", to)
	}
	if _, err := c.w.Write(frame); err != nil {
		d.drop(c)
		return err
	}
	if err := c.w.Flush(); err != nil {
		d.drop(c)
		return err
	}
	if d.nwatch.Load() > 0 {
		d.written(frame)
	}
	return nil
}

// watch returns a channel closed once chunk frames of session id have been
// written (handed to the peers' streams), over all peers, as many as the
// session has source chunks: one coded copy of the message; with delivered,
// once every peer ready now has sent a done frame for the session (or has
// gone). It is closed at once when no peer is ready, or when too many sessions
// are watched. unwatch stops counting (the channel then stays open if it was
// not closed).
func (d *driver) watch(id core.MessageID, delivered bool) (sent <-chan struct{}, unwatch func()) {
	ch := make(chan struct{})
	d.mu.Lock()
	ready := map[core.PeerID]bool{}
	for _, c := range d.byID {
		select {
		case <-c.ready:
			ready[c.id] = true
		default:
		}
	}
	if len(ready) == 0 || len(d.watches) >= maxWatches || d.watches[id] != nil {
		d.mu.Unlock()
		close(ch)
		return ch, func() {}
	}
	w := &sendWatch{done: ch}
	if delivered {
		w.pending = ready
	}
	if d.watches == nil {
		d.watches = map[core.MessageID]*sendWatch{}
	}
	d.watches[id] = w
	d.nwatch.Add(1)
	d.mu.Unlock()
	return ch, func() {
		d.mu.Lock()
		defer d.mu.Unlock()
		if d.watches[id] == w {
			delete(d.watches, id)
			d.nwatch.Add(-1)
		}
	}
}

// written counts a frame Send has written for the watched sessions.
func (d *driver) written(frame []byte) {
	fi, err := core.PeekFrame(frame)
	if err != nil || (fi.Type != core.FrameHeader && fi.Type != core.FrameChunk) {
		return
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	w := d.watches[fi.ID]
	if w == nil || w.pending != nil {
		return
	}
	if fi.Type == core.FrameHeader {
		if w.need == 0 {
			if h, err := core.ParseHeader(frame); err == nil {
				w.need = max(1, int(h.Chunks))
			}
		}
		return
	}
	w.got++
	if w.need > 0 && w.got >= w.need {
		d.release(fi.ID, w)
	}
}

// heard notes a done frame from peer for a session watched until delivered.
func (d *driver) heard(from core.PeerID, frame []byte) {
	fi, err := core.PeekFrame(frame)
	if err != nil || fi.Type != core.FrameDone {
		return
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if w := d.watches[fi.ID]; w != nil {
		d.unpend(fi.ID, w, from)
	}
}

// gone stops waiting for a peer that left, in every watch until delivered;
// d.mu is held.
func (d *driver) gone(id core.PeerID) {
	for mid, w := range d.watches {
		d.unpend(mid, w, id)
	}
}

// unpend stops w waiting for peer, and releases it once it waits for no one;
// d.mu is held.
func (d *driver) unpend(id core.MessageID, w *sendWatch, peer core.PeerID) {
	if !w.pending[peer] {
		return
	}
	delete(w.pending, peer)
	if len(w.pending) == 0 {
		d.release(id, w)
	}
}

// ensure returns the conn for pid, creating it.
func (d *driver) ensure(pid peer.ID) (*conn, bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.closed {
		return nil, false
	}
	if c := d.byPeer[pid]; c != nil {
		return c, false
	}
	if until, ok := d.banned[pid]; ok {
		if time.Now().Before(until) {
			return nil, false
		}
		delete(d.banned, pid)
	}
	d.nextID++
	id := d.nextID
	c := &conn{id: id, pid: pid, ready: make(chan struct{}), gone: make(chan struct{})}
	d.byPeer[pid] = c
	d.byID[c.id] = c
	return c, true
}

// hasPeer reports whether pid is a weft peer (or being set up as one).
func (d *driver) hasPeer(pid peer.ID) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.byPeer[pid] != nil
}

func (d *driver) connected(pid peer.ID) {
	c, fresh := d.ensure(pid)
	if c == nil || !fresh {
		return
	}
	d.wg.Add(1)
	go func() {
		defer d.wg.Done()
		d.openOut(c)
	}()
}

// openOut opens our stream to the peer and hands the peer to the engine.
func (d *driver) openOut(c *conn) {
	ctx, cancel := context.WithTimeout(d.ctx, 10*time.Second)
	defer cancel()
	s, err := d.h.NewStream(ctx, c.pid, ProtocolID)
	if err != nil {
		d.log.Debug("weft: peer does not speak weft", "peer", c.pid, "err", err)
		d.drop(c)
		return
	}
	// The protocol is negotiated lazily, with our first write, and the peer
	// resets a stream whose negotiation has not arrived within its
	// negotiation timeout (go-libp2p: 10 s). Our first frame may come much
	// later than that (the first block published after connecting): negotiate
	// now with an empty write.
	if _, err := s.Write(nil); err != nil {
		d.log.Debug("weft: stream negotiation", "peer", c.pid, "err", err)
		_ = s.Reset()
		d.drop(c)
		return
	}
	c.wmu.Lock()
	c.out, c.w = s, bufio.NewWriterSize(s, 64<<10)
	c.wmu.Unlock()
	d.mu.Lock()
	prev := d.removing[c.pid]
	d.mu.Unlock()
	if prev != nil {
		select {
		case <-prev:
		case <-ctx.Done():
			d.drop(c)
			return
		}
	}
	if err := d.node.AddPeer(c.id); err != nil {
		d.log.Info("weft: peer refused", "peer", c.pid, "err", err)
		d.drop(c)
		_ = d.h.Network().ClosePeer(c.pid)
		return
	}
	d.mu.Lock()
	if d.byPeer[c.pid] != c { // dropped meanwhile: drop saw no ready, so remove here
		d.mu.Unlock()
		_ = d.node.RemovePeer(c.id)
		return
	}
	close(c.ready)
	d.mu.Unlock()
	d.log.Info("weft: peer connected", "peer", c.pid, "id", c.id)
}

func (d *driver) disconnected(pid peer.ID) {
	if d.h.Network().Connectedness(pid) == network.Connected {
		return
	}
	d.mu.Lock()
	c := d.byPeer[pid]
	d.mu.Unlock()
	if c != nil {
		d.drop(c)
	}
}

// drop forgets a peer: its streams are reset and the engine removes it.
func (d *driver) drop(c *conn) {
	d.mu.Lock()
	if d.byPeer[c.pid] != c {
		d.mu.Unlock()
		return
	}
	delete(d.byPeer, c.pid)
	delete(d.byID, c.id)
	d.gone(c.id)
	ready := false
	select {
	case <-c.ready:
		ready = true
	default:
	}
	d.mu.Unlock()
	c.close()
	go func() {
		c.wmu.Lock()
		if c.out != nil {
			_ = c.out.Reset()
		}
		c.w = nil
		c.wmu.Unlock()
	}()
	if ready {
		// Not synchronously: drop may run on one of the node's sender goroutines.
		ch := make(chan struct{})
		d.mu.Lock()
		d.removing[c.pid] = ch
		d.mu.Unlock()
		go func() {
			_ = d.node.RemovePeer(c.id)
			d.mu.Lock()
			if d.removing[c.pid] == ch {
				delete(d.removing, c.pid)
			}
			d.mu.Unlock()
			close(ch)
		}()
	}
}

// disconnect drops a peer and closes its libp2p connections.
func (d *driver) disconnect(id core.PeerID) {
	d.mu.Lock()
	c := d.byID[id]
	d.mu.Unlock()
	if c == nil {
		return
	}
	d.drop(c)
	_ = d.h.Network().ClosePeer(c.pid)
}

// isBanned reports whether pid is refused for its penalties.
func (d *driver) isBanned(pid peer.ID) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	until, ok := d.banned[pid]
	return ok && time.Now().Before(until)
}

// ban disconnects a peer and refuses it for d (the engine's BanDuration).
func (d *driver) ban(id core.PeerID, dur time.Duration) {
	d.mu.Lock()
	c := d.byID[id]
	if c != nil {
		if len(d.banned) >= 4096 {
			clear(d.banned)
		}
		d.banned[c.pid] = time.Now().Add(dur)
	}
	d.mu.Unlock()
	d.disconnect(id)
}

// disconnectKey disconnects the peer whose identity key is the ed25519 key pub.
func (d *driver) disconnectKey(pub []byte) {
	lk, err := crypto.UnmarshalEd25519PublicKey(pub)
	if err != nil {
		return
	}
	pid, err := peer.IDFromPublicKey(lk)
	if err != nil {
		return
	}
	d.mu.Lock()
	c := d.byPeer[pid]
	d.mu.Unlock()
	if c != nil {
		d.disconnect(c.id)
	}
}

func (d *driver) peerOf(id core.PeerID) (peer.ID, bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	c := d.byID[id]
	if c == nil {
		return "", false
	}
	return c.pid, true
}

// handleStream reads frames from a peer's stream.
func (d *driver) handleStream(s network.Stream) {
	d.mu.Lock()
	if d.closed {
		d.mu.Unlock()
		_ = s.Reset()
		return
	}
	d.wg.Add(1)
	d.mu.Unlock()
	defer d.wg.Done()
	pid := s.Conn().RemotePeer()
	// An inbound stream shows the peer speaks weft: if an earlier attempt to
	// open ours failed (it had not installed its handler yet), try again.
	var c *conn
	for attempt := 0; ; attempt++ {
		var fresh bool
		c, fresh = d.ensure(pid)
		if c == nil {
			_ = s.Reset()
			return
		}
		if fresh {
			d.wg.Add(1)
			go func(c *conn) {
				defer d.wg.Done()
				d.openOut(c)
			}(c)
		}
		select {
		case <-c.ready:
		case <-c.gone:
			if attempt < 3 && d.h.Network().Connectedness(pid) == network.Connected {
				continue
			}
			_ = s.Reset()
			return
		case <-d.ctx.Done():
			_ = s.Reset()
			return
		}
		break
	}
	go func() {
		select {
		case <-c.gone:
		case <-d.ctx.Done():
		}
		_ = s.Reset()
	}()
	d.log.Debug("weft: reading stream", "peer", pid, "id", c.id)
	r := bufio.NewReaderSize(s, 64<<10)
	for {
		frame, err := readFrame(r, d.maxFrame)
		if err != nil {
			if errors.Is(err, errFrameTooLarge) || errors.Is(err, core.ErrMalformed) || errors.Is(err, core.ErrVersion) {
				// A peer that breaks the framing cannot be resynchronised.
				d.log.Info("weft: bad framing, disconnecting", "peer", pid, "err", err)
				_ = d.node.Penalize(c.id, 100, err)
				d.disconnect(c.id)
			}
			// An inbound stream that ends leaves the peer in place: the peer may
			// have replaced it by a new one, and a dead link shows on our own
			// stream (Send fails, and the peer is dropped and set up again).
			_ = s.Reset()
			return
		}
		if d.admit != nil && !d.admit(c, frame) {
			continue
		}
		if d.nwatch.Load() > 0 {
			d.heard(c.id, frame)
		}
		if err := d.node.Receive(c.id, frame); err != nil {
			_ = s.Reset()
			return
		}
	}
}

// errFrameTooLarge is a frame above the driver's cap.
var errFrameTooLarge = errors.New("weft/prysm: frame above the size cap")

// readFrame reads one self-delimiting core frame of at most max bytes.
func readFrame(r *bufio.Reader, max int) ([]byte, error) {
	head, err := r.Peek(core.EnvelopeLen)
	if err != nil {
		if errors.Is(err, io.EOF) && len(head) == 0 {
			return nil, io.EOF
		}
		return nil, fmt.Errorf("weft/prysm: short frame: %w", err)
	}
	n, err := core.FrameLen(head)
	if err != nil {
		return nil, err
	}
	if n > max {
		return nil, fmt.Errorf("%w: %d bytes, cap %d", errFrameTooLarge, n, max)
	}
	buf := make([]byte, n)
	if _, err := io.ReadFull(r, buf); err != nil {
		return nil, fmt.Errorf("weft/prysm: short frame: %w", err)
	}
	return buf, nil
}

// close stops the driver's goroutines and resets its streams.
func (d *driver) close() {
	d.mu.Lock()
	d.closed = true
	conns := make([]*conn, 0, len(d.byPeer))
	for _, c := range d.byPeer {
		conns = append(conns, c)
	}
	d.mu.Unlock()
	d.h.RemoveStreamHandler(ProtocolID)
	d.cancel()
	for _, c := range conns {
		c.close()
		c.wmu.Lock()
		if c.out != nil {
			_ = c.out.Reset()
		}
		c.wmu.Unlock()
	}
	d.wg.Wait()
}
