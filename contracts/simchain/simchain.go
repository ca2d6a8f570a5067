package simchain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
)

// ChainID is the simulated backend's fixed chain id.
var ChainID = big.NewInt(1337)

// Balance is the genesis balance of every account: 10^24 wei (one million ether).
var Balance = new(big.Int).Mul(big.NewInt(1e18), big.NewInt(1e6))

// MainnetRules returns the simulated backend's chain configuration with every fork
// that is not live on Ethereum mainnet switched off (Amsterdam, Bogota).
func MainnetRules() *params.ChainConfig {
	c := *params.AllDevChainProtocolChanges
	c.AmsterdamTime = nil
	c.BogotaTime = nil
	return &c
}

// Key returns the deterministic test key number i (keccak256 of a fixed seed).
func Key(i int) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("weft simchain key %d", i))))
	if err != nil {
		panic(err) // a keccak output is a valid key with overwhelming probability; fixed seeds are checked by tests
	}
	return k
}

// Chain is a simulated chain with funded accounts.
type Chain struct {
	Backend *simulated.Backend
	Client  simulated.Client
	Keys    []*ecdsa.PrivateKey
	Addrs   []common.Address
}

// New starts a chain with n funded accounts (keys Key(0)..Key(n-1)).
func New(n int) *Chain {
	c := &Chain{}
	alloc := types.GenesisAlloc{}
	for i := 0; i < n; i++ {
		k := Key(i)
		a := crypto.PubkeyToAddress(k.PublicKey)
		c.Keys = append(c.Keys, k)
		c.Addrs = append(c.Addrs, a)
		alloc[a] = types.Account{Balance: new(big.Int).Set(Balance)}
	}
	c.Backend = simulated.NewBackend(alloc, func(_ *node.Config, ec *ethconfig.Config) {
		ec.Genesis.Config = MainnetRules()
	})
	c.Client = c.Backend.Client()
	return c
}

// Close stops the chain.
func (c *Chain) Close() error { return c.Backend.Close() }

// Opts returns transaction options for account i. Gas limits are estimated.
//
// The nonce is set from the latest block's state, not from the transaction pool: geth's
// pool takes in a new head asynchronously, so its pending nonce can lag right after a
// block (two transactions with one nonce). Every transaction sent with these options
// must therefore be mined (Mine) before Opts is called again for the same account;
// contracts.Deploy numbers its own consecutive transactions.
func (c *Chain) Opts(i int) *bind.TransactOpts { return c.OptsKey(c.Keys[i]) }

// OptsKey is Opts for any funded key.
func (c *Chain) OptsKey(k *ecdsa.PrivateKey) *bind.TransactOpts {
	o := bind.NewKeyedTransactor(k, ChainID)
	o.Context = context.Background()
	if n, err := c.Client.NonceAt(context.Background(), crypto.PubkeyToAddress(k.PublicKey), nil); err == nil {
		o.Nonce = new(big.Int).SetUint64(n)
	}
	return o
}

// Commit seals the pending transactions into a block.
func (c *Chain) Commit() { c.Backend.Commit() }

// ErrReverted is returned by Mine for a transaction whose receipt has status 0.
var ErrReverted = errors.New("simchain: transaction reverted")

// Mine seals a block and returns the receipts of txs, in order. A tx that reverted
// is reported with ErrReverted (its receipt is still returned). A tx the pool had not
// yet made executable when the block was sealed (the pool resets asynchronously after
// each block) goes into the next block: Mine seals up to 10 blocks until all are in.
func (c *Chain) Mine(txs ...*types.Transaction) ([]*types.Receipt, error) {
	ctx := context.Background()
	out := make([]*types.Receipt, 0, len(txs))
	for attempt := 0; ; attempt++ {
		c.Backend.Commit()
		out = out[:0]
		missing := false
		for _, tx := range txs {
			r, err := c.Client.TransactionReceipt(ctx, tx.Hash())
			if err != nil {
				missing = true
				break
			}
			out = append(out, r)
		}
		if !missing {
			break
		}
		if attempt == 9 {
			return out, fmt.Errorf("simchain: transaction not mined after 10 blocks")
		}
	}
	for i, r := range out {
		if r.Status != types.ReceiptStatusSuccessful {
			return out, fmt.Errorf("%w: %s", ErrReverted, txs[i].Hash())
		}
	}
	return out, nil
}

// Now returns the timestamp of the latest block.
func (c *Chain) Now() (uint64, error) {
	h, err := c.Client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		return 0, err
	}
	return h.Time, nil
}

// Advance moves the chain's clock forward by d and seals an empty block (no pending
// transactions may be waiting).
//
// geth's transaction pool learns about a new head asynchronously, so right after Mine
// it can still list the just-mined transaction as pending, and the simulated beacon
// then refuses to adjust time. Advance retries until the pool has caught up (bounded
// at 10 s); this waits on geth's internals and asserts nothing about timing.
func (c *Chain) Advance(d time.Duration) error {
	deadline := time.Now().Add(10 * time.Second)
	for {
		err := c.Backend.AdjustTime(d)
		if err == nil || err.Error() != "could not adjust time on non-empty block" || time.Now().After(deadline) {
			return err
		}
		time.Sleep(time.Millisecond)
	}
}

// BalanceOf returns the ETH balance of a at the latest block.
func (c *Chain) BalanceOf(a common.Address) (*big.Int, error) {
	return c.Client.BalanceAt(context.Background(), a, nil)
}

// Transfer sends value wei from account i to `to` and mines it.
func (c *Chain) Transfer(i int, to common.Address, value *big.Int) error {
	ctx := context.Background()
	nonce, err := c.Client.NonceAt(ctx, c.Addrs[i], nil)
	if err != nil {
		return err
	}
	head, err := c.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	tip := big.NewInt(1e9)
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	tx, err := types.SignNewTx(c.Keys[i], types.LatestSignerForChainID(ChainID), &types.DynamicFeeTx{
		ChainID: ChainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: 21000, To: &to, Value: value,
	})
	if err != nil {
		return err
	}
	if err := c.Client.SendTransaction(ctx, tx); err != nil {
		return err
	}
	_, err = c.Mine(tx)
	return err
}
