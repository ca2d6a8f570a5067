package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/urfave/cli/v2"
	weftgeth "github.com/weftnet/weft/adapters/geth"
)

func TestHelpListsWeftFlags(t *testing.T) {
	app := newApp()
	var out bytes.Buffer
	app.Writer = &out
	if err := app.Run([]string{clientIdentifier, "--help"}); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"--weft", "--weft.sequencer.key", "--weft.sequencer.address", "--weft.strategy", "--weft.metrics",
		"--datadir", "--networkid", "--http", "--ws", "--authrpc.port", "--dev", "--bootnodes", "--verbosity"} {
		if !strings.Contains(out.String(), f+" ") && !strings.Contains(out.String(), f+"\n") && !strings.Contains(out.String(), f+"=") {
			t.Errorf("--help lacks %s", f)
		}
	}
}

func TestBadWeftFlags(t *testing.T) {
	for _, args := range [][]string{
		{"--weft.strategy", "rlnc"},                                 // without --weft
		{"--weft", "--weft.strategy", "gossip"},                     // unknown strategy
		{"--weft", "--weft.sequencer.address", "0x12"},              // not an address
		{"--weft", "--weft.sequencer.key", "/nonexistent/weft/key"}, // unreadable
		{"--weft", "--verbosity", "9"},                              // out of range
	} {
		app := newApp()
		app.Writer = &bytes.Buffer{}
		var err error
		app.Action = func(ctx *cli.Context) error {
			var stack interface{ Close() error }
			stack, err = makeNode(ctx, &bytes.Buffer{})
			if err == nil {
				_ = stack.Close()
			}
			return nil
		}
		full := append([]string{clientIdentifier, "--dev", "--ipcdisable", "--port", "0", "--nodiscover"}, args...)
		if runErr := app.Run(full); runErr != nil {
			t.Fatal(runErr)
		}
		if err == nil {
			t.Errorf("%v: accepted", args)
		}
	}
}

// TestDevWeftServesRPC runs weft-geth's main path in process: --dev --weft
// with HTTP on an ephemeral port, then eth_blockNumber over HTTP.
func TestDevWeftServesRPC(t *testing.T) {
	app := newApp()
	app.Writer = &bytes.Buffer{}
	var logs bytes.Buffer
	app.Action = func(ctx *cli.Context) error {
		stack, err := makeNode(ctx, &logs)
		if err != nil {
			return err
		}
		defer func() { _ = stack.Close() }()
		if err := stack.Start(); err != nil {
			return err
		}
		weft := false
		for _, p := range stack.Server().Protocols {
			weft = weft || (p.Name == weftgeth.ProtocolName && p.Version == weftgeth.ProtocolVersion)
		}
		if !weft {
			t.Error("weft/1 is not registered")
		}
		rctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		c, err := rpc.DialContext(rctx, stack.HTTPEndpoint())
		if err != nil {
			return err
		}
		defer c.Close()
		var n hexutil.Uint64
		if err := c.CallContext(rctx, &n, "eth_blockNumber"); err != nil {
			return err
		}
		if n != 0 {
			t.Errorf("eth_blockNumber = %d on a fresh dev chain", n)
		}
		var info struct {
			Protocols map[string]any `json:"protocols"`
		}
		if err := c.CallContext(rctx, &info, "admin_nodeInfo"); err != nil {
			return err
		}
		if info.Protocols[weftgeth.ProtocolName] == nil {
			t.Errorf("admin_nodeInfo has no weft protocol: %v", info.Protocols)
		}
		return nil
	}
	args := []string{clientIdentifier, "--dev", "--weft", "--http", "--http.addr", "127.0.0.1", "--http.port", "0",
		"--http.api", "eth,admin", "--authrpc.port", "0", "--ipcdisable", "--port", "0", "--nodiscover", "--verbosity", "2"}
	if err := app.Run(args); err != nil {
		t.Fatalf("%v\nlogs:\n%s", err, logs.String())
	}
}
