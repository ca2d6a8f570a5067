package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"os/signal"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/weftnet/weft/adapters/libp2p/devnet"
	"github.com/weftnet/weft/core"
	"github.com/weftnet/weft/core/report"
	"github.com/weftnet/weft/testnet/scenario"
	"github.com/weftnet/weft/testnet/sim"
)

// devnetDefaultScenario is where the shared scenarios sit beside the repository.
const devnetDefaultScenario = "../shared/scenarios/small-100.toml"

// devnetBuiltin is the network used when the shared scenarios are not beside the
// repository (or with --scenario builtin): Ethereum-like links and three regions.
const devnetBuiltin = `
name = "devnet-builtin"
description = "weft devnet's built-in network: 50 Mbit/s nodes, a few 1 Gbit/s ones, three regions"
nodes = 32
peers_per_node = 10
seed = 7
sizes = ["128KiB", "768KiB"]
publishers = 8
jitter_ms = 5

[[bandwidth]]
share = 0.9
up_mbps = 50
down_mbps = 50

[[bandwidth]]
share = 0.1
up_mbps = 1000
down_mbps = 1000

[publisher]
up_mbps = 100
down_mbps = 100

[[region]]
name = "na-east"
share = 0.3
[[region]]
name = "europe"
share = 0.45
[[region]]
name = "asia"
share = 0.25

[rtt_ms]
na-east = [15,  85, 200]
europe  = [85,  20, 220]
asia    = [200, 220, 40]
`

func cmdDevnet(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("weft devnet", flag.ContinueOnError)
	fs.SetOutput(stderr)
	scenarioPath := fs.String("scenario", devnetDefaultScenario, "scenario file for links, latencies and graph; 'builtin' for the built-in network (also used when the default file is absent)")
	nodes := fs.Int("nodes", 32, "number of libp2p hosts")
	peers := fs.Int("peers", 0, "connections per node (0: the scenario's, at most 10)")
	messages := fs.Int("messages", 12, "messages to publish, each on gossipsub and on weft in turn")
	sizes := fs.String("sizes", "128KiB,768KiB", "message sizes, used in turn: a beacon block and a blob sidecar set (6 blobs of 128 KiB)")
	strategy := fs.String("strategy", "rlnc", "weft's strategy: rlnc, rlnc-verified, rs or flood")
	limit := fs.Duration("limit", 30*time.Second, "how long a message may take before the run moves on")
	jsonOut := fs.String("json", "", "write the report as JSON to this file")
	plotOut := fs.String("plot", "devnet.png", "write completion-time CDFs as a PNG to this file ('' for none)")
	quiet := fs.Bool("quiet", false, "no live view, only the final report")
	fs.Usage = func() {
		fmt.Fprint(stderr, "Usage: weft devnet [--scenario FILE] [--nodes N] [--messages M] [--json OUT.json] [--plot OUT.png]\n\n"+
			"Starts N real libp2p hosts on 127.0.0.1 (QUIC over UDP, links shaped in user space to the\n"+
			"scenario's bandwidths and latencies), publishes M messages on gossipsub and on weft in turn,\n"+
			"and reports per message the time to 50/90/99% of nodes, bytes per node and duplicates.\n"+
			"Ctrl-C stops it and reports what completed.\n\n")
		fs.PrintDefaults()
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	switch {
	case *nodes < 2:
		return usageError{fmt.Errorf("devnet: --nodes %d, need at least 2", *nodes)}
	case *peers < 0 || *peers >= *nodes:
		return usageError{fmt.Errorf("devnet: --peers %d, need 0..%d", *peers, *nodes-1)}
	case *messages < 1:
		return usageError{fmt.Errorf("devnet: --messages %d, need at least 1", *messages)}
	case *limit <= 0:
		return usageError{fmt.Errorf("devnet: --limit must be positive")}
	}
	var sizeList []int
	for _, s := range strings.Split(*sizes, ",") {
		n, err := scenario.ParseSize(strings.TrimSpace(s))
		if err != nil {
			return usageError{fmt.Errorf("devnet: --sizes: %w", err)}
		}
		sizeList = append(sizeList, n)
	}
	sid, err := core.ParseStrategy(*strategy)
	if err != nil {
		return usageError{fmt.Errorf("devnet: --strategy: %w", err)}
	}
	sc, note, err := devnetScenario(*scenarioPath, *scenarioPath == devnetDefaultScenario)
	if err != nil {
		return err
	}
	cfg, desc, err := devnetConfig(sc, *nodes, *peers, *messages, sizeList, sid)
	if err != nil {
		return err
	}
	cfg.Limit = *limit

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if note != "" {
		fmt.Fprintln(stderr, note)
	}
	var live *devnetLive
	if !*quiet {
		fmt.Fprint(stderr, desc)
		fmt.Fprintln(stderr, "starting hosts and connecting them... (Ctrl-C stops and reports what completed)")
		live = newDevnetLive(stderr, 2*len(cfg.Messages), cfg.Nodes-1)
		cfg.OnPublish, cfg.OnArrival, cfg.OnMessage, cfg.Logf = live.publish, live.arrival, live.message, live.logf
		defer live.close()
	}
	start := time.Now()
	rep, err := devnet.Run(ctx, cfg)
	interrupted := err != nil && ctx.Err() != nil
	if err != nil && !interrupted {
		return err
	}
	stop()
	if live != nil {
		live.close()
	}
	if interrupted {
		fmt.Fprintln(stderr, "\ninterrupted: stopped publishing, closed every host; the report covers the messages that completed")
	}
	if rep == nil || len(rep.Results) == 0 {
		fmt.Fprintln(stdout, "no message completed: nothing to report")
		return nil
	}
	fmt.Fprintf(stdout, "\n%d libp2p hosts in one process on %d CPU cores: processing is real and shared by all nodes, so "+
		"compare protocols within this run, not absolute times across machines.\n", cfg.Nodes, runtime.NumCPU())
	fmt.Fprint(stdout, report.Format(rep))
	fmt.Fprintf(stdout, "\nrx/size: UDP bytes received per node ÷ message size; dup: duplicate bytes per node ÷ size "+
		"(gossipsub: duplicate messages; weft: chunks that added no rank); cpu ms: process CPU ÷ nodes.\nwall time %v\n",
		time.Since(start).Round(time.Millisecond))
	if err := writeOutputs(rep, *jsonOut, *plotOut); err != nil {
		return err
	}
	if *plotOut != "" {
		fmt.Fprintf(stdout, "CDFs: %s\n", *plotOut)
	}
	return nil
}

// devnetScenario loads the scenario; the default path falls back to the built-in
// network when it is absent (note says so).
func devnetScenario(path string, isDefault bool) (sc *scenario.Scenario, note string, err error) {
	if path == "builtin" {
		sc, err = scenario.Parse([]byte(devnetBuiltin))
		return sc, "", err
	}
	sc, err = scenario.Load(path)
	if err != nil && isDefault && errors.Is(err, os.ErrNotExist) {
		sc, err = scenario.Parse([]byte(devnetBuiltin))
		return sc, fmt.Sprintf("%s not found: using the built-in network", path), err
	}
	return sc, "", err
}

// devnetConfig sizes the scenario's network to nodes (same classes, regions,
// latencies and graph construction as the simulator), samples publishers from its
// seed as the simulator does, and alternates sizes over the messages. desc
// describes the network for the live view.
func devnetConfig(sc *scenario.Scenario, nodes, peers, messages int, sizes []int, sid core.StrategyID) (devnet.Config, string, error) {
	s := *sc
	s.Nodes = nodes
	if peers == 0 {
		peers = min(sc.PeersPerNode, 10, nodes-1)
	}
	s.PeersPerNode = peers
	s.Publishers = min(sc.Publishers, messages, nodes)
	if err := s.Validate(); err != nil {
		return devnet.Config{}, "", err
	}
	nw := sim.NewNetwork(&s)
	pubs := rand.New(rand.NewPCG(s.Seed, 0x707562)).Perm(nodes)[:s.Publishers]
	up, down := make([]float64, nodes), make([]float64, nodes)
	for i := range nodes {
		up[i], down[i] = nw.Up[i]*8/1e6, nw.Down[i]*8/1e6
	}
	for _, p := range pubs {
		up[p], down[p] = s.Publisher.UpMbps, s.Publisher.DownMbps
	}
	cfg := devnet.Config{
		Name: fmt.Sprintf("%s (devnet, %d nodes)", s.Name, nodes), Nodes: nodes, UpMbps: up, DownMbps: down, Peers: nw.Peers,
		Strategy: sid,
		Latency: func(i, j int) time.Duration {
			if k := nw.PeerIndex(i, j); k >= 0 {
				return nw.Latency[i][k]
			}
			return time.Duration(s.RTTMS[nw.Region[i]][nw.Region[j]] / 2 * float64(time.Millisecond))
		},
	}
	for m := range messages {
		cfg.Messages = append(cfg.Messages, devnet.Message{Size: sizes[m%len(sizes)], Publisher: pubs[m%len(pubs)]})
	}
	minLat, maxLat := time.Duration(math.MaxInt64), time.Duration(0)
	for i := range nw.Latency {
		for _, l := range nw.Latency[i] {
			minLat, maxLat = min(minLat, l), max(maxLat, l)
		}
	}
	var classes []string
	for _, b := range s.Bandwidth {
		classes = append(classes, fmt.Sprintf("%.0f%% at %g/%g", 100*b.Share, b.UpMbps, b.DownMbps))
	}
	var sizeText []string
	for _, n := range sizes {
		sizeText = append(sizeText, report.SizeText(n))
	}
	desc := fmt.Sprintf("weft devnet: %d libp2p hosts (QUIC on 127.0.0.1, UDP shaped in user space), network from %s\n"+
		"  %d peers per node; links up/down Mbit/s: %s; %d publishers at %g/%g; one-way latency %v–%v\n"+
		"  %d messages of %s in turn, each on gossipsub and on weft (%s) one after the other\n"+
		"  all hosts share this process and its %d CPU cores: processing is real, nothing is charged\n",
		nodes, s.Name, peers, strings.Join(classes, ", "), len(pubs), s.Publisher.UpMbps, s.Publisher.DownMbps,
		minLat.Round(time.Millisecond), maxLat.Round(time.Millisecond), messages, strings.Join(sizeText, ", "),
		"weft-"+sid.String(), runtime.NumCPU())
	if f := s.Faults; f.Loss > 0 || f.CrashFraction > 0 || f.ByzantineFraction > 0 {
		desc += "  the scenario's faults (loss, crashes, Byzantine nodes) are not applied by the devnet\n"
	}
	return cfg, desc, nil
}

// devnetLive is the terminal view: a line per message and protocol as it
// completes, and, on a terminal, one progress line redrawn in place while a
// message is out.
type devnetLive struct {
	w     io.Writer
	total int
	tty   bool
	drawn int // length of the progress line on screen

	mu        sync.Mutex
	done      int
	proto     string
	size, pub int
	reached   int
	of        int
	at        time.Time
	active    bool
	closed    bool
	stopTick  chan struct{}
	tickDone  chan struct{}
	closeOnce sync.Once
}

func newDevnetLive(w io.Writer, total, nodes int) *devnetLive {
	l := &devnetLive{w: w, total: total, of: nodes, stopTick: make(chan struct{}), tickDone: make(chan struct{})}
	if f, ok := w.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			l.tty = true
		}
	}
	go l.tick()
	return l
}

// tick redraws the progress line so the elapsed time moves between arrivals.
func (l *devnetLive) tick() {
	defer close(l.tickDone)
	t := time.NewTicker(200 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-t.C:
			l.mu.Lock()
			l.draw()
			l.mu.Unlock()
		case <-l.stopTick:
			return
		}
	}
}

// draw writes the progress line; l.mu is held.
func (l *devnetLive) draw() {
	if !l.active || l.closed || !l.tty {
		return
	}
	const width = 20
	filled := 0
	if l.of > 0 {
		filled = l.reached * width / l.of
	}
	line := fmt.Sprintf("  [%s%s] %-10s %6s from node %-3d %3d/%d nodes  %5.1fs ", strings.Repeat("#", filled),
		strings.Repeat(".", width-filled), l.proto, report.SizeText(l.size), l.pub, l.reached, l.of, time.Since(l.at).Seconds())
	fmt.Fprint(l.w, "\r"+line)
	l.drawn = len(line)
}

func (l *devnetLive) clearLine() {
	if l.drawn > 0 {
		fmt.Fprintf(l.w, "\r%s\r", strings.Repeat(" ", l.drawn))
		l.drawn = 0
	}
}

func (l *devnetLive) publish(proto string, size, pub int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.proto, l.size, l.pub, l.reached, l.at, l.active = proto, size, pub, 0, time.Now(), true
	l.draw()
}

func (l *devnetLive) arrival(_ string, _, delivered, total int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.reached, l.of = delivered, total
	l.draw()
}

func (l *devnetLive) message(o devnet.Outcome) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.closed {
		return
	}
	l.done++
	l.active = false
	l.clearLine()
	ms := func(q float64) string {
		v := report.Pct(o.Times, q)
		if math.IsInf(v, 0) {
			return "     —"
		}
		return fmt.Sprintf("%6.0f", v)
	}
	fmt.Fprintf(l.w, "[%2d/%d] %-10s %6s from node %-3d %3d/%d nodes  p50 %s  p90 %s  p99 %s ms  rx/size %5.2f  dup %5.2f\n",
		l.done, l.total, o.Protocol, report.SizeText(o.Size), o.Publisher, o.Delivered, o.Total, ms(0.5), ms(0.9), ms(0.99),
		o.RxRatio, o.DupRatio)
}

func (l *devnetLive) logf(format string, args ...any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.closed {
		return
	}
	l.clearLine()
	fmt.Fprintf(l.w, format+"\n", args...)
	l.draw()
}

func (l *devnetLive) close() {
	l.closeOnce.Do(func() {
		close(l.stopTick)
		<-l.tickDone
		l.mu.Lock()
		if l.active {
			l.clearLine()
		}
		l.closed = true
		l.mu.Unlock()
	})
}
