package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/weftnet/weft/adapters/libp2p/bench"
	"github.com/weftnet/weft/core"
	"github.com/weftnet/weft/core/costmodel"
	"github.com/weftnet/weft/testnet/scenario"
	"github.com/weftnet/weft/testnet/sim"
)

// runLibp2pBench runs the harness; tests swap in bench.Run with their own *testing.T,
// since bench.Main runs the harness as a test of its own testing.M.
var runLibp2pBench = bench.Main

func cmdBench(args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] != "libp2p" {
		return usageError{errors.New("bench: usage: weft bench libp2p --scenario FILE [--json OUT.json] [--plot OUT.png]")}
	}
	fs := flag.NewFlagSet("weft bench libp2p", flag.ContinueOnError)
	fs.SetOutput(stderr)
	scenarioPath := fs.String("scenario", "", "scenario file (TOML, as in shared/scenarios); required")
	jsonOut := fs.String("json", "", "write the report as JSON to this file")
	plotOut := fs.String("plot", "", "write completion-time CDFs as a PNG to this file")
	costs := fs.String("costs", "calibrate", costsHelp)
	saveCosts := fs.String("save-costs", "", "write the processing costs used to this JSON file (for a later --costs FILE)")
	publishers := fs.Int("publishers", 0, "publish from this many nodes instead of the scenario's count (0: scenario)")
	sizes := fs.String("sizes", "", "comma-separated sizes instead of the scenario's (e.g. 128KiB,2MiB)")
	strategy := fs.String("strategy", "rlnc", "weft's strategy: rlnc, rlnc-verified, rs or flood")
	uplinkWindow := fs.Int("uplink-window", 0, "weft's node-wide uplink window on paced nodes (core.Config.UplinkWindow; 0: none)")
	fs.Usage = func() {
		fmt.Fprint(stderr, "Usage: weft bench libp2p --scenario FILE [--publishers N] [--sizes LIST] [--json OUT.json] [--plot OUT.png]\n\n"+
			"Runs real go-libp2p hosts over simulated links in virtual time: go-libp2p-pubsub's gossipsub\n"+
			"and weft on the same hosts, one message at a time. Large scenarios take minutes and gigabytes.\n\n")
		fs.PrintDefaults()
	}
	if err := parseFlags(fs, args[1:]); err != nil {
		return err
	}
	if *scenarioPath == "" {
		fs.Usage()
		return usageError{errors.New("bench: --scenario is required")}
	}
	if *publishers < 0 {
		return usageError{errors.New("bench: --publishers must not be negative")}
	}
	strategyID, err := core.ParseStrategy(*strategy)
	if err != nil {
		return usageError{fmt.Errorf("bench: %w", err)}
	}
	c, err := loadCosts(*costs, *saveCosts, stderr)
	if err != nil {
		return err
	}
	sc, err := scenario.Load(*scenarioPath)
	if err != nil {
		return err
	}
	if err := overrideSizes(sc, *sizes); err != nil {
		return err
	}
	cfg := benchConfig(sc, *publishers, c)
	cfg.Strategy = strategyID
	if *uplinkWindow < 0 {
		return usageError{fmt.Errorf("bench: --uplink-window must not be negative")}
	}
	cfg.UplinkWindow = *uplinkWindow
	start := time.Now()
	cfg.Logf = func(format string, args ...any) { fmt.Fprintf(stderr, format+"\n", args...) }
	rep, err := runLibp2pBench(cfg)
	if err != nil {
		return err
	}
	fmt.Fprint(stdout, bench.Format(rep))
	fmt.Fprintf(stdout, "\nwall time %v\n", time.Since(start).Round(time.Second))
	return writeOutputs(rep, *jsonOut, *plotOut)
}

// benchConfig builds the harness's network from a scenario exactly as the
// simulator does: same graph, capacities, latencies and publishers.
func benchConfig(sc *scenario.Scenario, publishers int, c costmodel.Model) bench.Config {
	nw := sim.NewNetwork(sc)
	n := sc.Nodes
	if publishers <= 0 || publishers > n {
		publishers = sc.Publishers
	}
	pubs := rand.New(rand.NewPCG(sc.Seed, 0x707562)).Perm(n)[:publishers]
	up, down := make([]float64, n), make([]float64, n)
	for i := range n {
		up[i], down[i] = nw.Up[i]*8/1e6, nw.Down[i]*8/1e6
	}
	for _, p := range pubs {
		up[p], down[p] = sc.Publisher.UpMbps, sc.Publisher.DownMbps
	}
	sizes := make([]int, len(sc.Sizes))
	for i, s := range sc.Sizes {
		sizes[i] = s.Bytes
	}
	return bench.Config{
		Name: sc.Name, Nodes: n, UpMbps: up, DownMbps: down, Peers: nw.Peers, Sizes: sizes, Publishers: pubs,
		Costs: &c,
		Latency: func(i, j int) time.Duration {
			if k := nw.PeerIndex(i, j); k >= 0 {
				return nw.Latency[i][k]
			}
			return time.Duration(sc.RTTMS[nw.Region[i]][nw.Region[j]] / 2 * float64(time.Millisecond))
		},
	}
}

// overrideSizes replaces the scenario's sizes with a comma-separated list, if any.
func overrideSizes(sc *scenario.Scenario, list string) error {
	if list == "" {
		return nil
	}
	sc.Sizes = nil
	for _, s := range strings.Split(list, ",") {
		n, err := scenario.ParseSize(s)
		if err != nil {
			return usageError{err}
		}
		sc.Sizes = append(sc.Sizes, scenario.Size{Bytes: n, Text: strings.TrimSpace(s)})
	}
	return nil
}
