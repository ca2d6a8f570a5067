package weftcmt

import (
	"fmt"
	"log/slog"
	"time"

	"github.com/cometbft/cometbft/p2p"

	"github.com/weftnet/weft/core"
)

// Defaults for zero Config fields.
const (
	// DefaultChannel is the p2p channel weft frames travel on. CometBFT v1 uses
	// 0x00, 0x20–0x23, 0x30, 0x38, 0x40 and 0x60–0x61; Celestia uses 0x50–0x51.
	DefaultChannel = byte(0x70)
	// DefaultPriority is the channel's MConnection priority, as the consensus
	// data channel's (10).
	DefaultPriority = 10
	// DefaultMaxBlockSize is the largest block weft carries (64 MiB); larger
	// blocks travel by the stock part gossip only.
	DefaultMaxBlockSize = 64 << 20
	// DefaultSendQueue is the channel's send queue, in frames.
	DefaultSendQueue = 64
	// DefaultSessionLifetime is how long a block's weft session lives.
	DefaultSessionLifetime = 2 * time.Minute
)

// Config configures a Reactor. The zero value is valid: every zero field takes
// the default its comment names.
type Config struct {
	// Channel is the p2p channel ID of weft frames (default DefaultChannel);
	// Channel+1 carries hellos. Every validator running weft must use the same.
	Channel byte
	// Priority is the channel's MConnection send priority (default 10). A
	// higher value gives weft frames more of a busy link than the stock part
	// gossip running beside it.
	Priority int
	// SendQueue is the channel's send queue capacity in frames (default 64).
	SendQueue int
	// Strategy is the weft strategy blocks are published with (zero: rlnc).
	Strategy core.StrategyID
	// MaxBlockSize is the largest block published or accepted, in bytes
	// (default 64 MiB). It sets Engine.MaxMessageSize.
	MaxBlockSize int
	// Engine tunes the fabric. Signer, Verifier, AcceptPublisher and
	// MaxMessageSize must be zero: the Reactor sets them (validator key,
	// proposer check, MaxBlockSize). Zero fields take core's defaults, except
	// MaxMemory (default 8 × MaxBlockSize), SessionLifetime (default
	// DefaultSessionLifetime: a block is worth finishing until its height
	// commits, and a round can outlast core's 30 s) and TombstoneLifetime
	// (default 5 minutes).
	Engine core.Config
	// OnMisbehavior, when set, is called with every peer the Reactor
	// disconnects and why (engine penalties reaching the disconnect score, bad
	// hellos, sessions from non-proposers, blocks not matching the signed
	// part-set header). It must not block.
	OnMisbehavior func(peer p2p.ID, err error)
	// Logger receives the fabric's transport logs (nil: discarded). The
	// Reactor's own logs go to the node's logger.
	Logger *slog.Logger
}

// ConfigError reports an invalid Config field.
type ConfigError struct{ Field, Reason string }

func (e *ConfigError) Error() string { return "weft/cometbft: config " + e.Field + ": " + e.Reason }

// Validate checks the Config; it returns a *ConfigError for the first bad field.
func (c *Config) Validate() error {
	switch {
	case c.Priority < 0:
		return &ConfigError{"Priority", fmt.Sprintf("negative (%d)", c.Priority)}
	case c.SendQueue < 0:
		return &ConfigError{"SendQueue", fmt.Sprintf("negative (%d)", c.SendQueue)}
	case c.MaxBlockSize < 0 || c.MaxBlockSize > 1<<30:
		return &ConfigError{"MaxBlockSize", fmt.Sprintf("%d outside 0..1 GiB", c.MaxBlockSize)}
	case c.Engine.Signer != nil || c.Engine.Verifier != nil || c.Engine.AcceptPublisher != nil:
		return &ConfigError{"Engine", "Signer, Verifier and AcceptPublisher are set by the Reactor"}
	case c.Engine.MaxMessageSize != 0:
		return &ConfigError{"Engine.MaxMessageSize", "set MaxBlockSize instead"}
	}
	if c.Strategy != 0 {
		if _, err := core.ParseStrategy(c.Strategy.String()); err != nil {
			return &ConfigError{"Strategy", err.Error()}
		}
	}
	d := c.withDefaults()
	if d.Channel == 0xff {
		return &ConfigError{"Channel", "0xff leaves no room for the hello channel (Channel+1)"}
	}
	for _, ch := range []byte{0x00, 0x20, 0x21, 0x22, 0x23, 0x30, 0x38, 0x40, 0x60, 0x61} {
		if d.Channel == ch || d.Channel+1 == ch {
			return &ConfigError{"Channel", fmt.Sprintf("%#x or the next one is CometBFT's channel %#x", d.Channel, ch)}
		}
	}
	e := d.Engine
	e.MaxMessageSize = d.MaxBlockSize
	if err := e.Validate(); err != nil {
		return err
	}
	return nil
}

func (c Config) withDefaults() Config {
	if c.Channel == 0 {
		c.Channel = DefaultChannel
	}
	if c.Priority == 0 {
		c.Priority = DefaultPriority
	}
	if c.SendQueue == 0 {
		c.SendQueue = DefaultSendQueue
	}
	if c.Strategy == 0 {
		c.Strategy = core.StrategyRLNC
	}
	if c.MaxBlockSize == 0 {
		c.MaxBlockSize = DefaultMaxBlockSize
	}
	if c.Engine.MaxMemory == 0 {
		c.Engine.MaxMemory = 8 * int64(c.MaxBlockSize)
	}
	if c.Engine.SessionLifetime == 0 {
		c.Engine.SessionLifetime = DefaultSessionLifetime
	}
	if c.Engine.TombstoneLifetime == 0 {
		c.Engine.TombstoneLifetime = 5 * time.Minute
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	return c
}
