package contracts

import (
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/weftnet/weft/contracts/bindings"
)

// Params are the constructor arguments of the deployed contracts.
type Params struct {
	// UnbondingDelay is how long unbonding stake stays slashable. Must be > 0.
	UnbondingDelay time.Duration
	// MaxPenalty caps the stake taken per proven equivocation (wei). Must be > 0.
	MaxPenalty *big.Int
	// ReporterRewardBps is the reporter's share of a penalty, in basis points (≤ 10000).
	ReporterRewardBps uint16
	// VoucherLifetime is the longest a voucher may still be valid when claimed. Must be > 0.
	VoucherLifetime time.Duration
	// ClaimWindow is the time relays get after a withdrawal request. Must be > 0.
	// Payer withdrawals wait VoucherLifetime + ClaimWindow.
	ClaimWindow time.Duration
	// ENS is the ENS registry the resolver defers to; the zero address deploys the
	// resolver in standalone (first come, first served) mode.
	ENS common.Address
}

// DefaultParams returns 7-day unbonding, a 1 ETH penalty cap, half to the reporter, 1-hour
// vouchers, 1-day claim window.
func DefaultParams() Params {
	return Params{
		UnbondingDelay:    7 * 24 * time.Hour,
		MaxPenalty:        big.NewInt(1e18),
		ReporterRewardBps: 5000,
		VoucherLifetime:   time.Hour,
		ClaimWindow:       24 * time.Hour,
	}
}

// maxDelay bounds every delay so that timestamps plus delays cannot overflow uint64.
const maxDelay = 100 * 365 * 24 * time.Hour

// ErrBadParams reports invalid deployment parameters.
var ErrBadParams = errors.New("contracts: invalid parameters")

// Validate checks the parameters as the constructors would, with a clearer error.
func (p Params) Validate() error {
	switch {
	case p.UnbondingDelay < time.Second:
		return fmt.Errorf("%w: UnbondingDelay %v < 1s", ErrBadParams, p.UnbondingDelay)
	case p.MaxPenalty == nil || p.MaxPenalty.Sign() <= 0 || p.MaxPenalty.Cmp(maxUint128) > 0:
		return fmt.Errorf("%w: MaxPenalty must be in (0, 2^128)", ErrBadParams)
	case p.ReporterRewardBps > 10000:
		return fmt.Errorf("%w: ReporterRewardBps %d > 10000", ErrBadParams, p.ReporterRewardBps)
	case p.VoucherLifetime < time.Second:
		return fmt.Errorf("%w: VoucherLifetime %v < 1s", ErrBadParams, p.VoucherLifetime)
	case p.ClaimWindow < time.Second:
		return fmt.Errorf("%w: ClaimWindow %v < 1s", ErrBadParams, p.ClaimWindow)
	case p.UnbondingDelay > maxDelay || p.VoucherLifetime > maxDelay || p.ClaimWindow > maxDelay:
		return fmt.Errorf("%w: delays are limited to %v", ErrBadParams, maxDelay)
	}
	return nil
}

// Deployment holds the addresses of a deployed set of contracts and the transactions
// that created them (mined once the caller's chain includes them).
type Deployment struct {
	Registry common.Address
	Disputes common.Address // created by the registry's constructor
	Payments common.Address
	Resolver common.Address
	Txs      []*types.Transaction
}

// Deploy sends the creation transactions of NodeRegistry (which creates its
// EquivocationDisputes), RelayPayments and WeftResolver from opts.From. It does not
// wait for them to be mined. When opts.Nonce is set, the three transactions use
// opts.Nonce, +1 and +2; opts itself is not modified.
func Deploy(backend bind.ContractBackend, opts *bind.TransactOpts, p Params) (*Deployment, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	if opts == nil || backend == nil {
		return nil, errors.New("contracts: nil backend or transact options")
	}
	var d Deployment
	var err error
	var tx *types.Transaction
	// With an explicit nonce, number the three creations consecutively.
	next := func() {
		if opts.Nonce != nil && tx != nil {
			o := *opts
			o.Nonce = new(big.Int).Add(opts.Nonce, big.NewInt(1))
			opts = &o
		}
	}

	reg := bindings.NewNodeRegistry()
	d.Registry, tx, err = bind.DeployContract(opts, hexutil.MustDecode(bindings.NodeRegistryMetaData.Bin), backend,
		reg.PackConstructor(uint64(p.UnbondingDelay/time.Second), p.MaxPenalty, p.ReporterRewardBps))
	if err != nil {
		return nil, fmt.Errorf("deploy NodeRegistry: %w", err)
	}
	d.Txs = append(d.Txs, tx)
	d.Disputes = crypto.CreateAddress(d.Registry, 1) // a contract's first CREATE uses nonce 1 (EIP-161)
	next()

	pay := bindings.NewRelayPayments()
	d.Payments, tx, err = bind.DeployContract(opts, hexutil.MustDecode(bindings.RelayPaymentsMetaData.Bin), backend,
		pay.PackConstructor(uint64(p.VoucherLifetime/time.Second), uint64(p.ClaimWindow/time.Second)))
	if err != nil {
		return nil, fmt.Errorf("deploy RelayPayments: %w", err)
	}
	d.Txs = append(d.Txs, tx)
	next()

	res := bindings.NewWeftResolver()
	d.Resolver, tx, err = bind.DeployContract(opts, hexutil.MustDecode(bindings.WeftResolverMetaData.Bin), backend,
		res.PackConstructor(p.ENS))
	if err != nil {
		return nil, fmt.Errorf("deploy WeftResolver: %w", err)
	}
	d.Txs = append(d.Txs, tx)
	return &d, nil
}
