package weft

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"testing"
	"testing/synctest"
	"time"

	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/x/simlibp2p"
	"github.com/marcopolo/simnet"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"
)

var quiet = slog.New(slog.DiscardHandler)

// simHosts starts n libp2p hosts on a simnet (20 Mbps, 10 ms one way) inside the
// calling synctest bubble; the returned stop closes them.
func simHosts(t *testing.T, n int) ([]host.Host, func()) {
	t.Helper()
	link := simnet.NodeBiDiLinkSettings{
		Downlink: simnet.LinkSettings{BitsPerSecond: 20 * simlibp2p.OneMbps},
		Uplink:   simnet.LinkSettings{BitsPerSecond: 20 * simlibp2p.OneMbps},
	}
	nw, meta, err := simlibp2p.SimpleLibp2pNetwork([]simlibp2p.NodeLinkSettingsAndCount{{LinkSettings: link, Count: n}},
		simnet.StaticLatency(10*time.Millisecond), simlibp2p.NetworkSettings{})
	if err != nil {
		t.Fatal(err)
	}
	nw.Logger = quiet
	nw.Start()
	return meta.Nodes, func() {
		for _, h := range meta.Nodes {
			_ = h.Close()
		}
		nw.Close()
	}
}

func connect(t *testing.T, a, b host.Host) {
	t.Helper()
	if err := a.Connect(context.Background(), peer.AddrInfo{ID: b.ID(), Addrs: b.Addrs()}); err != nil {
		t.Fatal(err)
	}
}

func newPS(t *testing.T, h host.Host, cfg Config) *PubSub {
	t.Helper()
	cfg.Logger = quiet
	ps, err := New(h, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return ps
}

func TestTwoHostsExchange(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		hs, stop := simHosts(t, 2)
		defer stop()
		reg := prometheus.NewRegistry()
		a := newPS(t, hs[0], Config{Registerer: reg})
		defer a.Close()
		b := newPS(t, hs[1], Config{})
		defer b.Close()
		ta, _ := a.Join("blocks")
		tb, _ := b.Join("blocks")
		var seen []string
		tb.AddValidator(func(_ context.Context, from peer.ID, m *Message) ValidationResult {
			seen = append(seen, fmt.Sprint(from == hs[0].ID(), m.From == hs[0].ID(), len(m.Data)))
			return ValidationAccept
		})
		sb, _ := tb.Subscribe()
		sa, _ := ta.Subscribe()
		connect(t, hs[0], hs[1])
		synctest.Wait()
		time.Sleep(time.Second) // virtual: streams open

		msg := bytes.Repeat([]byte("weft "), 100_000)
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if err := ta.Publish(ctx, msg); err != nil {
			t.Fatal(err)
		}
		got, err := sb.Next(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Data, msg) || got.From != hs[0].ID() || got.ReceivedFrom != hs[0].ID() || got.Topic != "blocks" {
			t.Fatalf("got %d bytes from %v via %v on %q", len(got.Data), got.From, got.ReceivedFrom, got.Topic)
		}
		if own, err := sa.Next(ctx); err != nil || !own.Local {
			t.Fatalf("publisher's own subscription: %v %v", own, err)
		}
		if len(seen) != 1 || seen[0] != "true true 500000" {
			t.Fatalf("validator saw %v", seen)
		}
		if st := b.Stats(); st.Delivered != 1 || st.UsefulChunks == 0 || st.BytesIn < int64(len(msg)) {
			t.Fatalf("receiver stats %+v", st)
		}
		if n := testutil.ToFloat64(a.tr.m.delivered); n != 0 {
			t.Fatalf("publisher counted %v deliveries", n)
		}
		if n, err := testutil.GatherAndCount(reg); err != nil || n == 0 {
			t.Fatalf("metrics: %d series, %v", n, err)
		}
	})
}
