// Package weft runs weft — RLNC-coded dissemination — on a go-libp2p host, behind
// a topic API shaped like go-libp2p-pubsub's, so a libp2p application switches a
// topic over with a few lines.
//
// Every connected peer that speaks the stream protocol /weft/1 becomes an engine
// peer: one long-lived stream per direction carries core's frames, each preceded
// by its length as a varint and capped (Config.MaxFrameSize). A core.Engine on
// one goroutine does the dissemination; this package only moves its frames and
// deliveries (a thin driver, as docs/spec describes). Peers that send oversized
// or garbled frames are disconnected; frames the engine refuses cost the peer
// penalty points, and a peer whose points reach the limit is disconnected.
//
// Usage:
//
//	ps, err := weft.New(h, weft.Config{Registerer: prometheus.DefaultRegisterer})
//	if err != nil { ... }
//	defer ps.Close()
//	topic, err := ps.Join("blocks")
//	sub, err := topic.Subscribe()
//	go func() {
//		for {
//			msg, err := sub.Next(ctx)
//			if err != nil {
//				return
//			}
//			handle(msg.From, msg.Data)
//		}
//	}()
//	err = topic.Publish(ctx, block)
//
// Metrics (namespace weft): chunks_received_total and chunk_bytes_received_total
// by usefulness, innovative_ratio, frames_sent_total and bytes_sent_total by frame
// type, decode_latency_seconds, penalty_points_total, frames_rejected_total,
// messages_delivered_total, sessions_open.
//
// The bench subpackage runs this adapter and go-libp2p-pubsub's gossipsub head to
// head on simulated links in virtual time; the devnet subpackage runs the same
// measurement on real UDP sockets over loopback, shaped by the shape subpackage,
// in real time ('weft devnet').
package weft
