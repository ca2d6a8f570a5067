package bench

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"os"
	"testing"
	"testing/synctest"
	"time"

	"github.com/libp2p/go-libp2p"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/x/simlibp2p"
	"github.com/marcopolo/simnet"

	"github.com/weftnet/weft/adapters/libp2p/internal/harness"
)

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
		b := newSimBackend(&c)
		rep, err = harness.Run(context.Background(), b, c.harness())
	})
	if err != nil {
		return nil, err
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

// simBackend puts every host on a simnet endpoint at a public IPv4 address
// derived from its index, with the node's link rates; the simnet applies the
// latency between endpoints.
type simBackend struct {
	c   *Config
	sim *simnet.Simnet
}

func newSimBackend(c *Config) *simBackend {
	index := map[[4]byte]int{}
	for i := range c.Nodes {
		index[[4]byte(simnet.IntToPublicIPv4(i).To4())] = i
	}
	b := &simBackend{c: c}
	b.sim = &simnet.Simnet{Logger: slog.New(slog.DiscardHandler), LatencyFunc: func(p *simnet.Packet) time.Duration {
		i, ok1 := index[ipKey(p.From)]
		j, ok2 := index[ipKey(p.To)]
		if !ok1 || !ok2 {
			return 0
		}
		return c.Latency(i, j)
	}}
	return b
}

func ipKey(a net.Addr) [4]byte {
	var k [4]byte
	if u, ok := a.(*net.UDPAddr); ok {
		copy(k[:], u.IP.To4())
	}
	return k
}

// simWire reads a simnet endpoint's counters.
type simWire struct{ conn *simnet.SimConn }

func (w *simWire) Bytes() (rx, tx int64) {
	st := w.conn.Stats()
	return int64(st.BytesRcvd), int64(st.BytesSent)
}

func (b *simBackend) NewHost(i int, opts []libp2p.Option) (host.Host, harness.Wire, error) {
	link := simnet.NodeBiDiLinkSettings{
		Uplink:   simnet.LinkSettings{BitsPerSecond: int(b.c.UpMbps[i] * simlibp2p.OneMbps)},
		Downlink: simnet.LinkSettings{BitsPerSecond: int(b.c.DownMbps[i] * simlibp2p.OneMbps)},
	}
	w := &simWire{}
	h, err := libp2p.New(append(opts,
		libp2p.ListenAddrStrings(fmt.Sprintf("/ip4/%s/udp/8000/quic-v1", simnet.IntToPublicIPv4(i))),
		harness.QUIC(func(addr *net.UDPAddr) (net.PacketConn, error) {
			w.conn = b.sim.NewEndpoint(addr, link)
			return w.conn, nil
		}),
	)...)
	if err != nil {
		return nil, nil, err
	}
	return h, w, nil
}

func (b *simBackend) Start() error {
	b.sim.Start()
	return nil
}

func (b *simBackend) Close() { b.sim.Close() }
