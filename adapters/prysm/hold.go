package weftprysm

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/prysmaticlabs/prysm/v5/consensus-types/primitives"
	"github.com/weftnet/weft/core"
)

// Bounds of the sessions held for their parent (see holder).
const (
	// maxHeldSessions bounds the sessions held at once; a header beyond it is
	// refused as before (unknown parent).
	maxHeldSessions = 8
	// maxHeldBytes bounds the frames held over all sessions; frames beyond it
	// are dropped (coded chunks: the sender's later chunks make up the rank).
	maxHeldBytes = 64 << 20
	// holdPoll is how often held sessions' parents are looked up while any is
	// held (besides right after a block delivered through weft is imported).
	holdPoll = 50 * time.Millisecond
)

// holder keeps the session headers that were refused only because their
// parent is not imported yet (signature, slot and size already checked), with
// every frame of those sessions that follows from any peer, in arrival order,
// until the parent is known (the frames then go to the engine as if they had
// just arrived, so the child arrives by weft) or the wait ends (the header is
// refused as an unknown parent: the peers that sent it are charged
// pointsStale and the session's later chunks are dropped). Bounded by
// maxHeldSessions, maxHeldBytes and the wait.
type holder struct {
	s    *Service
	wait time.Duration
	wake chan struct{}

	mu    sync.Mutex
	held  map[core.MessageID]*heldSession
	bytes int
}

// heldSession is one session held for its parent.
type heldSession struct {
	parent [32]byte
	slot   primitives.Slot
	since  time.Time
	until  time.Time
	limit  int // bytes this session may hold
	bytes  int
	frames []heldFrame
	// senders are the peers that sent its header (charged if it is refused).
	senders map[*conn]struct{}
}

type heldFrame struct {
	c     *conn
	frame []byte
}

func newHolder(s *Service, wait time.Duration) *holder {
	return &holder{s: s, wait: wait, wake: make(chan struct{}, 1), held: map[core.MessageID]*heldSession{}}
}

// poke makes the loop look at the held sessions now.
func (h *holder) poke() {
	select {
	case h.wake <- struct{}{}:
	default:
	}
}

// take keeps a frame of a held session; it reports false when id is not held.
func (h *holder) take(c *conn, id core.MessageID, typ core.FrameType, frame []byte) bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	hs := h.held[id]
	if hs == nil {
		return false
	}
	if typ == core.FrameHeader {
		hs.senders[c] = struct{}{}
	}
	if hs.bytes+len(frame) > hs.limit || h.bytes+len(frame) > maxHeldBytes {
		h.s.met.heldDropped.Inc()
		return true // dropped: a coded chunk is replaceable, a header is already held
	}
	hs.frames = append(hs.frames, heldFrame{c, frame})
	hs.bytes += len(frame)
	h.bytes += len(frame)
	return true
}

// hold starts holding a session whose header hd (frame) was refused for its
// unknown parent; false when the bounds do not allow it.
func (h *holder) hold(c *conn, hd *core.Header, parent [32]byte, slot primitives.Slot, frame []byte) bool {
	limit := 3*int(hd.Size) + 1<<20
	h.mu.Lock()
	defer h.mu.Unlock()
	if len(h.held) >= maxHeldSessions || h.bytes+len(frame) > maxHeldBytes {
		return false
	}
	now := time.Now()
	h.held[hd.ID] = &heldSession{parent: parent, slot: slot, since: now, until: now.Add(h.wait), limit: limit,
		bytes: len(frame), frames: []heldFrame{{c, frame}}, senders: map[*conn]struct{}{c: {}}}
	h.bytes += len(frame)
	h.s.met.held.Inc()
	h.poke()
	return true
}

// loop releases or refuses held sessions until ctx ends.
func (h *holder) loop(ctx context.Context) {
	t := time.NewTimer(time.Hour)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-h.wake:
		case <-t.C:
		}
		if h.check(ctx) {
			t.Reset(holdPoll)
		} else {
			t.Reset(time.Hour)
		}
	}
}

// check looks up every held session's parent once; it reports whether any
// session is still held.
func (h *holder) check(ctx context.Context) bool {
	type item struct {
		id     core.MessageID
		parent [32]byte
		until  time.Time
	}
	h.mu.Lock()
	items := make([]item, 0, len(h.held))
	for id, hs := range h.held {
		items = append(items, item{id, hs.parent, hs.until})
	}
	h.mu.Unlock()
	now := time.Now()
	for _, it := range items {
		chain := h.s.chain
		if chain.InForkchoice(it.parent) || chain.HasBlock(ctx, it.parent) {
			h.release(it.id)
		} else if now.After(it.until) {
			h.refuse(it.id)
		}
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	return len(h.held) > 0
}

// release hands a held session's frames to the engine, in arrival order. The
// session stays in the map (so frames arriving meanwhile are appended, not
// passed ahead of its header) until no frame is left.
func (h *holder) release(id core.MessageID) {
	h.mu.Lock()
	hs := h.held[id]
	if hs == nil {
		h.mu.Unlock()
		return
	}
	waited := time.Since(hs.since)
	h.mu.Unlock()
	h.s.check.markAdmitted(id, hs.slot)
	n := 0
	for {
		h.mu.Lock()
		frames := hs.frames
		hs.frames = nil
		for _, f := range frames {
			h.bytes -= len(f.frame)
		}
		if len(frames) == 0 {
			delete(h.held, id)
			h.mu.Unlock()
			break
		}
		h.mu.Unlock()
		for _, f := range frames {
			select {
			case <-f.c.gone:
				continue // that peer's connection is gone, and with it the engine's peer
			default:
			}
			n++
			if err := h.s.node.Receive(f.c.id, f.frame); err != nil {
				return // closed
			}
		}
	}
	h.s.met.released.Inc()
	h.s.log.Info("weft header released", "slot", uint64(hs.slot), "parent", fmt.Sprintf("%#x", hs.parent),
		"waited_ms", waited.Milliseconds(), "frames", n)
}

// refuse gives up on a held session: its parent did not become known in time.
func (h *holder) refuse(id core.MessageID) {
	h.mu.Lock()
	hs := h.held[id]
	if hs == nil {
		h.mu.Unlock()
		return
	}
	delete(h.held, id)
	h.bytes -= hs.bytes
	h.mu.Unlock()
	h.s.check.refuse(id)
	err := fmt.Errorf("%w: %#x (held %v)", ErrUnknownParent, hs.parent, time.Since(hs.since).Round(time.Millisecond))
	for c := range hs.senders {
		h.s.refuseHeader(c, pointsStale, err)
	}
}

// close forgets every held session.
func (h *holder) close() {
	h.mu.Lock()
	defer h.mu.Unlock()
	clear(h.held)
	h.bytes = 0
}
