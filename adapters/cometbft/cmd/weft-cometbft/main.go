package main

import (
	"context"
	"os"
	"path/filepath"

	"github.com/cometbft/cometbft/abci/example/kvstore"
	cmd "github.com/cometbft/cometbft/cmd/cometbft/commands"
	cfg "github.com/cometbft/cometbft/config"
	"github.com/cometbft/cometbft/crypto"
	"github.com/cometbft/cometbft/libs/cli"
	"github.com/cometbft/cometbft/libs/log"
	nm "github.com/cometbft/cometbft/node"
	"github.com/cometbft/cometbft/p2p"
	"github.com/cometbft/cometbft/privval"
	"github.com/cometbft/cometbft/proxy"
	"github.com/spf13/cobra"
	weftcmt "github.com/weftnet/weft/adapters/cometbft"
)

func main() {
	if err := newRootCmd().Execute(); err != nil {
		os.Exit(1)
	}
}

// newRootCmd returns CometBFT's root command with a start command that can run weft.
func newRootCmd() cli.Executor {
	root := cmd.RootCmd
	root.Use = "weft-cometbft"
	root.AddCommand(
		cmd.GenValidatorCmd, cmd.InitFilesCmd, cmd.ResetAllCmd, cmd.ResetPrivValidatorCmd,
		cmd.ResetStateCmd, cmd.ShowValidatorCmd, cmd.TestnetFilesCmd, cmd.ShowNodeIDCmd,
		cmd.GenNodeKeyCmd, cmd.VersionCmd, cmd.RollbackStateCmd, cmd.InspectCmd,
	)
	var wf weftcmt.Flags
	var start *cobra.Command
	start = cmd.NewRunNodeCmd(func(c *cfg.Config, logger log.Logger, cli nm.CliParams, keyGen func() (crypto.PrivKey, error)) (*nm.Node, error) {
		return newNode(c, logger, cli, keyGen, &wf, start.Flags().Changed("proxy_app"))
	})
	wf.Register(start.Flags())
	root.AddCommand(start)
	return cli.PrepareBaseCmd(root, "CMT", os.ExpandEnv(filepath.Join("$HOME", cfg.DefaultCometDir)))
}

// newNode is node.DefaultNewNode with the kvstore application in process and,
// with --weft, the weft Reactor: the lines an application adds are the three
// marked below.
func newNode(c *cfg.Config, logger log.Logger, cli nm.CliParams, keyGen func() (crypto.PrivKey, error),
	wf *weftcmt.Flags, externalApp bool,
) (*nm.Node, error) {
	nodeKey, err := p2p.LoadOrGenNodeKey(c.NodeKeyFile())
	if err != nil {
		return nil, err
	}
	pv, err := privval.LoadOrGenFilePV(c.PrivValidatorKeyFile(), c.PrivValidatorStateFile(), keyGen)
	if err != nil {
		return nil, err
	}
	app := proxy.NewLocalClientCreator(kvstore.NewPersistentApplication(filepath.Join(c.DBDir(), "kvstore")))
	if externalApp {
		app = proxy.DefaultClientCreator(c.ProxyApp, c.ABCI, c.DBDir())
	}
	var opts []nm.Option
	if wf.Enabled {
		wf.Tune(c)
		wcfg, err := wf.Config() // weft: 1
		if err != nil {
			return nil, err
		}
		r, err := weftcmt.NewReactor(wcfg) // weft: 2
		if err != nil {
			return nil, err
		}
		opts = append(opts, weftcmt.Option(r)) // weft: 3
	}
	return nm.NewNodeWithCliParams(context.Background(), c, pv, nodeKey, app, nm.DefaultGenesisDocProviderFunc(c),
		cfg.DefaultDBProvider, nm.DefaultMetricsProvider(c.Instrumentation), logger, cli, opts...)
}
