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
//
// A node's connections share its uplink fairly: each connection with bytes
// waiting sends one segment (at most 16 KiB) in turn, as Linux's default
// queueing discipline (fq_codel) shares a real uplink between flows and as
// the simulator (testnet/sim) models it. A connection buffers at most a few
// segments ahead of the uplink, so TCP's back-pressure reaches the sender, and
// a small frame on an idle connection leaves within one segment's time instead
// of behind every byte queued on the node's other connections.
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
	quit    chan struct{}
	wg      sync.WaitGroup
}

// shaperSegment is the most a connection sends in one turn on the uplink.
const shaperSegment = 16 << 10

// uplink is one node's upload: the flows (connections) with bytes waiting take
// turns, one segment each, at the node's rate.
type uplink struct {
	rate float64
	quit <-chan struct{}
	wake chan struct{} // a flow has a new segment (buffered: never lost)

	mu    sync.Mutex
	flows []*flow
	rr    int
	free  time.Time // when the last segment sent has left (run's own)
	bytes int64
}

// flow is one direction of one connection through the shaper.
type flow struct {
	in  chan []byte  // read from the source, waiting for the uplink; closed at its end
	out chan segment // sent, waiting out the latency
}

type segment struct {
	b  []byte
	at time.Time
}

func newUplink(rate float64, quit <-chan struct{}) *uplink {
	return &uplink{rate: rate, quit: quit, wake: make(chan struct{}, 1)}
}

// add registers a flow; run serves it from now on.
func (u *uplink) add(f *flow) {
	u.mu.Lock()
	u.flows = append(u.flows, f)
	u.mu.Unlock()
}

// next takes one segment from the next flow in turn that has one; a flow whose
// source has ended is dropped and its out channel closed. ok is false when no
// flow has a segment waiting.
func (u *uplink) next() (f *flow, b []byte, ok bool) {
	u.mu.Lock()
	defer u.mu.Unlock()
	for tries := len(u.flows); tries > 0 && len(u.flows) > 0; tries-- {
		i := u.rr % len(u.flows)
		f := u.flows[i]
		select {
		case b, open := <-f.in:
			if !open {
				close(f.out)
				u.flows = append(u.flows[:i], u.flows[i+1:]...)
				continue
			}
			u.rr = i + 1
			u.bytes += int64(len(b))
			return f, b, true
		default:
			u.rr = i + 1
		}
	}
	return nil, nil, false
}

// run sends the flows' segments in turn at the uplink's rate until quit.
func (u *uplink) run(latency time.Duration) {
	t := time.NewTimer(time.Hour)
	defer t.Stop()
	for {
		f, b, ok := u.next()
		if !ok {
			select {
			case <-u.wake:
				continue
			case <-u.quit:
				return
			}
		}
		now := time.Now()
		// Back to back with the last segment if the uplink has not been idle
		// (the timer wakes a little late): keeps the rate exact.
		start := now
		if now.Sub(u.free) < time.Millisecond && u.free.Before(now) {
			start = u.free
		}
		end := start
		if u.rate > 0 {
			end = start.Add(time.Duration(float64(len(b)) / u.rate * float64(time.Second)))
			u.free = end
			// Hold the uplink until this segment has left, so the next turn goes
			// to whichever flows have bytes then.
			if d := end.Sub(now); d > 0 {
				t.Reset(d)
				select {
				case <-t.C:
				case <-u.quit:
					return
				}
			}
		}
		select {
		case f.out <- segment{b, end.Add(latency)}:
		case <-u.quit:
			return
		}
	}
}

func (s *Shaper) uplink(i int) *uplink {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.uplinks == nil {
		s.uplinks = map[int]*uplink{}
		s.quit = make(chan struct{})
	}
	u := s.uplinks[i]
	if u == nil {
		u = newUplink(s.UpBps, s.quit)
		s.uplinks[i] = u
		s.wg.Add(1)
		go func() {
			defer s.wg.Done()
			u.run(s.Latency)
		}()
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

// pump copies src to dst through the sender's uplink and the latency. The
// flow's small queues keep TCP's back-pressure: the reader stops once a few
// segments wait for the uplink.
func (s *Shaper) pump(src, dst net.Conn, up *uplink) {
	defer s.wg.Done()
	f := &flow{in: make(chan []byte, 4), out: make(chan segment, 64)}
	up.add(f)
	go func() {
		defer close(f.in)
		for {
			b := make([]byte, shaperSegment)
			n, err := src.Read(b)
			if n > 0 {
				select {
				case f.in <- b[:n]:
				case <-up.quit:
					return
				}
				select {
				case up.wake <- struct{}{}:
				default:
				}
			}
			if err != nil {
				return
			}
		}
	}()
	t := time.NewTimer(time.Hour)
	defer t.Stop()
	write := func(seg segment) bool {
		if d := time.Until(seg.at); d > 0 {
			t.Reset(d)
			select {
			case <-t.C:
			case <-up.quit:
				return false
			}
		}
		_, err := dst.Write(seg.b)
		return err == nil
	}
	for ok := true; ok; {
		select {
		case seg, open := <-f.out:
			ok = open && write(seg)
		case <-up.quit:
			ok = false
		}
	}
	// One side ended: end both directions, and take what the uplink still
	// sends for this flow until it drops it.
	_ = src.Close()
	_ = dst.Close()
	for {
		select {
		case _, open := <-f.out:
			if !open {
				return
			}
		case <-up.quit:
			return
		}
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
	if !s.closed && s.quit != nil {
		close(s.quit)
	}
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
