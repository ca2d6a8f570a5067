package bridge_test

import (
	"bytes"
	"errors"
	"net/netip"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/weftnet/weft/bridge"
	"github.com/weftnet/weft/contracts"
	"github.com/weftnet/weft/contracts/bindings"
	"github.com/weftnet/weft/contracts/bindings/mocks"
	"github.com/weftnet/weft/contracts/simchain"
)

func TestRecords(t *testing.T) {
	k := nodeKey(1)
	rec, err := bridge.NewRecord(k, 3, netip.MustParseAddrPort("10.1.2.3:30303"), true)
	if err != nil {
		t.Fatal(err)
	}
	n, err := bridge.DecodeRecord(rec)
	if err != nil {
		t.Fatal(err)
	}
	if bridge.NodeAddress(n) != addrOf(k) || n.Seq() != 3 || n.TCP() != 30303 || n.UDP() != 30303 || n.IP().String() != "10.1.2.3" {
		t.Fatalf("decoded %v", n)
	}
	rec6, err := bridge.NewRecord(k, 1, netip.MustParseAddrPort("[2001:db8::1]:9000"), false)
	if err != nil {
		t.Fatal(err)
	}
	if n6, err := bridge.DecodeRecord(rec6); err != nil || n6.TCP() != 9000 {
		t.Fatalf("ipv6 record: %v %v", n6, err)
	}
	tampered := bytes.Clone(rec)
	tampered[len(tampered)-1] ^= 1
	for _, bad := range [][]byte{nil, {0xc0}, tampered, bytes.Repeat([]byte{1}, 301)} {
		if _, err := bridge.DecodeRecord(bad); !errors.Is(err, bridge.ErrBadRecord) {
			t.Errorf("DecodeRecord(%x...) = %v, want ErrBadRecord", bad[:min(len(bad), 4)], err)
		}
	}
	if _, err := bridge.NewRecord(k, 0, netip.MustParseAddrPort("1.2.3.4:1"), false); err == nil {
		t.Error("seq 0 accepted")
	}
	if _, err := bridge.NewRecord(k, 1, netip.AddrPort{}, false); err == nil {
		t.Error("invalid endpoint accepted")
	}
	if _, err := bridge.NewRecord(nil, 1, netip.MustParseAddrPort("1.2.3.4:1"), false); err == nil {
		t.Error("nil key accepted")
	}
}

func TestResolve(t *testing.T) {
	e := newEnv(t)
	k1, k2 := nodeKey(1), nodeKey(2)
	e.registerNode(opA, k1, 1, netip.MustParseAddrPort("127.0.0.1:4001"))
	e.registerNode(opA, k2, 7, netip.MustParseAddrPort("127.0.0.1:4002"))
	peers, err := e.c.Resolve(ctx, e.ch.Addrs[opA])
	if err != nil {
		t.Fatal(err)
	}
	if len(peers) != 2 || peers[0].Node != addrOf(k1) || peers[1].Seq != 7 {
		t.Fatalf("peers = %+v", peers)
	}
	if ep, ok := peers[1].Record.TCPEndpoint(); !ok || ep.String() != "127.0.0.1:4002" {
		t.Fatalf("endpoint %v", ep)
	}
	// Update moves the endpoint; resolution follows.
	rec, _ := bridge.NewRecord(k1, 2, netip.MustParseAddrPort("127.0.0.1:5001"), true)
	e.mine(e.c.UpdateRecord(e.ch.Opts(opA), k1, rec))
	peers, err = e.c.Resolve(ctx, e.ch.Addrs[opA])
	if err != nil {
		t.Fatal(err)
	}
	if ep, _ := peers[0].Record.TCPEndpoint(); ep.Port() != 5001 || peers[0].Seq != 2 {
		t.Fatalf("after update: %v seq %d", ep, peers[0].Seq)
	}
	// An operator with no nodes resolves to nothing.
	if p, err := e.c.Resolve(ctx, e.ch.Addrs[opB]); err != nil || len(p) != 0 {
		t.Fatalf("empty operator: %v %v", p, err)
	}
	// Register refuses a record signed by another key than the node key given.
	other, _ := bridge.NewRecord(k2, 9, netip.MustParseAddrPort("127.0.0.1:1"), false)
	if _, err := e.c.Register(e.ch.Opts(opB), nodeKey(3), other); !errors.Is(err, bridge.ErrKeyMismatch) {
		t.Fatalf("Register with foreign record: %v", err)
	}
}

// The registry stores opaque records; Resolve catches records whose content disagrees
// with the registration (another key, another sequence number, not an ENR at all).
func TestResolveRejectsMismatchedRecords(t *testing.T) {
	e := newEnv(t)
	reg := e.registry()
	registerRaw := func(nodeK int, seq uint64, rec []byte) {
		k := nodeKey(nodeK)
		sig, err := contracts.NodeRecord{Node: addrOf(k), Operator: e.ch.Addrs[opB], Seq: seq, RecordHash: crypto.Keccak256Hash(rec)}.
			Sign(k, simchain.ChainID, e.d.Registry)
		if err != nil {
			t.Fatal(err)
		}
		e.send(reg, opB, nil, regABI.PackRegister(addrOf(k), seq, rec, sig))
	}
	good, _ := bridge.NewRecord(nodeKey(10), 1, netip.MustParseAddrPort("127.0.0.1:7000"), false)
	registerRaw(10, 1, good)
	seqOff, _ := bridge.NewRecord(nodeKey(11), 1, netip.MustParseAddrPort("127.0.0.1:7001"), false)
	registerRaw(11, 5, seqOff) // registry says 5, record says 1
	foreign, _ := bridge.NewRecord(nodeKey(13), 1, netip.MustParseAddrPort("127.0.0.1:7002"), false)
	registerRaw(12, 1, foreign) // node 12 registers node 13's record
	registerRaw(14, 1, []byte("not an ENR"))
	peers, err := e.c.Resolve(ctx, e.ch.Addrs[opB])
	if len(peers) != 1 || peers[0].Node != addrOf(nodeKey(10)) {
		t.Fatalf("valid peers = %+v", peers)
	}
	if !errors.Is(err, bridge.ErrRecordMismatch) || !errors.Is(err, bridge.ErrBadRecord) {
		t.Fatalf("err = %v, want record mismatch and bad record", err)
	}
}

func TestNamehashAndResolveName(t *testing.T) {
	for _, c := range []struct{ name, want string }{
		{"", "0x0000000000000000000000000000000000000000000000000000000000000000"},
		{"eth", "0x93cdeb708b7545dc668eb9280176169d1c33cfd8ed6f04690a0bcc88a93fc4ae"},
		{"foo.eth", "0xde9b09fd7c5f901e23a3f19fecc54828e9c848539801e86591bd9801b019f84f"},
	} {
		h, err := bridge.Namehash(c.name)
		if err != nil || h != common.HexToHash(c.want) {
			t.Errorf("Namehash(%q) = %x, %v; want %s", c.name, h, err, c.want)
		}
	}
	for _, bad := range []string{"Foo.eth", "a..eth", ".eth", "ü.eth", "a b.eth"} {
		if _, err := bridge.Namehash(bad); !errors.Is(err, bridge.ErrBadName) {
			t.Errorf("Namehash(%q) = %v, want ErrBadName", bad, err)
		}
	}

	e := newEnv(t)
	e.registerNode(opR, nodeKey(1), 1, netip.MustParseAddrPort("127.0.0.1:4001"))
	h, _ := bridge.Namehash("relay.weft")
	res := e.resolver()
	e.send(res, opR, nil, resABI.PackClaim(h))
	e.send(res, opR, nil, resABI.PackSetAddr(h, e.ch.Addrs[opR]))
	op, peers, err := e.c.ResolveName(ctx, "relay.weft")
	if err != nil || op != e.ch.Addrs[opR] || len(peers) != 1 {
		t.Fatalf("ResolveName = %v %v %v", op, peers, err)
	}
	if _, _, err := e.c.ResolveName(ctx, "nobody.weft"); !errors.Is(err, bridge.ErrUnknownName) {
		t.Fatalf("unknown name: %v", err)
	}
	noRes, _ := bridge.NewChain(e.ch.Client, simchain.ChainID, bridge.Addresses{Registry: e.d.Registry, Payments: e.d.Payments}, 0)
	if _, _, err := noRes.ResolveName(ctx, "relay.weft"); !errors.Is(err, bridge.ErrNoResolver) {
		t.Fatalf("no resolver: %v", err)
	}
}

func TestNewChainValidation(t *testing.T) {
	e := newEnv(t)
	a := bridge.Addresses{Registry: e.d.Registry, Payments: e.d.Payments}
	if _, err := bridge.NewChain(nil, simchain.ChainID, a, 0); err == nil {
		t.Error("nil backend accepted")
	}
	if _, err := bridge.NewChain(e.ch.Client, nil, a, 0); err == nil {
		t.Error("nil chain id accepted")
	}
	if _, err := bridge.NewChain(e.ch.Client, simchain.ChainID, bridge.Addresses{}, 0); err == nil {
		t.Error("missing addresses accepted")
	}
}

// Where ENS exists: the name's ENS record points at a resolver (here a WeftResolver
// deployed in ENS mode), whose addr() gives the operator.
func TestResolveNameThroughENS(t *testing.T) {
	e := newEnv(t)
	e.registerNode(opR, nodeKey(1), 1, netip.MustParseAddrPort("127.0.0.1:4001"))
	deploy := func(meta *bind.MetaData, ctor []byte) common.Address {
		a, tx, err := bind.DeployContract(e.ch.Opts(deployer), common.FromHex(meta.Bin), e.ch.Client, ctor)
		e.mine(tx, err)
		return a
	}
	ensAddr := deploy(&mocks.MockENSMetaData, nil)
	resAddr := deploy(&bindings.WeftResolverMetaData, resABI.PackConstructor(ensAddr))
	ens := mocks.NewMockENS()
	ensC := ens.Instance(e.ch.Client, ensAddr)
	h, _ := bridge.Namehash("relay.eth")
	e.send(ensC, deployer, nil, ens.PackSetOwner(h, e.ch.Addrs[opR]))
	e.send(resABI.Instance(e.ch.Client, resAddr), opR, nil, resABI.PackSetAddr(h, e.ch.Addrs[opR]))

	c, err := bridge.NewChain(e.ch.Client, simchain.ChainID, bridge.Addresses{Registry: e.d.Registry, Payments: e.d.Payments, ENS: ensAddr}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := c.ResolveName(ctx, "relay.eth"); !errors.Is(err, bridge.ErrUnknownName) {
		t.Fatalf("name without an ENS resolver: %v", err)
	}
	e.send(ensC, deployer, nil, ens.PackSetResolver(h, resAddr))
	op, peers, err := c.ResolveName(ctx, "relay.eth")
	if err != nil || op != e.ch.Addrs[opR] || len(peers) != 1 || peers[0].Node != addrOf(nodeKey(1)) {
		t.Fatalf("ResolveName via ENS = %v %v %v", op, peers, err)
	}
}
