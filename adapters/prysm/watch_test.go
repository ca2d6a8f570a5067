package weftprysm

import (
	"testing"

	"github.com/weftnet/weft/core"
)

// TestWatchUntilDelivered: a watch until delivered waits for a done frame from
// every peer ready when it began (not from one still connecting then), and a
// peer that leaves stops being waited for.
func TestWatchUntilDelivered(t *testing.T) {
	d := &driver{byID: map[core.PeerID]*conn{}}
	for id := core.PeerID(1); id <= 3; id++ {
		c := &conn{id: id, ready: make(chan struct{})}
		if id != 3 {
			close(c.ready) // peer 3 is still connecting
		}
		d.byID[id] = c
	}
	id := core.MessageID{7}
	sent, unwatch := d.watch(id, true)
	defer unwatch()
	open := func() bool {
		select {
		case <-sent:
			return false
		default:
			return true
		}
	}
	d.heard(3, core.AppendDone(nil, id))
	d.heard(1, core.AppendDone(nil, core.MessageID{8})) // another session
	if !open() {
		t.Fatal("released before any ready peer said done")
	}
	d.heard(1, core.AppendDone(nil, id))
	if !open() {
		t.Fatal("released with peer 2 still to say done")
	}
	d.mu.Lock()
	d.gone(2)
	d.mu.Unlock()
	if open() {
		t.Fatal("still waiting after peer 1 said done and peer 2 left")
	}
	if d.nwatch.Load() != 0 || len(d.watches) != 0 {
		t.Fatalf("a released watch is still counted: %d, %d", d.nwatch.Load(), len(d.watches))
	}
}
