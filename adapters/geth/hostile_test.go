package weftgeth_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/rlp"
	weftgeth "github.com/weftnet/weft/adapters/geth"
	"github.com/weftnet/weft/adapters/geth/internal/gethtest"
	"github.com/weftnet/weft/core"
)

// impostor signs with one key but claims another address: its signatures
// never verify.
type impostor struct {
	*weftgeth.Secp256k1Signer
	claim common.Address
}

func (i impostor) PublicKey() []byte { return i.claim.Bytes() }

// rwTransport sends a hostile engine's frames on its weft/1 connection.
type rwTransport struct{ rw p2p.MsgReadWriter }

func (t rwTransport) Send(_ context.Context, _ core.PeerID, f []byte) error {
	return weftgeth.WriteFrame(t.rw, f)
}

// hostile connects a devp2p peer that speaks only weft/1 to target, runs
// script on the connection (with a real core.Node signing as signer, nil for
// none) and waits until target drops it.
func hostile(t *testing.T, ctx context.Context, target *gethtest.Node, key *ecdsa.PrivateKey, signer core.Signer,
	script func(n *core.Node, rw p2p.MsgReadWriter) error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	scriptErr := make(chan error, 1)
	run := func(p *p2p.Peer, rw p2p.MsgReadWriter) error {
		n, err := core.NewNode(core.NodeConfig{Engine: core.Config{Seed: 5, Signer: signer, Verifier: weftgeth.Secp256k1Verifier{}},
			Transport: rwTransport{rw}})
		if err != nil {
			return err
		}
		n.Start()
		defer func() { _ = n.Close(context.Background()) }()
		if err := n.AddPeer(1); err != nil {
			return err
		}
		go func() { scriptErr <- script(n, rw) }()
		for {
			f, err := weftgeth.ReadFrame(rw, weftgeth.MaxDevp2pMessage)
			if err != nil {
				return err
			}
			if err := n.Receive(1, f); err != nil {
				return err
			}
		}
	}
	srv := &p2p.Server{Config: p2p.Config{PrivateKey: key, MaxPeers: 1, NoDiscovery: true, Name: "hostile",
		Protocols: []p2p.Protocol{{Name: weftgeth.ProtocolName, Version: weftgeth.ProtocolVersion, Length: 1, Run: run}}}}
	if err := srv.Start(); err != nil {
		t.Fatal(err)
	}
	defer srv.Stop()
	drops := make(chan *p2p.PeerEvent, 64)
	sub := target.Stack.Server().SubscribeEvents(drops)
	defer sub.Unsubscribe()
	srv.AddPeer(target.Stack.Server().Self())
	if err := gethtest.WaitDrop(ctx, drops, srv.Self().ID()); err != nil {
		t.Fatal(err)
	}
	srv.RemovePeer(target.Stack.Server().Self())
	if script != nil {
		select {
		case err := <-scriptErr:
			if err != nil && !errors.Is(err, p2p.ErrShuttingDown) && !errors.Is(err, core.ErrClosed) {
				t.Logf("hostile script ended: %v", err)
			}
		default:
		}
	}
}

// childOf returns a block on top of parent that is not the sequencer's.
func childOf(parent *types.Header, extra string) *types.Block {
	h := types.CopyHeader(parent)
	h.ParentHash = parent.Hash()
	h.Number = new(big.Int).Add(parent.Number, common.Big1)
	h.Time = parent.Time + 1
	h.Extra = []byte(extra)
	h.Root = common.Hash{0xba, 0xd}
	return types.NewBlockWithHeader(h)
}

func publishBlock(n *core.Node, b *types.Block) error {
	enc, err := rlp.EncodeToBytes(b)
	if err != nil {
		return err
	}
	return n.Publish(context.Background(), core.MessageID(b.Hash()), enc, core.PublishOptions{Topic: []byte(weftgeth.TopicBlock)})
}

// testHostile connects hostile peers to f1, each disconnected for what it
// sends, and checks nothing they sent was imported and the honest network
// goes on.
func testHostile(t *testing.T, ctx context.Context, n *testNet, r *rand.Rand) {
	target := n.f1
	chain := target.Eth.BlockChain()
	headBefore, _ := target.Head()
	seqAddr := crypto.PubkeyToAddress(n.seqKey.PublicKey)
	var bad []common.Hash
	newKey := func() *ecdsa.PrivateKey {
		k, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		return k
	}
	st0 := target.Weft.Stats()

	// 1. A block signed by the peer's own key on the block topic.
	forgerKey := newKey()
	forger, _ := weftgeth.NewSecp256k1Signer(forgerKey)
	forged := childOf(chain.CurrentBlock(), "forged by another key")
	bad = append(bad, forged.Hash())
	hostile(t, ctx, target, forgerKey, forger, func(nd *core.Node, _ p2p.MsgReadWriter) error {
		return publishBlock(nd, forged)
	})

	// 2. A block claiming the sequencer's address with a signature that is not its.
	impKey := newKey()
	impSigner, _ := weftgeth.NewSecp256k1Signer(impKey)
	imp := childOf(chain.CurrentBlock(), "claims to be the sequencer")
	bad = append(bad, imp.Hash())
	hostile(t, ctx, target, impKey, impostor{impSigner, seqAddr}, func(nd *core.Node, _ p2p.MsgReadWriter) error {
		return publishBlock(nd, imp)
	})

	// 3. Junk frames.
	hostile(t, ctx, target, newKey(), nil, func(_ *core.Node, rw p2p.MsgReadWriter) error {
		for range 4 {
			junk := make([]byte, 1+r.IntN(4000))
			for i := range junk {
				junk[i] = byte(r.Uint32())
			}
			if err := weftgeth.WriteFrame(rw, junk); err != nil {
				return err
			}
		}
		return nil
	})

	// 4. Transaction sessions above MaxTxSize, to hold memory: never opened,
	// each charged, until the peer is dropped.
	bloaterKey := newKey()
	bloater, _ := weftgeth.NewSecp256k1Signer(bloaterKey)
	txsBefore := target.Weft.Stats()
	hostile(t, ctx, target, bloaterKey, bloater, func(nd *core.Node, _ p2p.MsgReadWriter) error {
		big := make([]byte, target.Weft.Config().MaxTxSize+1)
		for i := range 12 {
			big[0] = byte(i)
			id := crypto.Keccak256Hash(big)
			if err := nd.Publish(ctx, core.MessageID(id), big, core.PublishOptions{Topic: []byte(weftgeth.TopicTx)}); err != nil {
				return err
			}
		}
		return nil
	})
	if st := target.Weft.Stats(); st.TxsImported != txsBefore.TxsImported || st.TxsRejected != txsBefore.TxsRejected {
		t.Errorf("an oversized transaction message reached the pool path: %+v", st)
	}

	// 5. A frame above the cap.
	hostile(t, ctx, target, newKey(), nil, func(_ *core.Node, rw p2p.MsgReadWriter) error {
		return weftgeth.WriteFrame(rw, make([]byte, target.Weft.Config().MaxFrameSize+1))
	})

	// 6. Blocks really signed by the sequencer's key (a compromised or buggy
	// sequencer): a stale one off the chain, then an invalid child of the head.
	// Both are rejected and charged to the peer, but lightly: the honest relays
	// that pass them on must not lose their links. Junk then gets it dropped.
	seqSigner, _ := weftgeth.NewSecp256k1Signer(n.seqKey)
	head := chain.CurrentBlock()
	parent := chain.GetHeaderByHash(head.ParentHash)
	stale := childOf(parent, "stale")
	invalid := childOf(head, "bad state root")
	bad = append(bad, stale.Hash(), invalid.Hash())
	events := make(chan weftgeth.BlockEvent, 16)
	evSub := target.Weft.SubscribeBlocks(events)
	defer evSub.Unsubscribe()
	var relays []weftgeth.Stats
	for _, f := range []*gethtest.Node{n.seq, n.f2, n.f3} {
		relays = append(relays, f.Weft.Stats())
	}
	hostile(t, ctx, target, newKey(), seqSigner, func(nd *core.Node, rw p2p.MsgReadWriter) error {
		if err := publishBlock(nd, stale); err != nil {
			return err
		}
		if err := publishBlock(nd, invalid); err != nil {
			return err
		}
		want := map[common.Hash]error{stale.Hash(): weftgeth.ErrStaleBlock, invalid.Hash(): weftgeth.ErrBadBlock}
		for len(want) > 0 {
			select {
			case ev := <-events:
				if w, ok := want[ev.Hash]; ok {
					if !errors.Is(ev.Err, w) {
						t.Errorf("block %x: %v, want %v", ev.Hash, ev.Err, w)
					}
					delete(want, ev.Hash)
				}
			case <-ctx.Done():
				t.Errorf("signed bad blocks not rejected: %v", ctx.Err())
				return ctx.Err()
			}
		}
		for range 3 {
			if err := weftgeth.WriteFrame(rw, []byte("not a frame")); err != nil {
				return err
			}
		}
		return nil
	})
	for i, f := range []*gethtest.Node{n.seq, n.f2, n.f3} {
		if d := f.Weft.Stats().Disconnects - relays[i].Disconnects; d != 0 {
			t.Errorf("%s disconnected %d peers for relaying the sequencer's bad blocks", f.Name, d)
		}
	}

	// 7. The forger comes back: banned, dropped at once.
	hostile(t, ctx, target, forgerKey, nil, func(*core.Node, p2p.MsgReadWriter) error { return nil })

	st := target.Weft.Stats()
	if d := st.Disconnects - st0.Disconnects; d != 5 {
		t.Errorf("penalty disconnects %d, want 5 (forged, impostor, junk, oversized txs, junk after signed bad blocks): %+v", d, st)
	}
	if d := st.PenaltyPoints - st0.PenaltyPoints; d < 400 {
		t.Errorf("penalty points %d, want at least 400", d)
	}
	if st.BadFrames-st0.BadFrames != 1 {
		t.Errorf("bad framing counted %d times, want 1", st.BadFrames-st0.BadFrames)
	}
	if st.BlocksRejected-st0.BlocksRejected != 2 {
		t.Errorf("rejected %d decoded blocks, want 2 (stale, invalid)", st.BlocksRejected-st0.BlocksRejected)
	}
	for _, h := range bad {
		if chain.GetBlockByHash(h) != nil {
			t.Errorf("hostile block %x was imported", h)
		}
	}
	if h, _ := target.Head(); h != headBefore {
		t.Errorf("head moved from %x to %x with no sequencer block", headBefore, h)
	}
	// The honest network goes on.
	b, err := n.seq.Seal(n.accts[0].DataTx(n.g, r, 8<<10))
	if err != nil {
		t.Fatal(err)
	}
	if err := gethtest.WaitHead(ctx, b.Hash(), n.f1, n.f2, n.f3); err != nil {
		t.Fatal(err)
	}
}
