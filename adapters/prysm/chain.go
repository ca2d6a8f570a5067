package weftprysm

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/prysmaticlabs/prysm/v5/beacon-chain/core/signing"
	"github.com/prysmaticlabs/prysm/v5/beacon-chain/das"
	fieldparams "github.com/prysmaticlabs/prysm/v5/config/fieldparams"
	"github.com/prysmaticlabs/prysm/v5/config/params"
	"github.com/prysmaticlabs/prysm/v5/consensus-types/blocks"
	"github.com/prysmaticlabs/prysm/v5/consensus-types/interfaces"
	"github.com/prysmaticlabs/prysm/v5/consensus-types/primitives"
	"github.com/prysmaticlabs/prysm/v5/network/forks"
	ethpb "github.com/prysmaticlabs/prysm/v5/proto/prysm/v1alpha1"
	"github.com/prysmaticlabs/prysm/v5/time/slots"
	"github.com/weftnet/weft/core"
)

// Chain is what the Service needs from the beacon node: Prysm's
// *blockchain.Service implements it.
type Chain interface {
	GenesisTime() time.Time
	GenesisValidatorsRoot() [32]byte
	CurrentSlot() primitives.Slot
	FinalizedCheckpt() *ethpb.Checkpoint
	HeadValidatorIndexToPublicKey(ctx context.Context, index primitives.ValidatorIndex) ([fieldparams.BLSPubkeyLength]byte, error)
	HasBlock(ctx context.Context, root [32]byte) bool
	InForkchoice(root [32]byte) bool
	ReceiveBlock(ctx context.Context, block interfaces.ReadOnlySignedBeaconBlock, blockRoot [32]byte, avs das.AvailabilityStore) error
	ReceiveBlob(ctx context.Context, b blocks.VerifiedROBlob) error
}

// Admission errors: why a session header was refused.
var (
	ErrSessionID        = errors.New("weft/prysm: session id not bound to its topic and publisher")
	ErrBannedPublisher  = errors.New("weft/prysm: publisher refused after a forged message")
	ErrNotReady         = errors.New("weft/prysm: chain not ready")
	ErrFutureSlot       = errors.New("weft/prysm: block from a future slot")
	ErrStaleSlot        = errors.New("weft/prysm: block at or before the finalized slot")
	ErrUnknownProposer  = errors.New("weft/prysm: unknown proposer")
	ErrProposerSig      = errors.New("weft/prysm: bad proposer signature")
	ErrUnknownParent    = errors.New("weft/prysm: unknown parent")
	ErrBlobsOff         = errors.New("weft/prysm: blob sessions not accepted")
	ErrOversized        = errors.New("weft/prysm: session larger than its kind allows")
	ErrWrongStrategy    = errors.New("weft/prysm: sessions must use rlnc-verified")
	ErrMismatch         = errors.New("weft/prysm: message does not match its signed header")
	ErrUndecodable      = errors.New("weft/prysm: message does not decode")
	ErrBlobVerification = errors.New("weft/prysm: blob sidecar fails verification")
	ErrWrongFork        = errors.New("weft/prysm: block type is not the fork of its slot")
)

// Points charged at admission.
const (
	pointsMalformed = 50
	pointsInvalid   = 100
	pointsStale     = 5
	pointsRelay     = 10
)

// checker authenticates session headers by the proposer's signature, once per
// session (and once per signed header across sessions).
type checker struct {
	chain   Chain
	maxSize int
	blobs   bool

	mu       sync.Mutex
	admitted map[core.MessageID]primitives.Slot
	sigs     map[[32]byte]bool // sha256(root || signature) → valid
	sigSlot  map[[32]byte]primitives.Slot
	banned   map[string]struct{}
	// refused holds recently refused headers (by the slot they were refused
	// at): their chunks are dropped unpenalized, since a relay that forwarded a
	// header we could not take yet (its parent not imported) is not at fault
	// for the chunks it pushed after it.
	refused map[core.MessageID]primitives.Slot
}

// maxRefused bounds refused: beyond it (a flood of refused headers) chunks of
// further refused sessions reach the engine and cost their sender as before.
const maxRefused = 4096

// refuse records a refused header.
func (c *checker) refuse(id core.MessageID) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.refused) < maxRefused {
		c.refused[id] = c.chain.CurrentSlot()
	}
}

// markAdmitted records a session as admitted (a held header released).
func (c *checker) markAdmitted(id core.MessageID, slot primitives.Slot) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.admitted[id] = slot
	delete(c.refused, id)
}

// wasRefused reports whether a header of id was refused recently and not
// admitted since.
func (c *checker) wasRefused(id core.MessageID) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	_, ok := c.refused[id]
	return ok
}

func newChecker(chain Chain, maxSize int, blobs bool) *checker {
	return &checker{chain: chain, maxSize: maxSize, blobs: blobs, admitted: map[core.MessageID]primitives.Slot{},
		sigs: map[[32]byte]bool{}, sigSlot: map[[32]byte]primitives.Slot{}, banned: map[string]struct{}{},
		refused: map[core.MessageID]primitives.Slot{}}
}

func (c *checker) banPublisher(pub []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.banned) < 4096 {
		c.banned[string(pub)] = struct{}{}
	}
}

// admit decides on a session header. It returns nil to let the engine open
// the session, or the penalty points (0: drop without penalty) and the reason.
func (c *checker) admit(ctx context.Context, h *core.Header) (int, error) {
	if h.Strategy != core.StrategyRLNCVerified {
		return pointsMalformed, fmt.Errorf("%w: %v", ErrWrongStrategy, h.Strategy)
	}
	t, err := DecodeTopic(h.Topic)
	if err != nil {
		return pointsMalformed, err
	}
	if SessionID(h.Topic, h.Publisher) != h.ID {
		return pointsMalformed, ErrSessionID
	}
	switch t.Kind {
	case KindBlob:
		if !c.blobs {
			return 0, ErrBlobsOff
		}
		if h.Size > maxBlobSidecar {
			return pointsInvalid, fmt.Errorf("%w: blob sidecar of %d bytes", ErrOversized, h.Size)
		}
		if t.Index >= uint64(params.BeaconConfig().MaxBlobsPerBlock(t.Header.Header.Slot)) {
			return pointsInvalid, fmt.Errorf("%w: blob index %d", ErrMismatch, t.Index)
		}
	case KindBlock:
		if int64(h.Size) > int64(c.maxSize) {
			return pointsInvalid, fmt.Errorf("%w: block of %d bytes", ErrOversized, h.Size)
		}
	}
	c.mu.Lock()
	_, banned := c.banned[string(h.Publisher)]
	_, seen := c.admitted[h.ID]
	c.mu.Unlock()
	if banned {
		return pointsRelay, ErrBannedPublisher
	}
	if seen {
		return 0, nil
	}
	if c.chain.GenesisTime().IsZero() {
		return 0, ErrNotReady
	}
	hdr := t.Header.Header
	cur := c.chain.CurrentSlot()
	if hdr.Slot > cur+1 {
		return pointsInvalid, fmt.Errorf("%w: slot %d, now %d", ErrFutureSlot, hdr.Slot, cur)
	}
	if fin := c.chain.FinalizedCheckpt(); fin != nil {
		if fs, err := slots.EpochStart(fin.Epoch); err == nil && hdr.Slot <= fs && hdr.Slot > 0 {
			return pointsStale, fmt.Errorf("%w: slot %d, finalized %d", ErrStaleSlot, hdr.Slot, fs)
		}
	}
	if err := c.verifySig(ctx, t); err != nil {
		if errors.Is(err, ErrNotReady) {
			return 0, err
		}
		return pointsInvalid, err
	}
	if t.Kind == KindBlock && !c.chain.InForkchoice([32]byte(hdr.ParentRoot)) && !c.chain.HasBlock(ctx, [32]byte(hdr.ParentRoot)) {
		return pointsStale, fmt.Errorf("%w: %#x", ErrUnknownParent, hdr.ParentRoot)
	}
	c.mu.Lock()
	c.admitted[h.ID] = hdr.Slot
	delete(c.refused, h.ID)
	c.pruneLocked(cur)
	c.mu.Unlock()
	return 0, nil
}

// verifySig checks the proposer's signature of the header, caching the result.
func (c *checker) verifySig(ctx context.Context, t *Topic) error {
	hdr := t.Header.Header
	key := sha256.Sum256(append(t.Root[:], t.Header.Signature...))
	c.mu.Lock()
	ok, cached := c.sigs[key]
	c.mu.Unlock()
	if cached {
		if !ok {
			return ErrProposerSig
		}
		return nil
	}
	pub, err := c.chain.HeadValidatorIndexToPublicKey(ctx, hdr.ProposerIndex)
	if err != nil {
		return fmt.Errorf("%w: %d: %w", ErrUnknownProposer, hdr.ProposerIndex, err)
	}
	if pub == ([fieldparams.BLSPubkeyLength]byte{}) {
		return ErrNotReady
	}
	epoch := slots.ToEpoch(hdr.Slot)
	fork, err := forks.Fork(epoch)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrProposerSig, err)
	}
	gvr := c.chain.GenesisValidatorsRoot()
	domain, err := signing.Domain(fork, epoch, params.BeaconConfig().DomainBeaconProposer, gvr[:])
	if err != nil {
		return fmt.Errorf("%w: %w", ErrProposerSig, err)
	}
	err = signing.VerifyBlockHeaderSigningRoot(hdr, pub[:], t.Header.Signature, domain)
	c.mu.Lock()
	c.sigs[key] = err == nil
	c.sigSlot[key] = hdr.Slot
	c.mu.Unlock()
	if err != nil {
		return fmt.Errorf("%w: %w", ErrProposerSig, err)
	}
	return nil
}

// pruneLocked forgets entries older than 64 slots; c.mu is held.
func (c *checker) pruneLocked(now primitives.Slot) {
	for id, sl := range c.refused {
		if sl+2 < now { // a refused session's chunks are done within a slot or two
			delete(c.refused, id)
		}
	}
	if now < 64 {
		return
	}
	lim := now - 64
	for id, sl := range c.admitted {
		if sl < lim {
			delete(c.admitted, id)
		}
	}
	for k, sl := range c.sigSlot {
		if sl < lim {
			delete(c.sigSlot, k)
			delete(c.sigs, k)
		}
	}
}

func secondsPerSlot() time.Duration {
	return time.Duration(params.BeaconConfig().SecondsPerSlot) * time.Second
}

// Reason is a short label for an admission or penalty error (for metrics):
// proposer_sig, unknown_proposer, future_slot, fork, not_ready, ...; "engine"
// for anything else.
func Reason(err error) string { return reason(err) }

// reason is a short label for a penalty's cause.
func reason(err error) string {
	for _, e := range []struct {
		err   error
		label string
	}{
		{ErrProposerSig, "proposer_sig"}, {ErrFutureSlot, "future_slot"}, {ErrStaleSlot, "stale_slot"},
		{ErrUnknownParent, "unknown_parent"}, {ErrUnknownProposer, "unknown_proposer"},
		{ErrSessionID, "session_id"}, {ErrBannedPublisher, "banned_publisher"}, {ErrOversized, "oversized"},
		{ErrWrongStrategy, "strategy"}, {ErrMismatch, "mismatch"}, {ErrUndecodable, "undecodable"},
		{ErrBlobVerification, "blob"}, {ErrWrongFork, "fork"}, {ErrNotReady, "not_ready"}, {ErrTopic, "topic"}, {core.ErrMalformed, "malformed"},
		{core.ErrBadSignature, "signature"}, {errFrameTooLarge, "frame_size"},
	} {
		if errors.Is(err, e.err) {
			return e.label
		}
	}
	return "engine"
}
