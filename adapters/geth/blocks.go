package weftgeth

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	gcore "github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/weftnet/weft/core"
)

// maxPublishBehind bounds how many blocks the sequencer publishes when its head
// jumps (several blocks inserted at once); older ones are left to eth.
const maxPublishBehind = 64

// PublishBlock disseminates a block signed by this node's sequencer key. The
// sequencer's publish loop calls it for every new head; it is exported for
// hosts that produce blocks another way. A block already published is
// core.ErrDuplicate.
func (s *Service) PublishBlock(ctx context.Context, b *types.Block) error {
	if !s.seq {
		return fmt.Errorf("weft/geth: not the sequencer (%w)", core.ErrNoSigner)
	}
	enc, err := rlp.EncodeToBytes(b)
	if err != nil {
		return err
	}
	err = s.node.Publish(ctx, core.MessageID(b.Hash()), enc, core.PublishOptions{Topic: []byte(TopicBlock), Strategy: s.cfg.BlockStrategy})
	if err == nil {
		s.st.blocksPublished.inc()
	}
	return err
}

// blockPublishLoop publishes every new head of the sequencer's chain.
func (s *Service) blockPublishLoop() {
	chain := s.b.Chain()
	heads := make(chan gcore.ChainHeadEvent, 16)
	sub := chain.SubscribeChainHeadEvent(heads)
	defer sub.Unsubscribe()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		select {
		case <-s.quit:
		case <-ctx.Done():
		}
		cancel()
	}()
	var last uint64 // highest number published
	for {
		select {
		case ev := <-heads:
			head := ev.Header
			n := head.Number.Uint64()
			from := n
			if last != 0 && last < n && n-last <= maxPublishBehind {
				from = last + 1
			}
			// Walk back from the head so a reorg publishes the new branch.
			var todo []*types.Block
			hash := head.Hash()
			for i := n; i >= from && i > 0; i-- {
				b := chain.GetBlock(hash, i)
				if b == nil {
					break
				}
				todo = append(todo, b)
				hash = b.ParentHash()
			}
			for i := len(todo) - 1; i >= 0; i-- {
				if err := s.PublishBlock(ctx, todo[i]); err != nil && !errors.Is(err, core.ErrDuplicate) {
					s.log.Warn("weft block publish failed", "number", todo[i].NumberU64(), "err", err)
				}
			}
			last = n
		case <-sub.Err():
			return
		case <-s.quit:
			return
		}
	}
}

// importLoop imports the signed blocks weft decodes, in order, through the
// chain's own InsertChain. A block whose parent is missing waits (bounded) for
// GapTimeout; then the node catches up over eth with a beacon sync to the
// newest signed block it holds, and imports the rest as their parents appear.
func (s *Service) importLoop() {
	chain := s.b.Chain()
	heads := make(chan gcore.ChainHeadEvent, 16)
	sub := chain.SubscribeChainHeadEvent(heads)
	defer sub.Unsubscribe()
	im := &importer{s: s, chain: chain, pending: map[common.Hash]pendingBlock{}}
	gap := time.NewTimer(time.Hour)
	gap.Stop()
	defer gap.Stop()
	armed := false
	for {
		select {
		case d := <-s.blocks:
			im.handle(d)
		case <-heads:
			im.drain()
		case <-gap.C:
			armed = false
			im.catchUp()
		case <-sub.Err():
			return
		case <-s.quit:
			return
		}
		if len(im.pending) > 0 && !armed {
			gap.Reset(s.cfg.GapTimeout)
			armed = true
		}
	}
}

type pendingBlock struct {
	b    *types.Block
	from core.PeerID
}

// importer is owned by importLoop.
type importer struct {
	s       *Service
	chain   Chain
	pending map[common.Hash]pendingBlock // by hash, waiting for their parent
	synced  bool
	target  uint64    // number of the last beacon sync target
	syncAt  time.Time // when it was set
}

// retargetAfter is how many GapTimeouts a beacon sync may run before a newer
// held block retargets it (sooner, each new weft block would restart it).
const retargetAfter = 10

func (im *importer) handle(d core.Delivery) {
	s := im.s
	b := new(types.Block)
	if err := rlp.DecodeBytes(d.Payload, b); err != nil {
		im.reject(common.Hash(d.ID), 0, d.From, s.cfg.BadBlockPenalty, fmt.Errorf("%w: decode: %w", ErrBadBlock, err))
		return
	}
	if b.Hash() != common.Hash(d.ID) {
		im.reject(common.Hash(d.ID), b.NumberU64(), d.From, s.cfg.BadBlockPenalty, fmt.Errorf("%w: hash %x is not the signed id %x", ErrBadBlock, b.Hash(), d.ID))
		return
	}
	im.consider(b, d.From)
}

func (im *importer) reject(hash common.Hash, num uint64, from core.PeerID, points int, err error) {
	im.s.st.blocksRejected.inc()
	im.s.log.Warn("weft block rejected", "peer", from, "err", err)
	im.s.stopServing(core.MessageID(hash))
	im.s.penalize(from, points, err)
	im.s.blockFeed.Send(BlockEvent{Hash: hash, Number: num, From: from, Err: err})
}

// consider imports b if its parent is known, or holds it.
func (im *importer) consider(b *types.Block, from core.PeerID) {
	s := im.s
	num, hash := b.NumberU64(), b.Hash()
	if im.chain.HasBlock(hash, num) {
		s.st.blocksKnown.inc() // a replay, or it came by eth first
		return
	}
	head := im.chain.CurrentBlock()
	if num <= head.Number.Uint64() {
		im.reject(hash, num, from, s.cfg.StaleBlockPenalty, fmt.Errorf("%w: #%d %x, head #%d", ErrStaleBlock, num, hash, head.Number.Uint64()))
		return
	}
	if num == 0 || im.chain.GetHeader(b.ParentHash(), num-1) == nil {
		im.hold(b, from)
		return
	}
	if _, err := im.chain.InsertChain(types.Blocks{b}); err != nil {
		im.reject(hash, num, from, s.cfg.BadBlockPenalty, fmt.Errorf("%w: import #%d %x: %w", ErrBadBlock, num, hash, err))
		return
	}
	s.st.blocksImported.inc()
	s.blockFeed.Send(BlockEvent{Hash: hash, Number: num, From: from})
	if !im.synced {
		im.synced = true
		s.b.SetSynced()
	}
	im.drain()
}

func (im *importer) hold(b *types.Block, from core.PeerID) {
	if _, ok := im.pending[b.Hash()]; ok {
		return
	}
	if len(im.pending) >= im.s.cfg.MaxPendingBlocks {
		var low common.Hash
		lowN := ^uint64(0)
		for h, p := range im.pending {
			if n := p.b.NumberU64(); n < lowN {
				low, lowN = h, n
			}
		}
		if lowN > b.NumberU64() {
			return
		}
		delete(im.pending, low)
	}
	im.pending[b.Hash()] = pendingBlock{b, from}
	im.s.st.blocksHeld.inc()
	im.s.blockFeed.Send(BlockEvent{Hash: b.Hash(), Number: b.NumberU64(), From: from, Err: ErrHeld})
}

// drain imports held blocks whose parent is now known and drops those the
// chain has passed.
func (im *importer) drain() {
	for progress := true; progress; {
		progress = false
		head := im.chain.CurrentBlock().Number.Uint64()
		for h, p := range im.pending {
			n := p.b.NumberU64()
			switch {
			case im.chain.HasBlock(h, n) || n <= head:
				delete(im.pending, h)
			case im.chain.GetHeader(p.b.ParentHash(), n-1) != nil:
				delete(im.pending, h)
				im.consider(p.b, p.from)
				progress = true
			}
			if progress {
				break
			}
		}
	}
}

// catchUp starts a beacon sync to the newest held block when the gap below
// the held blocks did not close through weft.
func (im *importer) catchUp() {
	im.drain()
	var top *types.Block
	for _, p := range im.pending {
		if top == nil || p.b.NumberU64() > top.NumberU64() {
			top = p.b
		}
	}
	if top == nil || top.NumberU64() <= im.target {
		return
	}
	head := im.chain.CurrentBlock().Number.Uint64()
	if im.target != 0 && head < im.target && time.Since(im.syncAt) < retargetAfter*im.s.cfg.GapTimeout {
		return // the running sync has not reached its target yet
	}
	im.target, im.syncAt = top.NumberU64(), time.Now()
	im.s.st.catchUps.inc()
	im.s.log.Info("weft gap below a signed block, catching up over eth", "number", top.NumberU64(), "hash", top.Hash(),
		"head", im.chain.CurrentBlock().Number)
	if err := im.s.b.BeaconSync(top.Header()); err != nil {
		im.s.log.Warn("weft catch-up failed to start", "err", err)
		im.target = 0
	}
}
