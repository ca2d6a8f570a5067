// Command weft is the weft command-line tool: the propagation simulator today; the
// node, the devnet and the real-code benchmarks as they land.
//
//	weft sim --scenario ../shared/scenarios/eth-1000.toml --strategies gossipsub --json out.json --plot out.png
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/weftnet/weft/core/report"
	"github.com/weftnet/weft/testnet/sim"
)

const usage = `weft — a coded networking fabric for blockchain nodes

Usage:
  weft <command> [flags]

Commands:
  sim       simulate propagation on a scenario in virtual time
  bench     libp2p: real gossipsub vs weft on real libp2p hosts over simulated links
  devnet    a local network of real libp2p hosts on loopback: weft vs gossipsub, live
  da        data availability: weft's coded columns vs PeerDAS on a scenario, in virtual time
  version   print the version

Run 'weft <command> -h' for a command's flags.
`

var version = "dev"

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	var err error
	switch args[0] {
	case "sim":
		err = cmdSim(args[1:], stdout, stderr)
	case "bench":
		err = cmdBench(args[1:], stdout, stderr)
	case "devnet":
		err = cmdDevnet(args[1:], stdout, stderr)
	case "da":
		err = cmdDA(args[1:], stdout, stderr)
	case "version":
		fmt.Fprintln(stdout, "weft", version)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
	default:
		fmt.Fprintf(stderr, "weft: unknown command %q\n\n%s", args[0], usage)
		return 2
	}
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		fmt.Fprintln(stderr, "weft:", err)
		var ue usageError
		if errors.As(err, &ue) {
			return 2
		}
		return 1
	}
	return 0
}

// writeOutputs writes a report as JSON and its completion-time CDFs as a PNG, for
// the paths that are not empty.
func writeOutputs(rep *report.Report, jsonPath, plotPath string) error {
	if jsonPath != "" {
		data, err := json.MarshalIndent(rep, "", "  ")
		if err != nil {
			return err
		}
		if err := os.WriteFile(jsonPath, append(data, '\n'), 0o644); err != nil {
			return err
		}
	}
	if plotPath != "" {
		if err := sim.PlotPNG(rep, plotPath); err != nil {
			return fmt.Errorf("plot: %w", err)
		}
	}
	return nil
}

// parseFlags parses a command's flags: -h comes back as flag.ErrHelp, a bad flag or
// a stray argument as a usage error.
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usageError{err}
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Errorf("%s: unexpected argument %q", fs.Name(), fs.Arg(0))}
	}
	return nil
}

// usageError marks errors in how the command was called (exit status 2).
type usageError struct{ error }

func (u usageError) Unwrap() error { return u.error }
