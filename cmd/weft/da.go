package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/weftnet/weft/da"
	"github.com/weftnet/weft/testnet/dasim"
	"github.com/weftnet/weft/testnet/scenario"
)

// cmdDA runs the data-availability simulator: weft's coded columns against
// PeerDAS on a scenario's network, with costs measured here with real KZG.
func cmdDA(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("weft da", flag.ContinueOnError)
	fs.SetOutput(stderr)
	scenarioPath := fs.String("scenario", "", "scenario file (TOML, as in shared/scenarios); required")
	blobs := fs.String("blobs", "6,21,48,72", "comma-separated blob counts per block")
	jsonOut := fs.String("json", "", "write the report as JSON to this file")
	plotOut := fs.String("plot", "", "write DA-time CDFs as a PNG to this file")
	custody := fs.Int("custody", 4, "weft: custody columns per node")
	samples := fs.Int("samples", 0, "weft: sample challenges per node (0: the fewest for 2^-30)")
	redundancy := fs.Float64("redundancy", 1.25, "weft: publisher pieces per column as a multiple of the blob count")
	trials := fs.Int("trials", 1000, "withholding trials")
	verifyBatch := fs.Int("verify-batch", 32, "weft: queued pieces that trigger a batch check")
	verifyDelay := fs.Duration("verify-delay", 175*time.Millisecond, "weft: how long the oldest queued piece waits for its batch")
	verifyScope := fs.String("verify-scope", "node", "weft: what one verification queue holds: node (all the node's columns in one check, da.Pool) or column")
	noCompletion := fs.Bool("no-completion-flush", false, "weft: do not verify at once a queue that would complete a column or the node's DA check")
	grace := fs.Duration("completion-grace", 0, "weft: a queue that would complete a column waits up to this long for other columns about to complete (0: verified at once)")
	singleAnswers := fs.Bool("single-answers", false, "weft: check each sample answer alone (Sampler.Check) instead of in the node's verification pool")
	decode := fs.Bool("decode", false, "weft: custody nodes decode each column as it completes, on the dissemination path (da.Strategy without Hold)")
	seed := fs.Uint64("seed", 1, "simulation seed")
	costsIn := fs.String("costs", "", "read the KZG costs from this JSON file (as --write-costs writes) instead of measuring them")
	costsOut := fs.String("write-costs", "", "write the measured KZG costs to this JSON file")
	quiet := fs.Bool("quiet", false, "no progress bar")
	fs.Usage = func() {
		fmt.Fprint(stderr, "Usage: weft da --scenario FILE [--blobs 6,21,48,72] [--json OUT.json] [--plot OUT.png]\n\n")
		fs.PrintDefaults()
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *scenarioPath == "" {
		fs.Usage()
		return usageError{fmt.Errorf("da: --scenario is required")}
	}
	var counts []int
	for _, s := range strings.Split(*blobs, ",") {
		k, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || k < 1 || k > 128 {
			return usageError{fmt.Errorf("da: --blobs: %q is not a blob count in 1..128", s)}
		}
		counts = append(counts, k)
	}
	if *custody < 1 || *custody > da.Columns/2 {
		return usageError{fmt.Errorf("da: --custody must be in 1..%d", da.Columns/2)}
	}
	if *samples < 0 || *samples+*custody > da.Columns {
		return usageError{fmt.Errorf("da: --samples must be in 0..%d", da.Columns-*custody)}
	}
	if *redundancy < 1 {
		return usageError{fmt.Errorf("da: --redundancy must be at least 1")}
	}
	if *verifyBatch < 1 || *verifyDelay <= 0 {
		return usageError{fmt.Errorf("da: --verify-batch and --verify-delay must be positive")}
	}
	scope := dasim.ScopeNode
	switch *verifyScope {
	case "node":
	case "column":
		scope = dasim.ScopeColumn
	default:
		return usageError{fmt.Errorf("da: --verify-scope must be node or column")}
	}
	if *trials < 1 {
		return usageError{fmt.Errorf("da: --trials must be at least 1")}
	}
	sc, err := scenario.Load(*scenarioPath)
	if err != nil {
		return err
	}
	cs, err := daCosts(*costsIn, counts, stderr)
	if err != nil {
		return err
	}
	if *costsOut != "" {
		data, err := json.MarshalIndent(cs, "", "  ")
		if err != nil {
			return err
		}
		if err := os.WriteFile(*costsOut, append(data, '\n'), 0o644); err != nil {
			return err
		}
	}
	costs := map[int]da.Costs{}
	for _, c := range cs {
		costs[c.Blobs] = c
		fmt.Fprintln(stderr, "costs:", c)
	}
	start := time.Now()
	opt := dasim.Options{Blobs: counts, Costs: costs, Trials: *trials,
		Base: dasim.Params{Custody: *custody, Samples: *samples, Redundancy: *redundancy, Decode: *decode, Seed: *seed,
			VerifyBatch: *verifyBatch, VerifyDelay: *verifyDelay, VerifyScope: scope, NoCompletionFlush: *noCompletion,
			SingleAnswers: *singleAnswers, CompletionGrace: *grace}}
	if !*quiet {
		opt.Progress = progressBar(stderr, start)
	}
	rep, err := dasim.Run(sc, opt)
	if err != nil {
		return err
	}
	if !*quiet {
		fmt.Fprintln(stderr)
	}
	fmt.Fprint(stdout, dasim.Format(rep))
	fmt.Fprintf(stdout, "\nwall time %v\n", time.Since(start).Round(time.Millisecond))
	if *jsonOut != "" {
		data, err := json.MarshalIndent(rep, "", "  ")
		if err != nil {
			return err
		}
		if err := os.WriteFile(*jsonOut, append(data, '\n'), 0o644); err != nil {
			return err
		}
	}
	if *plotOut != "" {
		if err := dasim.PlotPNG(rep, *plotOut); err != nil {
			return fmt.Errorf("plot: %w", err)
		}
	}
	return nil
}

// daCosts measures the KZG costs for the blob counts, or reads them from path.
func daCosts(path string, counts []int, stderr io.Writer) ([]da.Costs, error) {
	if path == "" {
		fmt.Fprintln(stderr, "measuring KZG costs on this machine (real proofs)...")
		cs, err := da.Calibrate(counts, nil)
		if err != nil {
			return nil, fmt.Errorf("calibration: %w", err)
		}
		return cs, nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var all []da.Costs
	if err := json.Unmarshal(data, &all); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var cs []da.Costs
	for _, k := range counts {
		found := false
		for _, c := range all {
			if c.Blobs == k {
				cs, found = append(cs, c), true
				break
			}
		}
		if !found {
			return nil, fmt.Errorf("%s: no costs for %d blobs", path, k)
		}
	}
	return cs, nil
}
