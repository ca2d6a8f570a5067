package weftgeth

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/weftnet/weft/core"
)

// Topics carried in weft session headers.
const (
	// TopicBlock carries sequencer blocks (RLP), published only by the
	// sequencer's address.
	TopicBlock = "weft-geth/block"
	// TopicTx carries transactions in their network encoding (blob
	// transactions with their sidecars), published by any node.
	TopicTx = "weft-geth/tx"
)

// Defaults for zero Config fields.
const (
	DefaultMaxMessageSize    = 10 << 20 // the largest block RLP Osaka allows (EIP-7934)
	DefaultLargeTxSize       = 32 << 10
	DefaultMaxTxSize         = 1 << 20 // a 6-blob transaction with cell proofs is about 0.8 MB
	DefaultQueueLen          = 64
	DefaultMaxPendingBlocks  = 64
	DefaultGapTimeout        = time.Second
	DefaultForgedPenalty     = 100
	DefaultBadBlockPenalty   = 10
	DefaultStaleBlockPenalty = 5
	DefaultBadTxPenalty      = 10
)

// Config configures a Service. Every zero field takes the default its comment
// names.
type Config struct {
	// Engine configures the weft engine (zero fields: core's defaults, with
	// MaxMessageSize DefaultMaxMessageSize). The Service sets Signer, Verifier
	// and AcceptPublisher itself; they must be nil here.
	Engine core.Config
	// SequencerAddress is the only publisher whose blocks are accepted (zero:
	// the address of SequencerKey; both zero: blocks are neither accepted nor
	// published, and weft carries transactions only).
	SequencerAddress common.Address
	// SequencerKey, set on the sequencer only, signs the blocks this node
	// publishes: every new head of the local chain is published. Its address
	// must equal SequencerAddress when both are set.
	SequencerKey *ecdsa.PrivateKey
	// NodeKey signs the transactions this node publishes (nil: SequencerKey;
	// Register passes the devp2p node key). Without either, the node relays
	// and receives but publishes nothing.
	NodeKey *ecdsa.PrivateKey
	// BlockStrategy disseminates blocks (zero: core.StrategyRLNC).
	BlockStrategy core.StrategyID
	// TxStrategy disseminates transactions (zero: core.StrategyRLNC).
	TxStrategy core.StrategyID
	// LargeTxSize: local pool transactions of at least this encoded size are
	// published through weft, and every blob transaction (default 32 KiB;
	// smaller ones stay on eth). Negative: blob transactions only.
	LargeTxSize int
	// MaxTxSize is the largest transaction message accepted or published
	// (default 1 MiB; at most Engine.MaxMessageSize). A header announcing a
	// larger one opens no session and costs the sender BadTxPenalty: without
	// it, anyone could reserve block-sized memory with transaction sessions.
	MaxTxSize int
	// MaxFrameSize caps one weft/1 message (default Engine.MaxMessageSize +
	// 1 MiB, at most MaxDevp2pMessage); a larger one disconnects the peer.
	MaxFrameSize int
	// QueueLen bounds the decoded blocks and transactions waiting for import
	// (default 64 each); beyond it deliveries are dropped and counted (a
	// dropped block is fetched again by the gap catch-up).
	QueueLen int
	// MaxPendingBlocks bounds the blocks held while their parent is missing
	// (default 64); the lowest go first.
	MaxPendingBlocks int
	// GapTimeout is how long a block may wait for its parent through weft
	// before the node catches up over eth with a beacon sync to the newest
	// signed block it holds (default 1s).
	GapTimeout time.Duration
	// ForgedPenalty is charged to a peer that sends a block header signed by
	// anyone but the sequencer (default 100: a disconnect at core's default
	// score). Honest relays never send one: they open no session for it.
	ForgedPenalty int
	// BadBlockPenalty is charged to the peer whose header opened the session of
	// a block the sequencer signed that does not decode, does not match its id
	// or fails import (default 10). It is small because that peer may be an
	// honest relay: weft forwards coded chunks before anyone can decode, and the
	// signature puts the fault on the sequencer's key. The block is never
	// imported, and its id is not accepted again while core remembers it.
	BadBlockPenalty int
	// StaleBlockPenalty is charged, on the same terms, for a signed block at or
	// below the local head that is not on the local chain (default 5).
	StaleBlockPenalty int
	// BadTxPenalty is charged, on the same terms, for a published transaction
	// that does not decode or does not match its id (default 10).
	BadTxPenalty int
	// TickInterval is how often the engine is ticked (default: core.Node's).
	TickInterval time.Duration
	// Metrics registers the service's counters in go-ethereum's default metrics
	// registry under weft/ (exported by --metrics). Off: counters are kept for
	// Stats only.
	Metrics bool
}

// ErrConfig is wrapped by every error Config.Validate returns.
var ErrConfig = errors.New("weft/geth: invalid config")

func configErr(field, format string, args ...any) error {
	return fmt.Errorf("%w: %s: %s", ErrConfig, field, fmt.Sprintf(format, args...))
}

// Validate checks the Config without changing it.
func (c *Config) Validate() error {
	_, err := c.withDefaults()
	return err
}

// withDefaults returns a copy with defaults filled in, or the first error.
func (c Config) withDefaults() (Config, error) {
	switch {
	case c.Engine.Signer != nil:
		return c, configErr("Engine.Signer", "set by the service (use SequencerKey or NodeKey)")
	case c.Engine.Verifier != nil:
		return c, configErr("Engine.Verifier", "set by the service")
	case c.Engine.AcceptPublisher != nil:
		return c, configErr("Engine.AcceptPublisher", "set by the service")
	case c.LargeTxSize < -1:
		return c, configErr("LargeTxSize", "%d (negative means -1: blob transactions only)", c.LargeTxSize)
	case c.MaxFrameSize < 0, c.MaxTxSize < 0, c.QueueLen < 0, c.MaxPendingBlocks < 0, c.GapTimeout < 0, c.TickInterval < 0,
		c.ForgedPenalty < 0, c.BadBlockPenalty < 0, c.StaleBlockPenalty < 0, c.BadTxPenalty < 0:
		return c, configErr("Config", "negative size, length, duration or penalty")
	}
	if c.SequencerKey != nil {
		addr := crypto.PubkeyToAddress(c.SequencerKey.PublicKey)
		if c.SequencerAddress == (common.Address{}) {
			c.SequencerAddress = addr
		} else if addr != c.SequencerAddress {
			return c, configErr("SequencerKey", "its address %s is not SequencerAddress %s", addr, c.SequencerAddress)
		}
	}
	for _, s := range []*core.StrategyID{&c.BlockStrategy, &c.TxStrategy} {
		if *s == 0 {
			*s = core.StrategyRLNC
		}
	}
	if c.Engine.MaxMessageSize == 0 {
		c.Engine.MaxMessageSize = DefaultMaxMessageSize
	}
	if c.MaxTxSize == 0 {
		c.MaxTxSize = min(DefaultMaxTxSize, c.Engine.MaxMessageSize)
	}
	if c.MaxTxSize > c.Engine.MaxMessageSize {
		return c, configErr("MaxTxSize", "%d above Engine.MaxMessageSize %d", c.MaxTxSize, c.Engine.MaxMessageSize)
	}
	if c.LargeTxSize == 0 {
		c.LargeTxSize = DefaultLargeTxSize
	}
	if c.MaxFrameSize == 0 {
		c.MaxFrameSize = min(c.Engine.MaxMessageSize+1<<20, MaxDevp2pMessage)
	}
	if c.MaxFrameSize > MaxDevp2pMessage {
		return c, configErr("MaxFrameSize", "%d above the devp2p limit %d", c.MaxFrameSize, MaxDevp2pMessage)
	}
	def := func(p *int, v int) {
		if *p == 0 {
			*p = v
		}
	}
	def(&c.QueueLen, DefaultQueueLen)
	def(&c.MaxPendingBlocks, DefaultMaxPendingBlocks)
	def(&c.ForgedPenalty, DefaultForgedPenalty)
	def(&c.BadBlockPenalty, DefaultBadBlockPenalty)
	def(&c.StaleBlockPenalty, DefaultStaleBlockPenalty)
	def(&c.BadTxPenalty, DefaultBadTxPenalty)
	if c.GapTimeout == 0 {
		c.GapTimeout = DefaultGapTimeout
	}
	// The engine must know the strategies the service publishes with.
	eng := c.Engine
	eng.Signer, eng.Verifier, eng.AcceptPublisher = nil, nil, nil
	if err := eng.Validate(); err != nil {
		return c, fmt.Errorf("%w: Engine: %w", ErrConfig, err)
	}
	strategies := eng.Strategies
	if strategies == nil {
		strategies = core.DefaultStrategies()
	}
	for _, want := range []core.StrategyID{c.BlockStrategy, c.TxStrategy} {
		found := false
		for _, s := range strategies {
			found = found || s.ID() == want
		}
		if !found {
			return c, configErr("Strategy", "%v is not among the engine's strategies", want)
		}
	}
	return c, nil
}
