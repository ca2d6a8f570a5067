package weftflags

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"
	weftgeth "github.com/weftnet/weft/adapters/geth"
	"github.com/weftnet/weft/core"
)

// parse runs a cli app with the weft flags on args and returns Config's result.
func parse(t *testing.T, args ...string) (weftgeth.Config, error) {
	t.Helper()
	var (
		cfg weftgeth.Config
		err error
	)
	app := &cli.App{Name: "t", Flags: Flags, Action: func(ctx *cli.Context) error {
		cfg, err = Config(ctx, nil)
		return nil
	}}
	if runErr := app.Run(append([]string{"t"}, args...)); runErr != nil {
		t.Fatal(runErr)
	}
	return cfg, err
}

func TestConfig(t *testing.T) {
	key, _ := crypto.GenerateKey()
	dir := t.TempDir()
	keyFile := filepath.Join(dir, "seq.hex")
	if err := os.WriteFile(keyFile, []byte("0x"+common.Bytes2Hex(crypto.FromECDSA(key))+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	addr := crypto.PubkeyToAddress(key.PublicKey)
	cfg, err := parse(t, "--weft", "--weft.sequencer.key", keyFile, "--weft.strategy", "rs", "--weft.metrics")
	if err != nil {
		t.Fatal(err)
	}
	if cfg.SequencerKey == nil || crypto.PubkeyToAddress(cfg.SequencerKey.PublicKey) != addr ||
		cfg.BlockStrategy != core.StrategyRS || !cfg.Metrics {
		t.Fatalf("config %+v", cfg)
	}
	if cfg, err = parse(t, "--weft", "--weft.sequencer.address", addr.Hex()); err != nil || cfg.SequencerAddress != addr || cfg.SequencerKey != nil {
		t.Fatalf("follower config %+v, %v", cfg, err)
	}
	if cfg, err = parse(t, "--weft", "--weft.strategy", "rlnc-verified"); err != nil || cfg.BlockStrategy != core.StrategyRLNCVerified {
		t.Fatalf("rlnc-verified: %+v, %v", cfg, err)
	}
	other, _ := crypto.GenerateKey()
	for name, args := range map[string][]string{
		"no --weft":        {"--weft.strategy", "rs"},
		"bad strategy":     {"--weft", "--weft.strategy", "gossip"},
		"bad address":      {"--weft", "--weft.sequencer.address", "0x12"},
		"missing key file": {"--weft", "--weft.sequencer.key", filepath.Join(dir, "none")},
		"key not address":  {"--weft", "--weft.sequencer.key", keyFile, "--weft.sequencer.address", crypto.PubkeyToAddress(other.PublicKey).Hex()},
	} {
		if _, err := parse(t, args...); err == nil {
			t.Errorf("%s: accepted", name)
		} else if name == "no --weft" && !errors.Is(err, ErrWithoutWeft) {
			t.Errorf("%s: %v", name, err)
		}
	}
}
