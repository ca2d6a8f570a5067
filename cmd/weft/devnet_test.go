package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/weftnet/weft/core"
)

// TestDevnetCommand runs 'weft devnet' end to end on a small real network (six
// libp2p hosts on loopback, two small messages) and checks that every node got
// every message on both protocols and that the report, JSON and PNG are written.
func TestDevnetCommand(t *testing.T) {
	dir := t.TempDir()
	jsonPath, pngPath := filepath.Join(dir, "devnet.json"), filepath.Join(dir, "devnet.png")
	var out, errb bytes.Buffer
	code := run([]string{"devnet", "--scenario", "builtin", "--nodes", "6", "--peers", "3", "--messages", "2",
		"--sizes", "16KiB,48KiB", "--json", jsonPath, "--plot", pngPath, "--quiet"}, &out, &errb)
	if code != 0 {
		t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", code, out.String(), errb.String())
	}
	t.Logf("\n%s", out.String())
	for _, want := range []string{"gossipsub", "weft-rlnc", "ideal", "CPU cores", "16KiB", "48KiB"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("report lacks %q", want)
		}
	}
	data, err := os.ReadFile(jsonPath)
	if err != nil {
		t.Fatal(err)
	}
	var rep struct {
		Results []struct {
			Strategy  string  `json:"strategy"`
			SizeBytes int     `json:"size_bytes"`
			Delivered float64 `json:"delivered_fraction"`
		} `json:"results"`
		Ideal []struct {
			SizeBytes int `json:"size_bytes"`
		} `json:"ideal"`
	}
	if err := json.Unmarshal(data, &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Results) != 4 || len(rep.Ideal) != 2 {
		t.Fatalf("%d results, %d ideal sizes:\n%s", len(rep.Results), len(rep.Ideal), data)
	}
	for _, r := range rep.Results {
		if r.Delivered != 1 {
			t.Errorf("%s %d B: delivered to %.2f of the nodes", r.Strategy, r.SizeBytes, r.Delivered)
		}
	}
	png, err := os.ReadFile(pngPath)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(png, []byte("\x89PNG")) {
		t.Errorf("%s is not a PNG", pngPath)
	}
}

func TestDevnetUsageErrors(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"devnet", "--nodes", "1"}, "--nodes"},
		{[]string{"devnet", "--nodes", "4", "--peers", "4"}, "--peers"},
		{[]string{"devnet", "--messages", "0"}, "--messages"},
		{[]string{"devnet", "--sizes", "12XB"}, "--sizes"},
		{[]string{"devnet", "--strategy", "carrier-pigeon"}, "--strategy"},
		{[]string{"devnet", "extra"}, "unexpected argument"},
	} {
		var out, errb bytes.Buffer
		if code := run(c.args, &out, &errb); code != 2 || !strings.Contains(errb.String(), c.want) {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", c.args, code, errb.String(), c.want)
		}
	}
	var out, errb bytes.Buffer
	if code := run([]string{"devnet", "--scenario", "/nonexistent.toml"}, &out, &errb); code != 1 {
		t.Errorf("missing explicit scenario: exit %d, want 1", code)
	}
}

// TestDevnetDefaultScenario checks that the built-in network stands in when the
// default scenario file is not beside the repository, and only then.
func TestDevnetDefaultScenario(t *testing.T) {
	sc, note, err := devnetScenario("/nonexistent/small-100.toml", true)
	if err != nil || sc.Name != "devnet-builtin" || note == "" {
		t.Fatalf("fallback: %v, %q, %v", sc, note, err)
	}
	if _, _, err := devnetScenario("/nonexistent/small-100.toml", false); err == nil {
		t.Fatal("an explicit missing file must be an error")
	}
	cfg, desc, err := devnetConfig(sc, 32, 0, 12, []int{128 << 10, 768 << 10}, core.StrategyRLNC)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Nodes != 32 || len(cfg.Messages) != 12 || cfg.Messages[1].Size != 768<<10 || !strings.Contains(desc, "10 peers per node") {
		t.Fatalf("config: %d nodes, %d messages; %s", cfg.Nodes, len(cfg.Messages), desc)
	}
	for i, ps := range cfg.Peers {
		if len(ps) < 10 {
			t.Errorf("node %d has %d peers", i, len(ps))
		}
	}
}
