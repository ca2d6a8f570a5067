package costmodel

import (
	"testing"
	"time"

	"github.com/weftnet/weft/core"
)

// TestEveryOpPriced: an op the models do not price would be free in virtual time.
func TestEveryOpPriced(t *testing.T) {
	m, err := Calibrate()
	if err != nil {
		t.Fatal(err)
	}
	t.Log(m.String())
	for name, m := range map[string]Model{"fixed": Fixed(), "calibrated": m} {
		for op := range core.NumOps {
			if m.PerByte[op] <= 0 && m.PerOp[op] <= 0 {
				t.Errorf("%s model: op %s has no price", name, op)
			}
		}
	}
}

func TestDuration(t *testing.T) {
	m := Fixed()
	var c core.Costs
	c.Add(core.OpHash, 1000)  // 2 ns/B
	c.Add(core.OpReject, 100) // 0.5 ns/B, not scaled
	c.Add(core.OpSign, 0)     // 20 µs
	if got, want := m.Duration(c, 1), 2000*time.Nanosecond+50+20*time.Microsecond; got != want {
		t.Fatalf("scale 1: %v, want %v", got, want)
	}
	if got, want := m.Duration(c, 4), 8000*time.Nanosecond+50+20*time.Microsecond; got != want {
		t.Fatalf("scale 4: %v, want %v", got, want)
	}
	if got := m.Op(core.OpVerifySig, 64); got != 50*time.Microsecond {
		t.Fatalf("Op: %v", got)
	}
}

func TestFileRoundTrip(t *testing.T) {
	path := t.TempDir() + "/costs.json"
	want := Fixed()
	if err := Save(path, want); err != nil {
		t.Fatal(err)
	}
	got, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Fatalf("round trip:\n got %v\nwant %v", got.String(), want.String())
	}
}

func TestFileRejects(t *testing.T) {
	for name, text := range map[string]string{
		"unknown op": `{"kernel":"x","ops":{"warp":{"ns_per_byte":1}}}`,
		"missing":    `{"kernel":"x","ops":{"encode":{"ns_per_byte":1}}}`,
		"negative":   `{"kernel":"x","ops":{"encode":{"ns_per_byte":-1}}}`,
		"unpriced":   `{"kernel":"x","ops":{"encode":{}}}`,
		"not json":   `kernel`,
	} {
		var m Model
		if err := m.UnmarshalJSON([]byte(text)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
