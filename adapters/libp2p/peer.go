package weft

import (
	"bufio"
	"errors"
	"io"
	"sync"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/weftnet/weft/core"
)

// peerConn is one weft peer: an outbound stream written by its writer goroutine
// and the inbound streams the peer opened, each read by a reader goroutine. The
// engine learns of the peer once the outbound stream is open (so the peer speaks
// /weft/1); readers wait for that before they hand frames over.
type peerConn struct {
	ps  *PubSub
	pid peer.ID
	id  core.PeerID

	ready chan struct{} // closed by the engine goroutine once the engine has the peer
	gone  chan struct{} // closed when the peer is dropped
	once  sync.Once

	mu    sync.Mutex
	queue [][]byte
	wake  chan struct{}
	out   network.Stream
	in    []network.Stream
}

func (pc *peerConn) isGone() bool {
	select {
	case <-pc.gone:
		return true
	default:
		return false
	}
}

// ensurePeer returns the peerConn for pid, starting its writer if new.
func (ps *PubSub) ensurePeer(pid peer.ID) *peerConn {
	if pid == ps.h.ID() {
		return nil
	}
	ps.mu.Lock()
	defer ps.mu.Unlock()
	if ps.closed {
		return nil
	}
	if pc := ps.peers[pid]; pc != nil {
		return pc
	}
	ps.nextID++
	pc := &peerConn{ps: ps, pid: pid, id: ps.nextID, ready: make(chan struct{}), gone: make(chan struct{}),
		wake: make(chan struct{}, 1)}
	ps.peers[pid] = pc
	ps.wg.Add(1)
	go pc.writer()
	return pc
}

// dropPeer forgets pid (only the given peerConn, when pc is not nil): its streams
// are reset and the engine removes it.
func (ps *PubSub) dropPeer(pid peer.ID, pc *peerConn) {
	ps.mu.Lock()
	cur := ps.peers[pid]
	if cur == nil || (pc != nil && cur != pc) {
		ps.mu.Unlock()
		return
	}
	delete(ps.peers, pid)
	ps.mu.Unlock()
	cur.shutdown()
	ps.send(event{kind: evRemove, pc: cur})
}

// shutdown closes the peer's streams and wakes its goroutines.
func (pc *peerConn) shutdown() {
	pc.once.Do(func() { close(pc.gone) })
	pc.mu.Lock()
	out, in := pc.out, pc.in
	pc.in = nil
	pc.queue = nil
	pc.mu.Unlock()
	if out != nil {
		_ = out.Reset()
	}
	for _, s := range in {
		_ = s.Reset()
	}
}

func (pc *peerConn) enqueue(frame []byte) {
	pc.mu.Lock()
	pc.queue = append(pc.queue, frame)
	pc.mu.Unlock()
	select {
	case pc.wake <- struct{}{}:
	default:
	}
}

// writer opens the outbound stream, then writes queued frames and reports them
// sent to the engine, which keeps at most its send window of chunks queued here.
func (pc *peerConn) writer() {
	ps := pc.ps
	defer ps.wg.Done()
	s, err := ps.h.NewStream(network.WithAllowLimitedConn(ps.ctx, "weft"), pc.pid, ProtocolID)
	if err != nil {
		ps.log.Debug("no weft stream", "peer", pc.pid, "err", err)
		ps.dropPeer(pc.pid, pc)
		return
	}
	pc.mu.Lock()
	if pc.isGone() {
		pc.mu.Unlock()
		_ = s.Reset()
		return
	}
	pc.out = s
	pc.mu.Unlock()
	if !ps.send(event{kind: evAdd, pc: pc}) {
		return
	}
	w := bufio.NewWriterSize(s, 64<<10)
	var batch [][]byte
	for {
		select {
		case <-pc.gone:
			return
		case <-ps.ctx.Done():
			return
		case <-pc.wake:
		}
		for {
			pc.mu.Lock()
			batch, pc.queue = pc.queue, batch[:0]
			pc.mu.Unlock()
			if len(batch) == 0 {
				break
			}
			var n int64
			for _, f := range batch {
				if err = ps.wait(len(f)); err != nil {
					break
				}
				if err = WriteFrame(w, f); err != nil {
					break
				}
				n += int64(len(f))
			}
			if err == nil {
				err = w.Flush()
			}
			if err != nil {
				ps.log.Debug("write", "peer", pc.pid, "err", err)
				ps.dropPeer(pc.pid, pc)
				return
			}
			ps.st.framesOut.Add(int64(len(batch)))
			ps.st.bytesOut.Add(n)
			if !ps.send(event{kind: evSent, pc: pc, n: len(batch)}) {
				return
			}
			clear(batch)
		}
	}
}

// handleStream reads an inbound /weft/1 stream.
func (ps *PubSub) handleStream(s network.Stream) {
	pc := ps.ensurePeer(s.Conn().RemotePeer())
	if pc == nil {
		_ = s.Reset()
		return
	}
	pc.mu.Lock()
	if pc.isGone() {
		pc.mu.Unlock()
		_ = s.Reset()
		return
	}
	pc.in = append(pc.in, s)
	pc.mu.Unlock()
	ps.mu.Lock()
	if ps.closed {
		ps.mu.Unlock()
		_ = s.Reset()
		return
	}
	ps.wg.Add(1)
	ps.mu.Unlock()
	defer ps.wg.Done()
	select {
	case <-pc.ready:
	case <-pc.gone:
		return
	case <-ps.ctx.Done():
		return
	}
	r := bufio.NewReaderSize(s, 64<<10)
	for {
		f, err := ReadFrame(r, ps.cfg.MaxFrameSize)
		if err != nil {
			switch {
			case errors.Is(err, io.EOF):
				_ = s.Close()
			case errors.Is(err, ErrFrameTooLarge) || errors.Is(err, ErrBadPrefix):
				// A peer that breaks the framing cannot be resynchronised: drop it.
				ps.st.oversized.Add(1)
				ps.log.Warn("bad framing, disconnecting", "peer", pc.pid, "err", err)
				_ = s.Reset()
				ps.dropPeer(pc.pid, pc)
				_ = ps.h.Network().ClosePeer(pc.pid)
			default:
				_ = s.Reset()
			}
			return
		}
		ps.st.framesIn.Add(1)
		ps.st.bytesIn.Add(int64(len(f)))
		if !ps.send(event{kind: evFrame, pc: pc, frame: f}) {
			return
		}
	}
}

// wait blocks until the pacer allows n more bytes out.
func (ps *PubSub) wait(n int) error {
	if ps.pace == nil {
		return nil
	}
	for n > 0 {
		k := min(n, paceBurst)
		if err := ps.pace.WaitN(ps.ctx, k); err != nil {
			return err
		}
		n -= k
	}
	return nil
}
