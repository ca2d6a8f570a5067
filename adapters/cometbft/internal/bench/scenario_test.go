package bench

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

const testScenario = `
name = "t"
seed = 7
jitter_ms = 5
[[bandwidth]]
share = 1.0
up_mbps = 200
down_mbps = 100
[[region]]
name = "a"
share = 0.3
[[region]]
name = "b"
share = 0.4
[[region]]
name = "c"
share = 0.3
[rtt_ms]
a = [15, 85, 200]
b = [85, 20, 220]
c = [200, 220, 40]
`

func TestScenarioLayout(t *testing.T) {
	p := filepath.Join(t.TempDir(), "s.toml")
	if err := os.WriteFile(p, []byte(testScenario), 0o600); err != nil {
		t.Fatal(err)
	}
	sc, err := LoadScenario(p)
	if err != nil {
		t.Fatal(err)
	}
	l := sc.Layout(16)
	count := map[int]int{}
	for _, r := range l.Region {
		count[r]++
	}
	// 16 × (0.3, 0.4, 0.3) = 4.8, 6.4, 4.8 → 5, 6, 5 by largest remainder
	if count[0] != 5 || count[1] != 6 || count[2] != 5 {
		t.Fatalf("regions %v", count)
	}
	if l.UpBps[3] != 25e6 || l.DownBps[3] != 12.5e6 {
		t.Fatalf("bandwidth %v/%v", l.UpBps[3], l.DownBps[3])
	}
	// validator 0 is in region a, validator 15 in c: one way 100 ms plus under 5 ms jitter
	if d := l.OneWay[0][15]; d < 100*time.Millisecond || d >= 105*time.Millisecond || l.OneWay[15][0] != d {
		t.Fatalf("one-way a→c %v", d)
	}
	if d := l.OneWay[0][1]; d < 7500*time.Microsecond || d >= 12500*time.Microsecond {
		t.Fatalf("one-way a→a %v", d)
	}
	bad := filepath.Join(t.TempDir(), "bad.toml")
	if err := os.WriteFile(bad, []byte("name = \"x\"\n[[bandwidth]]\nshare = 1.0\n[[region]]\nname = \"a\"\nshare = 1.0\n[rtt_ms]\na = [1, 2]\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadScenario(bad); err == nil {
		t.Fatal("rtt row of the wrong length accepted")
	}
}
