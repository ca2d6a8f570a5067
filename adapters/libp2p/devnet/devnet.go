package devnet

import (
	"context"
	"errors"
	"fmt"
	"net"
	"sync"
	"time"

	"github.com/libp2p/go-libp2p"
	"github.com/libp2p/go-libp2p/core/host"
	libp2pquic "github.com/libp2p/go-libp2p/p2p/transport/quic"

	"github.com/weftnet/weft/adapters/libp2p/internal/harness"
	"github.com/weftnet/weft/adapters/libp2p/shape"
	"github.com/weftnet/weft/core"
)

// Protocol names accepted in Config.Protocols. In the report, Weft appears as
// "weft-" followed by the strategy's name (weft-rlnc).
const (
	Gossipsub = "gossipsub"
	Weft      = "weft"
)

// Message is one message to publish: its size in bytes and its publishing node.
type Message = harness.Message

// Report is a run's result in the simulator's JSON shape (testnet/sim.Report):
// per protocol and size, completion percentiles over every (node, message) pair,
// bytes per node and duplicates as ratios to the size, the ideal bound per size.
type Report = harness.Report

// Result is one protocol at one size in a Report.
type Result = harness.Result

// Ideal is the lower bound for one size in a Report.
type Ideal = harness.Ideal

// Outcome is one message on one protocol, as it completes (Config.OnMessage).
type Outcome struct {
	// Seq counts the (message, protocol) runs from 0; Msg indexes Config.Messages.
	Seq, Msg int
	// Protocol is the report's name: "gossipsub" or "weft-<strategy>".
	Protocol        string
	Size, Publisher int
	// Delivered of Total non-publishing nodes got the message within Limit.
	Delivered, Total int
	// Times are the non-publishers' arrival times in ms from the publish call,
	// sorted; +Inf for a node that did not get it.
	Times []float64
	// RxRatio is the mean over non-publishers of UDP bytes received ÷ size;
	// DupRatio the mean duplicate bytes (gossipsub's duplicate messages, weft's
	// chunks that added no rank) ÷ size; PubTxRatio the publisher's bytes sent ÷ size.
	RxRatio, DupRatio, PubTxRatio float64
	// CPUms is the process's CPU time during the run divided by the node count.
	CPUms float64
}

// Config describes a devnet run. The network is plain data (the root command
// builds it from a scenario file); every zero field takes the default documented
// on it.
type Config struct {
	// Name is the scenario name written in the report.
	Name string
	// Nodes is the number of libp2p hosts.
	Nodes int
	// UpMbps and DownMbps are each node's link capacities in megabits per second
	// (len Nodes), enforced on its UDP socket.
	UpMbps, DownMbps []float64
	// Latency returns the one-way latency from node i to node j, added to every
	// datagram i sends to j.
	Latency func(i, j int) time.Duration
	// Peers are the connection graph as adjacency lists (len Nodes, symmetric).
	Peers [][]int
	// Messages are published in order, each with every protocol in turn (never
	// two at once, so they do not share links); the protocol that goes first
	// alternates from message to message.
	Messages []Message
	// Protocols to run (nil: Gossipsub and Weft), on the same hosts and links.
	Protocols []string
	// Strategy is weft's strategy (zero: rlnc).
	Strategy core.StrategyID
	// WeftPacing paces each weft node's writes to this fraction of its uplink
	// (default 0.95; negative: unpaced).
	WeftPacing float64
	// UplinkWindow is the paced weft nodes' core.Config.UplinkWindow (0: none).
	UplinkWindow int
	// QueueBytes bounds each socket's upload and download queues; a datagram
	// that finds its queue full is dropped (default 4 MiB).
	QueueBytes int
	// Limit is how long a message may take before the run moves on and counts
	// the missing nodes as undelivered (default 30s).
	Limit time.Duration
	// Settle is the pause between a message's last delivery and the next
	// publish, so its late traffic is counted with it (default 1s).
	Settle time.Duration
	// Warmup is the pause between the network being ready (every gossipsub mesh
	// at D_lo or all neighbours, weft speaking with every neighbour) and the
	// first publish, for gossipsub's meshes to fill (default 1s: a heartbeat).
	Warmup time.Duration
	// OnMessage, when set, is called as each message completes on a protocol.
	OnMessage func(Outcome)
	// NoPrime skips the unmeasured message of the largest size that each
	// protocol otherwise publishes first, so that the first measured messages do
	// not pay for cold QUIC congestion windows (the protocols share each pair's
	// QUIC connection).
	NoPrime bool
	// OnPublish, when set, is called as a message is published on a protocol.
	OnPublish func(protocol string, size, publisher int)
	// OnArrival, when set, is called as the message in flight reaches another
	// node, with the protocol, the size, the nodes reached and the nodes to reach.
	OnArrival func(protocol string, size, delivered, total int)
	// Logf, when set, receives setup notes.
	Logf func(format string, args ...any)
}

// ErrConfig is wrapped by every Config validation error.
var ErrConfig = errors.New("devnet: invalid config")

func cfgErr(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrConfig, fmt.Sprintf(format, args...))
}

// Validate checks the Config.
func (c *Config) Validate() error {
	switch {
	case c.Nodes > 1000:
		return cfgErr("Nodes %d above 1000 (one process, real time)", c.Nodes)
	case c.Limit < 0 || c.Settle < 0 || c.Warmup < 0:
		return cfgErr("negative duration")
	case c.QueueBytes < 0:
		return cfgErr("negative QueueBytes")
	}
	d := c.withDefaults()
	if err := d.harness().Validate(); err != nil {
		return cfgErr("%v", err)
	}
	return nil
}

func (c Config) withDefaults() Config {
	if c.Protocols == nil {
		c.Protocols = []string{Gossipsub, Weft}
	}
	if c.Limit == 0 {
		c.Limit = 30 * time.Second
	}
	if c.Settle == 0 {
		c.Settle = time.Second
	}
	if c.Warmup == 0 {
		c.Warmup = time.Second
	}
	if c.WeftPacing == 0 {
		c.WeftPacing = 0.95
	}
	if c.Strategy == 0 {
		c.Strategy = core.StrategyRLNC
	}
	return c
}

// weftName is weft's name in the report.
func (c *Config) weftName() string { return "weft-" + c.Strategy.String() }

// reportName maps the harness's protocol names to the report's.
func (c *Config) reportName(proto string) string {
	if proto == harness.Weft {
		return c.weftName()
	}
	return Gossipsub
}

// harness converts a defaulted Config: every message on every protocol, the
// first protocol alternating, nothing charged (CPU work takes real time here).
func (c *Config) harness() *harness.Config {
	protos := make([]string, len(c.Protocols))
	for i, p := range c.Protocols {
		protos[i] = harness.Gossipsub
		if p == Weft {
			protos[i] = harness.Weft
		}
	}
	h := &harness.Config{
		Name: c.Name, Costs: "real: CPU work takes real time on this machine (nothing charged)",
		Nodes: c.Nodes, UpMbps: c.UpMbps, DownMbps: c.DownMbps, Latency: c.Latency, Peers: c.Peers,
		Messages: c.Messages, Protocols: protos, Strategy: c.Strategy, WeftPacing: c.WeftPacing, UplinkWindow: c.UplinkWindow,
		ProcessCPU: processCPU, Limit: c.Limit, Settle: c.Settle, Warmup: c.Warmup, Prime: !c.NoPrime, Logf: c.Logf,
	}
	for m := range c.Messages {
		for k := range protos {
			h.Steps = append(h.Steps, harness.Step{Proto: protos[(k+m)%len(protos)], Msg: m})
		}
	}
	if c.OnMessage != nil {
		h.OnStep = func(o harness.Outcome) {
			c.OnMessage(Outcome{Seq: o.Index, Msg: o.Msg, Protocol: c.reportName(o.Proto), Size: o.Size,
				Publisher: o.Publisher, Delivered: o.Delivered, Total: o.Total, Times: o.Times,
				RxRatio: o.RxRatio, DupRatio: o.DupRatio, PubTxRatio: o.PubTxRatio, CPUms: o.CPUms})
		}
	}
	if c.OnPublish != nil {
		h.OnPublish = func(step int) {
			st := h.Steps[step]
			m := c.Messages[st.Msg]
			c.OnPublish(c.reportName(st.Proto), m.Size, m.Publisher)
		}
	}
	if c.OnArrival != nil {
		h.OnArrival = func(step, delivered, total int) {
			st := h.Steps[step]
			c.OnArrival(c.reportName(st.Proto), c.Messages[st.Msg].Size, delivered, total)
		}
	}
	return h
}

// Run starts cfg.Nodes libp2p hosts with QUIC on 127.0.0.1, each on a UDP socket
// shaped to its links (package shape), connects them along cfg.Peers, runs
// gossipsub and weft on them, publishes cfg.Messages one at a time on each
// protocol and measures every delivery in real time. Everything it starts is
// stopped before it returns.
//
// When ctx ends (Ctrl-C), Run stops after closing everything and returns the
// report of the messages that completed, with ctx's error.
func Run(ctx context.Context, cfg Config) (*Report, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	c := cfg.withDefaults()
	b := &loopback{c: &c, byPort: map[int]int{}}
	rep, err := harness.Run(ctx, b, c.harness())
	if rep != nil {
		for i := range rep.Results {
			rep.Results[i].Strategy = c.reportName(rep.Results[i].Strategy)
		}
	}
	if err != nil && ctx.Err() != nil {
		return rep, ctx.Err()
	}
	return rep, err
}

// loopback gives each host UDP sockets on 127.0.0.1 wrapped by the shaper; the
// latency to a destination is looked up by its port.
type loopback struct {
	c *Config

	mu     sync.Mutex
	byPort map[int]int
	conns  []*shape.Conn
}

func (b *loopback) node(a net.Addr) (int, bool) {
	u, ok := a.(*net.UDPAddr)
	if !ok {
		return 0, false
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	j, ok := b.byPort[u.Port]
	return j, ok
}

// wire sums a host's sockets' counters.
type wire struct {
	mu    sync.Mutex
	conns []*shape.Conn
}

func (w *wire) Bytes() (rx, tx int64) {
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, c := range w.conns {
		st := c.Stats()
		rx += st.BytesRcvd
		tx += st.BytesSent
	}
	return rx, tx
}

func (b *loopback) NewHost(i int, opts []libp2p.Option) (host.Host, harness.Wire, error) {
	link := shape.Link{UpBps: b.c.UpMbps[i] * 1e6 / 8, DownBps: b.c.DownMbps[i] * 1e6 / 8, QueueBytes: b.c.QueueBytes}
	latency := func(dst net.Addr) time.Duration {
		if j, ok := b.node(dst); ok && j != i {
			return b.c.Latency(i, j)
		}
		return 0
	}
	w := &wire{}
	listen := func(addr *net.UDPAddr) (net.PacketConn, error) {
		pc, err := net.ListenUDP("udp4", addr)
		if err != nil {
			return nil, err
		}
		sc := shape.Wrap(pc, link, latency)
		b.mu.Lock()
		b.byPort[pc.LocalAddr().(*net.UDPAddr).Port] = i
		b.conns = append(b.conns, sc)
		b.mu.Unlock()
		w.mu.Lock()
		w.conns = append(w.conns, sc)
		w.mu.Unlock()
		return sc, nil
	}
	h, err := libp2p.New(append(opts,
		libp2p.NoTransports,
		libp2p.Transport(libp2pquic.NewTransport),
		libp2p.ListenAddrStrings("/ip4/127.0.0.1/udp/0/quic-v1"),
		harness.QUIC(listen),
	)...)
	if err != nil {
		return nil, nil, err
	}
	return h, w, nil
}

func (b *loopback) Start() error { return nil }

// Close closes any socket the hosts left open.
func (b *loopback) Close() {
	b.mu.Lock()
	conns := b.conns
	b.mu.Unlock()
	for _, c := range conns {
		_ = c.Close()
	}
}
