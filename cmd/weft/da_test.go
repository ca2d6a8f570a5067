package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDAUsageErrors(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"da"}, "--scenario is required"},
		{[]string{"da", "--scenario", "x.toml", "--blobs", "0"}, "--blobs"},
		{[]string{"da", "--scenario", "x.toml", "--blobs", "6,x"}, "--blobs"},
		{[]string{"da", "--scenario", "x.toml", "--custody", "0"}, "--custody"},
		{[]string{"da", "--scenario", "x.toml", "--redundancy", "0.5"}, "--redundancy"},
		{[]string{"da", "--scenario", "x.toml", "--trials", "0"}, "--trials"},
		{[]string{"da", "--scenario", "x.toml", "--verify-scope", "block"}, "--verify-scope"},
		{[]string{"da", "--scenario", "x.toml", "stray"}, "unexpected argument"},
	} {
		var out, errb bytes.Buffer
		code := run(c.args, &out, &errb)
		if code != 2 || !strings.Contains(errb.String(), c.want) {
			t.Errorf("%v: exit %d, %q; want exit 2 mentioning %q", c.args, code, errb.String(), c.want)
		}
	}
}

// TestDACommand runs the DA simulator end to end on the small scenario, with
// costs measured by real KZG.
func TestDACommand(t *testing.T) {
	dir := t.TempDir()
	jsonPath, pngPath := filepath.Join(dir, "da.json"), filepath.Join(dir, "da.png")
	costsPath := filepath.Join(dir, "costs.json")
	var out, errb bytes.Buffer
	code := run([]string{"da", "--scenario", scenarioPath(t, "small-100.toml"), "--blobs", "2", "--trials", "20",
		"--quiet", "--json", jsonPath, "--plot", pngPath, "--write-costs", costsPath}, &out, &errb)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	for _, want := range []string{"weft", "peerdas", "targets:", "withholding trials", "recover-row="} {
		if !strings.Contains(out.String(), want) {
			t.Fatalf("output lacks %q:\n%s", want, out.String())
		}
	}
	var rep struct {
		Rows []struct {
			Protocol string  `json:"protocol"`
			Passed   float64 `json:"passed_fraction"`
		} `json:"rows"`
	}
	data, err := os.ReadFile(jsonPath)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &rep); err != nil || len(rep.Rows) != 6 {
		t.Fatalf("report: %v %s", err, data)
	}
	if st, err := os.Stat(pngPath); err != nil || st.Size() == 0 {
		t.Fatal("no plot", err)
	}
	// The same costs read back give the same report: runs are deterministic.
	again := filepath.Join(dir, "again.json")
	out.Reset()
	errb.Reset()
	if code := run([]string{"da", "--scenario", scenarioPath(t, "small-100.toml"), "--blobs", "2", "--trials", "20",
		"--quiet", "--json", again, "--costs", costsPath}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	data2, err := os.ReadFile(again)
	if err != nil || !bytes.Equal(data, data2) {
		t.Fatalf("report from pinned costs differs (%v)", err)
	}
	if code := run([]string{"da", "--scenario", scenarioPath(t, "small-100.toml"), "--blobs", "3", "--quiet",
		"--costs", costsPath}, &out, &errb); code != 1 || !strings.Contains(errb.String(), "no costs for 3 blobs") {
		t.Fatalf("missing blob count: exit %d, %s", code, errb.String())
	}
}
