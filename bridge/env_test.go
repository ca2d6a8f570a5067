package bridge_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"net/netip"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/weftnet/weft/bridge"
	"github.com/weftnet/weft/contracts"
	"github.com/weftnet/weft/contracts/bindings"
	"github.com/weftnet/weft/contracts/simchain"
)

const (
	deployer = iota
	opA
	opR
	opB
	stranger
	nAccounts
)

var (
	payABI = bindings.NewRelayPayments()
	regABI = bindings.NewNodeRegistry()
	resABI = bindings.NewWeftResolver()
)

type env struct {
	t  testing.TB
	ch *simchain.Chain
	d  *contracts.Deployment
	p  contracts.Params
	c  *bridge.Chain
}

func newEnv(t testing.TB) *env {
	t.Helper()
	ch := simchain.New(nAccounts)
	t.Cleanup(func() { _ = ch.Close() })
	p := contracts.DefaultParams()
	d, err := contracts.Deploy(ch.Client, ch.Opts(deployer), p)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ch.Mine(d.Txs...); err != nil {
		t.Fatal(err)
	}
	c, err := bridge.NewChain(ch.Client, simchain.ChainID, bridge.Addresses{Registry: d.Registry, Payments: d.Payments, Resolver: d.Resolver}, 0)
	if err != nil {
		t.Fatal(err)
	}
	return &env{t: t, ch: ch, d: d, p: p, c: c}
}

func nodeKey(i int) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte{'w', 'e', 'f', 't', 'n', byte(i)}))
	if err != nil {
		panic(err)
	}
	return k
}

func addrOf(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

func (e *env) mine(tx *types.Transaction, err error) *types.Receipt {
	e.t.Helper()
	if err != nil {
		e.t.Fatal(err)
	}
	rs, err := e.ch.Mine(tx)
	if err != nil {
		e.t.Fatal(err)
	}
	return rs[0]
}

// registerNode registers node key k under operator account op with an ENR for ap.
func (e *env) registerNode(op int, k *ecdsa.PrivateKey, seq uint64, ap netip.AddrPort) []byte {
	e.t.Helper()
	rec, err := bridge.NewRecord(k, seq, ap, true)
	if err != nil {
		e.t.Fatal(err)
	}
	e.mine(e.c.Register(e.ch.Opts(op), k, rec))
	return rec
}

func (e *env) send(c *bind.BoundContract, from int, value *big.Int, data []byte) *types.Receipt {
	e.t.Helper()
	o := e.ch.Opts(from)
	o.Value = value
	return e.mine(bind.Transact(c, o, data))
}

func (e *env) payments() *bind.BoundContract { return payABI.Instance(e.ch.Client, e.d.Payments) }
func (e *env) registry() *bind.BoundContract { return regABI.Instance(e.ch.Client, e.d.Registry) }
func (e *env) resolver() *bind.BoundContract { return resABI.Instance(e.ch.Client, e.d.Resolver) }

var ctx = context.Background()
