package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/weftnet/weft/adapters/libp2p/bench"
	"github.com/weftnet/weft/core"
	"github.com/weftnet/weft/core/costmodel"
)

func scenarioPath(t *testing.T, name string) string {
	for _, d := range []string{"../../../shared/scenarios", "../../shared/scenarios"} {
		p := filepath.Join(d, name)
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	t.Fatalf("%s not found beside the repository", name)
	return ""
}

func TestUsageErrors(t *testing.T) {
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{nil, 2, "Usage"},
		{[]string{"frobnicate"}, 2, "unknown command"},
		{[]string{"sim"}, 2, "--scenario is required"},
		{[]string{"sim", "--scenario", "x.toml", "--strategies", "carrier-pigeon"}, 2, "unknown strategy"},
		{[]string{"sim", "--scenario", "x.toml", "--costs", "/nonexistent-costs.json"}, 2, "--costs"},
		{[]string{"sim", "--scenario", "x.toml", "--costs", ""}, 2, "--costs: empty"},
		{[]string{"sim", "--scenario", "/nonexistent.toml", "--costs", "fixed"}, 1, "no such file"},
		{[]string{"sim", "--bogus"}, 2, "flag provided but not defined"},
		{[]string{"sim", "--scenario", "x.toml", "--engine", "Warp=9"}, 2, "no field \"Warp\""},
		{[]string{"sim", "--scenario", "x.toml", "--engine", "CreditPercent=5"}, 2, "CreditPercent"},
		{[]string{"sim", "--scenario", "x.toml", "--engine", "StallTimeout=3"}, 2, "missing unit"},
		{[]string{"sim", "--scenario", "x.toml", "--engine", "SendWindow"}, 2, "not Field=value"},
	} {
		var out, errb bytes.Buffer
		code := run(c.args, &out, &errb)
		if code != c.code || !strings.Contains(out.String()+errb.String(), c.want) {
			t.Errorf("%v: exit %d, output %q; want exit %d mentioning %q", c.args, code, out.String()+errb.String(), c.code, c.want)
		}
	}
}

func TestSimCommand(t *testing.T) {
	dir := t.TempDir()
	jsonPath, pngPath := filepath.Join(dir, "out.json"), filepath.Join(dir, "out.png")
	costsPath := filepath.Join(dir, "costs.json")
	var out, errb bytes.Buffer
	code := run([]string{"sim", "--scenario", scenarioPath(t, "small-100.toml"), "--strategies", "gossipsub",
		"--costs", "fixed", "--save-costs", costsPath, "--publishers", "1", "--workers", "1", "--quiet", "--json", jsonPath, "--plot", pngPath}, &out, &errb)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if saved, err := costmodel.Load(costsPath); err != nil || saved != costmodel.Fixed() {
		t.Fatalf("--save-costs wrote %v (err %v), want the fixed model", saved.String(), err)
	}
	if !strings.Contains(out.String(), "gossipsub") || !strings.Contains(out.String(), "ideal") {
		t.Fatalf("table: %s", out.String())
	}
	var rep struct {
		Scenario string `json:"scenario"`
		Results  []struct {
			Strategy string   `json:"strategy"`
			Size     int      `json:"size_bytes"`
			P50      *float64 `json:"p50_ms"`
			Rx       float64  `json:"rx_per_node_ratio_mean"`
		} `json:"results"`
		Ideal []struct {
			Size int     `json:"size_bytes"`
			P99  float64 `json:"p99_ms"`
		} `json:"ideal"`
	}
	data, err := os.ReadFile(jsonPath)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Scenario != "small-100" || len(rep.Results) != 4 || len(rep.Ideal) != 4 || rep.Results[0].P50 == nil {
		t.Fatalf("report: %s", data)
	}
	png, err := os.ReadFile(pngPath)
	if err != nil || !bytes.HasPrefix(png, []byte("\x89PNG")) {
		t.Fatalf("plot not written as PNG: %v", err)
	}
}

// TestSimRefusesNegativeCounts: negative counts are usage errors (exit 2) naming
// the flag.
func TestSimRefusesNegativeCounts(t *testing.T) {
	for _, flag := range []string{"--publishers", "--workers", "--scale", "--verify-batch"} {
		var out, errb bytes.Buffer
		code := run([]string{"sim", "--scenario", scenarioPath(t, "small-100.toml"), "--quiet", flag, "-1"}, &out, &errb)
		if code != 2 || !strings.Contains(errb.String(), flag) {
			t.Errorf("%s -1: exit %d, stderr %q; want 2 and the flag named", flag, code, errb.String())
		}
	}
}

// tinyScenario writes a small network in the scenario format for fast command tests.
func tinyScenario(t *testing.T) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "tiny.toml")
	const sc = `name = "tiny"
nodes = 8
peers_per_node = 3
seed = 3
sizes = ["64KiB"]
publishers = 1
[[bandwidth]]
share = 1.0
up_mbps = 50
down_mbps = 50
[[region]]
name = "a"
share = 0.5
[[region]]
name = "b"
share = 0.5
[rtt_ms]
a = [10, 60]
b = [60, 10]
`
	if err := os.WriteFile(p, []byte(sc), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestBenchLibp2pCommand runs 'weft bench libp2p' end to end on a tiny network:
// real libp2p hosts, real gossipsub and weft, virtual time.
func TestBenchLibp2pCommand(t *testing.T) {
	runLibp2pBench = func(cfg bench.Config) (*bench.Report, error) { return bench.Run(t, cfg) }
	defer func() { runLibp2pBench = bench.Main }()
	jsonPath := filepath.Join(t.TempDir(), "bench.json")
	var out, errb bytes.Buffer
	code := run([]string{"bench", "libp2p", "--scenario", tinyScenario(t), "--costs", "fixed", "--json", jsonPath}, &out, &errb)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var rep struct {
		Results []struct {
			Strategy  string  `json:"strategy"`
			Delivered float64 `json:"delivered_fraction"`
		} `json:"results"`
	}
	data, err := os.ReadFile(jsonPath)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Results) != 2 {
		t.Fatalf("want gossipsub-real and weft-real results, got %s", data)
	}
	for _, r := range rep.Results {
		if r.Delivered != 1 {
			t.Errorf("%s delivered %.2f", r.Strategy, r.Delivered)
		}
	}
}

func TestEngineOverrides(t *testing.T) {
	tune, err := engineOverrides("UplinkWindow=0, CreditPercent=150,StallTimeout=300ms,ForwardBudget=1.5")
	if err != nil {
		t.Fatal(err)
	}
	c := core.Config{UplinkWindow: 1}
	tune(&c)
	if c.UplinkWindow != 0 || c.CreditPercent != 150 || c.StallTimeout != 300*time.Millisecond || c.ForwardBudget != 1.5 {
		t.Fatalf("overrides not applied: %+v", c)
	}
	if tune, err := engineOverrides(" "); tune != nil || err != nil {
		t.Fatalf("empty spec: %v, %v", tune != nil, err)
	}
}
