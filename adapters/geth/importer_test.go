package weftgeth

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	gcore "github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/weftnet/weft/core"
)

// fakeChain is a linear chain that imports a block whose parent it holds.
type fakeChain struct {
	blocks map[common.Hash]*types.Block
	head   *types.Block
	feed   event.Feed
}

func newFakeChain() *fakeChain {
	g := types.NewBlockWithHeader(&types.Header{Number: big.NewInt(0)})
	return &fakeChain{blocks: map[common.Hash]*types.Block{g.Hash(): g}, head: g}
}

func (c *fakeChain) CurrentBlock() *types.Header { return c.head.Header() }
func (c *fakeChain) GetHeader(h common.Hash, n uint64) *types.Header {
	if b := c.GetBlock(h, n); b != nil {
		return b.Header()
	}
	return nil
}
func (c *fakeChain) GetBlock(h common.Hash, n uint64) *types.Block {
	if b := c.blocks[h]; b != nil && b.NumberU64() == n {
		return b
	}
	return nil
}
func (c *fakeChain) HasBlock(h common.Hash, n uint64) bool { return c.GetBlock(h, n) != nil }
func (c *fakeChain) InsertChain(bs types.Blocks) (int, error) {
	for i, b := range bs {
		if c.GetHeader(b.ParentHash(), b.NumberU64()-1) == nil {
			return i, errors.New("unknown parent")
		}
		if string(b.Extra()) == "invalid" {
			return i, errors.New("invalid block")
		}
		c.blocks[b.Hash()] = b
		c.head = b
	}
	return len(bs), nil
}
func (c *fakeChain) SubscribeChainHeadEvent(ch chan<- gcore.ChainHeadEvent) event.Subscription {
	return c.feed.Subscribe(ch)
}

type fakeBackend struct {
	chain  *fakeChain
	synced int
	syncTo []*types.Header
}

func (b *fakeBackend) Chain() Chain   { return b.chain }
func (b *fakeBackend) TxPool() TxPool { return nil }
func (b *fakeBackend) BeaconSync(h *types.Header) error {
	b.syncTo = append(b.syncTo, h)
	return nil
}
func (b *fakeBackend) SetSynced() { b.synced++ }

// fakeBlocks returns n blocks on top of parent.
func fakeBlocks(parent *types.Block, n int, extra string) []*types.Block {
	var out []*types.Block
	for range n {
		b := types.NewBlockWithHeader(&types.Header{Number: new(big.Int).Add(parent.Number(), common.Big1),
			ParentHash: parent.Hash(), Extra: []byte(extra)})
		out = append(out, b)
		parent = b
	}
	return out
}

func delivery(t *testing.T, b *types.Block) core.Delivery {
	t.Helper()
	enc, err := rlp.EncodeToBytes(b)
	if err != nil {
		t.Fatal(err)
	}
	return core.Delivery{ID: core.MessageID(b.Hash()), Topic: []byte(TopicBlock), Payload: enc}
}

func newTestImporter(t *testing.T, maxPending int) (*importer, *fakeBackend, chan BlockEvent) {
	t.Helper()
	cfg, err := Config{MaxPendingBlocks: maxPending}.withDefaults()
	if err != nil {
		t.Fatal(err)
	}
	b := &fakeBackend{chain: newFakeChain()}
	s := &Service{cfg: cfg, b: b, log: log.NewLogger(log.DiscardHandler())}
	events := make(chan BlockEvent, 64)
	s.blockFeed.Subscribe(events)
	return &importer{s: s, chain: b.chain, pending: map[common.Hash]pendingBlock{}}, b, events
}

func next(t *testing.T, ch chan BlockEvent) BlockEvent {
	t.Helper()
	select {
	case ev := <-ch:
		return ev
	default:
		t.Fatal("no block event")
		return BlockEvent{}
	}
}

func TestImporterOrder(t *testing.T) {
	im, b, ev := newTestImporter(t, 0)
	bs := fakeBlocks(b.chain.head, 4, "")
	// 1, then 3 before 2: 3 waits, 2 brings it in; no catch-up needed.
	for _, i := range []int{0, 2, 1} {
		im.handle(delivery(t, bs[i]))
	}
	if e := next(t, ev); e.Hash != bs[0].Hash() || e.Err != nil {
		t.Fatalf("block 1: %+v", e)
	}
	if e := next(t, ev); e.Hash != bs[2].Hash() || !errors.Is(e.Err, ErrHeld) {
		t.Fatalf("block 3 first: %+v", e)
	}
	for _, want := range []int{1, 2} {
		if e := next(t, ev); e.Hash != bs[want].Hash() || e.Err != nil {
			t.Fatalf("block %d: %+v", want+1, e)
		}
	}
	im.catchUp()
	if len(b.syncTo) != 0 || len(im.pending) != 0 || b.chain.head.Hash() != bs[2].Hash() || b.synced != 1 {
		t.Fatalf("sync %v pending %d head #%d synced %d", b.syncTo, len(im.pending), b.chain.head.NumberU64(), b.synced)
	}
	// A replay is ignored.
	im.handle(delivery(t, bs[1]))
	if len(ev) != 0 || im.s.st.blocksKnown.v.Load() != 1 {
		t.Fatal("a replayed block was not taken as known")
	}
}

func TestImporterGap(t *testing.T) {
	im, b, ev := newTestImporter(t, 2)
	bs := fakeBlocks(b.chain.head, 6, "")
	for _, i := range []int{3, 4, 5} { // blocks 4..6 without 1..3; the bound keeps 5 and 6
		im.handle(delivery(t, bs[i]))
		if e := next(t, ev); !errors.Is(e.Err, ErrHeld) {
			t.Fatalf("block %d: %+v", i+1, e)
		}
	}
	if _, ok := im.pending[bs[3].Hash()]; ok || len(im.pending) != 2 {
		t.Fatalf("pending %d blocks, lowest kept: %v", len(im.pending), ok)
	}
	im.catchUp()
	if len(b.syncTo) != 1 || b.syncTo[0].Hash() != bs[5].Hash() {
		t.Fatalf("catch-up targets %v, want block 6", b.syncTo)
	}
	im.catchUp() // nothing newer: no second sync
	more := fakeBlocks(bs[5], 1, "")[0]
	im.handle(delivery(t, more))
	<-ev
	im.catchUp() // newer, but the running sync has not reached its target
	if len(b.syncTo) != 1 {
		t.Fatalf("%d beacon syncs, want the first only", len(b.syncTo))
	}
	// The sync (here: blocks 1..6 inserted) fills the gap; block 7, held, follows.
	if _, err := b.chain.InsertChain(types.Blocks(bs)); err != nil { // up to the target, block 6
		t.Fatal(err)
	}
	im.drain()
	if b.chain.head.Hash() != more.Hash() || len(im.pending) != 0 {
		t.Fatalf("head #%d, %d pending", b.chain.head.NumberU64(), len(im.pending))
	}
}

func TestImporterRejects(t *testing.T) {
	im, b, ev := newTestImporter(t, 0)
	bs := fakeBlocks(b.chain.head, 2, "")
	im.handle(delivery(t, bs[0]))
	im.handle(delivery(t, bs[1]))
	<-ev
	<-ev
	stale := fakeBlocks(bs[0], 1, "fork")[0]
	invalid := fakeBlocks(bs[1], 1, "invalid")[0]
	wrongID := delivery(t, fakeBlocks(bs[1], 1, "other")[0])
	wrongID.ID[0] ^= 1
	garbage := core.Delivery{ID: core.MessageID{1}, Topic: []byte(TopicBlock), Payload: []byte{0xc5, 1, 2}}
	for name, c := range map[string]struct {
		d    core.Delivery
		want error
	}{
		"stale":    {delivery(t, stale), ErrStaleBlock},
		"invalid":  {delivery(t, invalid), ErrBadBlock},
		"wrong id": {wrongID, ErrBadBlock},
		"garbage":  {garbage, ErrBadBlock},
	} {
		im.handle(c.d)
		if e := next(t, ev); !errors.Is(e.Err, c.want) {
			t.Errorf("%s: %v, want %v", name, e.Err, c.want)
		}
	}
	if b.chain.head.Hash() != bs[1].Hash() || len(b.chain.blocks) != 3 {
		t.Fatalf("a rejected block was imported: head #%d, %d blocks", b.chain.head.NumberU64(), len(b.chain.blocks))
	}
	if got := im.s.st.blocksRejected.v.Load(); got != 4 {
		t.Fatalf("%d rejections counted", got)
	}

}
