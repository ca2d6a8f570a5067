// Package core is weft's fabric: a deterministic state machine (Engine) that
// decides which coded chunk goes to which peer when, a goroutine wrapper (Node)
// that drives it with a real clock and a Transport, and the strategies it runs:
// rlnc (GF(2^8) random linear network coding, checked end to end), rlnc-verified
// (Ristretto255/Pedersen, every chunk verified before it is recoded), rs
// (systematic Reed-Solomon with hashed shards and have-bitmaps) and flood.
//
// The Engine does no I/O, starts no goroutine, never reads the clock and draws
// randomness only from its seeded source, so a simulator can run thousands of
// them in virtual time, and a test can replay any run. The wire format is in
// docs/spec/wire.md; the call order and invariants in docs/spec/engine.md.
//
// Driving an Engine (what Node does, and what a simulator does in virtual time):
//
//	e, err := core.New(core.Config{Seed: seed, Signer: core.NewEd25519Signer(key)})
//	if err != nil { ... }
//	e.AddPeer(1)
//	e.Publish(now, id, msg, core.PublishOptions{Strategy: core.StrategyRLNC})
//	for {
//		// one input at a time: a frame, a tick, a send completion
//		select {
//		case in := <-frames:
//			e.Step(now, in.from, in.frame) // an error means a penalty is in Ready
//		case <-ticker:
//			e.Tick(now)
//		case p := <-sent:
//			e.Sent(p, 1)
//		case id := <-invalid: // the host's check of a delivered message failed
//			e.Reject(now, id) // serve it no further
//		}
//		if len(frames) == 0 {
//			e.Idle(now) // nothing waiting: check chunks queued for batch verification
//		}
//		if e.HasReady() {
//			rd := e.Ready()
//			for _, f := range rd.Frames { transport.Send(f.To, f.Frame) }
//			for _, d := range rd.Delivered { host.Deliver(d.ID, d.Payload) }
//			for _, p := range rd.Penalties { if p.Disconnect { host.Close(p.Peer) } }
//			e.Advance() // frames and payloads are reused after this
//		}
//	}
//
// With a Node the host only implements Transport and calls Receive, AddPeer,
// RemovePeer, Publish, and Penalize or Reject when its own checks fail:
//
//	n, err := core.NewNode(core.NodeConfig{Engine: cfg, Transport: t, Deliver: deliver})
//	n.Start()
//	defer n.Close(ctx)
package core
