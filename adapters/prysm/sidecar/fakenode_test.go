package sidecar_test

import (
	"crypto/rand"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	GoKZG "github.com/crate-crypto/go-kzg-4844"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/prysmaticlabs/prysm/v5/api"
	"github.com/prysmaticlabs/prysm/v5/beacon-chain/core/signing"
	"github.com/prysmaticlabs/prysm/v5/config/params"
	"github.com/prysmaticlabs/prysm/v5/consensus-types/primitives"
	"github.com/prysmaticlabs/prysm/v5/crypto/bls"
	"github.com/prysmaticlabs/prysm/v5/network/forks"
	ethpb "github.com/prysmaticlabs/prysm/v5/proto/prysm/v1alpha1"
	"github.com/prysmaticlabs/prysm/v5/runtime/interop"
	"github.com/prysmaticlabs/prysm/v5/testing/util"
	"github.com/prysmaticlabs/prysm/v5/time/slots"
)

// The test network: mainnet preset, 2-second slots, 8 slots per epoch,
// Deneb from genesis, Electra from epoch 2 (slot 16).
const (
	electraSlot = 16
	numVals     = 8
)

func testSpec() map[string]any {
	far := "18446744073709551615"
	return map[string]any{
		"CONFIG_NAME": "weft-sidecar-test", "PRESET_BASE": "mainnet", "SECONDS_PER_SLOT": "2", "SLOTS_PER_EPOCH": "8",
		"GENESIS_FORK_VERSION": "0x20000089", "ALTAIR_FORK_EPOCH": "0", "ALTAIR_FORK_VERSION": "0x20000090",
		"BELLATRIX_FORK_EPOCH": "0", "BELLATRIX_FORK_VERSION": "0x20000091", "CAPELLA_FORK_EPOCH": "0",
		"CAPELLA_FORK_VERSION": "0x20000092", "DENEB_FORK_EPOCH": "0", "DENEB_FORK_VERSION": "0x20000093",
		"ELECTRA_FORK_EPOCH": "2", "ELECTRA_FORK_VERSION": "0x20000094", "FULU_FORK_EPOCH": far,
		"FULU_FORK_VERSION": "0x20000095", "DOMAIN_BEACON_PROPOSER": "0x00000000",
		"DEPOSIT_CONTRACT_ADDRESS": "0x4242424242424242424242424242424242424242",
		// What a newer node may add: unknown keys and non-string values are ignored.
		"SOMETHING_NEW": "7", "BLOB_SCHEDULE": []any{map[string]any{"EPOCH": "0", "MAX_BLOBS_PER_BLOCK": "6"}},
	}
}

// chainKeys are the interop keys of the test validators and the network's
// genesis (shared by every fake node of a test).
type chainKeys struct {
	sks     []bls.SecretKey
	pubs    []bls.PublicKey
	genesis time.Time
	gvr     [32]byte
	parent  [32]byte
}

func newChainKeys(t *testing.T) *chainKeys {
	t.Helper()
	sks, pubs, err := interop.DeterministicallyGenerateKeys(0, numVals)
	if err != nil {
		t.Fatal(err)
	}
	k := &chainKeys{sks: sks, pubs: pubs, genesis: time.Now().Add(-40 * time.Second).Truncate(time.Second)}
	_, _ = rand.Read(k.gvr[:])
	_, _ = rand.Read(k.parent[:])
	return k
}

// slot returns the current slot (2-second slots).
func (k *chainKeys) slot() primitives.Slot {
	return primitives.Slot(time.Since(k.genesis) / (2 * time.Second))
}

// request is a request the fake node received on a block endpoint.
type request struct {
	Path, ContentType, Version string
	Body                       []byte
}

// fakeNode is a beacon node's Beacon API as far as the sidecar uses it, plus
// endpoints for the proxy tests.
type fakeNode struct {
	t    *testing.T
	keys *chainKeys
	srv  *httptest.Server

	mu          sync.Mutex
	known       map[[32]byte]bool
	answer      int // status of block publications (default 200)
	validatorUp bool
	blocks      chan request
	// gate, when set, holds each block publication after it is recorded,
	// until it is closed: a node still importing. held hears of each one
	// it holds.
	gate chan struct{}
	held chan struct{}
}

func newFakeNode(t *testing.T, keys *chainKeys) *fakeNode {
	f := &fakeNode{t: t, keys: keys, known: map[[32]byte]bool{keys.parent: true}, answer: http.StatusOK,
		validatorUp: true, blocks: make(chan request, 64)}
	mux := http.NewServeMux()
	data := func(w http.ResponseWriter, v any) {
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]any{"data": v})
	}
	fail := func(w http.ResponseWriter, code int, msg string) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(code)
		_ = json.NewEncoder(w).Encode(map[string]any{"code": code, "message": msg})
	}
	mux.HandleFunc("GET /eth/v1/config/spec", func(w http.ResponseWriter, r *http.Request) { data(w, testSpec()) })
	mux.HandleFunc("GET /eth/v1/beacon/genesis", func(w http.ResponseWriter, r *http.Request) {
		data(w, map[string]string{"genesis_time": strconv.FormatInt(keys.genesis.Unix(), 10),
			"genesis_validators_root": hexutil.Encode(keys.gvr[:]), "genesis_fork_version": "0x20000089"})
	})
	mux.HandleFunc("GET /eth/v1/beacon/states/head/validators/{id}", func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		up := f.validatorUp
		f.mu.Unlock()
		if !up {
			fail(w, http.StatusServiceUnavailable, "node is syncing")
			return
		}
		i, err := strconv.Atoi(r.PathValue("id"))
		if err != nil || i < 0 || i >= len(keys.pubs) {
			fail(w, http.StatusNotFound, "validator not found")
			return
		}
		data(w, map[string]any{"index": strconv.Itoa(i), "status": "active_ongoing",
			"validator": map[string]string{"pubkey": hexutil.Encode(keys.pubs[i].Marshal())}})
	})
	mux.HandleFunc("GET /eth/v1/beacon/headers/{root}", func(w http.ResponseWriter, r *http.Request) {
		b, err := hexutil.Decode(r.PathValue("root"))
		f.mu.Lock()
		ok := err == nil && len(b) == 32 && f.known[[32]byte(b)]
		f.mu.Unlock()
		if !ok {
			fail(w, http.StatusNotFound, "block not found")
			return
		}
		data(w, map[string]any{"root": r.PathValue("root"), "header": map[string]any{"message": map[string]string{"slot": "1"}}})
	})
	mux.HandleFunc("GET /eth/v1/beacon/states/head/finality_checkpoints", func(w http.ResponseWriter, r *http.Request) {
		z := hexutil.Encode(make([]byte, 32))
		cp := map[string]string{"epoch": "0", "root": z}
		data(w, map[string]any{"previous_justified": cp, "current_justified": cp, "finalized": cp})
	})
	block := func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		f.blocks <- request{Path: r.URL.Path, ContentType: r.Header.Get("Content-Type"), Version: r.Header.Get(api.VersionHeader), Body: body}
		f.mu.Lock()
		code, gate := f.answer, f.gate
		f.mu.Unlock()
		if gate != nil {
			f.held <- struct{}{}
			select {
			case <-gate:
			case <-r.Context().Done():
			}
		}
		if code != http.StatusOK {
			fail(w, code, "fake node refuses the block")
		}
	}
	mux.HandleFunc("POST /eth/v1/beacon/blocks", block)
	mux.HandleFunc("POST /eth/v2/beacon/blocks", block)
	mux.HandleFunc("POST /eth/v1/beacon/blinded_blocks", block)
	mux.HandleFunc("POST /eth/v2/beacon/blinded_blocks", block)
	mux.HandleFunc("GET /eth/v1/node/version", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Echo", r.Header.Get("X-Test")+"|"+r.URL.RawQuery)
		data(w, map[string]string{"version": "fake/v1"})
	})
	mux.HandleFunc("GET /eth/v1/events", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/event-stream")
		fmt.Fprintf(w, "event: head\ndata: {\"slot\":\"1\"}\n\n")
		w.(http.Flusher).Flush()
		<-r.Context().Done() // a stream stays open
	})
	f.srv = httptest.NewServer(mux)
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeNode) URL() string { return f.srv.URL }

func (f *fakeNode) set(fn func(f *fakeNode)) {
	f.mu.Lock()
	defer f.mu.Unlock()
	fn(f)
}

// next waits for the next request on a block endpoint.
func (f *fakeNode) next(t *testing.T, within time.Duration) request {
	t.Helper()
	select {
	case r := <-f.blocks:
		return r
	case <-time.After(within):
		t.Fatalf("the node received no block request within %v", within)
	}
	return request{}
}

// none checks that no block request arrives within d.
func (f *fakeNode) none(t *testing.T, d time.Duration) {
	t.Helper()
	select {
	case r := <-f.blocks:
		t.Fatalf("unexpected block request %s (%s, %d bytes)", r.Path, r.Version, len(r.Body))
	case <-time.After(d):
	}
}

var kzgCtx = sync.OnceValues(GoKZG.NewContext4096Secure)

// blobs returns n random valid blobs with their commitments and proofs.
func blobs(t *testing.T, n int) (raw, commitments, proofs [][]byte) {
	t.Helper()
	c, err := kzgCtx()
	if err != nil {
		t.Fatal(err)
	}
	for range n {
		var b GoKZG.Blob
		_, _ = rand.Read(b[:])
		for i := 0; i < len(b); i += 32 {
			b[i] = 0 // every field element below the modulus
		}
		cm, err := c.BlobToKZGCommitment(&b, 0)
		if err != nil {
			t.Fatal(err)
		}
		pr, err := c.ComputeBlobKZGProof(&b, cm, 0)
		if err != nil {
			t.Fatal(err)
		}
		raw, commitments, proofs = append(raw, b[:]), append(commitments, cm[:]), append(proofs, pr[:])
	}
	return raw, commitments, proofs
}

// sign signs a block (a proto with a HashTreeRoot) as validator idx would, or
// with sk when given.
func sign(t *testing.T, k *chainKeys, blk interface{ HashTreeRoot() ([32]byte, error) }, slot primitives.Slot, sk bls.SecretKey) []byte {
	root0, err := blk.HashTreeRoot()
	if err != nil {
		t.Fatal(err)
	}
	t.Helper()
	epoch := slots.ToEpoch(slot)
	fork, err := forks.Fork(epoch)
	if err != nil {
		t.Fatal(err)
	}
	domain, err := signing.Domain(fork, epoch, params.BeaconConfig().DomainBeaconProposer, k.gvr[:])
	if err != nil {
		t.Fatal(err)
	}
	root, err := signing.ComputeSigningRootForRoot(root0, domain)
	if err != nil {
		t.Fatal(err)
	}
	return sk.Sign(root[:]).Marshal()
}

// denebContents is a Deneb block at slot by proposer with n blobs, signed by
// signer (the proposer's key unless another is given).
func denebContents(t *testing.T, k *chainKeys, slot primitives.Slot, proposer int, n int, signer bls.SecretKey) *ethpb.SignedBeaconBlockContentsDeneb {
	t.Helper()
	raw, cms, prs := blobs(t, n)
	b := util.NewBeaconBlockDeneb()
	b.Block.Slot, b.Block.ProposerIndex, b.Block.ParentRoot = slot, primitives.ValidatorIndex(proposer), k.parent[:]
	b.Block.Body.BlobKzgCommitments = cms
	b.Block.Body.Graffiti = []byte(strings.Repeat("w", 32))
	if signer == nil {
		signer = k.sks[proposer]
	}
	b.Signature = sign(t, k, b.Block, slot, signer)
	return &ethpb.SignedBeaconBlockContentsDeneb{Block: b, KzgProofs: prs, Blobs: raw}
}

func electraContents(t *testing.T, k *chainKeys, slot primitives.Slot, proposer int, n int) *ethpb.SignedBeaconBlockContentsElectra {
	t.Helper()
	raw, cms, prs := blobs(t, n)
	b := util.NewBeaconBlockElectra()
	b.Block.Slot, b.Block.ProposerIndex, b.Block.ParentRoot = slot, primitives.ValidatorIndex(proposer), k.parent[:]
	b.Block.Body.BlobKzgCommitments = cms
	b.Signature = sign(t, k, b.Block, slot, k.sks[proposer])
	return &ethpb.SignedBeaconBlockContentsElectra{Block: b, KzgProofs: prs, Blobs: raw}
}
