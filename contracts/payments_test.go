package contracts_test

import (
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/weftnet/weft/contracts"
	"github.com/weftnet/weft/contracts/bindings"
	"github.com/weftnet/weft/contracts/bindings/mocks"
	"github.com/weftnet/weft/contracts/simchain"
)

var hotKey, _ = crypto.ToECDSA(crypto.Keccak256([]byte("weft test hot key")))

// voucher builds and signs a voucher from payer to relay valid for `life`.
func (e *env) voucher(key *ecdsa.PrivateKey, payer, relay int, token common.Address, cum *big.Int, epoch uint64, life time.Duration) (bindings.RelayPaymentsVoucher, []byte) {
	e.t.Helper()
	now, err := e.ch.Now()
	if err != nil {
		e.t.Fatal(err)
	}
	v := contracts.Voucher{Payer: e.addr(payer), Relay: e.addr(relay), Token: token, Cumulative: cum, Epoch: epoch,
		Expiry: now + uint64(life/time.Second)}
	sig, err := v.Sign(key, simchain.ChainID, e.d.Payments)
	if err != nil {
		e.t.Fatal(err)
	}
	return v.Binding(), sig
}

func (e *env) earnings(relay int, token common.Address) *big.Int {
	return call(e, e.pay, payABI.PackEarnings(e.addr(relay), token), payABI.UnpackEarnings)
}

func (e *env) free(payer int, token common.Address) *big.Int {
	return call(e, e.pay, payABI.PackFree(e.addr(payer), token), payABI.UnpackFree)
}

func (e *env) channel(payer, relay int, token common.Address) bindings.ChannelOutput {
	return call(e, e.pay, payABI.PackChannel(e.addr(payer), e.addr(relay), token), payABI.UnpackChannel)
}

var ethTok = common.Address{}

// claimData packs claim(v, r, vs) from a 65-byte signature; high-s signatures are
// packed as they are so that the contract's check is what refuses them.
func claimData(v bindings.RelayPaymentsVoucher, sig []byte) []byte {
	r, vs := contracts.CompactUnchecked(sig)
	return payABI.PackClaim(v, r, vs)
}

func batchData(vs []bindings.RelayPaymentsVoucher, sigs [][]byte) []byte {
	items := make([]bindings.RelayPaymentsSignedVoucher, len(vs))
	for i := range vs {
		r, c := contracts.CompactUnchecked(sigs[i])
		items[i] = bindings.RelayPaymentsSignedVoucher{Voucher: vs[i], R: r, Vs: c}
	}
	return payABI.PackClaimBatch(items)
}

func TestVoucherClaims(t *testing.T) {
	e := newEnv(t)
	e.sendValue(e.pay, alice, eth(10), payABI.PackDepositETH())
	e.expectRevertValue(e.pay, alice, big.NewInt(0), payABI.PackDepositETH(), bindings.RelayPaymentsZeroAmountErrorID(), "deposit 0")
	bigEq(t, "free", e.free(alice, ethTok), eth(10))
	e.send(e.pay, alice, payABI.PackSetSigner(crypto.PubkeyToAddress(hotKey.PublicKey)))
	info := call(e, e.pay, payABI.PackPayerInfo(e.addr(alice)), payABI.UnpackPayerInfo)
	if info.Signer != crypto.PubkeyToAddress(hotKey.PublicKey) || info.Epoch != 0 {
		t.Fatalf("payerInfo = %+v", info)
	}

	v1, s1 := e.voucher(hotKey, alice, bob, ethTok, big.NewInt(1000), 0, time.Hour)
	got := call(e, e.pay, payABI.PackClaimable(v1), payABI.UnpackClaimable)
	bigEq(t, "claimable", got, big.NewInt(1000))

	// Front-running claimer: anyone but the named relay is refused.
	e.expectRevert(e.pay, mallory, claimData(v1, s1), bindings.RelayPaymentsNotRelayErrorID(), "claim by non-relay")
	e.expectRevert(e.pay, mallory, batchData([]bindings.RelayPaymentsVoucher{v1}, [][]byte{s1}), bindings.RelayPaymentsNotRelayErrorID(), "batch by non-relay")

	rc := e.send(e.pay, bob, claimData(v1, s1))
	ev, err := payABI.UnpackClaimedEvent(rc.Logs[0])
	if err != nil || ev.Paid.Int64() != 1000 || ev.Unpaid.Sign() != 0 {
		t.Fatalf("Claimed = %+v, %v", ev, err)
	}
	bigEq(t, "earnings", e.earnings(bob, ethTok), big.NewInt(1000))
	// Replayed voucher.
	e.expectRevert(e.pay, bob, claimData(v1, s1), bindings.RelayPaymentsNothingToClaimErrorID(), "replay")
	// A lower cumulative is a replay too.
	v0, s0 := e.voucher(hotKey, alice, bob, ethTok, big.NewInt(999), 0, time.Hour)
	e.expectRevert(e.pay, bob, claimData(v0, s0), bindings.RelayPaymentsNothingToClaimErrorID(), "lower cumulative")
	// The payer's own key may sign as well; only the increment is paid.
	v2, s2 := e.voucher(e.ch.Keys[alice], alice, bob, ethTok, big.NewInt(2500), 0, time.Hour)
	e.send(e.pay, bob, claimData(v2, s2))
	bigEq(t, "earnings", e.earnings(bob, ethTok), big.NewInt(2500))
	ch := e.channel(alice, bob, ethTok)
	bigEq(t, "paid", ch.Paid, big.NewInt(2500))
	bigEq(t, "free", e.free(alice, ethTok), new(big.Int).Sub(eth(10), big.NewInt(2500)))

	// Signatures by anyone else, for another chain or another contract, or malleated.
	vx, sx := e.voucher(e.ch.Keys[mallory], alice, bob, ethTok, big.NewInt(5000), 0, time.Hour)
	e.expectRevert(e.pay, bob, claimData(vx, sx), bindings.RelayPaymentsBadVoucherSignatureErrorID(), "stranger's signature")
	v3 := contracts.Voucher{Payer: e.addr(alice), Relay: e.addr(bob), Cumulative: big.NewInt(5000), Expiry: vx.Expiry}
	sChain, _ := v3.Sign(hotKey, big.NewInt(1), e.d.Payments)
	e.expectRevert(e.pay, bob, claimData(v3.Binding(), sChain), bindings.RelayPaymentsBadVoucherSignatureErrorID(), "other chain")
	sAddr, _ := v3.Sign(hotKey, simchain.ChainID, e.d.Registry)
	e.expectRevert(e.pay, bob, claimData(v3.Binding(), sAddr), bindings.RelayPaymentsBadVoucherSignatureErrorID(), "other contract")
	sOK, _ := v3.Sign(hotKey, simchain.ChainID, e.d.Payments)
	hs, _ := contracts.MalleateSignature(sOK)
	// The malleated (high-s) twin: in the compact form its top bit collides with the
	// parity bit, so it decodes to a different signature and recovers to a stranger.
	// (NodeRegistry takes 65-byte signatures, where OpenZeppelin's low-s check itself
	// is what refuses it: see TestIdentitySquatting.)
	if _, _, err := contracts.Compact(hs); err == nil {
		t.Fatal("Compact accepted a high-s signature")
	}
	e.expectRevert(e.pay, bob, claimData(v3.Binding(), hs), bindings.RelayPaymentsBadVoucherSignatureErrorID(), "high-s")
	// The same voucher on a second deployment (another contract) is refused.
	d2, err := contracts.Deploy(e.ch.Client, e.ch.Opts(deployer), e.p)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.ch.Mine(d2.Txs...); err != nil {
		t.Fatal(err)
	}
	pay2 := payABI.Instance(e.ch.Client, d2.Payments)
	e.sendValue(pay2, alice, eth(1), payABI.PackDepositETH())
	e.expectRevert(pay2, bob, claimData(v3.Binding(), sOK), bindings.RelayPaymentsBadVoucherSignatureErrorID(), "replay on another deployment")

	// Rotating the hot key invalidates its vouchers.
	e.send(e.pay, alice, payABI.PackSetSigner(e.addr(carol)))
	e.expectRevert(e.pay, bob, claimData(v3.Binding(), sOK), bindings.RelayPaymentsBadVoucherSignatureErrorID(), "old hot key")

	// Expired vouchers, and vouchers valid for longer than the voucher lifetime.
	ve, se := e.voucher(e.ch.Keys[alice], alice, bob, ethTok, big.NewInt(6000), 0, 10*time.Second)
	if err := e.ch.Advance(20 * time.Second); err != nil {
		t.Fatal(err)
	}
	e.expectRevert(e.pay, bob, claimData(ve, se), bindings.RelayPaymentsVoucherExpiredErrorID(), "expired")
	vl, sl := e.voucher(e.ch.Keys[alice], alice, bob, ethTok, big.NewInt(6000), 0, 2*e.p.VoucherLifetime)
	e.expectRevert(e.pay, bob, claimData(vl, sl), bindings.RelayPaymentsVoucherLifetimeTooLongErrorID(), "too long")

	// bumpEpoch revokes outstanding vouchers; new-epoch vouchers continue the cumulative.
	vr, sr := e.voucher(e.ch.Keys[alice], alice, bob, ethTok, big.NewInt(7000), 0, time.Hour)
	e.send(e.pay, alice, payABI.PackBumpEpoch())
	e.expectRevert(e.pay, bob, claimData(vr, sr), bindings.RelayPaymentsVoucherRevokedErrorID(), "revoked")
	vn, sn := e.voucher(e.ch.Keys[alice], alice, bob, ethTok, big.NewInt(7000), 1, time.Hour)
	e.send(e.pay, bob, claimData(vn, sn))
	bigEq(t, "earnings", e.earnings(bob, ethTok), big.NewInt(7000))

	// Pull payment.
	before, _ := e.ch.BalanceOf(e.addr(bob))
	rc = e.send(e.pay, bob, payABI.PackWithdrawEarnings(ethTok))
	after, _ := e.ch.BalanceOf(e.addr(bob))
	fee := new(big.Int).Mul(new(big.Int).SetUint64(rc.GasUsed), rc.EffectiveGasPrice)
	bigEq(t, "withdrawn", new(big.Int).Sub(new(big.Int).Add(after, fee), before), big.NewInt(7000))
	e.expectRevert(e.pay, bob, payABI.PackWithdrawEarnings(ethTok), bindings.RelayPaymentsNoFundsErrorID(), "withdraw twice")
}

func TestPartialPaymentAndCollateral(t *testing.T) {
	e := newEnv(t)
	e.sendValue(e.pay, alice, big.NewInt(1000), payABI.PackDepositETH())
	e.expectRevert(e.pay, alice, payABI.PackAllocate(e.addr(bob), ethTok, big.NewInt(1001)), bindings.RelayPaymentsInsufficientBalanceErrorID(), "over-allocate")
	e.expectRevert(e.pay, alice, payABI.PackAllocate(e.addr(bob), ethTok, big.NewInt(0)), bindings.RelayPaymentsZeroAmountErrorID(), "allocate 0")
	e.send(e.pay, alice, payABI.PackAllocate(e.addr(bob), ethTok, big.NewInt(600)))
	bigEq(t, "collateral", e.channel(alice, bob, ethTok).Collateral, big.NewInt(600))
	bigEq(t, "free", e.free(alice, ethTok), big.NewInt(400))

	// Carol (no collateral) claims 300 from the free balance.
	vc, sc := e.voucher(e.ch.Keys[alice], alice, carol, ethTok, big.NewInt(300), 0, time.Hour)
	e.send(e.pay, carol, claimData(vc, sc))
	// Bob is owed 1500: 600 collateral + the 100 still free are paid, 800 stays claimable.
	vb, sb := e.voucher(e.ch.Keys[alice], alice, bob, ethTok, big.NewInt(1500), 0, time.Hour)
	// (claimed in a batch of one: the packed ClaimedBatch entry reports the shortfall)
	rc := e.send(e.pay, bob, batchData([]bindings.RelayPaymentsVoucher{vb}, [][]byte{sb}))
	ev, err := payABI.UnpackClaimedBatchEvent(rc.Logs[0])
	if err != nil {
		t.Fatal(err)
	}
	cs, err := contracts.ParseBatchClaims(ev.Claims)
	if err != nil || len(cs) != 1 || cs[0].Payer != e.addr(alice) || cs[0].Paid.Int64() != 700 || cs[0].Unpaid.Int64() != 800 {
		t.Fatalf("partial claim %+v (%v), want paid 700, unpaid 800", cs, err)
	}
	// Nothing left: the same voucher now reverts with NoFunds, not a silent zero
	// (also inside a batch).
	e.expectRevert(e.pay, bob, batchData([]bindings.RelayPaymentsVoucher{vb}, [][]byte{sb}), bindings.RelayPaymentsNoFundsErrorID(), "empty escrow, batch")
	e.expectRevert(e.pay, bob, claimData(vb, sb), bindings.RelayPaymentsNoFundsErrorID(), "empty escrow")
	// After a top-up the rest of the same voucher is claimable.
	e.sendValue(e.pay, alice, big.NewInt(5000), payABI.PackDepositETH())
	e.send(e.pay, bob, claimData(vb, sb))
	bigEq(t, "bob earnings", e.earnings(bob, ethTok), big.NewInt(1500))
	bigEq(t, "free", e.free(alice, ethTok), big.NewInt(4200))

	// Collateral release is delayed and stays claimable meanwhile.
	e.send(e.pay, alice, payABI.PackAllocate(e.addr(bob), ethTok, big.NewInt(1000)))
	e.expectRevert(e.pay, alice, payABI.PackReleaseCollateral(e.addr(bob), ethTok), bindings.RelayPaymentsNoPendingRequestErrorID(), "release without request")
	e.send(e.pay, alice, payABI.PackRequestRelease(e.addr(bob), ethTok, big.NewInt(1000)))
	pr := call(e, e.pay, payABI.PackPendingRelease(e.addr(alice), e.addr(bob), ethTok), payABI.UnpackPendingRelease)
	bigEq(t, "pending release", pr.Amount, big.NewInt(1000))
	e.expectRevert(e.pay, alice, payABI.PackReleaseCollateral(e.addr(bob), ethTok), bindings.RelayPaymentsStillLockedErrorID(), "release early")
	vb2, sb2 := e.voucher(e.ch.Keys[alice], alice, bob, ethTok, big.NewInt(1900), 0, time.Hour)
	e.send(e.pay, bob, claimData(vb2, sb2)) // 400 from collateral
	if err := e.ch.Advance(e.p.VoucherLifetime + e.p.ClaimWindow); err != nil {
		t.Fatal(err)
	}
	e.send(e.pay, alice, payABI.PackReleaseCollateral(e.addr(bob), ethTok))
	bigEq(t, "collateral after release", e.channel(alice, bob, ethTok).Collateral, big.NewInt(0))
	bigEq(t, "free after release", e.free(alice, ethTok), big.NewInt(3200+600))
}

func TestWithdrawalRace(t *testing.T) {
	e := newEnv(t)
	e.sendValue(e.pay, alice, big.NewInt(10_000), payABI.PackDepositETH())
	// Bob has a voucher for 4000; Alice tries to pull everything out first.
	vb, sb := e.voucher(e.ch.Keys[alice], alice, bob, ethTok, big.NewInt(4000), 0, time.Hour)
	e.expectRevert(e.pay, alice, payABI.PackWithdraw(ethTok), bindings.RelayPaymentsNoPendingRequestErrorID(), "withdraw without request")
	e.expectRevert(e.pay, alice, payABI.PackRequestWithdrawal(ethTok, big.NewInt(0)), bindings.RelayPaymentsZeroAmountErrorID(), "request 0")
	rc := e.send(e.pay, alice, payABI.PackRequestWithdrawal(ethTok, big.NewInt(10_000)))
	wr, _ := payABI.UnpackWithdrawalRequestedEvent(rc.Logs[0])
	now, _ := e.ch.Now()
	if wr.UnlockAt != now+uint64((e.p.VoucherLifetime+e.p.ClaimWindow)/time.Second) {
		t.Fatalf("unlockAt %d, now %d", wr.UnlockAt, now)
	}
	e.expectRevert(e.pay, alice, payABI.PackWithdraw(ethTok), bindings.RelayPaymentsStillLockedErrorID(), "withdraw before delay")
	// Late in the voucher's life (the relay was batching), Bob still claims in full:
	// the requested funds stay claimable until the delay has passed.
	if err := e.ch.Advance(e.p.VoucherLifetime - time.Minute); err != nil {
		t.Fatal(err)
	}
	e.send(e.pay, bob, claimData(vb, sb))
	if err := e.ch.Advance(e.p.ClaimWindow + time.Minute); err != nil {
		t.Fatal(err)
	}
	before, _ := e.ch.BalanceOf(e.addr(alice))
	rc = e.send(e.pay, alice, payABI.PackWithdraw(ethTok))
	after, _ := e.ch.BalanceOf(e.addr(alice))
	fee := new(big.Int).Mul(new(big.Int).SetUint64(rc.GasUsed), rc.EffectiveGasPrice)
	bigEq(t, "alice got", new(big.Int).Sub(new(big.Int).Add(after, fee), before), big.NewInt(6000))
	bigEq(t, "bob earned", e.earnings(bob, ethTok), big.NewInt(4000))
	e.expectRevert(e.pay, alice, payABI.PackWithdraw(ethTok), bindings.RelayPaymentsNoPendingRequestErrorID(), "withdraw twice")
}

func TestBatchClaimsAndTokens(t *testing.T) {
	e := newEnv(t)
	tok := e.deployMock(&mocks.TestTokenMetaData, nil)
	tb := tokABI.Instance(e.ch.Client, tok)
	for _, p := range []int{alice, carol} {
		e.send(tb, deployer, tokABI.PackMint(e.addr(p), eth(100)))
		e.send(tb, p, tokABI.PackApprove(e.d.Payments, eth(100)))
		e.send(e.pay, p, payABI.PackDeposit(tok, eth(50)))
		e.sendValue(e.pay, p, eth(1), payABI.PackDepositETH())
	}
	e.expectRevert(e.pay, alice, payABI.PackDeposit(tok, big.NewInt(0)), bindings.RelayPaymentsZeroAmountErrorID(), "deposit 0 tokens")
	e.expectRevert(e.pay, alice, payABI.PackDeposit(ethTok, big.NewInt(1)), bindings.RelayPaymentsEthValueMismatchErrorID(), "deposit(ETH)")
	bigEq(t, "token free", e.free(alice, tok), eth(50))

	va1, sa1 := e.voucher(e.ch.Keys[alice], alice, bob, tok, big.NewInt(111), 0, time.Hour)
	va2, sa2 := e.voucher(e.ch.Keys[alice], alice, bob, ethTok, big.NewInt(222), 0, time.Hour)
	vc1, sc1 := e.voucher(e.ch.Keys[carol], carol, bob, tok, big.NewInt(333), 0, time.Hour)
	vs := []bindings.RelayPaymentsVoucher{va1, va2, vc1}
	sigs := [][]byte{sa1, sa2, sc1}
	e.expectRevert(e.pay, bob, batchData(nil, nil), bindings.RelayPaymentsEmptyBatchErrorID(), "empty batch")
	// One bad voucher fails the whole batch.
	bad := append([][]byte{}, sigs...)
	bad[2] = sa1
	e.expectRevert(e.pay, bob, batchData(vs, bad), bindings.RelayPaymentsBadVoucherSignatureErrorID(), "bad voucher in batch")
	// A replay inside one batch fails too.
	e.expectRevert(e.pay, bob, batchData([]bindings.RelayPaymentsVoucher{va1, va1}, [][]byte{sa1, sa1}), bindings.RelayPaymentsNothingToClaimErrorID(), "replay in batch")
	rc := e.send(e.pay, bob, batchData(vs, sigs))
	// Three token runs (tok, ETH, tok): three ClaimedBatch events with packed entries.
	type entry struct {
		token  common.Address
		payer  common.Address
		paid   int64
		unpaid int64
	}
	var got []entry
	for _, l := range rc.Logs {
		ev, err := payABI.UnpackClaimedBatchEvent(l)
		if err != nil {
			continue
		}
		if ev.Relay != e.addr(bob) {
			t.Fatalf("ClaimedBatch relay %v", ev.Relay)
		}
		cs, err := contracts.ParseBatchClaims(ev.Claims)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cs {
			got = append(got, entry{ev.Token, c.Payer, c.Paid.Int64(), c.Unpaid.Int64()})
		}
	}
	want := []entry{{tok, e.addr(alice), 111, 0}, {ethTok, e.addr(alice), 222, 0}, {tok, e.addr(carol), 333, 0}}
	if len(got) != len(want) {
		t.Fatalf("ClaimedBatch entries %+v", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("entry %d = %+v, want %+v", i, got[i], want[i])
		}
	}
	bigEq(t, "token earnings", e.earnings(bob, tok), big.NewInt(444))
	bigEq(t, "eth earnings", e.earnings(bob, ethTok), big.NewInt(222))

	e.send(e.pay, bob, payABI.PackWithdrawEarnings(tok))
	bal := call(e, tb, tokABI.PackBalanceOf(e.addr(bob)), tokABI.UnpackBalanceOf)
	bigEq(t, "bob token balance", bal, big.NewInt(444))

	// ERC-20 withdrawal: not at the end of the delay, only strictly after it.
	e.send(e.pay, carol, payABI.PackRequestWithdrawal(tok, eth(100))) // more than free: pays what is free
	if err := e.ch.Advance(e.p.VoucherLifetime + e.p.ClaimWindow - time.Second); err != nil {
		t.Fatal(err)
	}
	e.expectRevert(e.pay, carol, payABI.PackWithdraw(tok), bindings.RelayPaymentsStillLockedErrorID(), "withdraw at the end of the delay")
	if err := e.ch.Advance(2 * time.Second); err != nil {
		t.Fatal(err)
	}
	e.send(e.pay, carol, payABI.PackWithdraw(tok))
	bal = call(e, tb, tokABI.PackBalanceOf(e.addr(carol)), tokABI.UnpackBalanceOf)
	bigEq(t, "carol token balance", bal, new(big.Int).Sub(eth(100), big.NewInt(333)))

	// Fee-on-transfer tokens are credited with what actually arrived.
	fee := e.deployMock(&mocks.FeeTokenMetaData, nil)
	fb := feeABI.Instance(e.ch.Client, fee)
	e.send(fb, deployer, feeABI.PackMint(e.addr(alice), big.NewInt(10_000)))
	e.send(fb, alice, feeABI.PackApprove(e.d.Payments, big.NewInt(10_000)))
	e.send(e.pay, alice, payABI.PackDeposit(fee, big.NewInt(10_000)))
	bigEq(t, "fee-token credit", e.free(alice, fee), big.NewInt(9_900))
}

func TestReentrantToken(t *testing.T) {
	e := newEnv(t)
	evil := e.deployMock(&mocks.ReentrantTokenMetaData, nil)
	eb := evlABI.Instance(e.ch.Client, evil)
	// Alice is honest payer in the evil token; Mallory is a relay who armed the token to
	// re-enter withdrawEarnings while being paid.
	e.send(eb, deployer, evlABI.PackMint(e.addr(alice), big.NewInt(2_000_000)))
	e.send(eb, alice, evlABI.PackApprove(e.d.Payments, big.NewInt(2_000_000)))
	e.send(e.pay, alice, payABI.PackDeposit(evil, big.NewInt(1_000_000)))

	v, s := e.voucher(e.ch.Keys[alice], alice, mallory, evil, big.NewInt(1000), 0, time.Hour)
	e.send(e.pay, mallory, claimData(v, s))
	// The token calls back into RelayPayments as itself; whatever it calls, the guard
	// (withdrawEarnings, withdraw, deposit) or the state (nothing credited to the token) stops it.
	for _, data := range [][]byte{payABI.PackWithdrawEarnings(evil), payABI.PackWithdraw(evil), payABI.PackDeposit(evil, big.NewInt(1))} {
		e.send(eb, deployer, evlABI.PackArm(e.d.Payments, data))
		before := call(e, eb, evlABI.PackSuccesses(), evlABI.UnpackSuccesses)
		if e.earnings(mallory, evil).Sign() == 0 {
			v2, s2 := e.voucher(e.ch.Keys[alice], alice, mallory, evil, new(big.Int).Add(e.channel(alice, mallory, evil).Paid, big.NewInt(1000)), 0, time.Hour)
			e.send(e.pay, mallory, claimData(v2, s2))
		}
		e.send(e.pay, mallory, payABI.PackWithdrawEarnings(evil))
		after := call(e, eb, evlABI.PackSuccesses(), evlABI.UnpackSuccesses)
		if after.Cmp(before) != 0 {
			t.Fatalf("re-entrant call %x succeeded", data[:4])
		}
		last := call(e, eb, evlABI.PackLastRevert(), evlABI.UnpackLastRevert)
		if len(last) < 4 {
			t.Fatalf("no revert recorded for %x", data[:4])
		}
	}
	// Re-entry during deposit (transferFrom) into withdrawEarnings is blocked as well.
	e.send(eb, deployer, evlABI.PackArm(e.d.Payments, payABI.PackWithdrawEarnings(evil)))
	e.send(e.pay, alice, payABI.PackDeposit(evil, big.NewInt(0).SetUint64(1)))
	last := call(e, eb, evlABI.PackLastRevert(), evlABI.UnpackLastRevert)
	guard := bindings.RelayPaymentsReentrancyGuardReentrantCallErrorID()
	if len(last) < 4 || [4]byte(last[:4]) != [4]byte(guard[:4]) {
		t.Fatalf("deposit re-entry reverted with %x, want ReentrancyGuardReentrantCall", last)
	}
	// Accounting is intact: the token balance of the escrow equals free + earnings.
	bal := call(e, eb, evlABI.PackBalanceOf(e.d.Payments), evlABI.UnpackBalanceOf)
	sum := new(big.Int).Add(e.free(alice, evil), e.earnings(mallory, evil))
	bigEq(t, "escrow balance vs books", bal, sum)
	bigEq(t, "mallory received", call(e, eb, evlABI.PackBalanceOf(e.addr(mallory)), evlABI.UnpackBalanceOf), big.NewInt(3000))
}

func TestReentrantETHReceiver(t *testing.T) {
	e := newEnv(t)
	rcv := e.deployMock(&mocks.ReentrantReceiverMetaData, nil)
	rb := rcvABI.Instance(e.ch.Client, rcv)
	e.sendValue(e.pay, alice, eth(1), payABI.PackDepositETH())
	// The receiver contract is the relay; Alice signs it a voucher.
	now, _ := e.ch.Now()
	v := contracts.Voucher{Payer: e.addr(alice), Relay: rcv, Cumulative: big.NewInt(5000), Expiry: now + 600}
	sig, _ := v.Sign(e.ch.Keys[alice], simchain.ChainID, e.d.Payments)
	e.send(rb, mallory, rcvABI.PackExec(e.d.Payments, claimData(v.Binding(), sig)))
	e.send(rb, mallory, rcvABI.PackArm(e.d.Payments, payABI.PackWithdrawEarnings(ethTok)))
	e.send(rb, mallory, rcvABI.PackExec(e.d.Payments, payABI.PackWithdrawEarnings(ethTok)))
	if a := call(e, rb, rcvABI.PackAttempts(), rcvABI.UnpackAttempts); a.Int64() != 1 {
		t.Fatalf("attempts %v", a)
	}
	if s := call(e, rb, rcvABI.PackSuccesses(), rcvABI.UnpackSuccesses); s.Sign() != 0 {
		t.Fatal("re-entrant withdrawEarnings succeeded")
	}
	bal, _ := e.ch.BalanceOf(rcv)
	bigEq(t, "receiver balance", bal, big.NewInt(5000))
	esc, _ := e.ch.BalanceOf(e.d.Payments)
	bigEq(t, "escrow balance", esc, new(big.Int).Sub(eth(1), big.NewInt(5000)))
}

var _ = bind.Call[int]
