package bridge_test

import (
	"context"
	"errors"
	"math/big"
	"net"
	"net/netip"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/weftnet/weft/bridge"
)

type hsResult struct {
	claim bridge.Claim
	err   error
}

// handshake runs both ends over a net.Pipe.
func handshake(t *testing.T, c *bridge.Chain, a, b bridge.Identity, bindA, bindB []byte) (bridge.Claim, bridge.Claim, error, error) {
	t.Helper()
	ca, cb := net.Pipe()
	defer ca.Close()
	defer cb.Close()
	cctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	ch := make(chan hsResult, 1)
	go func() {
		cl, err := bridge.Handshake(cctx, cb, b, c, bindB)
		ch <- hsResult{cl, err}
	}()
	clA, errA := bridge.Handshake(cctx, ca, a, c, bindA)
	r := <-ch
	return clA, r.claim, errA, r.err
}

func TestAdmission(t *testing.T) {
	e := newEnv(t)
	kA, kR, kX := nodeKey(1), nodeKey(2), nodeKey(3)
	e.registerNode(opA, kA, 1, netip.MustParseAddrPort("127.0.0.1:4001"))
	e.registerNode(opR, kR, 1, netip.MustParseAddrPort("127.0.0.1:4002"))
	idA := bridge.Identity{NodeKey: kA, Operator: e.ch.Addrs[opA]}
	idR := bridge.Identity{NodeKey: kR, Operator: e.ch.Addrs[opR]}
	strict := bridge.Policy{RequireRegistered: true}

	// Two registered nodes admit each other.
	gotR, gotA, errA, errR := handshake(t, e.c, idA, idR, []byte("chan"), []byte("chan"))
	if errA != nil || errR != nil {
		t.Fatal(errA, errR)
	}
	if gotR.Node != addrOf(kR) || gotR.Operator != e.ch.Addrs[opR] || gotA.Node != addrOf(kA) {
		t.Fatalf("claims %+v %+v", gotR, gotA)
	}
	if err := strict.Admit(ctx, e.c, gotR); err != nil {
		t.Fatal(err)
	}
	if err := strict.Admit(ctx, e.c, gotA); err != nil {
		t.Fatal(err)
	}

	// An unregistered key, and a registered key claiming someone else's operator.
	idX := bridge.Identity{NodeKey: kX, Operator: e.ch.Addrs[opA]}
	gotX, _, _, _ := handshake(t, e.c, idR, idX, nil, nil)
	if err := strict.Admit(ctx, e.c, gotX); !errors.Is(err, bridge.ErrNotRegistered) {
		t.Fatalf("unregistered: %v", err)
	}
	liar := bridge.Identity{NodeKey: kA, Operator: e.ch.Addrs[opR]}
	gotL, _, _, _ := handshake(t, e.c, idR, liar, nil, nil)
	if err := strict.Admit(ctx, e.c, gotL); !errors.Is(err, bridge.ErrNotRegistered) {
		t.Fatalf("wrong operator: %v", err)
	}
	// The zero policy admits whoever completes the handshake.
	if err := (bridge.Policy{}).Admit(ctx, e.c, gotX); err != nil {
		t.Fatal(err)
	}
	// Allowlist and minimum stake.
	if err := (bridge.Policy{Operators: []common.Address{e.ch.Addrs[opB]}}).Admit(ctx, e.c, gotA); !errors.Is(err, bridge.ErrNotAllowed) {
		t.Fatalf("allowlist: %v", err)
	}
	minStake := bridge.Policy{MinStake: big.NewInt(1e18)}
	if err := minStake.Admit(ctx, e.c, gotA); !errors.Is(err, bridge.ErrStakeTooLow) {
		t.Fatalf("min stake: %v", err)
	}
	e.send(e.registry(), opA, big.NewInt(1e18), regABI.PackStake())
	if err := minStake.Admit(ctx, e.c, gotA); err != nil {
		t.Fatalf("min stake after staking: %v", err)
	}

	// Revocation: a removed node is refused afterwards.
	e.send(e.registry(), opA, nil, regABI.PackRemove(addrOf(kA)))
	if err := strict.Admit(ctx, e.c, gotA); !errors.Is(err, bridge.ErrNotRegistered) {
		t.Fatalf("removed node: %v", err)
	}

	// Channel binding: proofs made for another channel do not verify as the node.
	gotR2, _, _, _ := handshake(t, e.c, idA, idR, []byte("chan-1"), []byte("chan-2"))
	if gotR2.Node == addrOf(kR) {
		t.Fatal("proof verified across different channel bindings")
	}
}

func TestHandshakeRejectsGarbage(t *testing.T) {
	e := newEnv(t)
	ca, cb := net.Pipe()
	defer ca.Close()
	go func() {
		_, _ = cb.Write([]byte("not-weft-hello-at-all-xxxxxxxxxxxxxxxxxxxxxx")) // 44 bytes, the size of a hello
		buf := make([]byte, 64)
		_, _ = cb.Read(buf)
		cb.Close()
	}()
	cctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if _, err := bridge.Handshake(cctx, ca, bridge.Identity{NodeKey: nodeKey(1)}, e.c, nil); !errors.Is(err, bridge.ErrHandshake) {
		t.Fatalf("garbage hello: %v", err)
	}
	if _, err := bridge.Handshake(cctx, ca, bridge.Identity{}, e.c, nil); err == nil {
		t.Fatal("nil key accepted")
	}
}
