package bridge

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/weftnet/weft/contracts"
	"github.com/weftnet/weft/contracts/bindings"
)

// Backend is what the bridge needs from an Ethereum client: contract calls,
// transactions and log filtering (an *ethclient.Client or the simulated backend's client).
type Backend interface {
	bind.ContractBackend
	BlockNumber(ctx context.Context) (uint64, error)
}

// Addresses of a weft deployment.
type Addresses struct {
	Registry common.Address
	Payments common.Address
	Resolver common.Address // zero if names are not used
	// ENS is an ENS registry (EIP-137). When set, names resolve through whatever
	// resolver ENS names for them (a WeftResolver or any EIP-137 resolver, e.g. ENS's
	// public resolver); when zero, through Resolver.
	ENS common.Address
}

// Chain gives typed access to one deployment of the weft contracts. It is safe for
// concurrent use.
type Chain struct {
	backend Backend
	chainID *big.Int
	addrs   Addresses
	// FromBlock is the first block searched for records (the registry's deployment
	// block); zero searches from genesis.
	fromBlock uint64

	reg, pay, res, ens *bind.BoundContract
}

var (
	registryABI = bindings.NewNodeRegistry()
	paymentsABI = bindings.NewRelayPayments()
	resolverABI = bindings.NewWeftResolver()
)

// Errors returned by Chain.
var (
	ErrNoResolver  = errors.New("bridge: no resolver address configured")
	ErrUnknownName = errors.New("bridge: name does not resolve to an operator")
	ErrKeyMismatch = errors.New("bridge: record is not signed by the given node key")
)

// NewChain binds a deployment. chainID must be the backend's chain id: it is part of
// every signed message. fromBlock bounds log searches (use the deployment block).
func NewChain(backend Backend, chainID *big.Int, addrs Addresses, fromBlock uint64) (*Chain, error) {
	if backend == nil {
		return nil, errors.New("bridge: nil backend")
	}
	if chainID == nil || chainID.Sign() <= 0 {
		return nil, errors.New("bridge: chain id must be positive")
	}
	if addrs.Registry == (common.Address{}) || addrs.Payments == (common.Address{}) {
		return nil, errors.New("bridge: registry and payments addresses are required")
	}
	c := &Chain{backend: backend, chainID: new(big.Int).Set(chainID), addrs: addrs, fromBlock: fromBlock,
		reg: registryABI.Instance(backend, addrs.Registry),
		pay: paymentsABI.Instance(backend, addrs.Payments),
	}
	if addrs.Resolver != (common.Address{}) {
		c.res = resolverABI.Instance(backend, addrs.Resolver)
	}
	if addrs.ENS != (common.Address{}) {
		c.ens = bind.NewBoundContract(addrs.ENS, ensRegistryABI, backend, backend, backend)
	}
	return c, nil
}

// ChainID returns the chain id the Chain signs for.
func (c *Chain) ChainID() *big.Int { return new(big.Int).Set(c.chainID) }

// Addresses returns the deployment's addresses.
func (c *Chain) Addresses() Addresses { return c.addrs }

// Register sends NodeRegistry.register for the node whose key signed `record` (an
// RLP-encoded ENR), under opts.From as operator. The node key signs the binding.
func (c *Chain) Register(opts *bind.TransactOpts, nodeKey *ecdsa.PrivateKey, record []byte) (*types.Transaction, error) {
	node, seq, sig, err := c.bindRecord(opts, nodeKey, record)
	if err != nil {
		return nil, err
	}
	return bind.Transact(c.reg, opts, registryABI.PackRegister(node, seq, record, sig))
}

// UpdateRecord sends NodeRegistry.updateRecord with a new record (higher sequence).
func (c *Chain) UpdateRecord(opts *bind.TransactOpts, nodeKey *ecdsa.PrivateKey, record []byte) (*types.Transaction, error) {
	node, seq, sig, err := c.bindRecord(opts, nodeKey, record)
	if err != nil {
		return nil, err
	}
	return bind.Transact(c.reg, opts, registryABI.PackUpdateRecord(node, seq, record, sig))
}

func (c *Chain) bindRecord(opts *bind.TransactOpts, nodeKey *ecdsa.PrivateKey, record []byte) (common.Address, uint64, []byte, error) {
	if opts == nil || nodeKey == nil {
		return common.Address{}, 0, nil, errors.New("bridge: nil transact options or node key")
	}
	n, err := DecodeRecord(record)
	if err != nil {
		return common.Address{}, 0, nil, err
	}
	node := crypto.PubkeyToAddress(nodeKey.PublicKey)
	if NodeAddress(n) != node {
		return common.Address{}, 0, nil, ErrKeyMismatch
	}
	sig, err := contracts.NodeRecord{Node: node, Operator: opts.From, Seq: n.Seq(), RecordHash: crypto.Keccak256Hash(record)}.
		Sign(nodeKey, c.chainID, c.addrs.Registry)
	if err != nil {
		return common.Address{}, 0, nil, err
	}
	return node, n.Seq(), sig, nil
}

// NodeInfo reports a node's registration: its (last) operator and whether it is
// currently registered.
func (c *Chain) NodeInfo(ctx context.Context, node common.Address) (operator common.Address, active bool, err error) {
	info, err := bind.Call(c.reg, &bind.CallOpts{Context: ctx}, registryABI.PackNodeInfo(node), registryABI.UnpackNodeInfo)
	if err != nil {
		return common.Address{}, false, fmt.Errorf("bridge: nodeInfo(%s): %w", node, err)
	}
	return info.Operator, info.Active, nil
}

// Stake returns an operator's slashable stake (bonded + unbonding), in wei.
func (c *Chain) Stake(ctx context.Context, operator common.Address) (*big.Int, error) {
	s, err := bind.Call(c.reg, &bind.CallOpts{Context: ctx}, registryABI.PackStakeOf(operator), registryABI.UnpackStakeOf)
	if err != nil {
		return nil, fmt.Errorf("bridge: stakeOf(%s): %w", operator, err)
	}
	return new(big.Int).Add(s.Bonded, s.Unbonding), nil
}

// PayerInfo returns a payer's authorised hot signer (zero if none) and current epoch.
func (c *Chain) PayerInfo(ctx context.Context, payer common.Address) (signer common.Address, epoch uint64, err error) {
	p, err := bind.Call(c.pay, &bind.CallOpts{Context: ctx}, paymentsABI.PackPayerInfo(payer), paymentsABI.UnpackPayerInfo)
	if err != nil {
		return common.Address{}, 0, fmt.Errorf("bridge: payerInfo(%s): %w", payer, err)
	}
	return p.Signer, p.Epoch, nil
}

// Earnings returns what a relay may withdraw in token (zero address = ETH).
func (c *Chain) Earnings(ctx context.Context, relay, token common.Address) (*big.Int, error) {
	return bind.Call(c.pay, &bind.CallOpts{Context: ctx}, paymentsABI.PackEarnings(relay, token), paymentsABI.UnpackEarnings)
}

// Channel returns what payer has paid relay in token so far, and the collateral left.
func (c *Chain) Channel(ctx context.Context, payer, relay, token common.Address) (paid, collateral *big.Int, err error) {
	ch, err := bind.Call(c.pay, &bind.CallOpts{Context: ctx}, paymentsABI.PackChannel(payer, relay, token), paymentsABI.UnpackChannel)
	if err != nil {
		return nil, nil, err
	}
	return ch.Paid, ch.Collateral, nil
}

// ClaimBatch sends RelayPayments.claimBatch for vouchers naming opts.From as relay.
func (c *Chain) ClaimBatch(opts *bind.TransactOpts, vs []contracts.SignedVoucher) (*types.Transaction, error) {
	if len(vs) == 0 {
		return nil, errors.New("bridge: empty claim batch")
	}
	items := make([]bindings.RelayPaymentsSignedVoucher, len(vs))
	for i, v := range vs {
		b, err := v.Binding()
		if err != nil {
			return nil, fmt.Errorf("bridge: voucher %d: %w", i, err)
		}
		items[i] = b
	}
	return bind.Transact(c.pay, opts, paymentsABI.PackClaimBatch(items))
}
