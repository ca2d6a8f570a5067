package core

// Tracer receives the Engine's events. Every method is called synchronously from
// the Engine's goroutine and must not call back into the Engine. A nil Tracer in
// Config costs one comparison per event. Byte slices are only valid during the call.
type Tracer interface {
	// SessionOpened: a session started (from is 0 for a local publish).
	SessionOpened(id MessageID, strategy StrategyID, from PeerID, size int)
	// SessionClosed: a session's state was dropped; reason is "served"
	// (delivered, every peer done), "expired", "evicted" or "rejected" (Reject).
	SessionClosed(id MessageID, reason string)
	// FrameSent: a frame was queued for peer.
	FrameSent(to PeerID, t FrameType, id MessageID, n int)
	// ChunkReceived: a chunk from peer was processed; useful says it added rank.
	ChunkReceived(from PeerID, id MessageID, n int, useful bool)
	// FrameRejected: a frame from peer was refused with err.
	FrameRejected(from PeerID, err error)
	// Delivered: a message was decoded and checked.
	Delivered(id MessageID, size int)
	// Penalized: peer lost points for err; total is its new penalty total.
	Penalized(peer PeerID, points, total int, err error)
}
