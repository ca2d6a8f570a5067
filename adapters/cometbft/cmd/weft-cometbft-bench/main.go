package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	weftcmt "github.com/weftnet/weft/adapters/cometbft"
	"github.com/weftnet/weft/adapters/cometbft/internal/bench"
	"github.com/weftnet/weft/core"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "weft-cometbft-bench:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	fs := flag.NewFlagSet("weft-cometbft-bench", flag.ContinueOnError)
	scenario := fs.String("scenario", "", "scenario file (links: bandwidth, regions, rtt_ms, jitter_ms)")
	validators := fs.Int("validators", 16, "validators")
	sizes := fs.String("sizes", "4MiB,16MiB", "block sizes (a transaction of each size makes a block)")
	blocks := fs.Int("blocks", 3, "blocks measured per size")
	modes := fs.String("modes", "stock,weft,weft-throttled", "modes to run: stock, weft, weft-throttled")
	strategy := fs.String("strategy", "rlnc", "weft strategy")
	priority := fs.Int("priority", weftcmt.DefaultPriority, "weft channel priority")
	gossipSleep := fs.Duration("gossip-sleep", 200*time.Millisecond, "weft-throttled mode: CometBFT peer_gossip_intraloop_sleep_duration (throttles the stock part gossip beside weft)")
	credit := fs.Int("credit", 0, "weft CreditPercent (0: core's default)")
	push := fs.Int("push", 0, "weft PushPercent (0: CreditPercent)")
	commit := fs.Duration("timeout-commit", time.Second, "CometBFT timeout_commit")
	dir := fs.String("dir", "", "directory for the validators' homes (default /dev/shm; WALs grow by every part received, use a disk for 16 MiB blocks)")
	sequential := fs.Bool("sequential", false, "run one mode's network at a time (less memory; load drift between modes is not evened out)")
	timeout := fs.Duration("timeout", 30*time.Minute, "give up after")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	if *scenario == "" {
		return fmt.Errorf("--scenario is required")
	}
	sc, err := bench.LoadScenario(*scenario)
	if err != nil {
		return err
	}
	var sz []int
	for _, s := range strings.Split(*sizes, ",") {
		n, err := parseSize(s)
		if err != nil {
			return err
		}
		sz = append(sz, n)
	}
	sid, err := core.ParseStrategy(*strategy)
	if err != nil {
		return err
	}
	// an interrupt ends the run through its cleanup (validator homes live in /dev/shm)
	sctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	ctx, cancel := context.WithTimeout(sctx, *timeout)
	defer cancel()
	res, err := bench.Run(ctx, bench.Options{
		Scenario: sc, Validators: *validators, Sizes: sz, Blocks: *blocks, Modes: strings.Split(*modes, ","),
		Weft: weftcmt.Config{Strategy: sid, Priority: *priority,
			Engine: core.Config{CreditPercent: *credit, PushPercent: *push}},
		TimeoutCommit: *commit,
		GossipSleep:   *gossipSleep,
		Sequential:    *sequential,
		Dir:           *dir,
		Log:           func(f string, a ...any) { fmt.Fprintf(os.Stderr, f+"\n", a...) },
	})
	report(os.Stdout, sc.Name, *validators, sz, res)
	return err
}

func parseSize(s string) (int, error) {
	s = strings.TrimSpace(s)
	mult := 1
	for suf, m := range map[string]int{"KiB": 1 << 10, "MiB": 1 << 20} {
		if strings.HasSuffix(s, suf) {
			s, mult = strings.TrimSuffix(s, suf), m
		}
	}
	n, err := strconv.Atoi(s)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("bad size %q", s)
	}
	return n * mult, nil
}

func median(ds []time.Duration) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	ds = slices.Clone(ds)
	slices.Sort(ds)
	return ds[len(ds)/2]
}

func report(w *os.File, name string, n int, sizes []int, res []bench.Block) {
	fmt.Fprintf(w, "\n%s, %d validators: medians over blocks (2/3 = validators with more than 2/3 of the power hold the block; block interval = timeout_commit + proposal→commit at the median validator)\n\n", name, n)
	fmt.Fprintln(w, "| block | mode | blocks | proposal→2/3 | proposal→all | block interval | MB moved/block | weft MB/block | CPU s/block |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|---|---|")
	type agg struct {
		two, last, iv []time.Duration
		moved, weft   int64
		cpu           time.Duration
		k             int
	}
	get := map[string]*agg{}
	for _, b := range res {
		key := fmt.Sprint(b.Size, b.Mode)
		if get[key] == nil {
			get[key] = &agg{}
		}
		a := get[key]
		a.two, a.last, a.iv = append(a.two, b.TwoThirds), append(a.last, b.Last), append(a.iv, b.Interval)
		a.moved += b.Moved
		a.weft += b.WeftBytes
		a.cpu += b.CPU
		a.k++
	}
	ms := func(d time.Duration) string { return strconv.FormatInt(d.Milliseconds(), 10) + " ms" }
	modes := []string{"stock", "weft", "weft-throttled"}
	for _, s := range sizes {
		for _, m := range modes {
			a := get[fmt.Sprint(s, m)]
			if a == nil {
				continue
			}
			fmt.Fprintf(w, "| %d MiB | %s | %d | %s | %s | %s | %.1f | %.1f | %.1f |\n", s>>20, m, a.k, ms(median(a.two)),
				ms(median(a.last)), ms(median(a.iv)), float64(a.moved)/float64(a.k)/1e6, float64(a.weft)/float64(a.k)/1e6,
				a.cpu.Seconds()/float64(a.k))
		}
		st := get[fmt.Sprint(s, "stock")]
		for _, m := range modes[1:] {
			wf := get[fmt.Sprint(s, m)]
			if st == nil || wf == nil || median(wf.two) <= 0 || median(wf.last) <= 0 || median(wf.iv) <= 0 || wf.moved <= 0 {
				continue
			}
			fmt.Fprintf(w, "| %d MiB | stock / %s | | %.2f× | %.2f× | %.2f× | %.2f× | | |\n", s>>20, m,
				float64(median(st.two))/float64(median(wf.two)), float64(median(st.last))/float64(median(wf.last)),
				float64(median(st.iv))/float64(median(wf.iv)),
				float64(st.moved)/float64(st.k)/(float64(wf.moved)/float64(wf.k)))
		}
	}
}
