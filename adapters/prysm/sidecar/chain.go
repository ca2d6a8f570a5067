package sidecar

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/prysmaticlabs/prysm/v5/beacon-chain/das"
	fieldparams "github.com/prysmaticlabs/prysm/v5/config/fieldparams"
	"github.com/prysmaticlabs/prysm/v5/config/params"
	"github.com/prysmaticlabs/prysm/v5/consensus-types/blocks"
	"github.com/prysmaticlabs/prysm/v5/consensus-types/interfaces"
	"github.com/prysmaticlabs/prysm/v5/consensus-types/primitives"
	ethpb "github.com/prysmaticlabs/prysm/v5/proto/prysm/v1alpha1"
	"github.com/prysmaticlabs/prysm/v5/runtime/version"
	"github.com/prysmaticlabs/prysm/v5/time/slots"
	weftprysm "github.com/weftnet/weft/adapters/prysm"
)

// Bounds of the chain's caches.
const (
	maxPubkeys = 1 << 14 // validator index → BLS key (immutable: only dropped when full)
	maxKnown   = 1 << 12 // block roots the node has
	maxPending = 16      // blocks whose blobs are being collected
)

// apiChain is weftprysm.Chain over the node's Beacon API: what weft's
// admission needs (clock, genesis, proposer keys, finality, known blocks) and
// the import path, which posts a block received through weft, with its blobs,
// to the node's publish endpoint.
type apiChain struct {
	node     *nodeAPI
	net      *network
	log      *slog.Logger
	met      *metrics
	blobs    bool
	blobWait time.Duration

	mu      sync.Mutex
	pubkeys map[primitives.ValidatorIndex][fieldparams.BLSPubkeyLength]byte
	known   map[[32]byte]primitives.Slot
	fin     *ethpb.Checkpoint
	finAt   time.Time
	pending map[[32]byte]*pendingBlobs
	jsonOnl bool // the node refused SSZ (415): post JSON from now on
}

// pendingBlobs are the blob sidecars of one block received through weft.
type pendingBlobs struct {
	slot  primitives.Slot
	blobs map[uint64]blocks.VerifiedROBlob
	wake  chan struct{} // closed and replaced when a blob arrives
}

var _ weftprysm.Chain = (*apiChain)(nil)

func newAPIChain(node *nodeAPI, net *network, log *slog.Logger, met *metrics, blobs bool, blobWait time.Duration) *apiChain {
	return &apiChain{node: node, net: net, log: log, met: met, blobs: blobs, blobWait: blobWait,
		pubkeys: map[primitives.ValidatorIndex][fieldparams.BLSPubkeyLength]byte{},
		known:   map[[32]byte]primitives.Slot{}, pending: map[[32]byte]*pendingBlobs{}}
}

func (c *apiChain) GenesisTime() time.Time          { return c.net.genesis }
func (c *apiChain) GenesisValidatorsRoot() [32]byte { return c.net.gvr }
func (c *apiChain) CurrentSlot() primitives.Slot {
	return slots.CurrentSlot(uint64(c.net.genesis.Unix()))
}

// callTimeout bounds the node calls made on weft's admission path.
const callTimeout = 2 * time.Second

// FinalizedCheckpt is the node's finalized checkpoint, fetched at most once a
// slot; nil while unknown (admission then skips the finalized-slot check).
func (c *apiChain) FinalizedCheckpt() *ethpb.Checkpoint {
	c.mu.Lock()
	fin, at := c.fin, c.finAt
	c.mu.Unlock()
	if fin != nil && time.Since(at) < time.Duration(params.BeaconConfig().SecondsPerSlot)*time.Second {
		return fin
	}
	var d struct {
		Finalized struct {
			Epoch string `json:"epoch"`
			Root  string `json:"root"`
		} `json:"finalized"`
	}
	ctx, cancel := context.WithTimeout(context.Background(), callTimeout)
	defer cancel()
	if err := c.node.get(ctx, "/eth/v1/beacon/states/head/finality_checkpoints", &d); err != nil {
		c.log.Debug("weft sidecar: finality checkpoints", "err", err)
		return fin
	}
	e, err := strconv.ParseUint(d.Finalized.Epoch, 10, 64)
	root, err2 := hexutil.Decode(d.Finalized.Root)
	if err != nil || err2 != nil || len(root) != 32 {
		return fin
	}
	fin = &ethpb.Checkpoint{Epoch: primitives.Epoch(e), Root: root}
	c.mu.Lock()
	c.fin, c.finAt = fin, time.Now()
	c.mu.Unlock()
	return fin
}

// HeadValidatorIndexToPublicKey fetches a validator's key from the node's head
// state (cached: a validator's key never changes). A node that cannot answer
// gives an error wrapping weftprysm.ErrNotReady, so the peer that sent the
// header is not blamed for it; a node that does not know the validator gives
// a plain error (an unknown proposer).
func (c *apiChain) HeadValidatorIndexToPublicKey(ctx context.Context, idx primitives.ValidatorIndex) ([fieldparams.BLSPubkeyLength]byte, error) {
	c.mu.Lock()
	pk, ok := c.pubkeys[idx]
	c.mu.Unlock()
	if ok {
		return pk, nil
	}
	var d struct {
		Validator struct {
			Pubkey string `json:"pubkey"`
		} `json:"validator"`
	}
	ctx, cancel := context.WithTimeout(ctx, callTimeout)
	defer cancel()
	err := c.node.get(ctx, "/eth/v1/beacon/states/head/validators/"+strconv.FormatUint(uint64(idx), 10), &d)
	if err != nil {
		if errors.Is(err, errTransient) {
			return pk, fmt.Errorf("%w: %w", weftprysm.ErrNotReady, err)
		}
		return pk, err
	}
	b, err := hexutil.Decode(d.Validator.Pubkey)
	if err != nil || len(b) != fieldparams.BLSPubkeyLength {
		return pk, fmt.Errorf("weft sidecar: validator %d: bad pubkey %q", idx, d.Validator.Pubkey)
	}
	pk = [fieldparams.BLSPubkeyLength]byte(b)
	c.mu.Lock()
	if len(c.pubkeys) >= maxPubkeys {
		clear(c.pubkeys)
	}
	c.pubkeys[idx] = pk
	c.mu.Unlock()
	return pk, nil
}

// InForkchoice reports whether the node is known to hold the block (from an
// earlier answer; no call).
func (c *apiChain) InForkchoice(root [32]byte) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	_, ok := c.known[root]
	return ok
}

// HasBlock asks the node whether it holds the block (cached when it does).
func (c *apiChain) HasBlock(ctx context.Context, root [32]byte) bool {
	if c.InForkchoice(root) {
		return true
	}
	ctx, cancel := context.WithTimeout(ctx, callTimeout)
	defer cancel()
	var d struct {
		Header struct {
			Message struct {
				Slot string `json:"slot"`
			} `json:"message"`
		} `json:"header"`
	}
	if err := c.node.get(ctx, "/eth/v1/beacon/headers/"+hexutil.Encode(root[:]), &d); err != nil {
		return false
	}
	slot, _ := strconv.ParseUint(d.Header.Message.Slot, 10, 64)
	c.remember(root, primitives.Slot(slot))
	return true
}

func (c *apiChain) remember(root [32]byte, slot primitives.Slot) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.known) >= maxKnown {
		cut := c.CurrentSlot()
		if cut > 64 {
			cut -= 64
		}
		for r, s := range c.known {
			if s < cut {
				delete(c.known, r)
			}
		}
		if len(c.known) >= maxKnown {
			clear(c.known)
		}
	}
	c.known[root] = slot
}

// ReceiveBlob keeps a blob sidecar received through weft (KZG- and
// inclusion-verified by weftprysm) until its block is posted.
func (c *apiChain) ReceiveBlob(_ context.Context, b blocks.VerifiedROBlob) error {
	root := b.BlockRoot()
	c.mu.Lock()
	defer c.mu.Unlock()
	p := c.pending[root]
	if p == nil {
		if len(c.pending) >= maxPending {
			c.evictOldestLocked()
		}
		p = &pendingBlobs{slot: b.Slot(), blobs: map[uint64]blocks.VerifiedROBlob{}, wake: make(chan struct{})}
		c.pending[root] = p
	}
	if _, dup := p.blobs[b.Index]; !dup {
		p.blobs[b.Index] = b
		close(p.wake)
		p.wake = make(chan struct{})
	}
	return nil
}

func (c *apiChain) evictOldestLocked() {
	var oldest [32]byte
	first := true
	for r, p := range c.pending {
		if first || p.slot < c.pending[oldest].slot {
			oldest, first = r, false
		}
	}
	if !first {
		close(c.pending[oldest].wake)
		delete(c.pending, oldest)
	}
}

// errNotPosted is wrapped by every ReceiveBlock failure.
var errNotPosted = errors.New("weft sidecar: block not posted to the node")

// ReceiveBlock posts a block received through weft (checked by weftprysm: the
// proposer's signature, the signed root) to the node, with its blobs, which it
// waits for up to the configured time.
func (c *apiChain) ReceiveBlock(ctx context.Context, blk interfaces.ReadOnlySignedBeaconBlock, root [32]byte, _ das.AvailabilityStore) error {
	known := c.InForkchoice(root)
	start := time.Now()
	n := 0
	if blk.Version() >= version.Deneb {
		cs, err := blk.Block().Body().BlobKzgCommitments()
		if err != nil {
			return fmt.Errorf("%w: %w", errNotPosted, err)
		}
		n = len(cs)
	}
	if blk.Version() >= version.Fulu {
		c.met.posts.WithLabelValues("unsupported", strconv.FormatBool(known)).Inc()
		return fmt.Errorf("%w: %s blocks are not supported", errNotPosted, version.String(blk.Version()))
	}
	var blobs []blocks.VerifiedROBlob
	if n > 0 {
		if !c.blobs {
			c.met.posts.WithLabelValues("no_blobs", strconv.FormatBool(known)).Inc()
			return fmt.Errorf("%w: it has %d blobs and weft blobs are off", errNotPosted, n)
		}
		var err error
		if blobs, err = c.waitBlobs(ctx, root, blk.Block().Slot(), n); err != nil {
			c.met.posts.WithLabelValues("no_blobs", strconv.FormatBool(known)).Inc()
			return fmt.Errorf("%w: %w", errNotPosted, err)
		}
	}
	waited := time.Since(start)
	code, err := c.post(ctx, blk, blobs)
	result := "ok"
	switch {
	case err != nil:
		result = "error"
	case code == http.StatusAccepted:
		result, err = "refused", fmt.Errorf("%w: the node broadcast it but it failed validation (202)", errNotPosted)
	}
	c.met.posts.WithLabelValues(result, strconv.FormatBool(known)).Inc()
	attrs := []any{"slot", uint64(blk.Block().Slot()), "proposer", uint64(blk.Block().ProposerIndex()),
		"root", fmt.Sprintf("%#x", root), "blobs", n, "known", known, "status", code,
		"blob_wait_ms", waited.Milliseconds(), "post_ms", (time.Since(start) - waited).Milliseconds()}
	if err != nil {
		c.log.Warn("weft block post failed", append(attrs, "err", err)...)
		return err
	}
	c.remember(root, blk.Block().Slot())
	c.log.Info("weft block posted", attrs...)
	return nil
}

// waitBlobs waits for the n blobs of a block.
func (c *apiChain) waitBlobs(ctx context.Context, root [32]byte, slot primitives.Slot, n int) ([]blocks.VerifiedROBlob, error) {
	t := time.NewTimer(c.blobWait)
	defer t.Stop()
	for {
		c.mu.Lock()
		p := c.pending[root]
		if p == nil {
			if len(c.pending) >= maxPending {
				c.evictOldestLocked()
			}
			p = &pendingBlobs{slot: slot, blobs: map[uint64]blocks.VerifiedROBlob{}, wake: make(chan struct{})}
			c.pending[root] = p
		}
		if len(p.blobs) >= n {
			out := make([]blocks.VerifiedROBlob, 0, n)
			for i := range uint64(n) {
				b, ok := p.blobs[i]
				if !ok {
					break
				}
				out = append(out, b)
			}
			delete(c.pending, root)
			c.mu.Unlock()
			if len(out) != n {
				return nil, fmt.Errorf("blob indices do not match the block's %d commitments", n)
			}
			return out, nil
		}
		wake, have := p.wake, len(p.blobs)
		c.mu.Unlock()
		select {
		case <-wake:
		case <-t.C:
			c.mu.Lock()
			delete(c.pending, root)
			c.mu.Unlock()
			c.met.blobTimeouts.Inc()
			return nil, fmt.Errorf("%d of its %d blobs arrived within %v", have, n, c.blobWait)
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
}
