// Package harness is the measurement that bench (simnet links in virtual time)
// and devnet (shaped UDP sockets on loopback in real time) share: it builds one
// libp2p host per node through a Backend, connects them along a graph, runs
// go-libp2p-pubsub's gossipsub and weft on the same hosts, publishes one message
// at a time and records, per (node, message), when it arrived, the bytes each
// node's socket carried and the duplicates it dropped.
//
// The clock is whatever time.Now is: virtual inside a testing/synctest bubble,
// real outside one. The harness itself only waits on timers and channels, so the
// same code runs in both.
package harness

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"net"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/libp2p/go-libp2p"
	pubsub "github.com/libp2p/go-libp2p-pubsub"
	pb "github.com/libp2p/go-libp2p-pubsub/pb"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
	"github.com/libp2p/go-libp2p/p2p/net/connmgr"
	"github.com/libp2p/go-libp2p/p2p/transport/quicreuse"
	"github.com/quic-go/quic-go"
	"go.uber.org/fx"

	weft "github.com/weftnet/weft/adapters/libp2p"
	"github.com/weftnet/weft/core"
	"github.com/weftnet/weft/core/report"
)

const topicName = "weft-bench"

// meshLow is gossipsub's default D_lo: a heartbeat grafts peers while the mesh
// is smaller.
const meshLow = 6

// Protocol names, as they appear in Result.Strategy.
const (
	Gossipsub = "gossipsub-real"
	Weft      = "weft-real"
)

// Wire is a node's socket counters: UDP payload bytes received and sent.
type Wire interface {
	Bytes() (rx, tx int64)
}

// Backend makes the hosts and owns what carries their packets.
type Backend interface {
	// NewHost builds node i's host with opts (the harness's common options)
	// and returns its socket counters, valid once the host listens.
	NewHost(i int, opts []libp2p.Option) (host.Host, Wire, error)
	// Start is called once every host exists, before any dial.
	Start() error
	// Close is called after every host is closed.
	Close()
}

// Message is one message to publish: its size and its publishing node.
type Message struct {
	Size, Publisher int
}

// Step publishes message Msg (an index into Config.Messages) with Proto.
type Step struct {
	Proto string
	Msg   int
}

// Outcome is one step's measurements, handed to Config.OnStep as it completes.
type Outcome struct {
	Step
	Message
	// Index is the step's position in Config.Steps.
	Index int
	// Delivered counts the nodes other than the publisher that got the message
	// within Limit, out of Total.
	Delivered, Total int
	// Times are the non-publishers' arrival times in ms from the publish call,
	// sorted, +Inf for a node that did not get it.
	Times []float64
	// RxRatio and DupRatio are the mean over non-publishers of bytes received and
	// duplicate bytes, divided by the size; PubTxRatio is the publisher's bytes
	// sent divided by the size.
	RxRatio, DupRatio, PubTxRatio float64
	// CPUms is the mean processing time per node, in ms.
	CPUms float64

	rx, dup, cpu []float64 // per non-publisher, for pooling
}

// Validate checks the network (node count, capacities, graph, latency), the
// messages and the protocols; the public wrappers (bench, devnet) add their own
// limits and wrap the error.
func (c *Config) Validate() error {
	switch {
	case c.Nodes < 2:
		return fmt.Errorf("node count %d below 2", c.Nodes)
	case len(c.UpMbps) != c.Nodes || len(c.DownMbps) != c.Nodes:
		return fmt.Errorf("link capacities (UpMbps/DownMbps) need %d entries", c.Nodes)
	case len(c.Peers) != c.Nodes:
		return fmt.Errorf("the graph (Peers) needs %d adjacency lists", c.Nodes)
	case c.Latency == nil:
		return errors.New("no Latency function")
	case len(c.Messages) == 0:
		return errors.New("no Messages")
	}
	for i := range c.Nodes {
		if c.UpMbps[i] <= 0 || c.DownMbps[i] <= 0 {
			return fmt.Errorf("node %d has no bandwidth", i)
		}
		for _, j := range c.Peers[i] {
			if j < 0 || j >= c.Nodes || j == i {
				return fmt.Errorf("node %d: bad peer %d", i, j)
			}
		}
	}
	for i, m := range c.Messages {
		if m.Size < 8 || m.Size > core.DefaultMaxMessageSize {
			return fmt.Errorf("message %d: size %d outside [8, %d]", i, m.Size, core.DefaultMaxMessageSize)
		}
		if m.Publisher < 0 || m.Publisher >= c.Nodes {
			return fmt.Errorf("message %d: publisher %d out of range", i, m.Publisher)
		}
	}
	for _, p := range c.Protocols {
		if p != Gossipsub && p != Weft {
			return fmt.Errorf("unknown protocol %q", p)
		}
	}
	return nil
}

// Config is one run. Every field is plain data; zero durations take the
// defaults documented on them.
type Config struct {
	// Name is the scenario name written in the report; Costs describes how
	// processing time was accounted for.
	Name, Costs string
	// Nodes is the number of hosts.
	Nodes int
	// UpMbps and DownMbps are the nodes' capacities in megabits per second; weft
	// paces to WeftPacing of UpMbps, and the ideal bound uses both.
	UpMbps, DownMbps []float64
	// Latency returns the one-way latency from node i to node j.
	Latency func(i, j int) time.Duration
	// Peers are the connection graph as adjacency lists (symmetric).
	Peers [][]int
	// Messages are published one at a time, in the order of Steps.
	Messages []Message
	// Protocols to attach (Gossipsub and/or Weft).
	Protocols []string
	// Steps is the publishing order (nil: every message with the first protocol,
	// then every message with the next).
	Steps []Step
	// Strategy is weft's strategy.
	Strategy core.StrategyID
	// WeftPacing paces each weft node's writes to this fraction of its uplink
	// (zero or negative: unpaced).
	WeftPacing float64
	// UplinkWindow is core.Config.UplinkWindow for paced weft nodes (0: none):
	// with pacing, a frame is reported sent when the pacer has let it out, as
	// the simulator reports it when it has left the uplink (docs/adr/0007).
	UplinkWindow int
	// ChargeEngine, ChargeValidate and ChargePublish, when set, are processing
	// times slept (in virtual time) for weft's counted engine work, for a
	// gossipsub node's validation of a message of n bytes, and for a gossipsub
	// publisher's signing and hashing. Nil in real time, where CPU work takes
	// its own time.
	ChargeEngine   func(work core.Costs) time.Duration
	ChargeValidate func(n int) time.Duration
	ChargePublish  func(n int) time.Duration
	// ProcessCPU, when set, returns the process's CPU time so far; each step's
	// CPUms is then the process's CPU over the step divided by Nodes (all nodes
	// share one process). Otherwise it is the charged time.
	ProcessCPU func() time.Duration
	// Limit is how long a message may take before the run moves on and counts
	// the missing nodes as undelivered.
	Limit time.Duration
	// Settle is the time between a message's last delivery and the next publish,
	// so late traffic is counted with its message.
	Settle time.Duration
	// Warmup is the time between the network being ready (see ready: meshes
	// formed, weft peers up) and the first publish, for gossipsub's mesh to fill.
	Warmup time.Duration
	// Ready bounds the wait for every node to see its neighbours.
	Ready time.Duration
	// Prime publishes, after Warmup, one unmeasured message of the largest size
	// on each protocol from the first message's publisher, so that the first
	// measured messages do not pay for cold transport congestion windows.
	Prime bool
	// Progress, when set, is called after each step with steps done and total.
	Progress func(done, total int)
	// OnStep, when set, is called with each step's outcome as it completes.
	OnStep func(Outcome)
	// OnPublish, when set, is called with a step's index just before it publishes.
	OnPublish func(step int)
	// OnArrival, when set, is called as the message in flight reaches another
	// node: step index, nodes reached so far, nodes to reach.
	OnArrival func(step, delivered, total int)
	// Logf, when set, receives setup notes, timeouts and, unless OnStep is
	// set, one line per step.
	Logf func(format string, args ...any)
}

// DefaultSteps is every message with the first protocol, then every message
// with the next.
func DefaultSteps(protocols []string, messages int) []Step {
	var steps []Step
	for _, p := range protocols {
		for m := range messages {
			steps = append(steps, Step{Proto: p, Msg: m})
		}
	}
	return steps
}

type node struct {
	idx  int
	h    host.Host
	wire Wire

	gs     *pubsub.PubSub
	gsSub  *pubsub.Subscription
	gsTop  *pubsub.Topic
	gsDup  atomic.Int64
	gsMesh atomic.Int64 // peers in the topic mesh (grafts minus prunes)
	cpu    atomic.Int64 // charged processing, ns

	wf    *weft.PubSub
	wfTop *weft.Topic
	wfSub *weft.Subscription
}

type world struct {
	c     *Config
	nodes []*node

	inFlight atomic.Int64 // index of the step in flight, or of the last one

	mu      sync.Mutex
	cur     int         // index of the step in flight (-1: none)
	curAt   time.Time   // its publish time
	arrived []time.Time // per node, for the current step
	count   int
	all     chan struct{}
}

// Run builds the network with b, runs c.Steps and stops everything it started
// before it returns. When ctx ends early, Run returns the report of the steps
// that completed together with ctx's error.
func Run(ctx context.Context, b Backend, c *Config) (rep *Report, err error) {
	if c.Steps == nil {
		c.Steps = DefaultSteps(c.Protocols, len(c.Messages))
	}
	w := &world{c: c, cur: -1}
	ctx, cancel := context.WithCancel(ctx)
	defer func() {
		cancel()
		for _, n := range w.nodes {
			if n.wf != nil {
				_ = n.wf.Close()
			}
		}
		for _, n := range w.nodes {
			_ = n.h.Close()
		}
		b.Close()
	}()
	for i := range c.Nodes {
		cm, err := connmgr.NewConnManager(1000, 2000, connmgr.WithGracePeriod(time.Hour))
		if err != nil {
			return nil, err
		}
		h, wire, err := b.NewHost(i, []libp2p.Option{
			libp2p.DisableIdentifyAddressDiscovery(),
			libp2p.ResourceManager(&network.NullResourceManager{}),
			libp2p.ConnectionManager(cm),
		})
		if err != nil {
			return nil, fmt.Errorf("harness: host %d: %w", i, err)
		}
		w.nodes = append(w.nodes, &node{idx: i, h: h, wire: wire})
	}
	if err := b.Start(); err != nil {
		return nil, err
	}
	if err := w.connect(ctx); err != nil {
		return nil, err
	}
	if err := w.attach(ctx); err != nil {
		return nil, err
	}
	if err := w.ready(ctx); err != nil {
		return nil, err
	}
	if err := sleep(ctx, c.Warmup); err != nil {
		return nil, err
	}

	if c.Prime {
		if err := w.prime(ctx); err != nil {
			return w.report(nil), err
		}
	}
	outs := make([]*Outcome, len(c.Steps))
	var runErr error
	for si, st := range c.Steps {
		o, err := w.step(ctx, si, st)
		if err != nil {
			runErr = err
			break
		}
		outs[si] = o
		if c.OnStep != nil {
			c.OnStep(*o)
		}
		if c.Progress != nil {
			c.Progress(si+1, len(c.Steps))
		}
	}
	return w.report(outs), runErr
}

// prime runs one unmeasured message of the largest size per protocol; their
// step indexes follow the measured steps', so no hook sees them.
func (w *world) prime(ctx context.Context) error {
	c := w.c
	big := Message{Publisher: c.Messages[0].Publisher}
	for _, m := range c.Messages {
		big.Size = max(big.Size, m.Size)
	}
	msgs := c.Messages
	c.Messages = append(msgs[:len(msgs):len(msgs)], big)
	defer func() { c.Messages = msgs }()
	for k, proto := range c.Protocols {
		o, err := w.step(ctx, len(c.Steps)+k, Step{Proto: proto, Msg: len(msgs)})
		if err != nil {
			return err
		}
		if o.Delivered < o.Total {
			w.logf("harness: priming %s reached %d of %d nodes", proto, o.Delivered, o.Total)
		}
	}
	return nil
}

// report pools the completed steps per protocol and size, in protocol order and
// then in the order sizes first appear in Messages.
func (w *world) report(outs []*Outcome) *Report {
	c := w.c
	rep := &Report{Scenario: c.Name, Costs: c.Costs}
	var sizes []int
	for _, m := range c.Messages {
		if !containsInt(sizes, m.Size) {
			sizes = append(sizes, m.Size)
		}
	}
	for _, proto := range c.Protocols {
		for _, size := range sizes {
			var mine []*Outcome
			for _, o := range outs {
				if o != nil && o.Proto == proto && o.Size == size {
					mine = append(mine, o)
				}
			}
			if len(mine) == 0 {
				continue
			}
			var agg report.Samples
			for _, o := range mine {
				agg.Merge(report.Samples{Times: o.Times, Rx: o.rx, Dup: o.dup, CPU: o.cpu, PubTx: o.PubTxRatio}, len(mine))
			}
			rep.Results = append(rep.Results, report.Summarize(proto, size, agg, false))
		}
	}
	for _, size := range sizes {
		var times []float64
		for mi, m := range c.Messages {
			if m.Size != size || !w.ran(outs, mi) {
				continue
			}
			times = append(times, idealTimes(c, m.Publisher, size)...)
		}
		if len(times) == 0 {
			continue
		}
		rep.Ideal = append(rep.Ideal, report.NewIdeal(size, times))
	}
	return rep
}

func (w *world) ran(outs []*Outcome, msg int) bool {
	for _, o := range outs {
		if o != nil && o.Msg == msg {
			return true
		}
	}
	return false
}

func containsInt(s []int, v int) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// sleep waits d or until ctx ends.
func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// QUIC returns a libp2p option for a QUIC transport whose UDP sockets come from
// listen (called with the address to listen on) and whose dials leave from the
// listening address, as go-libp2p's simlibp2p does.
func QUIC(listen func(addr *net.UDPAddr) (net.PacketConn, error)) libp2p.Option {
	m := &srcIP{}
	opts := []quicreuse.Option{
		quicreuse.OverrideSourceIPSelector(func() (quicreuse.SourceIPSelector, error) { return m, nil }),
		quicreuse.OverrideListenUDP(func(_ string, addr *net.UDPAddr) (net.PacketConn, error) {
			m.ip.Store(&addr.IP)
			return listen(addr)
		}),
	}
	return libp2p.QUICReuse(func(l fx.Lifecycle, srk quic.StatelessResetKey, tk quic.TokenGeneratorKey, o ...quicreuse.Option) (*quicreuse.ConnManager, error) {
		cm, err := quicreuse.NewConnManager(srk, tk, o...)
		if err != nil {
			return nil, err
		}
		l.Append(fx.StopHook(cm.Close))
		return cm, nil
	}, opts...)
}

type srcIP struct{ ip atomic.Pointer[net.IP] }

func (m *srcIP) PreferredSourceIPForDestination(*net.UDPAddr) (net.IP, error) {
	return *m.ip.Load(), nil
}

// connect dials every edge of the graph once (the lower index dials).
func (w *world) connect(ctx context.Context) error {
	var wg sync.WaitGroup
	errs := make(chan error, 1)
	sem := make(chan struct{}, 64)
	for i, ps := range w.c.Peers {
		for _, j := range ps {
			if j <= i {
				continue
			}
			a, b := w.nodes[i].h, w.nodes[j].h
			wg.Add(1)
			sem <- struct{}{}
			go func() {
				defer wg.Done()
				defer func() { <-sem }()
				cctx, cancel := context.WithTimeout(ctx, 30*time.Second)
				defer cancel()
				if err := a.Connect(cctx, peer.AddrInfo{ID: b.ID(), Addrs: b.Addrs()}); err != nil {
					select {
					case errs <- fmt.Errorf("harness: connect %d-%d: %w", i, j, err):
					default:
					}
				}
			}()
		}
	}
	wg.Wait()
	select {
	case err := <-errs:
		return err
	default:
		return nil
	}
}

// attach starts the protocols on every host and a reader per subscription.
func (w *world) attach(ctx context.Context) error {
	maxSize := 0
	for _, m := range w.c.Messages {
		maxSize = max(maxSize, m.Size)
	}
	for _, n := range w.nodes {
		for _, proto := range w.c.Protocols {
			switch proto {
			case Gossipsub:
				if err := w.attachGossipsub(ctx, n, maxSize); err != nil {
					return err
				}
			case Weft:
				if err := w.attachWeft(ctx, n); err != nil {
					return err
				}
			default:
				return fmt.Errorf("harness: unknown protocol %q", proto)
			}
		}
	}
	return nil
}

// ready waits until every node has a gossipsub mesh of at least D_lo (6) peers
// (all of its neighbours if it has fewer) and speaks weft with each neighbour,
// or until c.Ready (default 30s) passes, which is logged and tolerated: a
// missing neighbour shows in the results.
func (w *world) ready(ctx context.Context) error {
	limit := w.c.Ready
	if limit <= 0 {
		limit = 30 * time.Second
	}
	deadline := time.Now().Add(limit)
	for {
		var missing []string
		for _, n := range w.nodes {
			want := len(w.c.Peers[n.idx])
			mesh, wf := n.gsMesh.Load(), 0
			if n.wf != nil {
				wf = len(n.wf.Peers())
			}
			if (n.gs != nil && mesh < int64(min(want, meshLow))) || (n.wf != nil && wf < want) {
				missing = append(missing, fmt.Sprintf("node %d: %d of %d peers connected, gossipsub mesh %d, weft peers %d",
					n.idx, len(n.h.Network().Peers()), want, mesh, wf))
			}
		}
		if len(missing) == 0 {
			return nil
		}
		if !time.Now().Before(deadline) {
			w.logf("harness: not ready after %v, going on: %s", limit, strings.Join(missing, "; "))
			return nil
		}
		if err := sleep(ctx, 20*time.Millisecond); err != nil {
			return err
		}
	}
}

func (w *world) logf(format string, args ...any) {
	if w.c.Logf != nil {
		w.c.Logf(format, args...)
	}
}

func msgIndex(data []byte) int {
	if len(data) < 8 {
		return -1
	}
	return int(binary.BigEndian.Uint64(data))
}

// arrive records node i holding the message of step seq.
func (w *world) arrive(i, seq int) {
	now := time.Now()
	w.mu.Lock()
	if seq != w.cur || !w.arrived[i].IsZero() {
		w.mu.Unlock()
		return
	}
	w.arrived[i] = now
	w.count++
	count := w.count
	if count == w.c.Nodes-1 {
		close(w.all)
	}
	w.mu.Unlock()
	if w.c.OnArrival != nil && seq < len(w.c.Steps) {
		w.c.OnArrival(seq, count, w.c.Nodes-1)
	}
}

// rawTracer counts the bytes of duplicate copies of the message in flight that
// a gossipsub node drops (late copies of an earlier message are not counted
// against the current one).
type rawTracer struct {
	w *world
	n *node
}

var _ pubsub.RawTracer = rawTracer{}

func (r rawTracer) DuplicateMessage(m *pubsub.Message) {
	if int64(msgIndex(m.Data)) == r.w.inFlight.Load() {
		r.n.gsDup.Add(int64(len(m.Data)))
	}
}
func (rawTracer) OnNewOutboundStream(peer.ID, protocol.ID) {}
func (rawTracer) OnClosedOutboundStream(peer.ID)           {}
func (rawTracer) Join(string)                              {}
func (rawTracer) Leave(string)                             {}
func (r rawTracer) Graft(peer.ID, string)                  { r.n.gsMesh.Add(1) }
func (r rawTracer) Prune(peer.ID, string)                  { r.n.gsMesh.Add(-1) }
func (rawTracer) ValidateMessage(*pubsub.Message)          {}
func (rawTracer) DeliverMessage(*pubsub.Message)           {}
func (rawTracer) RejectMessage(*pubsub.Message, string)    {}
func (rawTracer) ThrottlePeer(peer.ID)                     {}
func (rawTracer) RecvRPC(*pubsub.RPC)                      {}
func (rawTracer) SendRPC(*pubsub.RPC, peer.ID)             {}
func (rawTracer) DropRPC(*pubsub.RPC, peer.ID)             {}
func (rawTracer) UndeliverableMessage(*pubsub.Message)     {}

func (w *world) attachGossipsub(ctx context.Context, n *node, maxSize int) error {
	var err error
	n.gs, err = pubsub.NewGossipSub(ctx, n.h,
		pubsub.WithMaxMessageSize(maxSize+64<<10),
		pubsub.WithNoAuthor(),
		pubsub.WithMessageSignaturePolicy(pubsub.StrictNoSign),
		pubsub.WithMessageIdFn(func(m *pb.Message) string {
			h := sha256.Sum256(m.Data[:min(len(m.Data), 64)])
			return string(h[:])
		}),
		pubsub.WithRawTracer(rawTracer{w: w, n: n}),
	)
	if err != nil {
		return err
	}
	if charge := w.c.ChargeValidate; charge != nil {
		// Validation stands for what the simulator charges a gossipsub node for
		// a message: its signature check and hash (the run itself does not sign).
		err = n.gs.RegisterTopicValidator(topicName, func(_ context.Context, _ peer.ID, m *pubsub.Message) bool {
			d := charge(len(m.Data))
			n.cpu.Add(int64(d))
			time.Sleep(d)
			return true
		})
		if err != nil {
			return err
		}
	}
	if n.gsTop, err = n.gs.Join(topicName); err != nil {
		return err
	}
	if n.gsSub, err = n.gsTop.Subscribe(); err != nil {
		return err
	}
	go func() {
		for {
			m, err := n.gsSub.Next(ctx)
			if err != nil {
				return
			}
			if m.ReceivedFrom != n.h.ID() {
				w.arrive(n.idx, msgIndex(m.Data))
			}
		}
	}()
	return nil
}

func (w *world) attachWeft(ctx context.Context, n *node) error {
	pace := 0.0
	if w.c.WeftPacing > 0 {
		pace = w.c.WeftPacing * bytesPerSec(w.c.UpMbps[n.idx])
	}
	cfg := weft.Config{
		Strategy:          w.c.Strategy,
		UploadBytesPerSec: pace,
		Logger:            slog.New(slog.DiscardHandler),
	}
	if pace > 0 {
		cfg.Engine.UplinkWindow = w.c.UplinkWindow
	}
	if charge := w.c.ChargeEngine; charge != nil {
		cfg.ChargeCPU = func(work core.Costs) time.Duration {
			d := charge(work)
			n.cpu.Add(int64(d))
			return d
		}
	}
	var err error
	if n.wf, err = weft.New(n.h, cfg); err != nil {
		return err
	}
	if n.wfTop, err = n.wf.Join(topicName); err != nil {
		return err
	}
	if n.wfSub, err = n.wfTop.Subscribe(); err != nil {
		return err
	}
	go func() {
		for {
			m, err := n.wfSub.Next(ctx)
			if err != nil {
				return
			}
			if !m.Local {
				w.arrive(n.idx, msgIndex(m.Data))
			}
		}
	}()
	return nil
}

type snap struct {
	rx, tx, dup, cpu []int64
	proc             time.Duration
}

func (w *world) snapshot(proto string) snap {
	s := snap{rx: make([]int64, len(w.nodes)), tx: make([]int64, len(w.nodes)), dup: make([]int64, len(w.nodes)),
		cpu: make([]int64, len(w.nodes))}
	for i, n := range w.nodes {
		s.rx[i], s.tx[i] = n.wire.Bytes()
		s.cpu[i] = n.cpu.Load()
		switch proto {
		case Gossipsub:
			s.dup[i] = n.gsDup.Load()
		case Weft:
			s.dup[i] = n.wf.Stats().UselessChunkBytes
		}
	}
	if w.c.ProcessCPU != nil {
		s.proc = w.c.ProcessCPU()
	}
	return s
}

// errStepAborted wraps the context error that interrupted a step.
var errStepAborted = errors.New("harness: step interrupted")

// step publishes one message and measures it.
func (w *world) step(ctx context.Context, seq int, st Step) (*Outcome, error) {
	c := w.c
	m := c.Messages[st.Msg]
	data := make([]byte, m.Size)
	fill(data, uint64(seq))
	binary.BigEndian.PutUint64(data, uint64(seq))
	before := w.snapshot(st.Proto)
	w.mu.Lock()
	w.cur, w.count, w.all = seq, 0, make(chan struct{})
	w.inFlight.Store(int64(seq))
	w.arrived = make([]time.Time, c.Nodes)
	w.arrived[m.Publisher] = time.Now() // not counted
	w.curAt = time.Now()
	all := w.all
	w.mu.Unlock()
	n := w.nodes[m.Publisher]
	if c.OnPublish != nil && seq < len(c.Steps) {
		c.OnPublish(seq)
	}
	switch st.Proto {
	case Gossipsub:
		if c.ChargePublish != nil {
			d := c.ChargePublish(m.Size)
			n.cpu.Add(int64(d))
			time.Sleep(d)
		}
		if err := n.gsTop.Publish(ctx, data); err != nil {
			return nil, err
		}
	case Weft:
		if err := n.wfTop.Publish(ctx, data); err != nil {
			return nil, err
		}
	default:
		return nil, fmt.Errorf("harness: unknown protocol %q", st.Proto)
	}
	timer := time.NewTimer(c.Limit)
	select {
	case <-all:
	case <-timer.C:
		w.logMissing(seq)
	case <-ctx.Done():
	}
	timer.Stop()
	if err := sleep(ctx, c.Settle); err != nil {
		return nil, fmt.Errorf("%w: %w", errStepAborted, err)
	}
	after := w.snapshot(st.Proto)

	w.mu.Lock()
	defer w.mu.Unlock()
	w.cur = -1
	o := &Outcome{Step: st, Message: m, Index: seq, Total: c.Nodes - 1}
	fs := float64(m.Size)
	procMs := float64(after.proc-before.proc) / float64(time.Millisecond) / float64(c.Nodes)
	for i := range c.Nodes {
		if i == m.Publisher {
			o.PubTxRatio = float64(after.tx[i]-before.tx[i]) / fs
			continue
		}
		t := math.Inf(1)
		if at := w.arrived[i]; !at.IsZero() {
			t = float64(at.Sub(w.curAt)) / float64(time.Millisecond)
			o.Delivered++
		}
		o.Times = append(o.Times, t)
		o.rx = append(o.rx, float64(after.rx[i]-before.rx[i])/fs)
		o.dup = append(o.dup, float64(after.dup[i]-before.dup[i])/fs)
		if c.ProcessCPU != nil {
			o.cpu = append(o.cpu, procMs)
		} else {
			o.cpu = append(o.cpu, float64(after.cpu[i]-before.cpu[i])/float64(time.Millisecond))
		}
	}
	sort.Float64s(o.Times)
	o.RxRatio, o.DupRatio, o.CPUms = report.Mean(o.rx), report.Mean(o.dup), report.Mean(o.cpu)
	if c.OnStep == nil && seq < len(c.Steps) {
		w.logf("%s size=%d publisher=%d delivered=%d/%d p50=%.0fms max=%.0fms", st.Proto, m.Size, m.Publisher,
			o.Delivered, o.Total, report.Pct(o.Times, 0.5), report.Pct(o.Times, 1))
	}
	return o, nil
}

// logMissing notes the nodes that did not get step seq's message in time, with
// how many peers each is connected to.
func (w *world) logMissing(seq int) {
	if w.c.Logf == nil {
		return
	}
	w.mu.Lock()
	var missing []string
	for i, at := range w.arrived {
		if at.IsZero() {
			missing = append(missing, fmt.Sprintf("%d (%d/%d peers connected)", i, len(w.nodes[i].h.Network().Peers()), len(w.c.Peers[i])))
		}
	}
	w.mu.Unlock()
	w.c.Logf("harness: step %d timed out; missing: %v", seq, missing)
}

// fill writes deterministic incompressible bytes.
func fill(b []byte, seed uint64) {
	x := seed*0x9E3779B97F4A7C15 + 1
	for i := 0; i+8 <= len(b); i += 8 {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		binary.LittleEndian.PutUint64(b[i:], x)
	}
}
