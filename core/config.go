package core

import (
	"errors"
	"fmt"
	"time"
)

// Defaults for zero Config fields. Each field's comment names its default.
const (
	DefaultTargetChunks = 256
	DefaultMinChunkSize = 4 << 10
	DefaultMaxChunkSize = 64 << 10
	DefaultMaxGenSize   = 256
	// DefaultForwardMinChunk is ForwardMinChunk's default.
	DefaultForwardMinChunk = 16 << 10
	// DefaultVerifiedBlindPush is VerifiedBlindPush's default.
	DefaultVerifiedBlindPush = 16 << 10
	DefaultRSParityPercent   = 100
	DefaultSendWindow        = 1
	DefaultForwardBudget     = 2.0
	DefaultHaveSteps         = 8
	DefaultCreditPercent     = 200
	// DefaultPacedCreditPercent is CreditPercent's default with an UplinkWindow.
	DefaultPacedCreditPercent = 100
	DefaultStallTimeout       = 250 * time.Millisecond
	DefaultMaxMessageSize     = 16 << 20
	DefaultMaxSessions        = 256
	DefaultMaxSessionsPerPeer = 16
	DefaultMaxMemory          = 512 << 20
	DefaultSessionLifetime    = 30 * time.Second
	DefaultTombstoneLifetime  = 2 * time.Minute
	DefaultMaxTombstones      = 4096
	DefaultRedundantAllowance = 8
	DefaultDisconnectScore    = 100
	DefaultScoreDecay         = 1.0
)

// Penalties are the points a peer loses per offence. A peer whose points reach
// Config.DisconnectScore is disconnected. Zero fields take the defaults shown.
type Penalties struct {
	// Malformed: a frame that does not parse or breaks the protocol (default 50).
	Malformed int
	// Invalid: a bad signature, a chunk that fails its hash or commitment check,
	// a message that fails its end-to-end check when blamed on the peer (default 100).
	Invalid int
	// Contaminated: a recoded rlnc chunk that fails the check against the
	// decoded message; the sender may be an honest relay that mixed in pollution
	// before it could decode (default 10).
	Contaminated int
	// Unsolicited: a chunk or have for a session never opened (default 1: they
	// cost a lookup, and a lost header makes honest peers send a few).
	Unsolicited int
	// Redundant: each non-innovative or duplicate chunk beyond
	// Config.RedundantAllowance per session (default 1).
	Redundant int
	// Limit: a header beyond the per-peer session cap or the memory cap (default 5).
	Limit int
	// Refused: a header whose publisher Config.AcceptPublisher refuses (default
	// 10). Honest peers only relay sessions they accepted, so on a network that
	// agrees on who may publish (a sequencer, the round's proposer) this is an
	// offence; where peers' rules may differ for a while (a key rotation), keep
	// it small.
	Refused int
}

// Config configures an Engine. The zero value is valid except that an Engine
// without Signer cannot publish. Every zero field takes the documented default.
type Config struct {
	// Seed seeds the engine's deterministic random source (coefficients,
	// tie-breaks). Engines in one network should have different seeds.
	Seed uint64
	// Signer signs headers of messages this node publishes (nil: Publish fails
	// with ErrNoSigner).
	Signer Signer
	// Verifier checks header signatures (nil: Ed25519Verifier).
	Verifier Verifier
	// AcceptPublisher decides whether to open sessions from a publisher key and
	// topic (nil: accept every correctly signed header).
	AcceptPublisher func(publisher, topic []byte) bool
	// Strategies are the strategies this engine speaks (nil: DefaultStrategies()).
	Strategies []Strategy
	// StrategyFor picks the strategy of a message by topic when
	// PublishOptions.Strategy is zero (nil, or a zero result: DefaultStrategy).
	StrategyFor func(topic []byte) StrategyID
	// DefaultStrategy is used by Publish when PublishOptions.Strategy is zero
	// (zero: StrategyRLNC if listed, else the first of Strategies).
	DefaultStrategy StrategyID
	// Tracer receives events (nil: none, at no cost).
	Tracer Tracer
	// FrameAlloc, when set, supplies the buffer of every outgoing frame (a slice
	// with capacity at least n); frames then belong to the host after Ready, so a
	// simulator can keep them in flight and recycle them. Nil: frames live in an
	// engine-owned arena, valid until Advance, and cost no allocation.
	FrameAlloc func(n int) []byte
	// FrameFree, when set with FrameAlloc, takes back buffers the Engine
	// obtained from FrameAlloc but did not use (at Advance), so a pool can
	// recycle them. Nil: the Engine keeps one such buffer for its next frame.
	FrameFree func([]byte)

	// TargetChunks is how many chunks Publish aims to split a message into
	// (default 256), within MinChunkSize and MaxChunkSize. Many small chunks
	// let relays forward sooner and leave less in flight when a receiver
	// completes (docs/adr/0009); strategies may take fewer (rlnc-verified at
	// most VerifiedMaxChunks, rs at most 128 data shards).
	TargetChunks int
	// MinChunkSize is the smallest chunk Publish chooses (default 4 KiB: below
	// it, per-chunk costs outweigh the shorter hops).
	MinChunkSize int
	// MaxChunkSize is the largest chunk Publish chooses (default 64 KiB).
	MaxChunkSize int
	// MaxGenSize caps the chunks per RLNC generation, bounding coefficient
	// headers to MaxGenSize bytes (default 256, at most 1024).
	MaxGenSize int
	// RSParityPercent is the rs strategy's parity shards as a percentage of data
	// shards (default 100: k data + k parity; data+parity at most 256).
	RSParityPercent int

	// RSForward is how many peers an rs relay forwards each shard to before it
	// has decoded, for shards of at least ForwardMinChunk bytes (EF's forward
	// multiplier; default 4; after decoding it serves every peer that lacks
	// shards). Negative is invalid; a very large value disables it.
	RSForward int

	// SendWindow is how many chunk frames may wait per peer between Ready and the
	// host's Sent call (default 1). Small windows react faster to have updates.
	SendWindow int
	// UplinkWindow caps the frames handed out in Ready and not yet reported
	// Sent across all peers (default 0: no cap beyond SendWindow per peer).
	// With many peers sharing one uplink, per-peer windows alone queue a chunk
	// for every peer at once, so each is decided long before it leaves; a small
	// node-wide window decides each chunk just before the uplink can take it.
	// Only for hosts that report Sent when a frame has left the uplink (the
	// simulator); a host whose sends complete when buffered gains nothing.
	UplinkWindow int
	// ForwardBudget caps the chunks a relay sends per message before it has
	// decoded, as a multiple of the message's chunk count (default 2.0, at least
	// 1). A decoded node and the publisher serve without budget, but never send a
	// peer more than it needs.
	ForwardBudget float64
	// CreditPercent scales what coded strategies ask of each sending peer: a
	// receiver asks the links that have served it for CreditPercent% of its
	// remaining need in all, split among them (docs/adr/0009), and a sender pushes that share of k to a
	// peer before its first report (default 200, or 100 with an UplinkWindow:
	// the margin pays for chunks decided long before they leave, which a paced
	// uplink avoids; 100..1000). Higher trades bandwidth for latency.
	CreditPercent int
	// PushPercent is what a coded sender pushes to a peer before the peer's
	// first report: PushPercent% of k split over the sender's links, plus one
	// (default: CreditPercent; 10..1000). Lower saves bytes when links are
	// long compared with the message's transfer time, at one round trip's cost.
	PushPercent int
	// ForwardFactor caps a relay that has not decoded at ForwardFactor chunks
	// sent per unit of rank it holds, across all peers, for messages whose
	// chunks are at least ForwardMinChunk bytes (default 4; negative is invalid;
	// a very large value disables it). Large chunks mean a bandwidth-bound
	// message, where the cap saves bytes and time; for small ones latency
	// dominates and the cap would cost time (docs/adr/0003).
	ForwardFactor int
	// ForwardMinChunk is the chunk size from which ForwardFactor and RSForward
	// apply (default 16 KiB).
	ForwardMinChunk int
	// VerifiedBlindPush caps what an rlnc-verified sender gives a peer that has
	// sent it no frame of the message yet: that many bytes of chunks, at least
	// one chunk (default 16 KiB; negative is invalid; a very large value leaves
	// only PushPercent). Open networks have peers that crashed without closing
	// their connections; pushing a whole share to each spends the uplink on
	// nothing (docs/adr/0010). Live peers answer within a round trip and then
	// get their share.
	VerifiedBlindPush int
	// HaveSteps is how many have updates a node sends per generation while
	// collecting, at evenly spaced ranks (default 8).
	HaveSteps int
	// StallTimeout: an incomplete session that made no progress for this long
	// re-announces what it has, which resets its peers' estimates (default 250ms).
	StallTimeout time.Duration

	// VerifyBatch is how many rlnc-verified chunks are checked together with one
	// combined commitment check (default 1: each chunk at once, the lowest
	// delay). Larger batches cut verification CPU about VerifyBatch-fold at the
	// cost of up to VerifyDelay before a chunk counts or is forwarded; a host
	// that calls Engine.Idle when its input runs dry (Node does) gets batches
	// as large as its backlog without that wait.
	VerifyBatch int
	// VerifyDelay bounds how long a chunk waits for its batch (default 2ms). The
	// host learns when to Tick from NextDeadline.
	VerifyDelay time.Duration

	// MaxMessageSize is the largest message accepted or published (default 16 MiB).
	MaxMessageSize int
	// MaxSessionBytes caps the memory one session may reserve (default
	// 4×MaxMessageSize + 1 MiB; coded sessions reserve about 3× the message).
	MaxSessionBytes int64
	// MaxSessions caps open sessions (default 256).
	MaxSessions int
	// MaxSessionsPerPeer caps undelivered sessions a single peer may open by
	// sending a header first (default 16).
	MaxSessionsPerPeer int
	// MaxMemory caps the bytes all sessions may reserve (default 512 MiB).
	MaxMemory int64
	// SessionLifetime is how long a session lives from its opening, delivered
	// or not (default 30s).
	SessionLifetime time.Duration
	// TombstoneLifetime is how long a closed session's id is remembered, so late
	// frames are ignored without penalty and the message is not delivered twice
	// (default 2 minutes).
	TombstoneLifetime time.Duration
	// MaxTombstones caps remembered ids (default 4096); the oldest go first.
	MaxTombstones int
	// RedundantAllowance is how many useless chunks beyond the message's chunk
	// count a peer may send per session before each costs Penalties.Redundant
	// (default 8). Honest senders stay within the chunk count plus their window.
	RedundantAllowance int

	// Penalties per offence (zero fields: defaults).
	Penalties Penalties
	// DisconnectScore is the penalty total at which a peer is disconnected
	// (default 100).
	DisconnectScore int
	// BanDuration is how long a peer disconnected for its penalties is refused by
	// AddPeer (default 10 minutes; at most 4096 peers are remembered).
	BanDuration time.Duration
	// ScoreDecay is how many penalty points a peer is forgiven per second
	// (default 1; negative is invalid).
	ScoreDecay float64
}

// ErrConfig is wrapped by every *ConfigError.
var ErrConfig = errors.New("core: invalid config")

// ConfigError reports an invalid Config field.
type ConfigError struct {
	Field  string
	Reason string
}

func (e *ConfigError) Error() string { return fmt.Sprintf("core: config %s: %s", e.Field, e.Reason) }

// Unwrap makes errors.Is(err, ErrConfig) true.
func (e *ConfigError) Unwrap() error { return ErrConfig }

// Validate checks the Config. It returns a *ConfigError for the first bad field.
func (c *Config) Validate() error {
	neg := func(field string, v int64) error {
		if v < 0 {
			return &ConfigError{field, fmt.Sprintf("negative (%d)", v)}
		}
		return nil
	}
	for _, f := range []struct {
		name string
		v    int64
	}{
		{"TargetChunks", int64(c.TargetChunks)}, {"MinChunkSize", int64(c.MinChunkSize)},
		{"MaxChunkSize", int64(c.MaxChunkSize)}, {"MaxGenSize", int64(c.MaxGenSize)},
		{"RSParityPercent", int64(c.RSParityPercent)}, {"RSForward", int64(c.RSForward)}, {"ForwardFactor", int64(c.ForwardFactor)}, {"ForwardMinChunk", int64(c.ForwardMinChunk)}, {"VerifiedBlindPush", int64(c.VerifiedBlindPush)}, {"SendWindow", int64(c.SendWindow)}, {"UplinkWindow", int64(c.UplinkWindow)},
		{"HaveSteps", int64(c.HaveSteps)}, {"CreditPercent", int64(c.CreditPercent)}, {"PushPercent", int64(c.PushPercent)},
		{"VerifyBatch", int64(c.VerifyBatch)}, {"VerifyDelay", int64(c.VerifyDelay)}, {"StallTimeout", int64(c.StallTimeout)},
		{"MaxMessageSize", int64(c.MaxMessageSize)}, {"MaxSessions", int64(c.MaxSessions)},
		{"MaxSessionsPerPeer", int64(c.MaxSessionsPerPeer)}, {"MaxMemory", c.MaxMemory}, {"MaxSessionBytes", c.MaxSessionBytes},
		{"SessionLifetime", int64(c.SessionLifetime)}, {"TombstoneLifetime", int64(c.TombstoneLifetime)},
		{"MaxTombstones", int64(c.MaxTombstones)}, {"RedundantAllowance", int64(c.RedundantAllowance)},
		{"Penalties.Malformed", int64(c.Penalties.Malformed)}, {"Penalties.Invalid", int64(c.Penalties.Invalid)},
		{"Penalties.Unsolicited", int64(c.Penalties.Unsolicited)}, {"Penalties.Contaminated", int64(c.Penalties.Contaminated)}, {"Penalties.Redundant", int64(c.Penalties.Redundant)},
		{"Penalties.Limit", int64(c.Penalties.Limit)}, {"Penalties.Refused", int64(c.Penalties.Refused)}, {"DisconnectScore", int64(c.DisconnectScore)}, {"BanDuration", int64(c.BanDuration)},
	} {
		if err := neg(f.name, f.v); err != nil {
			return err
		}
	}
	if c.Strategies != nil && len(c.Strategies) == 0 {
		return &ConfigError{"Strategies", "empty (nil means the defaults)"}
	}
	for i, s := range c.Strategies {
		if s == nil {
			return &ConfigError{"Strategies", fmt.Sprintf("entry %d is nil", i)}
		}
	}
	d := c.withDefaults()
	switch {
	case d.ForwardBudget < 1:
		return &ConfigError{"ForwardBudget", fmt.Sprintf("%g is below 1", c.ForwardBudget)}
	case d.ScoreDecay < 0 || c.ScoreDecay < 0:
		return &ConfigError{"ScoreDecay", "negative"}
	case d.MinChunkSize > d.MaxChunkSize:
		return &ConfigError{"MinChunkSize", fmt.Sprintf("%d above MaxChunkSize %d", d.MinChunkSize, d.MaxChunkSize)}
	case d.CreditPercent < 100 || d.CreditPercent > 1000:
		return &ConfigError{"CreditPercent", fmt.Sprintf("%d outside 100..1000", d.CreditPercent)}
	case d.PushPercent < 10 || d.PushPercent > 1000:
		return &ConfigError{"PushPercent", fmt.Sprintf("%d outside 10..1000", d.PushPercent)}
	case d.VerifyBatch > 256:
		return &ConfigError{"VerifyBatch", fmt.Sprintf("%d above 256", d.VerifyBatch)}
	case d.MaxGenSize > 1024:
		return &ConfigError{"MaxGenSize", fmt.Sprintf("%d above 1024", d.MaxGenSize)}
	case d.RSParityPercent > 1000:
		return &ConfigError{"RSParityPercent", fmt.Sprintf("%d above 1000", d.RSParityPercent)}
	case d.MaxMessageSize > 1<<30:
		return &ConfigError{"MaxMessageSize", "above 1 GiB"}
	case d.TargetChunks > 1<<15:
		return &ConfigError{"TargetChunks", "above 32768"}
	case d.MaxChunkSize > 1<<24:
		return &ConfigError{"MaxChunkSize", "above 16 MiB"}
	case d.MaxMemory < int64(d.MaxMessageSize):
		return &ConfigError{"MaxMemory", fmt.Sprintf("%d below MaxMessageSize %d", d.MaxMemory, d.MaxMessageSize)}
	}
	if d.DefaultStrategy != 0 {
		found := false
		for _, s := range d.Strategies {
			if s.ID() == d.DefaultStrategy {
				found = true
			}
		}
		if !found {
			return &ConfigError{"DefaultStrategy", fmt.Sprintf("%v is not among Strategies", d.DefaultStrategy)}
		}
	}
	seen := map[StrategyID]bool{}
	for i, s := range d.Strategies {
		if s == nil {
			return &ConfigError{"Strategies", fmt.Sprintf("entry %d is nil", i)}
		}
		if seen[s.ID()] {
			return &ConfigError{"Strategies", fmt.Sprintf("%v listed twice", s.ID())}
		}
		seen[s.ID()] = true
	}
	return nil
}

// withDefaults returns a copy with every zero field set to its default.
func (c Config) withDefaults() Config {
	def := func(p *int, v int) {
		if *p == 0 {
			*p = v
		}
	}
	def(&c.TargetChunks, DefaultTargetChunks)
	def(&c.MinChunkSize, DefaultMinChunkSize)
	def(&c.MaxChunkSize, DefaultMaxChunkSize)
	def(&c.MaxGenSize, DefaultMaxGenSize)
	def(&c.RSParityPercent, DefaultRSParityPercent)
	def(&c.RSForward, 4)
	def(&c.ForwardFactor, 4)
	def(&c.ForwardMinChunk, DefaultForwardMinChunk)
	def(&c.VerifiedBlindPush, DefaultVerifiedBlindPush)
	def(&c.SendWindow, DefaultSendWindow)
	def(&c.HaveSteps, DefaultHaveSteps)
	if c.UplinkWindow > 0 {
		def(&c.CreditPercent, DefaultPacedCreditPercent)
	}
	def(&c.CreditPercent, DefaultCreditPercent)
	def(&c.PushPercent, c.CreditPercent)
	def(&c.VerifyBatch, 1)
	if c.VerifyDelay == 0 {
		c.VerifyDelay = 2 * time.Millisecond
	}
	def(&c.MaxMessageSize, DefaultMaxMessageSize)
	def(&c.MaxSessions, DefaultMaxSessions)
	def(&c.MaxSessionsPerPeer, DefaultMaxSessionsPerPeer)
	def(&c.MaxTombstones, DefaultMaxTombstones)
	def(&c.RedundantAllowance, DefaultRedundantAllowance)
	def(&c.DisconnectScore, DefaultDisconnectScore)
	def(&c.Penalties.Malformed, 50)
	def(&c.Penalties.Invalid, 100)
	def(&c.Penalties.Unsolicited, 1)
	def(&c.Penalties.Contaminated, 10)
	def(&c.Penalties.Redundant, 1)
	def(&c.Penalties.Limit, 5)
	def(&c.Penalties.Refused, 10)
	if c.ForwardBudget == 0 {
		c.ForwardBudget = DefaultForwardBudget
	}
	if c.ScoreDecay == 0 {
		c.ScoreDecay = DefaultScoreDecay
	}
	if c.StallTimeout == 0 {
		c.StallTimeout = DefaultStallTimeout
	}
	if c.MaxMemory == 0 {
		c.MaxMemory = DefaultMaxMemory
	}
	if c.MaxSessionBytes == 0 {
		c.MaxSessionBytes = 4*int64(c.MaxMessageSize) + 1<<20
	}
	if c.SessionLifetime == 0 {
		c.SessionLifetime = DefaultSessionLifetime
	}
	if c.BanDuration == 0 {
		c.BanDuration = 10 * time.Minute
	}
	if c.TombstoneLifetime == 0 {
		c.TombstoneLifetime = DefaultTombstoneLifetime
	}
	if c.Verifier == nil {
		c.Verifier = Ed25519Verifier{}
	}
	if c.Strategies == nil {
		c.Strategies = DefaultStrategies()
	}
	if c.DefaultStrategy == 0 {
		c.DefaultStrategy = c.Strategies[0].ID()
		for _, s := range c.Strategies {
			if s != nil && s.ID() == StrategyRLNC {
				c.DefaultStrategy = StrategyRLNC
			}
		}
	}
	return c
}
