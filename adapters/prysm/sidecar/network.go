package sidecar

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/prysmaticlabs/prysm/v5/config/params"
)

// network is what the sidecar learns from its node once, at start: the chain
// config (Prysm's active config becomes it) and the genesis.
type network struct {
	cfg     *params.BeaconChainConfig
	genesis time.Time
	gvr     [32]byte
}

// loadNetwork fetches /eth/v1/config/spec and /eth/v1/beacon/genesis and
// builds Prysm's chain config from them: the mainnet preset with the node's
// values for every field Prysm's config knows. Fork versions and epochs, slot
// timing and the proposer domain thus come from the node.
func loadNetwork(ctx context.Context, n *nodeAPI) (*network, error) {
	var spec map[string]json.RawMessage
	if err := n.get(ctx, "/eth/v1/config/spec", &spec); err != nil {
		return nil, fmt.Errorf("weft sidecar: /eth/v1/config/spec: %w", err)
	}
	var g struct {
		Time    string `json:"genesis_time"`
		GVR     string `json:"genesis_validators_root"`
		Version string `json:"genesis_fork_version"`
	}
	if err := n.get(ctx, "/eth/v1/beacon/genesis", &g); err != nil {
		return nil, fmt.Errorf("weft sidecar: /eth/v1/beacon/genesis: %w", err)
	}
	cfg, err := configFromSpec(spec)
	if err != nil {
		return nil, err
	}
	secs, err := strconv.ParseUint(g.Time, 10, 64)
	if err != nil || secs == 0 {
		return nil, fmt.Errorf("weft sidecar: genesis_time %q", g.Time)
	}
	gvr, err := hexutil.Decode(g.GVR)
	if err != nil || len(gvr) != 32 {
		return nil, fmt.Errorf("weft sidecar: genesis_validators_root %q", g.GVR)
	}
	gfv, err := hexutil.Decode(g.Version)
	if err != nil || !bytes.Equal(gfv, cfg.GenesisForkVersion) {
		return nil, fmt.Errorf("weft sidecar: the node's genesis fork version %q is not its config's %#x", g.Version, cfg.GenesisForkVersion)
	}
	return &network{cfg: cfg, genesis: time.Unix(int64(secs), 0), gvr: [32]byte(gvr)}, nil
}

// configFromSpec turns a Beacon API spec (string values) into Prysm's config.
// Keys Prysm's config does not have, and non-string values, are left out.
func configFromSpec(spec map[string]json.RawMessage) (*params.BeaconChainConfig, error) {
	known := map[string]bool{}
	t := reflect.TypeOf(params.BeaconChainConfig{})
	for i := 0; i < t.NumField(); i++ {
		if tag := strings.Split(t.Field(i).Tag.Get("yaml"), ",")[0]; tag != "" && tag != "-" {
			known[tag] = true
		}
	}
	vals := map[string]string{}
	for k, raw := range spec {
		var s string
		if !known[k] || json.Unmarshal(raw, &s) != nil {
			continue
		}
		vals[k] = s
	}
	if p := vals["PRESET_BASE"]; p != "" && p != "mainnet" {
		return nil, fmt.Errorf("weft sidecar: the node runs the %q preset; this build has Prysm's mainnet SSZ sizes", p)
	}
	for _, k := range []string{"SECONDS_PER_SLOT", "SLOTS_PER_EPOCH", "GENESIS_FORK_VERSION"} {
		if vals[k] == "" {
			return nil, fmt.Errorf("weft sidecar: the node's spec has no %s", k)
		}
	}
	keys := make([]string, 0, len(vals))
	for k := range vals {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var y strings.Builder
	for _, k := range keys {
		v := vals[k]
		if !plain(v) {
			v = strconv.Quote(v)
		}
		fmt.Fprintf(&y, "%s: %s\n", k, v)
	}
	cfg, err := params.UnmarshalConfig([]byte(y.String()), params.MainnetConfig().Copy())
	if err != nil {
		return nil, fmt.Errorf("weft sidecar: the node's spec: %w", err)
	}
	if cfg.SecondsPerSlot == 0 || cfg.SlotsPerEpoch == 0 {
		return nil, fmt.Errorf("weft sidecar: the node's spec has %d s slots, %d slots per epoch", cfg.SecondsPerSlot, cfg.SlotsPerEpoch)
	}
	return cfg, nil
}

// plain reports whether v is safe as an unquoted YAML scalar (numbers, hex,
// names).
func plain(v string) bool {
	if v == "" {
		return false
	}
	for _, r := range v {
		switch {
		case r >= '0' && r <= '9', r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r == '_', r == '-', r == '.':
		default:
			return false
		}
	}
	return true
}
