package contracts_test

import (
	"crypto/ecdsa"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/weftnet/weft/contracts"
	"github.com/weftnet/weft/contracts/bindings"
	"github.com/weftnet/weft/contracts/bindings/mocks"
	"github.com/weftnet/weft/contracts/simchain"
)

// Accounts of the test chain by role.
const (
	deployer = iota
	alice    // operator / payer
	bob      // operator / relay
	carol    // relay
	mallory  // attacker
	nAccounts
)

var (
	regABI = bindings.NewNodeRegistry()
	disABI = bindings.NewEquivocationDisputes()
	payABI = bindings.NewRelayPayments()
	resABI = bindings.NewWeftResolver()
	tokABI = mocks.NewTestToken()
	feeABI = mocks.NewFeeToken()
	evlABI = mocks.NewReentrantToken()
	rcvABI = mocks.NewReentrantReceiver()
	ensABI = mocks.NewMockENS()
)

type env struct {
	t      testing.TB
	ch     *simchain.Chain
	d      *contracts.Deployment
	p      contracts.Params
	reg    *bind.BoundContract
	dis    *bind.BoundContract
	pay    *bind.BoundContract
	res    *bind.BoundContract
	nodeKs []*ecdsa.PrivateKey // node keys (not funded)
}

func testParams() contracts.Params {
	p := contracts.DefaultParams()
	p.MaxPenalty = big.NewInt(3e18)
	return p
}

func newEnv(t testing.TB) *env {
	t.Helper()
	return newEnvParams(t, testParams())
}

func newEnvParams(t testing.TB, p contracts.Params) *env {
	t.Helper()
	ch := simchain.New(nAccounts)
	t.Cleanup(func() { _ = ch.Close() })
	d, err := contracts.Deploy(ch.Client, ch.Opts(deployer), p)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ch.Mine(d.Txs...); err != nil {
		t.Fatal(err)
	}
	e := &env{t: t, ch: ch, d: d, p: p,
		reg: regABI.Instance(ch.Client, d.Registry),
		dis: disABI.Instance(ch.Client, d.Disputes),
		pay: payABI.Instance(ch.Client, d.Payments),
		res: resABI.Instance(ch.Client, d.Resolver),
	}
	for i := 0; i < 8; i++ {
		k, _ := crypto.ToECDSA(crypto.Keccak256([]byte{'n', 'o', 'd', 'e', byte(i)}))
		e.nodeKs = append(e.nodeKs, k)
	}
	// The registry's disputes address is predicted by Deploy; check it.
	got, err := bind.Call(e.reg, nil, regABI.PackDisputes(), regABI.UnpackDisputes)
	if err != nil || got != d.Disputes {
		t.Fatalf("disputes address %v, predicted %v (%v)", got, d.Disputes, err)
	}
	return e
}

func (e *env) addr(i int) common.Address { return e.ch.Addrs[i] }

func nodeAddr(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

// send submits a call from account `from` and mines it; fails the test on any error.
func (e *env) send(c *bind.BoundContract, from int, data []byte) *types.Receipt {
	e.t.Helper()
	return e.sendValue(c, from, nil, data)
}

func (e *env) sendValue(c *bind.BoundContract, from int, value *big.Int, data []byte) *types.Receipt {
	e.t.Helper()
	o := e.ch.Opts(from)
	o.Value = value
	tx, err := bind.Transact(c, o, data)
	if err != nil {
		e.t.Fatalf("transact: %v (%s)", err, revertName(err))
	}
	rs, err := e.ch.Mine(tx)
	if err != nil {
		e.t.Fatal(err)
	}
	return rs[0]
}

// expectRevert submits a call that must revert with the custom error `id`
// (a selector from the bindings' *ErrorID functions). The revert is caught at gas
// estimation, i.e. by executing the call against the latest state.
func (e *env) expectRevert(c *bind.BoundContract, from int, data []byte, id common.Hash, what string) {
	e.t.Helper()
	e.expectRevertValue(c, from, nil, data, id, what)
}

func (e *env) expectRevertValue(c *bind.BoundContract, from int, value *big.Int, data []byte, id common.Hash, what string) {
	e.t.Helper()
	o := e.ch.Opts(from)
	o.Value = value
	_, err := bind.Transact(c, o, data)
	if err == nil {
		e.ch.Commit()
		e.t.Fatalf("%s: call succeeded, want revert %x", what, id[:4])
	}
	sel, ok := revertSelector(err)
	if !ok {
		e.t.Fatalf("%s: error without revert data: %v", what, err)
	}
	if sel != [4]byte(id[:4]) {
		e.t.Fatalf("%s: reverted with %x (%s), want %x", what, sel, revertName(err), id[:4])
	}
}

// revertSelector extracts the 4-byte custom-error selector from an RPC error.
func revertSelector(err error) ([4]byte, bool) {
	var de interface{ ErrorData() interface{} }
	if !errors.As(err, &de) {
		return [4]byte{}, false
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return [4]byte{}, false
	}
	b, err2 := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if err2 != nil || len(b) < 4 {
		return [4]byte{}, false
	}
	return [4]byte(b[:4]), true
}

func revertName(err error) string {
	var de interface{ ErrorData() interface{} }
	if !errors.As(err, &de) {
		return ""
	}
	s, _ := de.ErrorData().(string)
	b, _ := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	for _, u := range []interface{ UnpackError([]byte) (any, error) }{regABI, payABI, disABI, resABI} {
		if v, err := u.UnpackError(b); err == nil {
			return strings.TrimPrefix(fmt.Sprintf("%T", v), "*bindings.")
		}
	}
	return s
}

func call[T any](e *env, c *bind.BoundContract, data []byte, unpack func([]byte) (T, error)) T {
	e.t.Helper()
	v, err := bind.Call(c, nil, data, unpack)
	if err != nil {
		e.t.Fatalf("call: %v", err)
	}
	return v
}

func eth(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

func bigEq(t testing.TB, what string, got, want *big.Int) {
	t.Helper()
	if got.Cmp(want) != 0 {
		t.Fatalf("%s = %v, want %v", what, got, want)
	}
}

// deployMock deploys a test contract from the mocks bindings.
func (e *env) deployMock(meta *bind.MetaData, ctor []byte) common.Address {
	e.t.Helper()
	a, tx, err := bind.DeployContract(e.ch.Opts(deployer), common.FromHex(meta.Bin), e.ch.Client, ctor)
	if err != nil {
		e.t.Fatal(err)
	}
	if _, err := e.ch.Mine(tx); err != nil {
		e.t.Fatal(err)
	}
	return a
}
