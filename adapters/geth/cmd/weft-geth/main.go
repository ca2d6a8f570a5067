package main

import (
	"crypto/ecdsa"
	"fmt"
	"io"
	"log/slog"
	"os"
	"slices"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/cmd/utils"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/metrics"
	"github.com/ethereum/go-ethereum/node"
	"github.com/urfave/cli/v2"
	weftgeth "github.com/weftnet/weft/adapters/geth"
	"github.com/weftnet/weft/adapters/geth/weftflags"
)

const clientIdentifier = "weft-geth"

var (
	verbosityFlag = &cli.IntFlag{
		Name:     "verbosity",
		Usage:    "Logging verbosity: 0=silent, 1=error, 2=warn, 3=info, 4=debug, 5=trace",
		Value:    3,
		Category: "LOGGING AND DEBUGGING",
	}

	// The node, RPC and metrics flags geth's own binary takes (its logging
	// and profiling flags live in an internal package: verbosity is ours).
	nodeFlags = slices.Concat([]cli.Flag{
		utils.IdentityFlag, utils.PasswordFileFlag, utils.BootnodesFlag, utils.MinFreeDiskSpaceFlag,
		utils.KeyStoreDirFlag, utils.LightKDFFlag, utils.OverrideGenesisFlag,
		utils.TxPoolLocalsFlag, utils.TxPoolNoLocalsFlag, utils.TxPoolJournalFlag, utils.TxPoolRejournalFlag,
		utils.TxPoolPriceLimitFlag, utils.TxPoolPriceBumpFlag, utils.TxPoolAccountSlotsFlag,
		utils.TxPoolGlobalSlotsFlag, utils.TxPoolAccountQueueFlag, utils.TxPoolGlobalQueueFlag,
		utils.TxPoolLifetimeFlag, utils.BlobPoolDataDirFlag, utils.BlobPoolDataCapFlag,
		utils.BlobPoolPriceBumpFlag, utils.BlobPoolFetchProbabilityFlag,
		utils.SyncModeFlag, utils.GCModeFlag, utils.SnapshotFlag, utils.TransactionHistoryFlag,
		utils.ChainHistoryFlag, utils.StateHistoryFlag, utils.CacheFlag, utils.CacheDatabaseFlag,
		utils.CacheTrieFlag, utils.CacheGCFlag, utils.CacheSnapshotFlag, utils.CacheNoPrefetchFlag,
		utils.CachePreimagesFlag, utils.FDLimitFlag, utils.CryptoKZGFlag,
		utils.ListenPortFlag, utils.DiscoveryPortFlag, utils.MaxPeersFlag, utils.MaxPendingPeersFlag,
		utils.MinerGasLimitFlag, utils.MinerGasPriceFlag, utils.MinerExtraDataFlag,
		utils.MinerRecommitIntervalFlag, utils.MinerPendingFeeRecipientFlag,
		utils.NATFlag, utils.NoDiscoverFlag, utils.DiscoveryV4Flag, utils.DiscoveryV5Flag,
		utils.NetrestrictFlag, utils.NodeKeyFileFlag, utils.NodeKeyHexFlag,
		utils.DeveloperFlag, utils.DeveloperGasLimitFlag, utils.DeveloperPeriodFlag,
		utils.NetworkIdFlag, utils.GpoBlocksFlag, utils.GpoPercentileFlag, utils.GpoMaxGasPriceFlag,
		utils.GpoIgnoreGasPriceFlag,
	}, utils.NetworkFlags, utils.DatabaseFlags)

	rpcFlags = []cli.Flag{
		utils.HTTPEnabledFlag, utils.HTTPListenAddrFlag, utils.HTTPPortFlag, utils.HTTPCORSDomainFlag,
		utils.HTTPVirtualHostsFlag, utils.HTTPApiFlag, utils.HTTPPathPrefixFlag,
		utils.AuthListenFlag, utils.AuthPortFlag, utils.AuthVirtualHostsFlag, utils.JWTSecretFlag,
		utils.WSEnabledFlag, utils.WSListenAddrFlag, utils.WSPortFlag, utils.WSApiFlag,
		utils.WSAllowedOriginsFlag, utils.WSPathPrefixFlag, utils.IPCDisabledFlag, utils.IPCPathFlag,
		utils.RPCGlobalGasCapFlag, utils.RPCGlobalEVMTimeoutFlag, utils.RPCGlobalTxFeeCapFlag,
		utils.AllowUnprotectedTxs, utils.BatchRequestLimit, utils.BatchResponseMaxSize,
	}
)

func newApp() *cli.App {
	app := cli.NewApp()
	app.Name = clientIdentifier
	app.Usage = "go-ethereum's node with weft: sequencer blocks and blob transactions over RLNC-coded devp2p"
	app.Copyright = "Copyright the go-ethereum and weft authors; GPL-3.0 (see COPYING)"
	app.Flags = slices.Concat(nodeFlags, rpcFlags, utils.MetricsFlags, weftflags.Flags, []cli.Flag{verbosityFlag})
	app.Action = func(ctx *cli.Context) error {
		if args := ctx.Args().Slice(); len(args) > 0 {
			return fmt.Errorf("invalid command: %q", args[0])
		}
		stack, err := makeNode(ctx, os.Stderr)
		if err != nil {
			return err
		}
		defer func() { _ = stack.Close() }()
		utils.StartNode(ctx, stack, false)
		stack.Wait()
		return nil
	}
	return app
}

func main() {
	if err := newApp().Run(os.Args); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// makeNode builds the node the flags describe, as cmd/geth's makeFullNode does,
// with weft registered when --weft is set. It does not start it.
func makeNode(ctx *cli.Context, logw io.Writer) (*node.Node, error) {
	v := ctx.Int(verbosityFlag.Name)
	if v < 0 || v > 5 {
		return nil, fmt.Errorf("--%s %d: want 0..5", verbosityFlag.Name, v)
	}
	levels := []slog.Level{0, log.LevelError, log.LevelWarn, log.LevelInfo, log.LevelDebug, log.LevelTrace}
	if v == 0 {
		log.SetDefault(log.NewLogger(log.DiscardHandler()))
	} else {
		log.SetDefault(log.NewLogger(log.NewTerminalHandlerWithLevel(logw, levels[v], false)))
	}

	ncfg := node.DefaultConfig
	ncfg.Name = clientIdentifier
	ncfg.HTTPModules = append(ncfg.HTTPModules, "eth")
	ncfg.WSModules = append(ncfg.WSModules, "eth")
	ncfg.IPCPath = clientIdentifier + ".ipc"
	utils.SetNodeConfig(ctx, &ncfg)
	stack, err := node.New(&ncfg)
	if err != nil {
		return nil, fmt.Errorf("protocol stack: %w", err)
	}
	ok := false
	defer func() {
		if !ok {
			_ = stack.Close()
		}
	}()
	scryptN, scryptP := keystore.StandardScryptN, keystore.StandardScryptP
	if ncfg.UseLightweightKDF || ctx.Bool(utils.DeveloperFlag.Name) {
		scryptN, scryptP = keystore.LightScryptN, keystore.LightScryptP
	}
	stack.AccountManager().AddBackend(keystore.NewKeyStore(stack.KeyStoreDir(), scryptN, scryptP))

	ecfg := ethconfig.Defaults
	utils.SetEthConfig(ctx, stack, &ecfg)
	mcfg := metrics.DefaultConfig
	utils.SetMetricsConfig(ctx, &mcfg)
	utils.SetupMetrics(&mcfg)

	backend, ethService := utils.RegisterEthService(stack, &ecfg)
	utils.RegisterFilterAPI(stack, backend, &ecfg)

	if err := weftflags.Check(ctx); err != nil {
		return nil, err
	}
	if weftflags.Enabled(ctx) {
		var devKey *ecdsa.PrivateKey
		if ctx.Bool(utils.DeveloperFlag.Name) {
			devKey = utils.DeveloperKey // a dev node seals its own blocks: it is the sequencer
		}
		wcfg, err := weftflags.Config(ctx, devKey)
		if err != nil {
			return nil, err
		}
		svc, err := weftgeth.Register(stack, ethService, wcfg)
		if err != nil {
			return nil, err
		}
		log.Info("weft enabled", "sequencer", wcfg.SequencerAddress, "publishing blocks", svc.IsSequencer(),
			"strategy", wcfg.BlockStrategy)
	}

	if ctx.Bool(utils.DeveloperFlag.Name) {
		sim, err := catalyst.NewSimulatedBeacon(ctx.Uint64(utils.DeveloperPeriodFlag.Name), ecfg.Miner.PendingFeeRecipient, ethService)
		if err != nil {
			return nil, fmt.Errorf("dev mode: %w", err)
		}
		catalyst.RegisterSimulatedBeaconAPIs(stack, sim)
		stack.RegisterLifecycle(sim)
	} else if err := catalyst.Register(stack, ethService); err != nil {
		return nil, fmt.Errorf("engine API: %w", err)
	}
	ok = true
	return stack, nil
}
