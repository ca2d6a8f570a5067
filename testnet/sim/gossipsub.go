package sim

import (
	"math/rand/v2"

	"github.com/weftnet/weft/core"
	"sync"
	"time"
)

// Gossipsub models gossipsub v1.2 as go-libp2p-pubsub v0.17.0 runs it with its
// defaults: a mesh of D=8 (D_lo 6, D_hi 12) per topic; the publisher floods its own
// message to every connected peer (WithFloodPublish, on by default); every node
// receives a message whole, sends IDONTWANT to its mesh peers at once (messages over
// 1 KiB), validates it (hash and signature, charged as processing time) and forwards
// it to its mesh peers, except the sender and peers that said IDONTWANT — a copy
// still waiting in the queue is dropped when IDONTWANT arrives, one already on the
// wire is not; heartbeats every second (first after 100 ms) send IHAVE to D_lazy=6
// non-mesh peers for three heartbeats, answered by IWANT and the message.
//
// Byzantine nodes: "pollute" and "spam" send an invalid message of the same size to
// their mesh peers when they first receive (honest nodes spend bandwidth and
// validation on it and drop it); "withhold" nodes never forward.
type Gossipsub struct {
	D, Dlo, Dhi, Dlazy int
	Heartbeat          time.Duration
	// Overhead is the framing and protobuf cost of a message frame; Control is the
	// size of an IHAVE, IWANT or IDONTWANT frame.
	Overhead, Control int

	mu     sync.Mutex
	meshes map[*Network][][]int
}

// NewGossipsub returns the model with go-libp2p-pubsub's default parameters.
func NewGossipsub() *Gossipsub {
	return &Gossipsub{D: 8, Dlo: 6, Dhi: 12, Dlazy: 6, Heartbeat: time.Second, Overhead: 100, Control: 60}
}

// Name implements Strategy.
func (g *Gossipsub) Name() string { return "gossipsub" }

// mesh returns the steady-state mesh of nw: every node grafts random peers until it
// has D, a peer accepting only while it has fewer than D_hi.
func (g *Gossipsub) mesh(nw *Network, seed uint64) [][]int {
	g.mu.Lock()
	defer g.mu.Unlock()
	if m, ok := g.meshes[nw]; ok {
		return m
	}
	rng := rand.New(rand.NewPCG(seed, 0x6d657368))
	mesh := make([][]int, nw.N)
	in := make([]map[int]bool, nw.N)
	for i := range in {
		in[i] = map[int]bool{}
	}
	for _, i := range rng.Perm(nw.N) {
		for _, j := range rng.Perm(len(nw.Peers[i])) {
			if len(mesh[i]) >= g.D {
				break
			}
			p := nw.Peers[i][j]
			if in[i][p] || len(mesh[p]) >= g.Dhi {
				continue
			}
			in[i][p], in[p][i] = true, true
			mesh[i] = append(mesh[i], p)
			mesh[p] = append(mesh[p], i)
		}
	}
	if g.meshes == nil {
		g.meshes = map[*Network][][]int{}
	}
	g.meshes[nw] = mesh
	return mesh
}

type gsKind uint8

const (
	gsMessage gsKind = iota
	gsIHave
	gsIWant
	gsIDontWant
)

type gsFrame struct {
	kind  gsKind
	valid bool
}

type gsNode struct {
	g         *Gossipsub
	ctx       *RunContext
	id        int
	role      Role
	mesh      []int
	have      bool
	asked     bool
	sent      map[int]bool // peers we queued the message to
	dontWant  map[int]bool
	heartbeat int
}

// NewNode implements Strategy.
func (g *Gossipsub) NewNode(ctx *RunContext, id int) Protocol {
	return &gsNode{g: g, ctx: ctx, id: id, role: ctx.Roles[id], mesh: g.mesh(ctx.Network, ctx.Network.seed)[id],
		sent: map[int]bool{}, dontWant: map[int]bool{}}
}

func (n *gsNode) msgFrame(valid bool) Frame {
	return Frame{Size: n.ctx.Size + n.g.Overhead, Data: gsFrame{kind: gsMessage, valid: valid}}
}

func (n *gsNode) sendMessage(env Env, to int) {
	if n.sent[to] {
		return
	}
	n.sent[to] = true
	f := n.msgFrame(true)
	f.Cancel = func() bool { return n.dontWant[to] }
	env.Send(to, f)
}

func (n *gsNode) Publish(env Env) {
	n.have = true
	env.Charge(n.ctx.Costs.Op(core.OpSign, 0) + n.ctx.Costs.Op(core.OpHash, n.ctx.Size))
	env.Deliver()
	peers := append([]int(nil), env.Peers()...)
	env.Rand().Shuffle(len(peers), func(i, j int) { peers[i], peers[j] = peers[j], peers[i] })
	for _, p := range peers {
		n.sendMessage(env, p)
	}
	n.startHeartbeat(env)
}

func (n *gsNode) startHeartbeat(env Env) {
	env.After(100*time.Millisecond + time.Duration(env.Rand().Int64N(int64(n.g.Heartbeat))))
}

func (n *gsNode) Receive(env Env, from int, f Frame) {
	gf := f.Data.(gsFrame)
	switch gf.kind {
	case gsIDontWant:
		n.dontWant[from] = true
	case gsIHave:
		if !n.have && !n.asked && n.role != Byzantine {
			n.asked = true
			env.Send(from, Frame{Size: n.g.Control, Data: gsFrame{kind: gsIWant}})
		}
	case gsIWant:
		if n.have && n.role != Byzantine {
			n.sendMessage(env, from)
		}
	case gsMessage:
		n.receiveMessage(env, from, f, gf.valid)
	}
}

func (n *gsNode) receiveMessage(env Env, from int, f Frame, valid bool) {
	costs := n.ctx.Costs
	if !valid {
		// Rejected at validation; the sender's score drops. Nothing is forwarded.
		env.Charge(costs.Op(core.OpVerifySig, 0) + costs.Op(core.OpHash, n.ctx.Size))
		env.Wasted(f.Size)
		return
	}
	if n.have {
		env.Wasted(f.Size)
		return
	}
	n.have = true
	if n.ctx.Size > 1024 {
		for _, p := range n.mesh {
			if p != from {
				env.Send(p, Frame{Size: n.g.Control, Data: gsFrame{kind: gsIDontWant}})
			}
		}
	}
	n.dontWant[from] = true
	if n.role == Byzantine {
		switch n.ctx.Behavior {
		case "pollute", "spam":
			for _, p := range n.mesh {
				env.Send(p, n.msgFrame(false))
			}
		}
		return
	}
	env.Charge(costs.Op(core.OpVerifySig, 0) + costs.Op(core.OpHash, n.ctx.Size))
	env.Deliver()
	for _, p := range n.mesh {
		if p != from && !n.dontWant[p] {
			n.sendMessage(env, p)
		}
	}
	n.startHeartbeat(env)
}

func (n *gsNode) Sent(Env, int, Frame) {}

func (n *gsNode) Tick(env Env) {
	if !n.have || n.heartbeat >= 3 {
		return
	}
	n.heartbeat++
	inMesh := map[int]bool{}
	for _, p := range n.mesh {
		inMesh[p] = true
	}
	var cand []int
	for _, p := range env.Peers() {
		if !inMesh[p] && !n.sent[p] && !n.dontWant[p] {
			cand = append(cand, p)
		}
	}
	env.Rand().Shuffle(len(cand), func(i, j int) { cand[i], cand[j] = cand[j], cand[i] })
	for _, p := range cand[:min(len(cand), n.g.Dlazy)] {
		env.Send(p, Frame{Size: n.g.Control, Data: gsFrame{kind: gsIHave}})
	}
	env.After(n.g.Heartbeat)
}
