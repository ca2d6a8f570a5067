package weftgeth_test

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/metrics"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/p2p/enode"
	weftgeth "github.com/weftnet/weft/adapters/geth"
	"github.com/weftnet/weft/core"
)

func TestSecp256k1SignVerify(t *testing.T) {
	k := fixedKey(t, 9)
	s, err := weftgeth.NewSecp256k1Signer(k)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(s.PublicKey(), crypto.PubkeyToAddress(k.PublicKey).Bytes()) {
		t.Fatal("public key is not the address")
	}
	msg := []byte("a weft header")
	sig, err := s.Sign(msg)
	if err != nil {
		t.Fatal(err)
	}
	v := weftgeth.Secp256k1Verifier{}
	if !v.Verify(s.PublicKey(), msg, sig) {
		t.Fatal("own signature does not verify")
	}
	other, _ := weftgeth.NewSecp256k1Signer(fixedKey(t, 10))
	flipped := append([]byte(nil), sig...)
	flipped[10] ^= 1
	for name, c := range map[string]struct{ pub, msg, sig []byte }{
		"other address":   {other.PublicKey(), msg, sig},
		"other message":   {s.PublicKey(), []byte("another header"), sig},
		"flipped bit":     {s.PublicKey(), msg, flipped},
		"short signature": {s.PublicKey(), msg, sig[:64]},
		"short address":   {s.PublicKey()[:19], msg, sig},
		"empty":           {nil, nil, nil},
	} {
		if v.Verify(c.pub, c.msg, c.sig) {
			t.Errorf("%s: verified", name)
		}
	}
	// The domain separates weft signatures from plain keccak signatures.
	plain, _ := crypto.Sign(crypto.Keccak256(msg), k)
	if v.Verify(s.PublicKey(), msg, plain) {
		t.Error("a signature without weft's domain verified")
	}
	if _, err := weftgeth.NewSecp256k1Signer(nil); !errors.Is(err, weftgeth.ErrNoKey) {
		t.Errorf("nil key: %v", err)
	}
}

func TestFraming(t *testing.T) {
	a, b := p2p.MsgPipe()
	defer a.Close()
	defer b.Close()
	frame := bytes.Repeat([]byte{7}, 1000)
	go func() { _ = weftgeth.WriteFrame(a, frame) }()
	got, err := weftgeth.ReadFrame(b, 1000)
	if err != nil || !bytes.Equal(got, frame) {
		t.Fatalf("round trip: %v", err)
	}
	go func() { _ = weftgeth.WriteFrame(a, frame) }()
	if _, err := weftgeth.ReadFrame(b, 999); !errors.Is(err, weftgeth.ErrFrameTooLarge) {
		t.Fatalf("over the cap: %v", err)
	}
	go func() { _ = p2p.Send(a, 1, []byte("x")) }()
	if _, err := weftgeth.ReadFrame(b, 1000); !errors.Is(err, weftgeth.ErrUnknownMsg) {
		t.Fatalf("unknown code: %v", err)
	}
	go func() { _ = a.WriteMsg(p2p.Msg{Code: weftgeth.FrameMsg, Payload: bytes.NewReader(nil)}) }()
	if _, err := weftgeth.ReadFrame(b, 1000); !errors.Is(err, weftgeth.ErrEmptyFrame) {
		t.Fatalf("empty: %v", err)
	}
	if err := weftgeth.WriteFrame(a, nil); !errors.Is(err, weftgeth.ErrEmptyFrame) {
		t.Fatalf("writing an empty frame: %v", err)
	}
}

func TestConfigValidate(t *testing.T) {
	k := fixedKey(t, 3)
	signer, _ := weftgeth.NewSecp256k1Signer(k)
	for name, c := range map[string]weftgeth.Config{
		"engine signer":        {Engine: core.Config{Signer: signer}},
		"engine verifier":      {Engine: core.Config{Verifier: weftgeth.Secp256k1Verifier{}}},
		"engine accept":        {Engine: core.Config{AcceptPublisher: func(_, _ []byte) bool { return true }}},
		"key is not the addr":  {SequencerKey: k, SequencerAddress: common.Address{1}},
		"frame above devp2p":   {MaxFrameSize: weftgeth.MaxDevp2pMessage + 1},
		"negative queue":       {QueueLen: -1},
		"large tx below -1":    {LargeTxSize: -2},
		"unknown strategy":     {BlockStrategy: core.StrategyRLNCVerified},
		"bad engine field":     {Engine: core.Config{MaxSessions: -1}},
		"negative gap timeout": {GapTimeout: -1},
	} {
		if err := c.Validate(); !errors.Is(err, weftgeth.ErrConfig) {
			t.Errorf("%s: %v", name, err)
		}
	}
	ok := weftgeth.Config{SequencerKey: k}
	if err := ok.Validate(); err != nil {
		t.Fatal(err)
	}
	svc, err := weftgeth.New(ok, nil)
	if err == nil || svc != nil {
		t.Fatal("nil backend accepted")
	}
}

// TestLibraryIsNotGPL: only cmd/weft-geth may link go-ethereum's GPL-3.0
// command-line packages; the library stays Apache-2.0 over LGPL-3.0 geth.
func TestLibraryIsNotGPL(t *testing.T) {
	// This module is not in the repository's go.work; list it on its own.
	goList := func(pkgs ...string) ([]byte, error) {
		cmd := exec.Command("go", append([]string{"list", "-deps"}, pkgs...)...)
		cmd.Env = append(os.Environ(), "GOWORK=off")
		return cmd.CombinedOutput()
	}
	out, err := goList(".", "./shape", "./bench", "./internal/...", "./cmd/weft-geth-bench", "./weftflags")
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, p := range strings.Fields(string(out)) {
		if strings.HasPrefix(p, "github.com/ethereum/go-ethereum/cmd/") {
			t.Errorf("the library depends on GPL package %s", p)
		}
	}
	out, err = goList("./cmd/weft-geth")
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "github.com/ethereum/go-ethereum/cmd/utils") {
		t.Error("weft-geth no longer links cmd/utils: revisit its COPYING note")
	}
}

// TestMetricsRegistered: Config.Metrics puts the counters in geth's registry.
func TestMetricsRegistered(t *testing.T) {
	if _, err := weftgeth.New(weftgeth.Config{Metrics: true}, fakeEthless{}); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"weft/frames/in", "weft/bytes/out", "weft/blocks/imported", "weft/txs/published", "weft/penalty/points"} {
		if metrics.DefaultRegistry.Get(name) == nil {
			t.Errorf("%s not registered", name)
		}
	}
}

// fakeEthless is a Backend New accepts; the test never starts the service.
type fakeEthless struct{}

func (fakeEthless) Chain() weftgeth.Chain          { return nil }
func (fakeEthless) TxPool() weftgeth.TxPool        { return nil }
func (fakeEthless) BeaconSync(*types.Header) error { return nil }
func (fakeEthless) SetSynced()                     {}

// TestStopWithoutStart: a service stopped before it started releases
// everything and refuses to start.
func TestStopWithoutStart(t *testing.T) {
	s, err := weftgeth.New(weftgeth.Config{}, fakeEthless{})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Stop(); err != nil {
		t.Fatal(err)
	}
	if err := s.Stop(); err != nil {
		t.Fatal(err)
	}
	if err := s.Start(); !errors.Is(err, weftgeth.ErrNotStarted) {
		t.Fatalf("start after stop: %v", err)
	}
	a, b := p2p.MsgPipe()
	defer a.Close()
	defer b.Close()
	if err := s.RunPeer(p2p.NewPeer(enode.ID{1}, "x", nil), b); !errors.Is(err, weftgeth.ErrNotStarted) {
		t.Fatalf("peer on a stopped service: %v", err)
	}
}
