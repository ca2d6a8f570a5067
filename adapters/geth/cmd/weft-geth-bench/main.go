package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/log"
	"github.com/weftnet/weft/adapters/geth/bench"
	"github.com/weftnet/weft/core"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "weft-geth-bench:", err)
		os.Exit(2)
	}
}

func run(args []string, w io.Writer) error {
	fs := flag.NewFlagSet("weft-geth-bench", flag.ContinueOnError)
	followers := fs.Int("followers", 5, "followers besides the sequencer")
	mbit := fs.Float64("mbit", 100, "every node's upload bandwidth, Mbit/s")
	latency := fs.Duration("latency", 20*time.Millisecond, "one-way latency of every link")
	sizes := fs.String("sizes", "128KiB,1MiB,4MiB", "block sizes (bytes of transactions)")
	repeats := fs.Int("repeats", 3, "blocks or blob transactions per size and mode")
	blobs := fs.Int("blobs", 2, "blobs per blob transaction")
	only := fs.String("only", "", "run only 'blocks' or 'blobs'")
	timeout := fs.Duration("timeout", 20*time.Minute, "give up after")
	push := fs.Int("push", 0, "weft engines' PushPercent (0: core's default)")
	credit := fs.Int("credit", 0, "weft engines' CreditPercent (0: core's default)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	if *mbit <= 0 {
		return fmt.Errorf("-mbit %g: want > 0", *mbit)
	}
	if *only != "" && *only != "blocks" && *only != "blobs" {
		return fmt.Errorf("-only %q: want blocks or blobs", *only)
	}
	var sz []int
	for _, s := range strings.Split(*sizes, ",") {
		n, err := parseSize(s)
		if err != nil {
			return err
		}
		sz = append(sz, n)
	}
	log.SetDefault(log.NewLogger(log.NewTerminalHandlerWithLevel(os.Stderr, log.LevelError, false)))
	cfg := bench.Config{Followers: *followers, UpRate: int64(*mbit * 1e6 / 8), Latency: *latency, Sizes: sz,
		Repeats: *repeats, Blobs: *blobs, Engine: core.Config{PushPercent: *push, CreditPercent: *credit}}
	ctx, cancel := context.WithTimeout(context.Background(), *timeout)
	defer cancel()
	fmt.Fprintf(w, "%d followers + sequencer, %g Mbit/s up per node, %v one-way latency, %d repeats (median shown); push %d%%, credit %d%% (0: default); %s, %d CPUs\n\n",
		*followers, *mbit, *latency, *repeats, *push, *credit, runtime.GOARCH, runtime.NumCPU())
	if *only != "blobs" {
		res, err := bench.Blocks(ctx, cfg)
		if err != nil {
			return err
		}
		fmt.Fprintln(w, "| block | weft: last follower | direct: last follower | time weft/direct | weft: link bytes (weft/1 frames) | direct: link bytes | bytes weft/direct |")
		fmt.Fprintln(w, "|---|---|---|---|---|---|---|")
		for _, size := range sz {
			var wr, dr bench.Result
			for _, r := range res {
				if r.Size == size && r.Mode == "weft" {
					wr = r
				} else if r.Size == size {
					dr = r
				}
			}
			fmt.Fprintf(w, "| %s | %v | %v | %.2f | %s (%s) | %s | %.2f |\n", fmtSize(size), ms(wr.MedianLast()), ms(dr.MedianLast()),
				float64(wr.MedianLast())/float64(dr.MedianLast()), fmtSize(int(wr.MedianBytes())), fmtSize(int(wr.MedianWeftBytes())), fmtSize(int(dr.MedianBytes())),
				float64(wr.MedianBytes())/float64(dr.MedianBytes()))
		}
		fmt.Fprintln(w)
	}
	if *only != "blocks" {
		res, err := bench.Blobs(ctx, cfg)
		if err != nil {
			return err
		}
		wr, er := res[0], res[1]
		fmt.Fprintln(w, "| blob tx | weft: last pool | eth: last pool | time weft/eth | weft: link bytes (weft/1 frames) | eth: link bytes | bytes weft/eth |")
		fmt.Fprintln(w, "|---|---|---|---|---|---|---|")
		fmt.Fprintf(w, "| %d blobs (%s) | %v | %v | %.2f | %s (%s) | %s | %.2f |\n", *blobs, fmtSize(wr.Size), ms(wr.MedianLast()), ms(er.MedianLast()),
			float64(wr.MedianLast())/float64(er.MedianLast()), fmtSize(int(wr.MedianBytes())), fmtSize(int(wr.MedianWeftBytes())), fmtSize(int(er.MedianBytes())),
			float64(wr.MedianBytes())/float64(er.MedianBytes()))
		fmt.Fprintln(w)
		for _, r := range res {
			fmt.Fprintf(w, "%s samples:", r.Mode)
			for _, s := range r.Samples {
				fmt.Fprintf(w, " last %v median %v bytes %s (weft/1 %s);", ms(s.Last), ms(s.Median), fmtSize(int(s.Bytes)), fmtSize(int(s.WeftBytes)))
			}
			fmt.Fprintln(w)
		}
	}
	return nil
}

func ms(d time.Duration) string { return d.Round(time.Millisecond).String() }

func parseSize(s string) (int, error) {
	s = strings.TrimSpace(s)
	mul := 1
	for _, u := range []struct {
		suffix string
		mul    int
	}{{"KiB", 1 << 10}, {"MiB", 1 << 20}} {
		if strings.HasSuffix(s, u.suffix) {
			s, mul = strings.TrimSuffix(s, u.suffix), u.mul
		}
	}
	n, err := strconv.Atoi(s)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("bad size %q", s)
	}
	return n * mul, nil
}

func fmtSize(n int) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.2f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.0f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}
