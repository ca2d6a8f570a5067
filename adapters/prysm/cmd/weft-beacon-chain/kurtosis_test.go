package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"
	"github.com/urfave/cli/v2"
	weftprysm "github.com/weftnet/weft/adapters/prysm"
	"gopkg.in/yaml.v3"
)

// packageFacts reads testdata/ethereum-package-5.0.1.txt: sections of lines.
func packageFacts(t *testing.T) map[string][]string {
	t.Helper()
	b, err := os.ReadFile("testdata/ethereum-package-5.0.1.txt")
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	var sec string
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		switch {
		case l == "" || strings.HasPrefix(l, "#"):
		case strings.HasPrefix(l, "[") && strings.HasSuffix(l, "]"):
			sec = strings.Trim(l, "[]")
		case sec == "beacon-args":
			out[sec] = append(out[sec], l)
		default:
			out[sec] = append(out[sec], strings.Fields(l)...)
		}
	}
	return out
}

type participant struct {
	ClType        string            `yaml:"cl_type"`
	ElType        string            `yaml:"el_type"`
	ClImage       string            `yaml:"cl_image"`
	ClExtraParams []string          `yaml:"cl_extra_params"`
	ClExtraEnv    map[string]string `yaml:"cl_extra_env_vars"`
	Count         int               `yaml:"count"`
}

func loadParams(t *testing.T) (map[string]any, []participant) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "..", "..", "testnet", "kurtosis", "network_params.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var raw map[string]any
	if err := yaml.Unmarshal(b, &raw); err != nil {
		t.Fatalf("network_params.yaml: %v", err)
	}
	var typed struct {
		Participants []participant `yaml:"participants"`
	}
	if err := yaml.Unmarshal(b, &typed); err != nil {
		t.Fatalf("network_params.yaml: %v", err)
	}
	return raw, typed.Participants
}

func set(xs []string) map[string]bool {
	m := map[string]bool{}
	for _, x := range xs {
		m[x] = true
	}
	return m
}

// TestKurtosisParamsUseDocumentedFields checks network_params.yaml against the
// fields ethereum-package 5.0.1 documents, and that the weft group's peer
// addresses name the other weft participants' services and keys.
func TestKurtosisParamsUseDocumentedFields(t *testing.T) {
	facts := packageFacts(t)
	raw, parts := loadParams(t)
	top, pf, nf, svc := set(facts["top-level-fields"]), set(facts["participant-fields"]),
		set(facts["network-params-fields"]), set(facts["additional-services"])
	for k := range raw {
		if !top[k] {
			t.Errorf("top-level field %q is not one of ethereum-package's", k)
		}
	}
	for i, p := range raw["participants"].([]any) {
		for k := range p.(map[string]any) {
			if !pf[k] {
				t.Errorf("participant %d: field %q is not one of ethereum-package's", i+1, k)
			}
		}
	}
	for k := range raw["network_params"].(map[string]any) {
		if !nf[k] {
			t.Errorf("network_params field %q is not one of ethereum-package's", k)
		}
	}
	for _, s := range raw["additional_services"].([]any) {
		if !svc[s.(string)] {
			t.Errorf("additional service %q is not one of ethereum-package's", s)
		}
	}
	// Service names: participants expand by count, numbered from 1.
	ids := map[string]peer.ID{}
	var names []string
	var weft []int
	idx := 0
	for _, p := range parts {
		for c := 0; c < max(1, p.Count); c++ {
			idx++
			name := fmt.Sprintf("cl-%d-%s-%s", idx, p.ClType, p.ElType)
			names = append(names, name)
			if k := p.ClExtraEnv["WEFT_KEY"]; k != "" {
				if p.Count > 1 {
					t.Errorf("%s: a weft participant with count %d would share one weft key", name, p.Count)
				}
				seed, err := hex.DecodeString(k)
				if err != nil || len(seed) != ed25519.SeedSize {
					t.Fatalf("%s: WEFT_KEY is not a 32-byte hex seed", name)
				}
				lk, err := crypto.UnmarshalEd25519PrivateKey(ed25519.NewKeyFromSeed(seed))
				if err != nil {
					t.Fatal(err)
				}
				if ids[name], err = peer.IDFromPrivateKey(lk); err != nil {
					t.Fatal(err)
				}
				weft = append(weft, idx-1)
			}
		}
	}
	if len(weft) < 2 {
		t.Fatalf("want a weft group of at least 2 participants, have %d", len(weft))
	}
	if len(names) == len(weft) {
		t.Error("want a control group on stock images too")
	}
	idx = 0
	for _, p := range parts {
		idx++
		self := names[idx-1]
		if _, ok := ids[self]; !ok {
			continue
		}
		peers := 0
		for _, a := range p.ClExtraParams {
			addr, ok := strings.CutPrefix(a, "--weft-peer=")
			if !ok {
				continue
			}
			m, err := ma.NewMultiaddr(addr)
			if err != nil {
				t.Fatalf("%s: %s: %v", self, a, err)
			}
			ai, err := peer.AddrInfoFromP2pAddr(m)
			if err != nil {
				t.Fatalf("%s: %s: %v", self, a, err)
			}
			host, err := m.ValueForProtocol(ma.P_DNS4)
			if err != nil {
				t.Fatalf("%s: %s: want a /dns4/<service> address", self, a)
			}
			if want, ok := ids[host]; !ok || want != ai.ID {
				t.Errorf("%s: --weft-peer %s: service %s has weft id %s", self, addr, host, want)
			}
			peers++
		}
		if peers != len(weft)-1 {
			t.Errorf("%s: %d weft peers, want the other %d weft participants", self, peers, len(weft)-1)
		}
	}
}

// TestKurtosisLauncherFlags runs weft-beacon-chain's real flag parsing on the
// command ethereum-package 5.0.1's Prysm launcher builds, plus each weft
// participant's cl_extra_params and environment: every flag must be accepted
// and the weft configuration must be valid.
func TestKurtosisLauncherFlags(t *testing.T) {
	facts := packageFacts(t)
	_, parts := loadParams(t)
	tested := 0
	for i, p := range parts {
		if p.ClType != "prysm" {
			continue
		}
		t.Run(fmt.Sprintf("participant-%d", i+1), func(t *testing.T) {
			for k, v := range p.ClExtraEnv {
				t.Setenv(k, v)
			}
			app := newApp(func() {})
			var out bytes.Buffer
			app.Writer, app.ErrWriter = &out, &out
			app.Before = nil
			ran := false
			app.Action = func(ctx *cli.Context) error {
				ran = true
				if ctx.NArg() != 0 {
					return fmt.Errorf("stray arguments %q", ctx.Args().Slice())
				}
				_, enabled, err := weftprysm.ConfigFromFlags(ctx, t.TempDir())
				if err != nil {
					return err
				}
				if enabled != slices.Contains(p.ClExtraParams, "--weft") {
					return fmt.Errorf("--weft enabled=%v does not match the params", enabled)
				}
				return nil
			}
			args := append([]string{"beacon-chain"}, facts["beacon-args"]...)
			args = append(args, p.ClExtraParams...)
			if err := app.RunContext(context.Background(), args); err != nil {
				t.Fatalf("the launcher's command is refused: %v\n%s", err, out.String())
			}
			if !ran {
				t.Fatalf("the app did not run:\n%s", out.String())
			}
		})
		tested++
	}
	if tested == 0 {
		t.Fatal("no prysm participants in network_params.yaml")
	}
}
