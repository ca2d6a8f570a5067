package weftflags

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"
	weftgeth "github.com/weftnet/weft/adapters/geth"
	"github.com/weftnet/weft/core"
)

// The weft flags.
var (
	WeftFlag = &cli.BoolFlag{
		Name:     "weft",
		Usage:    "Carry sequencer blocks and large/blob transactions over the devp2p protocol weft/1",
		Category: "WEFT",
	}
	SequencerKeyFlag = &cli.StringFlag{
		Name:     "weft.sequencer.key",
		Usage:    "File with the sequencer's secp256k1 private key (hex); set on the sequencer only, which then publishes every new head",
		Category: "WEFT",
	}
	SequencerAddressFlag = &cli.StringFlag{
		Name:     "weft.sequencer.address",
		Usage:    "Address of the sequencer: the only publisher whose blocks are imported from weft",
		Category: "WEFT",
	}
	StrategyFlag = &cli.StringFlag{
		Name:     "weft.strategy",
		Usage:    "Dissemination strategy: rlnc, rlnc-verified, rs or flood",
		Value:    "rlnc",
		Category: "WEFT",
	}
	MetricsFlag = &cli.BoolFlag{
		Name:     "weft.metrics",
		Usage:    "Export weft's counters (weft/...) in geth's metrics registry (served with --metrics)",
		Category: "WEFT",
	}

	// Flags is every weft flag.
	Flags = []cli.Flag{WeftFlag, SequencerKeyFlag, SequencerAddressFlag, StrategyFlag, MetricsFlag}
)

// ErrWithoutWeft is returned by Config when weft.* flags are set without --weft.
var ErrWithoutWeft = errors.New("weft.* flags given without --weft")

// Enabled reports whether --weft is set.
func Enabled(ctx *cli.Context) bool { return ctx.Bool(WeftFlag.Name) }

// Check returns ErrWithoutWeft when weft.* flags are set but --weft is not.
func Check(ctx *cli.Context) error {
	if Enabled(ctx) {
		return nil
	}
	for _, f := range Flags[1:] {
		if ctx.IsSet(f.Names()[0]) {
			return fmt.Errorf("%w: --%s", ErrWithoutWeft, f.Names()[0])
		}
	}
	return nil
}

// Config reads the weft flags into a validated weftgeth.Config. defaultKey,
// if not nil, is the sequencer key when --weft.sequencer.key is absent and
// --weft.sequencer.address is absent or names defaultKey's address (a dev-mode
// node, which seals its own blocks, passes its dev key).
func Config(ctx *cli.Context, defaultKey *ecdsa.PrivateKey) (weftgeth.Config, error) {
	var cfg weftgeth.Config
	if err := Check(ctx); err != nil {
		return cfg, err
	}
	if s := ctx.String(SequencerAddressFlag.Name); s != "" {
		if !common.IsHexAddress(s) {
			return cfg, fmt.Errorf("--%s %q: not an address", SequencerAddressFlag.Name, s)
		}
		cfg.SequencerAddress = common.HexToAddress(s)
	}
	if path := ctx.String(SequencerKeyFlag.Name); path != "" {
		b, err := os.ReadFile(path)
		if err != nil {
			return cfg, fmt.Errorf("--%s: %w", SequencerKeyFlag.Name, err)
		}
		key, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(string(b)), "0x"))
		if err != nil {
			return cfg, fmt.Errorf("--%s %s: %w", SequencerKeyFlag.Name, path, err)
		}
		cfg.SequencerKey = key
	} else if defaultKey != nil && (cfg.SequencerAddress == (common.Address{}) ||
		cfg.SequencerAddress == crypto.PubkeyToAddress(defaultKey.PublicKey)) {
		cfg.SequencerKey = defaultKey
	}
	strategy, err := core.ParseStrategy(ctx.String(StrategyFlag.Name))
	if err != nil {
		return cfg, fmt.Errorf("--%s: %w", StrategyFlag.Name, err)
	}
	cfg.BlockStrategy, cfg.TxStrategy = strategy, strategy
	if strategy == core.StrategyRLNCVerified {
		v, err := core.NewVerified(core.DefaultMaxChunkSize)
		if err != nil {
			return cfg, err
		}
		cfg.Engine.Strategies = append(core.DefaultStrategies(), v)
	}
	cfg.Metrics = ctx.Bool(MetricsFlag.Name)
	return cfg, cfg.Validate()
}
