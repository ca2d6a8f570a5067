package shape

import (
	"context"
	"errors"
	"fmt"
	"net"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/p2p/enode"
)

// inboundConn is go-ethereum v1.17.10's p2p flag for an inbound connection
// (unexported there: dynDialedConn 1, staticDialedConn 2, inboundConn 4);
// TestInbound checks the peer sees the connection as inbound.
const inboundConn = 4

// segSize is the largest piece a write is cut into on the link.
const segSize = 16 << 10

// ErrUnknownPeer is returned by a dialer for a node not registered in the Net.
var ErrUnknownPeer = errors.New("shape: peer not registered")

// Host is one node's uplink: bytes leave at Rate bytes per second, first in,
// first out, across all the node's connections.
type Host struct {
	rate float64 // bytes per second; 0: unlimited
	mu   sync.Mutex
	next time.Time // when the uplink is free
	sent atomic.Int64
}

// NewHost returns an uplink of rate bytes per second (0: unlimited).
func NewHost(rate int64) *Host { return &Host{rate: float64(rate)} }

// Sent returns the bytes the host has written.
func (h *Host) Sent() int64 { return h.sent.Load() }

// reserve books n bytes on the uplink and returns when they finish leaving.
func (h *Host) reserve(n int) time.Time {
	now := time.Now()
	h.sent.Add(int64(n))
	if h.rate == 0 {
		return now
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	start := h.next
	if start.Before(now) {
		start = now
	}
	h.next = start.Add(time.Duration(float64(n) / h.rate * float64(time.Second)))
	return h.next
}

// Net is a set of shaped nodes.
type Net struct {
	latency time.Duration
	mu      sync.Mutex
	nodes   map[enode.ID]entry
	bytes   atomic.Int64
}

type entry struct {
	srv  *p2p.Server
	host *Host
}

// New returns a Net whose links add latency one way.
func New(latency time.Duration) *Net {
	return &Net{latency: latency, nodes: map[enode.ID]entry{}}
}

// Bytes returns the bytes carried on every link so far.
func (n *Net) Bytes() int64 { return n.bytes.Load() }

// Register makes a started server reachable through the Net's dialers; h is
// its uplink.
func (n *Net) Register(srv *p2p.Server, h *Host) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.nodes[srv.Self().ID()] = entry{srv, h}
}

// Dialer returns the dialer of a node whose uplink is h.
func (n *Net) Dialer(h *Host) p2p.NodeDialer { return dialer{n, h} }

type dialer struct {
	n *Net
	h *Host
}

// Dial implements p2p.NodeDialer.
func (d dialer) Dial(ctx context.Context, dest *enode.Node) (net.Conn, error) {
	if dest == nil {
		return nil, ErrUnknownPeer
	}
	d.n.mu.Lock()
	e, ok := d.n.nodes[dest.ID()]
	d.n.mu.Unlock()
	if !ok {
		return nil, fmt.Errorf("%w: %s", ErrUnknownPeer, dest.ID().TerminalString())
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	a, b := net.Pipe()
	local := newConn(a, d.h, d.n)
	remote := newConn(b, e.host, d.n)
	go func() { _ = e.srv.SetupConn(remote, inboundConn, nil) }()
	return local, nil
}

// conn is one end of a shaped link: writes leave through host's uplink and
// reach the pipe latency later.
type conn struct {
	net.Conn
	host *Host
	n    *Net
	q    chan seg
	done chan struct{}
	once sync.Once
	err  atomic.Pointer[error]
}

type seg struct {
	b   []byte
	due time.Time
}

func newConn(c net.Conn, h *Host, n *Net) *conn {
	k := &conn{Conn: c, host: h, n: n, q: make(chan seg, 1024), done: make(chan struct{})}
	go k.pump()
	return k
}

// Write cuts p into segments, waits for each to leave the uplink and queues
// it for delivery Latency later.
func (c *conn) Write(p []byte) (int, error) {
	written := 0
	for len(p) > 0 {
		if e := c.err.Load(); e != nil {
			return written, *e
		}
		k := min(len(p), segSize)
		finish := c.host.reserve(k)
		if d := time.Until(finish); d > 0 {
			t := time.NewTimer(d)
			select {
			case <-t.C:
			case <-c.done:
				t.Stop()
				return written, net.ErrClosed
			}
		}
		s := seg{b: append([]byte(nil), p[:k]...), due: finish.Add(c.n.latency)}
		select {
		case c.q <- s:
		case <-c.done:
			return written, net.ErrClosed
		}
		c.n.bytes.Add(int64(k))
		p = p[k:]
		written += k
	}
	return written, nil
}

// pump delivers queued segments into the pipe when they are due.
func (c *conn) pump() {
	t := time.NewTimer(time.Hour)
	t.Stop()
	for {
		var s seg
		select {
		case s = <-c.q:
		case <-c.done:
			return
		}
		if d := time.Until(s.due); d > 0 {
			t.Reset(d)
			select {
			case <-t.C:
			case <-c.done:
				return
			}
		}
		if _, err := c.Conn.Write(s.b); err != nil {
			c.err.Store(&err)
			_ = c.Close()
			return
		}
	}
}

// Close closes the link end; queued bytes are dropped.
func (c *conn) Close() error {
	c.once.Do(func() { close(c.done) })
	return c.Conn.Close()
}
