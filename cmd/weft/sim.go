package main

import (
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/weftnet/weft/core"
	"github.com/weftnet/weft/testnet/scenario"
	"github.com/weftnet/weft/testnet/sim"
)

// strategies maps the names accepted by --strategies to their constructors; scale
// is the payload scale for strategies that run real engines (see sim.Weft).
var strategies = map[string]func(scale int) (sim.Strategy, error){
	"gossipsub": func(int) (sim.Strategy, error) { return sim.NewGossipsub(), nil },
	"rlnc":      func(s int) (sim.Strategy, error) { return sim.NewWeft("rlnc", s) },
	"rs":        func(s int) (sim.Strategy, error) { return sim.NewWeft("rs", s) },
	"flood":     func(s int) (sim.Strategy, error) { return sim.NewWeft("flood", s) },
	"rlnc-verified": func(s int) (sim.Strategy, error) {
		return sim.NewWeft("rlnc-verified", s)
	},
}

// autoScale picks the smallest power-of-two payload scale that keeps a strategy's
// message memory under 8 GiB with two runs at a time: about four copies of the
// message per node for the coding strategies (decoder, output, frames in flight),
// and one more per peer for flood, whose frames each carry the whole message.
func autoScale(strategy string, nodes, peers, maxSize int) int {
	copies := int64(4)
	if strategy == "flood" {
		copies += int64(peers)
	}
	s := 1
	for int64(nodes)*int64(maxSize)*copies*2/int64(s) > 8<<30 {
		s *= 2
	}
	return s
}

func strategyNames() []string {
	var names []string
	for n := range strategies {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

func cmdSim(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("weft sim", flag.ContinueOnError)
	fs.SetOutput(stderr)
	scenarioPath := fs.String("scenario", "", "scenario file (TOML, as in shared/scenarios); required")
	strats := fs.String("strategies", "gossipsub", "comma-separated strategies: "+strings.Join(strategyNames(), ", "))
	jsonOut := fs.String("json", "", "write the report as JSON to this file")
	plotOut := fs.String("plot", "", "write completion-time CDFs as a PNG to this file")
	costs := fs.String("costs", "calibrate", costsHelp)
	saveCosts := fs.String("save-costs", "", "write the processing costs used to this JSON file (for a later --costs FILE)")
	publishers := fs.Int("publishers", 0, "publish from this many nodes instead of the scenario's count (0: scenario)")
	sizes := fs.String("sizes", "", "comma-separated sizes instead of the scenario's (e.g. 128KiB,2MiB)")
	verifyBatch := fs.Int("verify-batch", 0, "rlnc-verified: chunks checked together in one batch (core.Config.VerifyBatch; 0: the engine's default)")
	engine := fs.String("engine", "", "override engine settings for weft strategies: Field=value,... over core.Config's numeric fields (e.g. CreditPercent=150,SendWindow=2)")
	quiet := fs.Bool("quiet", false, "no progress bar")
	scale := fs.Int("scale", 0, "payload scale for engine strategies: engines hold size/scale bytes, links and CPU are charged at full size (0: automatic)")
	workers := fs.Int("workers", 0, "runs simulated at once; each holds a whole network, so fewer use less memory (0: one per CPU)")
	sequence := fs.Bool("sequence", false, "run each size's messages one after another on the same nodes, as a live network carries them: engines keep peer scores, bans and closed connections, Byzantine nodes stay the same, crashing nodes are drawn per message and restart empty (weft strategies only); the table adds a row per message")
	slot := fs.Duration("slot", 12*time.Second, "with --sequence: time from one publish to the next")
	crashCloses := fs.Bool("crash-closes", false, "model a crash as a process dying on a running host: its connections close and each peer sees it one way later (default: the node goes silent, as on power or network loss); with --sequence the restarted node reconnects to the neighbours that have not banned it")
	fs.Usage = func() {
		fmt.Fprint(stderr, "Usage: weft sim --scenario FILE [--strategies LIST] [--json OUT.json] [--plot OUT.png]\n\n")
		fs.PrintDefaults()
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *scenarioPath == "" {
		fs.Usage()
		return usageError{fmt.Errorf("sim: --scenario is required")}
	}
	if *slot <= 0 {
		return usageError{fmt.Errorf("sim: --slot %v, need a positive duration", *slot)}
	}
	if *publishers < 0 {
		return usageError{fmt.Errorf("sim: --publishers must not be negative")}
	}
	if *verifyBatch < 0 {
		return usageError{fmt.Errorf("sim: --verify-batch must not be negative")}
	}
	if *scale < 0 {
		return usageError{fmt.Errorf("sim: --scale must not be negative")}
	}
	if *workers < 0 {
		return usageError{fmt.Errorf("sim: --workers must not be negative")}
	}
	tune, err := engineOverrides(*engine)
	if err != nil {
		return usageError{fmt.Errorf("sim: %w", err)}
	}
	names := strings.Split(*strats, ",")
	for i, name := range names {
		names[i] = strings.TrimSpace(name)
		if _, ok := strategies[names[i]]; !ok {
			return usageError{fmt.Errorf("sim: unknown strategy %q (have: %s)", names[i], strings.Join(strategyNames(), ", "))}
		}
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
	maxSize := 0
	for _, s := range sc.Sizes {
		maxSize = max(maxSize, s.Bytes)
	}
	var list []sim.Strategy
	for _, name := range names {
		sf := *scale
		if sf == 0 {
			sf = autoScale(name, sc.Nodes, sc.PeersPerNode, maxSize)
		}
		st, err := strategies[name](sf)
		if err != nil {
			return err
		}
		if w, ok := st.(*sim.Weft); ok && (*verifyBatch > 0 || tune != nil) {
			w.Tune = func(c *core.Config) {
				if *verifyBatch > 0 {
					c.VerifyBatch = *verifyBatch
				}
				if tune != nil {
					tune(c)
				}
			}
		}
		if name != "gossipsub" {
			fmt.Fprintf(stderr, "%s: payload scale %d\n", name, sf)
		}
		list = append(list, st)
	}

	start := time.Now()
	opt := sim.Options{Costs: &c, Publishers: *publishers, Workers: *workers, Sequence: *sequence, Slot: *slot, CrashCloses: *crashCloses}
	if !*quiet {
		opt.Progress = progressBar(stderr, start)
	}
	rep, err := sim.Run(sc, list, opt)
	if err != nil {
		return err
	}
	if !*quiet {
		fmt.Fprintln(stderr)
	}
	fmt.Fprint(stdout, sim.Format(rep))
	fmt.Fprintf(stdout, "\nwall time %v\n", time.Since(start).Round(time.Millisecond))
	return writeOutputs(rep, *jsonOut, *plotOut)
}

// progressBar draws "[#####.....] 12/40 runs, 3.2s" on one terminal line.
func progressBar(w io.Writer, start time.Time) func(done, total int) {
	return func(done, total int) {
		const width = 30
		filled := done * width / total
		fmt.Fprintf(w, "\r[%s%s] %d/%d runs, %v", strings.Repeat("#", filled), strings.Repeat(".", width-filled),
			done, total, time.Since(start).Round(100*time.Millisecond))
	}
}
