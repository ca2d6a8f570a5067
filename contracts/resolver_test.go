package contracts_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/weftnet/weft/contracts/bindings"
	"github.com/weftnet/weft/contracts/bindings/mocks"
)

func TestResolverStandalone(t *testing.T) {
	e := newEnv(t)
	node := crypto.Keccak256Hash([]byte("some namehash"))
	if a := call(e, e.res, resABI.PackAddr(node), resABI.UnpackAddr); a != (common.Address{}) {
		t.Fatalf("unset name resolves to %v", a)
	}
	e.expectRevert(e.res, alice, resABI.PackSetAddr(node, e.addr(alice)), bindings.WeftResolverNotAuthorisedErrorID(), "set unclaimed")
	e.send(e.res, alice, resABI.PackClaim(node))
	e.expectRevert(e.res, mallory, resABI.PackClaim(node), bindings.WeftResolverAlreadyClaimedErrorID(), "claim taken name")
	e.expectRevert(e.res, mallory, resABI.PackSetAddr(node, e.addr(mallory)), bindings.WeftResolverNotAuthorisedErrorID(), "hijack")
	e.send(e.res, alice, resABI.PackSetAddr(node, e.addr(alice)))
	if a := call(e, e.res, resABI.PackAddr(node), resABI.UnpackAddr); a != e.addr(alice) {
		t.Fatalf("addr = %v", a)
	}
	e.expectRevert(e.res, alice, resABI.PackTransferName(node, common.Address{}), bindings.WeftResolverZeroAddressErrorID(), "transfer to zero")
	e.expectRevert(e.res, mallory, resABI.PackTransferName(node, e.addr(mallory)), bindings.WeftResolverNotAuthorisedErrorID(), "transfer by stranger")
	e.send(e.res, alice, resABI.PackTransferName(node, e.addr(bob)))
	e.send(e.res, bob, resABI.PackSetAddr(node, e.addr(bob)))
	if o := call(e, e.res, resABI.PackNameOwner(node), resABI.UnpackNameOwner); o != e.addr(bob) {
		t.Fatalf("nameOwner = %v", o)
	}
	for _, c := range []struct {
		id   [4]byte
		want bool
	}{{[4]byte{0x01, 0xff, 0xc9, 0xa7}, true}, {[4]byte{0x3b, 0x3b, 0x57, 0xde}, true}, {[4]byte{0xff, 0xff, 0xff, 0xff}, false}} {
		if got := call(e, e.res, resABI.PackSupportsInterface(c.id), resABI.UnpackSupportsInterface); got != c.want {
			t.Fatalf("supportsInterface(%x) = %v", c.id, got)
		}
	}
}

func TestResolverENSMode(t *testing.T) {
	// Deploy the mock ENS first, then a deployment whose resolver defers to it.
	base := newEnv(t)
	ens := base.deployMock(&mocks.MockENSMetaData, nil)
	resAddr := base.deployMock(&bindings.WeftResolverMetaData, resABI.PackConstructor(ens))
	res := resABI.Instance(base.ch.Client, resAddr)
	eb := ensABI.Instance(base.ch.Client, ens)
	node := crypto.Keccak256Hash([]byte("alice.eth namehash"))
	base.expectRevert(res, alice, resABI.PackClaim(node), bindings.WeftResolverENSModeErrorID(), "claim in ENS mode")
	base.expectRevert(res, alice, resABI.PackTransferName(node, base.addr(bob)), bindings.WeftResolverENSModeErrorID(), "transfer in ENS mode")
	base.expectRevert(res, alice, resABI.PackSetAddr(node, base.addr(alice)), bindings.WeftResolverNotAuthorisedErrorID(), "set without ENS ownership")
	base.send(eb, deployer, ensABI.PackSetOwner(node, base.addr(alice)))
	base.send(res, alice, resABI.PackSetAddr(node, base.addr(alice)))
	if a := call(base, res, resABI.PackAddr(node), resABI.UnpackAddr); a != base.addr(alice) {
		t.Fatalf("addr = %v", a)
	}
	if got := call(base, res, resABI.PackEns(), resABI.UnpackEns); got != ens {
		t.Fatalf("ens = %v", got)
	}
	// ENS ownership moves: the old owner loses control.
	base.send(eb, deployer, ensABI.PackSetOwner(node, base.addr(bob)))
	base.expectRevert(res, alice, resABI.PackSetAddr(node, base.addr(alice)), bindings.WeftResolverNotAuthorisedErrorID(), "old owner")
}
