package weftprysm

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/urfave/cli/v2"
)

// Command-line flags of weft-beacon-chain (and any binary that embeds the
// Service): every one starts with --weft.
var (
	FlagEnable = &cli.BoolFlag{Name: "weft",
		Usage: "Run weft (RLNC-coded block and blob dissemination) beside gossipsub"}
	FlagListen = &cli.StringSliceFlag{Name: "weft-listen",
		Usage: "Multiaddr the weft libp2p host listens on (its own host, beside Prysm's)",
		Value: cli.NewStringSlice("/ip4/0.0.0.0/tcp/9105")}
	FlagPeer = &cli.StringSliceFlag{Name: "weft-peer",
		Usage: "Multiaddr with /p2p/<id> of a weft peer to keep connected (repeat or comma-separate)"}
	FlagKeyFile = &cli.StringFlag{Name: "weft-key-file",
		Usage: "File with the hex ed25519 seed of the weft host (created if missing; default <datadir>/weft-key)"}
	FlagKey = &cli.StringFlag{Name: "weft-key", EnvVars: []string{"WEFT_KEY"},
		Usage: "Hex ed25519 seed of the weft host, instead of --weft-key-file (for devnets that pass keys in the environment)"}
	FlagBlobs = &cli.BoolFlag{Name: "weft-blobs", Value: true,
		Usage: "Publish and accept blob sidecars through weft too"}
	FlagVerifyBatch = &cli.IntFlag{Name: "weft-verify-batch", Value: 1,
		Usage: "rlnc-verified chunks checked together (1: each on arrival, the lowest delay)"}
	FlagMaxMessage = &cli.IntFlag{Name: "weft-max-message-size", Value: DefaultMaxMessageSize,
		Usage: "Largest block session accepted, in bytes"}
	FlagPushPercent = &cli.IntFlag{Name: "weft-push-percent", Value: DefaultPushPercent,
		Usage: "What the publisher pushes to each peer before the peer's first report, as a percentage of the block's " +
			"chunks split over its weft peers (core's PushPercent; 0: core's default, 200; 10..1000)"}
	FlagBlindPush = &cli.IntFlag{Name: "weft-blind-push",
		Usage: "Bytes of chunks a publisher or relay gives a peer that has sent nothing of the block yet (core's " +
			"VerifiedBlindPush; 0: core's default, 16 KiB). Configured, long-lived peers answer at once: a value of " +
			"a block's size or more leaves only --weft-push-percent"}
	FlagUploadMbps = &cli.Float64Flag{Name: "weft-upload-mbps",
		Usage: "Pace weft's writes, over all weft peers, to this many Mbit/s, a little below the node's uplink (0: " +
			"unpaced). With --weft-uplink-window the engine then decides each chunk just before the uplink takes it"}
	FlagUplinkWindow = &cli.IntFlag{Name: "weft-uplink-window",
		Usage: "Frames handed to the transport and not yet written, over all weft peers (core's UplinkWindow; 0: " +
			"no node-wide window). Meant with --weft-upload-mbps"}
	FlagAPIListen = &cli.StringFlag{Name: "weft-api-listen",
		Usage: "Serve the Beacon API for the validator client on this address (host:port; default: off): block " +
			"publications go out through weft first, then to this node's own Beacon API (--http-host/--http-port); " +
			"every other request is forwarded there. Point a REST validator client here"}
	FlagHeadStart = &cli.DurationFlag{Name: "weft-head-start", Value: time.Second,
		Usage: "With --weft-api-listen: longest a block publication is held back from the node while weft delivers " +
			"it to its peers (see --weft-head-start-until; 0: handed to the node at once, weft in parallel; at most 2s)"}
	FlagHeadStartMin = &cli.IntFlag{Name: "weft-head-start-min-size", Value: 512 << 10,
		Usage: "With --weft-api-listen: smallest block (SSZ bytes) given a head start; smaller ones are handed to the " +
			"node at once, weft in parallel"}
	FlagHeadStartUntil = &cli.StringFlag{Name: "weft-head-start-until", Value: "delivered",
		Usage: "With --weft-api-listen: what ends the head start before --weft-head-start runs out: \"copy\" (weft has " +
			"written one coded copy of the block) or \"delivered\" (every weft peer has decoded it: the node's gossip " +
			"never shares the uplink with weft's delivery, and peers without weft get the block that much later)"}
	FlagParentWait = &cli.DurationFlag{Name: "weft-parent-wait",
		Usage: "How long a block session whose parent is not imported yet is held before it is refused " +
			"(0: one slot; negative: refused at once)"}
)

// Flags are all weft flags.
var Flags = []cli.Flag{FlagEnable, FlagListen, FlagPeer, FlagKeyFile, FlagKey, FlagBlobs, FlagVerifyBatch, FlagMaxMessage, FlagParentWait,
	FlagPushPercent, FlagBlindPush, FlagUploadMbps, FlagUplinkWindow, FlagAPIListen, FlagHeadStart, FlagHeadStartMin, FlagHeadStartUntil}

// HeadStartUntilDelivered parses a --weft-head-start-until (or the sidecar's
// --head-start-until) value: true for "delivered", false for "copy".
func HeadStartUntilDelivered(v string) (bool, error) {
	switch v {
	case "copy", "":
		return false, nil
	case "delivered":
		return true, nil
	}
	return false, fmt.Errorf("weft: head start until %q: want copy or delivered", v)
}

// NetworkFlags are the weft flags without the --weft switch and the
// in-process front (--weft-api-listen, --weft-head-start), for a binary that
// always runs weft and is itself the front (weft-sidecar).
var NetworkFlags = []cli.Flag{FlagListen, FlagPeer, FlagKeyFile, FlagKey, FlagBlobs, FlagVerifyBatch, FlagMaxMessage, FlagParentWait, FlagPushPercent, FlagBlindPush,
	FlagUploadMbps, FlagUplinkWindow}

// ConfigFromFlags builds a Config from the flags; dataDir is the default home of
// the key file. Enabled reports --weft.
func ConfigFromFlags(c *cli.Context, dataDir string) (cfg Config, enabled bool, err error) {
	if !c.Bool(FlagEnable.Name) {
		return Config{}, false, nil
	}
	cfg, err = ConfigFromNetworkFlags(c, dataDir)
	return cfg, true, err
}

// ConfigFromNetworkFlags builds a Config from NetworkFlags; dataDir is the
// default home of the key file (<dataDir>/weft-key).
func ConfigFromNetworkFlags(c *cli.Context, dataDir string) (Config, error) {
	var key []byte
	if h := c.String(FlagKey.Name); h != "" {
		if c.IsSet(FlagKeyFile.Name) {
			return Config{}, fmt.Errorf("%w: --weft-key and --weft-key-file both set", ErrConfig)
		}
		k, err := hex.DecodeString(strings.TrimPrefix(strings.TrimSpace(h), "0x"))
		if err != nil || len(k) != ed25519.SeedSize {
			return Config{}, fmt.Errorf("%w: --weft-key: want %d hex bytes", ErrConfig, ed25519.SeedSize)
		}
		key = k
	} else {
		keyFile := c.String(FlagKeyFile.Name)
		if keyFile == "" {
			keyFile = filepath.Join(dataDir, "weft-key")
		}
		k, err := LoadOrCreateKey(keyFile)
		if err != nil {
			return Config{}, err
		}
		key = k
	}
	var peers []string
	for _, p := range c.StringSlice(FlagPeer.Name) {
		for _, q := range strings.Split(p, ",") {
			if q = strings.TrimSpace(q); q != "" {
				peers = append(peers, q)
			}
		}
	}
	cfg := Config{Key: key, ListenAddrs: c.StringSlice(FlagListen.Name), Peers: peers,
		Blobs: c.Bool(FlagBlobs.Name), VerifyBatch: c.Int(FlagVerifyBatch.Name),
		MaxMessageSize: c.Int(FlagMaxMessage.Name), ParentWait: c.Duration(FlagParentWait.Name)}
	cfg.Engine.PushPercent = c.Int(FlagPushPercent.Name)
	cfg.Engine.VerifiedBlindPush = c.Int(FlagBlindPush.Name)
	cfg.UploadBytesPerSec = c.Float64(FlagUploadMbps.Name) * 1e6 / 8
	cfg.Engine.UplinkWindow = c.Int(FlagUplinkWindow.Name)
	if err := cfg.Validate(); err != nil {
		return Config{}, err
	}
	return cfg, nil
}

// LoadOrCreateKey reads a hex ed25519 seed from path, or writes a new one there.
func LoadOrCreateKey(path string) ([]byte, error) {
	b, err := os.ReadFile(path)
	if err == nil {
		key, err := hex.DecodeString(strings.TrimSpace(string(b)))
		if err != nil || len(key) != ed25519.SeedSize {
			return nil, fmt.Errorf("%w: weft key file %s: want %d hex bytes", ErrConfig, path, ed25519.SeedSize)
		}
		return key, nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	key := make([]byte, ed25519.SeedSize)
	if _, err := rand.Read(key); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, err
	}
	if err := os.WriteFile(path, []byte(hex.EncodeToString(key)+"\n"), 0o600); err != nil {
		return nil, err
	}
	return key, nil
}
