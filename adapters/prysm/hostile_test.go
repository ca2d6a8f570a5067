package weftprysm_test

import (
	"bufio"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"io"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/p2p/transport/tcp"
	ma "github.com/multiformats/go-multiaddr"
	"github.com/prysmaticlabs/prysm/v5/beacon-chain/core/signing"
	"github.com/prysmaticlabs/prysm/v5/config/params"
	"github.com/prysmaticlabs/prysm/v5/consensus-types/primitives"
	ethpb "github.com/prysmaticlabs/prysm/v5/proto/prysm/v1alpha1"
	"github.com/prysmaticlabs/prysm/v5/runtime/interop"
	weftprysm "github.com/weftnet/weft/adapters/prysm"
	"github.com/weftnet/weft/adapters/prysm/devnet"
	"github.com/weftnet/weft/core"
)

// hostile is a weft peer that does not follow the rules: it has its own
// libp2p identity (a fresh one per attack, since each offence gets it
// disconnected) and writes hand-made frames on a /weft/prysm/1 stream.
type hostile struct {
	t      *testing.T
	key    ed25519.PrivateKey
	signer core.Ed25519Signer
	s      network.Stream
	close  func()
}

func dialHostile(t *testing.T, ctx context.Context, target string) *hostile {
	t.Helper()
	seed := make([]byte, ed25519.SeedSize)
	_, _ = rand.Read(seed)
	priv := ed25519.NewKeyFromSeed(seed)
	lk, err := crypto.UnmarshalEd25519PrivateKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	h, err := libp2p.New(libp2p.Identity(lk), libp2p.ListenAddrStrings("/ip4/127.0.0.1/tcp/0"),
		libp2p.Transport(tcp.NewTCPTransport), libp2p.DisableRelay())
	if err != nil {
		t.Fatal(err)
	}
	// Drain whatever the node sends us.
	h.SetStreamHandler(weftprysm.ProtocolID, func(s network.Stream) { _, _ = io.Copy(io.Discard, s) })
	m, err := ma.NewMultiaddr(target)
	if err != nil {
		t.Fatal(err)
	}
	ai, err := peer.AddrInfoFromP2pAddr(m)
	if err != nil {
		t.Fatal(err)
	}
	if err := h.Connect(ctx, *ai); err != nil {
		t.Fatalf("hostile: connect: %v", err)
	}
	s, err := h.NewStream(ctx, ai.ID, weftprysm.ProtocolID)
	if err != nil {
		t.Fatalf("hostile: stream: %v", err)
	}
	return &hostile{t: t, key: priv, signer: core.Ed25519Signer{Key: priv}, s: s, close: func() { _ = h.Close() }}
}

// frames returns the header frame and chunk frames of a rlnc-verified session
// for payload under topic, published by the hostile key.
func (hp *hostile) frames(topic, payload []byte) (header []byte, chunks [][]byte) {
	hp.t.Helper()
	vs, err := core.NewVerified(64 << 10)
	if err != nil {
		hp.t.Fatal(err)
	}
	e, err := core.New(core.Config{Seed: 7, Signer: hp.signer, Strategies: []core.Strategy{vs},
		DefaultStrategy: core.StrategyRLNCVerified, SendWindow: 1 << 10, PushPercent: 1000, CreditPercent: 1000})
	if err != nil {
		hp.t.Fatal(err)
	}
	if err := e.AddPeer(1); err != nil {
		hp.t.Fatal(err)
	}
	id := weftprysm.SessionID(topic, hp.signer.PublicKey())
	now := time.Now()
	if err := e.Publish(now, id, payload, core.PublishOptions{Strategy: core.StrategyRLNCVerified, Topic: topic}); err != nil {
		hp.t.Fatal(err)
	}
	for e.HasReady() {
		rd := e.Ready()
		for _, f := range rd.Frames {
			info, err := core.PeekFrame(f.Frame)
			if err != nil {
				hp.t.Fatal(err)
			}
			switch info.Type {
			case core.FrameHeader:
				header = append([]byte(nil), f.Frame...)
			case core.FrameChunk:
				chunks = append(chunks, append([]byte(nil), f.Frame...))
			}
		}
		n := len(rd.Frames)
		e.Advance()
		e.Sent(1, n)
	}
	if header == nil || len(chunks) == 0 {
		hp.t.Fatalf("hostile: engine produced %d chunks and no header", len(chunks))
	}
	return header, chunks
}

func (hp *hostile) send(frames ...[]byte) {
	w := bufio.NewWriter(hp.s)
	for _, f := range frames {
		if _, err := w.Write(f); err != nil {
			return // the node may already have cut us off
		}
	}
	_ = w.Flush()
}

// chainView is what the hostile peer knows of the chain: the head's signed
// header and the genesis validators root.
type chainView struct {
	head *ethpb.SignedBeaconBlockHeader
	root [32]byte
	gvr  []byte
}

func getChain(t *testing.T, ctx context.Context, nd *devnet.Node) chainView {
	t.Helper()
	var hr struct {
		Data struct {
			Root   string `json:"root"`
			Header struct {
				Message struct {
					Slot          string `json:"slot"`
					ProposerIndex string `json:"proposer_index"`
					ParentRoot    string `json:"parent_root"`
					StateRoot     string `json:"state_root"`
					BodyRoot      string `json:"body_root"`
				} `json:"message"`
				Signature string `json:"signature"`
			} `json:"header"`
		} `json:"data"`
	}
	// Right after start a node can answer 404 for its head (seen on CI after
	// its first weft block arrived): wait for the next head it imports and ask
	// again, a few slots at most.
	hctx, stop := context.WithCancel(ctx)
	defer stop()
	heads, err := nd.Events(hctx, "head")
	if err != nil {
		t.Fatal(err)
	}
	code, err := nd.Get(ctx, "/eth/v1/beacon/headers/head", &hr)
	for tries := 0; err == nil && code == http.StatusNotFound && tries < 8; tries++ {
		if _, ok := <-heads; !ok {
			t.Fatalf("head header: 404, and the head event stream ended: %v", ctx.Err())
		}
		code, err = nd.Get(ctx, "/eth/v1/beacon/headers/head", &hr)
	}
	if err != nil || code != http.StatusOK {
		t.Fatalf("head header: %d %v", code, err)
	}
	var gr struct {
		Data struct {
			GVR string `json:"genesis_validators_root"`
		} `json:"data"`
	}
	if code, err := nd.Get(ctx, "/eth/v1/beacon/genesis", &gr); err != nil || code != http.StatusOK {
		t.Fatalf("genesis: %d %v", code, err)
	}
	m := hr.Data.Header.Message
	slot, _ := strconv.ParseUint(m.Slot, 10, 64)
	prop, _ := strconv.ParseUint(m.ProposerIndex, 10, 64)
	v := chainView{head: &ethpb.SignedBeaconBlockHeader{Header: &ethpb.BeaconBlockHeader{
		Slot: primitives.Slot(slot), ProposerIndex: primitives.ValidatorIndex(prop),
		ParentRoot: unhex(t, m.ParentRoot), StateRoot: unhex(t, m.StateRoot), BodyRoot: unhex(t, m.BodyRoot)},
		Signature: unhex(t, hr.Data.Header.Signature)}, gvr: unhex(t, gr.Data.GVR)}
	copy(v.root[:], unhex(t, hr.Data.Root))
	return v
}

func unhex(t *testing.T, s string) []byte {
	t.Helper()
	b, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if err != nil {
		t.Fatalf("hex %q: %v", s, err)
	}
	return b
}

// sign signs a header with interop validator idx's key, as the proposer would.
func (v chainView) sign(t *testing.T, h *ethpb.BeaconBlockHeader, idx uint64) []byte {
	t.Helper()
	sks, _, err := interop.DeterministicallyGenerateKeys(idx, 1)
	if err != nil {
		t.Fatal(err)
	}
	domain, err := signing.ComputeDomain(params.BeaconConfig().DomainBeaconProposer, devnet.DenebForkVersion, v.gvr)
	if err != nil {
		t.Fatal(err)
	}
	root, err := signing.ComputeSigningRoot(h, domain)
	if err != nil {
		t.Fatal(err)
	}
	return sks[0].Sign(root[:]).Marshal()
}

func topicOf(t *testing.T, h *ethpb.SignedBeaconBlockHeader) []byte {
	t.Helper()
	b, err := weftprysm.EncodeTopic(weftprysm.KindBlock, h, 0)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// runHostile attacks node 0 once the chain runs and weft carries blocks, and
// checks that each attack is refused and penalised.
func runHostile(t *testing.T, ctx context.Context, n *devnet.Net) {
	target := n.Nodes[0]
	{
		if _, _, err := target.Beacon.Wait(ctx, 0, func(l string) bool { return strings.Contains(l, "weft block received") }); err != nil {
			t.Fatalf("hostile: %v", err)
		}
		attack := func(name string, frames func(hp *hostile, v chainView) [][]byte, expect ...string) {
			mark := target.Beacon.Len()
			v := getChain(t, ctx, target)
			hp := dialHostile(t, ctx, target.WeftMultiaddr())
			defer hp.close()
			hp.send(frames(hp, v)...)
			line, _, err := target.Beacon.Wait(ctx, mark, func(l string) bool {
				for _, e := range expect {
					if !strings.Contains(l, e) {
						return false
					}
				}
				return true
			})
			if err != nil {
				t.Errorf("hostile %s: no log line with %q: %v", name, expect, err)
				return
			}
			t.Logf("hostile %s: %s", name, line)
		}
		cur := func() uint64 { return n.SlotOf(time.Now()) }

		// A header whose proposer signature is not the proposer's.
		attack("forged signature", func(hp *hostile, v chainView) [][]byte {
			h := &ethpb.BeaconBlockHeader{Slot: primitives.Slot(cur()), ProposerIndex: v.head.Header.ProposerIndex,
				ParentRoot: v.root[:], StateRoot: make([]byte, 32), BodyRoot: make([]byte, 32)}
			sig := v.sign(t, h, uint64(h.ProposerIndex)+1) // another validator's key
			hdr, _ := hp.frames(topicOf(t, &ethpb.SignedBeaconBlockHeader{Header: h, Signature: sig}), []byte("forged"))
			return [][]byte{hdr}
		}, "weft header refused", "bad proposer signature", "points=100")

		// A correctly signed header for a far-future slot.
		attack("future slot", func(hp *hostile, v chainView) [][]byte {
			h := &ethpb.BeaconBlockHeader{Slot: primitives.Slot(cur() + 1000), ProposerIndex: 3,
				ParentRoot: v.root[:], StateRoot: make([]byte, 32), BodyRoot: make([]byte, 32)}
			hdr, _ := hp.frames(topicOf(t, &ethpb.SignedBeaconBlockHeader{Header: h, Signature: v.sign(t, h, 3)}), []byte("future"))
			return [][]byte{hdr}
		}, "weft header refused", "future slot", "points=100")

		// A correctly signed header whose parent nobody has.
		attack("unknown parent", func(hp *hostile, v chainView) [][]byte {
			parent := make([]byte, 32)
			_, _ = rand.Read(parent)
			h := &ethpb.BeaconBlockHeader{Slot: primitives.Slot(cur()), ProposerIndex: 5,
				ParentRoot: parent, StateRoot: make([]byte, 32), BodyRoot: make([]byte, 32)}
			hdr, _ := hp.frames(topicOf(t, &ethpb.SignedBeaconBlockHeader{Header: h, Signature: v.sign(t, h, 5)}), []byte("orphan"))
			return [][]byte{hdr}
		}, "weft header refused", "unknown parent")

		// An admissible session (the real head's signed header) whose chunks are
		// junk: each fails its commitment check before it is stored or forwarded.
		attack("junk chunks", func(hp *hostile, v chainView) [][]byte {
			payload := make([]byte, 200<<10)
			_, _ = rand.Read(payload)
			hdr, chunks := hp.frames(topicOf(t, v.head), payload)
			h, err := core.ParseHeader(hdr)
			if err != nil {
				t.Fatal(err)
			}
			// Well-formed chunks whose payloads belong to other coefficients:
			// each fails its commitment check.
			l := int(h.ChunkSize)
			last := append([]byte(nil), chunks[len(chunks)-1][len(chunks[len(chunks)-1])-l:]...)
			for i := len(chunks) - 1; i > 0; i-- {
				copy(chunks[i][len(chunks[i])-l:], chunks[i-1][len(chunks[i-1])-l:])
			}
			copy(chunks[0][len(chunks[0])-l:], last)
			return append([][]byte{hdr}, chunks...)
		}, "weft penalty", "points=100", "disconnect=true")

		// A forged block: the real head's signed header over another payload,
		// validly coded. It decodes, fails the root check, and is never imported.
		attack("forged block", func(hp *hostile, v chainView) [][]byte {
			payload := make([]byte, 64<<10)
			_, _ = rand.Read(payload)
			hdr, chunks := hp.frames(topicOf(t, v.head), payload)
			return append([][]byte{hdr}, chunks...)
		}, "weft message rejected", "points=100")
	}
}
