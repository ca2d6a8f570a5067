package bench

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"flag"
	"fmt"
	"log/slog"
	"math"
	"net"
	"os"
	"sort"
	"sync"
	"sync/atomic"
	"testing"
	"testing/synctest"
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
	"github.com/libp2p/go-libp2p/x/simlibp2p"
	"github.com/marcopolo/simnet"
	"github.com/quic-go/quic-go"
	"go.uber.org/fx"

	weft "github.com/weftnet/weft/adapters/libp2p"
	"github.com/weftnet/weft/core"
)

const topicName = "weft-bench"

// Run runs cfg inside a testing/synctest bubble on t: real libp2p hosts over
// simnet links in virtual time, go-libp2p-pubsub's gossipsub and weft on the same
// hosts, one message at a time. Everything it starts is stopped before it
// returns.
func Run(t *testing.T, cfg Config) (*Report, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	c := cfg.withDefaults()
	var rep *Report
	var err error
	synctest.Test(t, func(t *testing.T) {
		rep, err = runBubble(&c)
	})
	if err != nil {
		return nil, err
	}
	for _, size := range c.Sizes {
		var times []float64
		for _, p := range c.Publishers {
			times = append(times, idealTimes(&c, p, size)...)
		}
		sort.Float64s(times)
		rep.Ideal = append(rep.Ideal, Ideal{SizeBytes: size, P50ms: pct(times, 0.5), P90ms: pct(times, 0.9),
			P99ms: pct(times, 0.99), Times: times})
	}
	return rep, nil
}

// Main runs cfg from an ordinary program (no go test): synctest needs a
// *testing.T, which only the testing package's runner hands out, so Main runs the
// harness as the single test of a testing.M (testing.RunTests alone runs nothing
// outside go test: its per-CPU list is filled in by M.Run). It registers the
// test.* flags on flag.CommandLine and marks it parsed if it was not, so the
// caller's own flags must live in their own FlagSet or be parsed before. While it
// runs, the runner's PASS/FAIL lines go to stderr.
func Main(cfg Config) (*Report, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	var rep *Report
	var err error
	m := testing.MainStart(mainDeps{}, []testing.InternalTest{{Name: "WeftLibp2pBench", F: func(t *testing.T) {
		rep, err = Run(t, cfg)
	}}}, nil, nil, nil)
	if !flag.Parsed() {
		_ = flag.CommandLine.Parse(nil)
	}
	stdout := os.Stdout
	os.Stdout = os.Stderr
	code := m.Run()
	os.Stdout = stdout
	if err == nil && (code != 0 || rep == nil) {
		err = fmt.Errorf("bench: the run failed (status %d; see the test output above)", code)
	}
	return rep, err
}

type node struct {
	idx  int
	h    host.Host
	conn *simnet.SimConn

	gs    *pubsub.PubSub
	gsSub *pubsub.Subscription
	gsTop *pubsub.Topic
	gsDup atomic.Int64
	cpu   atomic.Int64 // charged processing, ns

	wf    *weft.PubSub
	wfTop *weft.Topic
	wfSub *weft.Subscription
}

type world struct {
	c     *Config
	nodes []*node
	sim   *simnet.Simnet

	mu      sync.Mutex
	cur     int         // index of the message in flight (-1: none)
	curAt   time.Time   // its publish time
	arrived []time.Time // per node, for the current message
	count   int
	all     chan struct{}
}

// quicSimnet is simlibp2p.QUICSimnet that also hands back the node's endpoint,
// whose counters are the node's wire bytes.
func quicSimnet(sn *simnet.Simnet, link simnet.NodeBiDiLinkSettings, out **simnet.SimConn) libp2p.Option {
	m := &srcIP{}
	opts := []quicreuse.Option{
		quicreuse.OverrideSourceIPSelector(func() (quicreuse.SourceIPSelector, error) { return m, nil }),
		quicreuse.OverrideListenUDP(func(_ string, addr *net.UDPAddr) (net.PacketConn, error) {
			m.ip.Store(&addr.IP)
			c := sn.NewEndpoint(addr, link)
			*out = c
			return c, nil
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

func ipKey(a net.Addr) [4]byte {
	var k [4]byte
	if u, ok := a.(*net.UDPAddr); ok {
		copy(k[:], u.IP.To4())
	}
	return k
}

func runBubble(c *Config) (rep *Report, err error) {
	w := &world{c: c, cur: -1}
	index := map[[4]byte]int{}
	for i := range c.Nodes {
		index[[4]byte(simnet.IntToPublicIPv4(i).To4())] = i
	}
	quiet := slog.New(slog.DiscardHandler)
	w.sim = &simnet.Simnet{Logger: quiet, LatencyFunc: func(p *simnet.Packet) time.Duration {
		i, ok1 := index[ipKey(p.From)]
		j, ok2 := index[ipKey(p.To)]
		if !ok1 || !ok2 {
			return 0
		}
		return c.Latency(i, j)
	}}
	ctx, cancel := context.WithCancel(context.Background())
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
		w.sim.Close()
	}()
	for i := range c.Nodes {
		n := &node{idx: i}
		link := simnet.NodeBiDiLinkSettings{
			Uplink:   simnet.LinkSettings{BitsPerSecond: int(c.UpMbps[i] * simlibp2p.OneMbps)},
			Downlink: simnet.LinkSettings{BitsPerSecond: int(c.DownMbps[i] * simlibp2p.OneMbps)},
		}
		cm, err := connmgr.NewConnManager(1000, 2000, connmgr.WithGracePeriod(time.Hour))
		if err != nil {
			return nil, err
		}
		n.h, err = libp2p.New(
			libp2p.ListenAddrStrings(fmt.Sprintf("/ip4/%s/udp/8000/quic-v1", simnet.IntToPublicIPv4(i))),
			quicSimnet(w.sim, link, &n.conn),
			libp2p.DisableIdentifyAddressDiscovery(),
			libp2p.ResourceManager(&network.NullResourceManager{}),
			libp2p.ConnectionManager(cm),
		)
		if err != nil {
			return nil, err
		}
		w.nodes = append(w.nodes, n)
	}
	w.sim.Start()
	if err := w.connect(ctx); err != nil {
		return nil, err
	}
	if err := w.attach(ctx); err != nil {
		return nil, err
	}
	time.Sleep(c.Warmup)

	rep = &Report{Scenario: c.Name, Costs: c.Costs.String()}
	total := len(c.Protocols) * len(c.Sizes) * len(c.Publishers)
	done := 0
	seq := 0
	for _, proto := range c.Protocols {
		for _, size := range c.Sizes {
			var agg runOut
			for _, p := range c.Publishers {
				o, err := w.message(ctx, proto, seq, p, size)
				if err != nil {
					return nil, err
				}
				seq++
				agg.times = append(agg.times, o.times...)
				agg.rx = append(agg.rx, o.rx...)
				agg.dup = append(agg.dup, o.dup...)
				agg.cpu = append(agg.cpu, o.cpu...)
				agg.pubTx += o.pubTx / float64(len(c.Publishers))
				done++
				if c.Progress != nil {
					c.Progress(done, total)
				}
			}
			rep.Results = append(rep.Results, summarize(proto, size, agg))
		}
	}
	return rep, nil
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
					case errs <- fmt.Errorf("bench: connect %d-%d: %w", i, j, err):
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
	c := w.c
	maxSize := 0
	for _, s := range c.Sizes {
		maxSize = max(maxSize, s)
	}
	for _, n := range w.nodes {
		for _, proto := range c.Protocols {
			switch proto {
			case Gossipsub:
				if err := w.attachGossipsub(ctx, n, maxSize); err != nil {
					return err
				}
			case Weft:
				if err := w.attachWeft(ctx, n); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

func msgIndex(data []byte) int {
	if len(data) < 8 {
		return -1
	}
	return int(binary.BigEndian.Uint64(data))
}

// arrive records node i holding message seq.
func (w *world) arrive(i, seq int) {
	now := time.Now()
	w.mu.Lock()
	defer w.mu.Unlock()
	if seq != w.cur || !w.arrived[i].IsZero() {
		return
	}
	w.arrived[i] = now
	w.count++
	if w.count == w.c.Nodes-1 {
		close(w.all)
	}
}

// rawTracer counts the bytes of duplicate messages a gossipsub node drops.
type rawTracer struct{ n *node }

var _ pubsub.RawTracer = rawTracer{}

func (r rawTracer) DuplicateMessage(m *pubsub.Message)     { r.n.gsDup.Add(int64(len(m.Data))) }
func (rawTracer) OnNewOutboundStream(peer.ID, protocol.ID) {}
func (rawTracer) OnClosedOutboundStream(peer.ID)           {}
func (rawTracer) Join(string)                              {}
func (rawTracer) Leave(string)                             {}
func (rawTracer) Graft(peer.ID, string)                    {}
func (rawTracer) Prune(peer.ID, string)                    {}
func (rawTracer) ValidateMessage(*pubsub.Message)          {}
func (rawTracer) DeliverMessage(*pubsub.Message)           {}
func (rawTracer) RejectMessage(*pubsub.Message, string)    {}
func (rawTracer) ThrottlePeer(peer.ID)                     {}
func (rawTracer) RecvRPC(*pubsub.RPC)                      {}
func (rawTracer) SendRPC(*pubsub.RPC, peer.ID)             {}
func (rawTracer) DropRPC(*pubsub.RPC, peer.ID)             {}
func (rawTracer) UndeliverableMessage(*pubsub.Message)     {}

func (w *world) attachGossipsub(ctx context.Context, n *node, maxSize int) error {
	costs := w.c.Costs
	var err error
	n.gs, err = pubsub.NewGossipSub(ctx, n.h,
		pubsub.WithMaxMessageSize(maxSize+64<<10),
		pubsub.WithNoAuthor(),
		pubsub.WithMessageSignaturePolicy(pubsub.StrictNoSign),
		pubsub.WithMessageIdFn(func(m *pb.Message) string {
			h := sha256.Sum256(m.Data[:min(len(m.Data), 64)])
			return string(h[:])
		}),
		pubsub.WithRawTracer(rawTracer{n: n}),
	)
	if err != nil {
		return err
	}
	// Validation stands for what the simulator charges a gossipsub node for a
	// message: its signature check and hash (the run itself does not sign).
	err = n.gs.RegisterTopicValidator(topicName, func(_ context.Context, _ peer.ID, m *pubsub.Message) bool {
		d := costs.SigVerify + costs.Hash(len(m.Data))
		n.cpu.Add(int64(d))
		time.Sleep(d)
		return true
	})
	if err != nil {
		return err
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
	costs := *w.c.Costs
	pace := 0.0
	if w.c.WeftPacing > 0 {
		pace = w.c.WeftPacing * bytesPerSec(w.c.UpMbps[n.idx])
	}
	var err error
	n.wf, err = weft.New(n.h, weft.Config{
		Strategy:          w.c.Strategy,
		UploadBytesPerSec: pace,
		Logger:            slog.New(slog.DiscardHandler),
		ChargeCPU: func(work core.Costs) time.Duration {
			d := costs.Engine(work)
			n.cpu.Add(int64(d))
			return d
		},
	})
	if err != nil {
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
}

func (w *world) snapshot(proto string) snap {
	s := snap{rx: make([]int64, len(w.nodes)), tx: make([]int64, len(w.nodes)), dup: make([]int64, len(w.nodes)),
		cpu: make([]int64, len(w.nodes))}
	for i, n := range w.nodes {
		st := n.conn.Stats()
		s.rx[i], s.tx[i] = int64(st.BytesRcvd), int64(st.BytesSent)
		s.cpu[i] = n.cpu.Load()
		switch proto {
		case Gossipsub:
			s.dup[i] = n.gsDup.Load()
		case Weft:
			s.dup[i] = n.wf.Stats().UselessChunkBytes
		}
	}
	return s
}

// message publishes one message of size from node pub and measures it.
func (w *world) message(ctx context.Context, proto string, seq, pub, size int) (runOut, error) {
	c := w.c
	data := make([]byte, size)
	fill(data, uint64(seq))
	binary.BigEndian.PutUint64(data, uint64(seq))
	before := w.snapshot(proto)
	w.mu.Lock()
	w.cur, w.count, w.all = seq, 0, make(chan struct{})
	w.arrived = make([]time.Time, c.Nodes)
	w.arrived[pub] = time.Now() // not counted
	w.curAt = time.Now()
	all := w.all
	w.mu.Unlock()
	n := w.nodes[pub]
	switch proto {
	case Gossipsub:
		d := c.Costs.SigSign + c.Costs.Hash(size)
		n.cpu.Add(int64(d))
		time.Sleep(d)
		if err := n.gsTop.Publish(ctx, data); err != nil {
			return runOut{}, err
		}
	case Weft:
		if err := n.wfTop.Publish(ctx, data); err != nil {
			return runOut{}, err
		}
	}
	timer := time.NewTimer(c.Limit)
	select {
	case <-all:
	case <-timer.C:
	}
	timer.Stop()
	time.Sleep(c.Settle)
	after := w.snapshot(proto)

	w.mu.Lock()
	defer w.mu.Unlock()
	w.cur = -1
	var o runOut
	fs := float64(size)
	delivered := 0
	for i := range c.Nodes {
		if i == pub {
			o.pubTx = float64(after.tx[i]-before.tx[i]) / fs
			continue
		}
		t := math.Inf(1)
		if at := w.arrived[i]; !at.IsZero() {
			t = float64(at.Sub(w.curAt)) / float64(time.Millisecond)
			delivered++
		}
		o.times = append(o.times, t)
		o.rx = append(o.rx, float64(after.rx[i]-before.rx[i])/fs)
		o.dup = append(o.dup, float64(after.dup[i]-before.dup[i])/fs)
		o.cpu = append(o.cpu, float64(after.cpu[i]-before.cpu[i])/float64(time.Millisecond))
	}
	if c.Logf != nil {
		sort.Float64s(o.times)
		c.Logf("%s size=%d publisher=%d delivered=%d/%d p50=%.0fms max=%.0fms", proto, size, pub, delivered, c.Nodes-1,
			pct(o.times, 0.5), pct(o.times, 1))
	}
	return o, nil
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
