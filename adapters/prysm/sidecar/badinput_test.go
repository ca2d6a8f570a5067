package sidecar_test

import (
	"context"
	"crypto/rand"
	"errors"
	"log/slog"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/prysmaticlabs/prysm/v5/beacon-chain/das"
	fieldparams "github.com/prysmaticlabs/prysm/v5/config/fieldparams"
	"github.com/prysmaticlabs/prysm/v5/config/params"
	"github.com/prysmaticlabs/prysm/v5/consensus-types/blocks"
	"github.com/prysmaticlabs/prysm/v5/consensus-types/interfaces"
	"github.com/prysmaticlabs/prysm/v5/consensus-types/primitives"
	ethpb "github.com/prysmaticlabs/prysm/v5/proto/prysm/v1alpha1"
	weftprysm "github.com/weftnet/weft/adapters/prysm"
	"github.com/weftnet/weft/adapters/prysm/sidecar"
)

// TestBadInput: what a validator client (or anyone reaching the sidecar's
// port) posts that is not a block the sidecar can vouch for is forwarded to
// the node unchanged, with the node's answer, and not published through weft
// (the reason counted); a body above the cap is refused with 413 and not
// forwarded. Nothing reaches the other sidecar's node, and the sidecar still
// publishes a good block afterwards.
func TestBadInput(t *testing.T) {
	params.SetupTestConfigCleanup(t)
	keys := newChainKeys(t)
	nodeA, nodeB := newFakeNode(t, keys), newFakeNode(t, keys)
	a := startSidecar(t, nodeA, func(c *sidecar.Config) { c.MaxBodySize = 1 << 20 })
	b := startSidecar(t, nodeB, nil, a.s.Weft().Addrs()...)
	waitConnected(t, a, b)
	nodeA.set(func(f *fakeNode) { f.answer = http.StatusBadRequest }) // the node's verdict passes through

	deneb := func(slot primitives.Slot, proposer int) []byte {
		return denebJSON(t, denebContents(t, keys, slot, proposer, 0, nil))
	}
	good := denebContents(t, keys, 5, 1, 1, nil)
	badKZG := denebContents(t, keys, 6, 1, 2, nil)
	badKZG.KzgProofs[0], badKZG.KzgProofs[1] = badKZG.KzgProofs[1], badKZG.KzgProofs[0]
	missingBlob := denebContents(t, keys, 6, 2, 2, nil)
	missingBlob.Blobs, missingBlob.KzgProofs = missingBlob.Blobs[:1], missingBlob.KzgProofs[:1]
	future, err := electraContents(t, keys, keys.slot()+5, 1, 0).MarshalSSZ()
	if err != nil {
		t.Fatal(err)
	}
	goodSSZ, err := good.MarshalSSZ()
	if err != nil {
		t.Fatal(err)
	}
	junk := make([]byte, 3000)
	_, _ = rand.Read(junk)
	jsonHdr := map[string]string{"Eth-Consensus-Version": "deneb", "Content-Type": "application/json"}
	sszHdr := map[string]string{"Eth-Consensus-Version": "deneb", "Content-Type": "application/octet-stream"}
	cases := []struct {
		name, path string
		hdr        map[string]string
		body       []byte
		reason     string
	}{
		{"junk json", "/eth/v2/beacon/blocks", jsonHdr, []byte(`{"signed_block": 7`), "undecodable"},
		{"empty body", "/eth/v2/beacon/blocks", jsonHdr, nil, "undecodable"},
		{"junk ssz", "/eth/v2/beacon/blocks", sszHdr, junk, "undecodable"},
		{"truncated ssz", "/eth/v2/beacon/blocks", sszHdr, goodSSZ[:len(goodSSZ)/2], "undecodable"},
		{"json without slot on v1", "/eth/v1/beacon/blocks", map[string]string{}, []byte(`{"message":{}}`), "undecodable"},
		{"ssz without version", "/eth/v1/beacon/blocks", map[string]string{"Content-Type": "application/octet-stream"}, goodSSZ, "no_version"},
		{"unknown fork", "/eth/v2/beacon/blocks", map[string]string{"Eth-Consensus-Version": "gloas"}, deneb(7, 1), "fork"},
		{"fulu", "/eth/v2/beacon/blocks", map[string]string{"Eth-Consensus-Version": "fulu"}, deneb(7, 1), "fork"},
		{"deneb block in the electra epoch", "/eth/v2/beacon/blocks", jsonHdr, deneb(electraSlot+2, 1), "fork"},
		{"signed by another validator", "/eth/v2/beacon/blocks", jsonHdr,
			denebJSON(t, denebContents(t, keys, 7, 3, 0, keys.sks[4])), "proposer_sig"},
		{"unknown proposer", "/eth/v2/beacon/blocks", jsonHdr,
			denebJSON(t, denebContents(t, keys, 7, numVals+5, 0, keys.sks[0])), "unknown_proposer"},
		{"future slot", "/eth/v2/beacon/blocks", map[string]string{"Eth-Consensus-Version": "electra", "Content-Type": "application/octet-stream"},
			future, "future_slot"},
		{"swapped kzg proofs", "/eth/v2/beacon/blocks", jsonHdr, denebJSON(t, badKZG), "blob"},
		{"missing blob", "/eth/v2/beacon/blocks", jsonHdr, denebJSON(t, missingBlob), "blob"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			before := metric(t, a.reg, "weft_sidecar_publish_skipped_total", map[string]string{"reason": c.reason})
			code, msg := post(t, a.url, c.path, c.hdr, c.body)
			if code != http.StatusBadRequest || !strings.Contains(msg, "fake node refuses") {
				t.Fatalf("answer %d %q, want the node's 400", code, msg)
			}
			fwd := nodeA.next(t, 5*time.Second)
			if fwd.Path != c.path || string(fwd.Body) != string(c.body) {
				t.Fatalf("forwarded %s with %d bytes, want the request unchanged", fwd.Path, len(fwd.Body))
			}
			waitMetric(t, a.reg, "weft_sidecar_publish_skipped_total", map[string]string{"reason": c.reason}, before+1)
		})
	}
	t.Run("node cannot answer for the proposer", func(t *testing.T) {
		nodeA.set(func(f *fakeNode) { f.validatorUp = false })
		defer nodeA.set(func(f *fakeNode) { f.validatorUp = true })
		code, _ := post(t, a.url, "/eth/v2/beacon/blocks", jsonHdr, deneb(8, numVals-1))
		if code != http.StatusBadRequest {
			t.Fatalf("answer %d", code)
		}
		nodeA.next(t, 5*time.Second)
		waitMetric(t, a.reg, "weft_sidecar_publish_skipped_total", map[string]string{"reason": "not_ready"}, 1)
	})
	t.Run("body above the cap", func(t *testing.T) {
		code, msg := post(t, a.url, "/eth/v2/beacon/blocks", jsonHdr, make([]byte, 2<<20))
		if code != http.StatusRequestEntityTooLarge || !strings.Contains(msg, "--max-body-size") {
			t.Fatalf("answer %d %q, want 413", code, msg)
		}
		nodeA.none(t, 200*time.Millisecond)
	})
	if n := metric(t, a.reg, "weft_sidecar_published_total", nil); n != 0 {
		t.Fatalf("published %v blocks from bad input", n)
	}
	nodeB.none(t, time.Second)

	// Still working: a good block (SSZ, with a blob) goes through.
	nodeA.set(func(f *fakeNode) { f.answer = http.StatusOK })
	if code, _ := post(t, a.url, "/eth/v2/beacon/blocks", sszHdr, goodSSZ); code != 200 {
		t.Fatalf("good block: %d", code)
	}
	nodeA.next(t, 5*time.Second)
	if got := nodeB.next(t, 20*time.Second); string(got.Body) != string(goodSSZ) {
		t.Fatalf("B's node got %d bytes, want the good block's %d", len(got.Body), len(goodSSZ))
	}
}

// stubChain is the chain of a hostile weft peer's own Service: enough to run.
type stubChain struct{ keys *chainKeys }

func (c stubChain) GenesisTime() time.Time          { return c.keys.genesis }
func (c stubChain) GenesisValidatorsRoot() [32]byte { return c.keys.gvr }
func (c stubChain) CurrentSlot() primitives.Slot    { return c.keys.slot() }
func (c stubChain) FinalizedCheckpt() *ethpb.Checkpoint {
	return &ethpb.Checkpoint{Root: make([]byte, 32)}
}
func (c stubChain) HeadValidatorIndexToPublicKey(_ context.Context, i primitives.ValidatorIndex) ([fieldparams.BLSPubkeyLength]byte, error) {
	if int(i) >= len(c.keys.pubs) {
		return [fieldparams.BLSPubkeyLength]byte{}, errors.New("no such validator")
	}
	return [fieldparams.BLSPubkeyLength]byte(c.keys.pubs[i].Marshal()), nil
}
func (c stubChain) HasBlock(context.Context, [32]byte) bool { return true }
func (c stubChain) InForkchoice([32]byte) bool              { return true }
func (c stubChain) ReceiveBlock(context.Context, interfaces.ReadOnlySignedBeaconBlock, [32]byte, das.AvailabilityStore) error {
	return nil
}
func (c stubChain) ReceiveBlob(context.Context, blocks.VerifiedROBlob) error { return nil }

// TestHostileWeftPeer: a weft peer that publishes blocks the sidecar must not
// post (a signature by another validator, a proposer the node does not know,
// an unknown parent) is refused at the session header and penalised, and
// nothing reaches the sidecar's node.
func TestHostileWeftPeer(t *testing.T) {
	params.SetupTestConfigCleanup(t)
	keys := newChainKeys(t)
	node := newFakeNode(t, keys)
	b := startSidecar(t, node, nil)

	key := make([]byte, 32)
	_, _ = rand.Read(key)
	connected := make(chan slog.Record, 1)
	log := slog.New(capture{Handler: slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}),
		msgs: []string{"weft: peer connected"}, ch: connected})
	evil, err := weftprysm.New(weftprysm.Config{Key: key, Peers: b.s.Weft().Addrs(), Logger: log}, stubChain{keys}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := evil.Start(); err != nil {
		t.Fatal(err)
	}
	defer evil.Close()
	select {
	case <-connected:
	case <-time.After(30 * time.Second):
		t.Fatal("the hostile peer did not connect")
	}
	signed := func(c *ethpb.SignedBeaconBlockContentsDeneb) interfaces.ReadOnlySignedBeaconBlock {
		blk, err := blocks.NewSignedBeaconBlock(c.Block)
		if err != nil {
			t.Fatal(err)
		}
		return blk
	}
	forged := signed(denebContents(t, keys, 7, 3, 0, keys.sks[4]))
	if err := evil.PublishBlock(forged); err != nil {
		t.Fatal(err)
	}
	waitMetric(t, b.reg, "weft_prysm_penalties_total", map[string]string{"reason": "proposer_sig"}, 1)

	// The forged header got it banned; a fresh identity for the next attack.
	_ = evil.Close()
	_, _ = rand.Read(key)
	evil2, err := weftprysm.New(weftprysm.Config{Key: key, Peers: b.s.Weft().Addrs(), Logger: log}, stubChain{keys}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := evil2.Start(); err != nil {
		t.Fatal(err)
	}
	defer evil2.Close()
	select {
	case <-connected:
	case <-time.After(30 * time.Second):
		t.Fatal("the second hostile peer did not connect")
	}
	orphan := denebContents(t, keys, 8, 2, 0, nil)
	orphan.Block.Block.ParentRoot = make([]byte, 32) // a parent the node does not have
	orphan.Block.Signature = sign(t, keys, orphan.Block.Block, 8, keys.sks[2])
	if err := evil2.PublishBlock(signed(orphan)); err != nil {
		t.Fatal(err)
	}
	waitMetric(t, b.reg, "weft_prysm_penalties_total", map[string]string{"reason": "unknown_parent"}, 1)
	node.none(t, 500*time.Millisecond)
	if n := metric(t, b.reg, "weft_sidecar_node_posts_total", nil); n != 0 {
		t.Fatalf("the sidecar posted %v blocks from a hostile peer", n)
	}
}
