package contracts_test

import (
	"crypto/ecdsa"
	"flag"
	"fmt"
	"math/big"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/weftnet/weft/contracts"
	"github.com/weftnet/weft/contracts/bindings"
	"github.com/weftnet/weft/contracts/simchain"
)

var gasReport = flag.String("gas-report", "", "write the gas table (markdown) to this file")

// Targets from issue 8 (anchors: Livepeer 190–300k, Raiden 96k, HOPR ~51k).
const (
	targetRepeatClaim     = 60_000
	targetBatchPerVoucher = 25_000
	targetRegistration    = 150_000
)

type gasRow struct {
	name   string
	gas    uint64
	per    uint64 // per item, for batches
	target uint64
	note   string
}

// TestGas measures gas per call on a chain pinned to mainnet rules (see simchain) and
// checks the targets. Run with -gas-report=FILE to write the table.
func TestGas(t *testing.T) {
	e := newEnv(t)
	var rows []gasRow
	add := func(name string, r *types.Receipt, n int, target uint64, note string) {
		row := gasRow{name: name, gas: r.GasUsed, target: target, note: note}
		if n > 1 {
			row.per = r.GasUsed / uint64(n)
		}
		rows = append(rows, row)
	}

	// --- NodeRegistry. A realistic ENR: secp256k1 key, IPv4, TCP and UDP ports.
	enr := make([]byte, 141) // the size of a real ENR with id, secp256k1, ip, tcp, udp (bridge.NewRecord)
	for i := range enr {
		enr[i] = byte(i*7 + 1)
	}
	reg := func(op int, k *ecdsa.PrivateKey, seq uint64, rec []byte) *types.Receipt {
		return e.send(e.reg, op, regABI.PackRegister(nodeAddr(k), seq, rec, e.signRecord(k, e.addr(op), seq, rec)))
	}
	add("NodeRegistry.register (operator's first node, 141-byte ENR)", reg(alice, e.nodeKs[0], 1, enr), 1, targetRegistration, "")
	add("NodeRegistry.register (operator's second node)", reg(alice, e.nodeKs[1], 1, enr), 1, targetRegistration, "")
	enr2 := append([]byte{}, enr...)
	enr2[0] ^= 1
	add("NodeRegistry.updateRecord", e.send(e.reg, alice, regABI.PackUpdateRecord(nodeAddr(e.nodeKs[0]), 2, enr2, e.signRecord(e.nodeKs[0], e.addr(alice), 2, enr2))), 1, 0, "")
	add("NodeRegistry.remove", e.send(e.reg, alice, regABI.PackRemove(nodeAddr(e.nodeKs[1]))), 1, 0, "")
	add("NodeRegistry.stake (first)", e.sendValue(e.reg, alice, eth(2), regABI.PackStake()), 1, 0, "")
	add("NodeRegistry.requestUnbond", e.send(e.reg, alice, regABI.PackRequestUnbond(eth(1))), 1, 0, "")
	h1, h2 := crypto.Keccak256Hash([]byte("a")), crypto.Keccak256Hash([]byte("b"))
	sr := func(h [32]byte) bindings.EquivocationDisputesSignedRecord {
		s, _ := contracts.NodeRecord{Node: nodeAddr(e.nodeKs[0]), Operator: e.addr(alice), Seq: 9, RecordHash: h}.Sign(e.nodeKs[0], simchain.ChainID, e.d.Registry)
		return bindings.EquivocationDisputesSignedRecord{Operator: e.addr(alice), RecordHash: h, Signature: s}
	}
	add("EquivocationDisputes.proveEquivocation (slash + remove)", e.send(e.dis, carol, disABI.PackProveEquivocation(nodeAddr(e.nodeKs[0]), 9, sr(h1), sr(h2))), 1, 0, "")

	// --- RelayPayments. Ten payers (fresh funded accounts) pay one relay (bob).
	ch := e.ch
	payers := make([]*ecdsa.PrivateKey, 10)
	for i := range payers {
		payers[i] = simchain.Key(100 + i)
	}
	fund := func(k *ecdsa.PrivateKey) {
		if err := ch.Transfer(deployer, crypto.PubkeyToAddress(k.PublicKey), eth(10)); err != nil {
			t.Fatal(err)
		}
	}
	sendFrom := func(k *ecdsa.PrivateKey, value *big.Int, data []byte) *types.Receipt {
		o := ch.OptsKey(k)
		o.Value = value
		tx, err := bind.Transact(e.pay, o, data)
		if err != nil {
			t.Fatalf("%v (%s)", err, revertName(err))
		}
		rs, err := ch.Mine(tx)
		if err != nil {
			t.Fatal(err)
		}
		return rs[0]
	}
	for i, k := range payers {
		fund(k)
		r := sendFrom(k, eth(5), payABI.PackDepositETH())
		if i == 0 {
			add("RelayPayments.depositETH (first)", r, 1, 0, "")
		}
	}
	add("RelayPayments.depositETH (top-up)", sendFrom(payers[0], eth(1), payABI.PackDepositETH()), 1, 0, "")
	add("RelayPayments.setSigner", sendFrom(payers[0], nil, payABI.PackSetSigner(crypto.PubkeyToAddress(hotKey.PublicKey))), 1, 0, "")
	add("RelayPayments.allocate (first)", sendFrom(payers[1], nil, payABI.PackAllocate(e.addr(carol), ethTok, eth(1))), 1, 0, "")

	now, _ := ch.Now()
	sign := func(k *ecdsa.PrivateKey, signer *ecdsa.PrivateKey, relay int, cum int64) (bindings.RelayPaymentsVoucher, []byte) {
		v := contracts.Voucher{Payer: crypto.PubkeyToAddress(k.PublicKey), Relay: e.addr(relay), Cumulative: big.NewInt(cum), Expiry: now + 1800}
		s, err := v.Sign(signer, simchain.ChainID, e.d.Payments)
		if err != nil {
			t.Fatal(err)
		}
		return v.Binding(), s
	}
	// Single claims by bob from payer 0 (hot key), from the free balance.
	v, s := sign(payers[0], hotKey, bob, 1_000_000)
	add("RelayPayments.claim (first voucher of a channel)", e.send(e.pay, bob, claimData(v, s)), 1, 0, "new channel slot and earnings slot")
	v, s = sign(payers[0], hotKey, bob, 2_000_000)
	add("RelayPayments.claim (repeat, from free balance)", e.send(e.pay, bob, claimData(v, s)), 1, targetRepeatClaim, "")
	// Carol from payer 1 against collateral.
	v, s = sign(payers[1], payers[1], carol, 1_000_000)
	e.send(e.pay, carol, claimData(v, s))
	v, s = sign(payers[1], payers[1], carol, 2_000_000)
	add("RelayPayments.claim (repeat, from collateral)", e.send(e.pay, carol, claimData(v, s)), 1, targetRepeatClaim, "")

	batch := func(cum int64) *types.Receipt {
		vs := make([]bindings.RelayPaymentsVoucher, 10)
		sigs := make([][]byte, 10)
		for i, k := range payers {
			signer := k
			if i == 0 {
				signer = hotKey
			}
			vs[i], sigs[i] = sign(k, signer, bob, cum)
		}
		return e.send(e.pay, bob, batchData(vs, sigs))
	}
	add("RelayPayments.claimBatch, 10 payers (first vouchers of 9 channels)", batch(3_000_000), 10, 0, "")
	add("RelayPayments.claimBatch, 10 payers (repeat, from free balances)", batch(4_000_000), 10, targetBatchPerVoucher, "three storage slots per voucher: payer, channel, free balance")
	// The same with guaranteed collateral: the channel slot holds both the paid amount
	// and the collateral, so a voucher touches two slots.
	for _, k := range payers {
		sendFrom(k, nil, payABI.PackAllocate(e.addr(bob), ethTok, eth(1)))
	}
	add("RelayPayments.claimBatch, 10 payers (repeat, from collateral)", batch(5_000_000), 10, targetBatchPerVoucher, "two storage slots per voucher: payer, channel")
	add("RelayPayments.withdrawEarnings (ETH)", e.send(e.pay, bob, payABI.PackWithdrawEarnings(ethTok)), 1, 0, "")
	add("RelayPayments.bumpEpoch", sendFrom(payers[2], nil, payABI.PackBumpEpoch()), 1, 0, "")
	add("RelayPayments.requestWithdrawal", sendFrom(payers[2], nil, payABI.PackRequestWithdrawal(ethTok, eth(1))), 1, 0, "")
	// Withdrawals open strictly after the delay.
	if err := ch.Advance(e.p.VoucherLifetime + e.p.ClaimWindow + time.Second); err != nil {
		t.Fatal(err)
	}
	add("RelayPayments.withdraw (ETH)", sendFrom(payers[2], nil, payABI.PackWithdraw(ethTok)), 1, 0, "")

	// Report and check.
	var b strings.Builder
	fmt.Fprintf(&b, "| call | gas | per voucher | target | met |\n|---|---:|---:|---:|:---:|\n")
	for _, r := range rows {
		per, tgt, met := "", "", ""
		if r.per > 0 {
			per = fmt.Sprint(r.per)
		}
		if r.target > 0 {
			tgt = fmt.Sprintf("≤ %d", r.target)
			got := r.gas
			if r.per > 0 {
				got = r.per
			}
			met = "yes"
			if got > r.target {
				met = "NO"
				t.Errorf("%s: %d gas, target %d", r.name, got, r.target)
			}
		}
		fmt.Fprintf(&b, "| %s | %d | %s | %s | %s |\n", r.name, r.gas, per, tgt, met)
	}
	t.Logf("gas per call (%s, %s/%s):\n%s", time.Now().Format("2006-01-02"), runtime.GOOS, runtime.GOARCH, b.String())
	if *gasReport != "" {
		if err := os.WriteFile(*gasReport, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
