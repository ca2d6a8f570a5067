package bridge_test

import (
	"bytes"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/weftnet/weft/bridge"
	"github.com/weftnet/weft/contracts"
	"github.com/weftnet/weft/contracts/simchain"
)

var hot, _ = crypto.ToECDSA(crypto.Keccak256([]byte("bridge test hot key")))

func fixedClock(t time.Time) func() time.Time { return func() time.Time { return t } }

func TestMeter(t *testing.T) {
	e := newEnv(t)
	var book bridge.PayeeBook
	relayNode := addrOf(nodeKey(1))
	book.Add(relayNode, e.ch.Addrs[opR])
	now := time.Unix(1_800_000_000, 0)
	m, err := bridge.NewMeter(bridge.MeterConfig{Chain: e.c, Payer: e.ch.Addrs[opB], Signer: hot,
		PricePerByte: big.NewInt(3), VoucherEvery: 1000, Lifetime: time.Hour, PayeeOf: book.PayeeOf, Now: fixedClock(now)})
	if err != nil {
		t.Fatal(err)
	}
	msg := [32]byte{1}
	m.Delivered(bridge.Delivery{From: relayNode, Message: msg, Bytes: 600, Innovative: true})
	if v := m.Drain(); len(v) != 0 {
		t.Fatalf("voucher before threshold: %v", v)
	}
	m.Delivered(bridge.Delivery{From: relayNode, Message: msg, Bytes: 600, Innovative: false}) // duplicate: not paid
	m.Delivered(bridge.Delivery{From: addrOf(nodeKey(9)), Message: msg, Bytes: 600, Innovative: true})
	m.Delivered(bridge.Delivery{From: relayNode, Message: msg, Bytes: 500, Innovative: true})
	vs := m.Drain()
	if len(vs) != 1 {
		t.Fatalf("vouchers = %d", len(vs))
	}
	v := vs[0]
	if v.Relay != e.ch.Addrs[opR] || v.Payer != e.ch.Addrs[opB] || v.Cumulative.Int64() != 1100*3 || v.Expiry != uint64(now.Add(time.Hour).Unix()) {
		t.Fatalf("voucher %+v", v.Voucher)
	}
	d, _ := v.Digest(simchain.ChainID, e.d.Payments)
	if s, err := contracts.Recover(d, v.Sig); err != nil || s != addrOf(hot) {
		t.Fatalf("voucher signer %v %v", s, err)
	}
	m.Delivered(bridge.Delivery{From: relayNode, Message: msg, Bytes: 10, Innovative: true})
	fl := m.Flush()
	if len(fl) != 1 || fl[0].Cumulative.Int64() != 1110*3 {
		t.Fatalf("flush %+v", fl)
	}
	if len(m.Flush()) != 0 {
		t.Fatal("second flush signed again")
	}
	st := m.Stats()
	if st.InnovativeBytes != 1110 || st.RedundantBytes != 600 || st.UnknownBytes != 600 || st.Vouchers != 2 {
		t.Fatalf("stats %+v", st)
	}
	if b, amt := m.Owed(e.ch.Addrs[opR]); b != 1110 || amt.Int64() != 3330 {
		t.Fatalf("owed %d %v", b, amt)
	}
	// Base and epoch carry over.
	m.SetBase(e.ch.Addrs[opA], big.NewInt(1_000_000))
	book.Add(addrOf(nodeKey(2)), e.ch.Addrs[opA])
	m.SetEpoch(4)
	m.Delivered(bridge.Delivery{From: addrOf(nodeKey(2)), Bytes: 1000, Innovative: true})
	vs = m.Drain()
	if len(vs) != 1 || vs[0].Cumulative.Int64() != 1_003_000 || vs[0].Epoch != 4 {
		t.Fatalf("based voucher %+v", vs)
	}
	if m.Err() != nil {
		t.Fatal(m.Err())
	}
	for i, bad := range []bridge.MeterConfig{{}, {Chain: e.c}, {Chain: e.c, Signer: hot}, {Chain: e.c, Signer: hot, PricePerByte: big.NewInt(1)},
		{Chain: e.c, Signer: hot, PricePerByte: big.NewInt(1), VoucherEvery: 1, Lifetime: time.Hour}} {
		if _, err := bridge.NewMeter(bad); err == nil {
			t.Errorf("bad config %d accepted", i)
		}
	}
}

func TestCollector(t *testing.T) {
	e := newEnv(t)
	pay := e.payments()
	e.send(pay, opB, nil, payABI.PackSetSigner(addrOf(hot)))
	now := time.Unix(1_800_000_000, 0)
	col, err := bridge.NewCollector(bridge.CollectorConfig{Chain: e.c, Relay: e.ch.Addrs[opR], Lifetime: time.Hour, ClaimMargin: 10 * time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	mk := func(key int, signer []byte, cum int64, epoch uint64, exp time.Duration, relay int) contracts.SignedVoucher {
		v := contracts.Voucher{Payer: e.ch.Addrs[opB], Relay: e.ch.Addrs[relay], Cumulative: big.NewInt(cum), Epoch: epoch, Expiry: uint64(now.Add(exp).Unix())}
		k := hot
		if key >= 0 {
			k = e.ch.Keys[key]
		}
		s, err := v.Sign(k, simchain.ChainID, e.d.Payments)
		if err != nil {
			t.Fatal(err)
		}
		if signer != nil {
			s = signer
		}
		return contracts.SignedVoucher{Voucher: v, Sig: s}
	}
	ok := mk(-1, nil, 100, 0, 30*time.Minute, opR)
	if err := col.Accept(ctx, now, ok); err != nil {
		t.Fatal(err)
	}
	if err := col.Accept(ctx, now, mk(opB, nil, 200, 0, 30*time.Minute, opR)); err != nil { // payer's own key
		t.Fatal(err)
	}
	cases := []struct {
		name string
		sv   contracts.SignedVoucher
		want error
	}{
		{"stale", mk(-1, nil, 150, 0, 30*time.Minute, opR), bridge.ErrVoucherStale},
		{"other relay", mk(-1, nil, 300, 0, 30*time.Minute, opA), bridge.ErrWrongRelay},
		{"expired", mk(-1, nil, 300, 0, -time.Second, opR), bridge.ErrVoucherExpired},
		{"too long", mk(-1, nil, 300, 0, 2*time.Hour, opR), bridge.ErrVoucherExpired},
		{"stranger", mk(stranger, nil, 300, 0, 30*time.Minute, opR), bridge.ErrVoucherSigner},
		{"epoch", mk(-1, nil, 300, 1, 30*time.Minute, opR), bridge.ErrVoucherEpoch},
		{"malformed sig", mk(-1, []byte{1, 2, 3}, 300, 0, 30*time.Minute, opR), contracts.ErrBadSignature},
	}
	for _, c := range cases {
		if err := col.Accept(ctx, now, c.sv); !errors.Is(err, c.want) {
			t.Errorf("%s: %v, want %v", c.name, err, c.want)
		}
	}
	if h, ok := col.Held(e.ch.Addrs[opB], common.Address{}); !ok || h.Cumulative.Int64() != 200 {
		t.Fatalf("held %+v", h)
	}
	if d := col.Due(now, false); len(d) != 0 {
		t.Fatalf("due early: %d", len(d))
	}
	if d := col.Due(now.Add(25*time.Minute), false); len(d) != 1 {
		t.Fatalf("due near expiry: %d", len(d))
	}
	col.HandleEvent(bridge.WithdrawalRequested{Payer: e.ch.Addrs[opB]})
	if d := col.Due(now, false); len(d) != 1 {
		t.Fatalf("due after withdrawal request: %d", len(d))
	}
	col.HandleEvent(bridge.EpochBumped{Payer: e.ch.Addrs[opB], Epoch: 1})
	if n := col.Drop(now); n != 1 {
		t.Fatalf("dropped %d after epoch bump", n)
	}
	if err := col.Accept(ctx, now, mk(-1, nil, 300, 1, 30*time.Minute, opR)); err != nil {
		t.Fatalf("new epoch voucher: %v", err)
	}
	col.HandleEvent(bridge.SignerChanged{Payer: e.ch.Addrs[opB], Signer: common.Address{1}})
	if err := col.Accept(ctx, now, mk(-1, nil, 400, 1, 30*time.Minute, opR)); !errors.Is(err, bridge.ErrVoucherSigner) {
		t.Fatalf("rotated signer: %v", err)
	}
	col.Settled(e.ch.Addrs[opB], common.Address{}, big.NewInt(300))
	if _, ok := col.Held(e.ch.Addrs[opB], common.Address{}); ok {
		t.Fatal("settled voucher still held")
	}
	if _, err := bridge.NewCollector(bridge.CollectorConfig{}); err == nil {
		t.Fatal("empty collector config accepted")
	}
}

func TestVoucherWire(t *testing.T) {
	v := contracts.Voucher{Payer: common.Address{1}, Relay: common.Address{2}, Token: common.Address{3},
		Cumulative: new(big.Int).Lsh(big.NewInt(1), 127), Epoch: 5, Expiry: 1 << 40}
	sig, _ := v.Sign(hot, simchain.ChainID, common.Address{9})
	b, err := bridge.EncodeVoucher(contracts.SignedVoucher{Voucher: v, Sig: sig})
	if err != nil || len(b) != bridge.VoucherSize {
		t.Fatal(err, len(b))
	}
	got, err := bridge.DecodeVoucher(b)
	if err != nil || got.Payer != v.Payer || got.Token != v.Token || got.Cumulative.Cmp(v.Cumulative) != 0 || got.Epoch != 5 || got.Expiry != v.Expiry || !bytes.Equal(got.Sig, sig) {
		t.Fatalf("round trip %+v %v", got, err)
	}
	if _, err := bridge.DecodeVoucher(b[:10]); !errors.Is(err, bridge.ErrBadVoucherEncoding) {
		t.Fatal(err)
	}
	v.Cumulative = new(big.Int).Lsh(big.NewInt(1), 128)
	if _, err := bridge.EncodeVoucher(contracts.SignedVoucher{Voucher: v, Sig: sig}); !errors.Is(err, bridge.ErrBadVoucherEncoding) {
		t.Fatal(err)
	}
	v.Cumulative = big.NewInt(1)
	if _, err := bridge.EncodeVoucher(contracts.SignedVoucher{Voucher: v, Sig: sig[:3]}); !errors.Is(err, bridge.ErrBadVoucherEncoding) {
		t.Fatal(err)
	}
}

func FuzzDecodeVoucher(f *testing.F) {
	f.Add(make([]byte, bridge.VoucherSize))
	f.Add([]byte{1, 2, 3})
	f.Fuzz(func(t *testing.T, b []byte) {
		sv, err := bridge.DecodeVoucher(b)
		if err != nil {
			return
		}
		out, err := bridge.EncodeVoucher(sv)
		if err != nil || !bytes.Equal(out, b) {
			t.Fatalf("re-encode: %v", err)
		}
	})
}

func FuzzDecodeRecord(f *testing.F) {
	f.Add([]byte{0xc0})
	f.Fuzz(func(t *testing.T, b []byte) {
		_, _ = bridge.DecodeRecord(b) // must not panic
	})
}
