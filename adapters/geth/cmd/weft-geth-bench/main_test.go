package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestFlags(t *testing.T) {
	for _, args := range [][]string{{"-sizes", "12XB"}, {"-mbit", "0"}, {"-only", "both"}, {"stray"}} {
		if err := run(args, &bytes.Buffer{}); err == nil {
			t.Errorf("%v accepted", args)
		}
	}
}

func TestParseSize(t *testing.T) {
	for in, want := range map[string]int{"128KiB": 128 << 10, "4MiB": 4 << 20, "1000": 1000} {
		if got, err := parseSize(in); err != nil || got != want {
			t.Errorf("parseSize(%q) = %d, %v", in, got, err)
		}
	}
	if !strings.Contains(fmtSize(3<<20), "MiB") {
		t.Error(fmtSize(3 << 20))
	}
}
