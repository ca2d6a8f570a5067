package contracts_test

import (
	"math/big"
	"math/rand"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/weftnet/weft/contracts"
	"github.com/weftnet/weft/contracts/bindings"
	"github.com/weftnet/weft/contracts/bindings/mocks"
	"github.com/weftnet/weft/contracts/simchain"
)

// try submits a call and mines it; a revert (at estimation) is returned, not fatal.
func (e *env) try(c *bind.BoundContract, from int, value *big.Int, data []byte) error {
	o := e.ch.Opts(from)
	o.Value = value
	tx, err := bind.Transact(c, o, data)
	if err != nil {
		return err
	}
	_, err = e.ch.Mine(tx)
	return err
}

// TestEscrowInvariants drives RelayPayments with random operations (fixed seeds) and
// checks after every step that
//   - the escrow holds exactly free + collateral + unwithdrawn earnings, per token;
//   - no channel has been paid more than the payer signed for it;
//   - what relays received (earnings + withdrawn) equals what channels paid.
func TestEscrowInvariants(t *testing.T) {
	steps := 120
	if testing.Short() {
		steps = 40
	}
	for _, seed := range []int64{1, 2} {
		t.Run("seed="+big.NewInt(seed).String(), func(t *testing.T) { runInvariants(t, seed, steps) })
	}
}

func runInvariants(t *testing.T, seed int64, steps int) {
	e := newEnv(t)
	rng := rand.New(rand.NewSource(seed))
	tokAddr := e.deployMock(&mocks.TestTokenMetaData, nil)
	tb := tokABI.Instance(e.ch.Client, tokAddr)
	payers := []int{alice, carol}
	relays := []int{bob, mallory}
	tokens := []common.Address{ethTok, tokAddr}
	for _, p := range payers {
		e.send(tb, deployer, tokABI.PackMint(e.addr(p), big.NewInt(1e12)))
		e.send(tb, p, tokABI.PackApprove(e.d.Payments, big.NewInt(1e12)))
	}
	type key struct {
		p, r int
		tok  common.Address
	}
	signed := map[key]*big.Int{}
	epoch := map[int]uint64{}
	withdrawn := map[key]*big.Int{} // by (relay, token); p unused
	rnd := func(n int64) *big.Int { return big.NewInt(1 + rng.Int63n(n)) }
	sign := func(k key, ep uint64) (bindings.RelayPaymentsVoucher, []byte) {
		now, _ := e.ch.Now()
		v := contracts.Voucher{Payer: e.addr(k.p), Relay: e.addr(k.r), Token: k.tok, Cumulative: signed[k], Epoch: ep, Expiry: now + 1800}
		s, err := v.Sign(e.ch.Keys[k.p], simchain.ChainID, e.d.Payments)
		if err != nil {
			t.Fatal(err)
		}
		return v.Binding(), s
	}
	anyKey := func() key {
		return key{payers[rng.Intn(2)], relays[rng.Intn(2)], tokens[rng.Intn(2)]}
	}
	counts := map[string]int{}
	for step := 0; step < steps; step++ {
		k := anyKey()
		var err error
		op := rng.Intn(10)
		switch op {
		case 0:
			err = e.try(e.pay, k.p, rnd(1e6), payABI.PackDepositETH())
		case 1:
			err = e.try(e.pay, k.p, nil, payABI.PackDeposit(tokAddr, rnd(1e6)))
		case 2:
			err = e.try(e.pay, k.p, nil, payABI.PackAllocate(e.addr(k.r), k.tok, rnd(3e5)))
		case 3, 4:
			if signed[k] == nil {
				signed[k] = new(big.Int)
			}
			signed[k].Add(signed[k], rnd(4e5))
		case 5:
			if signed[k] == nil {
				continue
			}
			ep := epoch[k.p]
			if rng.Intn(5) == 0 && ep > 0 {
				ep-- // a revoked voucher must never pay
			}
			v, s := sign(k, ep)
			err = e.try(e.pay, k.r, nil, claimData(v, s))
			if ep != epoch[k.p] && err == nil {
				t.Fatalf("step %d: revoked voucher paid", step)
			}
		case 6:
			var vs []bindings.RelayPaymentsVoucher
			var sigs [][]byte
			for _, p := range payers {
				for _, tok := range tokens {
					kk := key{p, k.r, tok}
					if signed[kk] != nil {
						v, s := sign(kk, epoch[p])
						vs, sigs = append(vs, v), append(sigs, s)
					}
				}
			}
			if len(vs) == 0 {
				continue
			}
			err = e.try(e.pay, k.r, nil, batchData(vs, sigs))
		case 7:
			before := e.earnings(k.r, k.tok)
			err = e.try(e.pay, k.r, nil, payABI.PackWithdrawEarnings(k.tok))
			if err == nil {
				wk := key{0, k.r, k.tok}
				if withdrawn[wk] == nil {
					withdrawn[wk] = new(big.Int)
				}
				withdrawn[wk].Add(withdrawn[wk], before)
			}
		case 8:
			if rng.Intn(2) == 0 {
				err = e.try(e.pay, k.p, nil, payABI.PackRequestWithdrawal(k.tok, rnd(5e5)))
			} else {
				if err := e.ch.Advance(e.p.VoucherLifetime + e.p.ClaimWindow); err != nil {
					t.Fatal(err)
				}
				err = e.try(e.pay, k.p, nil, payABI.PackWithdraw(k.tok))
			}
		case 9:
			if rng.Intn(3) == 0 {
				err = e.try(e.pay, k.p, nil, payABI.PackBumpEpoch())
				if err == nil {
					epoch[k.p]++
				}
			} else {
				err = e.try(e.pay, k.p, nil, payABI.PackRequestRelease(e.addr(k.r), k.tok, rnd(2e5)))
				if err == nil {
					err = e.try(e.pay, k.p, nil, payABI.PackReleaseCollateral(e.addr(k.r), k.tok))
				}
			}
		}
		if err == nil {
			counts["ok"]++
		} else {
			counts["reverted"]++
		}

		// Invariants.
		for _, tok := range tokens {
			books := new(big.Int)
			for _, p := range payers {
				books.Add(books, e.free(p, tok))
				for _, r := range relays {
					books.Add(books, e.channel(p, r, tok).Collateral)
				}
			}
			for _, r := range relays {
				books.Add(books, e.earnings(r, tok))
			}
			var held *big.Int
			if tok == ethTok {
				held, _ = e.ch.BalanceOf(e.d.Payments)
			} else {
				held = call(e, tb, tokABI.PackBalanceOf(e.d.Payments), tokABI.UnpackBalanceOf)
			}
			if held.Cmp(books) != 0 {
				t.Fatalf("step %d op %d: escrow holds %v of %v, books say %v", step, op, held, tok, books)
			}
			for _, r := range relays {
				paid := new(big.Int)
				for _, p := range payers {
					c := e.channel(p, r, tok)
					s := signed[key{p, r, tok}]
					if s == nil {
						s = new(big.Int)
					}
					if c.Paid.Cmp(s) > 0 {
						t.Fatalf("step %d: channel %d->%d paid %v, signed only %v", step, p, r, c.Paid, s)
					}
					paid.Add(paid, c.Paid)
				}
				got := new(big.Int).Set(e.earnings(r, tok))
				if w := withdrawn[key{0, r, tok}]; w != nil {
					got.Add(got, w)
				}
				if got.Cmp(paid) != 0 {
					t.Fatalf("step %d: relay %d received %v of %v, channels paid %v", step, r, got, tok, paid)
				}
			}
		}
	}
	t.Logf("seed %d: %d steps, %d succeeded, %d reverted", seed, steps, counts["ok"], counts["reverted"])
}
