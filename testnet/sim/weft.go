package sim

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/weftnet/weft/core"
	"github.com/weftnet/weft/rlnc"
)

// Weft runs real core.Engines, one per node, with one of core's strategies.
//
// Payload scaling: with Scale > 1 the engines code a message of Size/Scale bytes
// with every chunk-size limit divided by Scale, so the chunk count, generation
// shape and every coding decision are those of the full-size message, while the
// links are charged for full-size chunk frames and the CPU for full-size work. This
// keeps 1000–10000 engines within memory; Scale = 1 runs at full size.
type Weft struct {
	Strategy core.StrategyID
	// Scale divides payload bytes held in memory (default 1).
	Scale int
	// Tune adjusts each node's engine configuration (may be nil).
	Tune func(*core.Config)
	// TickEvery is how often engines get Tick while the node has not delivered
	// (default 25 ms; after delivery every 250 ms).
	TickEvery time.Duration

	// verified holds the generator tables shared by every engine (rlnc-verified).
	verified *core.Verified

	mu   sync.Mutex
	runs map[*RunContext]*weftRun
}

// NewWeft returns the simulator strategy for a core strategy name ("rlnc",
// "rlnc-verified", "rs", "flood").
func NewWeft(name string, scale int) (*Weft, error) {
	id, err := core.ParseStrategy(name)
	if err != nil {
		return nil, err
	}
	if scale < 1 {
		return nil, fmt.Errorf("sim: scale %d, need at least 1", scale)
	}
	w := &Weft{Strategy: id, Scale: scale}
	if id == core.StrategyRLNCVerified {
		if w.verified, err = core.NewVerified(max(1, core.DefaultMaxChunkSize/scale)); err != nil {
			return nil, err
		}
	}
	return w, nil
}

// Name implements Strategy.
func (w *Weft) Name() string { return w.Strategy.String() }

// Continues implements SequenceStrategy: every weftNode continues its engine.
func (w *Weft) Continues() bool { return true }

// weftRun is what the nodes of one run share.
type weftRun struct {
	payload   []byte
	id        core.MessageID
	signer    core.Ed25519Signer
	chunkSize atomic.Int64 // scaled chunk size, once the publisher's header exists
	// wrong counts deliveries whose content differs from what was published; the
	// simulator reports it and tests require zero.
	wrong atomic.Int64
}

func (w *Weft) run(ctx *RunContext) *weftRun {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.runs == nil {
		w.runs = map[*RunContext]*weftRun{}
	}
	if r, ok := w.runs[ctx]; ok {
		return r
	}
	r := &weftRun{payload: make([]byte, max(1, ctx.Size/w.scale()))}
	rlnc.NewRand(ctx.Seed).Fill(r.payload)
	r.id = sha256.Sum256(r.payload)
	if ctx.KeySeed != 0 {
		r.signer = nodeSigner(ctx.KeySeed, ctx.Publisher)
	} else {
		var seed [32]byte
		binary.LittleEndian.PutUint64(seed[:], ctx.Seed)
		r.signer = core.NewEd25519Signer(seed[:])
	}
	w.runs[ctx] = r
	return r
}

// nodeSigner is node id's own signing key in a sequence (RunContext.KeySeed).
func nodeSigner(keySeed uint64, id int) core.Ed25519Signer {
	var seed [32]byte
	binary.LittleEndian.PutUint64(seed[:], keySeed)
	binary.LittleEndian.PutUint64(seed[8:], uint64(id)+1)
	return core.NewEd25519Signer(seed[:])
}

// finish drops the shared state of a finished run and returns its wrong deliveries.
func (w *Weft) finish(ctx *RunContext) int {
	w.mu.Lock()
	r := w.runs[ctx]
	delete(w.runs, ctx)
	w.mu.Unlock()
	if r == nil {
		return 0
	}
	return int(r.wrong.Load())
}

func (w *Weft) scale() int { return max(1, w.Scale) }

var epoch = time.Unix(1_700_000_000, 0)

type weftNode struct {
	w   *Weft
	run *weftRun
	// prev is the previous message's run in a sequence: its chunks may still be
	// on the wire when the next message starts.
	prev  *weftRun
	ctx   *RunContext
	id    int
	role  Role
	eng   *core.Engine
	last  core.Costs
	done  bool
	ticks bool
	err   error
}

// NewNode implements Strategy.
func (w *Weft) NewNode(ctx *RunContext, id int) Protocol {
	r := w.run(ctx)
	n := &weftNode{w: w, run: r, ctx: ctx, id: id, role: ctx.Roles[id]}
	s := int64(w.scale())
	cfg := core.Config{
		Seed:            ctx.Seed ^ uint64(id+1)*0x9E3779B97F4A7C15,
		DefaultStrategy: w.Strategy,
		MinChunkSize:    int(max(1, int64(core.DefaultMinChunkSize)/s)),
		MaxChunkSize:    int(max(1, int64(core.DefaultMaxChunkSize)/s)),
		// Size thresholds scale with the chunks they are compared with.
		ForwardMinChunk:   int(max(1, int64(core.DefaultForwardMinChunk)/s)),
		VerifiedBlindPush: int(max(1, int64(core.DefaultVerifiedBlindPush)/s)),
		FrameAlloc:        func(n int) []byte { return make([]byte, 0, n) },
		// The simulator reports Sent when a frame has left the uplink, so the
		// engine can decide each chunk just before the uplink takes it
		// (docs/adr/0007).
		UplinkWindow: 1,
		// Only the message's publisher is accepted, as a chain accepts blocks
		// only from the expected proposer: junk sessions from others are refused.
		AcceptPublisher: func(pub, _ []byte) bool { return bytes.Equal(pub, n.run.signer.PublicKey()) },
	}
	switch {
	case ctx.KeySeed != 0:
		cfg.Signer = nodeSigner(ctx.KeySeed, id)
	case id == ctx.Publisher:
		cfg.Signer = r.signer
	}
	if w.verified != nil {
		cfg.Strategies = append(core.DefaultStrategies(), w.verified)
	}
	if w.Tune != nil {
		w.Tune(&cfg)
	}
	eng, err := core.New(cfg)
	if err != nil {
		n.err = err
		return n
	}
	for _, p := range ctx.Network.Peers[id] {
		if err := eng.AddPeer(core.PeerID(p + 1)); err != nil {
			n.err = err
		}
	}
	n.eng = eng
	return n
}

var _ Continuer = (*weftNode)(nil)

// Continue implements Continuer: the node's engine, with its peers, scores,
// bans and sessions, carries on to the message of ctx.
func (n *weftNode) Continue(ctx *RunContext) {
	n.prev, n.run = n.run, n.w.run(ctx)
	n.ctx, n.role = ctx, ctx.Roles[n.id]
	n.done = false
}

func (n *weftNode) now(env Env) time.Time { return epoch.Add(env.Now()) }

func (n *weftNode) Publish(env Env) {
	if n.eng == nil {
		return
	}
	if err := n.eng.Publish(n.now(env), n.run.id, n.run.payload, core.PublishOptions{Strategy: n.w.Strategy}); err != nil {
		n.err = err
		return
	}
	env.Deliver()
	n.done = true
	n.drain(env)
}

func (n *weftNode) Receive(env Env, from int, f Frame) {
	if n.eng == nil {
		return
	}
	before := n.eng.Counters()
	_ = n.eng.Step(n.now(env), core.PeerID(from+1), f.Data.([]byte)) // errors are penalties, reported in Ready
	// A chunk that added nothing, or was refused, was wasted bandwidth; control
	// frames and chunks queued for batch verification are not counted here.
	if c := n.eng.Counters(); c.ChunksUseless > before.ChunksUseless || c.ChunksRejected > before.ChunksRejected {
		env.Wasted(f.Size)
	}
	if env.Backlog() == 0 {
		// Nothing else waits for the CPU: chunks queued for batch verification
		// are checked now, together (Engine.Idle), as Node does.
		n.eng.Idle(n.now(env))
	}
	n.drain(env)
}

func (n *weftNode) Sent(env Env, to int, _ Frame) {
	if n.eng == nil {
		return
	}
	n.eng.Sent(core.PeerID(to+1), 1)
	n.drain(env)
}

// Disconnected implements Disconnecter: the peer closed the connection, so the
// engine drops it as a host's transport would report.
func (n *weftNode) Disconnected(env Env, peer int) {
	if n.eng == nil {
		return
	}
	_ = n.eng.RemovePeer(core.PeerID(peer + 1)) // unknown if the engine dropped it first
	n.drain(env)
}

// Reconnected implements Reconnecter: the engine takes the peer back unless it
// is banned.
func (n *weftNode) Reconnected(env Env, peer int) bool {
	if n.eng == nil {
		return false
	}
	err := n.eng.AddPeer(core.PeerID(peer + 1))
	n.drain(env)
	return err == nil
}

func (n *weftNode) Tick(env Env) {
	if n.eng == nil {
		return
	}
	n.ticks = false
	n.eng.Tick(n.now(env))
	n.drain(env)
}

// drain hands the engine's output to the network, charges its processing, and
// keeps its timer running.
func (n *weftNode) drain(env Env) {
	rd := n.eng.Ready()
	for _, d := range rd.Delivered {
		if d.ID == n.run.id {
			if !bytes.Equal(d.Payload, n.run.payload) {
				n.run.wrong.Add(1)
				continue
			}
			if n.role != Byzantine {
				env.Deliver()
			}
			n.done = true
		}
	}
	for _, pen := range rd.Penalties {
		if pen.Disconnect {
			// The engine has dropped the peer; the host closes the connection.
			env.Disconnect(int(pen.Peer) - 1)
		}
	}
	for _, o := range rd.Frames {
		if n.role == Byzantine {
			if !n.misbehave(o.Frame) {
				continue
			}
		}
		env.Send(int(o.To)-1, Frame{Size: n.nominal(o.Frame), Data: o.Frame})
	}
	n.eng.Advance()
	n.charge(env)
	if !n.ticks && n.eng.Sessions() > 0 {
		every := n.w.TickEvery
		if every <= 0 {
			every = 25 * time.Millisecond
		}
		if n.done {
			every *= 10
		}
		n.ticks = true
		env.After(every)
	}
}

// misbehave applies the byzantine behaviour to an outgoing frame and reports
// whether it is still sent.
func (n *weftNode) misbehave(frame []byte) bool {
	switch n.ctx.Behavior {
	case "withhold":
		return false
	case "pollute":
		// A well-formed chunk with wrong data: the header and coefficients stay,
		// the payload's last byte changes.
		if fi, err := core.PeekFrame(frame); err == nil && fi.Type == core.FrameChunk {
			frame[len(frame)-1] ^= 0x5a
		}
	}
	return true
}

// nominal is the frame's size on the wire at full scale.
func (n *weftNode) nominal(frame []byte) int {
	s := n.w.scale()
	if s == 1 {
		return len(frame)
	}
	fi, err := core.PeekFrame(frame)
	if err != nil {
		return len(frame)
	}
	switch fi.Type {
	case core.FrameHeader:
		if n.run.chunkSize.Load() == 0 {
			if h, err := core.ParseHeader(frame); err == nil && h.ID == n.run.id {
				n.run.chunkSize.Store(int64(h.ChunkSize))
			}
		}
	case core.FrameChunk:
		for _, r := range [2]*weftRun{n.run, n.prev} {
			if r != nil && fi.ID == r.id {
				return len(frame) + int(r.chunkSize.Load())*(s-1)
			}
		}
	}
	return len(frame)
}

// charge converts the engine's counted work since the last call into CPU time.
func (n *weftNode) charge(env Env) {
	c := n.eng.Costs()
	d := c.Sub(n.last)
	n.last = c
	env.Charge(n.ctx.Costs.Duration(d, n.w.scale()))
}
