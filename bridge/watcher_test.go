package bridge_test

import (
	"fmt"
	"math/big"
	"net/netip"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/weftnet/weft/bridge"
)

func TestWatcher(t *testing.T) {
	e := newEnv(t)
	w := bridge.NewWatcher(e.c, 0)
	k := nodeKey(1)
	e.registerNode(opA, k, 1, netip.MustParseAddrPort("127.0.0.1:4001"))
	pay := e.payments()
	e.send(pay, opB, big.NewInt(1000), payABI.PackDepositETH())
	e.send(pay, opB, nil, payABI.PackSetSigner(addrOf(hot)))
	e.send(pay, opB, nil, payABI.PackBumpEpoch())
	e.send(pay, opB, nil, payABI.PackRequestWithdrawal(common.Address{}, big.NewInt(10)))
	e.send(e.registry(), opA, nil, regABI.PackRemove(addrOf(k)))
	evs, err := w.Poll(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"bridge.NodeRegistered", "bridge.RecordUpdated", "bridge.Deposited", "bridge.SignerChanged", "bridge.EpochBumped", "bridge.WithdrawalRequested", "bridge.NodeRemoved"}
	if len(evs) != len(want) {
		t.Fatalf("events %+v", evs)
	}
	for i, ev := range evs {
		if got := typeName(ev); got != want[i] {
			t.Fatalf("event %d is %s, want %s", i, got, want[i])
		}
	}
	if ev := evs[4].(bridge.EpochBumped); ev.Epoch != 1 || ev.Payer != e.ch.Addrs[opB] {
		t.Fatalf("EpochBumped %+v", ev)
	}
	if rec := evs[1].(bridge.RecordUpdated); rec.Node != addrOf(k) {
		t.Fatalf("RecordUpdated %+v", rec)
	}
	// Nothing new: an empty poll; confirmations hold back recent blocks.
	if evs, err := w.Poll(ctx); err != nil || len(evs) != 0 {
		t.Fatalf("second poll %v %v", evs, err)
	}
	w2 := bridge.NewWatcher(e.c, 0)
	w2.Confirmations = 1 << 40
	if evs, err := w2.Poll(ctx); err != nil || len(evs) != 0 {
		t.Fatalf("confirmations poll %v %v", evs, err)
	}
}

func typeName(v any) string { return fmt.Sprintf("%T", v) }
