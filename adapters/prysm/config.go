package weftprysm

import (
	"crypto/ed25519"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/weftnet/weft/core"
)

// Config configures a Service. Zero fields take the documented defaults.
type Config struct {
	// Key is the 32-byte ed25519 seed of the weft host: its libp2p identity and
	// the key that signs the weft sessions this node publishes (required).
	Key []byte
	// ListenAddrs are the multiaddrs the weft host listens on (default
	// /ip4/127.0.0.1/tcp/0). weft runs its own host beside Prysm's.
	ListenAddrs []string
	// Peers are multiaddrs with /p2p/<id> of weft peers to keep connected.
	Peers []string
	// Blobs publishes and accepts blob sidecars through weft too (default off
	// in the zero Config; the flag defaults to on).
	Blobs bool
	// VerifyBatch is core.Config.VerifyBatch (default 1: every chunk is checked
	// as it arrives).
	VerifyBatch int
	// MaxMessageSize caps a block session (default 10 MiB, the gossip cap).
	MaxMessageSize int
	// ParentWait is how long a block session header whose parent the node has
	// not imported yet is held (with the session's frames that follow) before
	// it is refused; the session goes to the engine as soon as the parent is
	// known (default: one slot; negative: refused at once).
	ParentWait time.Duration
	// UploadBytesPerSec paces weft's writes, over all peers, to this rate (0:
	// unpaced). Streams take frames far faster than a shaped or congested
	// uplink drains them, so without pacing a frame counts as sent long before
	// it leaves and the engine commits chunks to peers it cannot reach soon;
	// paced, with Engine.UplinkWindow, each chunk is decided just before the
	// uplink takes it (docs/adr/0007). Set it a little below the node's uplink.
	UploadBytesPerSec float64
	// Logger (nil: slog.Default()).
	Logger *slog.Logger
	// Registerer receives the Prometheus metrics (nil: none).
	Registerer prometheus.Registerer
	// Engine overrides engine settings (zero fields: core's defaults). Seed,
	// Signer, Verifier, Strategies, DefaultStrategy and MaxMessageSize are set
	// by the Service.
	Engine core.Config
}

// DefaultPushPercent is --weft-push-percent's default: the proposer pushes
// about one copy of the block, split over its peers, before they report. Core's
// own default (200, two copies) was slower at 2 MiB on the four-node devnet
// (p50 1.24–1.31× gossip's against 1.42×; docs/benchmarks.md, Prysm, session 6).
const DefaultPushPercent = 100

// DefaultMaxMessageSize is the default cap of a block session: Prysm's gossip
// cap (GOSSIP_MAX_SIZE, 10 MiB).
const DefaultMaxMessageSize = 10 << 20

// maxBlobSidecar bounds a blob sidecar session: a 128 KiB blob, its
// commitment, proof, signed header and inclusion proof.
const maxBlobSidecar = 131072 + 8 + 48 + 48 + signedHeaderLen + 17*32

// ErrConfig is wrapped by every configuration error.
var ErrConfig = errors.New("weft/prysm: invalid config")

// Validate checks the Config and fills defaults.
func (c *Config) Validate() error {
	if len(c.Key) != ed25519.SeedSize {
		return fmt.Errorf("%w: key of %d bytes, want %d", ErrConfig, len(c.Key), ed25519.SeedSize)
	}
	if len(c.ListenAddrs) == 0 {
		c.ListenAddrs = []string{"/ip4/127.0.0.1/tcp/0"}
	}
	if c.UploadBytesPerSec < 0 {
		return fmt.Errorf("%w: upload rate %v bytes/s", ErrConfig, c.UploadBytesPerSec)
	}
	if c.VerifyBatch < 0 {
		return fmt.Errorf("%w: verify batch %d", ErrConfig, c.VerifyBatch)
	}
	if c.MaxMessageSize < 0 || c.MaxMessageSize > 16<<20 {
		return fmt.Errorf("%w: max message size %d (0..16 MiB)", ErrConfig, c.MaxMessageSize)
	}
	if c.MaxMessageSize == 0 {
		c.MaxMessageSize = DefaultMaxMessageSize
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	return nil
}
