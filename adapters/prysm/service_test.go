package weftprysm_test

import (
	"context"
	"crypto/rand"
	"errors"
	"log/slog"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/prysmaticlabs/prysm/v5/async/event"
	"github.com/prysmaticlabs/prysm/v5/beacon-chain/core/feed"
	blockfeed "github.com/prysmaticlabs/prysm/v5/beacon-chain/core/feed/block"
	"github.com/prysmaticlabs/prysm/v5/beacon-chain/core/signing"
	"github.com/prysmaticlabs/prysm/v5/beacon-chain/das"
	fieldparams "github.com/prysmaticlabs/prysm/v5/config/fieldparams"
	"github.com/prysmaticlabs/prysm/v5/config/params"
	"github.com/prysmaticlabs/prysm/v5/consensus-types/blocks"
	"github.com/prysmaticlabs/prysm/v5/consensus-types/interfaces"
	"github.com/prysmaticlabs/prysm/v5/consensus-types/primitives"
	"github.com/prysmaticlabs/prysm/v5/crypto/bls"
	"github.com/prysmaticlabs/prysm/v5/network/forks"
	ethpb "github.com/prysmaticlabs/prysm/v5/proto/prysm/v1alpha1"
	"github.com/prysmaticlabs/prysm/v5/runtime/interop"
	"github.com/prysmaticlabs/prysm/v5/testing/util"
	"github.com/prysmaticlabs/prysm/v5/time/slots"
	weftprysm "github.com/weftnet/weft/adapters/prysm"
)

// chain is a beacon chain seen from the Service: real interop validator keys,
// a clock, a set of known blocks, and the blocks handed to ReceiveBlock.
type chain struct {
	genesis time.Time
	gvr     [32]byte
	pubs    []bls.PublicKey
	known   map[[32]byte]bool

	mu       sync.Mutex
	received chan [32]byte
}

func newChain(t *testing.T, pubs []bls.PublicKey, parent [32]byte) *chain {
	c := &chain{genesis: time.Now().Add(-time.Duration(10*params.BeaconConfig().SecondsPerSlot) * time.Second),
		pubs: pubs, known: map[[32]byte]bool{parent: true}, received: make(chan [32]byte, 16)}
	_, _ = rand.Read(c.gvr[:])
	return c
}

func (c *chain) GenesisTime() time.Time          { return c.genesis }
func (c *chain) GenesisValidatorsRoot() [32]byte { return c.gvr }
func (c *chain) CurrentSlot() primitives.Slot    { return slots.CurrentSlot(uint64(c.genesis.Unix())) }
func (c *chain) FinalizedCheckpt() *ethpb.Checkpoint {
	return &ethpb.Checkpoint{Root: make([]byte, 32)}
}
func (c *chain) HeadValidatorIndexToPublicKey(_ context.Context, i primitives.ValidatorIndex) ([fieldparams.BLSPubkeyLength]byte, error) {
	if int(i) >= len(c.pubs) {
		return [fieldparams.BLSPubkeyLength]byte{}, errors.New("no such validator")
	}
	return [fieldparams.BLSPubkeyLength]byte(c.pubs[i].Marshal()), nil
}
func (c *chain) HasBlock(_ context.Context, r [32]byte) bool { return c.InForkchoice(r) }

// learn makes the chain know a block (its import finished).
func (c *chain) learn(r [32]byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.known[r] = true
}
func (c *chain) InForkchoice(r [32]byte) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.known[r]
}
func (c *chain) ReceiveBlock(_ context.Context, b interfaces.ReadOnlySignedBeaconBlock, root [32]byte, _ das.AvailabilityStore) error {
	c.received <- root
	return nil
}
func (c *chain) ReceiveBlob(context.Context, blocks.VerifiedROBlob) error { return nil }

type feeds struct {
	block *event.Feed
	op    *event.Feed
}

func (f feeds) BlockFeed() *event.Feed                { return f.block }
func (f feeds) OperationFeed() event.SubscriberSender { return f.op }

// signal is a slog handler that also reports every record whose message is msg.
type signal struct {
	slog.Handler
	msg string
	ch  chan struct{}
}

func (h signal) Handle(ctx context.Context, r slog.Record) error {
	if r.Message == h.msg {
		select {
		case h.ch <- struct{}{}:
		default:
		}
	}
	return h.Handler.Handle(ctx, r)
}

func newService(t *testing.T, c *chain, connected chan struct{}, peers ...string) (*weftprysm.Service, feeds) {
	t.Helper()
	h := signal{Handler: slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}),
		msg: "weft: peer connected", ch: connected}
	return newLoggedService(t, c, h, peers...)
}

// newLoggedService starts a Service on c, logging through h, with a fresh key.
func newLoggedService(t *testing.T, c *chain, h slog.Handler, peers ...string) (*weftprysm.Service, feeds) {
	t.Helper()
	return newConfiguredService(t, c, h, nil, peers...)
}

// newConfiguredService is newLoggedService with the Config changed by mod.
func newConfiguredService(t *testing.T, c *chain, h slog.Handler, mod func(*weftprysm.Config), peers ...string) (*weftprysm.Service, feeds) {
	t.Helper()
	key := make([]byte, 32)
	_, _ = rand.Read(key)
	f := feeds{block: new(event.Feed), op: new(event.Feed)}
	cfg := weftprysm.Config{Key: key, ListenAddrs: []string{"/ip4/127.0.0.1/tcp/0"}, Peers: peers, Logger: slog.New(h)}
	if mod != nil {
		mod(&cfg)
	}
	s, err := weftprysm.New(cfg, c, f)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s, f
}

// signedBlock returns a phase0 block at slot signed by validator idx.
func signedBlock(t *testing.T, c *chain, sk bls.SecretKey, idx uint64, slot primitives.Slot, parent [32]byte) interfaces.ReadOnlySignedBeaconBlock {
	t.Helper()
	pb := util.NewBeaconBlock()
	pb.Block.Slot, pb.Block.ProposerIndex, pb.Block.ParentRoot = slot, primitives.ValidatorIndex(idx), parent[:]
	fork, err := forks.Fork(slots.ToEpoch(slot))
	if err != nil {
		t.Fatal(err)
	}
	domain, err := signing.Domain(fork, slots.ToEpoch(slot), params.BeaconConfig().DomainBeaconProposer, c.gvr[:])
	if err != nil {
		t.Fatal(err)
	}
	root, err := signing.ComputeSigningRoot(pb.Block, domain)
	if err != nil {
		t.Fatal(err)
	}
	pb.Signature = sk.Sign(root[:]).Marshal()
	b, err := blocks.NewSignedBeaconBlock(pb)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestServiceBlockPath: a block proposed on one node (block feed without a
// gossip event) reaches the other node's ReceiveBlock through weft.
func TestServiceBlockPath(t *testing.T) {
	sks, pubs, err := interop.DeterministicallyGenerateKeys(0, 8)
	if err != nil {
		t.Fatal(err)
	}
	var parent [32]byte
	parent[0] = 1
	ca, cb := newChain(t, pubs, parent), newChain(t, pubs, parent)
	cb.gvr = ca.gvr
	connected := make(chan struct{}, 1)
	a, fa := newService(t, ca, connected)
	newService(t, cb, make(chan struct{}, 1), a.Addrs()[0])

	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	// Propose once the proposer's node has its peer, as on a running network.
	select {
	case <-connected:
	case <-ctx.Done():
		t.Fatal("the weft peers did not connect")
	}
	blk := signedBlock(t, ca, sks[3], 3, ca.CurrentSlot(), parent)
	want, err := blk.Block().HashTreeRoot()
	if err != nil {
		t.Fatal(err)
	}
	// The proposer path's block feed event (no gossip event before it).
	fa.block.Send(&feed.Event{Type: blockfeed.ReceivedBlock, Data: &blockfeed.ReceivedBlockData{SignedBlock: blk}})
	cb.awaitReceived(ctx, t, want, "the block")
}

// awaitReceived waits for the next block handed to the chain's import path and
// checks it is want (what names it in failures).
func (c *chain) awaitReceived(ctx context.Context, t *testing.T, want [32]byte, what string) {
	t.Helper()
	select {
	case got := <-c.received:
		if got != want {
			t.Fatalf("received %#x, want %s %#x", got, what, want)
		}
	case <-ctx.Done():
		t.Fatalf("%s did not arrive through weft", what)
	}
}

// TestServiceRelay: three nodes in a line, A - B - C. Blocks of about 1 MiB
// proposed on A reach B and C, C through B, which forwards recoded chunks it
// verified; and the same with every node's writes paced (UploadBytesPerSec)
// under a node-wide uplink window.
func TestServiceRelay(t *testing.T) {
	t.Run("unpaced", func(t *testing.T) { serviceRelay(t, nil) })
	t.Run("paced", func(t *testing.T) {
		serviceRelay(t, func(c *weftprysm.Config) {
			c.UploadBytesPerSec, c.Engine.UplinkWindow = 100e6/8, 2
		})
	})
}

func serviceRelay(t *testing.T, mod func(*weftprysm.Config)) {
	sks, pubs, err := interop.DeterministicallyGenerateKeys(0, 8)
	if err != nil {
		t.Fatal(err)
	}
	var parent [32]byte
	parent[0] = 1
	// A clock in the Deneb era of the (mainnet) fork schedule.
	deneb := primitives.Slot(uint64(params.BeaconConfig().DenebForkEpoch)*uint64(params.BeaconConfig().SlotsPerEpoch) + 100)
	genesis := time.Now().Add(-time.Duration(uint64(deneb)*params.BeaconConfig().SecondsPerSlot) * time.Second)
	var chains []*chain
	for range 3 {
		c := newChain(t, pubs, parent)
		c.genesis = genesis
		chains = append(chains, c)
	}
	chains[1].gvr, chains[2].gvr = chains[0].gvr, chains[0].gvr
	connA, connC := make(chan struct{}, 1), make(chan struct{}, 1)
	start := func(c *chain, connected chan struct{}, peers ...string) (*weftprysm.Service, feeds) {
		h := signal{Handler: slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}),
			msg: "weft: peer connected", ch: connected}
		return newConfiguredService(t, c, h, mod, peers...)
	}
	a, fa := start(chains[0], connA)
	b, _ := start(chains[1], make(chan struct{}, 1), a.Addrs()[0])
	start(chains[2], connC, b.Addrs()[0])
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	for _, ch := range []chan struct{}{connA, connC} {
		select {
		case <-ch:
		case <-ctx.Done():
			t.Fatal("the weft peers did not connect")
		}
	}
	for i := range 3 {
		slot := chains[0].CurrentSlot() - primitives.Slot(i)
		pb := util.NewBeaconBlockDeneb()
		pb.Block.Slot, pb.Block.ProposerIndex, pb.Block.ParentRoot = slot, 3, parent[:]
		tx := make([]byte, 100<<10)
		for range 10 {
			_, _ = rand.Read(tx)
			pb.Block.Body.ExecutionPayload.Transactions = append(pb.Block.Body.ExecutionPayload.Transactions, append([]byte(nil), tx...))
		}
		fork, err := forks.Fork(slots.ToEpoch(slot))
		if err != nil {
			t.Fatal(err)
		}
		domain, err := signing.Domain(fork, slots.ToEpoch(slot), params.BeaconConfig().DomainBeaconProposer, chains[0].gvr[:])
		if err != nil {
			t.Fatal(err)
		}
		sr, err := signing.ComputeSigningRoot(pb.Block, domain)
		if err != nil {
			t.Fatal(err)
		}
		pb.Signature = sks[3].Sign(sr[:]).Marshal()
		blk, err := blocks.NewSignedBeaconBlock(pb)
		if err != nil {
			t.Fatal(err)
		}
		want, err := blk.Block().HashTreeRoot()
		if err != nil {
			t.Fatal(err)
		}
		fa.block.Send(&feed.Event{Type: blockfeed.ReceivedBlock, Data: &blockfeed.ReceivedBlockData{SignedBlock: blk}})
		for _, c := range chains[1:] {
			select {
			case got := <-c.received:
				if got != want {
					t.Fatalf("received %#x, want %#x", got, want)
				}
			case <-ctx.Done():
				t.Fatalf("block %d not received", i)
			}
		}
	}
}
