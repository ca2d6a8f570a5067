// Command weft-beacon-chain is Prysm v5's beacon node with weft built in: the
// same flags as Prysm's beacon-chain plus the --weft options. It assembles
// Prysm's exported flags and node options; weft enters through the blockchain
// service options (to reach ReceiveBlock and ReceiveBlob) and the node's block
// and operation feeds. Licensed GPL-3.0, as it links Prysm.
package main

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"os"
	runtimeDebug "runtime/debug"
	"strconv"
	"time"

	golog "github.com/ipfs/go-log/v2"
	joonix "github.com/joonix/log"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prysmaticlabs/prysm/v5/beacon-chain/blockchain"
	"github.com/prysmaticlabs/prysm/v5/beacon-chain/builder"
	"github.com/prysmaticlabs/prysm/v5/beacon-chain/node"
	"github.com/prysmaticlabs/prysm/v5/cmd"
	blockchaincmd "github.com/prysmaticlabs/prysm/v5/cmd/beacon-chain/blockchain"
	dbcommands "github.com/prysmaticlabs/prysm/v5/cmd/beacon-chain/db"
	"github.com/prysmaticlabs/prysm/v5/cmd/beacon-chain/execution"
	"github.com/prysmaticlabs/prysm/v5/cmd/beacon-chain/flags"
	jwtcommands "github.com/prysmaticlabs/prysm/v5/cmd/beacon-chain/jwt"
	"github.com/prysmaticlabs/prysm/v5/cmd/beacon-chain/storage"
	"github.com/prysmaticlabs/prysm/v5/cmd/beacon-chain/sync/backfill"
	bflags "github.com/prysmaticlabs/prysm/v5/cmd/beacon-chain/sync/backfill/flags"
	"github.com/prysmaticlabs/prysm/v5/cmd/beacon-chain/sync/checkpoint"
	"github.com/prysmaticlabs/prysm/v5/cmd/beacon-chain/sync/genesis"
	"github.com/prysmaticlabs/prysm/v5/config/features"
	"github.com/prysmaticlabs/prysm/v5/io/logs"
	"github.com/prysmaticlabs/prysm/v5/runtime/debug"
	"github.com/prysmaticlabs/prysm/v5/runtime/fdlimits"
	prefixed "github.com/prysmaticlabs/prysm/v5/runtime/logging/logrus-prefixed-formatter"
	_ "github.com/prysmaticlabs/prysm/v5/runtime/maxprocs"
	"github.com/prysmaticlabs/prysm/v5/runtime/tos"
	"github.com/prysmaticlabs/prysm/v5/runtime/version"
	"github.com/sirupsen/logrus"
	"github.com/urfave/cli/v2"
	weftprysm "github.com/weftnet/weft/adapters/prysm"
	"github.com/weftnet/weft/adapters/prysm/sidecar"
)

// prysmFlags are the flags of Prysm v5.3.3's beacon-chain, taken from its
// exported flag packages.
func prysmFlags() []cli.Flag {
	fs := []cli.Flag{
		flags.DepositContractFlag, flags.ExecutionEngineEndpoint, flags.ExecutionEngineHeaders,
		flags.ExecutionJWTSecretFlag, flags.RPCHost, flags.RPCPort, flags.CertFlag, flags.KeyFlag,
		flags.HTTPModules, flags.HTTPServerHost, flags.HTTPServerPort, flags.HTTPServerCorsDomain,
		flags.MinSyncPeers, flags.ContractDeploymentBlock, flags.SetGCPercent, flags.BlockBatchLimit,
		flags.BlockBatchLimitBurstFactor, flags.BlobBatchLimit, flags.BlobBatchLimitBurstFactor,
		flags.InteropMockEth1DataVotesFlag, flags.SlotsPerArchivedPoint, flags.DisableDebugRPCEndpoints,
		flags.SubscribeToAllSubnets, flags.HistoricalSlasherNode, flags.ChainID, flags.NetworkID,
		flags.WeakSubjectivityCheckpoint, flags.Eth1HeaderReqLimit, flags.MinPeersPerSubnet,
		flags.MaxConcurrentDials, flags.SuggestedFeeRecipient, flags.TerminalTotalDifficultyOverride,
		flags.TerminalBlockHashOverride, flags.TerminalBlockHashActivationEpochOverride,
		flags.MevRelayEndpoint, flags.MaxBuilderEpochMissedSlots, flags.MaxBuilderConsecutiveMissedSlots,
		flags.EngineEndpointTimeoutSeconds, flags.LocalBlockValueBoost, flags.MinBuilderBid,
		flags.MinBuilderDiff, flags.BeaconDBPruning, flags.PrunerRetentionEpochs, flags.EnableBuilderSSZ,
		cmd.BackupWebhookOutputDir, cmd.MinimalConfigFlag, cmd.E2EConfigFlag, cmd.RPCMaxPageSizeFlag,
		cmd.BootstrapNode, cmd.NoDiscovery, cmd.StaticPeers, cmd.RelayNode, cmd.P2PUDPPort,
		cmd.P2PQUICPort, cmd.P2PTCPPort, cmd.P2PIP, cmd.P2PHost, cmd.P2PHostDNS, cmd.P2PMaxPeers,
		cmd.P2PPrivKey, cmd.P2PStaticID, cmd.P2PMetadata, cmd.P2PAllowList, cmd.P2PDenyList,
		cmd.PubsubQueueSize, cmd.DataDirFlag, cmd.VerbosityFlag, cmd.EnableTracingFlag,
		cmd.TracingProcessNameFlag, cmd.TracingEndpointFlag, cmd.TraceSampleFractionFlag,
		cmd.MonitoringHostFlag, flags.MonitoringPortFlag, cmd.DisableMonitoringFlag, cmd.ClearDB,
		cmd.ForceClearDB, cmd.LogFormat, cmd.MaxGoroutines, debug.PProfFlag, debug.PProfAddrFlag,
		debug.PProfPortFlag, debug.MemProfileRateFlag, debug.CPUProfileFlag, debug.TraceFlag,
		debug.BlockProfileRateFlag, debug.MutexProfileFractionFlag, cmd.LogFileName, cmd.EnableUPnPFlag,
		cmd.ConfigFileFlag, cmd.ChainConfigFileFlag, cmd.GrpcMaxCallRecvMsgSizeFlag, cmd.AcceptTosFlag,
		cmd.RestoreSourceFileFlag, cmd.RestoreTargetDirFlag, cmd.ValidatorMonitorIndicesFlag,
		cmd.ApiTimeoutFlag, checkpoint.BlockPath, checkpoint.StatePath, checkpoint.RemoteURL,
		genesis.StatePath, genesis.BeaconAPIURL, flags.SlasherDirFlag, flags.SlasherFlag, flags.JwtId,
		storage.BlobStoragePathFlag, storage.BlobRetentionEpochFlag, storage.BlobStorageLayout,
		bflags.EnableExperimentalBackfill, bflags.BackfillBatchSize, bflags.BackfillWorkerCount,
		bflags.BackfillOldestSlot,
	}
	return append(fs, features.BeaconChainFlags...)
}

// appFlags are Prysm's flags followed by weft's.
var appFlags = cmd.WrapFlags(append(prysmFlags(), weftprysm.Flags...))

func main() {
	rctx, cancel := context.WithCancel(context.Background())
	app := newApp(cancel)
	if err := app.RunContext(rctx, os.Args); err != nil {
		logrus.Error(err.Error())
		os.Exit(1)
	}
}

func newApp(cancel context.CancelFunc) *cli.App {
	return &cli.App{
		Name:    "weft-beacon-chain",
		Usage:   "Prysm's Ethereum beacon node with weft: blocks and blobs over RLNC-coded dissemination beside gossipsub",
		Version: version.Version(),
		Action: func(ctx *cli.Context) error {
			return run(ctx, cancel)
		},
		Commands: []*cli.Command{dbcommands.Commands, jwtcommands.Commands},
		Flags:    appFlags,
		Before:   before,
	}
}

// before configures logging and process settings the way Prysm's beacon-chain does.
func before(ctx *cli.Context) error {
	if err := cmd.LoadFlagsFromConfig(ctx, appFlags); err != nil {
		return fmt.Errorf("load flags from config file: %w", err)
	}
	switch format := ctx.String(cmd.LogFormat.Name); format {
	case "text":
		f := new(prefixed.TextFormatter)
		f.TimestampFormat = time.DateTime
		f.FullTimestamp = true
		f.DisableColors = ctx.String(cmd.LogFileName.Name) != ""
		logrus.SetFormatter(f)
	case "fluentd":
		f := joonix.NewFormatter()
		if err := joonix.DisableTimestampFormat(f); err != nil {
			return err
		}
		logrus.SetFormatter(f)
	case "json":
		logrus.SetFormatter(&logrus.JSONFormatter{})
	default:
		return fmt.Errorf("unknown log format %s", format)
	}
	if name := ctx.String(cmd.LogFileName.Name); name != "" {
		if err := logs.ConfigurePersistentLogging(name); err != nil {
			logrus.WithError(err).Error("Failed to configure logging to disk")
		}
	}
	if err := cmd.ExpandSingleEndpointIfFile(ctx, flags.ExecutionEngineEndpoint); err != nil {
		return fmt.Errorf("expand execution endpoint: %w", err)
	}
	if ctx.IsSet(flags.SetGCPercent.Name) {
		runtimeDebug.SetGCPercent(ctx.Int(flags.SetGCPercent.Name))
	}
	if err := debug.Setup(ctx); err != nil {
		return fmt.Errorf("setup debug: %w", err)
	}
	if err := fdlimits.SetMaxFdLimits(); err != nil {
		return fmt.Errorf("set fd limits: %w", err)
	}
	if err := features.ValidateNetworkFlags(ctx); err != nil {
		return fmt.Errorf("network flags: %w", err)
	}
	return cmd.ValidateNoArgs(ctx)
}

// run builds Prysm's beacon node from the flags, with weft attached when
// --weft is set, and runs it until it stops.
func run(ctx *cli.Context, cancel context.CancelFunc) error {
	if err := tos.VerifyTosAcceptedOrPrompt(ctx); err != nil {
		return err
	}
	level, err := logrus.ParseLevel(ctx.String(cmd.VerbosityFlag.Name))
	if err != nil {
		return err
	}
	logrus.SetLevel(level)
	golog.SetAllLoggers(golog.LevelPanic)
	if level >= logrus.DebugLevel {
		golog.SetAllLoggers(golog.LevelError)
	}
	wcfg, enabled, err := weftprysm.ConfigFromFlags(ctx, ctx.String(cmd.DataDirFlag.Name))
	if err != nil {
		return err
	}

	chainOpts, err := blockchaincmd.FlagOptions(ctx)
	if err != nil {
		return err
	}
	// The blockchain service hands itself to its options: weft keeps it to
	// import what it receives (ReceiveBlock, ReceiveBlob) and to check headers.
	var chain *blockchain.Service
	chainOpts = append(chainOpts, func(s *blockchain.Service) error {
		chain = s
		return nil
	})
	execOpts, err := execution.FlagOptions(ctx)
	if err != nil {
		return err
	}
	builderOpts, err := builder.FlagOptions(ctx)
	if err != nil {
		return err
	}
	opts := []node.Option{
		node.WithBlockchainFlagOptions(chainOpts),
		node.WithExecutionChainOptions(execOpts),
		node.WithBuilderFlagOptions(builderOpts),
	}
	for _, of := range []func(*cli.Context) ([]node.Option, error){
		genesis.BeaconNodeOptions, checkpoint.BeaconNodeOptions, storage.BeaconNodeOptions, backfill.BeaconNodeOptions,
	} {
		o, err := of(ctx)
		if err != nil {
			return err
		}
		opts = append(opts, o...)
	}
	beacon, err := node.New(ctx, cancel, opts...)
	if err != nil {
		return fmt.Errorf("unable to start beacon node: %w", err)
	}
	if enabled {
		if chain == nil {
			return fmt.Errorf("weft: the beacon node built no blockchain service")
		}
		wcfg.Logger = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slogLevel(level)}))
		wcfg.Registerer = prometheus.DefaultRegisterer
		svc, err := weftprysm.New(wcfg, chain, beacon)
		if err != nil {
			return err
		}
		if err := svc.Start(); err != nil {
			_ = svc.Close()
			return err
		}
		defer func() { _ = svc.Close() }()
		if addr := ctx.String(weftprysm.FlagAPIListen.Name); addr != "" {
			nodeURL := "http://" + net.JoinHostPort(ctx.String(flags.HTTPServerHost.Name), strconv.Itoa(ctx.Int(flags.HTTPServerPort.Name)))
			untilDelivered, err := weftprysm.HeadStartUntilDelivered(ctx.String(weftprysm.FlagHeadStartUntil.Name))
			if err != nil {
				return err
			}
			front, err := sidecar.NewFront(sidecar.Config{Listen: addr, NodeURL: nodeURL,
				HeadStart: ctx.Duration(weftprysm.FlagHeadStart.Name), HeadStartMinSize: ctx.Int(weftprysm.FlagHeadStartMin.Name),
				HeadStartUntilDelivered: untilDelivered, Logger: wcfg.Logger, Registerer: wcfg.Registerer}, svc)
			if err != nil {
				return err
			}
			if err := front.Start(ctx.Context); err != nil {
				return err
			}
			defer func() { _ = front.Close() }()
		}
	}
	beacon.Start()
	return nil
}

func slogLevel(l logrus.Level) slog.Level {
	switch {
	case l >= logrus.DebugLevel:
		return slog.LevelDebug
	case l >= logrus.InfoLevel:
		return slog.LevelInfo
	case l >= logrus.WarnLevel:
		return slog.LevelWarn
	}
	return slog.LevelError
}
