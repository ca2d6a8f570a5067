package weftcmt

import (
	"fmt"
	"time"

	cfg "github.com/cometbft/cometbft/config"

	"github.com/spf13/pflag"
	"github.com/weftnet/weft/core"
)

// DefaultGossipSleep is --weft.gossip-sleep's default: the value the benchmark
// measured (the CometBFT section of docs/benchmarks.md, weft-throttled).
const DefaultGossipSleep = 200 * time.Millisecond

// Flags binds a Reactor's command-line options (--weft and --weft.*) to a
// flag set, for a node command such as CometBFT's start:
//
//	var wf weftcmt.Flags
//	wf.Register(cmd.Flags())
//	...
//	if wf.Enabled {
//		wf.Tune(config)
//		cfg, err := wf.Config()
//		r, err := weftcmt.NewReactor(cfg)
//		opts = append(opts, weftcmt.Option(r))
//	}
type Flags struct {
	// Enabled is --weft.
	Enabled      bool
	strategy     string
	channel      uint8
	priority     int
	maxBlockSize int
	sendQueue    int
	chunkSize    int
	gossipSleep  time.Duration
}

// Register adds the flags to fs.
func (f *Flags) Register(fs *pflag.FlagSet) {
	fs.BoolVar(&f.Enabled, "weft", false, "carry proposal blocks over weft (RLNC-coded dissemination) beside the stock part gossip")
	fs.StringVar(&f.strategy, "weft.strategy", "rlnc", "weft strategy for proposal blocks: rlnc, rs or flood")
	fs.Uint8Var(&f.channel, "weft.channel", DefaultChannel, "p2p channel of weft frames (the next one carries hellos); the same on every node")
	fs.IntVar(&f.priority, "weft.priority", DefaultPriority, "MConnection send priority of the weft channel (consensus block parts: 10)")
	fs.IntVar(&f.maxBlockSize, "weft.max-block-size", DefaultMaxBlockSize, "largest block carried over weft, in bytes")
	fs.IntVar(&f.sendQueue, "weft.send-queue", DefaultSendQueue, "weft channel send queue, in frames")
	fs.IntVar(&f.chunkSize, "weft.chunk-size", core.DefaultMaxChunkSize, "largest weft chunk, in bytes")
	fs.DurationVar(&f.gossipSleep, "weft.gossip-sleep", DefaultGossipSleep,
		"with --weft, set consensus.peer_gossip_intraloop_sleep_duration: the stock part gossip waits up to this long before each part, so it learns of the parts weft delivered (0: leave the config's value)")
}

// Tune applies the flags that adjust CometBFT's own config (--weft.gossip-sleep)
// when weft is enabled.
func (f *Flags) Tune(c *cfg.Config) {
	if f.Enabled && f.gossipSleep > 0 {
		c.Consensus.PeerGossipIntraloopSleepDuration = f.gossipSleep
	}
}

// Config returns the Reactor configuration the flags describe; it fails for
// invalid values.
func (f *Flags) Config() (Config, error) {
	sid, err := core.ParseStrategy(f.strategy)
	if err != nil {
		return Config{}, fmt.Errorf("--weft.strategy: %w", err)
	}
	if f.gossipSleep < 0 {
		return Config{}, fmt.Errorf("--weft.gossip-sleep: %v is negative", f.gossipSleep)
	}
	if f.chunkSize <= 0 {
		return Config{}, fmt.Errorf("--weft.chunk-size: %d is not positive", f.chunkSize)
	}
	c := Config{Channel: f.channel, Priority: f.priority, Strategy: sid, MaxBlockSize: f.maxBlockSize,
		SendQueue: f.sendQueue, Engine: core.Config{MaxChunkSize: f.chunkSize}}
	if c.Priority <= 0 || c.SendQueue <= 0 || c.MaxBlockSize <= 0 {
		return Config{}, &ConfigError{"flags", "--weft.priority, --weft.send-queue and --weft.max-block-size must be positive"}
	}
	return c, c.Validate()
}
