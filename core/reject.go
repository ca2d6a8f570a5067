package core

import (
	"context"
	"fmt"
	"time"
)

// Reject stops serving message id because the host found it invalid (a block
// that does not verify, a transaction that does not parse): every link is told
// the node needs nothing more (a done frame, so peers stop sending), the
// session's memory is released and the id is tombstoned, so later frames for
// it are ignored until the tombstone expires. Relays forward coded chunks
// before anyone can decode, so an invalid message still crosses the network
// once; Reject makes sure this node spends no more upload on it. Penalizing
// whoever vouched for it is the host's call (Penalize, or refusing the
// publisher through Config.AcceptPublisher). Rejecting an unknown or already
// closed id only records the tombstone.
func (e *Engine) Reject(now time.Time, id MessageID) {
	e.advanceClock(now)
	e.ctr.Rejected++
	s := e.sess[id]
	if s == nil {
		e.addTomb(id)
		return
	}
	for i := range s.links {
		e.sendDone(s, &s.links[i])
	}
	e.closeSession(s, "rejected")
}

// Reject stops serving a message the host found invalid (Engine.Reject).
func (n *Node) Reject(id MessageID) error {
	if e2 := n.do(context.Background(), func() { n.e.Reject(time.Now(), id) }); e2 != nil {
		return fmt.Errorf("core: reject %v: %w", id, e2)
	}
	return nil
}
