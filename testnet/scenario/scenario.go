// Package scenario reads the network descriptions that every propagation result is
// measured on (the TOML files of shared/scenarios): node count and degree, bandwidth
// classes, regions and their round-trip times, faults, and the messages to publish.
//
//	sc, err := scenario.Load("shared/scenarios/eth-1000.toml")
//	if err != nil { ... }          // every field is validated, errors name the field
//	for _, size := range sc.Sizes { ... }
package scenario

import (
	"errors"
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"

	"github.com/pelletier/go-toml/v2"
)

// ErrInvalid is wrapped by every validation error.
var ErrInvalid = errors.New("scenario: invalid")

// Scenario is one network description.
type Scenario struct {
	Name         string
	Description  string
	Nodes        int
	PeersPerNode int
	Seed         uint64
	Sizes        []Size
	Publishers   int
	MeasureFrom  string
	JitterMS     float64
	TwoThirds    bool
	Bandwidth    []Bandwidth
	Publisher    Link
	Regions      []Region
	// RTTMS[i][j] is the round-trip time between regions i and j, in milliseconds.
	RTTMS  [][]float64
	Faults Faults
}

// Size is a message size in bytes, written like "128KiB" or "2MiB".
type Size struct {
	Bytes int
	Text  string
}

func (s Size) String() string { return s.Text }

// Link is a node's capacity in megabits per second.
type Link struct {
	UpMbps, DownMbps float64
}

// Bandwidth is a class of nodes holding Share of them.
type Bandwidth struct {
	Share float64
	Link
}

// Region is a class of nodes by location.
type Region struct {
	Name  string
	Share float64
}

// Faults describe what goes wrong during propagation.
type Faults struct {
	Loss              float64
	CrashFraction     float64
	CrashWindowMS     [2]float64
	ByzantineFraction float64
	// ByzantineBehavior is "none", "pollute", "withhold" or "spam".
	ByzantineBehavior string
}

type fileFormat struct {
	Name         string   `toml:"name"`
	Description  string   `toml:"description"`
	Nodes        int      `toml:"nodes"`
	PeersPerNode int      `toml:"peers_per_node"`
	Seed         int64    `toml:"seed"`
	Sizes        []string `toml:"sizes"`
	Publishers   int      `toml:"publishers"`
	MeasureFrom  string   `toml:"measure_from"`
	JitterMS     float64  `toml:"jitter_ms"`
	TwoThirds    bool     `toml:"two_thirds"`
	Bandwidth    []struct {
		Share    float64 `toml:"share"`
		UpMbps   float64 `toml:"up_mbps"`
		DownMbps float64 `toml:"down_mbps"`
	} `toml:"bandwidth"`
	Publisher *struct {
		UpMbps   float64 `toml:"up_mbps"`
		DownMbps float64 `toml:"down_mbps"`
	} `toml:"publisher"`
	Region []struct {
		Name  string  `toml:"name"`
		Share float64 `toml:"share"`
	} `toml:"region"`
	RTTMS  map[string][]float64 `toml:"rtt_ms"`
	Faults struct {
		Loss              float64   `toml:"loss"`
		CrashFraction     float64   `toml:"crash_fraction"`
		CrashWindowMS     []float64 `toml:"crash_window_ms"`
		ByzantineFraction float64   `toml:"byzantine_fraction"`
		ByzantineBehavior string    `toml:"byzantine_behavior"`
	} `toml:"faults"`
}

// Load reads and validates a scenario file.
func Load(path string) (*Scenario, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	sc, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return sc, nil
}

// Parse decodes and validates a scenario from TOML. Unknown keys are an error, so a
// misspelt field is not silently ignored.
func Parse(data []byte) (*Scenario, error) {
	var f fileFormat
	dec := toml.NewDecoder(strings.NewReader(string(data)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		var sme *toml.StrictMissingError
		if errors.As(err, &sme) {
			return nil, fmt.Errorf("%w: %s", ErrInvalid, sme.String())
		}
		return nil, fmt.Errorf("%w: %w", ErrInvalid, err)
	}
	sc := &Scenario{
		Name: f.Name, Description: f.Description, Nodes: f.Nodes, PeersPerNode: f.PeersPerNode,
		Seed: uint64(f.Seed), Publishers: f.Publishers, MeasureFrom: f.MeasureFrom,
		JitterMS: f.JitterMS, TwoThirds: f.TwoThirds,
	}
	if sc.MeasureFrom == "" {
		sc.MeasureFrom = "publish"
	}
	for _, s := range f.Sizes {
		n, err := ParseSize(s)
		if err != nil {
			return nil, err
		}
		sc.Sizes = append(sc.Sizes, Size{Bytes: n, Text: s})
	}
	for _, b := range f.Bandwidth {
		sc.Bandwidth = append(sc.Bandwidth, Bandwidth{Share: b.Share, Link: Link{b.UpMbps, b.DownMbps}})
	}
	if f.Publisher != nil {
		sc.Publisher = Link{f.Publisher.UpMbps, f.Publisher.DownMbps}
	}
	for _, r := range f.Region {
		sc.Regions = append(sc.Regions, Region{Name: r.Name, Share: r.Share})
	}
	sc.RTTMS = make([][]float64, len(sc.Regions))
	for i, r := range sc.Regions {
		row, ok := f.RTTMS[r.Name]
		if !ok {
			return nil, fmt.Errorf("%w: rtt_ms has no row for region %q", ErrInvalid, r.Name)
		}
		sc.RTTMS[i] = row
	}
	for name := range f.RTTMS {
		if sc.regionIndex(name) < 0 {
			return nil, fmt.Errorf("%w: rtt_ms row %q names no region", ErrInvalid, name)
		}
	}
	sc.Faults = Faults{
		Loss: f.Faults.Loss, CrashFraction: f.Faults.CrashFraction,
		ByzantineFraction: f.Faults.ByzantineFraction, ByzantineBehavior: f.Faults.ByzantineBehavior,
	}
	if sc.Faults.ByzantineBehavior == "" {
		sc.Faults.ByzantineBehavior = "none"
	}
	switch len(f.Faults.CrashWindowMS) {
	case 0:
	case 2:
		sc.Faults.CrashWindowMS = [2]float64{f.Faults.CrashWindowMS[0], f.Faults.CrashWindowMS[1]}
	default:
		return nil, fmt.Errorf("%w: faults.crash_window_ms needs two values, got %d", ErrInvalid, len(f.Faults.CrashWindowMS))
	}
	if err := sc.Validate(); err != nil {
		return nil, err
	}
	return sc, nil
}

func (sc *Scenario) regionIndex(name string) int {
	for i, r := range sc.Regions {
		if r.Name == name {
			return i
		}
	}
	return -1
}

// Validate checks every field and returns an error naming the first bad one.
func (sc *Scenario) Validate() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrInvalid, fmt.Sprintf(format, args...))
	}
	switch {
	case sc.Name == "":
		return bad("name is empty")
	case sc.Nodes < 2:
		return bad("nodes = %d, need at least 2", sc.Nodes)
	case sc.PeersPerNode < 1 || sc.PeersPerNode >= sc.Nodes:
		return bad("peers_per_node = %d, need 1..nodes-1 (%d)", sc.PeersPerNode, sc.Nodes-1)
	case len(sc.Sizes) == 0:
		return bad("sizes is empty")
	case sc.Publishers < 1 || sc.Publishers > sc.Nodes:
		return bad("publishers = %d, need 1..nodes", sc.Publishers)
	case sc.MeasureFrom != "publish":
		return bad("measure_from = %q, only \"publish\" is supported", sc.MeasureFrom)
	case sc.JitterMS < 0:
		return bad("jitter_ms = %v is negative", sc.JitterMS)
	case len(sc.Bandwidth) == 0:
		return bad("no [[bandwidth]] classes")
	case len(sc.Regions) == 0:
		return bad("no [[region]] entries")
	}
	if err := shares("bandwidth", len(sc.Bandwidth), func(i int) float64 { return sc.Bandwidth[i].Share }); err != nil {
		return err
	}
	if err := shares("region", len(sc.Regions), func(i int) float64 { return sc.Regions[i].Share }); err != nil {
		return err
	}
	for i, b := range sc.Bandwidth {
		if !(b.UpMbps > 0 && b.DownMbps > 0) {
			return bad("bandwidth[%d]: up_mbps and down_mbps must be positive", i)
		}
	}
	if sc.Publisher == (Link{}) {
		sc.Publisher = sc.Bandwidth[0].Link
	} else if !(sc.Publisher.UpMbps > 0 && sc.Publisher.DownMbps > 0) {
		return bad("publisher: up_mbps and down_mbps must be positive")
	}
	for i, row := range sc.RTTMS {
		if len(row) != len(sc.Regions) {
			return bad("rtt_ms row %q has %d values, need %d", sc.Regions[i].Name, len(row), len(sc.Regions))
		}
		for j, v := range row {
			if !(v >= 0) || math.IsInf(v, 0) {
				return bad("rtt_ms[%s][%s] = %v", sc.Regions[i].Name, sc.Regions[j].Name, v)
			}
			if sc.RTTMS[j][i] != v && len(sc.RTTMS[j]) == len(sc.Regions) {
				return bad("rtt_ms is not symmetric at %s/%s", sc.Regions[i].Name, sc.Regions[j].Name)
			}
		}
	}
	f := sc.Faults
	switch {
	case !(f.Loss >= 0 && f.Loss < 1):
		return bad("faults.loss = %v, need [0, 1)", f.Loss)
	case !(f.CrashFraction >= 0 && f.CrashFraction < 1):
		return bad("faults.crash_fraction = %v, need [0, 1)", f.CrashFraction)
	case !(f.ByzantineFraction >= 0 && f.ByzantineFraction < 1):
		return bad("faults.byzantine_fraction = %v, need [0, 1)", f.ByzantineFraction)
	case f.CrashFraction+f.ByzantineFraction >= 1:
		return bad("crash_fraction + byzantine_fraction leaves no honest live node")
	case f.CrashWindowMS[0] < 0 || f.CrashWindowMS[1] < f.CrashWindowMS[0]:
		return bad("faults.crash_window_ms = %v", f.CrashWindowMS)
	}
	switch f.ByzantineBehavior {
	case "none", "pollute", "withhold", "spam":
	default:
		return bad("faults.byzantine_behavior = %q, want none, pollute, withhold or spam", f.ByzantineBehavior)
	}
	if f.ByzantineFraction > 0 && f.ByzantineBehavior == "none" {
		return bad("faults.byzantine_fraction > 0 needs a byzantine_behavior")
	}
	return nil
}

func shares(what string, n int, share func(int) float64) error {
	sum := 0.0
	for i := 0; i < n; i++ {
		s := share(i)
		if !(s > 0 && s <= 1) {
			return fmt.Errorf("%w: %s[%d].share = %v, need (0, 1]", ErrInvalid, what, i, s)
		}
		sum += s
	}
	if math.Abs(sum-1) > 1e-6 {
		return fmt.Errorf("%w: %s shares sum to %v, need 1", ErrInvalid, what, sum)
	}
	return nil
}

// ParseSize reads a size like "512", "128KiB", "2MiB", "1GiB", "64KB" or "1MB"
// (KB/MB are decimal, KiB/MiB binary).
func ParseSize(s string) (int, error) {
	units := []struct {
		suffix string
		mult   int
	}{{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30}, {"KB", 1000}, {"MB", 1000 * 1000}, {"GB", 1000 * 1000 * 1000}, {"B", 1}}
	t := strings.TrimSpace(s)
	mult := 1
	for _, u := range units {
		if strings.HasSuffix(t, u.suffix) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.mult
			break
		}
	}
	v, err := strconv.ParseFloat(t, 64)
	if err != nil || !(v > 0) || v*float64(mult) > 1<<34 {
		return 0, fmt.Errorf("%w: size %q", ErrInvalid, s)
	}
	n := int(math.Round(v * float64(mult)))
	if n < 1 {
		return 0, fmt.Errorf("%w: size %q", ErrInvalid, s)
	}
	return n, nil
}
