package scenario

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sharedDir finds ../shared/scenarios from the repository root.
func sharedDir(t *testing.T) string {
	t.Helper()
	for _, d := range []string{"../../../shared/scenarios", "../../shared/scenarios"} {
		if _, err := os.Stat(d); err == nil {
			return d
		}
	}
	t.Fatal("shared/scenarios not found beside the repository (CI copies it there)")
	return ""
}

func TestLoadShared(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(sharedDir(t), "*.toml"))
	if len(files) == 0 {
		t.Fatal("no scenario files")
	}
	for _, f := range files {
		sc, err := Load(f)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		if len(sc.RTTMS) != len(sc.Regions) || len(sc.Sizes) == 0 {
			t.Errorf("%s: incomplete %+v", f, sc)
		}
	}
}

const good = `
name = "t"
nodes = 10
peers_per_node = 3
seed = 1
sizes = ["1KiB", "2MiB"]
publishers = 2
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
a = [10, 20]
b = [20, 10]
[faults]
loss = 0.01
crash_window_ms = [0, 100]
`

func TestParse(t *testing.T) {
	sc, err := Parse([]byte(good))
	if err != nil {
		t.Fatal(err)
	}
	if sc.Sizes[1].Bytes != 2<<20 || sc.Publisher.UpMbps != 50 || sc.Faults.ByzantineBehavior != "none" {
		t.Fatalf("%+v", sc)
	}
}

func TestParseErrors(t *testing.T) {
	for _, c := range []struct{ from, to, want string }{
		{"nodes = 10", "nodes = 1", "nodes"},
		{"peers_per_node = 3", "peers_per_node = 10", "peers_per_node"},
		{`"2MiB"`, `"2 parsecs"`, "size"},
		{"share = 1.0", "share = 0.5", "bandwidth shares"},
		{"b = [20, 10]", "b = [21, 10]", "symmetric"},
		{"b = [20, 10]", "c = [20, 10]", "region"},
		{"loss = 0.01", "loss = 1.5", "loss"},
		{"loss = 0.01", "los = 0.01", "los"},
		{"crash_window_ms = [0, 100]", "crash_window_ms = [100, 0]", "crash_window_ms"},
		{"publishers = 2", "publishers = 0", "publishers"},
	} {
		_, err := Parse([]byte(strings.Replace(good, c.from, c.to, 1)))
		if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s → %s: %v, want an error about %s", c.from, c.to, err, c.want)
		}
	}
}

func TestParseSize(t *testing.T) {
	for in, want := range map[string]int{"128KiB": 128 << 10, "2MiB": 2 << 20, "512": 512, "1MB": 1e6, "1.5KiB": 1536} {
		if got, err := ParseSize(in); err != nil || got != want {
			t.Errorf("ParseSize(%q) = %d, %v", in, got, err)
		}
	}
	for _, in := range []string{"", "0", "-1KiB", "KiB", "1TiB0"} {
		if _, err := ParseSize(in); err == nil {
			t.Errorf("ParseSize(%q) accepted", in)
		}
	}
}
