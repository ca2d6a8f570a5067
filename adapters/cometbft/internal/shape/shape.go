package shape

import (
	"errors"
	"io"
	"net"
	"sync"
	"sync/atomic"
	"time"
)

// pacer is a queue served at a fixed rate: it tells when n bytes that arrive
// now have gone through.
type pacer struct {
	mu   sync.Mutex
	rate float64 // bytes per second; 0: unshaped
	free time.Time
}

// reserve returns when n bytes arriving at now leave the queue.
func (p *pacer) reserve(now time.Time, n int) time.Time {
	if p.rate <= 0 {
		return now
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	start := now
	if p.free.After(start) {
		start = p.free
	}
	p.free = start.Add(time.Duration(float64(n) / p.rate * float64(time.Second)))
	return p.free
}

// Node is one host's access link, shared by all its connections.
type Node struct {
	up, down pacer
	// Sent and Received count bytes through the node's uplink and downlink.
	Sent, Received atomic.Int64
}

// NewNode returns a node with the given upload and download rates in bytes per
// second (0: unshaped).
func NewNode(upBps, downBps float64) *Node {
	return &Node{up: pacer{rate: upBps}, down: pacer{rate: downBps}}
}

// Proxy forwards connections accepted on its address to a target, shaped as
// a link from one node (the dialer) to another (the target).
type Proxy struct {
	ln       net.Listener
	target   string
	from, to *Node
	latency  time.Duration

	mu     sync.Mutex
	conns  []net.Conn
	closed bool
	wg     sync.WaitGroup
}

// Listen starts a proxy on a loopback port for connections from node from to
// the node to listening on target, with the given one-way latency.
func Listen(target string, from, to *Node, latency time.Duration) (*Proxy, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	p := &Proxy{ln: ln, target: target, from: from, to: to, latency: latency}
	p.wg.Add(1)
	go p.accept()
	return p, nil
}

// Addr is the address to dial.
func (p *Proxy) Addr() string { return p.ln.Addr().String() }

// Close stops the proxy and closes its connections.
func (p *Proxy) Close() error {
	p.mu.Lock()
	p.closed = true
	conns := p.conns
	p.conns = nil
	p.mu.Unlock()
	err := p.ln.Close()
	for _, c := range conns {
		_ = c.Close()
	}
	p.wg.Wait()
	return err
}

func (p *Proxy) track(c net.Conn) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return false
	}
	p.conns = append(p.conns, c)
	return true
}

func (p *Proxy) accept() {
	defer p.wg.Done()
	for {
		c, err := p.ln.Accept()
		if err != nil {
			return
		}
		d, err := net.Dial("tcp", p.target)
		if err != nil {
			_ = c.Close()
			continue
		}
		if !p.track(c) || !p.track(d) {
			_ = c.Close()
			_ = d.Close()
			return
		}
		p.wg.Add(2)
		go p.pipe(c, d, p.from, p.to)
		go p.pipe(d, c, p.to, p.from)
	}
}

type segment struct {
	b  []byte
	at time.Time // arrival at the receiver's downlink
}

// pipe moves bytes from src (written by node sender) to dst (read by node
// receiver) through the sender's uplink, the latency and the receiver's downlink.
func (p *Proxy) pipe(src, dst net.Conn, sender, receiver *Node) {
	defer p.wg.Done()
	q := make(chan segment, 4096)
	done := make(chan struct{})
	go func() {
		defer close(done)
		failed := false
		for s := range q { // drained to the end, so the reader never blocks
			if failed {
				continue
			}
			sleepUntil(s.at)
			sleepUntil(receiver.down.reserve(time.Now(), len(s.b)))
			if _, err := dst.Write(s.b); err != nil {
				failed = true
				_ = src.Close()
				continue
			}
			receiver.Received.Add(int64(len(s.b)))
		}
	}()
	for {
		buf := make([]byte, 16<<10)
		n, err := src.Read(buf)
		if n > 0 {
			left := sender.up.reserve(time.Now(), n)
			sleepUntil(left)
			sender.Sent.Add(int64(n))
			q <- segment{b: buf[:n], at: left.Add(p.latency)}
		}
		if err != nil {
			close(q)
			<-done
			if errors.Is(err, io.EOF) {
				if tc, ok := dst.(*net.TCPConn); ok {
					_ = tc.CloseWrite()
					return
				}
			}
			_ = dst.Close()
			return
		}
	}
}

func sleepUntil(t time.Time) {
	if d := time.Until(t); d > 0 {
		time.Sleep(d)
	}
}
