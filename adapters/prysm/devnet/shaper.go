package devnet

import (
	"errors"
	"io"
	"net"
	"sync"
	"time"
)

// Shaper imposes a link model on TCP connections between devnet nodes in user
// space (kernel traffic shaping is unavailable here): every node has an upload
// capacity shared by all its outgoing traffic, and every link a one-way
// latency. Node i reaches node j's port through a proxy port of the shaper
// (Link); bytes from i to j leave i's upload queue at its rate and arrive one
// latency later, and the reverse direction is charged to j's upload.
type Shaper struct {
	// UpBps is each node's upload capacity in bytes per second (0: unshaped).
	UpBps float64
	// Latency is the one-way latency of every link.
	Latency time.Duration

	mu      sync.Mutex
	uplinks map[int]*uplink
	lns     []net.Listener
	conns   map[net.Conn]struct{}
	closed  bool
	wg      sync.WaitGroup
}

// uplink is one node's upload queue.
type uplink struct {
	mu    sync.Mutex
	rate  float64
	free  time.Time
	bytes int64
}

// release returns when n bytes handed over at t have left the queue.
func (u *uplink) release(t time.Time, n int) time.Time {
	u.mu.Lock()
	defer u.mu.Unlock()
	u.bytes += int64(n)
	if u.rate <= 0 {
		return t
	}
	start := t
	if u.free.After(start) {
		start = u.free
	}
	u.free = start.Add(time.Duration(float64(n) / u.rate * float64(time.Second)))
	return u.free
}

func (s *Shaper) uplink(i int) *uplink {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.uplinks == nil {
		s.uplinks = map[int]*uplink{}
	}
	u := s.uplinks[i]
	if u == nil {
		u = &uplink{rate: s.UpBps}
		s.uplinks[i] = u
	}
	return u
}

// Link starts a proxy through which node from reaches target (host:port of
// node to) and returns the proxy's host:port.
func (s *Shaper) Link(from, to int, target string) (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		ln.Close()
		return "", errors.New("devnet: shaper closed")
	}
	s.lns = append(s.lns, ln)
	if s.conns == nil {
		s.conns = map[net.Conn]struct{}{}
	}
	s.mu.Unlock()
	up, down := s.uplink(from), s.uplink(to)
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			d, err := net.Dial("tcp", target)
			if err != nil {
				c.Close()
				continue
			}
			if !s.track(c, d) {
				return
			}
			s.wg.Add(2)
			go s.pump(c, d, up)
			go s.pump(d, c, down)
		}
	}()
	return ln.Addr().String(), nil
}

func (s *Shaper) track(cs ...net.Conn) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		for _, c := range cs {
			c.Close()
		}
		return false
	}
	for _, c := range cs {
		s.conns[c] = struct{}{}
	}
	return true
}

type segment struct {
	b  []byte
	at time.Time
}

// pump copies src to dst through the sender's upload queue and the latency.
// The bounded queue between reader and writer keeps TCP's back-pressure.
func (s *Shaper) pump(src, dst net.Conn, up *uplink) {
	defer s.wg.Done()
	q := make(chan segment, 64)
	go func() {
		defer close(q)
		for {
			b := make([]byte, 16<<10)
			n, err := src.Read(b)
			if n > 0 {
				at := up.release(time.Now(), n).Add(s.Latency)
				q <- segment{b[:n], at}
			}
			if err != nil {
				return
			}
		}
	}()
	t := time.NewTimer(time.Hour)
	defer t.Stop()
	for seg := range q {
		if d := time.Until(seg.at); d > 0 {
			t.Reset(d)
			<-t.C
		}
		if _, err := dst.Write(seg.b); err != nil {
			break
		}
	}
	// One side ended: end both directions.
	_ = src.Close()
	_ = dst.Close()
	for range q {
	}
}

// Bytes returns the bytes every node has sent through the shaper so far.
func (s *Shaper) Bytes() int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	var t int64
	for _, u := range s.uplinks {
		u.mu.Lock()
		t += u.bytes
		u.mu.Unlock()
	}
	return t
}

// Close stops every proxy and connection.
func (s *Shaper) Close() error {
	s.mu.Lock()
	s.closed = true
	lns, conns := s.lns, s.conns
	s.conns = nil
	s.mu.Unlock()
	for _, l := range lns {
		_ = l.Close()
	}
	for c := range conns {
		_ = c.Close()
	}
	s.wg.Wait()
	return nil
}

var _ io.Closer = (*Shaper)(nil)
