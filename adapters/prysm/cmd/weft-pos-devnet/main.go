// Command weft-pos-devnet runs a proof-of-stake devnet of full stacks on
// loopback (geth, weft-beacon-chain, Prysm's validator client) with shaped
// links and a transaction load, once with gossip only and once with weft,
// for every block size, and prints block arrival per node per slot and the
// p50/p95 table. 'make devnet-pos' runs it.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/weftnet/weft/adapters/prysm/devnet"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "weft-pos-devnet:", err)
		os.Exit(1)
	}
}

func parseSize(s string) (int, error) {
	s = strings.TrimSpace(s)
	mult := 1
	switch {
	case strings.HasSuffix(s, "MiB"):
		mult, s = 1<<20, strings.TrimSuffix(s, "MiB")
	case strings.HasSuffix(s, "KiB"):
		mult, s = 1<<10, strings.TrimSuffix(s, "KiB")
	}
	n, err := strconv.Atoi(s)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("bad size %q (use 128KiB, 1MiB, ...)", s)
	}
	return n * mult, nil
}

func run() error {
	nodes := flag.Int("nodes", 4, "stacks (geth + beacon + validator)")
	validators := flag.Int("validators", 64, "interop validators, split so every node proposes")
	sizesF := flag.String("sizes", "128KiB,1MiB,2MiB", "block sizes the transaction load fills blocks to")
	modesF := flag.String("modes", "gossip,weft", "gossip (Prysm's gossipsub only), weft (--weft beside gossipsub), "+
		"rest (stock beacon-chain, validator clients in REST mode: the sidecar's gossip-only baseline), "+
		"sidecar (stock beacon-chain, a weft-sidecar in front of each node, REST validator clients through it), "+
		"mixed (sidecar, but the last node's sidecar runs --pass-through: a node without weft among weft nodes), "+
		"front (weft-beacon-chain with --weft and its in-process Beacon API front, --weft-api-listen, REST validator clients through it), "+
		"passthrough (sidecar's setup with --pass-through: no weft, the gossip-only baseline observed at the same point); "+
		"a mode may carry extra weft-sidecar (sidecar) or weft-beacon-chain (weft) flags after a colon, space-separated, "+
		"e.g. 'sidecar:--head-start=0s'")
	slots := flag.Int("slots", 40, "slots measured per run, after the warm-up")
	warmup := flag.Int("warmup", 10, "slots skipped at the start of each run")
	upMbps := flag.Float64("up-mbps", 50, "upload capacity per node, Mbit/s (0: unshaped)")
	latency := flag.Duration("latency", 50*time.Millisecond, "one-way latency of every link")
	dir := flag.String("dir", "", "data directory (default: a new temporary directory)")
	rowsOut := flag.String("rows", "", "write per node per slot arrivals (TSV) to this file")
	keepData := flag.Bool("keep-data", false, "keep every run's chain data (geth, beacon and validator directories: "+
		"gigabytes per run at 1 MiB blocks); by default only the logs are kept")
	ring := flag.Bool("ring", false, "connect each node only to its two ring neighbours (blocks cross several hops) instead of a full mesh")
	weftArgs := flag.String("weft-args", "", "extra weft-beacon-chain flags for weft runs (space-separated)")
	flag.Parse()
	var sizes []int
	for _, s := range strings.Split(*sizesF, ",") {
		n, err := parseSize(s)
		if err != nil {
			return err
		}
		sizes = append(sizes, n)
	}
	modes := strings.Split(*modesF, ",")
	for _, m := range modes {
		base, extra, _ := strings.Cut(m, ":")
		if base != "gossip" && base != "weft" && base != "rest" && base != "sidecar" && base != "passthrough" && base != "front" && base != "mixed" {
			return fmt.Errorf("unknown mode %q", m)
		}
		if extra != "" && base != "weft" && base != "sidecar" && base != "front" && base != "mixed" {
			return fmt.Errorf("mode %q: only weft, front, sidecar and mixed take extra flags", m)
		}
	}
	if *nodes < 2 || *slots < 1 || *warmup < 0 || *upMbps < 0 || *latency < 0 {
		return fmt.Errorf("need at least 2 nodes, 1 slot, non-negative warm-up, rate and latency")
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if *dir == "" {
		d, err := os.MkdirTemp("", "weft-pos-devnet-")
		if err != nil {
			return err
		}
		*dir = d
	}
	logf := func(f string, a ...any) { fmt.Fprintf(os.Stderr, time.Now().Format("15:04:05 ")+f+"\n", a...) }
	bins, err := devnet.Build(ctx, *dir, func(s string) { logf("%s", s) })
	if err != nil {
		return err
	}
	var (
		rows   []string
		sums   []devnet.Summary
		failed []string
	)
	// The rows file is rewritten after every run, so a later failure keeps it.
	writeRows := func() error {
		if *rowsOut == "" {
			return nil
		}
		return os.WriteFile(*rowsOut, []byte(devnet.RowsHeader+strings.Join(rows, "\n")+"\n"), 0o644)
	}
	for _, size := range sizes {
		for _, mode := range modes {
			var (
				s   devnet.Summary
				r   []string
				err error
			)
			// A run that fails before its measured slots (a process that could
			// not bind a port another process took meanwhile, say) is started
			// again, at most twice.
			for attempt := 0; attempt < 3; attempt++ {
				d := filepath.Join(*dir, fmt.Sprintf("%s-%d", dirName(mode), size))
				if attempt > 0 {
					d += fmt.Sprintf("-retry%d", attempt)
				}
				s, r, err = runOne(ctx, bins, d, mode, size,
					*nodes, *validators, *slots, *warmup, *upMbps, *latency, *ring, strings.Fields(*weftArgs), logf)
				if !*keepData {
					dropData(d, logf)
				}
				if !errors.Is(err, errEarly) {
					break
				}
				logf("%s %d failed before its measured slots, starting it again: %v", mode, size, err)
			}
			if err != nil {
				// Go on with the other runs; the table and rows keep what
				// was measured, and the exit status says what was not.
				logf("%s %d: %v", mode, size, err)
				failed = append(failed, fmt.Sprintf("%s %d: %v", mode, size, err))
				continue
			}
			logf("%s", s)
			sums = append(sums, s)
			rows = append(rows, r...)
			if err := writeRows(); err != nil {
				return err
			}
		}
	}
	topo := "full mesh"
	if *ring {
		topo = "ring"
	}
	fmt.Printf("\n%d nodes (%s), %d validators, 2 s slots, upload %.0f Mbit/s per node, one-way latency %v; arrival = first of gossip (block_gossip event) and weft (delivery) at every non-proposing node, from the proposer's publication (its sidecar's publish request; sidecar and passthrough modes) and from the slot start\n\n",
		*nodes, topo, *validators, *upMbps, *latency)
	fmt.Println(devnet.HeaderRow)
	for _, s := range sums {
		fmt.Println(s)
	}
	if len(failed) > 0 {
		return fmt.Errorf("%d of %d runs failed: %s", len(failed), len(sizes)*len(modes), strings.Join(failed, "; "))
	}
	return nil
}

// dropData removes a finished run's chain data, keeping its logs.
func dropData(dir string, logf func(string, ...any)) {
	nodes, _ := filepath.Glob(filepath.Join(dir, "node*"))
	for _, nd := range nodes {
		for _, sub := range []string{"geth", "beacon", "validator", "sidecar"} {
			if err := os.RemoveAll(filepath.Join(nd, sub)); err != nil {
				logf("removing %s: %v", filepath.Join(nd, sub), err)
			}
		}
	}
	for _, f := range []string{"genesis.ssz", "genesis.json", "genesis-in.json"} {
		_ = os.Remove(filepath.Join(dir, f))
	}
}

// errEarly marks a run that failed before its measured slots began.
var errEarly = errors.New("failed before the measured slots")

// dirName turns a mode (which may carry flags) into a directory name.
func dirName(mode string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '.' {
			return r
		}
		return '_'
	}, mode)
}

func runOne(ctx context.Context, bins devnet.Bins, dir, mode string, size, nodes, validators, slots, warmup int,
	upMbps float64, latency time.Duration, ring bool, weftArgs []string, logf func(string, ...any)) (devnet.Summary, []string, error) {
	key, err := devnet.NewLoadKey()
	if err != nil {
		return devnet.Summary{}, nil, err
	}
	sh := &devnet.Shaper{UpBps: upMbps * 1e6 / 8, Latency: latency}
	defer sh.Close()
	base, extra, _ := strings.Cut(mode, ":")
	var sidecarArgs []string
	plain := 0
	if base == "mixed" {
		plain = 1
	}
	switch base {
	case "weft", "front":
		weftArgs = append(append([]string(nil), weftArgs...), strings.Fields(extra)...)
	case "sidecar", "mixed":
		sidecarArgs = strings.Fields(extra)
	case "passthrough":
		sidecarArgs = []string{"--pass-through"}
	}
	cfg := devnet.Config{Dir: dir, Bins: bins, Nodes: nodes, Validators: validators, Weft: base == "weft" || base == "front", Front: base == "front",
		Sidecar: base == "sidecar" || base == "passthrough" || base == "mixed", PlainNodes: plain, REST: base == "rest", SidecarArgs: sidecarArgs,
		WeftArgs: weftArgs, Link: sh.Link, Ring: ring, FundedAddress: key.Address.Hex(), GasLimit: devnet.GasLimitFor(size),
		GenesisDelay: 25 * time.Second, Logf: logf}
	logf("run %s, blocks of about %d KiB", mode, size>>10)
	n, err := devnet.Start(ctx, cfg)
	if err != nil {
		return devnet.Summary{}, nil, fmt.Errorf("%w: %w", errEarly, err)
	}
	defer n.Stop()
	rctx, cancel := context.WithCancel(ctx)
	defer cancel()
	rec, err := n.Record(rctx)
	if err != nil {
		return devnet.Summary{}, nil, fmt.Errorf("%w: %w", errEarly, err)
	}
	loadErr := make(chan error, 1)
	go func() { loadErr <- n.RunLoad(rctx, key, size) }()
	end := uint64(warmup + slots)
	var sent0, sent1 int64
	for i, at := range []uint64{uint64(warmup), end} {
		wait := time.NewTimer(time.Until(n.SlotStart(at)))
		select {
		case <-ctx.Done():
			wait.Stop()
			return devnet.Summary{}, nil, ctx.Err()
		case msg := <-n.Exited():
			wait.Stop()
			if i == 0 {
				return devnet.Summary{}, nil, fmt.Errorf("%w: %s", errEarly, msg)
			}
			return devnet.Summary{}, nil, fmt.Errorf("%s", msg)
		case err := <-loadErr:
			wait.Stop()
			return devnet.Summary{}, nil, fmt.Errorf("load: %w", err)
		case <-wait.C:
		}
		if i == 0 {
			sent0 = sh.Bytes()
		} else {
			sent1 = sh.Bytes()
		}
	}
	// Let the last measured slot's blocks arrive everywhere.
	wait := time.NewTimer(time.Until(n.SlotStart(end + 1)))
	select {
	case <-ctx.Done():
		wait.Stop()
		return devnet.Summary{}, nil, ctx.Err()
	case <-wait.C:
	}
	// Blocks well below the target (the load not yet included) are left out.
	s, rows, err := rec.Summarize(ctx, mode, size, uint64(warmup), end, size/2)
	s.SentPerSlot = (sent1 - sent0) / int64(slots)
	return s, rows, err
}
