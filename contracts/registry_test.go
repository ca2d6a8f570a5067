package contracts_test

import (
	"bytes"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/weftnet/weft/contracts"
	"github.com/weftnet/weft/contracts/bindings"
	"github.com/weftnet/weft/contracts/bindings/mocks"
	"github.com/weftnet/weft/contracts/simchain"
)

// record returns a stand-in record body; the registry treats records as opaque bytes
// (the bridge tests use real ENRs).
func record(tag string, seq uint64) []byte {
	return []byte("enr:" + tag + ":" + string(rune('a'+seq%26)) + "........................................................")
}

func (e *env) signRecord(k *ecdsa.PrivateKey, operator common.Address, seq uint64, rec []byte) []byte {
	e.t.Helper()
	sig, err := contracts.NodeRecord{Node: nodeAddr(k), Operator: operator, Seq: seq, RecordHash: crypto.Keccak256Hash(rec)}.
		Sign(k, simchain.ChainID, e.d.Registry)
	if err != nil {
		e.t.Fatal(err)
	}
	return sig
}

func (e *env) register(op int, k *ecdsa.PrivateKey, seq uint64) *types.Receipt {
	e.t.Helper()
	rec := record(op2s(op), seq)
	return e.send(e.reg, op, regABI.PackRegister(nodeAddr(k), seq, rec, e.signRecord(k, e.addr(op), seq, rec)))
}

func op2s(i int) string { return string(rune('A' + i)) }

func TestDigestsMatchContracts(t *testing.T) {
	e := newEnv(t)
	r := contracts.NodeRecord{Node: nodeAddr(e.nodeKs[0]), Operator: e.addr(alice), Seq: 7, RecordHash: common.HexToHash("0x1234")}
	want, err := r.Digest(simchain.ChainID, e.d.Registry)
	if err != nil {
		t.Fatal(err)
	}
	got := call(e, e.reg, regABI.PackRecordDigest(r.Node, r.Operator, r.Seq, r.RecordHash), regABI.UnpackRecordDigest)
	if common.Hash(got) != want {
		t.Fatalf("record digest: contract %x, Go %x", got, want)
	}
	v := contracts.Voucher{Payer: e.addr(alice), Relay: e.addr(bob), Token: common.HexToAddress("0x77"), Cumulative: big.NewInt(123456789), Epoch: 3, Expiry: 99}
	wantV, err := v.Digest(simchain.ChainID, e.d.Payments)
	if err != nil {
		t.Fatal(err)
	}
	gotV := call(e, e.pay, payABI.PackVoucherDigest(v.Binding()), payABI.UnpackVoucherDigest)
	if common.Hash(gotV) != wantV {
		t.Fatalf("voucher digest: contract %x, Go %x", gotV, wantV)
	}
	// Domain separators include chain id and contract address.
	for _, c := range []struct {
		name string
		b    []byte
		addr common.Address
		dn   string
	}{{"registry", call(e, e.reg, regABI.PackDomainSeparator(), func(b []byte) ([]byte, error) { h, err := regABI.UnpackDomainSeparator(b); return h[:], err }), e.d.Registry, contracts.RegistryDomainName},
		{"payments", call(e, e.pay, payABI.PackDomainSeparator(), func(b []byte) ([]byte, error) { h, err := payABI.UnpackDomainSeparator(b); return h[:], err }), e.d.Payments, contracts.PaymentsDomainName}} {
		want, _ := contracts.DomainSeparator(c.dn, simchain.ChainID, c.addr)
		if !bytes.Equal(c.b, want[:]) {
			t.Fatalf("%s domain separator mismatch", c.name)
		}
	}
}

func TestRegisterResolveUpdateRemove(t *testing.T) {
	e := newEnv(t)
	n0, n1, n2 := e.nodeKs[0], e.nodeKs[1], e.nodeKs[2]
	rc := e.register(alice, n0, 1)
	ev, err := regABI.UnpackNodeRegisteredEvent(rc.Logs[0])
	if err != nil || ev.Operator != e.addr(alice) || ev.Node != nodeAddr(n0) || ev.Seq != 1 {
		t.Fatalf("NodeRegistered event %+v, %v", ev, err)
	}
	ru, err := regABI.UnpackRecordUpdatedEvent(rc.Logs[1])
	if err != nil || !bytes.Equal(ru.Record, record(op2s(alice), 1)) {
		t.Fatalf("RecordUpdated event %+v, %v", ru, err)
	}
	e.register(alice, n1, 5)
	e.register(bob, n2, 1)

	res := call(e, e.reg, regABI.PackResolve(e.addr(alice)), regABI.UnpackResolve)
	if len(res.Nodes) != 2 || res.Nodes[0] != nodeAddr(n0) || res.Nodes[1] != nodeAddr(n1) || res.Seqs[1] != 5 ||
		res.Hashes[0] != crypto.Keccak256Hash(record(op2s(alice), 1)) {
		t.Fatalf("resolve(alice) = %+v", res)
	}
	cnt := call(e, e.reg, regABI.PackNodeCount(e.addr(bob)), regABI.UnpackNodeCount)
	bigEq(t, "nodeCount(bob)", cnt, big.NewInt(1))

	// Update with a higher sequence.
	rec := record("new", 2)
	e.send(e.reg, alice, regABI.PackUpdateRecord(nodeAddr(n0), 2, rec, e.signRecord(n0, e.addr(alice), 2, rec)))
	info := call(e, e.reg, regABI.PackNodeInfo(nodeAddr(n0)), regABI.UnpackNodeInfo)
	if info.Seq != 2 || info.Hash != crypto.Keccak256Hash(rec) || !info.Active || info.Operator != e.addr(alice) {
		t.Fatalf("nodeInfo after update = %+v", info)
	}
	// Sequence rollback: equal or lower sequence numbers are refused.
	for _, seq := range []uint64{2, 1} {
		r := record("old", seq)
		e.expectRevert(e.reg, alice, regABI.PackUpdateRecord(nodeAddr(n0), seq, r, e.signRecord(n0, e.addr(alice), seq, r)),
			bindings.NodeRegistrySequenceNotIncreasingErrorID(), "update with lower seq")
	}
	// Only the operator updates.
	r3 := record("x", 3)
	e.expectRevert(e.reg, bob, regABI.PackUpdateRecord(nodeAddr(n0), 3, r3, e.signRecord(n0, e.addr(bob), 3, r3)),
		bindings.NodeRegistryNotOperatorErrorID(), "update by non-operator")

	// Remove: by a stranger fails; by the node key itself works (the node key is funded for this).
	e.expectRevert(e.reg, mallory, regABI.PackRemove(nodeAddr(n0)), bindings.NodeRegistryNotOperatorErrorID(), "remove by stranger")
	e.send(e.reg, alice, regABI.PackRemove(nodeAddr(n0)))
	res = call(e, e.reg, regABI.PackResolve(e.addr(alice)), regABI.UnpackResolve)
	if len(res.Nodes) != 1 || res.Nodes[0] != nodeAddr(n1) {
		t.Fatalf("resolve after remove = %+v", res.Nodes)
	}
	info = call(e, e.reg, regABI.PackNodeInfo(nodeAddr(n0)), regABI.UnpackNodeInfo)
	if info.Active || info.Seq != 2 || info.Operator != e.addr(alice) || info.Hash != (common.Hash{}) {
		t.Fatalf("nodeInfo after remove = %+v", info)
	}
	e.expectRevert(e.reg, alice, regABI.PackRemove(nodeAddr(n0)), bindings.NodeRegistryNotRegisteredErrorID(), "double remove")
	e.expectRevert(e.reg, alice, regABI.PackUpdateRecord(nodeAddr(n0), 9, r3, e.signRecord(n0, e.addr(alice), 9, r3)),
		bindings.NodeRegistryNotRegisteredErrorID(), "update removed")

	// Replaying the old registration after removal is a sequence rollback.
	r1 := record(op2s(alice), 1)
	e.expectRevert(e.reg, alice, regABI.PackRegister(nodeAddr(n0), 1, r1, e.signRecord(n0, e.addr(alice), 1, r1)),
		bindings.NodeRegistrySequenceNotIncreasingErrorID(), "re-register with old seq")
	// A fresh, higher sequence may move the node to another operator.
	r4 := record("bob", 4)
	e.send(e.reg, bob, regABI.PackRegister(nodeAddr(n0), 4, r4, e.signRecord(n0, e.addr(bob), 4, r4)))
	cnt = call(e, e.reg, regABI.PackNodeCount(e.addr(bob)), regABI.UnpackNodeCount)
	bigEq(t, "nodeCount(bob)", cnt, big.NewInt(2))
}

func TestRemoveByNodeKey(t *testing.T) {
	e := newEnv(t)
	// Use a funded account's key as node key so it can send the removal itself.
	nk := e.ch.Keys[carol]
	rec := record("c", 1)
	e.send(e.reg, alice, regABI.PackRegister(e.addr(carol), 1, rec, e.signRecord(nk, e.addr(alice), 1, rec)))
	e.register(alice, e.nodeKs[0], 1)
	e.register(alice, e.nodeKs[1], 1)
	e.send(e.reg, carol, regABI.PackRemove(e.addr(carol))) // first in the list: swap-and-pop moves the last
	res := call(e, e.reg, regABI.PackResolve(e.addr(alice)), regABI.UnpackResolve)
	if len(res.Nodes) != 2 || res.Nodes[0] != nodeAddr(e.nodeKs[1]) || res.Nodes[1] != nodeAddr(e.nodeKs[0]) {
		t.Fatalf("resolve after node-key removal = %v", res.Nodes)
	}
	// The moved node can still be removed (its position was updated).
	e.send(e.reg, alice, regABI.PackRemove(nodeAddr(e.nodeKs[1])))
	e.send(e.reg, alice, regABI.PackRemove(nodeAddr(e.nodeKs[0])))
	cnt := call(e, e.reg, regABI.PackNodeCount(e.addr(alice)), regABI.UnpackNodeCount)
	bigEq(t, "nodeCount", cnt, big.NewInt(0))
}

func TestIdentitySquatting(t *testing.T) {
	e := newEnv(t)
	victim := e.nodeKs[0]
	rec := record("m", 1)
	// Mallory signs with her own key but claims the victim's node address.
	sig := e.signRecord(e.nodeKs[1], e.addr(mallory), 1, rec)
	e.expectRevert(e.reg, mallory, regABI.PackRegister(nodeAddr(victim), 1, rec, sig),
		bindings.NodeRegistryBadNodeSignatureErrorID(), "register a key one does not hold")
	// Mallory copies Alice's pending registration (front-running): the signature binds
	// the operator, so under Mallory's sender it recovers to some other address.
	aliceSig := e.signRecord(victim, e.addr(alice), 1, rec)
	e.expectRevert(e.reg, mallory, regABI.PackRegister(nodeAddr(victim), 1, rec, aliceSig),
		bindings.NodeRegistryBadNodeSignatureErrorID(), "front-run a registration")
	// A signature for another registry (other contract) or another chain does not verify.
	for _, c := range []struct {
		chain *big.Int
		reg   common.Address
		what  string
	}{{big.NewInt(1), e.d.Registry, "other chain"}, {simchain.ChainID, common.HexToAddress("0xdead"), "other contract"}} {
		s, _ := contracts.NodeRecord{Node: nodeAddr(victim), Operator: e.addr(alice), Seq: 1, RecordHash: crypto.Keccak256Hash(rec)}.Sign(victim, c.chain, c.reg)
		e.expectRevert(e.reg, alice, regABI.PackRegister(nodeAddr(victim), 1, rec, s), bindings.NodeRegistryBadNodeSignatureErrorID(), c.what)
	}
	// High-s (malleated) signature.
	hs, _ := contracts.MalleateSignature(aliceSig)
	e.expectRevert(e.reg, alice, regABI.PackRegister(nodeAddr(victim), 1, rec, hs), bindings.NodeRegistryECDSAInvalidSignatureSErrorID(), "high-s")
	e.expectRevert(e.reg, alice, regABI.PackRegister(nodeAddr(victim), 1, rec, aliceSig[:64]), bindings.NodeRegistryECDSAInvalidSignatureLengthErrorID(), "short sig")
	// Seq 0, empty, oversized records, zero node.
	s0 := e.signRecord(victim, e.addr(alice), 0, rec)
	e.expectRevert(e.reg, alice, regABI.PackRegister(nodeAddr(victim), 0, rec, s0), bindings.NodeRegistrySequenceNotIncreasingErrorID(), "seq 0")
	e.expectRevert(e.reg, alice, regABI.PackRegister(nodeAddr(victim), 1, nil, aliceSig), bindings.NodeRegistryEmptyRecordErrorID(), "empty record")
	big301 := bytes.Repeat([]byte{1}, 301)
	e.expectRevert(e.reg, alice, regABI.PackRegister(nodeAddr(victim), 1, big301, aliceSig), bindings.NodeRegistryRecordTooLargeErrorID(), "301-byte record")
	e.expectRevert(e.reg, alice, regABI.PackRegister(common.Address{}, 1, rec, aliceSig), bindings.NodeRegistryZeroAddressErrorID(), "zero node")

	// Alice registers; a second registration of the same key is refused.
	e.send(e.reg, alice, regABI.PackRegister(nodeAddr(victim), 1, rec, aliceSig))
	r2 := record("m", 2)
	e.expectRevert(e.reg, mallory, regABI.PackRegister(nodeAddr(victim), 2, r2, e.signRecord(victim, e.addr(mallory), 2, r2)),
		bindings.NodeRegistryAlreadyRegisteredErrorID(), "register an already registered node")
}

func TestStakeUnbond(t *testing.T) {
	e := newEnv(t)
	e.expectRevertValue(e.reg, alice, big.NewInt(0), regABI.PackStake(), bindings.NodeRegistryZeroAmountErrorID(), "stake 0")
	e.sendValue(e.reg, alice, eth(5), regABI.PackStake())
	st := call(e, e.reg, regABI.PackStakeOf(e.addr(alice)), regABI.UnpackStakeOf)
	bigEq(t, "bonded", st.Bonded, eth(5))
	e.expectRevert(e.reg, alice, regABI.PackRequestUnbond(eth(6)), bindings.NodeRegistryInsufficientStakeErrorID(), "unbond too much")
	e.expectRevert(e.reg, alice, regABI.PackRequestUnbond(big.NewInt(0)), bindings.NodeRegistryZeroAmountErrorID(), "unbond 0")
	e.expectRevert(e.reg, alice, regABI.PackWithdrawStake(), bindings.NodeRegistryNothingToWithdrawErrorID(), "withdraw nothing")
	e.send(e.reg, alice, regABI.PackRequestUnbond(eth(2)))
	e.expectRevert(e.reg, alice, regABI.PackWithdrawStake(), bindings.NodeRegistryStillUnbondingErrorID(), "withdraw early")
	if err := e.ch.Advance(e.p.UnbondingDelay + time.Second); err != nil {
		t.Fatal(err)
	}
	before, _ := e.ch.BalanceOf(e.addr(alice))
	rc := e.send(e.reg, alice, regABI.PackWithdrawStake())
	after, _ := e.ch.BalanceOf(e.addr(alice))
	fee := new(big.Int).Mul(new(big.Int).SetUint64(rc.GasUsed), rc.EffectiveGasPrice)
	bigEq(t, "balance gain", new(big.Int).Sub(new(big.Int).Add(after, fee), before), eth(2))
	st = call(e, e.reg, regABI.PackStakeOf(e.addr(alice)), regABI.UnpackStakeOf)
	bigEq(t, "bonded", st.Bonded, eth(3))
	bigEq(t, "unbonding", st.Unbonding, big.NewInt(0))
}

func TestEquivocationSlashing(t *testing.T) {
	e := newEnv(t) // MaxPenalty 3 ETH, reporter 50%
	k := e.nodeKs[0]
	node := nodeAddr(k)
	e.register(alice, k, 1)
	e.sendValue(e.reg, alice, eth(2), regABI.PackStake())
	e.send(e.reg, alice, regABI.PackRequestUnbond(eth(1))) // unbonding stake stays slashable

	h1, h2 := crypto.Keccak256Hash([]byte("rec one")), crypto.Keccak256Hash([]byte("rec two"))
	sign := func(op common.Address, h common.Hash, key *ecdsa.PrivateKey) []byte {
		s, _ := contracts.NodeRecord{Node: node, Operator: op, Seq: 7, RecordHash: h}.Sign(key, simchain.ChainID, e.d.Registry)
		return s
	}
	a := bindings.EquivocationDisputesSignedRecord{Operator: e.addr(alice), RecordHash: h1, Signature: sign(e.addr(alice), h1, k)}
	b := bindings.EquivocationDisputesSignedRecord{Operator: e.addr(alice), RecordHash: h2, Signature: sign(e.addr(alice), h2, k)}

	e.expectRevert(e.dis, mallory, disABI.PackProveEquivocation(node, 7, a, a), bindings.EquivocationDisputesSameRecordErrorID(), "same record twice")
	forged := b
	forged.Signature = sign(e.addr(alice), h2, e.nodeKs[1])
	e.expectRevert(e.dis, mallory, disABI.PackProveEquivocation(node, 7, a, forged), bindings.EquivocationDisputesNotSignedByNodeErrorID(), "forged second record")
	e.expectRevert(e.dis, mallory, disABI.PackProveEquivocation(node, 8, a, b), bindings.EquivocationDisputesNotSignedByNodeErrorID(), "different seq")
	e.expectRevert(e.reg, mallory, regABI.PackSlash(node, e.addr(mallory)), bindings.NodeRegistryNotDisputesErrorID(), "direct slash")

	rc := e.send(e.dis, mallory, disABI.PackProveEquivocation(node, 7, a, b))
	var slashed *bindings.NodeRegistrySlashed
	for _, l := range rc.Logs {
		if s, err := regABI.UnpackSlashedEvent(l); err == nil {
			slashed = s
		}
	}
	// Stake 2 ETH (1 bonded + 1 unbonding) < cap 3 ETH: all 2 ETH taken, half to the reporter.
	if slashed == nil || slashed.Penalty.Cmp(eth(2)) != 0 || slashed.Reward.Cmp(eth(1)) != 0 || slashed.Operator != e.addr(alice) {
		t.Fatalf("Slashed event = %+v", slashed)
	}
	st := call(e, e.reg, regABI.PackStakeOf(e.addr(alice)), regABI.UnpackStakeOf)
	if st.Bonded.Sign() != 0 || st.Unbonding.Sign() != 0 {
		t.Fatalf("stake after slash = %+v", st)
	}
	info := call(e, e.reg, regABI.PackNodeInfo(node), regABI.UnpackNodeInfo)
	if info.Active {
		t.Fatal("slashed node still active")
	}
	bigEq(t, "burned", call(e, e.reg, regABI.PackBurned(), regABI.UnpackBurned), eth(1))
	e.expectRevert(e.dis, carol, disABI.PackProveEquivocation(node, 7, a, b), bindings.EquivocationDisputesAlreadyProvenErrorID(), "prove twice")

	// Reporter pulls the reward.
	bigEq(t, "rewards", call(e, e.reg, regABI.PackRewards(e.addr(mallory)), regABI.UnpackRewards), eth(1))
	e.send(e.reg, mallory, regABI.PackWithdrawReward())
	e.expectRevert(e.reg, mallory, regABI.PackWithdrawReward(), bindings.NodeRegistryNothingToWithdrawErrorID(), "reward twice")

	// The penalty is capped: a big staker loses at most MaxPenalty per proven equivocation.
	k2 := e.nodeKs[1]
	e.register(bob, k2, 1)
	e.sendValue(e.reg, bob, eth(10), regABI.PackStake())
	n2 := nodeAddr(k2)
	sign2 := func(op common.Address, h common.Hash) []byte {
		s, _ := contracts.NodeRecord{Node: n2, Operator: op, Seq: 3, RecordHash: h}.Sign(k2, simchain.ChainID, e.d.Registry)
		return s
	}
	// Equivocation across operators counts too (same seq, different operator).
	a2 := bindings.EquivocationDisputesSignedRecord{Operator: e.addr(bob), RecordHash: h1, Signature: sign2(e.addr(bob), h1)}
	b2 := bindings.EquivocationDisputesSignedRecord{Operator: e.addr(carol), RecordHash: h1, Signature: sign2(e.addr(carol), h1)}
	e.send(e.dis, carol, disABI.PackProveEquivocation(n2, 3, a2, b2))
	st = call(e, e.reg, regABI.PackStakeOf(e.addr(bob)), regABI.UnpackStakeOf)
	bigEq(t, "bob bonded after capped slash", st.Bonded, eth(7))

	// A node that was never registered cannot be slashed.
	k3 := e.nodeKs[2]
	n3 := nodeAddr(k3)
	s3 := func(h common.Hash) []byte {
		s, _ := contracts.NodeRecord{Node: n3, Operator: e.addr(bob), Seq: 1, RecordHash: h}.Sign(k3, simchain.ChainID, e.d.Registry)
		return s
	}
	e.expectRevert(e.dis, carol, disABI.PackProveEquivocation(n3, 1,
		bindings.EquivocationDisputesSignedRecord{Operator: e.addr(bob), RecordHash: h1, Signature: s3(h1)},
		bindings.EquivocationDisputesSignedRecord{Operator: e.addr(bob), RecordHash: h2, Signature: s3(h2)}),
		bindings.NodeRegistryNotRegisteredErrorID(), "slash unknown node")
}

func TestRegistryReentrancy(t *testing.T) {
	e := newEnv(t)
	rcv := e.deployMock(&mocks.ReentrantReceiverMetaData, nil)
	rb := rcvABI.Instance(e.ch.Client, rcv)
	// The receiver contract stakes 2 ETH, unbonds it, and on receiving the payout
	// tries to withdraw again.
	e.sendValue(rb, alice, eth(2), rcvABI.PackExec(e.d.Registry, regABI.PackStake()))
	e.send(rb, alice, rcvABI.PackExec(e.d.Registry, regABI.PackRequestUnbond(eth(2))))
	e.send(rb, alice, rcvABI.PackArm(e.d.Registry, regABI.PackWithdrawStake()))
	if err := e.ch.Advance(e.p.UnbondingDelay + time.Second); err != nil {
		t.Fatal(err)
	}
	e.send(rb, alice, rcvABI.PackExec(e.d.Registry, regABI.PackWithdrawStake()))
	att := call(e, rb, rcvABI.PackAttempts(), rcvABI.UnpackAttempts)
	suc := call(e, rb, rcvABI.PackSuccesses(), rcvABI.UnpackSuccesses)
	if att.Int64() != 1 || suc.Int64() != 0 {
		t.Fatalf("re-entrant withdrawStake: attempts %v successes %v", att, suc)
	}
	bal, _ := e.ch.BalanceOf(rcv)
	bigEq(t, "receiver balance", bal, eth(2))
	regBal, _ := e.ch.BalanceOf(e.d.Registry)
	bigEq(t, "registry balance", regBal, big.NewInt(0))
}

func TestDeployParamsValidation(t *testing.T) {
	bad := []func(*contracts.Params){
		func(p *contracts.Params) { p.UnbondingDelay = 0 },
		func(p *contracts.Params) { p.MaxPenalty = nil },
		func(p *contracts.Params) { p.MaxPenalty = big.NewInt(0) },
		func(p *contracts.Params) { p.ReporterRewardBps = 10001 },
		func(p *contracts.Params) { p.VoucherLifetime = 0 },
		func(p *contracts.Params) { p.ClaimWindow = time.Millisecond },
	}
	for i, f := range bad {
		p := contracts.DefaultParams()
		f(&p)
		if err := p.Validate(); err == nil {
			t.Errorf("case %d: Validate accepted %+v", i, p)
		}
		if _, err := contracts.Deploy(nil, nil, p); err == nil {
			t.Errorf("case %d: Deploy accepted bad params", i)
		}
	}
	if _, err := (contracts.NodeRecord{}).Sign(nil, simchain.ChainID, common.Address{}); err == nil {
		t.Error("Sign with nil key succeeded")
	}
	if _, err := (contracts.NodeRecord{}).Digest(nil, common.Address{}); err == nil {
		t.Error("Digest with nil chain id succeeded")
	}
	if _, err := (contracts.Voucher{Cumulative: big.NewInt(-1)}).Digest(simchain.ChainID, common.Address{}); err == nil {
		t.Error("negative voucher amount accepted")
	}
	if _, err := (contracts.Voucher{}).Digest(simchain.ChainID, common.Address{}); err == nil {
		t.Error("nil voucher amount accepted")
	}
	if _, err := contracts.Recover(common.Hash{}, make([]byte, 64)); err == nil {
		t.Error("Recover accepted 64-byte sig")
	}
	if _, err := contracts.ParseBatchClaims(make([]byte, 51)); err == nil {
		t.Error("ParseBatchClaims accepted 51 bytes")
	}
	if _, _, err := contracts.Compact(make([]byte, 65)); err == nil {
		t.Error("Compact accepted v = 0")
	}
}
