// Package shape imposes a scenario's link model on real sockets in user space:
// per-node upload and download capacity and per-destination one-way latency, for
// datagram connections (QUIC over UDP on loopback). Kernel traffic shaping (netem)
// is unavailable on our machines, so the devnet (package devnet) shapes here.
//
//	pc, _ := net.ListenUDP("udp4", &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1)})
//	shaped := shape.Wrap(pc, shape.Link{UpBps: 50e6 / 8, DownBps: 50e6 / 8}, latencyTo)
//	// hand shaped to quic-go / go-libp2p's QUIC transport instead of pc
//
// A datagram written to a shaped conn leaves the uplink queue at the node's upload
// rate, is delayed by the one-way latency to its destination, and is handed to the
// destination's reader no faster than that node's download rate. Queues are bounded
// (Link.QueueBytes); a datagram that finds its queue full is dropped, as a router
// would, and UDP's users already cope with loss.
package shape

import (
	"container/heap"
	"errors"
	"net"
	"sync"
	"sync/atomic"
	"time"
)

// Link is one node's capacity. Zero rates mean unshaped.
type Link struct {
	// UpBps and DownBps are bytes per second.
	UpBps, DownBps float64
	// QueueBytes bounds each direction's queue (default 4 MiB).
	QueueBytes int
}

// Bucket computes when a serialised queue at a fixed rate releases each item. It is
// the pure part of the shaper, so tests check it without a clock.
type Bucket struct {
	Rate float64 // bytes per second; 0: no delay
	free time.Time
}

// Release returns when an item of n bytes that arrives at t leaves the queue, and
// records it: items leave one after another at Rate.
func (b *Bucket) Release(t time.Time, n int) time.Time {
	if b.Rate <= 0 {
		return t
	}
	start := t
	if b.free.After(start) {
		start = b.free
	}
	b.free = start.Add(time.Duration(float64(n) / b.Rate * float64(time.Second)))
	return b.free
}

// Backlog returns how long the queue needs to drain at t.
func (b *Bucket) Backlog(t time.Time) time.Duration {
	if b.free.After(t) {
		return b.free.Sub(t)
	}
	return 0
}

// Conn is a shaped net.PacketConn.
type Conn struct {
	net.PacketConn
	link    Link
	latency func(dst net.Addr) time.Duration
	now     func() time.Time

	mu     sync.Mutex
	up     Bucket
	down   Bucket
	closed bool
	stats  struct{ sent, rcvd, upDrop, downDrop atomic.Int64 }
	out    chan datagram // departures, in release order
	in     chan datagram // arrivals released to ReadFrom
	done   chan struct{}
	wg     sync.WaitGroup
}

type datagram struct {
	b    []byte
	addr net.Addr
	at   time.Time
}

// ErrClosed is returned after Close.
var ErrClosed = errors.New("shape: connection closed")

// Wrap shapes pc with link; latency gives the one-way delay to a destination
// (nil: none).
func Wrap(pc net.PacketConn, link Link, latency func(net.Addr) time.Duration) *Conn {
	if link.QueueBytes <= 0 {
		link.QueueBytes = 4 << 20
	}
	if latency == nil {
		latency = func(net.Addr) time.Duration { return 0 }
	}
	c := &Conn{PacketConn: pc, link: link, latency: latency, now: time.Now,
		up: Bucket{Rate: link.UpBps}, down: Bucket{Rate: link.DownBps},
		out: make(chan datagram, 4096), in: make(chan datagram, 4096), done: make(chan struct{})}
	c.wg.Add(2)
	go c.sender()
	go c.receiver()
	return c
}

func (c *Conn) maxBacklog(rate float64) time.Duration {
	if rate <= 0 {
		return time.Duration(1<<63 - 1)
	}
	return time.Duration(float64(c.link.QueueBytes) / rate * float64(time.Second))
}

// WriteTo queues p for dst. It never blocks on shaping: a datagram that would
// overflow the uplink queue is dropped (reported as written, as a lossy link does).
func (c *Conn) WriteTo(p []byte, dst net.Addr) (int, error) {
	c.mu.Lock()
	if c.closed {
		c.mu.Unlock()
		return 0, ErrClosed
	}
	now := c.now()
	if c.up.Backlog(now) > c.maxBacklog(c.up.Rate) {
		c.mu.Unlock()
		c.stats.upDrop.Add(int64(len(p)))
		return len(p), nil
	}
	at := c.up.Release(now, len(p)).Add(c.latency(dst))
	c.mu.Unlock()
	d := datagram{b: append([]byte(nil), p...), addr: dst, at: at}
	select {
	case c.out <- d:
	case <-c.done:
		return 0, ErrClosed
	}
	c.stats.sent.Add(int64(len(p)))
	return len(p), nil
}

// sender writes datagrams to the socket at their release times, earliest first:
// they leave the uplink in order, then each is delayed by its own destination's
// latency, so a datagram to a near peer may overtake one to a far peer.
func (c *Conn) sender() {
	defer c.wg.Done()
	var pending dgHeap
	t := time.NewTimer(time.Hour)
	defer t.Stop()
	for {
		var wake <-chan time.Time
		if len(pending) > 0 {
			wait := time.Until(pending[0].at)
			if wait <= 0 {
				d := heap.Pop(&pending).(datagram)
				_, _ = c.PacketConn.WriteTo(d.b, d.addr)
				continue
			}
			t.Reset(wait)
			wake = t.C
		}
		select {
		case d := <-c.out:
			heap.Push(&pending, d)
		case <-wake:
		case <-c.done:
			return
		}
		if !t.Stop() {
			select {
			case <-t.C:
			default:
			}
		}
	}
}

type dgHeap []datagram

func (h dgHeap) Len() int           { return len(h) }
func (h dgHeap) Less(i, j int) bool { return h[i].at.Before(h[j].at) }
func (h dgHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *dgHeap) Push(x any)        { *h = append(*h, x.(datagram)) }
func (h *dgHeap) Pop() any {
	old := *h
	d := old[len(old)-1]
	*h = old[:len(old)-1]
	return d
}

// receiver reads the socket and releases datagrams at the download rate.
func (c *Conn) receiver() {
	defer c.wg.Done()
	buf := make([]byte, 64<<10)
	for {
		n, addr, err := c.PacketConn.ReadFrom(buf)
		if err != nil {
			close(c.in)
			return
		}
		c.mu.Lock()
		now := c.now()
		if c.down.Backlog(now) > c.maxBacklog(c.down.Rate) {
			c.mu.Unlock()
			c.stats.downDrop.Add(int64(n))
			continue
		}
		at := c.down.Release(now, n)
		c.mu.Unlock()
		select {
		case c.in <- datagram{b: append([]byte(nil), buf[:n]...), addr: addr, at: at}:
		case <-c.done:
			close(c.in)
			return
		}
	}
}

// ReadFrom returns the next datagram once the download queue releases it.
func (c *Conn) ReadFrom(p []byte) (int, net.Addr, error) {
	d, ok := <-c.in
	if !ok {
		return 0, nil, ErrClosed
	}
	if wait := time.Until(d.at); wait > 0 {
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-c.done:
			t.Stop()
			return 0, nil, ErrClosed
		}
	}
	c.stats.rcvd.Add(int64(len(d.b)))
	return copy(p, d.b), d.addr, nil
}

// Stats are a shaped conn's running byte counts (UDP payloads).
type Stats struct {
	// BytesSent went into the uplink queue; BytesRcvd were handed to ReadFrom.
	BytesSent, BytesRcvd int64
	// UpDropped and DownDropped found their queue full and were dropped.
	UpDropped, DownDropped int64
}

// Stats returns the counts so far; it is safe to call concurrently with I/O.
func (c *Conn) Stats() Stats {
	return Stats{BytesSent: c.stats.sent.Load(), BytesRcvd: c.stats.rcvd.Load(),
		UpDropped: c.stats.upDrop.Load(), DownDropped: c.stats.downDrop.Load()}
}

// Close stops the shaper and closes the socket.
func (c *Conn) Close() error {
	c.mu.Lock()
	if c.closed {
		c.mu.Unlock()
		return nil
	}
	c.closed = true
	close(c.done)
	c.mu.Unlock()
	err := c.PacketConn.Close()
	c.wg.Wait()
	return err
}

// SetReadBuffer sets the socket's receive buffer when the wrapped conn allows it
// (QUIC asks for a large one).
func (c *Conn) SetReadBuffer(n int) error {
	if s, ok := c.PacketConn.(interface{ SetReadBuffer(int) error }); ok {
		return s.SetReadBuffer(n)
	}
	return errors.ErrUnsupported
}

// SetWriteBuffer sets the socket's send buffer when the wrapped conn allows it.
func (c *Conn) SetWriteBuffer(n int) error {
	if s, ok := c.PacketConn.(interface{ SetWriteBuffer(int) error }); ok {
		return s.SetWriteBuffer(n)
	}
	return errors.ErrUnsupported
}
