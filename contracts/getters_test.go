package contracts_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/weftnet/weft/contracts"
	"github.com/weftnet/weft/contracts/simchain"
)

// TestGetters covers the public constants, immutables and EIP-5267 domains.
func TestGetters(t *testing.T) {
	e := newEnv(t)
	if got := call(e, e.reg, regABI.PackNODERECORDTYPEHASH(), regABI.UnpackNODERECORDTYPEHASH); common.Hash(got) != crypto.Keccak256Hash([]byte("NodeRecord(address node,address operator,uint64 seq,bytes32 recordHash)")) {
		t.Error("NODE_RECORD_TYPEHASH")
	}
	bigEq(t, "MAX_RECORD_SIZE", call(e, e.reg, regABI.PackMAXRECORDSIZE(), regABI.UnpackMAXRECORDSIZE), big.NewInt(300))
	if got := call(e, e.reg, regABI.PackUnbondingDelay(), regABI.UnpackUnbondingDelay); got != uint64(e.p.UnbondingDelay/time.Second) {
		t.Errorf("unbondingDelay %d", got)
	}
	bigEq(t, "maxPenalty", call(e, e.reg, regABI.PackMaxPenalty(), regABI.UnpackMaxPenalty), e.p.MaxPenalty)
	if got := call(e, e.reg, regABI.PackReporterRewardBps(), regABI.UnpackReporterRewardBps); got != e.p.ReporterRewardBps {
		t.Errorf("reporterRewardBps %d", got)
	}
	dom := call(e, e.reg, regABI.PackEip712Domain(), regABI.UnpackEip712Domain)
	if dom.Name != contracts.RegistryDomainName || dom.Version != contracts.DomainVersion || dom.ChainId.Cmp(simchain.ChainID) != 0 || dom.VerifyingContract != e.d.Registry {
		t.Errorf("registry eip712Domain %+v", dom)
	}
	if got := call(e, e.dis, disABI.PackRegistry(), disABI.UnpackRegistry); got != e.d.Registry {
		t.Errorf("disputes.registry %v", got)
	}
	if got := call(e, e.dis, disABI.PackProven(nodeAddr(e.nodeKs[0]), 1), disABI.UnpackProven); got {
		t.Error("proven before any proof")
	}
	e.register(alice, e.nodeKs[0], 1)
	if got := call(e, e.reg, regABI.PackRecordHash(nodeAddr(e.nodeKs[0])), regABI.UnpackRecordHash); common.Hash(got) != crypto.Keccak256Hash(record(op2s(alice), 1)) {
		t.Error("recordHash")
	}

	if got := call(e, e.pay, payABI.PackVOUCHERTYPEHASH(), payABI.UnpackVOUCHERTYPEHASH); common.Hash(got) != crypto.Keccak256Hash([]byte("Voucher(address payer,address relay,address token,uint256 cumulative,uint64 epoch,uint64 expiry)")) {
		t.Error("VOUCHER_TYPEHASH")
	}
	if got := call(e, e.pay, payABI.PackETH(), payABI.UnpackETH); got != (common.Address{}) {
		t.Error("ETH")
	}
	life := call(e, e.pay, payABI.PackVoucherLifetime(), payABI.UnpackVoucherLifetime)
	win := call(e, e.pay, payABI.PackClaimWindow(), payABI.UnpackClaimWindow)
	delay := call(e, e.pay, payABI.PackWithdrawalDelay(), payABI.UnpackWithdrawalDelay)
	if life != uint64(e.p.VoucherLifetime/time.Second) || win != uint64(e.p.ClaimWindow/time.Second) || delay != life+win {
		t.Errorf("lifetime %d window %d delay %d", life, win, delay)
	}
	pdom := call(e, e.pay, payABI.PackPaymentsEip712Domain(), payABI.UnpackPaymentsEip712Domain)
	if pdom.Name != contracts.PaymentsDomainName || pdom.VerifyingContract != e.d.Payments {
		t.Errorf("payments eip712Domain %+v", pdom)
	}
	e.sendValue(e.pay, alice, big.NewInt(100), payABI.PackDepositETH())
	e.send(e.pay, alice, payABI.PackRequestWithdrawal(ethTok, big.NewInt(60)))
	pw := call(e, e.pay, payABI.PackPendingWithdrawal(e.addr(alice), ethTok), payABI.UnpackPendingWithdrawal)
	if pw.Amount.Int64() != 60 || pw.UnlockAt == 0 {
		t.Errorf("pendingWithdrawal %+v", pw)
	}
}
