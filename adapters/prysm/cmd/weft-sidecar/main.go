// Command weft-sidecar is "weft sidecar": weft for any consensus client
// through the standard Beacon API, with no client change. The validator
// client's beacon-node URL points at the sidecar, which forwards every request
// to the real beacon node; a block the validator client publishes (POST
// /eth/v1/beacon/blocks or /eth/v2/beacon/blocks, JSON or SSZ) is also
// published through weft, and blocks (with blobs) received through weft are
// posted to the node. Licensed GPL-3.0, as it links Prysm's types and BLS.
package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/urfave/cli/v2"
	weftprysm "github.com/weftnet/weft/adapters/prysm"
	"github.com/weftnet/weft/adapters/prysm/sidecar"
)

var (
	flagListen = &cli.StringFlag{Name: "listen", Value: sidecar.DefaultListen,
		Usage: "Address the sidecar serves the Beacon API on: point the validator client's beacon-node URL here"}
	flagNode = &cli.StringFlag{Name: "node", Value: "http://127.0.0.1:3500",
		Usage: "Base URL of the beacon node's Beacon API (Prysm 3500, Lighthouse and Nimbus 5052, Teku 5051, Lodestar 9596)"}
	flagDataDir = &cli.StringFlag{Name: "datadir", Value: defaultDataDir(),
		Usage: "Directory of the weft key file (<datadir>/weft-key unless --weft-key-file or --weft-key)"}
	flagMaxBody = &cli.Int64Flag{Name: "max-body-size", Value: sidecar.DefaultMaxBodySize,
		Usage: "Largest publish request accepted, in bytes (larger: 413, not forwarded)"}
	flagBlobWait = &cli.DurationFlag{Name: "blob-wait", Value: sidecar.DefaultBlobWait,
		Usage: "How long a block received through weft waits for its blobs before it is given up"}
	flagConnect = &cli.DurationFlag{Name: "connect-timeout", Value: 5 * time.Minute,
		Usage: "How long to wait for the beacon node at start"}
	flagMetrics = &cli.StringFlag{Name: "metrics-listen",
		Usage: "Address to serve Prometheus metrics on at /metrics (default: off)"}
	flagLogLevel  = &cli.StringFlag{Name: "log-level", Value: "info", Usage: "debug, info, warn or error"}
	flagHeadStart = &cli.DurationFlag{Name: "head-start", Value: sidecar.DefaultHeadStart,
		Usage: "Longest a block publication is held back from the node while weft delivers it to its peers (see " +
			"--head-start-until; 0: forwarded at once, weft in parallel; at most 2s)"}
	flagHeadStartMin = &cli.IntFlag{Name: "head-start-min-size", Value: sidecar.DefaultHeadStartMinSize,
		Usage: "Smallest block (SSZ bytes) given a head start; smaller ones are forwarded at once, weft in parallel " +
			"(small blocks are latency-bound: the node's gossip reaches its peers in one hop)"}
	flagHeadStartUntil = &cli.StringFlag{Name: "head-start-until", Value: sidecar.DefaultHeadStartUntil,
		Usage: "What ends the head start before --head-start runs out: \"copy\" (weft has written one coded copy of the " +
			"block) or \"delivered\" (every weft peer has decoded it: the node's gossip never shares the uplink with " +
			"weft's delivery, and peers without weft get the block that much later)"}
	flagPublishTimeout = &cli.DurationFlag{Name: "publish-timeout", Value: sidecar.DefaultPublishTimeout,
		Usage: "Longest the forward of a block publication to the node may take; it goes on after the validator client " +
			"stops waiting, so the node still imports and gossips its own block"}
	flagPassThrough = &cli.BoolFlag{Name: "pass-through",
		Usage: "Run no weft: only forward (and log each block publication), a gossip-only baseline measured at the same point"}
)

func defaultDataDir() string {
	if h, err := os.UserHomeDir(); err == nil {
		return filepath.Join(h, ".weft-sidecar")
	}
	return ".weft-sidecar"
}

func newApp() *cli.App {
	return &cli.App{
		Name:  "weft-sidecar",
		Usage: "weft sidecar: RLNC-coded block and blob dissemination for any consensus client, through the Beacon API",
		Description: "Point the validator client's beacon-node URL at --listen. Every request goes to --node; blocks the\n" +
			"validator client publishes also go out through weft, and blocks received through weft are posted to --node.\n" +
			"Blinded blocks pass through unchanged (the node unblinds them). See adapters/prysm/README.md.",
		Flags: append([]cli.Flag{flagListen, flagNode, flagDataDir, flagMaxBody, flagBlobWait, flagConnect, flagMetrics,
			flagLogLevel, flagHeadStart, flagHeadStartMin, flagHeadStartUntil, flagPublishTimeout, flagPassThrough}, weftprysm.NetworkFlags...),
		Action: run,
	}
}

func main() {
	if err := newApp().Run(os.Args); err != nil {
		fmt.Fprintln(os.Stderr, "weft-sidecar:", err)
		os.Exit(1)
	}
}

func run(c *cli.Context) error {
	if c.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q", c.Args().Slice())
	}
	var level slog.Level
	if err := level.UnmarshalText([]byte(c.String(flagLogLevel.Name))); err != nil {
		return fmt.Errorf("--log-level: %w", err)
	}
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))
	var wcfg weftprysm.Config
	if !c.Bool(flagPassThrough.Name) {
		var err error
		if wcfg, err = weftprysm.ConfigFromNetworkFlags(c, c.String(flagDataDir.Name)); err != nil {
			return err
		}
	}
	untilDelivered, err := weftprysm.HeadStartUntilDelivered(c.String(flagHeadStartUntil.Name))
	if err != nil {
		return fmt.Errorf("--head-start-until: %w", err)
	}
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	wcfg.Logger, wcfg.Registerer = log, reg // weft's lines and metrics with the sidecar's
	cfg := sidecar.Config{Listen: c.String(flagListen.Name), NodeURL: c.String(flagNode.Name), Weft: wcfg,
		MaxBodySize: c.Int64(flagMaxBody.Name), BlobWait: c.Duration(flagBlobWait.Name),
		ConnectTimeout: c.Duration(flagConnect.Name), HeadStart: c.Duration(flagHeadStart.Name),
		HeadStartMinSize: c.Int(flagHeadStartMin.Name), HeadStartUntilDelivered: untilDelivered,
		PublishTimeout: c.Duration(flagPublishTimeout.Name), PassThrough: c.Bool(flagPassThrough.Name), Logger: log, Registerer: reg}
	if err := cfg.Validate(); err != nil {
		return err
	}
	var mln net.Listener
	if addr := c.String(flagMetrics.Name); addr != "" {
		if mln, err = net.Listen("tcp", addr); err != nil {
			return fmt.Errorf("--metrics-listen: %w", err)
		}
	}
	s, err := sidecar.New(cfg)
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := s.Start(ctx); err != nil {
		return err
	}
	if mln != nil {
		mux := http.NewServeMux()
		mux.Handle("/metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
		msrv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
		go func() { _ = msrv.Serve(mln) }()
		defer msrv.Close()
		log.Info("weft sidecar: metrics", "listen", mln.Addr().String())
	}
	if w := s.Weft(); w != nil {
		log.Info("weft sidecar: weft host", "addrs", strings.Join(w.Addrs(), ","))
	}
	<-ctx.Done()
	log.Info("weft sidecar stopping")
	if err := s.Close(); err != nil && !errors.Is(err, context.Canceled) {
		return err
	}
	return nil
}
